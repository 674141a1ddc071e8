"""Trade evidence: loads, bilateral figures, partners, opportunities, panels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from dyadscope import bundled
from dyadscope import countries as registry
from dyadscope.api._base import open_warehouse
from dyadscope.errors import ConfigError, NoDataError
from dyadscope.warehouse import Warehouse

BACI_SOURCE = "CEPII BACI (HS{hs}, release {release}), values reported by importers and exporters reconciled"


def load_baci(
    path: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """Load a BACI release zip, folder or yearly CSV into the warehouse (atomic, idempotent)."""
    from dyadscope.warehouse import trade as trade_store

    wh = open_warehouse(warehouse)
    return pd.DataFrame(trade_store.load_baci(wh, Path(path), progress))


def _baci_source(con: object) -> str:
    rows = con.execute("SELECT DISTINCT hs, release FROM trade.baci").fetchall()  # type: ignore[attr-defined]
    return "; ".join(BACI_SOURCE.format(hs=h, release=r) for h, r in rows) or "no BACI data loaded"


def trade(
    reporter: str,
    partner: str,
    *,
    since: int | None = None,
    until: int | None = None,
    currency: str | None = None,
    level: str = "total",
    sector: str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Exports, imports and balance of ``reporter`` with ``partner`` by year, in USD and in
    ``currency`` (default: the reporter's) at the annual average rate, with the source.

    Raises :class:`~dyadscope.errors.NoRateError` for a year without an exchange rate and
    :class:`~dyadscope.errors.NoDataError` when no BACI flows match.
    """
    from dyadscope import fx
    from dyadscope.trade import measures as tm

    rep, par = registry.resolve(reporter), registry.resolve(partner)
    if level not in ("total", "section", "hs2", "hs4", "hs6"):
        raise ConfigError(f"level must be total, section, hs2, hs4 or hs6, got {level!r}")
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        tm.register_sections(con)
        try:
            frame = tm.balance(con, rep, par, since, until, level, sector)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        source = _baci_source(con)
    if frame.empty:
        raise NoDataError(
            f"no BACI flows between {rep} and {par}"
            + (f" in {since or '...'}-{until or '...'}" if since or until else "")
            + ": load a BACI release with 'dyadscope load baci PATH'"
        )
    cur = (currency or fx.currency_of(rep)).upper()
    rates = {int(y): fx.usd_rate(cur, int(y)) for y in frame["year"].unique()}
    frame["currency"] = cur
    frame["rate"] = frame["year"].map(lambda y: rates[int(y)].per_usd)
    for col in ("exports", "imports", "balance"):
        frame[f"{col}_local"] = frame[f"{col}_usd"] * frame["rate"]
    frame["rate_source"] = frame["year"].map(lambda y: rates[int(y)].source)
    frame["source"] = source
    if level == "total":
        frame = frame.drop(columns=["code"])
    return frame


