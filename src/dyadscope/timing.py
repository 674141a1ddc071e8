"""Where a command's time goes: wall and CPU seconds per named stage (``brief --timings``).

A :class:`Timings` is a ``dict`` of wall seconds per stage (what ``Brief.timings`` always was)
that also keeps the CPU seconds of the same stages in :attr:`Timings.cpu`: user + system, of
every thread of the process (DuckDB's included) and of the child processes it waited for
(Chromium printing a PDF). On a shared machine CPU is the steadier figure;
wall shows the waiting as well. Standard library only, so it costs nothing to import.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager


class Timings(dict[str, float]):
    """Wall seconds per stage, in the order the stages ran; CPU seconds in :attr:`cpu`; what
    was read back from kept results rather than computed in :attr:`kept` (what -> how)."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: dict[str, float] = {}
        self.kept: dict[str, str] = {}


@contextmanager
def stage(timings: MutableMapping[str, float], label: str) -> Iterator[None]:
    """Add the time of the ``with`` block to ``timings[label]`` (and its CPU time when
    ``timings`` is a :class:`Timings`). A stage run twice adds up."""
    wall, cpu = time.perf_counter(), process_cpu()
    try:
        yield
    finally:
        timings[label] = timings.get(label, 0.0) + time.perf_counter() - wall
        if isinstance(timings, Timings):
            timings.cpu[label] = timings.cpu.get(label, 0.0) + process_cpu() - cpu


def process_cpu() -> float:
    """CPU seconds (user + system) this process has used since it started, interpreter
    start-up included, plus those of its finished child processes."""
    try:
        import resource
    except ImportError:  # not on Unix: this process only
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def process_wall() -> float | None:
    """Wall seconds since this process started (Linux: from ``/proc``, 10 ms ticks); None
    where the start time cannot be read."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of stat: starttime
    except (OSError, ValueError, IndexError):
        return None
    return max(uptime - started, 0.0)
