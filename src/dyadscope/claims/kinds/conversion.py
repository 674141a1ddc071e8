"""Conversions stated in the text: two amounts in different currencies side by side."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim
from dyadscope.claims.lexicon import HEDGES
from dyadscope.news.amounts import currency_word, scale_of
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Span

_CONVERSION_GAP = (
    r"[\s,(]*(or|or about|or around|or roughly|about|around|roughly|equivalent to|the equivalent of|i\.e\.)?[\s(]*"
)


def converted_from(article: Article, start: int, sent_start: int) -> bool:
    """Whether the amount at ``start`` restates a bare figure just before it ("the shipments came to about
    150 billion, or about $14 billion"): the converted side of a conversion read by :func:`restatement`, no
    figure of its own. (Two amounts side by side are merged by :func:`merge_conversions`.)"""
    ends = [sent_start + m.end() for m in _BARE.finditer(article.text[sent_start:start])]
    ends = [e for e in ends if not any(a.span[0] < e <= a.span[1] for a in article.amounts)]  # a bare figure only
    return any(re.fullmatch(_CONVERSION_GAP, article.text[e:start], re.IGNORECASE) for e in ends)


def merge_conversions(article: Article, sent: Span, claims: list[Claim]) -> list[Claim]:
    """Two amounts in different currencies side by side ("2 million shillings, or about
    $15,500"; "Sh600 billion ($4.4 billion)") are one conversion claim, beside the first amount's own."""
    out: list[Claim] = []
    i = 0
    while i < len(claims):
        c = claims[i]
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        # "$1.3 billion worth of goods to China in 2018, or roughly 13.7 billion kwacha", "$5.7 billion of
        # Peruvian goods in 2019, down nearly 30 percent from the year before, or around 15 billion soles": the
        # restated amount after the rest of the first amount's phrase (a change claim read from it in between)
        later = next((j for j in range(i + 1, len(claims)) if claims[j].unit == "money"), None)
        between = claims[i + 1 : later] if later is not None else []
        if (
            c.unit == "money"
            and later is not None
            and later > i + 1
            and all(b.kind == "change" for b in between)
            and claims[later].currency != c.currency
            and _restated_after(article, sent, c.quote_span[1], claims[later].quote_span[0])
        ):
            claims = [*claims[:i], c, claims[later], *between, *claims[later + 1 :]]
            nxt = claims[i + 1]
        if (
            nxt is not None
            and c.unit == "money"
            and nxt.unit == "money"
            and c.currency != nxt.currency
            and (
                re.fullmatch(
                    _CONVERSION_GAP,
                    article.text[c.quote_span[1] : _bare_start(article, nxt)],
                    re.IGNORECASE,
                )
                or _restated_after(article, sent, c.quote_span[1], nxt.quote_span[0])
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
            # the first amount keeps its own claim (a trade value checked on the data, or a budget said to be
            # not checkable) beside the conversion, whose rate the text lets one check; a local figure stated
            # after the dollars ("$4.8 billion, or about 15 billion pesos") is a trade value of its own too,
            # checked on the data in that currency (a dollar gloss after a local figure is only the conversion)
            local_after = c.currency == "USD" and nxt.kind == "trade_value" and nxt.quantity
            out.extend([c, nxt, conv] if local_after else [c, conv])
            i += 2
            continue
        out.append(c)
        i += 1
    return out


_RESTATED_TAIL = re.compile(
    r",\s*(?:or|equivalent to|the equivalent of|that is)(?:\s+(?:about|around|roughly|close to|some|nearly|almost|"
    r"just over|just under|more than|less than|an estimated|approximately))?\s*$",
    re.IGNORECASE,
)
_NUMBER_LEFT = re.compile(r"\d(?![\d,.]*\s*(?:%|percent|per cent))")
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"})


def _restated_after(article: Article, sent: Span, end: int, start: int) -> bool:
    """Whether the amount at ``start`` restates the one ending at ``end`` after the rest of its phrase: the
    words between end with ", or [about]" (", the equivalent of"), hold no other figure (years and percentages
    aside) and no verb of a clause of their own (a second amount after "and imports rose to" is no
    restatement)."""
    gap = article.text[end:start]
    if len(gap) > 160 or not _RESTATED_TAIL.search(gap):
        return False
    if _NUMBER_LEFT.search(re.sub(r"\b(?:19|20)\d\d\b", "", gap)):
        return False
    span = sent.doc.char_span(end, start, alignment_mode="contract")
    if span is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_DEPS for t in span)


def _bare_start(article: Article, c: Claim) -> int:
    start = c.quote_span[0]
    if c.hedge:
        low = article.text[start : c.quote_span[1]].lower()
        if low.startswith(c.hedge):
            return start
    return start


_IN_CURRENCY = re.compile(
    r"^\W*(?:(?:measured|expressed|valued|counted|converted|reckoned)\s+)?in\s+(?P<word>[a-z][a-z.]*(?:\s+[a-z]+)?)\s*,",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"(?:\b(?P<hedge>" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s+)?"
    r"\b(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>trillion|billion|million|tn|bn)\b",
    re.IGNORECASE,
)


def restatement(article: Article, sent: Span, found: list[Claim], previous: list[Claim]) -> list[Claim]:
    """A figure restated in another currency, "In cedis, that came to about 3 billion", "Measured in yuan,
    the shipments came to about 150 billion, or about $14 billion", "In shillings, last year's exports came
    to Sh71.5 billion": a conversion of the other amount of the sentence, else of the trade value of the
    sentence before, at the year's average rate. The restated amount is the conversion's only claim."""
    m = _IN_CURRENCY.match(sent.text)
    if m is None:
        return found
    # "in shillings", "in pesos": a shared word by the article's countries (news/amounts.SHARED_WORDS)
    code = currency_word(m.group("word"), list(article.country_counts()))
    if code is None:
        return found
    a = sent.start_char
    own = next((c for c in found if c.unit == "money" and c.currency == code and c.quantity), None)
    if own is not None:
        value, hedge, qspan = float(own.quantity or 0), own.hedge, own.quote_span
    else:
        bare = _BARE.search(sent.text, m.end())
        if bare is None:
            return found
        value = float(bare.group("num").replace(",", "")) * scale_of(bare.group("scale"))
        hedge = bare.group("hedge").lower() if bare.group("hedge") else None
        qspan = (a + bare.start(), a + bare.end())
    other = next(
        (c for c in found if c.unit == "money" and c.currency not in (None, code) and c.quantity and c is not own),
        None,
    )
    if other is None:
        start = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else a
        other = next(
            (
                c
                for c in reversed(previous)
                if c.kind == "trade_value" and c.quantity and c.currency not in (None, code) and c.span[0] >= start
            ),
            None,
        )
    if other is None:
        # "the shipments came to about 150 billion, or about $14 billion": an amount of the sentence that gave
        # no claim of its own; the parties and period are those of the last trade value before
        amount = next(
            (x for x in article.amounts if a <= x.span[0] < sent.end_char and x.currency not in (None, code)),
            None,
        )
        base = next((c for c in reversed(previous) if c.kind == "trade_value"), None)
        if amount is None or base is None:
            return found
        other = dataclasses.replace(
            base,
            span=(sent.start_char, sent.end_char),
            quote=amount.text,
            quote_span=amount.span,
            quantity=amount.value,
            currency=amount.currency,
            hedge=amount.qualifier or None,
        )
    lo, hi = min(qspan[0], other.quote_span[0]), max(qspan[1], other.quote_span[1])
    same = other.span[0] == sent.start_char
    conv = dataclasses.replace(
        other,
        kind="conversion",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[lo:hi] if same else article.text[qspan[0] : qspan[1]],
        quote_span=(lo, hi) if same else qspan,
        hedge=other.hedge
        or hedge,  # the converted amount's own hedge ("more than 1.5 trillion rupees, or roughly $11 billion")
        reason=None,
        detail={"from_value": value, "from_currency": code, "from_hedge": hedge, "restated": True},
        warnings=list(other.warnings),
    )
    kept = [c for c in found if c is not own and not (c.kind == "conversion" and c.detail.get("from_currency") == code)]
    return [*kept, conv]


_STATED_RATE = re.compile(
    r"\d[\d,.]*\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:to|per|against)\s+(?:the|one|a|each)\s+(?:US\s+)?(?:dollar|euro)\b",
    re.IGNORECASE,
)


def restated_conversions(sent: Span, claims: list[Claim]) -> list[Claim]:
    """A conversion for each amount that restates the figure before in another currency at a rate the sentence
    states ("At 10.5 kwacha to the dollar, that is equivalent to roughly 7.5 billion kwacha" after "$970
    million"), checked at the year's average rate like one written side by side; the amount keeps its own
    claim. With no rate stated ("That is roughly 7.1 billion Singapore dollars") the restated amount is only a
    trade value, as the dev sets annotate it."""
    if not _STATED_RATE.search(sent.text):
        return []
    out: list[Claim] = []
    for c in claims:
        before = c.detail.get("restates")
        if not isinstance(before, dict) or c.kind not in ("trade_value", "uncheckable") or c.currency is None:
            continue
        out.append(
            dataclasses.replace(
                c,
                kind="conversion",
                reason=None,
                detail={
                    "from_value": before["value"],
                    "from_currency": before["currency"],
                    "from_hedge": before["hedge"],
                },
                warnings=list(c.warnings),
            )
        )
    return out
