"""UN-vote alignment claims: "votes with the US 90% of the time", "closer to China than to the US",
"more aligned than any other MNNA", "voted against the US on ..."."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING, Any

from dyadscope.claims.claim import Claim, Entity, Quantity, Unit
from dyadscope.claims.lexicon import HEDGES, NUMBER_WORDS
from dyadscope.claims.sentence import clause_verb, period_of
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_UN_CONTEXT = re.compile(r"\b(UN|U\.N\.|United Nations|General Assembly|vot(e|es|ed|ing)|align\w*)\b")

_ALIGN_LEMMAS = {"align", "alignment", "aligned", "coincidence"}

_VOTE_PREPS = {"with", "against", "alongside"}


_OFTEN = re.compile(r"\b(more|less)\s+(?:often|frequently|closely)\b", re.IGNORECASE)
_THAT_OFTEN = re.compile(
    r"^\W*(?:that|this|it)\s+(?:was|is)\s+(?:(?:far|much|even|slightly)\s+)?(more|less)\s+(?:often|frequently)"
    r"\s+than\b",
    re.IGNORECASE,
)


def _follows(sent: Span, previous: list[Claim]) -> Claim | None:
    """The alignment claim of the sentence just before ``sent``, if the last claim is one."""
    if not previous or previous[-1].kind != "alignment" or sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    last = previous[-1]
    return last if prev.start_char <= last.span[0] < prev.end_char else None


def alignment_claims(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    previous: list[Claim] | None = None,
) -> list[Claim]:
    """The alignment claims of one sentence (:func:`_sentence_claims`); a claim whose sentence names no
    year takes the period of the last alignment claim before it that stated one ("South Africa sided with
    Washington in about 30 percent of the votes" after "... in the General Assembly in 2018"), with a
    warning saying so."""
    out = _sentence_claims(article, doc, sent, ents, qs, focus, previous)
    stated = next((c for c in reversed(previous or []) if c.kind == "alignment" and not c.period_inferred), None)
    if stated is None or re.search(r"\b(?:19|20)\d\d\b", sent.text):
        return out
    for c in out:
        if c.period_inferred:
            c.years, c.period, c.period_inferred = list(stated.years), stated.period, False
            c.warnings = [
                *c.warnings,
                f"no year in the sentence: the period of the votes named before ({stated.period})",
            ]
    return out


def _sentence_claims(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    previous: list[Claim] | None = None,
) -> list[Claim]:
    """The alignment claims of one sentence: a second clause with its own partner and share ("..., and
    with the United States in about 60 percent", "..., while it sided with China in 80 percent") is a
    claim of its own, with the subject and the period of the first. After an alignment claim, "It sided
    with China far more often" compares the new partner with the one before, and "That was more often
    than South Africa, Kenya or Ghana" compares the same pair with the countries named."""
    before = _follows(sent, previous or [])
    voting = any(c.kind == "alignment" for c in (previous or [])[-3:])  # the sentences before are about UN votes
    first = alignment_claim(article, doc, sent, ents, qs, focus, voting)
    if first is None and before is not None and (m := _THAT_OFTEN.match(sent.text)) is not None:
        than_at = sent.start_char + m.end()
        others = [e.code for e in ents if doc[e.token].idx >= than_at and not e.group]
        others = [o for i, o in enumerate(others) if o not in (before.subject, before.partner) and o not in others[:i]]
        if others:
            quote_span = (sent.start_char + m.start(1), than_at)
            detail = {"direction": m.group(1).lower(), "others": others}
            return [
                dataclasses.replace(
                    before,
                    sentence=sent.text.strip(),
                    span=(sent.start_char, sent.end_char),
                    quote=article.text[quote_span[0] : quote_span[1]],
                    quote_span=quote_span,
                    quantity=None,
                    unit="comparison",
                    hedge=None,
                    detail=detail,
                    warnings=list(before.warnings),
                )
            ]
    if (
        first is not None
        and before is not None
        and first.detail.get("direction") == "statement"
        and (m := _OFTEN.search(sent.text)) is not None
        and not re.search(r"\bthan\b", sent.text, re.IGNORECASE)
    ):
        # "It sided with China far more often": than with the partner of the sentence before
        if re.match(r"\W*(it|they)\b", sent.text, re.IGNORECASE):
            first.subject = before.subject
        if before.partner not in (first.partner, first.subject):
            first.unit = "comparison"
            first.detail = {"direction": m.group(1).lower(), "than": before.partner}
            if not re.search(r"\b(?:19|20)\d\d\b", sent.text):  # the period of the sentence before
                first.years, first.period, first.period_inferred = (
                    list(before.years),
                    before.period,
                    before.period_inferred,
                )
    if first is None or first.unit != "percent" or first.quantity is None:
        return [] if first is None else [first]
    split = _comparison_then_share(article, doc, first, ents)
    if split:
        return split
    out = [first]
    shares = [(q.start, q.end, q.value, q.hedge) for q in qs if q.unit == "percent" and q.value is not None]
    shares += [
        (
            sent.start_char + m.start(),
            sent.start_char + m.end(),
            round(100 * _fraction_value(m.group(2)), 1),
            m.group(1).lower() if m.group(1) else None,
        )
        for m in _TIME_FRACTION.finditer(sent.text)
    ]
    shares.sort()
    taken = {first.partner, first.subject}
    for (_, prev_end, _, _), (start, end, value, hedge) in itertools.pairwise(shares):
        between = [e for e in ents if prev_end <= doc[e.token].idx < start and not e.group]
        partners = [e.code for e in between if e.code not in taken]
        if not partners or value is None:
            continue
        taken.add(partners[-1])
        out.append(
            dataclasses.replace(
                first,
                partner=partners[-1],
                quantity=value,
                hedge=hedge,
                quote=article.text[start:end],
                quote_span=(start, end),
                detail=dict(first.detail),
                warnings=list(first.warnings),
            )
        )
    return out


def _comparison_then_share(article: Article, doc: Doc, first: Claim, ents: list[Entity]) -> list[Claim]:
    """ "Kazakhstan voted with Russia far more often than with the United States ..., and sided with
    Washington in fewer than one in five of the votes": a comparison of two partners, then a share of the
    votes with the partner named last before it. Read as one claim, the share would be the first
    partner's; here it is two: the comparison (partner, 'than' partner) and the share of the partner named
    just before the share. Empty when the quoted words hold no 'more/less often than' or when the share's
    nearest partner is the cue's."""
    lo, hi = first.quote_span
    words = article.text[lo:hi]
    often = _OFTEN.search(words)
    than = re.search(r"\bthan\b", words, re.IGNORECASE)
    if often is None or than is None or than.start() < often.start():
        return []
    inside = [e for e in ents if lo + than.end() <= doc[e.token].idx < hi and not e.group and e.code != first.subject]
    if not inside:
        return []
    than_code, last = inside[0].code, inside[-1]
    if than_code == first.partner or last.code == first.partner:
        return []
    share_lo = doc[last.token].idx
    comp_hi = doc[inside[0].token].idx + len(doc[inside[0].token])
    comparison = dataclasses.replace(
        first,
        quote=article.text[lo:comp_hi],
        quote_span=(lo, comp_hi),
        quantity=None,
        unit="comparison",
        hedge=None,
        detail={"direction": often.group(1).lower(), "than": than_code},
        warnings=list(first.warnings),
    )
    share = dataclasses.replace(
        first,
        partner=last.code,
        quote=article.text[share_lo:hi],
        quote_span=(share_lo, hi),
        detail=dict(first.detail),
        warnings=list(first.warnings),
    )
    return [comparison, share]


def alignment_claim(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    voting: bool = False,
) -> Claim | None:
    """One alignment claim of the sentence (``voting``: the sentences before are about UN votes, so that
    "Ethiopia was closer to the United States than to China" is read as one)."""
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
        if lemma == "cast" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "vote" and any(g.lower_ == "same" for g in c.children)
            for c in tok.children
        ):
            cue = tok  # "Kenya and Tanzania cast the same vote on every recorded vote": the pair's coincidence
            break
        if (
            tok.lower_ in ("closer", "nearer")
            and any(c.lower_ == "to" for c in tok.children)
            and (_UN_CONTEXT.search(sent.text) or voting)
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
    same_vote = cue.lemma_.lower() == "cast"
    if same_vote and partner is None:
        # the pair is the subject: "Kenya and Tanzania cast the same vote"
        pair = [by_token[t.i] for c in cue.children if c.dep_ == "nsubj" for t in c.subtree if t.i in by_token]
        if len(pair) >= 2 and pair[0].code != pair[1].code:
            subject, partner = pair[0].code, pair[1].code
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
    every = same_vote and re.search(r"\b(?:on|in)\s+(?:every|each|all(?:\s+the)?)\b", text, re.IGNORECASE)
    if pct:
        quantity, unit, hedge = pct[0].value, "percent", pct[0].hedge
        quote_span = (min(cue.idx, pct[0].start), max(cue.idx + len(cue), pct[0].end))
    elif frac is not None:
        # "voted with the US about a third of the time": the fraction as a percentage
        quantity, unit = round(100 * _fraction_value(frac.group(2)), 1), "percent"
        hedge = frac.group(1).lower() if frac.group(1) else None
        a = sent.start_char + frac.start()
        quote_span = (min(cue.idx, a), max(cue.idx + len(cue), sent.start_char + frac.end()))
    elif every and not _TIME_FRACTION.search(text):
        quantity, unit = 100.0, "percent"  # "the same vote on every recorded vote"
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
    elif against or (topic := [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "over")]):
        # "voted against the US on Jerusalem"; "voted with the US on the Cuba embargo" (the same vote)
        detail["direction"] = "against" if against else "with"
        topic = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "over")]
        if topic:
            # the words of the subject matter ("the resolution calling for an end to the US embargo on Cuba":
            # embargo, Cuba), not those of the motion itself
            words = [
                t
                for t in topic[0].subtree
                if t.i != topic[0].i and not t.is_stop and t.is_alpha and t.lemma_.lower() not in _MOTION_WORDS
            ]
            detail["topic"] = " ".join(t.text for t in words[:4])
    else:
        detail["direction"] = "expectation" if re.search(r"\bexpect", text, re.IGNORECASE) else "statement"
    label, years, inferred, warnings = period_of(article, doc, sent, cue.i)
    month = _MONTH.search(text)
    if inferred and month is not None and article.date is not None:
        # "In November, Ghana voted ...": the last November before the article's date
        n = _MONTHS.index(month.group(1).lower()[:3]) + 1
        year = article.date.year if n < article.date.month else article.date.year - 1
        label, years, inferred = f"{year} ('{month.group(1)}' before the article's date)", [year], False
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


