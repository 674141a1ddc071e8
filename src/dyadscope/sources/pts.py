"""Political Terror Scale 1976-2023 (Gibney et al.): yearly physical-integrity scores from
1 (best) to 5 (worst), coded separately from Amnesty International (PTS_A), Human
Rights Watch (PTS_H) and US State Department (PTS_S) reports. The file is Windows-1252."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyadscope.errors import MalformedSourceError, SourceError

SOURCE = "Political Terror Scale 1976-2023 (Gibney et al., PTS project, UNC Asheville)"


def parse(path: Path) -> pd.DataFrame:
    """Columns: iso3, year, amnesty, hrw, state_dept (scores 1-5 or NA)."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    raw = pd.read_csv(path, dtype=str, encoding="cp1252", keep_default_na=False)
    need = ["Year", "WordBank_Code_A", "PTS_A", "PTS_H", "PTS_S"]
    if missing := [c for c in need if c not in raw.columns]:
        raise MalformedSourceError(str(path), f"missing columns {missing}", line=1)

    def score(col: str) -> pd.Series:
        return pd.to_numeric(raw[col], errors="coerce").where(lambda s: s.between(1, 5)).astype("Int64")

    out = pd.DataFrame(
        {
            "iso3": raw["WordBank_Code_A"].str.strip(),
            "year": pd.to_numeric(raw["Year"], errors="coerce").astype("Int64"),
            "amnesty": score("PTS_A"),
            "hrw": score("PTS_H"),
            "state_dept": score("PTS_S"),
        }
    )
    return out[out["iso3"].str.fullmatch(r"[A-Z]{3}") & out["year"].notna()].reset_index(drop=True)
