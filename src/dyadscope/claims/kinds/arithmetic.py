"""Figures inside the article that must agree: a change between two stated amounts, a multiple, a
share of two amounts, parts of a total, a balance of stated exports and imports."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dyadscope.claims.claim import Claim, Quantity
from dyadscope.claims.lexicon import CHANGE_DOWN, CHANGE_UP, HEDGES, TIME_FRACTIONS
from dyadscope.claims.sentence import lemma_set, prev_start
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def parts_across(
    article: Article, sent: Span, qs: list[Quantity], pending: tuple[Span, list[Quantity]] | None
) -> Claim | None:
    """ "Of the $19 billion invested, about $6 billion were loans." + "The rest of the $13 billion
    came as investment.": the parts must add up to the total."""
    if pending is None or not re.match(r"\s*the (rest|remaining|remainder|balance|other)\b", sent.text, re.IGNORECASE):
        return None
    prev, prev_qs = pending
    money = [q for q in prev_qs if q.unit == "money" and q.value]
    rest = [q for q in qs if q.unit == "money" and q.value]
    if len(money) < 2 or not rest:
        return None
    total, parts = money[0], [*money[1:], rest[0]]
    detail = {
        "rule": "parts",
        "total": total.value,
        "parts": [q.value for q in parts],
        "currencies": [q.currency for q in (total, *parts)],
        "hedges": [q.hedge for q in parts],
    }
    a, b = prev.start_char, sent.end_char
    return Claim(
        kind="arithmetic",
        sentence=article.text[a:b].strip(),
        span=(a, b),
        quote=f"{article.text[total.start : total.end]} = " + " + ".join(article.text[q.start : q.end] for q in parts),
        quote_span=(total.start, rest[0].end),
        subject=None,
        partner=None,
        quantity=total.value,
        unit="money",
        currency=total.currency,
        hedge=next((q.hedge for q in parts if q.hedge), None),
        detail=detail,
    )


def arithmetic_claims(article: Article, doc: Doc, sent: Span, claims: list[Claim], qs: list[Quantity]) -> list[Claim]:
    """Figures inside one sentence that must agree: a percent change between two stated
    amounts ("up 12% from $40bn to $44.8bn"), a multiple of a stated amount ("$60 billion,
    triple the $20 billion of 2015"), a share computed from two stated amounts, and parts
    that must add up to a stated total ("of the $19 billion, $6 billion ... the rest, $13 billion")."""
    money = [q for q in qs if q.unit == "money" and q.value]
    if len(money) < 2 or not claims:
        return []
    balance = _balance(article, claims)
    if balance is not None:
        return [balance]
    first = claims[0]
    share = _stated_share(sent, qs)
    if share is not None and len(money) == 2 and re.match(r"\s*(of|out of)\b", sent.text, re.IGNORECASE):
        # "Of Brazil's $211 billion in exports, $68 billion, or about a third, went to China"
        value, hedge, (s, e) = share
        whole, part = money[0], money[1]
        if not re.fullmatch(r"[\s,(]*(or|,)[\s(]*", article.text[part.end : s], re.IGNORECASE):
            return []  # the share must follow the part it describes ("$68 billion, or about a third")
        return [
            Claim(
                kind="arithmetic",
                sentence=first.sentence,
                span=first.span,
                quote=article.text[whole.start : max(e, part.end)],
                quote_span=(whole.start, max(e, part.end)),
                subject=first.subject,
                partner=first.partner,
                flow=first.flow,
                quantity=value,
                unit="ratio",
                currency=whole.currency,
                period=first.period,
                years=first.years,
                period_inferred=first.period_inferred,
                hedge=hedge,
                detail={
                    "rule": "share",
                    "whole": whole.value,
                    "part": part.value,
                    "share": value,
                    "currencies": [whole.currency, part.currency],
                },
            )
        ]
    lower = sent.text.lower()
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    mult = [q for q in qs if q.unit == "multiple"]
    out: list[Claim] = []
    detail: dict[str, Any] = {"amounts": [m.value for m in money], "currencies": [m.currency for m in money]}
    rule = None
    changing = bool(lemma_set(sent) & (CHANGE_UP | CHANGE_DOWN))
    if pct and len(money) == 2 and changing:
        rule = "change"
        detail["percent"] = pct[0].value
        if re.search(r"\b(fell|fall|down|drop|declin|decreas|shr[ai]nk|lower)", lower):
            detail["percent"] = -abs(float(pct[0].value or 0))
        detail["hedge"] = pct[0].hedge
    elif mult and len(money) == 2:
        rule = "multiple"
        detail["multiple"] = mult[0].value
    elif re.search(r"\b(out of|of which|combined|in total|a total of)\b", lower):
        rule = "parts"
    if rule is None:
        return []
    one_figure = len(money) == 2 and any(
        c.kind == "conversion" and c.quote_span[0] <= money[0].start and money[1].end <= c.quote_span[1] for c in claims
    )
    if one_figure and rule in ("change", "multiple"):
        return []  # "$4.4 billion, up by half, or about 1.8 trillion riel": one figure in two currencies
    detail["rule"] = rule
    s = min(q.start for q in money)
    e = max(q.end for q in [*money, *pct, *mult])
    out.append(
        Claim(
            kind="arithmetic",
            sentence=first.sentence,
            span=first.span,
            quote=article.text[s:e],
            quote_span=(s, e),
            subject=first.subject,
            partner=first.partner,
            flow=first.flow,
            quantity=detail.get("percent") or detail.get("multiple"),
            unit="ratio",
            currency=money[0].currency,
            period=first.period,
            years=first.years,
            period_inferred=first.period_inferred,
            hedge=first.hedge,
            detail=detail,
        )
    )
    return out