_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 10}  # numerators and ordinals: "one" .. "ten"
_ORDINALS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
_NUM = "|".join([*_NUMBER_WORDS, r"\d+"])
# denominators of "one in twenty", "one in a hundred" (a numerator stays a small number)
_DENOMINATORS = {**NUMBER_WORDS, "a hundred": 100, "hundred": 100, "every hundred": 100}
_DEN = "|".join([*sorted(_DENOMINATORS, key=len, reverse=True), r"\d+"])
_OF_VOTES = (
    r"\s+of\s+(?:them|those|(?:the\s+)?(?:(?:recorded|roll[- ]call|UN|U\.N\.|General|Assembly|plenary)\s+)*"
    r"(?:time|votes|roll[- ]calls|resolutions|ballots))\b"
)
# "about a third of the time", "two-thirds of the votes", "one in five of them", and "one in twenty" with no
# "of ..." after it (unambiguous: "in fewer than one in five.")
_TIME_FRACTION = re.compile(
    r"\b(?:("
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?((?:(?:a|an|one|"
    + "|".join(_NUMBER_WORDS)
    + r")[- ](?:"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")|half)(?="
    + _OF_VOTES
    + r")|(?:"
    + _NUM
    + r")\s+(?:in|out of)\s+(?:"
    + _DEN
    + r")\b(?="
    + _OF_VOTES
    + r"|\s*[.,;)]|\s*$))(?:"
    + _OF_VOTES
    + r")?",
    re.IGNORECASE,
)


def _fraction_value(words: str) -> float:
    """ "a third" 1/3, "two-thirds" 2/3, "one in five" 1/5, "3 out of 4" 3/4, "half" 1/2."""
    w = re.sub(r"[- ]+", " ", words.lower()).split()
    if w == ["half"]:
        return 0.5
    if len(w) == 2:
        top = 1 if w[0] in ("a", "an") else _NUMBER_WORDS.get(w[0], 1)
        return top / _ORDINALS[w[1]]

    def num(x: str) -> int:
        return int(x) if x.isdigit() else _DENOMINATORS[x]

    return num(w[0]) / num(w[-1])


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(
    r"\b(?i:in|during|at the end of|in early|in late|in mid-?)\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)

_MOTION_WORDS = frozenset(
    {
        "resolution",
        "motion",
        "text",
        "draft",
        "measure",
        "vote",
        "call",
        "calling",
        "demand",
        "urge",
        "end",
        "condemn",
        "condemning",
        "annual",
        "recorded",
        "assembly",
        "general",
        "un",
        "u.n.",
    }
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
