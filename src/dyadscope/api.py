"""The public functions that the CLI, the web app and notebooks all call.

Each one validates its input, builds a frozen configuration and delegates to the
module that owns the work. None of them prints; they return DataFrames or result
objects with ``.tidy()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope import bundled, groups
from dyadscope import countries as registry
from dyadscope.alignment import cache, idealpoints, measures
from dyadscope.alignment.query import Period, VoteFilter, make_filter, parse_bound, select_votes
from dyadscope.config import settings
from dyadscope.errors import ConfigError, DyadscopeError, NoDataError
from dyadscope.warehouse import Warehouse

if TYPE_CHECKING:  # spaCy is imported only by the commands that read articles
    from dyadscope.news.article import Article

log = logging.getLogger(__name__)

Bound = int | str | date | None
ProgressFn = Callable[[int, float], None]

SOURCES = {
    "voeten-unvotes": "Erik Voeten, UN General Assembly Voting Data (Harvard Dataverse "
    "hdl:1902.1/12379), as packaged in the R package unvotes; 1946 - Jan 2020",
    "un-dgacm": "United Nations DGACM machine-readable General Assembly resolutions, "
    "sessions 74-80 and emergency special sessions 10-11 (unofficial extracts)",
}


def open_warehouse(warehouse: str | Path | Warehouse | None = None) -> Warehouse:
    """The warehouse at ``warehouse`` (default: the ``DYADSCOPE_WAREHOUSE`` setting)."""
    if isinstance(warehouse, Warehouse):
        return warehouse
    cfg = settings().with_(warehouse=warehouse)
    return Warehouse(cfg.warehouse, threads=cfg.threads)


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


def _countries(values: Iterable[str]) -> list[str]:
    return registry.resolve_many(values)


def _measures(measure: str | Sequence[str]) -> tuple[str, ...]:
    items = [measure] if isinstance(measure, str) else list(measure)
    out = []
    for m in items:
        for part in str(m).split(","):
            key = part.strip().lower()
            if key not in measures.MEASURES:
                raise ConfigError(f"unknown measure {part!r}; choose from {', '.join(measures.MEASURES)}")
            out.append(key)
    return tuple(dict.fromkeys(out))


def _check_period(by: str) -> Period:
    if by not in ("year", "session"):
        raise ConfigError(f"by must be 'year' or 'session', got {by!r}")
    return by  # type: ignore[return-value]


def _used_sources(wh: Warehouse, flt: VoteFilter) -> dict[str, str]:
    where, params = flt.where()
    with wh.reader("unga") as con:
        rows = con.execute(f"SELECT DISTINCT source FROM unga.roll_calls r WHERE {where}", params).fetchall()
    return {r[0]: SOURCES.get(r[0], r[0]) for r in rows}


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


# -- news -------------------------------------------------------------------------------


def read(
    source: str | Path,
    *,
    when: date | str | None = None,
    allow_private: bool = False,
    transport: object | None = None,
) -> Article:
    """Read an article from a file, an http(s) URL or ``-`` into source-linked facts.

    ``when`` sets the publication date (used for currency conversion) when the
    source has none. ``allow_private`` lets URLs on loopback/private addresses through
    (tests serve pages on 127.0.0.1). ``.to_dict()`` of the result is the JSON contract.
    """
    from dyadscope.news import reader
    from dyadscope.news.fetch import FetchPolicy

    day = date.fromisoformat(when) if isinstance(when, str) else when
    kwargs = {"transport": transport} if transport is not None else {}
    return reader.read(source, when=day, policy=FetchPolicy(allow_private=allow_private), **kwargs)


@dataclass
class IngestReport:
    """What a batch read, stored, skipped and could not read."""

    stored: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def tidy(self) -> pd.DataFrame:
        rows = [(s, "stored", "") for s in self.stored]
        rows += [(s, "skipped", why) for s, why in self.skipped]
        rows += [(s, "failed", why) for s, why in self.failed]
        return pd.DataFrame(rows, columns=["item", "status", "reason"])


def save(article: Article, *, warehouse: str | Path | Warehouse | None = None) -> IngestReport:
    """Store one article and its events (skipped if its URL or text is already stored)."""
    from dyadscope.warehouse import news as news_store

    wh = open_warehouse(warehouse)
    report = IngestReport()
    wh.ensure("news")
    with wh.writer("news") as con:
        assert con is not None
        why = news_store.is_stored(con, article)
        if why:
            report.skipped.append((article.origin, why))
        else:
            news_store.save_article(con, article)
            report.stored.append(article.origin)
    return report


def ingest(
    source: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
    allow_private: bool = False,
    when: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    transport: object | None = None,
) -> IngestReport:
    """Read a folder of articles (.txt, .md, .html) or an RSS/Atom feed URL and store them.

    Duplicates (same URL or same text) are skipped; an article that cannot be read is
    reported and the batch goes on; everything stored is stored in one atomic load.
    """
    from dyadscope.news import feeds, reader
    from dyadscope.news.fetch import FetchPolicy
    from dyadscope.warehouse import news as news_store

    policy = FetchPolicy(allow_private=allow_private)
    kwargs = {"transport": transport} if transport is not None else {}
    items = feeds.list_items(str(source), policy, **kwargs)
    report = IngestReport()
    wh = open_warehouse(warehouse)
    wh.ensure("news")
    seen: set[str] = set()
    with wh.writer("news") as con:
        assert con is not None
        for i, item in enumerate(items, start=1):
            try:
                clean_art = reader.prepare(item.location, when=item.date or when, policy=policy, **kwargs)
                if item.title and not clean_art.title:
                    clean_art.title = item.title
                clean_art.url = clean_art.url or item.url
                art = next(reader.read_clean([clean_art]))
            except DyadscopeError as exc:
                report.failed.append((item.location, str(exc)))
            else:
                why = news_store.is_stored(con, art)
                if why is None and art.content_hash in seen:
                    why = "same text earlier in this batch"
                if why:
                    report.skipped.append((item.location, why))
                else:
                    news_store.save_article(con, art)
                    seen.add(art.content_hash)
                    report.stored.append(item.location)
            if progress is not None:
                progress(i, len(items))
    return report


def import_gdelt(path: str | Path, *, warehouse: str | Path | Warehouse | None = None) -> dict[str, int]:
    """Import a GDELT 1.0 or 2.0 event file into the event table (re-importing replaces)."""
    from dyadscope.news.events import plover_map
    from dyadscope.sources import gdelt
    from dyadscope.warehouse import news as news_store

    frame, rep = gdelt.parse(Path(path))
    wh = open_warehouse(warehouse)
    wh.ensure("news")
    with wh.writer("news") as con:
        assert con is not None
        kept = news_store.import_gdelt(con, frame, plover_map(), Path(path).name, dict(rep.dropped))
    return {
        "read": int(rep.read["events"]),
        "kept": kept,
        **{k: int(v) for k, v in rep.dropped.items()},
    }


def events(
    country: str,
    partner: str,
    *,
    since: Bound = None,
    until: Bound = None,
    directed: bool = True,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Monthly event counts by PLOVER/CAMEO quad class and the Goldstein sum for a dyad.

    Directed: country -> partner and partner -> country as separate rows; undirected:
    both directions together. Events are deduplicated by event key; ``urls`` lists
    up to five sources per month.
    """
    a, b = registry.resolve(country), registry.resolve(partner)
    lo, hi = parse_bound(since, end=False), parse_bound(until, end=True)
    wh = open_warehouse(warehouse)
    wh.ensure("news")
    cond = ["((source = ? AND target = ?) OR (source = ? AND target = ?))"]
    params: list[object] = [a, b, b, a]
    if lo:
        cond.append("date >= ?")
        params.append(lo)
    if hi:
        cond.append("date <= ?")
        params.append(hi)
    direction = "source || ' -> ' || target" if directed else f"'{a} <-> {b}'"
    sql = (
        f"SELECT date_trunc('month', date)::DATE AS month, {direction} AS dyad, quad_class,"
        " count(DISTINCT event_key) AS events, sum(goldstein) AS goldstein_sum,"
        " list(DISTINCT url)[1:5] AS urls"
        f" FROM news.events WHERE {' AND '.join(cond)} AND date IS NOT NULL"
        " GROUP BY ALL ORDER BY month, dyad, quad_class"
    )
    with wh.reader("news") as con:
        return con.execute(sql, params).df()


