"""An article's extraction (the JSON contract) as flat rows, one table per kind of fact.

Used where many articles are stored as tables (the Spark batch reader's Parquet). Every
row carries ``article_id`` and the character span it came from, so it can be traced back
to the sentence in ``articles.text``. The columns come from the fact declarations of
:mod:`dyadscope.news.schema`.
"""

from __future__ import annotations

from typing import Any

from dyadscope.news.schema import FACTS

# table -> (column, Spark SQL type); the order is the order of the columns
TABLES: dict[str, list[tuple[str, str]]] = {name: fact.flat_columns() for name, fact in FACTS.items()}


def spark_schema(table: str) -> str:
    return FACTS[table].spark_schema()


def rows(article_id: str, extraction: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, fact in FACTS.items():
        prefix: dict[str, Any] = {"article_id": article_id}
        if "date" in dict(fact.flat_prefix):
            prefix["date"] = extraction.get("date")
        out[name] = [fact.row(item, **prefix) for item in extraction.get(name, [])]
    return out
