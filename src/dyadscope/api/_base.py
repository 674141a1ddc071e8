"""What every part of the public API shares: the warehouse, bounds, sources of votes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from dyadscope import countries as registry
from dyadscope.alignment import measures
from dyadscope.alignment.query import Bound, Period
from dyadscope.config import settings
from dyadscope.errors import ConfigError
from dyadscope.evidence.votes import SOURCES
from dyadscope.warehouse import Warehouse

ProgressFn = Callable[[int, float], None]

__all__ = ["SOURCES", "Bound", "ProgressFn", "open_warehouse"]


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
