"""dyadscope: evidence for claims about relations between countries.

The notebook API::

    import dyadscope as ds
    ds.alignment("Kenya", ["USA", "China", "Russia"], measure="coincidence", since=2000).tidy()
    ds.ideal_points(["KEN", "USA", "CHN"]).tidy()
"""

import logging

from dyadscope.api import (
    AlignmentResult,
    IdealPointResult,
    IngestReport,
    alignment,
    all_pairs,
    data_status,
    events,
    ideal_points,
    import_gdelt,
    ingest,
    load_votes,
    open_warehouse,
    read,
    save,
    spark_all_pairs,
    spark_load_baci,
    spark_read,
    spark_trade_panels,
    trade_panel,
    votes,
)
from dyadscope.countries import resolve
from dyadscope.errors import (
    AmbiguousCountryError,
    ArticleError,
    ConfigError,
    CountryError,
    DyadscopeError,
    EngineError,
    EstimationError,
    FetchError,
    JobFailedError,
    LoadError,
    MalformedSourceError,
    NoDataError,
    NoRateError,
    SourceError,
    UnknownCountryError,
    WarehouseError,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "AlignmentResult",
    "AmbiguousCountryError",
    "ArticleError",
    "ConfigError",
    "CountryError",
    "DyadscopeError",
    "EngineError",
    "EstimationError",
    "FetchError",
    "IdealPointResult",
    "IngestReport",
    "JobFailedError",
    "LoadError",
    "MalformedSourceError",
    "NoDataError",
    "NoRateError",
    "SourceError",
    "UnknownCountryError",
    "WarehouseError",
    "__version__",
    "alignment",
    "all_pairs",
    "data_status",
    "events",
    "ideal_points",
    "import_gdelt",
    "ingest",
    "load_votes",
    "open_warehouse",
    "read",
    "resolve",
    "save",
    "spark_all_pairs",
    "spark_load_baci",
    "spark_read",
    "spark_trade_panels",
    "trade_panel",
    "votes",
]
