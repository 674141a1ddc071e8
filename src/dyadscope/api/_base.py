"""What every part of the public API shares: the warehouse, bounds, sources of votes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from dyadscope import choices
from dyadscope import countries as registry
from dyadscope.alignment.query import Bound
from dyadscope.choices import Measure, Period
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


def _measures(measure: str | Sequence[str]) -> tuple[Measure, ...]:
    return choices.check_many(Measure, measure, "measure")


def _check_period(by: str) -> Period:
    return choices.check(Period, by, "period (by)")


def article_date(when: date | str | None) -> date | None:
    """An article's date given by a user (``YYYY-MM-DD``): a ConfigError for anything else, and
    for a date after today (a check would judge a claim against years the article never saw)."""
    if when is None or when == "":
        return None
    if isinstance(when, date):
        day = when
    else:
        try:
            day = date.fromisoformat(str(when).strip())
        except ValueError:
            raise ConfigError(f"--date must be a calendar date written YYYY-MM-DD, got {when!r}") from None
    if day > date.today():
        raise ConfigError(f"--date {day.isoformat()} is in the future (today is {date.today().isoformat()})")
    return day
