"""Any country name or code to ISO3, and code crosswalks.

The registry is built from the bundled tables ``countries.parquet`` and
``country_names.parquet`` (see ``scripts/build_data.py``): 250 current countries and
territories from mledoze/countries, Correlates-of-War codes, curated aliases (former
names, the spellings of the UN and of ``unvotes``) and five historical states.

Historical states (documented in ``data/historical_states.csv``):

* the Soviet Union's seat is the Russian Federation's (``RUS``); West Germany's is
  Germany's (``DEU``); the Yemen Arab Republic's is Yemen's (``YEM``);
* states that ended without a continuing seat keep their own code: Czechoslovakia
  ``CSK``, East Germany ``DDR``, South Yemen ``YMD``, Yugoslavia ``YUG`` (until
  2006-06-02; later votes are Serbia's, ``SRB``) and Zanzibar ``ZAN`` (not an ISO
  code: none was ever assigned; ``ZAN`` is the Correlates of War abbreviation).

Input forms accepted by :func:`resolve`: ISO3 (``KEN``), ISO2 (``KE``), ISO numeric
(``404``), ``cow:501`` or ``cow:KEN`` for Correlates of War, and names in any case,
with or without accents, in the order "Korea, Republic of" or "Republic of Korea".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from dyadscope import bundled
from dyadscope.errors import AmbiguousCountryError, UnknownCountryError

__all__ = ["Country", "all_countries", "country", "normalize_name", "resolve", "resolve_many"]

_NAME_KINDS = ("name", "official", "alt", "alias", "historical")
# Correlates of War codes of states whose seat continues under a current ISO3 code.
_COW_CONTINUED = {260: "DEU", 678: "YEM"}


@dataclass(frozen=True)
class Country:
    """One country or historical state."""

    iso3: str
    name: str
    official: str
    iso2: str | None
    ccn3: int | None
    cow_n: int | None
    cow_a: str | None
    historical: bool
    region: str


def normalize_name(text: str) -> str:
    """Fold a country name for matching: accents, case, punctuation, "the", "&", "St."."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[\u2019'`´]", "", text)
    text = re.sub(r"\bst\.?(?=\s)", "saint", text)
    text = re.sub(r"[^0-9a-z]+", " ", text)
    words = [w for w in text.split() if w != "the"]
    return " ".join(words)


def _inverted(name: str) -> str | None:
    """``"Korea, Republic of"`` -> ``"Republic of Korea"``."""
    if "," not in name:
        return None
    head, _, tail = name.partition(",")
    return f"{tail.strip()} {head.strip()}"


@dataclass(frozen=True)
class _Registry:
    by_iso3: dict[str, Country]
    iso2: dict[str, str]
    ccn3: dict[int, str]
    cow_n: dict[int, str]
    cow_a: dict[str, str]
    names: dict[str, frozenset[str]]
    aliases: dict[str, str]


def _missing(value: object) -> bool:
    import pandas as pd

    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _opt_int(value: object) -> int | None:
    return None if _missing(value) else int(str(value))


def _opt_str(value: object) -> str | None:
    return None if _missing(value) or value == "" else str(value)


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    table = bundled.parquet("countries.parquet")
    names = bundled.parquet("country_names.parquet")
    by_iso3: dict[str, Country] = {}
    iso2: dict[str, str] = {}
    ccn3: dict[int, str] = {}
    cow_n: dict[int, str] = {}
    cow_a: dict[str, str] = {}
    for r in table.itertuples(index=False):
        c = Country(
            iso3=str(r.iso3),
            name=str(r.name),
            official=str(r.official),
            iso2=_opt_str(r.iso2),
            ccn3=_opt_int(r.ccn3),
            cow_n=_opt_int(r.cow_n),
            cow_a=_opt_str(r.cow_a),
            historical=bool(r.historical),
            region=str(r.region or ""),
        )
        by_iso3[c.iso3] = c
        if c.iso2:
            iso2[c.iso2] = c.iso3
        if c.ccn3 is not None:
            ccn3[c.ccn3] = c.iso3
        if c.cow_n is not None and (c.cow_n not in cow_n or not c.historical):
            cow_n.setdefault(c.cow_n, c.iso3)
        if c.cow_a:
            cow_a.setdefault(c.cow_a, c.iso3)
    for code, iso in _COW_CONTINUED.items():
        cow_n.setdefault(code, iso)
    aliases = {
        normalize_name(str(r.name)): str(r.iso3) for r in names[names["kind"] == "alias"].itertuples(index=False)
    }
    index: dict[str, set[str]] = {}
    for r in names[names["kind"].isin(_NAME_KINDS)].itertuples(index=False):
        for variant in (str(r.name), _inverted(str(r.name))):
            if variant:
                index.setdefault(normalize_name(variant), set()).add(str(r.iso3))
    return _Registry(
        by_iso3=by_iso3,
        iso2=iso2,
        ccn3=ccn3,
        cow_n=cow_n,
        cow_a=cow_a,
        names={k: frozenset(v) for k, v in index.items() if k},
        aliases=aliases,
    )


