"""The ``trade`` command group: a pair by default (``dyadscope trade KEN CHN``), and
``partners``, ``gap``, ``rca``, ``profile``, ``africa``, ``reported``, ``sectors``,
``panel`` and ``opportunities``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from dyadscope import api
from dyadscope.choices import Level, Panel, PanelLevel
from dyadscope.cli._app import (
    ChartOpt,
    Format,
    FormatOpt,
    Group,
    OutputOpt,
    WarehouseOpt,
    _emit,
    app,
    err,
)
from dyadscope.errors import DyadscopeError


class _PairByDefault(Group):
    """``trade A B`` runs the ``pair`` command: any first word that is not a command name."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["pair", *args]
        return super().resolve_command(ctx, args)


trade_app = typer.Typer(
    cls=_PairByDefault,
    help="Trade between countries and groups, offline (IMF DOTS, COW, BACI extracts; BACI releases when loaded)."
    " 'dyadscope trade A B' is 'dyadscope trade pair A B'.",
    no_args_is_help=True,
)
app.add_typer(trade_app, name="trade")

SinceYear = Annotated[int | None, typer.Option("--since", help="First year.")]
UntilYear = Annotated[int | None, typer.Option("--until", help="Last year.")]


def _usd(v: Any) -> str:
    return "" if v is None or v != v else f"{v / 1e6:,.1f}"


