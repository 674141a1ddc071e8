"""UN General Assembly evidence: alignment series, group placement, ideal points, roll calls.

Every function takes the warehouse first and ISO3 codes (resolved by the caller); the
roll calls are chosen by a frozen :class:`VoteFilter`. Frames carry their provenance: the
alignment frames a ``source`` per period (the vote sources of the roll calls in it, e.g.
``voeten-unvotes`` or ``un-dgacm``; ``+`` joins two), the roll-call frames the source
file and row of each resolution. :data:`SOURCES` describes each source.

Periods are calendar years (``by="year"``) or General Assembly sessions (``by="session"``;
session N opens in September of 1945 + N). ``n`` counts the roll calls on which both
countries of a pair cast a vote (absences are not votes).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from dyadscope import groups
from dyadscope.alignment import cache, measures
from dyadscope.alignment.idealpoints import IdealPointConfig
from dyadscope.alignment.measures import Measure
from dyadscope.alignment.query import Period, VoteFilter, select_votes
from dyadscope.errors import NoDataError
from dyadscope.warehouse import Warehouse

__all__ = [
    "SOURCES",
    "AlignmentResult",
    "IdealPointResult",
    "VoteFilter",
    "alignment",
    "alignment_series",
    "all_pairs",
    "country_votes",
    "group_placement",
    "ideal_points",
    "period_sources",
    "roll_calls",
    "session_year",
    "sources",
]

log = logging.getLogger(__name__)

SOURCES = {
    "voeten-unvotes": "Erik Voeten, UN General Assembly Voting Data (Harvard Dataverse "
    "hdl:1902.1/12379), as packaged in the R package unvotes; 1946 - Jan 2020",
    "un-dgacm": "United Nations DGACM machine-readable General Assembly resolutions, "
    "sessions 74-80 and emergency special sessions 10-11 (unofficial extracts)",
}


def session_year(session: int) -> int:
    """The calendar year in which regular session ``session`` opened (74 -> 2019)."""
    return int(session) + 1945


@dataclass
class AlignmentResult:
    """Pairwise alignment values, one row per period, country, partner and measure.

    ``frame`` has a ``period`` column (years or sessions, as ``period`` says); ``group``,
    when asked for, the placement within a group (see :func:`group_placement`), also with
    a ``period`` column.
    """

    frame: pd.DataFrame
    period: str
    measures: tuple[str, ...]
    filter: VoteFilter
    sources: dict[str, str] = field(default_factory=dict)
    group: pd.DataFrame | None = None

    @property
    def empty(self) -> bool:
        return self.frame.empty

    @property
    def note(self) -> str:
        if self.empty:
            return f"No recorded votes match ({self.filter.describe()})."
        return f"Based on {self.filter.describe()}."

    def tidy(self) -> pd.DataFrame:
        """Columns: year (or session), country, partner, measure, value, n."""
        return self.frame.rename(columns={"period": self.period}).reset_index(drop=True)

    def wide(self) -> pd.DataFrame:
        """Periods as rows, one column per (partner, measure)."""
        t = self.tidy()
        return t.pivot_table(index=self.period, columns=["partner", "measure"], values="value", aggfunc="first")


def _measures(measure: Measure | Sequence[Measure]) -> tuple[str, ...]:
    return (measure,) if isinstance(measure, str) else tuple(measure)


def sources(wh: Warehouse, flt: VoteFilter) -> dict[str, str]:
    """The vote sources of the roll calls under ``flt``, with their descriptions."""
    where, params = flt.where()
    with wh.reader("unga") as con:
        rows = con.execute(f"SELECT DISTINCT source FROM unga.roll_calls r WHERE {where}", params).fetchall()
    return {r[0]: SOURCES.get(r[0], r[0]) for r in rows}


def period_sources(wh: Warehouse, by: Period, flt: VoteFilter) -> pd.DataFrame:
    """Columns: period, source (the sources of that period's roll calls, sorted, joined by ``+``)."""
    where, params = flt.where()
    with wh.reader("unga") as con:
        return con.execute(
            f"SELECT r.{by} AS period, array_to_string(list_sort(list(DISTINCT r.source)), '+') AS source"
            f" FROM unga.roll_calls r WHERE {where} GROUP BY 1 ORDER BY 1",
            params,
        ).df()


def alignment(
    wh: Warehouse,
    country: str,
    partners: Sequence[str] | None,
    measure: Measure | Sequence[Measure],
    by: Period,
    flt: VoteFilter,
    group: groups.Group | None = None,
) -> AlignmentResult:
    """Alignment of ``country`` with each partner (``None``: every other country), as a result
    object; with ``group`` also its placement within that group (:func:`group_placement`)."""
    ms = _measures(measure)
    members = _ever_members(group, country) if group else []
    wanted = None if partners is None else [country, *partners, *members]
    votes, periods = select_votes(wh, flt, by, wanted)
    frame = measures.compute(votes, periods, ms, [country], partners)
    frame = frame.sort_values(["partner", "measure", "period"]).reset_index(drop=True)
    result = AlignmentResult(frame, by, ms, flt, sources(wh, flt))
    if group:
        result.group = _place(votes, periods, ms, country, partners, group, members, by, frame)
    return result


def alignment_series(
    wh: Warehouse,
    country: str,
    partners: Sequence[str] | None,
    measure: Measure | Sequence[Measure],
    by: Period,
    flt: VoteFilter,
) -> pd.DataFrame:
    """Columns: year (or session), country, partner, measure, value, n, source."""
    tidy = alignment(wh, country, partners, measure, by, flt).tidy()
    src = period_sources(wh, by, flt).rename(columns={"period": by})
    return tidy.merge(src, on=by, how="left")


def all_pairs(wh: Warehouse, measure: Measure | Sequence[Measure], by: Period, flt: VoteFilter) -> AlignmentResult:
    """Every ordered pair of countries in every period (both directions are listed)."""
    ms = _measures(measure)
    votes, periods = select_votes(wh, flt, by)
    frame = measures.compute(votes, periods, ms)
    return AlignmentResult(frame, by, ms, flt, sources(wh, flt))


def _ever_members(group: str, country: str) -> list[str]:
    t = groups.table()
    return sorted(set(t.loc[t["group"] == groups.check(group), "iso3"]) - {country})


def _designated(group: str, periods: pd.Series, by: Period) -> pd.DataFrame:
    """Columns period, country: the group's members in each period (by the period's year)."""
    rows = []
    for p in sorted(pd.unique(periods)):
        year = session_year(p) if by == "session" else int(p)
        rows += [(p, iso) for iso in groups.members(group, year)]
    return pd.DataFrame(rows, columns=["period", "country"])


def _place(
    votes: pd.DataFrame,
    periods: pd.Series,
    ms: tuple[str, ...],
    focal: str,
    partners: Sequence[str] | None,
    group: str,
    members: list[str],
    by: Period,
    focal_frame: pd.DataFrame,
) -> pd.DataFrame:
    """The group's distribution of the same measure with the same partners, per period,
    over the countries that were members in that period."""
    if not members:
        raise NoDataError(f"group {group!r} has no members besides {focal}")
    peers = measures.compute(votes, periods, ms, members, partners)
    peers = peers[peers["country"] != peers["partner"]]
    peers = peers.merge(_designated(group, periods, by), on=["period", "country"], how="inner")
    keys = ["period", "partner", "measure"]
    stats = (
        peers.groupby(keys)["value"]
        .agg(group_median="median", group_min="min", group_max="max", group_size="count")
        .reset_index()
    )
    merged = focal_frame.merge(stats, on=keys, how="left")
    allv = pd.concat([peers, focal_frame], ignore_index=True)
    allv["rank"] = allv.groupby(keys)["value"].rank(ascending=False, method="min")
    ranks = allv[allv["country"] == focal][[*keys, "rank"]]
    merged = merged.merge(ranks, on=keys, how="left")
    # before the group had any member (MNNA designations began in 1987) there is no placement
    merged["group_size"] = merged["group_size"].fillna(0).astype(int)
    merged.loc[merged["group_size"] == 0, "rank"] = float("nan")
    merged["group"] = group
    return merged


def group_placement(
    wh: Warehouse,
    country: str,
    partners: Sequence[str] | None,
    measure: Measure | Sequence[Measure],
    by: Period,
    flt: VoteFilter,
    group: groups.Group,
) -> pd.DataFrame:
    """Where ``country`` stands within ``group`` in its alignment with each partner.

    Per period, the group is the countries designated or admitted by that period's year
    (``data/groups.csv`` and the MNNA list date each membership), so a 1990 figure is
    not compared with members that joined later. Columns: year (or session), country,
    partner, measure, value, n, group_median, group_min, group_max, group_size (members
    with a value, the country excluded), rank (1 = most aligned, among the members and
    the country), group, source.
    """
    result = alignment(wh, country, partners, measure, by, flt, group=group)
    assert result.group is not None
    src = period_sources(wh, by, flt)
    return result.group.merge(src, on="period", how="left").rename(columns={"period": by})


@dataclass
class IdealPointResult:
    """Dynamic ideal points per country and session (``year`` = the session's opening year)."""

    frame: pd.DataFrame
    fit: dict[str, object]

    def tidy(self) -> pd.DataFrame:
        """Columns: year, session, country, ideal_point, se, lower, upper, n."""
        return self.frame.reset_index(drop=True)


def has_ideal_points(wh: Warehouse, config: IdealPointConfig | None = None) -> bool:
    """Whether the warehouse holds estimates for its current votes (and ``config``)."""
    wh.ensure("unga")
    return cache.current(wh, config or IdealPointConfig()) is not None


def ideal_points(
    wh: Warehouse,
    countries: Sequence[str] | None = None,
    since: int | None = None,
    until: int | None = None,
    config: IdealPointConfig | None = None,
) -> IdealPointResult:
    """Ideal points stored in the warehouse, for ``countries`` (default all) and years.

    Never estimates: without estimates for the current votes this raises
    :class:`~dyadscope.errors.NoDataError` (they are computed on the load path).
    ``fit`` says how and when they were estimated (``origin`` for the bundled ones).
    """
    cfg = config or IdealPointConfig()
    wh.ensure("unga")
    cached = cache.current(wh, cfg)  # a read-only warehouse: the last estimates until a refresh (web)
    if cached is None:
        raise NoDataError(
            f"no ideal-point estimates in {wh.path} for its current votes; compute them with"
            " 'dyadscope data refresh' (or dyadscope.api.refresh(), or ideal_points(refit=True))"
        )
    est, meta = cached
    if countries:
        est = est[est["country"].isin(list(countries))]
    if since is not None:
        est = est[est["year"] >= int(since)]
    if until is not None:
        est = est[est["year"] <= int(until)]
    cols = ["year", "session", "country", "ideal_point", "se", "lower", "upper", "n"]
    est = est[cols].sort_values(["country", "year"]).reset_index(drop=True)
    return IdealPointResult(est, meta)


def country_votes(wh: Warehouse, country: str, partner: str | None, flt: VoteFilter) -> pd.DataFrame:
    """The roll calls a figure rests on: one row per roll call with the country's vote.

    With ``partner`` the partner's vote is listed beside it. Columns: rcid, date,
    session, symbol, title, vote (and partner_vote), important, source, source_file, source_row.
    """
    where, params = flt.where()
    cols = (
        "r.rcid, r.date, r.session, r.symbol, r.title, a.vote::VARCHAR AS vote"
        + (", b.vote::VARCHAR AS partner_vote" if partner else "")
        + ", r.important, r.source, r.source_file, r.source_row"
    )
    join = " LEFT JOIN unga.votes b ON b.rcid = r.rcid AND b.iso3 = ?" if partner else ""
    sql = (
        f"SELECT {cols} FROM unga.roll_calls r JOIN unga.votes a ON a.rcid = r.rcid AND a.iso3 = ?"
        f"{join} WHERE {where} ORDER BY r.date, r.rcid"
    )
    args: list[object] = [country, *([partner] if partner else []), *params]
    with wh.reader("unga") as con:
        return con.execute(sql, args).df()


def roll_calls(wh: Warehouse, countries: Sequence[str], flt: VoteFilter, topic: str | None = None) -> pd.DataFrame:
    """Resolutions on a topic with each named country's vote, recorded votes and those
    adopted without a vote (DGACM, sessions 74 on) alike.

    ``topic``: words that must all occur (case-insensitive) in the title or description;
    ``flt.issue`` narrows by issue code (resolutions adopted without a vote get codes by the
    same keyword rule as the DGACM roll calls; none is a State Department important vote).
    Columns: rcid, date, session, symbol, title, description, adoption ('recorded vote' |
    'without a vote'), yes, no, abstain (the tallies of a recorded vote), one column per
    country in ``countries`` (yes | no | abstain | absent; 'without a vote' when the country
    voted in that session, so was a member; missing when it was not), important, source,
    source_file, source_row. Sorted by date.
    """
    where, params = flt.where()
    for word in (topic or "").split():
        where += " AND strpos(lower(coalesce(r.title, '') || ' ' || coalesce(r.description, '')), lower(?)) > 0"
        params.append(word)
    picks = "".join(f", max(v.vote::VARCHAR) FILTER (WHERE v.iso3 = ?) AS {_ident(c)}" for c in countries)
    recorded = (
        "SELECT r.rcid, r.date, r.session, r.symbol, r.title, r.description, 'recorded vote' AS adoption,"
        " count(*) FILTER (WHERE v.vote = 'yes') AS yes, count(*) FILTER (WHERE v.vote = 'no') AS no,"
        f" count(*) FILTER (WHERE v.vote = 'abstain') AS abstain{picks},"
        " r.important, r.source, r.source_file, r.source_row"
        f" FROM unga.roll_calls r JOIN unga.votes v USING (rcid) WHERE {where}"
        " GROUP BY r.rcid, r.date, r.session, r.symbol, r.title, r.description, r.important, r.source,"
        " r.source_file, r.source_row"
    )
    member = (
        "(SELECT 'without a vote' FROM unga.votes m JOIN unga.roll_calls c USING (rcid)"
        " WHERE c.session = r.session AND m.iso3 = ? AND m.vote <> 'absent' LIMIT 1)"
    )
    consensus = (
        "SELECT r.rcid, r.date, r.session, r.symbol, r.title, r.description, 'without a vote' AS adoption,"
        " NULL::BIGINT AS yes, NULL::BIGINT AS no, NULL::BIGINT AS abstain"
        + "".join(f", {member} AS {_ident(c)}" for c in countries)
        + ", r.important, r.source, r.source_file, r.source_row"
        f" FROM (SELECT *, FALSE AS important FROM unga.adoptions) r WHERE {where}"
    )
    with wh.reader("unga") as con:
        has_adoptions = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'unga' AND table_name = 'adoptions'"
        ).fetchone()
        if has_adoptions and has_adoptions[0]:
            sql = f"{recorded} UNION ALL {consensus} ORDER BY date, rcid"
            args = [*countries, *params, *countries, *params]
        else:
            log.warning("%s holds no resolutions adopted without a vote (made by an older version)", wh.path)
            sql, args = f"{recorded} ORDER BY date, rcid", [*countries, *params]
    frame = wh.query(sql, args, "unga", cache=True)  # deterministic over the dataset: kept across runs
    return frame.astype({"yes": "Int64", "no": "Int64", "abstain": "Int64"})


