"""Batch article reading with Spark: ``OUT/articles``, ``OUT/countries``, ``OUT/people``,
``OUT/quotes``, ``OUT/amounts``, ``OUT/events`` (Parquet).

Input is a folder (read recursively) or glob of ``.txt``/``.md``/``.html`` files, read by
Spark's ``binaryFile`` source so the files may sit on HDFS or an object store, or a Parquet
or JSON-lines dataset of records with a ``text`` or ``html`` column and optional ``title``,
``date``, ``url`` and ``id``. Articles are read by ``mapInPandas`` with the reader of
``dyadscope read`` (:func:`dyadscope.news.reader.read_each`): the spaCy pipeline is built
once per Python worker process (:func:`dyadscope.news.pipeline.build` is cached and Spark
reuses its workers) and runs over each Arrow batch with ``nlp.pipe``.

An article that cannot be read (binary, empty, not English, over 10 MB, no text in the
page) becomes a row of ``articles`` with ``status = 'failed'`` and the reason in
``error``; the other articles of its batch are read as usual. The fact tables are then
flattened from each article's extraction (the JSON contract, kept in
``articles.extraction``) by :mod:`dyadscope.news.tables`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope.errors import ArticleError, ConfigError, DyadscopeError
from dyadscope.news import inputs, tables
from dyadscope.spark import job

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("article_id", "STRING"),
    ("origin", "STRING"),
    ("status", "STRING"),
    ("error", "STRING"),
    ("url", "STRING"),
    ("title", "STRING"),
    ("date", "STRING"),
    ("byline", "STRING"),
    ("content_hash", "STRING"),
    ("countries", "INT"),
    ("people", "INT"),
    ("quotes", "INT"),
    ("amounts", "INT"),
    ("events", "INT"),
    ("warnings", "STRING"),
    ("extraction", "STRING"),
]
ARTICLE_SCHEMA = ", ".join(f"`{c}` {t}" for c, t in ARTICLE_COLUMNS)


def _text_or_none(value: Any) -> str | None:
    """A record's optional string (Arrow nulls arrive as None or NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value) or None


def _prepare(rec: dict[str, Any], default_date: date | None) -> Any:
    """A cleaned article, or the ArticleError that says why it cannot be read."""
    from dyadscope.news import clean as clean_mod

    origin = str(rec["origin"])
    try:
        if rec["content"] is None:
            raise ArticleError(f"{origin}: no text")
        raw = inputs.from_bytes(bytes(rec["content"]), origin, _text_or_none(rec["kind"]))
        url, day = _text_or_none(rec.get("url")), _text_or_none(rec.get("date"))
        if url:
            raw.url = url
        if day:
            raw.date = inputs.parse_date(day)
        art = clean_mod.clean(raw)
        if art.date is None and default_date is not None:
            art = replace(art, date=default_date)
        return art
    except DyadscopeError as exc:
        return ArticleError(str(exc))
    except Exception as exc:  # hostile input must not take the batch down with it
        return ArticleError(f"{origin}: {type(exc).__name__}: {exc}")


def _row(origin: str, result: Any) -> dict[str, Any]:
    empty = dict.fromkeys((c for c, _ in ARTICLE_COLUMNS), None)
    if isinstance(result, ArticleError):
        return {**empty, "article_id": None, "origin": origin, "status": "failed", "error": str(result)}
    d = result.to_dict()
    digest = result.content_hash
    return {
        **empty,
        "article_id": digest[:16],
        "origin": origin,
        "status": "ok",
        "url": result.url,
        "title": result.title,
        "date": d["date"],
        "byline": result.byline,
        "content_hash": digest,
        "countries": len(d["countries"]),
        "people": len(d["people"]),
        "quotes": len(d["quotes"]),
        "amounts": len(d["amounts"]),
        "events": len(d["events"]),
        "warnings": json.dumps(d["warnings"]),
        "extraction": json.dumps(d),
    }


