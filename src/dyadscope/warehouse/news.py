"""Schema and loads of the ``news`` dataset: stored articles, their events, GDELT events.

* ``articles``: article_id (first 16 hex of the text's SHA-256), url, title, date,
  byline, origin, content_hash, saved_at, extraction (the JSON contract)
* ``events``: one table for coded events from stored articles (``origin = 'article'``)
  and imported GDELT rows (``origin = 'gdelt'``): event_key, origin, date, source,
  target, source_actor, target_actor, cameo, plover, goldstein, quad_class, mentions,
  url, evidence, article_id, file
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from dyadscope.warehouse.store import Dataset, register

if TYPE_CHECKING:  # the reader (spaCy) loads only when articles are read
    from dyadscope.news.article import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (article_id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR,
  date DATE, byline VARCHAR, origin VARCHAR, content_hash VARCHAR, saved_at TIMESTAMP,
  extraction VARCHAR);
CREATE TABLE IF NOT EXISTS events (event_key VARCHAR PRIMARY KEY, origin VARCHAR, date DATE,
  source VARCHAR, target VARCHAR, source_actor VARCHAR, target_actor VARCHAR, cameo VARCHAR,
  plover VARCHAR, goldstein DOUBLE, quad_class INTEGER, mentions INTEGER, url VARCHAR,
  evidence VARCHAR, article_id VARCHAR, file VARCHAR);
CREATE TABLE IF NOT EXISTS imports (imported_at TIMESTAMP, file VARCHAR, kept BIGINT,
  dropped VARCHAR);
"""


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)


register(Dataset("news", "Stored articles, coded events and imported GDELT events", _bootstrap))


def is_stored(con: duckdb.DuckDBPyConnection, article: Article) -> str | None:
    """The reason an article is a duplicate (same URL or same text), or ``None``."""
    row = con.execute(
        "SELECT url, content_hash FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)",
        [article.content_hash, article.url],
    ).fetchone()
    if row is None:
        return None
    return "same text already stored" if row[1] == article.content_hash else "same URL already stored"


def save_article(con: duckdb.DuckDBPyConnection, article: Article) -> str:
    """Insert an article and its events (inside a writer's transaction); returns its id."""
    aid = article.content_hash[:16]
    con.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            aid,
            article.url,
            article.title,
            article.date,
            article.byline,
            article.origin,
            article.content_hash,
            datetime.now(UTC).replace(tzinfo=None),
            json.dumps(article.to_dict()),
        ],
    )
    for i, e in enumerate(article.events):
        con.execute(
            "INSERT INTO events VALUES (?, 'article', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL)",
            [
                f"a:{aid}:{i}",
                article.date,
                e.source,
                e.target,
                e.source_actor,
                e.target_actor,
                e.cameo,
                e.plover,
                e.goldstein,
                e.quad_class,
                article.url or article.origin,
                e.sentence,
                aid,
            ],
        )
    return aid


def import_gdelt(
    con: duckdb.DuckDBPyConnection,
    frame: pd.DataFrame,
    plover: pd.Series,
    file: str,
    dropped: dict[str, int],
) -> int:
    """Insert GDELT events (replacing rows with the same event id); returns rows kept."""
    rows = frame.assign(
        event_key="g:" + frame["event_id"].astype(str),
        plover=frame["cameo"].map(plover).fillna(""),
        file=file,
    )
    con.register("g_in", rows)
    con.execute("DELETE FROM events WHERE event_key IN (SELECT event_key FROM g_in)")
    con.execute(
        "INSERT INTO events SELECT event_key, 'gdelt', date::DATE, source, target, source_actor,"
        " target_actor, cameo, plover, goldstein, quad_class, mentions, url, NULL, NULL, file FROM g_in"
    )
    con.unregister("g_in")
    con.execute(
        "INSERT INTO imports VALUES (?, ?, ?, ?)",
        [datetime.now(UTC).replace(tzinfo=None), file, len(rows), json.dumps(dropped)],
    )
    return len(rows)
