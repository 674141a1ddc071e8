"""Money amounts in text: value, ISO 4217 currency, qualifier, range, span, and USD value.

Recognised forms include ``Sh600 billion``, ``KSh 1.2bn``, ``500,000 Kenyan shillings``,
``$3 billion``, ``US$75m``, ``more than $15 billion`` (the qualifier is kept),
``$2-3 billion`` and ``between $2 billion and $3 billion`` (ranges), numbers in words
(``nine hundred million dollars``, ``half a billion dollars``), local symbols (``₦``, ``R$``, ``₹``,
``৳``, ``N$``, ``RM``, ``Rp``, ``₱``, ``₺``, ``zł``). A bare ``$`` means US dollars unless the amount
itself says otherwise (``C$``, ``$5 billion Canadian``).

Currency words several countries share ("shillings", "pesos", "rupees", "dollars", "francs", ...)
are read by ONE mechanism (:data:`SHARED_WORDS`): the currency of the first of the article's
countries (most mentioned first) that uses one of them, else the first code listed. "dollars" is
the exception that needs evidence: it is a local dollar only when the same sentence names that
country's currency ("in Australian currency", "Canadian dollars", "local currency" with a
dollar-using country, or a local dollar symbol such as ``A$``); otherwise US dollars. A bare ``Sh``
is read as the word "shillings". Values are converted to USD at the annual average rate of the
article's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dyadscope import fx
from dyadscope.errors import DyadscopeError, NoRateError
from dyadscope.news import schema

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = {
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "trn": 1e12,
    "bil": 1e9,
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
_SCALE = r"(?:\s*(?:trillion|billion|million|thousand)\b|(?:trn|tn|bn|bln|mn|mln|m|b|k)\b)"
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
    # local symbols (claims6a): taka, Namibian dollar, ringgit, rupiah, peso of the Philippines, cedi
    "৳": "BDT",
    "n$": "NAD",
    "rm": "MYR",
    "rp": "IDR",
    "₱": "PHP",
    "gh₵": "GHS",
    "₵": "GHS",
    "₫": "VND",
    "฿": "THB",
}
_CUR_ALTS = (
    r"US\$|USD|C\$|CAD|A\$|AUD|HK\$|NZ\$|S\$|KShs|KSh|Kshs|Ksh|KES|Shs|Sh|TSh|TZS|USh|UGX"
    r"|€|EUR|£|GBP|¥|RMB|CNY|Rs\.?|₹|INR|₦|NGN|ZAR|₺|TRY|CHF|JPY|R\$|N\$|₩|KRW|৳|₱|GH₵|₵|₫|฿|\$"
    # ringgit "RM5 billion", rupiah "Rp 50 trillion": case as written, digits follow
    r"|(?<![A-Za-z])(?-i:RM|Rp)(?=\s?\d)"
    # any ISO 4217 code the rates table knows, in capitals before the number ("SAR 178 billion", "AED 5bn")
    r"|(?<![A-Za-z])(?-i:[A-Z]{3})(?=\s?\d)"
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
    "cfa francs": None,
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
    # more one-country words and qualified shared words (claims6a)
    "meticais": "MZN",
    "meticals": "MZN",
    "metical": "MZN",
    "forints": "HUF",
    "forint": "HUF",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "shekel": "ILS",
    "new shekels": "ILS",
    "swiss francs": "CHF",
    "central african cfa francs": "XAF",
    "west african cfa francs": "XOF",
    "cfa franc": "XOF",
    "zł": "PLN",
    "pula": "BWP",
    "kwanza": "AOA",
    "leones": "SLL",
    "iraqi dinars": "IQD",
    "kuwaiti dinars": "KWD",
    "jordanian dinars": "JOD",
    "algerian dinars": "DZD",
    "tunisian dinars": "TND",
    "libyan dinars": "LYD",
    "iranian rials": "IRR",
    "omani rials": "OMR",
    "uruguayan pesos": "UYU",
    "dominican pesos": "DOP",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "namibian dollars": "NAD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "jamaican dollars": "JMD",
    "trinidad and tobago dollars": "TTD",
    "fijian dollars": "FJD",
    "zimbabwe dollars": "ZWB",
    "east caribbean dollars": "XCD",
    "brunei dollars": "BND",
    "somali shillings": "SOS",
    "francs": None,
    "dinars": None,
    "rials": None,
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
    "shillings": ("KES", "TZS", "UGX", "SOS"),
    "francs": ("CHF", "XOF", "XAF", "RWF", "BIF", "CDF", "GNF", "DJF", "KMF"),
    "cfa francs": ("XOF", "XAF"),
    "dinars": ("IQD", "KWD", "JOD", "DZD", "TND", "LYD", "BHD", "RSD"),
    "rials": ("IRR", "OMR", "YER"),
    "dollars": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "NAD", "TWD", "JMD", "TTD", "FJD", "BND", "BSD", "BBD"),
}
# Countries in a currency union (the rates table knows one representative country per currency).
UNIONS: dict[str, tuple[str, ...]] = {
    "XOF": ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"),
    "XAF": ("CMR", "CAF", "TCD", "COG", "GNQ", "GAB"),
    "XCD": ("ATG", "DMA", "GRD", "KNA", "LCA", "VCT"),
    "EUR": (
        "AUT",
        "BEL",
        "HRV",
        "CYP",
        "EST",
        "FIN",
        "FRA",
        "DEU",
        "GRC",
        "IRL",
        "ITA",
        "LVA",
        "LTU",
        "LUX",
        "MLT",
        "NLD",
        "PRT",
        "SVK",
        "SVN",
        "ESP",
    ),
}
# words that are also common English words: never read as a currency alone ("crossed the 1 billion mark")
_NOT_CURRENCY_WORDS = frozenset(
    {"mark", "marks", "real", "reals", "pound", "won", "dong", "kip", "som", "lev", "dram", "gold", "golds"}
    | {"sole", "soles", "sols", "austral", "australs", "colone"}
)


def _cldr_words() -> dict[str, str | None]:
    """Currency words from the Unicode CLDR English names (via Babel) for every ISO 4217 currency: the full
    names ("paraguayan guaranis", "cambodian riel") of the currencies legal tender somewhere from 1990 to
    December 2026 (a fixed date: the table does not depend on the day it is built) and, when one currency
    alone uses it and it is no common English word, the unit word with its English plurals ("guarani",
    "guaranis", "guaranies", "riels", "tugriks", "kuna"); the other unit words go to :data:`COUNTRY_WORDS`. A
    currency the rates table lacks is still read, so a check can say "no HRK rate" instead of missing it."""
    from datetime import date

    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies

    since = date(1990, 1, 1)
    codes: set[str] = {
        c
        for t in get_global("territory_currencies")
        for c in get_territory_currencies(t, start_date=since, end_date=date(2026, 12, 1), tender=True)
        if not c.startswith("X") or c in ("XOF", "XAF")  # no metals, units of account or test codes
    }
    full: dict[str, str] = {}
    units: dict[str, set[str]] = {}
    for code in sorted(codes):
        names = {get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en")}
        for n in names:
            n = n.lower()
            if not re.fullmatch(r"[a-z][a-z .'-]*", n) or "(" in n:
                continue
            full.setdefault(n, code)
            last = n.split()[-1]
            if len(n.split()) > 1:
                plural = {last + "s", last + "es"} if last.endswith("i") else {last + "s"}
                for form in {last, *plural} if not last.endswith("s") else {last, last[:-1]}:
                    units.setdefault(form, set()).add(code)
    out: dict[str, str | None] = dict(full)
    for word, codes in units.items():
        if len(codes) == 1 and word not in _NOT_CURRENCY_WORDS and len(word) > 3:
            out.setdefault(word, next(iter(codes)))
        elif len(word) >= 3 and word not in _NEVER_CURRENCY_WORDS:
            # "69 billion lei" (RON, MDL), "115 billion koruna" (CZK, SKK), "43 billion soles": a unit word several
            # currencies share, or a common English word, is read only in an article naming a country that uses
            # one of them (:func:`_country_word`)
            COUNTRY_WORDS.setdefault(word, tuple(sorted(codes)))
            out.setdefault(word, None)
    return out


# unit words read only where the article names a country using one of their currencies (from CLDR)
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {}
# common English words that are never read as a currency, whatever the article ("crossed the 1 billion mark")
_NEVER_CURRENCY_WORDS = frozenset({"mark", "marks", "pound", "gold", "golds"})

for _word, _code in _cldr_words().items():
    _SUFFIX.setdefault(_word, _code)
_SUFFIX_RE = "|".join(sorted((re.escape(k) for k in _SUFFIX), key=len, reverse=True))
# A qualifier is an optional intensifier ("well", "just", "a little") and a comparative ("over",
# "north of", "shy of"), or one approximating word; checks/common.hedge_class reads what it means.
_INTENSIFIER = r"(?:well|just|slightly|a little|a bit|comfortably|far|marginally|fractionally|a shade|somewhat)"
_COMPARATIVE = (
    r"(?:more than|less than|fewer than|over|above|under|below|north of|south of|upwards of|upward of|"
    r"in excess of|shy of|short of|beyond)"
)
_APPROXIMATE = (
    r"(?:approximately|about|around|roughly|nearly|almost|up to|at least|at most|some|an estimated|close to|"
    r"as much as|as many as|as little as|the best part of|the better part of|in the region of|"
    r"in the order of|on the order of|approaching|getting on for|circa)"
)
_QUAL = rf"(?P<qual>(?:{_INTENSIFIER}\s+)?{_COMPARATIVE}|{_APPROXIMATE})"
_ONE = rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?"
_RANGE_TAIL = rf"(?:\s*(?:-|–|—|to)\s*(?:{_CUR_ALTS})?\s*(?P<num2>{_NUM})(?P<scale2>{_SCALE})?)?"

_PATTERN_PREFIX = re.compile(
    rf"(?:\b{_QUAL}\s+)?(?P<between>\bbetween\s+)?{_PREFIX_RE}\s?{_ONE}{_RANGE_TAIL}"
    rf"(?(between)(?:\s+and\s+(?:{_CUR_ALTS})?\s?(?P<num3>{_NUM})(?P<scale3>{_SCALE})?)?)"
    rf"(?P<tail>\s+(?:canadian|australian|hong kong|singapore|new zealand)(?:\s+dollars)?)?",
    re.IGNORECASE,
)
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
# "nine hundred million", "two and a half billion", "half a billion", "a billion", "twenty-five billion"
_WORDS_NUM = (
    rf"(?P<words>(?:half\s+an?|an?|{_WORD}(?:[\s-]+{_WORD})*(?:\s+hundred(?:\s+(?:and\s+)?{_WORD}(?:[\s-]+{_WORD})*)?)?"
    rf"(?:\s+and\s+a\s+(?:half|quarter))?))\s+(?P<wscale>trillion|billion|million|thousand)"
)
_PATTERN_WORDS = re.compile(
    rf"(?:\b{_QUAL}\s+)?\b{_WORDS_NUM}\s+(?P<word>{_SUFFIX_RE})(?:'|\b)",
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


def _words_value(words: str) -> float:
    """The number written in ``words`` ("nine hundred", "two and a half", "half a", "twenty-five")."""
    w = words.lower().replace("-", " ").split()
    if w[:1] == ["half"]:
        return 0.5
    total, current = 0.0, 0.0
    for i, t in enumerate(w):
        if t in _UNITS:
            current += _UNITS[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t == "and" and w[i + 1 : i + 2] == ["a"]:
            frac = {"half": 0.5, "quarter": 0.25}.get(w[i + 2] if i + 2 < len(w) else "", 0.0)
            total += current + frac
            return total
    return total + current


def _country_currency(iso3: str) -> str | None:
    """The currency a country uses: the rates table's own, or that of its currency union."""
    try:
        return fx.currency_of(iso3)
    except NoRateError:
        return next((code for code, members in UNIONS.items() if iso3 in members), None)


