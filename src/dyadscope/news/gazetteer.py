"""Country mentions: names, alternate names, demonyms, capitals used as metonyms, "US".

Matching is case-sensitive (``Turkey`` the country, not ``turkey`` the bird) on the
registry's name table. Rules reject what is not a country: a name inside a person's
name (``Chad Smith``, ``Jordan Peterson``), the US state of Georgia, regions
(``Latin American``, ``African-American``) and capitals that are common words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from dyadscope import countries

# capitals that are also common words or frequent other places
_CAPITAL_STOP = {
    "Male",
    "Victoria",
    "Kingston",
    "Hamilton",
    "Georgetown",
    "Saint John's",
    "Nassau",
    "Melekeok",
    "Avarua",
    "Basseterre",
    "Road Town",
    "Castries",
    "Roseau",
    "Palikir",
    "Funafuti",
    "Yaren",
    "Majuro",
    "City of San Marino",
    "Monaco",
    "Luxembourg",
    "Singapore",
    "Kuwait City",
    "Vatican City",
    "Jerusalem",
    "Ramallah",
    "Panama City",
    "Guatemala City",
    "Mexico City",
    "Djibouti",
    "Andorra la Vella",
    "Santiago",
    "San José",
    "San Salvador",
    "Hong Kong",
    "Macau",
}
# names that must be written exactly like this to count (upper-case codes)
_EXTRA = {
    "Washington": "USA",
    "US": "USA",
    "U.S.": "USA",
    "U.S.A.": "USA",
    "USA": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "UAE": "ARE",
    "DRC": "COD",
    "PRC": "CHN",
    "Britain": "GBR",
    "British": "GBR",
}
_REGION_BEFORE = {"Latin", "South", "North", "Central", "African", "Native", "Asian", "Pan"}
_GIVEN_NAMES = {"Chad", "Jordan", "Georgia", "Israel", "Kenya", "India", "China"}
_US_STATE_CUES = {"Atlanta", "Savannah", "Augusta", "Georgia's governor", "state", "State", "Peach"}


@dataclass(frozen=True)
class Mention:
    """One country mention."""

    iso3: str
    start: int
    end: int
    text: str
    kind: str  # name | demonym | capital | code


@lru_cache(maxsize=4)
def _table() -> list[tuple[str, str, str]]:
    names = countries.names_table()
    reg = countries.all_countries()
    current = set(reg.loc[~reg["historical"], "iso3"])
    rows: list[tuple[str, str, str]] = []
    for r in names.itertuples(index=False):
        text, iso, kind = str(r.name), str(r.iso3), str(r.kind)
        if iso not in current and kind not in ("alias",):
            continue
        if kind in ("official", "historical"):
            kind = "name"
        if kind == "alt":
            kind = "name"
        if kind == "capital" and text in _CAPITAL_STOP:
            continue
        if len(text) < 3 or not text[0].isupper():
            continue
        rows.append((text, iso, kind))
        if kind == "demonym" and not text.endswith(("s", "ese", "sh", "ch", "i")):
            rows.append((text + "s", iso, kind))
    # a surface form that points at several countries (Korean, Congolese) is left out
    by_text: dict[str, set[str]] = {}
    for text, iso, _ in rows:
        by_text.setdefault(text, set()).add(iso)
    kept = [(t, i, k) for t, i, k in rows if len(by_text[t]) == 1 and t not in _EXTRA]
    kinds = {
        "Washington": "capital",
        "Britain": "name",
        "British": "demonym",
        "American": "demonym",
        "Americans": "demonym",
    }
    return [*((t, i, kinds.get(t, "code")) for t, i in _EXTRA.items()), *kept]


class CountryMatcher:
    """Finds country mentions in a Doc; build once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        seen: set[str] = set()
        for text, iso, kind in _table():
            if text in seen:
                continue
            seen.add(text)
            key = f"C{len(self.info)}"
            self.info[key] = (iso, kind)
            self.matcher.add(key, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> list[Mention]:
        spans: list[tuple[Span, str, str]] = []
        for match_id, start, end in self.matcher(doc):
            iso, kind = self.info[doc.vocab.strings[match_id]]
            spans.append((doc[start:end], iso, kind))
        # longest match first, no overlaps
        spans.sort(key=lambda s: (-(s[0].end - s[0].start), s[0].start))
        taken: set[int] = set()
        out: list[Mention] = []
        for span, iso, kind in spans:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if not _keep(span, iso, kind):
                continue
            taken.update(range(span.start, span.end))
            out.append(Mention(iso, span.start_char, span.end_char, span.text, kind))
        out.sort(key=lambda m: m.start)
        return out


def _keep(span: Span, iso: str, kind: str) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # part of a person's name: "Chad Smith", "Jordan Peterson", "George Washington"
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start <= span.start and span.end <= ent.end:
            others = [t for t in ent if not (span.start <= t.i < span.end)]
            if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in others):
                return False
    if span.text in _GIVEN_NAMES and after is not None and after.pos_ == "PROPN" and after.ent_type_ == "PERSON":
        return False
    if kind == "demonym" and before is not None and before.text in _REGION_BEFORE:
        return False
    if (
        kind == "demonym"
        and before is not None
        and before.text == "-"
        and span.start >= 2
        and doc[span.start - 2].text in _REGION_BEFORE
    ):
        return False
    if iso == "GEO":
        window = doc[max(0, span.start - 4) : span.end + 4].text
        if "Atlanta" in doc.text or any(cue in window for cue in _US_STATE_CUES):
            return False
    return not (
        kind == "capital"
        and span.text == "Washington"
        and after is not None
        and after.text in {"Post", "Times", "Examiner"}
    )
