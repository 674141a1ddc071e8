"""Benchmark: the ideal-point estimator, accelerated against plain sweeps, in one process.

Both runs fit the bundled votes (1946-2026) with the same model and tolerance; they
differ only in ``IdealPointConfig.method``: ``squarem`` (the default) against
``sweeps`` (the round-3 iteration: one block-coordinate Newton sweep after another). With
``--against REV`` a third contender is the estimator module as it was at git revision
REV (e.g. ``ed782b6``, before this benchmark: the same sweeps with the older numerics),
imported from ``git show`` into this process.

Printed per contender: CPU and wall seconds (best of ``--repeat``, runs interleaved),
sweeps, log posterior at the mode; then the speed-up as a ratio of CPU seconds, the
largest difference between the fits, and, when ../shared holds Bailey, Strezhnev &
Voeten's estimates, the agreement measures tests/test_idealpoints.py guards (median
per-session |r|, pooled r, median within-country r).

Run: python benchmarks/bench_idealpoints.py [--repeat 2] [--since-session 45] [--against ed782b6]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd

from dyadscope.alignment import cache, idealpoints
from dyadscope.warehouse import Warehouse

ROOT = Path(__file__).resolve().parent.parent
BSV = ROOT.parent / "shared" / "data/unga/bsv_idealpoints/IdealpointestimatesAll_Jun2024.csv"

Fit = Callable[[pd.DataFrame, pd.DataFrame], idealpoints.IdealPointFit]


def _module_at(rev: str) -> ModuleType:
    """src/dyadscope/alignment/idealpoints.py at ``rev``, imported under another name."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:src/dyadscope/alignment/idealpoints.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    folder = Path(tempfile.mkdtemp())
    path = folder / f"idealpoints_{rev}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _bsv_agreement(est: pd.DataFrame) -> dict[str, float]:
    """The three measures of tests/test_idealpoints.py::test_agrees_with_bailey_strezhnev_voeten."""
    bsv = pd.read_csv(BSV)
    bsv["country"] = bsv["iso3c"].astype(str)
    bsv.loc[bsv["ccode"] == 680, "country"] = "YMD"
    bsv.loc[bsv["ccode"] == 678, "country"] = "YEM"
    bsv.loc[(bsv["ccode"] == 345) & (bsv["session"] >= 61), "country"] = "SRB"
    m = est.merge(bsv[["country", "session", "IdealPointAll", "NVotesAll"]], on=["country", "session"])
    big = m.groupby("session")["NVotesAll"].transform("max") >= 50
    per = [abs(np.corrcoef(g.ideal_point, g.IdealPointAll)[0, 1]) for _, g in m[big].groupby("session")]
    within = [np.corrcoef(g.ideal_point, g.IdealPointAll)[0, 1] for _, g in m.groupby("country") if len(g) >= 20]
    return {
        "per-session |r| (median)": float(np.median(per)),
        "per-session |r| (lowest)": float(np.min(per)),
        "pooled r": float(np.corrcoef(m["ideal_point"], m["IdealPointAll"])[0, 1]),
        "within-country r (median)": float(np.median(within)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each contender (best one counts)")
    parser.add_argument("--since-session", type=int, default=1, help="fit only the votes of these sessions on")
    parser.add_argument("--against", metavar="REV", help="also time the estimator module at this git revision")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        votes, calls = cache.estimator_input(Warehouse(Path(tmp)))
    calls = calls[calls["session"] >= args.since_session]
    votes = votes[votes["rcid"].isin(calls["rcid"])]
    print(
        f"{len(votes):,} votes on {len(calls):,} roll calls, sessions {calls['session'].min()}-{calls['session'].max()}"
    )

    contenders: dict[str, Fit] = {
        "squarem (default)": lambda v, c: idealpoints.estimate(v, c),
        "sweeps (baseline)": lambda v, c: idealpoints.estimate(v, c, idealpoints.IdealPointConfig(method="sweeps")),
    }
    if args.against:
        old = _module_at(args.against)
        contenders[f"module at {args.against}"] = lambda v, c: old.estimate(v, c)  # type: ignore[no-any-return]

    cpu: dict[str, float] = {}
    wall: dict[str, float] = {}
    fits: dict[str, idealpoints.IdealPointFit] = {}
    for _ in range(args.repeat):
        for name, fit in contenders.items():
            c0, w0 = time.process_time(), time.perf_counter()
            fits[name] = fit(votes, calls)
            c1, w1 = time.process_time() - c0, time.perf_counter() - w0
            cpu[name], wall[name] = min(cpu.get(name, c1), c1), min(wall.get(name, w1), w1)

    print(f"{'contender':24} {'CPU s':>8} {'wall s':>8} {'sweeps':>7} {'log posterior':>15}")
    for name, fit in fits.items():
        print(f"{name:24} {cpu[name]:8.1f} {wall[name]:8.1f} {fit.iterations:7d} {fit.log_posterior:15.2f}")
    new = "squarem (default)"
    for name in fits:
        if name == new:
            continue
        both = fits[new].estimates.merge(fits[name].estimates, on=["session", "country"])
        diff = float((both["ideal_point_x"] - both["ideal_point_y"]).abs().max())
        r = float(np.corrcoef(both["ideal_point_x"], both["ideal_point_y"])[0, 1])
        print(f"speed-up against {name}: {cpu[name] / cpu[new]:.1f}x CPU; max |difference| {diff:.3f}, r {r:.5f}")
    if BSV.exists():
        table = pd.DataFrame({name: _bsv_agreement(fit.estimates) for name, fit in fits.items()})
        print("agreement with Bailey, Strezhnev & Voeten (Jun 2024):")
        print(table.round(4).to_string())


if __name__ == "__main__":
    main()
