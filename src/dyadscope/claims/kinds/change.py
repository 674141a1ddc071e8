"""Changes: growth rates ("rose 12 percent", "fell by a third"), multiples ("doubled"), records
("a record", "the highest since 2010")."""

from __future__ import annotations

from dyadscope.claims.claim import Draft, Reading
from dyadscope.claims.lexicon import CHANGE_DOWN, CHANGE_UP


def read_percent(r: Reading, d: Draft) -> bool:
    """A percentage governed by a change word on a flow: the signed change."""
    signed = r.q.detail.get("signed")
    if not (r.lemmas & (CHANGE_UP | CHANGE_DOWN) or signed) or d.flow is None:
        return False
    d.kind = "change"
    if not signed and d.value is not None and r.lemmas & CHANGE_DOWN:
        d.value = -d.value
    return True


def read_multiple(r: Reading, d: Draft) -> bool:
    """ "doubled", "five times", "a record": a change of a flow."""
    if d.flow is None:
        return False
    d.kind = "change"
    return True
