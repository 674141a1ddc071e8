"""Running a job as independent units, each writing its own partitions.

A unit is one input file, one year or one table. Each unit writes into its own staging
folder; when it succeeds its partitions are swapped into the output (see
:mod:`dyadscope.spark.output`), when it fails the error is recorded and the next unit
runs. The report lists every unit with its status, rows, seconds and error, and is also
merged into the output's manifest, so the output always says which inputs it holds.
"""

from __future__ import annotations

import logging
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.errors import DyadscopeError, JobFailedError
from dyadscope.spark.output import Store, new_run_id

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass
class Unit:
    """``work(staged)`` writes under ``staged`` and returns figures for the report
    (``rows`` at least). ``depth`` levels of ``k=v`` folders below ``partition`` are
    the partitions it writes (0: ``partition`` itself is one); ``parts`` names them
    instead, when they are plain folders (tables)."""

    label: str
    partition: str
    work: Callable[[str], dict[str, Any]]
    depth: int = 0
    parts: tuple[str, ...] = ()


@dataclass
class JobReport:
    """What a job did: one row per unit."""

    job: str
    output: str
    run_id: str
    parameters: dict[str, Any]
    units: list[dict[str, Any]] = field(default_factory=list)
    started: str = ""
    finished: str = ""
    spark_version: str = ""
    master: str = ""

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [u for u in self.units if u["status"] == "failed"]

    @property
    def rows(self) -> int:
        return int(sum(int(u.get("rows") or 0) for u in self.units if u["status"] == "ok"))

    def tidy(self) -> pd.DataFrame:
        """One row per unit: input, partitions, status, rows, seconds, error and the
        unit's own figures (rejected rows, unknown codes, ...)."""
        return pd.DataFrame(self.units)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job": self.job,
            "output": self.output,
            "run_id": self.run_id,
            "parameters": self.parameters,
            "started": self.started,
            "finished": self.finished,
            "spark_version": self.spark_version,
            "master": self.master,
            "units": self.units,
        }

    def raise_for_failures(self) -> None:
        if self.failed:
            names = "; ".join(f"{u['input']}: {u['error']}" for u in self.failed[:5])
            raise JobFailedError(
                f"{len(self.failed)} of {len(self.units)} inputs failed (the others were written): {names}", self
            )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run(
    spark: SparkSession,
    job: str,
    out: str,
    parameters: dict[str, Any],
    units: Sequence[Unit],
    progress: Progress | None = None,
) -> JobReport:
    """Run every unit, swap in the partitions of those that succeed, update the manifest."""
    store = Store(spark, out)
    restored = store.recover()
    for path in restored:
        log.warning("restored %s, left aside by a run that stopped mid-swap", path)
    manifest = store.read_manifest()
    if manifest and manifest.get("job") != job:
        raise DyadscopeError(
            f"{out} holds the output of the {manifest.get('job')!r} job; write the {job!r} job elsewhere"
        )
    run_id = new_run_id()
    report = JobReport(
        job,
        store.root,
        run_id,
        parameters,
        started=_now(),
        spark_version=spark.version,
        master=spark.sparkContext.master or "",
    )
    with store.staging(run_id) as staging:
        for n, unit in enumerate(units, start=1):
            staged = f"{staging}/{unit.partition}" if unit.partition else staging
            entry: dict[str, Any] = {"input": unit.label, "partitions": [], "status": "ok", "rows": 0, "error": None}
            t0 = time.perf_counter()
            try:
                entry.update(unit.work(staged))
                parts = list(unit.parts) or (store.partitions(staged, unit.depth) if unit.depth else [""])
                for sub in parts:
                    name = "/".join(p for p in (unit.partition, sub) if p)
                    store.replace(f"{staging}/{name}", name, run_id)
                    entry["partitions"].append(name)
            except Exception as exc:  # one input's failure must not lose the others
                entry.update(status="failed", error=_message(exc), rows=0)
                log.warning("%s: %s", unit.label, entry["error"])
            entry["seconds"] = round(time.perf_counter() - t0, 3)
            report.units.append(entry)
            if progress is not None:
                progress(n, len(units), unit.label)
    report.finished = _now()
    _update_manifest(store, manifest, report)
    return report


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = next((line for line in text if line.strip()), type(exc).__name__)
    return first if isinstance(exc, DyadscopeError) else f"{type(exc).__name__}: {first}"


def _update_manifest(store: Store, manifest: dict[str, Any], report: JobReport) -> None:
    partitions: dict[str, Any] = dict(manifest.get("partitions", {}))
    for u in report.units:
        if u["status"] != "ok":
            continue
        for name in u["partitions"]:
            extra = {k: v for k, v in u.items() if k not in ("partitions", "status", "error")}
            partitions[name] = {**extra, "run_id": report.run_id, "written": report.finished}
    runs = list(manifest.get("runs", []))[-19:]
    runs.append(
        {
            "run_id": report.run_id,
            "started": report.started,
            "finished": report.finished,
            "parameters": report.parameters,
            "ok": sum(1 for u in report.units if u["status"] == "ok"),
            "failed": [{"input": u["input"], "error": u["error"]} for u in report.failed],
            "spark_version": report.spark_version,
            "master": report.master,
            "python": platform.python_version(),
        }
    )
    store.write_manifest(
        {"job": report.job, "format": "parquet", "partitions": dict(sorted(partitions.items())), "runs": runs}
    )
