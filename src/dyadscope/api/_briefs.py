"""Claims checked against data, and briefs."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope import countries as registry
from dyadscope.api._base import open_warehouse
from dyadscope.api._news import read
from dyadscope.dates import article_date
from dyadscope.errors import ConfigError, DyadscopeError
from dyadscope.timing import Timings, stage
from dyadscope.warehouse import Warehouse

if TYPE_CHECKING:  # spaCy is imported only by the commands that read articles
    from dyadscope.claims.contract import CheckReport
    from dyadscope.news.article import Article
    from dyadscope.report.model import Brief


def check(
    source: str | Path | Article,
    *,
    when: date | str | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> CheckReport:
    """Claims of an article with verdicts and evidence, checked against ``warehouse`` (default:
    the ``DYADSCOPE_WAREHOUSE`` setting). Iterate over the result for the
    :class:`~dyadscope.claims.check.Check` s; ``.to_dict()`` is the versioned JSON contract
    (see :mod:`dyadscope.claims.contract`) that ``dyadscope check -f json`` prints."""
    from dyadscope.claims.check import check_all
    from dyadscope.claims.contract import CheckReport
    from dyadscope.claims.extract import find_claims
    from dyadscope.news.article import Article

    article = source if isinstance(source, Article) else read(source, when=when)
    if article.date is None and when is not None:  # an Article read without a date: --date decides the period
        article = dataclasses.replace(article, date=article_date(when))
    return CheckReport.of(article, check_all(open_warehouse(warehouse), find_claims(article), article.date))


def eval_claims(
    shared: str | Path,
    *,
    gold: str | Path | None = None,  # a path, or "eval/claims_constructed.json" for the constructed set
    warehouse: str | Path | Warehouse | None = None,
    progress: Callable[[str], None] | None = None,
) -> Any:
    """Score claim finding and checking against the annotated set (``data/eval/claims.json``
    unless ``gold`` is given) over the articles in ``shared``; returns a
    :class:`~dyadscope.claims.evaluate.ClaimsEval` (``.rows()``, ``.misses``)."""
    from dyadscope.claims import evaluate

    root = Path(shared)
    if not root.is_dir():
        raise ConfigError(f"shared folder {str(root)!r} does not exist; pass the folder that holds corpus/ and seed/")
    wh = open_warehouse(warehouse)
    wh.ensure("unga")
    return evaluate.run(wh, root, gold, progress)


def brief(
    source: str | Path | Article | None = None,
    *,
    dyad: Sequence[str] | None = None,
    vs: Sequence[str] | None = None,
    when: date | str | None = None,
    since: int = 2000,
    warehouse: str | Path | Warehouse | None = None,
) -> Brief:
    """A brief for an article (``source``) or a country pair (``dyad=("KEN", "USA")``,
    compared with ``vs=("CHN", "RUS")``). With an article, the countries it names decide
    the comparisons unless ``vs`` (or ``dyad``) is given. Returns a
    :class:`~dyadscope.report.model.Brief` (``.html()``, ``.save(path)`` for .html or .pdf)."""
    timings = Timings()
    with stage(timings, "import claims, report"):
        from dyadscope.claims.check import check_all
        from dyadscope.claims.extract import find_claims
        from dyadscope.news.article import Article
        from dyadscope.report.brief import build

    with stage(timings, "open warehouse"):
        wh = open_warehouse(warehouse)
        wh.ensure()
    pair = registry.resolve_many(list(dyad)) if dyad else []
    others = registry.resolve_many(list(vs)) if vs else []
    if source is None:
        if len(pair) < 2:
            raise ConfigError("--dyad needs two countries, e.g. --dyad KEN USA (or give an article)")
        return build(wh, None, focal=pair[0], vs=[*pair[1:], *others], since=since, timings=timings)
    with stage(timings, "read article"):
        art = source if isinstance(source, Article) else read(source, when=when)
        if art.date is None and when is not None:  # an Article read without a date: --date decides the period
            art = dataclasses.replace(art, date=article_date(when))
    with stage(timings, "check claims"):
        checks = check_all(wh, find_claims(art), art.date)
    declared = None if isinstance(source, Article) else _declared_country(source)
    wanted = [*pair[1:], *others] or None
    return build(
        wh,
        art.to_dict(),
        [c.to_dict() for c in checks],
        focal=pair[0] if pair else None,
        vs=wanted,
        declared=declared,
        since=since,
        timings=timings,
    )


def _declared_country(source: str | Path) -> str | None:
    """The country a Markdown article declares in its front matter (``country: Zambia``)."""
    import re

    path = Path(str(source))
    if path.suffix.lower() not in (".md", ".markdown") or not path.is_file():
        return None
    head = path.read_text("utf-8", errors="replace")[:4000]
    m = re.match(r"---\s*\n(.*?)\n---", head, re.S)
    hit = re.search(r"^country:\s*(.+)$", m.group(1), re.M) if m else None
    if not hit:
        return None
    try:
        return registry.resolve(hit.group(1).strip().strip("\"'"))
    except DyadscopeError:
        return None
