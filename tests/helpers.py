"""Helpers shared by tests."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.warehouse import Warehouse

if TYPE_CHECKING:
    from dyadscope.claims.contract import CheckReport

# The hedges' tolerances for an alignment share (docs/claims.md), written out here as the tests'
# independent reference: claimed/actual bounds (low, high); None = no bound on that side.
SHARE_TOLERANCE: dict[str | None, tuple[float | None, float | None]] = {
    "about": (0.85, 1.15),
    None: (0.90, 1.10),
    "more than": (0.95, None),
    "less than": (None, 1.05),
    "fewer than": (None, 1.05),
}


def check_text(text: str, wh: Warehouse | Path, when: str = "2024-12-15") -> CheckReport:
    """The claim checks of ``text`` read as an article body (a one-word title above it)."""
    from dyadscope import api
    from dyadscope.news.reader import read_text

    return api.check(read_text("Claims\n\n" + text), when=when, warehouse=wh)


def table_rows(output: str) -> dict[str, str]:
    """The rows of a three-column rich table printed by the CLI (measure, value, n): measure -> value."""
    out = {}
    for line in output.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 3 and cells[1]:
            out[cells[0]] = cells[1]
    return out


def coincidence(wh: Warehouse, a: str, b: str, year: int) -> float:
    """``a``'s State Department coincidence with ``b`` in ``year``, from the evidence layer."""
    from dyadscope.evidence import votes

    flt = votes.VoteFilter.parse(year, year)
    return float(votes.alignment_series(wh, a, [b], "coincidence", "year", flt)["value"].mean())


def share_verdict(value: float, claimed: float, hedge: str | None) -> str:
    """The verdict on a claimed share against the measured ``value`` under :data:`SHARE_TOLERANCE`."""
    lo, hi = SHARE_TOLERANCE[hedge]
    ratio = value / claimed
    if lo is not None and ratio < lo:
        return "overstated"
    if hi is not None and ratio > hi:
        return "understated"
    return "consistent"


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


@contextlib.contextmanager
def serving(settings: object) -> Iterator[str]:
    """The web app for ``settings`` (a :class:`dyadscope.web.app.WebSettings`) served by
    uvicorn on a free loopback port in a thread, for as long as the block runs: its URL."""
    import socket
    import threading
    import time

    import uvicorn

    from dyadscope.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


# In a page: elements that reach past the viewport's right edge (outside .scroll boxes) and
# .scroll boxes that have to scroll; {page, width, bad: the first five}.
OVERFLOW_JS = """() => {
  const w = document.documentElement.clientWidth;
  const bad = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.scroll') && !el.classList.contains('scroll')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && r.right > w + 1) bad.push(el.tagName + '.' + el.className + '#' + el.id + ' ' + Math.round(r.right));
  }
  for (const s of document.querySelectorAll('.scroll'))
    if (s.scrollWidth > s.clientWidth + 1) bad.push('scrolling ' + s.firstElementChild.id + ' ' + s.scrollWidth);
  return {page: document.documentElement.scrollWidth, width: w, bad: bad.slice(0, 5)};
}"""
