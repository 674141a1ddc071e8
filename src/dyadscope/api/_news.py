"""Reading, storing and querying articles and events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from dyadscope import countries as registry
from dyadscope.alignment.query import parse_bound
from dyadscope.api._base import Bound, open_warehouse
from dyadscope.dates import article_date
from dyadscope.errors import DyadscopeError
from dyadscope.evidence import events as event_evidence
from dyadscope.warehouse import Warehouse

if TYPE_CHECKING:  # spaCy is imported only by the commands that read articles
    from dyadscope.news.article import Article


def read(
    source: str | Path,
    *,
    when: date | str | None = None,
    allow_private: bool = False,
    transport: object | None = None,
) -> Article:
    """Read an article from a file, an http(s) URL or ``-`` into source-linked facts.

    ``when`` sets the publication date (used for currency conversion) when the
    source has none. ``allow_private`` lets URLs on loopback/private addresses through
    (tests serve pages on 127.0.0.1). ``.to_dict()`` of the result is the JSON contract.
    """
    from dyadscope.news import reader
    from dyadscope.news.fetch import FetchPolicy

    day = article_date(when)
    kwargs = {"transport": transport} if transport is not None else {}
    return reader.read(source, when=day, policy=FetchPolicy(allow_private=allow_private), **kwargs)


@dataclass
class IngestReport:
    """What a batch read, stored, skipped and could not read."""

    stored: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def tidy(self) -> pd.DataFrame:
        rows = [(s, "stored", "") for s in self.stored]
        rows += [(s, "skipped", why) for s, why in self.skipped]
        rows += [(s, "failed", why) for s, why in self.failed]
        return pd.DataFrame(rows, columns=["item", "status", "reason"])


def save(article: Article, *, warehouse: str | Path | Warehouse | None = None) -> IngestReport:
    """Store one article and its events (skipped if its URL or text is already stored)."""
    from dyadscope.warehouse import news as news_store

    wh = open_warehouse(warehouse)
    report = IngestReport()
    wh.ensure("news")
    with wh.writer("news") as con:
        assert con is not None
        why = news_store.is_stored(con, article)
        if why:
            report.skipped.append((article.origin, why))
        else:
            news_store.save_article(con, article)
            report.stored.append(article.origin)
    return report


def ingest(
    source: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
    allow_private: bool = False,
    when: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    transport: object | None = None,
    n_process: int = 1,
) -> IngestReport:
    """Read a folder of articles (.txt, .md, .html) or an RSS/Atom feed URL and store them.

    Duplicates (same URL or same text) are skipped; an article that cannot be read is
    reported and the batch goes on; everything stored is stored in one atomic load.
    Articles are read in batches with ``nlp.pipe``; ``n_process > 1`` reads them in that
    many worker processes.
    """
    from dyadscope.errors import ArticleError
    from dyadscope.news import feeds, reader
    from dyadscope.news.clean import CleanArticle
    from dyadscope.news.fetch import FetchPolicy
    from dyadscope.warehouse import news as news_store

    policy = FetchPolicy(allow_private=allow_private)
    kwargs = {"transport": transport} if transport is not None else {}
    items = feeds.list_items(str(source), policy, **kwargs)
    report = IngestReport()
    wh = open_warehouse(warehouse)
    wh.ensure("news")
    seen: set[str] = set()
    prepared: list[CleanArticle | ArticleError] = []
    for item in items:
        try:
            clean_art = reader.prepare(item.location, when=item.date or when, policy=policy, **kwargs)
        except DyadscopeError as exc:
            prepared.append(ArticleError(str(exc)))
            continue
        if item.title and not clean_art.title:
            clean_art.title = item.title
        clean_art.url = clean_art.url or item.url
        prepared.append(clean_art)
    with wh.writer("news") as con:
        assert con is not None
        # batches through nlp.pipe (and worker processes when n_process > 1)
        for i, (item, art) in enumerate(zip(items, reader.read_each(prepared, n_process=n_process), strict=True), 1):
            if isinstance(art, ArticleError):
                report.failed.append((item.location, str(art)))
            else:
                why = news_store.is_stored(con, art)
                if why is None and art.content_hash in seen:
                    why = "same text earlier in this batch"
                if why:
                    report.skipped.append((item.location, why))
                else:
                    news_store.save_article(con, art)
                    seen.add(art.content_hash)
                    report.stored.append(item.location)
            if progress is not None:
                progress(i, len(items))
    return report


def import_gdelt(path: str | Path, *, warehouse: str | Path | Warehouse | None = None) -> dict[str, int]:
    """Import a GDELT 1.0 or 2.0 event file into the event table (re-importing replaces)."""
    from dyadscope.news.events import plover_map
    from dyadscope.sources import gdelt
    from dyadscope.warehouse import news as news_store

    frame, rep = gdelt.parse(Path(path))
    wh = open_warehouse(warehouse)
    wh.ensure("news")
    with wh.writer("news") as con:
        assert con is not None
        kept = news_store.import_gdelt(con, frame, plover_map(), Path(path).name, dict(rep.dropped))
    return {
        "read": int(rep.read["events"]),
        "kept": kept,
        **{k: int(v) for k, v in rep.dropped.items()},
    }


def events(
    country: str,
    partner: str,
    *,
    since: Bound = None,
    until: Bound = None,
    directed: bool = True,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """Monthly event counts by PLOVER/CAMEO quad class and the Goldstein sum for a dyad.

    Directed: country -> partner and partner -> country as separate rows; undirected:
    both directions together. Events are deduplicated by event key; ``urls`` lists
    up to five sources per month.
    """
    a, b = registry.resolve(country), registry.resolve(partner)
    lo, hi = parse_bound(since, end=False), parse_bound(until, end=True)
    return event_evidence.monthly(open_warehouse(warehouse), a, b, lo, hi, directed)
