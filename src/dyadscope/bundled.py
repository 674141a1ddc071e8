"""The data files shipped in ``dyadscope/data`` (rebuilt by ``scripts/build_data.py``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def parquet(name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """A bundled Parquet table."""
    import pandas as pd

    with resources.as_file(resources.files("dyadscope") / "data" / name) as p:
        return pd.read_parquet(p, columns=columns)


def text(name: str) -> str:
    """A bundled text file (JSON, CSV) as a string."""
    return (resources.files("dyadscope") / "data" / name).read_text(encoding="utf-8")


def path(name: str) -> Path:
    """The file system path of a bundled file (the package is installed as plain files, never zipped)."""
    return Path(str(resources.files("dyadscope"))) / "data" / name
