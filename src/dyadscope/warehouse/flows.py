"""The ``flows`` dataset: every bundled trade figure as one row each, built on first use.

Built by the atomic loader (:meth:`Warehouse.ensure`) from the bundled Parquet files that
``scripts/build_data.py`` writes from ../shared. The large tables are views that read the
bundled Parquet in place (first use well under a second; a copy into DuckDB took 8 s and
doubled the disk space); :func:`stale` tells the loader to rebuild when the package moved.

* ``flows.records``: the figures as their sources record them, one row per
  reporter, partner, flow and year: IMF DOTS (exports FOB and imports CIF of every
  reporter to every partner, groups included), Correlates of War (each state's imports),
  BACI world exports by exporter (sum of the HS2 extract) and the published national
  figures of ``reported_trade.csv`` (annual ones, converted to USD at the annual average
  rate). Columns: source, reporter, partner, flow, year, value (USD), currency, unit,
  valuation, basis, file, row, estimate, note.
  Mirror rows are not stored: :mod:`dyadscope.trade.flows` derives them in SQL. The BACI
  world totals and the published rows live in the table ``extra_records``.
* ``flows.published``: every figure of ``reported_trade.csv`` as published (any period,
  totals, balances and mirror gaps too): native value and currency, period, the page and
  the text as printed, and the annual average rate of its year with the rate's source
  (``rate`` NULL and ``rate_note`` saying why where no rate exists).
* ``flows.hs2_world``: BACI HS92 exports to the world by exporter and HS2 chapter,
  2011-2020 (value in USD, quantity in tonnes).
* ``flows.africa_sections``: BACI HS96 intra-African trade by HS section, annual
  average 2012-2022 (USD).
* ``flows.build``: what was built and from which file, with row counts and file sizes.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope import bundled
from dyadscope.warehouse.store import insert_frame

FLOWS_FILE = "trade_flows.parquet"
HS2_FILE = "baci_hs2_world.parquet"
AFRICA_FILE = "baci_africa_sections.parquet"

SOURCES = {
    "imf-dots": "IMF Direction of Trade Statistics (via SamLeBlanc/Direction-of-Trade-Map), US$ million",
    "cow": "Correlates of War Dyadic Trade v4.0 (Barbieri & Keshk), US$ million, whole millions",
    "baci": "CEPII BACI HS92 exports to the world by HS2 (via piyayut-ch/2022-10_R), US$ million",
    "published": "published national figures (KNBS, China customs, reports) as transcribed in reported_trade.csv",
}

SCHEMA = """
CREATE TABLE extra_records (source VARCHAR, reporter VARCHAR, partner VARCHAR, flow VARCHAR, year SMALLINT,
  value DOUBLE, currency VARCHAR, unit VARCHAR, valuation VARCHAR, basis VARCHAR, file VARCHAR, row INTEGER,
  estimate BOOLEAN, note VARCHAR);
CREATE TABLE published (reporter VARCHAR, partner VARCHAR, flow VARCHAR, period VARCHAR, start DATE, "end" DATE,
  year SMALLINT, native_value DOUBLE, native_currency VARCHAR, as_printed VARCHAR, value DOUBLE, currency VARCHAR,
  rate DOUBLE, rate_year SMALLINT, rate_source VARCHAR, rate_note VARCHAR, publisher VARCHAR, source_page VARCHAR,
  file VARCHAR, row INTEGER);
