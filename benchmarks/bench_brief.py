"""Benchmark: end-to-end `dyadscope brief` on the bundled seed article, cold and warm.

Cold: a new warehouse (created from the bundled data) and no cached Vega bundle. Warm: the
same command again. Each run is a fresh process, as a user would run it; the per-stage
times come from `--timings`.

Run: python benchmarks/bench_brief.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src/dyadscope/data/examples/kenya-mnna-review-article.txt"
CLI = Path(sys.executable).parent / "dyadscope"


def run(env: dict[str, str], out: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [str(CLI), "brief", str(EXAMPLE), "--date", "2024-12-15", "-o", str(out), "--timings"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - t0, proc.stderr


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DYADSCOPE_WAREHOUSE=f"{tmp}/wh", DYADSCOPE_CACHE=f"{tmp}/cache")
        for label in ("cold", "warm", "warm"):
            seconds, stages = run(env, Path(tmp) / "brief.html")
            print(f"{label}: {seconds:.2f} s (whole process, including Python start-up and imports)")
            print(stages.rstrip())
        print("target: under 5 s warm")


if __name__ == "__main__":
    main()
