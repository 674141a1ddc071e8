"""Schema and loads of the ``trade`` dataset: BACI flows and their codebooks.

* ``baci``: year, exporter, importer (ISO3), product (HS6 string), value_kusd (thousand
  USD), quantity_t (tonnes, NULL when BACI has NA), hs (nomenclature, e.g. "22"),
  release (e.g. "202501")
* ``country_codes``: BACI numeric code -> ISO3 (India is 699)
* ``baci_loads``: one row per yearly file loaded: file, year, rows, rejected rows,
  rows with unknown country codes, when
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from dyadscope import bundled
from dyadscope.errors import MalformedSourceError
from dyadscope.sources import baci
from dyadscope.warehouse.store import Warehouse, insert_frame

SCHEMA = """
CREATE TABLE IF NOT EXISTS baci (year SMALLINT, exporter VARCHAR, importer VARCHAR, product VARCHAR,
  value_kusd DOUBLE, quantity_t DOUBLE, hs VARCHAR, release VARCHAR);
CREATE TABLE IF NOT EXISTS country_codes (code INTEGER, name VARCHAR, iso2 VARCHAR, iso3 VARCHAR);
CREATE TABLE IF NOT EXISTS baci_loads (loaded_at TIMESTAMP, file VARCHAR, year SMALLINT, hs VARCHAR,
  release VARCHAR, rows_loaded BIGINT, rejected BIGINT, unknown_codes BIGINT, rejects VARCHAR);
"""
MAX_REJECT_SHARE = 0.001
MAX_REJECT_ROWS = 100


def _bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)
    insert_frame(
        con,
        bundled.parquet("baci_country_codes.parquet"),
        "INSERT INTO country_codes SELECT code, name, iso2, iso3 FROM frame_in",
    )


def load_baci(wh: Warehouse, path: Path, progress: object = None) -> list[dict[str, object]]:
    """Load every yearly file of ``path`` (zip, folder or one CSV) in one atomic swap.

    A year already loaded from the same nomenclature is replaced (idempotent), and the file
    is rewritten compactly, so a reload does not grow it. Rows that break the format are
    skipped and counted with their line numbers; more than 0.1% of a file's rows (and more
    than 100) refuses the whole load, leaving the warehouse as it was. The data lines are
    also counted from the bytes, apart from the CSV parser: when the parser's rows and
    rejects do not add up to that count, the load is refused.
    """
    files = baci.year_files(Path(path))
    codes, _ = baci.codebook_members(Path(path))
    wh.ensure("trade")
    report: list[dict[str, object]] = []
    with wh.writer("trade", compact=True) as con:
        assert con is not None
        if codes is not None:
            con.execute("DELETE FROM country_codes")
            insert_frame(con, codes, "INSERT INTO country_codes SELECT code, name, iso2, iso3 FROM frame_in")
        for n, f in enumerate(files, start=1):
            report.append(_load_year(con, f))
            if callable(progress):
                progress(n, len(files))
    return report


def _load_year(con: duckdb.DuckDBPyConnection, f: baci.YearFile) -> dict[str, object]:
    """One pass over the CSV: rows are inserted as they are read (nothing is held in
    Python), rejects are kept by DuckDB with their line numbers, then checked."""
    label = f"{f.source.name}:{f.member}" if f.member else f.source.name
    con.execute("DELETE FROM baci WHERE year = ? AND hs = ?", [f.year, f.hs])
    with baci.on_disk(f) as csv_path:
        path = str(csv_path).replace("'", "''")
        con.execute("DROP TABLE IF EXISTS baci_rejects")
        con.execute("DROP TABLE IF EXISTS baci_reject_scans")
        row = con.execute(
            "INSERT INTO baci SELECT s.t, ce.iso3, ci.iso3, lpad(trim(s.k), 6, '0'), s.v,"
            " TRY_CAST(trim(s.q) AS DOUBLE), ?, ? FROM read_csv("
            f"'{path}', header = true, delim = ',', quote = '\"', "
            "columns = {'t': 'SMALLINT', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', "
            "'v': 'DOUBLE', 'q': 'VARCHAR'}, "
            "auto_detect = false, store_rejects = true, rejects_table = 'baci_rejects', "
            "rejects_scan = 'baci_reject_scans', rejects_limit = 1000) s"
            " LEFT JOIN country_codes ce ON ce.code = s.i LEFT JOIN country_codes ci ON ci.code = s.j",
            [f.hs, f.release],
        ).fetchone()
        lines = baci.count_data_lines(csv_path)
    inserted = int(row[0]) if row else 0
    rej = con.execute("SELECT line, error_message FROM baci_rejects ORDER BY line").fetchall()
    rejected = len(rej)
    if inserted + rejected != lines:
        # e.g. an unterminated quote: the parser reads the rest of the file as one field and
        # reports one reject where hundreds of thousands of rows are gone
        first = "; ".join(f"line {line}: {msg[:120]}" for line, msg in rej[:3]) or "none"
        raise MalformedSourceError(
            label,
            f"{lines:,} data lines in the file, but the CSV parser read {inserted + rejected:,} rows "
            f"({inserted:,} loaded, {rejected:,} rejected; first rejects: {first}); an unterminated quote "
            "hides the lines after it. Nothing was loaded",
        )
    if rejected > max(MAX_REJECT_ROWS, MAX_REJECT_SHARE * (inserted + rejected)):
        first = "; ".join(f"line {line}: {msg}" for line, msg in rej[:3])
        raise MalformedSourceError(
            label, f"{rejected:,} malformed rows of {inserted + rejected:,} (over the 0.1% limit); first: {first}"
        )
    this_year = con.execute("SELECT count(*) FROM baci WHERE year = ? AND hs = ?", [f.year, f.hs]).fetchone()
    if this_year is None or int(this_year[0]) != inserted:
        raise MalformedSourceError(label, f"rows of other years than {f.year} in the file for {f.year}")
    unknown_row = con.execute(
        "SELECT count(*) FROM baci WHERE year = ? AND hs = ? AND (exporter IS NULL OR importer IS NULL)", [f.year, f.hs]
    ).fetchone()
    unknown = int(unknown_row[0]) if unknown_row else 0
    if unknown:
        con.execute(
            "DELETE FROM baci WHERE year = ? AND hs = ? AND (exporter IS NULL OR importer IS NULL)", [f.year, f.hs]
        )
    loaded = inserted - unknown
    rejects = json.dumps([{"line": line, "error": msg} for line, msg in rej[:20]])
    con.execute(
        "INSERT INTO baci_loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [datetime.now(UTC).replace(tzinfo=None), label, f.year, f.hs, f.release, loaded, rejected, unknown, rejects],
    )
    return {"file": label, "year": f.year, "rows": loaded, "rejected": rejected, "unknown_codes": unknown}
