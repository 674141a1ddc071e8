"""Benchmark on a SYNTHETIC BACI-shaped year (not real data: generated here, labelled so).

About 220 exporters x 220 importers x 5,000 HS6 products, ~11 million rows, sparse with
heavy-tailed values. Times, in one process:
  CSV -> warehouse load (dyadscope), DuckDB's own read_csv of the file, pandas.read_csv;
  all-country RCA; partner HHI for every reporter; opportunities for one reporter in every market.
Prints the times, the ratios and the peak memory (RSS) of the process.

Run: python benchmarks/bench_trade.py [--rows 11000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope import synthetic
from dyadscope.trade import measures as tm
from dyadscope.warehouse import Warehouse
from dyadscope.warehouse import trade as trade_store


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=11_000_000)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        csv = root / synthetic.file_name(2022)  # V209999: a release number no real BACI has
        t0 = time.perf_counter()
        n = synthetic.baci_year(csv, args.rows)
        print(
            f"SYNTHETIC BACI-shaped year: {n:,} rows, {csv.stat().st_size / 1e6:,.0f} MB "
            f"({time.perf_counter() - t0:.1f} s to generate)"
        )

        t0 = time.perf_counter()
        con = duckdb.connect()
        con.execute(f"CREATE TABLE raw AS SELECT * FROM read_csv('{csv}', header = true)")
        t_duck = time.perf_counter() - t0
        con.close()
        print(f"DuckDB read_csv into an in-memory table:  {t_duck:6.2f} s")
        t0 = time.perf_counter()
        con = duckdb.connect(str(root / "baseline.duckdb"))
        con.execute(f"CREATE TABLE raw AS SELECT * FROM read_csv('{csv}', header = true)")
        con.execute("CHECKPOINT")
        t_disk = time.perf_counter() - t0
        con.close()
        print(f"DuckDB read_csv into a table in a file:  {t_disk:6.2f} s (same durability as a load)")

        wh = Warehouse(root / "wh")
        t0 = time.perf_counter()
        report = trade_store.load_baci(wh, csv)
        t_load = time.perf_counter() - t0
        print(
            f"dyadscope load (atomic swap):   {t_load:6.2f} s  ({report[0]['rows']:,} rows)  "
            f"ratio {t_load / t_duck:.2f}x in-memory read, {t_load / t_disk:.2f}x read into a file"
        )

        t0 = time.perf_counter()
        frame = pd.read_csv(csv, dtype={"k": str, "q": str})
        t_pd = time.perf_counter() - t0
        print(f"pandas.read_csv:                {t_pd:6.2f} s  ratio {t_pd / t_duck:.2f}x DuckDB")
        del frame

        with wh.reader("trade") as rcon:
            t0 = time.perf_counter()
            rca = tm.rca(rcon, 2022)
            t_rca = time.perf_counter() - t0
            print(f"all-country RCA (HS6):          {t_rca:6.2f} s  ({len(rca):,} exporter-products)")
            t0 = time.perf_counter()
            hhi = rcon.execute(
                """
                WITH s AS (SELECT exporter, importer, sum(value_kusd) AS v FROM trade.baci
                           WHERE year = 2022 GROUP BY ALL),
                sh AS (SELECT exporter, v / sum(v) OVER (PARTITION BY exporter) AS share,
                       count(*) OVER (PARTITION BY exporter) AS n FROM s)
                SELECT exporter, sum(share * share) AS hhi,
                       (sum(share * share) - 1.0 / any_value(n)) / (1 - 1.0 / any_value(n)) AS hhi_norm
                FROM sh GROUP BY exporter
                """
            ).df()
            t_hhi = time.perf_counter() - t0
            print(f"partner HHI, all reporters:     {t_hhi:6.2f} s  ({len(hhi)} reporters)")
            reporter = rca.groupby("exporter")["exports_usd"].sum().idxmax()
            t0 = time.perf_counter()
            opp = tm.opportunities(rcon, reporter, None, 2022, top=20)
            t_opp = time.perf_counter() - t0
            n_markets = opp["market"].nunique()
            print(f"opportunities, {reporter} in all {n_markets} markets (top 20 each): {t_opp:6.2f} s")
        print(f"peak memory (RSS) of this process: {peak_gb():.2f} GB")


if __name__ == "__main__":
    main()
