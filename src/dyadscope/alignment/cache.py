"""The ``idealpoints`` dataset: estimates cached in the warehouse, tied to the votes they used.

The cache is valid while the ``unga`` dataset's latest load and the estimator settings
are the ones recorded with it. The estimates are computed by :func:`refresh`, which the
votes load (``dyadscope data load``) and ``dyadscope data refresh`` run in one process;
a read-only warehouse (the web server's) never estimates: :func:`refresh` raises there
instead of spending some 20 s of CPU inside a request.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime

import duckdb
import pandas as pd

from dyadscope import bundled
from dyadscope.alignment.idealpoints import IdealPointConfig, IdealPointFit, estimate
from dyadscope.errors import WarehouseError
from dyadscope.warehouse.store import Warehouse

SCHEMA = """
CREATE TABLE IF NOT EXISTS estimates (session INTEGER, year INTEGER, country VARCHAR,
  ideal_point DOUBLE, se DOUBLE, lower DOUBLE, upper DOUBLE, n BIGINT);
CREATE TABLE IF NOT EXISTS fits (fitted_at TIMESTAMP, votes_loaded_at TIMESTAMP,
  config VARCHAR, iterations INTEGER, converged BOOLEAN, log_posterior DOUBLE,
  n_votes BIGINT, n_items BIGINT, n_item_groups BIGINT);
"""


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)


ProgressFn = Callable[[int, float], None]


def votes_loaded_at(wh: Warehouse) -> datetime:
    with wh.reader("unga") as con:
        row = con.execute("SELECT max(loaded_at) FROM unga.loads").fetchone()
    assert row is not None
    stamp: datetime = row[0]
    return stamp


def _key(config: IdealPointConfig) -> str:
    """How a configuration is stored beside its estimates."""
    return json.dumps(asdict(config), sort_keys=True)


def _bundled_meta(config: IdealPointConfig) -> dict[str, object] | None:
    """The bundled fit's record when it was made with ``config`` (else None)."""
    try:
        meta: dict[str, object] = json.loads(bundled.text("idealpoints_fit.json"))
    except FileNotFoundError:
        return None
    return meta if meta.get("config") == _key(config) else None


def _bundled(wh: Warehouse, config: IdealPointConfig) -> tuple[pd.DataFrame, dict[str, object]] | None:
    """Estimates computed by ``scripts/build_data.py`` with the same estimator on the
    bundled votes; valid while the warehouse holds exactly those votes and the settings match."""
    meta = _bundled_meta(config)
    if meta is None:
        return None
    manifest = json.loads(bundled.text("unga_manifest.json"))
    with wh.reader("unga") as con:
        row = con.execute("SELECT origin, files FROM unga.loads ORDER BY loaded_at DESC LIMIT 1").fetchone()
    if row is None or not str(row[0]).startswith("bundled copy") or json.loads(row[1]) != manifest["files"]:
        return None
    est = bundled.parquet("idealpoints.parquet")
    meta["origin"] = "bundled estimates (scripts/build_data.py, same estimator and votes)"
    return est, meta


def read(wh: Warehouse, config: IdealPointConfig) -> tuple[pd.DataFrame, dict[str, object]] | None:
    """Cached estimates for ``config`` and the current votes (or the bundled ones), or ``None``."""
    stamp = votes_loaded_at(wh)
    with wh.reader("idealpoints") as con:
        fit = con.execute(
            "SELECT * FROM idealpoints.fits WHERE votes_loaded_at = ? AND config = ?",
            [stamp, _key(config)],
        ).df()
        if fit.empty:
            return _bundled(wh, config)
        est = con.execute("SELECT * FROM idealpoints.estimates").df()
    return est, {str(k): v for k, v in fit.iloc[0].to_dict().items()}


def write(wh: Warehouse, config: IdealPointConfig, fit: IdealPointFit) -> None:
    """Replace the cached estimates atomically."""
    stamp = votes_loaded_at(wh)
    with wh.writer("idealpoints", fresh=True) as con:
        assert con is not None
        con.execute(SCHEMA)
        est = fit.estimates
        con.register("est_in", est)
        con.execute("INSERT INTO estimates SELECT session, year, country, ideal_point, se, lower, upper, n FROM est_in")
        con.unregister("est_in")
        con.execute(
            "INSERT INTO fits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                datetime.now(UTC).replace(tzinfo=None),
                stamp,
                _key(config),
                fit.iterations,
                fit.converged,
                fit.log_posterior,
                fit.n_votes,
                fit.n_items,
                fit.n_item_groups,
            ],
        )


def _latest(wh: Warehouse, config: IdealPointConfig) -> tuple[pd.DataFrame, dict[str, object]] | None:
    """The stored estimates for ``config`` whatever votes they came from (stale ones flagged)."""
    with wh.reader("idealpoints") as con:
        fit = con.execute(
            "SELECT * FROM idealpoints.fits WHERE config = ? ORDER BY fitted_at DESC LIMIT 1",
            [_key(config)],
        ).df()
        est = con.execute("SELECT * FROM idealpoints.estimates").df() if not fit.empty else None
    if est is None:
        found = _bundled_meta(config)
        if found is None:
            return None
        meta = found
        est = bundled.parquet("idealpoints.parquet")
    else:
        meta = {str(k): v for k, v in fit.iloc[0].to_dict().items()}
    meta["stale"] = True
    meta["origin"] = (
        "estimates from an earlier load of the votes (the votes were reloaded since; "
        "'dyadscope data refresh' recomputes them)"
    )
    return est, meta


def current(wh: Warehouse, config: IdealPointConfig) -> tuple[pd.DataFrame, dict[str, object]] | None:
    """The estimates for ``config`` and the current votes; on a read-only warehouse (the
    web server) also the last ones stored when the votes were reloaded since (``stale``
    in the metadata), so pages keep answering until a refresh runs."""
    found = read(wh, config)
    if found is None and wh.read_only:
        return _latest(wh, config)
    return found


def refresh(wh: Warehouse, config: IdealPointConfig, progress: ProgressFn | None = None) -> None:
    """Estimate the ideal points from all of the warehouse's votes and store them (the write
    path: ``dyadscope data load``, ``data refresh``). Refuses on a read-only warehouse."""
    if wh.read_only:
        raise WarehouseError(
            "ideal points are not computed for the votes now loaded; they are computed by "
            "'dyadscope data load' and 'dyadscope data refresh', never by the web server"
        )
    votes, calls = estimator_input(wh)
    write(wh, config, estimate(votes, calls, config, progress=progress))


def estimator_input(wh: Warehouse) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The warehouse's votes (rcid, iso3, vote) and roll calls (rcid, session, amend, para,
    bridge_text) in the form :func:`~dyadscope.alignment.idealpoints.estimate` takes."""
    wh.ensure("unga")
    with wh.reader("unga") as con:
        votes = con.execute("SELECT rcid, iso3, vote::VARCHAR AS vote FROM unga.votes WHERE vote <> 'absent'").df()
        calls = con.execute(
            "SELECT rcid, session, amend, para, CASE WHEN source = 'un-dgacm' THEN title"
            " ELSE description END AS bridge_text FROM unga.roll_calls"
        ).df()
    return votes, calls
