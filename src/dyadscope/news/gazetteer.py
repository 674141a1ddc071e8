"""Country mentions: names, alternate names, demonyms, capitals used as metonyms, "US".

Matching is case-sensitive (``Turkey`` the country, not ``turkey`` the bird) on the
registry's name table. A name that stands for several countries is never taken silently:
``Congo``, ``Korea``, ``Congolese`` (names of two countries in the registry) are resolved
only when the article names exactly one of the candidates unambiguously elsewhere
(``Kinshasa``, ``DRC``, ``North Korea``) or one at least twice as often as the others;
``Guinea`` or ``Sudan`` (the short name of one country and part of another's: Equatorial
Guinea, South Sudan) are read as the country of that short name, also beside the other
(whose name is written in full). Geographic features are no countries (the Niger Delta,
the Congo River, Lake Chad, the Gulf of Guinea). Each is listed in
``Article.ambiguous`` with its candidates, the resolution and its evidence; an
unresolved one is not counted as a country mention. Rules reject what is not a country: a name inside a person's
name (``Chad Smith``, ``Jordan Peterson``), the US state of Georgia, regions
(``Latin American``, ``African-American``, ``Latin America``, ``Northern Ireland``: a compass
word before a name that is not itself a country), common nouns spelt with a country name
(``Guinea pigs``, ``Brazil nuts``, ``French fries``) and capitals that are common words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
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
# alternate names that are ordinary English words ("Island" is Iceland's own name for itself)
_NAME_STOP = {"Island"}
# adjectives and nouns of nationality in common press use that the registry's one demonym
# per country leaves out ("Philippine Defense Secretary", "a Saudi delegation", "Danes");
# written from general knowledge; plurals are added as for the registry's demonyms
_MORE_DEMONYMS = {
    "Philippine": "PHL",
    "Argentinian": "ARG",
    "Saudi": "SAU",
    "Azeri": "AZE",
    "Kyrgyz": "KGZ",
    "Kyrgyzstani": "KGZ",
    "Tajik": "TJK",
    "Tajikistani": "TJK",
    "Uzbek": "UZB",
    "Kazakh": "KAZ",
    "Slovenian": "SVN",
    "Slovakian": "SVK",
    "Maldivian": "MDV",
    "Cape Verdean": "CPV",
    "Ecuadorian": "ECU",
    "Comorian": "COM",
    "Bissau-Guinean": "GNB",
    "Djiboutian": "DJI",
    "Surinamese": "SUR",
    "Nepali": "NPL",
    "Timorese": "TLS",
    "Botswanan": "BWA",
    "Serb": "SRB",
    "Croat": "HRV",
    "Dane": "DNK",
    "Swede": "SWE",
    "Finn": "FIN",
    "Briton": "GBR",
    "Spaniard": "ESP",
    "Turk": "TUR",
    "Icelandic": "ISL",
    "Kosovan": "UNK",
    "Equatoguinean": "GNQ",
    "Luxembourgish": "LUX",
    "Salvadorean": "SLV",
    "Belarussian": "BLR",
    "Somalian": "SOM",
    "Vanuatuan": "VUT",
    "Bosnian": "BIH",
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
    "Republic of Congo": "COG",  # the press form ("Democratic Republic of Congo" is matched first, as longer)
    "PRC": "CHN",
    "Britain": "GBR",
    "British": "GBR",
    "Bosnia": "BIH",  # the press short form of Bosnia and Herzegovina (longer name matched first)
}
_REGION_BEFORE = {"Latin", "South", "North", "Central", "African", "Native", "Asian", "Pan"}
# a compass word before a country name that is not itself a country's name makes a region:
# Latin/South/North/Central America, Northern Ireland, the South China Sea (a longer country
# name such as South Korea or South Africa is matched first and never reaches this rule)
_COMPASS = {
    "Latin",
    "South",
    "North",
    "Central",
    "East",
    "West",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Sub-Saharan",
}
# common nouns spelt with a country name or demonym: "Guinea pigs", "Brazil nuts", "French fries"
_COMMON_COMPOUNDS: dict[str, set[str]] = {
    "Guinea": {"pig", "pigs", "fowl", "fowls", "worm", "worms", "grass"},
    "Brazil": {"nut", "nuts"},
    "Panama": {"hat", "hats"},
    "Chad": {"gun"},
    "French": {"fries", "fry", "toast", "horn", "horns", "kiss", "polish", "doors", "windows"},
    "Danish": {"pastry", "pastries"},
    "Swiss": {"cheese", "roll"},
    "Turkish": {"delight", "bath", "baths"},
    "Chinese": {"whispers", "checkers", "lantern", "lanterns"},
    "Mexican": {"wave", "standoff"},
    "Russian": {"roulette", "doll", "dolls"},
    "Dutch": {"courage", "auction", "oven"},
    "Indian": {"ink", "summer"},
}
# geographic features named after (or before) a country's name: not the country
_FEATURES_AFTER = {"River", "Delta", "Basin", "Valley", "Lake", "Desert", "Plateau", "Highlands", "Rift", "Canal"}
_FEATURES_BEFORE = {"Lake", "Gulf", "Bay", "Mount"}
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


@dataclass
class Ambiguity:
    """A country name that stands for several countries, and what the article says."""

    text: str
    span: tuple[int, int]
    candidates: list[str]
    resolved: str | None
    evidence: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return [w for w in text.replace("-", " - ").split() if w]


@lru_cache(maxsize=1)
def ambiguous_names() -> dict[str, tuple[list[str], str | None]]:
    """Surface form -> (candidate ISO3 codes, the default reading or None).

    Two kinds: a form listed for several current countries (``Congo``: COD and COG) has no
    default; a country's short name that is also a whole word of another current
    country's short name (``Guinea`` in ``Equatorial Guinea``) defaults to its own country.
    """
    names = countries.names_table()
    reg = countries.all_countries()
    # sovereign states only: a territory (the French Southern Lands) does not make "French" ambiguous
    current = set(reg.loc[~reg["historical"] & (reg["un_member"] | reg["iso3"].isin(["TWN", "PSE", "VAT"])), "iso3"])
    short = {str(r.iso3): str(r.name) for r in reg.itertuples(index=False) if r.iso3 in current}
    by_text: dict[str, set[str]] = {}
    for r in names.itertuples(index=False):
        text, iso = str(r.name), str(r.iso3)
        if (
            iso in current
            and len(text) >= 4
            and text[0].isupper()
            and text not in _EXTRA
            and text.split()[-1][0].isupper()
        ):
            by_text.setdefault(text, set()).add(iso)
    out: dict[str, tuple[list[str], str | None]] = {}
    for text, isos in by_text.items():
        if len(isos) > 1:
            out[text] = (sorted(isos), None)
    for iso, name in short.items():
        words = _words(name)
        if len(words) != 1 or name in out:
            continue
        others = sorted(
            other
            for other, longer in short.items()
            if other != iso and len(_words(longer)) > 1 and name in _words(longer)
        )
        if others:
            out[name] = (sorted([iso, *others]), iso)
    return out


# a name the registry gives to two states that English news uses for one of them when the
# article names neither: "Korea" alone is South Korea ("Bank of Korea", "Korea-built"), the North
# is written "North Korea" (AP style); the Congos have no such usual reading. Context still wins
# ("Korea tested a missile, officials in Pyongyang said": the North)
_USUAL_READING = {"Korea": "KOR"}


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
            continue  # read only beside its country's name (``CountryMatcher.find``)
        if text in _NAME_STOP:
            continue
        if len(text) < 3 or not text[0].isupper():
            continue
        rows.append((text, iso, kind))
        if kind == "demonym" and not text.endswith(("s", "ese", "sh", "ch")):
            rows.append((text + "s", iso, kind))
    # a country whose name starts with a compass word takes that word before its demonym as
    # well ("North Macedonian" for North Macedonia, whose registry demonym is "Macedonian"):
    # without it, the compass rule below reads "North Macedonian" as a region
    for text, iso, kind in list(rows):
        words = text.split()
        if kind != "name" or len(words) != 2 or words[0] not in _COMPASS:
            continue
        for dem, dem_iso, dem_kind in list(rows):
            if dem_iso == iso and dem_kind == "demonym" and " " not in dem and dem[:1].isupper():
                rows.append((f"{words[0]} {dem}", iso, "demonym"))
    # the same names without accents, as English copy often writes them ("Lome", "Bogota",
    # "Yaounde", "Sao Tome"): the registry's names stay first
    written = {t for t, _, _ in rows}
    for text, iso, kind in list(rows):
        bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        if bare != text and len(bare) >= 3 and bare not in written:
            rows.append((bare, iso, kind))
    for text, iso in _MORE_DEMONYMS.items():
        if iso in current:
            rows.append((text, iso, "demonym"))
            if not text.endswith(("s", "ese", "sh", "ch")):
                rows.append((text + "s", iso, "demonym"))
    # a surface form that points at several countries (Korean, Congolese) is left out, unless
    # only one of them is a sovereign state ("French": France, not the French Southern Lands)
    sovereign = set(reg.loc[~reg["historical"] & (reg["un_member"] | reg["iso3"].isin(["TWN", "PSE", "VAT"])), "iso3"])
    by_text: dict[str, set[str]] = {}
    for text, iso, _ in rows:
        by_text.setdefault(text, set()).add(iso)
    for text, isos in by_text.items():
        if len(isos) > 1 and len(isos & sovereign) == 1:
            by_text[text] = isos & sovereign
    kept = [(t, i, k) for t, i, k in rows if by_text[t] == {i} and t not in _EXTRA]
    kinds = {
        "Washington": "capital",
        "Britain": "name",
        "British": "demonym",
        "American": "demonym",
        "Americans": "demonym",
    }
    return [*((t, i, kinds.get(t, "code")) for t, i in _EXTRA.items()), *kept]


@lru_cache(maxsize=1)
def _stopped_capitals() -> list[tuple[str, str]]:
    """(capital, ISO3) of the registry's capitals in ``_CAPITAL_STOP`` that name one current country."""
    reg = countries.all_countries()
    current = set(reg.loc[~reg["historical"], "iso3"])
    names = countries.names_table()
    out = [
        (str(r.name), str(r.iso3))
        for r in names.itertuples(index=False)
        if str(r.kind) == "capital" and str(r.name) in _CAPITAL_STOP and str(r.iso3) in current
    ]
    isos: dict[str, set[str]] = {}
    for text, iso in out:
        isos.setdefault(text, set()).add(iso)
    return [(t, i) for t, i in out if len(isos[t]) == 1]


