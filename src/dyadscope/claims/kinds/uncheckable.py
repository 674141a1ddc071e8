"""Claims the data cannot check, and why: loans, investment, pledges, polls, projects, GDP, aid,
services, monthly or quarterly figures, one product's trade."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dyadscope.claims.claim import Claim, Draft, Entity, Flow, Quantity, Reading
from dyadscope.claims.lexicon import FLOW_LEMMAS, UNCHECKABLE_RANKS, YEAR
from dyadscope.claims.sentence import clause_verb, lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadscope.news.article import Article

_CURRENCY_MOVE = "a currency's move: the data hold annual average exchange rates only"

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
        frozenset(
            {"pledge", "commit", "commitment", "promise", "earmark", "plan", "aim", "target", "goal", "forecast"}
        ),
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
    (
        frozenset({"devalue", "devaluation", "depreciate", "depreciation", "revalue", "revaluation"}),
        _CURRENCY_MOVE,
    ),
    (
        frozenset({"inflation", "unemployment", "jobless", "wage", "wages", "salary", "interest"}),
        "prices, wages, inflation or interest rates: not in the checked data",
    ),
    (
        frozenset({"stock", "stocks", "bond", "bonds", "equity", "equities"}),
        "financial markets: not in the checked data",
    ),
)

# currency names as nouns: a currency as the subject of a verb of moving ("the cedi lost 20 percent against
# the dollar") is an exchange-rate move
CURRENCY_NOUNS = frozenset(
    {
        "dollar",
        "euro",
        "yen",
        "yuan",
        "renminbi",
        "pound",
        "sterling",
        "rupee",
        "naira",
        "cedi",
        "rand",
        "shilling",
        "franc",
        "peso",
        "real",
        "lira",
        "ringgit",
        "baht",
        "dong",
        "won",
        "rupiah",
        "taka",
        "birr",
        "kwacha",
        "dirham",
        "dinar",
        "rial",
        "riyal",
        "tenge",
        "ruble",
        "rouble",
        "zloty",
        "forint",
        "krone",
        "krona",
        "kroner",
        "sol",
        "hryvnia",
        "metical",
        "leone",
        "kip",
        "kyat",
        "som",
        "lari",
        "dram",
        "manat",
        "lev",
        "leu",
        "koruna",
        "guarani",
        "boliviano",
        "quetzal",
        "colon",
        "lempira",
        "cordoba",
    }
)
_MOVES = frozenset(
    {
        "lose",
        "fall",
        "weaken",
        "strengthen",
        "gain",
        "slide",
        "slump",
        "rise",
        "drop",
        "plunge",
        "tumble",
        "depreciate",
        "appreciate",
        "climb",
        "firm",
        "recover",
        "sink",
        "crash",
        "shed",
        "soar",
    }
)


def _currency_moves(verb: Token) -> bool:
    """ "The cedi lost about 20 percent against the dollar", "the rand has weakened by a tenth": the verb moves
    and its subject is a currency."""
    if verb.lemma_.lower() not in _MOVES:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in CURRENCY_NOUNS or s.lower_ in CURRENCY_NOUNS for s in subjects)


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_SUBANNUAL = re.compile(
    # "a quarter", "one quarter", "three-quarters": a fraction, not a period
    # "for months", "in recent months": a duration, not a monthly figure
    rf"\b((?:last|this|next|a|per|each|every|one|that|the same|the previous|the)\s+month\b|monthly|"
    rf"(?:first|last|past|previous|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months\b|"
    rf"(?<!\ba )(?<!\bone )(?<!-)quarter\b|(?:first|second|third|fourth|final)-quarter\b|quarterly|"
    rf"(?:first|second)[- ]half\b|half-year|half year|"
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


# verbs that date a statement or a publication, not the figure: "figures released by the central bank
# in February", "the bureau said last month"
_REPORTING = frozenset(
    {"say", "tell", "report", "release", "publish", "announce", "show", "state", "add", "note", "confirm", "issue"}
)


def _subannual(doc: Doc, sent: Span, verb: Token) -> bool:
    """A month, quarter or half-year that dates the quantity's figure: in the quantity's own clause, or
    in any clause but one that only dates when something was said or published ("..., according to
    figures released by the central bank in February" dates the release, not the exports)."""
    for m in _SUBANNUAL.finditer(sent.text):
        lo, hi = sent.start_char + m.start(), sent.start_char + m.end()
        for t in sent:
            if t.idx >= hi or t.idx + len(t) <= lo:
                continue
            at = clause_verb(doc, t.i)
            if at.i == verb.i or at.lemma_.lower() not in _REPORTING:
                return True
    return False


_POLLS = frozenset({"poll", "survey", "pollster", "barometer", "afrobarometer", "latinobarómetro", "latinobarometro"})


def _polled(verb: Token) -> bool:
    """A share in what a poll found: the clause (or one of the two above it) has a poll or survey as its
    subject ("A survey by a Lima polling firm found that 52 percent of Peruvians considered ...")."""
    for v in [verb, *list(verb.ancestors)[:2]]:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and lemma_set(c.subtree) & _POLLS:
                return True
    return False


def uncheckable_reason(doc: Doc, sent: Span, q: Quantity, verb: Token, flow: Flow | None) -> str | None:
    head = doc[q.token]
    # the words of the quantity's own clause (not those of a clause around or inside it)
    near = {t for t in verb.subtree if clause_verb(doc, t.i).i == verb.i} | {head, *head.children}
    # words that say so only as verbs: "China owns 60 percent", not "China's own exports"
    lemmas = lemma_set(t for t in near if not (t.lower_ in _VERB_ONLY and t.pos_ != "VERB"))
    if q.unit != "money" and _currency_moves(verb):
        return _CURRENCY_MOVE
    if q.unit == "percent" and _polled(verb):
        return "an opinion or poll: not in the data"
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
    flowing = flow is not None or (q.unit == "percent" and bool(lemma_set(sent) & set(FLOW_LEMMAS)))
    if flowing and _subannual(doc, sent, verb):
        # a flow word of the sentence counts where the parser hung it elsewhere ("dairy exports in
        # December alone fell by 12 percent", the flow word parsed as a conjunct of an earlier noun)
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


# Physical units a figure of traded goods may be given in (lemma or lower-case form): the data hold values
# in money, so such a figure is a claim the data cannot check.
_VOLUME_UNITS = frozenset(
    {
        "barrel",
        "tonne",
        "ton",
        "metre",
        "meter",
        "bcm",
        "megawatt",
        "gigawatt",
        "kilowatt",
        "megawatt-hour",
        "gigawatt-hour",
        "kilowatt-hour",
        "mwh",
        "gwh",
        "twh",
        "kwh",
        "container",
        "teu",
        "bushel",
        "carat",
        "litre",
        "liter",
        "kilogram",
        "kilo",
        "bale",
        "vehicle",
        "car",
    }
)
# what a country does with such goods: trade them, carry them, make them
_VOLUME_VERBS = frozenset(
    {
        "export",
        "import",
        "ship",
        "shipment",
        "sell",
        "sale",
        "buy",
        "purchase",
        "deliver",
        "delivery",
        "supply",
        "carry",
        "send",
        "trade",
        "produce",
        "production",
        "output",
        "pump",
        # goods moving out of or into a place ("850,000 tonnes of copper left Zambia's mines", "60 million
        # cubic metres of gas a day still enter the Brazilian pipeline"): the blind-6 annotator's volumes
        "leave",
        "enter",
        "arrive",
        "flow",
        "cross",
        "transit",
        "load",
    }
)
_FLOW_NOUNS = frozenset(
    {"export", "import", "shipment", "delivery", "sale", "purchase", "supply", "production", "output"}
)
_SCALE = frozenset({"thousand", "million", "billion", "trillion", "hundred", "dozen"})
# verbs of a level or a change a forecast states ("expects exports to recover", "will double by 2030")
_FORECAST_VERBS = frozenset(
    {
        "grow",
        "rise",
        "recover",
        "reach",
        "pass",
        "double",
        "triple",
        "exceed",
        "surpass",
        "top",
        "hit",
        "fall",
        "drop",
        "decline",
        "increase",
        "expand",
        "add",
        "return",
        "climb",
        "shrink",
        "contract",
        "sign",
        "growth",
        "recovery",
        "contraction",
        "raise",
        "boost",
        "lift",
        "cut",
        "reduce",
    }
)
_ECONOMIC = frozenset(
    {
        *FLOW_LEMMAS,
        "growth",
        "economy",
        "gdp",
        "investment",
        "invest",
        "job",
        "output",
        "production",
        "capacity",
        "revenue",
        "contract",
        "shipment",
        "delivery",
        "figure",
    }
)
_EXPECTING = frozenset({*_EXPECT, "plan", "aim", "intend", "hope"})
_FORECAST = "a pledge or forecast: no data can confirm a future amount"
_SAYING = frozenset({"say", "predict", "warn", "argue", "believe", "think", "insist", "reckon"})


def _number_before(unit: Token) -> Token | None:
    """The number that counts ``unit`` ("1.8 million barrels", "24 billion cubic metres", "1,160 megawatts")."""
    for t in unit.children:
        if t.i < unit.i and t.dep_ in ("nummod", "quantmod", "compound", "amod") and (t.like_num or t.lower_ in _SCALE):
            return t
    return None


def _country_in(doc: Doc, ents: list[Entity], tokens: set[int]) -> str | None:
    """The country (or group) of the clause that acts: one not reached through "to", "from", "with",
    "into" or "through" (those name a partner: "sells ... to Malaysian grinders"); else the first named;
    "the country" is the article's country, said by the caller."""
    named = [e for e in ents if e.token in tokens]
    for e in named:
        if not any(a.dep_ == "prep" and a.lower_ in _PARTNER_PREPS for a in doc[e.token].ancestors if a.i in tokens):
            return e.code
    return None if any(doc[i].lower_ in ("country", "nation") for i in tokens) else next((e.code for e in named), None)


_PARTNER_PREPS = frozenset({"to", "from", "with", "into", "through", "for"})


def _future_marker(article: Article, tokens: list[Token]) -> bool:
    """A complement about the future: a year after the article's, "by 2030", "next year", "this year",
    "within three years", "will"."""
    when = article.date
    for t in tokens:
        if YEAR.fullmatch(t.text) and (t.head.lower_ == "by" or (when is not None and int(t.text) > when.year)):
            return True
        if t.lower_ == "year" and any(c.lower_ in ("next", "this", "coming") for c in t.children):
            return True
        if t.lower_ == "within" or (t.lower_ == "will" and t.dep_ == "aux"):
            return True
    return False


def _claim(article: Article, sent: Span, lo: int, hi: int, subject: str, reason: str, detail: dict[str, Any]) -> Claim:
    return Claim(
        kind="uncheckable",
        sentence=sent.text.strip(),
        span=(sent.start_char, sent.end_char),
        quote=article.text[lo:hi],
        quote_span=(lo, hi),
        subject=subject,
        partner=None,
        reason=reason,
        detail=detail,
    )


def volume_claims(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], focus: str | None, found: list[Claim]
) -> list[Claim]:
    """Figures of traded goods counted in physical units ("Bangladesh now imports 1,160 megawatts of
    electricity from Indian grids", "shipments to China reached 1.8 million barrels a day", "gas deliveries
    ... reached about 24 billion cubic metres"): claims the data cannot check (they hold values, not
    volumes). The unit's clause must trade, carry or make goods, and name a country, or have a flow noun
    (exports, shipments, deliveries) that stands for the article's country; "3 million containers handled
    by the port", "2 million tonnes of maize lost to drought" are no claims."""
    out: list[Claim] = []
    taken = [c.quote_span for c in found]
    for u in sent:
        if u.lemma_.lower() not in _VOLUME_UNITS and u.lower_ not in _VOLUME_UNITS:
            continue
        num = _number_before(u)
        if num is None or u.ent_type_ in ("MONEY", "PERCENT", "DATE"):
            continue
        lo = min(t.idx for t in num.subtree)
        hi = u.idx + len(u)
        if any(a < hi and lo < b for a, b in taken):
            continue
        verb = clause_verb(doc, u.i)
        clause = [t for t in sent if clause_verb(doc, t.i).i == verb.i]
        lemmas = lemma_set(clause)
        if not lemmas & _VOLUME_VERBS:
            continue
        subject = _country_in(doc, ents, {t.i for t in clause})
        if subject is None and (lemmas & _FLOW_NOUNS or lemmas & {"country", "nation", "government"}):
            subject = focus  # "the government's plan to produce 5,000 tonnes ...": the article's country
        if subject is None:
            continue
        reason = f"a volume ({u.text}): the trade data hold values in money, not quantities of goods"
        out.append(_claim(article, sent, lo, hi, subject, reason, {"volume": u.text}))
        taken.append((lo, hi))
    return out


