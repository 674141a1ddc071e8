"""The public functions that the CLI, the web app and notebooks all call.

Each one validates its input, builds a frozen configuration and delegates to the
module that owns the work. None of them prints; they return DataFrames or result
objects with ``.tidy()``.

The functions live in modules by what they own (``_votes``, ``_news``, ``_trade``,
``_briefs``, ``_spark``); import them from here: ``dyadscope.api.alignment``.

Importing this package is cheap: each name is imported from its module on first use
(``_LAZY`` maps the names to their modules; a test keeps it equal to ``__all__``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dyadscope.alignment.query import VoteFilter, make_filter, select_votes
    from dyadscope.api._base import SOURCES, Bound, ProgressFn, open_warehouse
    from dyadscope.api._briefs import brief, check, eval_claims
    from dyadscope.api._derived import refresh
    from dyadscope.api._eval import claim_sets, eval_reader
    from dyadscope.api._news import IngestReport, events, import_gdelt, ingest, read, save
    from dyadscope.api._spark import SparkProgress, spark_all_pairs, spark_load_baci, spark_read, spark_trade_panels
    from dyadscope.api._trade import (
        BACI_SOURCE,
        load_baci,
        mirror,
        reported_trade,
        sector_trade,
        trade,
        trade_africa,
        trade_gap,
        trade_opportunities,
        trade_panel,
        trade_partners,
        trade_profile,
        trade_rca,
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

_LAZY: dict[str, str] = {
    "VoteFilter": "dyadscope.alignment.query",
    "make_filter": "dyadscope.alignment.query",
    "select_votes": "dyadscope.alignment.query",
    "Bound": "dyadscope.api._base",
    "ProgressFn": "dyadscope.api._base",
    "SOURCES": "dyadscope.api._base",
    "open_warehouse": "dyadscope.api._base",
    "brief": "dyadscope.api._briefs",
    "check": "dyadscope.api._briefs",
    "eval_claims": "dyadscope.api._briefs",
    "refresh": "dyadscope.api._derived",
    "claim_sets": "dyadscope.api._eval",
    "eval_reader": "dyadscope.api._eval",
    "IngestReport": "dyadscope.api._news",
    "events": "dyadscope.api._news",
    "import_gdelt": "dyadscope.api._news",
    "ingest": "dyadscope.api._news",
    "read": "dyadscope.api._news",
    "save": "dyadscope.api._news",
    "SparkProgress": "dyadscope.api._spark",
    "spark_all_pairs": "dyadscope.api._spark",
    "spark_load_baci": "dyadscope.api._spark",
    "spark_read": "dyadscope.api._spark",
    "spark_trade_panels": "dyadscope.api._spark",
    "BACI_SOURCE": "dyadscope.api._trade",
    "load_baci": "dyadscope.api._trade",
    "mirror": "dyadscope.api._trade",
    "reported_trade": "dyadscope.api._trade",
    "sector_trade": "dyadscope.api._trade",
    "trade": "dyadscope.api._trade",
    "trade_opportunities": "dyadscope.api._trade",
    "trade_panel": "dyadscope.api._trade",
    "trade_partners": "dyadscope.api._trade",
    "trade_africa": "dyadscope.api._trade",
    "trade_gap": "dyadscope.api._trade",
    "trade_profile": "dyadscope.api._trade",
    "trade_rca": "dyadscope.api._trade",
    "AlignmentResult": "dyadscope.api._votes",
    "IdealPointResult": "dyadscope.api._votes",
    "alignment": "dyadscope.api._votes",
    "all_pairs": "dyadscope.api._votes",
    "data_status": "dyadscope.api._votes",
    "ideal_points": "dyadscope.api._votes",
    "load_votes": "dyadscope.api._votes",
    "votes": "dyadscope.api._votes",
}

__all__ = [
    "BACI_SOURCE",
    "SOURCES",
    "AlignmentResult",
    "Bound",
    "IdealPointResult",
    "IngestReport",
    "ProgressFn",
    "SparkProgress",
    "VoteFilter",
    "alignment",
    "all_pairs",
    "brief",
    "check",
    "claim_sets",
    "data_status",
    "eval_claims",
    "eval_reader",
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
    "trade_africa",
    "trade_gap",
    "trade_opportunities",
    "trade_panel",
    "trade_partners",
    "trade_profile",
    "trade_rca",
    "votes",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
