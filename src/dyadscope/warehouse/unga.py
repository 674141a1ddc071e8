"""Schema and loads of the ``unga`` dataset: roll calls, votes, issues and provenance.

Tables (all in ``unga.duckdb``):

* ``roll_calls``: rcid, source, symbol, date, year, session, title, description,
  amend, para, important, source_file, source_row
* ``votes``: rcid, iso3, vote (yes | abstain | no | absent), source. ``absent`` rows are
  derived: a country that voted at least once in the same session, between its first
  and last recorded vote overall, but not on this roll call (neither source lists
  absences).
* ``issues``: rcid, code, issue, method (``source`` = Voeten's coding, ``rule`` =
  keyword rule, see :mod:`dyadscope.sources.unga`)
* ``adoptions``: resolutions adopted without a vote (DGACM sessions 74 on): rcid, source,
  symbol, date, year, session, title, description, subjects, source_file, source_row; their
  issue codes (by the same keyword rule) are in ``issues``
* ``load_report``: what each source read, kept and dropped, and why
* ``loads``: one row per load: when, from where, files with sizes and checksums
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope import bundled
from dyadscope.warehouse.store import Warehouse, insert_frame

SCHEMA = """
CREATE TYPE vote_t AS ENUM ('yes', 'abstain', 'no', 'absent');
CREATE TABLE roll_calls (
  rcid BIGINT PRIMARY KEY, source VARCHAR NOT NULL, symbol VARCHAR, date DATE NOT NULL,
  year INTEGER NOT NULL, session INTEGER, title VARCHAR, description VARCHAR,
  amend BOOLEAN, para BOOLEAN, important BOOLEAN, source_file VARCHAR, source_row INTEGER
);
CREATE TABLE votes (rcid BIGINT NOT NULL, iso3 VARCHAR NOT NULL, vote vote_t NOT NULL,
  source VARCHAR NOT NULL);
CREATE TABLE issues (rcid BIGINT NOT NULL, code VARCHAR NOT NULL, issue VARCHAR,
  method VARCHAR NOT NULL);
CREATE TABLE adoptions (rcid BIGINT PRIMARY KEY, source VARCHAR NOT NULL, symbol VARCHAR, date DATE NOT NULL,
  year INTEGER NOT NULL, session INTEGER, title VARCHAR, description VARCHAR, subjects VARCHAR,
  source_file VARCHAR, source_row INTEGER);
CREATE TABLE load_report (source VARCHAR, what VARCHAR, item VARCHAR, count BIGINT,
  example VARCHAR);
CREATE TABLE loads (loaded_at TIMESTAMP, origin VARCHAR, files VARCHAR, roll_calls BIGINT,
  votes BIGINT);
