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
