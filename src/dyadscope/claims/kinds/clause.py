"""One claim from one quantity and the clause that governs it; the claim's kind follows from its unit."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from dyadscope.claims.anaphora import recent_pair, restated
from dyadscope.claims.claim import Claim, Draft, Entity, Quantity, Reading
from dyadscope.claims.kinds import change, rank, trade, uncheckable
from dyadscope.claims.kinds.conversion import converted_from
from dyadscope.claims.kinds.goods import goods_flow
from dyadscope.claims.kinds.uncheckable import product_of, uncheckable_reason
from dyadscope.claims.lexicon import RANK_NOUNS, UNCHECKABLE_RANKS, YEAR
from dyadscope.claims.quantities import rank_of
from dyadscope.claims.sentence import (
    base_year_head,
    clause_verb,
    flow_near,
    lemma_set,
    noun_parties,
    period_of,
    previous_subject,
    subject_partner,
    tree_distance,
)
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def claim_for(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    q: Quantity,
    focus: str | None,
    previous: list[Claim],
) -> Claim | None:
    verb = clause_verb(doc, q.token)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # a table row or a heading: nothing is stated
    flow, flow_tok = flow_near(doc, sent, q.token)
    if flow_tok is not None and tree_distance(doc, q.token, flow_tok) > 6:
        flow, flow_tok = None, None  # a flow word in another clause
    if q.unit == "rank" and "noun" in q.detail:
        # the rank noun says what is ranked ("market": exports; "trading partner": total), not a verb nearby
        flow = rank.noun_flow(doc, q.token) or flow
    elif q.unit == "rank" and flow is None:
        flow = RANK_NOUNS.get(str(q.detail.get("noun")))  # type: ignore[assignment]
        if q.detail.get("overtook") and not q.detail.get("stated_rank"):
            has_rank = any(t.lower_ in RANK_NOUNS and rank_of(doc, t) for t in sent)
            flow = None if has_rank else flow
    before = previous_subject(article, doc, sent, ())
    subject, partner = subject_partner(doc, sent, ents, q.token, verb, flow_tok, focus, before)
    moved = goods_flow(doc, sent, ents, q.token, before or focus, focus) if q.unit == "money" else None
    if moved is not None:  # "Chinese goods worth $6 billion were shipped to Nigeria"
        (flow, subject, partner), flow_tok = moved, None
    noun = noun_parties(doc, ents, flow_tok, focus, before) if moved is None and flow_tok is not None else None
    if noun is not None:  # "British purchases jumped", "Exports to China rose": the noun's parties
        subject, partner, flow = noun
    restating = not converted_from(article, q.start, sent.start_char)  # not the converted side of a figure
    again = restated(doc, sent, verb.i, previous) if (subject is None or partner is None) and restating else None
    restates: Claim | None = None
    if again is not None and subject in (None, again.subject) and partner in (None, again.partner):
        # "That is roughly 7.1 billion Singapore dollars", "the shipments were worth ...": the claim before
        subject, partner, flow = again.subject, again.partner, flow or again.flow
        restates = again
    if subject is None and partner is None and flow is not None and not ents and q.unit == "money" and restating:
        # a flow and an amount in a sentence naming no country: the pair of the claim just before
        # (documented in docs/claims.md; never the article's country alone), and its period
        again = recent_pair(doc, sent, previous)
        if again is not None:
            subject, partner = again.subject, again.partner
    if subject is None and any(t.lower_ in ("it", "its") for t in sent):
        subject = previous[-1].subject if previous else focus
    if subject is None and q.unit == "money" and q.currency not in (None, "USD", "EUR"):
        # "imports from China came to 1.5 trillion rupees": an amount in the currency of one of the article's
        # countries, with no owner named, is that country's flow (the currency read by the article's countries)
        users = [c for c in article.country_counts() if c != partner and _uses(c, str(q.currency))]
        subject = users[0] if len(users) == 1 else None
    if subject is None and partner is not None and flow_tok is not None:
        # "exports to Uganda reached $62 million": a flow with a partner and no owner is the flow of
        # the country the sentences before were about, else of the article's country
        recent = [c.subject for c in reversed(previous[-3:]) if c.subject not in (None, partner)]
        subject = recent[0] if recent else (focus if focus != partner else None)
    if subject is None and re.search(r"\b(the|this) (country|nation)\b|\bgovernment\b", sent.text, re.IGNORECASE):
        subject = focus  # "the country": the country the article is about
    # "the $3.5 billion project will add to the debt", "more than $30 billion in projects have been
    # scrapped": a figure the data cannot check is a claim (said to be not checkable) even when the
    # sentence names no country; the article's country stands for it
    if (
        subject is None
        and focus is not None
        and q.unit in ("money", "percent")
        and not q.detail.get("vague")
        and uncheckable_reason(doc, sent, q, verb, flow) is not None
    ):
        subject = focus
    if subject is None:
        return None
    label, years, inferred, warnings = period_of(article, doc, sent, q.token)
    label, years, inferred = _since_only(article, sent, q, label, years, inferred)
    if again is not None and inferred and again.years:
        label, years, inferred = again.period, list(again.years), again.period_inferred  # the period restated
    reason = uncheckable_reason(doc, sent, q, verb, flow)
    when = article.date
    if reason is None and q.unit == "money" and _target(doc, q.token, when):
        reason = (
            "a pledge or forecast: no data can confirm a future amount"  # "the $30 billion they want to reach by 2025"
        )
    if reason is None and when is not None and years and min(years) > when.year and q.unit in ("money", "percent"):
        reason = "a pledge or forecast: no data can confirm a future amount"  # a year after the article's
    product = product_of(doc, flow_tok) if flow is not None and q.unit != "rank" else None
    if reason is None and product is not None:
        reason = f"trade in one product ({product}): the checked data are totals over all goods"
    if q.unit == "rank" and q.detail.get("noun") in UNCHECKABLE_RANKS:
        epithet = doc[q.token].dep_ not in ("attr", "appos", "nsubj", "dobj", "pobj")
        if epithet and q.detail.get("noun") != "economy":
            return None  # "trade with the world's second-largest investor": an epithet, not a claim
        reason = UNCHECKABLE_RANKS[str(q.detail["noun"])]  # "the world's second-largest economy": GDP
    lem = lemma_set([verb, *verb.children, doc[q.token], *doc[q.token].ancestors])
    if q.unit == "comparison":
        reason = None
    d = Draft(subject, partner, flow, q.unit, q.value, dict(q.detail), reason, label, years, inferred)
    r = Reading(article, doc, sent, ents, q, verb, lem, previous, focus)
    keep = uncheckable.read(r, d) if reason is not None else _READERS[q.unit](r, d)
    if not keep or d.kind is None:
        return None
    subject, partner, flow = d.subject, d.partner, d.flow
    if restates is not None and q.unit == "money" and restates.quantity and restates.currency not in (None, q.currency):
        # "At 10.5 kwacha to the dollar, that is equivalent to roughly 7.5 billion kwacha": the figure before,
        # restated in another currency (read as a conversion beside this amount's own claim)
        d.detail["restates"] = {"value": restates.quantity, "currency": restates.currency, "hedge": restates.hedge}
    if flow is not None and partner is None and subject is not None and subject != "World":
        partner = "World"  # "Brazil's exports reached $210 billion", "a deficit of $5 billion": with the world
    return Claim(
        kind=d.kind,
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[q.start : max(q.end, int(d.detail.get("quote_end", q.end)))],
        quote_span=(q.start, max(q.end, int(d.detail.get("quote_end", q.end)))),
        subject=subject,
        partner=partner,
        flow=flow,
        quantity=d.value,
        unit=d.unit,
        currency=q.currency,
        period=d.period,
        years=d.years,
        period_inferred=d.inferred,
        hedge=q.hedge,
        reason=d.reason,
        detail=d.detail,
        warnings=warnings,
    )


_WISH = frozenset({"want", "aim", "hope", "target", "plan", "seek", "intend", "expect", "pledge", "promise"})


def _target(doc: Doc, i: int, when: date | None) -> bool:
    """The amount carries a clause of its own that makes it a goal: "the $30 billion that the two
    governments want to reach by 2025" (a wish verb, or a year after the article's date, inside it)."""
    local = [t for t in doc[i].subtree if t.i != i]
    clauses = [t for t in local if t.dep_ in ("relcl", "acl")]
    if not clauses:
        return False
    inside = [t for c in clauses for t in c.subtree]
    if any(t.lemma_.lower() in _WISH and t.pos_ == "VERB" for t in inside):
        return True
    return when is not None and any(YEAR.fullmatch(t.text) and int(t.text) > when.year for t in inside)


