"""Finished responses cached per key and per dataset, computed once, with a cap on work.

- A key's entry is valid while the files of the datasets it reads are unchanged (inode,
  size and modification time of each ``<dataset>.duckdb``): a load of news empties no
  alignment page, a votes reload empties every page that reads votes.
- Single-flight: concurrent requests for the same missing key wait for one computation.
- At most ``limit`` computations run at once in a process (each in a worker thread); a
  request that would start one more waits up to ``wait_s`` for a free slot and is then
  answered 503 with ``Retry-After`` (:class:`Busy`). A hit is answered on the event loop.
- A computation is not cancelled when the client that started it goes away: the others
  waiting for it still get the answer, and it is cached.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

T = TypeVar("T")
Key = tuple[Any, ...]


@dataclass(frozen=True)
class Frozen:
    """A finished response: body, media type, status and extra headers."""

    body: bytes
    media_type: str | None
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


class Busy(Exception):
    """Too many computations are running; try again after ``retry_after`` seconds."""

    def __init__(self, running: int, retry_after: int) -> None:
        super().__init__(
            f"the server is computing {running} uncached results already; try again in {retry_after} s "
            "(cached pages still answer at once)"
        )
        self.retry_after = retry_after


class ResponseCache:
    """See the module docstring. One per app (per worker process)."""

    def __init__(self, folder: Path, entries: int = 256, limit: int = 4, wait_s: float = 2.0) -> None:
        self.folder = folder
        self.entries = entries
        self.limit = limit
        self.wait_s = wait_s
        self.running = 0
        self.data: OrderedDict[Key, Any] = OrderedDict()
        self.inflight: dict[Key, asyncio.Future[Any]] = {}
        self.hits = 0
        self.misses = 0

    def stamp(self, datasets: Iterable[str]) -> Key:
        """The state of the datasets' files (changes when a load swaps a file in)."""
        out: list[Any] = []
        for name in datasets:
            try:
                st = (self.folder / f"{name}.duckdb").stat()
            except FileNotFoundError:
                out.append((name, None))
            else:
                out.append((name, st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(out)

    async def get(self, key: Key, datasets: Iterable[str], make: Callable[[], T]) -> tuple[T, bool]:
        """The response (or any value: the pages cache the data of a view too) for ``key`` and
        whether it was a hit; ``make`` runs in a worker thread."""
        full = (*key, self.stamp(datasets))
        if full in self.data:
            self.data.move_to_end(full)
            self.hits += 1
            return self.data[full], True
        fut = self.inflight.get(full)
        if fut is None:
            self.misses += 1
            fut = asyncio.ensure_future(self._compute(full, make))
            self.inflight[full] = fut
            fut.add_done_callback(lambda _f: self.inflight.pop(full, None))
        return await asyncio.shield(fut), False

    async def _compute(self, full: Key, make: Callable[[], T]) -> T:
        value = await self.limited(make)
        self.data[full] = value
        while len(self.data) > self.entries:
            self.data.popitem(last=False)
        return value

    async def limited(self, work: Callable[[], T]) -> T:
        """Run ``work`` in a worker thread within the cap on concurrent computations."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_s
        while self.running >= self.limit:  # the event loop is one thread: check and increment are atomic
            if loop.time() >= deadline:
                raise Busy(self.running, retry_after=max(1, round(self.wait_s * 2)))
            await asyncio.sleep(0.02)
        self.running += 1
        try:
            return await run_in_threadpool(work)
        finally:
            self.running -= 1
