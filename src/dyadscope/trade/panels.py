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

Every query takes an optional country (``rca``: the exporter; ``concentration``: the
country; ``opportunities``: the exporter and/or the market, and a sector) and then returns
exactly the panel's rows for it: the one-country functions of
:mod:`dyadscope.trade.measures` are these queries with the filter, so a country's figures
and the panel's cannot disagree. The filter is pushed into the scans where the result
allows it (concentration: only the country's flows are read; opportunities: only its
exports and the market's imports are grouped); RCA needs the world totals of every
product, so its filter is applied after them.
"""

from __future__ import annotations

import re
from typing import get_args

from dyadscope import choices
from dyadscope.choices import Panel, PanelLevel
from dyadscope.errors import ConfigError

PANELS: tuple[str, ...] = get_args(Panel)
LEVELS = {"hs2": "substr(product, 1, 2)", "hs4": "substr(product, 1, 4)", "hs6": "product"}


def _key(level: str) -> str:
    return LEVELS[choices.check(PanelLevel, level, "level")]


def _lit(code: str, what: str) -> str:
    """``code`` as an SQL string literal both dialects read the same (letters, digits only)."""
    if not re.fullmatch(r"[A-Za-z0-9]{1,12}", code):
        raise ConfigError(f"unknown {what} {code!r}: an ISO3 country code such as 'KEN'")
    return f"'{code}'"


AGRICULTURE = ("01", "24")  # HS chapters 01-24


def sector_sql(sector: str | None, column: str = "code") -> str:
    """The condition on a product ``column`` for ``sector``: None (all), 'agriculture'
    (HS chapters 01-24) or an HS2/HS4/HS6 code prefix."""
    if sector is None:
        return "TRUE"
    if sector == "agriculture":
        return f"substr({column}, 1, 2) BETWEEN '{AGRICULTURE[0]}' AND '{AGRICULTURE[1]}'"
    if sector.isdigit() and len(sector) in (2, 4, 6):
        return f"{column} LIKE '{sector}%'"
    raise ConfigError(f"unknown sector {sector!r}: 'agriculture' or an HS2/HS4/HS6 code")


def rca_sql(table: str, year: int, level: str = "hs6", country: str | None = None) -> str:
    # one reference to the flows: Spark inlines a CTE at every reference and scans again,
    # so the totals come from windows (Spark 15.0 -> 7.2 s on 3 million rows; DuckDB same)
    key = _key(level)
    where = f"WHERE exporter = {_lit(country, 'exporter')}" if country else ""
    return f"""
    WITH x AS (SELECT exporter, {key} AS code, sum(value_kusd) AS v FROM {table}
               WHERE year = {int(year)} GROUP BY exporter, {key}),
    t AS (SELECT exporter, code, v, sum(v) OVER (PARTITION BY exporter) AS vi,
            sum(v) OVER (PARTITION BY code) AS vk, sum(v) OVER () AS vw FROM x)
    SELECT {int(year)} AS year, exporter, code, 1000 * v AS exports_usd,
      (v / NULLIF(vi, 0)) / NULLIF(vk / NULLIF(vw, 0), 0) AS rca
    FROM t {where}
    """


def concentration_sql(table: str, year: int, level: str = "hs6", country: str | None = None) -> str:
    # one scan: grouping sets give the (exporter, importer) and (exporter, product) sums; a
    # two-row VALUES table turns each partner sum into an exporter's and an importer's row
    # (Spark 15.3 -> 8.0 s on 3 million rows; DuckDB 0.72 -> 0.64 s)
    key = _key(level)
    y = int(year)
    # a country's sums come from its own flows only: read just those
    c = _lit(country, "country") if country else None
    scan = f" AND (exporter = {c} OR importer = {c})" if c else ""
    only = f" WHERE country = {c}" if c else ""
    pick = {
        "exports_usd": "1000 * max(CASE WHEN kind = 'xp' THEN total END)",
        "export_partners": "max(CASE WHEN kind = 'xp' THEN n END)",
        "export_partner_hhi": "max(CASE WHEN kind = 'xp' THEN h END)",
        "export_partner_hhi_norm": "max(CASE WHEN kind = 'xp' THEN hn END)",
        "imports_usd": "1000 * max(CASE WHEN kind = 'mp' THEN total END)",
        "import_partners": "max(CASE WHEN kind = 'mp' THEN n END)",
        "import_partner_hhi": "max(CASE WHEN kind = 'mp' THEN h END)",
        "import_partner_hhi_norm": "max(CASE WHEN kind = 'mp' THEN hn END)",
        "export_products": "max(CASE WHEN kind = 'xk' THEN n END)",
        "export_product_hhi": "max(CASE WHEN kind = 'xk' THEN h END)",
        "export_product_hhi_norm": "max(CASE WHEN kind = 'xk' THEN hn END)",
    }
    columns = ",\n      ".join(f"{expr} AS {name}" for name, expr in pick.items())
    return f"""
    WITH f AS (SELECT exporter, importer, {key} AS code, value_kusd AS v FROM {table} WHERE year = {y}{scan}),
    g AS (SELECT exporter, importer, code, sum(v) AS v, grouping(code) AS by_partner FROM f
          GROUP BY GROUPING SETS ((exporter, importer), (exporter, code))),
    u AS (SELECT CASE WHEN g.by_partner = 0 THEN 'xk' WHEN k.side = 1 THEN 'xp' ELSE 'mp' END AS kind,
            CASE WHEN k.side = 2 THEN g.importer ELSE g.exporter END AS country, g.v
          FROM g JOIN (VALUES (1), (2)) AS k(side) ON k.side = 1 OR g.by_partner = 1
          WHERE g.v > 0),
    s AS (SELECT kind, country, v, v / NULLIF(sum(v) OVER (PARTITION BY kind, country), 0) AS s FROM u),
    h AS (SELECT kind, country, sum(v) AS total, count(*) AS n, sum(s * s) AS h FROM s{only}
          GROUP BY kind, country),
    hn AS (SELECT kind, country, total, n, h,
             CASE WHEN n > 1 THEN (h - 1.0 / n) / (1 - 1.0 / n) ELSE 1.0 END AS hn FROM h)
    SELECT {y} AS year, country,
      {columns}
    FROM hn GROUP BY country
    """


def opportunities_sql(
    table: str,
    year: int,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    *,
    exporter: str | None = None,
    market: str | None = None,
    sector: str | None = None,
) -> str:
    key = _key(level)
    y, before = int(year), int(year) - int(lookback)
    # world totals need every flow; the exporter's sums and the market's demand only its own
    x = f" WHERE exporter = {_lit(exporter, 'exporter')}" if exporter else ""
    m = f" AND importer = {_lit(market, 'market')}" if market else ""
    xa = f" AND exporter = {_lit(exporter, 'exporter')}" if exporter else ""
    products = sector_sql(sector, "now_.code")
    return f"""
    WITH f AS (SELECT year, exporter, importer, {key} AS code, value_kusd AS v FROM {table}
               WHERE year IN ({y}, {before})),
    world_k AS (SELECT year, code, sum(v) AS wk FROM f GROUP BY year, code),
    world AS (SELECT year, sum(v) AS w FROM f GROUP BY year),
    rep_k AS (SELECT year, exporter, code, sum(v) AS xk FROM f{x} GROUP BY year, exporter, code),
    rep AS (SELECT year, exporter, sum(xk) AS x FROM rep_k GROUP BY year, exporter),
    share AS (SELECT r.year, r.exporter, r.code, r.xk / NULLIF(wk.wk, 0) AS s,
                (r.xk / NULLIF(rep.x, 0)) / NULLIF(wk.wk / NULLIF(world.w, 0), 0) AS rca
              FROM rep_k r JOIN world_k wk ON wk.year = r.year AND wk.code = r.code
              JOIN rep ON rep.year = r.year AND rep.exporter = r.exporter
              JOIN world ON world.year = r.year),
    demand AS (SELECT importer AS market, code, sum(v) AS m FROM f WHERE year = {y}{m} GROUP BY importer, code),
    actual AS (SELECT exporter, importer AS market, code, sum(v) AS a FROM f WHERE year = {y}{m}{xa}
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
        AND d.market <> now_.exporter AND {products}
    ),
    ranked AS (SELECT cand.*, row_number() OVER (PARTITION BY exporter, market
                 ORDER BY unrealised_usd DESC, code) AS rank FROM cand)
    SELECT {y} AS year, exporter, market, code, rca, world_share, world_share_before, market_imports_usd,
      actual_usd, potential_usd, unrealised_usd, rank
    FROM ranked WHERE rank <= {int(top)}
    """


def check(panel: str, level: str = "hs6") -> None:
    """Refuse an unknown panel or level before any work starts (:class:`ConfigError`)."""
    choices.check(Panel, panel, "panel")
    _key(level)


def sql(
    panel: str,
    table: str,
    year: int,
    *,
    level: str = "hs6",
    top: int = 20,
    lookback: int = 3,
    country: str | None = None,
) -> str:
    """The query of ``panel`` for ``year`` over ``table`` (only ``country``'s rows when given;
    for opportunities, ``country`` is the exporter)."""
    check(panel, level)
    if panel == "rca":
        return rca_sql(table, year, level, country)
    if panel == "concentration":
        return concentration_sql(table, year, level, country)
    return opportunities_sql(table, year, level, top, lookback, exporter=country)
