"""The measurable quantities of a sentence: money amounts (the reader's), percentages, multiples,
fractions of a change, ratio words, "more than the next N combined", records and ranks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.checks.common import AT_LEAST, AT_MOST, hedge_class
from dyadscope.claims.claim import Quantity
from dyadscope.claims.lexicon import (
    CHANGE_DOWN,
    CHANGE_UP,
    FLOW_LEMMAS,
    FRACTIONS,
    HEDGES,
    MULTIPLES,
    NUMBER_WORDS,
    ORDINALS,
    PERCENT_WORDS,
    RANK_NOUNS,
    RANK_WORDS,
    UNCHECKABLE_RANKS,
    YEAR,
)
from dyadscope.claims.sentence import clause_verb, span_head
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HEDGE_BEFORE = re.compile(r"\b(" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s*$", re.IGNORECASE)


def _hedge_before(text: str, start: int) -> str | None:
    m = _HEDGE_BEFORE.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else None


def _bound_before(text: str, start: int) -> str | None:
    """A bounding hedge before a multiple ("more than doubled", "less than tripled"); an approximating one
    ("nearly doubled") gives none: the multiple is already a round figure, checked within ±10%."""
    hedge = _hedge_before(text, start)
    return hedge if hedge is not None and hedge_class(hedge) in (*AT_LEAST, *AT_MOST) else None


def _number(tok: Token) -> float | None:
    raw = tok.text.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return float(NUMBER_WORDS[tok.lower_]) if tok.lower_ in NUMBER_WORDS else None


# Passing or nearing a level, read from the parse: the amount (or the "mark"/"threshold" it names) is
# the object of the verb: "topped $17 billion", "crossed the $1 billion mark", "neared $2bn", "fell short of".
_PASSED = frozenset(
    {"top", "surpass", "exceed", "cross", "pass", "break", "breach", "beat", "eclipse", "clear", "outstrip"}
)
_NEARED = frozenset({"near", "approach"})
_LEVEL_NOUNS = frozenset({"mark", "threshold", "level", "barrier", "milestone", "line", "ceiling"})


def _level_hedge(doc: Doc, head: int) -> str | None:
    """The hedge a verb of passing a level gives an amount with no qualifier of its own."""
    tok = doc[head]
    if tok.head.lemma_.lower() in _LEVEL_NOUNS and tok.head.i != tok.i:
        tok = tok.head  # "the $1 billion mark"
    gov = tok.head
    if tok.dep_ in ("dobj", "obj", "attr", "oprd") and gov.pos_ in ("VERB", "AUX"):
        lemma = gov.lemma_.lower()
        if lemma in _PASSED:
            return "more than"
        if lemma in _NEARED:
            return "nearly"
    if tok.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lower_ in ("short", "shy"):
        return "nearly" if any(c.lower_ == "just" for c in gov.head.children) else "less than"
    return None


_RATE_AFTER = re.compile(
    r"\s*(?:to|per|against|for)\s+(?:the|one|a|each|every|1)\s+(?:US\s+|U\.S\.\s+|American\s+)?(?:dollar|euro)\b",
    re.IGNORECASE,
)


def find_quantities(article: Article, doc: Doc, sent: Span) -> list[Quantity]:
    text = article.text
    a, b = sent.start_char, sent.end_char
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for amt in article.amounts:
        s, e = amt.span
        if a <= s < b and _RATE_AFTER.match(text, e):
            taken.append((s, e))  # "at 10.5 kwacha to the dollar": an exchange rate, no amount of trade
            continue
        if a <= s < b:
            head = span_head(doc, s, e)
            hedge = amt.qualifier or _level_hedge(doc, head)
            out.append(Quantity("money", amt.value, head, s, e, amt.currency, hedge, amt))
            taken.append((s, e))

    def free(s: int, e: int) -> bool:
        return all(e <= x or s >= y for x, y in taken)

    for tok in sent:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # percentages: "90 percent", "20%", "two percent"
        if tok.like_num and nxt is not None and nxt.lower_ in PERCENT_WORDS and free(tok.idx, nxt.idx + len(nxt)):
            value = _number(tok)
            if value is not None:
                s, e = tok.idx, nxt.idx + len(nxt.text)
                out.append(Quantity("percent", value, nxt.i, s, e, hedge=_hedge_before(text, s)))
                taken.append((s, e))
            continue
        lemma = tok.lemma_.lower()
        # multiples: "doubled", "tripled", "five times", "fell by a third"
        if lemma in MULTIPLES and tok.pos_ in ("VERB", "NOUN", "ADJ"):
            out.append(
                Quantity(
                    "multiple",
                    MULTIPLES[lemma],
                    tok.i,
                    tok.idx,
                    tok.idx + len(tok),
                    hedge=_bound_before(text, tok.idx),  # "more than doubled"; "nearly doubled" keeps ±10%
                    detail={"word": tok.text},
                )
            )
            continue
        fold = _FOLD.fullmatch(tok.lower_)
        if fold is not None and (fold.group(1) in NUMBER_WORDS or fold.group(1).isdigit()):
            # "rose sixfold", "a tenfold increase", "more than eightfold", "a 3-fold rise" (one token)
            n = fold.group(1)
            value = float(n) if n.isdigit() else float(NUMBER_WORDS[n])
            hedge = _bound_before(text, tok.idx)  # as for "doubled": an approximating hedge keeps ±10%
            out.append(
                Quantity("multiple", value, tok.i, tok.idx, tok.idx + len(tok), hedge=hedge, detail={"word": tok.text})
            )
            continue
        if tok.lower_ in ("times", "fold") and tok.i > sent.start and doc[tok.i - 1].like_num:
            value = _number(doc[tok.i - 1])
            if value is not None:
                s = doc[tok.i - 1].idx
                out.append(Quantity("multiple", value, tok.i, s, tok.idx + len(tok), hedge=_hedge_before(text, s)))
            continue
        by = _by_before(doc, sent, tok) if lemma in FRACTIONS else None
        verb_lemma = clause_verb(doc, tok.i).lemma_.lower()
        particle = _up_down(doc, sent, by) if by is not None else None
        if by is not None and (verb_lemma in CHANGE_UP | CHANGE_DOWN or particle is not None):
            # "fell by a third", "rose by roughly a third to $2.7 billion" (however the parser attaches
            # 'third'), "were up by more than a fifth on 2006"
            down = verb_lemma in CHANGE_DOWN if verb_lemma in CHANGE_UP | CHANGE_DOWN else particle == "down"
            sign = -1.0 if down else 1.0
            out.append(
                Quantity(
                    "percent",
                    sign * 100 * FRACTIONS[lemma],
                    tok.i,
                    by.idx,
                    tok.idx + len(tok),
                    hedge=_hedge_before(text, doc[tok.i - 1].idx if doc[tok.i - 1].lower_ in ("a", "one") else tok.idx),
                    detail={"word": f"by a {tok.text}", "signed": True},
                )
            )
            continue
        # ratios to another figure: "exports remain a fraction of that figure", "half of its imports",
        # "about a fifth of its exports", "two thirds of the country's exports"
        fraction = _fraction_of(doc, sent, tok)
        if tok.lower_ == "fraction" or (
            fraction is not None
            and nxt is not None
            and nxt.lower_ == "of"
            and tok.head.lower_ != "by"
            and not (tok.i > sent.start and doc[tok.i - 1].lower_ in ("first", "second", "last"))
        ):
            first = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].dep_ in ("det", "amod", "nummod") else tok.i
            if first > sent.start and doc[first - 1].dep_ == "det":
                first -= 1
            if first == tok.i and tok.i > sent.start and doc[tok.i - 1].lower_ in ("a", "one", *NUMBER_WORDS):
                first -= 1  # "roughly a third of": the article belongs to the quote, the hedge before it
            if first > sent.start and doc[first - 1].text == "-":
                first = max(sent.start, first - 2)  # "two-thirds"
            word = doc[first : tok.i + 1].text.lower()
            hedge = _hedge_before(text, doc[first].idx)
            detail = {"word": word, "fraction": fraction}
            out.append(Quantity("ratio", None, tok.i, doc[first].idx, tok.idx + len(tok), hedge=hedge, detail=detail))
            continue
        # "more than the next three combined"
        window = doc[max(sent.start, tok.i - 5) : tok.i]
        every = any(t.lower_ == "all" for t in window) and any(t.lower_ in ("other", "others") for t in window)
        if tok.lower_ == "combined" and (any(t.lower_ == "next" for t in window) or every):
            # "more than the next three combined"; "more than all other markets combined" (n: None)
            n = None if every else next((_number(t) for t in window if _number(t)), None)
            s = next(t.idx for t in doc[max(sent.start, tok.i - 8) : tok.i] if t.lower_ in ("more", "next", "all"))
            nouns = [t.lemma_.lower() for t in window if t.lemma_.lower() in RANK_NOUNS]
            detail = {"next_combined": "all" if every else n, "ranked_as": nouns[0] if nouns else None}
            out.append(Quantity("comparison", n, tok.i, s, tok.idx + len(tok), detail=detail))
            continue
        # records: "a record", "the highest since 2010", "an all-time high"
        if tok.lower_ in _RECORD_WORDS and free(tok.idx, tok.idx + len(tok)):
            since = None
            for child in tok.children:
                if child.lower_ == "since":
                    years = [int(t.text) for t in child.subtree if YEAR.fullmatch(t.text)]
                    since = years[0] if years else None
            if tok.lower_ == "record" or since is not None:
                nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
                end = nxt.idx + len(nxt) if nxt is not None and nxt.lower_ in _RECORD_SIDE else tok.idx + len(tok)
                out.append(
                    Quantity(
                        "record",
                        None,
                        tok.i,
                        tok.idx,
                        end,
                        detail={"direction": _record_direction(doc, tok), "since": since},
                    )
                )
            continue
        # a list ranked together: "China, Switzerland and India were Ghana's three largest export markets"
        top = _top_n(tok) if tok.tag_ == "NNS" and tok.lemma_.lower() in RANK_NOUNS else None
        if top is not None:
            first = min([c.i for c in tok.subtree if c.dep_ in ("amod", "compound", "nummod")] + [tok.i])
            detail = {"noun": tok.lemma_.lower(), "top": top}
            out.append(Quantity("rank", float(top), tok.i, doc[first].idx, tok.idx + len(tok), detail=detail))
            continue
        # ranks: "largest trading partner", "second-largest export market", "overtook the US"
        if (tok.lower_ in RANK_NOUNS or tok.lower_ in UNCHECKABLE_RANKS) and tok.pos_ == "NOUN":
            rank = rank_of(doc, tok)
            if rank is not None:
                first = min([c.i for c in tok.subtree if c.dep_ in ("amod", "compound", "advmod")] + [tok.i])
                s = doc[first].idx
                out.append(Quantity("rank", float(rank), tok.i, s, tok.idx + len(tok), detail={"noun": tok.lower_}))
            continue
        if lemma in ("overtake", "surpass", "overtook", "overtaken") and tok.pos_ == "VERB":
            out.append(Quantity("rank", 1.0, tok.i, tok.idx, tok.idx + len(tok), detail={"overtook": True}))
    versus = [q for q in _versus(doc, sent) if free(q.start, q.end)]
    # "imports from China were four times those from Japan": the multiple is the comparison's factor,
    # not a change of one flow
    out = [q for q in out if not (q.unit == "multiple" and any(v.start <= q.start and q.end <= v.end for v in versus))]
    out.extend(versus)
    out.extend(_directions(doc, sent, out))
    if not any(q.unit == "money" for q in out):
        out.extend(_balances(doc, sent))
        out.extend(_vague_amounts(doc, sent))
    return _merge_overtaking(doc, sorted(out, key=lambda q: q.start))


_RECORD_WORDS = ("record", "highest", "lowest", "largest", "biggest", "smallest", "weakest", "strongest")
# all but 'record' need 'since'; a record's direction is its own word or, for 'record', the word it modifies
# or that follows it ("a record low", "record-low", "record lows"; "a record" alone is a high)
_RECORD_LOW = frozenset({"lowest", "smallest", "weakest", "low", "lows", "trough", "minimum", "bottom", "nadir"})
_RECORD_SIDE = frozenset({"low", "lows", "high", "highs"})  # "a record low": the quote takes the side word


def _record_direction(doc: Doc, tok: Token) -> str:
    """ "low" for a record low ("hit a record low", "a record-low $2 billion", "the lowest since 2009"),
    else "high"."""
    if tok.lower_ != "record":
        return "low" if tok.lower_ in _RECORD_LOW else "high"
    j = tok.i + 1
    while j < len(doc) and doc[j].text in ("-", "\u2011"):
        j += 1
    after = doc[j].lower_ if j < len(doc) else ""
    return "low" if after in _RECORD_LOW or (tok.head.lower_ in _RECORD_LOW and tok.head.i > tok.i) else "high"


_TIMES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "twice": 2.0, "double": 2.0, "three times": 3.0}
_FLOW_VERBS = frozenset({"buy", "sell", "export", "import", "ship", "purchase", "trade", "take"})
_TIMES_WORDS = "|".join(f"{w} times" for w in NUMBER_WORDS if w not in ("one", "a"))
# "A bought five times as much as B", "twice as many goods as": any number word before 'times' (was only
# "three times" and digits: "nearly five times as much as" was read as a change of one flow)
_AS_MUCH = re.compile(
    r"\b(?:(?P<bound>less|more|fewer) than\s+)?(?P<f>half|a third|a quarter|twice|double|" + _TIMES_WORDS + r"|"
    r"(?P<n>\d+(?:\.\d+)?) times)\s+as\s+(?:much|many)\b(?:\s+\w+){0,3}?\s+as\b",
    re.IGNORECASE,
)
# one country's flows with two partners compared, the second named by a pronoun noun or a flow word and its
# preposition: "imports from China were twice those from Japan", "larger than those to Slovenia", "more than
# twice as much as its exports to the United States", "three times the value of its sales to Chile"
_PARTNER_VERSUS = re.compile(
    r"\b(?:(?P<bound>less|more|fewer|larger|bigger|greater|higher|smaller|lower) than\s+)?"
    r"(?P<f>half|a third|a quarter|twice|double|" + _TIMES_WORDS + r"|(?P<n>\d+(?:\.\d+)?) times)?\s*"
    r"(?:as\s+(?:much|large|big|high)\s+as\s+|the\s+(?:value|size|level)\s+of\s+)?"
    r"(?P<other>those|that|(?:(?:its|their|the country's)\s+)?(?:exports|imports|sales|purchases|shipments))"
    r"\s+(?:from|to|with)\b",
    re.IGNORECASE,
)
_LESS_WORDS = frozenset({"less", "fewer", "smaller", "lower"})


_FOLD = re.compile(r"(\w+?)-?fold")


def _times_value(word: str | None) -> float:
    """ "twice" 2, "a third" 1/3, "four times" 4; None (a bare comparative): 1."""
    if word is None:
        return 1.0
    w = word.lower()
    if w in _TIMES:
        return _TIMES[w]
    return float(NUMBER_WORDS[w.split()[0]])


def _versus(doc: Doc, sent: Span) -> list[Quantity]:
    """Two countries' flows compared: "A bought less than half as much as B", "A sold more goods to M
    than B did" (factor 1). The token is the comparison word; the country after 'as'/'than' is read
    by the claim (:mod:`dyadscope.claims.kinds.rank`)."""
    out: list[Quantity] = []
    a = sent.start_char
    for m in _PARTNER_VERSUS.finditer(sent.text):
        if not (m.group("f") or m.group("bound")):
            continue  # "its exports to Chile" alone compares nothing
        f = float(m.group("n")) if m.group("n") else _times_value(m.group("f"))
        word = (m.group("bound") or "").lower()
        bound = ("less" if word in _LESS_WORDS else "more") if word else None
        other = doc.char_span(a + m.start("other"), a + m.end("other"), alignment_mode="expand")
        if other is None:
            continue
        detail = {"versus": True, "factor": f, "bound": bound, "after": other[-1].idx}
        out.append(Quantity("comparison", f, other[-1].i, a + m.start(), a + m.end(), detail=detail))
    if out:
        return out
    for m in _AS_MUCH.finditer(sent.text):
        f = float(m.group("n")) if m.group("n") else _times_value(m.group("f"))
        bound = (m.group("bound") or "").lower().replace("fewer", "less") or None
        span = doc.char_span(a + m.start(), a + m.end(), alignment_mode="expand")
        if span is None:
            continue
        detail = {"versus": True, "factor": f, "bound": bound, "after": span[-1].idx}
        out.append(Quantity("comparison", f, span[-1].i, a + m.start(), a + m.end(), detail=detail))
    if out:
        return out
    for tok in sent:
        # "more goods to Africa than the United States": a comparative governed by a flow verb, 'than' a country
        head = tok.head.head if tok.head.pos_ == "NOUN" else tok.head  # "sold more goods", "bought more"
        if tok.lower_ not in ("more", "less", "fewer") or head.lemma_.lower() not in _FLOW_VERBS:
            continue
        than = [t for t in sent if t.lower_ == "than" and t.i > tok.i]
        if not than or any(t.like_num or t.text in "$€£" for t in doc[than[0].i : min(than[0].i + 3, sent.end)]):
            continue  # "more than $5 billion": a hedge, not a comparison
        if any(t.lower_ in ("combined", "next", "other") for t in doc[than[0].i : sent.end]):
            continue  # "more than the next three combined": a rank claim
        bound = "less" if tok.lower_ in ("less", "fewer") else "more"
        detail = {"versus": True, "factor": 1.0, "bound": bound, "after": than[0].idx}
        out.append(Quantity("comparison", 1.0, tok.i, tok.idx, than[0].idx + 4, detail=detail))
        break
    return out


_PLURAL_FRACTIONS = {"halves": "half", "thirds": "third", "quarters": "quarter", "fifths": "fifth", "tenths": "tenth"}


def _fraction_of(doc: Doc, sent: Span, tok: Token) -> float | None:
    """The value of a fraction word: "half" 1/2, "a fifth" 1/5, "two thirds" / "two-thirds" 2/3."""
    word = _PLURAL_FRACTIONS.get(tok.lower_, tok.lower_)
    if word not in FRACTIONS:
        return None
    top = 1
    before = [doc[i] for i in range(max(sent.start, tok.i - 2), tok.i) if doc[i].text != "-"]
    if before and before[-1].lower_ in NUMBER_WORDS and before[-1].lower_ != "one":
        top = int(NUMBER_WORDS[before[-1].lower_])
    elif tok.lower_ in _PLURAL_FRACTIONS:
        return None  # "thirds" with no count
    value = top * FRACTIONS[word]
    return value if 0 < value < 1 else None


def _by_before(doc: Doc, sent: Span, tok: Token) -> Token | None:
    """The 'by' of "by a third", "by roughly a quarter", "by more than a fifth" (hedge words between)."""
    if tok.head.lower_ == "by":
        return tok.head
    for i in range(tok.i - 1, max(sent.start, tok.i - 5) - 1, -1):
        word = doc[i].lower_
        if word == "by":
            return doc[i]
        if word not in _BY_FILLERS:
            return None
    return None


_BY_FILLERS = frozenset(
    {
        "a",
        "one",
        "about",
        "roughly",
        "around",
        "nearly",
        "almost",
        "more",
        "less",
        "than",
        "over",
        "under",
        "just",
        "some",
        "approximately",
        "close",
        "to",
        "at",
        "least",
    }
)


def _up_down(doc: Doc, sent: Span, by: Token) -> str | None:
    """ "up by a fifth", "down by a third": the particle before 'by' (or the head 'by' hangs on)."""
    for t in (by.head, doc[by.i - 1] if by.i > sent.start else by):
        if t.lower_ in ("up", "down"):
            return t.lower_
    return None


def _merge_overtaking(doc: Doc, qs: list[Quantity]) -> list[Quantity]:
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
            verb = next((v for v in verbs if clause_verb(doc, q.token).i == v.token), None)
            if verb is not None:
                q.detail = {**q.detail, "overtook": True, "stated_rank": True}
                q.start = min(q.start, verb.start)
                merged.add(verb.token)
        out.append(q)
    return [q for q in out if not (q.detail.get("overtook") and "noun" not in q.detail and q.token in merged)]


def _top_n(noun: Token) -> int | None:
    """N of "the three largest markets", "its top five suppliers" (a number word and a rank word on the noun)."""
    words = [t for t in noun.subtree if t.i < noun.i]
    if not any(t.lower_ in RANK_WORDS and t.lower_ not in ("major", "chief", "main") for t in words):
        return None
    n = next((NUMBER_WORDS.get(t.lower_) for t in words if t.lower_ in NUMBER_WORDS), None)
    return int(n) if n is not None and 1 < n <= 10 else None


def rank_of(doc: Doc, noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "advmod", "nmod"):
            continue
        words = [t.lower_ for t in child.subtree]
        joined = " ".join(words).replace(" - ", "-")
        if child.lower_ in RANK_WORDS or any(w in RANK_WORDS for w in joined.split("-")):
            if "major" in words or "chief" in words:
                return None  # "a major partner": no rank stated
            for word, n in ORDINALS.items():
                if word in joined:
                    return n
            return 1
    return None


_STATED_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|last year|this year|in recent years|since|over the (?:past|last)|in the (?:past|last))\b",
    re.IGNORECASE,
)


def _directions(doc: Doc, sent: Span, found: list[Quantity]) -> list[Quantity]:
    """A change stated without a number ("trade between them has declined in recent years", "exports
    to China rose in 2019"): the direction alone, when no quantity of the sentence hangs on the verb
    and the verb is not negated."""
    verbs = {clause_verb(doc, q.token).i for q in found}
    out: list[Quantity] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in CHANGE_UP | CHANGE_DOWN or tok.i in verbs:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children):
            continue  # "did not rise", "will grow", "may fall": no change stated
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not any(t.lemma_.lower() in FLOW_LEMMAS for t in subj[0].subtree):
            continue  # the flow itself must change ("trade has declined"), not be what is increased
        if not _STATED_TIME.search(sent.text):
            continue  # a direction with no amount needs its period stated ("in 2019", "in recent years")
        direction = "down" if lemma in CHANGE_DOWN else "up"
        detail = {"direction": direction, "direction_only": True, "word": tok.text}
        out.append(Quantity("percent", None, tok.i, tok.idx, tok.idx + len(tok), detail=detail))
    return out


def _balances(doc: Doc, sent: Span) -> list[Quantity]:
    """A deficit or surplus named without an amount, with its owner ("Pakistan's trade deficit",
    "Kenya runs a surplus with Uganda"): a claim about the sign of the balance. Not under a modal
    ("may face deficits") nor in a plural ("deficits with China": said of no one country)."""
    out: list[Quantity] = []
    for tok in sent:
        if tok.lemma_.lower() not in ("deficit", "surplus") or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
            continue
        verb = clause_verb(doc, tok.i)
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or any(
            c.dep_ == "neg" for c in verb.children
        ):
            continue
        owner = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")]
        ran = verb.lemma_.lower() in ("run", "post", "record", "have", "report") and any(
            c.dep_ == "nsubj" for c in verb.children
        )
        if not owner and not ran:
            continue
        detail = {"sign_only": True, "word": tok.text}
        out.append(Quantity("money", None, tok.i, tok.idx, tok.idx + len(tok), detail=detail))
        break
    return out


_VAGUE = re.compile(
    r"\b(?:(?:many|several|tens of|hundreds of)\s+)?(?P<scale>billions|millions|trillions)"
    r"(?=\s+(?:of\s+(?:US\s+|U\.S\.\s+)?(?:dollars|yuan|euros|shillings|pounds|rand|naira)|worth|in\s+(?:loans|"
    r"investments?|aid|financing|infrastructure|credit|deals|projects|trade|exports|imports|debt|funding))\b)",
    re.IGNORECASE,
)


def _vague_amounts(doc: Doc, sent: Span) -> list[Quantity]:
    """ "invested billions of dollars", "offered billions in loans": money with no figure. The claim
    is found (and said to be not checkable: there is nothing to compare); no number is invented."""
    out: list[Quantity] = []
    a = sent.start_char
    for m in _VAGUE.finditer(sent.text):
        span = doc.char_span(a + m.start(), a + m.end(), alignment_mode="expand")
        if span is None:
            continue
        detail = {"vague": m.group(0).lower()}
        out.append(Quantity("money", None, span.root.i, a + m.start(), a + m.end(), detail=detail))
    return out
