"""Benchmark: start-up of the command line (``dyadscope --help``, ``import dyadscope.cli``).

Each run is a fresh process, as a user starts it. Measured per run: wall time and the
child's CPU (user + sys, from ``getrusage``), the median of ``--repeat`` runs. The machine is
shared, so CPU is the steadier figure; the load average is printed with the results.

Baselines in the same process: the bare interpreter (``python -c pass``) and a minimal Typer
app of one command printing its Rich help, the floor every Typer command line pays. Ratios
are dyadscope / minimal Typer app. Target: ``dyadscope --help`` under 0.3 s.

Python writes no bytecode cache when PYTHONDONTWRITEBYTECODE is set (then every module is
compiled from source at every start, as in a fresh ``uv pip install`` without
``--compile-bytecode``); the benchmark reports which case it measured.

Run: python benchmarks/bench_startup.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

CLI = Path(sys.executable).parent / "dyadscope"

MINIMAL_TYPER = """
import typer
app = typer.Typer(add_completion=False)
@app.command()
def hello(name: str = typer.Option("x", help="A name.")) -> None:
    '''Say hello.'''
@app.command()
def bye() -> None:
    '''Say goodbye.'''
app()
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall, user+sys CPU) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median(cmd: list[str], repeat: int) -> tuple[float, float]:
    run(cmd)  # warm the file cache (and the bytecode cache where Python may write it)
    runs = [run(cmd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    py = sys.executable
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "minimal Typer app --help": [py, "-c", MINIMAL_TYPER, "--help"],
        "import dyadscope.cli": [py, "-c", "import dyadscope.cli"],
        "dyadscope --help": [str(CLI), "--help"],
        "dyadscope brief --help": [str(CLI), "brief", "--help"],
    }
    bytecode = "no bytecode cache written" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode cached"
    print(f"load average {os.getloadavg()[0]:.2f}; {bytecode}; median of {args.repeat} runs")
    results = {label: median(cmd, args.repeat) for label, cmd in cases.items()}
    base_cpu = results["minimal Typer app --help"][1]
    for label, (wall, cpu) in results.items():
        print(f"{label:28s} wall {wall:6.3f} s  cpu {cpu:6.3f} s  ratio to minimal Typer (cpu) {cpu / base_cpu:5.2f}")
    print("target: dyadscope --help under 0.3 s")


if __name__ == "__main__":
    main()
