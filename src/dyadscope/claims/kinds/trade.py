"""Trade values between countries or groups: exports, imports, total trade, deficit, surplus
("its surplus with the EU widened to $180bn")."""

from __future__ import annotations

from dyadscope.claims.claim import Draft, Reading


def read(r: Reading, d: Draft) -> bool:
    """A money amount is a trade value when a flow word governs it; else it measures something
    the data do not hold, which is said."""
    if d.detail.get("vague"):
        d.kind = "uncheckable"
        d.reason = f"an amount without a figure ('{d.detail['vague']}'): nothing to compare with the data"
    elif d.flow is None:
        d.kind, d.reason = "uncheckable", "what the amount measures is not goods trade or a vote"
    else:
        d.kind = "trade_value"
    return True
