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
    from spacy.tokens import Doc, Span, Token

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
    if not previous or not about_votes(previous[-1]) or sent.start == 0:
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
    if stated is None:  # a year the sentence names gives a period of its own (not one in an apposition)
        year = _votes_year_before(doc, sent)
        for c in out:
            if c.period_inferred and year is not None:
                # "An analysis of the recorded votes of 2019 shows ... Israel voted with the US ...": that year
                c.years, c.period, c.period_inferred = [year], str(year), False
                c.warnings = [*c.warnings, f"no year in the sentence: the year of the votes named before ({year})"]
        return [_as_opinion(c) for c in out]
    for c in out:
        if c.period_inferred:
            c.years, c.period, c.period_inferred = list(stated.years), stated.period, False
            c.warnings = [
                *c.warnings,
                f"no year in the sentence: the period of the votes named before ({stated.period})",
            ]
    return [_as_opinion(c) for c in out]


_OPINION = (
    "an expectation or a general statement about UN votes: no quantity or comparison the votes could confirm or refute"
)


def _as_opinion(c: Claim) -> Claim:
    """An alignment sentence with no quantity, comparison or vote of its own ("the expectation that the allies
    align with US interests", "may challenge the premise of strategic alignment") states an opinion: the kind
    annotators give it is ``uncheckable``; its check still shows the votes for reference (``detail['votes']``)."""
    expects = bool(c.detail.pop("expects", False))
    if c.kind != "alignment" or c.unit is not None or c.detail.get("direction") not in ("statement", "expectation"):
        return c
    if c.detail.get("own_vote") or c.reason is not None:
        return c
    if not expects:
        return c  # a past or present statement of how a country voted: an alignment claim (checked as one)
    c.kind, c.reason = "uncheckable", _OPINION
    c.detail = {**c.detail, "votes": True}
    return c


# the lemmas of words that make what they govern an expectation, a premise or a wish, not a record
# ("the expectation that MNNA partners align", "the premise of strategic alignment expected of ...")
_EXPECTING = frozenset(
    {"expect", "expectation", "predict", "anticipate", "assume", "assumption", "premise", "hope", "want", "wish"}
)
# modal auxiliaries: what may, would or will happen ("allies should align with Washington")
_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could", "must", "can", "ought"})


def _expects(cue: Token) -> bool:
    """Whether the alignment ``cue`` is stated as an expectation, a condition or a future, from the parse: a
    modal auxiliary of the cue or of a verb above it ("may challenge the premise of ... alignment"), a verb
    or noun of expecting above it or hanging on it ("the expectation that partners align", "alignment
    expected of MNNA partners"), a conditional "if"/"unless" clause, or "going to". A past or present
    statement of how a country voted ("it sided with the US only marginally more often last year") is
    none of these."""
    chain = [cue, *cue.ancestors]
    for tok in chain:
        if tok.lemma_.lower() in _EXPECTING or tok.lower_ in _EXPECTING:
            return True
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and (child.tag_ == "MD" or child.lower_ in _MODALS):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return True
            if child.dep_ == "acl" and child.lemma_.lower() in _EXPECTING:
                return True  # "alignment expected of MNNA partners"
            if child.lower_ == "going" and any(g.lower_ == "to" for g in child.children):
                return True
    return False


def about_votes(c: Claim) -> bool:
    """An alignment claim, or an opinion about UN votes (:func:`_as_opinion`)."""
    return c.kind == "alignment" or (c.kind == "uncheckable" and bool(c.detail.get("votes")))


_BREAKS = frozenset({",", ";", "and", "but", "while", "whereas"})


def _segments(doc: Doc, sent: Span, voting: bool) -> list[Span]:
    """The clauses of ``sent`` that each state an alignment with a verb of their own: "Israel voted with
    the US more than 90 percent of the time, | and it voted with Washington more often than any other
    ally"; "Japan sided with Washington in about seven in ten, | while Egypt voted with the US in fewer
    than a third of them". A clause starts after the last comma, semicolon or conjunction before its cue;
    a sentence with one such verb is one segment."""
    cues = [t for t in sent if _is_cue(t, sent, voting)]
    starts = [sent.start]
    prev = cues[0] if cues else None
    for cue in cues[1:]:
        assert prev is not None
        if clause_verb(doc, cue.i).i == clause_verb(doc, prev.i).i:
            continue
        verb = clause_verb(doc, cue.i)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
        upto = subj.left_edge.i if subj is not None and subj.left_edge.i > prev.i else cue.i
        breaks = [t.i for t in doc[prev.i + 1 : upto] if t.lower_ in _BREAKS]  # not inside ", like Britain,"
        if any(t.lower_ == "than" for t in doc[max(prev.i + 1, cue.i - 3) : cue.i]):
            continue  # "..., slightly more often than it sided with Russia": the comparison of the clause before
        if breaks:
            starts.append(breaks[-1] + 1)
            prev = cue
    ends = [*starts[1:], sent.end]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


# "..., and with Beijing far more often": a partner compared with the one before, no verb of its own
_ELLIPTIC = re.compile(
    r"(?:,|\b(?:and|but|while|whereas))\s+with\s+(?P<who>[^,;]+?)\s+(?:(?:far|much|even|slightly|rather)\s+)?"
    r"(?P<dir>more|less)\s+(?:often|frequently)\b(?!\s+than)",
    re.IGNORECASE,
)


def _elliptic(article: Article, doc: Doc, seg: Span, ents: list[Entity], claims: list[Claim]) -> list[Claim]:
    """A partner compared with the claim's own partner in a clause with no verb ("and with Russia far less
    often"): a comparison claim with the claim's subject and period."""
    if not claims or claims[-1].partner is None:
        return []
    base = claims[-1]
    out = []
    for m in _ELLIPTIC.finditer(seg.text):
        lo, hi = seg.start_char + m.start("who"), seg.start_char + m.end("who")
        named = [e for e in ents if lo <= doc[e.token].idx < hi and not e.group and e.code != base.subject]
        if not named or named[0].code == base.partner:
            continue
        with_at = re.search(r"\bwith\b", m.group(), re.IGNORECASE)
        span = (seg.start_char + m.start() + (with_at.start() if with_at else 0), seg.start_char + m.end())
        out.append(
            dataclasses.replace(
                base,
                partner=named[0].code,
                quote=article.text[span[0] : span[1]],
                quote_span=span,
                quantity=None,
                unit="comparison",
                hedge=None,
                detail={"direction": m.group("dir").lower(), "than": base.partner},
                warnings=list(base.warnings),
            )
        )
    return out


