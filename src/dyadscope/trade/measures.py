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
"""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

from dyadscope import bundled

Level = Literal["total", "hs2", "hs4", "hs6", "section"]
AGRICULTURE = ("01", "24")  # HS chapters 01-24

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
    if sector is None:
        return "TRUE"
    if sector == "agriculture":
        return f"substr(product, 1, 2) BETWEEN '{AGRICULTURE[0]}' AND '{AGRICULTURE[1]}'"
    if sector.isdigit() and len(sector) in (2, 4, 6):
        return f"product LIKE '{sector}%'"
    raise ValueError(f"unknown sector {sector!r}: 'agriculture' or an HS2/HS4/HS6 code")


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
    cond = [_sector_filter(sector)]
    params: list[object] = [reporter, partner, partner, reporter]
    if since is not None:
        cond.append("year >= ?")
        params.append(since)
    if until is not None:
        cond.append("year <= ?")
        params.append(until)
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


def hhi(shares: pd.Series) -> tuple[float, float]:
    """(raw, normalised) Herfindahl-Hirschman index of shares that sum to one."""
    s = shares[shares > 0]
    n = len(s)
    raw = float((s**2).sum())
    norm = (raw - 1 / n) / (1 - 1 / n) if n > 1 else 1.0
    return raw, norm


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


def product_shares(con: duckdb.DuckDBPyConnection, reporter: str, year: int, level: str = "hs6") -> pd.DataFrame:
    """code, exports_usd, export_share of the reporter's exports to the world."""
    key = _LEVEL_SQL[level]
    frame = con.execute(
        f"SELECT {key} AS code, 1000 * sum(value_kusd) AS exports_usd FROM trade.baci"
        " WHERE year = ? AND exporter = ? GROUP BY ALL",
        [year, reporter],
    ).df()
    frame["export_share"] = frame["exports_usd"] / frame["exports_usd"].sum()
    return frame.sort_values("exports_usd", ascending=False).reset_index(drop=True)


def rca(con: duckdb.DuckDBPyConnection, year: int, exporter: str | None = None, level: str = "hs6") -> pd.DataFrame:
    """exporter, code, exports_usd, rca for every exporter (or one) and product."""
    key = _LEVEL_SQL[level]
    where = "AND exporter = ?" if exporter else ""
    params: list[object] = [year] + ([exporter] if exporter else [])
    return con.execute(
        f"""
        WITH x AS (SELECT exporter, {key} AS code, sum(value_kusd) AS v FROM trade.baci
                   WHERE year = ? GROUP BY ALL),
        xi AS (SELECT exporter, sum(v) AS vi FROM x GROUP BY ALL),
        xk AS (SELECT code, sum(v) AS vk FROM x GROUP BY ALL),
        w AS (SELECT sum(v) AS vw FROM x)
        SELECT x.exporter, x.code, 1000 * x.v AS exports_usd, (x.v / xi.vi) / (xk.vk / w.vw) AS rca
        FROM x JOIN xi USING (exporter) JOIN xk USING (code), w
        WHERE TRUE {where}
        ORDER BY x.exporter, rca DESC
        """,
        params,
    ).df()


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
    module doc); with ``market=None``, the ``top`` products in every market, in one query."""
    key = _LEVEL_SQL[level]
    flt = _sector_filter(sector)
    market_sql = "AND importer = ?" if market else ""
    params: list[object] = [year, year - lookback, reporter, reporter, reporter, year]
    if market:
        params.append(market)
    params += [year - lookback, year, reporter, top]
    return con.execute(
        f"""
        WITH f AS (SELECT year, exporter, importer, {key} AS code, value_kusd AS v FROM trade.baci
                   WHERE year IN (?, ?) AND {flt}),
        world_k AS (SELECT year, code, sum(v) AS wk FROM f GROUP BY ALL),
        world AS (SELECT year, sum(v) AS w FROM f GROUP BY ALL),
        rep_k AS (SELECT year, code, sum(v) AS xk FROM f WHERE exporter = ? GROUP BY ALL),
        rep AS (SELECT year, sum(v) AS x FROM f WHERE exporter = ? GROUP BY ALL),
        share AS (SELECT r.year, r.code, r.xk / wk.wk AS s, (r.xk / rep.x) / (wk.wk / world.w) AS rca
                  FROM rep_k r JOIN world_k wk USING (year, code) JOIN rep USING (year) JOIN world USING (year)),
        demand AS (SELECT importer AS market, code, sum(v) AS m, sum(v) FILTER (WHERE exporter = ?) AS actual
                   FROM f WHERE year = ? {market_sql} GROUP BY ALL),
        ranked AS (
          SELECT d.market, now_.code, now_.rca, now_.s AS world_share, before.s AS world_share_before,
            1000 * d.m AS market_imports_usd, 1000 * coalesce(d.actual, 0) AS actual_usd,
            1000 * now_.s * d.m AS potential_usd,
            1000 * greatest(now_.s * d.m - coalesce(d.actual, 0), 0) AS unrealised_usd
          FROM share now_ JOIN demand d USING (code)
          LEFT JOIN share before ON before.code = now_.code AND before.year = ?
          WHERE now_.year = ? AND now_.rca > 1 AND (before.s IS NULL OR now_.s > before.s)
            AND d.market <> ?
        )
        SELECT * FROM ranked
        QUALIFY row_number() OVER (PARTITION BY market ORDER BY unrealised_usd DESC) <= ?
        ORDER BY market, unrealised_usd DESC
        """,
        params,
    ).df()
