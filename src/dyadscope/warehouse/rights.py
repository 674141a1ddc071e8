"""The ``rights`` dataset: Political Terror Scale scores (table ``pts``), from the bundled copy."""

from __future__ import annotations

import duckdb

from dyadscope import bundled
from dyadscope.warehouse.store import insert_frame


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    insert_frame(
        con,
        bundled.parquet("pts.parquet"),
        "CREATE TABLE pts AS SELECT iso3, year::INTEGER AS year, amnesty, hrw, state_dept FROM frame_in",
    )