def _votes_year_before(doc: Doc, sent: Span) -> int | None:
    """The one year named by the sentence just before ``sent`` when that sentence is about UN votes ("An
    analysis of the recorded votes of 2019 ..."), else None."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", prev.text)}
    return years.pop() if len(years) == 1 and _UN_CONTEXT.search(prev.text) else None


def _sentence_claims(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    previous: list[Claim] | None = None,
) -> list[Claim]:
    """The alignment claims of one sentence, clause by clause (:func:`_segments`): a clause with a verb of
    its own is read on its own, with the subject of the clause before when its own is a pronoun or left out,
    and the period of the sentence; a clause with no verb comparing another partner ("and with Russia far
    less often") is a comparison with the partner before (:func:`_elliptic`)."""
    voting = any(about_votes(c) for c in (previous or [])[-3:])  # the sentences before are about UN votes
    before = _follows(sent, previous or [])
    recent = _recent(doc, sent, previous or [])
    out: list[Claim] = []
    for seg in _segments(doc, sent, voting):
        lo, hi = seg.start_char, seg.end_char
        seg_ents = [e for e in ents if lo <= doc[e.token].idx < hi]
        seg_qs = [q for q in qs if lo <= q.start < hi]
        hint = out[-1].subject if out else (before.subject if before is not None else None)
        got = _segment_claims(
            article, doc, seg, sent, seg_ents, seg_qs, focus, before if not out else out[-1], voting, hint, recent
        )
        for c in got:
            c.sentence, c.span = sent.text.strip(), (sent.start_char, sent.end_char)
            if c.detail.pop("refers", False) and (ante := _antecedent_roll_call(c, [*(previous or []), *out])):
                _take_roll_call(c, ante, sent, "a motion named before")
            if out and c.period_inferred and not out[0].period_inferred:
                c.years, c.period, c.period_inferred = list(out[0].years), out[0].period, False
        got = [c for c in got if not (c.detail.pop("bare", False) and not c.detail.get("topic"))]
        got += _like(article, doc, sent, ents, got)
        out += got
        out += _elliptic(article, doc, seg, seg_ents, got)
        out += _earlier_share(article, doc, sent, seg, got)
    if not out and recent is not None and recent.unit == "percent":
        out += _figure_again(article, doc, sent, ents, qs, recent)
    if (recent is not None or voting or out) and not any(c.detail.get("band") for c in out):
        out += _near_end(article, doc, sent, ents, focus, recent or (out[-1] if out else None))
    return out + _as_did(article, doc, sent, ents, out)


# "near the very bottom of the list of America's major non-NATO allies", "at the top of the EU members"
_NEAR_END = re.compile(r"\b(?:near|at|close\s+to|towards?)\s+the\s+(?:very\s+)?(?P<end>bottom|top)\b", re.IGNORECASE)


def _near_end(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], focus: str | None, recent: Claim | None
) -> list[Claim]:
    """A sentence about UN votes that places a country "near the bottom (top)" of a group the checker can
    rank in (:func:`_rank_group`): a rank claim in the group's bottom (top) third by coincidence with the
    partner (the country whose group it is: "America's major non-NATO allies"; else the partner of the
    claim before). The subject is the country named in the sentence before the words, else that of the
    claim before."""
    m = _NEAR_END.search(sent.text)
    if m is None:
        return []
    group = _rank_group(sent.text[m.end() :].lower())
    if group is None:
        return []
    at = sent.start_char + m.start()
    named = [e for e in ents if not e.group]
    before = [e.code for e in named if e.start < at]
    after = [e.code for e in named if e.start >= at]
    owner = "USA" if group in ("MNNA", "NATO") else None
    partner = next((x for x in after if x != (before[-1] if before else None)), None) or owner
    partner = partner or (recent.partner if recent is not None else None)
    subject = before[-1] if before else (recent.subject if recent is not None else focus)
    if subject is None or partner is None or subject == partner:
        return []
    label, years, inferred, warnings = period_of(article, doc, sent, doc[sent.start].i)
    if recent is not None and (inferred or re.match(r"\W*(?:that|this|it)\b", sent.text, re.IGNORECASE)):
        # "That places Manila near the bottom": the standing of the share said before, in its period
        label, years, inferred = recent.period, list(recent.years), recent.period_inferred
    lo, hi = at, sent.start_char + len(sent.text.rstrip().rstrip("."))
    end = m.group("end").lower()
    return [
        Claim(
            kind="alignment",
            sentence=sent.text.strip(),
            span=(sent.start_char, sent.end_char),
            quote=article.text[lo:hi],
            quote_span=(lo, hi),
            subject=subject,
            partner=partner,
            unit="comparison",
            period=label,
            years=years,
            period_inferred=inferred,
            detail={
                "direction": "less" if end == "bottom" else "more",
                "than": "any other",
                "rank_in": group,
                "band": end,
            },
            warnings=warnings,
        )
    ]


_SMALL_NUMBERS = [w for w, n in NUMBER_WORDS.items() if n <= 10]
# a share of the votes written as a fraction or a percentage, with its hedge ("roughly a quarter", "below 20
# percent", "about one in three")
_SHARE = re.compile(
    r"(?:\b(?P<hedge>"
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?(?P<share>(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))|(?:(?:a|an|one|"
    + "|".join(_SMALL_NUMBERS)
    + r")[- ](?:quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|tenths?|half))|half|(?:"
    + "|".join(_SMALL_NUMBERS)
    + r"|\d+)\s+(?:in|out\s+of)\s+(?:"
    + "|".join(_SMALL_NUMBERS)
    + r"|\d{1,3}(?!\d)))\b",
    re.IGNORECASE,
)
# what a later share is said of: "up from ... in 2010", "That is down from ...", "the figure had fallen below"
_FROM_SHARE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+$", re.IGNORECASE)
_FIGURE = re.compile(
    r"^\W*(?:(?:by|in)\s+(?:19|20)\d\d\s*,\s*)?(?:[^,;]*,\s*)?(?:(?:with|for)\s+(?P<with>[^,;]+?)\s+)?"
    r"(?P<ref>that|this|the\s+(?:figure|share|rate|proportion|level))\b"
    # the share follows in the same clause, after a verb of being or moving ("is down from", "had already
    # fallen below", "was also above"), not after one of saying ("That, officials said, ...")
    r"(?=(?:\s+(?:is|was|has|had|already|also|still|then|now|just|only|itself|been|\w+ed|\w+en|fell|rose|"
    r"stood|sank|went|grew|down|up))+\b)",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:\w+\s+){0,3}?)?(?:in|during|for)\s+((?:19|20)\d\d)\b")


def _period(article: Article, doc: Doc, sent: Span, anchor: int) -> tuple[str | None, list[int], bool, list[str]]:
    """:func:`period_of`, except that a year a later phrase of the sentence takes for itself ("..., less than
    half its rate of agreement with Washington in 2012", "..., up from roughly a third in 2010") is not the
    claim's: then "last year" (before the article's date) or another year the sentence names."""
    label, years, inferred, warnings = period_of(article, doc, sent, anchor)
    text = sent.text
    own = {int(m.group("year")) for m in _OWN_RATE.finditer(text)}
    for m in _SHARE.finditer(text):
        after = _YEAR_AFTER.match(text[m.end() :])
        if after is not None and _FROM_SHARE.search(text[max(0, m.start() - 25) : m.start()]):
            own.add(int(after.group(1)))
    if not years or not own or not set(years) <= own:
        return label, years, inferred, warnings
    others = sorted({int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)} - own)
    if re.search(r"\blast\s+year\b", text, re.IGNORECASE) and article.date is not None:
        year = article.date.year - 1
        return f"{year} ('last year')", [year], False, warnings
    if len(others) == 1:
        return str(others[0]), others, False, warnings
    return label, years, inferred, warnings


def _share_value(words: str) -> float:
    """A share's words as a percentage: "20 percent" 20, "a quarter" 25, "one in three" 33.3."""
    num = re.match(r"\d+(?:\.\d+)?", words)
    if num is not None and not re.search(r"\b(?:in|out\s+of)\b", words):
        return float(num.group())
    return round(100 * _fraction_value(words), 2)


def _again(article: Article, base: Claim, sent: Span, m: re.Match[str], year: int | None, partner: str | None) -> Claim:
    """A claim of ``base``'s pair (or ``partner``) with the share ``m`` (a match of :data:`_SHARE` in
    ``sent``) and ``year`` (else ``base``'s period)."""
    lo, hi = sent.start_char + m.start(), sent.start_char + m.end()
    hedge = m.group("hedge").lower() if m.group("hedge") else None
    c = dataclasses.replace(
        base,
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        partner=partner or base.partner,
        quote=article.text[lo:hi],
        quote_span=(lo, hi),
        quantity=_share_value(m.group("share")),
        unit="percent",
        hedge=hedge,
        detail={},
        warnings=[*base.warnings, f"the same measure as {base.quote!r}, of another year or partner"],
    )
    if year is not None:
        c.years, c.period, c.period_inferred = [year], str(year), False
    return c


