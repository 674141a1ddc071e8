"""Section builders: what the data say about the focal country and its partners, as
:class:`~dyadscope.report.model.Section` data (tables, charts, sources, notes).

The brief and the web pages call the same builders. A builder never raises for missing
data: the section says what is missing instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from dyadscope import countries as registry
from dyadscope.report import _data, charts
from dyadscope.report import format as fmt
from dyadscope.report.model import Chart, Section, Table
from dyadscope.warehouse import Warehouse

DROP = 0.25  # a fall in coincidence this large from one year to the next gets a note


def _name(iso: str) -> str:
    return registry.name(iso)


def _chart(
    wh: Warehouse, key: str, title: str, sources: Sequence[str], build: Callable[..., Any], /, **kwargs: Any
) -> Chart:
    """The chart ``build(**kwargs)`` draws, as its Vega-Lite spec (kept across runs in the
    warehouse's results: :func:`~dyadscope.report.charts.kept_spec`)."""
    return Chart(key, title, charts.kept_spec(wh, build, **kwargs), list(sources))


def _partial(frame: pd.DataFrame) -> pd.Series:
    """A year is partial when it rests on fewer than half the series' median votes."""
    med = frame.groupby("partner")["n"].transform("median")
    return frame["n"] < 0.5 * med


def alignment(
    wh: Warehouse,
    focal: str,
    partners: Sequence[str],
    *,
    since: int = 2000,
    until: int | None = None,
    statuses: Sequence[str] = (),
    groups: Sequence[tuple[str, Sequence[str]]] = (),
    why: str = "",
) -> Section:
    """Voting coincidence of ``focal`` with each partner by year: one chart per group of
    partners (``groups``: (label, partners); default one group), at most six lines each,
    and a table of the latest twelve years."""
    title = "UN General Assembly alignment"
    partners = [p for p in partners if p != focal]
    if not partners:
        return Section(title, notes=["No partner to compare with."], key="alignment", why=why)
    frame = _data.alignment(wh, focal, partners, since, until)
    sources = _data.vote_sources(wh, since, until)
    missing = [p for p in partners if p not in set(frame["partner"])]
    notes = [f"No recorded votes for {', '.join(_name(p) for p in missing)} in these years."] if missing else []
    if frame.empty:
        return Section(title, sources=sources, notes=notes, key="alignment", why=why)
    frame = frame.assign(series=frame["partner"].map(_name), partial=_partial(frame))
    marks = []
    for status in statuses:
        year = _data.designation_year(focal, status)
        if year is not None and since <= year <= (until or year):  # a mark outside the years would widen the axis
            marks.append(charts.Mark(year, f"{status.upper()} designation, {year}"))
    for p in partners:
        found_notes, found_marks = _lone_no_votes(wh, p, frame[frame["partner"] == p])
        notes += found_notes
        marks += found_marks
    partial = frame[frame["partial"]].sort_values(["year", "n"], ascending=[True, False]).drop_duplicates("year")
    if not partial.empty:
        yrs = ", ".join(
            f"{y} (n = {n})" for y, n in zip(partial["year"].astype(int), partial["n"].astype(int), strict=True)
        )
        notes.append(f"Partial or thin years (under half the usual votes), drawn as hollow points: {yrs}.")
    chs = []
    for i, (label, members) in enumerate(groups or [("each partner", partners)]):
        sel = frame[frame["partner"].isin(list(members)[: charts.MAX_SERIES])]
        if sel.empty:
            continue
        shown = set(sel["partner"])
        own = [m for m in marks if m.about is None or m.about in shown]  # a partner's break on its own chart
        key = "align" if i == 0 else f"align{i}"
        chs.append(_chart(wh, key, label, sources, charts.lines, **_alignment_chart(focal, sel, label, own)))
    wide = frame.pivot_table(index="year", columns="series", values="value").reset_index()
    counts = frame.groupby("year")["n"].max().rename("votes").reset_index()
    wide = wide.merge(counts, on="year")
    wide = wide.sort_values("year", ascending=False).head(12)
    order = ["year", *[_name(p) for p in partners if _name(p) in wide.columns], "votes"]
    table = Table(
        f"Coincidence by year: {_name(focal)} with each partner (share of votes; latest 12 years)",
        wide[order],
        formats={"year": "year", "votes": "count", **{c: "share" for c in order[1:-1]}},
        labels={"year": "Year", "votes": "Votes (n, largest)"},
        source=list(sources),
    )
    return Section(title, frames=[table], charts=chs, sources=sources, notes=notes, key="alignment", why=why)


def _lone_no_votes(wh: Warehouse, partner: str, series: pd.DataFrame) -> tuple[list[str], list[charts.Mark]]:
    """A note and a chart mark for each year the coincidence with ``partner`` fell by
    :data:`DROP` or more because the partner voted 'no' on most recorded votes (the United
    States in 2025). ``series``: year, value."""
    notes, marks = [], []
    s = series.sort_values("year")
    for yr in s.loc[s["value"].diff() <= -DROP, "year"].astype(int).tolist():
        voted, no, alone = _data.no_share(wh, partner, yr)
        if voted and no / voted > 0.4:
            notes.append(
                f"{yr}: {_name(partner)} voted no on {fmt.pct(no / voted, 0)} of {voted} recorded votes"
                f" ({alone} with at most three others)."
            )
            marks.append(charts.Mark(yr, f"{yr}: {partner} voted no on {fmt.pct(no / voted, 0)}", about=partner))
    return notes, marks


def _alignment_chart(focal: str, frame: pd.DataFrame, label: str, marks: Sequence[charts.Mark]) -> dict[str, Any]:
    """What :func:`~dyadscope.report.charts.lines` draws of the coincidence with a group of partners."""
    return dict(
        frame=frame,
        x="year",
        y="value",
        series="series",
        title=f"{_name(focal)}: voting coincidence with {label}",
        subtitle="State Department method: identical yes/no votes over identical plus opposite ones"
        " (abstentions and absences left out)",
        x_title="Year",
        y_title="Voting coincidence (share of votes)",
        legend="Partner",
        y_format=".0%",
        y_domain=(0.0, 1.0),
        marks=marks,
        n="n",
        partial="partial",
    )


def group_placement(
    wh: Warehouse, focal: str, *, since: int = 2000, until: int | None = None, why: str = ""
) -> Section:
    """The focal country's coincidence with the US among the Major Non-NATO Allies of each year."""
    title = "Among the Major Non-NATO Allies"
    frame = _data.mnna_placement(wh, focal, since, until)
    sources = [*_data.vote_sources(wh, since, until), _data.MNNA_SOURCE]
    year = _data.designation_year(focal)
    if frame.empty:
        return Section(title, sources=sources, notes=["No votes to place."], key="mnna", why=why)
    frame = frame.assign(
        rank_text=[f"{fmt.ordinal(r)} of {s + 1}" for r, s in zip(frame["rank"], frame["group_size"], strict=True)],
        partial=frame["n"] < 0.5 * frame["n"].median(),
    )
    marks = [charts.Mark(year, f"designated MNNA, {year}")] if year else []
    us_notes, us_marks = _lone_no_votes(wh, "USA", frame)
    marks += us_marks
    chart = dict(
        frame=frame,
        country=_name(focal),
        group="MNNA",
        title=f"{_name(focal)} and the Major Non-NATO Allies: coincidence with the United States",
        subtitle="Band: range of the allies designated by each year; dashed: their median",
        y_title="Coincidence with the US (share of votes)",
        marks=marks,
        partial="partial",
    )
    view = frame[["year", "value", "group_median", "rank_text", "n"]].sort_values("year", ascending=False)
    table = Table(
        f"{_name(focal)} and the MNNA median: coincidence with the US",
        view,
        formats={"year": "year", "value": "share", "group_median": "share", "n": "count"},
        labels={
            "year": "Year",
            "value": _name(focal),
            "group_median": "MNNA median",
            "rank_text": "Rank (1 = closest to the US)",
            "n": "Votes (n)",
        },
        source=list(sources),
    )
    notes = [
        "Members count from their designation year (designations began in 1987)"
        + (f"; {_name(focal)} was designated in {year}." if year else f"; {_name(focal)} is not an MNNA."),
        *us_notes,
    ]
    part = frame[frame["partial"]]
    if not part.empty:
        yrs = ", ".join(f"{int(y)} (n = {int(k)})" for y, k in zip(part["year"], part["n"], strict=True))
        notes.append(f"Partial or thin years (under half the usual votes), drawn as hollow points: {yrs}.")
    mnna = _chart(wh, "mnna", "mnna", sources, charts.group_band, **chart)
    return Section(title, [table], [mnna], sources, notes, "mnna", why)


def rights(
    wh: Warehouse,
    focal: str,
    *,
    around: int | None = None,
    since: int | None = None,
    why: str = "",
    mark: str | None = "article",
) -> Section:
    """PTS scores by source (Amnesty, HRW, State Department) for the ten years up to the
    article (from ``since`` on, when given)."""
    title = "Human rights: the Political Terror Scale"
    hi = min(around or 2023, 2023)
    lo = min(max(hi - 9, since or hi - 9), hi)
    frame = _data.rights(wh, focal, lo, hi)
    sources = [_data.PTS_SOURCE]
    if frame.empty:
        return Section(
            title, sources=sources, notes=[f"No PTS scores for {_name(focal)} in {lo}-{hi}."], key="rights", why=why
        )
    names = {"amnesty": "Amnesty International", "hrw": "Human Rights Watch", "state_dept": "US State Department"}
    long = frame.melt(id_vars="year", var_name="coded", value_name="score").dropna()
    long["coded"] = long["coded"].map(names)
    notes = ["Scores 1 (secure rule of law) to 5 (terror extends to the whole population); data end in 2023."]
    absent = [names[c] for c in names if frame[c].isna().all()]
    if absent:
        notes.append(f"No scores coded from {', '.join(absent)} for these years.")
    marks = [charts.Mark(around, f"{mark}, {around}")] if mark and around and around <= hi + 1 else []
    chart = dict(
        frame=long,
        x="year",
        y="score",
        series="coded",
        title=f"{_name(focal)}: physical-integrity violations by source of the coding",
        x_title="Year",
        y_title="PTS score (1 best, 5 worst)",
        legend="Coded from reports of",
        y_domain=(1.0, 5.0),
        marks=marks,
    )
    view = frame.sort_values("year", ascending=False)
    table = Table(
        f"PTS scores of {_name(focal)}, {lo}-{hi}",
        view,
        formats={"year": "year", "amnesty": "score", "hrw": "score", "state_dept": "score"},
        labels={"year": "Year", **names},
        source=sources[0],
    )
    pts = _chart(wh, "pts", "pts", sources, charts.lines, **chart)
    return Section(title, [table], [pts], sources, notes, "rights", why)


def _rate_text(rate: float, currency: str, year: int) -> str:
    """``101.5 KES per USD, 2016 average`` (empty for figures published in dollars)."""
    if currency == "USD":
        return ""
    if fmt.missing(rate):
        return f"no {currency} rate for {year}"
    return f"{fmt.number(rate)} {currency} per USD, {year} average"


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
                "flow": rep["flow"].str.replace("_", " ") + " (" + rep["partner"] + ")",
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


CONSENSUS = "—"  # a country's cell for a resolution adopted without a vote


def roll_calls(
    wh: Warehouse,
    focal: str,
    countries: Sequence[str],
    topics: Sequence[tuple[str, str]],
    *,
    since: int,
    until: int,
    why: str = "",
) -> Section:
    """Recorded votes on the article's topics, with each named country's vote.

    ``topics``: (label, title pattern) pairs, e.g. ("Iran", "Iran")."""
    title = "UN votes on the article's topics"
    shown = [focal, *[c for c in countries if c != focal]][:7]
    frames, notes = [], []
    sources = _data.vote_sources(wh, since, until)
    for label, pattern in topics:
        frame = _data.roll_calls(wh, pattern, shown, since, until)
        if frame.empty:
            notes.append(f"No resolution on “{label}” in {since}-{until}, recorded or adopted without a vote.")
            continue
        frame = frame.assign(
            title=frame["title"].fillna(frame["description"]).map(lambda t: fmt.shorten(str(t), 110)),
            adoption=frame["adoption"].str.replace("recorded vote", "recorded vote", regex=False),
        )
        cols = {c: str(c).upper() for c in frame.columns if str(c).upper() in shown}
        view = frame.rename(columns=cols)
        consensus = int((frame["adoption"] == "without a vote").sum())
        countries_shown = [c for c in shown if c in view.columns] if consensus < len(frame) else []
        for c in countries_shown:  # a resolution adopted without a vote records no member's vote: a dash
            view[c] = view[c].where((view["adoption"] != "without a vote") | view[c].isna(), CONSENSUS)
        view = view[["date", "symbol", "title", "adoption", *countries_shown]]
        view = view.sort_values("date", ascending=False).head(12)
        every = "all" if consensus == len(frame) else str(consensus)
        frames.append(
            Table(
                f"Resolutions on {label}, {since}-{until}: {len(frame)} in all, {every} adopted without a vote"
                + (" (no country's vote recorded)" if not countries_shown else "")
                + (" (latest 12)" if len(frame) > 12 else ""),
                view,
                formats={"date": "date"},
                labels={"date": "Date", "symbol": "Resolution", "title": "Title", "adoption": "Adopted by"},
                source=list(sources),
            )
        )
    notes.append(
        "“without a vote”: adopted by consensus; no country's vote is recorded"
        f" ({CONSENSUS} in a country's column, where the country was a member that session; empty: not a member)."
    )
    return Section(title, frames, [], sources, notes, "votes", why)


def events(
    wh: Warehouse,
    article: dict[str, object] | None,
    focal: str,
    partners: Sequence[str],
    why: str = "",
    *,
    since: int | None = None,
    until: int | None = None,
) -> Section:
    """Events coded in the article, and stored events between the named dyads (in the years
    ``since``-``until`` when given)."""
    title = "Events between the named countries"
    frames, chs, notes = [], [], []
    src = "CAMEO codes and Goldstein scale (GDELT lookups); PLOVER (Open Event Data Alliance)"
    evs = list(article.get("events", [])) if article else []  # type: ignore[call-overload]
    if evs:
        ev = pd.DataFrame(evs)
        view = ev.assign(
            dyad=ev["source"].fillna("?") + " → " + ev["target"].fillna("?"),
            sentence=ev["sentence"].map(lambda s: fmt.shorten(str(s), 120)),
        )[["dyad", "plover", "cameo_name", "goldstein", "sentence"]]
        frames.append(
            Table(
                "Events coded in the article",
                view,
                formats={"goldstein": "ratio"},
                labels={
                    "dyad": "Who → whom",
                    "plover": "PLOVER",
                    "cameo_name": "CAMEO",
                    "goldstein": "Goldstein (-10 to +10)",
                    "sentence": "Sentence",
                },
                source=src,
            )
        )
    stored = []
    for p in partners:
        f = _data.events(wh, focal, p, since, until)
        if not f.empty:
            stored.append(f)
    if stored:
        allf = pd.concat(stored, ignore_index=True)
        chs.append(
            _chart(wh, "events", "events", [src], charts.events_chart, frame=allf, title="Stored events by month")
        )
    else:
        notes.append("No stored events between these countries (dyadscope ingest, read --save, data load-gdelt).")
    return Section(title, frames, chs, [src], notes, "events", why)


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
            _chart(
                wh,
                f"trade{p}",
                p,
                srcs,
                charts.trade_flows,
                frame=data.fillna({"balance": float("nan")}),
                title=f"{_name(focal)}'s trade with {_name(p)}",
                subtitle=f"{_name(focal)}'s own records where it reported, else {_name(p)}'s mirror records"
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
            _chart(
                wh,
                f"shares{flow}",
                flow,
                sources,
                charts.lines,
                frame=sel,
                x="year",
                y="share",
                series="partner",
                title=f"Share of {_name(focal)}'s {flow} by partner",
                x_title="Year",
                y_title=f"Share of {_name(focal)}'s {flow} (%)",
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
        f"Partner concentration of {_name(focal)}'s trade (Herfindahl-Hirschman index, 0-1)",
        h,
        formats={"year": "year", "hhi": "ratio", "partners": "count"},
        labels={"year": "Year", "flow": "Flow", "hhi": "HHI (0-1)", "partners": "Partners (n)"},
        source=list(sources),
    )
    shares = Table(
        f"Shares of the named partners in {_name(focal)}'s trade",
        wide,
        formats={c: "pct" for c in wide.columns if c != "partner"},
        labels={"partner": "Partner"},
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
            _chart(
                wh,
                f"prod{chapters[0]}",
                label,
                [src],
                charts.lines,
                frame=total.assign(value=total["value"] / 1e9),
                x="year",
                y="value",
                series="series",
                title=f"{_name(focal)}'s exports of {label} to the world",
                subtitle=f"“{word}” in the article, mapped to HS chapters {_chapters(chapters)}",
                x_title="Year",
                y_title="Exports (US dollars, billions)",
                legend="Products",
            )
        )
        latest = f[f["year"] == f["year"].max()].sort_values("value", ascending=False).head(8)
        frames.append(
            Table(
                f"{_name(focal)}'s largest {label} chapters, {int(f['year'].max())}",
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
