"""Parties named only by reference: "the two countries", "the neighbours", "its neighbour", "the bloc".

A claim needs its parties; articles name them once and then refer back. Each reference becomes
an :class:`~dyadscope.claims.claim.Entity` of the sentence, so that the subject and partner
are read from the parse as for a named country:

* a pair ("the two countries", "both countries", "the two neighbours", "the neighbours", "the two
  economies", "the two"): the subject and partner of the latest checkable claim naming two countries,
  else the two countries the article names most;
* "its neighbour" (one): the other country of that pair, beside the one the sentence names (naming
  neither: the pair's partner);
* "the bloc", "the continent", "the member states": the latest group the article named before the
  sentence (the continent: only a continental group; the member states: the EU or the euro area);
* a description of one country ("the Gulf state", "the emirate", "the former colonial power", "the
  city-state", "the kingdom"; a lower-case noun for a state after "the"): one country of that latest
  pair: the other one when the sentence names one of them, else the claim's subject when the
  description is the sentence's subject and its partner otherwise.

:func:`restated` reads a sentence that restates the claim before ("That is roughly 7.1 billion Singapore
dollars", "In local money the shipments were worth ..."): its parties, flow and period are those of the
claim before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim, Entity
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PAIR = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|neighbou?rs|economies|trading partners)\b"
    # "the Mercosur partners", "the two Gulf neighbours": a pair named by what joins them
    r"|\b(?:the|both)\s+(?:two\s+)?(?-i:[A-Z][\w-]+)\s+(?:partners|neighbou?rs)\b"
    r"|\bthe two\b(?!\s+\w+s\b)",
    re.IGNORECASE,
)
_ONE_NEIGHBOUR = re.compile(r"\b(?:its|their)\s+(?:neighbou?r|neighbou?ring country)\b(?!s)", re.IGNORECASE)
_GROUP_REF = re.compile(
    # "the bloc", "the whole continent", "the 27 member states", "its twenty-seven member countries"
    r"\b(?:the|its|their)\s+(?:(?:\d+|[a-z]+-[a-z]+|whole|entire)\s+)?(bloc|continent|member (?:states|countries))\b",
    re.IGNORECASE,
)
# "the Gulf state", "the former colonial power", "the city-state": a lower-case noun for a state
_DESCRIPTION = re.compile(
    r"\bthe\s+(?:(?:[A-Za-z]+|[a-z]+-[a-z]+)\s+){0,2}(?P<noun>state|emirate|kingdom|republic|power|city-state|"
    r"island nation|island state|sultanate|monarchy|principality)\b(?!\s+of\b)"
)
_UNIONS = {"EU", "Euro Area"}  # groups with member states
_CONTINENTS = {"Africa", "Sub-Saharan Africa", "Asia", "Latin America"}


def _pair(article: Article, previous: list[Claim]) -> tuple[str, str] | None:
    """The subject and partner of the latest checkable claim naming two countries (a figure the data cannot
    check, "China ... sent goods worth about $25 billion" read as not checkable, names no pair), else the
    two countries the article names most."""
    for c in reversed(previous):
        if c.kind == "uncheckable":
            continue
        named = [x for x in (c.subject, c.partner) if x and len(x) == 3 and x.isupper()]
        if len(named) == 2 and named[0] != named[1]:
            return named[0], named[1]
    top = list(article.country_counts())
    return (top[0], top[1]) if len(top) >= 2 else None


def _tokens(doc: Doc, start: int, end: int) -> list[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


def references(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    previous: list[Claim],
    groups: list[tuple[int, int, str]],
) -> list[Entity]:
    """``ents`` with the parties the sentence names only by reference added, in text order."""
    taken = {e.token for e in ents}
    out = list(ents)
    a = sent.start_char
    text = sent.text
    for m in _PAIR.finditer(text):
        pair = _pair(article, previous)
        toks = [i for i in _tokens(doc, a + m.start(), a + m.end()) if i not in taken]
        if pair is None or len(toks) < 2:
            continue
        first, last = toks[0], toks[-1]
        out.append(Entity(pair[0], a + m.start(), a + m.end(), first, False))
        out.append(Entity(pair[1], a + m.start(), a + m.end(), last, False))
        taken |= {first, last}
    for m in _ONE_NEIGHBOUR.finditer(text):
        pair = _pair(article, previous)
        toks = [i for i in _tokens(doc, a + m.start(), a + m.end()) if i not in taken]
        if pair is None or not toks:
            continue
        named = {e.code for e in ents}
        other = [c for c in pair if c not in named]
        if not other:
            continue  # the sentence names both of the pair: no telling whose neighbour
        # names one: the other; names neither: "its neighbour" is the latest pair's partner
        code = other[0] if len(other) == 1 else pair[1]
        out.append(Entity(code, a + m.start(), a + m.end(), toks[-1], False))
        taken.add(toks[-1])
    for m in _DESCRIPTION.finditer(text):
        pair = _pair(article, previous)
        toks = [i for i in _tokens(doc, a + m.start(), a + m.end()) if i not in taken]
        if pair is None or not toks:
            continue
        if doc[toks[-1]].pos_ != "NOUN" or doc[toks[-1]].dep_ in ("compound", "amod"):
            continue  # "the state-owned company": no description of a country
        named = {e.code for e in ents}
        other = [c for c in pair if c not in named]
        if not other:
            continue
        head = doc[toks[-1]]
        if any(t.dep_ in ("relcl", "acl") for t in head.ancestors):
            continue  # "at the fixed rate the kingdom has kept": a clause about another noun
        in_subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in (head, *head.ancestors) if t.i < sent.end)
        code = other[0] if len(other) == 1 else (pair[0] if in_subject and head.dep_ != "pobj" else pair[1])
        out.append(Entity(code, a + m.start(), a + m.end(), toks[-1], False))
        taken.add(toks[-1])
    for m in _GROUP_REF.finditer(text):
        before = [code for s, _, code in groups if s < a and code not in ("World", "MNNA")]
        if m.group(1).lower() == "continent":
            before = [code for code in before if code in _CONTINENTS]
        elif m.group(1).lower().startswith("member"):
            # "the member states together bought ...": the union named before, unless the sentence names it
            named = {e.code for e in ents}
            before = [code for code in before if code in _UNIONS and code not in named]
        toks = [i for i in _tokens(doc, a + m.start(), a + m.end()) if i not in taken]
        if not before or not toks:
            continue
        out.append(Entity(before[-1], a + m.start(), a + m.end(), toks[-1], True))
        taken.add(toks[-1])
    return sorted(out, key=lambda e: (e.start, e.token))


# what a restating sentence opens with: a demonstrative subject or a definite noun for the trade itself
_RESTATING = frozenset({"that", "this", "it", "which"})
_TRADE_NOUNS = frozenset(
    {"shipment", "sale", "figure", "trade", "total", "purchase", "flow", "deficit", "surplus", "gap"}
)


def recent_pair(doc: Doc, sent: Span, previous: list[Claim]) -> Claim | None:
    """The latest claim (a trade value first) of this sentence or the one before that names both parties
    (not the world): the pair a sentence naming no country goes on about ("With exports of $629 million
    and imports of $1.06 billion, the shortfall came to $433 million")."""
    before = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    recent = [
        c
        for c in previous
        if c.span[0] >= before and c.subject and c.partner and c.partner != "World" and c.kind != "uncheckable"
    ]
    if not recent:
        return None
    return next((c for c in reversed(recent) if c.kind == "trade_value"), recent[-1])


def restated(doc: Doc, sent: Span, verb_i: int, previous: list[Claim]) -> Claim | None:
    """The claim a sentence restates, when the quantity's clause has a demonstrative subject ("That is
    roughly 7.1 billion Singapore dollars", "that was 36 billion pesos") or a definite trade noun ("the
    shipments were worth"): the latest trade value (else the latest claim) naming both parties in the
    sentence before or this one."""
    last = recent_pair(doc, sent, previous)
    if last is None:
        return None
    verb = doc[verb_i]
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in _RESTATING:
            return last
        dets = {t.lower_ for t in child.children if t.dep_ in ("det", "poss")}
        if child.lemma_.lower() in _TRADE_NOUNS and dets & {"the", "these", "those", "such", "this"}:
            return last
    return None
