"""Organisations: ORG entities cleaned, merged and given a country only with evidence.

Not organisations: fragments of the title or of Title Case headings, places and facilities,
programmes and their acronyms, people's names, currency codes and country names. A country
comes from the name itself (a country name or demonym in it, never a capital), a known
institution (``names.INSTITUTIONS``, ``known_orgs``, the Phoenix dictionary), the country's
possessive before it, an apposition ("The Standard, one of Kenya's largest news
organizations"), or, for a national body with a generic name ("Foreign Ministry", "the
Senate") and for newspapers, the context of the article (``national_bodies``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news import known_orgs, places, roles, schema
from dyadscope.news.gazetteer import Mention, capital_in, paragraph_country, text_of
from dyadscope.news.names import (
    FACILITY_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    KIND_NOUNS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    TITLES,
    TRADE_NOUNS,
    institution,
    kind_of,
    personal_relative,
)

if TYPE_CHECKING:
    from dyadscope.news.people import Person

_NOT_ORG_ACRONYMS = {"PDF", "FDI", "GDP", "SDR", "CEO", "AM", "PM", "TV"}


# first words of street names, in the languages of the press ("Avenida Mariscal Lopez", "Rue de la Paix")
_STREET_WORDS = {"avenida", "avenue", "calle", "rue", "jalan", "boulevard", "rua", "strasse", "ulitsa"}

NOT_ORGS = {"MNNA", "Major Non-NATO Ally", "Non-NATO Ally", "Non-NATO Allies", "MNNA Act"}


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


_NEWS_WORDS = {"times", "post", "herald", "tribune", "chronicle", "courier", "courrier", "ledger", "gazette", "daily"}
_NEWS_WORDS |= {"standard", "observer", "telegraph", "monitor", "sun", "diario", "journal", "express", "mirror"}


# the words of a national body's generic name ("Foreign Ministry", "National Police", "Senate",
# "Ministry of Mines and Geology", "the President's Office"), which names no country itself
_BODY_HEADS = {"ministry", "police", "senate", "parliament", "navy", "army", "office", "presidency", "treasury"}
_BODY_HEADS |= {"assembly", "congress", "court", "guard", "forces", "cabinet", "customs", "legislature"}
_BODY_HEADS |= {"department", "agency"}  # "the Treasury Department said", "the Security and Intelligence Agency"
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
    "intelligence",
    "revenue",
    "immigration",
    "statistics",
    "electoral",
    "state",
    "of",
    "and",
    "the",
    "for",
    "&",
}
_LEGISLATURES_US = {"Senate", "Congress", "House of Representatives", "House"}


def _capital_after(doc: Doc, o: Organization, mentions: list[Mention]) -> str | None:
    """The capital right after a mention of ``o`` ("the President's Office in Male")."""
    for _, e in o.mentions:
        rest = text_of(doc)[e : e + 4]
        if rest.startswith((" in ", " at ")):
            hit = next((m for m in mentions if m.kind == "capital" and e + 4 <= m.start <= e + 5), None)
            if hit is not None:
                return hit.iso3
    return None


def national_bodies(
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
                found = paragraph_country(doc, o.mentions[0][0], mentions, quoted)
                evidence = "the one country that is a subject in its paragraph"
            if found is None:
                content = {w for w in words if w not in _BODY_HEADS and w not in ("of", "and", "the", "for", "&")}
                named = {
                    p.country
                    for p in people
                    if p.country and content and content <= set((p.role or "").lower().replace("’s", "").split())
                }
                found = named.pop() if len(named) == 1 else None  # two foreign ministers: neither
                evidence = "a person whose role names it"
            if found is None and home is not None:
                found, evidence = home, "the country the article is about (its lead)"
            if found is not None:
                o.country, o.country_evidence = found, evidence
            continue
        if o.kinds & {"party", "group"} or words[-1] in ("party", "front", "movement"):
            # a national party or armed movement: the country acting in its paragraph, else the
            # article's country ("members of the opposition Homeland Front party" in a story on Armenia)
            para = paragraph_country(doc, o.mentions[0][0], mentions, quoted)
            if para is not None:
                o.country, o.country_evidence = para, "the one country that is a subject in its paragraph"
            elif home is not None:
                o.country, o.country_evidence = home, "the country the article is about (its lead)"
            continue
        if "newspaper" in o.kinds:
            s, e = o.mentions[0]
            span = doc.char_span(s, e, alignment_mode="expand")
            near = span.start - 3 if span is not None else None
            lo = doc[max(0, near)].idx if near is not None else s
            capital = next((m.iso3 for m in mentions if m.kind == "capital" and lo <= m.start < e), None)
            capital = capital or capital_in(text_of(doc)[lo:e])  # also inside a name the model read as a person
            para = paragraph_country(doc, s, mentions, quoted)
            city = _city_before_kind(doc, span, mentions) if span is not None and capital is None else None
            if capital is not None:
                o.country, o.country_evidence = capital, "a capital in or before its name"
            elif city is not None:
                o.country, o.country_evidence = city
            elif para is not None:
                o.country, o.country_evidence = para, "the one country that is a subject in its paragraph"
            elif home is not None:
                o.country, o.country_evidence = home, "the country the article is about (its lead)"


def _city_before_kind(doc: Doc, span: Span, mentions: list[Mention]) -> tuple[str, str] | None:
    """(country, evidence) of a city or province written before a newspaper's kind noun ("the
    Machala weekly X", "the Peshawar newspaper X"): a place of ``news/places.py`` in one of the
    countries the article names."""
    i = span.start - 1
    if i < 1 or KIND_NOUNS.get(doc[i].lower_) != "newspaper":
        return None
    hi = i
    lo = hi
    while lo > 0 and hi - lo < 3 and doc[lo - 1].is_title and doc[lo - 1].lower_ not in ("the", "a", "an"):
        lo -= 1
    if lo == hi:
        return None
    name = doc[lo:hi].text
    found = places.country_among(name, {m.iso3 for m in mentions})
    return (found, f"{name}, the place it is published in") if found is not None else None


def _is_headline_line(text: str, start: int) -> bool:
    """The text's first line (the title), another short Title Case line, or a line of at most
    six words with no sentence punctuation at its end (a heading: "Delta pipelines",
    "Neighbors react")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    short = 0 < len(line.split()) <= 6 and not line.rstrip().endswith(_SENTENCE_END)
    return (
        line_start == 0
        or short
        or (bool(words) and len(line.split()) <= 15 and sum(w[0].isupper() for w in words) >= 0.8 * len(words))
    )


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",", ")")


