"""Command groups data, load and fetch: what is in the warehouse, loading it, downloading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope import countries as registry
from dyadscope.cli._app import (
    Format,
    FormatOpt,
    Group,
    OutputOpt,
    WarehouseOpt,
    _emit,
    _progress,
    app,
    err,
    out,
)

data_app = typer.Typer(cls=Group, help="What is in the warehouse, and loading it.", no_args_is_help=True)
app.add_typer(data_app, name="data")


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
    refresh: Annotated[
        bool, typer.Option("--refresh/--no-refresh", help="Recompute the ideal points from the new votes.")
    ] = True,
    warehouse: WarehouseOpt = None,
) -> None:
    """Rebuild the UN-vote data from raw source files (atomic: a failure changes nothing),
    then the datasets derived from them (ideal points; about 20 s)."""
    with err.status("loading UN votes"):
        counts = api.load_votes(voeten, dgacm, warehouse=warehouse)
    out.print(f"loaded {counts['roll_calls']:,} roll calls and {counts['votes']:,} votes")
    if refresh:
        with err.status("estimating ideal points from the new votes"):
            done = api.refresh(warehouse=warehouse)
        _emit(done, Format.table, None, title="Derived datasets")


@data_app.command("refresh")
def data_refresh(
    force: Annotated[bool, typer.Option("--force", help="Recompute even when up to date.")] = False,
    warehouse: WarehouseOpt = None,
) -> None:
    """Compute the derived datasets (ideal points) that are missing or stale for the loaded votes."""
    with err.status("computing derived datasets"):
        done = api.refresh(warehouse=warehouse, force=force)
    _emit(done, Format.table, None, title="Derived datasets")


@data_app.command("load-gdelt")
def data_load_gdelt(
    path: Annotated[Path, typer.Argument(help="A GDELT 1.0 or 2.0 event export file.")],
    warehouse: WarehouseOpt = None,
) -> None:
    """Import a GDELT event file into the event table (re-importing replaces)."""
    counts = api.import_gdelt(path, warehouse=warehouse)
    out.print(", ".join(f"{k}: {v:,}" for k, v in counts.items()))


load_app = typer.Typer(cls=Group, help="Load raw source files into the warehouse.", no_args_is_help=True)
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


fetch_app = typer.Typer(cls=Group, help="Download from data providers (network needed).", no_args_is_help=True)
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
