"""Ratios of one country's two flows with one partner, read from the parse: "Uganda sold the Emirates
nearly one and a half times as much as it bought from them", "the city-state bought about 12 times as
much from Qatar as it sold there", "South Africa sold Mozambique nearly four times what it bought".

The sentence holds a multiplier (a number before "times", "twice", "half as much") between two flow
words of opposite direction (sell/export/ship against buy/import/purchase), the second in the clause the
comparison introduces ("as ...", "what ..."). The claim is the subject's first flow over its second flow
with the partner, within the bounds the hedge gives (:func:`dyadscope.claims.checks.common.tolerance`),
checked as a flow ratio (:mod:`dyadscope.claims.checks.rank`). The subject is the first flow's
grammatical subject (a country, a reference, else the article's country); the partner the other country
of the sentence, else the partner of the claim before (the sentence says "it", "them", "there")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadscope.claims.checks.common import tolerance
from dyadscope.claims.claim import Claim, Entity, Flow
from dyadscope.claims.lexicon import FLOW_LEMMAS
from dyadscope.claims.sentence import period_of
from dyadscope.news.amounts import QUALIFIER_BEFORE, words_number
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DIRECTED = ("exports", "imports")
_WORD_FACTORS = {"twice": 2.0, "double": 2.0, "thrice": 3.0, "half": 0.5}


def _flow(tok: Token) -> Flow | None:
    flow = FLOW_LEMMAS.get(tok.lemma_.lower())
    return flow if flow in _DIRECTED else None


def _multiplier(doc: Doc, sent: Span) -> tuple[int, int, float] | None:
    """(first token, last token, factor) of the multiplier: "nearly one and a half times", "1.7 times",
    "twice", "half" (before "as much")."""
    for tok in sent:
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if tok.lower_ in ("times", "fold") and tok.i > sent.start:
            first = tok.i
            while first - 1 >= sent.start and (
                doc[first - 1].like_num or doc[first - 1].lower_ in ("and", "a", "half", "quarter", "-")
            ):
                first -= 1
            if first == tok.i:
                continue
            value = words_number(doc[first : tok.i].text.replace(" - ", "-"))
            if value:
                return first, tok.i, value
        elif tok.lower_ in _WORD_FACTORS and nxt is not None and (nxt.lower_ in ("as", "what") or tok.lower_ != "half"):
            return tok.i, tok.i, _WORD_FACTORS[tok.lower_]
    for tok in sent:
        # "Ecuador still bought more from Japan than it sold there": a bare comparative of the two flows
        # (factor 1, the comparative's bound), 'than' within a few words and a flow after it
        if tok.lower_ in _BARE and not (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "than"):
            than = next((t for t in doc[tok.i + 1 : min(sent.end, tok.i + 6)] if t.lower_ == "than"), None)
            if than is not None and any(_flow(t) for t in doc[than.i + 1 : min(sent.end, than.i + 4)]):
                return tok.i, tok.i, 1.0
    return None


_BARE = {"more": "more than", "less": "less than", "fewer": "less than"}


def _owner(doc: Doc, flow_tok: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The country whose flow ``flow_tok`` is: the verb's subject, or the noun's possessor."""
    for child in flow_tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            for t in child.subtree:
                if t.i in by_token:
                    return by_token[t.i]
    return None


def ratio_of_flows(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], focus: str | None, previous: list[Claim]
) -> Claim | None:
    mult = _multiplier(doc, sent)
    if mult is None:
        return None
    first, last, factor = mult
    before = [t for t in doc[max(sent.start, first - 12) : first] if _flow(t)]
    after = [t for t in doc[last + 1 : min(sent.end, last + 10)] if _flow(t)]
    if not before or not after:
        return None
    f1, f2 = before[-1], after[0]
    num, den = _flow(f1), _flow(f2)
    if num is None or den is None or num == den:
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i in {e.token for e in ents} for t in f2.children):
        return None  # "taking more than three times what the United States bought": two buyers compared
    between = doc[last + 1 : f2.i]
    bare = first == last and doc[first].lower_ in _BARE
    if not any(t.lower_ in ("as", "what", "its", "their", "the") or (bare and t.lower_ == "than") for t in between):
        return None  # no comparison of the two flows ("sold five times more cars, and bought ...")
    by_token = {e.token: e for e in ents}
    owner = _owner(doc, f1, by_token)
    subject = owner.code if owner is not None else None
    if subject is None and previous and any(t.lower_ in ("it", "its", "they", "their") for t in f1.children):
        subject = previous[-1].subject
    subject = subject or focus
    others = [e for e in ents if e.code != subject and not e.group]
    partner = others[0].code if others else None
    if partner is None and previous and previous[-1].subject == subject:
        partner = previous[-1].partner  # "as it bought from them": the pair of the claim before
    if subject is None or partner is None or partner == "World":
        return None
    text = article.text
    start = doc[first].idx
    m = QUALIFIER_BEFORE.search(text[max(sent.start_char, start - 30) : start])
    hedge = " ".join(m.group("qual").lower().split()) if m else None
    if bare:
        hedge, m = _BARE[doc[first].lower_], None  # "bought more from Japan than it sold": more than once
    if m:
        start = max(sent.start_char, start - 30) + m.start()
    end = f2.idx + len(f2.text)
    claim = ratio_claim(
        article,
        doc,
        sent,
        f1.i,
        (start, end),
        subject=subject,
        partner=partner,
        num=num,
        den=den,
        factor=factor,
        hedge=hedge,
    )
    if bare:
        claim.detail["comparative"] = True  # a false "more ... than" is a false direction: contradicted
    return claim


def ratio_claim(
    article: Article,
    doc: Doc,
    sent: Span,
    anchor: int,
    quote_span: tuple[int, int],
    *,
    subject: str,
    partner: str,
    num: Flow,
    den: Flow,
    factor: float,
    hedge: str | None,
) -> Claim:
    """One pair's two flows compared, as a ``rank_share`` claim of unit ``ratio``: ``num`` over
    ``den`` is ``factor`` times, within the hedge's tolerance; the period is read at token ``anchor``.
    The one constructor of flow ratios (this module's "sold N times as much as it bought" and
    :func:`dyadscope.claims.kinds.rank.flow_ratio`'s "more than twice its imports")."""
    t = tolerance(hedge)
    label, years, inferred, warnings = period_of(article, doc, sent, anchor)
    quote = article.text[quote_span[0] : quote_span[1]]
    return Claim(
        kind="rank_share",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=quote,
        quote_span=quote_span,
        subject=subject,
        partner=partner,
        flow=num,
        quantity=factor,
        unit="ratio",
        period=label,
        years=years,
        period_inferred=inferred,
        hedge=hedge,
        detail={"word": quote.lower(), "bounds": [t.lo * factor, t.hi * factor], "of": {"flow": den}},
        warnings=warnings,
    )
