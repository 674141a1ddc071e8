"""Every closed set of options, declared once as a ``Literal`` type, and the one validator.

The same types are the annotations of the public functions (so mypy checks callers), of
the Typer options (Typer turns a ``Literal`` into a choice and lists it in ``--help``) and
of the FastAPI parameters (an ``enum`` in the OpenAPI schema at ``/docs``), so the three
accept the same values. Values from users go through :func:`check` (one value) or
:func:`check_many` (repeated or comma-separated values); both raise
:class:`~dyadscope.errors.ConfigError` naming the bad value and every valid option.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar, get_args

from dyadscope.errors import ConfigError

Measure = Literal["agreement", "coincidence", "kappa", "pi", "s"]
"""UN-vote alignment measures (:mod:`dyadscope.alignment.measures`)."""
Period = Literal["year", "session"]
"""Periods of an alignment series: calendar years or General Assembly sessions."""
Group = Literal["mnna", "nato", "eu", "au", "brics", "g20"]
"""Country groups with dated memberships (:mod:`dyadscope.groups`)."""
IssueCode = Literal["me", "nu", "di", "hr", "co", "ec"]
"""Voeten's issue codes of roll calls (:data:`dyadscope.sources.unga.ISSUES` names them)."""
Level = Literal["total", "section", "hs2", "hs4", "hs6"]
"""Product detail of a bilateral trade answer."""
PanelLevel = Literal["hs2", "hs4", "hs6"]
"""Product detail of an all-country trade panel (no total: a panel is by product)."""
Panel = Literal["rca", "concentration", "opportunities"]
"""All-country trade panels (:mod:`dyadscope.trade.panels`)."""
Flow = Literal["exports", "imports"]
"""A trade flow as its reporter sees it."""
Basis = Literal["reported", "mirror", "published"]
"""Whose statistics a trade figure is: the reporter's, its partners' (mirror) or a published figure."""
OutputFormat = Literal["table", "csv", "json"]
"""Output formats of the command line."""

T = TypeVar("T", bound=str)


def options(kind: Any) -> tuple[str, ...]:
    """The values of a ``Literal`` type, in declaration order."""
    values = get_args(kind)
    if not values or not all(isinstance(v, str) for v in values):
        raise TypeError(f"{kind!r} is not a Literal of strings")
    return values


def check(kind: type[T] | Any, value: object, what: str, labels: Mapping[str, str] | None = None) -> T:
    """``value`` as one of ``kind``'s options (case and surrounding spaces ignored).

    ``labels`` name the options in the error message (``me (Palestinian conflict)``).

    >>> check(Period, " Year", "period")
    'year'
    """
    allowed = options(kind)
    key = str(value).strip().lower() if isinstance(value, str) else value
    if key not in allowed:
        listed = ", ".join(f"{a} ({labels[a]})" if labels and a in labels else a for a in allowed)
        raise ConfigError(f"unknown {what} {value!r}; choose from {listed}")
    return key  # type: ignore[return-value]


def check_many(kind: type[T] | Any, values: str | Sequence[str], what: str) -> tuple[T, ...]:
    """Several options, repeated or comma-separated (``"kappa,pi"``), without duplicates."""
    items = [values] if isinstance(values, str) else list(values)
    out = [check(kind, part, what) for item in items for part in str(item).split(",") if part.strip()]
    if not out:
        raise ConfigError(f"no {what} given; choose from {', '.join(options(kind))}")
    return tuple(dict.fromkeys(out))


def help_text(kind: Any, prefix: str = "") -> str:
    """``"prefix: a, b or c."`` for an option's help."""
    values = options(kind)
    listed = ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]
    return f"{prefix}: {listed}." if prefix else f"{listed}."
