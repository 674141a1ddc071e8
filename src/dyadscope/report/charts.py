"""All charts of dyadscope (Altair / Vega-Lite, drawn offline) and their file output.

Charts explain themselves: every axis has a title with its unit, every legend a title;
lines use strong colours and bands pale ones; a partial year is drawn hollow and labelled
with its n; a missing year stays a gap (the data carry an empty row, never an
interpolated one); marks name the breaks a reader asks about (a designation year, a year
of unusual votes). At most :data:`MAX_SERIES` series per chart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.errors import ConfigError

if TYPE_CHECKING:
    import altair as alt

    from dyadscope.report.model import Chart
    from dyadscope.warehouse import Warehouse
else:

    class _Altair:
        """Altair, imported on first use (~0.3 s): a brief whose charts are all kept
        (:func:`kept_spec`) never imports it."""

        def __getattr__(self, name: str) -> Any:
            import altair

            return getattr(altair, name)

    alt = _Altair()

log = logging.getLogger(__name__)

FORMATS = (".html", ".png", ".svg", ".json")
MAX_SERIES = 6
STRONG = ["#1f4e9c", "#c0392b", "#1e8449", "#7d3c98", "#d35400", "#17202a"]
PALE = "#c9d6ea"
HEIGHT = 330
WIDTH = 680  # the whole chart, axes and legend included (autosize fit): fits an 800 px page


@dataclass(frozen=True)
class Mark:
    """A vertical rule at ``year`` with a short label (e.g. "MNNA designation, 2024")."""

    year: int
    label: str
    about: str | None = None  # the series (partner) it explains; None: every chart of the section


CHART_KIND = "chart"  # the kind of a kept spec in the warehouse's results


def kept_spec(wh: Warehouse | None, build: Callable[..., Any], /, **kwargs: Any) -> dict[str, Any]:
    """``build(**kwargs).to_dict()``, the chart's Vega-Lite spec, kept in the warehouse's
    results (``.results/chart-*.json``) under a SHA-256 of the builder's name, every
    argument (a frame by its columns, dtypes, index and values) and the code version
    (:func:`~dyadscope.warehouse.results.code_version`: this package's source and the
    libraries'). The same data and code read the spec back without building the chart;
    anything else builds it. Nothing is kept for a read-only warehouse (or ``wh=None``),
    inside :func:`~dyadscope.warehouse.results.bypassed`, or for arguments with no exact
    fingerprint."""
    from dyadscope.warehouse import results

    name = None
    if wh is not None and not wh.read_only and results.active():
        try:
            prints = {k: results.fingerprint(v) for k, v in sorted(kwargs.items())}
        except TypeError as exc:
            log.debug("chart %s not kept: %s", build.__name__, exc)
        else:
            name = results.name_of(
                CHART_KIND, f"{build.__module__}.{build.__qualname__}", prints, results.code_version()
            )
            kept = results.get_json(wh.path / results.FOLDER, name)
            results.count(CHART_KIND, kept is not None)
            if isinstance(kept, dict):
                return kept
    spec: dict[str, Any] = build(**kwargs).to_dict()
    if name is not None and wh is not None:
        results.put_json(wh.path / results.FOLDER, name, spec)
    return spec


def kept_chart(
    wh: Warehouse | None, key: str, title: str, sources: Sequence[str], build: Callable[..., Any], /, **kwargs: Any
) -> Chart:
    """A brief's :class:`~dyadscope.report.model.Chart` ``key``: the spec ``build(**kwargs)``
    draws (:func:`kept_spec`), its title and sources."""
    from dyadscope.report.model import Chart

    return Chart(key, title, kept_spec(wh, build, **kwargs), list(sources))


def axis_title(text: str, limit: int = 30) -> str | list[str]:
    """An axis title on one line, or on two where it would outgrow the plot's height
    (a vertical title longer than the plot pushes the chart's own title out of view):
    split before its unit in brackets, else at the space nearest the middle."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" (")
    if cut <= 0:
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if not spaces:
            return text
        cut = min(spaces, key=lambda i: abs(i - len(text) // 2))
    return [text[:cut].strip(), text[cut:].strip()]


def _layout(chart: Any, title: str, subtitle: str | Sequence[str] = ()) -> Any:
    sub = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    return (
        chart.properties(
            width=WIDTH,
            height=HEIGHT,
            title=alt.TitleParams(title, subtitle=sub, anchor="start", subtitleColor="#555"),
        )
        .configure_legend(orient="bottom", direction="horizontal", titleFontSize=12, labelFontSize=12, labelLimit=260)
        .configure_axis(titleFontSize=12, labelFontSize=11)
        .configure_view(stroke=None)
        .properties(autosize=alt.AutoSizeParams(type="fit", contains="padding"))
    )


def _marks(marks: Sequence[Mark], x: str) -> list[Any]:
    """Dotted rules with their labels, one label per row from the top, each over a white
    halo so that it stays legible where it crosses a line."""
    if not marks:
        return []
    data = pd.DataFrame([{x: m.year, "label": m.label} for m in marks])
    rule = alt.Chart(data).mark_rule(color="#555", strokeDash=[2, 2]).encode(x=alt.X(f"{x}:Q"))
    texts = []
    for i in range(len(data)):
        for halo in (True, False):
            style: dict[str, Any] = {"stroke": "white", "strokeWidth": 4, "strokeOpacity": 0.9} if halo else {}
            texts.append(
                alt.Chart(data.iloc[[i]])
                .mark_text(align="right", dx=-3, fontSize=11, color="#333", baseline="top", **style)
                .encode(x=alt.X(f"{x}:Q"), y=alt.value(2 + 14 * i), text="label:N")
            )
    return [rule, *texts]


def with_gaps(frame: pd.DataFrame, x: str, series: str, value: str) -> pd.DataFrame:
    """One row per series and year between the first and last, missing values empty:
    a line breaks at a missing year instead of joining its neighbours."""
    if frame.empty:
        return frame
    years = range(int(frame[x].min()), int(frame[x].max()) + 1)
    full = pd.MultiIndex.from_product([frame[series].unique(), years], names=[series, x]).to_frame(index=False)
    return full.merge(frame, on=[series, x], how="left")


def lines(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    series: str,
    title: str,
    x_title: str,
    y_title: str,
    legend: str,
    y_format: str = "",
    subtitle: str | Sequence[str] = (),
    marks: Sequence[Mark] = (),
    y_domain: tuple[float, float] | None = None,
    n: str | None = None,
    partial: str | None = None,
    gaps: bool = True,
) -> Any:
    """Lines over years, one per series (strong colours), partial points hollow with their n.
    ``gaps``: a missing year breaks the line (False for series sampled every few years)."""
    names = list(dict.fromkeys(frame[series]))[:MAX_SERIES]
    data = frame[frame[series].isin(names)]
    data = with_gaps(data, x, series, y) if gaps else data
    colour = alt.Color(
        f"{series}:N", title=legend, scale=alt.Scale(domain=names, range=STRONG[: len(names)]), sort=names
    )
    yscale = alt.Scale(domain=list(y_domain)) if y_domain else alt.Scale(zero=False)
    yenc = alt.Y(
        f"{y}:Q", title=axis_title(y_title), scale=yscale, axis=alt.Axis(format=y_format) if y_format else alt.Axis()
    )
    xenc = alt.X(f"{x}:Q", title=x_title, axis=alt.Axis(format="d"), scale=alt.Scale(zero=False))
    tips = [alt.Tooltip(f"{x}:Q", format="d"), f"{series}:N", alt.Tooltip(f"{y}:Q", format=y_format or ".2f")]
    if n:
        tips.append(alt.Tooltip(f"{n}:Q", title="n"))
    base = alt.Chart(data).encode(x=xenc, y=yenc, color=colour)
    layers: list[Any] = [base.mark_line(strokeWidth=2.5)]
    if partial and partial in data.columns:
        full = data[data[partial] != True]  # noqa: E712 (NaN rows stay out of both)
        part = data[data[partial] == True]  # noqa: E712
        layers.append(
            alt.Chart(full).mark_point(filled=True, size=30).encode(x=xenc, y=yenc, color=colour, tooltip=tips)
        )
        if not part.empty:
            layers.append(
                alt.Chart(part)
                .mark_point(filled=False, size=80, strokeWidth=2)
                .encode(x=xenc, y=yenc, color=colour, tooltip=tips)
            )
            if n:
                label = part.groupby(x, as_index=False).agg({n: "max", y: "min"})
                label = label.assign(nlabel="n = " + label[n].astype("Int64").astype(str))
                layers.append(
                    alt.Chart(label)
                    .mark_text(dy=6, fontSize=10, color="#333", baseline="top")
                    .encode(x=alt.X(f"{x}:Q"), y=alt.Y(f"{y}:Q"), text="nlabel:N")
                )
    else:
        layers.append(base.mark_point(filled=True, size=30).encode(tooltip=tips))
    layers += _marks(marks, x)
    return _layout(alt.layer(*layers), title, subtitle)


def group_band(
    frame: pd.DataFrame,
    *,
    country: str,
    group: str,
    title: str,
    y_title: str,
    subtitle: str | Sequence[str] = (),
    marks: Sequence[Mark] = (),
    partial: str | None = None,
    n: str = "n",
) -> Any:
    """A country's line over its group's range (pale band) and median (dashed), with a
    legend that names all three. ``frame``: year, value, group_median, group_min, group_max;
    ``partial``: a boolean column, those years drawn hollow and labelled with their ``n``."""
    labels = [country, f"{group} median", f"{group} range"]
    scale = alt.Scale(domain=labels, range=[STRONG[0], "#555555", PALE])
    colour = alt.Color("series:N", title=f"{country} and the {group}", scale=scale, sort=labels)
    x = alt.X("year:Q", title="Year", axis=alt.Axis(format="d"), scale=alt.Scale(zero=False))
    yaxis = alt.Axis(format=".0%")
    band = (
        alt.Chart(frame.assign(series=labels[2]))
        .mark_area(opacity=0.6)
        .encode(x=x, y=alt.Y("group_min:Q", title=axis_title(y_title), axis=yaxis), y2="group_max:Q", color=colour)
    )
    median = (
        alt.Chart(frame.assign(series=labels[1]))
        .mark_line(strokeDash=[5, 3], strokeWidth=1.5)
        .encode(x=x, y="group_median:Q", color=colour)
    )
    line = (
        alt.Chart(frame.assign(series=labels[0]))
        .mark_line(point=True, strokeWidth=2.5)
        .encode(
            x=x,
            y=alt.Y("value:Q", axis=yaxis),
            color=colour,
            tooltip=[
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip("value:Q", format=".1%", title=country),
                alt.Tooltip("group_median:Q", format=".1%", title="median"),
                alt.Tooltip("rank_text:N", title="rank"),
            ],
        )
    )
    extra: list[Any] = []
    if partial and partial in frame.columns and frame[partial].any():
        part = frame[frame[partial].astype(bool)].assign(series=labels[0])
        part = part.assign(nlabel="n = " + part[n].astype("Int64").astype(str))
        extra.append(
            alt.Chart(part)
            .mark_point(filled=True, fill="white", size=80, strokeWidth=2)
            .encode(x=x, y=alt.Y("value:Q", axis=yaxis), color=colour)
        )
        extra.append(
            alt.Chart(part)
            .mark_text(dy=8, fontSize=10, color="#333", baseline="top")
            .encode(x=x, y=alt.Y("value:Q", axis=yaxis), text="nlabel:N")
        )
    return _layout(alt.layer(band, median, line, *extra, *_marks(marks, "year")), title, subtitle)


def trade_flows(frame: pd.DataFrame, *, title: str, subtitle: str | Sequence[str] = ()) -> Any:
    """Exports and imports (bars side by side) and the balance (line), USD by year.
    ``frame``: year, exports, imports, balance (US dollars). Every year from the first to
    the last has its slot: a year without figures is an empty slot and a break in the
    balance line, not a join of its neighbours."""
    years = list(range(int(frame["year"].min()), int(frame["year"].max()) + 1)) if not frame.empty else []
    frame = pd.DataFrame({"year": years}).merge(frame, on="year", how="left")
    long = frame.melt(id_vars=["year"], value_vars=["exports", "imports"], var_name="flow", value_name="usd")
    long["usd_bn"] = long["usd"] / 1e9
    labels = ["exports", "imports", "balance"]
    colour = alt.Color(
        "flow:N", title="Flow", scale=alt.Scale(domain=labels, range=[STRONG[2], STRONG[1], STRONG[5]]), sort=labels
    )
    x = alt.X("year:O", title="Year", scale=alt.Scale(domain=years))
    bars = (
        alt.Chart(long.dropna(subset=["usd"]))
        .mark_bar(opacity=0.8)
        .encode(
            x=x,
            xOffset=alt.XOffset("flow:N", sort=labels),
            y=alt.Y("usd_bn:Q", title=axis_title("US dollars (billions)")),
            color=colour,
            tooltip=["year:O", "flow:N", alt.Tooltip("usd_bn:Q", format=",.2f", title="USD bn")],
        )
    )
    bal = frame.assign(flow="balance", usd_bn=frame["balance"] / 1e9)
    line = alt.Chart(bal).mark_line(point=True, strokeWidth=2).encode(x=x, y="usd_bn:Q", color=colour)
    return _layout(alt.layer(bars, line), title, subtitle)


def events_chart(frame: pd.DataFrame, *, title: str = "Events by month") -> Any:
    """Monthly events stacked by quad class."""
    labels = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
    data = frame.assign(kind=frame["quad_class"].map(labels))
    order = list(labels.values())
    return _layout(
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title="Month"),
            y=alt.Y("sum(events):Q", title="Events (count)"),
            color=alt.Color("kind:N", title="Quad class", scale=alt.Scale(domain=order, range=STRONG[:4]), sort=order),
            tooltip=["month", "dyad", "kind", "events", "goldstein_sum"],
        ),
        title,
    )


def save(chart: Any, path: str | Path) -> Path:
    """Write a chart as .html (self-contained, works offline), .png, .svg or .json."""
    import vl_convert as vlc

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"chart file must end in one of {', '.join(FORMATS)}, got {target.name!r}")
    spec = chart if isinstance(chart, dict) else chart.to_dict()
    if suffix in (".png", ".svg") and spec.get("width") == "container":
        spec = {**spec, "width": 640}
    try:
        if suffix == ".html":
            target.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")
        elif suffix == ".png":
            target.write_bytes(vlc.vegalite_to_png(spec, scale=2))
        elif suffix == ".svg":
            target.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
        else:
            import json

            target.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write chart to {target}: {exc.strerror}") from exc
    return target


def alignment_chart(tidy: pd.DataFrame, period: str, title: str) -> Any:
    """Alignment lines from an alignment result's ``tidy()`` frame (one per partner)."""
    from dyadscope.countries import name

    data = tidy.rename(columns={period: "year"}).copy()
    data["series"] = data["partner"].map(name)
    if data["measure"].nunique() > 1:
        data["series"] = data["series"] + " · " + data["measure"]
    measure = ", ".join(sorted(data["measure"].unique()))
    share = set(data["measure"]) <= {"agreement", "coincidence"}
    return lines(
        data,
        x="year",
        y="value",
        series="series",
        title=title,
        x_title="Year" if period == "year" else "Session",
        y_title=f"Voting {measure} (share of votes)" if share else measure,
        legend="Partner",
        y_format=".0%" if share else "",
        n="n",
    )


def group_chart(frame: pd.DataFrame, period: str, title: str) -> Any:
    """A group placement frame (``value``, ``group_median/min/max``, ``rank``) as a band chart."""
    from dyadscope.countries import name

    data = frame.rename(columns={period: "year"}).copy()
    data["rank_text"] = [
        "" if pd.isna(r) else f"{int(r)} of {int(s) + 1}" for r, s in zip(data["rank"], data["group_size"], strict=True)
    ]
    return group_band(
        data,
        country=name(str(data["country"].iloc[0])),
        group=str(data["group"].iloc[0]).upper() if "group" in data else "group",
        title=title,
        y_title="Voting coincidence (share of votes)",
    )


def ideal_point_chart(frame: pd.DataFrame, title: str) -> Any:
    """Ideal points (strong lines) with their 95% intervals (pale bands), one per country."""
    from dyadscope.countries import name

    data = frame.assign(series=frame["country"].map(name))
    names = list(dict.fromkeys(data["series"]))[:MAX_SERIES]
    data = data[data["series"].isin(names)]
    colour = alt.Color("series:N", title="Country", scale=alt.Scale(domain=names, range=STRONG[: len(names)]))
    x = alt.X("year:Q", axis=alt.Axis(format="d"), title="Year (session opening)")
    base = alt.Chart(data).encode(x=x, color=colour)
    band = base.mark_area(opacity=0.12).encode(
        y=alt.Y("lower:Q", title=axis_title("Ideal point (US side positive; 95% interval shaded)")), y2="upper:Q"
    )
    line = base.mark_line(strokeWidth=2.5).encode(
        y="ideal_point:Q", tooltip=["year", "series", alt.Tooltip("ideal_point:Q", format=".2f"), "n"]
    )
    return _layout(alt.layer(band, line), title)


def trade_chart(frame: pd.DataFrame) -> Any:
    """A bilateral trade frame (``exports_usd``, ``imports_usd``, ``balance_usd``) as flows and balance."""
    data = frame.rename(columns={"exports_usd": "exports", "imports_usd": "imports", "balance_usd": "balance"})
    title = f"{frame['reporter'].iloc[0]} trade with {frame['partner'].iloc[0]}"
    return trade_flows(data[["year", "exports", "imports", "balance"]], title=title)
