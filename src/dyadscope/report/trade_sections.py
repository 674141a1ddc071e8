"""Brief sections on trade: both flows and the balance with each partner from the all-pairs
records (:func:`bilateral`), the published national figures (:func:`trade`), the spread of
trade over partners (:func:`diversification`) and the products the article names
(:func:`products`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dyadscope.countries import name as _name
from dyadscope.report import _data, charts
from dyadscope.report import format as fmt
from dyadscope.report.model import Section, Table
from dyadscope.warehouse import Warehouse


def _rate_text(rate: float, currency: str, year: int) -> str:
    """``101.5 KES per USD, 2016 average`` (empty for figures published in dollars)."""
    if currency == "USD":
        return ""
    if fmt.missing(rate):
        return f"no {currency} rate for {year}"
    return f"{fmt.number(rate)} {currency} per USD, {year} average"


def _flow_text(flow: str, partner: str) -> str:
    """``imports from China``, ``exports to Kenya``, ``total trade with China``, ``balance with China``."""
    who = _name(partner) if partner else "the partner"
    words = {"exports": "exports to", "imports": "imports from", "total": "total trade with"}
    return f"{words.get(flow, str(flow).replace('_', ' ') + ' with')} {who}"


def trade(
    wh: Warehouse,
    focal: str,
    partners: Sequence[str],
    *,
    until: int | None = None,
    since: int | None = None,
    why: str = "",
) -> Section:
    """Published figures between the focal country and each partner, both sides, as printed
    and in US dollars, with the rate and its source beside every converted value (periods
    starting in ``since``-``until`` when given)."""
    title = "Trade as published"
    frames, notes, sources = [], [], []
    for p in partners:
        rep = _data.published_trade(wh, focal, p, until)
        if since is not None and not rep.empty:
            rep = rep[rep["year"] >= since]
        if rep.empty:
            notes.append(f"No published figures between {_name(focal)} and {_name(p)}.")
            continue
        converted = rep["native_currency"] != "USD"
        view = pd.DataFrame(
            {
                "period": rep["period"],
                "recorded by": rep["reporter"].map(_name),
                "flow": [_flow_text(f, q) for f, q in zip(rep["flow"], rep["partner"], strict=True)],
                "value": rep["native_value"],
                "currency": rep["native_currency"],
                "value_usd": rep["value"],
                "rate": [
                    _rate_text(r, c, y)
                    for r, c, y in zip(rep["rate"], rep["native_currency"], rep["rate_year"], strict=True)
                ],
                "rate_source": rep["rate_source"].where(converted),
                "source": rep["publisher"] + " — " + rep["source_page"],
            }
        )
        frames.append(
            Table(
                f"Published trade figures, {_name(focal)} and {_name(p)}",
                view,
                formats={"value": "money", "value_usd": "usd"},
                labels={
                    "period": "Period",
                    "recorded by": "Recorded by",
                    "flow": "Flow",
                    "value": "As published",
                    "value_usd": "In USD",
                    "rate": "Rate used (source)",
                },
                cites={"rate": "rate_source"},
            )
        )
        sources += sorted(set(view["source"]))
    return Section(title, frames, [], sources, notes, "trade", why)


TRADE_SOURCES = {
    "imf-dots": "IMF Direction of Trade Statistics (DOTS), 1960-2020, US dollars "
    "(via SamLeBlanc/Direction-of-Trade-Map)",
    "cow": "Correlates of War Dyadic Trade v4.0, 1870-2014 (Barbieri, Keshk & Pollins 2009)",
    "baci": "CEPII BACI",
    "published": "published national figures (KNBS, China customs, reports; see the published figures table)",
}


def _years(years: Sequence[int]) -> str:
    """``2021 and 2023``; ``2021-2023`` for a run."""
    ys = sorted(years)
    if len(ys) > 2 and ys[-1] - ys[0] == len(ys) - 1:
        return f"{ys[0]}-{ys[-1]}"
    return ", ".join(map(str, ys[:-1])) + (" and " if len(ys) > 1 else "") + str(ys[-1])


def bilateral(
    wh: Warehouse, focal: str, partners: Sequence[str], *, since: int = 2000, until: int | None = None, why: str = ""
) -> Section:
    """Trade of the focal country with each partner: exports, imports and the balance by year
    (the preferred record), with both sides' records side by side and their gap."""
    title = "Trade with the named partners"
    frames, chs, notes, sources = [], [], [], []
    for p in partners:
        b = _data.bilateral(wh, focal, p, since=since, until=until)
        if b.empty or b[["exports", "imports"]].isna().all().all():
            span = f"in {since}-{until}" if until else f"since {since}"
            notes.append(f"No recorded trade between {_name(focal)} and {_name(p)} {span}.")
            continue
        picked = pd.concat(
            [
                b[["year", "exports_source"]].set_axis(["year", "source"], axis=1),
                b[["year", "imports_source"]].set_axis(["year", "source"], axis=1),
            ]
        )
        used = sorted({str(s) for s in picked["source"].dropna()})
        published_years = sorted({int(y) for y in picked.loc[picked["source"] == "published", "year"]})
        srcs = [TRADE_SOURCES.get(s, s) for s in used]
        sources += srcs
        data = b[["year", "exports", "imports", "balance"]].dropna(subset=["exports", "imports"], how="all")
        chs.append(
            charts.kept_chart(
                wh,
                f"trade{p}",
                p,
                srcs,
                charts.trade_flows,
                frame=data.fillna({"balance": float("nan")}),
                title=f"{fmt.possessive(_name(focal))} trade with {_name(p)}",
                subtitle=f"{fmt.possessive(_name(focal))} own records where it reported,"
                f" else {fmt.possessive(_name(p))} mirror records"
                + (f"; published national figures in {_years(published_years)}" if published_years else ""),
            )
        )
        view = b[
            ["year", "exports_reported", "exports_mirror", "imports_reported", "imports_mirror", "balance"]
        ].sort_values("year", ascending=False)
        view = view.dropna(
            subset=["exports_reported", "exports_mirror", "imports_reported", "imports_mirror"], how="all"
        )
        frames.append(
            Table(
                f"{_name(focal)} and {_name(p)}: each side's record (latest 12 years)",
                view.head(12),
                formats={c: ("year" if c == "year" else "balance" if c == "balance" else "usd") for c in view.columns},
                labels={
                    "year": "Year",
                    "exports_reported": f"Exports, {focal}'s record (FOB)",
                    "exports_mirror": f"Exports, {p}'s record (CIF)",
                    "imports_reported": f"Imports, {focal}'s record (CIF)",
                    "imports_mirror": f"Imports, {p}'s record (FOB)",
                    "balance": "Balance (preferred records; exports minus imports)",
                },
                source=list(srcs),
                meta={"partner": p},
            )
        )
    if frames:
        notes.append(
            "The two sides' records differ: imports are valued with freight and insurance (CIF), exports without"
            " (FOB); goods routed through hubs and timing also move figures between years and partners."
        )
    return Section(title, frames, chs, list(dict.fromkeys(sources)), notes, "bilateral", why)


