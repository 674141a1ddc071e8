"""Parties named only by reference: "the two countries", "the neighbours", "its neighbour", "the bloc".

A claim needs its parties; articles name them once and then refer back. Each reference becomes
an :class:`~dyadscope.claims.claim.Entity` of the sentence, so that the subject and partner
are read from the parse as for a named country:

* a pair ("the two countries", "both countries", "the two neighbours", "the neighbours", "the two
  economies", "the two"): the subject and partner of the latest claim naming two countries, else the
  two countries the article names most;
* "its neighbour" (one): the other country of that pair, beside the one the sentence names;
* "the bloc", "the continent", "the member states": the latest group the article named before the
  sentence (the continent: only a continental group; the member states: the EU or the euro area).
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
    r"|\bthe two\b(?!\s+\w+s\b)",
    re.IGNORECASE,
)
_ONE_NEIGHBOUR = re.compile(r"\b(?:its|their)\s+(?:neighbou?r|neighbou?ring country)\b(?!s)", re.IGNORECASE)
_GROUP_REF = re.compile(
    # "the bloc", "the whole continent", "the 27 member states", "its twenty-seven member countries"
    r"\b(?:the|its|their)\s+(?:(?:\d+|[a-z]+-[a-z]+|whole|entire)\s+)?(bloc|continent|member (?:states|countries))\b",
    re.IGNORECASE,
)
_UNIONS = {"EU", "Euro Area"}  # groups with member states
_CONTINENTS = {"Africa", "Sub-Saharan Africa", "Asia", "Latin America"}


def _pair(article: Article, previous: list[Claim]) -> tuple[str, str] | None:
    for c in reversed(previous):
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
        if len(other) == 2 or not other:
            continue  # the sentence names neither or both of the pair: no telling whose neighbour
        out.append(Entity(other[0], a + m.start(), a + m.end(), toks[-1], False))
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
