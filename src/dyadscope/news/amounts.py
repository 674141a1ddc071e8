"""Money amounts in text: value, ISO 4217 currency, qualifier, range, span, and USD value.

Recognised forms include ``Sh600 billion``, ``KSh 1.2bn``, ``500,000 Kenyan shillings``,
``$3 billion``, ``US$75m``, ``more than $15 billion`` (the qualifier is kept),
``$2-3 billion`` and ``between $2 billion and $3 billion`` (ranges). A bare ``$`` means
US dollars unless the amount itself says otherwise (``C$``, ``$5 billion Canadian``);
a bare ``Sh`` means Kenyan shillings unless the article is about Uganda or Tanzania and
not Kenya. Values are converted to USD at the annual average rate of the article's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dyadscope import fx
from dyadscope.errors import NoRateError
from dyadscope.news import schema

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = {
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}
_SCALE = r"(?:\s*(?:trillion|billion|million|thousand)\b|(?:tn|bn|bln|mn|mln|m|b|k)\b)"
# prefix currency markers -> code (None: decided by context)
_PREFIX = {
    "us$": "USD",
    "usd": "USD",
    "$": None,
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "ksh": "KES",
    "kshs": "KES",
    "kes": "KES",
    "sh": None,
    "shs": None,
    "tsh": "TZS",
    "tzs": "TZS",
    "ush": "UGX",
    "ugx": "UGX",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "inr": "INR",
    "₦": "NGN",
    "ngn": "NGN",
    "zar": "ZAR",
    "₺": "TRY",
    "try": "TRY",
    "chf": "CHF",
    "jpy": "JPY",
    "r$": "BRL",
    "₩": "KRW",
    "krw": "KRW",
    "r": "ZAR",
    "n": "NGN",
}
_CUR_ALTS = (
    r"US\$|USD|C\$|CAD|A\$|AUD|HK\$|NZ\$|S\$|KShs|KSh|Kshs|Ksh|KES|Shs|Sh|TSh|TZS|USh|UGX"
    r"|€|EUR|£|GBP|¥|RMB|CNY|Rs\.?|₹|INR|₦|NGN|ZAR|₺|TRY|CHF|JPY|R\$|₩|KRW|\$"
    # rand "R108 billion" and naira "N5.5 trillion": capital letter, digits, a scale word (claims, minimal edit)
    r"|(?<![A-Za-z])(?-i:[RN])(?=\d[\d,.]*\s*(?:trillion|billion|million|tn|bn|m)\b)"
)
_PREFIX_RE = rf"(?P<cur>{_CUR_ALTS})"
_SUFFIX = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "dollars": None,
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "kenyan shillings": "KES",
    "kenya shillings": "KES",
    "shillings": None,
    "tanzanian shillings": "TZS",
    "ugandan shillings": "UGX",
    "yuan": "CNY",
    "renminbi": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "rupees": "INR",
    "indian rupees": "INR",
    "rand": "ZAR",
    "naira": "NGN",
    "lira": "TRY",
    "turkish lira": "TRY",
    "yen": "JPY",
    # more currency words (claims, minimal edit); a bare "pesos" or "francs" names no one currency
    "won": "KRW",
    "south korean won": "KRW",
    "korean won": "KRW",
    "cedis": "GHS",
    "birr": "ETB",
    "kwacha": "ZMW",
    "zambian kwacha": "ZMW",
    "rwandan francs": "RWF",
    "cfa francs": "XOF",
    "egyptian pounds": "EGP",
    "syrian pounds": "SYP",
    "mexican pesos": "MXN",
    "argentine pesos": "ARS",
    "cuban pesos": "CUP",
    "reais": "BRL",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "pakistani rupees": "PKR",
    "saudi riyals": "SAR",
    "riyals": "SAR",
    "shekels": "ILS",
    # currencies of one country (claims, minimal edit)
    "taka": "BDT",
    "zlotys": "PLN",
    "zloty": "PLN",
    "zlotych": "PLN",
    "tenge": "KZT",
    "chilean pesos": "CLP",
    "philippine pesos": "PHP",
    "colombian pesos": "COP",
    "moroccan dirhams": "MAD",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "swedish kronor": "SEK",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "qatari riyals": "QAR",
    # words several countries' currencies share: read by the article's countries (:data:`SHARED_WORDS`)
    "pesos": None,
    "dirhams": None,
    "kroner": None,
    "krone": None,
    "kronor": None,
    "kronur": None,
}
# A currency word several countries use is the currency of the first of the article's countries (most
# mentioned first) that uses one of them; with none, the first code listed (documented in docs/claims.md).
SHARED_WORDS: dict[str, tuple[str, ...]] = {
    "rupees": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "riyals": ("SAR", "QAR", "OMR", "YER"),
    "pesos": ("MXN", "ARS", "CLP", "COP", "PHP", "CUP", "UYU", "DOP"),
    "dirhams": ("AED", "MAD"),
    "kroner": ("NOK", "DKK"),
    "krone": ("NOK", "DKK"),
    "kronor": ("SEK",),
    "kronur": ("ISK",),
}
_SUFFIX_RE = "|".join(sorted((re.escape(k) for k in _SUFFIX), key=len, reverse=True))
_QUAL = (
    r"(?P<qual>approximately|about|around|roughly|nearly|almost|over|more than|less than|"
    r"fewer than|under|up to|at least|at most|some|an estimated|close to|in excess of|below|above)"
)
_ONE = rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?"
_RANGE_TAIL = rf"(?:\s*(?:-|–|—|to)\s*(?:{_CUR_ALTS})?\s*(?P<num2>{_NUM})(?P<scale2>{_SCALE})?)?"

_PATTERN_PREFIX = re.compile(
    rf"(?:\b{_QUAL}\s+)?(?:\bbetween\s+)?{_PREFIX_RE}\s?{_ONE}{_RANGE_TAIL}"
    rf"(?:\s+and\s+(?:{_CUR_ALTS})?\s?(?P<num3>{_NUM})(?P<scale3>{_SCALE})?)?"
    rf"(?P<tail>\s+(?:canadian|australian|hong kong|singapore|new zealand)(?:\s+dollars)?)?",
    re.IGNORECASE,
)
_PATTERN_SUFFIX = re.compile(
    rf"(?:\b{_QUAL}\s+)?\b(?P<num>{_NUM})(?P<scale>{_SCALE})?\s+(?P<word>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)
_TAIL = {
    "canadian": "CAD",
    "australian": "AUD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
}


@dataclass
class Amount:
    """One money amount with its provenance in the text."""

    value: float
    currency: str
    text: str
    span: tuple[int, int]
    qualifier: str | None = None
    high: float | None = None
    usd: float | None = None
    usd_high: float | None = None
    rate: dict[str, Any] | None = None
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return schema.AMOUNTS.to_dict(self)


def _number(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    if scale:
        value *= _SCALE_WORDS[scale.strip().lower()]
    return value


def _prefix_currency(token: str | None, shilling_default: str) -> str:
    if token is None:
        return "USD"
    key = token.lower()
    code = _PREFIX.get(key, _PREFIX.get(key.rstrip(".")))
    if code is not None:
        return code
    if key in ("sh", "shs"):
        return shilling_default
    return "USD"  # a bare $


def _shared(word: str, countries: tuple[str, ...] | list[str]) -> str | None:
    """The currency a shared word ("rupees", "pesos") names in an article about ``countries``."""
    codes = SHARED_WORDS.get(word)
    if not codes:
        return None
    for iso3 in countries:
        try:
            code = fx.currency_of(iso3)
        except NoRateError:
            continue
        if code in codes:
            return code
    return codes[0]


def find_amounts(
    text: str, *, shilling_default: str = "KES", countries: tuple[str, ...] | list[str] = ()
) -> list[Amount]:
    """Every money amount in ``text``, in order, without overlaps (``countries``: the article's countries,
    most mentioned first, which decide shared currency words: "rupees" in a story about Pakistan are PKR)."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _PATTERN_PREFIX.finditer(text):
        cur = m.group("cur")
        code = _prefix_currency(cur, shilling_default)
        if m.group("tail"):
            code = _TAIL[m.group("tail").strip().lower().replace(" dollars", "")]
        scale = m.group("scale")
        hi_num, hi_scale = m.group("num2"), m.group("scale2")
        if m.group("num3"):
            hi_num, hi_scale = m.group("num3"), m.group("scale3")
        high = None
        if hi_num:
            # "$2-3 billion": the scale of the upper bound applies to the lower one
            high = _number(hi_num, hi_scale or scale)
            if scale is None and hi_scale is not None:
                scale = hi_scale
        value = _number(m.group("num"), scale)
        if high is not None and high < value:
            high = None
        start, end = m.start(), m.end()
        if not free(start, end):
            continue
        taken.append((start, end))
        found.append(Amount(value, code, m.group(0), (start, end), m.group("qual"), high))
    for m in _PATTERN_SUFFIX.finditer(text):
        start, end = m.start(), m.end()
        if not free(start, end):
            continue
        word = m.group("word").lower()
        code = _shared(word, countries) or _SUFFIX[word] or ("USD" if word == "dollars" else shilling_default)
        taken.append((start, end))
        found.append(
            Amount(
                _number(m.group("num"), m.group("scale")),
                code,
                m.group(0),
                (start, end),
                m.group("qual"),
            )
        )
    found.sort(key=lambda a: a.span)
    return found


