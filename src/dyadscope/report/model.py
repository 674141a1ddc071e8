"""What a brief is, as data: a :class:`Brief` of :class:`Section` s, each with tables
(:class:`Table`), charts (:class:`Chart`), sources and notes. The HTML/PDF renderer
(:mod:`dyadscope.report.render`) and the web pages draw the same objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from markupsafe import Markup

from dyadscope.report import format as fmt


def as_list(source: str | Sequence[str] | None) -> list[str]:
    """One source or several as a list (empty for none)."""
    if not source:
        return []
    return [source] if isinstance(source, str) else [s for s in source if s]


@dataclass
class Table:
    """A frame with a caption, a format per column and where its numbers come from.

    ``source``: the source(s) every row shares (printed once, in the caption, one
    reference number each); a ``source`` column instead gives each row its own (printed
    as a reference number).
    ``currency``: the column holding each row's currency for ``money`` columns.
    ``cites``: shown column -> hidden column with the source of that cell (a converted
    value's rate, say), printed beside the cell as a reference number."""

    caption: str
    data: pd.DataFrame
    formats: Mapping[str, fmt.Fmt] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    source: str | Sequence[str] | None = None
    currency: str = "currency"
    cites: Mapping[str, str] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)  # what the table is about (e.g. its partner)

    @property
    def sources(self) -> list[str]:
        """The sources every row shares, one by one."""
        return as_list(self.source)

    def header(self) -> list[str]:
        return [self.labels.get(c, c) for c in self.shown()]

    def shown(self) -> list[str]:
        hidden = {"source"} if "source" in self.data.columns and self.source is None else set()
        if any(f == "money" for f in self.formats.values()):
            hidden.add(self.currency)
        hidden |= set(self.cites.values())
        return [c for c in self.data.columns if c not in hidden]

    def classes(self) -> list[str]:
        """A CSS class per shown column: numbers and years do not wrap."""
        return ["" if self.formats.get(c, "text") in ("text", "code") else "num" for c in self.shown()]

    def rows(self) -> list[list[str]]:
        """Formatted cells, row by row (without the per-row source column)."""
        cols = self.shown()
        out = []
        for rec in self.data.to_dict("records"):
            cur = rec.get(self.currency)
            out.append([fmt.cell(rec[c], self.formats.get(c, "text"), cur) for c in cols])
        return out

    def cell_sources(self) -> list[list[str | None]]:
        """Per row, per shown column: the source :attr:`cites` names for that cell, or None."""
        cols = self.shown()
        out = []
        for rec in self.data.to_dict("records"):
            found = [rec.get(self.cites[c]) if c in self.cites else None for c in cols]
            out.append([None if fmt.missing(s) or not str(s) else str(s) for s in found])
        return out

    def row_sources(self) -> list[str | None]:
        if self.source is None and "source" in self.data.columns:
            return [None if fmt.missing(s) else str(s) for s in self.data["source"]]
        return [None] * len(self.data)

    def text_frame(self) -> pd.DataFrame:
        """The table as it prints (for CSV downloads and the web pages); a cited cell has
        its source in brackets after it."""
        rows = [
            [f"{v} ({s})" if s else v for v, s in zip(row, srcs, strict=True)]
            for row, srcs in zip(self.rows(), self.cell_sources(), strict=True)
        ]
        return pd.DataFrame(rows, columns=self.header())


@dataclass
class Chart:
    """A Vega-Lite spec with a key (its element id), a title and its sources."""

    key: str
    title: str
    spec: dict[str, Any]
    sources: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:  # the web templates' name for the key
        return self.key

    def spec_json(self) -> Markup:
        """The spec escaped for an inline script (or a JSON block)."""
        text = json.dumps(self.spec).replace("</", "<\\/").replace("<!--", "<\\!--")
        return Markup(text)


