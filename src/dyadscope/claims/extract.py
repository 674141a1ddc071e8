"""Find claims in a read article from its spaCy parse.

The article text is parsed once more by the shared pipeline (:func:`dyadscope.news.pipeline.build`,
cached per process, with the costly fact components switched off); the reader's own facts are
reused: country mentions (``article.countries``) and money amounts (``article.amounts``).

A claim needs a subject (a country or a group: Africa, the EU, the world, ...) and a
measurable quantity (a money amount, a percentage, a multiple such as "doubled", a rank
such as "largest trading partner", or an alignment comparison). For every quantity the
claim is built from the clause that governs it (the nearest verb above it in the
dependency tree):

* subject: the country in the clause's subject (or its possessor: "Kenya's exports"), else
  the first entity of the clause that is not a partner; a pronoun ("its") is the country
  the previous claim or the article is about;
* partner: the object of "with", "to", "from" or "between" next to the quantity or the
  flow word, else another entity of the sentence;
* flow: the flow word nearest the quantity in the tree (imports, exports, trade, deficit,
  surplus);
* period: the year nearest the quantity in the sentence; "last year" and "this year" are
  relative to the article's date; no year means the latest full year before the article
  (``period_inferred``); monthly and quarterly figures are flagged;
* hedge: the qualifier of the quantity ("about", "more than", ...).

Kinds: ``trade_value``, ``change``, ``rank_share``, ``conversion``, ``arithmetic``,
``alignment``, ``uncheckable`` (with ``reason``: loans and debt, investment, pledges and
forecasts, monthly or quarterly figures, opinions and polls, project costs, GDP).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.anaphora import references
from dyadscope.claims.claim import KINDS, Claim, Entity, Flow, Kind, Quantity, Unit
from dyadscope.claims.kinds.alignment import alignment_claims
from dyadscope.claims.kinds.arithmetic import arithmetic_claims, change_on_base, parts_across
from dyadscope.claims.kinds.change import compared_changes
from dyadscope.claims.kinds.clause import claim_for
from dyadscope.claims.kinds.conversion import merge_conversions, restated_conversions, restatement
from dyadscope.claims.kinds.rank import flow_ratio, merge_versus, ordinal_claims
from dyadscope.claims.kinds.ratio import ratio_of_flows
from dyadscope.claims.kinds.trade import balance_quotes
from dyadscope.claims.kinds.uncheckable import drop_converted, forecast_claims, volume_claims
from dyadscope.claims.kinds.unread import unread_clauses
from dyadscope.claims.lexicon import GROUP_CODES, GROUP_NAMES, TABLE_LIMIT
from dyadscope.claims.quantities import find_quantities
from dyadscope.claims.sentence import focal_country, group_mentions, sentence_entities, sentences
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["GROUP_CODES", "GROUP_NAMES", "KINDS", "Claim", "Entity", "Flow", "Kind", "Unit", "find_claims", "parse"]


def parse(text: str) -> Doc:
    """The article text parsed by the shared pipeline (sentences, tags, dependencies)."""
    from dyadscope.news import pipeline

    nlp = pipeline.build()
    skip = [n for n in nlp.pipe_names if n.startswith("dyadscope_") and n != "dyadscope_paragraphs_v1"]
    return nlp(text, disable=skip)


def find_claims(article: Article, doc: Doc | None = None) -> list[Claim]:
    """Claims in reading order (``doc``: the parse of ``article.text`` when the caller has one)."""
    doc = doc if doc is not None else parse(article.text)
    groups = group_mentions(article.text)
    claims: list[Claim] = []
    focus = focal_country(article, doc)
    pending: tuple[Span, list[Quantity]] | None = None
    pending_age = 0
    # a headline (the title line, with no full stop) sums the story up; its claims are the body's, and no
    # annotated set counts it (the guidelines leave the title and dateline out)
    title = article.title or ""
    headline = bool(title) and article.text.startswith(title) and not title.rstrip().endswith((".", "!", "?"))
    for sent in sentences(doc):
        if headline and sent.start_char + len(sent.text.rstrip()) <= len(title):
            continue
        ents = references(article, doc, sent, sentence_entities(article, doc, sent, groups), claims, groups)
        quantities = find_quantities(article, doc, sent)
        if len(quantities) > TABLE_LIMIT:
            pending = None
            continue
        before = len(claims)
        align = alignment_claims(article, doc, sent, ents, quantities, focus, claims)
        if align:
            claims.extend(align)
            claims.extend(unread_clauses(article, sent.start_char, sent.text, align))
            pending = None
            continue
        for q in quantities:
            c = claim_for(article, doc, sent, ents, q, focus, claims)
            if c is not None:
                claims.append(c)
        claims[before:] = balance_quotes(article, sent, merge_versus(merge_conversions(article, sent, claims[before:])))
        claims[before:] = restatement(article, sent, claims[before:], claims[:before])
        claims[before:] = drop_converted(claims[before:])
        if not any(c.kind == "conversion" for c in claims[before:]):
            claims.extend(restated_conversions(sent, claims[before:]))
        claims.extend(compared_changes(article, sent, claims[before:]))
        ratio = flow_ratio(article, doc, sent, ents, focus) or ratio_of_flows(
            article, doc, sent, ents, focus, claims[:before]
        )
        if ratio is not None:
            # "five times its imports" is the ratio, not a change of one flow
            lo, hi = ratio.quote_span
            claims[before:] = [c for c in claims[before:] if not (c.quote_span[0] < hi and lo < c.quote_span[1])]
            claims.append(ratio)
        claims.extend(arithmetic_claims(article, doc, sent, claims[before:], quantities))
        on_base = change_on_base(article, doc, sent, quantities, claims[:before])
        if on_base is not None:
            claims.append(on_base)
        claims.extend(ordinal_claims(article, doc, sent, ents, claims))
        claims.extend(volume_claims(article, doc, sent, ents, focus, claims[before:]))
        claims.extend(forecast_claims(article, doc, sent, ents, focus, claims[before:]))
        claims.extend(unread_clauses(article, sent.start_char, sent.text, claims[before:]))
        parts = parts_across(article, sent, quantities, pending)
        if parts is not None:
            claims.append(parts)
        if re.match(r"\s*(of the|out of)\b", sent.text, re.IGNORECASE):
            pending, pending_age = (sent, quantities), 0
        elif pending is not None and parts is None and pending_age < 1:
            pending_age += 1  # "The rest ..." may follow one sentence later
        else:
            pending = None
    return claims
