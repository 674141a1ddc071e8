"""The brief's human-rights section: Political Terror Scale scores by the source they were
coded from (:func:`rights`)."""

from __future__ import annotations

from dyadscope.countries import name as _name
from dyadscope.report import _data, charts
from dyadscope.report.model import Section, Table
from dyadscope.warehouse import Warehouse


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
    pts = charts.kept_chart(wh, "pts", "pts", sources, charts.lines, **chart)
    return Section(title, [table], [pts], sources, notes, "rights", why)
