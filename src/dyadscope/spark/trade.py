"""All-country trade panels per year with Spark: ``OUT/<panel>/year=YYYY/*.parquet``.

The queries are those of :mod:`dyadscope.trade.panels`, which DuckDB runs on the
warehouse; here Spark runs the same text over the Parquet that
:func:`dyadscope.spark.baci.ingest` wrote. Each (panel, year) is one unit: a year whose
files cannot be read fails alone, and the panels of the other years are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dyadscope.errors import NoDataError
from dyadscope.spark import baci, job
from dyadscope.trade import panels

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

VIEW = "baci"


def run(
    spark: SparkSession,
    source: str,
    out: str,
    *,
    which: Sequence[str] = panels.PANELS,
    years: Sequence[int] | None = None,
    hs: str | None = None,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    progress: job.Progress | None = None,
) -> job.JobReport:
    """Compute ``which`` panels for ``years`` (default: every year present) into ``out``."""
    for p in which:
        panels.check(p, level)  # before Spark does any work
    nomenclature = baci.nomenclature(spark, source, hs)
    flows = baci.read(spark, source, nomenclature)
    present = baci.years_present(spark, source, nomenclature)
    chosen = sorted(set(years)) if years else present
    missing = [y for y in chosen if y not in present]
    if missing:
        raise NoDataError(f"{source}: no HS{nomenclature} flows for {missing}; it holds {present}")

    flows.createOrReplaceTempView(VIEW)

    def unit(panel: str, year: int) -> job.Unit:
        def work(staged: str) -> dict[str, Any]:
            frame = spark.sql(panels.sql(panel, VIEW, year, level=level, top=top, lookback=lookback))
            frame.drop("year").write.mode("overwrite").parquet(staged)
            out: dict[str, Any] = {"rows": spark.read.parquet(staged).count(), "panel": panel, "year": year}
            if panel == "opportunities":  # without it every competitive product counts as growing
                out["baseline_year_present"] = (year - lookback) in present
            return out

        return job.Unit(f"{panel} {year}", f"{panel}/year={year}", work)

    # no cache of the year's flows: measured slower than rescanning the Parquet (docs/spark.md)
    units = [unit(p, y) for y in chosen for p in which]
    params = {
        "source": source,
        "hs": nomenclature,
        "panels": list(which),
        "years": chosen,
        "level": level,
        "top": top,
        "lookback": lookback,
    }
    return job.run(spark, "trade-panels", out, params, units, progress)
