"""What the warehouse holds: loads with their files, coverage per vote source, what each
source dropped, and the size and span of the other datasets."""

from __future__ import annotations

import pandas as pd

from dyadscope.warehouse import Warehouse


def status(wh: Warehouse) -> dict[str, pd.DataFrame]:
    """Frames ``loads``, ``coverage``, ``report``, ``datasets`` and ``path`` (the warehouse folder)."""
    with wh.reader("unga") as con:
        loads = con.execute("SELECT * FROM unga.loads ORDER BY loaded_at").df()
        coverage = con.execute(
            "SELECT r.source, count(DISTINCT r.rcid) AS roll_calls, min(r.date) AS first_vote,"
            " max(r.date) AS last_vote, min(r.session) AS first_session,"
            " max(r.session) AS last_session,"
            " count(*) FILTER (WHERE v.vote <> 'absent') AS votes_cast,"
            " count(*) FILTER (WHERE v.vote = 'absent') AS absences_derived,"
            " count(DISTINCT v.iso3) AS countries"
            " FROM unga.roll_calls r JOIN unga.votes v USING (rcid) GROUP BY r.source ORDER BY 4"
        ).df()
        report = con.execute("SELECT * FROM unga.load_report").df()
    with wh.reader("trade", "news", "rights") as con:
        datasets = con.execute(
            """
            SELECT 'trade' AS dataset, 'BACI flows' AS contents, count(*) AS rows,
                   min(year)::VARCHAR AS first, max(year)::VARCHAR AS last FROM trade.baci
            UNION ALL SELECT 'trade', 'BACI files loaded', count(*), min(loaded_at)::VARCHAR,
                   max(loaded_at)::VARCHAR FROM trade.baci_loads
            UNION ALL SELECT 'news', 'stored articles', count(*), min(date)::VARCHAR, max(date)::VARCHAR
                   FROM news.articles
            UNION ALL SELECT 'news', 'events (' || origin || ')', count(*), min(date)::VARCHAR,
                   max(date)::VARCHAR FROM news.events GROUP BY origin
            UNION ALL SELECT 'rights', 'Political Terror Scale country-years', count(*),
                   min(year)::VARCHAR, max(year)::VARCHAR FROM rights.pts
            """
        ).df()
    return {
        "loads": loads,
        "coverage": coverage,
        "report": report,
        "datasets": datasets,
        "path": pd.DataFrame({"warehouse": [str(wh.path)]}),
    }
