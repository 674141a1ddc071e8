"""Job outputs: folders of Parquet partitions, replaced whole, plus a manifest.

A job writes under ``OUT``: one folder per partition (``hs=22/year=2022``, ``year=2019``,
``quotes``), and ``_dyadscope.json``, the manifest (job, parameters, inputs with their
status, rows, run id, times). Every partition is first written in full under
``OUT/_staging/<run>/`` and then swapped in: the old folder is renamed aside, the new one
renamed into place, the old one deleted. Readers therefore see the old partition or the
new one, never a mix or a half-written file; a run that dies between the two renames
leaves the old folder at ``<partition>.old-<run>``, which the next run puts back before
it starts. Partitions the run did not write (other years, inputs that failed) are not
touched. Spark and pyarrow skip names starting with ``_`` or ``.``; for DuckDB read
``OUT/hs=*/year=*/*.parquet`` (see docs/spark.md).

Local paths go through the operating system; URIs (``hdfs://``, ``s3a://``, ``file://``)
through Hadoop's FileSystem API in the driver's JVM. On object stores a rename is a copy,
so the swap is not atomic there: docs/spark.md says what that means.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

MANIFEST = "_dyadscope.json"
_URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def is_uri(path: str) -> bool:
    return bool(_URI.match(path))


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


class Store:
    """File operations on a local folder or a Hadoop-compatible URI."""

    def __init__(self, spark: SparkSession | None, root: str) -> None:
        self.root = root.rstrip("/") if is_uri(root) else str(Path(root).expanduser().resolve())
        self.local = not is_uri(root)
        self._spark = spark
        self._fs: Any = None

    # -- paths -------------------------------------------------------------------------
    def path(self, *parts: str) -> str:
        return "/".join([self.root, *[p.strip("/") for p in parts if p]])

    def _hadoop(self) -> tuple[Any, Any]:
        assert self._spark is not None, "a URI needs a Spark session"
        jvm: Any = self._spark.sparkContext._jvm
        if self._fs is None:
            conf = self._spark.sparkContext._jsc.hadoopConfiguration()  # Hadoop API through py4j
            self._fs = jvm.org.apache.hadoop.fs.Path(self.root).getFileSystem(conf)
        return self._fs, jvm.org.apache.hadoop.fs.Path

    # -- operations ----------------------------------------------------------------------
    def exists(self, path: str) -> bool:
        if self.local:
            return os.path.exists(path)
        fs, hpath = self._hadoop()
        return bool(fs.exists(hpath(path)))

    def children(self, path: str) -> list[str]:
        """Names in a folder (empty when it does not exist)."""
        if self.local:
            return sorted(os.listdir(path)) if os.path.isdir(path) else []
        fs, hpath = self._hadoop()
        if not fs.exists(hpath(path)):
            return []
        return sorted(str(s.getPath().getName()) for s in fs.listStatus(hpath(path)))

    def rename(self, src: str, dst: str) -> None:
        if self.local:
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            os.replace(src, dst)
            return
        fs, hpath = self._hadoop()
        fs.mkdirs(hpath(dst).getParent())
        if not fs.rename(hpath(src), hpath(dst)):
            raise OSError(f"rename {src} -> {dst} failed")

    def delete(self, path: str) -> None:
        if self.local:
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
            elif os.path.exists(path):
                os.remove(path)
            return
        fs, hpath = self._hadoop()
        fs.delete(hpath(path), True)

    def read_text(self, path: str) -> str | None:
        if self.local:
            return Path(path).read_text(encoding="utf-8") if os.path.exists(path) else None
        fs, hpath = self._hadoop()
        if not fs.exists(hpath(path)):
            return None
        assert self._spark is not None
        jvm: Any = self._spark.sparkContext._jvm
        stream = fs.open(hpath(path))  # not spark.read.text: it skips names starting with "_"
        try:
            return str(jvm.org.apache.commons.io.IOUtils.toString(stream, "UTF-8"))
        finally:
            stream.close()

    def write_text(self, path: str, text: str) -> None:
        """Write via a temporary name and a rename, so readers never see half a file."""
        tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
        if self.local:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            Path(tmp).write_text(text, encoding="utf-8")
            os.replace(tmp, path)
            return
        fs, hpath = self._hadoop()
        stream = fs.create(hpath(tmp), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
        fs.delete(hpath(path), False)
        if not fs.rename(hpath(tmp), hpath(path)):
            raise OSError(f"rename {tmp} -> {path} failed")

    # -- partitions ----------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Put back partitions left aside by a run that died mid-swap; returns them."""
        restored = []
        for found in self._aside(self.root):
            final = found.rsplit(".old-", 1)[0]
            if self.exists(final):
                self.delete(found)
            else:
                self.rename(found, final)
                restored.append(final)
        return restored

    def _aside(self, folder: str, depth: int = 0) -> Iterator[str]:
        for name in self.children(folder):
            if name.startswith(("_", ".")):
                continue
            full = f"{folder}/{name}"
            if ".old-" in name:
                yield full
            elif depth < 1:  # partitions sit at most two levels down (hs=22/year=2022)
                yield from self._aside(full, depth + 1)

    def partitions(self, folder: str, depth: int) -> list[str]:
        """Partition folders ``k1=v1/k2=v2`` (``depth`` levels) under ``folder``."""
        level = [""]
        for _ in range(depth):
            level = [
                f"{base}/{name}" if base else name
                for base in level
                for name in self.children(f"{folder}/{base}" if base else folder)
                if "=" in name and ".old-" not in name
            ]
        return level

    def replace(self, staged: str, partition: str, run: str) -> None:
        """Swap the fully written folder ``staged`` into ``OUT/partition``."""
        final = self.path(partition)
        aside = f"{final}.old-{run}"
        had_old = self.exists(final)
        if had_old:
            self.rename(final, aside)
        try:
            self.rename(staged, final)
        except Exception:
            if had_old:
                self.rename(aside, final)
            raise
        if had_old:
            self.delete(aside)

    @contextmanager
    def staging(self, run: str) -> Iterator[str]:
        """A private folder for this run's partitions; removed afterwards, whatever happens."""
        folder = self.path("_staging", run)
        try:
            yield folder
        finally:
            self.delete(folder)
            if not self.children(self.path("_staging")):
                self.delete(self.path("_staging"))

    # -- manifest ------------------------------------------------------------------------
    def read_manifest(self) -> dict[str, Any]:
        text = self.read_text(self.path(MANIFEST))
        return json.loads(text) if text else {}

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        self.write_text(self.path(MANIFEST), json.dumps(manifest, indent=2, default=str) + "\n")
