"""The one exception tree of dyadscope.

::

    DyadscopeError
    ├── CountryError              a country name or code that cannot be resolved
    │   ├── UnknownCountryError   nothing matches; lists the closest matches
    │   └── AmbiguousCountryError several countries match; lists them
    ├── ConfigError               a bad setting (path, environment variable, option)
    ├── SourceError               a raw source file that cannot be read
    │   └── MalformedSourceError  names the file, the line or row and the problem
    ├── WarehouseError            the warehouse cannot be opened, locked or written
    │   └── LoadError             a load failed; the warehouse is left as it was
    ├── ArticleError              an article that cannot be read (empty, binary, too large,
    │   │                         not English)
    │   └── FetchError            a URL that cannot or may not be fetched
    ├── NoDataError               a query whose filters select no data
    │   └── NoRateError           no exchange rate for that currency and year
    ├── EstimationError           a model that cannot be fitted on the data given
    └── EngineError               the Spark engine cannot start (no Java, no pyspark) or a
        │                         Spark job cannot run at all
        └── JobFailedError        a Spark job that finished with some inputs failed; the
                                  other partitions' results were kept (see ``report``)

Every exception carries the offending value where there is one, and a message that
names the valid options.
"""

from __future__ import annotations

from collections.abc import Sequence


class DyadscopeError(Exception):
    """Base class of every error dyadscope raises on purpose."""


class CountryError(DyadscopeError, LookupError):
    """A country name or code that cannot be turned into one ISO3 code."""

    def __init__(self, value: str, message: str, candidates: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.value = value
        self.candidates = list(candidates)


class UnknownCountryError(CountryError):
    """No country matches the input; ``candidates`` holds the closest matches."""


class AmbiguousCountryError(CountryError):
    """More than one country matches the input; ``candidates`` lists them."""


class ConfigError(DyadscopeError, ValueError):
    """A setting or option with a value that cannot be used."""


class SourceError(DyadscopeError):
    """A raw source file that cannot be read."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class MalformedSourceError(SourceError):
    """A source file whose content breaks its format, with file and line."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {problem}", path=path)
        self.line = line
        self.problem = problem


class WarehouseError(DyadscopeError):
    """The warehouse cannot be opened, locked or written."""


class LoadError(WarehouseError):
    """A load that failed; the warehouse was left exactly as it was before."""


class ArticleError(DyadscopeError, ValueError):
    """An article that cannot be read: empty, binary, too large, or not in English."""


class FetchError(ArticleError):
    """A URL that cannot be fetched or that the fetch policy refuses."""


class NoDataError(DyadscopeError, LookupError):
    """The filters of a query select no data at all."""


class NoRateError(NoDataError):
    """No exchange rate for the currency and year asked for (never a silent fallback)."""


class EstimationError(DyadscopeError, RuntimeError):
    """A model that cannot be estimated from the data given."""


class EngineError(DyadscopeError, RuntimeError):
    """The Spark engine cannot start, or a Spark job cannot run at all."""


class JobFailedError(EngineError):
    """A Spark job in which some inputs failed; ``report`` lists every input with its
    status, and the partitions of the inputs that succeeded were written."""

    def __init__(self, message: str, report: object = None) -> None:
        super().__init__(message)
        self.report = report
