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
    alignment,
    all_pairs,
    data_status,
    ideal_points,
    load_votes,
    open_warehouse,
    votes,
)
from dyadscope.countries import resolve
from dyadscope.errors import (
    AmbiguousCountryError,
    ConfigError,
    CountryError,
    DyadscopeError,
    EstimationError,
    LoadError,
    MalformedSourceError,
    NoDataError,
    SourceError,
    UnknownCountryError,
    WarehouseError,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "AlignmentResult",
    "AmbiguousCountryError",
    "ConfigError",
    "CountryError",
    "DyadscopeError",
    "EstimationError",
    "IdealPointResult",
    "LoadError",
    "MalformedSourceError",
    "NoDataError",
    "SourceError",
    "UnknownCountryError",
    "WarehouseError",
    "__version__",
    "alignment",
    "all_pairs",
    "data_status",
    "ideal_points",
    "load_votes",
    "open_warehouse",
    "resolve",
    "votes",
]