@trade_app.command("pair")
def pair_cmd(
    reporter: Annotated[str, typer.Argument(help="Country or group (KEN, Kenya, World, Africa, EU...).")],
    partner: Annotated[str, typer.Argument(help="Country or group.")],
    since: SinceYear = None,
    until: UntilYear = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Local currency (default: the reporter's; USD for a group).")
    ] = None,
    level: Annotated[Level, typer.Option("--level", help="Product detail (all but total: BACI only).")] = "total",
    sector: Annotated[str | None, typer.Option("--sector", help="agriculture (HS 01-24) or an HS code prefix.")] = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Exports, imports and balance by year: both bases side by side (the reporter's record and
    the partner's mirror record), the chosen figure, USD and local currency with the rate."""
    frame = api.trade(
        reporter, partner, since=since, until=until, currency=currency, level=level, sector=sector, warehouse=warehouse
    )
    if fmt is Format.table and level == "total" and sector is None and output is None:
        cur = str(frame["currency"].iloc[0])
        view = frame[["year"]].copy()
        for col in ("exports", "imports"):
            view[f"{col} reported"] = frame[f"{col}_reported_usd"].map(_usd)
            view[f"{col} mirror"] = frame[f"{col}_mirror_usd"].map(_usd)
            view[f"{col} chosen"] = frame[f"{col}_usd"].map(_usd)
        view["balance"] = frame["balance_usd"].map(_usd)
        view[f"balance {cur} m"] = frame["balance_local"].map(_usd)
        view["rate"] = frame["rate"].map(lambda r: "" if r != r else f"{r:,.4g}")
        view["chosen"] = frame["exports_source"].fillna("-") + " / " + frame["imports_source"].fillna("-")
        _emit(
            view, fmt, None, title=f"Trade of {frame['reporter'].iloc[0]} with {frame['partner'].iloc[0]}, US$ million"
        )
        err.print(
            "[dim]reported: the reporter's own record; mirror: the partner's record of the same goods. "
            "balance uses the chosen figures (reporter's record first, then the partner's; BACI > DOTS > COW)."
            f" Rates: {'; '.join(sorted(set(frame['rate_source'].astype(str))))[:300]}[/dim]"
        )
        has = frame[["exports_usd", "imports_usd"]].notna().any(axis=1)
        last = int(frame.loc[has, "year"].max()) if has.any() else None
        err.print(
            f"[dim]Latest year with figures: {last if last is not None else 'none'}. The bundled data end in 2020"
            " (IMF DOTS; COW in 2014, a few published figures later); later years need a BACI release"
            " ('dyadscope fetch baci' and 'dyadscope load baci').[/dim]"
        )
    else:
        _emit(frame, fmt, output, title="Bilateral trade")
    if chart:
        from dyadscope.report import charts

        path = charts.save(charts.trade_chart(frame), chart)
        err.print(f"chart written to {path}")


@trade_app.command("partners")
def partners_cmd(
    reporter: Annotated[str, typer.Argument(help="Country.")],
    year: Annotated[int | None, typer.Option("--year", help="Year (default: the latest with figures).")] = None,
    top: Annotated[int, typer.Option("--top", help="Rows to show in a table.")] = 20,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Partner shares, ranks and concentration (HHI) of exports and imports."""
    frame, summary = api.trade_partners(reporter, year=year, warehouse=warehouse)
    _emit(frame.head(top) if fmt is Format.table and output is None else frame, fmt, output, title="Trade partners")
    if fmt is Format.table:
        for k, v in summary.items():
            err.print(f"{k}: {v:.4g}")


@trade_app.command("gap")
def gap_cmd(
    a: Annotated[str, typer.Argument(help="Country.")],
    b: Annotated[str, typer.Argument(help="Country.")],
    since: SinceYear = None,
    until: UntilYear = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Mirror discrepancy: each importer's record against the exporter's record, per year."""
    frame, reasons = api.trade_gap(a, b, since=since, until=until, warehouse=warehouse)
    _emit(frame, fmt, output, title=f"Mirror gap {a} - {b} (ratio = importer's record / exporter's record)")
    if fmt is Format.table:
        err.print("Known reasons for a gap:")
        for r in reasons:
            err.print(f"  - {r}")


@trade_app.command("rca")
def rca_cmd(
    country: Annotated[str | None, typer.Argument(help="Country (omit: every exporter).")] = None,
    year: Annotated[int, typer.Option("--year", help="2011-2020.")] = 2020,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Balassa RCA at HS2 (BACI world-exports extract, 2011-2020)."""
    _emit(api.trade_rca(country, year=year, warehouse=warehouse), fmt, output, title=f"RCA at HS2, {year}")


@trade_app.command("profile")
def profile_cmd(
    country: Annotated[str, typer.Argument(help="Country.")],
    year: Annotated[int, typer.Option("--year", help="2011-2020.")] = 2020,
    top: Annotated[int, typer.Option("--top", help="How many chapters.")] = 10,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Top HS2 export chapters with names, shares and RCA (BACI extract)."""
    frame = api.trade_profile(country, year=year, top=top, warehouse=warehouse)
    _emit(frame, fmt, output, title=f"Export profile, {year}")


@trade_app.command("africa")
def africa_cmd(
    exporter: Annotated[str | None, typer.Argument(help="Exporter (African country).")] = None,
    importer: Annotated[str | None, typer.Argument(help="Importer (African country).")] = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Intra-African trade by HS section, annual average 2012-2022 (BACI)."""
    frame = api.trade_africa(exporter, importer, warehouse=warehouse)
    _emit(frame, fmt, output, title="Intra-African trade by section (2012-2022 average, USD)")


@trade_app.command("reported")
def reported_cmd(
    a: Annotated[str, typer.Argument()],
    b: Annotated[str, typer.Argument()],
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Published national figures (KNBS, China customs), as published."""
    rep = api.reported_trade(a, b, warehouse=warehouse)
    _emit(
        rep.drop(columns=["rate_note", "start", "end"]) if fmt is Format.table else rep,
        fmt,
        output,
        title="Reported figures (as published)",
    )
    if fmt is Format.table:
        try:
            mirror = api.mirror(a, b, warehouse=warehouse)
            _emit(mirror, Format.table, None, title="Mirror: imports vs partner's exports")
        except DyadscopeError as exc:
            err.print(f"[dim]{exc}[/dim]")


@trade_app.command("sectors")
def sectors_cmd(
    a: Annotated[str, typer.Argument()],
    b: Annotated[str, typer.Argument()],
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """Bundled sector tables (Africa -> USA by sector; Canada <-> Africa)."""
    _emit(api.sector_trade(a, b), fmt, output, title="Sector flows (bundled)")


@trade_app.command("panel")
def panel_cmd(
    panel: Annotated[Panel, typer.Argument(help="The all-country panel.")],
    year: Annotated[int, typer.Option("--year", help="Year.")],
    level: Annotated[PanelLevel, typer.Option("--level", help="Product detail of the panel.")] = "hs6",
    top: Annotated[int, typer.Option("--top", help="Products per pair (opportunities).")] = 20,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """One all-country panel from a loaded BACI release."""
    frame = api.trade_panel(panel, year, level=level, top=top, warehouse=warehouse)
    _emit(frame, fmt, output, title=f"{panel} panel {year} (all countries)")


@trade_app.command("opportunities")
def opportunities_cmd(
    reporter: Annotated[str, typer.Argument()],
    market: Annotated[str, typer.Option("--market", help="Target market.")],
    year: Annotated[int | None, typer.Option("--year", help="Year (default latest).")] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="agriculture or an HS prefix.")] = None,
    top: Annotated[int, typer.Option("--top", help="How many products.")] = 20,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Products with the largest unrealised export potential (BACI release needed)."""
    frame = api.trade_opportunities(reporter, market, year=year, sector=sector, top=top, warehouse=warehouse)
    _emit(frame, fmt, output, title="Export opportunities")
