"""The data behind a dashboard page, built once per query and shared by the page and its downloads.

A :class:`View` is what a page shows: its sections (the brief's builders in
:mod:`dyadscope.report.sections`, so the pair page and the dyad brief draw the same tables and
charts), each table under a key (``alignment-1``) and each chart under its key (``align``).
The page links ``<path>/table/<key>.csv`` and ``<path>/chart/<key>.svg|png`` with its own
query string, and those endpoints answer from the same (cached) view: a download is exactly
the frame or the Vega-Lite spec the page shows.

CSV: the table's rows and columns as the page shows them (the page's column headings), with
the raw values instead of the formatted text (``0.329`` for ``32.9%``, US dollars for
``USD 3.4 bn``), plus provenance columns: ``Currency`` for money columns, ``Source`` (the
table's one source or each row's), ``Table`` (the caption) and ``View`` (the permalink).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import pandas as pd

from dyadscope import countries as registry
from dyadscope.report import format as fmt
from dyadscope.report.model import Chart, GlanceRow, Section, Table, as_list
from dyadscope.warehouse import Warehouse

MAX_VS = 5  # countries compared beside the pair's second: a chart draws at most 6 lines (charts.MAX_SERIES)
FIRST_YEAR = 1946
LAST_YEAR = 2100
KEY = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
ChartFormat = Literal["svg", "png"]


def safe_name(text: str) -> str:
    """A file name made of letters, digits, ``.``, ``_`` and ``-`` only (for ``Content-Disposition``)."""
    out = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")
    return out[:120] or "download"


@dataclass(frozen=True)
class Period:
    """The years a page shows: ``since``-``until`` (``until`` None: up to the latest data)."""

    since: int
    until: int | None

    def query(self) -> str:
        return f"since={self.since}" + (f"&until={self.until}" if self.until is not None else "")

    def pinned(self) -> Period:
        """The same view with ``until`` fixed (this year when open): a permalink that keeps its years."""
        return self if self.until is not None else Period(self.since, date.today().year)

    def last_full_year(self) -> int:
        """The year the key figures call "now": ``until``, but never the running (partial) year,
        so the open view and its pinned permalink show the same figures."""
        this = date.today().year - 1
        return min(self.until, this) if self.until is not None else this

    def words(self) -> str:
        return f"{self.since}-{self.until}" if self.until is not None else f"since {self.since}"

    def stem(self) -> str:
        return f"{self.since}-{self.until}" if self.until is not None else f"{self.since}-latest"


@dataclass(frozen=True)
class PairQuery:
    """Everything a pair page shows is decided by these (and all of it is in its address)."""

    a: str
    b: str
    vs: tuple[str, ...]
    period: Period

    @property
    def partners(self) -> list[str]:
        return [self.b, *self.vs]

    @property
    def path(self) -> str:
        return f"/pair/{self.a}/{self.b}"

    def query(self, period: Period | None = None) -> str:
        return f"vs={','.join(self.vs)}&" + (period or self.period).query()

    def permalink(self) -> str:
        return f"{self.path}?{self.query(self.period.pinned())}"

    def stem(self) -> str:
        vs = f"-vs-{'-'.join(self.vs)}" if self.vs else ""
        return safe_name(f"{self.a}-{self.b}{vs}-{self.period.stem()}")


@dataclass
class View:
    """A page's sections, with keys for its tables and charts and the sources they cite."""

    title: str
    path: str
    query: str
    permalink: str
    stem: str
    sections: list[Section]
    notes: list[str] = field(default_factory=list)
    _sources: list[str] | None = field(default=None, repr=False)

    def tables(self) -> dict[str, Table]:
        return {f"{s.key}-{i}": t for s in self.sections for i, t in enumerate(s.frames, 1)}

    def charts(self) -> dict[str, Chart]:
        return {c.key: c for s in self.sections for c in s.charts}

    def table_key(self, sec: Section, i: int) -> str:
        return f"{sec.key}-{i}"

    @property
    def sources(self) -> list[str]:
        """Every source the page cites, once: a table's source that joins several ("A; B")
        is cited as those (so a chart and its table give the same numbers)."""
        if self._sources is None:
            found: list[str] = []
            for s in self.sections:
                found += s.sources
                for c in s.charts:
                    found += c.sources
            found = list(dict.fromkeys(found))
            for s in self.sections:
                for t in s.frames:
                    cells = [c for row in t.cell_sources() for c in row if c]
                    for src in [*t.sources, *t.row_sources(), *cells]:
                        if src and not set(self._parts(src, found)) <= set(found):
                            found.append(src)
            self._sources = found
        return self._sources

    @staticmethod
    def _parts(source: str, found: list[str]) -> list[str]:
        """``source`` as a "; "-joined run of known sources (a source may hold "; " itself)."""
        if source in found:
            return [source]
        for f in sorted(found, key=len, reverse=True):
            if source.startswith(f + "; "):
                rest = View._parts(source[len(f) + 2 :], found)
                if all(r in found for r in rest):
                    return [f, *rest]
        return [source]

    def cite(self, source: str | Sequence[str] | None) -> list[int]:
        """The numbers (1-based) of ``source`` in :attr:`sources` (several for a joined one or a list)."""
        every = self.sources
        return [every.index(p) + 1 for one in as_list(source) for p in self._parts(one, every) if p in every]

    def link(self, kind: Literal["table", "chart"], key: str, ext: str) -> str:
        return f"{self.path}/{kind}/{key}.{ext}?{self.query}"


