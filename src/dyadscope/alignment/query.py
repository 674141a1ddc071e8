"""Warehouse queries behind the alignment measures: filters and the vote frames they select."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from dyadscope import choices
from dyadscope.choices import IssueCode, Period
from dyadscope.errors import ConfigError
from dyadscope.sources.unga import ISSUES
from dyadscope.warehouse import Warehouse

Bound = int | str | date | None


@dataclass(frozen=True)
class VoteFilter:
    """Which roll calls a figure rests on: a date range, Voeten issue codes, important votes only.

    Frozen and validated on construction (issue codes known, ``since`` not after ``until``).
    From user input (years, ISO dates, issue names, comma-separated codes) build one with
    :meth:`VoteFilter.parse`: ``VoteFilter.parse(2000, "2010-06-30", "hr,nu", important=True)``.
    """

    since: date | None = None
    until: date | None = None
    issue: tuple[IssueCode, ...] = ()
    important: bool = False

    def __post_init__(self) -> None:
        for code in self.issue:
            choices.check(IssueCode, code, "issue", ISSUES)
        if self.since and self.until and self.since > self.until:
            raise ConfigError(f"since ({self.since}) is after until ({self.until})")

    @classmethod
    def parse(
        cls,
        since: Bound = None,
        until: Bound = None,
        issue: str | Sequence[str] | None = None,
        important: bool = False,
    ) -> VoteFilter:
        """A filter from user input: years (2018) or ISO dates, issue codes or names (repeated or comma-separated)."""
        codes: list[IssueCode] = []
        for item in [issue] if isinstance(issue, str) else list(issue or []):
            for code in str(item).split(","):
                code = code.strip().lower()
                if not code:
                    continue
                by_name = {v.lower(): k for k, v in ISSUES.items()}
                codes.append(choices.check(IssueCode, by_name.get(code, code), "issue", ISSUES))
        lo, hi = parse_bound(since, end=False), parse_bound(until, end=True)
        return cls(lo, hi, tuple(dict.fromkeys(codes)), bool(important))

    def describe(self) -> str:
        parts = []
        if self.since:
            parts.append(f"from {self.since.isoformat()}")
        if self.until:
            parts.append(f"until {self.until.isoformat()}")
        if self.issue:
            parts.append("issues " + ", ".join(self.issue))
        if self.important:
            parts.append("important votes only")
        return "recorded votes " + "; ".join(parts) if parts else "all recorded votes"

    def where(self) -> tuple[str, list[object]]:
        """SQL conditions on ``r`` (roll_calls) and their parameters."""
        cond: list[str] = ["TRUE"]
        params: list[object] = []
        if self.since:
            cond.append("r.date >= ?")
            params.append(self.since)
        if self.until:
            cond.append("r.date <= ?")
            params.append(self.until)
        if self.issue:
            marks = ", ".join("?" for _ in self.issue)
            cond.append(f"r.rcid IN (SELECT rcid FROM unga.issues WHERE code IN ({marks}))")
            params.extend(self.issue)
        if self.important:
            cond.append("r.important")
        return " AND ".join(cond), params


def parse_bound(value: Bound, *, end: bool) -> date | None:
    """A year (``2018``) or ISO date (``2018-06-30``) as a date; years cover the whole year."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 12, 31) if end else date(int(text), 1, 1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"{text!r} is neither a year (2018) nor a date (2018-06-30)") from None


def make_filter(
    since: Bound,
    until: Bound,
    issue: str | Sequence[str] | None,
    important: bool,
) -> VoteFilter:
    """Validate user filters (the same as :meth:`VoteFilter.parse`)."""
    return VoteFilter.parse(since, until, issue, important)


def select_votes(
    wh: Warehouse, flt: VoteFilter, period: Period, countries: list[str] | None = None
) -> tuple[pd.DataFrame, pd.Series]:
    """Cast votes (yes/abstain/no) and each roll call's period under the filter."""
    where, params = flt.where()
    sql_c = ""
    if countries:
        sql_c = " AND v.iso3 IN (" + ", ".join("?" for _ in countries) + ")"
        params = [*params, *countries]
    with wh.reader("unga") as con:
        votes = con.execute(
            "SELECT v.rcid, v.iso3, v.vote::VARCHAR AS vote FROM unga.votes v "
            f"JOIN unga.roll_calls r USING (rcid) WHERE v.vote <> 'absent' AND {where}{sql_c}",
            params,
        ).df()
        calls = con.execute(
            f"SELECT r.rcid, r.{period} AS period FROM unga.roll_calls r WHERE {where}",
            flt.where()[1],
        ).df()
    return votes, calls.set_index("rcid")["period"]