# -- trade ------------------------------------------------------------------------------

BACI_SOURCE = "CEPII BACI (HS{hs}, release {release}), values reported by importers and exporters reconciled"


def load_baci(
    path: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """Load a BACI release zip, folder or yearly CSV into the warehouse (atomic, idempotent)."""
    from dyadscope.warehouse import trade as trade_store

    wh = open_warehouse(warehouse)
    return pd.DataFrame(trade_store.load_baci(wh, Path(path), progress))


def _baci_source(con: object) -> str:
    rows = con.execute("SELECT DISTINCT hs, release FROM trade.baci").fetchall()  # type: ignore[attr-defined]
    return "; ".join(BACI_SOURCE.format(hs=h, release=r) for h, r in rows) or "no BACI data loaded"


def trade(
    reporter: str,
    partner: str,
    *,
    since: int | None = None,
    until: int | None = None,
    currency: str | None = None,
    level: str = "total",
    sector: str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Exports, imports and balance of ``reporter`` with ``partner`` by year, in USD and in
    ``currency`` (default: the reporter's) at the annual average rate, with the source.

    Raises :class:`~dyadscope.errors.NoRateError` for a year without an exchange rate and
    :class:`~dyadscope.errors.NoDataError` when no BACI flows match.
    """
    from dyadscope import fx
    from dyadscope.trade import measures as tm

    rep, par = registry.resolve(reporter), registry.resolve(partner)
    if level not in ("total", "section", "hs2", "hs4", "hs6"):
        raise ConfigError(f"level must be total, section, hs2, hs4 or hs6, got {level!r}")
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        tm.register_sections(con)
        try:
            frame = tm.balance(con, rep, par, since, until, level, sector)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        source = _baci_source(con)
    if frame.empty:
        raise NoDataError(
            f"no BACI flows between {rep} and {par}"
            + (f" in {since or '...'}-{until or '...'}" if since or until else "")
            + ": load a BACI release with 'dyadscope load baci PATH'"
        )
    cur = (currency or fx.currency_of(rep)).upper()
    rates = {int(y): fx.usd_rate(cur, int(y)) for y in frame["year"].unique()}
    frame["currency"] = cur
    frame["rate"] = frame["year"].map(lambda y: rates[int(y)].per_usd)
    for col in ("exports", "imports", "balance"):
        frame[f"{col}_local"] = frame[f"{col}_usd"] * frame["rate"]
    frame["rate_source"] = frame["year"].map(lambda y: rates[int(y)].source)
    frame["source"] = source
    if level == "total":
        frame = frame.drop(columns=["code"])
    return frame


def trade_partners(
    reporter: str, *, year: int | None = None, warehouse: str | Path | Warehouse | None = None
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Partner shares of the reporter's exports and imports, and concentration (HHI)."""
    from dyadscope.trade import measures as tm

    rep = registry.resolve(reporter)
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        if year is None:
            row = con.execute(
                "SELECT max(year) FROM trade.baci WHERE exporter = ? OR importer = ?", [rep, rep]
            ).fetchone()
            year = int(row[0]) if row and row[0] is not None else None
        if year is None:
            raise NoDataError(f"no BACI flows for {rep}: load a BACI release first")
        frame = tm.partners(con, rep, year)
        products = tm.product_shares(con, rep, year)
        complementarity = {str(p): tm.complementarity(con, rep, str(p), year) for p in frame["partner"].head(5)}
        source = _baci_source(con)
    hx, hx_n = tm.hhi(frame["export_share"])
    hm, hm_n = tm.hhi(frame["import_share"])
    hp, hp_n = tm.hhi(products["export_share"])
    summary = {
        "year": float(year),
        "partner_hhi_exports": hx,
        "partner_hhi_exports_normalised": hx_n,
        "partner_hhi_imports": hm,
        "partner_hhi_imports_normalised": hm_n,
        "product_hhi_exports": hp,
        "product_hhi_exports_normalised": hp_n,
    }
    summary.update({f"complementarity_with_{p}": v for p, v in complementarity.items()})
    frame.insert(0, "year", year)
    frame.insert(1, "reporter", rep)
    frame["source"] = source
    return frame, summary


def trade_opportunities(
    reporter: str,
    market: str,
    *,
    year: int | None = None,
    sector: str | None = None,
    top: int = 20,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Products with the largest unrealised export potential of ``reporter`` in ``market``."""
    from dyadscope.trade import measures as tm

    rep, mkt = registry.resolve(reporter), registry.resolve(market)
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        if year is None:
            row = con.execute("SELECT max(year) FROM trade.baci").fetchone()
            year = int(row[0]) if row and row[0] is not None else None
        if year is None:
            raise NoDataError("no BACI flows loaded: load a BACI release first")
        try:
            frame = tm.opportunities(con, rep, mkt, year, sector=sector, top=top)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        frame["source"] = _baci_source(con)
    frame.insert(0, "year", year)
    frame.insert(1, "reporter", rep)
    return frame


def reported_trade(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """Published national figures between two countries (either direction), labelled as
    reported, each converted to USD at the annual average rate of its period's year."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError
    from dyadscope.sources import flows

    a, b = registry.resolve(reporter), registry.resolve(partner)
    frame = flows.reported()
    frame = frame[
        ((frame["reporter"] == a) & (frame["partner"] == b)) | ((frame["reporter"] == b) & (frame["partner"] == a))
    ]
    if frame.empty:
        raise NoDataError(f"no reported figures for {a} and {b}")
    usd, rates, notes = [], [], []
    for _, row in frame.iterrows():
        year = row["start"].year
        try:
            rate = fx.usd_rate(row["currency"], year)
        except NoRateError as exc:
            usd.append(float("nan"))
            rates.append(float("nan"))
            notes.append(str(exc))
            continue
        usd.append(row["value"] / rate.per_usd)
        rates.append(rate.per_usd)
        notes.append(rate.describe() if row["currency"] != "USD" else "")
    frame = frame.assign(value_usd=usd, rate=rates, rate_note=notes, kind="reported")
    cols = [
        "reporter",
        "partner",
        "flow",
        "period",
        "value",
        "currency",
        "value_usd",
        "rate",
        "basis",
        "source_page",
        "kind",
        "rate_note",
        "start",
        "end",
    ]
    return frame[cols].reset_index(drop=True)


def mirror(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """The reporter's recorded imports from the partner beside the partner's recorded exports
    to the reporter, for the same period (reported figures): both values and their ratio."""
    frame = reported_trade(reporter, partner)
    a, b = registry.resolve(reporter), registry.resolve(partner)
    imp = frame[(frame["reporter"] == a) & (frame["flow"] == "imports")]
    exp = frame[(frame["reporter"] == b) & (frame["flow"] == "exports")]
    both = imp.merge(exp, on=["start", "end"], suffixes=("_imports", "_exports"))
    if both.empty:
        raise NoDataError(f"no period with both {a}'s imports and {b}'s exports reported")
    return pd.DataFrame(
        {
            "period": both["period_imports"],
            f"{a}_reported_imports_usd": both["value_usd_imports"],
            f"{b}_reported_exports_usd": both["value_usd_exports"],
            "ratio": both["value_usd_exports"] / both["value_usd_imports"],
            "imports_basis": both["basis_imports"],
            "exports_basis": both["basis_exports"],
        }
    )


def sector_trade(reporter: str, partner: str) -> pd.DataFrame:
    """Bundled sector-level flows between two countries (Africa -> US by sector from BACI;
    Canada <-> Africa by category), with currency, price basis and source."""
    a, b = registry.resolve(reporter), registry.resolve(partner)
    flows_ = bundled.parquet("sector_flows.parquet")
    sel = flows_[
        ((flows_["exporter"] == a) & (flows_["importer"] == b))
        | ((flows_["exporter"] == b) & (flows_["importer"] == a))
    ]
    if sel.empty:
        raise NoDataError(f"no bundled sector flows between {a} and {b} (bundled: Africa -> USA, Canada <-> Africa)")
    return sel.sort_values(["year", "exporter", "sector"]).reset_index(drop=True)


# -- claims and briefs ------------------------------------------------------------------


def check(
    source: str | Path | Article,
    *,
    when: date | str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> list[Any]:
    """Checkable claims of an article with verdicts and evidence (see :mod:`dyadscope.claims`)."""
    from dyadscope.claims.check import check_all
    from dyadscope.claims.extract import find_claims
    from dyadscope.news.article import Article

    article = source if isinstance(source, Article) else read(source, when=when)
    return check_all(find_claims(article), article.date, open_warehouse(warehouse))


def brief(
    source: str | Path | None = None,
    *,
    dyad: Sequence[str] | None = None,
    vs: Sequence[str] | None = None,
    when: date | str | None = None,
    since: int = 2000,
    warehouse: str | Path | Warehouse | None = None,
) -> Any:
    """A brief for an article (``source``) or a country pair (``dyad=("KEN", "USA")``,
    compared with ``vs=("CHN", "RUS")``). Returns a :class:`~dyadscope.report.brief.Brief`
    (``.html()``, ``.save(path)`` for .html or .pdf)."""
    import time as _time

    from dyadscope.claims.check import check_all
    from dyadscope.claims.extract import find_claims
    from dyadscope.report import brief as br

    timings: dict[str, float] = {}
    wh = open_warehouse(warehouse)
    t0 = _time.perf_counter()
    wh.ensure()
    timings["open warehouse"] = _time.perf_counter() - t0
    article = None
    checks: list[Any] = []
    if source is not None:
        t0 = _time.perf_counter()
        art = read(source, when=when)
        timings["read article"] = _time.perf_counter() - t0
        t0 = _time.perf_counter()
        checks = check_all(find_claims(art), art.date, wh)
        timings["check claims"] = _time.perf_counter() - t0
        article = art.to_dict()
        counts = art.country_counts()
        focal = next(iter(counts), None)
        if focal is None:
            raise NoDataError("the article mentions no country; nothing to brief on")
        others = [c for c in counts if c != focal][:3]
        partners = list(dict.fromkeys(["USA", "CHN", "RUS", *others]))
        partners = [p for p in partners if p != focal][:4]
        title = art.title or "Article brief"
    elif dyad:
        names = registry.resolve_many(list(dyad) + list(vs or []))
        focal, partners = names[0], names[1:]
        if not partners:
            raise ConfigError("--dyad needs two countries, e.g. --dyad KEN USA")
        title = f"{registry.name(focal)} and {registry.name(partners[0])}" + (
            f", compared with {', '.join(registry.name(p) for p in partners[1:])}" if len(partners) > 1 else ""
        )
    else:
        raise ConfigError("give an article, or --dyad A B")
    sections, sources = [], []
    for label, make in (
        ("alignment", lambda: br.alignment_section(focal, partners, since, wh)),
        (
            "trade",
            lambda: br.trade_section(
                focal, partners[:2] if source is not None else partners, art.date if source is not None else None
            ),
        ),
        ("events", lambda: br.events_section(article, focal, partners[:2], wh)),
        ("rights", lambda: br.rights_section(focal, wh)),
    ):
        t0 = _time.perf_counter()
        sec, srcs = make()
        timings[label] = _time.perf_counter() - t0
        sections.append(sec)
        sources += srcs
    last_year = art.date.year if source is not None and art.date else date.today().year - 1
    summary = _summary(focal, partners, checks, sections, last_year)
    if article is not None:
        sources.insert(0, f"Article: {article['url'] or article['origin']}")
    sources.append("Exchange rates: IMF World Economic Outlook (Jan 2025); Central Bank of Kenya daily rates")
    return br.Brief(
        title, summary, article, [c.to_dict() for c in checks], sections, list(dict.fromkeys(sources)), timings
    )


def _summary(focal: str, partners: list[str], checks: list[Any], sections: list[Any], last_year: int) -> list[str]:
    lines = []
    for c in checks:
        lines.append(f"{c.verdict.capitalize()}: “{c.claim.text[:100]}”. {c.explanation}")
    align = next((s for s in sections if s.title.startswith("UN")), None)
    if align and align.tables:
        wide = align.tables[0][1]
        wide = wide[wide["year"] <= last_year]
        if wide.empty:
            return lines
        last = wide.iloc[-1]
        parts = [f"{p} {last[p]:.2f}" for p in partners if p in wide.columns and last[p] == last[p]]
        lines.append(
            f"UN voting coincidence of {registry.name(focal)} in {int(last['year'])}: " + ", ".join(parts) + "."
        )
    if not checks:
        lines.append("No checkable claims (figures between two countries, trade ratios or alignment statements).")
    return lines


# -- all-country panels and the Spark engine ------------------------------------------------


def trade_panel(
    panel: str,
    year: int,
    *,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """One all-country panel (``rca``, ``concentration`` or ``opportunities``) for one year,
    computed by DuckDB on the warehouse; ``spark_trade_panels`` runs the same SQL on Spark."""
    from dyadscope.trade import panels

    if panel not in panels.PANELS:
        raise ConfigError(f"unknown panel {panel!r}; choose from {', '.join(panels.PANELS)}")
    if level not in panels.LEVELS:
        raise ConfigError(f"unknown level {level!r}; choose from {', '.join(panels.LEVELS)}")
    wh = open_warehouse(warehouse)
    wh.ensure("trade")
    with wh.reader("trade") as con:
        frame = con.execute(panels.sql(panel, "trade.baci", year, level=level, top=top, lookback=lookback)).df()
    if frame.empty:
        raise NoDataError(f"no BACI flows for {year} in the warehouse; load them with 'dyadscope load baci'")
    keys = {"rca": ["exporter", "code"], "concentration": ["country"], "opportunities": ["exporter", "market", "rank"]}
    return frame.sort_values(keys[panel]).reset_index(drop=True)


SparkProgress = Callable[[int, int, str], None]


def _spark(master: str | None, conf: dict[str, str] | None) -> Any:
    from dyadscope.spark import session

    return session.session(master, conf=conf)


def spark_load_baci(
    source: str | Path,
    out: str,
    *,
    years: Sequence[int] | None = None,
    master: str | None = None,
    conf: dict[str, str] | None = None,
    progress: SparkProgress | None = None,
) -> Any:
    """BACI yearly files (zip, folder, CSV, or a folder URI) into partitioned Parquet at ``out``
    with Spark. Returns a :class:`dyadscope.spark.job.JobReport`; a file that fails is in its
    ``failed`` list and the other years were written."""
    from dyadscope.spark import baci

    return baci.ingest(_spark(master, conf), source, out, years=list(years) if years else None, progress=progress)


def spark_trade_panels(
    source: str,
    out: str,
    *,
    panels: Sequence[str] = ("rca", "concentration", "opportunities"),
    years: Sequence[int] | None = None,
    hs: str | None = None,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    master: str | None = None,
    conf: dict[str, str] | None = None,
    progress: SparkProgress | None = None,
) -> Any:
    """All-country RCA, concentration and export-opportunity panels per year with Spark,
    from the Parquet of :func:`spark_load_baci`, into ``out/<panel>/year=YYYY``."""
    from dyadscope.spark import trade as spark_trade

    return spark_trade.run(
        _spark(master, conf),
        source,
        out,
        which=list(panels),
        years=years,
        hs=hs,
        level=level,
        top=top,
        lookback=lookback,
        progress=progress,
    )


def spark_all_pairs(
    out: str,
    *,
    measure: str | Sequence[str] = ("agreement", "coincidence", "kappa", "pi", "s"),
    by: str = "year",
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    warehouse: str | Path | Warehouse | None = None,
    master: str | None = None,
    conf: dict[str, str] | None = None,
    progress: SparkProgress | None = None,
) -> Any:
    """:func:`all_pairs` on Spark: the same votes and filters, written to ``out/<by>=<period>``."""
    from dyadscope.spark import alignment as spark_alignment

    sel = _pair_votes(measure, by, since, until, issue, important, warehouse)
    if sel.votes.empty:
        raise NoDataError(f"no recorded votes match ({sel.filter.describe()})")
    params = {"filter": sel.filter.describe(), "sources": _used_sources(sel.warehouse, sel.filter)}
    return spark_alignment.run(
        _spark(master, conf),
        sel.votes,
        sel.periods,
        out,
        which=sel.measures,
        by=sel.period,
        parameters=params,
        progress=progress,
    )


def spark_read(
    source: str,
    out: str,
    *,
    default_date: date | None = None,
    partitions: int | None = None,
    master: str | None = None,
    conf: dict[str, str] | None = None,
    progress: SparkProgress | None = None,
) -> Any:
    """Read a folder of articles (or a Parquet/JSON-lines dataset of them) with Spark into
    the tables ``articles``, ``countries``, ``people``, ``quotes``, ``amounts``, ``events``."""
    from dyadscope.spark import articles

    return articles.run(
        _spark(master, conf), source, out, default_date=default_date, partitions=partitions, progress=progress
    )