def _earlier_share(article: Article, doc: Doc, sent: Span, seg: Span, got: list[Claim]) -> list[Claim]:
    """ "Jordan sided with the United States in about 44 percent of contested votes in 2016, up from roughly
    a third in 2010": a share after "up/down from" in the clause of a share claim, with a year of its own,
    is the same pair's share in that year."""
    base = next((c for c in got if c.unit == "percent" and c.quantity is not None), None)
    if base is None:
        return []
    out = []
    for m in _SHARE.finditer(seg.text):
        at = seg.start_char + m.start()
        if at < base.quote_span[1] or not _FROM_SHARE.search(article.text[max(sent.start_char, at - 25) : at]):
            continue
        year = _YEAR_AFTER.match(article.text[seg.start_char + m.end() : seg.end_char])
        if year is None or int(year.group(1)) in base.years:
            continue
        out.append(_again(article, base, seg, m, int(year.group(1)), None))
        out[-1].sentence, out[-1].span = sent.text.strip(), (sent.start_char, sent.end_char)
    return out


def _figure_again(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], qs: list[Quantity], recent: Claim
) -> list[Claim]:
    """A sentence with no alignment verb that states a share of "that", "this" or "the figure", within three
    sentences of a share claim: "That is down from roughly a quarter in 2014", "By 2017 ... the figure had
    already fallen below 20 percent", "with Russia the figure was also above 90 percent". The same measure
    of the same pair (the country after a leading "with" as partner), in the year the sentence names
    (else the earlier claim's)."""
    fig = _FIGURE.match(sent.text)
    if fig is None or any(q.unit == "money" for q in qs):
        return []
    m = next((x for x in _SHARE.finditer(sent.text) if x.start() > fig.end("ref")), None)
    if m is None or len(sent.text[fig.end("ref") : m.start()].split()) > 8:
        return []  # the share must follow within a few words
    partner = None
    if fig.group("with"):
        lo, hi = sent.start_char + fig.start("with"), sent.start_char + fig.end("with")
        named = [e.code for e in ents if lo <= e.start < hi and not e.group]
        if not named:
            return []
        partner = named[0]
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", sent.text)}
    if len(years) > 1:
        return []
    if partner in (None, recent.partner) and not years:
        return []  # the same pair and period: a restatement, not a claim of its own
    return [_again(article, recent, sent, m, years.pop() if years else None, partner)]


_LIKE = re.compile(r",\s*(?:just\s+)?like\s+(?P<who>[^,;]+?)\s*,")


def _like(article: Article, doc: Doc, sent: Span, ents: list[Entity], got: list[Claim]) -> list[Claim]:
    """ "Germany, like Britain, abstained": the same vote by the country of ", like X," between the subject
    and the vote."""
    out: list[Claim] = []
    for c in got:
        if not c.detail.get("own_vote"):
            continue
        for m in _LIKE.finditer(article.text, sent.start_char, c.quote_span[0]):
            named = [e.code for e in ents if m.start("who") <= e.start < m.end("who") and not e.group]
            for code in [n for n in named if n != c.subject][:3]:
                lo = m.start() + len(m.group()) - len(m.group().lstrip(", "))
                out.append(
                    dataclasses.replace(
                        c,
                        subject=code,
                        quote=article.text[lo : c.quote_span[1]],
                        quote_span=(lo, c.quote_span[1]),
                        detail=dict(c.detail),
                        warnings=[*c.warnings, f"'like': the vote of {c.quote!r}, by this country"],
                    )
                )
    return out


# ", as did Nigeria", "and so did Ghana and Togo": the same vote by other countries
_AS_DID = re.compile(
    r",?\s*\b(?:as|and\s+so|so)\s+did\s+(?P<who>[^,;:.()]+?)(?=\s*(?:[,;:.()]|\bwhose\b|\bwhich\b|\bwho\b|$))"
)


def _as_did(article: Article, doc: Doc, sent: Span, ents: list[Entity], claims: list[Claim]) -> list[Claim]:
    """ "Jordan voted against the United States on the resolution ..., as did Nigeria": the claim before
    the words, with each country they name as its subject (the first claim's quote ends before them)."""
    out: list[Claim] = []
    for m in _AS_DID.finditer(sent.text):
        at = sent.start_char + m.start()
        base = next((c for c in reversed(claims) if c.quote_span[0] < at), None)
        if base is None:
            continue
        lo, hi = sent.start_char + m.start("who"), sent.start_char + m.end("who")
        named = [e.code for e in ents if lo <= doc[e.token].idx < hi and not e.group]
        named = [n for i, n in enumerate(named) if n not in (base.subject, base.partner) and n not in named[:i]]
        if not named:
            continue
        if base.quote_span[1] > at:
            end = at
            while end > base.quote_span[0] and article.text[end - 1] in " ,":
                end -= 1
            base.quote_span, base.quote = (base.quote_span[0], end), article.text[base.quote_span[0] : end]
        start = sent.start_char + m.start() + len(m.group()) - len(m.group().lstrip(", "))
        for code in named:
            out.append(
                dataclasses.replace(
                    base,
                    subject=code,
                    quote=article.text[start:hi],
                    quote_span=(start, hi),
                    detail=dict(base.detail),
                    warnings=[*base.warnings, f"'as did': the claim of {base.quote!r}, with this country"],
                )
            )
    return out


def _segment_claims(
    article: Article,
    doc: Doc,
    sent: Span,
    whole: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    before: Claim | None,
    voting: bool,
    hint: str | None,
    recent: Claim | None = None,
) -> list[Claim]:
    """The alignment claims of one clause: a second part with its own partner and share ("..., and
    with the United States in about 60 percent", "..., while it sided with China in 80 percent") is a
    claim of its own, with the subject and the period of the first. After an alignment claim, "It sided
    with China far more often" compares the new partner with the one before, and "That was more often
    than South Africa, Kenya or Ghana" compares the same pair with the countries named."""
    first = alignment_claim(article, doc, sent, ents, qs, focus, voting, hint, whole)
    if first is not None and first.detail.pop("same", False) and before is not None and before.detail.get("topic"):
        # "Peru voted with the United States on the same resolution": the roll call of the claim before
        _take_roll_call(first, before, sent, "'the same' vote")
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
    extra: list[Claim] = []
    if first is not None and first.unit != "percent" and (same := _as_often(doc, sent, first, ents)):
        first = same  # "Japan voted with Washington well over twice as often as the Philippines did"
    elif first is not None and first.unit == "percent" and (same := _as_often(doc, sent, first, ents)):
        # "It sided with China in about 98 percent ..., exactly as often as Venezuela did": the share, then
        # the comparison with the other country's share
        extra = [same]
    ref = before if before is not None else recent
    if (
        first is not None
        and ref is not None
        and first.detail.get("direction") == "statement"
        and (m := _OFTEN.search(sent.text)) is not None
        and not re.search(r"\bthan\b", sent.text, re.IGNORECASE)
    ):
        # "It sided with China far more often": than with the partner of the claim before; "Thailand sided
        # with the United States only marginally more often": than the country of the claim before did
        if re.match(r"\W*(it|they)\b", sent.text, re.IGNORECASE):
            first.subject = ref.subject
        compared: dict[str, Any] | None = None
        if ref.partner not in (first.partner, first.subject):
            compared = {"direction": m.group(1).lower(), "than": ref.partner}
        elif ref.partner == first.partner and ref.subject not in (None, first.subject):
            compared = {"direction": m.group(1).lower(), "others": [ref.subject]}
        if compared is not None:
            first.unit = "comparison"
            first.detail = compared
            if (margin := _margin(sent.text, m.start())) is not None:
                first.detail["margin"] = margin
            lo, hi = first.quote_span
            first.quote_span = (min(lo, sent.start_char + m.start()), max(hi, sent.start_char + m.end()))
            first.quote = article.text[first.quote_span[0] : first.quote_span[1]]
            if not re.search(r"\b(?:19|20)\d\d\b", sent.text) and first.period_inferred:
                # the period of the claim compared with (a relative "last year" the sentence's own)
                first.years, first.period, first.period_inferred = list(ref.years), ref.period, ref.period_inferred
    if first is None or first.unit != "percent" or first.quantity is None:
        return [] if first is None else [first]
    split = _comparison_then_share(article, doc, first, ents)
    if split:
        return split
    out = [first, *extra, *_share_then_comparison(article, doc, sent, first, ents)]
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
    return out + _own_rate(article, sent, out, ents)


