"""Benchmark: all-pairs agreement, coincidence and kappa for every year, 1946-2026.

dyadscope's matrix method against a naive pandas self-join on roll-call id, in the same
process on the same votes; both results are compared before the times are printed.
Also times a full ideal-point estimation (``--ideal-points``).

Run: python benchmarks/bench_alignment.py [--ideal-points]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from dyadscope.alignment import measures
from dyadscope.alignment.query import VoteFilter, select_votes
from dyadscope.warehouse import Warehouse

CODES = {"yes": 0, "abstain": 1, "no": 2}


def naive(votes: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """Self-join each year's votes on rcid and aggregate every pair with groupby."""
    v = votes.assign(period=votes["rcid"].map(periods), k=votes["vote"].map(CODES))
    out = []
    for period, g in v.groupby("period"):
        j = g[["rcid", "iso3", "k"]].merge(g[["rcid", "iso3", "k"]], on="rcid", suffixes=("_a", "_b"))
        j = j[j["iso3_a"] != j["iso3_b"]]
        j["same"] = (j["k_a"] == j["k_b"]).astype(float)
        j["ident"] = ((j["k_a"] == j["k_b"]) & (j["k_a"] != 1)).astype(float)  # both yes or both no
        j["opp"] = ((j["k_a"] + j["k_b"] == 2) & (j["k_a"] != 1)).astype(float)  # yes against no
        keys = ["iso3_a", "iso3_b"]
        agg = j.groupby(keys).agg(n=("same", "size"), same=("same", "sum"), ident=("ident", "sum"), opp=("opp", "sum"))
        ma = j.groupby([*keys, "k_a"]).size().unstack(fill_value=0)
        mb = j.groupby([*keys, "k_b"]).size().unstack(fill_value=0)
        ma, mb = (
            ma.reindex(columns=[0, 1, 2], fill_value=0),
            mb.reindex(columns=[0, 1, 2], fill_value=0),
        )
        pe = (ma.to_numpy() * mb.to_numpy()).sum(axis=1) / agg["n"].to_numpy() ** 2
        po = agg["same"] / agg["n"]
        res = pd.DataFrame(
            {
                "agreement": po,
                "coincidence": agg["ident"] / (agg["ident"] + agg["opp"]).where(agg["ident"] + agg["opp"] > 0),
                "kappa": np.where(pe < 1 - 1e-12, (po - pe) / (1 - pe), np.nan),
                "n": agg["n"],
            }
        ).reset_index()
        res["period"] = period
        out.append(res)
    wide = pd.concat(out, ignore_index=True)
    return wide.melt(
        id_vars=["period", "iso3_a", "iso3_b", "n"],
        value_vars=["agreement", "coincidence", "kappa"],
        var_name="measure",
        value_name="value",
    ).rename(columns={"iso3_a": "country", "iso3_b": "partner"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideal-points", action="store_true", help="also time a full estimation")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wh = Warehouse(Path(tmp))
        t0 = time.perf_counter()
        wh.ensure("unga")
        print(f"warehouse created from bundled data: {time.perf_counter() - t0:.2f} s")
        votes, periods = select_votes(wh, VoteFilter(), "year")
        print(f"{len(votes):,} votes cast, {periods.nunique()} years, {votes['iso3'].nunique()} countries")

        t0 = time.perf_counter()
        ours = measures.compute(votes, periods, ["agreement", "coincidence", "kappa"])
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        base = naive(votes, periods)
        t_base = time.perf_counter() - t0

        key = ["period", "country", "partner", "measure"]
        both = ours.merge(base, on=key, suffixes=("", "_naive"))
        assert len(both) == len(ours) == len(base), (len(both), len(ours), len(base))
        assert (both["n"] == both["n_naive"]).all()
        diff = (both["value"] - both["value_naive"]).abs().max()
        assert diff < 1e-9, diff
        print(f"rows: {len(ours):,} (pair-year-measure); max |difference| {diff:.1e}")
        print(f"dyadscope matrix method: {t_ours:8.2f} s")
        print(f"naive pandas self-join:  {t_base:8.2f} s")
        print(f"speed-up: {t_base / t_ours:.1f}x")

        if args.ideal_points:
            from dyadscope import api

            t0 = time.perf_counter()
            res = api.ideal_points(warehouse=wh, refit=True)
            t_ip = time.perf_counter() - t0
            print(
                f"ideal points: {t_ip:.1f} s for {len(res.tidy()):,} country-sessions, "
                f"{res.fit['iterations']} iterations, converged={res.fit['converged']}"
            )


if __name__ == "__main__":
    main()
