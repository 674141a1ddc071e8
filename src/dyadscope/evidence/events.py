"""Events between two countries: monthly counts by quad class and the Goldstein sum.

Rows come from the warehouse's ``news.events`` (articles read with ``--save``, ``ingest``,
or GDELT files imported with ``data load-gdelt``); each event is counted once by its key,
and ``urls`` lists up to five of the articles it was coded from.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dyadscope.warehouse import Warehouse


def monthly(
    wh: Warehouse,
    country: str,
    partner: str,
    since: date | None = None,
    until: date | None = None,
    directed: bool = True,
) -> pd.DataFrame:
    """Events between ``country`` and ``partner`` (ISO3 codes), per month.

    Columns: month, dyad, quad_class, events, goldstein_sum, urls. Directed: ``A -> B`` and
    ``B -> A`` are separate rows; undirected: one ``A <-> B`` row per month and class.
    """
    wh.ensure("news")
    cond = ["((source = ? AND target = ?) OR (source = ? AND target = ?))"]
    params: list[object] = [country, partner, partner, country]
    if since:
        cond.append("date >= ?")
        params.append(since)
    if until:
        cond.append("date <= ?")
        params.append(until)
    if directed:
        direction = "source || ' -> ' || target"
    else:
        direction = "?"
        params.insert(0, f"{country} <-> {partner}")
    sql = (
        f"SELECT date_trunc('month', date)::DATE AS month, {direction} AS dyad, quad_class,"
        " count(DISTINCT event_key) AS events, sum(goldstein) AS goldstein_sum,"
        " list(DISTINCT url)[1:5] AS urls"
        f" FROM news.events WHERE {' AND '.join(cond)} AND date IS NOT NULL"
        " GROUP BY ALL ORDER BY month, dyad, quad_class"
    )
    with wh.reader("news") as con:
        return con.execute(sql, params).df()
