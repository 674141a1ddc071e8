"""Schema and loads of the ``news`` dataset: stored articles, their events, GDELT events.

* ``articles``: article_id (first 16 hex of the text's SHA-256), url, title, date,
  byline, origin, content_hash, saved_at, extraction (the JSON contract)
* ``events``: one table for coded events from stored articles (``origin = 'article'``)
  and imported GDELT rows (``origin = 'gdelt'``): event_key, origin, date, source,
  target, source_actor, target_actor, cameo, plover, goldstein, quad_class, mentions,
  url, evidence, article_id, file, trigger, confidence, displayed, pattern; the columns
  are declared once in :data:`dyadscope.news.schema.WAREHOUSE_EVENTS` (from the event
  fact declaration); a warehouse made by an older version gets the new columns added.
  An article's events are stored here only when displayed (confidence at or above
  :data:`dyadscope.news.events.DISPLAY_THRESHOLD`); ``articles.extraction`` keeps them all.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from dyadscope.news.schema import WAREHOUSE_EVENTS

if TYPE_CHECKING:  # the reader (spaCy) loads only when articles are read
    from dyadscope.news.article import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (article_id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR,
  date DATE, byline VARCHAR, origin VARCHAR, content_hash VARCHAR, saved_at TIMESTAMP,
  extraction VARCHAR);
CREATE TABLE IF NOT EXISTS imports (imported_at TIMESTAMP, file VARCHAR, kept BIGINT,
  dropped VARCHAR);
"""


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)
    con.execute(WAREHOUSE_EVENTS.ddl())
    for sql in WAREHOUSE_EVENTS.migrations():
        con.execute(sql)


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
    for sql in WAREHOUSE_EVENTS.migrations():  # a warehouse made by an older version
        con.execute(sql)
    insert = WAREHOUSE_EVENTS.insert()
    # the events table feeds the brief and the web: only events at or above the display
    # threshold; the extraction JSON keeps every event
    for i, e in enumerate(ev for ev in article.events if ev.displayed):
        fact = e.to_dict()
        values = {
            **{k: fact.get(k) for k in WAREHOUSE_EVENTS.names},
            "event_key": f"a:{aid}:{i}",
            "origin": "article",
            "date": article.date,
            "mentions": 1,
            "url": article.url or article.origin,
            "evidence": e.sentence,
            "article_id": aid,
            "file": None,
        }
        con.execute(insert, [values[k] for k in WAREHOUSE_EVENTS.names])
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
    for sql in WAREHOUSE_EVENTS.migrations():
        con.execute(sql)
    con.register("g_in", rows)
    con.execute("DELETE FROM events WHERE event_key IN (SELECT event_key FROM g_in)")
    given = {"origin": "'gdelt'", "date": "date::DATE", "evidence": "NULL", "article_id": "NULL"}
    present = set(rows.columns)
    exprs = [given.get(c, c if c in present else "NULL") for c in WAREHOUSE_EVENTS.names]
    con.execute(f"INSERT INTO events ({', '.join(WAREHOUSE_EVENTS.names)}) SELECT {', '.join(exprs)} FROM g_in")
    con.unregister("g_in")
    con.execute(
        "INSERT INTO imports VALUES (?, ?, ?, ?)",
        [datetime.now(UTC).replace(tzinfo=None), file, len(rows), json.dumps(dropped)],
    )
    return len(rows)
