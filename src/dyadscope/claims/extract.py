"""Find checkable claims in a read article.

* trade values: a money amount in a sentence that names a flow (imports, exports, trade,
  deficit/imbalance) and two countries (or one country and a partner named in the
  sentence before: "the imbalance with China, where Kenya imports ...");
* trade ratios: "exports remain a fraction of that figure", "X times", "half";
* alignment statements: sentences about (not) aligning with, or voting with, a country.

Periods: an explicit year in the sentence, else "annually"/"a year"/"per year"/no period
means the latest full calendar year before the article's date. Hedges are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dyadscope.news.article import Article

ClaimType = Literal["trade_value", "trade_ratio", "alignment", "top_partner", "trade_share"]
_TOP = re.compile(
    r"\b(largest|biggest|main|top|leading|principal)\s+(trading partner|trade partner|source of imports|"
    r"export market|export destination|supplier)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\s+(?:its|the country's|[A-Z][a-z]+'s|total)?\s*"
    r"(exports|imports|trade)\b",
    re.IGNORECASE,
)
_FLOW_WORDS = {
    "imports": r"\bimport(s|ed|ing)?\b|\bbuys?\b|\bpurchases?\b",
    "exports": r"\bexport(s|ed|ing)?\b|\bsells?\b",
    "balance": r"\bdeficit\b|\bsurplus\b|\bimbalance\b",
    "total": r"\btrade (volume|value)?\b|\bbilateral trade\b|\btrade between\b",
}
_RATIO = re.compile(
    r"\b(a fraction|a small fraction|a tiny fraction|half|a third|a quarter|(\d+(?:\.\d+)?)\s*(?:times|-fold))\b"
    r"[^.]{0,60}?\b(that|the|this)?\s*(figure|amount|value|imports|exports)?",
    re.IGNORECASE,
)
_ALIGN = re.compile(r"\balign(s|ed|ing|ment)?\b|\bvot(e|es|ed|ing) (with|against|alongside)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_ANNUAL = re.compile(r"\b(annually|a year|per year|each year|every year|yearly)\b", re.IGNORECASE)


@dataclass
class Claim:
    """One checkable claim with its place in the text."""

    type: ClaimType
    text: str
    span: tuple[int, int]
    subject: str | None
    partner: str | None
    flow: str | None = None
    value: float | None = None
    currency: str | None = None
    hedge: str | None = None
    period: str | None = None
    years: list[int] = field(default_factory=list)
    period_inferred: bool = False
    ratio: tuple[float, float] | None = None  # bounds of a claimed ratio

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "span": list(self.span),
            "subject": self.subject,
            "partner": self.partner,
            "flow": self.flow,
            "value": self.value,
            "currency": self.currency,
            "hedge": self.hedge,
            "period": self.period,
            "years": self.years,
            "period_inferred": self.period_inferred,
            "ratio": list(self.ratio) if self.ratio else None,
        }


def _sentences(article: Article) -> list[tuple[int, int]]:
    """Sentence spans from the event and quote evidence is not enough: split on punctuation."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[\"“A-Z])|\n+", article.text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(article.text)))
    return [(a, b) for a, b in out if article.text[a:b].strip()]


def _countries_in(article: Article, a: int, b: int) -> list[str]:
    seen: list[str] = []
    for m in article.countries:
        if a <= m.start < b and m.iso3 not in seen:
            seen.append(m.iso3)
    return seen


def _period(sentence: str, when: date | None) -> tuple[str | None, list[int], bool]:
    years = sorted({int(y) for y in _YEAR.findall(sentence)})
    if years:
        return ", ".join(map(str, years)), years, False
    if when is None:
        return None, [], True
    latest = when.year - 1
    label = f"{latest} (latest full year before the article{'; stated as annual' if _ANNUAL.search(sentence) else ''})"
    return label, [latest], True