def _suggest(value: str, n: int = 5) -> list[str]:
    reg = _registry()
    key = normalize_name(value)
    close = difflib.get_close_matches(key, list(reg.names), n=n * 3, cutoff=0.6)
    out: list[str] = []
    for k in close:
        for iso in sorted(reg.names[k]):
            label = f"{reg.by_iso3[iso].name} ({iso})"
            if label not in out:
                out.append(label)
    if not out and len(value) <= 3:
        codes = difflib.get_close_matches(value.upper(), list(reg.by_iso3), n=n, cutoff=0.5)
        out = [f"{reg.by_iso3[c].name} ({c})" for c in codes]
    return out[:n]


def resolve(value: str | int) -> str:
    """Turn a country name or code into its ISO3 code.

    Raises :class:`~dyadscope.errors.UnknownCountryError` (with the closest matches)
    or :class:`~dyadscope.errors.AmbiguousCountryError` (with every match).
    """
    reg = _registry()
    if isinstance(value, int):
        value = str(value)
    raw = str(value).strip()
    if not raw:
        raise UnknownCountryError(raw, "empty country name")
    low = raw.lower()
    if low.startswith("cow:"):
        code = raw[4:].strip()
        hit = reg.cow_n.get(int(code)) if code.isdigit() else reg.cow_a.get(code.upper())
        if hit:
            return hit
        raise UnknownCountryError(raw, f"unknown Correlates of War code {code!r}")
    if raw.isdigit():
        hit = reg.ccn3.get(int(raw))
        if hit:
            return hit
        raise UnknownCountryError(
            raw, f"unknown ISO numeric code {raw!r} (use 'cow:{raw}' for a Correlates of War code)"
        )
    if raw.isupper() or len(raw) <= 3:
        up = raw.upper()
        if len(up) == 3 and up in reg.by_iso3:
            return up
        if len(up) == 2 and up in reg.iso2:
            return reg.iso2[up]
    keys = [normalize_name(raw)]
    inverted = _inverted(raw)
    if inverted:
        keys.append(normalize_name(inverted))
    for key in keys:
        if key in reg.aliases:  # curated aliases settle what other lists leave ambiguous
            return reg.aliases[key]
    hits = next((reg.names[k] for k in keys if k in reg.names), None)
    if hits and len(hits) == 1:
        return next(iter(hits))
    if hits:
        options = sorted(f"{reg.by_iso3[i].name} ({i})" for i in hits)
        raise AmbiguousCountryError(raw, f"{raw!r} matches several countries: {', '.join(options)}", options)
    suggestions = _suggest(raw)
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    raise UnknownCountryError(raw, f"unknown country {raw!r}{hint}", suggestions)


def resolve_many(values: Iterable[str | int]) -> list[str]:
    """:func:`resolve` each value, keeping order and dropping repeats."""
    out: list[str] = []
    for v in values:
        iso = resolve(v)
        if iso not in out:
            out.append(iso)
    return out


def country(code: str) -> Country:
    """The :class:`Country` for a name or code."""
    return _registry().by_iso3[resolve(code)]


def name(iso3: str) -> str:
    """Short English name of an ISO3 code (the code itself if unknown)."""
    c = _registry().by_iso3.get(iso3)
    return c.name if c else iso3


def all_countries() -> pd.DataFrame:
    """The registry as a DataFrame (one row per code)."""
    return bundled.parquet("countries.parquet")


def names_table() -> pd.DataFrame:
    """Every name variant with its ISO3 code and kind (name, demonym, capital, …)."""
    return bundled.parquet("country_names.parquet")
