"""People and organisations: full names, roles, countries, later surname-only mentions.

spaCy's PERSON entities are cleaned (``Defending Kenya's`` is not a person), titles
before a name (``Chinese President Xi Jinping``) and appositions after it (``Jim Risch,
chair of the Senate Foreign Relations Committee``) become the role, and the country
comes from the title, from institutions named in the role, or from the Phoenix
dictionary of political figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news import known_orgs, roles, schema
from dyadscope.news.gazetteer import Mention, ambiguous_names, capital_in, text_of

TITLES: dict[str, str] = {
    "president": "head of state",
    "vice president": "deputy head of state",
    "king": "head of state",
    "queen": "head of state",
    "emir": "head of state",
    "sultan": "head of state",
    "supreme leader": "head of state",
    "prime minister": "head of government",
    "premier": "head of government",
    "chancellor": "head of government",
    "foreign minister": "minister",
    "minister": "minister",
    "secretary of state": "minister",
    "cabinet secretary": "minister",
    "secretary": "minister",
    "senator": "legislator",
    "sen.": "legislator",
    "representative": "legislator",
    "rep.": "legislator",
    "congressman": "legislator",
    "congresswoman": "legislator",
    "mp": "legislator",
    "speaker": "legislator",
    "lawmaker": "legislator",
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "high commissioner": "diplomat",
    "general": "military",
    "gen.": "military",
    "admiral": "military",
    "rear admiral": "military",
    "vice admiral": "military",
    "commodore": "military",
    "commander": "military",
    "colonel": "military",
    "lieutenant colonel": "military",
    "brigadier": "military",
    "brigadier general": "military",
    "major general": "military",
    "lieutenant general": "military",
    "captain": "military",
    "adm.": "military",
    "cmdr.": "military",
    "cdr.": "military",
    "col.": "military",
    "lt. col.": "military",
    "lt. gen.": "military",
    "maj. gen.": "military",
    "brig.": "military",
    "brig. gen.": "military",
    "capt.": "military",
    "gov.": "official",
    "amb.": "diplomat",
    "governor": "official",
    "mayor": "official",
    "spokesperson": "official",
    "spokesman": "official",
    "spokeswoman": "official",
    "chief justice": "judiciary",
    "judge": "judiciary",
    "chairman": "official",
    "chair": "official",
    "director": "official",
    "commissioner": "official",
    "principal secretary": "official",
}
_APPOS_HEAD = re.compile(
    r"^(?:the |a |an |former |then[- ])?(?:[A-Z][a-z]+ )?(chair|chairman|chairwoman|head|leader|"
    r"minister|president|secretary|spokes\w+|ambassador|director|governor|member|ceo|founder|"
    r"commissioner|envoy|senator|speaker|adviser|advisor|chief)\b",
    re.IGNORECASE,
)
INSTITUTIONS: dict[str, str] = {
    "Congress": "USA",
    "Senate": "USA",
    "House of Representatives": "USA",
    "White House": "USA",
    "Pentagon": "USA",
    "State Department": "USA",
    "Department of State": "USA",
    "CIA": "USA",
    "Kremlin": "RUS",
    "Duma": "RUS",
    "Knesset": "ISR",
    "Bundestag": "DEU",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Downing Street": "GBR",
    "Xinhua": "CHN",
    "Zhongnanhai": "CHN",
    "Ethics and Anti-Corruption Commission": "KEN",
    "KNBS": "KEN",
    "Kenya National Bureau of Statistics": "KEN",
    "Kenya Revenue Authority": "KEN",
    "Kenya Railways": "KEN",
    "National Treasury": "KEN",
    "State House": "KEN",
}
# head words of places, facilities, programmes and companies: never a person's name
NOT_NAME_WORDS = {
    "camp",
    "port",
    "terminal",
    "railway",
    "railways",
    "initiative",
    "dam",
    "park",
    "zone",
    "airport",
    "base",
    "station",
    "bridge",
    "road",
    "highway",
    "corridor",
    "project",
    "center",
    "centre",
    "stadium",
    "hotel",
    "university",
    "institute",
    "school",
    "college",
    "company",
    "corporation",
    "group",
    "ltd",
    "inc",
    "bank",
    "ministry",
    "party",
    "council",
    "committee",
    "forum",
    "agency",
    "authority",
    "commission",
    "foundation",
    "army",
    "navy",
    "airlines",
    "times",
    "post",
    "news",
    "plant",
    "line",
    "pipeline",
    "street",
    "avenue",
    "avenida",  # street words of other languages: "Avenida Javier Prado", "Calle Ocho", "Jalan Sudirman"
    "calle",
    "rue",
    "boulevard",
    "jalan",
    "square",
    "hall",
    "house",
    "court",
    "club",
    "fund",
    "programme",
    "program",
    "strategy",
    "policy",
    "plan",
    "act",
    "law",
    "treaty",
    "summit",
    "multi-purpose",
    "unit",
    "office",
    "department",
    "division",
    "bureau",
    "service",
    "services",
    "association",
    "union",
    "society",
    "network",
    "alliance",
    "coalition",
    "federation",
    "organization",
    "organisation",
    "television",
    "radio",
    "press",
    "journal",
    "herald",
    "tribune",
    "daily",
    "studies",
    "ledger",
    "chronicle",
    "gazette",
    "courier",
    "observer",
    "telegraph",
    "monitor",
    "facility",
}
# head words of facilities, programmes and plans: not organisations either
FACILITY_WORDS = {
    "terminal",
    "port",
    "park",
    "railway",
    "dam",
    "project",
    "center",
    "centre",
    "zone",
    "corridor",
    "initiative",
    "program",
    "programme",
    "strategy",
    "plan",
    "policy",
    "road",
    "highway",
    "airport",
    "base",
    "camp",
    "station",
    "bridge",
    "line",
    "pipeline",
    "plant",
    "stadium",
    "train",
    "act",
    "projects",
    "railways",
    "opportunities",
    "risks",
    "countries",
    "challenge",
    "facility",
}
_LOCATIVE = {"in", "at", "near", "outside", "across", "around", "into", "through"}
_NOT_ORG_ACRONYMS = {"PDF", "FDI", "GDP", "SDR", "CEO", "AM", "PM", "TV"}
_GIVEN_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP"}  # family name first
NOT_ORGS = {"MNNA", "Major Non-NATO Ally", "Non-NATO Ally", "Non-NATO Allies", "MNNA Act"}


@dataclass
class Person:
    name: str
    role: str | None
    role_type: str | None
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "ner"  # ner | title
    # [start, end) of the phrases that describe the person (not in the JSON): see news/roles.py
    role_spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    country_evidence: str | None = field(default=None, repr=False)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def to_dict(self) -> dict[str, object]:
        return schema.PEOPLE.to_dict(self)


@dataclass
class Organization:
    name: str
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    country_evidence: str | None = None  # gazetteer | demonym | institution
    # what the text calls it ("The daily Le Courrier", "Kallergis Maritime, a shipping company"):
    # newspaper, company, bank ...; not in the JSON
    kinds: set[str] = field(default_factory=set, repr=False)

    def to_dict(self) -> dict[str, object]:
        return schema.ORGANIZATIONS.to_dict(self)


# common nouns that say what a name is: an organisation of that kind ...
KIND_NOUNS: dict[str, str] = {
    "newspaper": "newspaper",
    "daily": "newspaper",
    "weekly": "newspaper",
    "paper": "newspaper",
    "tabloid": "newspaper",
    "magazine": "newspaper",
    "broadcaster": "broadcaster",
    "company": "company",
    "firm": "company",
    "conglomerate": "company",
    "shipbuilder": "company",
    "manufacturer": "company",
    "operator": "company",
    "insurer": "company",
    "airline": "company",
    "lender": "bank",
    "bank": "bank",
    "militia": "group",
    "party": "party",
}
# ... or a ship, which is neither a person nor an organisation
VESSEL_NOUNS = {
    "ship",
    "vessel",
    "frigate",
    "tanker",
    "destroyer",
    "cruiser",
    "submarine",
    "freighter",
    "ferry",
    "corvette",
    "warship",
    "trawler",
    "yacht",
    "dhow",
    "barge",
    "cutter",
}
_NEWS_WORDS = {"times", "post", "herald", "tribune", "chronicle", "courier", "courrier", "ledger", "gazette", "daily"}
_NEWS_WORDS |= {"standard", "observer", "telegraph", "monitor", "sun", "diario", "journal", "express", "mirror"}


def kind_of(doc: Doc, start: int, end: int) -> str | None:
    """What the text calls the name at tokens [start, end): the common noun right before it
    ("The newspaper La Tribuna Portena", "the Danish frigate Esbern Snare", "The Asuncion
    daily El Diario del Este") or the head noun of an apposition after it ("Kallergis
    Maritime, a shipping company based in Piraeus"): a kind of organisation (``KIND_NOUNS``),
    ``vessel`` for a ship, else None."""
    if start > 0 and doc[start - 1].is_lower:
        word = doc[start - 1].lower_
        if word in VESSEL_NOUNS:
            return "vessel"
        if word in KIND_NOUNS:
            return KIND_NOUNS[word]
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the"):
        for tok in doc[end + 2 : min(end + 7, len(doc))]:
            if tok.is_punct or tok.pos_ in ("ADP", "PRON", "AUX") or tok.lower_ in ("that", "which", "who"):
                break
            if tok.pos_ == "VERB" and tok.dep_ not in ("compound", "amod"):
                break
            if tok.dep_ == "poss" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PART")):
                continue  # a modifier: "a company spokesman", "the frigate's commanding officer"
            if tok.lower_ in VESSEL_NOUNS:
                return "vessel"
            if tok.lower_ in KIND_NOUNS and tok.pos_ == "NOUN":
                return KIND_NOUNS[tok.lower_]
    return None


@lru_cache(maxsize=1)
def _leaders() -> dict[str, set[str]]:
    frame = bundled.parquet("leaders.parquet", columns=["name", "iso3"])
    out: dict[str, set[str]] = {}
    for name, iso in zip(frame["name"].tolist(), frame["iso3"].tolist(), strict=True):  # lists: fast to walk
        parts = name.split()
        if len(parts) >= 2:
            out.setdefault(f"{parts[0]} {parts[-1]}".lower(), set()).add(iso)
            out.setdefault(name.lower(), set()).add(iso)
    return out


def known_country(name: str) -> str | None:
    """The country of a political figure in the Phoenix dictionary, if unique."""
    parts = name.split()
    keys = [name.lower()] + ([f"{parts[0]} {parts[-1]}".lower()] if len(parts) >= 2 else [])
    for key in keys:
        hits = _leaders().get(key)
        if hits and len(hits) == 1:
            return next(iter(hits))
    return None


def _country_in(start: int, end: int, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.start >= start and m.end <= end:
            return m.iso3
    return None


# capitalised role nouns of a title written before a name ("National Security Adviser John Bolton")
_ROLE_WORDS = {"adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader"}
_ROLE_WORDS |= {"officer", "official", "counsel", "deputy", "aide", "envoy", "delegate", "negotiator", "attorney"}
_ROLE_WORDS |= {"commissioner", "inspector", "superintendent", "auditor", "registrar", "administrator", "coach"}
_ROLE_WORDS |= {"economist", "analyst", "professor", "researcher", "expert", "scholar", "journalist", "lawyer"}
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "marine", "prof."}
# abbreviated ranks and titles that the model's tokenizer splits before the period ("Cmdr" "."),
# which also ends the sentence before the name: kept whole by the pipeline's tokenizer
ABBREVIATED_TITLES = (
    "Cmdr.",
    "Cdr.",
    "Brig.",
    "Capt.",
    "Lt.",
    "Col.",
    "Maj.",
    "Sgt.",
    "Cpl.",
    "Amb.",
    "Cmdt.",
    "Supt.",
)


def _clean_person(ent: Span, mentions: list[Mention]) -> Span | None:
    tokens = list(ent)
    while tokens and (
        tokens[0].pos_ != "PROPN"
        or not tokens[0].text[:1].isupper()
        or tokens[0].lower_ in TITLES
        or tokens[0].lower_ in _HONORIFICS
    ):
        tokens.pop(0)
    for _ in range(3):  # "Foreign Minister Naledi Pandor": the title is not the name
        for n in (3, 2):
            if len(tokens) > n and " ".join(t.lower_ for t in tokens[:n]) in TITLES:
                tokens = tokens[n:]
                break
    while tokens and (tokens[-1].pos_ in ("PART", "PUNCT") or tokens[-1].text in ("'s", "’s")):
        tokens.pop()
    cut = [i for i, t in enumerate(tokens) if t.text in ("'s", "’s")]
    if cut:  # "Kutaisi's David (the Builder Airport)": the possessor is not part of the name
        tokens = tokens[cut[-1] + 1 :]
    if not tokens:
        return None
    span = ent.doc[tokens[0].i : tokens[-1].i + 1]
    if _country_in(span.start_char, span.end_char, mentions) and len(span) == 1:
        return None
    overlaps = any(m.start < span.end_char and span.start_char < m.end for m in mentions)
    # "Kenya Ruto"-like fragments of a country mention and a word
    fragment = all(any(m.start <= t.idx < m.end for m in mentions) or t.pos_ != "PROPN" for t in span)
    if overlaps and len(span) <= 2 and fragment:
        return None
    if span.text.lower() in TITLES:
        return None
    # "Ibrahima Dahirou" + "Dembele": the name goes on over capitalised proper nouns
    end = span.end
    while (
        end < len(ent.doc)
        and end - span.start < 4
        and ent.doc[end].pos_ == "PROPN"
        and ent.doc[end].text[:1].isupper()
        and ent.doc[end].ent_type_ in ("", "PERSON")
        and not any(m.start <= ent.doc[end].idx < m.end for m in mentions)
        and ent.doc[end].text.lower() not in TITLES
    ):
        end += 1
    start = span.start
    doc = ent.doc
    # a given name the model left out of the entity: "Opposition leader Moses" + "Phiri"
    while (
        start > 0
        and span.start - start < 2
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and span.start <= doc[start - 1].head.i < end
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ not in TITLES
        and doc[start - 1].lower_ not in _HONORIFICS
        and doc[start - 1].lower_ not in _ROLE_WORDS
        and not doc[start - 1].is_sent_start  # "Economist Helen Ward": a capital that only starts a sentence
        and doc[start - 1].ent_type_ in ("", "PERSON")
        and not any(m.start <= doc[start - 1].idx < m.end for m in mentions)
    ):
        start -= 1
    # hyphenated given names: "Jean-Pierre Ilunga", "Kim Min-seok"
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
        if not (doc[start - 2].is_alpha and doc[start - 2].is_title):
            break
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        if not doc[end + 1].is_alpha:
            break
        end += 2
    span = doc[start:end]
    words = {t.lower_ for t in span}
    if words & NOT_NAME_WORDS and not _EAST_ASIAN_GIVEN.search(span.text):
        return None  # Camp Lemonnier, Kenya Railways, Road Initiative (but "Park Ji-hoon" is a person)
    return span


# a hyphenated East Asian given name after the family name: "Park Ji-hoon", "Lee Soo-jin", "Choi Min-seok"
_EAST_ASIAN_GIVEN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")


def _place_like(doc: Doc, name: str, where: dict[str, list[int]]) -> bool:
    """A name the model also tags as a place or facility, or only ever written after "in", "at" ..."""
    if any(e.text == name and e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents):
        return True
    words = name.split()
    starts = [i for i in where.get(words[0], []) if doc[i : i + len(words)].text == name]
    return bool(starts) and all(i > 0 and doc[i - 1].lower_ in _LOCATIVE for i in starts)


def _title_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The longest title phrase ending just before token ``start``; its first token index."""
    best: tuple[str | None, int] = (None, start)
    for n in (3, 2, 1):
        if start - n < 0:
            continue
        phrase = doc[start - n : start].text
        if phrase.lower() in TITLES and doc[start - n].text[:1].isupper():
            return phrase, start - n
    return best


def _apposition(doc: Doc, end: int) -> str | None:
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end
    stop = end + 1
    while stop < sent_end and doc[stop].text not in (",", ";", ".", "(", ")", "—"):
        stop += 1
    phrase = doc[end + 1 : stop].text.strip()
    if phrase and _APPOS_HEAD.match(phrase) and len(phrase.split()) <= 12:
        return phrase
    return None


_ROLE_HEADS = {"counterpart", "minister", "adviser", "advisor", "ambassador", "envoy", "spokesman", "spokeswoman"}
_ROLE_HEADS |= {"spokesperson", "secretary", "governor", "director", "president", "chairman", "chairwoman", "chief"}
_ROLE_HEADS |= {"commissioner", "deputy", "head", "leader", "official", "aide", "negotiator", "representative"}


def _role_appositions(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Names in apposition to a role that the model tagged as a place or organisation, or not
    at all: "Bangladesh's finance adviser, Mahbub Karim Chowdhury", "His Brazilian
    counterpart, Marina Teixeira Lobo": two to four capitalised proper nouns, no country or
    organisation word among them."""
    out: list[Span] = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in _ROLE_HEADS:
            continue
        if tok.head.i > tok.i or tok.head.tag_ in ("NNS", "NNPS"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        name = doc[start : tok.i + 1]
        if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            continue
        if {t.lower_ for t in name} & (NOT_NAME_WORDS | FACILITY_WORDS | set(TITLES)):
            continue
        if any(name.start_char <= m.start < name.end_char for m in mentions):
            continue
        out.append(name)
    return out


def _title_led_names(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Names the NER missed after a title: "Foreign Minister Naledi Pandor"."""
    out: list[Span] = []
    covered = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    country_chars = {i for m in mentions for i in range(m.start, m.end)}
    for tok in doc:
        if tok.i in covered or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or tok.idx in country_chars:
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text.lower() not in TITLES:
            continue
        title, _ = _title_before(doc, tok.i)
        if not title:
            continue
        end = tok.i
        while (
            end < len(doc)
            and end - tok.i < 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].idx not in country_chars
            and doc[end].text.lower() not in TITLES
        ):
            end += 1
        if end - tok.i >= 2:
            out.append(doc[tok.i : end])
    return out


_SAY = {"say", "tell", "add", "note", "explain", "argue", "warn", "write", "ask", "conclude", "state", "caution"}
_SAY |= {"insist", "stress", "acknowledge", "admit", "observe", "predict", "suggest", "describe", "believe"}
_SAY |= {"determine", "find", "call"}


def _speaker_names(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Proper names that are the subject of a speech verb ("Kelly said", "Emeka Umejei ...
    told VOA") but not tagged as people; a surname takes the full name written earlier
    ("according to David Kelly")."""
    out: list[Span] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAY:
            continue
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.pos_ != "PROPN":
                continue
            if subj.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and not _mistagged_name(doc, subj, mentions):
                continue
            if any(m.start <= subj.idx < m.end for m in mentions) or subj.ent_type_ == "PERSON":
                continue
            start = subj.i
            while (
                start > 0
                and doc[start - 1].dep_ in ("compound", "flat")
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].lower_ not in TITLES
                and doc[start - 1].lower_ not in _HONORIFICS
                and not any(m.start <= doc[start - 1].idx < m.end for m in mentions)
            ):
                start -= 1
            if subj.i - start >= 1:
                out.append(doc[start : subj.i + 1])
                continue
            full = None
            for tok in doc[: subj.i]:
                if tok.text == subj.text and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title:
                    first = tok.i - 1
                    while (
                        first > 0
                        and doc[first - 1].pos_ == "PROPN"
                        and doc[first - 1].is_title
                        and tok.i - first < 3
                        and doc[first - 1].lower_ not in TITLES
                        and doc[first - 1].lower_ not in _HONORIFICS
                        and not any(m.start <= doc[first - 1].idx < m.end for m in mentions)
                    ):
                        first -= 1
                    if doc[first].lower_ in TITLES or any(m.start <= doc[first].idx < m.end for m in mentions):
                        continue
                    full = doc[first : tok.i + 1]
                    break
            out.append(full if full is not None else doc[subj.i : subj.i + 1])
    return out


def _mistagged_name(doc: Doc, subj: Token, mentions: list[Mention]) -> bool:
    """A speech verb's subject that the model tagged as a place or organisation but that reads
    as a person's name: two or three capitalised proper nouns ("Judd Devermont told VOA"),
    none a country word, an organisation or place head word, a title or a known institution,
    and one of them written alone elsewhere in the text (a surname in use)."""
    start = subj.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = doc[start : subj.i + 1]
    if len(name) == 1:  # a surname: written earlier after a given name ("Judd Devermont ... Devermont said")
        earlier = [
            doc[i]
            for i in _positions(doc).get(subj.text, ())
            if 0 < i < subj.i and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title
        ]
        if not earlier:
            return False
        name = doc[earlier[0].i - 1 : earlier[0].i + 1]
    if not 2 <= len(name) <= 3 or not all(t.is_title and t.is_alpha for t in name):
        return False
    if any(m.start < name.end_char and name.start_char < m.end for m in mentions):
        return False
    if {t.lower_ for t in name} & (NOT_NAME_WORDS | FACILITY_WORDS | set(TITLES) | _HONORIFICS):
        return False
    if institution(name.text) != (None, None) or known_orgs.country_of(name.text) or name.text in INSTITUTIONS:
        return False
    inside = set(range(name.start, name.end))
    return any(
        t.text == part.text and t.i not in inside and not _in_name(t)
        for part in name
        for t in (doc[i] for i in _positions(doc).get(part.text, ()))
    )


_POSITIONS: dict[int, tuple[Doc, dict[str, list[int]]]] = {}


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token text -> token indices, built once per document (the last document only)."""
    hit = _POSITIONS.get(0)
    if hit is None or hit[0] is not doc:
        where: dict[str, list[int]] = {}
        for t in doc:
            where.setdefault(t.text, []).append(t.i)
        _POSITIONS[0] = (doc, where)
        return where
    return hit[1]


def _in_name(tok: Token) -> bool:
    """Whether ``tok`` is written next to another capitalised proper noun (part of a longer name)."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.pos_ == "PROPN" and t.is_title for t in near)


def find_people(
    doc: Doc, mentions: list[Mention], things: list[tuple[str, str, int, int]] | None = None
) -> list[Person]:
    """People with roles and countries; surname-only mentions linked to the full name.

    Names that the text calls an organisation or a ship (``kind_of``: "The newspaper La
    Tribuna Portena", "Kallergis Maritime, a shipping company", "the frigate Esbern Snare")
    are no people: each is appended to ``things`` as (name, kind, start, end) characters."""
    people: list[Person] = []
    by_surname: dict[str, list[Person]] = {}
    singles: list[Span] = []
    where: dict[str, list[int]] = {}  # token text -> positions
    for tok in doc:
        if tok.text[:1].isupper():
            where.setdefault(tok.text, []).append(tok.i)
    candidates = [e for e in doc.ents if e.label_ == "PERSON"] + _title_led_names(doc, mentions)
    candidates += _role_appositions(doc, mentions)
    speakers = _speaker_names(doc, mentions)
    candidates += speakers
    speaker_singles = {s.text for s in speakers if len(s) == 1}
    mistagged = {s.text for s in speakers if any(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC") for t in s)}
    candidates.sort(key=lambda s: s.start)
    for ent in candidates:
        span = _clean_person(ent, mentions)
        if span is None:
            continue
        if len(span) == 1 or (" " not in span.text and "-" in span.text):  # "Moukoko-Ngatse": one word
            singles.append(span)
            continue
        name = span.text
        if name not in mistagged and _place_like(doc, name, where):
            continue
        existing = next((p for p in people if p.name == name), None)
        if existing:
            if (span.start_char, span.end_char) not in existing.mentions:
                existing.mentions.append((span.start_char, span.end_char))
            continue
        title, title_start = _title_before(doc, span.start)
        appos = _apposition(doc, span.end)
        role = "; ".join(x for x in (title, appos) if x) or None
        role_type = TITLES.get(title.lower()) if title else None
        if role_type is None and appos:
            head = _APPOS_HEAD.match(appos)
            role_type = TITLES.get(head.group(1).lower(), "official") if head else None
        country = None
        lead_start = doc[title_start].idx if title_start < span.start else span.start_char
        # "Chinese President Xi Jinping": a country word right before the title
        if title_start > 0:
            prev = doc[title_start - 1]
            country = _country_in(prev.idx, prev.idx + len(prev.text), mentions)
        if country is None:
            country = _country_in(lead_start, span.start_char, mentions)
        phrases = roles.role_phrases(span)
        if country is None:
            country = roles.role_country(phrases, mentions, span)
        if role is None and phrases:
            role = "; ".join(dict.fromkeys(ph.text for ph in phrases))
        if role_type is None and role:
            role_type = _role_type(role)
        if country is None:
            country = _institution_in(" ".join([role or "", *(ph.text for ph in phrases)]))
        if country is None and known_orgs.us_state_note(doc[span.end : span.end + 8].text):
            country = "USA"  # "Representative Jane Doe (from Ohio)", "Sen. John Roe (R-Texas)"
        if country is None:
            country = known_country(name)
        person = Person(name, role, role_type, country, [(span.start_char, span.end_char)])
        person.role_spans = [(ph.start_char, ph.end_char) for ph in phrases]
        people.append(person)
        by_surname.setdefault(person.surname, []).append(person)
        if (person.country in _GIVEN_FIRST or _EAST_ASIAN_GIVEN.match(name)) and len(name.split()) == 2:
            by_surname.setdefault(name.split()[0], []).append(person)  # "Xi" for Xi Jinping
            by_surname.setdefault(name.split()[1], []).append(person)  # and "Lijian" for Zhao Lijian
    _family_name_before(doc, people, by_surname)
    # surname-only mentions, whether or not spaCy tagged them: the person of that surname
    # whose full name was written last before ("Khan" after "Imran Khan", not an earlier Khan)
    full = [(s, e) for p in people for s, e in p.mentions]
    for token in doc:
        same = by_surname.get(token.text)
        if not same or (token.pos_ not in ("PROPN", "NOUN") and token.dep_ != "nsubj"):
            continue
        pos = (token.idx, token.idx + len(token.text))
        if any(s <= pos[0] < e for s, e in full):
            continue  # part of a full name
        before = [(max((s for s, _ in q.mentions if s < pos[0]), default=-1), q) for q in same]
        latest, p = max(before, key=lambda x: x[0])
        if latest < 0:
            p = same[0]
        if not any(s <= pos[0] < e for s, e in p.mentions):
            p.mentions.append(pos)
    # a speech verb's subject that is another part of exactly one person's name ("Tan said"
    # after "Tan Wei Ming"): that person
    for token in doc:
        if token.head.lemma_.lower() not in _SAY or not token.text[:1].isupper() or token.i == token.head.i:
            continue
        if token.dep_ != "nsubj" and token.i != token.head.i - 1:
            continue
        if any(s <= token.idx < e for q in people for s, e in q.mentions):
            continue
        owners = [q for q in people if len(q.name.split()) >= 2 and token.text in q.name.split()[:-1]]
        if len(owners) == 1:
            owners[0].mentions.append((token.idx, token.idx + len(token.text)))
            by_surname.setdefault(token.text, []).append(owners[0])
    for span in singles:
        same = by_surname.get(span.text)
        if same and len(span) > 1:  # a hyphenated surname is several tokens: the loop above missed it
            pos = (span.start_char, span.end_char)
            before = [(max((s for s, _ in q.mentions if s < pos[0]), default=-1), q) for q in same]
            latest, p = max(before, key=lambda x: x[0])
            if latest >= 0 and not any(s <= pos[0] < e for s, e in p.mentions):
                p.mentions.append(pos)
            continue
        if (
            span.text not in by_surname
            and span.text[:1].isupper()
            and not _country_in(span.start_char, span.end_char, mentions)
        ):
            title, title_start = _title_before(doc, span.start)
            if title and title_start > 0 and doc[title_start - 1].lower_ in _LOCATIVE:
                continue  # "based at General Santos": a place named after someone
            if title or span.text in speaker_singles:
                person = Person(
                    span.text,
                    title,
                    TITLES.get(title.lower()) if title else None,
                    None,
                    [(span.start_char, span.end_char)],
                    kind="title" if title else "speaker",
                )
                people.append(person)
                by_surname[span.text] = [person]
    named_things: dict[str, str] = {}
    for p in people:
        p.mentions.sort()
        for ms, me in p.mentions:
            span = doc.char_span(ms, me, alignment_mode="expand")
            kind = kind_of(doc, span.start, span.end) if span is not None else None
            if kind is not None:
                named_things[p.name] = kind
                if things is not None:
                    things.extend((p.name, kind, a, b) for a, b in p.mentions)
                break
    title_end = next((t.idx for t in doc if "\n" in t.text or "\n" in t.whitespace_), -1)
    org_names = [e.text for e in doc.ents if e.label_ == "ORG"]
    return [p for p in people if p.name not in named_things and not _not_a_person(p, title_end, org_names)]


def _not_a_person(p: Person, title_end: int, org_names: list[str]) -> bool:
    """Names that are no person after all: written only in the title (a headline fragment,
    "Vanuatu Delays Signing"), all in capitals (an acronym, "ECOWAS"), or the start of an
    organisation's name in the text ("Sumida Kogyo" of "Sumida Kogyo Corporation")."""
    if title_end > 0 and all(s < title_end for s, _ in p.mentions):
        return True
    if p.name.replace(".", "").replace(" ", "").isupper() and len(p.name) >= 3:
        return True
    return any(n.startswith(p.name + " ") and n.split()[-1].lower() in NOT_NAME_WORDS for n in org_names)


def _family_name_before(doc: Doc, people: list[Person], by_surname: dict[str, list[Person]]) -> None:
    """A capitalised word right before a name that the text later uses alone as a speaker is
    part of the name: "said Oh Ei Sun, ..." and later "Oh said" -> Oh Ei Sun."""
    alone = {
        t.text
        for t in doc
        if t.is_title
        and len(t.text) > 1
        and t.i != t.head.i
        and (t.dep_ == "nsubj" or t.i == t.head.i - 1)  # "Oh said" (the model may read "Oh" as an interjection)
        and t.head.lemma_.lower() in _SAY
    }
    for p in people:
        s, e = p.mentions[0]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        prev = doc[span.start - 1]
        if (
            prev.text in alone
            and prev.text[:1].isupper()
            and prev.lower_ not in TITLES
            and prev.lower_ not in _HONORIFICS
            and prev.text not in by_surname
        ):
            p.name = f"{prev.text} {p.name}"
            p.mentions[0] = (prev.idx, e)
            if p.role and p.role.split("; ")[0] == prev.text:
                p.role = "; ".join(p.role.split("; ")[1:]) or None
                p.role_spans = [(a, b) for a, b in p.role_spans if (a, b) != (prev.idx, prev.idx + len(prev.text))]
            by_surname.setdefault(prev.text, []).append(p)


def _role_type(role: str) -> str | None:
    """The role type of the first title word in a role phrase ("a Chinese Foreign Ministry spokesman")."""
    words = [w.strip(",.;()").lower() for w in role.split()]
    for i in range(len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and phrase in TITLES:
                return TITLES[phrase]
    return None


def _institution_in(text: str) -> str | None:
    """The country of a national institution named in a role ("Pentagon spokesperson")."""
    for inst, iso in INSTITUTIONS.items():
        if re.search(rf"(?<![\w-]){re.escape(inst)}(?![\w-])", text):
            return iso
    return None


_GOVERNMENT = {"head of state", "head of government", "deputy head of state", "minister", "legislator"}
_GOVERNMENT_WORDS = {"government", "opposition", "ministry", "parliament", "cabinet", "presidential", "state"}
_GOVERNMENT_WORDS |= {"governor", "mayor", "senator", "lawmaker", "minister", "secretary", "presidency"}
# "its governor", "Its spokesman", "the bank's executive director": a role owned by an
# organisation named before
_OWNED_ROLE = re.compile(r"^(?:its|their|the (\w+)(?:'s|’s))\s", re.IGNORECASE)
_AT_PLACE = {"in", "at", "from"}


def _governmental(p: Person) -> bool:
    """A head of state or government, minister, legislator or government spokesman: someone
    who acts for a country even when the text names none before the title."""
    words = {w.lower().strip(",.;") for w in (p.role or "").split()}
    return p.role_type in _GOVERNMENT or bool(words & _GOVERNMENT_WORDS)


def link_affiliations(doc: Doc, people: list[Person], orgs: list[Organization], mentions: list[Mention]) -> None:
    """Countries of people that their own words did not give, in order of evidence:

    the phrases describing a later mention ("Moore is Liberia's former minister"); for a
    head of state or government, a minister, legislator or government spokesman only, the
    one country named (not a demonym, not a capital) in the sentence of the first mention;
    an organisation with a country
    named in the person's role phrases ("a senior fellow at the Heritage Foundation"); a
    person with a country named there ("spokesperson for President Edgar Lungu"); a
    well-known institution (``known_orgs``) named there.
    """
    for p in people:
        if p.country is not None:
            continue
        for s, e in p.mentions[1:]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            phrases = roles.role_phrases(span)
            p.role_spans += [(ph.start_char, ph.end_char) for ph in phrases]
            found = roles.role_country(phrases, mentions, span) or _institution_in(" ".join(ph.text for ph in phrases))
            if found:
                p.country, p.country_evidence = found, "role"
                break
    text: str | None = None  # Doc.text joins every token: built once, when needed
    for p in people:
        if p.country is None and p.mentions:
            _owner_country(doc, p, orgs)
    quoted: list[tuple[int, int]] | None = None
    for p in people:
        if p.country is not None or not _governmental(p) or not p.mentions:
            continue
        if quoted is None:
            from dyadscope.news.quotes import quote_spans  # quotes imports this module

            text = text if text is not None else text_of(doc)
            quoted = [(s, e) for s, e, _ in quote_spans(text)]
        first = doc.char_span(*p.mentions[0], alignment_mode="expand")
        if first is None:
            continue
        sent = first.sent
        own_quote = [(s, e) for s, e in quoted if s <= first.start_char < e]  # a name inside a quote reads its words
        outside = [
            m
            for m in mentions
            if sent.start_char <= m.start < sent.end_char
            and not any(s <= m.start < e for s, e in quoted if (s, e) not in own_quote)
        ]
        here = {m.iso3 for m in outside if m.kind in ("name", "code") and not _an_object(doc, m)}
        if len(here) == 1 and not _ambiguous_office(doc, p):
            p.country, p.country_evidence = here.pop(), "the one country named in the sentence"
            continue
        # "Speaking in Kinshasa, Foreign Minister X", "told a briefing in Beijing": the one
        # capital where an official speaks, when no country is named in the sentence
        at = {m.iso3 for m in outside if m.kind == "capital" and _after_place_word(doc, m)}
        if not here and len(at) == 1:
            p.country, p.country_evidence = at.pop(), "the capital where the official speaks"
    for p in people:
        if p.country is not None or not p.role_spans:
            continue
        inside = [
            o for lo, hi in p.role_spans for o in orgs if o.country and any(lo <= s and e <= hi for s, e in o.mentions)
        ]
        if inside:
            p.country, p.country_evidence = inside[0].country, "organisation in the role"
            continue
        named = [
            q
            for lo, hi in p.role_spans
            for q in people
            if q is not p and q.country and any(lo <= s and e <= hi for s, e in q.mentions)
        ]
        if named:
            p.country, p.country_evidence = named[0].country, "person in the role"
            continue
        text = text if text is not None else text_of(doc)
        known = known_orgs.country_of(" ".join(text[lo:hi] for lo, hi in p.role_spans))
        if known:
            p.country, p.country_evidence = known, "known institution in the role"
    home = home_country(doc, mentions)
    _national_bodies(doc, orgs, people, mentions, home, quoted or [])
    if home is None:
        return
    for p in people:
        # "Prime Minister X said", "Opposition leader Y": an unqualified national office is the
        # office of the country the article is about ("his counterpart" is the other one's)
        if p.country is None and _governmental(p) and "counterpart" not in (p.role or "").lower():
            if _visiting(doc, p):
                continue  # "Secretary of State Anna Berg arrived in Lusaka": a visitor
            if _ambiguous_office(doc, p):
                continue  # "Congo's oil minister X": an office of one of two countries, not the lead's
            para = _paragraph_country(doc, p.mentions[0][0], mentions, quoted or [])
            p.country = para or home
            p.country_evidence = "the country that is a subject in the paragraph" if para else "the article's lead"


def _ambiguous_office(doc: Doc, p: Person) -> bool:
    """Whether the office before ``p``'s first mention or in the role is qualified by a country
    name that stands for several countries ("Congo's hydrocarbons minister", "Congolese
    Foreign Minister"): the office is that country's, so never the article's lead country."""
    start = p.mentions[0][0]
    text = text_of(doc)
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    names = "|".join(re.escape(n) for n in ambiguous_names())
    return bool(re.search(rf"\b(?:{names})\b", f"{before} {p.role or ''}"))


_SPEAKING_AT = {"speak", "briefing", "conference", "reporters", "interview", "statement", "news"}


_TRAVEL = {"arrive", "visit", "travel", "fly", "land", "tour", "come", "return"}


def _visiting(doc: Doc, p: Person) -> bool:
    """Whether ``p`` is the subject of a travel verb at a mention ("X arrived in Lusaka")."""
    for s, e in p.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in _TRAVEL:
            return True
    return False


_OBJECT_PREPS = {"to", "against", "with", "toward", "towards", "into", "on", "over"}


def _an_object(doc: Doc, m: Mention) -> bool:
    """Whether the country mention ``m`` heads an object ("accused Tanzania", "talks with
    Kenya", "sold arms to Peru"): someone acted on, not the actor's own country."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "poss", "amod", "case") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "dative") or (tok.dep_ == "pobj" and tok.head.lower_ in _OBJECT_PREPS)


def home_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country the article is about: the country in the subject of its lead (the first
    sentence of the body: "Vanuatu has put off signing ...", "Argentina's central bank said
    ...", "The Export-Import Bank of Korea has approved ..."), else the first country its lead
    names (a capital there is only a place); None when the lead names none or the body never
    names that country's capital (a story about the country written from elsewhere)."""
    title_end = text_of(doc).find("\n")
    lead = next((sent for sent in doc.sents if sent.start_char > title_end and sent.text.strip()), None)
    if lead is None:
        return None
    here = sorted((m for m in mentions if lead.start_char <= m.start < lead.end_char), key=lambda m: m.start)
    if not here:
        return None
    for tok in lead:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
            inside = [m for m in here if lo <= m.start < hi]
            if inside:
                return _set_there(inside[0].iso3, lead, mentions)
    named = [m for m in here if m.kind != "capital"]  # "signed the deal in Hanoi": a place, not the subject
    return _set_there(named[0].iso3, lead, mentions) if named else None


def _set_there(iso: str, lead: Span, mentions: list[Mention]) -> str | None:
    """``iso`` if the story is set there: the body names its capital (or, for a city state,
    its name) after the lead's first word — a story written from the place ("... in Port
    Vila", "The Asuncion daily ..."), not one written about a country from abroad."""
    return iso if any(m.iso3 == iso and m.kind == "capital" and m.start >= lead.start_char for m in mentions) else None


# the words of a national body's generic name ("Foreign Ministry", "National Police", "Senate",
# "Ministry of Mines and Geology", "the President's Office"), which names no country itself
_BODY_HEADS = {"ministry", "police", "senate", "parliament", "navy", "army", "office", "presidency", "treasury"}
_BODY_HEADS |= {"assembly", "congress", "court", "guard", "forces", "cabinet", "customs", "legislature"}
_BODY_WORDS = _BODY_HEADS | {
    "foreign",
    "affairs",
    "defense",
    "defence",
    "interior",
    "home",
    "finance",
    "economy",
    "power",
    "energy",
    "health",
    "public",
    "works",
    "national",
    "air",
    "force",
    "president's",
    "president’s",
    "prime",
    "minister's",
    "minister’s",
    "coast",
    "supreme",
    "constitutional",
    "armed",
    "trade",
    "transport",
    "justice",
    "agriculture",
    "education",
    "information",
    "mines",
    "geology",
    "mining",
    "petroleum",
    "oil",
    "water",
    "environment",
    "planning",
    "industry",
    "commerce",
    "fisheries",
    "labour",
    "labor",
    "security",
    "state",
    "of",
    "and",
    "the",
    "for",
    "&",
}
_LEGISLATURES_US = {"Senate", "Congress", "House of Representatives", "House"}


def _paragraph_country(doc: Doc, start: int, mentions: list[Mention], quoted: list[tuple[int, int]]) -> str | None:
    """The one country that is a grammatical subject (outside quotes) in the paragraph around
    character ``start``: the paragraph's actor ("China criticized the sale. Foreign Ministry
    spokesman ..."), not a country that is only an object or a place ("a shipment from Turkey",
    "three Brazilian nationals")."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    here: set[str] = set()
    for m in mentions:
        if not lo <= m.start < hi or any(s <= m.start < e for s, e in quoted):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        while tok.dep_ in ("compound", "poss", "amod") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":  # of the main clause
            here.add(m.iso3)
    return here.pop() if len(here) == 1 else None


def _capital_after(doc: Doc, o: Organization, mentions: list[Mention]) -> str | None:
    """The capital right after a mention of ``o`` ("the President's Office in Male")."""
    for _, e in o.mentions:
        rest = text_of(doc)[e : e + 4]
        if rest.startswith((" in ", " at ")):
            hit = next((m for m in mentions if m.kind == "capital" and e + 4 <= m.start <= e + 5), None)
            if hit is not None:
                return hit.iso3
    return None


def _national_bodies(
    doc: Doc,
    orgs: list[Organization],
    people: list[Person],
    mentions: list[Mention],
    home: str | None,
    quoted: list[tuple[int, int]],
) -> None:
    """Countries of organisations whose name gives none:

    a national body with a generic name ("Foreign Ministry", "National Police", "the Senate")
    is the one country named in its paragraph ("China criticized the sale. Foreign Ministry
    spokesman ..."), else the country of a person whose role names it ("Guinea's Minister of
    Mines and Geology" for the "Ministry of Mines and Geology"), else the country the article
    is about; "Senate"/"Congress" are the US ones only in an article that names the US. A
    newspaper is in the country of a capital in its name or right before it ("Manila
    Tribune", "The Asuncion daily El Diario del Este"), else in the country the article is
    about."""
    us_named = any(m.iso3 == "USA" for m in mentions)
    for o in orgs:
        if o.name in _LEGISLATURES_US and o.country == "USA" and o.country_evidence == "institution" and not us_named:
            o.country, o.country_evidence = None, None
        if o.country is not None or o.country_evidence == "igo" or not o.mentions:
            continue
        words = [w.lower().strip(".,") for w in o.name.split()]
        if words and set(words) <= _BODY_WORDS and set(words) & _BODY_HEADS:
            found, evidence = _capital_after(doc, o, mentions), "the capital it is in"
            if found is None:
                found = _paragraph_country(doc, o.mentions[0][0], mentions, quoted)
                evidence = "the one country that is a subject in its paragraph"
            if found is None:
                content = {w for w in words if w not in _BODY_HEADS and w not in ("of", "and", "the", "for", "&")}
                found = next(
                    (
                        p.country
                        for p in people
                        if p.country and content and content <= set((p.role or "").lower().replace("’s", "").split())
                    ),
                    None,
                )
                evidence = "a person whose role names it"
            if found is None and home is not None:
                found, evidence = home, "the country the article is about (its lead)"
            if found is not None:
                o.country, o.country_evidence = found, evidence
            continue
        if "newspaper" in o.kinds:
            s, e = o.mentions[0]
            span = doc.char_span(s, e, alignment_mode="expand")
            near = span.start - 3 if span is not None else None
            lo = doc[max(0, near)].idx if near is not None else s
            capital = next((m.iso3 for m in mentions if m.kind == "capital" and lo <= m.start < e), None)
            capital = capital or capital_in(text_of(doc)[lo:e])  # also inside a name the model read as a person
            para = _paragraph_country(doc, s, mentions, quoted)
            if capital is not None:
                o.country, o.country_evidence = capital, "a capital in or before its name"
            elif para is not None:
                o.country, o.country_evidence = para, "the one country that is a subject in its paragraph"
            elif home is not None:
                o.country, o.country_evidence = home, "the country the article is about (its lead)"


def _after_place_word(doc: Doc, m: Mention) -> bool:
    """Whether the capital ``m`` is where someone speaks: "in"/"at" it, in a phrase of a
    speech verb or of a briefing ("told a briefing in Beijing", "Speaking in Kinshasa") or
    fronted ("In Niamey, government spokesman ..."); not where something is done ("signed
    the deal in Seoul")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in _AT_PLACE:
        return False
    prep = doc[span.start - 1]
    if prep.i == prep.sent.start:
        return True
    head = prep.head
    return head.lemma_.lower() in _SAY or head.lemma_.lower() in _SPEAKING_AT


def _owner_country(doc: Doc, p: Person, orgs: list[Organization]) -> None:
    """The country of the organisation that owns ``p``'s role: "Its governor, Hussain
    Latheef" after "The Maldives Monetary Authority ... said", "the bank's executive
    director" after "the Export-Import Bank of Korea": the organisation named last before
    the role (with the role's head noun in its name, for "the bank's"), within the three
    sentences before it."""
    text = text_of(doc)
    for lo, hi in sorted(p.role_spans) or []:
        m = _OWNED_ROLE.match(text[lo:hi] + " ")
        if m is None:
            continue
        head = (m.group(1) or "").lower()
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        first = span.sent.start
        for _ in range(3):
            if first > 0:
                first = doc[first - 1].sent.start
        window = doc[first].idx
        best: tuple[int, Organization] | None = None
        for o in orgs:
            if head and head not in {w.lower() for w in o.name.split()} and KIND_NOUNS.get(head) not in o.kinds:
                continue
            for s, _ in o.mentions:
                if window <= s < lo and (best is None or s > best[0]):
                    best = (s, o)
        if best is not None and best[1].country:
            p.country, p.country_evidence = best[1].country, f"role of {best[1].name}"
            return


def _is_headline_line(text: str, start: int) -> bool:
    """The text's first line (the title) or another short Title Case line (a heading)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return line_start == 0 or (
        bool(words) and len(line.split()) <= 15 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    )


def acronyms(text: str) -> dict[str, str]:
    """``Long Form Name (LFN)`` -> {LFN: Long Form Name}."""
    out: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\(([A-Z]{2,8})\)", text):
        out[m.group(2)] = m.group(1).strip()
    return out


def tidy_org(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text).strip()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if text.endswith(("'", "’")) and not text.endswith(("s'", "s’")):
        text = text[:-1]  # "Bioko'": a closing single quote
    text = re.sub(r"\s*\([^)]*$", "", text)  # "International Monetary Fund (IMF"
    text = re.sub(r"^[^\[]*\]\s*", "", text) if "]" in text and "[" not in text else text
    text = re.sub(r"\s+(of|to|for|and|on|at|in|the)$", "", text)  # "United Nations Mission to"
    # trailing common nouns are not part of a proper name: "Xinhua news", "ZANU-PF party"
    if text[:1].isupper() and not re.search(r"['’]s(?:\s+[a-z][a-z-]*)+$", text):  # "Cameroon's navy" is kept
        text = re.sub(r"(?<=[A-Za-z)])(?:\s+[a-z][a-z-]*)+$", "", text)
    if re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$|\b(?:Co|Corp|Inc|Ltd|Bros)\.$", text):  # "U.N.", "Poultry Co."
        return text.strip(" ,-")
    return text.strip(" ,.-")


_CONNECTORS = {"on", "for", "of"}
_JOINED_ADJ = re.compile(r"(?:ern|al|an|ian|ese|ic)$")  # Oriental, Eastern, African ...


def _extended(ent: Span) -> tuple[int, int]:
    """Token range of an organisation entity the model cut short: over "Forum on" before it
    ("Forum on China-Africa Cooperation") and over "and African Studies" after a name that
    ends in an adjective ("School of Oriental and African Studies")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start >= 2 and doc[start - 1].lower_ in _CONNECTORS and doc[start - 2].is_title:
        lo = start - 2
        while (
            lo > 0 and doc[lo - 1].is_title and doc[lo - 1].pos_ in ("PROPN", "NOUN") and not doc[lo - 1].is_sent_start
        ):
            lo -= 1
        left = doc[lo : start - 1]
        if left.text.lower() not in TITLES and left[0].lower_ not in TITLES and left[0].pos_ in ("PROPN", "NOUN"):
            start = lo
    last = doc[end - 1]
    if end + 1 < len(doc) and doc[end].lower_ == "and" and _JOINED_ADJ.search(last.text) and doc[end + 1].is_title:
        hi = end + 1
        while hi < len(doc) and doc[hi].is_title and hi - end < 5:
            hi += 1
        end = hi
    return start, end


def _initials(words: list[str]) -> str:
    if words and words[0] in ("The", "A", "An"):
        words = words[1:]
    return "".join(w[0] for w in words if w[:1].isupper())


def _in_pair(text: str, m: Mention) -> bool:
    """A country word joined to another place by a hyphen: "China-Africa", "Pakistan-China"."""
    return bool(
        re.match(r"[-–][A-Z]", text[m.end : m.end + 2])
        or re.search(r"[A-Za-z][-–]$", text[max(0, m.start - 2) : m.start])
    )


_PLACE_PREPS = {"in", "at", "near", "around", "off", "outside", "between", "reach"}
_PLACE_NOUNS = {"port", "city", "town", "village", "island", "province", "region", "district", "capital", "state"}
_PLACE_AFTER = FACILITY_WORDS | {"island", "dam", "river", "delta", "valley", "region", "province", "district"}


def _a_place(doc: Doc, o: Organization, mentions: list[Mention]) -> bool:
    """Whether every mention of ``o`` reads as a place, not an organisation: after "in"/"at"/
    "near"/"from" ... or "the port of", before ", <country>" ("Kamsar, Guinea"), or before a
    place or facility noun ("the Itaipu dam", "Bioko island"). Names with an organisation
    word and acronyms are never places."""
    words = {w.lower().strip(".,") for w in o.name.split()}
    if words & NOT_NAME_WORDS or o.name.isupper() or not o.mentions:
        return False
    country_starts = {m.start for m in mentions}
    for s, e in o.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        lo, hi = span.start, span.end
        while lo > 0 and doc[lo - 1].lower_ == "the":
            lo -= 1
        prev = doc[lo - 1].lower_ if lo > 0 else ""
        prev2 = doc[lo - 2].lower_ if lo > 1 else ""
        after = doc[hi].lower_ if hi < len(doc) else ""
        located = prev in _PLACE_PREPS or (prev == "of" and prev2 in _PLACE_NOUNS)
        country_after = after == "," and hi + 1 < len(doc) and doc[hi + 1].idx in country_starts
        if not (located or country_after or after in _PLACE_AFTER):
            return False
    return True


_NEWS_NAME = re.compile(
    r"\b(?:newspaper|daily|weekly)\s+"
    r"((?:El|La|Le|Les|Los|Las|L['’]|The|Al|O|A)\s+[A-Z][\w'’-]*(?:\s+(?:(?:de|del|du|des|da|do|of|the|y|et|los|las|la|le|el)\b|[A-Z][\w'’-]*))*)"
)


def _named_after_news_noun(text: str) -> list[tuple[str, int, int]]:
    """Newspaper names that begin with an article right after "newspaper"/"daily"/"weekly"
    ("the Cotonou daily La Nouvelle Tribune du Golfe", "the independent newspaper La Voz del
    Lago"), whatever the model tagged them (a person, a facility or nothing): (name, start, end),
    trailing small words dropped."""
    out = []
    for m in _NEWS_NAME.finditer(text):
        name = re.sub(r"(?:\s+(?:de|del|du|des|da|do|of|the|y|et|los|las|la|le|el))+$", "", m.group(1))
        out.append((name, m.start(1), m.start(1) + len(name)))
    return out


def _untitled(name: str) -> str:
    """``name`` without the titles it starts with."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower() in _HONORIFICS):
        words = words[1:]
    return " ".join(words)


def _name_kinds(name: str) -> set[str]:
    """Kinds an organisation's own name shows ("Manila Tribune": a newspaper)."""
    words = {w.lower().strip(".,") for w in name.split()}
    out = {KIND_NOUNS[w] for w in words if w in KIND_NOUNS}
    if words & _NEWS_WORDS:
        out.add("newspaper")
    if words & _GENERIC_LAST:
        out.add("company")
    return out


def find_organizations(
    doc: Doc,
    mentions: list[Mention],
    people: list[Person] | None = None,
    things: list[tuple[str, str, int, int]] | None = None,
) -> list[Organization]:
    """Organisations from ORG entities, with a country where the name or a known institution tells.

    Not organisations: fragments of the title or of Title Case headings (unless the same
    name is an organisation in the body), places, facilities and programmes (Doraleh
    Container Terminal, Standard Gauge Railway, Belt and Road Initiative) and their
    acronyms, people's names and surnames, currency codes, country names.
    """
    names = {w for p in people or [] for w in [p.name, *p.name.split()]}
    names_tokens = {w for n in names for w in n.split()}
    text_all = text_of(doc)  # built once: Doc.text joins every token
    acr = acronyms(text_all)
    currencies = _currency_codes()
    body_orgs = {
        tidy_org(e.text) for e in doc.ents if e.label_ == "ORG" and not _is_headline_line(text_all, e.start_char)
    }
    orgs: dict[str, Organization] = {}
    # acronyms of facilities and programmes written out in the text ("SGR", "BRI")
    facility_initials = {
        _initials(m.group(0).split())
        for m in re.finditer(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|on|for)\s+)*){1,6}[A-Z][\w'’-]*", text_all)
        if m.group(0).split()[-1].lower() in FACILITY_WORDS and len(m.group(0).split()) >= 2
    }
    covered: set[int] = set()
    for ent in sorted(doc.ents, key=lambda e: e.start):
        if ent.label_ not in ("ORG", "NORP") or (ent.label_ == "NORP" and ent.text not in INSTITUTIONS):
            continue
        if ent.start in covered:
            continue  # the part of a name already read in full ("African Studies")
        if ent.label_ == "ORG":
            lo, hi = _extended(ent)
            if (lo, hi) != (ent.start, ent.end):
                covered.update(range(lo, hi))
                ent = Span(doc, lo, hi, label="ORG")
        owner = _possessive_owner(ent, mentions, names_tokens)
        ent_text = ent.text
        if owner is not None and not owner[0]:  # "U.S. Africa Command's Waldhauser": the command
            ent_text = text_all[owner[1] : owner[2]]
        owner_before = _possessive_before(ent, mentions)
        if owner_before is not None:  # "Sudan's" + "Foreign Ministry": named as the text gives it
            ent_text = text_all[owner_before : ent.end_char]
        text = tidy_org(ent_text)
        # "Togo's Ministry of Foreign Affairs", "Its Ministry of Defence": the ministry's own name,
        # the possessor its country (two countries' ministries of one name stay apart)
        text, owned_by = _owned_name(doc, ent, text, mentions)
        if not text or text in NOT_ORGS or (text.upper() == text and len(text) <= 2):
            continue
        words = text.replace("-", " ").split()
        long_form = acr.get(text, "")
        if (
            (_is_headline_line(text_all, ent.start_char) and text not in body_orgs and text not in INSTITUTIONS)
            or words[-1].lower() in FACILITY_WORDS
            or (long_form and long_form.split()[-1].lower() in FACILITY_WORDS)
            or text in names
            or (_untitled(text) != text and any(_untitled(text).startswith(n) for n in names if " " in n))
            or text in currencies
            or text in _NOT_ORG_ACRONYMS
            or (text.isupper() and len(text) >= 2 and text in facility_initials)
            or all(
                any(m.start <= t.idx < m.end for m in mentions) or t.is_punct
                for t in ent
                if t.text not in ("the", "The")
            )
            or text.rstrip("s") in {m.text for m in mentions}
            or text in {m.text for m in mentions}  # "Cameroon's" of "Cameroon's navy"
        ):
            continue
        if any(text.lower() in phrase for phrase in _titles_around(doc, ent)):
            continue  # "State" in "Secretary of State"
        if ent.end < len(doc) and doc[ent.end].lower_ in ("minister", "secretary", "ministers"):
            continue  # a portfolio in a title: "India's External Affairs Minister"
        if (
            ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in ("minister", "secretary")
        ):
            continue  # the portfolio of "Minister of Mines and Geology"
        if any(m.start == ent.start_char and m.end == ent.end_char for m in mentions):
            continue  # the whole entity is a country name
        # a country name or demonym in the name is evidence; a capital is not ("Paris Club",
        # "Morgan Stanley": Stanley is the Falklands' capital, "Cosco Wellington")
        inside = [
            m
            for m in mentions
            if ent.start_char <= m.start and m.end <= ent.end_char and m.kind != "capital" and not _in_pair(text_all, m)
        ]
        country = inside[0].iso3 if inside else None
        evidence = ("demonym" if inside[0].kind == "demonym" else "gazetteer") if inside else None
        if country is None:
            for inst, iso in INSTITUTIONS.items():
                if re.search(rf"\b{re.escape(inst)}\b", text):
                    country, evidence = iso, "institution"
                    break
        if country is None:
            kind, known = institution(text)
            if known:
                country, evidence = known, "institution"
            elif kind == "igo":
                evidence = "igo"  # an international organisation: no country
        if country is None and evidence is None:
            known = known_orgs.country_of(text)
            if known:
                country, evidence = known, "institution"
        if country is None and evidence is None and owner is not None and owner[0]:
            country, evidence = owner[0], "gazetteer"
        if owned_by is not None and evidence in (None, "gazetteer", "demonym"):
            country, evidence = owned_by, "gazetteer"
        if country is None and evidence is None:
            country, evidence = _country_before(ent, mentions)
        if country is None and evidence is None:
            found = roles.role_country(roles.role_phrases(ent, appositions_only=True), mentions, ent)
            if found:  # "The Standard, one of Kenya's largest news organizations"
                country, evidence = found, "apposition"
        kind = kind_of(doc, ent.start, ent.end)
        if kind == "vessel":
            continue  # "the tanker Maria Kristina"
        key = text if owned_by is None else f"{text}\0{owned_by}"
        owned = [k for k in orgs if k.startswith(f"{text}\0")]
        if owned_by is None and text not in orgs and len(owned) == 1:
            key = owned[0]  # "the Ministry of Energy" after "Peru's Ministry of Energy": the same one
        org = orgs.setdefault(key, Organization(text, country, country_evidence=evidence))
        org.mentions.append((ent.start_char, ent.end_char))
        org.kinds |= _name_kinds(text) | ({kind} if kind else set())
        if org.country is None:
            org.country, org.country_evidence = country, evidence
    orgs = {name: o for name, o in orgs.items() if not _a_place(doc, o, mentions)}
    for name, kind, lo, hi in things or []:  # named things the people finder handed over
        if kind == "vessel" or name in names:
            continue
        org = orgs.setdefault(name, Organization(name, None))
        org.mentions.append((lo, hi))
        org.kinds |= _name_kinds(name) | {kind}
    for name, lo, hi in _named_after_news_noun(text_all):  # "the independent newspaper La Voz del Lago"
        if name in names or any(name in o.name or o.name in name for o in orgs.values()):
            continue
        org = orgs.setdefault(name, Organization(name, None))
        org.mentions.append((lo, hi))
        org.kinds.add("newspaper")
    merged = _merge_acronyms(_merge_short_forms(list(orgs.values()), mentions, text_all), acr)
    _short_names(text_all, merged)
    return merged


def _merge_acronyms(orgs: list[Organization], acr: dict[str, str]) -> list[Organization]:
    """An acronym the text spells out ("Southern Regional Council (SRC)") is that organisation."""
    by_name = {o.name: o for o in orgs}
    kept: list[Organization] = []
    for o in orgs:
        long = by_name.get(tidy_org(acr.get(o.name, "")))
        if long is not None and long is not o:
            long.mentions = sorted({*long.mentions, *o.mentions})
            if long.country is None:
                long.country, long.country_evidence = o.country, o.country_evidence
            continue
        kept.append(o)
    return kept


def _short_names(text: str, orgs: list[Organization]) -> None:
    """Later mentions of an organisation without its last, generic word ("Sumida Kogyo" for
    "Sumida Kogyo Corporation", "Kenya Airways Group")."""
    for o in orgs:
        words = o.name.split()
        if len(words) < 3 or words[-1].lower() not in _GENERIC_LAST:
            continue
        short = " ".join(words[:-1])
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if not any(s <= m.start() < e for s, e in o.mentions):
                o.mentions.append((m.start(), m.end()))
        o.mentions.sort()


_GENERIC_LAST = {"corporation", "company", "group", "limited", "ltd", "inc", "plc", "holdings", "co"}


def _possessive_owner(ent: Span, mentions: list[Mention], person_words: set[str]) -> tuple[str, int, int] | None:
    """(owner country or "", start, end) of the organisation part of an entity with a possessive:
    "China's Ministry of National Defense" -> (CHN, the ministry: the name keeps its owner, the
    owner gives the country); "U.S. Africa Command's Waldhauser" -> ("", the command): a
    person's name after the possessive is cut off."""
    toks = list(ent)
    for k, tok in enumerate(toks):
        if tok.text not in ("'s", "’s") or k == 0:
            continue
        before = ent.doc[ent.start : tok.i]
        after = ent.doc[tok.i + 1 : ent.end]
        whole = next(
            (m for m in mentions if m.start == before.start_char and m.end == before.end_char and m.kind != "capital"),
            None,
        )
        if whole is not None and len(after):
            return whole.iso3, after.start_char, after.end_char
        if len(after) and all(t.text in person_words for t in after):
            return "", before.start_char, before.end_char
    return None


_OWNED = re.compile(r"^(?:(?P<det>Its|Their|its|their)|(?P<owner>[A-Z][\w.' -]*?)['’]s)\s+(?P<rest>[A-Z].*)$")


def _owned_name(doc: Doc, ent: Span, text: str, mentions: list[Mention]) -> tuple[str, str | None]:
    """An organisation named with its country's possessive before a proper name of its own
    ("Chile's Ministry of Mines", "Its Ministry of Foreign Affairs" after a sentence about a
    country): (the proper name, that country); otherwise (``text``, None). The possessor is
    a country's name (not a capital or a city: "University of London's School ..." stays),
    or "its"/"their" whose antecedent is the country that is the subject of the sentence
    before; the rest must be in title case ("Cameroon's navy" stays as written)."""
    full = text
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("its", "their") and not re.match(r"(?i)(its|their)\s", text):
        full = f"{doc[ent.start - 1].text} {text}"  # the model left the possessive out of the entity
    m = _OWNED.match(full)
    if m is None or len(m.group("rest").split()) < 2 or not m.group("rest").split()[0].istitle():
        return text, None
    if m.group("owner"):
        owner = m.group("owner")
        hit = next((c for c in mentions if c.text == owner and c.kind in ("name", "code")), None)
        return (m.group("rest"), hit.iso3) if hit is not None else (text, None)
    sent = doc[ent.start].sent
    if sent.start == 0:
        return m.group("rest"), None
    before = doc[sent.start - 1].sent
    while not before.text.strip() and before.start > 0:  # the paragraph break between them
        before = doc[before.start - 1].sent
    for tok in before:
        if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "ROOT" and tok.pos_ == "PROPN"):
            span_lo = tok.left_edge.idx
            span_hi = tok.idx + len(tok)
            hit = next((c for c in mentions if span_lo <= c.start < span_hi and c.kind in ("name", "code")), None)
            if hit is not None:
                return m.group("rest"), hit.iso3
    return m.group("rest"), None


def _possessive_before(ent: Span, mentions: list[Mention]) -> int | None:
    """Start of a country's possessive right before the entity ("Sudan's" + "Foreign Ministry")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s"):
        return None
    tok = doc[ent.start - 2]
    hit = next((m for m in mentions if m.start <= tok.idx < m.end and m.kind in ("name", "code")), None)
    return hit.start if hit is not None else None


def _country_before(ent: Span, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """A country word right before the entity: "the U.S. Navy", "Kenya's Treasury" (NER took the noun only)."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    if i < 0:
        return None, None
    tok = doc[i]
    for m in mentions:
        if m.start <= tok.idx < m.end and m.kind != "capital":
            return m.iso3, "demonym" if m.kind == "demonym" else "gazetteer"
    return None, None


def _merge_short_forms(orgs: list[Organization], mentions: list[Mention], text: str = "") -> list[Organization]:
    """An organisation named again without its leading country word ("Africa Command" after
    "U.S. Africa Command"), or in lower case ("the navy" after "The Nigerian Navy"), is the
    same organisation."""
    by_name = {o.name: o for o in orgs}
    kept: list[Organization] = []
    for o in orgs:
        longer = next(
            (
                other
                for other in orgs
                if other is not o
                and other.name.endswith(" " + o.name)
                and any(
                    m.text == other.name[: -len(o.name) - 1].strip().removesuffix("'s").removesuffix("’s")
                    for m in mentions
                )
            ),
            None,
        )
        first = min(s for s, _ in o.mentions)
        owned = text[max(0, first - 3) : first] in ("'s ", "’s ") if text else False  # "Cameroon's navy"
        if longer is None and o.name.islower() and not owned:  # "the navy" after "The Nigerian Navy"
            before = [
                (max(s for s, _ in other.mentions), other)
                for other in orgs
                if other is not o
                and other.name.lower().endswith(" " + o.name)
                and min(s for s, _ in other.mentions) < first
            ]
            longer = max(before, key=lambda x: x[0])[1] if before else None
        if longer is not None and o.name in by_name:
            longer.mentions = sorted({*longer.mentions, *o.mentions})
            continue
        kept.append(o)
    return kept


def _titles_around(doc: Doc, ent: Span) -> list[str]:
    lo = max(0, ent.start - 3)
    phrase = doc[lo : min(len(doc), ent.end + 1)].text.lower()
    return [t for t in TITLES if " " in t and t in phrase]


@lru_cache(maxsize=1)
def _institutions() -> dict[str, tuple[str, str | None]]:
    frame = bundled.parquet("institutions.parquet")
    return {
        str(n): (str(k), None if i is None or i != i else str(i))
        for n, k, i in zip(frame["name"], frame["kind"], frame["iso3"], strict=True)
    }


def institution(name: str) -> tuple[str | None, str | None]:
    """(kind, ISO3) of an organisation in the Phoenix dictionary of international actors:
    igo, ngo, mnc (with its home country), med (media, a country for national ones)."""
    key = re.sub(r"^THE\s+", "", " ".join(name.replace("’", "'").upper().split()))
    hit = _institutions().get(key)
    return hit if hit else (None, None)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    frame = bundled.parquet("currencies.parquet")
    col = next((c for c in frame.columns if "currency" in c.lower() or c.lower() == "code"), frame.columns[-1])
    return frozenset(str(x) for x in frame[col].dropna())