def find_claims(article: Article) -> list[Claim]:
    """Claims in reading order."""
    text = article.text
    sents = _sentences(article)
    claims: list[Claim] = []
    for idx, (a, b) in enumerate(sents):
        sentence = text[a:b]
        countries = _countries_in(article, a, b)
        period, years, inferred = _period(sentence, article.date)
        amounts = [m for m in article.amounts if a <= m.span[0] < b]
        flows = [f for f, pat in _FLOW_WORDS.items() if re.search(pat, sentence, re.IGNORECASE)]
        for amt in amounts:
            if not flows:
                continue
            subject, partner = _subject_partner(article, a, b, amt.span[0], countries, sents, idx)
            flow = _flow_for(sentence, amt.span[0] - a, flows)
            claims.append(
                Claim(
                    "trade_value",
                    sentence.strip(),
                    (a, b),
                    subject,
                    partner,
                    flow,
                    amt.value,
                    amt.currency,
                    amt.qualifier,
                    period,
                    years,
                    inferred,
                )
            )
        ratio = _RATIO.search(sentence)
        if (
            ratio
            and flows
            and claims
            and claims[-1].type == "trade_value"
            and claims[-1].span[0] >= sents[max(0, idx - 1)][0]
        ):
            base = claims[-1]
            word = ratio.group(1).lower()
            bounds = _ratio_bounds(word, ratio.group(2))
            other = "exports" if base.flow == "imports" else "imports"
            claims.append(
                Claim(
                    "trade_ratio",
                    sentence.strip(),
                    (a, b),
                    base.subject,
                    base.partner,
                    f"{other}/{base.flow}",
                    None,
                    None,
                    word,
                    base.period,
                    base.years,
                    base.period_inferred,
                    bounds,
                )
            )
        top = _TOP.search(sentence)
        if top and len(countries) >= 2:
            kind = top.group(2).lower()
            flow = "imports" if ("import" in kind or "supplier" in kind) else "exports" if "export" in kind else "total"
            # "China is Kenya's largest trading partner": the partner is named first
            mentions = [m for m in article.countries if a <= m.start < b]
            partner, subject = mentions[0].iso3, next((m.iso3 for m in mentions if m.iso3 != mentions[0].iso3), None)
            claims.append(
                Claim(
                    "top_partner",
                    sentence.strip(),
                    (a, b),
                    subject,
                    partner,
                    flow,
                    None,
                    None,
                    top.group(1).lower(),
                    period,
                    years,
                    inferred,
                )
            )
        for share in _SHARE.finditer(sentence):
            if len(countries) >= 2:
                mentions = [m for m in article.countries if a <= m.start < b]
                # "China took 20% of Kenya's exports": the possessor owns the flow
                owner = [m for m in mentions if a + share.start() <= m.start < a + share.end()]
                subject = owner[0].iso3 if owner else mentions[0].iso3
                partner = next((m.iso3 for m in mentions if m.iso3 != subject), None)
                claims.append(
                    Claim(
                        "trade_share",
                        sentence.strip(),
                        (a, b),
                        subject,
                        partner,
                        share.group(2).lower(),
                        float(share.group(1)) / 100,
                        "share",
                        None,
                        period,
                        years,
                        inferred,
                    )
                )
        if _ALIGN.search(sentence):
            us = r"\bUS\b|\bU\.S\.|United States|American|Washington|\bMNNA\b|Non-NATO"
            partner = "USA" if re.search(us, sentence) else None
            partner = partner or next((c for c in countries if c != "KEN"), None)
            subject = _main_country(article, exclude=partner)
            claims.append(
                Claim(
                    "alignment",
                    sentence.strip(),
                    (a, b),
                    subject,
                    partner,
                    None,
                    None,
                    None,
                    "expectation" if "expect" in sentence.lower() else None,
                    period,
                    years,
                    inferred,
                )
            )
    return claims


def _ratio_bounds(word: str, number: str | None) -> tuple[float, float]:
    if number:
        x = float(number)
        return (x * 0.9, x * 1.1)
    return {
        "a tiny fraction": (0.0, 0.05),
        "a small fraction": (0.0, 0.1),
        "a fraction": (0.0, 0.2),
        "half": (0.4, 0.6),
        "a third": (0.28, 0.38),
        "a quarter": (0.2, 0.3),
    }[word]


def _flow_for(sentence: str, offset: int, flows: list[str]) -> str:
    """The flow word nearest before the amount (else the first)."""
    best, pos = flows[0], -1
    for f in flows:
        for m in re.finditer(_FLOW_WORDS[f], sentence, re.IGNORECASE):
            if pos < m.start() <= offset:
                best, pos = f, m.start()
    return best


def _main_country(article: Article, exclude: str | None) -> str | None:
    counts = [c for c in article.country_counts() if c != exclude]
    return counts[0] if counts else None


def _subject_partner(
    article: Article, a: int, b: int, at: int, countries: list[str], sents: list[tuple[int, int]], idx: int
) -> tuple[str | None, str | None]:
    """The country acting in the sentence (the one just before the flow verb) and its partner."""
    mentions = [m for m in article.countries if a <= m.start < b]
    before = [m for m in mentions if m.start < at]
    subject = before[-1].iso3 if before else (mentions[0].iso3 if mentions else None)
    others = [c for c in countries if c != subject]
    if not others and idx:
        prev = _countries_in(article, *sents[idx - 1])
        others = [c for c in prev if c != subject]
    partner = others[0] if others else None
    if subject is None:
        subject = _main_country(article, exclude=partner)
    return subject, partner