def trade_partners(
    reporter: str, *, year: int | None = None, warehouse: str | Path | Warehouse | None = None
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Partner shares of the reporter's exports and imports, and concentration (HHI)."""
    from dyadscope.trade import measures as tm

    rep = registry.resolve(reporter)
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        if year is None:
            row = con.execute(
                "SELECT max(year) FROM trade.baci WHERE exporter = ? OR importer = ?", [rep, rep]
            ).fetchone()
            year = int(row[0]) if row and row[0] is not None else None
        if year is None:
            raise NoDataError(f"no BACI flows for {rep}: load a BACI release first")
        frame = tm.partners(con, rep, year)
        products = tm.product_shares(con, rep, year)
        complementarity = {str(p): tm.complementarity(con, rep, str(p), year) for p in frame["partner"].head(5)}
        source = _baci_source(con)
    hx, hx_n = tm.hhi(frame["export_share"])
    hm, hm_n = tm.hhi(frame["import_share"])
    hp, hp_n = tm.hhi(products["export_share"])
    summary = {
        "year": float(year),
        "partner_hhi_exports": hx,
        "partner_hhi_exports_normalised": hx_n,
        "partner_hhi_imports": hm,
        "partner_hhi_imports_normalised": hm_n,
        "product_hhi_exports": hp,
        "product_hhi_exports_normalised": hp_n,
    }
    summary.update({f"complementarity_with_{p}": v for p, v in complementarity.items()})
    frame.insert(0, "year", year)
    frame.insert(1, "reporter", rep)
    frame["source"] = source
    return frame, summary


def trade_opportunities(
    reporter: str,
    market: str,
    *,
    year: int | None = None,
    sector: str | None = None,
    top: int = 20,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Products with the largest unrealised export potential of ``reporter`` in ``market``."""
    from dyadscope.trade import measures as tm

    rep, mkt = registry.resolve(reporter), registry.resolve(market)
    wh = open_warehouse(warehouse)
    with wh.reader("trade") as con:
        if year is None:
            row = con.execute("SELECT max(year) FROM trade.baci").fetchone()
            year = int(row[0]) if row and row[0] is not None else None
        if year is None:
            raise NoDataError("no BACI flows loaded: load a BACI release first")
        try:
            frame = tm.opportunities(con, rep, mkt, year, sector=sector, top=top)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        frame["source"] = _baci_source(con)
    frame.insert(0, "year", year)
    frame.insert(1, "reporter", rep)
    return frame


def reported_trade(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """Published national figures between two countries (either direction), labelled as
    reported, each converted to USD at the annual average rate of its period's year."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError
    from dyadscope.sources import flows

    a, b = registry.resolve(reporter), registry.resolve(partner)
    frame = flows.reported()
    frame = frame[
        ((frame["reporter"] == a) & (frame["partner"] == b)) | ((frame["reporter"] == b) & (frame["partner"] == a))
    ]
    if frame.empty:
        raise NoDataError(f"no reported figures for {a} and {b}")
    usd, rates, notes = [], [], []
    for _, row in frame.iterrows():
        year = row["start"].year
        try:
            rate = fx.usd_rate(row["currency"], year)
        except NoRateError as exc:
            usd.append(float("nan"))
            rates.append(float("nan"))
            notes.append(str(exc))
            continue
        usd.append(row["value"] / rate.per_usd)
        rates.append(rate.per_usd)
        notes.append(rate.describe() if row["currency"] != "USD" else "")
    frame = frame.assign(value_usd=usd, rate=rates, rate_note=notes, kind="reported")
    cols = [
        "reporter",
        "partner",
        "flow",
        "period",
        "value",
        "currency",
        "value_usd",
        "rate",
        "basis",
        "source_page",
        "kind",
        "rate_note",
        "start",
        "end",
    ]
    return frame[cols].reset_index(drop=True)


def mirror(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """The reporter's recorded imports from the partner beside the partner's recorded exports
    to the reporter, for the same period (reported figures): both values and their ratio."""
    frame = reported_trade(reporter, partner)
    a, b = registry.resolve(reporter), registry.resolve(partner)
    imp = frame[(frame["reporter"] == a) & (frame["flow"] == "imports")]
    exp = frame[(frame["reporter"] == b) & (frame["flow"] == "exports")]
    both = imp.merge(exp, on=["start", "end"], suffixes=("_imports", "_exports"))
    if both.empty:
        raise NoDataError(f"no period with both {a}'s imports and {b}'s exports reported")
    return pd.DataFrame(
        {
            "period": both["period_imports"],
            f"{a}_reported_imports_usd": both["value_usd_imports"],
            f"{b}_reported_exports_usd": both["value_usd_exports"],
            "ratio": both["value_usd_exports"] / both["value_usd_imports"],
            "imports_basis": both["basis_imports"],
            "exports_basis": both["basis_exports"],
        }
    )


def sector_trade(reporter: str, partner: str) -> pd.DataFrame:
    """Bundled sector-level flows between two countries (Africa -> US by sector from BACI;
    Canada <-> Africa by category), with currency, price basis and source."""
    a, b = registry.resolve(reporter), registry.resolve(partner)
    flows_ = bundled.parquet("sector_flows.parquet")
    sel = flows_[
        ((flows_["exporter"] == a) & (flows_["importer"] == b))
        | ((flows_["exporter"] == b) & (flows_["importer"] == a))
    ]
    if sel.empty:
        raise NoDataError(f"no bundled sector flows between {a} and {b} (bundled: Africa -> USA, Canada <-> Africa)")
    return sel.sort_values(["year", "exporter", "sector"]).reset_index(drop=True)


def trade_panel(
    panel: str,
    year: int,
    *,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """One all-country panel (``rca``, ``concentration`` or ``opportunities``) for one year,
    computed by DuckDB on the warehouse; ``spark_trade_panels`` runs the same SQL on Spark."""
    from dyadscope.trade import panels

    panels.check(panel, level)
    wh = open_warehouse(warehouse)
    wh.ensure("trade")
    with wh.reader("trade") as con:
        frame = con.execute(panels.sql(panel, "trade.baci", year, level=level, top=top, lookback=lookback)).df()
    if frame.empty:
        raise NoDataError(f"no BACI flows for {year} in the warehouse; load them with 'dyadscope load baci'")
    keys = {"rca": ["exporter", "code"], "concentration": ["country"], "opportunities": ["exporter", "market", "rank"]}
    return frame.sort_values(keys[panel]).reset_index(drop=True)
