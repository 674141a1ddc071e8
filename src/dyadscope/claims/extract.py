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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from dyadscope.news.amounts import Amount
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Kind = Literal["trade_value", "change", "rank_share", "conversion", "arithmetic", "alignment", "uncheckable"]
KINDS: tuple[str, ...] = get_args(Kind)
Flow = Literal["exports", "imports", "total", "deficit", "surplus"]
Unit = Literal["money", "percent", "multiple", "rank", "ratio", "comparison", "record"]

# Groups the data can name (codes as in :mod:`dyadscope.evidence.trade`), longest name first.
GROUP_NAMES: dict[str, str] = {
    "sub-saharan africa": "Sub-Saharan Africa",
    "african countries": "Africa",
    "african nations": "Africa",
    "african states": "Africa",
    "african economies": "Africa",
    "the african continent": "Africa",
    "africa": "Africa",
    "the european union": "EU",
    "european union": "EU",
    "the eu": "EU",
    "eu": "EU",
    "the euro area": "Euro Area",
    "the eurozone": "Euro Area",
    "latin america": "Latin America",
    "latin american countries": "Latin America",
    "the rest of the world": "World",
    "the world": "World",
    "globally": "World",
    "asia": "Asia",
    "asian countries": "Asia",
    "the middle east": "Middle East",
    "southeast asia": "Southeast Asia",
    "central asia": "Central Asia",
    "mnna": "MNNA",
    "major non-nato allies": "MNNA",
    "major non-nato ally": "MNNA",
}
GROUP_CODES = frozenset(GROUP_NAMES.values())
_GROUP_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(GROUP_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

_FLOW_LEMMAS: dict[str, Flow] = {
    "import": "imports",
    "buy": "imports",
    "purchase": "imports",
    "export": "exports",
    "sell": "exports",
    "ship": "exports",
    "shipment": "exports",
    "sale": "exports",
    "trade": "total",
    "commerce": "total",
    "deficit": "deficit",
    "imbalance": "deficit",
    "surplus": "surplus",
}
_CHANGE_UP = {"rise", "grow", "increase", "jump", "surge", "climb", "soar", "expand", "widen", "gain", "up", "growth"}
_CHANGE_DOWN = {"fall", "drop", "decline", "shrink", "decrease", "slump", "plunge", "narrow", "contract", "down", "dip"}
_MULTIPLES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_RANK_WORDS = {"largest", "biggest", "top", "main", "leading", "principal", "major", "chief", "primary", "greatest"}
_RANK_NOUNS = {
    "partner": "total",
    "market": "exports",
    "destination": "exports",
    "buyer": "exports",
    "customer": "exports",
    "source": "imports",
    "supplier": "imports",
    "exporter": "exports",
    "importer": "imports",
}
# ranks the data cannot check: an investor, a lender, an economy by size
_UNCHECKABLE_RANKS = {
    "investor": "investment: the data hold goods trade, not investment stocks or flows",
    "lender": "loans and debt: the data hold goods trade and UN votes, not lending",
    "creditor": "loans and debt: the data hold goods trade and UN votes, not lending",
    "economy": "GDP, reserves or public finances: not in the checked data",
}
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_PERCENT_WORDS = {"percent", "per cent", "%", "percentage"}
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_HEDGES = (
    "approximately",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "just over",
    "just under",
    "more than",
    "over",
    "less than",
    "fewer than",
    "under",
    "up to",
    "at least",
    "at most",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "in excess of",
    "below",
    "above",
    "slightly more than",
    "slightly less than",
)
_HEDGE_BEFORE = re.compile(r"\b(" + "|".join(sorted(_HEDGES, key=len, reverse=True)) + r")\s*$", re.IGNORECASE)

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
    rf"\b(month|monthly|quarter|quarterly|first half|second half|half-year|half year|q[1-4]|"
    rf"(?:in|during|of|for|between)\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+(?:and|to|-)\s+(?:{_MONTHS}))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_FISCAL = re.compile(r"\b(19|20)\d\d\s*/\s*\d\d\b|\bfiscal (?:year )?(19|20)\d\d\b", re.IGNORECASE)
_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|-)\s+(?:19|20)\d\d\b|\bsince\s+(?:19|20)\d\d\b", re.I
)
_UN_CONTEXT = re.compile(r"\b(UN|U\.N\.|United Nations|General Assembly|vot(e|es|ed|ing)|align\w*)\b")
_CONVERSION_GAP = (
    r"[\s,(]*(or|or about|or around|or roughly|about|around|roughly|equivalent to|the equivalent of|i\.e\.)?[\s(]*"
)
_ALIGN_LEMMAS = {"align", "alignment", "aligned", "coincidence"}
_VOTE_PREPS = {"with", "against", "alongside"}
_TABLE_LIMIT = 8  # a "sentence" with more quantities than this is a table or a list: no claims from it


@dataclass
class Entity:
    """A country (ISO3) or group (code) mentioned in the sentence, with its first token."""

    code: str
    start: int
    end: int
    token: int
    group: bool


