"""Check claims against the data and give a verdict with the evidence behind it.

Verdicts (:data:`VERDICTS`):

* ``consistent``: the data agree with the claim within the tolerance its hedge implies;
* ``overstated`` / ``understated``: the data are below / above that tolerance;
* ``contradicted``: a rank, a direction or a comparison that the data show to be false, or
  figures inside the article that do not agree with each other;
* ``sources disagree``: the reporter's own statistics and the partner's mirror figures
  bracket the claim (one side below the tolerance, the other above), or only the
  partner's side agrees with it;
* ``not checkable``: the data cannot say (with the reason).

Tolerances (:func:`tolerance`, the contract documented in docs/claims.md): "approximately",
"about", "around", "roughly", "some", "nearly", "almost", "close to", "an estimated": the
data within ±15% of the claim; no hedge: ±10%; "more than", "over", "at least", "in excess
of", "above": the data reach at least 95% of the claim; "less than", "under", "up to",
"at most", "below": the data at most 105% of it. Changes compare the change itself (a
claimed +30% against the data's change, same tolerance, at least ±1 percentage point);
multiples ("doubled") compare the ratio of the two years. Ratio words have bounds
(:data:`RATIO_WORDS`).

Periods: the claim's year, else the latest full year before the article's date. Figures
for periods that end after the article's date are listed but never used for the verdict
(a warning says so). Part-year figures are annualised pro rata, labelled, and used only
when no full-year figure of that side exists for the year. Every figure in another
currency than the claim's is converted at the annual average rate of the figure's own
year, shown beside it with its source.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dyadscope.claims.checks.alignment import check_alignment
from dyadscope.claims.checks.arithmetic import check_arithmetic, check_conversion
from dyadscope.claims.checks.change import check_change
from dyadscope.claims.checks.common import VERDICTS, Check, Evidence, Tolerance, Verdict, tolerance
from dyadscope.claims.checks.rank import RATIO_WORDS, check_rank_share
from dyadscope.claims.checks.trade import check_trade_value, unknown_group
from dyadscope.claims.claim import Claim
from dyadscope.errors import DyadscopeError
from dyadscope.warehouse import Warehouse

__all__ = [
    "RATIO_WORDS",
    "VERDICTS",
    "Check",
    "Evidence",
    "Tolerance",
    "Verdict",
    "check_all",
    "check_one",
    "tolerance",
]


# errors of one claim's check that must not stop the article's other checks (besides DyadscopeError)
_CLAIM_FAILURES = (ArithmeticError, LookupError, TypeError, ValueError)


def check_one(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """The verdict on one claim (errors of the data become a *not checkable* with the reason)."""
    handlers: dict[str, Callable[[], Check]] = {
        "trade_value": lambda: check_trade_value(wh, c, when),
        "change": lambda: check_change(wh, c, when),
        "rank_share": lambda: check_rank_share(wh, c, when),
        "conversion": lambda: check_conversion(c, when),
        "arithmetic": lambda: check_arithmetic(c, when),
        "alignment": lambda: check_alignment(wh, c, when),
    }
    if c.kind == "uncheckable" and c.detail.get("votes"):
        # an opinion about UN votes: not checkable, with the pair's votes shown for reference
        try:
            ref = check_alignment(wh, c, when)
        except (DyadscopeError, *_CLAIM_FAILURES):  # the reference is optional
            ref = None
        if ref is not None and ref.verdict == "not checkable" and ref.evidence:
            ref.explanation = f"not checkable: {c.reason}. {ref.explanation}"
            return ref
    if c.kind == "uncheckable":
        return Check(c, "not checkable", f"not checkable: {c.reason}.")
    if c.detail.get("unread"):
        return Check(
            c,
            "not checkable",
            f"not checkable: the words {c.detail['unread']!r} state a comparison this checker does not read; "
            "the sentence's other claims are checked without it.",
        )
    missing = unknown_group(c.subject, c.partner) if c.kind in ("trade_value", "change", "rank_share") else None
    if missing is not None:
        known = "World, Africa, Sub-Saharan Africa, EU, Euro Area, Middle East, Latin America (Western Hemisphere)"
        return Check(
            c,
            "not checkable",
            f"not checkable: the trade data have no figures for the group {missing!r} (groups with figures: {known}).",
        )
    try:
        out = handlers[c.kind]()
    except DyadscopeError as exc:
        out = Check(c, "not checkable", f"The data needed could not be read: {exc}")
    except _CLAIM_FAILURES as exc:  # one bad claim must not stop the article
        out = Check(c, "not checkable", f"The check failed on this claim ({type(exc).__name__}: {exc}).")
        out.warnings.append("checker error: please report this sentence")
    out.warnings = list(dict.fromkeys([*c.warnings, *out.warnings]))
    return out


def check_all(wh: Warehouse, claims: list[Claim], when: date | None) -> list[Check]:
    """Verdicts for ``claims`` of an article dated ``when``, against the warehouse ``wh``."""
    return [check_one(wh, c, when) for c in claims]