"""

_DERIVE_ABSENT = """
INSERT INTO votes
WITH span AS (
  SELECT v.iso3, min(r.date) AS first, max(r.date) AS last
  FROM votes v JOIN roll_calls r USING (rcid) GROUP BY v.iso3
), members AS (
  SELECT DISTINCT r.session, v.iso3 FROM votes v JOIN roll_calls r USING (rcid)
)
SELECT r.rcid, m.iso3, 'absent', r.source
FROM roll_calls r
JOIN members m ON m.session = r.session
JOIN span s ON s.iso3 = m.iso3 AND r.date BETWEEN s.first AND s.last
ANTI JOIN votes v ON v.rcid = r.rcid AND v.iso3 = m.iso3
"""


def _check(con: duckdb.DuckDBPyConnection) -> None:
    dup = con.execute("SELECT count(*) FROM (SELECT rcid, iso3 FROM votes GROUP BY ALL HAVING count(*) > 1)").fetchone()
    if dup and dup[0]:
        raise ValueError(f"{dup[0]} (roll call, country) pairs have more than one vote")
    orphan = con.execute("SELECT count(*) FROM votes ANTI JOIN roll_calls USING (rcid)").fetchone()
    if orphan and orphan[0]:
        raise ValueError(f"{orphan[0]} votes refer to roll calls that do not exist")


def fill(
    con: duckdb.DuckDBPyConnection,
    roll_calls: pd.DataFrame,
    votes: pd.DataFrame,
    issues: pd.DataFrame,
    report: pd.DataFrame,
    origin: str,
    files: list[dict[str, object]],
    adoptions: pd.DataFrame | None = None,
) -> None:
    """Replace every table of the dataset with these frames (inside the writer's transaction)."""
    for table in ("votes", "issues", "roll_calls", "adoptions", "load_report"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute("DROP TABLE IF EXISTS loads")
    con.execute("DROP TYPE IF EXISTS vote_t")
    con.execute(SCHEMA)
    rc = roll_calls.copy()
    rc["date"] = pd.to_datetime(rc["date"])
    if "year" not in rc.columns:
        rc["year"] = rc["date"].dt.year
    con.register("rc_in", rc)
    con.execute(
        "INSERT INTO roll_calls SELECT rcid, source, symbol, date::DATE, year, session, title,"
        " description, amend, para, important, source_file, source_row FROM rc_in"
    )
    src = roll_calls.set_index("rcid")["source"]
    v = pd.DataFrame(
        {
            "rcid": votes["rcid"].astype("int64"),
            "iso3": votes["iso3"].astype(str),
            "vote": votes["vote"].astype(str),
        }
    )
    v["source"] = v["rcid"].map(src)
    con.register("v_in", v)
    con.execute("INSERT INTO votes SELECT rcid, iso3, vote::vote_t, source FROM v_in")
    con.register("i_in", issues)
    con.execute("INSERT INTO issues SELECT rcid, code, issue, method FROM i_in")
    if adoptions is not None and not adoptions.empty:
        _fill_adoptions(con, adoptions)
    con.register("r_in", report)
    con.execute("INSERT INTO load_report SELECT source, what, item, count, example FROM r_in")
    _check(con)
    con.execute(_DERIVE_ABSENT)
    n_rc, n_v = len(roll_calls), len(votes)
    con.execute(
        "INSERT INTO loads VALUES (?, ?, ?, ?, ?)",
        [datetime.now(UTC).replace(tzinfo=None), origin, json.dumps(files), n_rc, n_v],
    )
    for name in ("rc_in", "v_in", "i_in", "r_in"):
        con.unregister(name)


def _fill_adoptions(con: duckdb.DuckDBPyConnection, adoptions: pd.DataFrame) -> None:
    """Resolutions adopted without a vote, with issue codes by the DGACM keyword rule."""
    from dyadscope.sources.unga import classify_issues

    a = adoptions.copy()
    a["date"] = pd.to_datetime(a["date"])
    insert_frame(
        con,
        a,
        "INSERT INTO adoptions SELECT rcid, source, symbol, date::DATE, year, session, title, description,"
        " subjects, source_file, source_row FROM frame_in",
    )
    terms = a[["rcid", "subjects"]].assign(subject=a["subjects"].fillna("")).drop(columns="subjects")
    issues = classify_issues(a.set_index("rcid")["title"], terms[terms["subject"] != ""])
    insert_frame(con, issues, "INSERT INTO issues SELECT rcid, code, issue, method FROM frame_in")


def bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    """Fill an empty dataset from the Parquet copies bundled in the package."""
    frames = {
        name: bundled.parquet(f"{name}.parquet")
        for name in ("unga_roll_calls", "unga_votes", "unga_issues", "unga_load_report")
    }
    manifest = json.loads(bundled.text("unga_manifest.json"))
    fill(
        con,
        frames["unga_roll_calls"],
        frames["unga_votes"],
        frames["unga_issues"],
        frames["unga_load_report"],
        origin="bundled copy (dyadscope/data, built by scripts/build_data.py)",
        files=manifest["files"],
        adoptions=bundled.parquet("unga_adoptions.parquet"),
    )


def load_raw(warehouse: Warehouse, voeten_dir: Path, dgacm_dir: Path) -> dict[str, int]:
    """Parse the raw source files and replace the ``unga`` dataset atomically."""
    from dyadscope.sources import unga

    tables = unga.build(voeten_dir, dgacm_dir)
    report = pd.concat([r.tidy() for r in tables.reports], ignore_index=True)
    files = [{"source": r.source, "file": f, "bytes": Path(f).stat().st_size} for r in tables.reports for f in r.files]
    with warehouse.writer("unga", fresh=True) as con:
        assert con is not None
        fill(
            con,
            tables.roll_calls,
            tables.votes,
            tables.issues,
            report,
            origin=f"raw files: {voeten_dir}, {dgacm_dir}",
            files=files,
            adoptions=tables.adoptions,
        )
    return {"roll_calls": len(tables.roll_calls), "votes": len(tables.votes)}
