"""Trade evidence: loads, bilateral figures, partners, opportunities, panels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from dyadscope import bundled, choices
from dyadscope import countries as registry
from dyadscope.api._base import open_warehouse
from dyadscope.choices import Level, Panel, PanelLevel
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


def _rates(frame: pd.DataFrame, currency: str) -> pd.DataFrame:
    """Rate per year (NaN with the reason in ``rate_source`` where no rate exists)."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError

    rate, source = {}, {}
    for y in frame["year"].unique():
        try:
            r = fx.usd_rate(currency, int(y))
            rate[int(y)], source[int(y)] = r.per_usd, r.source
        except NoRateError as exc:
            rate[int(y)], source[int(y)] = float("nan"), f"no rate: {exc}"
    return frame.assign(
        currency=currency,
        rate=frame["year"].map(lambda y: rate[int(y)]),
        rate_source=frame["year"].map(lambda y: source[int(y)]),
    )


def _labels(codes: pd.Series) -> str:
    from dyadscope.trade.flows import SOURCE_LABELS

    return "; ".join(SOURCE_LABELS.get(str(c), str(c)) for c in sorted({str(c) for c in codes.dropna()}))


def _party(value: str) -> str:
    from dyadscope.trade import parties

    return parties.resolve(value)


def trade(
    reporter: str,
    partner: str,
    *,
    since: int | None = None,
    until: int | None = None,
    currency: str | None = None,
    level: Level = "total",
    sector: str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Exports, imports and balance of ``reporter`` with ``partner`` by year, in USD and in
    ``currency`` (default: the reporter's; USD for a group) at the annual average rate, with
    the rate's source per row.

    ``level='total'`` (default) reads every source (IMF DOTS, COW, BACI when loaded,
    published figures): both bases side by side (``exports_reported_usd``: the reporter's
    record; ``exports_mirror_usd``: the partner's record of the same goods, and so on), and
    the single numbers ``exports_usd``/``imports_usd`` chosen by the documented preference
    order (:mod:`dyadscope.trade.flows`) with their source and basis. Either side may be a
    group (World, Africa, EU, ...). Other levels and ``sector`` break BACI down by product.
    A year without an exchange rate keeps its USD values; its local values are NaN and
    ``rate_source`` says why. Raises :class:`~dyadscope.errors.NoDataError` when nothing matches.
    """
    from dyadscope import fx
    from dyadscope.trade import parties

    level = choices.check(Level, level, "level")
    rep, par = _party(reporter), _party(partner)
    if currency is not None:
        cur = currency.upper()
    elif parties.is_group(rep):
        cur = "USD"
    else:
        cur = fx.currency_of(rep)
    wh = open_warehouse(warehouse)
    if level == "total" and sector is None:
        from dyadscope.evidence import trade as ev

        both = ev.bilateral(wh, rep, par, since, until)
        frame = pd.DataFrame({"year": both["year"], "reporter": rep, "partner": par})
        for f in ("exports", "imports"):
            frame[f"{f}_usd"] = both[f]
        frame["balance_usd"] = both["balance"]
        for f in ("exports", "imports"):
            for b in ("reported", "mirror", "published"):
                frame[f"{f}_{b}_usd"] = both[f"{f}_{b}"]
            frame[f"{f}_source"] = both[f"{f}_source"] + " (" + both[f"{f}_basis"] + ")"
        frame = _rates(frame, cur)
        for col in ("exports", "imports", "balance"):
            frame[f"{col}_local"] = frame[f"{col}_usd"] * frame["rate"]
        frame["source"] = _labels(pd.concat([both["exports_source"], both["imports_source"]]))
        return frame
    from dyadscope.trade import measures as tm

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
            + ": product detail needs a BACI release ('dyadscope load baci PATH')"
        )
    frame = _rates(frame, cur)
    for col in ("exports", "imports", "balance"):
        frame[f"{col}_local"] = frame[f"{col}_usd"] * frame["rate"]
    frame["source"] = source
    if level == "total":
        frame = frame.drop(columns=["code"])
    return frame


def _partner_side(frame: pd.DataFrame, flow: str) -> pd.DataFrame:
    """One flow's partner shares with its columns named for the flow (``exports_usd``,
    ``export_share``, ``export_rank``, ``exports_basis``, ``exports_source``)."""
    one = flow.removesuffix("s")
    return frame.rename(
        columns={
            "value": f"{flow}_usd",
            "share": f"{one}_share",
            "rank": f"{one}_rank",
            "basis": f"{flow}_basis",
            "source": f"{flow}_source",
        }
    )


def trade_partners(
    reporter: str, *, year: int | None = None, warehouse: str | Path | Warehouse | None = None
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Partner shares of the reporter's exports and imports, ranks, and concentration (HHI),
    from the all-pairs flows (BACI when loaded for that year, else IMF DOTS, else COW;
    the reporter's own record first, the partners' records where it has none). Default
    year: the latest with figures. With BACI loaded, product concentration and trade
    complementarity with the top partners are added to the summary."""
    from dyadscope.evidence import trade as ev
    from dyadscope.trade import measures as tm

    rep = _party(reporter)
    wh = open_warehouse(warehouse)
    if year is None:
        latest = ev.flows(wh, rep, None, flow="exports")
        latest = latest[latest["basis"] != "published"]
        if latest.empty:
            raise NoDataError(f"no trade figures for {rep}")
        year = int(latest["year"].max())
    shares = {f: ev.partner_shares(wh, rep, year, f) for f in ("exports", "imports")}
    ex, im = (_partner_side(shares[f], f) for f in ("exports", "imports"))
    keep_x = ["partner", "exports_usd", "export_share", "export_rank", "exports_basis", "exports_source"]
    keep_m = ["partner", "imports_usd", "import_share", "import_rank", "imports_basis", "imports_source"]
    frame = ex[keep_x].merge(im[keep_m], on="partner", how="outer")
    frame = frame.sort_values(["export_rank", "import_rank"], na_position="last").reset_index(drop=True)
    summary: dict[str, float] = {
        "year": float(year),
        "partner_hhi_exports": float(ex["hhi"].iloc[0]),
        "partner_hhi_exports_normalised": float(ex["hhi_normalised"].iloc[0]),
        "partner_hhi_imports": float(im["hhi"].iloc[0]),
        "partner_hhi_imports_normalised": float(im["hhi_normalised"].iloc[0]),
        "export_partners": float(ex["partners"].iloc[0]),
        "import_partners": float(im["partners"].iloc[0]),
    }
    if str(ex["exports_source"].iloc[0]) == "baci":
        with wh.reader("trade") as con:
            conc = tm.concentration(con, rep, year)
            if not conc.empty and pd.notna(conc["export_product_hhi"].iloc[0]):
                summary["product_hhi_exports"] = float(conc["export_product_hhi"].iloc[0])
                summary["product_hhi_exports_normalised"] = float(conc["export_product_hhi_norm"].iloc[0])
            for p in frame["partner"].head(5):
                summary[f"complementarity_with_{p}"] = tm.complementarity(con, rep, str(p), year)
    frame.insert(0, "year", year)
    frame.insert(1, "reporter", rep)
    frame["source"] = _labels(pd.concat([frame["exports_source"], frame["imports_source"]]))
    return frame, summary


def trade_gap(
    a: str,
    b: str,
    *,
    since: int | None = None,
    until: int | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """The mirror discrepancy between ``a`` and ``b`` per year, both directions (each
    importer's record against the exporter's record of the same goods, and their ratio),
    and the known reasons such gaps arise."""
    from dyadscope.evidence import trade as ev

    frame = ev.gap(open_warehouse(warehouse), _party(a), _party(b), since, until)
    return frame, list(frame.attrs.get("reasons", []))


def trade_rca(
    country: str | None = None, *, year: int = 2020, warehouse: str | Path | Warehouse | None = None
) -> pd.DataFrame:
    """Balassa RCA at HS2 from the BACI world-exports extract (2011-2020): one country's
    chapters, or every exporter's when ``country`` is None."""
    from dyadscope.evidence import trade as ev

    wh = open_warehouse(warehouse)
    if country is None:
        return ev.rca_panel_hs2(wh, year)
    return ev.rca_hs2(wh, _party(country), year)


def trade_profile(
    country: str, *, year: int = 2020, top: int = 10, warehouse: str | Path | Warehouse | None = None
) -> pd.DataFrame:
    """A country's top HS2 export chapters (names, shares, RCA) from the BACI extract."""
    from dyadscope.evidence import trade as ev

    return ev.product_profile(open_warehouse(warehouse), _party(country), year, top)


def trade_africa(
    exporter: str | None = None,
    importer: str | None = None,
    *,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Intra-African trade by HS section (BACI, annual average 2012-2022)."""
    from dyadscope.evidence import trade as ev

    return ev.africa_sections(
        open_warehouse(warehouse),
        None if exporter is None else _party(exporter),
        None if importer is None else _party(importer),
    )


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
    frame = frame.rename(columns={"exporter": "reporter"})
    return frame[["year", "reporter", *[c for c in frame.columns if c not in ("year", "reporter")]]]


def reported_trade(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """Published national figures between two countries (either direction), labelled as
    reported, each converted to USD at the annual average rate of its period's year
    (:func:`dyadscope.evidence.trade.published`, read from ``warehouse``)."""
    from dyadscope.evidence import trade as ev

    a, b = registry.resolve(reporter), registry.resolve(partner)
    pub = ev.published(open_warehouse(warehouse), a, b)
    if pub.empty:
        raise NoDataError(f"no reported figures for {a} and {b}")
    frame = pd.DataFrame(
        {
            "reporter": pub["reporter"],
            "partner": pub["partner"],
            "flow": pub["flow"],
            "period": pub["period"],
            "value": pub["native_value"],
            "currency": pub["native_currency"],
            "value_usd": pub["value"],
            "rate": pub["rate"],
            "basis": pub["publisher"],
            "source_page": pub["source_page"],
            "kind": "reported",
            "rate_note": pub["rate_note"].where(pub["native_currency"] != "USD", ""),
            "start": pub["start"],
            "end": pub["end"],
        }
    )
    return frame.reset_index(drop=True)


def mirror(reporter: str, partner: str, *, warehouse: str | Path | Warehouse | None = None) -> pd.DataFrame:
    """The reporter's recorded imports from the partner beside the partner's recorded exports
    to the reporter, for the same period (reported figures): both values and their ratio."""
    frame = reported_trade(reporter, partner, warehouse=warehouse)
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
    panel: Panel,
    year: int,
    *,
    level: PanelLevel = "hs6",
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
