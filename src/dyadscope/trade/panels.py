"""All-country trade panels for one year, as SQL that DuckDB and Spark both run unchanged.

The DuckDB path runs these queries on the warehouse (``trade.baci``), the Spark path on
the partitioned Parquet that ``dyadscope spark load-baci`` writes (a view named
``baci``): one text, two engines. The SQL keeps to what both dialects share (no
``GROUP BY ALL``, ``FILTER`` or ``QUALIFY``; every division guarded with ``NULLIF`` since
Spark's ANSI mode fails on division by zero). Definitions are those of
:mod:`dyadscope.trade.measures`, for every country at once:

* ``rca``: exporter, code, exports_usd, rca (Balassa) for every exporter and product;
* ``concentration``: per country, the value, the number of partners (or products) and
  the Herfindahl-Hirschman index raw and normalised of its exports by partner, imports
  by partner and exports by product;
* ``opportunities``: for every exporter and market, the ``top`` products by unrealised
  export potential (RCA > 1 and a world market share that grew over ``lookback``
  years; potential = world share x the market's imports), ties broken by product code.
"""

from __future__ import annotations

from typing import Literal, get_args

Panel = Literal["rca", "concentration", "opportunities"]
PANELS: tuple[str, ...] = get_args(Panel)
LEVELS = {"hs2": "substr(product, 1, 2)", "hs4": "substr(product, 1, 4)", "hs6": "product"}


