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
from dyadscope.errors import ConfigError, NoDataError
from dyadscope.warehouse import Warehouse

if TYPE_CHECKING:  # spaCy is imported only by the commands that read articles
    from dyadscope.claims.contract import CheckReport
    from dyadscope.news.article import Article


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
        article = dataclasses.replace(article, date=when if isinstance(when, date) else date.fromisoformat(when))
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
) -> Any:
    """A brief for an article (``source``) or a country pair (``dyad=("KEN", "USA")``,
    compared with ``vs=("CHN", "RUS")``). Returns a :class:`~dyadscope.report.brief.Brief`
    (``.html()``, ``.save(path)`` for .html or .pdf)."""
    import time as _time

    from dyadscope.claims.check import check_all
    from dyadscope.claims.extract import find_claims
    from dyadscope.news.article import Article
    from dyadscope.report import brief as br

    timings: dict[str, float] = {}
    wh = open_warehouse(warehouse)
    t0 = _time.perf_counter()
    wh.ensure()
    timings["open warehouse"] = _time.perf_counter() - t0
    article = None
    checks: list[Any] = []
    if source is not None:
        t0 = _time.perf_counter()
        art = source if isinstance(source, Article) else read(source, when=when)
        timings["read article"] = _time.perf_counter() - t0
        t0 = _time.perf_counter()
        checks = check_all(wh, find_claims(art), art.date)
        timings["check claims"] = _time.perf_counter() - t0
        article = art.to_dict()
        counts = art.country_counts()
        focal = next(iter(counts), None)
        if focal is None:
            raise NoDataError("the article mentions no country; nothing to brief on")
        others = [c for c in counts if c != focal][:3]
        partners = list(dict.fromkeys(["USA", "CHN", "RUS", *others]))
        partners = [p for p in partners if p != focal][:4]
        title = art.title or "Article brief"
    elif dyad:
        names = registry.resolve_many(list(dyad) + list(vs or []))
        focal, partners = names[0], names[1:]
        if not partners:
            raise ConfigError("--dyad needs two countries, e.g. --dyad KEN USA")
        title = f"{registry.name(focal)} and {registry.name(partners[0])}" + (
            f", compared with {', '.join(registry.name(p) for p in partners[1:])}" if len(partners) > 1 else ""
        )
    else:
        raise ConfigError("give an article, or --dyad A B")
    sections, sources = [], []
    for label, make in (
        ("alignment", lambda: br.alignment_section(focal, partners, since, wh)),
        (
            "trade",
            lambda: br.trade_section(
                focal, partners[:2] if source is not None else partners, art.date if source is not None else None
            ),
        ),
        ("events", lambda: br.events_section(article, focal, partners[:2], wh)),
        ("rights", lambda: br.rights_section(focal, wh)),
    ):
        t0 = _time.perf_counter()
        sec, srcs = make()
        timings[label] = _time.perf_counter() - t0
        sections.append(sec)
        sources += srcs
    last_year = art.date.year if source is not None and art.date else date.today().year - 1
    summary = _summary(focal, partners, checks, sections, last_year)
    if article is not None:
        sources.insert(0, f"Article: {article['url'] or article['origin']}")
    sources.append("Exchange rates: IMF World Economic Outlook (Jan 2025); Central Bank of Kenya daily rates")
    return br.Brief(
        title, summary, article, [c.to_dict() for c in checks], sections, list(dict.fromkeys(sources)), timings
    )


def _summary(focal: str, partners: list[str], checks: list[Any], sections: list[Any], last_year: int) -> list[str]:
    lines = []
    for c in checks:
        lines.append(f"{c.verdict.capitalize()}: “{c.claim.sentence[:100]}”. {c.explanation}")
    align = next((s for s in sections if s.title.startswith("UN")), None)
    if align and align.tables:
        wide = align.tables[0][1]
        wide = wide[wide["year"] <= last_year]
        if wide.empty:
            return lines
        last = wide.iloc[-1]
        parts = [f"{p} {last[p]:.2f}" for p in partners if p in wide.columns and last[p] == last[p]]
        lines.append(
            f"UN voting coincidence of {registry.name(focal)} in {int(last['year'])}: " + ", ".join(parts) + "."
        )
    if not checks:
        lines.append("No checkable claims (figures between two countries, trade ratios or alignment statements).")
    return lines
