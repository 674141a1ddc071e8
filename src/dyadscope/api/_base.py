"""What every part of the public API shares: the warehouse, bounds, sources of votes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from dyadscope import countries as registry
from dyadscope.alignment import measures
from dyadscope.alignment.query import Period, VoteFilter
from dyadscope.config import settings
from dyadscope.errors import ConfigError
from dyadscope.warehouse import Warehouse

Bound = int | str | date | None
ProgressFn = Callable[[int, float], None]


SOURCES = {
    "voeten-unvotes": "Erik Voeten, UN General Assembly Voting Data (Harvard Dataverse "
    "hdl:1902.1/12379), as packaged in the R package unvotes; 1946 - Jan 2020",
    "un-dgacm": "United Nations DGACM machine-readable General Assembly resolutions, "
    "sessions 74-80 and emergency special sessions 10-11 (unofficial extracts)",
}


def open_warehouse(warehouse: str | Path | Warehouse | None = None) -> Warehouse:
    """The warehouse at ``warehouse`` (default: the ``DYADSCOPE_WAREHOUSE`` setting)."""
    if isinstance(warehouse, Warehouse):
        return warehouse
    cfg = settings().with_(warehouse=warehouse)
    return Warehouse(cfg.warehouse, threads=cfg.threads)


def _countries(values: Iterable[str]) -> list[str]:
    return registry.resolve_many(values)


def _measures(measure: str | Sequence[str]) -> tuple[str, ...]:
    items = [measure] if isinstance(measure, str) else list(measure)
    out = []
    for m in items:
        for part in str(m).split(","):
            key = part.strip().lower()
            if key not in measures.MEASURES:
                raise ConfigError(f"unknown measure {part!r}; choose from {', '.join(measures.MEASURES)}")
            out.append(key)
    return tuple(dict.fromkeys(out))


def _check_period(by: str) -> Period:
    if by not in ("year", "session"):
        raise ConfigError(f"by must be 'year' or 'session', got {by!r}")
    return by  # type: ignore[return-value]


def _used_sources(wh: Warehouse, flt: VoteFilter) -> dict[str, str]:
    where, params = flt.where()
    with wh.reader("unga") as con:
        rows = con.execute(f"SELECT DISTINCT source FROM unga.roll_calls r WHERE {where}", params).fetchall()
    return {r[0]: SOURCES.get(r[0], r[0]) for r in rows}