def _glance(rows: list[GlanceRow]) -> Section:
    frame = pd.DataFrame(
        [
            {
                "measure": r.label,
                "figure": r.figure,
                "year": int(r.year) if r.year.isdigit() else None,
                "source": "; ".join(as_list(r.source)),
            }
            for r in rows
        ],
        columns=["measure", "figure", "year", "source"],
    )
    table = Table(
        "Key figures",
        frame,
        formats={"year": "year"},
        labels={"measure": "Measure", "figure": "Figure", "year": "Year"},
    )
    return Section("At a glance", frames=[table] if rows else [], key="glance")


def _articles(wh: Warehouse, a: str, partners: list[str], period: Period) -> Section:
    """Stored articles that name ``a`` and one of the partners, in the period."""
    conds = " OR ".join("extraction LIKE ?" for _ in partners)
    hi = period.until if period.until is not None else LAST_YEAR
    frame = wh.query(
        "SELECT date, title, url, origin FROM news.articles WHERE extraction LIKE ? AND (" + conds + ")"
        " AND (date IS NULL OR (year(date) >= ? AND year(date) <= ?)) ORDER BY date DESC NULLS LAST LIMIT 20",
        [f'%"iso3": "{a}"%', *[f'%"iso3": "{p}"%' for p in partners], period.since, hi],
        "news",
    )
    title = "Stored articles that name them"
    if frame.empty:
        return Section(title, notes=["No stored articles name both (dyadscope ingest, read --save)."], key="articles")
    view = pd.DataFrame({"date": frame["date"], "title": frame["title"], "where": frame["url"].fillna(frame["origin"])})
    table = Table(
        "Latest stored articles (at most 20)",
        view,
        formats={"date": "date"},
        labels={"date": "Date", "title": "Title", "where": "URL or origin"},
        source="dyadscope news store (dyadscope ingest, read --save)",
    )
    return Section(title, frames=[table], sources=table.sources, key="articles")


def pair_view(wh: Warehouse, q: PairQuery) -> View:
    """The pair page: alignment with every partner, MNNA placement when the US is one, trade
    with each partner (both records and as published), diversification, the first
    country's PTS scores, stored events and articles; each in ``q.period``."""
    from dyadscope.report import sections as build
    from dyadscope.report.brief import _figures

    x, ps, p = q.a, q.partners, q.period
    why = "The countries requested"
    secs = [build.alignment(wh, x, ps, since=p.since, until=p.until, statuses=["mnna"] if "USA" in ps else [], why=why)]
    if "USA" in ps:
        secs.append(build.group_placement(wh, x, since=p.since, until=p.until, why="The United States is a partner"))
    secs.append(build.bilateral(wh, x, ps, since=p.since, until=p.until, why=why))
    published = build.trade(wh, x, ps, until=p.until, since=p.since, why=why)
    if published.frames:
        secs.append(published)
    last = p.last_full_year()
    secs.append(build.diversification(wh, x, ps, until=last, since=p.since, why=why))
    secs.append(
        build.rights(wh, x, around=last, since=p.since, why=f"{registry.name(x)}, the first country", mark=None)
    )
    secs.append(build.events(wh, None, x, ps, why=why, since=p.since, until=p.until))
    secs.append(_articles(wh, x, ps, p))
    secs.insert(0, _glance(_figures(x, secs, last)))
    title = f"{registry.name(x)} and {registry.name(q.b)}"
    if q.vs:
        title += ", compared with " + ", ".join(registry.name(v) for v in q.vs)
    return View(title, q.path, q.query(), q.permalink(), q.stem(), secs)


