"""Spark local[2] against DuckDB on a SYNTHETIC BACI-shaped year (not real data).

The same jobs on both engines, in one process: the yearly CSV into the store (DuckDB
warehouse / Spark partitioned Parquet), then the all-country RCA, concentration and
export-opportunity panels of that year (one SQL text, dyadscope.trade.panels). Prints
times and the Spark/DuckDB ratios, then Spark's per-task costs read from its own
monitoring API (127.0.0.1 only): for every stage the tasks (one per partition), their
mean and max run time, and the records read. From those it prints a PROJECTION of each
job's time on a cluster with more cores, for the whole of BACI (about 250 million rows),
assuming per-partition costs stay as measured and ignoring network shuffle and
object-store latency; it is a projection, not a measurement.

Run: python benchmarks/bench_spark.py [--rows 5000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from dyadscope import synthetic
from dyadscope.spark import baci as spark_baci
from dyadscope.spark import session
from dyadscope.spark import trade as spark_trade
from dyadscope.trade import panels
from dyadscope.warehouse import Warehouse
from dyadscope.warehouse import trade as trade_store

FULL_BACI_ROWS = 250_000_000
CORES = (2, 8, 32, 128)
UI_PORT = 4077


def _stages(app_id: str) -> list[dict[str, Any]]:
    url = f"http://127.0.0.1:{UI_PORT}/api/v1/applications/{app_id}/stages?details=true&status=complete"
    with urllib.request.urlopen(url, timeout=30) as resp:  # loopback: Spark's own UI
        return json.loads(resp.read())


def _task_costs(stages: list[dict[str, Any]], done: set[int]) -> list[dict[str, Any]]:
    rows = []
    for st in stages:
        if st["stageId"] in done:
            continue
        done.add(st["stageId"])
        tasks = [t for t in (st.get("tasks") or {}).values() if t.get("status") == "SUCCESS"]
        run = [t["taskMetrics"]["executorRunTime"] / 1000 for t in tasks]
        if not run:
            continue
        rows.append(
            {
                "stage": st["stageId"],
                "tasks": len(run),
                "task_s_mean": sum(run) / len(run),
                "task_s_max": max(run),
                "task_s_sum": sum(run),
                "records_in": sum(t["taskMetrics"]["inputMetrics"]["recordsRead"] for t in tasks),
                "shuffle_in": sum(t["taskMetrics"]["shuffleReadMetrics"]["recordsRead"] for t in tasks),
            }
        )
    return rows


def _project(costs: list[dict[str, Any]], wall: float, scale: float, cores: int) -> float:
    """Per stage: tasks x scale spread over ``cores`` slots at the measured mean task time;
    plus the part of the measured wall time that was not task time on 2 slots (driver work,
    scheduling, commit), held fixed."""
    busy_2 = sum(math.ceil(c["tasks"] / 2) * c["task_s_mean"] for c in costs)
    fixed = max(wall - busy_2, 0.0)
    scaled = sum(math.ceil(c["tasks"] * scale / cores) * c["task_s_mean"] for c in costs)
    return fixed + scaled


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--votes", default="2015-2020", help="years of the alignment comparison (bundled votes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        src = root / "src"
        src.mkdir(parents=True, exist_ok=True)
        csv = src / synthetic.file_name(2022)
        t0 = time.perf_counter()
        n = synthetic.baci_year(csv, args.rows)
        print(
            f"SYNTHETIC BACI-shaped year: {n:,} rows, {csv.stat().st_size / 1e6:,.0f} MB "
            f"({time.perf_counter() - t0:.1f} s to generate); not real data"
        )

        timings: dict[str, dict[str, float]] = {}
        wh = Warehouse(root / "wh")
        t0 = time.perf_counter()
        trade_store.load_baci(wh, csv)
        timings["load"] = {"duckdb": time.perf_counter() - t0}
        timings["panels"] = {"duckdb": 0.0}
        for panel in panels.PANELS:
            with wh.reader("trade") as con:
                t0 = time.perf_counter()
                rows = con.execute(f"SELECT count(*) FROM ({panels.sql(panel, 'trade.baci', 2022)})").fetchone()
                took = time.perf_counter() - t0
                timings["panels"]["duckdb"] += took
            print(f"duckdb {panel}: {rows[0] if rows else 0:,} rows, {took:.1f} s")

        t0 = time.perf_counter()
        spark = session.session(
            "local[2]",
            conf={
                "spark.ui.enabled": "true",
                "spark.ui.port": str(UI_PORT),
                "spark.driver.memory": "6g",
                "spark.sql.shuffle.partitions": "8",
            },
        )
        print(f"spark session start: {time.perf_counter() - t0:.1f} s (not counted below)")
        app_id = spark.sparkContext.applicationId
        done: set[int] = {s["stageId"] for s in _stages(app_id)}
        costs: dict[str, list[dict[str, Any]]] = {}
        out = str(root / "spark")
        t0 = time.perf_counter()
        report = spark_baci.ingest(spark, src, out)
        timings["load"]["spark"] = time.perf_counter() - t0
        report.raise_for_failures()
        costs["load"] = _task_costs(_stages(app_id), done)
        t0 = time.perf_counter()
        panel_report = spark_trade.run(spark, out, str(root / "panels"), years=[2022])
        timings["panels"]["spark"] = time.perf_counter() - t0
        panel_report.raise_for_failures()
        costs["panels"] = _task_costs(_stages(app_id), done)
        for u in panel_report.units:
            print(f"spark {u['input']}: {u['rows']:,} rows, {u['seconds']:.1f} s")
        lo, hi = (int(x) for x in args.votes.split("-"))
        import dyadscope.api as api
        from dyadscope.spark import alignment as spark_alignment

        vwh = Warehouse(root / "votes")
        vwh.ensure("unga")
        t0 = time.perf_counter()
        api.all_pairs(measure=list(spark_alignment.FORMULAS), since=lo, until=hi, warehouse=vwh)
        timings["alignment"] = {"duckdb": time.perf_counter() - t0}  # DuckDB selection + numpy matrices
        flt = api.make_filter(lo, hi, None, False)
        votes, periods = api.select_votes(vwh, flt, "year")
        t0 = time.perf_counter()
        frame = spark_alignment.pairs(spark, votes, periods, list(spark_alignment.FORMULAS))
        frame.write.mode("overwrite").partitionBy("period").parquet(str(root / "pairs"))
        timings["alignment"]["spark"] = time.perf_counter() - t0
        costs["alignment"] = _task_costs(_stages(app_id), done)
        print(f"alignment {lo}-{hi}: {len(votes):,} votes, {periods.size:,} roll calls (bundled, real)")
        spark.stop()

    print("\njob            duckdb s   spark local[2] s   spark/duckdb")
    for job, t in timings.items():
        print(f"{job:14s} {t['duckdb']:9.2f} {t['spark']:18.2f} {t['spark'] / t['duckdb']:13.1f}x")
    print("\nper-partition (task) costs, Spark local[2]")
    print("job            stage  tasks  mean s   max s   records in   shuffle in")
    for job, rows in costs.items():
        for c in rows:
            print(
                f"{job:14s} {c['stage']:5d} {c['tasks']:6d} {c['task_s_mean']:7.2f} {c['task_s_max']:7.2f}"
                f" {c['records_in']:12,d} {c['shuffle_in']:12,d}"
            )
    scale = FULL_BACI_ROWS / n
    print(
        f"\nPROJECTION (not a measurement) for {FULL_BACI_ROWS:,} rows = {scale:.0f}x this year;"
        " tasks scale with the data, each at its measured mean time; load and panels per core count:"
    )
    print("job            " + "".join(f"{c:>10d} cores" for c in CORES))
    for job in timings:
        if job == "alignment":  # the votes do not grow with BACI
            continue
        print(
            f"{job:14s} "
            + "".join(f"{_project(costs[job], timings[job]['spark'], scale, c) / 60:12.1f} min" for c in CORES)
        )


if __name__ == "__main__":
    main()