def _balance(article: Article, claims: list[Claim]) -> Claim | None:
    """ "A surplus of $X, selling $Y and buying $Z, for two-way trade of $T": the stated balance
    must be exports minus imports (a deficit: imports minus exports), a stated total their sum."""
    by_flow: dict[str, Claim] = {}
    for c in claims:
        if c.kind == "trade_value" and c.flow is not None and c.quantity and c.flow not in by_flow:
            by_flow[c.flow] = c
    exp, imp = by_flow.get("exports"), by_flow.get("imports")
    bal = by_flow.get("surplus") or by_flow.get("deficit")
    total = by_flow.get("total")
    if exp is None or imp is None or (bal is None and total is None):
        return None
    stated = [x for x in (bal, total, exp, imp) if x is not None]
    if len({x.currency for x in stated}) != 1:
        return None
    detail: dict[str, Any] = {"rule": "balance", "exports": exp.quantity, "imports": imp.quantity}
    if bal is not None:
        detail.update(balance=bal.quantity, balance_flow=bal.flow, balance_hedge=bal.hedge)
    if total is not None:
        detail.update(total=total.quantity, total_hedge=total.hedge)
    s, e = min(x.quote_span[0] for x in stated), max(x.quote_span[1] for x in stated)
    head = bal or total
    assert head is not None
    return Claim(
        kind="arithmetic",
        sentence=head.sentence,
        span=head.span,
        quote=article.text[s:e],
        quote_span=(s, e),
        subject=head.subject,
        partner=head.partner,
        flow=head.flow,
        quantity=head.quantity,
        unit="money",
        currency=head.currency,
        period=head.period,
        years=head.years,
        period_inferred=head.period_inferred,
        hedge=head.hedge,
        detail=detail,
    )


_ON_BASE = re.compile(
    r"\b(?:up|down|rose|fell|grew|increased|decreased|dropped|climbed|higher|lower)\b.*\b(?:on|from|over|than)\s+"
    r"(?:the\s+)?(?:previous|prior|preceding|last|a)\s+year'?s\b",
    re.IGNORECASE,
)


def change_on_base(article: Article, doc: Doc, sent: Span, qs: list[Quantity], previous: list[Claim]) -> Claim | None:
    """ "Exports reached $77 billion. The figure was up 26% on the previous year's $61 billion.":
    the stated change must agree with the new total stated in the sentence before."""
    if not _ON_BASE.search(sent.text):
        return None
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    money = [q for q in qs if q.unit == "money" and q.value]
    if len(pct) != 1 or len(money) != 1:
        return None
    start = prev_start(doc, sent)
    base = next(
        (
            c
            for c in reversed(previous)
            if c.kind == "trade_value" and c.span[0] >= start and c.quantity and c.currency == money[0].currency
        ),
        None,
    )
    if base is None:
        return None
    down = re.search(r"\b(down|fell|decreased|dropped|lower)\b", sent.text, re.IGNORECASE)
    percent = -abs(float(pct[0].value or 0)) if down else float(pct[0].value or 0)
    detail: dict[str, Any] = {
        "rule": "change",
        "amounts": [base.quantity, money[0].value],
        "currencies": [base.currency, money[0].currency],
        "percent": percent,
        "hedge": pct[0].hedge,
        "new_from": base.quote,
    }
    s, e = min(pct[0].start, money[0].start), max(pct[0].end, money[0].end)
    return Claim(
        kind="arithmetic",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[s:e],
        quote_span=(s, e),
        subject=base.subject,
        partner=base.partner,
        flow=base.flow,
        quantity=percent,
        unit="ratio",
        currency=base.currency,
        period=base.period,
        years=base.years,
        period_inferred=base.period_inferred,
        hedge=pct[0].hedge,
        detail=detail,
    )


_SHARE_WORD = re.compile(
    r"\b(?:("
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?("
    + "|".join(k.replace("-", "[- ]") for k in sorted(TIME_FRACTIONS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _stated_share(sent: Span, qs: list[Quantity]) -> tuple[float, str | None, tuple[int, int]] | None:
    """A share stated beside two amounts: "or about a third", "or 32 percent" (as a fraction)."""
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    if pct:
        return float(pct[0].value or 0) / 100, pct[0].hedge, (pct[0].start, pct[0].end)
    m = _SHARE_WORD.search(sent.text)
    if m is None:
        return None
    key = re.sub(r"(one|two|three)[- ]", r"\1-", m.group(2).lower())
    a = sent.start_char
    return TIME_FRACTIONS[key], (m.group(1).lower() if m.group(1) else None), (a + m.start(), a + m.end())
