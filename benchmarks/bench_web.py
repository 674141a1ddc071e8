"""Load benchmark of the web app on 127.0.0.1: a bounded number of requests at 50 concurrent
clients against the pair page and the alignment API. Prints requests per second, p50 and
p99 latency and errors. The server runs in its own process (uvicorn, one worker).

Run: python benchmarks/bench_web.py [--requests 1000] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import httpx


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _hammer(url: str, total: int, concurrency: int) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while True:
            try:
                queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            try:
                r = await client.get(url)
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - t0)

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return latencies, errors, wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    port = _port()
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            sys.executable,
            "-m",
            "dyadscope.cli",
            "serve",
            "--port",
            str(port),
            "--warehouse",
            f"{tmp}/wh",
            "--workers",
            str(args.workers),
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.time() + 120
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
                    httpx.get(base + path, timeout=120)
                if shutil.which("wrk"):  # Debian's wrk: a load generator that costs the box little CPU
                    out = subprocess.run(
                        ["wrk", "-t1", f"-c{args.concurrency}", "-d10s", "--latency", base + path],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                    keep = ("50%", "99%", "Requests/sec", "Non-2xx", "Socket errors")
                    lines = [ln.strip() for ln in out.splitlines() if ln.strip().startswith(keep)]
                    print(f"{path} (wrk, 10 s, {args.concurrency} connections): " + "; ".join(lines))
                    continue
                lat, errors, wall = asyncio.run(_hammer(base + path, args.requests, args.concurrency))
                lat.sort()
                p50 = statistics.median(lat) * 1000
                p99 = lat[int(0.99 * (len(lat) - 1))] * 1000
                print(
                    f"{path}: {args.requests} requests, {args.concurrency} concurrent: {len(lat) / wall:,.0f} req/s,"
                    f" p50 {p50:.1f} ms, p99 {p99:.1f} ms, errors {errors}"
                )
        finally:
            proc.terminate()
            proc.wait(10)
    print("targets: p99 under 200 ms, zero errors")


if __name__ == "__main__":
    main()