class CountryMatcher:
    """Finds country mentions in a Doc; build once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        seen: set[str] = set(ambiguous_names())
        for text in ambiguous_names():
            self.info[f"A{len(self.info)}"] = ("", text)
            self.matcher.add(f"A{len(self.info) - 1}", [nlp.make_doc(text)])
        for text, iso, kind in _table():
            if text in seen:
                continue
            seen.add(text)
            key = f"C{len(self.info)}"
            self.info[key] = (iso, kind)
            self.matcher.add(key, [nlp.make_doc(text)])
        for text, iso in _stopped_capitals():
            if text in seen:
                continue
            seen.add(text)
            key = f"S{len(self.info)}"
            self.info[key] = (iso, "capital")
            self.matcher.add(key, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> list[Mention]:
        return self.find(doc)[0]

    def find(self, doc: Doc) -> tuple[list[Mention], list[Ambiguity]]:
        """Country mentions, and the ambiguous names with their resolution."""
        spans: list[tuple[Span, str, str]] = []
        stopped: list[tuple[Span, str]] = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            iso, kind = self.info[key]
            if key.startswith("S"):
                stopped.append((doc[start:end], iso))
            else:
                spans.append((doc[start:end], iso, kind))
        # longest match first, no overlaps
        spans.sort(key=lambda s: (-(s[0].end - s[0].start), s[0].start))
        taken: set[int] = set()
        out: list[Mention] = []
        other_readings: list[tuple[Span, bool]] = []  # "Georgia": the country or the US state
        for span, iso, kind in spans:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            two_readings = kind == "name" and (span.text == "Georgia" or span.text in _GIVEN_NAMES)
            if not _keep(span, iso, kind):
                if two_readings:
                    other_readings.append((span, False))
                continue
            if two_readings and span.text == "Georgia":
                other_readings.append((span, True))
            taken.update(range(span.start, span.end))
            out.append(Mention(iso, span.start_char, span.end_char, span.text, kind))
        # a capital that is also a common word or another place ("Georgetown", "Victoria") is
        # its country's capital only in an article that names that country, never at a
        # sentence's start (a subject that may be anything)
        named = {m.iso3 for m in out if m.kind == "name"}
        for span, iso in stopped:
            if (
                iso not in named
                or span.start == span.sent.start
                or any(i in taken for i in range(span.start, span.end))
            ):
                continue
            if not _keep(span, iso, "capital"):
                continue
            taken.update(range(span.start, span.end))
            out.append(Mention(iso, span.start_char, span.end_char, span.text, "capital"))
        out.sort(key=lambda m: m.start)
        mentions, ambiguities = _resolve_ambiguous(out)
        return mentions, ambiguities + _readings(other_readings)


def _readings(found: list[tuple[Span, bool]]) -> list[Ambiguity]:
    """Country names with a second reading the matcher decided on ("Georgia": the country or
    the US state; "Chad", "Jordan": a country or a person's given name), one entry per name and
    reading in the order of first mention: resolved to the country where it was kept, to None
    (no country) where a cue next to it read it otherwise."""
    out: dict[tuple[str, bool], Ambiguity] = {}
    for span, kept in sorted(found, key=lambda x: x[0].start):
        key = (span.text, kept)
        if key not in out:
            iso = next((i for t, i, _ in _table() if t == span.text), None)
            other = "the U.S. state" if span.text == "Georgia" else "a person's given name"
            evidence = f"the country: no sign of {other}" if kept else f"{other}: a cue next to the name"
            out[key] = Ambiguity(
                span.text, (span.start_char, span.end_char), [iso] if iso else [], iso if kept else None, evidence
            )
        out[key].mentions.append((span.start_char, span.end_char))
    return list(out.values())


def _resolve_ambiguous(found: list[Mention]) -> tuple[list[Mention], list[Ambiguity]]:
    """Replace each ambiguous mention by its resolution from the article's other mentions."""
    table = ambiguous_names()
    named: dict[str, Mention] = {}
    counts: dict[str, int] = {}
    for m in found:
        if m.iso3:
            named.setdefault(m.iso3, m)
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
    by_text: dict[str, Ambiguity] = {}
    out: list[Mention] = []
    for m in found:
        if m.iso3:
            out.append(m)
            continue
        amb = by_text.get(m.text)
        if amb is None:
            candidates, default = table[m.text]
            present = [c for c in candidates if c in named]
            ranked = sorted(present, key=lambda c: -counts[c])
            if default is not None and present:
                # "Sudan" beside "South Sudan": the other states are written with their full names
                amb = Ambiguity(
                    m.text,
                    (m.start, m.end),
                    candidates,
                    default,
                    "the short name of this country; the other candidates are written in full",
                )
            elif len(present) == 1:
                first = named[present[0]]
                amb = Ambiguity(
                    m.text, (m.start, m.end), candidates, present[0], f"the article also names {first.text!r}"
                )
            elif not present and _USUAL_READING.get(m.text) in candidates:
                amb = Ambiguity(
                    m.text,
                    (m.start, m.end),
                    candidates,
                    _USUAL_READING[m.text],
                    "the usual reading of this name in English news; no candidate is named",
                )
            elif not present and default is not None:
                amb = Ambiguity(
                    m.text,
                    (m.start, m.end),
                    candidates,
                    default,
                    "the short name of this country; no other candidate is named",
                )
            elif len(ranked) >= 2 and counts[ranked[0]] >= 2 * counts[ranked[1]]:
                top = named[ranked[0]]
                amb = Ambiguity(
                    m.text,
                    (m.start, m.end),
                    candidates,
                    ranked[0],
                    f"the article names {top.text!r} {counts[ranked[0]]} times, the other candidates "
                    f"at most {counts[ranked[1]]}",
                )
            else:
                why = "several candidates are named" if present else "no candidate is named unambiguously"
                amb = Ambiguity(m.text, (m.start, m.end), candidates, None, why)
            by_text[m.text] = amb
        amb.mentions.append((m.start, m.end))
        if amb.resolved:
            out.append(Mention(amb.resolved, m.start, m.end, m.text, "name"))
    return out, list(by_text.values())


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get("dyadscope_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["dyadscope_text"] = text
    return text


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {t: i for t, i, k in _table() if k == "capital"}


def capital_in(text: str) -> str | None:
    """The country of the first capital city named in ``text`` ("La Voz de Montevideo"), by
    whole words (one or two), whether or not the model read it as a place."""
    words = re.findall(r"[\w’'-]+", text)
    caps = _capitals()
    for i in range(len(words)):
        for n in (2, 1):
            hit = caps.get(" ".join(words[i : i + n]))
            if hit is not None and len(words[i : i + n]) == n:
                return hit
    return None


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    return frozenset(t for t, _, _ in _table())


def _keep(span: Span, iso: str, kind: str) -> bool:
    if not iso:  # an ambiguous name ("Congo"): kept here, resolved afterwards
        iso = "?"
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # part of a person's name: "Chad Smith", "Jordan Peterson", "George Washington"
    persons = doc.user_data.get("dyadscope_person_spans")
    if not isinstance(persons, list):  # Doc.ents builds every entity span on each access: once per document
        persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        doc.user_data["dyadscope_person_spans"] = persons
    for lo, hi in persons:
        if lo <= span.start and span.end <= hi:
            others = [t for t in doc[lo:hi] if not (span.start <= t.i < span.end)]
            if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in others):
                return False
    if span.text in _GIVEN_NAMES and after is not None and after.pos_ == "PROPN" and after.ent_type_ == "PERSON":
        return False
    if kind == "demonym" and before is not None and before.text in _REGION_BEFORE:
        return False
    if kind == "demonym" and after is not None and after.text in ("Ocean", "Sea"):  # the Indian Ocean
        return False
    if kind != "demonym" and before is not None and before.text in _COMPASS:
        return False  # Latin America, West Africa's neighbours, Northern Ireland: a region
    if after is not None and after.lower_ in _COMMON_COMPOUNDS.get(span.text, set()):
        return False  # Guinea pigs, Brazil nuts
    if kind != "demonym" and after is not None and after.text in _FEATURES_AFTER:
        return False  # the Niger Delta, the Congo River, the Chad Basin
    if kind != "demonym" and before is not None and before.text in _FEATURES_BEFORE:
        return False  # Lake Chad, Port Sudan, the Gulf of Guinea
    if (
        kind != "demonym"
        and before is not None
        and before.text == "of"
        and span.start >= 2
        and doc[span.start - 2].text in _FEATURES_BEFORE
    ):
        return False
    if (
        kind == "demonym"
        and before is not None
        and before.text == "-"
        and span.start >= 2
        and doc[span.start - 2].text in _REGION_BEFORE
    ):
        return False
    if iso == "GEO" and kind != "demonym" and span.text != "Tbilisi":
        # the US state: a cue next to the name ("the U.S. state of Georgia", "Gainesville, Georgia"),
        # or Atlanta in an article that never names Tbilisi or anything Georgian
        window = doc[max(0, span.start - 4) : span.end + 4].text
        if any(cue in window for cue in _US_STATE_CUES):
            return False
        city_before = (
            before is not None
            and before.text == ","
            and span.start >= 2
            and doc[span.start - 2].pos_ == "PROPN"
            and doc[span.start - 2].ent_type_ in ("GPE", "")
            and doc[span.start - 2].text not in _all_names()
        )
        if city_before:
            return False
        text = text_of(doc)
        if "Atlanta" in text and "Tbilisi" not in text and "Georgian" not in text:
            return False
    return not (
        kind == "capital"
        and span.text == "Washington"
        and after is not None
        and after.text in {"Post", "Times", "Examiner"}
    )


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


def paragraph_country(doc: Doc, start: int, mentions: list[Mention], quoted: list[tuple[int, int]]) -> str | None:
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
