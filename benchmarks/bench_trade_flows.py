"""Benchmark of the bundled all-pairs trade flows (REAL data: IMF DOTS, COW, BACI extracts).

In one process:
  first build of the ``flows`` dataset in an empty warehouse (time, peak RSS, size on disk);
  a bilateral query (Kenya-China, every year, both bases) through evidence.trade, against a
  plain DuckDB query over the same bundled Parquet selecting both directions;
  the partner-share table of every reporter for one year, against a plain DuckDB
  GROUP BY over the same Parquet (shares, no preference order, no mirror rows).
Ratios are dyadscope / plain DuckDB. Targets: first build < 10 s; a pair query < 100 ms.

Run: python benchmarks/bench_trade_flows.py [--repeat 5] [--year 2019]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from dyadscope.evidence import trade as ev
from dyadscope.warehouse import Warehouse
from dyadscope.warehouse import flows as wf


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--year", type=int, default=2019)
    args = parser.parse_args()
    parquet = wf._path(wf.FLOWS_FILE)
    with tempfile.TemporaryDirectory() as tmp:
        wh = Warehouse(Path(tmp))
        before = peak_mb()
        t = time.perf_counter()
        wh.ensure("flows")
        build = time.perf_counter() - t
        size = wh.file("flows").stat().st_size
        bundle = sum(Path(wf._path(n)).stat().st_size for n in (wf.FLOWS_FILE, wf.HS2_FILE, wf.AFRICA_FILE))
        print(
            f"first build: {build:.2f} s; peak RSS {peak_mb():.0f} MB (before {before:.0f} MB); "
            f"flows.duckdb {size / 1e6:.2f} MB over {bundle / 1e6:.1f} MB of bundled Parquet"
        )
        con = duckdb.connect()

        def plain_pair() -> object:
            return con.execute(
                f"SELECT * FROM read_parquet('{parquet}') WHERE (reporter = 'KEN' AND partner = 'CHN')"
                " OR (reporter = 'CHN' AND partner = 'KEN')"
            ).df()

        def plain_shares() -> object:
            return con.execute(
                f"""SELECT reporter, partner, value, value / sum(value) OVER (PARTITION BY reporter) AS share,
                row_number() OVER (PARTITION BY reporter ORDER BY value DESC, partner) AS rank
                FROM read_parquet('{parquet}') WHERE year = {args.year} AND flow = 'exports'
                AND source = 'imf-dots' AND length(partner) = 3 AND length(reporter) = 3"""
            ).df()

        rows = [
            ("bilateral KEN-CHN, all years", lambda: ev.bilateral(wh, "KEN", "CHN"), plain_pair),
            ("flows KEN-CHN, all years", lambda: ev.flows(wh, "KEN", "CHN"), plain_pair),
            (
                f"partner shares, every reporter, {args.year}",
                lambda: ev.partner_shares_panel(wh, args.year),
                plain_shares,
            ),
            (f"partner shares, KEN, {args.year}", lambda: ev.partner_shares(wh, "KEN", args.year), plain_shares),
        ]
        for label, ours, plain in rows:
            a, b = timed(ours, args.repeat), timed(plain, args.repeat)
            print(f"{label}: dyadscope {a * 1000:.0f} ms, plain DuckDB {b * 1000:.0f} ms, ratio {a / b:.1f}")
        print(f"peak RSS at the end: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
