"""Correlates of War Dyadic Trade v4.0 (Barbieri & Keshk): every pair of states, 1870-2014.

``cow_trade_ndy.rda`` (R data, read with pyreadr) holds one row per unordered pair and
year: ``ccode1 < ccode2`` (COW state codes), ``flow1`` = imports of ccode1 from ccode2,
``flow2`` = imports of ccode2 from ccode1, in millions of current US dollars, and
smoothed versions (not used: they are COW's interpolations, not records). Missing is
``-9`` in the COW release and ``NA`` in this copy; both are dropped and counted.

Each non-missing flow becomes a row of the importer's own record: reporter = the
importer, flow = ``imports``, basis ``reported``. COW builds these from each state's
import records (IMF DOTS from 1948), with the partner's exports where an import record
is missing, so the valuation is mostly CIF but not uniformly: it is left unset.

State codes go through :func:`dyadscope.countries.resolve` (``cow:NNN``). Codes with
no ISO3 successor (Austria-Hungary 300, Korea 730 before 1905, the Republic of Vietnam
817) are dropped and reported; Kosovo (347) is ``UNK`` as in the country registry.
Zero flows are dropped too: COW writes 0 for a pair without recorded trade, which a
share or a ratio cannot use; their count is in the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dyadscope import countries
from dyadscope.errors import CountryError, MalformedSourceError, SourceError

OVERRIDES = {347: "UNK"}
UNIT = "million USD"
COLUMNS = ["ccode1", "ccode2", "year", "flow1", "flow2"]


@dataclass
class CowReport:
    rows_in: int = 0
    flows: int = 0
    missing: int = 0
    zero: int = 0
    unmapped: dict[int, int] = field(default_factory=dict)

    def tidy(self) -> pd.DataFrame:
        return pd.DataFrame(
            [
                {"what": "dyad-years read", "n": self.rows_in},
                {"what": "flows kept", "n": self.flows},
                {"what": "missing flows (-9 or NA) dropped", "n": self.missing},
                {"what": "zero flows dropped", "n": self.zero},
                *({"what": f"flows of COW state {c} (no ISO3) dropped", "n": n} for c, n in self.unmapped.items()),
            ]
        )


def _code(c: int) -> str | None:
    if c in OVERRIDES:
        return OVERRIDES[c]
    try:
        return countries.resolve(f"cow:{c}")
    except CountryError:
        return None


def read_rda(path: Path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    try:
        import pyreadr
    except ImportError as exc:  # pragma: no cover
        raise SourceError("reading the COW trade file needs pyreadr: pip install 'dyadscope[build]'") from exc
    try:
        frames = pyreadr.read_r(str(path))
    except Exception as exc:
        raise MalformedSourceError(str(path), f"not a readable R data file ({exc})") from exc
    raw = next(iter(frames.values()))
    if missing := [c for c in COLUMNS if c not in raw.columns]:
        raise MalformedSourceError(str(path), f"missing columns {missing}; found {list(raw.columns)}")
    return raw


def parse(path: Path) -> tuple[pd.DataFrame, CowReport]:
    """Rows: reporter, partner, flow ('imports'), year, value (USD), row (1-based row of the
    R data frame)."""
    raw = read_rda(path)
    report = CowReport(rows_in=len(raw))
    codes = {int(c): _code(int(c)) for c in pd.concat([raw["ccode1"], raw["ccode2"]]).dropna().unique()}
    parts = []
    for importer, exporter, col in (("ccode1", "ccode2", "flow1"), ("ccode2", "ccode1", "flow2")):
        part = pd.DataFrame(
            {
                "reporter": raw[importer].astype(int).map(codes),
                "partner": raw[exporter].astype(int).map(codes),
                "cow_reporter": raw[importer].astype(int),
                "cow_partner": raw[exporter].astype(int),
                "year": raw["year"].astype(int),
                "value": raw[col].astype(float),
                "row": pd.RangeIndex(1, len(raw) + 1),
            }
        )
        missing = part["value"].isna() | (part["value"] == -9)
        report.missing += int(missing.sum())
        part = part[~missing]
        zero = part["value"] == 0
        report.zero += int(zero.sum())
        part = part[~zero]
        if (part["value"] < 0).any():
            bad = part[part["value"] < 0].iloc[0]
            raise MalformedSourceError(str(path), f"negative flow {bad['value']} other than -9", line=int(bad["row"]))
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    unmapped = out["reporter"].isna() | out["partner"].isna()
    for c in sorted(
        set(out.loc[out["reporter"].isna(), "cow_reporter"]) | set(out.loc[out["partner"].isna(), "cow_partner"])
    ):
        report.unmapped[int(c)] = int((unmapped & ((out["cow_reporter"] == c) | (out["cow_partner"] == c))).sum())
    out = out[~unmapped].drop(columns=["cow_reporter", "cow_partner"])
    dup = out.duplicated(["reporter", "partner", "year"], keep=False)
    if dup.any():
        first = out[dup].iloc[0]
        raise MalformedSourceError(
            str(path), f"two COW states map to {first['reporter']}->{first['partner']} in {first['year']}"
        )
    out["value"] = out["value"] * 1e6
    out.insert(2, "flow", "imports")
    report.flows = len(out)
    return out.reset_index(drop=True), report
