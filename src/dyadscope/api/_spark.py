"""The heavy jobs on Apache Spark."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dyadscope.alignment.query import VoteFilter, select_votes
from dyadscope.api._base import Bound, _check_period, _measures, open_warehouse
from dyadscope.choices import Measure, Panel, PanelLevel, Period
from dyadscope.errors import NoDataError
from dyadscope.evidence import votes as vote_evidence
from dyadscope.warehouse import Warehouse

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
    panels: Sequence[Panel] = ("rca", "concentration", "opportunities"),
    years: Sequence[int] | None = None,
    hs: str | None = None,
    level: PanelLevel = "hs6",
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
    measure: Measure | Sequence[Measure] = ("agreement", "coincidence", "kappa", "pi", "s"),
    by: Period = "year",
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

    ms, period = _measures(measure), _check_period(by)
    flt = VoteFilter.parse(since, until, issue, important)
    wh = open_warehouse(warehouse)
    votes, periods = select_votes(wh, flt, period)
    if votes.empty:
        raise NoDataError(f"no recorded votes match ({flt.describe()})")
    params = {"filter": flt.describe(), "sources": vote_evidence.sources(wh, flt)}
    return spark_alignment.run(
        _spark(master, conf),
        votes,
        periods,
        out,
        which=ms,
        by=period,
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