def _ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class NoVotes:
    """How a country voted 'no' in one year's recorded votes."""

    voted: int  # recorded votes it took part in (absences left out)
    no: int  # of them, 'no'
    lonely: int  # of those 'no' votes, the ones with at most three other countries voting 'no'


def no_votes(wh: Warehouse, country: str, year: int) -> NoVotes:
    """``country``'s 'no' votes in ``year``'s recorded votes, and how many of them it cast
    with at most three others: what explains a sudden fall in its coincidence with others
    (the United States in 2025, for one)."""
    sql = """
        WITH mine AS (SELECT v.rcid, v.vote::VARCHAR AS vote FROM unga.votes v JOIN unga.roll_calls r USING (rcid)
                      WHERE v.iso3 = ? AND r.year = ? AND v.vote <> 'absent'),
             nos AS (SELECT rcid, count(*) AS n_no FROM unga.votes WHERE vote::VARCHAR = 'no' GROUP BY rcid)
        SELECT count(*), count(*) FILTER (WHERE vote = 'no'),
               count(*) FILTER (WHERE vote = 'no' AND n_no <= 4)
        FROM mine LEFT JOIN nos USING (rcid)
    """
    with wh.reader("unga") as con:
        row = con.execute(sql, [country, int(year)]).fetchone()
    return NoVotes(int(row[0]), int(row[1]), int(row[2])) if row else NoVotes(0, 0, 0)
