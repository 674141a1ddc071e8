"""Changes: growth rates ("rose 12 percent", "fell by a third"), multiples ("doubled"), records
("a record", "the highest since 2010")."""

from __future__ import annotations

from dyadscope.claims.claim import Draft, Reading
from dyadscope.claims.lexicon import CHANGE_DOWN, CHANGE_UP, YEAR


def read_percent(r: Reading, d: Draft) -> bool:
    """A percentage governed by a change word on a flow: the signed change."""
    signed = r.q.detail.get("signed")
    if not (r.lemmas & (CHANGE_UP | CHANGE_DOWN) or signed) or d.flow is None:
        return False
    d.kind = "change"
    if not signed and d.value is not None and r.lemmas & CHANGE_DOWN:
        d.value = -d.value
    _on_base_year(r, d)
    return True


def _on_base_year(r: Reading, d: Draft) -> None:
    """ "up by a fifth on 2006": the year after 'on' is the base of the change, the claim's year the
    other year named (else the year after the base)."""
    base = [int(t.text) for t in r.sent if YEAR.fullmatch(t.text) and t.head.lower_ == "on"]
    if len(base) != 1:
        return
    others = sorted({int(t.text) for t in r.sent if YEAR.fullmatch(t.text)} - {base[0]})
    end = others[-1] if len(others) == 1 and others[-1] > base[0] else base[0] + 1 if not others else None
    if end is None:
        return
    d.years, d.period, d.inferred = [base[0], end], f"{base[0]}-{end}", False


def read_multiple(r: Reading, d: Draft) -> bool:
    """ "doubled", "five times", "a record": a change of a flow."""
    if d.flow is None:
        return False
    d.kind = "change"
    return True
