"""Changes: growth rates ("rose 12 percent", "fell by a third"), multiples ("doubled"), records
("a record", "the highest since 2010")."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim, Draft, Reading
from dyadscope.claims.lexicon import CHANGE_DOWN, CHANGE_UP, FRACTIONS, HEDGES, YEAR
from dyadscope.claims.sentence import base_year_head

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from dyadscope.news.article import Article


def read_percent(r: Reading, d: Draft) -> bool:
    """A percentage governed by a change word on a flow: the signed change."""
    signed = r.q.detail.get("signed")
    if not (r.lemmas & (CHANGE_UP | CHANGE_DOWN) or signed) or d.flow is None:
        return False
    d.kind = "change"
    if not signed and d.value is not None and r.lemmas & CHANGE_DOWN:
        d.value = -d.value
    _on_base_year(r, d)
    _per_year(r, d)
    return True


def _on_base_year(r: Reading, d: Draft) -> None:
    """ "up by a fifth on 2006", "rose 15 percent in 2012 compared with 2010", "against 2009": that year is
    the base of the change, the claim's year the other year named (after 'on' with no other year: the year
    after the base; with 'compared with'/'from'/'against' and no other year the period stays as read,
    the base to the latest full year before the article)."""
    on = [int(t.text) for t in r.sent if YEAR.fullmatch(t.text) and t.head.lower_ == "on"]
    base = on or [int(t.text) for t in r.sent if YEAR.fullmatch(t.text) and base_year_head(t)]
    if not base:
        _compared_base(r, d)
        return
    if len(base) != 1:
        return
    others = sorted({int(t.text) for t in r.sent if YEAR.fullmatch(t.text)} - {base[0]})
    if not others and not on:
        return
    end = others[-1] if len(others) == 1 and others[-1] > base[0] else base[0] + 1 if not others else None
    if end is None:
        return
    d.years, d.period, d.inferred = [base[0], end], f"{base[0]}-{end}", False


_BASE_NOUNS = frozenset({"level", "levels", "figure", "figures", "value", "total", "mark"})


def comparison_base(year: Token) -> bool:
    """Whether a year token is what a multiple or a change is measured against, written as the thing compared
    ("four times what they were in 2009", "three times what it sold there in 2017", "triple their level in
    2006", "a third above the 2017 figure", "a third more than in 2018")."""
    head = year.head
    if year.dep_ in ("compound", "nummod", "amod", "poss") and head.lower_ in _BASE_NOUNS:
        return True
    if head.lower_ != "in":
        return False
    if head.head.lower_ in _BASE_NOUNS or head.head.lower_ == "than":
        return True
    if head.i > 0 and year.doc[head.i - 1].lower_ in _BASE_NOUNS:
        return True  # "their level in 2006" with 'in' hung on the verb
    # inside a free relative: "what they were in 2009", "what it sold there in 2017"
    return any(t.lower_ == "what" for a in year.ancestors for t in a.children if t.i < year.i) and any(
        a.lower_ == "what" or any(c.lower_ == "what" for c in a.children) for a in list(year.ancestors)[:3]
    )


def _compared_base(r: Reading, d: Draft) -> None:
    """A change measured against a year written as the thing compared (:func:`comparison_base`): from that
    year to the other year the sentence names, else to "last year" or the latest full year before the
    article (was: the year before the base to the base)."""
    years = [t for t in r.sent if YEAR.fullmatch(t.text)]
    base = [int(t.text) for t in years if comparison_base(t)]
    if len(set(base)) != 1:
        return
    others = sorted({int(t.text) for t in years} - set(base))
    when = r.article.date
    if len(others) == 1 and others[0] > base[0]:
        end, inferred = others[0], False
    elif others or when is None:
        return
    else:
        end = when.year - 1
        inferred = not re.search(r"\blast year\b", r.sent.text, re.IGNORECASE)
    if end <= base[0]:
        return
    note = " (to the latest full year before the article)" if inferred else ""
    d.years, d.period, d.inferred = [base[0], end], f"{base[0]}-{end}{note}", inferred


_PER_YEAR = re.compile(
    r"^\s*(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|before|ago))|^\s*(?:annually|per annum|yearly)\b", re.IGNORECASE
)
_YEARLY_BEFORE = re.compile(r"\b(?:average\s+annual|annual\s+average|compound\s+annual)\b[\w\s-]{0,30}$", re.I)
_A_YEAR = re.compile(r"\b(?:a|per) year\b", re.IGNORECASE)
_AVERAGE = re.compile(r"\b(?:average|averaged|compound|annuali[sz]ed)\b[\w\s-]{0,20}$", re.IGNORECASE)


def _per_year(r: Reading, d: Draft) -> None:
    """ "grew by an average of 8 percent a year since 2009", "an average annual rate of 8 percent",
    "rose 8 percent annually between 2009 and 2014": a yearly (compound) rate over the period, not the
    change over the whole period (``detail['per_year']``; one year apart, the same thing)."""
    text, a = r.sent.text, r.sent.start_char
    before, after = text[: r.q.start - a], text[r.q.end - a :]
    if re.match(r"^\s*(?:year[- ]on[- ]year|on the year)", after, re.IGNORECASE):
        return
    yearly_before = _YEARLY_BEFORE.search(before)
    if _PER_YEAR.match(after) or yearly_before or (_AVERAGE.search(before) and _A_YEAR.search(after)):
        d.detail["per_year"] = True


def read_multiple(r: Reading, d: Draft) -> bool:
    """ "doubled", "five times", "a record": a change of a flow."""
    if d.flow is None:
        return False
    d.kind = "change"
    if d.unit == "multiple":
        _on_base_year(r, d)
    return True


_COMPARED = re.compile(
    r"\b(?:(?P<hedge>" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s+)?"
    r"(?P<amount>(?:a|one)\s+(?P<frac>half|third|quarter|fifth|tenth)|half|"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per cent))"
    r"\s+(?:(?P<dir>higher|lower|up|down|more|less|bigger|smaller|larger)\s+than\s+"
    r"(?:a year (?:earlier|before|ago)|the (?:year before|previous year|prior year)|in (?P<base>(?:19|20)\d\d))"
    # "a third above the 2017 figure", "10 percent below the previous year's level"
    r"|(?P<side>above|below)\s+(?:the\s+(?P<base2>(?:19|20)\d\d)|(?P<base3>(?:19|20)\d\d)'s|the (?:previous|prior)"
    r" year's|the year-earlier)\s+(?:figure|level|total|value))",
    re.IGNORECASE,
)
_DIRECTED = re.compile(
    r"\b(?P<dir>up|down)\s+(?:by\s+)?(?:(?P<hedge>" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s+)?"
    r"(?P<amount>(?:a|one)\s+(?P<frac>half|third|quarter|fifth|tenth)|half|"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per cent))"
    r"\s+(?:from|on|compared with|against)\s+"
    r"(?:a year (?:earlier|before|ago)|the (?:year before|previous year|prior year)|(?P<base>(?:19|20)\d\d))",
    re.IGNORECASE,
)
_UP_WORDS = frozenset({"higher", "up", "more", "bigger", "larger"})