@dataclass
class Claim:
    """One claim with its place in the text (``span`` indexes ``Article.text``)."""

    kind: Kind
    sentence: str
    span: tuple[int, int]
    quote: str
    quote_span: tuple[int, int]
    subject: str | None
    partner: str | None
    flow: Flow | None = None
    quantity: float | None = None
    unit: Unit | None = None
    currency: str | None = None
    period: str | None = None
    years: list[int] = field(default_factory=list)
    period_inferred: bool = False
    hedge: str | None = None
    reason: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "kind": self.kind,
            "span": list(self.span),
            "quote": self.quote,
            "quote_span": list(self.quote_span),
            "subject": self.subject,
            "partner": self.partner,
            "flow": self.flow,
            "quantity": self.quantity,
            "unit": self.unit,
            "currency": self.currency,
            "period": self.period,
            "years": list(self.years),
            "period_inferred": self.period_inferred,
            "hedge": self.hedge,
            "reason": self.reason,
            "detail": dict(self.detail),
            "warnings": list(self.warnings),
        }


@dataclass
class _Quantity:
    unit: Unit
    value: float | None
    token: int  # the head token of the quantity
    start: int
    end: int
    currency: str | None = None
    hedge: str | None = None
    amount: Amount | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def parse(text: str) -> Doc:
    """The article text parsed by the shared pipeline (sentences, tags, dependencies)."""
    from dyadscope.news import pipeline

    nlp = pipeline.build()
    skip = [n for n in nlp.pipe_names if n.startswith("dyadscope_") and n != "dyadscope_paragraphs_v1"]
    return nlp(text, disable=skip)


def find_claims(article: Article, doc: Doc | None = None) -> list[Claim]:
    """Claims in reading order (``doc``: the parse of ``article.text`` when the caller has one)."""
    doc = doc if doc is not None else parse(article.text)
    groups = _group_mentions(article.text)
    claims: list[Claim] = []
    focus = _main_country(article)
    pending: tuple[Span, list[_Quantity]] | None = None
    pending_age = 0
    for sent in doc.sents:
        ents = _entities(article, doc, sent, groups)
        quantities = _quantities(article, doc, sent)
        if len(quantities) > _TABLE_LIMIT:
            pending = None
            continue
        before = len(claims)
        align = _alignment(article, doc, sent, ents, quantities, focus)
        if align is not None:
            claims.append(align)
            pending = None
            continue
        for q in quantities:
            c = _claim_for(article, doc, sent, ents, q, focus, claims)
            if c is not None:
                claims.append(c)
        claims[before:] = _merge_conversions(article, sent, claims[before:])
        claims.extend(_arithmetic(article, doc, sent, claims[before:], quantities))
        on_base = _change_on_base(article, doc, sent, quantities, claims[:before])
        if on_base is not None:
            claims.append(on_base)
        parts = _parts_across(article, sent, quantities, pending)
        if parts is not None:
            claims.append(parts)
        if re.match(r"\s*(of the|out of)\b", sent.text, re.IGNORECASE):
            pending, pending_age = (sent, quantities), 0
        elif pending is not None and parts is None and pending_age < 1:
            pending_age += 1  # "The rest ..." may follow one sentence later
        else:
            pending = None
    return claims


def _parts_across(
    article: Article, sent: Span, qs: list[_Quantity], pending: tuple[Span, list[_Quantity]] | None
) -> Claim | None:
    """ "Of the $19 billion invested, about $6 billion were loans." + "The rest of the $13 billion
    came as investment.": the parts must add up to the total."""
    if pending is None or not re.match(r"\s*the (rest|remaining|remainder|balance|other)\b", sent.text, re.IGNORECASE):
        return None
    prev, prev_qs = pending
    money = [q for q in prev_qs if q.unit == "money" and q.value]
    rest = [q for q in qs if q.unit == "money" and q.value]
    if len(money) < 2 or not rest:
        return None
    total, parts = money[0], [*money[1:], rest[0]]
    detail = {
        "rule": "parts",
        "total": total.value,
        "parts": [q.value for q in parts],
        "currencies": [q.currency for q in (total, *parts)],
        "hedges": [q.hedge for q in parts],
    }
    a, b = prev.start_char, sent.end_char
    return Claim(
        kind="arithmetic",
        sentence=article.text[a:b].strip(),
        span=(a, b),
        quote=f"{article.text[total.start : total.end]} = " + " + ".join(article.text[q.start : q.end] for q in parts),
        quote_span=(total.start, rest[0].end),
        subject=None,
        partner=None,
        quantity=total.value,
        unit="money",
        currency=total.currency,
        hedge=next((q.hedge for q in parts if q.hedge), None),
        detail=detail,
    )


# --- entities -----------------------------------------------------------------------


