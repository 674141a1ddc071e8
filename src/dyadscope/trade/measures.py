"""Trade measures computed in DuckDB over ``trade.baci`` (values in thousand USD).

* balance: exports, imports and balance of a reporter with a partner, by year (and
  product level), in USD and in the reporter's currency at the annual average rate;
* partner and product shares; Herfindahl-Hirschman index H = sum(s^2) and its
  normalised form H* = (H - 1/N) / (1 - 1/N) over the N partners or products traded;
* import dependence: the partner's share of the reporter's imports (of each product);
* Balassa revealed comparative advantage RCA_ik = (X_ik / X_i) / (X_wk / X_w);
* trade complementarity TC_ij = 100 * (1 - sum_k |m_jk - x_ik| / 2), with x_ik the
  reporter's export shares and m_jk the partner's import shares (Michaely 1996);
* export opportunities (in the spirit of ITC's export potential indicator): for products
  where the reporter is competitive (RCA > 1) and its world market share grew over the
  last three years, potential = the reporter's world market share x the market's imports
  of the product; unrealised potential = potential - actual exports to the market, ranked.
  ITC's full indicator also projects demand and applies tariff and distance terms; this
  version keeps supply share and current demand only.

RCA, concentration (HHI) and opportunities are the all-country panel queries of
:mod:`dyadscope.trade.panels` (the SQL that Spark runs too) filtered on the country, so a
one-country answer is the panel's row for that country by construction.
"""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

from dyadscope import bundled
from dyadscope.trade import panels
from dyadscope.warehouse.filters import year_range

Level = Literal["total", "hs2", "hs4", "hs6", "section"]

_LEVEL_SQL = {
    "total": "'TOTAL'",
    "section": "(SELECT section FROM hs2_sections h WHERE h.hs2 = substr(product, 1, 2))",
    "hs2": "substr(product, 1, 2)",
    "hs4": "substr(product, 1, 4)",
    "hs6": "product",
}


def register_sections(con: duckdb.DuckDBPyConnection) -> None:
    """Make the HS2 -> HS section table available to queries on ``con``."""
    con.register("hs2_sections", bundled.parquet("hs2_sections.parquet"))


def _sector_filter(sector: str | None) -> str:
    return panels.sector_sql(sector, "product")


def balance(
    con: duckdb.DuckDBPyConnection,
    reporter: str,
    partner: str,
    since: int | None,
    until: int | None,
    level: str = "total",
    sector: str | None = None,
) -> pd.DataFrame:
    """year, reporter, partner, code, exports_usd, imports_usd, balance_usd."""
    key = _LEVEL_SQL[level]
    years, bounds = year_range(since, until)
    cond = [_sector_filter(sector), *years]
    params: list[object] = [reporter, partner, partner, reporter, *bounds]
    dyad = "((exporter = ? AND importer = ?) OR (exporter = ? AND importer = ?))"
    params += [reporter, partner, partner, reporter]
    sql = f"""
        SELECT year, {key} AS code,
          1000 * sum(value_kusd) FILTER (WHERE exporter = ? AND importer = ?) AS exports_usd,
          1000 * sum(value_kusd) FILTER (WHERE exporter = ? AND importer = ?) AS imports_usd
        FROM trade.baci WHERE {" AND ".join(cond)} AND {dyad}
        GROUP BY ALL ORDER BY year, code
    """
    frame = con.execute(sql, params).df()
    frame[["exports_usd", "imports_usd"]] = frame[["exports_usd", "imports_usd"]].fillna(0.0)
    frame["balance_usd"] = frame["exports_usd"] - frame["imports_usd"]
    frame.insert(1, "reporter", reporter)
    frame.insert(2, "partner", partner)
    return frame


def partners(con: duckdb.DuckDBPyConnection, reporter: str, year: int) -> pd.DataFrame:
    """partner, exports_usd, imports_usd, export_share, import_share, for one year."""
    frame = (
        con.execute(
            """
        SELECT CASE WHEN exporter = ? THEN importer ELSE exporter END AS partner,
          1000 * sum(value_kusd) FILTER (WHERE exporter = ?) AS exports_usd,
          1000 * sum(value_kusd) FILTER (WHERE importer = ?) AS imports_usd
        FROM trade.baci WHERE year = ? AND (exporter = ? OR importer = ?)
        GROUP BY ALL
        """,
            [reporter, reporter, reporter, year, reporter, reporter],
        )
        .df()
        .fillna(0.0)
    )
    frame["export_share"] = frame["exports_usd"] / frame["exports_usd"].sum()
    frame["import_share"] = frame["imports_usd"] / frame["imports_usd"].sum()
    return frame.sort_values("exports_usd", ascending=False).reset_index(drop=True)


def _panel(con: duckdb.DuckDBPyConnection, sql: str, order: str) -> pd.DataFrame:
    return con.execute(f"SELECT * FROM ({sql}) p ORDER BY {order}").df()


def rca(con: duckdb.DuckDBPyConnection, year: int, exporter: str | None = None, level: str = "hs6") -> pd.DataFrame:
    """year, exporter, code, exports_usd, rca: the ``rca`` panel of
    :mod:`dyadscope.trade.panels` (every exporter, or one), highest RCA first, ties by code."""
    return _panel(con, panels.rca_sql("trade.baci", year, level, exporter), "exporter, rca DESC, code")


def concentration(con: duckdb.DuckDBPyConnection, country: str | None, year: int, level: str = "hs6") -> pd.DataFrame:
    """The ``concentration`` panel (values, partner and product counts, HHI raw and
    normalised) for one country or every one: no row for a country without flows that
    year, NULL export figures for one that only imports."""
    return _panel(con, panels.concentration_sql("trade.baci", year, level, country), "country")


def complementarity(
    con: duckdb.DuckDBPyConnection, reporter: str, partner: str, year: int, level: str = "hs6"
) -> float:
    """Trade complementarity index of the reporter's exports with the partner's imports (0-100)."""
    key = _LEVEL_SQL[level]
    row = con.execute(
        f"""
        WITH x AS (SELECT {key} AS code, sum(value_kusd) AS v FROM trade.baci
                   WHERE year = ? AND exporter = ? GROUP BY ALL),
        m AS (SELECT {key} AS code, sum(value_kusd) AS v FROM trade.baci
              WHERE year = ? AND importer = ? GROUP BY ALL),
        xs AS (SELECT code, v / sum(v) OVER () AS s FROM x),
        ms AS (SELECT code, v / sum(v) OVER () AS s FROM m)
        SELECT 100 * (1 - sum(abs(coalesce(ms.s, 0) - coalesce(xs.s, 0))) / 2)
        FROM xs FULL OUTER JOIN ms USING (code)
        """,
        [year, reporter, year, partner],
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else float("nan")


def opportunities(
    con: duckdb.DuckDBPyConnection,
    reporter: str,
    market: str | None,
    year: int,
    *,
    sector: str | None = None,
    top: int = 20,
    level: str = "hs6",
    lookback: int = 3,
) -> pd.DataFrame:
    """Products ranked by unrealised export potential of ``reporter`` in ``market`` (see the
    module doc), or in every market when ``market`` is None: the ``opportunities`` panel
    filtered on the exporter, the market and the sector (RCA and world shares stay those of
    all products), ``top`` per market, ties broken by product code."""
    sql = panels.opportunities_sql(
        "trade.baci", year, level, top, lookback, exporter=reporter, market=market, sector=sector
    )
    return _panel(con, sql, "market, rank")
