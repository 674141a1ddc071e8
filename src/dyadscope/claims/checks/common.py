"""What a check returns (:class:`Check` with its :class:`Evidence`), the verdicts, the hedge
tolerances (:func:`tolerance`), and the formatting and conversion every kind shares."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from dyadscope import countries as registry
from dyadscope import fx
from dyadscope.claims.claim import Claim
from dyadscope.claims.lexicon import GROUP_CODES
from dyadscope.errors import DyadscopeError

Verdict = Literal["consistent", "overstated", "understated", "contradicted", "sources disagree", "not checkable"]

VERDICTS: tuple[str, ...] = get_args(Verdict)

APPROX = ("approximately", "about", "around", "roughly", "some", "nearly", "almost", "close to", "an estimated")

AT_LEAST = ("more than", "over", "at least", "in excess of", "above", "just over", "slightly more than")

AT_MOST = ("less than", "under", "up to", "at most", "below", "fewer than", "just under", "slightly less than")


@dataclass
class Evidence:
    """One data value bearing on a claim, with where it comes from."""

    label: str
    value: float
    unit: str
    currency: str | None
    year: int | None
    period: str
    source: str
    basis: str  # reported | mirror | published | votes | rate | computed | article
    in_claim_currency: float | None = None
    rate: str | None = None
    note: str = ""
    used: bool = True

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Check:
    """A claim, its verdict, one sentence why, and the evidence."""

    claim: Claim
    verdict: Verdict
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    tolerance: str = ""
    period: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict,
            "explanation": self.explanation,
            "tolerance": self.tolerance,
            "period": self.period,
            "evidence": [e.to_dict() for e in self.evidence],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Tolerance:
    text: str
    lo: float
    hi: float

    def verdict(self, ratio: float) -> Verdict:
        """``ratio`` = data / claim."""
        if self.lo <= ratio <= self.hi:
            return "consistent"
        return "overstated" if ratio < self.lo else "understated"


# What a written qualifier means, read as an optional intensifier ("well", "just", "a little") and a
# comparative or approximating phrase; verbs of passing a level ("topped", "crossed the $1bn mark")
# are read as "more than" where the claim is read (claims/quantities.py).
INTENSIFIERS = ("well", "just", "slightly", "a little", "a bit", "comfortably", "far", "marginally", "fractionally",
                "a shade", "somewhat")  # fmt: skip
_MEANS = {
    "north of": "more than", "upwards of": "more than", "upward of": "more than", "beyond": "more than",
    "south of": "less than", "as much as": "up to", "as many as": "up to", "as little as": "at least",
    "the best part of": "nearly", "the better part of": "nearly", "approaching": "nearly", "getting on for": "nearly",
    "in the region of": "about", "in the order of": "about", "on the order of": "about", "circa": "about",
    "shy of": "less than", "short of": "less than",
}  # fmt: skip


def hedge_class(hedge: str | None) -> str:
    """The hedge a qualifier amounts to ("well over" -> "over", "north of" -> "more than", "just shy of" ->
    "nearly": a little below the figure); "" for none."""
    h = " ".join((hedge or "").lower().split())
    if h in AT_LEAST or h in AT_MOST or h in APPROX:
        return h
    for word in sorted(INTENSIFIERS, key=len, reverse=True):
        if h.startswith(word + " "):
            rest = h[len(word) + 1 :]
            if word == "just" and rest in ("shy of", "short of"):
                return "nearly"
            return hedge_class(rest)
    return _MEANS.get(h, h)


def tolerance(hedge: str | None) -> Tolerance:
    """The tolerance a hedge implies (data / claim must lie in [lo, hi])."""
    h = hedge_class(hedge)
    if h in AT_LEAST:
        return Tolerance(f"'{hedge}': the data must reach 95% of the claim", 0.95, math.inf)
    if h in AT_MOST:
        return Tolerance(f"'{hedge}': the data must not exceed 105% of the claim", 0.0, 1.05)
    if h in APPROX or h == "estimated":
        return Tolerance(f"'{hedge}': within ±15%", 0.85, 1.15)
    return Tolerance("no hedge: within ±10%", 0.90, 1.10)


def name(code: str | None) -> str:
    if code is None:
        return "?"
    if code in GROUP_CODES:
        return code
    try:
        return registry.name(code)
    except DyadscopeError:
        return code


def fmt(value: float, cur: str | None) -> str:
    cur = cur or ""
    a = abs(value)
    if a >= 1e12:
        return f"{cur} {value / 1e12:,.2f} tn".strip()
    if a >= 1e9:
        return f"{cur} {value / 1e9:,.1f} bn".strip()
    if a >= 1e6:
        return f"{cur} {value / 1e6:,.1f} m".strip()
    return f"{cur} {value:,.0f}".strip()


def convert(value: float, cur: str, target: str, year: int) -> tuple[float, str]:
    """``value`` in ``cur`` as ``target`` at the annual average rates of ``year``, and the rates used."""
    if cur == target:
        return value, ""
    a, b = fx.usd_rate(cur, year), fx.usd_rate(target, year)
    usd = value / a.per_usd
    rates = [r.describe() for r in (a, b) if r.currency != "USD"]
    return usd * b.per_usd, "; ".join(rates)
