"""Dates written by people and publishers, read with dateutil, complete or not at all.

``"5 December 2024"``, ``"5\\xa0December 2024"``, ``"December 5, 2024"``, ``"2024-12-05 00:00:00"``,
``"2024-12-05T09:30:00+03:00"`` and the like all read as the calendar date they name. A
text that lacks its year, month or day (``"December 2024"``, ``"May"``) is not a date: dateutil
would fill the gap from today, so each text is read against two different defaults and
must give the same answer both times.
"""

from __future__ import annotations

from datetime import date, datetime

from dyadscope.errors import ConfigError

_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def parse(text: str) -> date | None:
    """The date ``text`` names, or ``None`` when it names none (or only part of one)."""
    from dateutil import parser

    clean = " ".join(str(text).replace("\xa0", " ").strip().strip("'\"").split())
    if not clean or not any(ch.isdigit() for ch in clean):
        return None
    try:
        first, second = (parser.parse(clean, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


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