def _key(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose from {', '.join(LEVELS)}")
    return LEVELS[level]


def rca_sql(table: str, year: int, level: str = "hs6") -> str:
    key = _key(level)
    return f"""
    WITH x AS (SELECT exporter, {key} AS code, sum(value_kusd) AS v FROM {table}
               WHERE year = {int(year)} GROUP BY exporter, {key}),
    xi AS (SELECT exporter, sum(v) AS vi FROM x GROUP BY exporter),
    xk AS (SELECT code, sum(v) AS vk FROM x GROUP BY code),
    w AS (SELECT sum(v) AS vw FROM x)
    SELECT {int(year)} AS year, x.exporter, x.code, 1000 * x.v AS exports_usd,
      (x.v / NULLIF(xi.vi, 0)) / NULLIF(xk.vk / NULLIF(w.vw, 0), 0) AS rca
    FROM x JOIN xi ON xi.exporter = x.exporter JOIN xk ON xk.code = x.code CROSS JOIN w
    """


def _hhi(name: str, source: str) -> str:
    """Per country: value, count, raw and normalised HHI over the rows of ``source``
    (country, item, v) with v > 0."""
    return f"""
    {name}_s AS (SELECT country, v, v / NULLIF(sum(v) OVER (PARTITION BY country), 0) AS s
                 FROM {source} WHERE v > 0),
    {name} AS (SELECT country, sum(v) AS total, count(*) AS n, sum(s * s) AS h FROM {name}_s GROUP BY country)"""


def _norm(name: str) -> str:
    return f"CASE WHEN {name}.n > 1 THEN ({name}.h - 1.0 / {name}.n) / (1 - 1.0 / {name}.n) ELSE 1.0 END"


def concentration_sql(table: str, year: int, level: str = "hs6") -> str:
    key = _key(level)
    y = int(year)
    return f"""
    WITH xp AS (SELECT exporter AS country, importer AS item, sum(value_kusd) AS v FROM {table}
                WHERE year = {y} GROUP BY exporter, importer),
    mp AS (SELECT importer AS country, exporter AS item, sum(value_kusd) AS v FROM {table}
           WHERE year = {y} GROUP BY importer, exporter),
    xk AS (SELECT exporter AS country, {key} AS item, sum(value_kusd) AS v FROM {table}
           WHERE year = {y} GROUP BY exporter, {key}),
    {_hhi("hx", "xp")},
    {_hhi("hm", "mp")},
    {_hhi("hk", "xk")},
    c AS (SELECT country FROM xp UNION SELECT country FROM mp)
    SELECT {y} AS year, c.country,
      1000 * hx.total AS exports_usd, hx.n AS export_partners, hx.h AS export_partner_hhi,
      {_norm("hx")} AS export_partner_hhi_norm,
      1000 * hm.total AS imports_usd, hm.n AS import_partners, hm.h AS import_partner_hhi,
      {_norm("hm")} AS import_partner_hhi_norm,
      hk.n AS export_products, hk.h AS export_product_hhi, {_norm("hk")} AS export_product_hhi_norm
    FROM c LEFT JOIN hx ON hx.country = c.country LEFT JOIN hm ON hm.country = c.country
    LEFT JOIN hk ON hk.country = c.country
    """


def opportunities_sql(table: str, year: int, level: str = "hs6", top: int = 20, lookback: int = 3) -> str:
    key = _key(level)
    y, before = int(year), int(year) - int(lookback)
    return f"""
    WITH f AS (SELECT year, exporter, importer, {key} AS code, value_kusd AS v FROM {table}
               WHERE year IN ({y}, {before})),
    world_k AS (SELECT year, code, sum(v) AS wk FROM f GROUP BY year, code),
    world AS (SELECT year, sum(v) AS w FROM f GROUP BY year),
    rep_k AS (SELECT year, exporter, code, sum(v) AS xk FROM f GROUP BY year, exporter, code),
    rep AS (SELECT year, exporter, sum(xk) AS x FROM rep_k GROUP BY year, exporter),
    share AS (SELECT r.year, r.exporter, r.code, r.xk / NULLIF(wk.wk, 0) AS s,
                (r.xk / NULLIF(rep.x, 0)) / NULLIF(wk.wk / NULLIF(world.w, 0), 0) AS rca
              FROM rep_k r JOIN world_k wk ON wk.year = r.year AND wk.code = r.code
              JOIN rep ON rep.year = r.year AND rep.exporter = r.exporter
              JOIN world ON world.year = r.year),
    demand AS (SELECT importer AS market, code, sum(v) AS m FROM f WHERE year = {y} GROUP BY importer, code),
    actual AS (SELECT exporter, importer AS market, code, sum(v) AS a FROM f WHERE year = {y}
               GROUP BY exporter, importer, code),
    cand AS (
      SELECT now_.exporter, d.market, now_.code, now_.rca, now_.s AS world_share, before_.s AS world_share_before,
        1000 * d.m AS market_imports_usd, 1000 * coalesce(a.a, 0) AS actual_usd,
        1000 * now_.s * d.m AS potential_usd,
        1000 * greatest(now_.s * d.m - coalesce(a.a, 0), 0) AS unrealised_usd
      FROM share now_ JOIN demand d ON d.code = now_.code
      LEFT JOIN share before_ ON before_.exporter = now_.exporter AND before_.code = now_.code
        AND before_.year = {before}
      LEFT JOIN actual a ON a.exporter = now_.exporter AND a.market = d.market AND a.code = now_.code
      WHERE now_.year = {y} AND now_.rca > 1 AND (before_.s IS NULL OR now_.s > before_.s)
        AND d.market <> now_.exporter
    ),
    ranked AS (SELECT cand.*, row_number() OVER (PARTITION BY exporter, market
                 ORDER BY unrealised_usd DESC, code) AS rank FROM cand)
    SELECT {y} AS year, exporter, market, code, rca, world_share, world_share_before, market_imports_usd,
      actual_usd, potential_usd, unrealised_usd, rank
    FROM ranked WHERE rank <= {int(top)}
    """


def sql(panel: str, table: str, year: int, *, level: str = "hs6", top: int = 20, lookback: int = 3) -> str:
    """The query of ``panel`` for ``year`` over ``table``."""
    if panel == "rca":
        return rca_sql(table, year, level)
    if panel == "concentration":
        return concentration_sql(table, year, level)
    if panel == "opportunities":
        return opportunities_sql(table, year, level, top, lookback)
    raise ValueError(f"unknown panel {panel!r}; choose from {', '.join(PANELS)}")
