"""The checks of one article as a versioned JSON document (``dyadscope check -f json``,
``/api/v1/check``), and as rows for a table or CSV.

Contract version 1 (``schema_version: "1"``, ``kind: "dyadscope.checks"``). Top-level keys:

* ``article``: ``title``, ``date`` (ISO date or null: the date that decides the period),
  ``url``, ``origin``;
* ``checks``: a list, in reading order, of

  - ``claim``: ``sentence``, ``kind`` (trade_value | change | rank_share | conversion |
    arithmetic | alignment | uncheckable), ``span`` ([start, end) of the sentence in the
    article's text), ``quote`` and ``quote_span`` (the claim's own words), ``subject``,
    ``partner`` (ISO3 or a group code), ``flow``, ``quantity``, ``unit`` (money | percent |
    multiple | rank | ratio | comparison | record), ``currency``, ``period`` (label),
    ``years``, ``period_inferred``, ``hedge``, ``reason`` (why it cannot be checked),
    ``detail`` (kind-specific: the base of a ratio, the parts of a sum, ...; for ``alignment``:
    ``direction``, ``than`` (the other partner), ``others`` (other countries compared with the same
    partner), ``margin`` (small | large), ``times``, ``exact``, ``rank_in``, ``band`` (top | bottom
    third), ``except``, ``topic``, ``month``, ``own_vote`` (yes | no | abstain), ``base_year``, ``count``),
    ``warnings``;
  - ``verdict``: consistent | overstated | understated | contradicted | sources disagree |
    not checkable;
  - ``explanation``: one sentence saying why;
  - ``tolerance``: the tolerance the hedge implies, in words;
  - ``period``: the period the verdict rests on, in words;
  - ``evidence``: every data value that bears on the claim: ``label``, ``value``, ``unit``,
    ``currency``, ``year``, ``period``, ``source``, ``basis`` (reported | mirror | published
    | group | votes | rate | article), where group is a group's own aggregate rows as the source publishes
    them, e.g. IMF DOTS's rows for Africa; ``in_claim_currency``, ``rate`` (the exchange rate and its
    source beside every converted value), ``note``, ``used`` (false: listed only, e.g. a
    figure for a period after the article's date);
  - ``warnings``;
* ``counts``: checks per verdict;
* ``warnings``: warnings about the article as a whole.

Version 1 is additive-only: new keys may appear, none is removed or renamed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.claims.check import VERDICTS, Check

if TYPE_CHECKING:
    from dyadscope.news.article import Article

SCHEMA_VERSION = "1"
KIND = "dyadscope.checks"


@dataclass
class CheckReport:
    """The checks of one article; iterates over its :class:`~dyadscope.claims.check.Check` s."""

    checks: list[Check]
    title: str = ""
    date: str | None = None
    url: str | None = None
    origin: str = ""
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article, checks: list[Check]) -> CheckReport:
        return cls(
            checks,
            article.title,
            article.date.isoformat() if article.date else None,
            article.url,
            article.origin,
            list(article.warnings),
        )

    def __iter__(self) -> Iterator[Check]:
        return iter(self.checks)

    def __len__(self) -> int:
        return len(self.checks)

    def __getitem__(self, i: int) -> Check:
        return self.checks[i]

    def to_dict(self) -> dict[str, Any]:
        counts = {v: sum(1 for c in self.checks if c.verdict == v) for v in VERDICTS}
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": KIND,
            "article": {"title": self.title, "date": self.date, "url": self.url, "origin": self.origin},
            "checks": [c.to_dict() for c in self.checks],
            "counts": counts,
            "warnings": list(self.warnings),
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per check (the evidence summarised), for a table or CSV."""
        rows = []
        for c in self.checks:
            cl = c.claim
            used = [e for e in c.evidence if e.used]
            rows.append(
                {
                    "kind": cl.kind,
                    "quote": cl.quote,
                    "subject": cl.subject,
                    "partner": cl.partner,
                    "flow": cl.flow,
                    "quantity": cl.quantity,
                    "unit": cl.unit,
                    "currency": cl.currency,
                    "period": c.period or cl.period,
                    "hedge": cl.hedge,
                    "verdict": c.verdict,
                    "explanation": c.explanation,
                    "tolerance": c.tolerance,
                    "evidence": " | ".join(
                        f"{e.label}, {e.period}: {e.value:,.4g} {e.currency or e.unit} ({e.source})" for e in used[:4]
                    ),
                    "sentence": cl.sentence,
                }
            )
        cols = [
            "kind",
            "quote",
            "subject",
            "partner",
            "flow",
            "quantity",
            "unit",
            "currency",
            "period",
            "hedge",
            "verdict",
            "explanation",
            "tolerance",
            "evidence",
            "sentence",
        ]
        return pd.DataFrame(rows, columns=cols)