def _group_mentions(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _GROUP_RE.finditer(text):
        word = m.group(1)
        if word.lower() == "eu" and word != "EU":
            continue
        if word.lower() == "mnna" and word != "MNNA":
            continue
        out.append((m.start(), m.end(), GROUP_NAMES[word.lower()]))
    return out


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _entities(article: Article, doc: Doc, sent: Span, groups: list[tuple[int, int, str]]) -> list[Entity]:
    a, b = sent.start_char, sent.end_char
    out = [Entity(code, s, e, _token_at(doc, s), True) for s, e, code in groups if a <= s < b]
    for m in article.countries:
        if a <= m.start < b and not any(g.start <= m.start < g.end for g in out):
            out.append(Entity(m.iso3, m.start, m.end, _token_at(doc, m.start), False))
    return sorted(out, key=lambda e: e.start)


def _main_country(article: Article) -> str | None:
    counts = article.country_counts()
    return next(iter(counts), None)


# --- quantities ---------------------------------------------------------------------


def _span_head(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return _token_at(doc, start)
    return span.root.i


def _hedge_before(text: str, start: int) -> str | None:
    m = _HEDGE_BEFORE.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else None


def _number(tok: Token) -> float | None:
    raw = tok.text.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return float(_NUMBER_WORDS[tok.lower_]) if tok.lower_ in _NUMBER_WORDS else None


def _quantities(article: Article, doc: Doc, sent: Span) -> list[_Quantity]:
    text = article.text
    a, b = sent.start_char, sent.end_char
    out: list[_Quantity] = []
    taken: list[tuple[int, int]] = []
    for amt in article.amounts:
        s, e = amt.span
        if a <= s < b:
            out.append(
                _Quantity("money", amt.value, _span_head(doc, s, e), s, e, amt.currency, amt.qualifier or None, amt)
            )
            taken.append((s, e))

    def free(s: int, e: int) -> bool:
        return all(e <= x or s >= y for x, y in taken)

    for tok in sent:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # percentages: "90 percent", "20%", "two percent"
        if tok.like_num and nxt is not None and nxt.lower_ in _PERCENT_WORDS and free(tok.idx, nxt.idx + len(nxt)):
            value = _number(tok)
            if value is not None:
                s, e = tok.idx, nxt.idx + len(nxt.text)
                out.append(_Quantity("percent", value, nxt.i, s, e, hedge=_hedge_before(text, s)))
                taken.append((s, e))
            continue
        lemma = tok.lemma_.lower()
        # multiples: "doubled", "tripled", "five times", "fell by a third"
        if lemma in _MULTIPLES and tok.pos_ in ("VERB", "NOUN", "ADJ"):
            out.append(
                _Quantity("multiple", _MULTIPLES[lemma], tok.i, tok.idx, tok.idx + len(tok), detail={"word": tok.text})
            )
            continue
        if tok.lower_ in ("times", "fold") and tok.i > sent.start and doc[tok.i - 1].like_num:
            value = _number(doc[tok.i - 1])
            if value is not None:
                s = doc[tok.i - 1].idx
                out.append(_Quantity("multiple", value, tok.i, s, tok.idx + len(tok), hedge=_hedge_before(text, s)))
            continue
        if (
            lemma in _FRACTIONS
            and tok.head.lower_ == "by"
            and tok.head.head.lemma_.lower() in _CHANGE_UP | _CHANGE_DOWN
        ):
            verb = tok.head.head
            sign = -1.0 if verb.lemma_.lower() in _CHANGE_DOWN else 1.0
            out.append(
                _Quantity(
                    "percent",
                    sign * 100 * _FRACTIONS[lemma],
                    tok.i,
                    tok.head.idx,
                    tok.idx + len(tok),
                    detail={"word": f"by a {tok.text}", "signed": True},
                )
            )
            continue
        # ratios to another figure: "exports remain a fraction of that figure", "half of its imports"
        if tok.lower_ == "fraction" or (
            tok.lower_ in ("half", "third", "quarter")
            and nxt is not None
            and nxt.lower_ == "of"
            and tok.head.lower_ != "by"
            and not (tok.i > sent.start and doc[tok.i - 1].lower_ in ("first", "second", "last"))
        ):
            first = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].dep_ in ("det", "amod") else tok.i
            if first > sent.start and doc[first - 1].dep_ == "det":
                first -= 1
            word = doc[first : tok.i + 1].text.lower()
            out.append(_Quantity("ratio", None, tok.i, doc[first].idx, tok.idx + len(tok), detail={"word": word}))
            continue
        # "more than the next three combined"
        if tok.lower_ == "combined" and any(t.lower_ == "next" for t in doc[max(sent.start, tok.i - 5) : tok.i]):
            n = next((_number(t) for t in doc[max(sent.start, tok.i - 5) : tok.i] if _number(t)), None)
            s = next(t.idx for t in doc[max(sent.start, tok.i - 8) : tok.i] if t.lower_ in ("more", "next"))
            out.append(_Quantity("comparison", n, tok.i, s, tok.idx + len(tok), detail={"next_combined": n}))
            continue
        # records: "a record", "the highest since 2010", "an all-time high"
        if tok.lower_ in ("record", "highest", "lowest") and free(tok.idx, tok.idx + len(tok)):
            since = None
            for child in tok.children:
                if child.lower_ == "since":
                    years = [int(t.text) for t in child.subtree if _YEAR.fullmatch(t.text)]
                    since = years[0] if years else None
            if tok.lower_ == "record" or since is not None:
                out.append(
                    _Quantity(
                        "record",
                        None,
                        tok.i,
                        tok.idx,
                        tok.idx + len(tok),
                        detail={"direction": "low" if tok.lower_ == "lowest" else "high", "since": since},
                    )
                )
            continue
        # ranks: "largest trading partner", "second-largest export market", "overtook the US"
        if (tok.lower_ in _RANK_NOUNS or tok.lower_ in _UNCHECKABLE_RANKS) and tok.pos_ == "NOUN":
            rank = _rank_of(doc, tok)
            if rank is not None:
                first = min([c.i for c in tok.subtree if c.dep_ in ("amod", "compound", "advmod")] + [tok.i])
                s = doc[first].idx
                out.append(_Quantity("rank", float(rank), tok.i, s, tok.idx + len(tok), detail={"noun": tok.lower_}))
            continue
        if lemma in ("overtake", "surpass", "overtook", "overtaken") and tok.pos_ == "VERB":
            out.append(_Quantity("rank", 1.0, tok.i, tok.idx, tok.idx + len(tok), detail={"overtook": True}))
    return _merge_overtaking(doc, sorted(out, key=lambda q: q.start))


def _merge_overtaking(doc: Doc, qs: list[_Quantity]) -> list[_Quantity]:
    """ "China overtook France as Germany's second-largest export market" is one claim: the rank
    stated *and* the order against the country overtaken. Checked apart, the true half (China
    ahead of France) would certify a sentence whose rank is false."""
    verbs = [q for q in qs if q.detail.get("overtook")]
    if not verbs:
        return qs
    out = []
    merged: set[int] = set()
    for q in qs:
        if q.unit == "rank" and "noun" in q.detail:
            verb = next((v for v in verbs if _clause_verb(doc, q.token).i == v.token), None)
            if verb is not None:
                q.detail = {**q.detail, "overtook": True, "stated_rank": True}
                q.start = min(q.start, verb.start)
                merged.add(verb.token)
        out.append(q)
    return [q for q in out if not (q.detail.get("overtook") and "noun" not in q.detail and q.token in merged)]


def _rank_of(doc: Doc, noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "advmod", "nmod"):
            continue
        words = [t.lower_ for t in child.subtree]
        joined = " ".join(words).replace(" - ", "-")
        if child.lower_ in _RANK_WORDS or any(w in _RANK_WORDS for w in joined.split("-")):
            if "major" in words or "chief" in words:
                return None  # "a major partner": no rank stated
            for word, n in _ORDINALS.items():
                if word in joined:
                    return n
            return 1
    return None


# --- claims -------------------------------------------------------------------------


def _clause_verb(doc: Doc, i: int) -> Token:
    tok = doc[i]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _lemmas(tokens: Any) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _distance(doc: Doc, i: int, j: int) -> int:
    up_i = [i, *(t.i for t in doc[i].ancestors)]
    up_j = [j, *(t.i for t in doc[j].ancestors)]
    common = next((x for x in up_i if x in up_j), None)
    if common is None:
        return 99
    return up_i.index(common) + up_j.index(common)


def _flow_near(doc: Doc, sent: Span, i: int) -> tuple[Flow | None, int | None]:
    best: tuple[int, Flow, int] | None = None
    for tok in sent:
        flow = _FLOW_LEMMAS.get(tok.lemma_.lower()) or _FLOW_LEMMAS.get(tok.lower_)
        if flow is None:
            continue
        if (
            tok.lower_ == "trade"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in ("zone", "route", "routes", "agreement", "deal", "deals", "war")
        ):
            continue  # "free-trade zone", "trade routes": not a flow
        d = _distance(doc, i, tok.i)
        if best is None or d < best[0]:
            best = (d, flow, tok.i)
    return (best[1], best[2]) if best else (None, None)


def _subject_partner(
    doc: Doc, sent: Span, ents: list[Entity], anchor: int, verb: Token, flow_tok: int | None, focus: str | None
) -> tuple[str | None, str | None]:
    by_token = {e.token: e for e in ents}

    def ents_in(tokens: Any) -> list[Entity]:
        return [by_token[t.i] for t in tokens if t.i in by_token]

    partner: str | None = None
    subject: str | None = None
    if flow_tok is not None:
        # "exports from Tanzania to India", "imports into Kenya from China": the noun's own prepositions
        lemma = doc[flow_tok].lemma_.lower()
        own = {"export": ("from", "of", "by"), "import": ("into", "to", "by", "of")}.get(lemma, ())
        for child in doc[flow_tok].children:
            found = ents_in(child.subtree) if child.dep_ == "prep" else []
            if found and child.lower_ in own and subject is None:
                subject = found[0].code
    for head in (flow_tok, anchor, verb.i):
        if head is None:
            continue
        for child in doc[head].children:
            if child.dep_ == "prep" and child.lower_ in ("with", "to", "from", "between", "into"):
                found = [e for e in ents_in(child.subtree) if e.code != subject]
                if found:
                    partner = found[0].code
                    break
        if partner:
            break
    if subject is not None:
        return subject, partner or next((e.code for e in ents if e.code != subject), None)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            found = [e for e in ents_in(child.subtree) if e.code != partner]
            if found:
                subject = found[0].code
            elif child.lower_ in ("it", "its") or any(t.lower_ == "its" for t in child.subtree):
                subject = focus
    if subject is None and flow_tok is not None:
        poss = [e for e in ents_in(doc[flow_tok].subtree) if doc[e.token].dep_ == "poss" and e.code != partner]
        if poss:
            subject = poss[0].code
    if subject is None:
        others = [e for e in ents if e.code != partner]
        subject = others[0].code if others else None
    between = [c for c in doc[verb.i].subtree if c.lower_ == "between" and c.dep_ == "prep"]
    if between:
        pair = [e.code for e in ents_in(between[0].subtree)]
        if len(pair) >= 2 and subject not in pair[:1]:
            subject, partner = pair[0], pair[1]
    if partner is None:
        partner = next((e.code for e in ents if e.code != subject), None)
    return subject, partner


def _period(article: Article, doc: Doc, sent: Span, anchor: int) -> tuple[str | None, list[int], bool, list[str]]:
    """(label, years, inferred, warnings) for the quantity at token ``anchor``."""
    when = article.date
    warnings: list[str] = []
    years = [(t.i, int(t.text)) for t in sent if _YEAR.fullmatch(t.text)]
    text = sent.text
    if _FISCAL.search(text):
        warnings.append("fiscal-year figure: compared with calendar years")
    if years:
        distinct = sorted({y for _, y in years})
        # "between 2010 and 2015", "from 2015 to 2018": a range; else the year nearest the quantity
        if len(distinct) > 1 and _RANGE.search(text):
            label = f"{distinct[0]}-{distinct[-1]}"
            chosen = distinct
        else:
            nearest = min(years, key=lambda iy: _distance(doc, anchor, iy[0]))[1]
            chosen = [nearest]
            label = str(nearest)
            if len(distinct) > 1:
                warnings.append(
                    f"the sentence names {', '.join(map(str, distinct))}; the figure is read as {nearest}'s"
                )
        if when is not None and max(chosen) >= when.year + 1:
            warnings.append(f"{max(chosen)} is after the article's date ({when.isoformat()}): a forecast")
        return label, chosen, False, warnings
    lower = text.lower()
    if re.search(r"\b(that|the same|that same) year\b", lower):
        # "that year": the last year the article named before this sentence
        before = [int(y) for y in _YEAR.findall(article.text[: sent.start_char])]
        if before:
            y = before[-1]
            return str(y), [y], False, [*warnings, f"'that year' read as {y}, the last year named before"]
    if when is not None and "last year" in lower:
        return str(when.year - 1), [when.year - 1], False, warnings
    if when is not None and "this year" in lower:
        warnings.append(f"'this year' is {when.year}, not complete at the article's date")
        return f"{when.year} (part year)", [when.year], False, warnings
    if when is None:
        warnings.append("no article date and no year in the sentence: the period is unknown")
        return None, [], True, warnings
    latest = when.year - 1
    annual = re.search(r"\b(annually|a year|per year|each year|every year|yearly)\b", lower)
    label = f"{latest} (latest full year before the article{'; stated as annual' if annual else ''})"
    return label, [latest], True, warnings


_GENERAL = {
    "goods",
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


def _product_of(doc: Doc, flow_tok: int | None) -> str | None:
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
            if child.lemma_.lower() in _FLOW_LEMMAS or child.ent_type_ in ("GPE", "NORP", "DATE", "MONEY", "PERCENT"):
                continue
            return child.text
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.children:
                if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.lower_ not in _GENERAL and not t.ent_type_:
                    return t.text
    return None


def _uncheckable_reason(doc: Doc, sent: Span, q: _Quantity, verb: Token, flow: Flow | None) -> str | None:
    head = doc[q.token]
    # the words of the quantity's own clause (not those of a clause around or inside it)
    near = {t for t in verb.subtree if _clause_verb(doc, t.i).i == verb.i} | {head, *head.children}
    lemmas = _lemmas(near)
    for words, reason in _UNCHECKABLE:  # the governing verb first: "pledged $60 billion in financing"
        if _lemmas([verb]) & words and not reason.startswith("a project"):
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


def _claim_for(
    article: Article,
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    q: _Quantity,
    focus: str | None,
    previous: list[Claim],
) -> Claim | None:
    verb = _clause_verb(doc, q.token)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # a table row or a heading: nothing is stated
    flow, flow_tok = _flow_near(doc, sent, q.token)
    if flow_tok is not None and _distance(doc, q.token, flow_tok) > 6:
        flow, flow_tok = None, None  # a flow word in another clause
    if q.unit == "rank" and flow is None:
        flow = _RANK_NOUNS.get(str(q.detail.get("noun")))  # type: ignore[assignment]
        if q.detail.get("overtook") and not q.detail.get("stated_rank"):
            has_rank = any(t.lower_ in _RANK_NOUNS and _rank_of(doc, t) for t in sent)
            flow = None if has_rank else flow
    subject, partner = _subject_partner(doc, sent, ents, q.token, verb, flow_tok, focus)
    if subject is None and any(t.lower_ in ("it", "its") for t in sent):
        subject = previous[-1].subject if previous else focus
    if subject is None and re.search(r"\b(the|this) (country|nation)\b|\bgovernment\b", sent.text, re.IGNORECASE):
        subject = focus  # "the country": the country the article is about
    if subject is None:
        return None
    label, years, inferred, warnings = _period(article, doc, sent, q.token)
    reason = _uncheckable_reason(doc, sent, q, verb, flow)
    product = _product_of(doc, flow_tok) if flow is not None and q.unit != "rank" else None
    if reason is None and product is not None:
        reason = f"trade in one product ({product}): the checked data are totals over all goods"
    if q.unit == "rank" and q.detail.get("noun") in _UNCHECKABLE_RANKS:
        if doc[q.token].dep_ not in ("attr", "appos", "nsubj", "dobj", "pobj") or (
            q.detail.get("noun") == "economy" and doc[q.token].dep_ == "pobj"
        ):
            return None  # "trade with the world's second-largest economy": an epithet, not a claim
        reason = _UNCHECKABLE_RANKS[str(q.detail["noun"])]
    kind: Kind
    detail = dict(q.detail)
    unit: Unit = q.unit
    value = q.value
    lem = _lemmas([verb, *verb.children, doc[q.token], *doc[q.token].ancestors])
    if q.unit == "comparison":
        reason = None
    if reason is not None:
        # a share of GDP borrowed, a stake owned, a poll: claims, though not about trade
        polled = q.unit == "percent" and not reason.startswith(("a project", "services"))
        polled = polled or (q.unit == "rank" and q.detail.get("noun") in _UNCHECKABLE_RANKS)
        if (
            q.unit in ("percent", "multiple", "record", "rank")
            and flow is None
            and not _is_economic(lem)
            and not polled
        ):
            return None  # "30 percent of people", "a record turnout": not a claim about money or trade
        kind = "uncheckable"
    elif q.unit == "money":
        if flow is None:
            kind, reason = "uncheckable", "what the amount measures is not goods trade or a vote"
        else:
            kind = "trade_value"
    elif q.unit == "rank":
        if flow is None:
            return None
        kind = "rank_share"
        if q.detail.get("overtook"):
            objs = [set(t.i for t in ch.subtree) for ch in verb.children if ch.dep_ == "dobj"]
            obj = [e for e in ents if objs and e.token in objs[0]]
            detail["overtook"] = obj[0].code if obj else None
            # "China overtook the US as Kenya's largest trading partner": China is the partner
            poss = [e for e in ents if doc[e.token].dep_ == "poss"]
            if poss:
                subj_ent = [e for e in ents if e.code not in (poss[0].code, detail["overtook"])]
                subject, partner = poss[0].code, subj_ent[0].code if subj_ent else partner
    elif q.unit == "percent":
        share = _share_of(doc, q.token)
        change = lem & (_CHANGE_UP | _CHANGE_DOWN) or q.detail.get("signed")
        if share is not None and flow is not None and subject is not None and subject not in GROUP_CODES:
            kind = "rank_share"
            unit = "percent"
            detail["share_of"] = share
            subject, partner = _share_parties(doc, ents, q.token, subject, partner)
        elif change and flow is not None:
            kind = "change"
            if not q.detail.get("signed") and value is not None and lem & _CHANGE_DOWN:
                value = -value
        else:
            return None
    elif q.unit == "multiple" or q.unit == "record":
        if flow is None:
            return None
        kind = "change"
    elif q.unit == "ratio":
        base = next(
            (c for c in reversed(previous) if c.kind == "trade_value" and c.span[0] >= _prev_start(doc, sent)), None
        )
        if base is None or flow is None:
            return None
        kind = "rank_share"
        subject, partner = base.subject, base.partner
        detail["of"] = {"flow": base.flow, "quantity": base.quantity, "currency": base.currency, "quote": base.quote}
        label, years, inferred = base.period, base.years, base.period_inferred
    elif q.unit == "comparison":
        base = next((c for c in reversed(previous) if c.kind == "trade_value" and c.span[0] == sent.start_char), None)
        if base is None:
            return None
        kind, reason = "rank_share", None
        subject, partner, flow = base.subject, base.partner, base.flow
        detail["of"] = {"flow": base.flow, "quantity": base.quantity, "currency": base.currency, "quote": base.quote}
        label, years, inferred = base.period, base.years, base.period_inferred
    else:  # pragma: no cover - every unit is handled above
        return None
    if kind == "rank_share" and q.unit == "rank":
        # "China is Kenya's largest trading partner": the possessor is the country whose partners rank
        poss = [e for e in ents if doc[e.token].dep_ == "poss" and doc[e.token].head.i == q.token]
        if poss and not q.detail.get("overtook"):
            other = [e.code for e in ents if e.code != poss[0].code]
            subject, partner = poss[0].code, other[0] if other else None
    if flow in ("deficit", "surplus") and partner is None and subject is not None:
        partner = "World"
    return Claim(
        kind=kind,
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[q.start : q.end],
        quote_span=(q.start, q.end),
        subject=subject,
        partner=partner,
        flow=flow,
        quantity=value,
        unit=unit,
        currency=q.currency,
        period=label,
        years=years,
        period_inferred=inferred,
        hedge=q.hedge,
        reason=reason,
        detail=detail,
        warnings=warnings,
    )


def _prev_start(doc: Doc, sent: Span) -> int:
    """Where the sentence before ``sent`` starts (``sent`` itself when it is the first)."""
    if sent.start == 0:
        return sent.start_char
    return doc[sent.start - 1].sent.start_char


def _is_economic(lemmas: set[str]) -> bool:
    return bool(lemmas & (set(_FLOW_LEMMAS) | {"gdp", "economy", "debt", "loan", "investment", "invest", "reserve"}))


def _share_of(doc: Doc, i: int) -> Flow | None:
    """ "20% of Kenya's exports": the flow the percentage is a share of."""
    for child in doc[i].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.subtree:
                flow = _FLOW_LEMMAS.get(t.lemma_.lower())
                if flow is not None and t.lemma_.lower() in ("export", "import", "trade", "sale", "purchase"):
                    return flow
    return None


def _share_parties(
    doc: Doc, ents: list[Entity], i: int, subject: str | None, partner: str | None
) -> tuple[str | None, str | None]:
    """The owner of the flow ("of Kenya's exports") is the subject; the other country the partner."""
    owner = [e for e in ents if doc[e.token].dep_ == "poss" and i in [a.i for a in doc[e.token].ancestors]]
    if owner:
        other = [e.code for e in ents if e.code != owner[0].code]
        return owner[0].code, other[0] if other else partner
    return subject, partner


# --- alignment ----------------------------------------------------------------------


def _alignment(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], qs: list[_Quantity], focus: str | None
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
    verb = _clause_verb(doc, cue.i)
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
    pct = [q for q in qs if q.unit == "percent"]
    text = sent.text
    frac = _TIME_FRACTION.search(text)
    if pct:
        quantity, unit, hedge = pct[0].value, "percent", pct[0].hedge
        quote_span = (min(cue.idx, pct[0].start), max(cue.idx + len(cue), pct[0].end))
    elif frac is not None:
        # "voted with the US about a third of the time": the fraction as a percentage
        quantity, unit = (
            round(100 * _TIME_FRACTIONS[re.sub(r"(one|two|three)[- ]", r"\1-", frac.group(2).lower())], 1),
            "percent",
        )
        hedge = frac.group(1).lower() if frac.group(1) else None
        a = sent.start_char + frac.start()
        quote_span = (min(cue.idx, a), max(cue.idx + len(cue), sent.start_char + frac.end()))
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
    label, years, inferred, warnings = _period(article, doc, sent, cue.i)
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


_TIME_FRACTIONS = {
    "a half": 0.5,
    "half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
}
_TIME_FRACTION = re.compile(
    r"\b(?:("
    + "|".join(sorted(_HEDGES, key=len, reverse=True))
    + r")\s+)?("
    + "|".join(k.replace("-", "[- ]") for k in sorted(_TIME_FRACTIONS, key=len, reverse=True))
    + r")\s+of\s+(?:the\s+)?(?:time|votes|roll calls|resolutions)\b",
    re.IGNORECASE,
)


def _than_entity(doc: Doc, sent: Span, by_token: dict[int, Entity]) -> Entity | None:
    for tok in sent:
        if tok.lower_ == "than":
            found = [by_token[t.i] for t in tok.subtree if t.i in by_token]
            if not found:
                found = [e for i, e in sorted(by_token.items()) if i > tok.i]
            return found[0] if found else None
    return None


# --- conversions and arithmetic ------------------------------------------------------


def _merge_conversions(article: Article, sent: Span, claims: list[Claim]) -> list[Claim]:
    """Two amounts in different currencies side by side ("2 million shillings, or about
    $15,500"; "Sh600 billion ($4.4 billion)") are one conversion claim."""
    out: list[Claim] = []
    i = 0
    while i < len(claims):
        c = claims[i]
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        if (
            nxt is not None
            and c.unit == "money"
            and nxt.unit == "money"
            and c.currency != nxt.currency
            and re.fullmatch(
                _CONVERSION_GAP,
                article.text[c.quote_span[1] : _bare_start(article, nxt)],
                re.IGNORECASE,
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
            out.extend([c, conv])
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _bare_start(article: Article, c: Claim) -> int:
    start = c.quote_span[0]
    if c.hedge:
        low = article.text[start : c.quote_span[1]].lower()
        if low.startswith(c.hedge):
            return start
    return start


def _arithmetic(article: Article, doc: Doc, sent: Span, claims: list[Claim], qs: list[_Quantity]) -> list[Claim]:
    """Figures inside one sentence that must agree: a percent change between two stated
    amounts ("up 12% from $40bn to $44.8bn"), a multiple of a stated amount ("$60 billion,
    triple the $20 billion of 2015"), a share computed from two stated amounts, and parts
    that must add up to a stated total ("of the $19 billion, $6 billion ... the rest, $13 billion")."""
    money = [q for q in qs if q.unit == "money" and q.value]
    if len(money) < 2 or not claims:
        return []
    balance = _balance(article, claims)
    if balance is not None:
        return [balance]
    first = claims[0]
    share = _stated_share(sent, qs)
    if share is not None and len(money) == 2 and re.match(r"\s*(of|out of)\b", sent.text, re.IGNORECASE):
        # "Of Brazil's $211 billion in exports, $68 billion, or about a third, went to China"
        value, hedge, (s, e) = share
        whole, part = money[0], money[1]
        if not re.fullmatch(r"[\s,(]*(or|,)[\s(]*", article.text[part.end : s], re.IGNORECASE):
            return []  # the share must follow the part it describes ("$68 billion, or about a third")
        return [
            Claim(
                kind="arithmetic",
                sentence=first.sentence,
                span=first.span,
                quote=article.text[whole.start : max(e, part.end)],
                quote_span=(whole.start, max(e, part.end)),
                subject=first.subject,
                partner=first.partner,
                flow=first.flow,
                quantity=value,
                unit="ratio",
                currency=whole.currency,
                period=first.period,
                years=first.years,
                period_inferred=first.period_inferred,
                hedge=hedge,
                detail={
                    "rule": "share",
                    "whole": whole.value,
                    "part": part.value,
                    "share": value,
                    "currencies": [whole.currency, part.currency],
                },
            )
        ]
    lower = sent.text.lower()
    pct = [q for q in qs if q.unit == "percent"]
    mult = [q for q in qs if q.unit == "multiple"]
    out: list[Claim] = []
    detail: dict[str, Any] = {"amounts": [m.value for m in money], "currencies": [m.currency for m in money]}
    rule = None
    changing = bool(_lemmas(sent) & (_CHANGE_UP | _CHANGE_DOWN))
    if pct and len(money) == 2 and changing:
        rule = "change"
        detail["percent"] = pct[0].value
        if re.search(r"\b(fell|fall|down|drop|declin|decreas|shr[ai]nk|lower)", lower):
            detail["percent"] = -abs(float(pct[0].value or 0))
        detail["hedge"] = pct[0].hedge
    elif mult and len(money) == 2:
        rule = "multiple"
        detail["multiple"] = mult[0].value
    elif re.search(r"\b(out of|of which|combined|in total|a total of)\b", lower):
        rule = "parts"
    if rule is None:
        return []
    detail["rule"] = rule
    s = min(q.start for q in money)
    e = max(q.end for q in [*money, *pct, *mult])
    out.append(
        Claim(
            kind="arithmetic",
            sentence=first.sentence,
            span=first.span,
            quote=article.text[s:e],
            quote_span=(s, e),
            subject=first.subject,
            partner=first.partner,
            flow=first.flow,
            quantity=detail.get("percent") or detail.get("multiple"),
            unit="ratio",
            currency=money[0].currency,
            period=first.period,
            years=first.years,
            period_inferred=first.period_inferred,
            hedge=first.hedge,
            detail=detail,
        )
    )
    return out


def _balance(article: Article, claims: list[Claim]) -> Claim | None:
    """ "A surplus of $X, selling $Y and buying $Z, for two-way trade of $T": the stated balance
    must be exports minus imports (a deficit: imports minus exports), a stated total their sum."""
    by_flow: dict[str, Claim] = {}
    for c in claims:
        if c.kind == "trade_value" and c.flow is not None and c.quantity and c.flow not in by_flow:
            by_flow[c.flow] = c
    exp, imp = by_flow.get("exports"), by_flow.get("imports")
    bal = by_flow.get("surplus") or by_flow.get("deficit")
    total = by_flow.get("total")
    if exp is None or imp is None or (bal is None and total is None):
        return None
    stated = [x for x in (bal, total, exp, imp) if x is not None]
    if len({x.currency for x in stated}) != 1:
        return None
    detail: dict[str, Any] = {"rule": "balance", "exports": exp.quantity, "imports": imp.quantity}
    if bal is not None:
        detail.update(balance=bal.quantity, balance_flow=bal.flow, balance_hedge=bal.hedge)
    if total is not None:
        detail.update(total=total.quantity, total_hedge=total.hedge)
    s, e = min(x.quote_span[0] for x in stated), max(x.quote_span[1] for x in stated)
    head = bal or total
    assert head is not None
    return Claim(
        kind="arithmetic",
        sentence=head.sentence,
        span=head.span,
        quote=article.text[s:e],
        quote_span=(s, e),
        subject=head.subject,
        partner=head.partner,
        flow=head.flow,
        quantity=head.quantity,
        unit="money",
        currency=head.currency,
        period=head.period,
        years=head.years,
        period_inferred=head.period_inferred,
        hedge=head.hedge,
        detail=detail,
    )


_ON_BASE = re.compile(
    r"\b(?:up|down|rose|fell|grew|increased|decreased|dropped|climbed|higher|lower)\b.*\b(?:on|from|over|than)\s+"
    r"(?:the\s+)?(?:previous|prior|preceding|last|a)\s+year'?s\b",
    re.IGNORECASE,
)


def _change_on_base(article: Article, doc: Doc, sent: Span, qs: list[_Quantity], previous: list[Claim]) -> Claim | None:
    """ "Exports reached $77 billion. The figure was up 26% on the previous year's $61 billion.":
    the stated change must agree with the new total stated in the sentence before."""
    if not _ON_BASE.search(sent.text):
        return None
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    money = [q for q in qs if q.unit == "money" and q.value]
    if len(pct) != 1 or len(money) != 1:
        return None
    start = _prev_start(doc, sent)
    base = next(
        (
            c
            for c in reversed(previous)
            if c.kind == "trade_value" and c.span[0] >= start and c.quantity and c.currency == money[0].currency
        ),
        None,
    )
    if base is None:
        return None
    down = re.search(r"\b(down|fell|decreased|dropped|lower)\b", sent.text, re.IGNORECASE)
    percent = -abs(float(pct[0].value or 0)) if down else float(pct[0].value or 0)
    detail: dict[str, Any] = {
        "rule": "change",
        "amounts": [base.quantity, money[0].value],
        "currencies": [base.currency, money[0].currency],
        "percent": percent,
        "hedge": pct[0].hedge,
        "new_from": base.quote,
    }
    s, e = min(pct[0].start, money[0].start), max(pct[0].end, money[0].end)
    return Claim(
        kind="arithmetic",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[s:e],
        quote_span=(s, e),
        subject=base.subject,
        partner=base.partner,
        flow=base.flow,
        quantity=percent,
        unit="ratio",
        currency=base.currency,
        period=base.period,
        years=base.years,
        period_inferred=base.period_inferred,
        hedge=pct[0].hedge,
        detail=detail,
    )


_SHARE_WORD = re.compile(
    r"\b(?:("
    + "|".join(sorted(_HEDGES, key=len, reverse=True))
    + r")\s+)?("
    + "|".join(k.replace("-", "[- ]") for k in sorted(_TIME_FRACTIONS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _stated_share(sent: Span, qs: list[_Quantity]) -> tuple[float, str | None, tuple[int, int]] | None:
    """A share stated beside two amounts: "or about a third", "or 32 percent" (as a fraction)."""
    pct = [q for q in qs if q.unit == "percent" and q.value is not None]
    if pct:
        return float(pct[0].value or 0) / 100, pct[0].hedge, (pct[0].start, pct[0].end)
    m = _SHARE_WORD.search(sent.text)
    if m is None:
        return None
    key = re.sub(r"(one|two|three)[- ]", r"\1-", m.group(2).lower())
    a = sent.start_char
    return _TIME_FRACTIONS[key], (m.group(1).lower() if m.group(1) else None), (a + m.start(), a + m.end())
