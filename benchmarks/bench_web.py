"""Load benchmark of the web app on 127.0.0.1 (server in its own process: ``dyadscope serve``).

Scenarios, each printed as requests, requests/s, p50, p99, non-200 answers (503s apart)
and client errors:

- ``hits``: the pair page and the alignment API, already cached, at ``--concurrency`` clients;
- ``misses``: alignment queries never asked before (a different partner and first year
  each), one client, then ``--miss-clients`` clients at once (concurrent misses);
- ``reload``: ``--miss-clients`` clients on the pages a reader uses (pair, country,
  alignment, ideal points, events, data) while another process reloads the votes and
  then imports a GDELT file (``--gdelt``) into the server's warehouse.

Run: python benchmarks/bench_web.py [--requests 1000] [--concurrency 50] [--workers 2]
     [--gdelt ../shared/data/events/gdelt_samples/gdelt2_events_sample_gdeltPyR.csv]
Target: p99 under 1 s at 10 clients during a reload, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing as mp
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

PARTNERS = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "BRA", "ZAF", "NGA", "EGY", "JPN", "TUR", "IRN"]
READER_PAGES = [
    "/pair/KEN/USA",
    "/country/KEN",
    "/api/v1/alignment?country=KEN&partners=USA,CHN",
    "/api/v1/ideal-points?countries=KEN,USA&since=2010",
    "/api/v1/events?country=USA&partner=CHN",
    "/data",
]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Tally:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.busy = 0
        self.other = 0
        self.errors = 0
        self.wall = 0.0

    def line(self, label: str) -> str:
        lat = sorted(self.latencies)
        if not lat:
            return f"{label}: no requests"
        p50 = statistics.median(lat) * 1000
        p99 = lat[int(0.99 * (len(lat) - 1))] * 1000
        return (
            f"{label}: {len(lat)} requests, {len(lat) / self.wall:,.1f} req/s, p50 {p50:,.0f} ms, p99 {p99:,.0f} ms,"
            f" max {lat[-1] * 1000:,.0f} ms, 503 {self.busy}, other non-200 {self.other}, errors {self.errors}"
        )


async def _run(base: str, paths: Iterator[str], clients: int, stop: asyncio.Event | None = None) -> Tally:
    tally = Tally()

    async def worker(client: httpx.AsyncClient) -> None:
        while stop is None or not stop.is_set():
            try:
                path = next(paths)
            except StopIteration:
                return
            t0 = time.perf_counter()
            try:
                r = await client.get(base + path)
                if r.status_code == 503:
                    tally.busy += 1
                elif r.status_code != 200:
                    tally.other += 1
            except httpx.HTTPError:
                tally.errors += 1
            tally.latencies.append(time.perf_counter() - t0)

    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=clients)) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        tally.wall = time.perf_counter() - t0
    return tally


def _misses(start: int) -> Iterator[str]:
    for i, (partner, since) in enumerate(itertools.product(PARTNERS, range(1960, 2021))):
        if i >= start:
            yield f"/api/v1/alignment?country=KEN&partners={partner}&since={since}"


def _reload(path: str, gdelt: str | None) -> None:
    from dyadscope import api
    from dyadscope.warehouse import Warehouse, unga

    wh = Warehouse(Path(path))
    with wh.writer("unga", fresh=True) as con:
        assert con is not None
        unga.bootstrap(con)
        con.execute("UPDATE loads SET origin = 'raw files: benchmark reload'")
    if gdelt:
        api.import_gdelt(gdelt, warehouse=wh)


async def _during_reload(base: str, warehouse: str, gdelt: str | None, clients: int) -> tuple[Tally, float]:
    proc = mp.get_context("spawn").Process(target=_reload, args=(warehouse, gdelt))
    stop = asyncio.Event()
    t0 = time.perf_counter()
    proc.start()

    async def watch() -> None:
        while proc.is_alive() and time.perf_counter() - t0 < 300:
            await asyncio.sleep(0.2)
        await asyncio.sleep(2)  # and a little after, when the new files are read
        stop.set()

    watcher = asyncio.ensure_future(watch())
    tally = await _run(base, itertools.cycle(READER_PAGES), clients, stop)
    await watcher
    proc.join(60)
    return tally, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--miss-clients", type=int, default=10)
    parser.add_argument("--misses", type=int, default=40)
    parser.add_argument("--gdelt", default=None, help="A GDELT event file to import during the reload scenario.")
    args = parser.parse_args()
    port = _port()
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = f"{tmp}/wh"
        cmd = [sys.executable, "-m", "dyadscope.cli", "serve", "--port", str(port), "--warehouse", warehouse]
        proc = subprocess.Popen([*cmd, "--workers", str(args.workers)], stdout=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.time() + 400
            while True:
                try:
                    httpx.get(base + "/", timeout=2)
                    break
                except httpx.HTTPError:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.3)
            for path in ("/pair/KEN/USA?vs=CHN,RUS", "/api/v1/alignment?country=KEN&partners=USA,CHN,RUS"):
                for _ in range(4 * args.workers):  # each worker fills its cache once, as first visitors would
                    httpx.get(base + path, timeout=300)
                t = asyncio.run(_run(base, iter([path] * args.requests), args.concurrency))
                print(t.line(f"hits {path}, {args.concurrency} clients"), flush=True)
            t = asyncio.run(_run(base, itertools.islice(_misses(0), args.misses // 2), 1))
            print(t.line("misses, 1 client"), flush=True)
            t = asyncio.run(_run(base, itertools.islice(_misses(400), args.misses), args.miss_clients))
            print(t.line(f"misses, {args.miss_clients} clients at once"), flush=True)
            for path in READER_PAGES:  # warm the reader pages, then reload under traffic
                for _ in range(2 * args.workers):
                    httpx.get(base + path, timeout=300)
            t, took = asyncio.run(_during_reload(base, warehouse, args.gdelt, args.miss_clients))
            label = f"reader pages during a votes reload + GDELT import ({took:.0f} s), {args.miss_clients} clients"
            print(t.line(label))
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                print("server did not stop within 30 s of SIGTERM; killed")
    print("targets: hits p99 under 200 ms; p99 under 1 s at 10 clients during a reload; no errors")


if __name__ == "__main__":
    main()
