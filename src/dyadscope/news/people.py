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

from spacy.tokens import Doc, Span

from dyadscope import bundled
from dyadscope.news import schema
from dyadscope.news.gazetteer import Mention

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
_US_INSTITUTIONS = (
    "Senate",
    "Congress",
    "House of Representatives",
    "White House",
    "Pentagon",
    "State Department",
    "Department of State",
    "Republican",
    "Democrat",
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
NOT_ORGS = {"MNNA", "Major Non-NATO Ally", "Non-NATO Ally", "Non-NATO Allies", "MNNA Act"}


@dataclass
class Person:
    name: str
    role: str | None
    role_type: str | None
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "ner"  # ner | title

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

    def to_dict(self) -> dict[str, object]:
        return schema.ORGANIZATIONS.to_dict(self)


@lru_cache(maxsize=1)
def _leaders() -> dict[str, set[str]]:
    frame = bundled.parquet("leaders.parquet", columns=["name", "iso3"])
    out: dict[str, set[str]] = {}
    for name, iso in zip(frame["name"], frame["iso3"], strict=True):
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


def _clean_person(ent: Span, mentions: list[Mention]) -> Span | None:
    tokens = list(ent)
    while tokens and (tokens[0].pos_ != "PROPN" or not tokens[0].text[:1].isupper()):
        tokens.pop(0)
    while tokens and (tokens[-1].pos_ in ("PART", "PUNCT") or tokens[-1].text in ("'s", "’s")):
        tokens.pop()
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
    return span


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


def find_people(doc: Doc, mentions: list[Mention]) -> list[Person]:
    """People with roles and countries; surname-only mentions linked to the full name."""
    people: list[Person] = []
    by_surname: dict[str, Person] = {}
    singles: list[Span] = []
    candidates = [e for e in doc.ents if e.label_ == "PERSON"] + _title_led_names(doc, mentions)
    candidates.sort(key=lambda s: s.start)
    for ent in candidates:
        span = _clean_person(ent, mentions)
        if span is None:
            continue
        if len(span) == 1:
            singles.append(span)
            continue
        name = span.text
        existing = next((p for p in people if p.name == name), None)
        if existing:
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
        if country is None and role and any(word in role for word in _US_INSTITUTIONS):
            country = "USA"
        if country is None:
            country = known_country(name)
        person = Person(name, role, role_type, country, [(span.start_char, span.end_char)])
        people.append(person)
        by_surname.setdefault(person.surname, person)
    # surname-only mentions, whether or not spaCy tagged them
    for token in doc:
        p = by_surname.get(token.text)
        if p is None or token.pos_ not in ("PROPN", "NOUN"):
            continue
        pos = (token.idx, token.idx + len(token.text))
        if not any(s <= pos[0] < e for s, e in p.mentions):
            p.mentions.append(pos)
    for span in singles:
        if (
            span.text not in by_surname
            and span.text[:1].isupper()
            and not _country_in(span.start_char, span.end_char, mentions)
        ):
            title, _ = _title_before(doc, span.start)
            if title:
                person = Person(
                    span.text,
                    title,
                    TITLES.get(title.lower()),
                    None,
                    [(span.start_char, span.end_char)],
                )
                people.append(person)
                by_surname[span.text] = person
    for p in people:
        p.mentions.sort()
    return people


def find_organizations(doc: Doc, mentions: list[Mention]) -> list[Organization]:
    """Organisations from ORG entities, with a country where the name or a known institution tells."""
    orgs: dict[str, Organization] = {}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP") or (ent.label_ == "NORP" and ent.text not in INSTITUTIONS):
            continue
        text = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        if not text or text in NOT_ORGS or (text.upper() == text and len(text) <= 2):
            continue
        country = _country_in(ent.start_char, ent.end_char, mentions)
        if country is not None and any(m.start == ent.start_char and m.end == ent.end_char for m in mentions):
            continue  # the whole entity is a country name
        if country is None:
            for inst, iso in INSTITUTIONS.items():
                if re.search(rf"\b{re.escape(inst)}\b", text):
                    country = iso
                    break
        org = orgs.setdefault(text, Organization(text, country))
        org.mentions.append((ent.start_char, ent.end_char))
        if org.country is None:
            org.country = country
    return list(orgs.values())