def _recent(doc: Doc, sent: Span, previous: list[Claim]) -> Claim | None:
    """The latest alignment claim with a pair of countries in the three sentences before ``sent`` (a vote of
    one country on a motion included): what a comparative with no "than" is measured against ("Thailand ...
    sided with the United States only marginally more often")."""
    if sent.start == 0 or not previous:
        return None
    first = doc[sent.start - 1].sent
    for _ in range(2):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for c in reversed(previous):
        if c.span[0] < first.start_char:
            return None
        if c.kind == "alignment" and c.subject and c.partner and c.span[0] < sent.start_char:
            return c
    return None


# the size of a difference a comparative states ("slightly more often", "far less often"): small or large
_SMALL = re.compile(
    r"\b(?:slightly|marginally|fractionally|a\s+(?:little|bit|shade|touch)|somewhat|only\s+just|barely)\s+$", re.I
)
_LARGE = re.compile(
    r"\b(?:far|much|considerably|substantially|significantly|markedly|vastly|a\s+(?:lot|great\s+deal))\s+$", re.I
)


def _margin(text: str, at: int) -> str | None:
    """ "small" for "slightly/marginally/a little more often", "large" for "far/much more often" (the words
    right before the comparative at ``at`` in ``text``), else None; the check's margins are in
    :mod:`dyadscope.claims.checks.alignment`."""
    head = text[max(0, at - 30) : at]
    if _SMALL.search(head):
        return "small"
    return "large" if _LARGE.search(head) else None


_TIMES_WORDS = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "half": 0.5}
# "twice as often as", "well over three times as often as", "2.5 times as often as", "exactly as often as"
_AS_OFTEN = re.compile(
    r"(?:\b(?P<hedge>(?:well\s+|just\s+|slightly\s+)?(?:over|under|more\s+than|less\s+than|nearly|almost|about|roughly|"
    r"around|at\s+least|close\s+to))\s+)?(?:\b(?P<times>twice|half|(?:three|four|five)\s+times|\d+(?:\.\d+)?\s+times)|"
    r"\b(?P<same>exactly|just|precisely)?)\s*\bas\s+(?:often|frequently|closely)\s+as\b",
    re.IGNORECASE,
)


def _as_often(doc: Doc, sent: Span, first: Claim, ents: list[Entity]) -> Claim | None:
    """ "Japan voted with Washington well over twice as often as the Philippines did", "exactly as often as
    Venezuela did": the subject's coincidence with the partner compared with another country's coincidence
    with the same partner, as a multiple ("times", with its hedge) or as the same ("same"). None when the
    words are not there or name no other country after "as"."""
    m = _AS_OFTEN.search(sent.text)
    if m is None:
        return None
    after = sent.start_char + m.end()
    others = [e.code for e in ents if doc[e.token].idx >= after and not e.group]
    others = [o for o in others if o not in (first.subject, first.partner)]
    if not others:
        return None
    detail: dict[str, Any] = {"direction": "same", "others": others[:1]}
    if m.group("times"):
        words = " ".join(m.group("times").lower().split())
        detail = {
            "direction": "times",
            "others": others[:1],
            "times": _TIMES_WORDS.get(words) or float(words.split()[0]),
        }
    elif m.group("same"):
        detail["exact"] = True
    hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
    e_hi = next(e for e in ents if e.code == others[0] and doc[e.token].idx >= after)
    hi = max(after, e_hi.end)
    lo = sent.start_char + m.start()
    return dataclasses.replace(
        first,
        quote=doc.text[lo:hi],
        quote_span=(lo, hi),
        quantity=None,
        unit="comparison",
        hedge=hedge,
        detail=detail,
        warnings=list(first.warnings),
    )


_THAN_PARTNER = re.compile(
    r"\b(more|less)\s+(?:often|frequently|closely)\s+than\s+(?:(?:it|they)\s+(?:did\s+|had\s+|has\s+)?\w+\s+)?"
    r"(?:with|to)\s+",
    re.IGNORECASE,
)


# "less than half its rate of agreement with Washington in 2012", "twice their level of 2010"
_OWN_RATE = re.compile(
    r"(?:\b(?P<hedge>"
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?\b(?P<times>half|twice|a\s+third|a\s+quarter|(?:two|three|four|five)\s+times|\d+(?:\.\d+)?\s+times)\s+"
    r"(?:its|their|the)\s+(?:own\s+)?(?:rate|level|share|figure)\b(?:\s+of\s+(?:agreement|alignment|coincidence))?"
    r"(?:\s+with\s+(?P<who>[^,;]+?))?\s+(?:in|of|for)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FACTORS = {"half": 0.5, "twice": 2.0, "a third": 1 / 3, "a quarter": 0.25, "two times": 2.0, "three times": 3.0}


def _own_rate(article: Article, sent: Span, claims: list[Claim], ents: list[Entity]) -> list[Claim]:
    """ "..., and with the United States in fewer than one in seven, less than half its rate of agreement with
    Washington in 2012": the coincidence of the pair of the last share before the words (of the partner they
    name) in that share's year as a multiple of its coincidence in the year named (unit ``ratio``,
    ``detail['base_year']``)."""
    out: list[Claim] = []
    for m in _OWN_RATE.finditer(article.text, sent.start_char, sent.end_char):
        words = " ".join(m.group("times").lower().split())
        factor = _FACTORS.get(words) or float(words.split()[0])
        partner = None
        if m.group("who"):
            named = [e.code for e in ents if m.start("who") <= e.start < m.end("who") and not e.group]
            partner = named[0] if named else None
        shares = [c for c in claims if c.unit == "percent" and c.quote_span[0] < m.start()]
        base = next((c for c in reversed(shares) if partner in (None, c.partner)), None)
        if base is None:
            continue  # the rate of a pair with no share before it: not read
        year = int(m.group("year"))
        if year in base.years or not base.years:
            continue
        out.append(
            dataclasses.replace(
                base,
                quote=article.text[m.start() : m.end()],
                quote_span=(m.start(), m.end()),
                quantity=factor,
                unit="ratio",
                hedge=m.group("hedge").lower() if m.group("hedge") else None,
                detail={"base_year": year},
                warnings=list(base.warnings),
            )
        )
    return out


def _share_then_comparison(article: Article, doc: Doc, sent: Span, first: Claim, ents: list[Entity]) -> list[Claim]:
    """ "Mongolia voted with Japan in about 85 percent of ... roll calls in 2019, slightly more often than it
    sided with Russia": after the share, a comparison of its partner with the partner named after "than
    (it sided) with"."""
    tail_at = first.quote_span[1]
    m = _THAN_PARTNER.search(article.text, tail_at, sent.end_char)
    if m is None:
        return []
    named = [e for e in ents if e.start >= m.end() and not e.group and e.code not in (first.subject, first.partner)]
    if not named:
        return []
    than = named[0]
    detail: dict[str, Any] = {"direction": m.group(1).lower(), "than": than.code}
    if (margin := _margin(article.text[sent.start_char : m.start()] + " ", m.start() - sent.start_char)) is not None:
        detail["margin"] = margin
    lo, hi = m.start(), than.end
    head = article.text[max(sent.start_char, lo - 30) : lo]
    if (size := re.search(r"\b(?:slightly|marginally|far|much|a\s+little|somewhat)\s+$", head)) is not None:
        lo -= len(head) - size.start()
    return [
        dataclasses.replace(
            first,
            quote=article.text[lo:hi],
            quote_span=(lo, hi),
            quantity=None,
            unit="comparison",
            hedge=None,
            detail=detail,
            warnings=list(first.warnings),
        )
    ]


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


_MOTIONS = frozenset({"resolution", "text", "draft", "motion", "measure", "amendment", "proposal"})


def _motion_of(prep: Token) -> Token | None:
    """The motion a for/against/of phrase names ("against the resolution"), if it names one."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.lemma_.lower() in _MOTIONS:
            return obj
    return None


# verbs that cast a vote on the motion they take as object: "opposed the resolution", "backed the text"
_VOTE_VERBS = {"oppose": "no", "reject": "no", "support": "yes", "back": "yes", "endorse": "yes"}


def _motion_object(tok: Token) -> Token | None:
    """The motion noun a verb takes as its object ("opposed a text condemning ...")."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _MOTIONS), None)


def _motion_act(prep: Token) -> Token | None:
    """The act a vote was for or against, named by a gerund ("voted against upgrading the Palestinians to
    observer status", "for suspending Russia"): what the motion proposed."""
    return next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)


