"""UN-vote alignment, ideal points and the votes behind them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dyadscope import countries as registry
from dyadscope import groups
from dyadscope.alignment import cache, idealpoints, measures
from dyadscope.alignment.query import Period, VoteFilter, make_filter, select_votes
from dyadscope.api._base import Bound, ProgressFn, _check_period, _countries, _measures, _used_sources, open_warehouse
from dyadscope.errors import NoDataError
from dyadscope.warehouse import Warehouse


@dataclass
class AlignmentResult:
    """Pairwise alignment values, one row per period, country, partner and measure."""

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


def alignment(
    country: str,
    partners: str | Sequence[str] | None = None,
    *,
    measure: str | Sequence[str] = "coincidence",
    by: str = "year",
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    group: str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> AlignmentResult:
    """Alignment of ``country`` with each partner (default: every other country).

    ``measure``: agreement, coincidence, kappa, pi or s (or several). ``by``: year or
    session. ``since``/``until``: years or ISO dates. ``issue``: Voeten issue codes
    (me, nu, di, hr, co, ec). ``important``: State Department important votes only.
    ``group`` (mnna, nato, eu, au, brics, g20) also places the country within the
    group's current members: ``result.group`` holds the group median, range and rank.
    """
    focal = registry.resolve(country)
    if isinstance(partners, str):
        partners = [partners]
    others = _countries(partners) if partners else None
    ms = _measures(measure)
    period = _check_period(by)
    flt = make_filter(since, until, issue, important)
    wh = open_warehouse(warehouse)
    grp_key = groups.check(group) if group else None
    grp_members = [m for m in groups.members(grp_key) if m != focal] if grp_key else []
    wanted = None if others is None else [focal, *others, *grp_members]
    votes, periods = select_votes(wh, flt, period, wanted)
    frame = measures.compute(votes, periods, ms, [focal], others)
    frame = frame.sort_values(["partner", "measure", "period"]).reset_index(drop=True)
    result = AlignmentResult(frame, period, ms, flt, _used_sources(wh, flt))
    if grp_key:
        result.group = _place_in_group(votes, periods, ms, focal, others, grp_key, grp_members, frame)
    return result


def _place_in_group(
    votes: pd.DataFrame,
    periods: pd.Series,
    ms: tuple[str, ...],
    focal: str,
    others: list[str] | None,
    group: str,
    members: list[str],
    focal_frame: pd.DataFrame,
) -> pd.DataFrame:
    """The group's distribution of the same measure with the same partners, per period."""
    if not members:
        raise NoDataError(f"group {group!r} has no members besides {focal}")
    peers = measures.compute(votes, periods, ms, members, others)
    peers = peers[peers["country"] != peers["partner"]]
    stats = (
        peers.groupby(["period", "partner", "measure"])["value"]
        .agg(group_median="median", group_min="min", group_max="max", group_size="count")
        .reset_index()
    )
    merged = focal_frame.merge(stats, on=["period", "partner", "measure"], how="left")
    allv = pd.concat([peers, focal_frame], ignore_index=True)
    allv["rank"] = allv.groupby(["period", "partner", "measure"])["value"].rank(ascending=False, method="min")
    ranks = allv[allv["country"] == focal][["period", "partner", "measure", "rank"]]
    merged = merged.merge(ranks, on=["period", "partner", "measure"], how="left")
    merged["group"] = group
    return merged


def all_pairs(
    *,
    measure: str | Sequence[str] = "agreement",
    by: str = "year",
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    warehouse: str | Path | Warehouse | None = None,
) -> AlignmentResult:
    """Every ordered pair of countries in every period (both directions are listed)."""
    sel = _pair_votes(measure, by, since, until, issue, important, warehouse)
    frame = measures.compute(sel.votes, sel.periods, sel.measures)
    return AlignmentResult(frame, sel.period, sel.measures, sel.filter, _used_sources(sel.warehouse, sel.filter))


@dataclass
class _PairVotes:
    measures: tuple[str, ...]
    period: Period
    filter: VoteFilter
    warehouse: Warehouse
    votes: pd.DataFrame
    periods: pd.Series


def _pair_votes(
    measure: str | Sequence[str],
    by: str,
    since: Bound,
    until: Bound,
    issue: str | Sequence[str] | None,
    important: bool,
    warehouse: str | Path | Warehouse | None,
) -> _PairVotes:
    """The votes of :func:`all_pairs`, for either engine."""
    ms = _measures(measure)
    period = _check_period(by)
    flt = make_filter(since, until, issue, important)
    wh = open_warehouse(warehouse)
    votes, periods = select_votes(wh, flt, period)
    return _PairVotes(ms, period, flt, wh, votes, periods)


@dataclass
class IdealPointResult:
    """Dynamic ideal points per country and session (``year`` = the session's opening year)."""

    frame: pd.DataFrame
    fit: dict[str, object]

    def tidy(self) -> pd.DataFrame:
        """Columns: year, session, country, ideal_point, se, lower, upper, n."""
        return self.frame.reset_index(drop=True)


