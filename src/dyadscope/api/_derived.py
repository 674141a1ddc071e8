"""Derived datasets: computed by the load that changes their inputs, or by ``refresh``.

A derived dataset (today: the ideal-point estimates, from the UN votes) is never computed
inside a read. ``dyadscope data load`` refreshes it after the votes are swapped in, and
``dyadscope data refresh`` does it explicitly, each in one process; the web server opens
the warehouse read-only and answers 503 until the refresh has run.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyadscope.api._base import ProgressFn, open_warehouse
from dyadscope.warehouse import Warehouse


def refresh(
    *,
    warehouse: str | Path | Warehouse | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
) -> pd.DataFrame:
    """Compute the derived datasets that are missing or stale (all of them with ``force``).

    Returns one row per derived dataset: dataset, status ('computed' or 'up to date'),
    rows, and the votes load it was computed from."""
    from dyadscope.alignment import cache
    from dyadscope.alignment.idealpoints import IdealPointConfig

    wh = open_warehouse(warehouse)
    wh.ensure("unga", "idealpoints")
    cfg = IdealPointConfig()
    before = None if force else cache.read(wh, cfg)
    if before is None:
        cache.refresh(wh, cfg, progress=progress)
    found = cache.read(wh, cfg)
    assert found is not None
    est, meta = found
    return pd.DataFrame(
        [
            {
                "dataset": "idealpoints",
                "status": "up to date" if before is not None else "computed",
                "rows": len(est),
                "votes_loaded_at": str(meta.get("votes_loaded_at", meta.get("origin", ""))),
            }
        ]
    )
