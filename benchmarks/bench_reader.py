"""Benchmark: articles per second over ../shared/corpus, for the full reader and for the
bare spaCy pipeline on the same texts in the same run (one process each; prints the
ratio), then batch reading (``reader.read_each``, as ``ingest`` uses it) with 1 and 2
worker processes (``--processes 1 2 4`` for more).

Run: python benchmarks/bench_reader.py [--repeat 3] [--copies 2] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from dyadscope.news import inputs, pipeline, reader
from dyadscope.news.clean import clean

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "voa_silk_road"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=2, help="corpus copies in the batch runs")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.glob("*.md") if p.name != "README.md")
    arts = [clean(inputs.from_path(p)) for p in files]
    texts = [f"{a.title}\n\n{a.text}" for a in arts]
    bare = pipeline.build(with_components=False)
    full = pipeline.build()
    list(bare.pipe(texts[:2]))
    list(reader.read_clean(arts[:2]))
    t_bare = t_full = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        list(bare.pipe(texts, batch_size=16))
        t_bare = min(t_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        list(reader.read_clean(arts, batch_size=16))
        t_full = min(t_full, time.perf_counter() - t0)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words:,} words (best of {args.repeat})")
    print(f"bare spaCy ({', '.join(bare.pipe_names)}): {len(texts) / t_bare:6.2f} articles/s")
    extra = len(full.pipe_names) - len(bare.pipe_names)
    print(f"full reader (+ {extra} components, amounts converted): {len(texts) / t_full:6.2f} articles/s")
    print(f"reader keeps {t_bare / t_full:.0%} of bare spaCy throughput")
    batch = arts * args.copies
    base = None
    for n in args.processes:
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            got = list(reader.read_each(batch, batch_size=8, n_process=n))
            best = min(best, time.perf_counter() - t0)
        assert len(got) == len(batch)
        rate = len(batch) / best
        base = base or rate
        print(f"batch reading, {n} process(es), {len(batch)} articles: {rate:6.2f} articles/s ({rate / base:.2f}x)")


if __name__ == "__main__":
    main()
