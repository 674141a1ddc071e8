"""Build a brief: the partners and topics an article raises decide its sections.

:func:`build` takes the warehouse, the read article (its JSON contract, or ``None`` for a
country pair) and the checked claims, and returns a :class:`~dyadscope.report.model.Brief`
(``.html()``, ``.save(path)``). It reads data only through the section builders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from dyadscope import countries as registry
from dyadscope.report import format as fmt
from dyadscope.report import partners as choosing
from dyadscope.report import sections, topics
from dyadscope.report.model import Brief, GlanceRow, Section, Table

# re-exported for the pages and commands that render briefs
from dyadscope.report.render import chromium, print_pdf, vega_bundle
from dyadscope.timing import Timings, stage
from dyadscope.warehouse import Warehouse

__all__ = ["Brief", "Section", "build", "chromium", "print_pdf"]


def _vega_bundle() -> str:  # the web app's name for it
    return vega_bundle()


def cell(value: Any) -> str:
    """A table cell as text for the web pages' plain tables."""
    return fmt.cell(value)


def _first_sentence(text: str) -> str:
    head = re.split(r"(?<=[.;])\s+", text.strip(), maxsplit=1)[0].rstrip(";")
    return fmt.shorten(head, 170)


def _claim_rows(checks: Sequence[dict[str, Any]]) -> list[GlanceRow]:
    rows = []
    for c in checks:
        ev = list(c.get("evidence") or [])
        head = _first_sentence(str(c.get("explanation") or ""))
        dated = [e for e in ev if e.get("period") and str(e["period"]) in head]
        # the figure the explanation names first: its label and period in the sentence, else its period
        named = sorted(
            (e for e in dated if str(e.get("label") or "") and str(e["label"]) in head),
            key=lambda e: head.index(str(e["label"])),
        )
        deciding = named or dated or ev
        first = deciding[0] if deciding else {}
        sources = [str(first.get("source") or "")]
        rate = str(first.get("rate") or "")
        if rate and first.get("in_claim_currency") is not None:  # a converted value: its rate and the rate's source
            used, _, rate_source = rate.partition("; ")
            head = f"{head} (at {used})"
            sources.append(rate_source)
        rows.append(
            GlanceRow(
                fmt.around(c["claim"]["sentence"], str(c["claim"].get("quote") or ""), 110),
                head,
                [s for s in sources if s],
                str(first.get("period") or "") if named or dated else "",  # no year the explanation does not name
                str(c["verdict"]),
            )
        )
    return rows


KEY_PARTNERS = ("USA", "CHN", "RUS")  # the alignment the at-a-glance panel always gives, when compared


def _alignment_rows(align: Section, focal: str, last_year: int, placement: Section | None) -> list[GlanceRow]:
    """Coincidence with the United States, China and Russia (those compared; else the first
    three partners) in the latest full year and five years before, the year's n, and why a
    year stands out (a partner's lone 'no' votes); the US row gains the MNNA rank."""
    t = align.frames[0].data
    t = t[t["year"] <= last_year].sort_values("year", ascending=False)
    t = t[t["votes"] >= 0.5 * t["votes"].median()]  # a partial year (few votes so far) is not "now"
    if t.empty:
        return []
    names = [c for c in t.columns if c not in ("year", "votes")]
    key = [registry.name(p) for p in KEY_PARTNERS if registry.name(p) in names]
    chosen = key or names[:3]
    now = t.iloc[0]
    year = int(now["year"])
    then = t[t["year"] == year - 5]
    rank = None
    if placement is not None and placement.frames:
        pt = placement.frames[0].data.set_index("year")
        rank = pt["rank_text"].to_dict()
    rows = []
    for col in chosen:
        text = f"{fmt.pct(now[col])} in {year} (n = {int(now['votes'])} votes)"
        if not then.empty and not fmt.missing(then.iloc[0][col]):
            text += f"; {fmt.pct(then.iloc[0][col])} in {year - 5}"
        if col == registry.name("USA") and rank:
            ranks = [f"{rank[y]} in {y}" for y in (year, year - 5) if y in rank]
            if ranks:
                text += "; rank among the Major Non-NATO Allies: " + ", ".join(ranks)
        why = [n.split(": ", 1)[1].rstrip(".") for n in align.notes if n.startswith(f"{year}: {col} voted no")]
        if why:
            text += f" — in {year} {why[0]}"
        rows.append(
            GlanceRow(
                f"UN voting coincidence of {registry.name(focal)} with {col}",
                text,
                align.frames[0].sources,
                str(year),
            )
        )
    return rows


