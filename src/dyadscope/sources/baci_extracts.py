"""Two real BACI extracts in R formats (read with pyreadr, a build/test extra).

* ``baci_hs92_exporter_hs2_world_2011_2020.rds``: BACI HS92 aggregated by exporter and
  HS2 chapter, exports to the world, 2011-2020: ``t`` (year), ``i`` (BACI code),
  ``i_iso3c``, ``k`` (HS2), ``k_name``, ``v`` (US$ million), ``q`` (tonnes), plus
  population and GDP columns (not kept). Enough for Balassa RCA at HS2 for every exporter.
* ``africa_trade_baci_hs96_sections_avg2012_2022.rda``: BACI HS96 (V202401b)
  intra-African trade, exporter ``iso3_o`` x importer ``iso3_d`` x HS section, annual
  average 2012-2022, ``value`` in thousand US$, ``value_kd`` at constant prices.

Rows without an ISO3 code or a value are dropped and counted.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyadscope.errors import MalformedSourceError, SourceError


def _read(path: Path, need: list[str]) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    try:
        import pyreadr
    except ImportError as exc:  # pragma: no cover
        raise SourceError("reading BACI extracts needs pyreadr: pip install 'dyadscope[build]'") from exc
    try:
        raw = next(iter(pyreadr.read_r(str(path)).values()))
    except Exception as exc:
        raise MalformedSourceError(str(path), f"not a readable R data file ({exc})") from exc
    if missing := [c for c in need if c not in raw.columns]:
        raise MalformedSourceError(str(path), f"missing columns {missing}; found {list(raw.columns)}")
    return raw


def parse_hs2_world(path: Path) -> tuple[pd.DataFrame, dict[str, int]]:
    """Columns: year, exporter (ISO3), hs2, hs2_name, value (USD), quantity_t; and counts."""
    raw = _read(path, ["t", "i_iso3c", "k", "k_name", "v", "q"])
    out = pd.DataFrame(
        {
            "year": raw["t"].astype("Int64"),
            "exporter": raw["i_iso3c"].astype("string").str.strip(),
            "hs2": raw["k"].astype("string").str.strip().str.zfill(2),
            "hs2_name": raw["k_name"].astype("string"),
            "value": pd.to_numeric(raw["v"], errors="coerce") * 1e6,
            "quantity_t": pd.to_numeric(raw["q"], errors="coerce"),
        }
    )
    bad = out["year"].isna() | out["exporter"].isna() | (out["exporter"] == "") | out["value"].isna()
    out = out[~bad].reset_index(drop=True)
    if out.duplicated(["year", "exporter", "hs2"]).any():
        raise MalformedSourceError(str(path), "more than one row for an exporter, chapter and year")
    return out, {"rows_in": len(raw), "rows": len(out), "dropped": int(bad.sum())}


def parse_africa_sections(path: Path) -> tuple[pd.DataFrame, dict[str, int]]:
    """Columns: exporter, importer, section, section_name, hs2_codes, value (USD),
    value_constant (USD), quantity_t; and counts."""
    raw = _read(path, ["iso3_o", "iso3_d", "section_code", "section_name", "hs2_codes", "value", "value_kd"])
    out = pd.DataFrame(
        {
            "exporter": raw["iso3_o"].astype("string"),
            "importer": raw["iso3_d"].astype("string"),
            "section": raw["section_code"].astype("Int16"),
            "section_name": raw["section_name"].astype("string"),
            "hs2_codes": raw["hs2_codes"].astype("string"),
            "value": pd.to_numeric(raw["value"], errors="coerce") * 1e3,
            "value_constant": pd.to_numeric(raw["value_kd"], errors="coerce") * 1e3,
            "quantity_t": pd.to_numeric(raw["quantity"], errors="coerce") if "quantity" in raw else float("nan"),
        }
    )
    bad = out["exporter"].isna() | out["importer"].isna() | out["value"].isna()
    out = out[~bad].reset_index(drop=True)
    return out, {"rows_in": len(raw), "rows": len(out), "dropped": int(bad.sum())}
