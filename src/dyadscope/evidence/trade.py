"""Trade evidence: every recorded figure between two parties, by basis, with provenance.

Parties are ISO3 codes or group codes (World, Africa, Sub-Saharan Africa, EU, Euro Area,
Western Hemisphere, ...); resolve any spelling with :func:`dyadscope.trade.parties.resolve`
(one resolver, its docstring lists the groups and their members). Data: the ``flows``
dataset (IMF DOTS, COW, BACI extracts, published figures; built on first use from the
bundled Parquet) and, when a release was loaded, BACI's full flows (``trade.baci``).

A flow row (:data:`dyadscope.trade.flows.COLUMNS`): source, reporter, partner, flow
(the reporter's 'exports' | 'imports'), year, value (USD), currency ('USD'), unit (the
source's), valuation ('FOB' | 'CIF' | None), basis ('reported' | 'mirror' |
'published'), file, row, estimate, note, and ``preference`` (1 = the number a
single-number answer uses; order in :mod:`dyadscope.trade.flows`: the reporter's own
record before the partner's mirror record, BACI before DOTS before COW for the same
basis, published figures last).

Published figures as printed (any period, in their own currency, with the rate used to
convert them and its source) come from :func:`published`; HS2 exports to the world by
chapter from :func:`exports_by_chapter`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import pandas as pd

from dyadscope.errors import NoDataError
from dyadscope.trade import flows as tf
from dyadscope.trade import parties
from dyadscope.trade.flows import Flow
from dyadscope.warehouse import Warehouse

Basis = Literal["reported", "mirror"]

GAP_REASONS = (
    "CIF/FOB: imports are valued at the border of the importer (cost, insurance and freight), exports at the"
    " border of the exporter (free on board); freight and insurance alone make imports 5-10% larger",
    "re-exports and hubs: goods shipped through Hong Kong, Singapore, the Netherlands or the UAE are often"
    " recorded by the importer with the country of origin and by the exporter with the hub as destination",
    "timing: goods shipped in December and cleared in January fall into different years",
    "confidentiality and coverage: some products are suppressed by one side; small flows go unrecorded",
    "exchange rates: each side converts its own currency to dollars at its own rate and month",
    "classification and partner attribution: country of origin versus country of consignment",
)


def _has_baci(wh: Warehouse) -> bool:
    if not wh.exists("trade"):
        return False
    with wh.reader("trade") as con:
        row = con.execute("SELECT count(*) FROM (SELECT 1 FROM trade.baci LIMIT 1)").fetchone()
    return bool(row and row[0])


def _datasets(wh: Warehouse) -> tuple[tuple[str, ...], str | None]:
    baci = _has_baci(wh)
    return (("flows", "trade") if baci else ("flows",)), ("trade.baci" if baci else None)


def flows(
    wh: Warehouse,
    reporter: str | None = None,
    partner: str | None = None,
    *,
    flow: Flow | None = None,
    since: int | None = None,
    until: int | None = None,
    basis: str | None = None,
    preferred: bool = False,
) -> pd.DataFrame:
    """Every figure of ``reporter``'s trade with ``partner`` (either may be None: all),
    all sources and bases (mirror rows derived from the partner's records), with
    ``preference``; ``preferred=True`` keeps only the single number per flow and year."""
    datasets, baci = _datasets(wh)
    sql = tf.recorded_sql(
        baci=baci,
        reporters=None if reporter is None else [reporter],
        partners=None if partner is None else [partner],
        since=since,
        until=until,
    )
    cond = []
    if flow is not None:
        cond.append(f"flow = '{flow}'")
    if basis is not None:
        cond.append(f"basis = '{basis}'")
    if preferred:
        cond.append("preference = 1")
    where = f"WHERE {' AND '.join(cond)}" if cond else ""
    frame = wh.query(
        f"SELECT * FROM ({sql}) {where} ORDER BY reporter, partner, flow, year, preference", None, *datasets, cache=True
    )
    return frame


def bilateral(wh: Warehouse, a: str, b: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """One row per year: ``a``'s exports to and imports from ``b`` on each basis side by
    side (reported by ``a``, mirror from ``b``'s records, published), the single numbers
    ``exports`` and ``imports`` (first in the preference order) with their source and
    basis, and ``balance`` = exports - imports.

    Raises :class:`~dyadscope.errors.NoDataError` when no source has a figure.
    """
    long = flows(wh, a, b, since=since, until=until)
    if long.empty:
        span = f" in {since or '...'}-{until or '...'}" if since or until else ""
        raise NoDataError(f"no trade figures between {parties.label(a)} and {parties.label(b)}{span}")
    best_per_basis = long.sort_values("preference").drop_duplicates(["flow", "year", "basis"])
    wide = best_per_basis.pivot(index="year", columns=["flow", "basis"], values="value")
    wide.columns = pd.Index([f"{col[0]}_{col[1]}" for col in wide.columns])
    out = pd.DataFrame(index=wide.index)
    for f in tf.FLOWS:
        for bs in tf.BASES:
            col = f"{f}_{bs}"
            out[col] = wide[col].astype(float) if col in wide.columns else float("nan")
    top = long[long["preference"] == 1]
    for f in tf.FLOWS:
        pick = top[top["flow"] == f].set_index("year")
        out[f] = pick["value"].reindex(out.index)
        out[f"{f}_source"] = pick["source"].reindex(out.index)
        out[f"{f}_basis"] = pick["basis"].reindex(out.index)
        out[f"{f}_valuation"] = pick["valuation"].reindex(out.index)
    out["balance"] = out["exports"] - out["imports"]
    out = out.reset_index()
    out.insert(1, "reporter", a)
    out.insert(2, "partner", b)
    out["year"] = out["year"].astype("int64")
    return out.sort_values("year").reset_index(drop=True)


def partner_shares(
    wh: Warehouse, country: str, year: int, flow: Flow = "exports", basis: Basis | None = None
) -> pd.DataFrame:
    """Partners of ``country`` in ``year``: value, share, rank, total, partners, hhi,
    hhi_normalised, basis and source (one record for all partners: the first in the
    preference order; ``basis='mirror'``: the partners' own records of their trade with
    ``country``, which leave out partners that report nothing). The same SQL as
    :func:`partner_shares_panel`, filtered."""
    datasets, baci = _datasets(wh)
    sql = tf.partner_shares_sql(year=year, flow=flow, baci=baci, country=country, basis=basis)
    frame = wh.query(f"{sql} ORDER BY rank", None, *datasets, cache=True)
    if frame.empty:
        raise NoDataError(f"no {flow} of {parties.label(country)} by partner in {year}")
    return frame


def partner_shares_panel(wh: Warehouse, year: int, flow: Flow = "exports") -> pd.DataFrame:
    """:func:`partner_shares` for every reporter of ``year`` at once."""
    datasets, baci = _datasets(wh)
    sql = tf.partner_shares_sql(year=year, flow=flow, baci=baci)
    return wh.query(f"{sql} ORDER BY reporter, rank", None, *datasets)


def gap(wh: Warehouse, a: str, b: str, since: int | None = None, until: int | None = None) -> pd.DataFrame:
    """The mirror discrepancy per year, both directions: ``a``'s record of its imports from
    ``b`` against ``b``'s record of its exports to ``a`` (and the other way round), the
    ratio imports / exports, with each side's source and valuation. ``reasons`` of the
    frame's ``attrs`` lists the known causes (:data:`GAP_REASONS`)."""
    long = flows(wh, a, b, since=since, until=until)
    rows = []
    # goods b -> a: a's import record (basis reported) against b's export record (mirror);
    # goods a -> b: b's import record (mirror of a's exports) against a's export record
    for a_flow, importer, exporter, imports_side, exports_side in (
        ("imports", a, b, "reported", "mirror"),
        ("exports", b, a, "mirror", "reported"),
    ):
        rec = long[(long["flow"] == a_flow) & long["basis"].isin(["reported", "mirror"])]
        rec = rec.sort_values("preference").drop_duplicates(["year", "basis"])
        if set(rec["basis"]) != {"reported", "mirror"}:
            continue
        wide = rec.pivot(index="year", columns="basis", values=["value", "source", "valuation"])
        part = pd.DataFrame(
            {
                "year": wide.index.astype("int64"),
                "importer": importer,
                "exporter": exporter,
                "imports_recorded": wide["value"][imports_side].astype(float).to_numpy(),
                "imports_source": wide["source"][imports_side].to_numpy(),
                "imports_valuation": wide["valuation"][imports_side].to_numpy(),
                "exports_recorded": wide["value"][exports_side].astype(float).to_numpy(),
                "exports_source": wide["source"][exports_side].to_numpy(),
                "exports_valuation": wide["valuation"][exports_side].to_numpy(),
            }
        )
        rows.append(part.dropna(subset=["imports_recorded", "exports_recorded"]))
    if not rows or all(r.empty for r in rows):
        raise NoDataError(
            f"no year in which both {parties.label(a)} and {parties.label(b)} recorded their trade with each other"
        )
    out = pd.concat(rows, ignore_index=True)
    out["ratio"] = out["imports_recorded"] / out["exports_recorded"].where(out["exports_recorded"] != 0)
    out["difference"] = out["imports_recorded"] - out["exports_recorded"]
    out = out.sort_values(["importer", "year"]).reset_index(drop=True)
    out.attrs["reasons"] = list(GAP_REASONS)
    return out


def partner_shares_years(
    wh: Warehouse, country: str, years: list[int], flows: tuple[Flow, ...] = ("exports", "imports")
) -> pd.DataFrame:
    """:func:`partner_shares` of ``country`` for several years and flows in one query (the
    same SQL per year and flow, joined by UNION ALL); columns as there, with year and flow."""
    datasets, baci = _datasets(wh)
    # each part reads only the country's rows and its partners' records of it, selected once
    # (a part alone scanned every record for the mirror rows: 12 parts, 12 scans)
    parts = [tf.partner_shares_sql("k", year=y, flow=f, baci=baci, country=country) for f in flows for y in years]
    if not parts:
        return pd.DataFrame()
    c = tf._q(country)
    rows = (
        f"SELECT * FROM flows.records WHERE (reporter = {c} OR partner = {c})"
        f" AND year >= {min(map(int, years))} AND year <= {max(map(int, years))}"
    )
    sql = " UNION ALL ".join(f"({p})" for p in parts)
    return wh.query(
        f"WITH k AS MATERIALIZED ({rows}) SELECT * FROM ({sql}) ORDER BY flow, year, rank", None, *datasets, cache=True
    )


HS2_WORLD = "(SELECT year, exporter, hs2 AS product, value / 1000 AS value_kusd FROM flows.hs2_world)"
HS2_SOURCE = "CEPII BACI HS92, exports to the world by exporter and HS2 chapter, 2011-2020 (via piyayut-ch/2022-10_R)"


def exports_by_chapter(wh: Warehouse, country: str, chapters: Sequence[str]) -> pd.DataFrame:
    """``country``'s exports to the world in the given HS2 chapters by year (BACI extract,
    2011-2020): year, hs2, hs2_name, value (USD), source; empty when no chapter is given
    or none has a figure."""
    if not chapters:
        return pd.DataFrame(columns=["year", "hs2", "hs2_name", "value", "source"])
    marks = ", ".join("?" for _ in chapters)
    frame = wh.query(
        f"SELECT year, hs2, hs2_name, value FROM flows.hs2_world WHERE exporter = ? AND hs2 IN ({marks})"
        " ORDER BY year, hs2",
        [country, *chapters],
        "flows",
    )
    return frame.assign(source=HS2_SOURCE)


def published(wh: Warehouse, a: str, b: str | None = None, *, until: int | None = None) -> pd.DataFrame:
    """Published national figures between ``a`` and ``b`` (either direction; ``b=None``: all of
    ``a``'s), any period and flow as printed ('exports', 'imports', 'total', 'balance',
    'mirror_gap'), ``until`` = the last year a period may start in. One row per figure:
    reporter, partner, flow, period, start, end, year, native_value, native_currency,
    as_printed, value (USD; NaN without a rate), currency ('USD'), rate (native units per
    USD, the annual average of ``rate_year``), rate_year, rate_source, rate_note,
    publisher, source_page, file, row, basis ('published'). Ordered by start, reporter, flow.
    Empty (not an error) when nothing was published."""
    if b is None:
        where, params = "(reporter = ? OR partner = ?)", [a, a]
    else:
        where, params = "(reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?)", [a, b, b, a]
    if until is not None:
        where = f"({where}) AND year <= {int(until)}"
    frame = wh.query(
        f"SELECT *, 'published' AS basis FROM flows.published WHERE {where} ORDER BY start, reporter, flow, row",
        list(params),
        "flows",
    )
    for col in ("start", "end"):
        frame[col] = pd.to_datetime(frame[col]).dt.date
    return frame


def rca_panel_hs2(wh: Warehouse, year: int) -> pd.DataFrame:
    """Balassa RCA at HS2 of every exporter in ``year`` (2011-2020) from the BACI
    world-exports extract: the ``rca`` panel SQL of :mod:`dyadscope.trade.panels`."""
    from dyadscope.trade import panels

    sql = panels.rca_sql(HS2_WORLD, year, "hs2")
    frame = wh.query(
        f"SELECT p.*, n.hs2_name FROM ({sql}) p LEFT JOIN (SELECT DISTINCT hs2, hs2_name FROM flows.hs2_world) n"
        " ON n.hs2 = p.code ORDER BY exporter, code",
        None,
        "flows",
    )
    if frame.empty:
        raise NoDataError(f"no BACI HS2 world exports for {year} (the extract covers 2011-2020)")
    return frame.assign(source=HS2_SOURCE)


def rca_hs2(wh: Warehouse, country: str, year: int) -> pd.DataFrame:
    """``country``'s RCA by HS2 chapter in ``year``: the panel, filtered (highest first)."""
    from dyadscope.trade import panels

    sql = panels.rca_sql(HS2_WORLD, year, "hs2")
    frame = wh.query(
        f"SELECT p.*, n.hs2_name FROM ({sql}) p LEFT JOIN (SELECT DISTINCT hs2, hs2_name FROM flows.hs2_world) n"
        " ON n.hs2 = p.code WHERE p.exporter = ? ORDER BY rca DESC, code",
        [country],
        "flows",
    )
    if frame.empty:
        raise NoDataError(f"no BACI HS2 world exports of {parties.label(country)} in {year} (extract: 2011-2020)")
    return frame.assign(source=HS2_SOURCE)


def product_profile(wh: Warehouse, country: str, year: int, top: int = 10) -> pd.DataFrame:
    """``country``'s top ``top`` HS2 chapters in ``year`` by export value, with the chapter's
    name, its share of the country's exports and its RCA."""
    frame = rca_hs2(wh, country, year)
    frame = frame.assign(share=frame["exports_usd"] / frame["exports_usd"].sum())
    frame = frame.sort_values(["exports_usd", "code"], ascending=[False, True]).head(int(top))
    frame.insert(list(frame.columns).index("code") + 1, "rank", range(1, len(frame) + 1))
    return frame.reset_index(drop=True)


def africa_sections(wh: Warehouse, exporter: str | None = None, importer: str | None = None) -> pd.DataFrame:
    """Intra-African trade by HS section, annual average 2012-2022 (BACI HS96), for the
    exporter and/or importer given."""
    cond: list[str] = []
    params: list[object] = []
    for col, val in (("exporter", exporter), ("importer", importer)):
        if val is not None:
            cond.append(f"{col} = ?")
            params.append(val)
    where = f"WHERE {' AND '.join(cond)}" if cond else ""
    frame = wh.query(
        f"SELECT * FROM flows.africa_sections {where} ORDER BY exporter, importer, value DESC", params, "flows"
    )
    if frame.empty:
        raise NoDataError(
            "no intra-African BACI flows for "
            + " and ".join(f"{k} {v}" for k, v in (("exporter", exporter), ("importer", importer)) if v)
        )
    return frame.assign(source="CEPII BACI HS96 V202401b intra-African trade by section (via SebKrantz/flownet)")
