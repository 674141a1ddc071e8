"""WHERE clauses the read paths share, with their parameters (never values pasted into SQL)."""

from __future__ import annotations


def year_range(since: int | None, until: int | None, column: str = "year") -> tuple[list[str], list[object]]:
    """``column >= since`` and ``column <= until`` as conditions and parameters; either
    bound may be None (open)."""
    cond: list[str] = []
    params: list[object] = []
    if since is not None:
        cond.append(f"{column} >= ?")
        params.append(since)
    if until is not None:
        cond.append(f"{column} <= ?")
        params.append(until)
    return cond, params
