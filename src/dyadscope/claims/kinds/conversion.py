"""Conversions stated in the text: two amounts in different currencies side by side."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Span

_CONVERSION_GAP = (
    r"[\s,(]*(or|or about|or around|or roughly|about|around|roughly|equivalent to|the equivalent of|i\.e\.)?[\s(]*"
)


def merge_conversions(article: Article, sent: Span, claims: list[Claim]) -> list[Claim]:
    """Two amounts in different currencies side by side ("2 million shillings, or about
    $15,500"; "Sh600 billion ($4.4 billion)") are one conversion claim."""
    out: list[Claim] = []
    i = 0
    while i < len(claims):
        c = claims[i]
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        if (
            nxt is not None
            and c.unit == "money"
            and nxt.unit == "money"
            and c.currency != nxt.currency
            and re.fullmatch(
                _CONVERSION_GAP,
                article.text[c.quote_span[1] : _bare_start(article, nxt)],
                re.IGNORECASE,
            )
        ):
            conv = Claim(
                kind="conversion",
                sentence=c.sentence,
                span=c.span,
                quote=article.text[c.quote_span[0] : nxt.quote_span[1]],
                quote_span=(c.quote_span[0], nxt.quote_span[1]),
                subject=c.subject,
                partner=c.partner,
                flow=c.flow,
                quantity=nxt.quantity,
                unit="money",
                currency=nxt.currency,
                period=c.period,
                years=c.years,
                period_inferred=c.period_inferred,
                hedge=nxt.hedge,
                detail={"from_value": c.quantity, "from_currency": c.currency, "from_hedge": c.hedge},
                warnings=c.warnings,
            )
            out.extend([c, conv])
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _bare_start(article: Article, c: Claim) -> int:
    start = c.quote_span[0]
    if c.hedge:
        low = article.text[start : c.quote_span[1]].lower()
        if low.startswith(c.hedge):
            return start
    return start
