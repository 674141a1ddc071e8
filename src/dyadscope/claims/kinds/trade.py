"""Trade values between countries or groups: exports, imports, total trade, deficit, surplus
("its surplus with the EU widened to $180bn")."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim, Draft, Reading

if TYPE_CHECKING:
    from spacy.tokens import Span

    from dyadscope.news.article import Article


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


_BALANCE_WORD = re.compile(r"\b(?:surplus|deficit|shortfall|imbalance|gap)(?:es|s)?\b", re.IGNORECASE)


def balance_quotes(article: Article, sent: Span, claims: list[Claim]) -> list[Claim]:
    """A balance's quote takes the word that says which way it runs: "the surplus with the EU reached
    $10.5 billion", "leaving a deficit of about $2 billion", "a $3 billion surplus". The direction is part of
    what the sentence claims, so a check of the amount alone must not leave it out of the quote (the last
    balance word after the claim before, else one right after the amount)."""
    out: list[Claim] = []
    prev_end = sent.start_char
    for c in claims:
        lo, hi = c.quote_span
        if c.kind == "trade_value" and c.flow in ("surplus", "deficit") and sent.start_char <= lo < sent.end_char:
            before = list(_BALANCE_WORD.finditer(article.text, max(prev_end, sent.start_char), lo))
            after = _BALANCE_WORD.match(article.text, hi + 1) if hi < sent.end_char else None
            if before:
                lo = min(lo, before[-1].start())
            elif after is not None and article.text[hi : hi + 1] == " ":
                hi = after.end()
            if (lo, hi) != c.quote_span:
                c = dataclasses.replace(c, quote=article.text[lo:hi], quote_span=(lo, hi))
        out.append(c)
        if sent.start_char <= c.quote_span[0] < sent.end_char:
            prev_end = max(prev_end, c.quote_span[1])
    return out
