"""The figures a claim is checked against, read from one explicit warehouse.

Every function takes the :class:`~dyadscope.warehouse.Warehouse` first and reads through
:mod:`dyadscope.evidence` (trade flows by basis, UN-vote alignment) plus the curated table
of published national figures (:func:`dyadscope.sources.flows.reported`). Nothing here
opens a default warehouse or reads settings.

A :class:`Figure` is one trade value with its provenance: reporter, partner, flow (the
reporter's), period (a calendar year, or a part of one with its start and end), value in
``currency`` units, basis (``reported`` by the reporter, ``mirror``: the partner's record
of the same trade, ``published``: a national figure as published, with its page) and
source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, cast

import pandas as pd

from dyadscope import groups
from dyadscope.errors import DyadscopeError
from dyadscope.warehouse import Warehouse

Basis = Literal["reported", "mirror", "published"]
TradeFlow = Literal["exports", "imports", "total", "balance"]
_MIRROR = {"imports": "exports", "exports": "imports", "total": "total", "balance": "balance"}


@dataclass(frozen=True)
class Figure:
    """One trade figure: the ``reporter``'s ``flow`` with ``partner`` in ``period``."""

    reporter: str
    partner: str
    flow: str
    year: int
    period: str
    start: date
    end: date
    value: float
    currency: str
    unit: str
    basis: str
    source: str
    side: Literal["reporter", "partner"]  # whose statistics: the claim's subject or its partner
    valuation: str | None = None
    estimate: bool = False
    where: str = ""  # file and row, or the page a published figure comes from

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def full_year(self) -> bool:
        return self.months >= 12


def _published(subject: str, partner: str, flow: str) -> list[Figure]:
    from dyadscope.sources import flows

    frame = flows.reported()
    out: list[Figure] = []
    rows: list[dict[Any, Any]] = frame.to_dict("records")
    for r in rows:
        own = r["reporter"] == subject and r["partner"] == partner and r["flow"] == flow
        mir = r["reporter"] == partner and r["partner"] == subject and r["flow"] == _MIRROR.get(flow)
        if not (own or mir):
            continue
        out.append(
            Figure(
                reporter=str(r["reporter"]),
                partner=str(r["partner"]),
                flow=str(r["flow"]),
                year=int(r["start"].year),
                period=str(r["period"]),
                start=r["start"],
                end=r["end"],
                value=float(r["value"]),
                currency=str(r["currency"]),
                unit=f"{r['currency']} (as published: {r['md_text']})",
                basis="published",
                source=f"{r['basis']}, as published at {r['source_page']}",
                side="reporter" if own else "partner",
                where=str(r["source_page"]),
            )
        )
    return out


def _evidence_flows(wh: Warehouse, subject: str, partner: str, flow: str) -> list[Figure]:
    """``subject``'s flow with ``partner`` from :mod:`dyadscope.evidence.trade` (DOTS, COW, BACI):
    the reporter's own record (``reported``) and the partner's record of the same trade (``mirror``).
    Published figures come from :func:`_published`, with their pages."""
    try:
        from dyadscope.evidence import trade as ev  # type: ignore[import-not-found,attr-defined,unused-ignore]
    except ImportError:  # before the all-pairs flows: BACI from the warehouse only
        return _baci_flows(wh, subject, partner, flow)
    if flow not in ("exports", "imports"):
        return []
    try:
        frame = ev.flows(wh, subject, partner, flow=cast(Literal["exports", "imports"], flow))
    except DyadscopeError:
        return []
    out: list[Figure] = []
    rows: list[dict[Any, Any]] = frame.to_dict("records")
    for r in rows:
        basis = str(r["basis"])
        if basis == "published":
            continue
        year = int(r["year"])
        valuation = r.get("valuation")
        out.append(
            Figure(
                reporter=subject,
                partner=partner,
                flow=flow,
                year=year,
                period=str(year),
                start=date(year, 1, 1),
                end=date(year, 12, 31),
                value=float(r["value"]),
                currency=str(r.get("currency") or "USD"),
                unit=str(r.get("unit") or "USD"),
                basis=basis,
                source=_SOURCE_NAMES.get(str(r["source"]), str(r["source"])),
                side="partner" if basis == "mirror" else "reporter",
                valuation=None if valuation is None or pd.isna(valuation) else str(valuation),
                estimate=bool(r.get("estimate") or False),
                where=f"{r.get('file') or ''} row {r.get('row') if r.get('row') is not None else ''}".strip(),
            )
        )
    return out


_SOURCE_NAMES = {
    "imf-dots": "IMF Direction of Trade Statistics (US$ million)",
    "cow": "Correlates of War Dyadic Trade v4.0 (US$ million)",
    "baci": "CEPII BACI",
}


def _baci_flows(wh: Warehouse, subject: str, partner: str, flow: str) -> list[Figure]:
    """BACI flows from the warehouse (when a release is loaded): reconciled, one value per
    direction; listed as the reporter's (``reported``) for the claim's direction."""
    from dyadscope.trade import measures as tm

    if flow not in ("imports", "exports"):
        return []
    try:
        with wh.reader("trade") as con:
            frame = tm.balance(con, subject, partner, None, None)
            rel = con.execute("SELECT DISTINCT hs, release FROM trade.baci").fetchall()
    except DyadscopeError:
        return []
    source = "; ".join(f"CEPII BACI (HS{h}, release {r})" for h, r in rel) or "CEPII BACI"
    out = []
    for r in frame.to_dict("records"):
        year = int(r["year"])
        out.append(
            Figure(
                subject,
                partner,
                flow,
                year,
                str(year),
                date(year, 1, 1),
                date(year, 12, 31),
                float(r[f"{flow}_usd"]),
                "USD",
                "thousand USD",
                "reported",
                source,
                "reporter",
                where="trade.baci",
            )
        )
    return out


