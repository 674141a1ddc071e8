"""The ``flows`` dataset: every bundled trade figure as one row each, built on first use.

Built by the atomic loader (:meth:`Warehouse.ensure`) from the bundled Parquet files that
``scripts/build_data.py`` writes from ../shared:

* ``flows.records``: the figures as their sources record them, one row per
  reporter, partner, flow and year: IMF DOTS (exports FOB and imports CIF of every
  reporter to every partner, groups included), Correlates of War (each state's imports),
  BACI world exports by exporter (sum of the HS2 extract) and the published national
  figures of ``reported_trade.csv`` (annual ones, converted to USD at the annual average
  rate). Columns: source, reporter, partner, flow, year, value (USD), currency, unit,
  valuation, basis, file, row, estimate, note.
  Mirror rows are not stored: :mod:`dyadscope.trade.flows` derives them in SQL.
* ``flows.hs2_world``: BACI HS92 exports to the world by exporter and HS2 chapter,
  2011-2020 (value in USD, quantity in tonnes).
* ``flows.africa_sections``: BACI HS96 intra-African trade by HS section, annual
  average 2012-2022 (USD).
* ``flows.build``: what was built and from which file, with row counts.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

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
CREATE TABLE records (source VARCHAR, reporter VARCHAR, partner VARCHAR, flow VARCHAR, year SMALLINT,
  value DOUBLE, currency VARCHAR, unit VARCHAR, valuation VARCHAR, basis VARCHAR, file VARCHAR, row INTEGER,
  estimate BOOLEAN, note VARCHAR);
CREATE TABLE hs2_world (year SMALLINT, exporter VARCHAR, hs2 VARCHAR, hs2_name VARCHAR, value DOUBLE,
  quantity_t DOUBLE);
CREATE TABLE africa_sections (exporter VARCHAR, importer VARCHAR, section SMALLINT, section_name VARCHAR,
  hs2_codes VARCHAR, value DOUBLE, value_constant DOUBLE, quantity_t DOUBLE, period VARCHAR);
CREATE TABLE build (built_at TIMESTAMP, what VARCHAR, file VARCHAR, rows BIGINT);
"""


def _path(name: str) -> str:
    from importlib import resources

    with resources.as_file(resources.files("dyadscope") / "data" / name) as p:
        return str(p).replace("'", "''")


def published_rows() -> pd.DataFrame:
    """Annual published exports and imports of ``reported_trade.csv`` as flow rows in USD
    (each converted at its year's average rate, named in ``note``)."""
    from dyadscope import fx

    raw = pd.read_csv(io.StringIO(bundled.text("reported_trade.csv")), dtype={"period": str})
    raw["row"] = range(2, len(raw) + 2)
    annual = raw[
        raw["flow"].isin(["exports", "imports"])
        & raw["start"].str.endswith("-01-01")
        & raw["end"].str.endswith("-12-31")
        & (raw["start"].str[:4] == raw["end"].str[:4])
    ]
    rows = []
    for r in annual.to_dict("records"):
        year = int(str(r["start"])[:4])
        rate = fx.usd_rate(str(r["currency"]), year)
        rows.append(
            {
                "source": "published",
                "reporter": r["reporter"],
                "partner": r["partner"],
                "flow": r["flow"],
                "year": year,
                "value": float(r["value"]) / rate.per_usd,
                "currency": "USD",
                "unit": str(r["currency"]),
                "valuation": None,
                "basis": "published",
                "file": "reported_trade.csv",
                "row": int(r["row"]),
                "estimate": False,
                "note": f"{r['basis']}: {r['md_text']}; {rate.describe()}; {r['source_page']}",
            }
        )
    return pd.DataFrame(rows)


def bootstrap(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute(
        "INSERT INTO records SELECT source, reporter, partner, flow, year, CAST(value AS DOUBLE), 'USD',"
        " 'million USD', valuation, 'reported', file, row, estimate, NULL"
        f" FROM read_parquet('{_path(FLOWS_FILE)}')"
    )
    con.execute(
        "INSERT INTO hs2_world SELECT year, exporter, hs2, hs2_name, value, quantity_t"
        f" FROM read_parquet('{_path(HS2_FILE)}')"
    )
    con.execute(
        "INSERT INTO records SELECT 'baci', exporter, 'World', 'exports', year, sum(value), 'USD', 'million USD',"
        f" 'FOB', 'reported', '{HS2_FILE}', NULL, false, 'sum of the HS2 chapters of the BACI HS92 extract'"
        " FROM hs2_world GROUP BY exporter, year"
    )
    con.execute(
        "INSERT INTO africa_sections SELECT exporter, importer, section, section_name, hs2_codes, value,"
        f" value_constant, quantity_t, '2012-2022 average' FROM read_parquet('{_path(AFRICA_FILE)}')"
    )
    insert_frame(con, published_rows(), "INSERT INTO records SELECT * FROM frame_in")
    counts = con.execute("SELECT source, count(*) FROM records GROUP BY source ORDER BY source").fetchall()
    for source, n in counts:
        con.execute("INSERT INTO build VALUES (?, ?, ?, ?)", [now, f"records: {source}", FLOWS_FILE, n])
    for table, file in (("hs2_world", HS2_FILE), ("africa_sections", AFRICA_FILE)):
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        con.execute("INSERT INTO build VALUES (?, ?, ?, ?)", [now, table, file, int(row[0]) if row else 0])
