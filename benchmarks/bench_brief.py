"""Benchmark: ``dyadscope brief`` on the bundled seed article, as a user runs it (a fresh
process each time), cold, uncached and warm.

Cold: a new warehouse (built from the bundled data) and no cached Vega bundle. Uncached: the
same command with ``--no-cache`` (the article read and checked, every chart built: what a
new article costs). Warm: the same command again, reading back the kept reading, checks and
chart specs. Per run: wall time and the child's CPU (user + sys from ``getrusage``; the
steadier figure on a shared machine) and the stages ``--timings`` prints.

Baselines in the same run: the uncached brief (ratio warm / uncached, interleaved so that
both see the same load) and the floor an uncached brief of this design pays — a fresh
process that imports spaCy, pandas, DuckDB and Altair, loads the English model and parses
the article (``floor``). ``--against SRC`` also runs the brief from another
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


def brief_cmd(out: Path, *extra: str) -> list[str]:
    args = ["brief", str(EXAMPLE), "--date", "2024-12-15", "-o", str(out), "--timings", *extra]
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
        cold: dict[str, tuple[float, float]] = {}
        for label, e in trees.items():
            wall, cpu, err = run(brief_cmd(html), e)
            cold[label] = (wall, cpu)
            print(f"cold ({label}): wall {wall:.2f} s, CPU {cpu:.2f} s (new warehouse, no Vega bundle)")
        floor = [run([sys.executable, "-c", FLOOR], env)[:2] for _ in range(args.repeat)]
        results: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
        uncached: list[tuple[float, float]] = []
        last = last_uncached = ""
        for _ in range(args.repeat):
            wall, cpu, last_uncached = run(brief_cmd(html, "--no-cache"), env)
            uncached.append((wall, cpu))
            for label, e in trees.items():  # interleaved: all see the same load
                wall, cpu, err = run(brief_cmd(html), e)
                results[label].append((wall, cpu))
                if label == "this tree":
                    last = err
        f_wall = statistics.median(w for w, _ in floor)
        f_cpu = statistics.median(c for _, c in floor)
        u_wall = statistics.median(w for w, _ in uncached)
        u_cpu = statistics.median(c for _, c in uncached)
        print(f"floor (imports + model + parse): wall {f_wall:.2f} s, CPU {f_cpu:.2f} s")
        print(
            f"uncached (this tree, --no-cache), median of {args.repeat}: wall {u_wall:.2f} s, CPU {u_cpu:.2f} s; "
            f"ratio to floor (CPU) {u_cpu / f_cpu:.2f}"
        )
        for label, runs in results.items():
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(
                f"warm ({label}), median of {args.repeat}: wall {wall:.2f} s, CPU {cpu:.2f} s; "
                f"ratio to floor (CPU) {cpu / f_cpu:.2f}"
            )
        warm_wall = statistics.median(w for w, _ in results["this tree"])
        warm_cpu = statistics.median(c for _, c in results["this tree"])
        print(f"ratio warm / uncached (this tree): CPU {warm_cpu / u_cpu:.2f}, wall {warm_wall / u_wall:.2f}")
        c_wall, c_cpu = cold["this tree"]
        print(f"ratio warm / cold (this tree): CPU {warm_cpu / c_cpu:.2f}, wall {warm_wall / c_wall:.2f}")
        print("stages of the last uncached run (this tree):")
        print(stages(last_uncached))
        print("stages of the last warm run (this tree):")
        print(stages(last))
        if args.pdf:
            wall, cpu, err = run(brief_cmd(Path(tmp) / "brief.pdf"), env)
            print(f"PDF, warm (this tree): wall {wall:.2f} s, CPU {cpu:.2f} s (Chromium's CPU included)")
            print(stages(err))
        print(f"load average {os.getloadavg()[0]:.2f}; target: warm under 4 s, PDF under 10 s")


if __name__ == "__main__":
    main()
