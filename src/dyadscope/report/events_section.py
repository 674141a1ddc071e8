"""The brief's events section: events coded in the article and those stored between the
named countries (:func:`events`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dyadscope.report import _data, charts
from dyadscope.report import format as fmt
from dyadscope.report.model import Section, Table
from dyadscope.warehouse import Warehouse


def events(
    wh: Warehouse,
    article: dict[str, object] | None,
    focal: str,
    partners: Sequence[str],
    why: str = "",
    *,
    since: int | None = None,
    until: int | None = None,
) -> Section:
    """Events coded in the article, and stored events between the named dyads (in the years
    ``since``-``until`` when given)."""
    title = "Events between the named countries"
    frames, chs, notes = [], [], []
    src = "CAMEO codes and Goldstein scale (GDELT lookups); PLOVER (Open Event Data Alliance)"
    evs = list(article.get("events", [])) if article else []  # type: ignore[call-overload]
    if evs:
        ev = pd.DataFrame(evs)
        view = ev.assign(
            dyad=ev["source"].fillna("?") + " → " + ev["target"].fillna("?"),
            sentence=ev["sentence"].map(lambda s: fmt.shorten(str(s), 120)),
        )[["dyad", "plover", "cameo_name", "goldstein", "sentence"]]
        frames.append(
            Table(
                "Events coded in the article",
                view,
                formats={"goldstein": "ratio"},
                labels={
                    "dyad": "Who → whom",
                    "plover": "PLOVER",
                    "cameo_name": "CAMEO",
                    "goldstein": "Goldstein (-10 to +10)",
                    "sentence": "Sentence",
                },
                source=src,
            )
        )
    stored = []
    for p in partners:
        f = _data.events(wh, focal, p, since, until)
        if not f.empty:
            stored.append(f)
    if stored:
        allf = pd.concat(stored, ignore_index=True)
        chs.append(
            charts.kept_chart(
                wh, "events", "events", [src], charts.events_chart, frame=allf, title="Stored events by month"
            )
        )
    else:
        notes.append("No stored events between these countries (dyadscope ingest, read --save, data load-gdelt).")
    return Section(title, frames, chs, [src], notes, "events", why)