def _own_vote(tok: Token) -> str | None:
    """A country's own vote on a motion: "abstained on the resolution ..." (abstain), "voted against the
    resolution ..." (no), "voted for / in favour of the resolution ..." (yes); None for anything else."""
    lemma = tok.lemma_.lower()
    if lemma == "abstain" and tok.pos_ == "VERB":
        return "abstain"
    if lemma in _VOTE_VERBS and tok.pos_ == "VERB" and _motion_object(tok) is not None:
        return _VOTE_VERBS[lemma]  # "it opposed a text condemning abuses ...", "Chile backed the resolution"
    if lemma != "vote" or tok.pos_ != "VERB":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "for") and (_motion_of(c) is not None or _motion_act(c)):
            return "no" if c.lower_ == "against" else "yes"
        if c.dep_ == "prep" and c.lower_ == "in":
            for obj in c.children:
                if obj.lower_ in ("favour", "favor") and any(
                    g.lower_ == "of" and _motion_of(g) is not None for g in obj.children
                ):
                    return "yes"
    return None


def _own_vote_claim(
    article: Article,
    doc: Doc,
    sent: Span,
    cue: Token,
    own: str,
    by_token: dict[int, Entity],
    focus: str | None,
    whole: Span | None,
    hint: str | None = None,
) -> Claim | None:
    """ "Mozambique abstained on the resolution on Crimea", "Cuba voted against the resolution suspending
    Russia ...": the subject's own vote on the roll call the words name (checked in
    :func:`dyadscope.claims.checks.alignment.check_own_vote`); "it" is ``hint``, the subject of the clause
    before ("..., and it opposed a text condemning ...")."""
    verb = clause_verb(doc, cue.i)
    subject = None
    named_subject = False
    for child in (*cue.children, *verb.children):
        if child.dep_ in ("nsubj", "nsubjpass"):
            named_subject = True
            found = [by_token[t.i] for t in child.subtree if t.i in by_token and not by_token[t.i].group]
            subject = found[0].code if found else subject
            if not found and child.lower_ in ("it", "they") and hint is not None:
                subject = hint
    if subject is None and not named_subject:
        # "Prague was the only EU government to vote against ...": the subject of the clause above
        for anc in list(verb.ancestors)[:3]:
            subj_of = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [by_token[t.i] for c in subj_of for t in c.subtree if t.i in by_token and not by_token[t.i].group]
            if found:
                subject = found[0].code
                break
    if subject is None and named_subject:
        # "A Philippine diplomat said ... that the delegation had abstained": a delegation, mission or
        # government with no country of its own is the country named before it in the sentence
        nouns = [c for c in (*cue.children, *verb.children) if c.dep_ in ("nsubj", "nsubjpass")]
        if nouns and nouns[0].lemma_.lower() in ("delegation", "mission", "government", "envoy", "ambassador"):
            earlier = [e for i, e in sorted(by_token.items()) if sent.start <= i < nouns[0].i and not e.group]
            subject = earlier[-1].code if earlier else None
    if subject is None:
        return None
    motion = next(
        (m for c in cue.children if c.dep_ == "prep" for m in [_motion_of(c)] if m is not None),
        None,
    ) or _motion_object(cue)
    if motion is None:
        motion = next((a for c in cue.children if c.dep_ == "prep" for a in [_motion_act(c)] if a is not None), None)
    if motion is None:
        favour = [o for c in cue.children if c.lower_ == "in" for o in c.children if o.lower_ in ("favour", "favor")]
        motion = next((m for o in favour for g in o.children if g.lower_ == "of" for m in [_motion_of(g)] if m), None)
    phrase = motion if motion is not None else _topic_prep(cue)
    if phrase is None:
        # "Germany, like Britain, abstained.": the roll call named before (dropped when there is none)
        label, years, inferred, warnings = _period(article, doc, whole or sent, cue.i)
        return Claim(
            kind="alignment",
            sentence=sent.text.strip(),
            span=(sent.start_char, sent.end_char),
            quote=article.text[cue.idx : cue.idx + len(cue)],
            quote_span=(cue.idx, cue.idx + len(cue)),
            subject=subject,
            partner=None,
            period=label,
            years=years,
            period_inferred=inferred,
            detail={"own_vote": own, "topic": "", "refers": True, "bare": True},
            warnings=warnings,
        )
    words = [
        t
        for t in phrase.subtree
        if t.i != phrase.i
        and not t.is_stop
        and t.is_alpha
        and t.lower_ not in _MOTION_WORDS
        and t.lemma_.lower() not in _MOTION_WORDS
        and t.lower_[:3] not in _MONTHS
    ]
    detail: dict[str, Any] = {"own_vote": own, "topic": " ".join(t.text for t in words[:6])}
    if _refers_back(phrase):
        detail["refers"] = True  # "abstained on the Jerusalem text": the roll call named before
    if (named := _MONTH_NAME.search(sent.text)) is not None:
        detail["month"] = _MONTHS.index(named.group(1).lower()[:3]) + 1
    label, years, inferred, warnings = _period(article, doc, whole or sent, cue.i)
    month = _MONTH.search(sent.text)
    if inferred and month is not None and article.date is not None:
        n = _MONTHS.index(month.group(1).lower()[:3]) + 1
        year = article.date.year if n < article.date.month else article.date.year - 1
        label, years, inferred = f"{year} ('{month.group(1)}' before the article's date)", [year], False
    inside = [
        t for t in verb.subtree if sent.start <= t.i < sent.end and not t.is_punct and not t.is_space and t.i >= cue.i
    ]
    end = inside[-1].idx + len(inside[-1]) if inside else cue.idx + len(cue)
    return Claim(
        kind="alignment",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[cue.idx : end],
        quote_span=(cue.idx, end),
        subject=subject,
        partner=None,
        period=label,
        years=years,
        period_inferred=inferred,
        detail=detail,
        warnings=warnings,
    )


def _vote_preps(tok: Token) -> list[Token]:
    """The with/against/alongside phrases of a vote verb, also inside "in line with" ("voted in line with
    the United States")."""
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _VOTE_PREPS]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for obj in c.children:
                if obj.lower_ in ("line", "step", "tandem"):
                    out += [g for g in obj.children if g.dep_ == "prep" and g.lower_ in _VOTE_PREPS]
    return out


def _same_way(tok: Token) -> bool:
    """A vote verb with "the same way" ("voted the same way") or "differently" / "the opposite way"."""
    return _differently(tok) or any(
        c.lower_ == "way" and any(g.lower_ == "same" for g in c.children) and c.dep_ in ("dobj", "npadvmod", "advmod")
        for c in tok.children
    )


def _differently(tok: Token) -> bool:
    """A vote verb with "differently" or "the opposite way" ("the two voted differently on every ...")."""
    return any(
        c.lower_ == "differently" or (c.lower_ == "way" and any(g.lower_ in ("opposite", "other") for g in c.children))
        for c in tok.children
    )