def _trade_row(tab: Table, focal: str, last_year: int) -> GlanceRow | None:
    """The focal country's balance with one partner by its own records, both flows, and how
    far the partner's records of the same trade differ (the mirror gap), latest year."""
    d = tab.data[tab.data["year"] <= last_year]
    cols = ["exports_reported", "imports_reported"]
    d = d.dropna(subset=cols)
    if d.empty:
        return None
    r = d.iloc[0]
    partner = str(tab.meta.get("partner", ""))
    who, other = registry.name(focal), registry.name(partner) if partner else "the partner"
    text = (
        f"{fmt.balance(r['exports_reported'] - r['imports_reported'])} (exports {fmt.money(r['exports_reported'])},"
        f" imports {fmt.money(r['imports_reported'])}; {fmt.possessive(who)} records)"
    )
    gaps = []
    for own, mirror, what in (
        ("exports_reported", "exports_mirror", f"imports from {who}"),
        ("imports_reported", "imports_mirror", f"exports to {who}"),
    ):
        if not fmt.missing(r[mirror]) and r[own]:
            gaps.append(
                f"{what} {fmt.money(r[mirror])} ({fmt.change(r[mirror] / r[own] - 1)} on {fmt.possessive(who)} record)"
            )
    if gaps:
        text += f". {fmt.possessive(other)} records: " + "; ".join(gaps)
    return GlanceRow(f"Trade balance of {who} with {other}", text, tab.sources, str(int(r["year"])))


def _figures(focal: str, secs: Sequence[Section], last_year: int) -> list[GlanceRow]:
    """Key figures from the sections: alignment with the US, China and Russia now and five
    years before with the MNNA rank, the trade balance both ways and the gap between the
    two sides' records, the PTS score by source; each with its source and year."""
    rows: list[GlanceRow] = []
    by = {s.key: s for s in secs}
    align = by.get("alignment")
    mnna = by.get("mnna")
    if align and align.frames:
        rows += _alignment_rows(align, focal, last_year, mnna)
    if mnna and mnna.frames:
        t = mnna.frames[0].data
        t = t[t["year"] <= last_year]
        if not t.empty:
            r = t.iloc[0]
            designated = next((n for n in mnna.notes if "designated in" in n or "is not an MNNA" in n), "")
            since = designated.split("; ", 1)[-1].rstrip(".") if designated else ""
            rows.append(
                GlanceRow(
                    "Coincidence with the US among the Major Non-NATO Allies",
                    f"{fmt.pct(r['value'])}, rank {r['rank_text']} (1 = closest to the US; allies' median"
                    f" {fmt.pct(r['group_median'])})" + (f"; {since}" if since else ""),
                    mnna.frames[0].sources,
                    str(int(r["year"])),
                )
            )
    trade = by.get("bilateral")
    for tab in (trade.frames if trade else [])[:2]:
        row = _trade_row(tab, focal, last_year)
        if row is not None:
            rows.append(row)
    rights = by.get("rights")
    if rights and rights.frames:
        t = rights.frames[0].data
        r = t.iloc[0]
        parts = [
            f"{label} {fmt.cell(r[col], 'score')}"
            for col, label in (
                ("amnesty", "Amnesty International"),
                ("hrw", "Human Rights Watch"),
                ("state_dept", "the US State Department"),
            )
            if not fmt.missing(r[col])
        ]
        rows.append(
            GlanceRow(
                f"Political Terror Scale, {registry.name(focal)}",
                ("coded from reports of " + ", ".join(parts) + " (1 best, 5 worst)") if parts else "no scores",
                rights.frames[0].sources,
                str(int(r["year"])),
            )
        )
    return rows


def _vote_topics(
    article: dict[str, Any] | None, choice: choosing.Choice, found: topics.Topics
) -> list[tuple[str, str]]:
    """Title patterns for the article's vote topics: the named countries in the role of a
    rival or a place of events, or named but not among the first three partners."""
    places = [n for n in choice.named if "place" in n.roles and n.iso3 != choice.focal]
    rivals = [n for n in choice.named if "rival" in n.roles and n.iso3 not in choice.partners[:2]]
    rivals = [n for n in rivals if n.iso3 != choice.focal and n not in places]
    out: list[tuple[str, str]] = []
    for n in [*places, *rivals]:
        short = re.split(r"[,(]", registry.name(n.iso3))[0].strip()
        out.append((short, short))
    return out[:6]


