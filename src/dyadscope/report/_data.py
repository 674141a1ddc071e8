"""The reads the brief's sections make, each taking the warehouse first.

Thin wrappers over :mod:`dyadscope.evidence` (and the bundled group list): every figure
comes from there, so nothing in :mod:`dyadscope.report` runs SQL or opens a source file
(tests/test_layers.py checks it).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dyadscope import groups
from dyadscope.errors import NoDataError
from dyadscope.evidence import events as events_evidence
from dyadscope.evidence import rights as rights_evidence
from dyadscope.evidence import trade as trade_evidence
from dyadscope.evidence import votes
from dyadscope.evidence.votes import VoteFilter
from dyadscope.warehouse import Warehouse

PTS_SOURCE = rights_evidence.SOURCE
MNNA_SOURCE = "US State Department MNNA designations (22 designations, 1987-2025)"


def _filter(since: int, until: int | None) -> VoteFilter:
    return VoteFilter.parse(since, until, None, False)


def vote_sources(wh: Warehouse, since: int, until: int | None = None) -> list[str]:
    """Descriptions of the vote sources of the roll calls in these years
    (:func:`dyadscope.evidence.votes.sources`)."""
    found = votes.sources(wh, _filter(since, until))
    return [found[k] for k in sorted(found)]


def alignment(
    wh: Warehouse, country: str, partners: Sequence[str], since: int, until: int | None = None
) -> pd.DataFrame:
    """Voting coincidence of ``country`` with each partner by year: year, partner, value, n
    (:func:`dyadscope.evidence.votes.alignment_series`, the numbers of ``dyadscope align``)."""
    frame = votes.alignment_series(wh, country, list(partners), "coincidence", "year", _filter(since, until))
    return frame[["year", "partner", "value", "n"]].reset_index(drop=True)


def mnna_placement(wh: Warehouse, country: str, since: int, until: int | None = None) -> pd.DataFrame:
    """The country's coincidence with the US beside the Major Non-NATO Allies designated by
    each year (:func:`dyadscope.evidence.votes.group_placement`): year, value, n,
    group_median, group_min, group_max, group_size, rank (1 = closest to the US, among
    members and the country); years before the first designation (1987) are left out."""
    frame = votes.group_placement(wh, country, ["USA"], "coincidence", "year", _filter(since, until), "mnna")
    frame = frame[(frame["group_size"] > 0) & frame["value"].notna()].copy()
    frame["rank"] = frame["rank"].astype(int)
    frame["year"] = frame["year"].astype(int)
    cols = ["year", "value", "n", "group_median", "group_min", "group_max", "group_size", "rank"]
    return frame[cols].sort_values("year").reset_index(drop=True)


def designation_year(country: str, group: str = "mnna") -> int | None:
    t = groups.table()
    sel = t[(t["group"] == group) & (t["iso3"] == country)]
    return None if sel.empty else int(sel["joined"].min())


def no_share(wh: Warehouse, country: str, year: int) -> tuple[int, int, int]:
    """(roll calls voted, of them 'no', of those with at most three other 'no' votes)
    (:func:`dyadscope.evidence.votes.no_votes`)."""
    found = votes.no_votes(wh, country, year)
    return found.voted, found.no, found.lonely


def roll_calls(wh: Warehouse, topic: str, countries: Sequence[str], since: int, until: int) -> pd.DataFrame:
    """Resolutions whose title names ``topic``, recorded votes and those adopted without a
    vote alike, with each country's vote (see :func:`dyadscope.evidence.votes.roll_calls`)."""
    return votes.roll_calls(wh, list(countries), _filter(since, until), topic)


def rights(wh: Warehouse, country: str, since: int, until: int) -> pd.DataFrame:
    """PTS scores by source: year, amnesty, hrw, state_dept (1 best, 5 worst;
    :func:`dyadscope.evidence.rights.pts_wide`)."""
    return rights_evidence.pts_wide(wh, country, since, until)


def events(wh: Warehouse, a: str, b: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """Monthly stored events between two countries, both directions in one ``A <-> B`` row
    (:func:`dyadscope.evidence.events.monthly`), in the years ``since``-``until`` when given."""
    from datetime import date

    lo = date(since, 1, 1) if since else None
    hi = date(until, 12, 31) if until else None
    return events_evidence.monthly(wh, a, b, since=lo, until=hi, directed=False)


def published_trade(wh: Warehouse, a: str, b: str, until: int | None = None) -> pd.DataFrame:
    """Published figures between two countries (either direction) in their own currency,
    each with its USD value at the annual average rate of its year and that rate's source
    (:func:`dyadscope.evidence.trade.published`)."""
    return trade_evidence.published(wh, a, b, until=until)


def bilateral(wh: Warehouse, a: str, b: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """Trade of ``a`` with ``b`` by year, both directions, both bases and the balance
    (:func:`dyadscope.evidence.trade.bilateral`); empty when no figure exists."""
    try:
        return trade_evidence.bilateral(wh, a, b, since=since, until=until)
    except NoDataError:
        return pd.DataFrame()


def partner_shares(wh: Warehouse, country: str, year: int, flow: str) -> pd.DataFrame:
    """Every partner's share of ``country``'s exports or imports in ``year``, with the HHI
    (:func:`dyadscope.evidence.trade.partner_shares`); empty when no figure exists."""
    try:
        return trade_evidence.partner_shares(wh, country, year, flow)  # type: ignore[arg-type]
    except NoDataError:
        return pd.DataFrame()


def partner_shares_years(wh: Warehouse, country: str, years: list[int]) -> pd.DataFrame:
    """:func:`partner_shares` for several years, exports and imports, in one query
    (:func:`dyadscope.evidence.trade.partner_shares_years`)."""
    return trade_evidence.partner_shares_years(wh, country, years)


HS2_SOURCE = trade_evidence.HS2_SOURCE


def exports_by_chapter(wh: Warehouse, country: str, chapters: Sequence[str]) -> pd.DataFrame:
    """The country's exports to the world in the given HS2 chapters by year (US dollars):
    year, hs2, hs2_name, value (:func:`dyadscope.evidence.trade.exports_by_chapter`)."""
    return trade_evidence.exports_by_chapter(wh, country, chapters)
