"""The brief command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli._app import (
    WarehouseOpt,
    app,
    err,
    out,
)


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
        out.print(f"  [{c['verdict']}] {c['claim']['sentence'][:80]}", highlight=False, markup=False)
    if timings:
        for k, v in result.timings.items():
            err.print(f"  {k:16s} {v:6.2f} s")
