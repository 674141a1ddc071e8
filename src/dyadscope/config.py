"""Settings, each declared once with its name, environment variable, default and help.

Only the CLI reads command-line options; everything else reads a :class:`Settings`
object, built by :func:`settings` from the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyadscope.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    """One documented setting."""

    name: str
    env: str
    default: str
    help: str


def _default_warehouse() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "dyadscope" / "warehouse")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "warehouse",
        "DYADSCOPE_WAREHOUSE",
        _default_warehouse(),
        "Folder of the embedded DuckDB warehouse (one .duckdb file per dataset). "
        "Created from the bundled data on first use.",
    ),
    Setting(
        "threads",
        "DYADSCOPE_THREADS",
        "0",
        "Threads DuckDB may use; 0 lets DuckDB decide (all cores).",
    ),
    Setting(
        "spark_master",
        "DYADSCOPE_SPARK_MASTER",
        "local[*]",
        "Spark master URL for 'dyadscope spark' jobs: local[N], spark://host:7077, yarn, "
        "k8s://https://host:443. Ignored when the job runs under spark-submit (its --master wins).",
    ),
)


@dataclass(frozen=True)
class Settings:
    """Resolved settings. Build with :func:`settings`; change with :meth:`with_`."""

    warehouse: Path = field(default_factory=lambda: Path(_default_warehouse()))
    threads: int = 0
    spark_master: str = "local[*]"

    def with_(self, **changes: object) -> Settings:
        """A copy with some values replaced (``None`` values are ignored)."""
        clean = {k: v for k, v in changes.items() if v is not None}
        if "warehouse" in clean:
            clean["warehouse"] = Path(str(clean["warehouse"])).expanduser()
        return replace(self, **clean)  # type: ignore[arg-type]


def settings(environ: dict[str, str] | None = None) -> Settings:
    """Read every declared setting from the environment (or ``environ``)."""
    env = os.environ if environ is None else environ
    values: dict[str, str] = {s.name: env.get(s.env, s.default) for s in SETTINGS}
    try:
        threads = int(values["threads"])
    except ValueError:
        raise ConfigError(f"DYADSCOPE_THREADS must be a whole number, got {values['threads']!r}") from None
    if threads < 0:
        raise ConfigError(f"DYADSCOPE_THREADS must be 0 or more, got {threads}")
    return Settings(
        warehouse=Path(values["warehouse"]).expanduser(), threads=threads, spark_master=values["spark_master"]
    )