def diversification(
    wh: Warehouse, focal: str, partners: Sequence[str], *, until: int, since: int | None = None, why: str = ""
) -> Section:
    """Shares of the named partners in the focal country's exports and imports, and the
    partner concentration (HHI), at three points ten years apart (those from ``since`` on)."""
    title = "Diversification: the named partners' shares and partner concentration"
    last = min(until, 2020)  # the all-pairs records (IMF DOTS) end in 2020
    years = [y for y in (last - 10, last - 5, last) if since is None or y >= since] or [last]
    rows, hhi, notes, sources = [], [], [], []
    panel = _data.partner_shares_years(wh, focal, years)
    for flow in ("exports", "imports"):
        for y in years:
            s = panel[(panel["flow"] == flow) & (panel["year"] == y)] if not panel.empty else panel
            if s.empty:
                notes.append(f"No {flow} of {_name(focal)} by partner in {y}.")
                continue
            sources += [TRADE_SOURCES.get(str(x), str(x)) for x in s["source"].dropna().unique()]
            hhi.append(
                {"year": y, "flow": flow, "hhi": float(s["hhi"].iloc[0]), "partners": int(s["partners"].iloc[0])}
            )
            for p in partners:
                hit = s[s["partner"] == p]
                rows.append(
                    {
                        "year": y,
                        "flow": flow,
                        "partner": _name(p),
                        "share": float(hit["share"].iloc[0]) if not hit.empty else 0.0,
                        "rank": int(hit["rank"].iloc[0]) if not hit.empty else None,
                    }
                )
    if not rows:
        return Section(title, sources=sources, notes=notes, key="diversification", why=why)
    sources = list(dict.fromkeys(sources))
    frame = pd.DataFrame(rows)
    chs = []
    for flow in ("exports", "imports"):
        sel = frame[frame["flow"] == flow]
        if sel.empty:
            continue
        chs.append(
            charts.kept_chart(
                wh,
                f"shares{flow}",
                flow,
                sources,
                charts.lines,
                frame=sel,
                x="year",
                y="share",
                series="partner",
                title=f"Share of {fmt.possessive(_name(focal))} {flow} by partner",
                x_title="Year",
                y_title=f"Share of {fmt.possessive(_name(focal))} {flow} (%)",
                legend="Partner",
                y_format=".0%",
                gaps=False,
                subtitle="Every five years; the all-pairs records (IMF DOTS) end in 2020",
            )
        )
    wide = frame.pivot_table(index=["partner"], columns=["flow", "year"], values="share").reset_index()
    wide.columns = [c if isinstance(c, str) else (c[0] if not c[1] else f"{c[0]} {c[1]}") for c in wide.columns]
    h = pd.DataFrame(hhi)
    conc = Table(
        f"Partner concentration of {fmt.possessive(_name(focal))} trade (Herfindahl-Hirschman index, 0-1)",
        h,
        formats={"year": "year", "hhi": "ratio", "partners": "count"},
        labels={"year": "Year", "flow": "Flow", "hhi": "HHI (0-1)", "partners": "Partners (n)"},
        source=list(sources),
    )
    shares = Table(
        f"Shares of the named partners in {fmt.possessive(_name(focal))} trade",
        wide,
        formats={c: "pct" for c in wide.columns if c != "partner"},
        labels={"partner": "Partner", **{c: c[:1].upper() + c[1:] for c in wide.columns if c != "partner"}},
        source=list(sources),
    )
    notes.insert(0, "HHI: the sum of squared partner shares; lower means trade spread over more partners.")
    return Section(title, [shares, conc], chs, sources, notes, "diversification", why)


