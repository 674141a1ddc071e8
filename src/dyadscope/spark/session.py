"""Starting (or joining) a Spark session for dyadscope's jobs.

Under ``spark-submit`` a session already exists and its master, memory and packages come
from the command line; :func:`session` then returns it unchanged. Otherwise it builds one
for ``master`` (default: the ``DYADSCOPE_SPARK_MASTER`` setting, ``local[*]``) with the
settings every dyadscope job relies on:

* ``spark.sql.sources.partitionColumnTypeInference.enabled=false``: partition values such
  as ``hs=02`` stay strings (``02``, not the integer 2);
* ``spark.sql.session.timeZone=UTC``;
* Python workers are reused (the default), so the article reader builds one spaCy
  pipeline per worker process, not one per batch;
* the Python of this process runs the workers (``PYSPARK_PYTHON``), unless set already;
* in local mode the JVM logs errors only (``log4j2.properties``); JVM options passed in
  ``conf["spark.driver.extraJavaOptions"]`` are added to that setting.

pyspark and a Java runtime (17 or newer) are needed; without them :class:`EngineError`
says what to install.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.config import settings
from dyadscope.errors import EngineError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_CONF: dict[str, str] = {
    "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
    "spark.sql.session.timeZone": "UTC",
    "spark.python.worker.reuse": "true",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
}
LOCAL_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "8",
}


def check_runtime() -> None:
    """Raise :class:`EngineError` naming what is missing to run Spark here."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise EngineError("pyspark is not installed: pip install 'dyadscope[spark]'") from None
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    if not java or not os.path.exists(java):
        raise EngineError(
            "Spark needs a Java runtime (17 or newer) and none was found on PATH or in JAVA_HOME; "
            "on Debian/Ubuntu: apt-get install openjdk-17-jre-headless"
        )


def session(
    master: str | None = None,
    *,
    app_name: str = "dyadscope",
    conf: Mapping[str, str] | None = None,
    log_level: str = "ERROR",
) -> SparkSession:
    """The active Spark session, or a new one for ``master`` with dyadscope's settings.

    ``conf`` adds or overrides Spark settings (``spark.executor.memory``, object-store
    credentials providers, ...). ``log_level`` is the JVM's log level.
    """
    check_runtime()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started the JVM: its --master wins
    url = "" if submitted else master or settings().spark_master
    builder: Any = SparkSession.builder.appName(app_name)
    if not submitted:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(url)
    options = dict(DEFAULT_CONF)
    java_options = "spark.driver.extraJavaOptions"
    if url.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        options.update(LOCAL_CONF)
        log_conf = Path(__file__).with_name("log4j2.properties")
        options[java_options] = f"-Dlog4j2.configurationFile=file:{log_conf}"
    extra = dict(conf or {})
    if java_options in extra and java_options in options:  # added to the quiet log set-up, not in its place
        extra[java_options] = f"{options[java_options]} {extra[java_options]}"
    options.update(extra)
    for key, value in options.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j / JVM start-up failures arrive as many types
        raise EngineError(f"Spark could not start with master {url or '(from spark-submit)'!r}: {exc}") from exc
    spark.sparkContext.setLogLevel(log_level)
    return spark


def parse_conf(items: list[str] | None) -> dict[str, str]:
    """``["k=v", ...]`` from the command line into a dict, refusing items without ``=``."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise EngineError(f"--conf takes KEY=VALUE, got {item!r}")
        out[key.strip()] = value.strip()
    return out