def _is_cue(tok: Token, sent: Span, voting: bool) -> bool:
    """``tok`` states an alignment: "aligned", "coincidence", "voted with/against", "sided with", "cast the
    same vote", "closer to" (in a sentence about UN votes)."""
    lemma = tok.lemma_.lower()
    if lemma in _ALIGN_LEMMAS or tok.lower_ in _ALIGN_LEMMAS:
        return True
    if lemma == "vote" and tok.pos_ == "VERB" and _vote_preps(tok):
        return True
    if _own_vote(tok) is not None:
        return True
    if (
        tok.lower_ in ("sides", "votes")
        and tok.tag_ == "NNS"
        and not any(
            c.dep_ in ("det", "poss", "amod", "nummod") or (c.dep_ == "compound" and c.pos_ != "PROPN")
            for c in tok.children
        )
        and any(c.dep_ == "prep" and c.lower_ in _VOTE_PREPS for c in tok.children)
    ):
        return True  # a present-tense verb the tagger read as a plural noun ("Niger sides with France in ...")
    if lemma == "agree" and tok.pos_ == "VERB" and _vote_preps(tok) and (_UN_CONTEXT.search(sent.text) or voting):
        return True  # "agreed with Washington on about 40 percent of the recorded votes"
    if lemma == "side" and tok.pos_ == "VERB" and any(c.lower_ == "with" for c in tok.children):
        return True
    if lemma == "vote" and tok.pos_ == "VERB" and _same_way(tok):
        return True  # "the two countries voted the same way on every ...", "With France ... it voted the same way"
    if lemma == "cast" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "vote" and any(g.lower_ == "same" for g in c.children)
        for c in tok.children
    ):
        return True  # "Kenya and Tanzania cast the same vote on every recorded vote": the pair's coincidence
    return (
        tok.lower_ in ("closer", "nearer")
        and any(c.lower_ == "to" for c in tok.children)
        and bool(_UN_CONTEXT.search(sent.doc[sent.sent.start : sent.sent.end].text) or voting)
    )


def alignment_claim(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    qs: list[Quantity],
    focus: str | None,
    voting: bool = False,
    hint: str | None = None,
    whole: Span | None = None,
) -> Claim | None:
    """One alignment claim of the sentence or clause ``sent`` (``voting``: the sentences before are about UN
    votes, so that "Ethiopia was closer to the United States than to China" is read as one). ``hint``: the
    subject when the clause's own is a pronoun or left out ("..., and it voted with Washington more often");
    ``whole``: the sentence a clause is part of (its years give the clause's period)."""
    cue = next((tok for tok in sent if _is_cue(tok, sent, voting)), None)
    if cue is None:
        return None
    by_token = {e.token: e for e in ents}
    own = _own_vote(cue)
    if own is not None:
        return _own_vote_claim(article, doc, sent, cue, own, by_token, focus, whole, hint)
    partner = None
    against = False
    for child in _vote_preps(cue):
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
            if not found and child.pos_ == "PRON" and hint is not None:
                subject = hint  # "It stood closer to Beijing": the country of the claim before
    bloc = next(
        (
            c
            for c in (*cue.children, *verb.children)
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.tag_ == "NNS"
            and c.lemma_.lower() in _BLOC_NOUNS
            and any(m.dep_ in ("amod", "compound") and m.text[:1].isupper() for m in c.children)
            and not any(by_token[t.i].code != partner and not by_token[t.i].group for t in c.subtree if t.i in by_token)
        ),
        None,
    )
    if subject is None and verb.dep_ == "pobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Pakistan was among the least aligned of ...": the cue is the object of a preposition of the clause
        for anc in list(verb.ancestors)[:3]:
            subj_of = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [by_token[t.i] for c in subj_of for t in c.subtree if t.i in by_token and not by_token[t.i].group]
            if found:
                subject = found[0].code
                break
    if bloc is not None:
        subject = None  # "Latin American members voted with ...": a bloc's votes, no one country's
    if cue.tag_ == "NNS" and subject is None:
        # "Niger sides with France ...", "Australia, by contrast, sides with ..." (a verb read as a noun): the
        # country it hangs on or that names it
        near = [c for c in cue.children if c.dep_ == "compound"] + ([cue.head] if cue.dep_ == "appos" else [])
        found = [by_token[t.i] for t in near if t.i in by_token and not by_token[t.i].group]
        subject = found[0].code if found else subject
    pronoun = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ in ("it", "they")
        for c in (*cue.children, *verb.children)
    )
    if subject is None and pronoun and hint is None:
        # "Bolivia is among the most reliable votes for Beijing. It sided with China ...": the last country
        # named before the sentence that is not the partner
        earlier = [m.iso3 for m in article.countries if m.end <= whole_start(sent, whole) and m.iso3 != partner]
        subject = earlier[-1] if earlier else None
    if (
        bloc is None
        and subject is None
        and hint is not None
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*cue.children, *verb.children))
    ):
        subject = hint  # "..., siding with Washington in about a quarter": the subject of the clause before
    same_vote = cue.lemma_.lower() == "cast" or (cue.lemma_.lower() == "vote" and _same_way(cue))
    if same_vote and partner is None:
        # the pair is the subject: "Kenya and Tanzania cast the same vote"
        nsubj = [c for c in cue.children if c.dep_ == "nsubj"]
        pair = [by_token[t.i] for c in nsubj for t in c.subtree if t.i in by_token]
        if len(pair) >= 2 and pair[0].code != pair[1].code:
            subject, partner = pair[0].code, pair[1].code
        elif (
            nsubj
            and any(g.lower_ in ("two", "both") for g in nsubj[0].children)
            and nsubj[0].lemma_.lower()
            in (
                "country",
                "nation",
                "government",
                "neighbour",
                "neighbor",
                "capital",
            )
        ):
            # "the two countries voted the same way": the two countries the text named most often before
            counts: dict[str, int] = {}
            for m in article.countries:
                if m.end <= whole_start(sent, whole):
                    counts[m.iso3] = counts.get(m.iso3, 0) + 1
            most = sorted(counts, key=lambda k: -counts[k])[:2]
            if len(most) == 2 and counts[most[1]] > 1:
                first_at = {m.iso3: m.start for m in reversed(article.countries)}
                subject, partner = sorted(most, key=lambda k: first_at[k])
    if partner is None:
        partner = next((e.code for e in ents if e.code in ("USA", "CHN", "RUS") and e.code != subject), None)
        if partner is None and any(e.code == "MNNA" for e in ents):
            partner = "USA"  # the alignment expected of a Major Non-NATO Ally is with the US
    if subject is None and bloc is None:
        subject = next((e.code for e in ents if e.code not in (partner, "MNNA") and not e.group), None) or focus
    detail: dict[str, Any] = {}
    if subject == "MNNA":  # "MNNA partners align with US interests": said of the country the article is about
        detail["group"] = subject
        subject = focus if focus != partner else None
    if (subject is None and bloc is None) or partner is None or subject == partner:
        return None
    quantity: float | None = None
    unit: Unit | None = None
    hedge = None
    quote_span = (cue.idx, cue.idx + len(cue))
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    text = sent.text
    frac = _TIME_FRACTION.search(text)
    if pct and frac is not None and sent.start_char + frac.start() < pct[0].start:
        pct = []  # "in less than a quarter of the votes, ... in more than 90 percent": the fraction comes first
    count = _COUNT.search(text)
    if count is not None and not pct and frac is None and 0 < int(count.group(2)) <= int(count.group(3)):
        # "voted with the US on 30 of the 95 recorded votes": the count as a share of the votes
        quantity, unit = round(100 * int(count.group(2)) / int(count.group(3)), 1), "percent"
        hedge = count.group(1).lower() if count.group(1) else None
        a, b = sent.start_char + count.start(), sent.start_char + count.end()
        quote_span = (min(cue.idx, a), max(cue.idx + len(cue), b))
        detail["count"] = [int(count.group(2)), int(count.group(3))]
    every = same_vote and re.search(r"\b(?:on|in)\s+(?:every|each|all(?:\s+the)?)\b", text, re.IGNORECASE)
    nearly_all = _EVERY.search(text)
    if nearly_all is not None and re.match(r"\s+(?:on|about|over|concerning)\s+(?!which)", text[nearly_all.end() :]):
        nearly_all = None  # "on every resolution about Ukraine": the votes on a topic, not a share of the year's
    if quantity is not None:
        pass  # a count of votes, read above
    elif pct:
        quantity, unit, hedge = pct[0].value, "percent", pct[0].hedge
        quote_span = (min(cue.idx, pct[0].start), max(cue.idx + len(cue), pct[0].end))
    elif frac is not None:
        # "voted with the US about a third of the time": the fraction as a percentage
        quantity, unit = round(100 * _fraction_value(frac.group(2)), 1), "percent"
        hedge = frac.group(1).lower() if frac.group(1) else None
        a = sent.start_char + frac.start()
        quote_span = (min(cue.idx, a), max(cue.idx + len(cue), sent.start_char + frac.end()))
    elif (every or nearly_all is not None) and not _TIME_FRACTION.search(text):
        quantity, unit = 100.0, "percent"  # "the same vote on every recorded vote"
        if cue.lemma_.lower() == "vote" and _differently(cue):
            quantity = 0.0  # "voted differently on every one of ...": no identical vote
        if nearly_all is not None:
            # "voted with Saudi Arabia on almost every such resolution": (nearly) all of the year's votes
            hedge = nearly_all.group(1).lower() if nearly_all.group(1) else None
            quote_span = (min(cue.idx, sent.start_char + nearly_all.start()), sent.start_char + nearly_all.end())
    elif (sup := _SUPERLATIVE.search(text)) is not None and not re.search(r"\bthan\b", text, re.IGNORECASE):
        # "the ally most closely aligned with Washington": first (or last) among the group
        unit = "comparison"
        lower = text.lower()
        detail["direction"] = "less" if sup.group(1).lower() == "least" else "more"
        detail["than"] = "any other"
        detail["rank_in"] = _rank_group(lower)
        if excepted := _excepted(doc, sent, by_token, subject, _SECOND_ONLY):
            # "among the least aligned of the allies, second only to Pakistan": ranked right after Pakistan
            detail["except"] = excepted
        elif re.search(r"\b(?:among|one\s+of)\s+the\s+(?:\w+\s+)?$", text[: sup.start()], re.IGNORECASE):
            # "among the least aligned of the allies": in the bottom (top) group, not necessarily last (first)
            detail["band"] = "bottom" if sup.group(1).lower() == "least" else "top"
    elif re.search(r"\bthan\b", text, re.IGNORECASE):
        unit = "comparison"
        than = _than_entity(doc, sent, by_token)
        lower = text.lower()
        detail["direction"] = "less" if re.search(r"\b(less|fewer|lower)\b", lower) else "more"
        if (than is not None and than.code == "MNNA") or re.search(r"\bthan\s+any\b", lower):
            # "more often than any other Major Non-NATO Ally", "than any ally except Israel": a rank in a group
            detail["rank_in"] = _rank_group(lower)
            detail["than"] = "any other"
            excepted = _excepted(doc, sent, by_token, subject)
            if excepted:
                detail["except"] = excepted
        elif than is not None and _than_subject(doc, than):
            # "voted with the US far less often than Vietnam did": Vietnam's coincidence with the same partner
            detail["others"] = [than.code]
        elif than is not None:
            # "closer to China than to the US": the partner is the first, the 'than' country the second
            detail["than"] = than.code
            first = [e.code for e in ents if e.code not in (subject, than.code)]
            partner = first[0] if first else partner
        comp = re.search(r"\b(?:more|less|fewer|closer|further|farther)\b", text, re.IGNORECASE)
        if comp is not None and (margin := _margin(text, comp.start())) is not None:
            detail["margin"] = margin
    elif against or _topic_prep(cue) is not None:
        # "voted against the US on Jerusalem"; "voted with the US on the Cuba embargo" (the same vote)
        detail["direction"] = "against" if against else "with"
        prep = _topic_prep(cue)
        if prep is not None:
            # the words of the subject matter ("the resolution calling for an end to the US embargo on Cuba":
            # embargo, Cuba), not those of the motion itself, nor its month or year
            words = _subject_words(prep)
            after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < sent.end else None
            if not words and after is not None and after.lower_ in ("on", "over") and after.head.i != prep.i:
                # "on the February resolution | on a just and lasting peace in Ukraine" parsed as two phrases
                words = _subject_words(after)
            detail["topic"] = " ".join(t.text for t in words[:6])
            if any(t.lower_ == "same" for t in prep.subtree) and not detail["topic"]:
                detail["same"] = True  # "on the same resolution": the roll call of the claim before
            elif _refers_back(prep):
                detail["refers"] = True  # "on the Jerusalem text", "on that resolution": a roll call named before
        if (named := _MONTH_NAME.search(text)) is not None:
            detail["month"] = _MONTHS.index(named.group(1).lower()[:3]) + 1
    else:
        detail["direction"] = "expectation" if re.search(r"\bexpect", text, re.IGNORECASE) else "statement"
        if _expects(cue):
            detail["expects"] = True  # an opinion about votes (:func:`_as_opinion`), not a record of them
    if (unit == "comparison" or detail.get("direction") in ("with", "against")) and quote_span == (
        cue.idx,
        cue.idx + len(cue),
    ):
        # the comparison's own words: the cue to the end of its verb's phrase within the clause
        inside = [
            t
            for t in verb.subtree
            if sent.start <= t.i < sent.end and not t.is_punct and not t.is_space and t.i >= cue.i
        ]
        if inside:
            quote_span = (min(cue.idx, verb.idx), inside[-1].idx + len(inside[-1]))
    label, years, inferred, warnings = _period(article, doc, whole or sent, cue.i)
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
        reason=None
        if bloc is None
        else f"the votes of a group of countries ({' '.join(t.text for t in bloc.subtree)!r}), whose average "
        "this checker does not compute",
    )


