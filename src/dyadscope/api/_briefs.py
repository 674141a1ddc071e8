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
from dyadscope.warehouse.store import datasets

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
    perturbed: bool = True,
) -> Any:
    """Score claim finding and checking against the annotated set (``data/eval/claims.json``
    unless ``gold`` is given) over the articles in ``shared``; returns a
    :class:`~dyadscope.claims.evaluate.ClaimsEval` (``.rows()``, ``.misses``). ``perturbed=False``
    skips the perturbed copies (faster; their rows then count none)."""
    from dyadscope.claims import evaluate

    root = Path(shared)
    if not root.is_dir():
        raise ConfigError(f"shared folder {str(root)!r} does not exist; pass the folder that holds corpus/ and seed/")
    wh = open_warehouse(warehouse)
    wh.ensure("unga")
    return evaluate.run(wh, root, gold, progress, perturbed=perturbed)


def brief(
    source: str | Path | Article | None = None,
    *,
    dyad: Sequence[str] | None = None,
    vs: Sequence[str] | None = None,
    when: date | str | None = None,
    since: int = 2000,
    warehouse: str | Path | Warehouse | None = None,
    cache: bool = True,
) -> Brief:
    """A brief for an article (``source``) or a country pair (``dyad=("KEN", "USA")``,
    compared with ``vs=("CHN", "RUS")``). With an article, the countries it names decide
    the comparisons unless ``vs`` (or ``dyad``) is given. Returns a
    :class:`~dyadscope.report.model.Brief` (``.html()``, ``.save(path)`` for .html or .pdf).

    ``cache``: the article's reading and its claim checks, the chart specs and some queries
    are kept in the warehouse (``.results/``) under a SHA-256 of what decides them (the
    cleaned text, its metadata, the date, the code and the warehouse's data) and read back
    by the next brief of the same article (:func:`_read_and_check`,
    :func:`~dyadscope.report.charts.kept_spec`); ``False`` computes everything afresh and
    keeps nothing."""
    from dyadscope.warehouse import results

    if not cache:
        with results.bypassed():
            return brief(source, dyad=dyad, vs=vs, when=when, since=since, warehouse=warehouse)
    looked_up = dict(results.counts)
    timings = Timings()
    made = _brief(source, dyad=dyad, vs=vs, when=when, since=since, warehouse=warehouse, timings=timings)
    for kind in dict.fromkeys(k.rsplit(" ", 1)[0] for k in results.counts):  # this brief's look-ups
        hit, miss = (results.counts.get(f"{kind} {h}", 0) - looked_up.get(f"{kind} {h}", 0) for h in ("hit", "miss"))
        if hit + miss:
            timings.kept[f"{kind} results"] = f"{hit} of {hit + miss} read back"
    return made


def _brief(
    source: str | Path | Article | None,
    *,
    dyad: Sequence[str] | None,
    vs: Sequence[str] | None,
    when: date | str | None,
    since: int,
    warehouse: str | Path | Warehouse | None,
    timings: Timings,
) -> Brief:
    with stage(timings, "import report"):
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
    art, checks = _read_and_check(wh, source, when, timings)
    declared = None if not isinstance(source, str | Path) else _declared_country(source)
    wanted = [*pair[1:], *others] or None
    return build(
        wh,
        art,
        checks,
        focal=pair[0] if pair else None,
        vs=wanted,
        declared=declared,
        since=since,
        timings=timings,
    )


KEPT = "article-checks"  # the kind of a kept reading + checks in the warehouse's results


def _read_and_check(
    wh: Warehouse, source: str | Path | Article, when: date | str | None, timings: Timings
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The article's JSON contract and its checked claims (``Check.to_dict()``), from the
    warehouse's kept results when the same cleaned article (text, title, date, byline, URL,
    origin), the same ``--date``, the same code (:func:`results.code_version`) and the same
    data (:func:`results.data_version`) were read and checked before; else read (spaCy) and
    checked, and kept. ``timings`` gets the stages and whether the result was kept."""
    from dyadscope.warehouse import results

    if isinstance(source, str | Path):
        with stage(timings, "load article"):
            from dyadscope.news import clean as cleaning
            from dyadscope.news import inputs

            cleaned: Any = cleaning.clean(inputs.load(source), article_date(when))
    else:
        cleaned = source
    name = None
    if results.active() and not wh.read_only:
        with stage(timings, "look up kept checks"):
            fields = dataclasses.asdict(cleaned) if isinstance(source, str | Path) else cleaned.to_dict()
            files = [wh.file(n) for n in sorted(datasets()) if wh.exists(n)]
            name = results.name_of(KEPT, fields, str(when or ""), results.code_version(), results.data_version(files))
            kept = results.get_json(wh.path / results.FOLDER, name)
        if isinstance(kept, dict) and isinstance(kept.get("article"), dict) and isinstance(kept.get("checks"), list):
            timings.kept["article and checks"] = "read back"
            return kept["article"], kept["checks"]
    with stage(timings, "import claims, reader"):
        from dyadscope.claims.check import check_all
        from dyadscope.claims.extract import find_claims
        from dyadscope.news.article import Article
        from dyadscope.news.reader import read_clean
    with stage(timings, "read article"):
        art = cleaned if isinstance(cleaned, Article) else next(read_clean([cleaned]))
        if art.date is None and when is not None:  # an Article read without a date: --date decides the period
            art = dataclasses.replace(art, date=article_date(when))
    with stage(timings, "check claims"):
        checks = [c.to_dict() for c in check_all(wh, find_claims(art), art.date)]
    article = art.to_dict()
    if name is None:
        timings.kept["article and checks"] = "not used"
    else:
        stored = results.put_json(wh.path / results.FOLDER, name, {"article": article, "checks": checks})
        timings.kept["article and checks"] = "computed, kept" if stored else "computed, not keepable"
    return article, checks


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