def trade_figures(wh: Warehouse, subject: str, partner: str, flow: str) -> list[Figure]:
    """Every figure for ``subject``'s ``flow`` with ``partner``, from both sides, by source and basis."""
    figs = _published(subject, partner, flow) + _evidence_flows(wh, subject, partner, flow)
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in figs:
        key = (f.reporter, f.partner, f.flow, f.period, f.source, f.basis)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sorted(out, key=lambda f: (f.start, f.side, f.basis, f.source))


def partner_table(
    wh: Warehouse, country: str, year: int, basis: Literal["reported", "mirror"] | None = None
) -> tuple[pd.DataFrame, str] | None:
    """Partners of ``country`` in ``year``: partner, exports_usd, imports_usd (and the source); the frame's
    ``attrs['basis']`` names the record used ('reported': the country's own, 'mirror': its partners' records
    of their trade with it). ``basis``: that record only (None: the first in the preference order)."""
    try:
        from dyadscope.evidence import trade as ev  # type: ignore[import-not-found,attr-defined,unused-ignore]
    except ImportError:
        ev = None  # type: ignore[assignment,unused-ignore]
    from dyadscope.trade import parties

    if ev is not None and parties.is_group(country):
        return None if basis == "mirror" else _group_table(wh, country, year)
    if ev is not None:
        try:
            frames = {f: ev.partner_shares(wh, country, year, f, basis) for f in ("exports", "imports")}
        except DyadscopeError:
            frames = {}
        if frames:
            exp = frames["exports"].rename(columns={"value": "exports_usd"})
            imp = frames["imports"].rename(columns={"value": "imports_usd"})
            both = exp[["partner", "exports_usd"]].merge(imp[["partner", "imports_usd"]], on="partner", how="outer")
            src = str(exp["source"].iloc[0]) if "source" in exp and len(exp) else "evidence.trade"
            src = _SOURCE_NAMES.get(src, src)
            out = both.fillna(0.0)
            out.attrs["basis"] = str(exp["basis"].iloc[0]) if "basis" in exp and len(exp) else "reported"
            return out, src
    if basis == "mirror":
        return None
    from dyadscope.trade import measures as tm

    try:
        with wh.reader("trade") as con:
            frame = tm.partners(con, country, year)
    except DyadscopeError:
        return None
    if frame.empty:
        return None
    out = frame[["partner", "exports_usd", "imports_usd"]]
    out.attrs["basis"] = "reported"
    return out, "CEPII BACI"


def _group_table(wh: Warehouse, group: str, year: int) -> tuple[pd.DataFrame, str] | None:
    """A group's partners ("China is Africa's largest trading partner"): the group's own aggregate rows (the
    IMF's regional rows), one source for all partners (the one covering most of them), single countries
    outside the group only; the table's basis 'group' (no mirror table is built for it)."""
    from dyadscope.evidence import trade as ev
    from dyadscope.trade import parties

    try:
        rows = ev.flows(wh, group, None, since=year, until=year, basis="reported")
    except DyadscopeError:
        return None
    members = set(parties.members(group) or ())
    rows = rows[~rows["partner"].map(lambda p: parties.is_group(str(p)) or str(p) in members or str(p) == "World")]
    if rows.empty:
        return None
    source = str(rows["source"].value_counts().index[0])
    rows = rows[rows["source"] == source]
    wide = rows.pivot_table(index="partner", columns="flow", values="value", aggfunc="sum").fillna(0.0)
    out = pd.DataFrame(
        {
            "partner": [str(p) for p in wide.index],
            "exports_usd": wide["exports"].to_numpy() if "exports" in wide else 0.0,
            "imports_usd": wide["imports"].to_numpy() if "imports" in wide else 0.0,
        }
    )
    out.attrs["basis"] = "group"
    return out, _SOURCE_NAMES.get(source, source)


def alignment(
    wh: Warehouse, country: str, partners: list[str], since: int, until: int, group: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame | None, dict[str, str]]:
    """Agreement and coincidence of ``country`` with ``partners`` by year (and its placement
    within ``group``, members counted from their designation year): (frame, group, sources)."""
    from dyadscope.evidence import votes

    flt = votes.VoteFilter(since=date(since, 1, 1), until=date(until, 12, 31))
    grp: groups.Group | None = groups.check(group) if group else None
    r = votes.alignment(wh, country, partners, ["agreement", "coincidence"], "year", flt, grp)
    return r.frame, r.group, dict(r.sources)


def roll_calls(wh: Warehouse, countries: list[str], since: int, until: int, topic: str) -> pd.DataFrame:
    """Recorded votes on ``topic`` (all words in the title or description) with each country's vote."""
    from dyadscope.evidence import votes

    flt = votes.VoteFilter(since=date(since, 1, 1), until=date(until, 12, 31))
    return votes.roll_calls(wh, countries, flt, topic=topic)
