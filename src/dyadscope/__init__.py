"""dyadscope: evidence for claims about relations between countries.

The notebook API::

    import dyadscope as ds
    ds.alignment("Kenya", ["USA", "China", "Russia"], measure="coincidence", since=2000).tidy()
    ds.ideal_points(["KEN", "USA", "CHN"]).tidy()
    ds.trade("Kenya", "China", since=2015)
    ds.trade_partners("Kenya", year=2022)
    ds.check("article.txt")
    ds.brief(dyad=["KEN", "USA"]).save("brief.html")

The names are those of :mod:`dyadscope.api` (plus the errors and :func:`resolve`), imported
on first use, so ``import dyadscope`` and the command line start fast.

Two of them share their name with a sub-package: ``dyadscope.alignment`` (the vote
measures) and ``dyadscope.trade`` (the trade measures) are the packages, as
``import dyadscope.alignment`` promises, and calling them calls the function of the same
name: ``ds.alignment(...)`` is :func:`dyadscope.api.alignment`, ``ds.trade(...)`` is
:func:`dyadscope.api.trade`.
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from dyadscope.api import (
        AlignmentResult,
        IdealPointResult,
        IngestReport,
        VoteFilter,
        alignment,
        all_pairs,
        brief,
        check,
        data_status,
        events,
        ideal_points,
        import_gdelt,
        ingest,
        load_baci,
        load_votes,
        mirror,
        open_warehouse,
        read,
        reported_trade,
        save,
        sector_trade,
        spark_all_pairs,
        spark_load_baci,
        spark_read,
        spark_trade_panels,
        trade,
        trade_opportunities,
        trade_panel,
        trade_partners,
        votes,
    )
    from dyadscope.countries import resolve

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
    "VoteFilter",
    "WarehouseError",
    "__version__",
    "alignment",
    "all_pairs",
    "brief",
    "check",
    "data_status",
    "events",
    "ideal_points",
    "import_gdelt",
    "ingest",
    "load_baci",
    "load_votes",
    "mirror",
    "open_warehouse",
    "read",
    "reported_trade",
    "resolve",
    "save",
    "sector_trade",
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

_LAZY: dict[str, str] = {"resolve": "dyadscope.countries"}  # the rest of __all__ not defined here: dyadscope.api


class _CallablePackage(types.ModuleType):
    """A sub-package whose call is the :mod:`dyadscope.api` function of the same name."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        function = getattr(importlib.import_module("dyadscope.api"), self.__name__.rsplit(".", 1)[1])
        return function(*args, **kwargs)


for _name in ("alignment", "trade"):
    importlib.import_module(f"{__name__}.{_name}").__class__ = _CallablePackage
del _name


_FROM_API = tuple(n for n in __all__ if n not in globals() and n not in _LAZY and n not in ("alignment", "trade"))
_LAZY.update(dict.fromkeys(_FROM_API, "dyadscope.api"))


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    setattr(sys.modules[__name__], name, value)
    return value


def __dir__() -> list[str]:
    """The public names and the sub-packages and modules imported so far."""
    loaded = {k.split(".")[1] for k in sys.modules if k.startswith(f"{__name__}.") and k.count(".") == 1}
    return sorted({*__all__, *loaded})
