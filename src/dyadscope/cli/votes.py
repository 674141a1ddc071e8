"""UN-vote commands: align, ideal-points, votes."""

from __future__ import annotations

from typing import Annotated

import typer

from dyadscope import api, choices
from dyadscope import countries as registry
from dyadscope.choices import Group, Measure, Period
from dyadscope.cli._app import (
    ChartOpt,
    Format,
    FormatOpt,
    ImportantOpt,
    IssueOpt,
    OutputOpt,
    SinceOpt,
    UntilOpt,
    WarehouseOpt,
    _emit,
    _progress,
    app,
    err,
)
from dyadscope.errors import DyadscopeError


@app.command()
def align(
    countries: Annotated[list[str] | None, typer.Argument(help="Country, then partners (names or codes).")] = None,
    measure: Annotated[
        str,
        typer.Option(
            "--measure",
            "-m",
            help=choices.help_text(Measure).rstrip(".") + " (comma-separate several).",
        ),
    ] = "coincidence",
    all_: Annotated[bool, typer.Option("--all", help="Against every other country.")] = False,
    all_pairs: Annotated[bool, typer.Option("--all-pairs", help="Every pair of countries.")] = False,
    by: Annotated[Period, typer.Option("--by", help="Calendar years or General Assembly sessions.")] = "year",
    since: SinceOpt = None,
    until: UntilOpt = None,
    issue: IssueOpt = None,
    important: ImportantOpt = False,
    group: Annotated[
        Group | None,
        typer.Option("--group", help="Place the country within a group (its members in each year)."),
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
            measure=choices.check_many(Measure, measure, "measure"),
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
            measure=choices.check_many(Measure, measure, "measure"),
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
        task = bar.add_task("estimating ideal points", total=total, visible=False)

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
        from dyadscope.report.format import shorten

        frame = frame.assign(title=frame["title"].map(lambda t: shorten(str(t), 60) if isinstance(t, str) else t))
    _emit(frame, fmt, output, title=f"Votes of {registry.name(registry.resolve(country))}")