def _chapters(chapters: Sequence[str]) -> str:
    return f"{chapters[0]}-{chapters[-1]}" if len(chapters) > 2 else ", ".join(chapters)


def products(wh: Warehouse, focal: str, raised: Sequence[object], partner: str | None = None, why: str = "") -> Section:
    """The focal country's exports in the HS chapters the article's product words map to."""
    title = "Products the article names"
    frames, chs, notes = [], [], []
    src = _data.HS2_SOURCE
    for r in raised:
        label, word = r.detail[0], r.detail[1]  # type: ignore[attr-defined]
        chapters = list(r.chapters)  # type: ignore[attr-defined]
        f = _data.exports_by_chapter(wh, focal, chapters)
        if f.empty:
            notes.append(f"No exports of {_name(focal)} in HS chapters {', '.join(chapters)} ({label}) in the data.")
            continue
        total = (
            f.groupby("year", as_index=False)["value"]
            .sum()
            .assign(
                series=f"{label} (HS {chapters[0]}-{chapters[-1]})"
                if len(chapters) > 2
                else f"{label} (HS {', '.join(chapters)})"
            )
        )
        chs.append(
            charts.kept_chart(
                wh,
                f"prod{chapters[0]}",
                label,
                [src],
                charts.lines,
                frame=total.assign(value=total["value"] / 1e9),
                x="year",
                y="value",
                series="series",
                title=f"{fmt.possessive(_name(focal))} exports of {label} to the world",
                subtitle=f"“{word}” in the article, mapped to HS chapters {_chapters(chapters)}",
                x_title="Year",
                y_title="Exports (US dollars, billions)",
                legend="Products",
            )
        )
        latest = f[f["year"] == f["year"].max()].sort_values("value", ascending=False).head(8)
        frames.append(
            Table(
                f"{fmt.possessive(_name(focal))} largest {label} chapters, {int(f['year'].max())}",
                latest[["hs2", "hs2_name", "value"]],
                formats={"value": "usd"},
                labels={"hs2": "HS chapter", "hs2_name": "Products", "value": "Exports to the world"},
                source=src,
            )
        )
    if partner and frames:
        notes.append(
            f"Exports by product to {_name(partner)} are not in the bundled data; these are exports to the world."
        )
    return Section(title, frames, chs, [src], notes, "products", why)
