"""The public surface: ``dyadscope`` and ``dyadscope.api`` export exactly what ``__all__``
says, sub-packages are packages, and importing them loads nothing heavy."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import types

import pytest

import dyadscope as ds
from dyadscope import api, errors
from dyadscope.warehouse import Warehouse

API_MODULES = [f"dyadscope.api.{m}" for m in ("_base", "_briefs", "_derived", "_news", "_spark", "_trade", "_votes")]


def test_api_all_is_what_it_exports() -> None:
    assert sorted(api.__all__) == sorted(api._LAZY)
    for name in api.__all__:
        assert getattr(api, name) is getattr(importlib.import_module(api._LAZY[name]), name)
    for path in API_MODULES:  # every public function or class defined in api/_*.py is exported
        mod = importlib.import_module(path)
        defined = {
            n
            for n, v in vars(mod).items()
            if not n.startswith("_") and (inspect.isfunction(v) or inspect.isclass(v)) and v.__module__ == path
        }
        missing = sorted(defined - set(api.__all__))
        assert not missing, f"{path}: not in dyadscope.api.__all__: {missing}"
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        _ = api.nonesuch  # type: ignore[attr-defined]


def test_top_level_all_is_what_it_exports() -> None:
    error_classes = {n for n, v in vars(errors).items() if inspect.isclass(v) and issubclass(v, errors.DyadscopeError)}
    assert set(ds.__all__) == set(ds._LAZY) | error_classes | {"__version__", "alignment", "trade"}
    assert len(ds.__all__) == len(set(ds.__all__))
    for name in ds._FROM_API:
        assert getattr(ds, name) is getattr(api, name)
    for name in ("trade", "trade_partners", "check", "brief", "alignment"):
        assert callable(getattr(ds, name))
    assert set(dir(ds)) >= set(ds.__all__)


def test_sub_packages_are_packages_and_call_their_function(warehouse: Warehouse) -> None:
    import dyadscope.alignment
    import dyadscope.alignment.measures
    import dyadscope.trade

    for pkg in (dyadscope.alignment, dyadscope.trade):
        assert isinstance(pkg, types.ModuleType) and hasattr(pkg, "__path__")
    assert dyadscope.alignment.measures.MEASURES == ("agreement", "coincidence", "kappa", "pi", "s")
    got = ds.alignment("KEN", "USA", since=2019, until=2020, warehouse=warehouse).tidy()
    want = api.alignment("KEN", "USA", since=2019, until=2020, warehouse=warehouse).tidy()
    assert got.equals(want) and len(got) == 2
    with pytest.raises(errors.UnknownCountryError, match="Atlantis"):
        ds.trade("Atlantis", "KEN", warehouse=warehouse)


def test_importing_is_light() -> None:
    code = (
        "import sys, dyadscope, dyadscope.api, dyadscope.cli; "
        "heavy = [m for m in ('pandas', 'numpy', 'scipy', 'spacy', 'duckdb', 'altair', 'fastapi', 'pyspark')"
        " if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
