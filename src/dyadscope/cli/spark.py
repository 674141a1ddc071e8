"""The spark command group: the heavy jobs on Apache Spark."""

from __future__ import annotations

import logging
import warnings
from typing import Annotated, Any

import typer

from dyadscope import api, choices
from dyadscope.choices import Measure, Panel, PanelLevel, Period
from dyadscope.cli._app import (
    Format,
    Group,
    ImportantOpt,
    IssueOpt,
    SinceOpt,
    UntilOpt,
    WarehouseOpt,
    _emit,
    _progress,
    app,
    err,
)

spark_app = typer.Typer(
    cls=Group,
    help="The heavy jobs on Apache Spark (local[N], a standalone, YARN or Kubernetes master; see docs/spark.md).",
    no_args_is_help=True,
)
app.add_typer(spark_app, name="spark")
MasterOpt = Annotated[
    str | None,
    typer.Option(
        "--master",
        help="Spark master URL (default $DYADSCOPE_SPARK_MASTER or local[*]).",
        envvar="DYADSCOPE_SPARK_MASTER",
    ),
]
ConfOpt = Annotated[list[str] | None, typer.Option("--conf", help="Spark setting KEY=VALUE (repeat).")]


def _spark_job(title: str, job: Any, master: str | None, conf: list[str] | None, *args: Any, **kwargs: Any) -> None:
    """Run ``job(*args, **kwargs)`` (an ``api.spark_*`` function) on ``master`` with a progress
    bar, print its report, exit 1 when inputs failed."""
    from dyadscope.spark.session import parse_conf

    settings_ = parse_conf(conf)
    # pyspark 4.x warns on every pandas conversion when pandas >= 3 is installed; the parity
    # tests compare every result that crosses that boundary, so the warning carries no news
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    if logging.getLogger().level > logging.DEBUG:
        try:  # pyspark logs every failed query as JSON on stderr; the report below says it once
            from pyspark.logger import PySparkLogger

            PySparkLogger.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)
        except ImportError:
            pass
    with _progress() as bar:
        task = bar.add_task(title, total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"{title}: {label}")

        report = job(*args, master=master, conf=settings_, progress=progress, **kwargs)
    frame = report.tidy()
    cols = [
        c
        for c in ("input", "status", "rows", "rejected", "unknown_codes", "failed_articles", "seconds", "error")
        if c in frame.columns
    ]
    for c in ("rows", "rejected", "unknown_codes", "failed_articles"):
        if c in frame.columns:
            frame[c] = frame[c].astype("Int64")
    _emit(frame[cols], Format.table, None, title=f"{report.job} -> {report.output} (run {report.run_id})")
    for unit in report.units:
        skipped = unit.get("failures") or []
        if skipped:
            err.print(f"{unit.get('failed_articles', len(skipped))} articles could not be read (the others were):")
            for item in skipped[:20]:
                err.print(f"  {item['error']}", highlight=False, markup=False)
    if report.failed:
        err.print(
            f"[red]{len(report.failed)} of {len(report.units)} inputs failed[/red]; the others were written "
            f"(see {report.output}/_dyadscope.json)"
        )
        raise SystemExit(1)


@spark_app.command("load-baci")
def spark_load_baci_cmd(
    source: Annotated[str, typer.Argument(help="BACI release zip, folder of yearly CSVs, one CSV, or a folder URI.")],
    out: Annotated[str, typer.Argument(help="Output folder or URI (partitioned Parquet hs=/year=).")],
    years: Annotated[list[int] | None, typer.Option("--year", help="Only these years (repeat).")] = None,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """BACI yearly files into partitioned Parquet; each year is swapped in whole, a bad file fails alone."""
    _spark_job("BACI", api.spark_load_baci, master, conf, source, out, years=years)


@spark_app.command("trade")
def spark_trade_cmd(
    source: Annotated[str, typer.Argument(help="Output of 'dyadscope spark load-baci'.")],
    out: Annotated[str, typer.Argument(help="Output folder or URI (<panel>/year=YYYY).")],
    panels: Annotated[
        list[str] | None, typer.Option("--panel", help=choices.help_text(Panel, "Panels (repeat; default all)"))
    ] = None,
    years: Annotated[list[int] | None, typer.Option("--year", help="Years (default: all present).")] = None,
    hs: Annotated[str | None, typer.Option("--hs", help="Nomenclature when several are present.")] = None,
    level: Annotated[PanelLevel, typer.Option("--level", help="Product detail of the panels.")] = "hs6",
    top: Annotated[int, typer.Option("--top", help="Products per exporter and market (opportunities).")] = 20,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """All-country RCA, concentration and export-opportunity panels per year (the DuckDB SQL, on Spark)."""
    panels_: tuple[Panel, ...] = choices.check_many(Panel, panels or list(choices.options(Panel)), "panel")
    _spark_job(
        "trade panels",
        api.spark_trade_panels,
        master,
        conf,
        source,
        out,
        panels=panels_,
        years=years,
        hs=hs,
        level=level,
        top=top,
    )


@spark_app.command("align")
def spark_align_cmd(
    out: Annotated[str, typer.Argument(help="Output folder or URI (<by>=<period>).")],
    measure: Annotated[list[str] | None, typer.Option("--measure", help="Measures (default: all five).")] = None,
    by: Annotated[Period, typer.Option("--by", help="Calendar years or General Assembly sessions.")] = "year",
    since: SinceOpt = None,
    until: UntilOpt = None,
    issue: IssueOpt = None,
    important: ImportantOpt = False,
    warehouse: WarehouseOpt = None,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """All-pairs UN-vote alignment per period, from the warehouse's votes."""
    ms: tuple[Measure, ...] = choices.check_many(Measure, measure or list(choices.options(Measure)), "measure")
    _spark_job(
        "alignment",
        api.spark_all_pairs,
        master,
        conf,
        out,
        measure=ms,
        by=by,
        since=since,
        until=until,
        issue=issue,
        important=important,
        warehouse=warehouse,
    )


@spark_app.command("read")
def spark_read_cmd(
    source: Annotated[str, typer.Argument(help="Folder/glob of .txt/.md/.html, or a .parquet/.jsonl dataset.")],
    out: Annotated[str, typer.Argument(help="Output folder or URI (articles, countries, people, quotes, ...).")],
    when: Annotated[str | None, typer.Option("--date", help="Date YYYY-MM-DD for articles that have none.")] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", help="Spark partitions (default 4 x cores).")
    ] = None,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """Read many articles with mapInPandas (one spaCy pipeline per worker) into Parquet tables."""
    from dyadscope.dates import article_date

    default = article_date(when)
    _spark_job("articles", api.spark_read, master, conf, source, out, default_date=default, partitions=partitions)
