"""Benchmark: ``dyadscope brief`` on the bundled seed article, as a user runs it (a fresh
process each time), cold and warm.

Cold: a new warehouse (built from the bundled data) and no cached Vega bundle. Warm: the
same command again. Per run: wall time and the child's CPU (user + sys from ``getrusage``;
the steadier figure on a shared machine) and the stages ``--timings`` prints.

Baseline in the same process: the floor any brief of this design pays — a fresh process that
imports spaCy, pandas, DuckDB and Altair, loads the English model and parses the article
(``floor``); ratios are brief / floor. ``--against SRC`` also runs the brief from another
source tree (e.g. ``git archive main src | tar -x -C /tmp/base``), interleaved with this one,
for a before/after under the same load. ``--pdf`` adds a PDF run (needs Chromium).

Run: python benchmarks/bench_brief.py [--repeat 3] [--against /tmp/base/src] [--pdf]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src/dyadscope/data/examples/kenya-mnna-review-article.txt"

FLOOR = f"""
import altair, duckdb, pandas, spacy
from dyadscope.news.pipeline import load_model
nlp = load_model()
doc = nlp(open({str(EXAMPLE)!r}, encoding="utf-8").read())
assert len(doc) > 100
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall, user+sys CPU, stderr) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.stderr


def brief_cmd(out: Path) -> list[str]:
    args = ["brief", str(EXAMPLE), "--date", "2024-12-15", "-o", str(out), "--timings"]
    return [sys.executable, "-m", "dyadscope.cli", *args]


def stages(stderr: str) -> str:
    keep = [ln for ln in stderr.splitlines() if re.match(r"^\s+\S.*\d\.\d\d", ln) or "stage" in ln]
    return "\n".join(keep)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another source tree's src/ to compare with")
    parser.add_argument("--pdf", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DYADSCOPE_WAREHOUSE=f"{tmp}/wh", DYADSCOPE_CACHE=f"{tmp}/cache")
        trees = {"this tree": env}
        if args.against:  # its own warehouse: the flows views point at that tree's bundled files
            trees["against"] = dict(
                env,
                PYTHONPATH=str(args.against.resolve()),
                DYADSCOPE_WAREHOUSE=f"{tmp}/wh-against",
                DYADSCOPE_CACHE=f"{tmp}/cache-against",
            )
        html = Path(tmp) / "brief.html"
        print(f"load average {os.getloadavg()[0]:.2f}")
        for label, e in trees.items():
            wall, cpu, err = run(brief_cmd(html), e)
            print(f"cold ({label}): wall {wall:.2f} s, CPU {cpu:.2f} s (new warehouse, no Vega bundle)")
        floor = [run([sys.executable, "-c", FLOOR], env)[:2] for _ in range(args.repeat)]
        results: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
        last = ""
        for _ in range(args.repeat):
            for label, e in trees.items():  # interleaved: both see the same load
                wall, cpu, err = run(brief_cmd(html), e)
                results[label].append((wall, cpu))
                if label == "this tree":
                    last = err
        f_wall = statistics.median(w for w, _ in floor)
        f_cpu = statistics.median(c for _, c in floor)
        print(f"floor (imports + model + parse): wall {f_wall:.2f} s, CPU {f_cpu:.2f} s")
        for label, runs in results.items():
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(
                f"warm ({label}), median of {args.repeat}: wall {wall:.2f} s, CPU {cpu:.2f} s; "
                f"ratio to floor (CPU) {cpu / f_cpu:.2f}"
            )
        print("stages of the last warm run (this tree):")
        print(stages(last))
        if args.pdf:
            wall, cpu, err = run(brief_cmd(Path(tmp) / "brief.pdf"), env)
            print(f"PDF (this tree): wall {wall:.2f} s, CPU {cpu:.2f} s (Chromium's CPU included)")
            print(stages(err))
        print(f"load average {os.getloadavg()[0]:.2f}; target: warm under 4 s, PDF under 10 s")


if __name__ == "__main__":
    main()