def build(
    wh: Warehouse,
    article: dict[str, Any] | None,
    checks: Sequence[dict[str, Any]] = (),
    *,
    focal: str | None = None,
    vs: Sequence[str] | None = None,
    declared: str | None = None,
    since: int = 2000,
    until: int | None = None,
    title: str | None = None,
    timings: dict[str, float] | None = None,
) -> Brief:
    """A brief on an article (its JSON contract) or, with ``article=None``, on ``focal`` and ``vs``."""
    timings = timings if timings is not None else Timings()
    with stage(timings, "choose partners"):
        choice = choosing.choose(article, focal=focal, vs=vs, declared=declared)
        found = topics.find(article)
        art_year = int(str(article["date"])[:4]) if article and article.get("date") else None
        last_year = (art_year or date.today().year) - (0 if article else 1)
    secs: list[Section] = []

    def add(label: str, make: Any) -> None:
        with stage(timings, label):
            sec = make()
        if sec is not None and not (sec.key == "trade" and not sec.frames):  # no published figures: no section
            secs.append(sec)

    f = choice.focal
    notes: list[str] = []
    if f is None:
        notes.append("The article names no country: this brief rests on its claims alone.")
    else:
        statuses = found.statuses() if article else (["mnna"] if "USA" in choice.partners else [])
        ps = choice.partners
        if ps:
            why = "Countries the article names" if article and not choice.overridden else "The countries requested"
            div = choice.with_role("diversification") if article and not choice.overridden else []
            main = [p for p in ps if p not in div] or ps
            named = (
                "the partners and rivals the article names" if why.startswith("Countries") else "the partners requested"
            )
            grouping = [(named, main)]
            if div and main != ps:
                grouping.append(("the diversification targets the article names", div))
            add(
                "alignment",
                lambda: sections.alignment(wh, f, ps, since=since, statuses=statuses, groups=grouping, why=why),
            )
        if "mnna" in statuses:
            add("mnna", lambda: sections.group_placement(wh, f, since=since, why=found.why("status")))
        if ps and (found.has("trade") or not article):
            trade_with = [p for p in ps if "partner" in choice.role_of(p)][:2] or ps[:2]
            add("bilateral", lambda: sections.bilateral(wh, f, trade_with, why=found.why("trade")))
            add("trade", lambda: sections.trade(wh, f, trade_with, until=art_year, why=found.why("trade")))
        if ps and (found.has("diversification") or not article):
            add(
                "diversification",
                lambda: sections.diversification(
                    wh,
                    f,
                    list(dict.fromkeys([*choice.with_role("diversification"), *ps]))[:6],
                    until=(art_year or last_year) - 1,
                    why=found.why("diversification"),
                ),
            )
        if found.products():
            partner = next((p for p in ps if "partner" in choice.role_of(p)), None)
            add("products", lambda: sections.products(wh, f, found.products()[:2], partner, why=found.why("products")))
        if found.has("rights") or not article:
            add("rights", lambda: sections.rights(wh, f, around=art_year or last_year, why=found.why("rights")))
        vt = _vote_topics(article, choice, found) if article else []
        if vt:
            hi = art_year or last_year
            add(
                "votes",
                lambda: sections.roll_calls(
                    wh,
                    f,
                    [n.iso3 for n in choice.named][:6],
                    vt,
                    since=hi - 4,
                    until=hi + 1,
                    why="Topics the article names",
                ),
            )
        if ps:
            add("events", lambda: sections.events(wh, article, f, ps[:3], why="Events coded in the article"))
    if title is None:
        if article:
            title = str(article.get("title") or "Article brief")
        elif f:
            title = (
                f"{registry.name(f)} and {registry.name(choice.partners[0])}" if choice.partners else registry.name(f)
            )
            if len(choice.partners) > 1:
                title += ", compared with " + ", ".join(registry.name(p) for p in choice.partners[1:])
        else:
            title = "Brief"
    extra = [f"Article: {article.get('url') or article.get('origin')}"] if article else []
    claims = _claim_rows(checks)
    if article and not checks:
        notes.append("No checkable claims (figures between two countries, trade ratios or alignment statements).")
    return Brief(
        title=title,
        focal=f,
        partners=list(choice.partners),
        choice=choice.statement(),
        claims=claims,
        figures=_figures(f, secs, last_year) if f else [],
        article=article,
        checks=list(checks),
        sections=secs,
        notes=notes,
        extra_sources=extra,
        timings=timings,
    )


# The web pages' builders (the same sections as the brief; charts as {id, spec JSON} for
# the pages' CSP-safe JSON blocks)
def _for_page(sec: Section) -> tuple[Section, list[str]]:
    sources = sec.all_sources()
    sec.charts = [{"id": c.key, "spec": c.spec_json()} for c in sec.charts]  # type: ignore[misc]
    return sec, sources


def alignment_section(focal: str, partners: list[str], since: int, warehouse: Warehouse) -> tuple[Section, list[str]]:
    return _for_page(
        sections.alignment(warehouse, focal, partners, since=since, statuses=["mnna"] if "USA" in partners else [])
    )


def trade_section(
    focal: str, partners: list[str], when: date | None, warehouse: Warehouse
) -> tuple[Section, list[str]]:
    """The all-pairs flows both ways, then the published figures (the brief's "Trade with
    the named partners" and "Trade as published" sections in one)."""
    published = sections.trade(warehouse, focal, partners, until=when.year if when else None)
    both = sections.bilateral(warehouse, focal, partners)
    both.frames += published.frames
    both.tables += published.tables
    both.sources += published.sources
    both.notes += [n for n in published.notes if published.frames or not both.frames]
    both.note = " ".join(both.notes)
    return _for_page(both)


def rights_section(focal: str, warehouse: Warehouse) -> tuple[Section, list[str]]:
    return _for_page(sections.rights(warehouse, focal))


def events_section(
    article: dict[str, Any] | None, focal: str, partners: list[str], warehouse: Warehouse
) -> tuple[Section, list[str]]:
    return _for_page(sections.events(warehouse, article, focal, partners))


def chart_block(chart: Any, key: str) -> dict[str, Any]:
    """A chart for a web page: its id and its spec escaped for a script tag."""
    from dyadscope.report.model import Chart

    spec = chart if isinstance(chart, dict) else chart.to_dict()
    return {"id": key, "spec": Chart(key, key, spec).spec_json()}
