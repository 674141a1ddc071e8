"""Read articles: input -> clean text -> spaCy pipeline -> :class:`~.article.Article`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from dyadscope.errors import ArticleError
from dyadscope.news import amounts as amounts_mod
from dyadscope.news import inputs, pipeline
from dyadscope.news.article import Article
from dyadscope.news.clean import CleanArticle, clean
from dyadscope.news.fetch import FetchPolicy

_WORD = re.compile(r"[A-Za-z']+|[^\W\d_]+")


def english_share(text: str) -> float:
    """Share of words that are English stop words (English prose: about 0.4)."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return 0.0
    return sum(1 for w in words if w in STOP_WORDS) / len(words)


def prepare(
    source: str | Path,
    *,
    when: date | None = None,
    policy: FetchPolicy | None = None,
    **fetch_kwargs: Any,
) -> CleanArticle:
    """Load and clean one article; raises :class:`ArticleError` for unusable input."""
    raw = inputs.load(source, policy, **fetch_kwargs)
    return clean(raw, when)


def _check_language(art: CleanArticle) -> None:
    share = english_share(art.text)
    if share < 0.15:
        raise ArticleError(
            f"{art.origin}: the text does not look like English ({share:.0%} English function words); "
            "dyadscope reads English articles only"
        )


def _build(art: CleanArticle, doc: Any) -> Article:
    found = list(doc._.amounts or [])
    amounts_mod.convert(found, art.date.year if art.date else None)
    warnings = list(doc._.errors or [])
    if not doc._.countries:
        warnings.append("no country is mentioned in this article")
    if art.date is None:
        warnings.append("no publication date: amounts are not converted to USD (use --date)")
    return Article(
        title=art.title,
        text=doc.text,
        date=art.date,
        url=art.url,
        byline=art.byline,
        origin=art.origin,
        countries=list(doc._.countries or []),
        people=list(doc._.people or []),
        organizations=list(doc._.organizations or []),
        quotes=list(doc._.quotes or []),
        amounts=found,
        events=list(doc._.events or []),
        ambiguous=list(doc._.ambiguous or []),
        warnings=warnings,
    )


def _full_text(art: CleanArticle) -> str:
    return f"{art.title}\n\n{art.text}" if art.title else art.text


def read_clean(arts: Iterable[CleanArticle], batch_size: int = 16) -> Iterator[Article]:
    """Run the pipeline over cleaned articles in batches (``nlp.pipe``)."""
    nlp = pipeline.build()
    items = list(arts)
    for art in items:
        _check_language(art)
    for art, doc in zip(items, nlp.pipe((_full_text(a) for a in items), batch_size=batch_size), strict=True):
        yield _build(art, doc)


def read_each(arts: Iterable[CleanArticle | ArticleError], batch_size: int = 16) -> Iterator[Article | ArticleError]:
    """Like :func:`read_clean`, but one unusable article (given as, or found to be, an
    :class:`ArticleError`) is yielded in its place and the others are still read."""
    items: list[CleanArticle | ArticleError] = []
    for art in arts:
        if isinstance(art, CleanArticle):
            try:
                _check_language(art)
            except ArticleError as exc:
                art = exc
        items.append(art)
    good = [a for a in items if isinstance(a, CleanArticle)]
    nlp = pipeline.build()
    docs = iter(nlp.pipe((_full_text(a) for a in good), batch_size=batch_size)) if good else iter(())
    for item in items:
        yield _build(item, next(docs)) if isinstance(item, CleanArticle) else item


def read(
    source: str | Path,
    *,
    when: date | None = None,
    policy: FetchPolicy | None = None,
    **fetch_kwargs: Any,
) -> Article:
    """Read one article from a path, URL or ``-`` (standard input)."""
    art = prepare(source, when=when, policy=policy, **fetch_kwargs)
    return next(read_clean([art]))


def read_text(text: str, *, title: str = "", when: date | None = None, url: str | None = None) -> Article:
    """Read an article given as a string (the first line is the title if none is given)."""
    raw = inputs.from_text(text, "text") if not title else inputs.RawArticle("text", text=text, title=title)
    raw.url = raw.url or url
    return next(read_clean([clean(raw, when)]))