def compared_changes(article: Article, sent: Span, claims: list[Claim]) -> list[Claim]:
    """A change stated after the amount, in a clause with no flow word of its own: "..., down by about
    12 percent from a year earlier", "..., more than a third higher than a year earlier". The change is of
    the trade value stated in the same sentence (its parties, flow and year; the base the year before,
    or the year named after 'than in')."""
    base = next((c for c in claims if c.kind == "trade_value" and c.quantity is not None), None)
    if base is None or any(c.kind == "change" for c in claims):
        return []
    out: list[Claim] = []
    a = sent.start_char
    for m in [*_COMPARED.finditer(sent.text), *_DIRECTED.finditer(sent.text)]:
        frac = m.group("frac")
        value = float(m.group("n")) if m.group("n") else 100 * (FRACTIONS[frac.lower()] if frac else 0.5)
        word = (m.group("dir") or m.group("side") or "").lower()
        up = word in _UP_WORDS or word == "above"
        years = list(base.years)
        named = m.groupdict().get("base") or m.groupdict().get("base2") or m.groupdict().get("base3")
        if named and years and int(named) < years[-1]:
            years = [int(named), years[-1]]
        out.append(
            dataclasses.replace(
                base,
                kind="change",
                quote=article.text[a + m.start() : a + m.end()],
                quote_span=(a + m.start(), a + m.end()),
                quantity=value if up else -value,
                unit="percent",
                currency=None,
                hedge=m.group("hedge").lower() if m.group("hedge") else None,
                years=years,
                detail={"word": m.group("amount"), "signed": True, "of": base.quote},
                warnings=list(base.warnings),
            )
        )
    return out
