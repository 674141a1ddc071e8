"""The words claims are read by: groups, flow words, change and rank words, hedges, years.

One vocabulary for every claim kind (:mod:`dyadscope.claims.kinds`): a word added here is read the
same way by all."""

from __future__ import annotations

import re

from dyadscope.claims.claim import Flow

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

GROUP_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(GROUP_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

FLOW_LEMMAS: dict[str, Flow] = {
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
    "shortfall": "deficit",
    "imbalance": "deficit",
    "surplus": "surplus",
}

CHANGE_UP = {"rise", "grow", "increase", "jump", "surge", "climb", "soar", "expand", "widen", "gain", "up", "growth"}

CHANGE_DOWN = {"fall", "drop", "decline", "shrink", "decrease", "slump", "plunge", "narrow", "contract", "down", "dip"}

MULTIPLES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}

FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}

RANK_WORDS = {"largest", "biggest", "top", "main", "leading", "principal", "major", "chief", "primary", "greatest"}

RANK_NOUNS = {
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
UNCHECKABLE_RANKS = {
    "investor": "investment: the data hold goods trade, not investment stocks or flows",
    "lender": "loans and debt: the data hold goods trade and UN votes, not lending",
    "creditor": "loans and debt: the data hold goods trade and UN votes, not lending",
    "economy": "GDP, reserves or public finances: not in the checked data",
}

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}

PERCENT_WORDS = {"percent", "per cent", "%", "percentage"}

NUMBER_WORDS = {
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

HEDGES = (
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

YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")

TABLE_LIMIT = 8  # a "sentence" with more quantities than this is a table or a list: no claims from it

TIME_FRACTIONS = {
    "a half": 0.5,
    "half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
}
