"""What every part of the public API shares: the warehouse, bounds, sources of votes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from dyadscope import choices
from dyadscope import countries as registry
from dyadscope.alignment.query import Bound
from dyadscope.choices import Measure, Period
from dyadscope.config import settings
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


def _measures(measure: str | Sequence[str]) -> tuple[Measure, ...]:
    return choices.check_many(Measure, measure, "measure")


def _check_period(by: str) -> Period:
    return choices.check(Period, by, "period (by)")
