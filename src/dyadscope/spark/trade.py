"""All-country trade panels per year with Spark: ``OUT/<panel>/year=YYYY/*.parquet``.

The queries are those of :mod:`dyadscope.trade.panels`, which DuckDB runs on the
warehouse; here Spark runs the same text over the Parquet that
:func:`dyadscope.spark.baci.ingest` wrote. Each (panel, year) is one unit: a year whose
files cannot be read fails alone, and the panels of the other years are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dyadscope.errors import ConfigError, NoDataError
from dyadscope.spark import baci, job
from dyadscope.trade import panels

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

VIEW = "baci"


class _YearSlices:
    """The flows of one year and its baseline, cached while that year's panels run: the
    panel queries scan their base several times (one CTE per aggregate), and Spark does
    not share those scans; from the cache they cost memory reads, not Parquet decoding."""

    def __init__(self, flows: DataFrame, lookback: int) -> None:
        self.flows, self.lookback = flows, lookback
        self.year: int | None = None
        self.frame: DataFrame | None = None

    def use(self, year: int) -> None:
        if year == self.year:
            return
        from pyspark import StorageLevel
        from pyspark.sql import functions as F

        self.release()
        frame = self.flows.where(F.col("year").isin([year, year - self.lookback]))
        self.frame = frame.persist(StorageLevel.MEMORY_AND_DISK)
        self.frame.createOrReplaceTempView(VIEW)
        self.year = year

    def release(self) -> None:
        if self.frame is not None:
            self.frame.unpersist()
        self.frame, self.year = None, None


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
        if p not in panels.PANELS:
            raise ConfigError(f"unknown panel {p!r}; choose from {', '.join(panels.PANELS)}")
    panels.sql(which[0], VIEW, 2000, level=level)  # validates the level before Spark works
    nomenclature = baci.nomenclature(spark, source, hs)
    flows = baci.read(spark, source, nomenclature)
    present = baci.years_present(spark, source, nomenclature)
    chosen = sorted(set(years)) if years else present
    missing = [y for y in chosen if y not in present]
    if missing:
        raise NoDataError(f"{source}: no HS{nomenclature} flows for {missing}; it holds {present}")

    slices = _YearSlices(flows, lookback)

    def unit(panel: str, year: int) -> job.Unit:
        def work(staged: str) -> dict[str, Any]:
            slices.use(year)
            frame = spark.sql(panels.sql(panel, VIEW, year, level=level, top=top, lookback=lookback))
            frame.drop("year").write.mode("overwrite").parquet(staged)
            out: dict[str, Any] = {"rows": spark.read.parquet(staged).count(), "panel": panel, "year": year}
            if panel == "opportunities":  # without it every competitive product counts as growing
                out["baseline_year_present"] = (year - lookback) in present
            return out

        return job.Unit(f"{panel} {year}", f"{panel}/year={year}", work)

    units = [unit(p, y) for y in chosen for p in which]  # year by year: one cached slice serves its panels
    params = {
        "source": source,
        "hs": nomenclature,
        "panels": list(which),
        "years": chosen,
        "level": level,
        "top": top,
        "lookback": lookback,
    }
    try:
        return job.run(spark, "trade-panels", out, params, units, progress)
    finally:
        slices.release()