def read_batches(default_date: date | None) -> Any:
    """The ``mapInPandas`` function: input records in, one article row per record out."""

    def read(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from dyadscope.news import reader  # imported in the worker; spaCy is built once per worker

        for batch in batches:
            recs = [{str(k): v for k, v in r.items()} for r in batch.to_dict("records")]
            prepared = [_prepare(r, default_date) for r in recs]
            out = [_row(str(r["origin"]), res) for r, res in zip(recs, reader.read_each(prepared), strict=True)]
            yield pd.DataFrame(out, columns=[c for c, _ in ARTICLE_COLUMNS])

    return read


def flatten_batches(table: str) -> Any:
    columns = [c for c, _ in tables.TABLES[table]]

    def flatten(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            rows: list[dict[str, Any]] = []
            for aid, extraction in zip(batch["article_id"], batch["extraction"], strict=True):
                rows.extend(tables.rows(str(aid), json.loads(extraction))[table])
            yield pd.DataFrame(rows, columns=columns)

    return flatten


def inputs_frame(spark: SparkSession, source: str) -> DataFrame:
    """Records (origin, kind, content, date, url) from files or a dataset."""
    from pyspark.sql import functions as F

    lower = source.lower().rstrip("/")
    if lower.endswith((".parquet", ".jsonl", ".json")):
        data = spark.read.parquet(source) if lower.endswith(".parquet") else spark.read.json(source)
        cols = set(data.columns)
        if not cols & {"text", "html"}:
            raise ConfigError(f"{source}: a dataset of articles needs a 'text' or 'html' column; found {sorted(cols)}")
        body = "html" if "html" in cols and "text" not in cols else "text"
        ident = F.col("id").cast("string") if "id" in cols else F.monotonically_increasing_id().cast("string")

        def opt(name: str) -> Any:
            return F.col(name).cast("string") if name in cols else F.lit(None).cast("string")

        content = F.col(body)
        if body == "text" and "title" in cols:  # the title as the first line, as in a .txt file
            title = F.regexp_replace(F.coalesce(F.col("title").cast("string"), F.lit("")), "[\\r\\n]+", " ")
            blank = F.col(body).isNull() | (F.trim(F.col(body)) == "")  # stays empty: reported as such
            content = F.when(blank, F.col(body)).otherwise(F.concat_ws("\n", title, F.col(body)))
        return data.select(
            F.concat(F.lit(f"{source}#"), ident).alias("origin"),
            F.lit("html" if body == "html" else "txt").alias("kind"),
            F.encode(content, "UTF-8").alias("content"),
            opt("date").alias("date"),
            opt("url").alias("url"),
        )
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.{" + ",".join(x.lstrip(".") for x in inputs.SUFFIXES) + "}")
        .load(source)
    )
    return files.select(
        F.col("path").alias("origin"),
        F.lit(None).cast("string").alias("kind"),  # the worker takes it from the suffix
        "content",
        F.lit(None).cast("string").alias("date"),
        F.lit(None).cast("string").alias("url"),
    )


def run(
    spark: SparkSession,
    source: str,
    out: str,
    *,
    default_date: date | None = None,
    partitions: int | None = None,
    progress: job.Progress | None = None,
) -> job.JobReport:
    """Read every article of ``source`` into the tables of ``out``."""
    records = inputs_frame(spark, source)
    n = records.count()
    if n == 0:
        raise ConfigError(f"{source}: no articles (.txt, .md, .html files or a dataset with a 'text' column)")
    parts = partitions or max(1, min(n, spark.sparkContext.defaultParallelism * 4))

    def work(staged: str) -> dict[str, Any]:
        arts = records.repartition(parts).mapInPandas(read_batches(default_date), ARTICLE_SCHEMA)
        arts.write.mode("overwrite").parquet(f"{staged}/articles")
        done = spark.read.parquet(f"{staged}/articles")
        counts = {r["status"]: int(r["count"]) for r in done.groupBy("status").count().collect()}
        ok = done.where("status = 'ok'").select("article_id", "extraction").dropDuplicates(["article_id"])
        distinct = ok.count()
        figures: dict[str, Any] = {
            "rows": counts.get("ok", 0),
            "failed_articles": counts.get("failed", 0),
            "duplicate_texts": counts.get("ok", 0) - distinct,  # same text under several names: facts once
        }
        for table in tables.TABLES:
            ok.mapInPandas(flatten_batches(table), tables.spark_schema(table)).write.mode("overwrite").parquet(
                f"{staged}/{table}"
            )
            figures[table] = spark.read.parquet(f"{staged}/{table}").count()
        figures["failures"] = [
            {"origin": r["origin"], "error": r["error"]}
            for r in done.where("status = 'failed'").select("origin", "error").limit(50).collect()
        ]
        return figures

    units = [job.Unit(source, "", work, parts=("articles", *tables.TABLES))]
    params = {"source": source, "articles": n, "default_date": default_date, "partitions": parts}
    return job.run(spark, "articles", out, params, units, progress)
