"""The trade command."""

from __future__ import annotations

from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli._app import (
    ChartOpt,
    Format,
    FormatOpt,
    OutputOpt,
    WarehouseOpt,
    _emit,
    app,
    err,
)
from dyadscope.errors import DyadscopeError


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