def _percent(r: Reading, d: Draft) -> bool:
    """A percentage is a share of a flow ("20% of Kenya's exports") or a change ("rose 12%")."""
    return rank.read_share(r, d) or change.read_percent(r, d)


_READERS: dict[str, Callable[[Reading, Draft], bool]] = {
    "money": trade.read,
    "rank": rank.read_rank,
    "percent": _percent,
    "multiple": change.read_multiple,
    "record": change.read_multiple,
    "ratio": rank.read_ratio,
    "comparison": rank.read_comparison,
}


def _since_only(
    article: Article, sent: Span, q: Quantity, label: str | None, years: list[int], inferred: bool
) -> tuple[str | None, list[int], bool]:
    """ "the smallest since 2003", "have doubled since 2010", "rose by a third from 2017" with no other year:
    2003, 2010 and 2017 start
    the comparison; the claim's own year is the latest full year before the article."""
    since = {int(t.text) for t in sent if YEAR.fullmatch(t.text) and t.head.lower_ == "since"}
    if q.unit in ("multiple", "percent") and q.detail.get("change") is not False:
        # "rose by almost a third from 2017" (no year it rose to): 2017 is the base year, like "since 2017";
        # so is the year a change is "compared with" / "measured against" ("rose 15 percent last year
        # compared with 2010": 2010 to the latest full year)
        since |= {int(t.text) for t in sent if YEAR.fullmatch(t.text) and base_year_head(t)}
    when = article.date
    if not years or not since or not set(years) <= since or when is None:
        return label, years, inferred
    latest = when.year - 1
    if q.unit not in ("multiple", "percent"):  # a record, an amount: the latest year's
        return f"{latest} (latest full year before the article)", [latest], True
    start = min(since)
    return f"{start}-{latest} (since {start}, to the latest full year before the article)", [start, latest], True


def _uses(iso3: str, currency: str) -> bool:
    """Whether ``currency`` is the currency of the country ``iso3``."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError

    try:
        return fx.currency_of(iso3) == currency
    except NoRateError:
        return False