# the plural nouns of a bloc of countries as a subject, with a region's or a group's name before them
# ("African members", "Arab states", "EU governments"; not "countries receiving US aid")
_BLOC_NOUNS = frozenset({"member", "country", "state", "nation", "government", "delegation", "ally", "neighbour"})

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
_DEN = "|".join([*sorted(_DENOMINATORS, key=len, reverse=True), r"\d{1,3}(?!\d)"])  # "one in 2013" is no share
_VOTE_NOUN = (
    r"(?:(?:recorded|roll[- ]call|UN|U\.N\.|General|Assembly|plenary|contested|such)\s+)*"
    r"(?:votes|roll[- ]calls|resolutions|ballots)"
)
# "of the votes", "of them", "of the General Assembly's recorded votes", "of the year's roll calls"
_OF_VOTES = (
    r"\s+of\s+(?:them|those|(?:the\s+)?(?:(?:[\w.]+\s+){0,2}[\w.]+['\u2019]s\s+)?(?:time|" + _VOTE_NOUN + r"))\b"
)
# the votes named right after the fraction, without "of": "about half recorded votes", "one in five UN votes"
_BARE_VOTES = r"\s+" + _VOTE_NOUN + r"\b"
# "about a third of the time", "two-thirds of the votes", "one in five of them", "half recorded votes",
# "nine out of ten recorded votes", "four of every ten votes", "one vote in eight", and "one in twenty" or
# "nearly half" with no votes named after it (unambiguous at a clause end: "in fewer than one in five.")
_TIME_FRACTION = re.compile(
    r"\b(?:("
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?((?:(?:a|an|one|"
    + "|".join(_NUMBER_WORDS)
    + r")[- ](?:"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")|half)(?="
    + _OF_VOTES
    + "|"
    + _BARE_VOTES
    + r"|\s*[.;)]|\s*$)|(?:"
    + _NUM
    + r")(?:\s+(?:votes?|roll[- ]calls?|ballots?|resolutions?|times?))?\s+(?:in|out of|of every)\s+(?:"
    + _DEN
    + r")\b(?="
    + _OF_VOTES
    + "|"
    + _BARE_VOTES
    + r"|\s*[.,;)]|\s*$|\s+(?:in|at|during|of)\b))(?:"
    + _OF_VOTES
    + "|"
    + _BARE_VOTES
    + r")?",
    re.IGNORECASE,
)


# "on 30 of the 95 recorded votes", "in 61 out of 93 roll calls": a count of votes out of a total
_COUNT = re.compile(
    r"\b(?:("
    + "|".join(sorted(HEDGES, key=len, reverse=True))
    + r")\s+)?(\d+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(\d+)\s+"
    r"(?:(?:recorded|roll[- ]call|UN|U\.N\.|General|Assembly|plenary|contested)\s+)*"
    r"(?:votes|roll[- ]calls|resolutions|ballots)\b",
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


# "on almost every such resolution", "in nearly all recorded votes", "on every one of last year's contested
# resolutions": (nearly) all of the votes, with the hedge
_EVERY = re.compile(
    r"\b(?:on|in)\s+(?:(almost|nearly|virtually|practically)\s+)?(?:every|each|all)(?:\s+(?:one\s+of|the|such))*"
    r"\s+(?:[\w'\u2019]+\s+){0,4}?(?:votes?|resolutions?|roll[- ]calls?|ballots?|texts?|motions?)\b",
    re.IGNORECASE,
)

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(
    r"\b(?i:in|during|at the end of|in early|in late|in mid-?)\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)

_MONTH_NAME = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _subject_words(phrase: Token) -> list[Token]:
    """The words of a motion's subject matter in ``phrase`` ("the resolution calling for an end to the US
    embargo on Cuba": embargo, Cuba), not those of the motion itself, its month or year, nor those of a
    relative clause about it ("..., which passed with 120 votes in favour")."""
    aside = {t.i for r in phrase.subtree if r.dep_ == "relcl" for t in r.subtree}
    return [
        t
        for t in phrase.subtree
        if t.i != phrase.i
        and t.i not in aside
        and not t.is_stop
        and t.is_alpha
        and t.lemma_.lower() not in _MOTION_WORDS
        and t.lower_ not in _MOTION_WORDS
        and t.lower_[:3] not in _MONTHS
    ]


def _refers_back(phrase: Token) -> bool:
    """Whether the motion a vote was on is named as one the text spoke of before: "the Jerusalem text",
    "that resolution", "this draft" (a motion noun with a demonstrative or "the" and at most a few words
    before it), not one described here ("the resolution on the status of Jerusalem", "the draft calling
    for ...")."""
    obj = phrase if phrase.lower_ in _MOTION_WORDS else next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in ("resolution", "text", "draft", "measure", "motion", "vote"):
        return False
    if any(c.dep_ in ("prep", "acl", "relcl", "appos", "nummod") or c.i > obj.i for c in obj.children):
        return False
    if any((c.lower_[:3] in _MONTHS and c.text[:1].isupper()) or c.like_num for c in obj.children):
        return False  # "the February resolution", "the October 27 resolution": named by its date
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if after is not None and after.lower_ in ("on", "over", "calling", "condemning", "demanding", "urging", "that"):
        return False  # described right after it, whatever the parse attached the words to
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children)


def _antecedent_roll_call(claim: Claim, earlier: list[Claim]) -> Claim | None:
    """The latest earlier roll-call claim that a back-reference ("the Jerusalem text", "that resolution")
    names: one whose topic has every word of the reference's own (any, when it has none)."""
    own = {w.lower() for w in str(claim.detail.get("topic", "")).split()}
    for c in reversed(earlier):
        topic = c.detail.get("topic") if c.kind == "alignment" else None
        if topic and c is not claim and own <= {w.lower() for w in str(topic).split()}:
            return c
    return None


def _take_roll_call(claim: Claim, before: Claim, sent: Span, why: str) -> None:
    """``claim`` is on the roll call of ``before``: its topic, month and, with no year of its own, period."""
    claim.detail["topic"] = before.detail["topic"]
    if "month" in before.detail:
        claim.detail["month"] = before.detail["month"]
    if claim.period_inferred or not re.search(r"\b(?:19|20)\d\d\b", sent.text):
        claim.years, claim.period, claim.period_inferred = list(before.years), before.period, False
    claim.warnings = [*claim.warnings, f"{why}: the roll call of {before.quote!r}"]


def _topic_prep(cue: Token) -> Token | None:
    """The "on"/"over" phrase naming what a vote was on: a child of the vote verb, or of its partner
    ("sided with the United States on the resolution ...")."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "over"):
            return child
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in _VOTE_PREPS:
            for obj in child.children:
                for g in obj.children:
                    if g.dep_ == "prep" and g.lower_ in ("on", "over"):
                        return g
    return None


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
        "votes",
        "roll",
        "calls",
        "ballot",
        "ballots",
        "resolutions",
        "session",
        "assembly",
        "general",
        "un",
        "u.n.",
    }
)


def _rank_group(lower: str) -> str | None:
    """The group a country is ranked in ("any other Major Non-NATO Ally", "any other African state", "any
    other EU member", "any NATO ally"): a group of :mod:`dyadscope.groups`, by its code in upper case."""
    if re.search(r"\bnato\s+(?:ally|allies|member|members|country|countries)\b", lower) and "non-nato" not in lower:
        return "NATO"
    if re.search(r"\b(?:mnna|non-nato|ally|allies)\b", lower):
        return "MNNA"
    if re.search(r"\bafrican\s+(?:state|states|country|countries|nation|nations|government|member)", lower):
        return "AU"
    if re.search(r"\b(?:eu|european union)\s+(?:member|members|state|states|country|countries|government)", lower):
        return "EU"
    return None


_EXCEPT = re.compile(r"\b(?:except|but|save|bar|apart from|other than|besides)\s*$", re.IGNORECASE)


# "the most closely aligned, second only to Israel", "after only Israel", "except Israel"
_SECOND_ONLY = re.compile(
    r"\b(?:second\s+only\s+to|(?:after|behind)\s+only|only\s+(?:after|behind)|except|save|apart from|other than)\s*$",
    re.IGNORECASE,
)


def _excepted(
    doc: Doc, sent: Span, by_token: dict[int, Entity], subject: str | None, words: re.Pattern[str] = _EXCEPT
) -> list[str]:
    """The countries named after "except" ("more often than any ally except Israel"; after a superlative,
    also "second only to"): ranked above."""
    out: list[str] = []
    for i, e in sorted(by_token.items()):
        if not (sent.start <= i < sent.end) or e.group or e.code == subject or e.code in out:
            continue
        before = doc.text[max(sent.start_char, e.start - 25) : e.start]
        if words.search(before) or (out and re.search(r"(?:,|\band|\bor)\s*$", before)):
            out.append(e.code)
    return out


_SUPERLATIVE = re.compile(r"\b(most|least)\s+(?:closely\s+)?aligned\b", re.IGNORECASE)


def whole_start(sent: Span, whole: Span | None) -> int:
    """Where the sentence a clause is part of starts (the clause's own start when it is the sentence)."""
    return whole.start_char if whole is not None else sent.sent.start_char


def _than_subject(doc: Doc, than: Entity) -> bool:
    """Whether the country named after "than" is the subject of a verb of its own ("than Vietnam did",
    "than Kenya has"): its own coincidence with the same partner is meant, not the subject's with it."""
    tok = doc[than.token]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in ("do", "have", "be") and nxt.pos_ in ("AUX", "VERB"):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("do", "vote", "side", "align")


def _than_entity(doc: Doc, sent: Span, by_token: dict[int, Entity]) -> Entity | None:
    for tok in sent:
        if tok.lower_ == "than":
            found = [by_token[t.i] for t in tok.subtree if t.i in by_token]
            if not found:
                found = [e for i, e in sorted(by_token.items()) if i > tok.i]
            return found[0] if found else None
    return None