def country_view(wh: Warehouse, c: str, period: Period) -> View:
    """The country page: alignment with the US, China and Russia, trade partners, PTS scores."""
    from dyadscope import api
    from dyadscope.errors import NoDataError
    from dyadscope.report import sections as build

    partners = [p for p in ("USA", "CHN", "RUS") if p != c]
    secs = [build.alignment(wh, c, partners, since=period.since, until=period.until, why="The US, China and Russia")]
    try:
        year = min(period.until, 2020) if period.until is not None else None
        frame, summary = api.trade_partners(c, year=year, warehouse=wh)
        secs.append(_partners_section(c, frame, summary))
    except NoDataError as exc:
        secs.append(Section("Top trade partners", notes=[str(exc)], key="partners"))
    last = period.last_full_year()
    secs.append(build.rights(wh, c, around=last, since=period.since, mark=None))
    stem = safe_name(f"{c}-{period.stem()}")
    pinned = f"/country/{c}?{period.pinned().query()}"
    return View(registry.name(c), f"/country/{c}", period.query(), pinned, stem, secs)


def _partners_section(c: str, frame: pd.DataFrame, summary: dict[str, float]) -> Section:
    from dyadscope.report.sections import TRADE_SOURCES

    year = int(frame["year"].iloc[0]) if "year" in frame.columns and not frame.empty else None
    cols = [
        col
        for col in ("partner", "exports_usd", "export_share", "export_rank", "imports_usd", "import_share")
        if col in frame.columns
    ]
    view = frame[cols].head(15).copy()
    if "partner" in view.columns:
        view.insert(1, "name", view["partner"].map(lambda p: registry.name(str(p)) if len(str(p)) == 3 else str(p)))
    used = sorted({str(s) for col in ("exports_source", "imports_source") if col in frame for s in frame[col].dropna()})
    source = "; ".join(TRADE_SOURCES.get(s, s) for s in used) or None
    when = f", {year}" if year else ""
    table = Table(
        f"{registry.name(c)}'s largest export markets{when} (top 15)",
        view,
        formats={
            "exports_usd": "usd",
            "imports_usd": "usd",
            "export_share": "pct",
            "import_share": "pct",
            "export_rank": "rank",
            "partner": "code",
        },
        labels={
            "partner": "Code",
            "name": "Partner",
            "exports_usd": "Exports",
            "export_share": "Share of exports",
            "export_rank": "Rank (exports)",
            "imports_usd": "Imports",
            "import_share": "Share of imports",
        },
        source=source,
    )
    conc = {k: v for k, v in summary.items() if k != "year" and isinstance(v, int | float) and not fmt.missing(v)}
    frames = [table]
    if conc:
        frames.append(
            Table(
                f"Concentration of {registry.name(c)}'s trade{when}",
                pd.DataFrame([{"measure": k.replace("_", " "), "value": v} for k, v in conc.items()]),
                formats={"value": "ratio"},
                labels={"measure": "Measure", "value": "Value"},
                source=source,
            )
        )
    return Section("Top trade partners", frames=frames, sources=[source] if source else [], key="partners")


# -- downloads --------------------------------------------------------------------------------


def _raw(value: object, how: fmt.Fmt) -> object:
    if fmt.missing(value):
        return None
    if how == "year":
        return int(value)  # type: ignore[call-overload]
    if how == "date":
        return fmt.day(value)
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


UNITS: dict[str, str] = {
    "usd": "USD",
    "balance": "USD, exports minus imports",
    "money": "in Currency",
    "pct": "fraction 0-1",
    "share": "fraction 0-1",
}


def _heading(t: Table, col: str) -> str:
    """The page's heading, with the unit of the raw value in brackets where the page's text
    carried it (``Exports [USD]``, ``China [fraction 0-1]``)."""
    unit = UNITS.get(t.formats.get(col, "text"))
    label = t.labels.get(col, col)
    return f"{label} [{unit}]" if unit else label


def table_frame(view: View, key: str) -> pd.DataFrame:
    """The table ``key`` as the page shows it (its headings, its rows), raw values, with its
    provenance columns (see the module docstring)."""
    t = view.tables()[key]
    cols = t.shown()
    data = {_heading(t, c): [_raw(v, t.formats.get(c, "text")) for v in t.data[c]] for c in cols}
    out = pd.DataFrame(data, columns=list(data))
    if any(f == "money" for f in t.formats.values()) and t.currency in t.data.columns:
        out["Currency"] = list(t.data[t.currency])
    for col, hidden in t.cites.items():  # a cell's own source (a converted value's rate)
        if col in cols and hidden in t.data.columns:
            out[f"{_heading(t, col)}: source"] = [None if fmt.missing(v) else v for v in t.data[hidden]]
    out["Source"] = ["; ".join(t.sources)] * len(out) if t.source else t.row_sources()
    out["Table"] = t.caption
    out["View"] = view.permalink
    return out


def table_csv(view: View, key: str) -> bytes:
    return table_frame(view, key).to_csv(index=False).encode("utf-8")


