"""Who trades: a country (ISO3) or a named group, through one resolver.

:func:`resolve` turns any input into the code a flow row carries: a country's ISO3 code
(anything :func:`dyadscope.countries.resolve` accepts) or the code of a group below.
Group codes are their short English names; they are never three upper-case letters, so
they cannot be mistaken for a country. Accepted spellings of each group: its code, its
label, the IMF name, and the aliases listed (case and punctuation ignored).

Groups are the aggregates of the IMF Direction of Trade Statistics (DOTS), which
reports them as partners (and as reporters of their own files). Their members are the
IMF's country composition as of the 2020 DOTS vintage (one fixed list applied to every
year, as the IMF does), with the territories DOTS files under each region (e.g.
Bermuda, Curaçao and Greenland in the Western Hemisphere; Gibraltar and the Faroe
Islands in Emerging Europe; New Caledonia and Guam in Emerging Asia). A test checks
every list with members against the DOTS rows: a reporter's flow to the group equals
the sum of its flows to the members (median ratio 1.000 over reporters in 2005 and
2019; the Western Hemisphere 0.999, residuals the IMF does not allocate).

====================  ===========================================================
code                  members
====================  ===========================================================
World                 every partner (the IMF's world total, residuals included)
Advanced Economies    the IMF's 39 advanced economies (ADVANCED below)
EMDE                  emerging market and developing economies: World minus the
                      advanced economies
Emerging Asia         IMF "Emerging and Developing Asia"
Emerging Europe       IMF "Emerging and Developing Europe"
Middle East and       IMF "Middle East and Central Asia"
Central Asia
Sub-Saharan Africa    the IMF's 45 Sub-Saharan African countries
Western Hemisphere    IMF "Western Hemisphere": Latin America and the Caribbean
Africa                memorandum item: Sub-Saharan Africa, the Maghreb, Djibouti,
                      Mauritania, Somalia and Sudan (Egypt and Libya count in the
                      Middle East)
Middle East           memorandum item: the Middle East (with Egypt and Libya)
EU                    memorandum item "European Union": the 27 members of 2020
Euro Area             the 19 members of the euro area in 2020
Fuel exporters        memorandum item; members not listed by DOTS
Nonfuel exporters     memorandum item; members not listed by DOTS
SACCA                 South African Common Customs Area: ZAF, BWA, LSO, NAM, SWZ
Belgium-Luxembourg    the economic union reported jointly until 1997: BEL, LUX
Not specified, ...    residuals: trade the IMF could not allocate (no members)
====================  ===========================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyadscope import countries
from dyadscope.errors import CountryError, UnknownCountryError

ADVANCED = (
    "AUS AUT BEL CAN CYP CZE DNK EST FIN FRA DEU GRC HKG ISL IRL ISR ITA JPN KOR LVA LTU LUX MAC MLT NLD NZL NOR "
    "PRT PRI SMR SGP SVK SVN ESP SWE CHE TWN GBR USA"
)
EURO_AREA = "AUT BEL CYP EST FIN FRA DEU GRC IRL ITA LVA LTU LUX MLT NLD PRT SVK SVN ESP"
EU27 = EURO_AREA + " BGR HRV CZE DNK HUN POL ROU SWE"
SSA = (
    "AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR MDG MWI "
    "MLI MUS MOZ NAM NER NGA RWA STP SEN SYC SLE ZAF SSD TZA TGO UGA ZMB ZWE"
)
MCD = (
    "AFG DZA ARM AZE BHR DJI EGY GEO IRN IRQ JOR KAZ KWT KGZ LBN LBY MRT MAR OMN PAK QAT SAU SOM SDN SYR TJK TUN "
    "TKM ARE UZB YEM PSE"
)
EMERGING_EUROPE = "ALB BLR BIH BGR HRV HUN UNK MDA MNE MKD POL ROU RUS SRB TUR UKR GIB SCG FRO VAT"
EMERGING_ASIA = (
    "BGD BTN BRN KHM CHN FJI IND IDN KIR LAO MYS MDV MHL FSM MNG MMR NRU NPL PLW PNG PHL WSM SLB LKA THA TLS TON "
    "TUV VUT VNM NCL PYF GUM ASM"
)
WESTERN_HEMISPHERE = (
    "ATG ARG ABW BHS BRB BLZ BOL BRA CHL COL CRI DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA "
    "LCA VCT SUR TTO URY VEN ANT BMU CUW SXM GRL AIA MSR"
)
NORTH_AFRICA = "DZA DJI MRT MAR SOM SDN TUN"
MIDDLE_EAST = "BHR EGY IRN IRQ JOR KWT LBN LBY OMN QAT SAU SYR ARE YEM PSE"


@dataclass(frozen=True)
class Group:
    """A named aggregate: its code, label, IMF name, aliases and members (ISO3)."""

    code: str
    label: str
    imf_name: str | None
    kind: str  # 'world' | 'region' | 'memo' | 'union' | 'residual'
    members: tuple[str, ...] | None  # None: every partner (World) or not listed
    aliases: tuple[str, ...] = ()
    note: str = ""


def _m(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(text.split())))


GROUPS: tuple[Group, ...] = (
    Group("World", "World", "World", "world", None, ("wld", "world total", "all countries"), "every partner"),
    Group("Advanced Economies", "Advanced economies", "Advanced Economies", "region", _m(ADVANCED), ("advanced",)),
    Group(
        "EMDE",
        "Emerging market and developing economies",
        "Emerging and Developing Economies",
        "region",
        None,
        ("emerging and developing", "developing economies"),
        "World minus the advanced economies",
    ),
    Group("Emerging Asia", "Emerging and developing Asia", "Emerging and Developing Asia", "region", _m(EMERGING_ASIA)),
    Group(
        "Emerging Europe",
        "Emerging and developing Europe",
        "Emerging and Developing Europe",
        "region",
        _m(EMERGING_EUROPE),
    ),
    Group(
        "Middle East and Central Asia",
        "Middle East and Central Asia",
        "Middle East and Central Asia",
        "region",
        _m(MCD),
        ("mcd", "meca"),
    ),
    Group("Sub-Saharan Africa", "Sub-Saharan Africa", "Sub-Saharan Africa", "region", _m(SSA), ("ssa",)),
    Group(
        "Western Hemisphere",
        "Western Hemisphere (Latin America and the Caribbean)",
        "Western Hemisphere",
        "region",
        _m(WESTERN_HEMISPHERE),
        ("latin america and the caribbean", "lac"),
    ),
    Group("Africa", "Africa", "Africa", "memo", _m(SSA + " " + NORTH_AFRICA), ("african countries",)),
    Group("Middle East", "Middle East", "Middle East", "memo", _m(MIDDLE_EAST)),
    Group("EU", "European Union", "European Union", "memo", _m(EU27), ("eu27", "european union")),
    Group("Euro Area", "Euro area", "Euro Area", "union", _m(EURO_AREA), ("eurozone", "euro zone", "ea19")),
    Group(
        "Fuel exporters",
        "Emerging and developing economies exporting fuel",
        "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
        "memo",
        None,
        (),
        "members not listed by the source",
    ),
    Group(
        "Nonfuel exporters",
        "Emerging and developing economies exporting other goods than fuel",
        "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
        "memo",
        None,
        (),
        "members not listed by the source",
    ),
    Group(
        "SACCA",
        "South African Common Customs Area",
        "South African Common Customs Area (SACCA)",
        "union",
        _m("ZAF BWA LSO NAM SWZ"),
        ("sacu", "southern african customs union"),
    ),
    Group("Belgium-Luxembourg", "Belgium-Luxembourg", "Belgium-Luxembourg", "union", _m("BEL LUX"), ("blel", "bleu")),
    Group(
        "West Malaysia",
        "Malaysia, West (Peninsular Malaysia)",
        "Malaysia, West",
        "residual",
        None,
        (),
        "part of Malaysia that some partners recorded apart; kept apart from MYS, which overlaps it",
    ),
    Group("Not specified", "Countries and areas not specified", "Countries & Areas not specified", "residual", ()),
    Group(
        "Other n.i.e.",
        "Other countries not included elsewhere",
        "Other Countries not included elsewhere",
        "residual",
        (),
    ),
    Group("Special Categories", "Special categories", "Special Categories", "residual", ()),
    Group("Africa n.s.", "Africa, not specified", "Africa not specified", "residual", ()),
    Group("Asia n.s.", "Asia, not specified", "Asia not specified", "residual", ()),
    Group("Europe n.s.", "Europe, not specified", "Europe not specified", "residual", ()),
    Group(
        "Middle East and Central Asia n.s.",
        "Middle East and Central Asia, not specified",
        "Middle East and Central Asia not specified",
        "residual",
        (),
    ),
    Group(
        "Western Hemisphere n.s.",
        "Western Hemisphere, not specified",
        "Western Hemisphere not specified",
        "residual",
        (),
    ),
)
BY_CODE: dict[str, Group] = {g.code: g for g in GROUPS}


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for g in GROUPS:
        for name in (g.code, g.label, g.imf_name or "", *g.aliases):
            if name:
                out[_key(name)] = g.code
    return out


def group_of_imf_name(name: str) -> str | None:
    """The group code of an IMF aggregate's exact name, or None."""
    for g in GROUPS:
        if g.imf_name == name.strip():
            return g.code
    return None


