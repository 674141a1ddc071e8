"""Briefs: one self-contained page (HTML, or PDF printed from the same HTML) with the
article and its extracted facts, claim verdicts with evidence, alignment and trade charts,
the events timeline, the human-rights record and the sources.

Charts are Vega-Lite specs drawn in the page by the Vega bundle from vl-convert (inlined,
no CDN); every chart has a table with its numbers, so the page reads without JavaScript.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from dyadscope import countries as registry
from dyadscope.errors import ConfigError, DyadscopeError
from dyadscope.report import charts
from dyadscope.report.article_html import _segments

log = logging.getLogger(__name__)
_ENV = Environment(loader=PackageLoader("dyadscope", "report/templates"), autoescape=select_autoescape(["html"]))


def cell(value: Any) -> str:
    """A table cell as text: blanks for missing values, thousands separators for large numbers."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value) if abs(value) < 10000 else f"{value:,}"  # years print plain
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if hasattr(value, "item") and not isinstance(value, str):
        try:
            return cell(value.item())
        except (ValueError, TypeError):
            pass
    return str(value)


_ENV.filters["cell"] = cell


@lru_cache(maxsize=1)
def _vega_bundle() -> str:
    """The Vega/Vega-Lite/Vega-Embed bundle, built once by vl-convert and kept on disk."""
    import vl_convert as vlc

    from dyadscope.sources.http import cache_dir

    path = cache_dir() / f"vega-bundle-{vlc.get_vega_version()}-{vlc.get_vega_embed_version()}.js"
    if path.exists():
        return path.read_text("utf-8")
    bundle = str(vlc.javascript_bundle("window.vegaEmbed = vegaEmbed; window.vegaLite = vegaLite; window.vega = vega;"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(bundle, "utf-8")
        tmp.replace(path)
    except OSError as exc:  # a read-only home still gets its brief
        log.info("cannot cache the Vega bundle at %s: %s", path, exc)
    return bundle


@dataclass
class Section:
    title: str
    note: str = ""
    charts: list[dict[str, Any]] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)


@dataclass
class Brief:
    """Everything a brief shows, with the time each part took."""

    title: str
    summary: list[str]
    article: dict[str, Any] | None
    checks: list[dict[str, Any]]
    sections: list[Section]
    sources: list[str]
    timings: dict[str, float] = field(default_factory=dict)

    def html(self) -> str:
        t0 = time.perf_counter()
        segments = _segments(self.article) if self.article else []
        page = _ENV.get_template("brief.html").render(
            brief=self,
            segments=segments,
            bundle=Markup(_vega_bundle().replace("</script", "<\\/script")),
            today=date.today().isoformat(),
        )
        self.timings["render html"] = time.perf_counter() - t0
        return page

    def save(self, path: str | Path) -> Path:
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".html", ".pdf"):
            raise ConfigError(f"a brief is written as .html or .pdf, not {target.name!r}")
        if not target.parent.exists() or not _writable(target.parent):
            raise ConfigError(f"cannot write {target}: the folder {target.parent} does not exist or is not writable")
        page = self.html()
        if suffix == ".html":
            target.write_text(page, encoding="utf-8")
            return target
        t0 = time.perf_counter()
        print_pdf(page, target)
        self.timings["print pdf"] = time.perf_counter() - t0
        return target


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)


