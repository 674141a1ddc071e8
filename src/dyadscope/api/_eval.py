"""Evaluation against the annotated sets: the reader's and the claim checks' (docs/evaluation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadscope.claims.evaluate import SetName
    from dyadscope.news.evaluation import Report


def eval_reader(
    shared: str | Path | None = None,
    *,
    gold: str | Path | None = None,
    texts: str | Path | None = None,
) -> Report:
    """Score the article reader. With ``gold`` (a reader gold file in the format of
    ``data/eval/voa_reader_gold.json``): that file alone, its articles under ``texts`` or next to
    and above the gold file. Otherwise the seed's hand-checked expectations, every bundled reader
    set (``news.evaluation.READER_SETS``) and, with ``shared`` (the folder holding data/ and
    corpus/), the PLOVER GSR and the VOA annotations. Returns a Report (``.tidy()``, ``.failures``)."""
    from dyadscope.news import evaluation

    if gold is not None:
        report = evaluation.Report()
        evaluation.reader_gold_file(Path(gold), None if texts is None else Path(texts), report)
        return report
    if texts is not None:
        from dyadscope.errors import ConfigError

        raise ConfigError("texts goes with gold (the folder of that gold file's articles)")
    return evaluation.run(None if shared is None else Path(shared), bundled_sets=True)


def claim_sets(names: list[str] | tuple[str, ...] | None = None) -> list[tuple[SetName, str, str]]:
    """The bundled claims sets (name, title, gold file) in the order of a full evaluation; ``names``
    picks some of them (case-insensitive, each once); an unknown name is an error naming the valid ones."""
    from dyadscope.claims import evaluate

    return evaluate.bundled_sets(names)