def _shared(word: str, countries: tuple[str, ...] | list[str]) -> str | None:
    """The currency a shared word ("rupees", "pesos") names in an article about ``countries``."""
    codes = SHARED_WORDS.get(word)
    if not codes:
        return None
    for iso3 in countries:
        code = _country_currency(iso3)
        if code in codes:
            return code
    return codes[0]


def _country_word(word: str, countries: tuple[str, ...] | list[str]) -> str | None:
    """The currency a unit word of :data:`COUNTRY_WORDS` names in an article about ``countries``: that of the
    first of them that uses one of its currencies; None when none does."""
    codes = COUNTRY_WORDS.get(word, ())
    return next((code for iso3 in countries if (code := _country_currency(iso3)) in codes), None)


# What tells that "dollars" (or a bare "$") in a sentence are a local dollar: the country's currency
# named ("in Australian currency", "Canadian-dollar terms"), or "local currency"/"local terms".
_LOCAL_CUE = re.compile(r"\blocal(?:[- ]currency| money| terms| dollars?)\b", re.IGNORECASE)
_DEMONYM_CUE = re.compile(r"\b(?P<who>[A-Z][a-z]+)[- ](?:currency|dollars?)\b")
_AMOUNT_BEFORE = re.compile(rf"\d(?:{_SCALE})?\s*$", re.IGNORECASE)


