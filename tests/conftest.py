"""Shared fixtures: a warehouse built from the bundled data, and the raw files in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.warehouse import Warehouse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason=f"raw source files not found at {SHARED}")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    """One warehouse for the whole run, created from the bundled Parquet files."""
    wh = Warehouse(tmp_path_factory.mktemp("warehouse"))
    wh.ensure("unga")
    return wh


@pytest.fixture(autouse=True)
def _isolated_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test writes to the user's real warehouse."""
    monkeypatch.setenv("DYADSCOPE_WAREHOUSE", str(tmp_path / "default-warehouse"))
