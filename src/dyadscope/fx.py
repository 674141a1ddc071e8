"""Annual exchange rates against the US dollar, with their source.

Built from the bundled ``fx_annual.parquet`` and ``currencies.parquet`` (see
``scripts/build_data.py`` and :mod:`dyadscope.sources.fx`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from dyadscope import bundled
from dyadscope.errors import NoRateError


@dataclass(frozen=True)
class Rate:
    """Units of ``currency`` per US dollar in ``year`` (annual average)."""

    currency: str
    year: int
    per_usd: float
    source: str
    projection: bool

    def describe(self) -> str:
        flag = " (projection)" if self.projection else ""
        return f"{self.per_usd:,.4g} {self.currency} per USD, {self.year} average{flag}; {self.source}"


@lru_cache(maxsize=1)
def _tables() -> tuple[pd.DataFrame, dict[str, str]]:
    rates = bundled.parquet("fx_annual.parquet")
    cur = bundled.parquet("currencies.parquet")
    return rates, dict(zip(cur["currency"], cur["iso3"], strict=True))


def currencies() -> list[str]:
    """ISO 4217 codes that have a rate."""
    rates, cmap = _tables()
    have = set(rates["iso3"])
    return [*sorted(c for c, iso in cmap.items() if iso in have), "USD"]


def usd_rate(currency: str, year: int) -> Rate:
    """The annual average rate of ``currency`` per USD in ``year``.

    Raises :class:`~dyadscope.errors.NoRateError` naming the years that do have a rate:
    never a silent zero and never another year's rate.
    """
    code = currency.upper().strip()
    if code == "USD":
        return Rate("USD", year, 1.0, "identity", False)
    rates, cmap = _tables()
    iso = cmap.get(code)
    if iso is None:
        raise NoRateError(f"unknown currency {currency!r}; known codes include KES, CNY, EUR, GBP, INR")
    found = _first_rates().get((iso, int(year)))
    if found is None:
        years = rates.loc[rates["iso3"] == iso, "year"]
        span = f"{years.min()}-{years.max()}" if len(years) else "none"
        raise NoRateError(f"no {code} per USD rate for {year} (rates available: {span})")
    return Rate(code, int(year), *found)


@lru_cache(maxsize=1)
def _first_rates() -> dict[tuple[str, int], tuple[float, str, bool]]:
    """(iso3, year) -> (per_usd, source, projection) of the table's first row for that pair
    (one look-up per conversion instead of filtering the whole table: a brief converts ~300 values)."""
    rates, _ = _tables()
    out: dict[tuple[str, int], tuple[float, str, bool]] = {}
    for iso, year, per_usd, source, projection in zip(
        rates["iso3"].tolist(),
        rates["year"].tolist(),
        rates["per_usd"].tolist(),
        rates["source"].tolist(),
        rates["projection"].tolist(),
        strict=True,
    ):
        out.setdefault((str(iso), int(year)), (float(per_usd), str(source), bool(projection)))
    return out


def currency_of(iso3: str) -> str:
    """The currency whose rate the country uses (KEN -> KES, DEU -> EUR)."""
    _, cmap = _tables()
    hits = [c for c, i in cmap.items() if i == iso3]
    if iso3 == "USA":
        return "USD"
    if not hits:
        raise NoRateError(f"no currency known for {iso3}")
    return sorted(hits)[0]
