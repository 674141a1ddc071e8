"""The public functions that the CLI, the web app and notebooks all call.

Each one validates its input, builds a frozen configuration and delegates to the
module that owns the work. None of them prints; they return DataFrames or result
objects with ``.tidy()``.

The functions live in modules by what they own (``_votes``, ``_news``, ``_trade``,
``_briefs``, ``_spark``); import them from here: ``dyadscope.api.alignment``.
"""

from dyadscope.alignment.query import make_filter, select_votes
from dyadscope.api._base import SOURCES, Bound, ProgressFn, open_warehouse
from dyadscope.api._briefs import brief, check, eval_claims
from dyadscope.api._derived import refresh
from dyadscope.api._news import IngestReport, events, import_gdelt, ingest, read, save
from dyadscope.api._spark import SparkProgress, spark_all_pairs, spark_load_baci, spark_read, spark_trade_panels
from dyadscope.api._trade import (
    BACI_SOURCE,
    load_baci,
    mirror,
    reported_trade,
    sector_trade,
    trade,
    trade_opportunities,
    trade_panel,
    trade_partners,
)
from dyadscope.api._votes import (
    AlignmentResult,
    IdealPointResult,
    alignment,
    all_pairs,
    data_status,
    ideal_points,
    load_votes,
    votes,
)

__all__ = [
    "BACI_SOURCE",
    "SOURCES",
    "AlignmentResult",
    "Bound",
    "IdealPointResult",
    "IngestReport",
    "ProgressFn",
    "SparkProgress",
    "alignment",
    "all_pairs",
    "brief",
    "check",
    "data_status",
    "eval_claims",
    "events",
    "ideal_points",
    "import_gdelt",
    "ingest",
    "load_baci",
    "load_votes",
    "make_filter",
    "mirror",
    "open_warehouse",
    "read",
    "refresh",
    "reported_trade",
    "save",
    "sector_trade",
    "select_votes",
    "spark_all_pairs",
    "spark_load_baci",
    "spark_read",
    "spark_trade_panels",
    "trade",
    "trade_opportunities",
    "trade_panel",
    "trade_partners",
    "votes",
]
