"""What to ingest: the article files of a folder, or the entries of an RSS/Atom feed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dyadscope.errors import ArticleError
from dyadscope.news.fetch import FetchPolicy, fetch
from dyadscope.news.inputs import SUFFIXES, decode

# a corpus folder's own documentation, not articles (README.md, LICENSE.txt, ...)
NOT_ARTICLES = frozenset({"README", "CHANGELOG", "CHANGES", "LICENSE", "LICENCE", "CONTRIBUTING", "NOTICE", "AUTHORS"})


@dataclass(frozen=True)
class Item:
    location: str  # a path or URL
    title: str | None = None
    url: str | None = None
    date: date | None = None


def list_items(source: str, policy: FetchPolicy, **fetch_kwargs: Any) -> list[Item]:
    """Items of a folder (sorted paths) or of a feed URL (entries with links)."""
    if re.match(r"^https?://", source):
        import feedparser

        page = fetch(source, policy, **fetch_kwargs)
        parsed = feedparser.parse(decode(page.content, page.url, page.charset))
        if parsed.bozo and not parsed.entries:
            raise ArticleError(f"{source}: not an RSS or Atom feed ({parsed.bozo_exception})")
        items = []
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            day = None
            if entry.get("published_parsed"):
                t = entry.published_parsed
                day = date(t.tm_year, t.tm_mon, t.tm_mday)
            items.append(Item(link, entry.get("title"), link, day))
        return items
    folder = Path(source)
    if not folder.is_dir():
        raise ArticleError(f"{source}: not a folder or an http(s) feed URL")
    return [
        Item(str(p))
        for p in sorted(folder.rglob("*"))
        if p.suffix.lower() in SUFFIXES and p.is_file() and p.stem.upper() not in NOT_ARTICLES
    ]