def convert(amounts: list[Amount], year: int | None) -> None:
    """Fill ``usd`` (and ``usd_high``) at the annual average rate of ``year``, stating it."""
    for a in amounts:
        if year is None:
            a.note = "no article date: not converted"
            continue
        try:
            rate = fx.usd_rate(a.currency, year)
        except NoRateError as exc:
            a.note = str(exc)
            continue
        a.usd = a.value / rate.per_usd
        a.usd_high = a.high / rate.per_usd if a.high is not None else None
        a.rate = {
            "currency": rate.currency,
            "year": rate.year,
            "per_usd": rate.per_usd,
            "source": rate.source,
            "projection": rate.projection,
        }


def currency_word(word: str, countries: tuple[str, ...] | list[str] = ()) -> str | None:
    """The ISO code a currency word names ("cedis" GHS, "yuan" CNY; a shared word such as "rupees" by the
    article's ``countries``, :data:`SHARED_WORDS`); None for one that names no single currency
    ("shillings", "dollars") or none at all. (claims, minimal edit)"""
    w = word.lower().strip()
    if w in ("dollars", "us dollars", "u.s. dollars"):
        return "USD"
    return _shared(w, countries) or _shared(w + "s", countries) or _SUFFIX.get(w) or _SUFFIX.get(w + "s")


def scale_of(word: str | None) -> float:
    """The multiplier of a scale word ("billion" 1e9, "bn" 1e9); 1 for none. (claims, minimal edit)"""
    return float(_SCALE_WORDS.get((word or "").lower().strip(), 1.0))
