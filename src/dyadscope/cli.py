"""The ``dyadscope`` command line: thin commands that call :mod:`dyadscope.api`.

Only this module prints and configures logging.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyadscope import api
from dyadscope import countries as registry
from dyadscope.errors import DyadscopeError

app = typer.Typer(
    help="dyadscope: evidence for claims about relations between countries.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="What is in the warehouse, and loading it.", no_args_is_help=True)
app.add_typer(data_app, name="data")
# wide tables when the output is a pipe or a file, not a terminal
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


WarehouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--warehouse",
        help="Warehouse folder (default: $DYADSCOPE_WAREHOUSE).",
        envvar="DYADSCOPE_WAREHOUSE",
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]
ChartOpt = Annotated[Path | None, typer.Option("--chart", help="Also write a chart: .html (offline), .png, .svg.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First year (2000) or date (2000-06-30).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last year or date.")]
IssueOpt = Annotated[
    list[str] | None,
    typer.Option("--issue", help="Issue code(s): me, nu, di, hr, co, ec (repeat or comma-separate)."),
]
ImportantOpt = Annotated[bool, typer.Option("--important", help="State Department important votes only.")]


@app.callback()
def _main(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output.")] = 0,
) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _emit(frame: pd.DataFrame, fmt: Format, output: Path | None, title: str = "") -> None:
    if output is not None and output.suffix.lower() == ".parquet":
        frame.to_parquet(output, index=False)
        return
    if output is not None and fmt is Format.table and output.suffix.lower() in (".csv", ".json"):
        fmt = Format(output.suffix.lower()[1:])  # -o pairs.csv means CSV
    if fmt is Format.csv:
        text = frame.to_csv(index=False)
    elif fmt is Format.json:
        text = frame.to_json(orient="records", date_format="iso", indent=1) + "\n"
    else:
        table = Table(title=title or None, show_lines=False)
        for col in frame.columns:
            table.add_column(str(col), justify="right" if pd.api.types.is_numeric_dtype(frame[col]) else "left")
        for row in frame.itertuples(index=False):
            table.add_row(*[_cell(v) for v in row])
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                Console(file=fh, width=200).print(table)
        else:
            out.print(table)
        return
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


@app.command()
def align(
    countries: Annotated[list[str] | None, typer.Argument(help="Country, then partners (names or codes).")] = None,
    measure: Annotated[
        str,
        typer.Option(
            "--measure",
            "-m",
            help="agreement, coincidence, kappa, pi or s (comma-separate several).",
        ),
    ] = "coincidence",
    all_: Annotated[bool, typer.Option("--all", help="Against every other country.")] = False,
    all_pairs: Annotated[bool, typer.Option("--all-pairs", help="Every pair of countries.")] = False,
    by: Annotated[str, typer.Option("--by", help="year or session.")] = "year",
    since: SinceOpt = None,
    until: UntilOpt = None,
    issue: IssueOpt = None,
    important: ImportantOpt = False,
    group: Annotated[
        str | None,
        typer.Option("--group", help="Place the country within a group: mnna, nato, eu, au, brics, g20."),
    ] = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """UN General Assembly alignment of the first country with each of the others."""
    names = countries or []
    if all_pairs:
        result = api.all_pairs(
            measure=measure,
            by=by,
            since=since,
            until=until,
            issue=issue,
            important=important,
            warehouse=warehouse,
        )
    else:
        if not names or (len(names) < 2 and not all_ and not group):
            raise DyadscopeError("give a country and at least one partner, or --all, or --all-pairs")
        result = api.alignment(
            names[0],
            None if all_ else names[1:],
            measure=measure,
            by=by,
            since=since,
            until=until,
            issue=issue,
            important=important,
            group=group,
            warehouse=warehouse,
        )
    if result.empty:
        err.print(f"[yellow]{result.note}[/yellow]")
        return
    frame = result.group if result.group is not None else result.tidy()
    if result.group is not None:
        frame = frame.rename(columns={"period": result.period})
    _emit(frame, fmt, output, title="UN General Assembly alignment")
    if fmt is Format.table:
        err.print(f"[dim]{result.note} n = roll calls on which both countries voted.[/dim]")
        for key, desc in result.sources.items():
            err.print(f"[dim]Source {key}: {desc}[/dim]")
    if chart:
        from dyadscope.report import charts

        tidy = result.tidy()
        who = registry.name(tidy["country"].iloc[0]) if not all_pairs else "all pairs"
        if result.group is not None:
            from dyadscope.groups import LABELS

            g = result.group.rename(columns={"period": result.period})
            first = g["partner"].iloc[0]
            g = g[(g["partner"] == first) & (g["measure"] == result.measures[0])]
            label = LABELS[g["group"].iloc[0]]
            title = f"{who} vs {registry.name(first)}: {result.measures[0]}, against {label}"
            path = charts.save(charts.group_chart(g, result.period, title), chart)
        else:
            path = charts.save(
                charts.alignment_chart(tidy, result.period, f"{who}: UN General Assembly alignment"),
                chart,
            )
        err.print(f"chart written to {path}")


@app.command("ideal-points")
def ideal_points(
    countries: Annotated[list[str] | None, typer.Argument(help="Countries (default: --all).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every country.")] = False,
    since: Annotated[int | None, typer.Option("--since", help="First year.")] = None,
    until: Annotated[int | None, typer.Option("--until", help="Last year.")] = None,
    refit: Annotated[bool, typer.Option("--refit", help="Estimate again even if cached.")] = False,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Dynamic ideal points (one dimension, US side positive) with 95% intervals."""
    if not countries and not all_:
        raise DyadscopeError("name countries or pass --all")
    from dyadscope.alignment.idealpoints import IdealPointConfig

    total = IdealPointConfig().max_iter
    with _progress() as bar:
        task = bar.add_task("estimating ideal points (first use)", total=total, visible=False)

        def tick(iteration: int, _lp: float) -> None:
            bar.update(task, completed=iteration, visible=True)

        result = api.ideal_points(
            None if all_ else countries,
            since=since,
            until=until,
            warehouse=warehouse,
            refit=refit,
            progress=tick,
        )
    frame = result.tidy()
    if frame.empty:
        err.print("[yellow]No estimates in that range.[/yellow]")
        return
    cols = ["year", "country", "ideal_point", "lower", "upper", "n"]
    _emit(
        frame[[*cols, "session", "se"]] if fmt is not Format.table else frame[cols],
        fmt,
        output,
        title="Ideal points",
    )
    if chart:
        from dyadscope.report import charts

        path = charts.save(charts.ideal_point_chart(frame, "UN General Assembly ideal points"), chart)
        err.print(f"chart written to {path}")