def ideal_points(
    countries: str | Sequence[str] | None = None,
    *,
    since: int | None = None,
    until: int | None = None,
    warehouse: str | Path | Warehouse | None = None,
    config: idealpoints.IdealPointConfig | None = None,
    refit: bool = False,
    progress: ProgressFn | None = None,
) -> IdealPointResult:
    """Ideal points estimated from the full voting record, then selected.

    The first call on a warehouse estimates the model (about a minute) and caches the
    estimates; later calls read the cache until the votes are reloaded.
    """
    cfg = config or idealpoints.IdealPointConfig()
    wh = open_warehouse(warehouse)
    wh.ensure("unga")
    cached = None if refit else cache.read(wh, cfg)
    if cached is None:
        with wh.reader("unga") as con:
            votes = con.execute("SELECT rcid, iso3, vote::VARCHAR AS vote FROM unga.votes WHERE vote <> 'absent'").df()
            calls = con.execute(
                "SELECT rcid, session, amend, para, CASE WHEN source = 'un-dgacm' THEN title"
                " ELSE description END AS bridge_text FROM unga.roll_calls"
            ).df()
        fit = idealpoints.estimate(votes, calls, cfg, progress=progress)
        cache.write(wh, cfg, fit)
        cached = cache.read(wh, cfg)
        assert cached is not None
    est, meta = cached
    if countries:
        wanted = _countries([countries] if isinstance(countries, str) else countries)
        est = est[est["country"].isin(wanted)]
    if since is not None:
        est = est[est["year"] >= int(since)]
    if until is not None:
        est = est[est["year"] <= int(until)]
    cols = ["year", "session", "country", "ideal_point", "se", "lower", "upper", "n"]
    est = est[cols].sort_values(["country", "year"]).reset_index(drop=True)
    return IdealPointResult(est, meta)


def votes(
    country: str,
    partner: str | None = None,
    *,
    year: int | None = None,
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """The roll calls a figure rests on: one row per roll call with the country's vote.

    With ``partner`` the partner's vote is listed beside it. Columns: rcid, date,
    session, symbol, title, vote (and partner_vote), source, source_file, source_row.
    """
    iso = registry.resolve(country)
    other = registry.resolve(partner) if partner else None
    if year is not None:
        since, until = year, year
    flt = make_filter(since, until, issue, important)
    where, params = flt.where()
    wh = open_warehouse(warehouse)
    cols = (
        "r.rcid, r.date, r.session, r.symbol, r.title, a.vote::VARCHAR AS vote"
        + (", b.vote::VARCHAR AS partner_vote" if other else "")
        + ", r.important, r.source, r.source_file, r.source_row"
    )
    join = " LEFT JOIN unga.votes b ON b.rcid = r.rcid AND b.iso3 = ?" if other else ""
    sql = (
        f"SELECT {cols} FROM unga.roll_calls r JOIN unga.votes a ON a.rcid = r.rcid AND a.iso3 = ?"
        f"{join} WHERE {where} ORDER BY r.date, r.rcid"
    )
    args: list[object] = [iso, *([other] if other else []), *params]
    with wh.reader("unga") as con:
        return con.execute(sql, args).df()


def data_status(warehouse: str | Path | Warehouse | None = None) -> dict[str, pd.DataFrame]:
    """What is loaded: loads with their files, coverage per source, and what was dropped."""
    wh = open_warehouse(warehouse)
    with wh.reader("unga") as con:
        loads = con.execute("SELECT * FROM unga.loads ORDER BY loaded_at").df()
        coverage = con.execute(
            "SELECT r.source, count(DISTINCT r.rcid) AS roll_calls, min(r.date) AS first_vote,"
            " max(r.date) AS last_vote, min(r.session) AS first_session,"
            " max(r.session) AS last_session,"
            " count(*) FILTER (WHERE v.vote <> 'absent') AS votes_cast,"
            " count(*) FILTER (WHERE v.vote = 'absent') AS absences_derived,"
            " count(DISTINCT v.iso3) AS countries"
            " FROM unga.roll_calls r JOIN unga.votes v USING (rcid) GROUP BY r.source ORDER BY 4"
        ).df()
        report = con.execute("SELECT * FROM unga.load_report").df()
    with wh.reader("trade", "news", "rights") as con:
        datasets = con.execute(
            """
            SELECT 'trade' AS dataset, 'BACI flows' AS contents, count(*) AS rows,
                   min(year)::VARCHAR AS first, max(year)::VARCHAR AS last FROM trade.baci
            UNION ALL SELECT 'trade', 'BACI files loaded', count(*), min(loaded_at)::VARCHAR,
                   max(loaded_at)::VARCHAR FROM trade.baci_loads
            UNION ALL SELECT 'news', 'stored articles', count(*), min(date)::VARCHAR, max(date)::VARCHAR
                   FROM news.articles
            UNION ALL SELECT 'news', 'events (' || origin || ')', count(*), min(date)::VARCHAR,
                   max(date)::VARCHAR FROM news.events GROUP BY origin
            UNION ALL SELECT 'rights', 'Political Terror Scale country-years', count(*),
                   min(year)::VARCHAR, max(year)::VARCHAR FROM rights.pts
            """
        ).df()
    return {
        "loads": loads,
        "coverage": coverage,
        "report": report,
        "datasets": datasets,
        "path": pd.DataFrame({"warehouse": [str(wh.path)]}),
    }


def load_votes(
    voeten_dir: str | Path,
    dgacm_dir: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
) -> dict[str, int]:
    """Rebuild the vote dataset from raw source files (atomic; the old data stays on failure)."""
    from dyadscope.warehouse import unga as unga_store

    wh = open_warehouse(warehouse)
    return unga_store.load_raw(wh, Path(voeten_dir), Path(dgacm_dir))
