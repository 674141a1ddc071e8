"""All-pairs UN-vote alignment per period with Spark: ``OUT/<by>=<period>/*.parquet``.

The votes are those the DuckDB path selects (:func:`dyadscope.alignment.query.select_votes`,
same filters); Spark joins them on the roll call, counts for every unordered pair and
period the roll calls both voted on, the identical votes, the opposite yes/no votes and
each side's votes by category, and turns the counts into the measures of
:mod:`dyadscope.alignment.measures` with the same formulas (kappa from each side's own
marginals, pi from the pooled ones, S = 1 - 2 x mean distance). Both orders of every
pair are written, like :func:`dyadscope.api.all_pairs`: columns country, partner,
measure, value, n, and the period in the folder name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.alignment import measures
from dyadscope.spark import job

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

# value of each measure from the pair counts (n, same, opposite, abstain2, a0..a2, b0..b2)
FORMULAS = {
    "agreement": "same / n",
    "coincidence": "CASE WHEN same - abstain2 + opposite > 0 THEN (same - abstain2) / (same - abstain2 + opposite) END",
    "s": "1.0 - 2.0 * (opposite + 0.5 * (n - same - opposite)) / n",
    "kappa": "CASE WHEN pe_k < 1.0 - 1e-12 THEN (same / n - pe_k) / (1.0 - pe_k) END",
    "pi": "CASE WHEN pe_p < 1.0 - 1e-12 THEN (same / n - pe_p) / (1.0 - pe_p) END",
}

COUNTS_SQL = """
WITH v AS (
  SELECT p.period, v.rcid, v.iso3,
    CASE v.vote WHEN 'yes' THEN 0 WHEN 'abstain' THEN 1 WHEN 'no' THEN 2 END AS k
  FROM votes v JOIN periods p ON p.rcid = v.rcid WHERE v.vote IN ('yes', 'abstain', 'no')
)
SELECT a.period, a.iso3 AS country, b.iso3 AS partner, count(*) AS n,
  sum(CASE WHEN a.k = b.k THEN 1 ELSE 0 END) AS same,
  sum(CASE WHEN a.k + b.k = 2 AND a.k <> 1 THEN 1 ELSE 0 END) AS opposite,
  sum(CASE WHEN a.k = 1 AND b.k = 1 THEN 1 ELSE 0 END) AS abstain2,
  sum(CASE WHEN a.k = 0 THEN 1 ELSE 0 END) AS a0, sum(CASE WHEN a.k = 1 THEN 1 ELSE 0 END) AS a1,
  sum(CASE WHEN a.k = 2 THEN 1 ELSE 0 END) AS a2, sum(CASE WHEN b.k = 0 THEN 1 ELSE 0 END) AS b0,
  sum(CASE WHEN b.k = 1 THEN 1 ELSE 0 END) AS b1, sum(CASE WHEN b.k = 2 THEN 1 ELSE 0 END) AS b2
FROM v a JOIN v b ON a.rcid = b.rcid AND a.iso3 < b.iso3
GROUP BY a.period, a.iso3, b.iso3
"""


def pairs(spark: SparkSession, votes: pd.DataFrame, periods: pd.Series, which: Sequence[str]) -> DataFrame:
    """Long rows period, country, partner, measure, value, n (both orders of each pair)."""
    from pyspark.sql import functions as F

    spark.createDataFrame(votes[["rcid", "iso3", "vote"]].astype({"vote": str})).createOrReplaceTempView("votes")
    spark.createDataFrame(periods.rename("period").reset_index()[["rcid", "period"]]).createOrReplaceTempView("periods")
    counts = spark.sql(COUNTS_SQL).selectExpr(
        "*",
        "(a0 * b0 + a1 * b1 + a2 * b2) / (n * n) AS pe_k",
        "(pow(a0 + b0, 2) + pow(a1 + b1, 2) + pow(a2 + b2, 2)) / (4.0 * n * n) AS pe_p",
    )
    stacked = ", ".join(f"'{m}', CAST({FORMULAS[m]} AS DOUBLE)" for m in which)
    long = counts.selectExpr("period", "country", "partner", "n", f"stack({len(which)}, {stacked}) AS (measure, value)")
    mirrored = long.select(
        "period", F.col("partner").alias("country"), F.col("country").alias("partner"), "n", "measure", "value"
    )
    return long.unionByName(mirrored).select("period", "country", "partner", "measure", "value", "n")


def run(
    spark: SparkSession,
    votes: pd.DataFrame,
    periods: pd.Series,
    out: str,
    *,
    which: Sequence[str] = measures.MEASURES,
    by: str = "year",
    parameters: dict[str, Any] | None = None,
    progress: job.Progress | None = None,
) -> job.JobReport:
    """Write every pair's measures for every period to ``out``, partitioned by period."""
    for m in which:
        if m not in FORMULAS:
            raise ValueError(f"unknown measure {m!r}; choose from {', '.join(FORMULAS)}")

    def work(staged: str) -> dict[str, Any]:
        frame = pairs(spark, votes, periods, which).withColumnRenamed("period", by)
        frame.write.mode("overwrite").partitionBy(by).parquet(staged)
        return {"rows": spark.read.parquet(staged).count(), "roll_calls": int(periods.size), "votes": len(votes)}

    params = {"by": by, "measures": list(which), **(parameters or {})}
    units = [job.Unit("UN General Assembly votes", "", work, depth=1)]
    return job.run(spark, "alignment", out, params, units, progress)
