"""The reads the brief's sections make, each taking the warehouse first.

Thin wrappers over the layers below (alignment, groups, fx, the warehouse); they move to
:mod:`dyadscope.evidence` as its functions land, and the section builders do not change.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dyadscope import groups
from dyadscope.evidence import events as events_evidence
from dyadscope.evidence import rights as rights_evidence
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
    """(roll calls voted, of them 'no', of those with at most three other 'no' votes)."""
    sql = """
        WITH mine AS (SELECT v.rcid, v.vote::VARCHAR AS vote FROM unga.votes v JOIN unga.roll_calls r USING (rcid)
                      WHERE v.iso3 = ? AND r.year = ? AND v.vote <> 'absent'),
             nos AS (SELECT rcid, count(*) AS n_no FROM unga.votes WHERE vote::VARCHAR = 'no' GROUP BY rcid)
        SELECT count(*), count(*) FILTER (WHERE vote = 'no'),
               count(*) FILTER (WHERE vote = 'no' AND n_no <= 4)
        FROM mine LEFT JOIN nos USING (rcid)
    """
    with wh.reader("unga") as con:
        row = con.execute(sql, [country, year]).fetchone()
    return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)


def roll_calls(wh: Warehouse, topic: str, countries: Sequence[str], since: int, until: int) -> pd.DataFrame:
    """Resolutions whose title names ``topic``, recorded votes and those adopted without a
    vote alike, with each country's vote (see :func:`dyadscope.evidence.votes.roll_calls`)."""
    return votes.roll_calls(wh, list(countries), _filter(since, until), topic)


def rights(wh: Warehouse, country: str, since: int, until: int) -> pd.DataFrame:
    """PTS scores by source: year, amnesty, hrw, state_dept (1 best, 5 worst;
    :func:`dyadscope.evidence.rights.pts_wide`)."""
    return rights_evidence.pts_wide(wh, country, since, until)


def events(wh: Warehouse, a: str, b: str) -> pd.DataFrame:
    """Monthly stored events between two countries, both directions in one ``A <-> B`` row
    (:func:`dyadscope.evidence.events.monthly`)."""
    return events_evidence.monthly(wh, a, b, directed=False)


def published_trade(a: str, b: str) -> pd.DataFrame:
    """Published figures between two countries (either direction), each converted to USD at
    the annual average rate of its year, with the rate and its source beside it."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError
    from dyadscope.sources import flows

    frame = flows.reported()
    frame = frame[
        ((frame["reporter"] == a) & (frame["partner"] == b)) | ((frame["reporter"] == b) & (frame["partner"] == a))
    ]
    usd: list[float] = []
    rates: list[str] = []
    rate_sources: list[str] = []
    for row in frame.to_dict("records"):
        cur, year = str(row["currency"]), int(row["start"].year)
        try:
            rate = fx.usd_rate(cur, year)
        except NoRateError:
            usd.append(float("nan"))
            rates.append(f"no {cur} rate for {year}")
            rate_sources.append("")
            continue
        usd.append(float(row["value"]) / rate.per_usd)
        native = cur == "USD"
        rates.append("" if native else f"{rate.per_usd:,.2f} {cur}/USD, {rate.year} average")
        rate_sources.append("" if native else rate.source)
    out = frame.assign(value_usd=usd, rate=rates, rate_source=rate_sources)
    return out.sort_values(["start", "reporter", "flow"]).reset_index(drop=True)


def bilateral(wh: Warehouse, a: str, b: str, since: int | None = None) -> pd.DataFrame:
    """Trade of ``a`` with ``b`` by year, both directions, both bases and the balance
    (:func:`dyadscope.evidence.trade.bilateral`); empty when no figure exists."""
    from dyadscope.errors import NoDataError
    from dyadscope.evidence import trade

    try:
        return trade.bilateral(wh, a, b, since=since)
    except NoDataError:
        return pd.DataFrame()


def partner_shares(wh: Warehouse, country: str, year: int, flow: str) -> pd.DataFrame:
    """Every partner's share of ``country``'s exports or imports in ``year``, with the HHI
    (:func:`dyadscope.evidence.trade.partner_shares`); empty when no figure exists."""
    from dyadscope.errors import NoDataError
    from dyadscope.evidence import trade

    try:
        return trade.partner_shares(wh, country, year, flow)  # type: ignore[arg-type]
    except NoDataError:
        return pd.DataFrame()


def partner_shares_years(wh: Warehouse, country: str, years: list[int]) -> pd.DataFrame:
    """:func:`partner_shares` for several years, exports and imports, in one query
    (:func:`dyadscope.evidence.trade.partner_shares_years`)."""
    from dyadscope.evidence import trade

    return trade.partner_shares_years(wh, country, years)


HS2_SOURCE = "CEPII BACI (HS92) exports to the world by exporter and HS2 chapter, 2011-2020 (via piyayut-ch/2022-10_R)"


def exports_by_chapter(wh: Warehouse, country: str, chapters: Sequence[str]) -> pd.DataFrame:
    """The country's exports to the world in the given HS2 chapters by year (US dollars):
    year, hs2, hs2_name, value."""
    if not chapters:
        return pd.DataFrame()
    marks = ", ".join("?" for _ in chapters)
    return wh.query(
        f"SELECT year, hs2, hs2_name, value FROM flows.hs2_world WHERE exporter = ? AND hs2 IN ({marks})"
        " ORDER BY year, hs2",
        [country, *chapters],
        "flows",
    )
