"""Read articles: input -> clean text -> spaCy pipeline -> :class:`~.article.Article`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
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
    texts = pipeline.docs(nlp, ((_full_text(a), a.date) for a in items))
    for art, doc in zip(items, nlp.pipe(texts, batch_size=batch_size), strict=True):
        yield _build(art, doc)


def read_each(
    arts: Iterable[CleanArticle | ArticleError], batch_size: int = 16, n_process: int = 1
) -> Iterator[Article | ArticleError]:
    """Like :func:`read_clean`, but one unusable article (given as, or found to be, an
    :class:`ArticleError`) is yielded in its place and the others are still read.

    ``n_process > 1`` reads batches of ``batch_size`` articles in that many worker
    processes (each builds the pipeline once and returns finished articles, in order);
    spaCy's own ``n_process`` cannot carry the reader's facts across processes.
    """
    if n_process > 1:
        items = list(arts)
        chunks = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
        if len(chunks) > 1:
            with ProcessPoolExecutor(max_workers=min(n_process, len(chunks))) as pool:
                for done in pool.map(_read_chunk, chunks, [batch_size] * len(chunks)):
                    yield from done
            return
        arts = items
    items = []
    for art in arts:
        if isinstance(art, CleanArticle):
            try:
                _check_language(art)
            except ArticleError as exc:
                art = exc
        items.append(art)
    good = [a for a in items if isinstance(a, CleanArticle)]
    nlp = pipeline.build()
    texts = pipeline.docs(nlp, ((_full_text(a), a.date) for a in good))
    docs = iter(nlp.pipe(texts, batch_size=batch_size)) if good else iter(())
    for item in items:
        yield _build(item, next(docs)) if isinstance(item, CleanArticle) else item


def _read_chunk(chunk: list[CleanArticle | ArticleError], batch_size: int) -> list[Article | ArticleError]:
    """One worker's share of :func:`read_each` (module level, so it can be sent to a process)."""
    return list(read_each(chunk, batch_size=batch_size))


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
