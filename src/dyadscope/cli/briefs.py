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
    timings: Annotated[
        bool,
        typer.Option(
            "--timings", help="Print wall and CPU seconds per stage, start-up included, and what was kept (stderr)."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Compute everything afresh (reading, checks, queries, charts) and keep nothing."
        ),
    ] = False,
    warehouse: WarehouseOpt = None,
) -> None:
    """A brief on an article or a country pair: claims checked, the comparisons the article raises, sources."""
    from dyadscope import timing

    start = timing.Timings()  # start-up: from the process start to this line
    start["start-up"], start.cpu["start-up"] = timing.process_wall() or 0.0, timing.process_cpu()
    command = timing.Timings()
    with timing.stage(command, "command"):
        pair = [p for item in (dyad or []) for p in item.split()]
        others = [p for item in (vs or []) for p in item.split()]
        with timing.stage(start, "import api"):
            make_brief = api.brief
        with err.status("building the brief"):
            result = make_brief(
                article, dyad=pair or None, vs=others or None, when=when, warehouse=warehouse, cache=not no_cache
            )
            path = result.save(output)
        out.print(f"brief written to {path}")
        out.print(f"  {result.choice}", highlight=False, markup=False)
        for c in result.claims:
            out.print(f"  [{c.verdict}] {c.label}", highlight=False, markup=False)
    if timings:
        for line in _timings_table(start, result.timings, command):
            err.print(line, highlight=False, markup=False)


def _timings_table(start: Any, stages: dict[str, float], command: Any) -> list[str]:
    """Wall and CPU seconds per stage: start-up, each stage of the brief, what the command
    spent outside them, and the whole process up to now (its exit is not included)."""
    from dyadscope import timing

    cpu: dict[str, float] = {**start.cpu, **getattr(stages, "cpu", {})}
    rows: list[tuple[str, float, float | None]] = [(k, v, cpu.get(k)) for k, v in start.items()]
    rows += [(k, v, cpu.get(k)) for k, v in stages.items()]
    inside = [r for r in rows if r[0] != "start-up"]
    rows.append(
        (
            "other (printing)",
            command["command"] - sum(r[1] for r in inside),
            command.cpu["command"] - sum(r[2] or 0.0 for r in inside),
        )
    )
    lines = [f"  {'stage':24s} {'wall s':>7s} {'CPU s':>7s}"]
    lines += [f"  {k:24s} {w:7.2f} {'' if c is None else f'{c:7.2f}'}" for k, w, c in rows]
    wall = timing.process_wall()
    lines.append(f"  {'whole process':24s} {'' if wall is None else f'{wall:7.2f}'} {timing.process_cpu():7.2f}")
    lines += [f"  kept results: {what} {how}" for what, how in getattr(stages, "kept", {}).items()]
    return lines
