"""Numbers as a reader wants them: ``KES 458.5 bn``, ``3.4%``, ``12th of 21``.

Every table column declares a :data:`Fmt`; :func:`cell` turns one value into text with its
unit, so no table prints ``10000000000.000`` or a bare number a reader has to guess at.
"""

from __future__ import annotations

import contextlib
import math
from datetime import date, datetime
from typing import Any, Literal

import pandas as pd

Fmt = Literal[
    "text", "year", "date", "int", "count", "money", "usd", "balance", "pct", "share", "score", "rank", "ratio", "code"
]
"""How a column prints. ``money`` uses the row's ``currency`` column; ``usd`` is US dollars;
``balance`` a trade balance in US dollars, in words (``deficit USD 67.2 m``);
``pct`` a share (0-1) as a percentage; ``share`` a share of votes (0-1) as a percentage;
``score`` a 1-5 PTS score; ``rank`` an ordinal; ``ratio`` a plain number with two decimals;
``count`` a number of items (votes, events)."""

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
MINUS = "\u2212"  # the minus sign, before the currency: −USD 67.2 m


def missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return isinstance(value, float) and math.isnan(value)
    except TypeError:
        return False


def money(value: float, currency: str = "USD", digits: int = 1) -> str:
    """``KES 458.5 bn``, ``USD 3.3 bn``, ``USD 812.0 m``, ``USD 45,300``; an amount below
    zero with a minus sign before its currency (``−USD 67.2 m``, not ``USD -67.2 m``)."""
    if missing(value):
        return ""
    v = float(value)
    size = abs(v)
    text = f"{currency} {size:,.0f}"
    for scale, word in _SCALES:
        if size >= scale:
            text = f"{currency} {size / scale:,.{digits}f} {word}"
            break
    shown = any(ch in "123456789" for ch in text.split(" ", 1)[1])  # -0.2 prints as USD 0, no sign
    return f"{MINUS}{text}" if v < 0 and shown else text


def balance(value: float, currency: str = "USD", digits: int = 1) -> str:
    """A trade balance in words: ``deficit USD 67.2 m``, ``surplus USD 1.2 bn``, ``balanced``."""
    if missing(value):
        return ""
    amount = money(abs(float(value)), currency, digits)
    if not any(ch in "123456789" for ch in amount.split(" ", 1)[1]):
        return "balanced"
    return ("deficit " if float(value) < 0 else "surplus ") + amount


def possessive(name: str) -> str:
    """``Kenya's``, ``China's``; ``the United States'`` for a name ending in s."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def change(share: float) -> str:
    """A relative difference with its sign: ``+23%``, ``−30%`` (the minus sign)."""
    return f"{share:+.0%}".replace("-", MINUS)


def pct(share: float, digits: int = 1) -> str:
    """A share (0.034) as ``3.4%``; tiny non-zero shares keep two significant digits."""
    if missing(share):
        return ""
    p = float(share) * 100
    if p != 0 and abs(p) < 0.1:
        return f"{p:.2g}%"
    return f"{p:.{digits}f}%"


def ordinal(n: int) -> str:
    n = int(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rank(value: float, of: float | None = None) -> str:
    """``12th of 21`` (never ``12.000``)."""
    if missing(value):
        return ""
    text = ordinal(round(float(value)))
    return f"{text} of {int(of)}" if of is not None and not missing(of) else text


def day(value: Any) -> str:
    """A date without a time of day (``2024-12-05``, never ``2024-12-05 00:00:00``)."""
    if missing(value):
        return ""
    if isinstance(value, datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def number(value: Any, digits: int = 2) -> str:
    """A plain number: integers as integers, others with at most ``digits`` decimals."""
    if missing(value):
        return ""
    v = float(value)
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.{digits}f}"


def evidence(value: Any, unit: str | None, currency: str | None) -> str:
    """A claim check's evidence value by its unit: a rank as ``16th``, a share, ratio or
    vote measure as a percentage, money with its currency, anything else as a number."""
    if missing(value):
        return ""
    kind = str(unit or "").split(" ", 1)[0]
    if kind == "rank":
        return ordinal(int(value))
    if currency and currency not in ("share", "ratio"):
        return money(float(value), currency)
    if currency in ("share", "ratio") or kind in ("ratio", "share", "agreement", "coincidence", ""):
        return pct(float(value))
    return number(value)


def cell(value: Any, fmt: Fmt = "text", currency: str | None = None) -> str:
    """One table cell as text, with its unit."""
    if missing(value):
        return ""
    if hasattr(value, "item") and not isinstance(value, str | pd.Timestamp):
        with contextlib.suppress(ValueError, TypeError):
            value = value.item()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if fmt == "year":
        return str(int(value))
    if fmt == "date":
        return day(value)
    if fmt == "money":
        return money(float(value), currency or "USD")
    if fmt == "usd":
        return money(float(value), "USD")
    if fmt == "balance":
        return balance(float(value), "USD")
    if fmt in ("pct", "share"):
        return pct(float(value))
    if fmt == "score":
        return f"{int(value)} of 5"
    if fmt == "rank":
        return rank(value)
    if fmt == "ratio":
        return number(value, 2)
    if fmt in ("int", "count"):
        return f"{int(value):,}"
    if isinstance(value, float):
        return number(value)
    return str(value)


def shorten(text: str, limit: int = 90) -> str:
    """Cut at a word boundary, never mid-word, and say so with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return cut + " …"


def around(text: str, part: str, limit: int = 110) -> str:
    """``text`` shortened to about ``limit`` characters around ``part`` (the words a claim
    rests on), cut at word boundaries with an ellipsis on each cut side; :func:`shorten`
    where ``part`` is not in the text."""
    text = " ".join(str(text).split())
    at = text.find(part) if part else -1
    if len(text) <= limit or at < 0:
        return shorten(text, limit)
    start = max(0, min(at - (limit - len(part)) // 2, len(text) - limit))
    if start:
        start = text.rfind(" ", 0, start + 1) + 1
    piece = shorten(text[start:], limit)
    return ("… " if start else "") + piece
