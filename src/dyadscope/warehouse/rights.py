"""The ``rights`` dataset: Political Terror Scale scores (table ``pts``), from the bundled copy."""

from __future__ import annotations

from importlib import resources

import duckdb
import pandas as pd

from dyadscope.warehouse.store import Dataset, register


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    data = resources.files("dyadscope") / "data"
    with resources.as_file(data / "pts.parquet") as p:
        frame = pd.read_parquet(p)
    con.register("pts_in", frame)
    con.execute("CREATE TABLE pts AS SELECT iso3, year::INTEGER AS year, amnesty, hrw, state_dept FROM pts_in")
    con.unregister("pts_in")


register(Dataset("rights", "Political Terror Scale 1976-2023", _bootstrap))
