"""Connections, snapshots and the atomic write path of the warehouse."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope.errors import DyadscopeError, LoadError, WarehouseError

log = logging.getLogger(__name__)

# read-only DuckDB instances shared by Warehouse.reader, keyed by the attached files' identity
_BASES: dict[tuple[object, ...], duckdb.DuckDBPyConnection] = {}
_BASES_LOCK = threading.Lock()
_MAX_BASES = 8


@dataclass(frozen=True)
class Dataset:
    """A dataset: its file name and the function that fills an empty file from bundled data."""

    name: str
    description: str
    bootstrap: Callable[[duckdb.DuckDBPyConnection], None]
    # True when a built file no longer matches the bundled data it reads (rebuilt on next use)
    stale: Callable[[Path], bool] | None = None


def _declared() -> tuple[Dataset, ...]:
    """Every dataset of the warehouse, with the function that fills it from bundled data.

    The one list: a new dataset is added here (its module owns the schema and the bootstrap).
    """
    from dyadscope.alignment import cache
    from dyadscope.warehouse import flows, news, rights, trade, unga

    return (
        Dataset("unga", "UN General Assembly roll calls and votes", unga.bootstrap),
        Dataset("trade", "BACI bilateral trade flows and codebooks", trade._bootstrap),
        Dataset(
            "flows",
            "Bundled all-pairs trade figures: IMF DOTS, COW, BACI extracts, published",
            flows.bootstrap,
            flows.stale,
        ),
        Dataset("news", "Stored articles, coded events and imported GDELT events", news._bootstrap),
        Dataset("rights", "Political Terror Scale 1976-2023", rights._bootstrap),
        Dataset("idealpoints", "Cached dynamic ideal-point estimates", cache._bootstrap),
    )


@functools.cache
def datasets() -> dict[str, Dataset]:
    """The declared datasets by name."""
    return {d.name: d for d in _declared()}


def insert_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, sql: str) -> None:
    """Run ``sql`` (an INSERT or CREATE ... AS reading the view ``frame_in``) over a DataFrame."""
    con.register("frame_in", frame)
    try:
        con.execute(sql)
    finally:
        con.unregister("frame_in")


class Warehouse:
    """A folder of DuckDB dataset files.

    >>> wh = Warehouse(Path("/tmp/wh"))          # doctest: +SKIP
    >>> wh.query("SELECT count(*) FROM unga.votes")  # doctest: +SKIP
    """

    def __init__(self, path: Path, threads: int = 0, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.threads = threads
        self.read_only = read_only  # the web server's view: never creates, locks or writes a file
        if self.path.exists() and not self.path.is_dir():
            raise WarehouseError(
                f"warehouse path {self.path} is a file; it must be a folder "
                "(set DYADSCOPE_WAREHOUSE or --warehouse to a folder)"
            )

    # -- files ----------------------------------------------------------------
    def file(self, dataset: str) -> Path:
        if dataset not in datasets():
            raise WarehouseError(f"unknown dataset {dataset!r}; known: {sorted(datasets())}")
        return self.path / f"{dataset}.duckdb"

    def exists(self, dataset: str) -> bool:
        return self.file(dataset).exists()

    def ensure(self, *names: str) -> None:
        """Create missing datasets from the bundled data (first use)."""
        for name in names or tuple(datasets()):
            check = datasets()[name].stale if name in datasets() else None
            if check is not None and self.exists(name) and not self.read_only and check(self.file(name)):
                log.info("rebuilding dataset %s in %s: the bundled data changed", name, self.path)
                with self.writer(name, fresh=True) as con:
                    if con is not None:
                        datasets()[name].bootstrap(con)
                continue
            if not self.exists(name):
                if self.read_only:
                    raise WarehouseError(
                        f"dataset {name!r} is not in the warehouse {self.path}, which is opened read-only here; "
                        "create it with 'dyadscope data load' (or start 'dyadscope serve', which creates missing "
                        "datasets before it serves)"
                    )
                log.info("creating dataset %s in %s from bundled data", name, self.path)
                with self.writer(name, fresh=True, if_missing=True) as con:
                    if con is not None:
                        datasets()[name].bootstrap(con)

    # -- reading --------------------------------------------------------------
    @contextlib.contextmanager
    def reader(self, *names: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """An in-memory connection with the datasets attached read-only under their names."""
        names = names or tuple(datasets())
        self.ensure(*names)
        if not self.read_only:
            for name in names:
                self._clean_leftovers(name, wait=False)
        base = self._base(names)
        con = base.cursor()
        try:
            con.execute("SET enable_progress_bar = false")  # library code never draws on the terminal
            yield con
        finally:
            con.close()

    def _base(self, names: tuple[str, ...]) -> duckdb.DuckDBPyConnection:
        """One in-memory DuckDB instance per set of dataset files (opening one costs ~40 ms,
        a cursor on it ~0.01 ms), reused while every file is the same: a writer swaps in a
        new file (os.replace), which changes its inode and mtime, and the next reader gets a
        fresh instance; cursors still running on the old one keep their old snapshot."""
        files = [self.file(n) for n in names]
        key: tuple[object, ...] = (self.threads,)
        for n, f in zip(names, files, strict=True):
            st = f.stat()
            key += (n, str(f), st.st_ino, st.st_mtime_ns, st.st_size)
        with _BASES_LOCK:
            con = _BASES.pop(key, None)
            if con is None:
                con = duckdb.connect(":memory:")
                if self.threads:
                    con.execute(f"SET threads = {int(self.threads)}")
                for name, f in zip(names, files, strict=True):
                    path = str(f).replace("'", "''")
                    try:
                        con.execute(f"ATTACH '{path}' AS {name} (READ_ONLY)")
                    except duckdb.Error as exc:
                        con.close()
                        raise WarehouseError(f"cannot open {f}: {exc}") from exc
            _BASES[key] = con  # most recently used last
            while len(_BASES) > _MAX_BASES:
                _BASES.pop(next(iter(_BASES)))  # closed when its last cursor is gone
            return con

    def query(self, sql: str, params: list[object] | None = None, *names: str, cache: bool = False) -> pd.DataFrame:
        """Run one read-only query and return a DataFrame. ``cache=True``: the result is kept
        across runs, keyed by the SQL, the parameters and the dataset files (see
        :mod:`dyadscope.warehouse.results`); for deterministic queries over the datasets only."""
        if cache and not self.read_only:
            return self._query_kept(sql, params, names)
        with self.reader(*names) as con:
            return con.execute(sql, params or []).df()

    def _query_kept(self, sql: str, params: list[object] | None, names: tuple[str, ...]) -> pd.DataFrame:
        from dyadscope.warehouse import results

        names = names or tuple(datasets())
        if not results.active():  # brief --no-cache: run it, keep nothing
            with self.reader(*names) as con:
                return con.execute(sql, params or []).df()
        self.ensure(*names)  # first: a stale dataset is rebuilt (a new file) before the key is made
        name = results.key(sql, params, [self.file(n) for n in names])
        folder = self.path / results.FOLDER
        kept = results.get(folder, name)
        if kept is not None:
            return kept
        with self.reader(*names) as con:
            frame = con.execute(sql, params or []).df()
        results.put(folder, name, frame)
        return frame

    # -- writing --------------------------------------------------------------
    def _leftovers(self, dataset: str) -> list[Path]:
        if not self.path.is_dir():
            return []
        return [*self.path.glob(f".{dataset}.*.duckdb.tmp"), *self.path.glob(f".{dataset}.*.duckdb.tmp.wal")]

    def _clean_leftovers(self, dataset: str, *, wait: bool) -> None:
        """Remove temporary files of ``dataset`` left by a load that was killed. Only when no
        writer holds the dataset's lock: a running load's file is never touched. With
        ``wait=False`` (readers) a held lock means: leave them for the next open."""
        found = self._leftovers(dataset)
        if not found:
            return
        if wait:  # the caller holds the lock
            for f in found:
                f.unlink(missing_ok=True)
                log.info("removed %s, left by an interrupted load", f)
            return
        with open(self.path / f".{dataset}.lock", "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # a load is running: its temporary file is in use
            try:
                for f in self._leftovers(dataset):
                    f.unlink(missing_ok=True)
                    log.info("removed %s, left by an interrupted load", f)
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def _lock(self, dataset: str) -> Iterator[None]:
        self.path.mkdir(parents=True, exist_ok=True)
        lock_path = self.path / f".{dataset}.lock"
        with open(lock_path, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def writer(
        self, dataset: str, *, fresh: bool = False, if_missing: bool = False, compact: bool = False
    ) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-write connection to a private copy of ``dataset``, swapped in on success.

        ``fresh`` starts from an empty file instead of a copy of the current one.
        ``compact`` copies the result into a new file before the swap, so that rows deleted
        and written again (a reload of the same years) do not leave the file twice as large
        (DuckDB reuses freed blocks but never shrinks a file).
        ``if_missing`` yields ``None`` when another process created the dataset while
        this one waited for the lock. Any exception leaves the current file untouched
        and is raised as :class:`~dyadscope.errors.LoadError`.
        """
        target = self.file(dataset)
        if self.read_only:
            raise WarehouseError(f"the warehouse {self.path} is opened read-only here; {dataset!r} cannot be written")
        with self._lock(dataset):
            if if_missing and target.exists():
                yield None
                return
            self._clean_leftovers(dataset, wait=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{dataset}.", suffix=".duckdb.tmp", dir=self.path)
            os.close(fd)
            tmp = Path(tmp_name)
            tmp.unlink()
            extra: list[Path] = []
            try:
                if target.exists() and not fresh:
                    shutil.copyfile(target, tmp)
                con = duckdb.connect(str(tmp))
                try:
                    con.execute("SET enable_progress_bar = false")
                    if self.threads:
                        con.execute(f"SET threads = {int(self.threads)}")
                    con.execute("BEGIN TRANSACTION")
                    yield con
                    con.execute("COMMIT")
                    con.execute("CHECKPOINT")
                    if compact:
                        packed = self._compact(con, dataset)
                        extra.append(packed)
                finally:
                    con.close()
                if extra:
                    os.replace(extra[-1], tmp)
                with open(tmp, "rb") as fh:
                    os.fsync(fh.fileno())
                os.replace(tmp, target)
                dir_fd = os.open(self.path, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
            except DyadscopeError:
                raise  # already says what is wrong (file, line); the old file is untouched
            except Exception as exc:
                raise LoadError(f"loading dataset {dataset!r} failed; the warehouse is unchanged: {exc}") from exc
            finally:
                for leftover in (tmp, *extra):
                    for f in (leftover, Path(str(leftover) + ".wal")):
                        if f.exists():
                            f.unlink()

    def _compact(self, con: duckdb.DuckDBPyConnection, dataset: str) -> Path:
        """Copy every table and view of ``con``'s database into a new file (returned)."""
        fd, name = tempfile.mkstemp(prefix=f".{dataset}.", suffix=".duckdb.tmp", dir=self.path)
        os.close(fd)
        packed = Path(name)
        packed.unlink()
        db = con.execute("SELECT current_database()").fetchone()
        src = str(db[0]) if db else "main"
        con.execute(f"ATTACH '{str(packed).replace(chr(39), chr(39) * 2)}' AS packed")
        try:
            con.execute(f'COPY FROM DATABASE "{src}" TO packed')
        finally:
            con.execute("DETACH packed")
        return packed

    def drop(self, dataset: str) -> None:
        """Delete a dataset file (it is recreated from bundled data on next use)."""
        if self.read_only:
            raise WarehouseError(f"the warehouse {self.path} is opened read-only here; {dataset!r} cannot be dropped")
        with self._lock(dataset):
            self.file(dataset).unlink(missing_ok=True)
