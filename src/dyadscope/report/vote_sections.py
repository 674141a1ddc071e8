"""Brief sections on UN General Assembly votes: the focal country's coincidence with its
partners by year (:func:`alignment`), its place among the Major Non-NATO Allies
(:func:`group_placement`) and the resolutions on the article's topics with each named
country's vote (:func:`roll_calls`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from dyadscope.countries import name as _name
from dyadscope.report import _data, charts
from dyadscope.report import format as fmt
from dyadscope.report.model import Section, Table
from dyadscope.warehouse import Warehouse

DROP = 0.25  # a fall in coincidence this large from one year to the next gets a note


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
        chs.append(charts.kept_chart(wh, key, label, sources, charts.lines, **_alignment_chart(focal, sel, label, own)))
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
    mnna = charts.kept_chart(wh, "mnna", "mnna", sources, charts.group_band, **chart)
    return Section(title, [table], [mnna], sources, notes, "mnna", why)


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
        every = "all" if consensus == len(frame) else str(consensus) if consensus else "none"
        frames.append(
            Table(
                f"Resolutions on {label}, {since}-{until}: {len(frame)} in all, {every} adopted without a vote"
                + (" (no country's vote recorded)" if not countries_shown else "")
                + (" (latest 12)" if len(frame) > 12 else ""),
                view,
                formats={"date": "date"},
                labels={"date": "Date", "symbol": "Resolution", "title": "Title", "adoption": "Adoption"},
                source=list(sources),
            )
        )
    notes.append(
        "“without a vote”: adopted by consensus; no country's vote is recorded"
        f" ({CONSENSUS} in a country's column, where the country was a member that session; empty: not a member)."
    )
    return Section(title, frames, [], sources, notes, "votes", why)