def forecast_claims(
    article: Article, doc: Doc, sent: Span, ents: list[Entity], focus: str | None, found: list[Claim]
) -> list[Claim]:
    """A forecast or plan stated without a figure of its own that a claim already holds ("the government
    expects exports to recover to their 2008 level by 2012", "officials forecast that trade will double
    by 2030", "plans to double its capacity by 2019"): a verb of expecting or planning whose complement
    speaks of the economy or trade, about the future (a later year, "by 2030", "next year", "will") with a
    verb of a level or change. Not checkable: no data can confirm a future amount."""
    out: list[Claim] = []
    for v in sent:
        if v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
            continue
        lemma = v.lemma_.lower()
        if lemma in _SAYING:
            # "Diplomats say trade between the two will soon return to its old peak": what someone says will be
            comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
            if comp is None or not any(a.lower_ == "will" and a.dep_ == "aux" for a in comp.children):
                continue
        elif lemma not in _EXPECTING:
            continue
        if not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in v.children):
            continue
        # what is expected: the verb's words but its subject ("the government forecasts growth of zero this year")
        who = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        inside = [t for t in v.subtree if t.i not in who and t.i != v.i]
        words = lemma_set(inside)
        if not (words & _ECONOMIC and words & _FORECAST_VERBS):
            continue
        if not _future_marker(article, inside):
            continue
        words_of = [t for t in inside if not (t.is_punct or t.is_space)]
        lo = min(t.idx for t in words_of) if lemma in _SAYING else v.idx  # what is said, not the saying
        hi = max(t.idx + len(t) for t in words_of)
        if any(a < hi and lo < b for a, b in (c.quote_span for c in found)):
            continue  # the forecast's own figure is a claim already
        subject = _country_in(doc, ents, {t.i for t in v.subtree}) or _country_in(doc, ents, {t.i for t in sent})
        subject = subject or focus
        if subject is None:
            continue
        out.append(_claim(article, sent, lo, hi, subject, _FORECAST, {}))
    return out


def drop_converted(claims: list[Claim]) -> list[Claim]:
    """A sentence's claims without the not-checkable reading of an amount the sentence converts itself
    ("a support package of 2.4 billion euros, about $3.2 billion"): the conversion is the claim there,
    its rate checked; the amount's own reason stays in the conversion's company only when it is a trade
    figure (then it is no uncheckable claim to begin with)."""
    spans = [c.quote_span for c in claims if c.kind == "conversion"]
    return [
        c
        for c in claims
        if not (c.kind == "uncheckable" and any(a <= c.quote_span[0] and c.quote_span[1] <= b for a, b in spans))
    ]