def acronyms(text: str) -> dict[str, str]:
    """``Long Form Name (LFN)`` -> {LFN: Long Form Name}."""
    out: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\(([A-Z]{2,8})\)", text):
        out[m.group(2)] = m.group(1).strip()
    return out


def tidy_org(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text).strip()
    text = re.sub(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[-–]based\s+(?=[A-Z])", "", text)  # "D.C.-based Center for ..."
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if text.endswith(("'", "’")) and not text.endswith(("s'", "s’")):
        text = text[:-1]  # "Bioko'": a closing single quote
    text = re.sub(r"\s*\([^)]*$", "", text)  # "International Monetary Fund (IMF"
    text = re.sub(r"^[^\[]*\]\s*", "", text) if "]" in text and "[" not in text else text
    text = re.sub(r"\s+(of|to|for|and|on|at|in|the)$", "", text)  # "United Nations Mission to"
    # trailing common nouns are not part of a proper name: "Xinhua news", "ZANU-PF party"
    # ... unless they end in the noun of a local body ("Zuwara municipal council")
    body = re.search(r"\s(?:council|committee|commission)$", text)
    if text[:1].isupper() and not body and not re.search(r"['’]s(?:\s+[a-z][a-z-]*)+$", text):  # "Cameroon's navy"
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


def _extended_right(ent: Span, mentions: list[Mention]) -> int:
    """End token of an organisation name the model cut before its country: over "of <country>"
    ("Global New Light" + "of Myanmar", "National Power Company of" + "Zimbabwe") and over
    "in <country>" after a mission or a people's community ("United Nations Assistance Mission"
    + "in Afghanistan", "Democratic Union of Hungarians" + "in Ukraine")."""
    doc = ent.doc
    end = ent.end
    if doc[end - 1].lower_ in ("of", "in") and end < len(doc) and end - 1 > ent.start and doc[end].is_title:
        end -= 1  # "National Power Company of", "Association of Croats in": the country after it completes it
    last = doc[end - 1]
    if end >= len(doc) or doc[end].lower_ not in ("of", "in") or not last.is_title:
        return ent.end
    word = doc[end].lower_
    if end + 1 >= len(doc):
        return ent.end
    country = next((m for m in mentions if m.start == doc[end + 1].idx and m.kind in ("name", "code")), None)
    if country is None:
        return ent.end
    if word == "in":
        people_noun = any(m.start == last.idx and m.kind == "demonym" for m in mentions) and last.text.endswith("s")
        if not people_noun and last.lower_ not in _BRANCH_HEADS:
            return ent.end
    hi = end + 1
    while hi < len(doc) and doc[hi].idx < country.end:
        hi += 1
    return hi


# bodies named after the country they work in ("Mission in Afghanistan", "Delegation in Georgia")
_BRANCH_HEADS = {"mission", "delegation", "office", "representation"}
# small words inside a name ("Centre for Strategic Studies", "Chamber of Commerce and Industry")
_NAME_JOINERS = {"of", "for", "and", "on", "the", "de", "du", "des", "del", "la", "el", "&"}


def _igo_branch(name: str) -> bool:
    """A body of an international organisation named after it ("United Nations Assistance
    Mission in Afghanistan", "European Union Delegation to Georgia"): its first two to four
    words are an IGO of the Phoenix dictionary."""
    words = name.split()
    return len(words) > 2 and any(institution(" ".join(words[:k]))[0] == "igo" for k in range(2, min(5, len(words))))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct and not tok.like_num


def _headed_names(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Capitalised names with an organisation head noun (``ORG_HEADS``: "Belgrade Centre for
    Strategic Studies", "Medenine Traders' Union", "Walvis Bay Port Authority"), whatever the
    model labelled them (a facility, a place, nothing), as ORG spans: a run of capitalised words
    joined by small words ("of", "for", "and"), hyphens and a plural's apostrophe ("Owners'"),
    without its leading article or sentence-opening common word, up to its last head noun or
    the "of"/"for" phrase after it; split at an "and" between two headed names; at least two
    words; never across a title ("Chamber President X") or a person's name."""
    out: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        if not _capitalised(doc[i]) or doc[i].lower_ in TITLES:
            i += 1
            continue
        k, last = i + 1, i
        while k < n:
            t, prev = doc[k], doc[k - 1]
            if _capitalised(t) and not t.is_sent_start and t.lower_ not in TITLES:
                last, k = k, k + 1
            elif (
                (t.lower_ in _NAME_JOINERS and k + 1 < n and (_capitalised(doc[k + 1]) or doc[k + 1].lower_ == "the"))
                or (t.text == "-" and not prev.whitespace_ and not t.whitespace_ and k + 1 < n)
                or (t.text in ("'", "’") and prev.text.endswith("s") and not prev.whitespace_ and k + 1 < n)
            ):
                k += 1
            else:
                break
        lo, hi = i, last + 1
        i = hi
        while lo < hi and (doc[lo].lower_ in ("the", "a", "an") or (doc[lo].is_sent_start and doc[lo].pos_ != "PROPN")):
            lo += 1
        for a, b in _split_headed(doc, lo, hi, mentions):
            heads = [j for j in range(a, b) if doc[j].lower_ in ORG_HEADS]
            if not heads or b - a < 2:
                continue
            end = heads[-1] + 1
            if end < b and doc[end].lower_ in ("of", "for", "on"):
                end = b
            persons = [j for j in range(a, heads[0]) if doc[j].ent_type_ == "PERSON"]
            if persons:  # "Marcus Durand of the National Renewal Movement": the name after the person
                a = persons[-1] + 1
                while a < end and doc[a].lower_ in _NAME_JOINERS:
                    a += 1
            if end - a < 2:
                continue
            if all(
                any(m.start <= doc[j].idx < m.end for m in mentions) or doc[j].lower_ in ORG_HEADS
                for j in range(a, end)
            ):
                continue  # "Kenya Embassy"-like runs of country words and heads only are kept by NER if at all
            out.append(Span(doc, a, end, label="ORG"))
    return out


def _beyond_model(span: Span, mentions: list[Mention]) -> bool:
    """Whether a name found by its head noun says more than the model's ORG entities it overlaps:
    not when such an entity reaches past it ("Ministry of Commerce, Industry and Tourism") or
    when it adds only a country word or an article to one ("Moroccan" + "Interior Ministry":
    the model's name stands, the country word is evidence)."""
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ != "ORG" or not (ent.start < span.end and span.start < ent.end):
            continue
        outside = [t for t in ent if not span.start <= t.i < span.end and t.lower_ not in ("the", "a", "an")]
        if outside:
            return False
        extra = [t for t in span if not ent.start <= t.i < ent.end]
        if all(t.is_punct or any(m.start <= t.idx < m.end for m in mentions) for t in extra):
            return False
    return True


def _split_headed(doc: Doc, lo: int, hi: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """[lo, hi) split at each "and" that joins two names with a head noun each ("the African
    Union and the European Commission"), at "and the", and after a country name ("United States
    and the European Union")."""
    parts: list[tuple[int, int]] = []
    start = lo
    for j in range(lo, hi):
        if doc[j].lower_ != "and":
            continue
        left = any(doc[x].lower_ in ORG_HEADS for x in range(start, j))
        right_end = next((x for x in range(j + 1, hi) if doc[x].lower_ == "and"), hi)
        right = any(doc[x].lower_ in ORG_HEADS for x in range(j + 1, right_end))
        country_left = doc[start:j].text in {m.text for m in mentions}
        if doc[j + 1].lower_ == "the" or country_left or (left and right):
            parts.append((start, j))
            start = j + 1
            while start < hi and doc[start].lower_ == "the":
                start += 1
    parts.append((start, hi))
    return parts


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
# nouns whose "of" phrase is a place ("the port of Kamsar", "waters of the Essequibo",
# "the governor of Kvemo Kartli") and nouns that say a name is a place ("Bioko, an island")
_PLACE_NOUNS = {"port", "city", "town", "village", "island", "province", "region", "district", "capital", "state"}
_PLACE_NOUNS |= {"waters", "coast", "shores", "outskirts", "suburbs", "streets", "territory", "governor", "mayor"}
_PLACE_NOUNS |= {"border", "crossing", "county", "municipality", "prefecture", "valley", "peninsula", "area"}
_PLACE_AFTER = FACILITY_WORDS | {"island", "dam", "river", "delta", "valley", "region", "province", "district"}
_PLACE_AFTER |= {"border", "crossing", "crossings", "checkpoint", "peninsula", "county", "municipality"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"}
# verbs whose object, or "from"/"to" phrase, is a place someone goes to or strikes
_MOTION = {"come", "go", "travel", "sail", "fly", "return", "arrive", "head", "flee", "cross", "enter", "reach"}
_MOTION |= {"set", "drive", "walk", "move", "strike", "shell", "bomb", "visit", "tour", "leave"}
# an organisation acts or speaks: "X said", "X's spokesman"
_ORG_VERBS = {"say", "announce", "tell", "report", "state", "add", "confirm", "deny", "publish", "issue", "sign"}
_ORG_VERBS |= {"employ", "hire", "lend", "invest", "own", "operate", "build", "finance", "fund", "win"}
_ORG_VERBS |= {"conclude", "write", "find", "warn", "argue", "claim", "accuse", "estimate", "reveal", "show"}
_SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "chief", "head", "director", "chairman", "official"}


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    """Every capital in the country registry, also those the gazetteer does not read as a
    country ("Georgetown", "Victoria"): as a whole name never an organisation."""
    frame = bundled.parquet("country_names.parquet", columns=["name", "kind"])
    return frozenset(_plain(str(n)) for n, k in zip(frame["name"], frame["kind"], strict=True) if k == "capital")


def _plain(name: str) -> str:
    """``name`` without accents: "Asuncion" as written in English text for "Asunción"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _motion_phrase(tok: Token) -> bool:
    """``tok`` is the object of a motion verb ("entering Torkham", "struck El Fasher") or of its
    "from"/"to"/"into" phrase ("come from Bioko"), also as a conjunct ("Torkham and Chaman"),
    or the "to" end of a route that starts at a country ("from Lusaka to Kapiri Mposhi")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _MOTION:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "to", "into", "toward", "towards"):
        verb = tok.head.head
        if verb.lemma_.lower() in _MOTION:
            return True
        if tok.head.lower_ == "to":
            near = [verb, *verb.children]  # "build a railway from A to B": "from" on the object
            origins = [c for x in near for c in x.children if c.lower_ == "from" and c.i < tok.i]
            return any(g.ent_type_ in ("GPE", "LOC", "FAC") for c in origins for g in c.children)
    return False


def _copula_place(tok: Token) -> bool:
    """``tok`` is the subject of "is <a place noun>" ("X is one of 42 ports", "X is a town")."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return False
    for attr in tok.head.children:
        if attr.dep_ != "attr":
            continue
        if attr.lemma_.lower() in _PLACE_NOUNS:
            return True
        if any(p.lower_ == "of" and any(g.lemma_.lower() in _PLACE_NOUNS for g in p.children) for p in attr.children):
            return True
    return False


def _appos_place(doc: Doc, hi: int) -> bool:
    """An apposition right after the name calls it a place ("Bioko, an island that belongs to
    ...", "Ulaanbaatar, the world's coldest capital")."""
    if hi + 1 >= len(doc) or doc[hi].text != "," or doc[hi + 1].lower_ not in ("a", "an", "the"):
        return False
    for tok in doc[hi + 2 : min(hi + 8, len(doc))]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _PLACE_NOUNS:
            return True
    return False


def placed(doc: Doc, lo: int, hi: int, mentions: list[Mention]) -> bool:
    """Whether the name at tokens [lo, hi) is written as a place: after "in"/"at"/"near" ...,
    in the "of" phrase of a place noun ("the port of", "waters of the", "governor of"), before
    ", <country>" ("Kamsar, Guinea") or a place or facility noun ("the Itaipu dam", "the Aflao
    border crossing"), after a compass word ("the South Caucasus"), in an apposition that
    calls it a place, as the goal of a motion verb or route, or as the subject of "is a town"."""
    start = lo
    while lo > 0 and doc[lo - 1].lower_ == "the":
        lo -= 1
    prev = doc[lo - 1].lower_ if lo > 0 else ""
    prev2 = doc[lo - 2].lower_ if lo > 1 else ""
    after = doc[hi].lower_ if hi < len(doc) else ""
    after_lemma = doc[hi].lemma_.lower() if hi < len(doc) else ""  # "the Volta dams"
    if prev in _PLACE_PREPS or (prev == "of" and prev2 in _PLACE_NOUNS) or {after, after_lemma} & _PLACE_AFTER:
        return True
    if after == "," and hi + 1 < len(doc) and any(m.start == doc[hi + 1].idx for m in mentions):
        return True
    if prev in _COMPASS and doc[lo - 1].is_title:
        return True
    name = doc[start:hi].text
    if after in KIND_NOUNS and KIND_NOUNS[after] == "newspaper" and places.is_place(name):
        return True  # "the Peshawar newspaper X": the city it is published in
    root = doc[start:hi].root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head is not root and (
        head.ent_type_ in ("GPE", "LOC") or (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS)
    ):
        return True  # "in Sfax and Sousse", "between Peshawar and Jalalabad"
    return _appos_place(doc, hi) or _motion_phrase(root) or _copula_place(root)


def _acts(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the name at tokens [lo, hi) acts or speaks as an organisation: the subject of
    "said", "announced", "lent" ... (also in a relative clause: "X, which concluded that"),
    or the owner of a spokesman or director."""
    root = doc[lo:hi].root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _ORG_VERBS:
        return True
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _ORG_VERBS for c in root.children):
        return True
    return hi + 1 < len(doc) and doc[hi].text in ("'s", "’s") and doc[hi + 1].lemma_.lower() in _SPEAKER_NOUNS


def _a_place(doc: Doc, o: Organization, mentions: list[Mention]) -> bool:
    """Whether ``o`` is a place, not an organisation: a capital of the registry by name
    ("Santiago imposed", "Georgetown's Stabroek Ledger") or a city or province of
    ``news/places.py`` of two words or more, or a name at least half of whose
    mentions read as a place (``placed``) and none as an organisation that acts or speaks
    (``_acts``). Names with an organisation word and acronyms are never places."""
    words = {w.lower().strip(".,") for w in o.name.split()}
    if words & (NOT_NAME_WORDS | ORG_HEADS) or o.name.isupper() or not o.mentions:
        return False  # "who heads the Tak Chamber of Commerce": an organisation word, never a place
    if _plain(o.name) in _capital_names():
        return True
    if " " in o.name and places.country_among(o.name, {m.iso3 for m in mentions}) is not None:
        return True  # a city or province of two words or more of a country named ("Kota Kinabalu"; not "Rio Tinto")
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in o.mentions]
    if any(span is None for span in spans):
        return False
    found = [(span.start, span.end) for span in spans if span is not None]
    if any(_acts(doc, lo, hi) for lo, hi in found):
        return False
    return 2 * sum(placed(doc, lo, hi, mentions) for lo, hi in found) >= len(found)


_NEWS_NAME = re.compile(
    r"\b(?:newspaper|daily|weekly)\s+"
    r"((?:El|La|Le|Les|Los|Las|L['’]|The|Al|O|A)\s+[A-Z][\w'’-]*(?:\s+(?:(?:de|del|du|des|da|do|of|the|y|et|los|las|la|le|el)\b|[A-Z][\w'’-]*))*)"
)


# "the Colombo daily Lanka Observer", "the Kathmandu weekly Himal Post": a capitalised run right
# after a news noun that has its article (and a place or an adjective) before it
_NEWS_NAME_BARE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}(?:newspaper|daily|weekly|tabloid)\s+"
    r"((?!(?:On|In|At|And|But|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z][\w'’-]*"
    r"(?:\s+[A-Z][a-z][\w'’-]*){0,3})(?=[\s,.;:)])"
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
    for m in _NEWS_NAME_BARE.finditer(text):
        if not any(lo <= m.start(1) < hi for _, lo, hi in out):
            out.append((m.group(1), m.start(1), m.end(1)))
    return out


def _untitled(name: str) -> str:
    """``name`` without the titles it starts with."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower() in HONORIFICS):
        words = words[1:]
    return " ".join(words)


# a political party or movement by the nouns and modifiers around its name ("the opposition
# Homeland Front party", "the ruling X", "the X rebel group")
_PARTY_AFTER = {"party": "party", "movement": "party", "alliance": "party", "coalition": "party"}
_PARTY_AFTER |= {"group": "group", "rebels": "group", "militia": "group", "fighters": "group"}
_PARTY_BEFORE = {"opposition": "party", "ruling": "party", "rebel": "group", "separatist": "group"}


def _kind_around(doc: Doc, ent: Span) -> set[str]:
    """ "party" or "group" from the word right after the name ("Homeland Front party", "RED-Tabara
    rebel group": "rebel" then "group") or a modifier right before it ("the opposition X")."""
    out = set()
    after = [t.lower_ for t in doc[ent.end : min(len(doc), ent.end + 2)]]
    for w in after[:1] + (after[1:] if after[:1] and after[0] in _PARTY_BEFORE else []):
        if w in _PARTY_AFTER:
            out.add(_PARTY_AFTER[w])
    if ent.start > 0 and doc[ent.start - 1].lower_ in _PARTY_BEFORE:
        out.add(_PARTY_BEFORE[doc[ent.start - 1].lower_])
    return out


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
    names_lower = {n.lower() for n in names}
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
    headed = [h for h in _headed_names(doc, mentions) if _beyond_model(h, mentions)]
    inside_headed = {j for h in headed for j in range(h.start, h.end)}
    spans = [
        e
        for e in doc.ents
        if not (e.start in inside_headed and e.end - 1 in inside_headed)
        and not any(h.start < e.end and e.start < h.end for h in headed if e.label_ == "ORG")
    ]
    for ent in sorted([*spans, *headed], key=lambda e: e.start):
        if ent.label_ not in ("ORG", "NORP") or (ent.label_ == "NORP" and ent.text not in INSTITUTIONS):
            continue
        if ent.start in covered:
            continue  # the part of a name already read in full ("African Studies")
        if ent.label_ == "ORG":
            lo, hi = _extended(ent)
            hi = max(hi, _extended_right(Span(doc, lo, hi), mentions))
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
            or text.lower() in names_lower  # "Al-Fitouri said" after "Salem al-Fitouri"
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
        if words[0].lower() in _STREET_WORDS or (len(words) == 1 and text.islower()):
            continue  # a street ("Avenida Mariscal Lopez"), or one common noun ("navy"; "power ministry" stays)
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in TITLES and ent[0].is_title:
            continue  # "President Saldivar": a person the model read as an organisation
        if personal_relative(doc, ent.end) and words[-1].lower() not in NOT_NAME_WORDS:
            continue  # "their lawyer, Nadia Benali, who said": a person ("who"), not an organisation
        if ent.end < len(doc) and doc[ent.end].lower_ in ("minister", "secretary", "ministers"):
            continue  # a portfolio in a title: "India's External Affairs Minister"
        if (
            ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in ("minister", "secretary")
            and ent[0].lower_ != "the"
        ):
            continue  # the portfolio of "Minister of Mines and Geology" (not "the secretary of the X Union")
        if any(m.start == ent.start_char and m.end == ent.end_char for m in mentions):
            continue  # the whole entity is a country name
        # a country name or demonym in the name is evidence; a capital is not ("Paris Club",
        # "Morgan Stanley": Stanley is the Falklands' capital, "Cosco Wellington")
        inside = [
            m
            for m in mentions
            if ent.start_char <= m.start and m.end <= ent.end_char and m.kind != "capital" and not _in_pair(text_all, m)
        ]
        # "Democratic Union of Hungarians in Ukraine": the country it works in, not its people's
        inside.sort(key=lambda m: text_all[m.start - 4 : m.start] != " in " or m.kind != "name")
        country = inside[0].iso3 if inside else None
        evidence = ("demonym" if inside[0].kind == "demonym" else "gazetteer") if inside else None
        if country is None:
            for inst, iso in INSTITUTIONS.items():
                if re.search(rf"\b{re.escape(inst)}\b", text):
                    country, evidence = iso, "institution"
                    break
        if _igo_branch(text):  # "United Nations Assistance Mission in Afghanistan": the UN's
            country, evidence = None, "igo"
        if country is None and evidence is None:
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
            country, evidence = _owner_phrase_country(ent, mentions)
        if country is None and evidence is None:
            country, evidence = _based_country(ent, mentions)
        if country is None and evidence is None:
            found = roles.role_country(roles.role_phrases(ent, appositions_only=True), mentions, ent)
            if found:  # "The Standard, one of Kenya's largest news organizations"
                country, evidence = found, "apposition"
        if country is None and evidence is None:
            country, evidence = _local_institution(doc, ent, text, mentions)
        kind = kind_of(doc, ent.start, ent.end)
        if kind == "vessel":
            continue  # "the tanker Maria Kristina"
        key = text if owned_by is None else f"{text}\0{owned_by}"
        owned = [k for k in orgs if k.startswith(f"{text}\0")]
        if owned_by is None and text not in orgs and len(owned) == 1:
            key = owned[0]  # "the Ministry of Energy" after "Peru's Ministry of Energy": the same one
        org = orgs.setdefault(key, Organization(text, country, country_evidence=evidence))
        org.mentions.append((ent.start_char, ent.end_char))
        org.kinds |= _name_kinds(text) | ({kind} if kind else set()) | _kind_around(doc, ent)
        if org.country is None:
            org.country, org.country_evidence = country, evidence
    orgs = {name: o for name, o in orgs.items() if not _a_place(doc, o, mentions)}
    for name, kind, lo, hi in things or []:  # named things the people finder handed over
        if kind == "vessel" or name in names:
            continue
        org = orgs.setdefault(name, Organization(name, None))
        org.mentions.append((lo, hi))
        org.kinds |= _name_kinds(name) | {kind}
        _country_from_kind(doc, org, lo, hi, mentions)
    for name, lo, hi in _named_after_news_noun(text_all):  # "the independent newspaper La Voz del Lago"
        if name in names or any(name in o.name or o.name in name for o in orgs.values()):
            continue
        org = orgs.setdefault(name, Organization(name, None))
        org.mentions.append((lo, hi))
        org.kinds.add("newspaper")
        _country_from_kind(doc, org, lo, hi, mentions)
    merged = _merge_acronyms(_merge_short_forms(list(orgs.values()), mentions, text_all), acr)
    _short_names(text_all, merged)
    return _joined_portfolios(text_all, merged)


_PORTFOLIO = re.compile(r"^(?:Ministry|Department|Secretariat|Bureau|Office|Commission) (?:of|for) [A-Z]")


def _joined_portfolios(text: str, orgs: list[Organization]) -> list[Organization]:
    """A ministry of two portfolios that the model cut at the "and" ("Ministry of Fisheries"
    + "Maritime Economy" of "Ministry of Fisheries and Maritime Economy") is one organisation:
    the second part, a name with no head noun of its own, joins the first where the text writes
    them as "<first> and <second>"."""
    starts = {lo: o for o in orgs for lo, _ in o.mentions}
    for a in orgs:
        if not _PORTFOLIO.match(a.name):
            continue
        for i, (lo, hi) in enumerate(list(a.mentions)):
            b = starts.get(hi + 5)
            if b is None or b is a or text[hi : hi + 5] != " and " or text[lo:hi] != a.name:
                continue
            words = b.name.split()
            if not all(w[:1].isupper() for w in words) or _PORTFOLIO.match(b.name + " of X"):
                continue
            if any(w.lower() in _BODY_HEADS or w.lower() in _GENERIC_LAST for w in words):
                continue
            end = next(e for s, e in b.mentions if s == hi + 5)
            b.mentions.remove((hi + 5, end))
            a.mentions[i] = (lo, end)
            a.name = text[lo:end]
    return [o for o in orgs if o.mentions]


# institutions of a place: named after the city they are in ("University of Juba") or
# written with it ("Abdou Moumouni University in Niamey"); a capital there is their country
_LOCAL_HEADS = {"university", "college", "institute", "school", "academy", "polytechnic", "hospital", "seminary"}
_LOCAL_HEADS |= {"museum", "library", "municipality", "chamber", "clinic", "centre", "center"}
# bodies of a place by the city or province in their name only ("Johor Business Council", not "Council on
# Korea-Japan Cooperation in Seoul")
_PLACE_BODY_HEADS = _LOCAL_HEADS | {"council", "association", "collective", "collectif", "cooperative", "federation"}
_PLACE_BODY_HEADS |= {"union"}


def _local_institution(doc: Doc, ent: Span, name: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """(country, evidence) of a university, hospital, museum, council, association ... from the
    capital in its name's "of" phrase ("University of Juba") or right after it ("Abdou Moumouni
    University in Niamey"), or from a city or province in its name of a country the article
    names (``news/places.py``: "Johor Business Council"); (None, None) for other organisations
    (a capital names no company's country: "Cosco Wellington", "Morgan Stanley", "Paris Club")."""
    words = [w.lower() for w in name.split()]
    if not set(words) & _PLACE_BODY_HEADS:
        return None, None
    if set(words) & _LOCAL_HEADS:
        found = _capital_of_institution(doc, ent, name, mentions)
        if found[0] is not None:
            return found
    # a city or province in the name ("Johor Business Council", "University of Buffalo"), of one
    # of the countries the article names
    named = {m.iso3 for m in mentions}
    parts = name.replace("-", " - ").split()
    for n in (3, 2, 1):
        for k in range(len(parts) - n + 1):
            part = " ".join(parts[k : k + n]).replace(" - ", "-")
            place = places.country_among(part, named) if part[:1].isupper() else None
            if place is not None:
                return place, f"{part}, a place in its name"
    return None, None


def _capital_of_institution(doc: Doc, ent: Span, name: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """(country, evidence) from the capital in an institution's "of" phrase or right after it."""
    capitals = [m for m in mentions if m.kind == "capital"]
    of_at = name.lower().rfind(" of ")
    if of_at >= 0:
        lo = ent.end_char - (len(name) - of_at)
        inside = next((m for m in capitals if lo <= m.start and m.end <= ent.end_char), None)
        if inside is not None:
            return inside.iso3, "a capital in its name"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "in":
        after = next((m for m in capitals if m.start == doc[ent.end + 1].idx), None)
        if after is not None:
            return after.iso3, "the capital it is in"
    return None, None


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


def _owner_phrase_country(ent: Span, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The country word in the possessor of an organisation ("the Thai army's Naresuan Task
    Force", "Nigeria's central bank's Monetary Policy Committee"): a unit of a national body."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s"):
        return None, None
    owner = doc[ent.start - 2]
    lo = owner.left_edge.idx
    for m in mentions:
        if lo <= m.start < owner.idx + len(owner.text) and m.kind != "capital":
            return m.iso3, "the country of its owner"
    return None, None


def _place_country(doc: Doc, tok: Token, mentions: list[Mention]) -> str | None:
    """The country of the place word ``tok`` (a capital or country mention there, else a city or
    province of one of the countries the article names, ``news/places.py``)."""
    hit = next((m for m in mentions if m.start <= tok.idx < m.end), None)
    if hit is not None:
        return hit.iso3
    lo = tok.i
    while lo > 0 and doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    return places.country_among(doc[lo : tok.i + 1].text, {m.iso3 for m in mentions})


def _based_country(ent: Span, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The country of the place an organisation is said to be based in: "the Bishkek-based X",
    "X, a company based in Gainesville, Georgia," (a capital, a country, or a city or province
    of a country the article names). Not for an armed group, which is often based abroad ("a
    rebel group based in eastern Congo"), and not through a relative clause."""
    doc = ent.doc
    words = {t.lower_ for t in doc[max(0, ent.start - 3) : min(len(doc), ent.end + 3)]}
    if words & {"rebel", "rebels", "armed", "militia", "militant", "militants", "insurgent", "insurgents"}:
        return None, None
    # "the Bishkek-based X": <place> - based right before the name
    for j in range(max(1, ent.start - 4), ent.start):
        if doc[j].lower_ == "based" and j >= 2 and doc[j - 1].text in ("-", "–"):
            found = _place_country(doc, doc[j - 2], mentions)
            if found is not None:
                return found, "the place it is based in"
    # "X, a company based in Gainesville, Georgia"
    for j in range(ent.end, min(len(doc), ent.end + 8)):
        tok = doc[j]
        if (
            tok.lower_ in ("which", "who", "that")
            or tok.text in (".", ";")
            or (tok.pos_ == "VERB" and tok.lower_ != "based")
        ):
            break
        if tok.lower_ == "based" and j + 2 < len(doc) and doc[j + 1].lower_ == "in":
            k = j + 2
            while k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN":
                k += 1
            found = _place_country(doc, doc[k], mentions)
            if found is None and k + 2 < len(doc) and doc[k + 1].text == ",":
                found = _place_country(doc, doc[k + 2], mentions)  # "Gainesville, Georgia"
            if found is not None:
                return found, "the place it is based in"
            break
    return None, None


def _country_from_kind(doc: Doc, org: Organization, lo: int, hi: int, mentions: list[Mention]) -> None:
    """A country word before the kind noun of a name found by its kind (``_country_before``)."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if org.country is None and span is not None:
        found, evidence = _country_before(span, mentions)
        if found is not None:
            org.country, org.country_evidence = found, evidence


def _country_before(ent: Span, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """A country word right before the entity ("the U.S. Navy", "Kenya's Treasury": NER took the
    noun only), or among the modifiers of its kind noun right before it ("the Algerian daily X",
    "the state-owned Uzbek grid company, X")."""
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
    # the kind of the name, with a country word among its modifiers: "The Algerian daily X",
    # "the state-owned Uzbek grid company, X"
    if tok.text == "," and i > 0:
        i -= 1
        tok = doc[i]
    if not tok.is_lower or (KIND_NOUNS.get(tok.lower_) is None and tok.lower_ not in TRADE_NOUNS):
        return None, None
    lo = i
    while lo > 0 and i - lo < 4 and not doc[lo - 1].is_punct and doc[lo - 1].pos_ in ("ADJ", "NOUN", "PROPN", "VERB"):
        lo -= 1
    for m in mentions:
        if doc[lo].idx <= m.start and m.end <= tok.idx and m.kind in ("demonym", "name"):
            return m.iso3, "a country word before its kind"
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
def _currency_codes() -> frozenset[str]:
    frame = bundled.parquet("currencies.parquet")
    col = next((c for c in frame.columns if "currency" in c.lower() or c.lower() == "code"), frame.columns[-1])
    return frozenset(str(x) for x in frame[col].dropna())
