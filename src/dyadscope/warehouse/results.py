"""Query results kept across runs: ``Warehouse.query(..., cache=True)``.

A result is stored as one Parquet file under ``<warehouse>/.results/`` named by a SHA-256 of
what decides it: the SQL text, the parameters, and the identity (path, inode, mtime, size) of
every dataset file the query may read and of every bundled data file of the package (the
``flows`` dataset is views over them). A load swaps in a new dataset file (a new inode and
mtime), a new install brings new bundled files, a code change changes the SQL: each gives a
new name, so a stored result is never read for data or a query it was not computed from.

A result is kept only when reading the file back gives a frame equal to the query's (values,
NaN positions, column names and dtypes); otherwise it is not stored and the query runs each
time. Nothing is stored for a read-only warehouse. At most :data:`MAX_FILES` are kept (the
oldest written are removed). Only deterministic queries over the attached datasets may ask
for it (no ``now()``, no ``random()``, no registered frames).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the stored form changes
FOLDER = ".results"
MAX_FILES = 512


@cache
def _bundled_files() -> tuple[Path, ...]:
    with resources.as_file(resources.files("dyadscope") / "data") as folder:
        return tuple(sorted(p for p in Path(folder).iterdir() if p.is_file()))


def key(sql: str, params: Sequence[object] | None, files: Sequence[Path]) -> str:
    """The name of the result of ``sql`` with ``params`` over ``files`` (and the bundled data)."""
    h = hashlib.sha256(f"{FORMAT}\n{sql}\n{list(params or [])!r}\n".encode())
    for f in [*files, *_bundled_files()]:
        st = f.stat()
        h.update(f"{f}|{st.st_ino}|{st.st_mtime_ns}|{st.st_size}\n".encode())
    return h.hexdigest()


def get(folder: Path, name: str) -> pd.DataFrame | None:
    path = folder / f"{name}.parquet"
    if not path.exists():
        return None
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError) as exc:  # damaged or half-removed: run the query again
        log.info("ignoring stored result %s: %s", path, exc)
        return None


def put(folder: Path, name: str, frame: pd.DataFrame) -> bool:
    """Store ``frame`` when it reads back equal; False when it was not stored."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        log.info("cannot store query results in %s: %s", folder, exc)
        return False
    tmp = Path(tmp_name)
    try:
        frame.to_parquet(tmp, index=False)
        back = pd.read_parquet(tmp)
        same = (
            list(back.columns) == list(frame.columns)
            and list(back.dtypes) == list(frame.dtypes)
            and back.equals(frame.reset_index(drop=True))
        )
        if not same:
            log.debug("query result %s does not survive Parquet unchanged; not stored", name)
            return False
        os.replace(tmp, folder / f"{name}.parquet")
    except (OSError, ValueError, TypeError, NotImplementedError) as exc:  # e.g. duplicate column names
        log.debug("query result %s not stored: %s", name, exc)
        return False
    finally:
        tmp.unlink(missing_ok=True)
    _prune(folder)
    return True


def _prune(folder: Path) -> None:
    files = list(folder.glob("*.parquet"))
    if len(files) <= MAX_FILES:
        return

    def written(p: Path) -> int:
        try:
            return p.stat().st_mtime_ns
        except OSError:  # removed meanwhile by another process
            return 0

    for old in sorted(files, key=written)[: len(files) - MAX_FILES]:
        old.unlink(missing_ok=True)
