"""Human-rights evidence: Political Terror Scale scores by coding source and year.

The PTS project (Gibney et al., UNC Asheville) codes each country-year from three
reports, 1 (secure rule of law) to 5 (terror extended to the whole population):
``A`` Amnesty International, ``H`` Human Rights Watch, ``S`` the US State Department.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from dyadscope.warehouse import Warehouse
from dyadscope.warehouse.filters import year_range

PtsSource = Literal["A", "H", "S"]
SOURCE = "Political Terror Scale 1976-2023 (Gibney et al., PTS project, UNC Asheville)"
CODERS: dict[str, tuple[str, str]] = {
    "A": ("amnesty", "Amnesty International"),
    "H": ("hrw", "Human Rights Watch"),
    "S": ("state_dept", "US State Department"),
}


def pts_wide(wh: Warehouse, country: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """One row per year: year, amnesty, hrw, state_dept (missing scores are NA)."""
    years, bounds = year_range(since, until)
    cond, params = ["iso3 = ?", *years], [country, *bounds]
    return wh.query(
        f"SELECT year, amnesty, hrw, state_dept FROM rights.pts WHERE {' AND '.join(cond)} ORDER BY year",
        params,
        "rights",
    )


def pts(wh: Warehouse, country: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """Scores of ``country`` (ISO3), long: country, year, pts_source (A|H|S), coder, score, source.

    Years a coder did not score are left out; ``source`` names the dataset.
    """
    wide = pts_wide(wh, country, since, until)
    rows = []
    for code, (column, coder) in CODERS.items():
        part = wide[["year", column]].dropna().rename(columns={column: "score"})
        rows.append(part.assign(pts_source=code, coder=coder))
    cols = ["country", "year", "pts_source", "coder", "score", "source"]
    if not rows:
        return pd.DataFrame(columns=cols)
    long = pd.concat(rows, ignore_index=True).assign(country=country, source=SOURCE)
    long["year"] = long["year"].astype("int64")
    long["score"] = long["score"].astype("float64")
    return long[cols].sort_values(["year", "pts_source"]).reset_index(drop=True)
