"""Benchmark: ``dyadscope align --all-pairs -o pairs.csv`` as a whole process against a naive
pandas pipeline (self-join of each year's votes on rcid, groupby per pair, ``DataFrame.to_csv``),
in the same process on the same warehouse; the two CSV files are compared before the times
are printed (issue 11 target: the whole process at least 5x faster).

The whole-process time includes the interpreter start, imports, reading the votes, the
matrix method and writing the CSV (pyarrow). The baseline's time includes reading the votes
with the same query (``select_votes``), the self-join and pandas' CSV writer, but no start-up.

Run: python benchmarks/bench_all_pairs_csv.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from dyadscope.alignment.query import VoteFilter, select_votes
from dyadscope.warehouse import Warehouse


def naive_coincidence(votes: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """State Department coincidence (identical / (identical + opposite) yes-no votes) and n
    (roll calls both voted on) for every ordered pair and year, by a self-join on rcid."""
    v = votes.assign(year=votes["rcid"].map(periods))[["year", "rcid", "iso3", "vote"]]
    out = []
    for year, g in v.groupby("year"):
        j = g.merge(g, on=["year", "rcid"], suffixes=("_a", "_b"))
        j = j[j["iso3_a"] != j["iso3_b"]]
        yes_no = j["vote_a"].ne("abstain") & j["vote_b"].ne("abstain")
        j["identical"] = (yes_no & (j["vote_a"] == j["vote_b"])).astype(int)
        j["opposite"] = (yes_no & (j["vote_a"] != j["vote_b"])).astype(int)
        agg = j.groupby(["iso3_a", "iso3_b"]).agg(
            n=("rcid", "size"), identical=("identical", "sum"), opposite=("opposite", "sum")
        )
        both = agg["identical"] + agg["opposite"]
        res = pd.DataFrame(
            {"value": np.where(both > 0, agg["identical"] / both.where(both > 0), np.nan), "n": agg["n"]}
        ).reset_index()
        res.insert(0, "year", year)
        out.append(res)
    return pd.concat(out, ignore_index=True).rename(columns={"iso3_a": "country", "iso3_b": "partner"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wh_dir = Path(tmp) / "wh"
        wh = Warehouse(wh_dir)
        wh.ensure("unga")
        ours_csv, base_csv = Path(tmp) / "pairs.csv", Path(tmp) / "naive.csv"
        cmd = [sys.executable, "-m", "dyadscope.cli", "align", "--all-pairs", "-o", str(ours_csv)]
        cmd += ["--warehouse", str(wh_dir)]
        t_ours, t_base, t_join = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            t_ours.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            votes, periods = select_votes(wh, VoteFilter(), "year")
            t1 = time.perf_counter()
            base = naive_coincidence(votes, periods)
            t_join.append(time.perf_counter() - t1)
            base.to_csv(base_csv, index=False)
            t_base.append(time.perf_counter() - t0)

        ours = pd.read_csv(ours_csv)
        naive = pd.read_csv(base_csv)
        assert set(ours["measure"]) == {"coincidence"}, set(ours["measure"])
        both = ours.merge(naive, on=["year", "country", "partner"], suffixes=("", "_naive"), how="outer")
        assert both["value"].notna().sum() == both["value_naive"].notna().sum()
        assert (both["n"].fillna(-1) == both["n_naive"].fillna(-1)).all()
        diff = (both["value"] - both["value_naive"]).abs().max()
        assert diff < 1e-9, diff
        size = ours_csv.stat().st_size / 1e6
        print(f"{len(ours):,} rows ({size:.0f} MB CSV); naive rows {len(naive):,}; max |difference| {diff:.1e}")
        print(f"dyadscope align --all-pairs -o pairs.csv (whole process): {min(t_ours):6.2f} s  (runs {t_ours})")
        print(f"naive pandas: read + self-join + to_csv:                   {min(t_base):6.2f} s  (runs {t_base})")
        print(f"  of which the self-join and groupby:                      {min(t_join):6.2f} s")
        print(f"speed-up, whole process vs naive pipeline: {min(t_base) / min(t_ours):.1f}x")
        print(f"speed-up, whole process vs the naive self-join alone: {min(t_join) / min(t_ours):.1f}x")


if __name__ == "__main__":
    main()
