"""The brief command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dyadscope import api
from dyadscope.cli._app import (
    WarehouseOpt,
    app,
    err,
    out,
)


class _ManyValues(typer.core.TyperCommand):
    """Lets ``--dyad KEN USA --vs CHN RUS`` give several values to one option, as the
    README shows: the words after such an option, up to the next option, are its values."""

    many = ("--dyad", "--vs")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        spread: list[str] = []
        current: str | None = None
        for arg in args:
            if arg in self.many:
                current = arg
                continue
            if arg.startswith("-"):
                current = None
            elif current is not None:
                spread += [current, arg]
                continue
            spread.append(arg)
        return list(super().parse_args(ctx, spread))


@app.command("brief", cls=_ManyValues)
def brief_cmd(
    article: Annotated[str | None, typer.Argument(help="An article file, URL or - (omit with --dyad).")] = None,
    dyad: Annotated[
        list[str] | None,
        typer.Option("--dyad", help="Two countries: --dyad KEN USA (with an article: its focal pair)."),
    ] = None,
    vs: Annotated[
        list[str] | None,
        typer.Option("--vs", help="Countries to compare with, e.g. --vs CHN RUS (default: those the article names)."),
    ] = None,
    when: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD when it has none.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="brief.html or brief.pdf")] = Path("brief.html"),
    timings: Annotated[bool, typer.Option("--timings", help="Print where the time went.")] = False,
    warehouse: WarehouseOpt = None,
) -> None:
    """A brief on an article or a country pair: claims checked, the comparisons the article raises, sources."""
    import time as _time

    t0 = _time.perf_counter()
    pair = [p for item in (dyad or []) for p in item.split()]
    others = [p for item in (vs or []) for p in item.split()]
    with err.status("building the brief"):
        result = api.brief(article, dyad=pair or None, vs=others or None, when=when, warehouse=warehouse)
        path = result.save(output)
    result.timings["command"] = _time.perf_counter() - t0
    out.print(f"brief written to {path}")
    out.print(f"  {result.choice}", highlight=False, markup=False)
    for c in result.claims:
        out.print(f"  [{c.verdict}] {c.label}", highlight=False, markup=False)
    if timings:
        import resource

        for k, v in result.timings.items():
            err.print(f"  {k:18s} {v:6.2f} s")
        use = resource.getrusage(resource.RUSAGE_SELF)
        err.print(f"  {'process CPU':18s} {use.ru_utime + use.ru_stime:6.2f} s (start-up and imports included)")
