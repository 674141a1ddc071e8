"""An article's extraction (the JSON contract) as flat rows, one table per kind of fact.

Used where many articles are stored as tables (the Spark batch reader's Parquet). Every
row carries ``article_id`` and the character span it came from, so it can be traced back
to the sentence in ``articles.text``.
"""

from __future__ import annotations

from typing import Any

# table -> (column, Spark SQL type); the order is the order of the columns
TABLES: dict[str, list[tuple[str, str]]] = {
    "countries": [
        ("article_id", "STRING"),
        ("iso3", "STRING"),
        ("name", "STRING"),
        ("mentions", "INT"),
        ("first_start", "INT"),
        ("first_text", "STRING"),
    ],
    "people": [
        ("article_id", "STRING"),
        ("name", "STRING"),
        ("role", "STRING"),
        ("role_type", "STRING"),
        ("country", "STRING"),
        ("mentions", "INT"),
        ("first_start", "INT"),
    ],
    "quotes": [
        ("article_id", "STRING"),
        ("text", "STRING"),
        ("speaker", "STRING"),
        ("partial", "BOOLEAN"),
        ("closed", "BOOLEAN"),
        ("attribution", "STRING"),
        ("start", "INT"),
        ("end", "INT"),
    ],
    "amounts": [
        ("article_id", "STRING"),
        ("value", "DOUBLE"),
        ("currency", "STRING"),
        ("text", "STRING"),
        ("qualifier", "STRING"),
        ("high", "DOUBLE"),
        ("usd", "DOUBLE"),
        ("usd_high", "DOUBLE"),
        ("rate_per_usd", "DOUBLE"),
        ("rate_year", "INT"),
        ("rate_source", "STRING"),
        ("start", "INT"),
        ("end", "INT"),
    ],
    "events": [
        ("article_id", "STRING"),
        ("date", "STRING"),
        ("source", "STRING"),
        ("target", "STRING"),
        ("source_actor", "STRING"),
        ("target_actor", "STRING"),
        ("cameo", "STRING"),
        ("cameo_name", "STRING"),
        ("plover", "STRING"),
        ("goldstein", "DOUBLE"),
        ("quad_class", "INT"),
        ("trigger", "STRING"),
        ("sentence", "STRING"),
        ("start", "INT"),
        ("end", "INT"),
    ],
}


def spark_schema(table: str) -> str:
    return ", ".join(f"`{c}` {t}" for c, t in TABLES[table])


def _span(item: dict[str, Any]) -> tuple[int | None, int | None]:
    span = item.get("span") or [None, None]
    return span[0], span[1]


def rows(article_id: str, extraction: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for c in extraction.get("countries", []):
        first = c["mentions"][0] if c["mentions"] else {}
        out["countries"].append(
            {
                "article_id": article_id,
                "iso3": c["iso3"],
                "name": c["name"],
                "mentions": len(c["mentions"]),
                "first_start": first.get("start"),
                "first_text": first.get("text"),
            }
        )
    for p in extraction.get("people", []):
        out["people"].append(
            {
                "article_id": article_id,
                "name": p["name"],
                "role": p.get("role"),
                "role_type": p.get("role_type"),
                "country": p.get("country"),
                "mentions": len(p.get("mentions", [])),
                "first_start": p["mentions"][0][0] if p.get("mentions") else None,
            }
        )
    for q in extraction.get("quotes", []):
        start, end = _span(q)
        out["quotes"].append(
            {
                "article_id": article_id,
                "text": q["text"],
                "speaker": q.get("speaker"),
                "partial": q.get("partial"),
                "closed": q.get("closed"),
                "attribution": q.get("attribution"),
                "start": start,
                "end": end,
            }
        )
    for a in extraction.get("amounts", []):
        start, end = _span(a)
        rate = a.get("rate") or {}
        out["amounts"].append(
            {
                "article_id": article_id,
                "value": a.get("value"),
                "currency": a.get("currency"),
                "text": a.get("text"),
                "qualifier": a.get("qualifier"),
                "high": a.get("high"),
                "usd": a.get("usd"),
                "usd_high": a.get("usd_high"),
                "rate_per_usd": rate.get("per_usd"),
                "rate_year": rate.get("year"),
                "rate_source": rate.get("source"),
                "start": start,
                "end": end,
            }
        )
    for e in extraction.get("events", []):
        start, end = _span(e)
        out["events"].append(
            {
                "article_id": article_id,
                "date": extraction.get("date"),
                **{
                    k: e.get(k)
                    for k in (
                        "source",
                        "target",
                        "source_actor",
                        "target_actor",
                        "cameo",
                        "cameo_name",
                        "plover",
                        "goldstein",
                        "quad_class",
                        "trigger",
                        "sentence",
                    )
                },
                "start": start,
                "end": end,
            }
        )
    return out