# The countries of the local dollars (one each; the article's own countries are tried first).
_DOLLAR_COUNTRIES = {
    "CAD": "CAN", "AUD": "AUS", "NZD": "NZL", "SGD": "SGP", "HKD": "HKG", "NAD": "NAM", "TWD": "TWN",
    "JMD": "JAM", "TTD": "TTO", "FJD": "FJI", "BND": "BRN", "BSD": "BHS", "BBD": "BRB", "LRD": "LBR",
}  # fmt: skip


def _names_country(word: str, iso3: str) -> bool:
    """Whether ``word`` is the name or the adjective of ``iso3`` ("Australian", "Canadian", "Singapore")."""
    from dyadscope import countries as registry

    try:
        name = registry.country(iso3).name.lower()
    except DyadscopeError:
        return False
    w = word.lower()
    return w == name or (len(w) > len(name) - 1 and w.startswith(name[: max(4, len(name) - 2)]))


def _local_dollar(sentence: str, countries: tuple[str, ...] | list[str]) -> str | None:
    """The local dollar a sentence gives evidence for, or None (then "dollars" are US dollars)."""
    local = [(i, c) for i in countries if (c := _country_currency(i)) in _DOLLAR_COUNTRIES]
    every = [*local, *((i, c) for c, i in _DOLLAR_COUNTRIES.items())]
    for m in _DEMONYM_CUE.finditer(sentence):
        if _AMOUNT_BEFORE.search(sentence[: m.start()]):
            continue  # "2.5 billion Canadian dollars" is that amount's own currency, no context for others
        before = sentence[: m.start()].split()
        names = [m.group("who"), *([f"{before[-1]} {m.group('who')}"] if before else [])]  # "New Zealand"
        for iso3, code in every:
            if any(_names_country(w, iso3) for w in names):
                return code
    if _LOCAL_CUE.search(sentence) and local:
        return local[0][1]
    return None