@dataclass
class Section:
    """One part of a brief: ``why`` says what in the article (or the request) raised it."""

    title: str
    frames: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    key: str = ""
    why: str = ""
    note: str = ""  # a web page's one-line note (the brief uses ``notes``)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)  # plain tables of the web pages

    def __post_init__(self) -> None:
        if self.note and not self.notes:
            self.notes = [self.note]
        elif self.notes and not self.note:
            self.note = " ".join(self.notes)
        if self.frames and not self.tables:
            self.tables.extend((t.caption, t.text_frame()) for t in self.frames)

    @property
    def empty(self) -> bool:
        return not self.frames and not self.charts

    def all_sources(self) -> list[str]:
        found = list(self.sources)
        for t in self.frames:
            found += t.sources
            found += [s for s in t.row_sources() if s]
            found += [s for row in t.cell_sources() for s in row if s]
        for c in self.charts:
            found += c.sources
        return list(dict.fromkeys(found))


@dataclass
class GlanceRow:
    """One line of the at-a-glance panel: what, the deciding figure, its source and year."""

    label: str
    figure: str
    source: str | Sequence[str]
    year: str = ""
    verdict: str | None = None


@dataclass
class Brief:
    """Everything a brief shows, with the time each part took."""

    title: str
    focal: str | None
    partners: list[str]
    choice: str
    claims: list[GlanceRow]
    figures: list[GlanceRow]
    article: dict[str, Any] | None
    checks: list[dict[str, Any]]
    sections: list[Section]
    notes: list[str] = field(default_factory=list)
    extra_sources: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def sources(self) -> list[str]:
        """Every source, numbered by position (1-based) in the order the brief cites them."""
        found = list(self.extra_sources[:1])
        for row in [*self.claims, *self.figures]:
            found += as_list(row.source)
        for check in self.checks:  # the evidence tables, as shown
            found += [str(e["source"]) for e in evidence_view(check)[0] if e.get("source")]
        for sec in self.sections:
            found += sec.all_sources()
        found += self.extra_sources[1:]
        return list(dict.fromkeys(found))

    def ref(self, source: str | Sequence[str] | None) -> str:
        """``[3]`` for a source, ``[3] [5]`` for several (empty for none)."""
        return self.numbering()(source)

    def numbering(self) -> Callable[[str | Sequence[str] | None], str]:
        """:meth:`ref` over the sources as they are now, numbered once: a render asks for a
        reference per cell, and numbering every source again each time was most of it."""
        numbers = {s: i for i, s in enumerate(self.sources, 1)}

        def ref(source: str | Sequence[str] | None) -> str:
            return " ".join(f"[{numbers[s]}]" for s in as_list(source) if s in numbers)

        return ref

    @property
    def summary(self) -> list[str]:
        """The at-a-glance rows as sentences (for the CLI and plain-text readers)."""
        lines = [f"{r.verdict or ''}: {r.label} — {r.figure}".strip(": ") for r in self.claims]
        lines += list(self.notes)
        lines += [f"{r.label}: {r.figure} ({r.year})" for r in self.figures]
        return lines

    def html(self) -> str:
        from dyadscope.report.render import html

        return html(self)

    def save(self, path: Any) -> Any:
        from dyadscope.report.render import save

        return save(self, path)


def evidence_view(check: Mapping[str, Any], limit: int = 8) -> tuple[list[dict[str, Any]], str | None]:
    """The evidence rows a checked claim's table shows: the figures the verdict used first,
    then the others, latest period first, at most ``limit``; each label without a repeated
    basis ("(published) [published]"). Returns the rows and, when every shown row has the
    same source, that source (printed once, in the caption, instead of on every row)."""
    rows = [dict(e) for e in check.get("evidence") or []]
    rows.sort(key=lambda e: str(e.get("period") or ""), reverse=True)
    rows.sort(key=lambda e: e.get("used") is False)  # stable: used first, each part latest first
    shown = rows[:limit]
    for e in shown:
        basis = str(e.get("basis") or "")
        e["basis_shown"] = basis if basis and f"({basis})" not in str(e.get("label") or "") else ""
    sources = {str(e.get("source") or "") for e in shown}
    return shown, (sources.pop() if len(sources) == 1 and shown else None)