CREATE TABLE build (built_at TIMESTAMP, what VARCHAR, file VARCHAR, rows BIGINT, bytes BIGINT);
"""


def _path(name: str) -> str:
    from importlib import resources

    with resources.as_file(resources.files("dyadscope") / "data" / name) as p:
        return str(p).replace("'", "''")


PUBLISHED_FILE = "reported_trade.csv"
PUBLISHED_COLUMNS = (
    "reporter", "partner", "flow", "period", "start", "end", "year", "native_value", "native_currency",
    "as_printed", "value", "currency", "rate", "rate_year", "rate_source", "rate_note", "publisher",
    "source_page", "file", "row",
)  # fmt: skip


def published_table() -> pd.DataFrame:
    """Every row of ``reported_trade.csv`` with its native value and currency, converted to
    USD (``value``) at the annual average rate of the year its period starts in; ``rate``
    (units per USD), ``rate_year`` and ``rate_source`` beside it (1, the year and
    'identity' for figures published in USD) and ``rate_note`` (:meth:`dyadscope.fx.Rate.describe`);
    where no rate exists, ``value`` and ``rate`` are NaN and ``rate_note`` says why."""
    from dyadscope import fx
    from dyadscope.errors import NoRateError

    raw = pd.read_csv(io.StringIO(bundled.text(PUBLISHED_FILE)), dtype={"period": str})
    rows = []
    for i, r in enumerate(raw.to_dict("records"), 2):
        year, cur, native = int(str(r["start"])[:4]), str(r["currency"]), float(r["value"])
        try:
            rate = fx.usd_rate(cur, year)
            per_usd, rate_source, note = rate.per_usd, rate.source, rate.describe()
        except NoRateError as exc:
            per_usd, rate_source, note = float("nan"), "", str(exc)
        rows.append(
            {
                "reporter": r["reporter"],
                "partner": r["partner"],
                "flow": r["flow"],
                "period": r["period"],
                "start": pd.Timestamp(r["start"]).date(),
                "end": pd.Timestamp(r["end"]).date(),
                "year": year,
                "native_value": native,
                "native_currency": cur,
                "as_printed": r["md_text"],
                "value": native / per_usd,
                "currency": "USD",
                "rate": per_usd,
                "rate_year": year,
                "rate_source": rate_source,
                "rate_note": note,
                "publisher": r["basis"],
                "source_page": r["source_page"],
                "file": PUBLISHED_FILE,
                "row": i,
            }
        )
    return pd.DataFrame(rows, columns=list(PUBLISHED_COLUMNS))


def published_rows(pub: pd.DataFrame | None = None) -> pd.DataFrame:
    """Annual published exports and imports of ``reported_trade.csv`` (:func:`published_table`)
    as flow rows in USD (each converted at its year's average rate, named in ``note``)."""
    pub = published_table() if pub is None else pub
    annual = pub[
        pub["flow"].isin(["exports", "imports"])
        & pub["start"].map(lambda d: (d.month, d.day) == (1, 1))
        & pub["end"].map(lambda d: (d.month, d.day) == (12, 31))
        & (pub["start"].map(lambda d: d.year) == pub["end"].map(lambda d: d.year))
        & pub["value"].notna()
    ]
    return pd.DataFrame(
        {
            "source": "published",
            "reporter": annual["reporter"],
            "partner": annual["partner"],
            "flow": annual["flow"],
            "year": annual["year"],
            "value": annual["value"],
            "currency": "USD",
            "unit": annual["native_currency"],
            "valuation": None,
            "basis": "published",
            "file": PUBLISHED_FILE,
            "row": annual["row"],
            "estimate": False,
            "note": annual["publisher"]
            + ": "
            + annual["as_printed"]
            + "; "
            + annual["rate_note"]
            + "; "
            + annual["source_page"],
        }
    ).reset_index(drop=True)


def bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    """Views over the bundled Parquet files (read in place: nothing is copied, so the first
    use costs well under a second) and a small table of the derived rows."""
    con.execute(SCHEMA)
    now = datetime.now(UTC).replace(tzinfo=None)
    flows, hs2, africa = _path(FLOWS_FILE), _path(HS2_FILE), _path(AFRICA_FILE)
    con.execute(
        f"CREATE VIEW hs2_world AS SELECT year, exporter, hs2, hs2_name, value, quantity_t FROM read_parquet('{hs2}')"
    )
    con.execute(
        "CREATE VIEW africa_sections AS SELECT exporter, importer, section, section_name, hs2_codes, value,"
        f" value_constant, quantity_t, '2012-2022 average' AS period FROM read_parquet('{africa}')"
    )
    con.execute(
        "INSERT INTO extra_records SELECT 'baci', exporter, 'World', 'exports', year, sum(value), 'USD',"
        f" 'million USD', 'FOB', 'reported', '{HS2_FILE}', NULL, false,"
        " 'sum of the HS2 chapters of the BACI HS92 extract' FROM hs2_world GROUP BY exporter, year"
    )
    published = published_table()
    insert_frame(con, published, "INSERT INTO published SELECT * FROM frame_in")
    insert_frame(con, published_rows(published), "INSERT INTO extra_records SELECT * FROM frame_in")
    con.execute(
        "CREATE VIEW records AS SELECT CAST(source AS VARCHAR) AS source, CAST(reporter AS VARCHAR) AS reporter,"
        " CAST(partner AS VARCHAR) AS partner, CAST(flow AS VARCHAR) AS flow, year, CAST(value AS DOUBLE) AS value,"
        " 'USD' AS currency, 'million USD' AS unit, CAST(valuation AS VARCHAR) AS valuation, 'reported' AS basis,"
        " CAST(file AS VARCHAR) AS file, row, estimate, CAST(NULL AS VARCHAR) AS note"
        f" FROM read_parquet('{flows}') UNION ALL SELECT * FROM extra_records"
    )
    counts = con.execute("SELECT source, count(*) FROM records GROUP BY source ORDER BY source").fetchall()
    for source, n in counts:
        con.execute("INSERT INTO build VALUES (?, ?, ?, ?, ?)", [now, f"records: {source}", FLOWS_FILE, n, None])
    for path in (flows, hs2, africa, _path(PUBLISHED_FILE)):
        size = Path(path.replace("''", "'")).stat().st_size
        con.execute(
            "INSERT INTO build VALUES (?, ?, ?, ?, ?)", [now, "bundled file", path.replace("''", "'"), None, size]
        )


def stale(file: Path) -> bool:
    """Whether a built ``flows`` file points at bundled files that moved or changed (a new
    install of the package): then it is rebuilt on the next use. Checked once per file
    version in a process. ``reported_trade.csv`` counts as a bundled file too (a file built
    before it did lacks the ``published`` table)."""
    st = Path(file).stat()
    return _stale(str(file), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)
def _stale(file: str, mtime_ns: int, size: int) -> bool:
    del mtime_ns, size  # cache keys: a rebuilt file is checked again
    try:
        con = duckdb.connect(file, read_only=True)
    except duckdb.Error:
        return True
    try:
        rows = con.execute("SELECT file, bytes FROM build WHERE what = 'bundled file'").fetchall()
    except duckdb.Error:
        return True
    finally:
        con.close()
    want = {_path(n).replace("''", "'") for n in (FLOWS_FILE, HS2_FILE, AFRICA_FILE, PUBLISHED_FILE)}
    if {str(f) for f, _ in rows} != want:
        return True
    return any(not Path(f).exists() or Path(f).stat().st_size != b for f, b in rows)