def _sentence_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[a : min(stops) if stops else len(text)]


def find_amounts(text: str, *, countries: tuple[str, ...] | list[str] = ()) -> list[Amount]:
    """Every money amount in ``text``, in order, without overlaps (``countries``: the article's countries,
    most mentioned first, which decide shared currency words: "rupees" in a story about Pakistan are PKR,
    "shillings" in one about Uganda UGX; :data:`SHARED_WORDS`)."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def dollars(start: int, end: int) -> str:
        return _local_dollar(_sentence_of(text, start, end), countries) or "USD"

    for m in _PATTERN_PREFIX.finditer(text):
        cur = m.group("cur")
        key = cur.lower()
        code = _PREFIX.get(key, _PREFIX.get(key.rstrip(".")))
        if code is None and len(cur) == 3 and cur.isupper() and key not in ("shs",):
            if cur not in fx.currencies() or not (m.group("scale") or "," in m.group("num")):
                continue  # "GDP 5", "CUP 2026": capitals that name no currency, or no sum of money
            code = cur
        if code is None:
            code = _shared("shillings", countries) or "KES" if key in ("sh", "shs") else dollars(m.start(), m.end())
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
        found.append(Amount(value, code, m.group(0), (start, end), _qual(m.group("qual")), high))
    for pattern in (_PATTERN_SUFFIX, _PATTERN_WORDS):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if not free(start, end):
                continue
            word = m.group("word").lower()
            if word in COUNTRY_WORDS and word not in SHARED_WORDS and _SUFFIX.get(word) is None:
                local = _country_word(word, countries)
                if local is None:
                    continue  # "soles", "lei" in an article naming no country that uses them: no currency
                shared = local
            else:
                shared = _shared(word, countries) or _SUFFIX[word] or "USD"
            code = dollars(start, end) if word == "dollars" else shared
            if pattern is _PATTERN_WORDS:
                value = _words_value(m.group("words")) * _SCALE_WORDS[m.group("wscale").lower()]
            else:
                value = _number(m.group("num"), m.group("scale"))
            taken.append((start, end))
            found.append(Amount(value, code, m.group(0), (start, end), _qual(m.group("qual"))))
    found.sort(key=lambda a: a.span)
    return found


def _qual(q: str | None) -> str | None:
    return re.sub(r"\s+", " ", q.lower()) if q else None


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
    return (
        _shared(w, countries)
        or _shared(w + "s", countries)
        or _SUFFIX.get(w)
        or _SUFFIX.get(w + "s")
        or _country_word(w, countries)
    )


def scale_of(word: str | None) -> float:
    """The multiplier of a scale word ("billion" 1e9, "bn" 1e9); 1 for none. (claims, minimal edit)"""
    return float(_SCALE_WORDS.get((word or "").lower().strip(), 1.0))


QUALIFIER_BEFORE = re.compile(rf"\b{_QUAL}\s*$", re.IGNORECASE)
"""A qualifier ending a text ("... nearly", "... well over"): the hedge of the figure written after it."""


def words_number(words: str) -> float | None:
    """The number a phrase writes ("one and a half" 1.5, "twelve" 12, "1.7" 1.7); None for none."""
    w = words.strip().lower()
    try:
        return float(w.replace(",", ""))
    except ValueError:
        pass
    if not w or any(t not in (*_UNITS, "hundred", "and", "half", "quarter") for t in w.replace("-", " ").split()):
        return None
    value = _words_value(w)
    return value or None
