"""People: full names, roles, countries, later surname-only mentions.

spaCy's PERSON entities are cleaned (``Defending Kenya's`` is not a person), titles
before a name (``Chinese President Xi Jinping``) and appositions after it (``Jim Risch,
chair of the Senate Foreign Relations Committee``) become the role, and the country
comes from the title, from institutions named in the role, or from the Phoenix
dictionary of political figures. Organisations are found in ``news/organisations.py``;
the word lists both use are in ``news/names.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news import known_orgs, leaders, places, roles, schema
from dyadscope.news.gazetteer import Mention, ambiguous_names, home_country, paragraph_country, text_of
from dyadscope.news.names import (
    FACILITY_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    KIND_NOUNS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    TITLES,
    TRADE_NOUNS,
    VESSEL_NOUNS,
    institution,
    kind_of,
    personal_relative,
)
from dyadscope.news.organisations import Organization, national_bodies, placed

# re-exported: modules that imported these from here before the split keep working
from dyadscope.news.organisations import acronyms as acronyms
from dyadscope.news.organisations import find_organizations as find_organizations
from dyadscope.news.organisations import tidy_org as tidy_org

_APPOS_HEAD = re.compile(
    r"^(?:the |a |an |former |then[- ])?(?:[A-Z][a-z]+ )?(chair|chairman|chairwoman|head|leader|"
    r"minister|president|secretary|spokes\w+|ambassador|director|governor|member|ceo|founder|"
    r"commissioner|envoy|senator|speaker|adviser|advisor|chief)\b",
    re.IGNORECASE,
)


_LOCATIVE = {"in", "at", "near", "outside", "across", "around", "into", "through"}


_GIVEN_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP"}  # family name first


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
# a "name" of title words only ("Chief Minister", "Deputy Spokesman") is an office, no person
_TITLE_ONLY = ({w for k in TITLES for w in k.split()} | _ROLE_WORDS | {"deputy", "acting", "assistant"}) - {"of"}
# a body's head noun said by the text ("The Embassy of India said"): no one's name
_BODY_NOUNS = {"embassy", "consulate", "ministry", "government", "mission", "agency", "council", "commission"}
_BODY_NOUNS |= {"committee", "department", "office", "secretariat", "bureau", "authority", "presidency"}


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


def _name_part(tok: Token, ent: Span) -> bool:
    """A first word the tagger read as a verb or noun but the parser hangs on the name as its
    compound, inside the sentence ("Saw" of "Saw Eh Doh"; not "Economist" of a sentence's
    "Economist Helen Ward")."""
    return tok.dep_ == "compound" and tok.is_title and not tok.is_sent_start and ent.start <= tok.head.i < ent.end


def _clean_person(ent: Span, mentions: list[Mention]) -> Span | None:
    tokens = list(ent)
    while tokens and (
        (tokens[0].pos_ != "PROPN" and not _name_part(tokens[0], ent))
        or not tokens[0].text[:1].isupper()
        or tokens[0].lower_ in TITLES
        or tokens[0].lower_ in HONORIFICS
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
    # "Kenya Ruto"-like fragments of a country mention and a word, and a country's name or
    # demonym alone of any length ("her Papua New Guinean counterpart")
    fragment = all(any(m.start <= t.idx < m.end for m in mentions) or t.pos_ != "PROPN" for t in span)
    if overlaps and fragment:
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
        and doc[start - 1].lower_ not in HONORIFICS
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
    counterpart, Marina Teixeira Lobo", or to any noun when ", who" follows ("their lawyer,
    Nadia Benali, who said"): two to four capitalised proper nouns, no country or organisation
    word among them."""
    out: list[Span] = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN":
            continue
        if tok.head.lemma_.lower() not in _ROLE_HEADS and not (
            tok.head.tag_ == "NN" and personal_relative(doc, tok.i + 1)
        ):
            continue  # any common noun when "who" follows: "their lawyer, Nadia Benali, who said"
        if tok.head.i > tok.i or tok.head.tag_ in ("NNS", "NNPS"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        name = doc[start : tok.i + 1]
        # a part the tagger read as a verb ("Saw Eh Doh") is still a part of the name
        if not 2 <= len(name) <= 4 or not all((t.pos_ == "PROPN" or t.dep_ == "compound") and t.is_title for t in name):
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
        elif tok.ent_type_ == "ORG" and tok.is_alpha and tok.is_title and tok.lower_ not in NOT_NAME_WORDS:
            out.append(doc[tok.i : end])  # "Paraguayan President Saldivar" that the model read as an organisation
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
                and doc[start - 1].lower_ not in HONORIFICS
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
                        and doc[first - 1].lower_ not in HONORIFICS
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
    if {t.lower_ for t in name} & (NOT_NAME_WORDS | FACILITY_WORDS | set(TITLES) | HONORIFICS):
        return False
    if institution(name.text) != (None, None) or known_orgs.country_of(name.text) or name.text in INSTITUTIONS:
        return False
    if _person_apposition(doc, name.end):
        return True  # "said Amara Diallo, a lecturer at ...": what follows describes a person
    inside = set(range(name.start, name.end))
    return any(
        t.text == part.text and t.i not in inside and not _in_name(t)
        for part in name
        for t in (doc[i] for i in _positions(doc).get(part.text, ()))
    )


def _person_apposition(doc: Doc, end: int) -> bool:
    """An apposition right after a name whose head is one singular common noun that names no
    kind of organisation, place or thing (", a lecturer at X", ", an economist who"; not ", a
    news agency", ", the militant group", ", a supplier of"): the name is a person's."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    head = next((t for t in doc[end + 2 : min(end + 6, len(doc))] if t.pos_ == "NOUN"), None)
    if (
        head is None
        or head.tag_ != "NN"
        or head.dep_ != "appos"
        or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN")
    ):
        return False
    word = head.lower_
    things = NOT_NAME_WORDS | FACILITY_WORDS | ORG_HEADS | TRADE_NOUNS | set(KIND_NOUNS) | VESSEL_NOUNS
    return word not in things and word not in _PLACE_NOUNS_PEOPLE


# nouns of places that an apposition may call a name ("Bioko, an island")
_PLACE_NOUNS_PEOPLE = {"town", "city", "village", "island", "province", "region", "district", "capital", "port"}


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
        if all(t.lower_ in _TITLE_ONLY for t in span):
            continue
        if len(span) == 1 or (" " not in span.text and "-" in span.text):  # "Moukoko-Ngatse": one word
            if span.text.lower() not in _BODY_NOUNS:
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
        evidence = None
        lead_start = doc[title_start].idx if title_start < span.start else span.start_char
        # "Chinese President Xi Jinping": a country word right before the title
        if title_start > 0:
            prev = doc[title_start - 1]
            country = _country_in(prev.idx, prev.idx + len(prev.text), mentions)
        if country is None:
            country = _country_in(lead_start, span.start_char, mentions)
        if country is not None:
            evidence = "a country word in or before the title"
        phrases = roles.role_phrases(span)
        if country is None:
            country = roles.role_country(phrases, mentions, span)
            evidence = "role" if country else None
        if role is None and phrases:
            role = "; ".join(dict.fromkeys(ph.text for ph in phrases))
        if role_type is None and role:
            role_type = _role_type(role)
        if country is None:
            country = _institution_in(" ".join([role or "", *(ph.text for ph in phrases)]))
            evidence = "a national institution in the role" if country else None
        if country is None and known_orgs.us_state_note(doc[span.end : span.end + 8].text):
            country = "USA"  # "Representative Jane Doe (from Ohio)", "Sen. John Roe (R-Texas)"
            evidence = "a US state after the name"
        if country is None:
            country = known_country(name)
            evidence = "the Phoenix dictionary of political figures" if country else None
        person = Person(name, role, role_type, country, [(span.start_char, span.end_char)])
        person.country_evidence = evidence
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
        if any(m.start <= pos[0] < m.end for m in mentions):
            continue  # part of a country's name: "Papua" of Papua New Guinea is no surname
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
    alone: list[Person] = []
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
                # "Irish Prime Minister Brown": the country word right before the title, or in it
                country = None
                if title and title_start > 0:
                    prev = doc[title_start - 1]
                    country = _country_in(prev.idx, prev.idx + len(prev.text), mentions)
                if title and country is None:
                    country = _country_in(doc[title_start].idx, span.start_char, mentions)
                person = Person(
                    span.text,
                    title,
                    TITLES.get(title.lower()) if title else None,
                    country,
                    [(span.start_char, span.end_char)],
                    kind="title" if title else "speaker",
                    country_evidence="a country word in or before the title" if country else None,
                )
                people.append(person)
                by_surname[span.text] = [person]
                alone.append(person)
    # a one-word name first written after a title ("Uzbek President Karimov"), later alone
    # ("Karimov said"): those later words are mentions of that person too
    covered = {s for p in people for s, _ in p.mentions}
    for token in doc:
        p1 = next((p for p in alone if p.name == token.text), None)
        if p1 is None or token.idx in covered or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(m.start <= token.idx < m.end for m in mentions) or token.idx < p1.mentions[0][0]:
            continue
        p1.mentions.append((token.idx, token.idx + len(token.text)))
    _portfolio_words(doc, people)
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
    return [
        p
        for p in people
        if p.name not in named_things
        and not _not_a_person(p, title_end, org_names)
        and not _a_place(doc, p, mentions)
        and not _a_known_place(p)
        and not _place_of_a_role(doc, p, people)
    ]


def _place_of_a_role(doc: Doc, p: Person, people: list[Person]) -> bool:
    """A name with no role written only after "from" or "in" or as a place (``placed``: "the
    Guet Ndar wharf"), once inside another person's role phrase ("said X, a fisherman from Guet
    Ndar"): the place that person comes from."""
    if p.role is not None or not p.mentions:
        return False
    spans = [(lo, hi) for q in people if q is not p for lo, hi in q.role_spans]
    full = [(s, e) for s, e in p.mentions if e - s == len(p.name)]  # not the surname-like mentions ("Ndar")
    for s, e in full:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        if doc[span.start - 1].lower_ not in ("from", "in") and not placed(doc, span.start, span.end, []):
            return False
    return any(lo <= s and e <= hi for s, e in full for lo, hi in spans)


def _a_known_place(p: Person) -> bool:
    """A name of two words or more with no role that is the name of a city or a province
    (``news/places.py``: "Johor Bahru", "Tel Aviv", "An Giang"): a place the model read as a
    person."""
    return p.role is None and " " in p.name and places.is_place(p.name)


def _portfolio_words(doc: Doc, people: list[Person]) -> None:
    """A name that took in the last word of a portfolio ("Minister of Transport and Public
    Works Kabelo Mmusi" read as "Works Kabelo Mmusi") while the rest of it is another
    person's name in the text ("Kabelo Mmusi"): its mentions go to that person, less the word."""
    for p in list(people):
        words = p.name.split()
        rest = " ".join(words[1:])
        q = next((o for o in people if o is not p and o.name == rest), None)
        if q is None or len(words) < 3 or not p.mentions:
            continue
        span = doc.char_span(*p.mentions[0], alignment_mode="expand")
        if span is None:
            continue
        i = span.start - 1
        while i >= 0 and (doc[i].is_title or doc[i].lower_ in ("and", "&", ",")) and doc[i].lower_ not in _TITLE_ONLY:
            i -= 1
        if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _TITLE_ONLY:
            continue
        cut = len(words[0]) + 1
        text = text_of(doc)
        moved = [(s + cut, e) if text.startswith(words[0] + " ", s) else (s, e) for s, e in p.mentions]
        q.mentions = sorted({*q.mentions, *moved})
        people.remove(p)


def _a_place(doc: Doc, p: Person, mentions: list[Mention]) -> bool:
    """A name with no role every mention of which reads as a place (``organisations.placed``:
    "a railway from Dar es Salaam to Kapiri Mposhi", "the Aflao border crossing")."""
    if p.role is not None or not p.mentions:
        return False
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in p.mentions]
    return all(span is not None and placed(doc, span.start, span.end, mentions) for span in spans)


def _not_a_person(p: Person, title_end: int, org_names: list[str]) -> bool:
    """Names that are no person after all: written only in the title (a headline fragment,
    "Vanuatu Delays Signing"), all in capitals (an acronym, "ECOWAS"), or the start of an
    organisation's name in the text ("Sumida Kogyo" of "Sumida Kogyo Corporation")."""
    if title_end > 0 and all(s < title_end for s, _ in p.mentions):
        return True
    # written in full only in the headline ("Nepal Protests as ..."): a later "Protests" is no surname
    full = [(s, e) for s, e in p.mentions if e - s == len(p.name)]
    if title_end > 0 and " " in p.name and full and all(s < title_end for s, _ in full):
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
            and prev.lower_ not in HONORIFICS
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


def _governmental(p: Person, text: str = "") -> bool:
    """A head of state or government, minister, legislator or government spokesman: someone
    who acts for a country even when the text names none before the title. The words before
    a rank count too ("government spokesman Col. X": the role is "Col.")."""
    words = {w.lower().strip(",.;") for w in (p.role or "").split()}
    if text and p.mentions:
        first = p.mentions[0][0]
        words |= {
            w.lower().strip(",.;") for s, e in p.role_spans if first - 12 <= e <= first for w in text[s:e].split()
        }
    return p.role_type in _GOVERNMENT or bool(words & _GOVERNMENT_WORDS)


def link_affiliations(
    doc: Doc, people: list[Person], orgs: list[Organization], mentions: list[Mention], when: date | None = None
) -> None:
    """Countries of people that their own words did not give, in order of evidence:

    the phrases describing a later mention ("Moore is Liberia's former minister"); for a
    head of state or government, the country they led on the article's date ``when``
    (REIGN, ``news/leaders.py``: "President Kenyatta" in 2018 -> Kenya); for a
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
    for p in people:
        if p.country is None and p.role_spans and p.mentions:
            found_earlier = _earlier_description(doc, p, mentions)
            if found_earlier is not None:
                p.country, p.country_evidence = found_earlier
    for p in people:
        if p.country is None and p.role_type in _HEADS and p.mentions:
            found_leader = leaders.leader_country(p.name, when, former=_former(doc, p))
            if found_leader is not None:
                p.country, p.country_evidence = found_leader
    text: str | None = None  # Doc.text joins every token: built once, when needed
    for p in people:
        if p.country is None and p.mentions:
            _owner_country(doc, p, orgs)
    international = {id(p) for p in people if p.country is None and p.mentions and _international(doc, p, orgs)}
    for p in people:
        if p.country is None and p.mentions and id(p) not in international:
            found_subject = _office_of_subject(doc, p, orgs, mentions)
            if found_subject is not None:
                p.country, p.country_evidence = found_subject
    quoted: list[tuple[int, int]] | None = None
    for p in people:
        if p.country is not None or not p.mentions or not _governmental(p, text_of(doc)) or id(p) in international:
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
        _country_word_of_an_org(p, orgs, mentions)
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
    in_article = {m.iso3 for m in mentions}
    for p in people:
        if p.country is None and p.mentions:
            found_place = _place_country(doc, p, mentions, in_article)
            if found_place is not None:
                p.country, p.country_evidence = found_place
    home = home_country(doc, mentions)
    national_bodies(doc, orgs, people, mentions, home, quoted or [])
    if home is None:
        return
    for p in people:
        # "Prime Minister X said", "Opposition leader Y": an unqualified national office is the
        # office of the country the article is about ("his counterpart" is the other one's)
        if id(p) in international:
            continue  # "ECOWAS Commission President X": an international office, no country's
        if p.country is None and _governmental(p, text_of(doc)) and "counterpart" not in (p.role or "").lower():
            if _visiting(doc, p):
                continue  # "Secretary of State Anna Berg arrived in Lusaka": a visitor
            if _ambiguous_office(doc, p):
                continue  # "Congo's oil minister X": an office of one of two countries, not the lead's
            para = paragraph_country(doc, p.mentions[0][0], mentions, quoted or [])
            p.country = para or home
            p.country_evidence = "the country that is a subject in the paragraph" if para else "the article's lead"


def _country_word_of_an_org(p: Person, orgs: list[Organization], mentions: list[Mention]) -> None:
    """A role whose country word is part of an organisation's name takes that organisation's
    country ("the head of the Democratic Union of Hungarians in Ukraine": Ukraine, not Hungary)."""
    if p.country is None or p.country_evidence != "role" or not p.role_spans:
        return
    for o in orgs:
        if o.country is None or o.country == p.country:
            continue
        for s, e in o.mentions:
            in_role = any(lo <= s and e <= hi for lo, hi in p.role_spans)
            if in_role and any(s <= m.start and m.end <= e and m.iso3 == p.country for m in mentions):
                p.country, p.country_evidence = o.country, "organisation in the role"
                return


# nouns after a place's name that say it is a region or a town ("An Giang province", "Kedah state")
_REGION_NOUNS = {"province", "state", "region", "district", "county", "prefecture", "governorate", "department"}
_REGION_NOUNS |= {"town", "city", "village", "municipality"}
# prepositions before a place where someone lives, works or comes from ("a farmer in X", "from X")
_HOME_PREPS = {"in", "from", "near", "outside"}
# heads of role phrases of people posted abroad or writing about a place: never its residents
_AWAY = {"ambassador", "envoy", "correspondent", "reporter", "journalist", "visitor", "delegate", "diplomat"}
_AWAY |= {"consul", "representative", "negotiator", "observer", "tourist", "mission", "expert", "analyst"}


def _place_name(tok: Token) -> str:
    """The proper name a place token heads ("Johor Bahru", "An Giang" of "An Giang province")."""
    doc = tok.doc
    if tok.pos_ != "PROPN" and tok.lemma_.lower() in _REGION_NOUNS:
        lo = tok.i  # the capitalised words before the noun, whatever the model made of them ("An" a determiner)
        while lo > 0 and doc[lo - 1].is_title and doc[lo - 1].is_alpha and tok.i - lo < 4:
            lo -= 1
        return doc[lo : tok.i].text
    if tok.pos_ != "PROPN":
        return ""
    lo = tok.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ in ("compound", "flat"):
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].pos_ == "PROPN" and doc[hi].head.i == tok.i and doc[hi].dep_ in ("flat",):
        hi += 1
    return doc[lo:hi].text


def _place_country(doc: Doc, p: Person, mentions: list[Mention], named: set[str]) -> tuple[str, str] | None:
    """The country of the place where ``p`` holds office or lives, from the phrases about them:
    a region or town named in an "of" phrase of their office ("the Chief Minister of Johor"),
    or, for people with no official title, where they live, work or come from ("a fisherman
    from Saint-Louis", "who grows rice in An Giang province", "who farms across the border in
    Tajikistan"). A place below the country (``news/places.py``) counts only when exactly one
    of the countries with a place of that name is named in the article."""
    spans: list[tuple[int, int, bool]] = []  # (start, end) tokens, whether residence phrases count
    titled = p.role_type is not None or _governmental(p, text_of(doc))
    for lo, hi in p.role_spans:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is not None:
            away = any(t.lemma_.lower() in _AWAY for t in span)
            spans.append((span.start, span.end, not titled and not away))
    for s, e in p.mentions[:1]:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        heads = [span.root, span.root.head] if span.root.dep_ == "appos" else [span.root]
        for head in heads:
            for c in head.rights:
                if c.dep_ == "relcl" and c.i >= span.end and not titled:
                    spans.append((c.left_edge.i, c.right_edge.i + 1, True))
    for lo, hi, residence in spans:
        for tok in doc[lo:hi]:
            prep = tok.head
            if tok.dep_ != "pobj" or prep.i < lo:
                continue
            if prep.lower_ == "of" and prep.head.lemma_.lower() in _TITLE_ONLY:
                pass  # "Governor of X", "Chief Minister of Johor": the office of a place
            elif not (residence and prep.lower_ in _HOME_PREPS):
                continue
            m = next((m for m in mentions if m.start <= tok.idx < m.end), None)
            if m is not None:
                if m.kind in ("name", "demonym", "capital"):
                    return m.iso3, "the place where the person lives or holds office"
                continue
            name = _place_name(tok)
            found = places.country_among(name, named) if name else None
            if found is not None:
                return found, f"{name}, a place in that country named in the article"
    if not titled and not p.role_spans:
        return _scene_country(doc, p, mentions, named)
    return None


def _scene_country(doc: Doc, p: Person, mentions: list[Mention], named: set[str]) -> tuple[str, str] | None:
    """The country of the place a paragraph is set in, for a person the text gives no role:
    a sentence of the paragraph, up to the person's, that opens with "In <place>," ("In the
    town of Masinloc, fishermen said ... said X"); the place a country name or capital, or a
    city or province of one country named in the article."""
    first = doc.char_span(*p.mentions[0], alignment_mode="expand")
    if first is None:
        return None
    text = text_of(doc)
    para_start = text.rfind("\n", 0, first.start_char) + 1
    found: tuple[str, str] | None = None
    para = doc.char_span(para_start, first.end_char, alignment_mode="expand")
    if para is None:
        return None
    for sent in (st for st in doc.sents if para.start <= st.start < first.end):
        opener = next((t for t in sent if not t.is_punct and not t.is_quote), None)
        if opener is None or opener.lower_ != "in" or opener.dep_ != "prep" or opener.head.dep_ != "ROOT":
            continue
        for tok in opener.subtree:
            if tok.pos_ != "PROPN" and tok.lemma_.lower() not in _REGION_NOUNS:
                continue
            m = next((m for m in mentions if m.start <= tok.idx < m.end), None)
            if m is not None and m.kind in ("name", "capital"):
                found = m.iso3, "the place the paragraph is set in"
                break
            name = _place_name(tok)
            iso = places.country_among(name, named) if name and m is None else None
            if iso is not None:
                found = iso, f"{name}, the place the paragraph is set in"
                break
    return found


# abbreviations of international organisations that the Phoenix dictionary leaves out
_IGO_SHORT = {"EU", "AU", "UN", "U.N."}


def _igo_name(name: str) -> bool:
    """Whether ``name`` is an international organisation or one of its bodies ("ECOWAS
    Commission", "EU delegation"): the Phoenix dictionary's IGOs, whole or as the first word."""
    first = name.split()[0] if name.split() else ""
    return institution(name)[0] == "igo" or first in _IGO_SHORT or (first != name and institution(first)[0] == "igo")


def _international(doc: Doc, p: Person, orgs: list[Organization]) -> bool:
    """Whether ``p`` holds an office of an international organisation: one is named in the role
    phrases ("ECOWAS Commission President X", "EU spokeswoman X", "X, the African Union's
    envoy")."""
    text = text_of(doc)
    for o in orgs:
        inside = any(lo <= s and e <= hi for s, e in o.mentions for lo, hi in p.role_spans)
        if inside and o.country is None and _igo_name(o.name):
            return True
    written = " ".join([p.role or "", *(text[lo:hi] for lo, hi in p.role_spans), _title_run(doc, p.mentions[0][0])])
    return any(_igo_name(w) for w in re.findall(r"[A-Z][\w.]*", written) if w.isupper())


def _title_run(doc: Doc, start: int) -> str:
    """The capitalised words written right before the name at character ``start`` on its line
    ("ECOWAS Commission President" of "... said. ECOWAS Commission President X")."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return ""
    i = first.start
    while i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper) and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return doc[i : first.start].text


# title words of an office in a body ("Spokesman X said", "its chairman, X"): the body is named before
_BODY_OFFICES = {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director"}
_BODY_OFFICES |= {"president", "head", "chief", "secretary", "commissioner", "official", "deputy", "executive"}


def _office_of_subject(
    doc: Doc, p: Person, orgs: list[Organization], mentions: list[Mention]
) -> tuple[str, str] | None:
    """The country of the body whose office a bare title names ("Spokesman X said", "Its
    president, X,"): the organisation with a country, or the country itself, that is the
    subject of the nearest of the three sentences before in its paragraph ("China's Ministry of Foreign
    Affairs accused ... Spokesman Liu Wenjie said", "Equatorial Guinea offered ... Its
    president, X, said"). The role must be title words only (with "its"/"their"); heads of
    state or government, ministers and legislators without "its" are left to the other rules."""
    words = [w.strip(",.;").lower() for w in (p.role or "").split() if w.strip(",.;")]
    owned = bool(words) and words[0] in ("its", "their")
    if not owned and (p.role_type in _HEADS or p.role_type in ("minister", "legislator")):
        return None
    words = [w for w in words if w not in ("its", "their", "the")]
    if not words or not set(words) <= _BODY_OFFICES | _TITLE_ONLY or not set(words) & _BODY_OFFICES:
        return None
    first = doc.char_span(*p.mentions[0], alignment_mode="expand")
    if first is None:
        return None
    text = text_of(doc)
    para_start = text.rfind("\n", 0, first.start_char) + 1
    sent = first.sent
    for _ in range(3):  # the nearest of the three sentences before, in the same paragraph
        if sent.start == 0 or doc[sent.start - 1].idx < para_start:
            return None
        sent = doc[sent.start - 1].sent
        found = _subject_body(sent, orgs, mentions)
        if found is not None:
            return found
    return None


def _subject_body(sent: Span, orgs: list[Organization], mentions: list[Mention]) -> tuple[str, str] | None:
    """(country, evidence) of the organisation with a country, or of the one country, that is
    the main subject of ``sent``."""
    for tok in sent:
        main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if not main_subject and not (tok.dep_ == "ROOT" and tok.pos_ == "PROPN"):
            continue  # (a subject the model took for the root: "Kenya, which ..., offered")
        lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)  # the subject up to its head word
        for o in orgs:
            if o.country and any(lo <= s and e <= hi for s, e in o.mentions):
                return o.country, f"office of {o.name}, the subject of a sentence before in the paragraph"
        here = [m for m in mentions if lo <= m.start and m.end <= hi and m.kind in ("name", "code")]
        if len({m.iso3 for m in here}) == 1:
            return here[0].iso3, f"office of {here[0].text}, the subject of a sentence before in the paragraph"
    return None


def _earlier_description(doc: Doc, p: Person, mentions: list[Mention]) -> tuple[str, str] | None:
    """A role phrase "the <noun>" ("The diplomat, first counselor X") refers back to "a
    <demonym> <noun>" or "<country>'s <noun>" written before it ("Togo ordered a senior Ghanaian
    diplomat to leave"): that country, when the earlier phrases give exactly one."""
    first = p.mentions[0][0]
    heads: set[str] = set()
    for lo, hi in p.role_spans:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN":
            continue
        if span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
            heads.add(span.root.lemma_.lower())  # "the diplomat": definite, so named before
    if not heads:
        return None
    found: set[str] = set()
    for m in mentions:
        if m.start >= first or m.kind not in ("demonym", "name"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        nxt = doc[span.end + 1] if doc[span.end].text in ("'s", "’s") and span.end + 1 < len(doc) else doc[span.end]
        if nxt.lemma_.lower() in heads and nxt.pos_ == "NOUN":
            found.add(m.iso3)
    if len(found) != 1:
        return None
    return found.pop(), "an earlier description of the same office"


_HEADS = {"head of state", "head of government"}
_FORMER = re.compile(r"\b(?:former|ex-|then-)\s*(?:\w+\s+){0,3}$", re.IGNORECASE)


def _former(doc: Doc, p: Person) -> bool:
    """Whether the title at ``p``'s first mention is a past office ("former President X",
    "ex-Prime Minister Y", "then-President Z")."""
    start = p.mentions[0][0]
    text = text_of(doc)
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    return bool(_FORMER.search(before)) or "former" in (p.role or "").lower()


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