def chromium() -> str:
    """The headless browser used to print PDFs (Debian's ``chromium`` package)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise ConfigError("printing a PDF needs Chromium: apt-get install chromium (or write .html)")


def print_pdf(page: str, target: Path) -> None:
    exe = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "brief.html"
        src.write_text(page, encoding="utf-8")
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp}/profile",
            "--virtual-time-budget=8000",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target.resolve()}",
            src.as_uri(),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if proc.returncode != 0 or not target.exists():
            raise DyadscopeError(f"Chromium could not print the PDF: {proc.stderr[-400:]}")


def chart_block(chart: Any, key: str) -> dict[str, Any]:
    """A chart for the page: its Vega-Lite spec, escaped for a script tag (the inlined
    Vega bundle draws it; the tables beside each chart carry the same numbers)."""
    spec = chart.to_dict()
    text = json.dumps(spec).replace("</", "<\\/").replace("<!--", "<\\!--")
    return {"id": key, "spec": Markup(text)}


def _name(iso: str) -> str:
    return f"{registry.name(iso)} ({iso})"


def alignment_section(focal: str, partners: list[str], since: int, warehouse: Any) -> tuple[Section, list[str]]:
    from dyadscope import api

    sec = Section("UN General Assembly alignment")
    res = api.alignment(focal, partners, measure="coincidence", since=since, warehouse=warehouse)
    if res.empty:
        sec.note = res.note
        return sec, []
    tidy = res.tidy()
    sec.charts.append(
        chart_block(charts.alignment_chart(tidy, "year", f"{registry.name(focal)}: voting coincidence"), "align")
    )
    wide = tidy.pivot_table(index="year", columns="partner", values="value").round(3).reset_index()
    sec.tables.append(("Coincidence by year (share of votes; one abstaining counts half)", wide))
    if "USA" in partners:
        grp = api.alignment(focal, "USA", measure="coincidence", group="mnna", since=since, warehouse=warehouse).group
        if grp is not None and not grp.empty:
            g = grp.rename(columns={"period": "year"})
            sec.charts.append(
                chart_block(
                    charts.group_chart(
                        g, "year", f"{registry.name(focal)} vs the US, within the Major Non-NATO Allies"
                    ),
                    "mnna",
                )
            )
    ideal = api.ideal_points([focal, *partners], since=since, warehouse=warehouse)
    ip = ideal.tidy()
    if not ip.empty:
        sec.charts.append(chart_block(charts.ideal_point_chart(ip, "Ideal points (US side positive)"), "ideal"))
        origin = str(ideal.fit.get("origin", "estimated in this warehouse"))
        sec.note = f"Ideal points: dynamic ordered-probit model, {origin}."
    return sec, list(res.sources.values())


def trade_section(focal: str, partners: list[str], when: date | None) -> tuple[Section, list[str]]:
    from dyadscope import api

    sec = Section("Trade")
    sources: list[str] = []
    for partner in partners:
        try:
            t = api.trade(focal, partner)
        except DyadscopeError:
            t = None
        if t is not None and not t.empty:
            sec.charts.append(chart_block(charts.trade_chart(t), f"trade{partner}"))
            sec.tables.append((f"{_name(focal)} trade with {_name(partner)} (BACI)", t.drop(columns=["rate_source"])))
            sources.append(str(t["source"].iloc[0]))
            continue
        try:
            rep = api.reported_trade(focal, partner)
        except DyadscopeError:
            with contextlib.suppress(DyadscopeError):
                flows = api.sector_trade(focal, partner)
                keys = ["year", "exporter", "importer", "currency", "prices", "source"]
                yearly = pd.DataFrame(flows.groupby(keys)["value"].sum().reset_index())
                sec.tables.append(
                    (f"Bundled sector flows, {_name(focal)} and {_name(partner)} (totals by year)", yearly)
                )
                chart = (
                    alt.Chart(yearly, title=f"{focal}-{partner} flows by year ({yearly['currency'].iloc[0]})")
                    .mark_line(point=True)
                    .encode(
                        x="year:O",
                        y=alt.Y("value:Q", title=str(yearly["currency"].iloc[0])),
                        color=alt.Color("exporter:N", title="Exporter"),
                    )
                    .properties(width=640, height=240)
                )
                sec.charts.append(chart_block(chart, f"sec{partner}"))
                sources.append(str(yearly["source"].iloc[0]))
            continue
        rep = rep[rep["flow"].isin(["imports", "exports", "total"])]
        if when is not None:
            rep = rep[rep["start"] <= when]
        view = rep[["reporter", "partner", "flow", "period", "value", "currency", "value_usd", "basis", "source_page"]]
        sec.tables.append((f"Published figures, {_name(focal)} and {_name(partner)} (reported, not BACI)", view))
        annual = rep[rep["period"].str.fullmatch(r"\d{4}")].drop(columns=["start", "end"])
        annual = annual.assign(year=annual["period"].astype(int))
        if not annual.empty:
            annual = annual.assign(
                series=annual["reporter"] + " " + annual["flow"] + " (" + annual["basis"].str.slice(0, 24) + ")"
            )
            chart = (
                alt.Chart(annual, title=f"Reported trade, {focal} and {partner} (USD)")
                .mark_line(point=True)
                .encode(
                    x=alt.X("year:O"),
                    y=alt.Y("value_usd:Q", title="US dollars"),
                    color=alt.Color("series:N", title=None),
                    tooltip=["period", "reporter", "flow", "value", "currency", "value_usd", "basis"],
                )
                .properties(width=640, height=280)
            )
            sec.charts.append(chart_block(chart, f"rep{partner}"))
        sources += sorted(set(rep["basis"] + " — " + rep["source_page"]))
        with contextlib.suppress(DyadscopeError):  # no period with both sides published
            sec.tables.append(
                ("Mirror: the reporter's imports beside the partner's exports", api.mirror(focal, partner))
            )
    if not sec.tables:
        sec.note = "No trade data for these countries: load BACI (dyadscope fetch baci; dyadscope load baci)."
    return sec, sources


def rights_section(focal: str, warehouse: Any) -> tuple[Section, list[str]]:
    from dyadscope import api

    sec = Section("Human-rights record (Political Terror Scale)")
    wh = api.open_warehouse(warehouse)
    frame = wh.query(
        "SELECT year, amnesty, hrw, state_dept FROM rights.pts WHERE iso3 = ? AND year >= 2000 ORDER BY year",
        [focal],
        "rights",
    )
    if frame.empty:
        sec.note = f"No Political Terror Scale scores for {focal}."
        return sec, []
    long = frame.melt(id_vars="year", var_name="coded from", value_name="score").dropna()
    long["coded from"] = long["coded from"].map(
        {"amnesty": "Amnesty International", "hrw": "Human Rights Watch", "state_dept": "US State Department"}
    )
    chart = (
        alt.Chart(long, title=f"{registry.name(focal)}: physical integrity, 1 (best) to 5 (worst)")
        .mark_line(point=True)
        .encode(x="year:O", y=alt.Y("score:Q", scale=alt.Scale(domain=[1, 5])), color="coded from:N")
        .properties(width=640, height=240)
    )
    sec.charts.append(chart_block(chart, "pts"))
    sec.tables.append(("Scores by year", frame.tail(10)))
    return sec, ["Political Terror Scale 1976-2023 (Gibney et al., PTS project, UNC Asheville)"]


def events_section(
    article: dict[str, Any] | None, focal: str, partners: list[str], warehouse: Any
) -> tuple[Section, list[str]]:
    from dyadscope import api

    sec = Section("Events")
    shown = [e for e in (article or {}).get("events", []) if e.get("displayed", True)]  # above the threshold
    if shown:
        ev = pd.DataFrame(shown)[["source", "target", "plover", "cameo", "cameo_name", "goldstein", "sentence"]]
        sec.tables.append(("Events coded in the article (CAMEO, Goldstein, PLOVER)", ev))
    for partner in partners:
        frame = api.events(focal, partner, warehouse=warehouse, directed=False)
        if not frame.empty:
            sec.charts.append(
                chart_block(
                    charts.events_chart(frame.assign(urls=frame["urls"].map(lambda u: " ".join(x for x in u if x)))),
                    f"ev{partner}",
                )
            )
    if not sec.tables and not sec.charts:
        sec.note = "No events stored for these countries (dyadscope ingest, read --save, data load-gdelt)."
    return sec, ["CAMEO codes and Goldstein scale (GDELT lookups); PLOVER (Open Event Data Alliance)"]