def chart_file(view: View, key: str, ext: ChartFormat) -> bytes:
    """The chart ``key`` drawn by vl-convert from the page's own spec; no external data is
    fetched (every spec carries its data inline)."""
    import vl_convert as vlc

    spec = view.charts()[key].spec
    if ext == "svg":
        return str(vlc.vegalite_to_svg(spec, allowed_base_urls=[])).encode("utf-8")
    return bytes(vlc.vegalite_to_png(spec, scale=2, allowed_base_urls=[]))


# -- the article page --------------------------------------------------------------------------

RATIO_UNITS = ("ratio", "share", "agreement", "coincidence", "percent", "S", "kappa")


def evidence_value(e: dict[str, object]) -> str:
    """One data value of a check as a reader wants it: ``KES 320.8 bn``, ``3.4%``, ``2nd``."""
    v, unit, cur = e.get("value"), str(e.get("unit") or ""), e.get("currency")
    if fmt.missing(v) or not isinstance(v, int | float):
        return "" if fmt.missing(v) else str(v)
    if cur:
        return fmt.money(float(v), str(cur))
    if unit == "rank":
        return fmt.rank(v)
    if unit == "multiple":
        return f"{float(v):,.2f}×"
    if unit in RATIO_UNITS or abs(float(v)) <= 1.5:
        return fmt.pct(float(v))
    return fmt.number(v)


def claimed_value(claim: dict[str, object]) -> str:
    """What the claim states, with its unit: ``KES 600.0 bn``, ``34%``, ``twice``, ``3rd``."""
    q, unit, cur = claim.get("quantity"), claim.get("unit"), claim.get("currency")
    if fmt.missing(q) or not isinstance(q, int | float):
        return f"“{claim.get('quote')}”" if claim.get("quote") else "—"
    if unit == "money":
        return fmt.money(float(q), str(cur or "USD"))
    if unit == "percent":
        return f"{float(q):g}%"
    if unit == "multiple":
        return f"{float(q):g}×"
    if unit == "rank":
        return fmt.ordinal(int(q))
    return fmt.number(q)


EVIDENCE_COLUMNS = [
    "Check",
    "Claim",
    "Verdict",
    "Claimed",
    "Tolerance",
    "Explanation",
    "Evidence",
    "Period",
    "Value",
    "Value as shown",
    "Unit",
    "Currency",
    "Basis",
    "In the claim's currency",
    "Claim currency",
    "Exchange rate",
    "Note",
    "Used",
    "Source",
]


def evidence_rows(checks: list[dict[str, object]]) -> list[dict[str, object]]:
    """Every data value of every check (the page's evidence tables, in their order: values the
    verdict used first), one row each, raw values beside the shown ones (the CSV download)."""
    rows: list[dict[str, object]] = []
    for i, c in enumerate(checks, 1):
        claim: dict[str, object] = c["claim"]  # type: ignore[assignment]
        ev: list[dict[str, object]] = list(c.get("evidence") or [])  # type: ignore[call-overload]
        for e in [*[e for e in ev if e.get("used", True)], *[e for e in ev if not e.get("used", True)]]:
            rows.append(
                {
                    "Check": i,
                    "Claim": claim.get("quote"),
                    "Verdict": c.get("verdict"),
                    "Claimed": claimed_value(claim),
                    "Tolerance": c.get("tolerance"),
                    "Explanation": c.get("explanation"),
                    "Evidence": e.get("label"),
                    "Period": e.get("period"),
                    "Value": e.get("value"),
                    "Value as shown": evidence_value(e),
                    "Unit": e.get("unit"),
                    "Currency": e.get("currency"),
                    "Basis": e.get("basis"),
                    "In the claim's currency": e.get("in_claim_currency"),
                    "Claim currency": claim.get("currency"),
                    "Exchange rate": e.get("rate"),
                    "Note": e.get("note"),
                    "Used": "yes" if e.get("used", True) else "no",
                    "Source": e.get("source"),
                }
            )
    return rows


def article_csv(what: str, article: dict[str, object], checks: list[dict[str, object]]) -> bytes:
    """``evidence``, ``quotes``, ``people`` or ``events`` of an article page as CSV."""
    if what == "evidence":
        frame = pd.DataFrame(evidence_rows(checks), columns=EVIDENCE_COLUMNS)
    else:
        items: list[dict[str, object]] = list(article.get(what) or [])  # type: ignore[call-overload]
        frame = pd.DataFrame(items)
        for col in frame.columns:  # spans and mentions as 'start-end;start-end'
            frame[col] = frame[col].map(_flat)
    return frame.to_csv(index=False).encode("utf-8")


def _flat(value: object) -> object:
    if isinstance(value, list | tuple):
        return ";".join("-".join(str(x) for x in v) if isinstance(v, list | tuple) else str(v) for v in value)
    return value
