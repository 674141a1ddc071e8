"""Helpers shared by tests."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path

from dyadscope.warehouse import Warehouse


def _hold_load(path: str, dataset: str, sql: str, started: mp.synchronize.Event, release: mp.synchronize.Event) -> None:
    wh = Warehouse(Path(path))
    with wh.writer(dataset) as con:
        assert con is not None
        con.execute(sql)
        started.set()
        release.wait(60)


@contextlib.contextmanager
def load_held_open(path: Path | str, dataset: str, sql: str) -> Iterator[None]:
    """Another process runs ``sql`` inside a load of ``dataset`` and keeps the load open
    until the block ends; the load then completes and must exit cleanly."""
    ctx = mp.get_context("spawn")
    started, release = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_load, args=(str(path), dataset, sql, started, release))
    proc.start()
    try:
        assert started.wait(60), "the writer did not start"
        yield
    finally:
        release.set()
        proc.join(60)
    assert proc.exitcode == 0


def _reload_then_import(path: str, gdelt_file: str) -> None:
    from dyadscope import api
    from dyadscope.warehouse import unga

    wh = Warehouse(Path(path))
    with wh.writer("unga", fresh=True) as con:  # a votes reload (the estimates become stale)
        assert con is not None
        unga.bootstrap(con)
        con.execute("UPDATE loads SET origin = 'raw files: a reload during traffic'")
    api.import_gdelt(gdelt_file, warehouse=wh)


def reload_votes_and_import_gdelt(path: Path | str, gdelt_file: Path | str) -> mp.process.BaseProcess:
    """Start, in another process, a votes reload and then a GDELT import into ``path``."""
    proc = mp.get_context("spawn").Process(target=_reload_then_import, args=(str(path), str(gdelt_file)))
    proc.start()
    return proc
