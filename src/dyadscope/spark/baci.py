"""BACI yearly files into partitioned Parquet with Spark: ``OUT/hs=22/year=2022/*.parquet``.

The same rules as the DuckDB load (:mod:`dyadscope.warehouse.trade`): columns
``t,i,j,k,v,q``; codes mapped to ISO3 with the release's country codebook (the bundled
V202501 one when the release has none); HS6 codes zero-padded; ``NA`` quantities as null;
rows that break the format skipped and counted, with their text (and line number for
local files); more than 0.1% of a file's rows (and more than 100) fails that file; rows
of another year fail that file; rows with unknown country codes counted and dropped.

Each yearly file is one unit of the job (see :mod:`dyadscope.spark.job`): it is read in
one pass, every row tagged ``ok``/``malformed``/``other_year``/``unknown_code`` and
written once, partitioned by that tag; the ``ok`` rows become the year's partition, the
others are counted from the Parquet footers. (Caching the tagged rows instead of writing
them was measured 14% slower: docs/spark.md.) A file that fails leaves the year's
previous partition in place and the other years are written.

Columns of the output: exporter, importer (ISO3), product (HS6 string), value_kusd
(thousand USD), quantity_t (tonnes), release; partition columns hs and year (strings in
the folder names; :data:`SCHEMA` reads them back typed). ``OUT/country_codes`` holds the
codebook used.
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from dyadscope import bundled
from dyadscope.errors import EngineError, MalformedSourceError, SourceError
from dyadscope.sources import baci as baci_source
from dyadscope.spark import job
from dyadscope.spark.output import Store, is_uri
from dyadscope.warehouse.trade import MAX_REJECT_ROWS, MAX_REJECT_SHARE

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

CSV_SCHEMA = "t INT, i INT, j INT, k STRING, v DOUBLE, q STRING, _corrupt STRING"
SCHEMA = (
    "exporter STRING, importer STRING, product STRING, value_kusd DOUBLE, quantity_t DOUBLE, release STRING,"
    " hs STRING, year STRING"
)
HEADER = ["t", "i", "j", "k", "v", "q"]
REJECT_SAMPLES = 20


@dataclass(frozen=True)
class InputFile:
    """One yearly CSV that Spark can read (a path or URI), and what its name says."""

    path: str
    label: str
    hs: str
    year: int
    release: str


def _remote_inputs(store: Store, source: str) -> tuple[list[InputFile], str | None]:
    name = source.rstrip("/").rsplit("/", 1)[-1]
    m = baci_source.YEAR_FILE.search(name)
    if m:
        return [InputFile(source, name, m.group(1), int(m.group(2)), m.group(3))], None
    found, codebook = [], None
    for child in store.children(source):
        m = baci_source.YEAR_FILE.search(child)
        if m:
            found.append(InputFile(f"{source.rstrip('/')}/{child}", child, m.group(1), int(m.group(2)), m.group(3)))
        elif re.match(r"country_codes_V\d+\.csv$", child):
            codebook = f"{source.rstrip('/')}/{child}"
    if not found:
        raise SourceError(f"{source}: no BACI yearly files (BACI_HSxx_Yyyyy_Vnnnnnn.csv)", path=source)
    return sorted(found, key=lambda f: f.year), codebook


def _local_inputs(source: Path, stack: ExitStack, local_master: bool) -> tuple[list[InputFile], pd.DataFrame | None]:
    files = baci_source.year_files(source)
    codes, _ = baci_source.codebook_members(source)
    out = []
    for f in files:
        if f.member is not None and not local_master:
            raise EngineError(
                f"{source}: Spark executors cannot read inside a zip; extract the release to a folder "
                "they can all read (HDFS, object store or a shared mount) and pass that folder"
            )
        path = stack.enter_context(baci_source.on_disk(f)) if f.member is not None else f.source
        label = f"{f.source.name}:{f.member}" if f.member else f.source.name
        out.append(InputFile(str(path), label, f.hs, f.year, f.release))
    return out, codes


def _check_header(spark: SparkSession, f: InputFile) -> None:
    first = spark.read.text(f.path).first()
    header = [c.strip().strip('"').lower() for c in (first.value if first else "").split(",")]
    if header != HEADER:
        raise MalformedSourceError(f.label, f"expected the header t,i,j,k,v,q, found {','.join(header)!r}", line=1)


def _tagged(spark: SparkSession, f: InputFile, codes: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    raw = spark.read.csv(
        f.path, schema=CSV_SCHEMA, header=True, mode="PERMISSIVE", columnNameOfCorruptRecord="_corrupt", quote='"'
    )
    ce = codes.select(F.col("code").alias("i"), F.col("iso3").alias("exporter"))
    ci = codes.select(F.col("code").alias("j"), F.col("iso3").alias("importer"))
    joined = raw.join(F.broadcast(ce), "i", "left").join(F.broadcast(ci), "j", "left")
    status = (
        F.when(F.col("_corrupt").isNotNull(), "malformed")
        .when(F.col("t") != f.year, "other_year")
        .when(F.col("exporter").isNull() | F.col("importer").isNull(), "unknown_code")
        .otherwise("ok")
    )
    return joined.select(
        "exporter",
        "importer",
        F.lpad(F.trim(F.col("k")), 6, "0").alias("product"),
        F.col("v").alias("value_kusd"),
        F.expr("try_cast(trim(q) AS DOUBLE)").alias("quantity_t"),
        F.lit(f.release).alias("release"),
        "i",
        "j",
        "_corrupt",
        status.alias("row_status"),
    )


def _line_numbers(path: str, records: list[str]) -> list[int | None]:
    """Line numbers of ``records`` in a local file, in file order (repeated records get
    successive occurrences); ``None`` where a record is not found as a whole line."""
    need: dict[str, int] = {}
    for r in records:
        key = r.rstrip("\r\n")
        need[key] = need.get(key, 0) + 1
    found: dict[str, list[int]] = {k: [] for k in need}
    remaining = len(records)
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            text = line.rstrip("\r\n")
            if text in need and len(found[text]) < need[text]:
                found[text].append(n)
                remaining -= 1
                if not remaining:
                    break
    return [found[r.rstrip("\r\n")].pop(0) if found[r.rstrip("\r\n")] else None for r in records]


def _work(spark: SparkSession, store: Store, f: InputFile, codes: DataFrame) -> Any:
    def work(staged: str) -> dict[str, Any]:
        _check_header(spark, f)
        raw = staged + ".tagged"
        _tagged(spark, f, codes).write.mode("overwrite").partitionBy("row_status").parquet(raw)
        tagged = spark.read.parquet(raw)
        counts = {r["row_status"]: int(r["count"]) for r in tagged.groupBy("row_status").count().collect()}
        total = sum(counts.values())
        rejected, other = counts.get("malformed", 0), counts.get("other_year", 0)
        samples: list[dict[str, Any]] = []
        if rejected:
            records = [
                r["_corrupt"]
                for r in tagged.where("row_status = 'malformed'").select("_corrupt").limit(REJECT_SAMPLES).collect()
            ]
            lines = _line_numbers(f.path, records) if not is_uri(f.path) else [None] * len(records)
            samples = [{"line": n, "record": r[:200]} for n, r in zip(lines, records, strict=True)]
            samples.sort(key=lambda x: (x["line"] is None, x["line"] or 0))
        if rejected > max(MAX_REJECT_ROWS, MAX_REJECT_SHARE * total):
            first = "; ".join(f"line {s['line']}: {s['record']!r}" for s in samples[:3])
            raise MalformedSourceError(
                f.label, f"{rejected:,} malformed rows of {total:,} (over the 0.1% limit); first: {first}"
            )
        if other:
            raise MalformedSourceError(f.label, f"{other:,} rows of other years than {f.year} in the file for {f.year}")
        ok = counts.get("ok", 0)
        if not ok:
            raise MalformedSourceError(f.label, "no rows to load")
        (
            tagged.where("row_status = 'ok'")
            .select("exporter", "importer", "product", "value_kusd", "quantity_t", "release")
            .write.mode("overwrite")
            .parquet(staged)
        )
        store.delete(raw)
        return {
            "rows": ok,
            "rejected": rejected,
            "unknown_codes": counts.get("unknown_code", 0),
            "rejects": samples,
            "year": f.year,
            "hs": f.hs,
            "release": f.release,
        }

    return work


def ingest(
    spark: SparkSession,
    source: str | Path,
    out: str,
    *,
    years: list[int] | None = None,
    progress: job.Progress | None = None,
) -> job.JobReport:
    """Every yearly file of ``source`` (zip, folder, one CSV, or a folder URI) into ``out``."""
    src = str(source)
    local_master = (spark.sparkContext.master or "").startswith("local")
    with ExitStack() as stack:
        if is_uri(src):
            files, codebook = _remote_inputs(Store(spark, src), src)
            codes_pd = None
            if codebook:
                table = spark.read.csv(codebook, header=True)  # small: rows to the driver
                codes_pd = baci_source.read_country_codes_frame(
                    pd.DataFrame([r.asDict() for r in table.collect()], columns=table.columns)
                )
        else:
            files, codes_pd = _local_inputs(Path(src).expanduser(), stack, local_master)
        if years:
            files = [f for f in files if f.year in set(years)]
            if not files:
                raise SourceError(f"{src}: no yearly file for {sorted(set(years))}", path=src)
        if codes_pd is None:
            codes_pd = bundled.parquet("baci_country_codes.parquet")
        codes_pd = codes_pd[["code", "name", "iso2", "iso3"]].astype({"code": "int64"})
        codes = spark.createDataFrame(codes_pd).cache()
        store = Store(spark, out)

        def write_codes(staged: str) -> dict[str, Any]:
            codes.coalesce(1).write.mode("overwrite").parquet(staged)
            return {"rows": len(codes_pd)}

        units = [job.Unit("country codebook", "country_codes", write_codes)]
        units += [job.Unit(f.label, f"hs={f.hs}/year={f.year}", _work(spark, store, f, codes)) for f in files]
        params = {"source": src, "years": sorted({f.year for f in files})}
        report = job.run(spark, "baci", out, params, units, progress)
        codes.unpersist()
    return report


def nomenclature(spark: SparkSession, out: str, hs: str | None = None) -> str:
    """The HS nomenclature to read from ``out``: ``hs`` if present there, or the only one.

    Several nomenclatures (HS92 and HS22 both cover 2022) would count the same trade
    twice, so with more than one present ``hs`` must be given.
    """
    store = Store(spark, out)
    present = sorted(p.split("=", 1)[1] for p in store.children(store.root) if p.startswith("hs="))
    if not present:
        raise SourceError(f"{out}: no BACI partitions (hs=../year=..); run 'dyadscope spark load-baci' first", path=out)
    if hs is None:
        if len(present) > 1:
            raise EngineError(f"{out} holds several nomenclatures ({', '.join(present)}); choose one with --hs")
        return present[0]
    if hs not in present:
        raise EngineError(f"{out} has no HS{hs} partitions; it holds {', '.join(present)}")
    return hs


def read(spark: SparkSession, out: str, hs: str | None = None) -> DataFrame:
    """The ingested flows of one nomenclature (see :func:`nomenclature`), year typed."""
    from pyspark.sql import functions as F

    store = Store(spark, out)
    chosen = nomenclature(spark, out, hs)
    frame = spark.read.schema(SCHEMA).option("basePath", store.root).parquet(store.path(f"hs={chosen}"))
    return frame.withColumn("year", F.col("year").cast("int"))


def years_present(spark: SparkSession, out: str, hs: str) -> list[int]:
    store = Store(spark, out)
    return sorted(int(p.split("=", 1)[1]) for p in store.children(store.path(f"hs={hs}")) if p.startswith("year="))
