"""UN-vote alignment claims: "votes with the US 90% of the time", "closer to China than to the US",
"more aligned than any other MNNA", "voted against the US on ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dyadscope.claims.claim import Claim, Entity, Quantity, Unit
from dyadscope.claims.lexicon import HEDGES, TIME_FRACTIONS
from dyadscope.claims.sentence import clause_verb, period_of
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_UN_CONTEXT = re.compile(r"\b(UN|U\.N\.|United Nations|General Assembly|vot(e|es|ed|ing)|align\w*)\b")

_ALIGN_LEMMAS = {"align", "alignment", "aligned", "coincidence"}

_VOTE_PREPS = {"with", "against", "alongside"}


def alignment_claim(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], qs: list[Quantity], focus: str | None
) -> Claim | None:
    cue = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _ALIGN_LEMMAS or tok.lower_ in _ALIGN_LEMMAS:
            cue = tok
            break
        if lemma == "vote" and tok.pos_ == "VERB" and any(c.lower_ in _VOTE_PREPS for c in tok.children):
            cue = tok
            break
        if lemma == "side" and tok.pos_ == "VERB" and any(c.lower_ == "with" for c in tok.children):
            cue = tok
            break
        if (
            tok.lower_ in ("closer", "nearer")
            and any(c.lower_ == "to" for c in tok.children)
            and _UN_CONTEXT.search(sent.text)
        ):
            cue = tok
            break
    if cue is None:
        return None
    by_token = {e.token: e for e in ents}
    partner = None
    against = False
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in _VOTE_PREPS:
            found = [by_token[t.i] for t in child.subtree if t.i in by_token]
            if found:
                partner = found[0].code
            against = child.lower_ == "against"
    subject = None
    verb = clause_verb(doc, cue.i)
    for child in (*cue.children, *verb.children):
        if child.dep_ in ("nsubj", "nsubjpass"):
            found = [by_token[t.i] for t in child.subtree if t.i in by_token and by_token[t.i].code != partner]
            subject = found[0].code if found else subject
    if partner is None:
        partner = next((e.code for e in ents if e.code in ("USA", "CHN", "RUS") and e.code != subject), None)
        if partner is None and any(e.code == "MNNA" for e in ents):
            partner = "USA"  # the alignment expected of a Major Non-NATO Ally is with the US
    if subject is None:
        subject = next((e.code for e in ents if e.code not in (partner, "MNNA") and not e.group), None) or focus
    detail: dict[str, Any] = {}
    if subject == "MNNA":  # "MNNA partners align with US interests": said of the country the article is about
        detail["group"] = subject
        subject = focus if focus != partner else None
    if subject is None or partner is None or subject == partner:
        return None
    quantity: float | None = None
    unit: Unit | None = None
    hedge = None
    quote_span = (cue.idx, cue.idx + len(cue))
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    text = sent.text
    frac = _TIME_FRACTION.search(text)
    if pct:
        quantity, unit, hedge = pct[0].value, "percent", pct[0].hedge
        quote_span = (min(cue.idx, pct[0].start), max(cue.idx + len(cue), pct[0].end))
    elif frac is not None:
        # "voted with the US about a third of the time": the fraction as a percentage
        quantity, unit = (
            round(100 * TIME_FRACTIONS[re.sub(r"(one|two|three)[- ]", r"\1-", frac.group(2).lower())], 1),
            "percent",
        )
        hedge = frac.group(1).lower() if frac.group(1) else None
        a = sent.start_char + frac.start()
        quote_span = (min(cue.idx, a), max(cue.idx + len(cue), sent.start_char + frac.end()))
    elif (sup := _SUPERLATIVE.search(text)) is not None and not re.search(r"\bthan\b", text, re.IGNORECASE):
        # "the ally most closely aligned with Washington": first (or last) among the group
        unit = "comparison"
        lower = text.lower()
        detail["direction"] = "less" if sup.group(1).lower() == "least" else "more"
        detail["than"] = "any other"
        detail["rank_in"] = "MNNA" if re.search(r"\b(mnna|non-nato|ally|allies)\b", lower) else None
    elif re.search(r"\bthan\b", text, re.IGNORECASE):
        unit = "comparison"
        than = _than_entity(doc, sent, by_token)
        lower = text.lower()
        detail["direction"] = "less" if re.search(r"\b(less|fewer|lower)\b", lower) else "more"
        if (than is not None and than.code == "MNNA") or re.search(r"\bany other\b", lower):
            detail["rank_in"] = "MNNA" if re.search(r"mnna|non-nato", lower) else None
            detail["than"] = "any other"
        elif than is not None:
            # "closer to China than to the US": the partner is the first, the 'than' country the second
            detail["than"] = than.code
            first = [e.code for e in ents if e.code not in (subject, than.code)]
            partner = first[0] if first else partner
    elif against:
        detail["direction"] = "against"
        topic = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "over")]
        if topic:
            words = [t for t in topic[0].subtree if t.i != topic[0].i and not t.is_stop and t.is_alpha]
            detail["topic"] = " ".join(t.text for t in words[:4])
    else:
        detail["direction"] = "expectation" if re.search(r"\bexpect", text, re.IGNORECASE) else "statement"
    label, years, inferred, warnings = period_of(article, doc, sent, cue.i)
    return Claim(
        kind="alignment",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[quote_span[0] : quote_span[1]],
        quote_span=quote_span,
        subject=subject,
        partner=partner,
        quantity=quantity,
        unit=unit,
        period=label,
        years=years,
        period_inferred=inferred,
        hedge=hedge,
        detail=detail,
        warnings=warnings,
    )


_TIME_FRACTION = re.compile(
    r"\b(?:("
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?("
    + "|".join(k.replace("-", "[- ]") for k in sorted(TIME_FRACTIONS, key=len, reverse=True))
    + r")\s+of\s+(?:the\s+)?(?:time|votes|roll calls|resolutions)\b",
    re.IGNORECASE,
)


_SUPERLATIVE = re.compile(r"\b(most|least)\s+(?:closely\s+)?aligned\b", re.IGNORECASE)


def _than_entity(doc: Doc, sent: Span, by_token: dict[int, Entity]) -> Entity | None:
    for tok in sent:
        if tok.lower_ == "than":
            found = [by_token[t.i] for t in tok.subtree if t.i in by_token]
            if not found:
                found = [e for i, e in sorted(by_token.items()) if i > tok.i]
            return found[0] if found else None
    return None
