"""Bundled real trade tables that work offline, each labelled with its source.

* ``tariff_sim_africa_exports_to_us_2002_2023_baci_raw.csv`` (ONE campaign, from CEPII
  BACI): 54 African exporters -> USA by 8 sectors, 2002-2023, thousand USD.
* ``canada_africa_trade_by_country_category_cad.csv`` (ONE campaign, MIT): Canada's
  exports to and imports from 57 African partners by 4 categories, 2015-2024, thousand
  CAD at constant 2024 prices.
* ``reported_trade.csv`` (curated in ``dyadscope/data``): Kenya-China goods-trade figures
  as published (KNBS, China customs, reports), transcribed from
  ``published_kenya_china_figures.md`` with their source pages; kept apart from
  BACI/Comtrade values and always labelled as reported.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from dyadscope import bundled, countries
from dyadscope.errors import MalformedSourceError, SourceError

AFRICA_US_SOURCE = "CEPII BACI via ONE campaign Tariff Turbulence Simulator (african exports to the US by sector)"
CANADA_SOURCE = "ONE campaign Canada-Africa trade (Statistics Canada), constant 2024 CAD"


def _read(path: Path, need: list[str]) -> pd.DataFrame:
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    raw = pd.read_csv(path)
    if missing := [c for c in need if c not in raw.columns]:
        raise MalformedSourceError(str(path), f"missing columns {missing}", line=1)
    return raw


def parse_africa_us(path: Path) -> pd.DataFrame:
    raw = _read(path, ["year", "exporter_iso3_code", "sector", "value"])
    return pd.DataFrame(
        {
            "year": raw["year"].astype(int),
            "exporter": raw["exporter_iso3_code"].astype(str),
            "importer": "USA",
            "sector": raw["sector"].astype(str),
            "value": pd.to_numeric(raw["value"], errors="coerce") * 1000.0,
            "currency": "USD",
            "prices": "current",
            "source": AFRICA_US_SOURCE,
        }
    ).dropna(subset=["value"])


def parse_canada_africa(path: Path) -> pd.DataFrame:
    raw = _read(path, ["year", "partner", "flow", "unit"])
    cats = [c for c in raw.columns if c not in ("year", "partner", "flow", "unit")]
    long = raw.melt(id_vars=["year", "partner", "flow"], value_vars=cats, var_name="sector", value_name="value")
    iso = {p: countries.resolve(p) for p in long["partner"].unique()}
    exports = long["flow"].str.contains("exports", case=False)
    return pd.DataFrame(
        {
            "year": long["year"].astype(int),
            "exporter": long["partner"].map(iso).where(~exports, "CAN"),
            "importer": long["partner"].map(iso).where(exports, "CAN"),
            "sector": long["sector"],
            "value": pd.to_numeric(long["value"], errors="coerce") * 1000.0,
            "currency": "CAD",
            "prices": "constant 2024",
            "source": CANADA_SOURCE,
        }
    ).dropna(subset=["value"])


def reported() -> pd.DataFrame:
    """The curated table of reported figures (reporter, partner, flow, period, value, ...)."""
    frame = pd.read_csv(io.StringIO(bundled.text("reported_trade.csv")), dtype={"period": str})
    frame["value"] = frame["value"].astype(float)
    frame["start"] = pd.to_datetime(frame["start"]).dt.date
    frame["end"] = pd.to_datetime(frame["end"]).dt.date
    return frame
