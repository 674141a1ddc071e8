"""Altair charts and their offline output (HTML with the Vega bundle inlined, PNG, SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from dyadscope.countries import name
from dyadscope.errors import ConfigError

FORMATS = (".html", ".png", ".svg", ".json")


def alignment_chart(tidy: pd.DataFrame, period: str, title: str) -> alt.LayerChart:
    """Lines of one measure over time, one per partner (and measure when several)."""
    data = tidy.copy()
    data["series"] = data["partner"].map(name)
    if data["measure"].nunique() > 1:
        data["series"] = data["series"] + " · " + data["measure"]
    base = alt.Chart(data, title=title).encode(
        x=alt.X(f"{period}:Q", title=period.capitalize(), axis=alt.Axis(format="d")),
        y=alt.Y("value:Q", title=", ".join(sorted(data["measure"].unique()))),
        color=alt.Color("series:N", title="Partner"),
    )
    line = base.mark_line()
    points = base.mark_point(filled=True).encode(
        size=alt.Size("n:Q", title="Votes (n)", scale=alt.Scale(range=[10, 120])),
        tooltip=[period, "country", "partner", "measure", alt.Tooltip("value:Q", format=".3f"), "n"],
    )
    return (line + points).properties(width=640, height=320)


def group_chart(frame: pd.DataFrame, period: str, title: str) -> alt.LayerChart:
    """The country's line over the group's range (band) and median (dashed)."""
    base = alt.Chart(frame, title=title).encode(
        x=alt.X(f"{period}:Q", title=period.capitalize(), axis=alt.Axis(format="d"))
    )
    band = base.mark_area(opacity=0.2).encode(y="group_min:Q", y2="group_max:Q")
    median = base.mark_line(strokeDash=[4, 3], color="gray").encode(y=alt.Y("group_median:Q", title="value"))
    line = base.mark_line(point=True).encode(
        y="value:Q",
        tooltip=[period, "country", "partner", "value", "group_median", "rank", "group_size", "n"],
    )
    return (band + median + line).properties(width=640, height=320)


def ideal_point_chart(frame: pd.DataFrame, title: str) -> alt.LayerChart:
    """Ideal points with 95% intervals, one line per country."""
    base = alt.Chart(frame, title=title).encode(
        x=alt.X("year:Q", axis=alt.Axis(format="d"), title="Year (session opening)"),
        color=alt.Color("country:N"),
    )
    band = base.mark_area(opacity=0.15).encode(y="lower:Q", y2="upper:Q")
    line = base.mark_line().encode(
        y=alt.Y("ideal_point:Q", title="Ideal point (US side positive)"),
        tooltip=[
            "year",
            "country",
            alt.Tooltip("ideal_point:Q", format=".2f"),
            "lower",
            "upper",
            "n",
        ],
    )
    return (band + line).properties(width=640, height=320)


def save(chart: Any, path: str | Path) -> Path:
    """Write a chart as .html (self-contained, works offline), .png, .svg or .json."""
    import vl_convert as vlc

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"chart file must end in one of {', '.join(FORMATS)}, got {target.name!r}")
    spec = chart.to_dict()
    try:
        if suffix == ".html":
            target.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")
        elif suffix == ".png":
            target.write_bytes(vlc.vegalite_to_png(spec, scale=2))
        elif suffix == ".svg":
            target.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
        else:
            target.write_text(chart.to_json(), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write chart to {target}: {exc.strerror}") from exc
    return target


def events_chart(frame: pd.DataFrame) -> alt.Chart:
    """Monthly events stacked by quad class, one panel per direction."""
    labels = {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
    data = frame.assign(kind=frame["quad_class"].map(labels))
    return (
        alt.Chart(data, title="Events by month")
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title="Month"),
            y=alt.Y("sum(events):Q", title="Events"),
            color=alt.Color("kind:N", title="Quad class"),
            row=alt.Row("dyad:N", title=None),
            tooltip=["month", "dyad", "kind", "events", "goldstein_sum"],
        )
        .properties(width=640, height=160)
    )


def trade_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Exports and imports (bars) and the balance (line), USD, by year."""
    long = frame.melt(id_vars=["year"], value_vars=["exports_usd", "imports_usd"], var_name="flow", value_name="usd")
    bars = (
        alt.Chart(long)
        .mark_bar(opacity=0.7)
        .encode(x=alt.X("year:O", title="Year"), xOffset="flow:N", y=alt.Y("usd:Q", title="US dollars"), color="flow:N")
    )
    line = alt.Chart(frame).mark_line(point=True, color="black").encode(x="year:O", y="balance_usd:Q")
    title = f"{frame['reporter'].iloc[0]} trade with {frame['partner'].iloc[0]}"
    return (bars + line).properties(width=640, height=320, title=title)