def is_group(code: str) -> bool:
    return code in BY_CODE


def group(code: str) -> Group:
    """The :class:`Group` of a code or any accepted spelling."""
    hit = _index().get(_key(code))
    if hit is None:
        raise UnknownCountryError(code, f"unknown group {code!r}; groups: {', '.join(BY_CODE)}", list(BY_CODE))
    return BY_CODE[hit]


def resolve(value: str) -> str:
    """ISO3 code of a country, or the code of a group (``"sub-saharan africa"`` ->
    ``"Sub-Saharan Africa"``, ``"EU"`` -> ``"EU"``, ``"kenya"`` -> ``"KEN"``).

    A group name wins over a country name only where they are the same words; raises
    :class:`~dyadscope.errors.UnknownCountryError` naming the groups when neither matches.
    """
    hit = _index().get(_key(str(value)))
    if hit is not None:
        return hit
    try:
        return countries.resolve(value)
    except CountryError as exc:
        raise UnknownCountryError(
            str(value), f"{exc}; or a group: {', '.join(g.code for g in GROUPS if g.kind != 'residual')}"
        ) from None


def label(code: str) -> str:
    """A display name for a country or group code."""
    if code in BY_CODE:
        return BY_CODE[code].label
    return countries.name(code)


def members(code: str) -> tuple[str, ...] | None:
    """Members of a group (ISO3), ``None`` where the source does not list them."""
    return group(code).members