@app.command()
def votes(
    country: Annotated[str, typer.Argument(help="Country.")],
    partner: Annotated[str | None, typer.Argument(help="Optional partner, listed beside.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="One calendar year.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    issue: IssueOpt = None,
    important: ImportantOpt = False,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """List the roll calls (and the votes) that a figure rests on."""
    frame = api.votes(
        country,
        partner,
        year=year,
        since=since,
        until=until,
        issue=issue,
        important=important,
        warehouse=warehouse,
    )
    if frame.empty:
        err.print("[yellow]No recorded votes match.[/yellow]")
        return
    if fmt is Format.table:
        frame = frame.assign(title=frame["title"].str.slice(0, 60))
    _emit(frame, fmt, output, title=f"Votes of {registry.name(registry.resolve(country))}")


@data_app.command("status")
def data_status(warehouse: WarehouseOpt = None) -> None:
    """Show what is loaded, from which source and file, and coverage."""
    status = api.data_status(warehouse)
    out.print(f"Warehouse: {status['path']['warehouse'].iloc[0]}")
    _emit(status["coverage"], Format.table, None, title="Coverage by source")
    loads = status["loads"].copy()
    for _, row in loads.iterrows():
        out.print(
            f"Loaded {row['loaded_at']} from {row['origin']}: {row['roll_calls']:,} roll calls, {row['votes']:,} votes"
        )
        for f in json.loads(row["files"]):
            out.print(f"  {f['source']}: {f['file']} ({f['bytes']:,} bytes)")
    _emit(status["report"], Format.table, None, title="Read, kept and dropped")
    _emit(status["datasets"], Format.table, None, title="Other datasets")


@data_app.command("load")
def data_load(
    voeten: Annotated[
        Path,
        typer.Option(
            "--voeten",
            help="Folder with unvotes' un_votes.rda, un_roll_calls.rda, un_roll_call_issues.rda.",
        ),
    ],
    dgacm: Annotated[Path, typer.Option("--dgacm", help="Folder with the DGACM *.json files.")],
    warehouse: WarehouseOpt = None,
) -> None:
    """Rebuild the UN-vote data from raw source files (atomic: a failure changes nothing)."""
    with err.status("loading UN votes"):
        counts = api.load_votes(voeten, dgacm, warehouse=warehouse)
    out.print(f"loaded {counts['roll_calls']:,} roll calls and {counts['votes']:,} votes")


class ReadFormat(StrEnum):
    json = "json"
    text = "text"
    html = "html"


def _article_text(data: dict[str, Any]) -> str:
    lines = [
        data["title"] or "(untitled)",
        f"date: {data['date'] or 'unknown'}   url: {data['url'] or data['origin']}",
        "",
    ]
    lines.append("Countries: " + ", ".join(f"{c['iso3']} ({len(c['mentions'])})" for c in data["countries"]))
    lines.append("People:")
    lines += [f"  {p['name']} - {p['role'] or 'no role'} - {p['country'] or '?'}" for p in data["people"]]
    lines.append("Organisations: " + "; ".join(f"{o['name']} ({o['country'] or '?'})" for o in data["organizations"]))
    lines.append("Quotes:")
    lines += [
        f"  \u201c{q['text']}\u201d - {q['speaker'] or 'unknown'}{' (partial)' if q['partial'] else ''}"
        for q in data["quotes"]
    ]
    lines.append("Amounts:")
    for a in data["amounts"]:
        usd = (
            f" = US${a['usd']:,.0f} at {a['rate']['per_usd']:,.4g} {a['currency']}/USD ({a['rate']['year']})"
            if a["usd"]
            else f" ({a['note']})"
            if a["note"]
            else ""
        )
        lines.append(f"  {a['text']}: {a['value']:,.0f} {a['currency']}{usd}")
    lines.append("Events:")
    lines += [
        f"  {e['source']} -> {e['target']}: {e['plover']} / CAMEO {e['cameo']} {e['cameo_name']}"
        f" (Goldstein {e['goldstein']}): {e['sentence'][:100]}"
        for e in data["events"]
    ]
    lines += [f"warning: {w}" for w in data["warnings"]]
    return "\n".join(lines) + "\n"


@app.command("read")
def read_cmd(
    source: Annotated[
        str,
        typer.Argument(help="A file (.txt, .md, .html), an http(s) URL, or - for standard input."),
    ],
    fmt: Annotated[
        ReadFormat, typer.Option("--format", "-f", help="json (the contract), text or html.")
    ] = ReadFormat.text,
    when: Annotated[
        str | None,
        typer.Option("--date", help="Publication date YYYY-MM-DD when the source has none."),
    ] = None,
    save: Annotated[bool, typer.Option("--save", help="Store the article and its events in the warehouse.")] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback/private addresses.")
    ] = False,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Read a news article into countries, people, quotes, amounts and events."""
    article = api.read(source, when=when, allow_private=allow_private)
    data = article.to_dict()
    if fmt is ReadFormat.json:
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    elif fmt is ReadFormat.html:
        from dyadscope.report.article_html import render

        text = render(data)
    else:
        text = _article_text(data)
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"written to {output}")
    else:
        sys.stdout.write(text)
    if save:
        rep = api.save(article, warehouse=warehouse)
        err.print("stored in the warehouse" if rep.stored else f"not stored: {rep.skipped[0][1]}")


@app.command()
def ingest(
    source: Annotated[str, typer.Argument(help="A folder of articles or an RSS/Atom feed URL.")],
    when: Annotated[str | None, typer.Option("--date", help="Date for articles that have none.")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback/private addresses.")
    ] = False,
    warehouse: WarehouseOpt = None,
) -> None:
    """Read many articles and store them; duplicates are skipped, failures reported."""
    from datetime import date as _date

    with _progress() as bar:
        task = bar.add_task("reading articles", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        rep = api.ingest(
            source,
            warehouse=warehouse,
            allow_private=allow_private,
            when=_date.fromisoformat(when) if when else None,
            progress=tick,
        )
    out.print(f"stored {len(rep.stored)}, skipped {len(rep.skipped)} duplicates, failed {len(rep.failed)}")
    for item, why in rep.failed:
        err.print(f"[red]failed[/red] {item}: {why}", highlight=False)
    if rep.failed and not rep.stored:
        raise SystemExit(1)


@app.command("events")
def events_cmd(
    country: Annotated[str, typer.Argument(help="Country.")],
    partner: Annotated[str, typer.Argument(help="Partner.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    undirected: Annotated[bool, typer.Option("--undirected", help="Both directions together.")] = False,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Monthly events between two countries by quad class, with the Goldstein sum."""
    frame = api.events(country, partner, since=since, until=until, directed=not undirected, warehouse=warehouse)
    if frame.empty:
        err.print("[yellow]No events stored for this pair (read --save, ingest or data load-gdelt first).[/yellow]")
        return
    frame = frame.assign(urls=frame["urls"].map(lambda u: " ".join(x for x in u if x)))
    _emit(frame, fmt, output, title="Events")
    if chart:
        from dyadscope.report import charts

        path = charts.save(charts.events_chart(frame), chart)
        err.print(f"chart written to {path}")


@data_app.command("load-gdelt")
def data_load_gdelt(
    path: Annotated[Path, typer.Argument(help="A GDELT 1.0 or 2.0 event export file.")],
    warehouse: WarehouseOpt = None,
) -> None:
    """Import a GDELT event file into the event table (re-importing replaces)."""
    counts = api.import_gdelt(path, warehouse=warehouse)
    out.print(", ".join(f"{k}: {v:,}" for k, v in counts.items()))


@app.command("eval")
def eval_cmd(
    shared: Annotated[
        Path | None,
        typer.Option("--shared", help="Folder with the raw reference data (../shared)."),
    ] = None,
    show_failures: Annotated[bool, typer.Option("--failures", help="List every miss.")] = False,
) -> None:
    """Evaluate the article reader: PLOVER gold standard, hand-annotated VOA quotes and amounts, the seed."""
    from dyadscope.news import evaluation

    root = shared or Path("../shared")
    rep = evaluation.run(root if root.exists() else None)
    table = pd.DataFrame([(s.name, s.value, s.n) for s in rep.scores], columns=["measure", "value", "n"])
    _emit(table, Format.table, None, title="Reader evaluation")
    if not root.exists():
        err.print(f"[yellow]{root} not found: only the seed article was evaluated[/yellow]")
    if show_failures:
        for f in rep.failures:
            out.print(f"  {f}", highlight=False)


load_app = typer.Typer(help="Load raw source files into the warehouse.", no_args_is_help=True)
app.add_typer(load_app, name="load")


@load_app.command("baci")
def load_baci_cmd(
    path: Annotated[Path, typer.Argument(help="A BACI release zip, a folder of yearly CSVs, or one yearly CSV.")],
    warehouse: WarehouseOpt = None,
) -> None:
    """Stream BACI yearly files into the warehouse (atomic; reloading a year replaces it)."""
    with _progress() as bar:
        task = bar.add_task("loading BACI years", total=None)
        report = api.load_baci(path, warehouse=warehouse, progress=lambda d, t: bar.update(task, completed=d, total=t))
    _emit(report, Format.table, None, title="BACI load")


fetch_app = typer.Typer(help="Download from data providers (network needed).", no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")


@fetch_app.command("baci")
def fetch_baci(
    release: Annotated[str, typer.Option("--release", help="BACI release, e.g. 202501.")] = "202501",
    hs: Annotated[str, typer.Option("--hs", help="HS nomenclature, e.g. 22.")] = "22",
    dest: Annotated[Path, typer.Option("--dest", help="Folder to download into.")] = Path("."),
) -> None:
    """Download a BACI release zip (resumes an interrupted download; checks the size)."""
    from dyadscope.sources import download

    url = download.baci_url(release, hs)
    target = dest / url.rsplit("/", 1)[1]
    with _progress() as bar:
        task = bar.add_task(f"downloading {target.name}", total=None)
        download.download(url, target, progress=lambda done, total: bar.update(task, completed=done, total=total))
    out.print(f"downloaded {target} ({target.stat().st_size:,} bytes); load it with: dyadscope load baci {target}")


@fetch_app.command("comtrade")
def fetch_comtrade(
    reporter: Annotated[str, typer.Argument(help="Reporter country.")],
    partner: Annotated[str | None, typer.Argument(help="Partner country (default: all).")] = None,
    since: Annotated[int, typer.Option("--since", help="First year.")] = 2018,
    until: Annotated[int, typer.Option("--until", help="Last year.")] = 2023,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """Annual goods trade as declared to UN Comtrade (preview endpoint, or the data endpoint
    with COMTRADE_API_KEY); answers are cached on disk."""
    from dyadscope.sources import comtrade
    from dyadscope.sources.http import ApiClient, cache_dir

    client = ApiClient(cache=cache_dir() / "comtrade")
    try:
        rep = registry.resolve(reporter)
        par = registry.resolve(partner) if partner else None
        frame = comtrade.query(client, rep, par, list(range(since, until + 1)))
    finally:
        client.close()
    _emit(frame, fmt, output, title="UN Comtrade")


@fetch_app.command("fx")
def fetch_fx(
    country: Annotated[str, typer.Argument(help="Country whose official exchange rate to fetch.")],
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """Official exchange rate (LCU per USD, World Bank PA.NUS.FCRF), cached on disk."""
    from dyadscope.sources import worldbank
    from dyadscope.sources.http import ApiClient, cache_dir

    client = ApiClient(cache=cache_dir() / "worldbank")
    try:
        frame = worldbank.indicator(client, registry.resolve(country))
    finally:
        client.close()
    _emit(frame, fmt, output, title="World Bank exchange rate")


@app.command("trade")
def trade_cmd(
    args: Annotated[
        list[str],
        typer.Argument(
            help="REPORTER PARTNER | partners REPORTER | opportunities REPORTER | reported A B | sectors A B"
            " | panel rca|concentration|opportunities"
        ),
    ],
    since: Annotated[int | None, typer.Option("--since", help="First year.")] = None,
    until: Annotated[int | None, typer.Option("--until", help="Last year.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Year (partners, opportunities; default latest).")] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Local currency (default: the reporter's).")
    ] = None,
    level: Annotated[str, typer.Option("--level", help="total, hs2, hs4 or hs6.")] = "total",
    sector: Annotated[str | None, typer.Option("--sector", help="agriculture (HS 01-24) or an HS code prefix.")] = None,
    market: Annotated[str | None, typer.Option("--market", help="Target market (opportunities).")] = None,
    top: Annotated[int, typer.Option("--top", help="How many products (opportunities).")] = 20,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Bilateral trade (exports, imports, balance in USD and local currency), partner shares
    and concentration, or export opportunities, from BACI."""
    if args and args[0] == "partners":
        if len(args) != 2:
            raise DyadscopeError("usage: dyadscope trade partners REPORTER [--year Y]")
        frame, summary = api.trade_partners(args[1], year=year, warehouse=warehouse)
        _emit(frame, fmt, output, title="Trade partners")
        if fmt is Format.table:
            for k, v in summary.items():
                err.print(f"{k}: {v:.4g}")
        return
    if args and args[0] in ("reported", "sectors"):
        if len(args) != 3:
            raise DyadscopeError(f"usage: dyadscope trade {args[0]} REPORTER PARTNER")
        if args[0] == "sectors":
            _emit(api.sector_trade(args[1], args[2]), fmt, output, title="Sector flows (bundled)")
            return
        rep = api.reported_trade(args[1], args[2])
        _emit(
            rep.drop(columns=["rate_note", "start", "end"]) if fmt is Format.table else rep,
            fmt,
            output,
            title="Reported figures (as published; not BACI)",
        )
        if fmt is Format.table:
            try:
                _emit(api.mirror(args[1], args[2]), Format.table, None, title="Mirror: imports vs partner's exports")
            except DyadscopeError as exc:
                err.print(f"[dim]{exc}[/dim]")
        return
    if args and args[0] == "panel":
        if len(args) != 2 or year is None:
            raise DyadscopeError("usage: dyadscope trade panel rca|concentration|opportunities --year Y [-o x.parquet]")
        panel_level = "hs6" if level == "total" else level
        frame = api.trade_panel(args[1], year, level=panel_level, top=top, warehouse=warehouse)
        _emit(frame, fmt, output, title=f"{args[1]} panel {year} (all countries)")
        return
    if args and args[0] == "opportunities":
        if len(args) != 2 or not market:
            raise DyadscopeError("usage: dyadscope trade opportunities REPORTER --market MARKET")
        frame = api.trade_opportunities(args[1], market, year=year, sector=sector, top=top, warehouse=warehouse)
        _emit(frame, fmt, output, title="Export opportunities")
        return
    if len(args) != 2:
        raise DyadscopeError("usage: dyadscope trade REPORTER PARTNER")
    frame = api.trade(
        args[0], args[1], since=since, until=until, currency=currency, level=level, sector=sector, warehouse=warehouse
    )
    _emit(frame.drop(columns=["rate_source"]) if fmt is Format.table else frame, fmt, output, title="Bilateral trade")
    if fmt is Format.table:
        err.print(f"[dim]Source: {frame['source'].iloc[0]}. Rates: {frame['rate_source'].iloc[0]}[/dim]")
    if chart:
        from dyadscope.report import charts

        path = charts.save(charts.trade_chart(frame), chart)
        err.print(f"chart written to {path}")


@app.command("brief")
def brief_cmd(
    article: Annotated[str | None, typer.Argument(help="An article file, URL or - (omit with --dyad).")] = None,
    dyad: Annotated[
        list[str] | None, typer.Option("--dyad", help="Two countries: --dyad KEN --dyad USA (or 'KEN USA').")
    ] = None,
    vs: Annotated[list[str] | None, typer.Option("--vs", help="Countries to compare with (repeat).")] = None,
    when: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD when it has none.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="brief.html or brief.pdf")] = Path("brief.html"),
    timings: Annotated[bool, typer.Option("--timings", help="Print where the time went.")] = False,
    warehouse: WarehouseOpt = None,
) -> None:
    """A one-page brief: claims checked against data, alignment, trade, events, rights, sources."""
    import time as _time

    t0 = _time.perf_counter()
    pair = [p for item in (dyad or []) for p in item.split()]
    others = [p for item in (vs or []) for p in item.split()]
    with err.status("building the brief"):
        result = api.brief(article, dyad=pair or None, vs=others or None, when=when, warehouse=warehouse)
        path = result.save(output)
    result.timings["total"] = _time.perf_counter() - t0
    out.print(f"brief written to {path}")
    for c in result.checks:
        out.print(f"  [{c['verdict']}] {c['claim']['text'][:80]}", highlight=False, markup=False)
    if timings:
        for k, v in result.timings.items():
            err.print(f"  {k:16s} {v:6.2f} s")


spark_app = typer.Typer(
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
    panels: Annotated[list[str] | None, typer.Option("--panel", help="rca, concentration, opportunities.")] = None,
    years: Annotated[list[int] | None, typer.Option("--year", help="Years (default: all present).")] = None,
    hs: Annotated[str | None, typer.Option("--hs", help="Nomenclature when several are present.")] = None,
    level: Annotated[str, typer.Option("--level", help="hs2, hs4 or hs6.")] = "hs6",
    top: Annotated[int, typer.Option("--top", help="Products per exporter and market (opportunities).")] = 20,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """All-country RCA, concentration and export-opportunity panels per year (the DuckDB SQL, on Spark)."""
    panels_ = panels or ["rca", "concentration", "opportunities"]
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
    by: Annotated[str, typer.Option("--by", help="year or session.")] = "year",
    since: SinceOpt = None,
    until: UntilOpt = None,
    issue: IssueOpt = None,
    important: ImportantOpt = False,
    warehouse: WarehouseOpt = None,
    master: MasterOpt = None,
    conf: ConfOpt = None,
) -> None:
    """All-pairs UN-vote alignment per period, from the warehouse's votes."""
    ms = measure or ["agreement", "coincidence", "kappa", "pi", "s"]
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
    from datetime import date as _date

    try:
        default = _date.fromisoformat(when) if when else None
    except ValueError:
        raise DyadscopeError(f"--date must be YYYY-MM-DD, got {when!r}") from None
    _spark_job("articles", api.spark_read, master, conf, source, out, default_date=default, partitions=partitions)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let article URLs reach private addresses.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes (one per core).")] = 1,
    warehouse: WarehouseOpt = None,
) -> None:
    """Run the web dashboard and JSON API (read-only over the warehouse)."""
    from dyadscope.config import settings
    from dyadscope.web.app import serve as run_server

    path = settings().with_(warehouse=warehouse).warehouse
    err.print(f"dyadscope on http://{host}:{port}/ (warehouse {path})")
    run_server(host, port, path, allow_private, workers)


def main() -> None:
    """Entry point: run the app, turning dyadscope errors into a message and exit code 1."""
    try:
        app()
    except DyadscopeError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
