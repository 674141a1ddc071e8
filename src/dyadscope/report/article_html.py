"""The HTML view of a read article: the text with every extracted item highlighted, and lists.

All article content is escaped (Jinja2 autoescape); the page has no scripts and loads
nothing from the network.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

_ENV = Environment(
    loader=PackageLoader("dyadscope", "report/templates"),
    autoescape=select_autoescape(["html"]),
)
_PRIORITY = {"quote": 0, "amount": 1, "person": 2, "organization": 3, "country": 4}


def _segments(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The text cut into plain and highlighted pieces (no overlaps; quotes win)."""
    marks: list[tuple[int, int, str, str]] = []
    for q in data["quotes"]:
        marks.append((q["span"][0], q["span"][1], "quote", f"quote: {q['speaker'] or 'unknown speaker'}"))
    for a in data["amounts"]:
        usd = f" ≈ US${a['usd']:,.0f}" if a.get("usd") else ""
        marks.append((a["span"][0], a["span"][1], "amount", f"{a['currency']} {a['value']:,.0f}{usd}"))
    for p in data["people"]:
        for s, e in p["mentions"]:
            marks.append((s, e, "person", f"{p['name']} ({p['role'] or 'no role'}, {p['country'] or '?'})"))
    for o in data["organizations"]:
        for s, e in o["mentions"]:
            marks.append((s, e, "organization", f"{o['name']} ({o['country'] or '?'})"))
    for c in data["countries"]:
        for m in c["mentions"]:
            marks.append((m["start"], m["end"], "country", f"{c['iso3']} ({m['kind']})"))
    marks.sort(key=lambda m: (m[0], _PRIORITY[m[2]]))
    text = data["text"]
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, kind, label in marks:
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "kind": None})
        out.append({"text": text[start:end], "kind": kind, "label": label})
        pos = end
    out.append({"text": text[pos:], "kind": None})
    return out


def render(data: dict[str, Any]) -> str:
    """A self-contained HTML page for the JSON contract ``data``."""
    return _ENV.get_template("article.html").render(article=data, segments=_segments(data))
