"""Claims the data cannot check, and why: loans, investment, pledges, polls, projects, GDP, aid,
services, monthly or quarterly figures, one product's trade."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Draft, Flow, Quantity, Reading
from dyadscope.claims.lexicon import FLOW_LEMMAS, UNCHECKABLE_RANKS
from dyadscope.claims.sentence import clause_verb, lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# What the data cannot check, by lemma in the clause: (lemmas, reason).
_UNCHECKABLE: tuple[tuple[frozenset[str], str], ...] = (
    (
        frozenset({"loan", "lend", "lender", "borrow", "debt", "owe", "creditor", "credit", "financing", "finance"}),
        "loans and debt: the data hold goods trade and UN votes, not lending",
    ),
    (
        frozenset({"invest", "investment", "investor", "fdi", "stake", "asset", "own", "acquire", "fund"}),
        "investment: the data hold goods trade, not investment stocks or flows",
    ),
    (
        frozenset({"pledge", "commit", "commitment", "promise", "earmark", "plan", "aim", "target", "forecast"}),
        "a pledge or forecast: no data can confirm a future amount",
    ),
    (
        frozenset({"poll", "survey", "favorably", "favourably", "view", "think", "believe", "opinion"}),
        "an opinion or poll: not in the data",
    ),
    (
        frozenset({"cost", "price", "tag", "project", "railway", "dam", "port", "contract", "budget"}),
        "a project or contract value: the data hold trade flows, not project costs",
    ),
    (
        frozenset({"gdp", "economy", "reserve", "reserves", "revenue", "budget", "tax"}),
        "GDP, reserves or public finances: not in the checked data",
    ),
    (
        frozenset({"aid", "grant", "assistance", "donation"}),
        "aid and grants: not in the data",
    ),
    (
        frozenset({"tourism", "tourist", "remittance", "service", "services"}),
        "services, tourism or remittances: the data hold goods trade only",
    ),
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_SUBANNUAL = re.compile(
    # "a quarter", "one quarter", "three-quarters": a fraction, not a period
    # "for months", "in recent months": a duration, not a monthly figure
    rf"\b((?:last|this|next|a|per|each|every|one|that|the same|the previous|the)\s+month\b|monthly|"
    rf"(?:first|last|past|previous|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months\b|"
    rf"(?<!\ba )(?<!\bone )(?<!-)quarter\b|quarterly|first half|second half|half-year|half year|"
    rf"q[1-4]|"
    rf"(?:in|during|of|for|between)\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+(?:and|to|-)\s+(?:{_MONTHS}))",
    re.IGNORECASE,
)

_GENERAL = {
    # size and judgement words say how big a flow is, not which goods it holds
    "massive",
    "huge",
    "large",
    "big",
    "small",
    "growing",
    "widening",
    "persistent",
    "chronic",
    "unfavorable",
    "unfavourable",
    "yawning",
    "modest",
    "record",
    "goods",
    "own",
    "merchandise",
    "product",
    "products",
    "total",
    "bilateral",
    "annual",
    "overall",
    "trade",
    "two-way",
    "country",
    "nation",
    "its",
    "their",
    "combined",
    "worth",
    "value",
    "non",
    "visible",
    "official",
    "direct",
    "way",
    "two",
}


def product_of(doc: Doc, flow_tok: int | None) -> str | None:
    """The product a flow is restricted to ("tea exports", "exports of oil", "agricultural exports")."""
    if flow_tok is None:
        return None
    tok = doc[flow_tok]
    for child in tok.children:
        if (
            child.dep_ in ("compound", "amod", "nmod")
            and child.pos_ in ("NOUN", "ADJ")
            and child.lower_ not in _GENERAL
        ):
            if child.lemma_.lower() in FLOW_LEMMAS or child.ent_type_ in ("GPE", "NORP", "DATE", "MONEY", "PERCENT"):
                continue
            return child.text
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.children:
                if (
                    t.dep_ == "pobj"
                    and t.pos_ == "NOUN"
                    and t.lower_ not in _GENERAL
                    and not t.ent_type_
                    and not any(x.like_num for x in t.subtree)  # "exports of 43.5 billion dirhams": an amount
                ):
                    return t.text
    return None


_VERB_ONLY = frozenset({"own"})
_EXPECT = frozenset({"expect", "predict", "forecast", "anticipate", "project", "foresee"})


def _forecast(verb: Token) -> bool:
    """The quantity's clause is what someone expects: "economists expect sales to recover to $X",
    "exports are projected to reach $X" (the verb or the verb it completes)."""
    chain = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    return any(v.lemma_.lower() in _EXPECT and v.pos_ == "VERB" for v in chain)


def uncheckable_reason(doc: Doc, sent: Span, q: Quantity, verb: Token, flow: Flow | None) -> str | None:
    head = doc[q.token]
    # the words of the quantity's own clause (not those of a clause around or inside it)
    near = {t for t in verb.subtree if clause_verb(doc, t.i).i == verb.i} | {head, *head.children}
    # words that say so only as verbs: "China owns 60 percent", not "China's own exports"
    lemmas = lemma_set(t for t in near if not (t.lower_ in _VERB_ONLY and t.pos_ != "VERB"))
    if _forecast(verb) and (flow is not None or q.unit == "money"):
        return "a pledge or forecast: no data can confirm a future amount"
    for words, reason in _UNCHECKABLE:  # the governing verb first: "pledged $60 billion in financing"
        if lemma_set([verb]) & words and not reason.startswith("a project"):
            return reason
    for words, reason in _UNCHECKABLE:
        if lemmas & words:
            if flow is not None and reason.startswith("a project") and not (lemmas & {"cost", "price", "tag"}):
                continue  # "trade deal" with a flow: still trade
            return reason
    if _SUBANNUAL.search(sent.text) and flow is not None:
        return "a monthly or quarterly figure: the trade data are annual"
    if any(t.lower_ == "will" and t.dep_ == "aux" for t in verb.children) and flow is not None:
        return "a pledge or forecast: no data can confirm a future amount"
    return None


def is_economic(lemmas: set[str]) -> bool:
    return bool(lemmas & (set(FLOW_LEMMAS) | {"gdp", "economy", "debt", "loan", "investment", "invest", "reserve"}))


def read(r: Reading, d: Draft) -> bool:
    """A quantity with a reason the data cannot check it: a claim (with the reason) when it is
    about money, trade or the economy; dropped when it is not ("30 percent of people")."""
    q, reason = r.q, d.reason
    assert reason is not None
    # a share of GDP borrowed, a stake owned, a poll: claims, though not about trade
    polled = q.unit == "percent" and not reason.startswith(("a project", "services"))
    polled = polled or (q.unit == "rank" and q.detail.get("noun") in UNCHECKABLE_RANKS)
    measured = q.unit in ("percent", "multiple", "record", "rank")
    if measured and d.flow is None and not is_economic(r.lemmas) and not polled:
        return False  # "30 percent of people", "a record turnout": not a claim about money or trade
    d.kind = "uncheckable"
    return True
