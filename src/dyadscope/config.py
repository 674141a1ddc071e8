"""Settings, each declared once with its name, environment variable, default and help.

:data:`SETTINGS` is the one list: :func:`settings` reads it from the environment, the
``dyadscope settings`` command prints it, and the README's settings table is
:func:`markdown_table` of it (a test keeps the two equal). Only the CLI reads
command-line options; the rest of the library is handed a :class:`Settings` object (or
the values in it) and never reads the environment itself; the lower layers
(:mod:`dyadscope.evidence` and below) take their warehouse, folders and keys as arguments.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyadscope.errors import ConfigError


def _xdg(var: str, fallback: str, env: Mapping[str, str]) -> Path:
    return Path(env.get(var) or str(Path.home() / fallback))


@dataclass(frozen=True)
class Setting:
    """One documented setting: ``default`` is the documented form, ``compute`` the value
    it stands for on this machine (``~`` and ``$XDG_...`` resolved)."""

    name: str
    env: str
    default: str
    help: str
    option: str = ""  # the command-line option that overrides it, if any
    secret: bool = False  # shown as set / not set, never printed
    compute: Callable[[Mapping[str, str]], str] | None = None

    def default_value(self, env: Mapping[str, str] | None = None) -> str:
        environ = os.environ if env is None else env
        return self.compute(environ) if self.compute else self.default


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "warehouse",
        "DYADSCOPE_WAREHOUSE",
        "$XDG_DATA_HOME/dyadscope/warehouse (~/.local/share/dyadscope/warehouse)",
        "Folder of the embedded DuckDB warehouse (one .duckdb file per dataset). "
        "Created from the bundled data on first use.",
        option="--warehouse",
        compute=lambda env: str(_xdg("XDG_DATA_HOME", ".local/share", env) / "dyadscope" / "warehouse"),
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
        option="--master",
    ),
    Setting(
        "cache",
        "DYADSCOPE_CACHE",
        "$XDG_CACHE_HOME/dyadscope (~/.cache/dyadscope)",
        "Folder for downloaded API answers (UN Comtrade, World Bank) and the Vega bundle of the briefs.",
        compute=lambda env: str(_xdg("XDG_CACHE_HOME", ".cache", env) / "dyadscope"),
    ),
    Setting(
        "comtrade_api_key",
        "COMTRADE_API_KEY",
        "(none)",
        "UN Comtrade subscription key: with it 'fetch comtrade' uses the data endpoint, "
        "without it the public preview (at most 500 records an answer).",
        secret=True,
        compute=lambda env: "",
    ),
)
BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Resolved settings. Build with :func:`settings`; change with :meth:`with_`."""

    warehouse: Path = field(default_factory=lambda: Path(BY_NAME["warehouse"].default_value()))
    threads: int = 0
    spark_master: str = "local[*]"
    cache: Path = field(default_factory=lambda: Path(BY_NAME["cache"].default_value()))
    comtrade_api_key: str | None = None

    def with_(self, **changes: object) -> Settings:
        """A copy with some values replaced (``None`` values are ignored)."""
        clean = {k: v for k, v in changes.items() if v is not None}
        for key in ("warehouse", "cache"):
            if key in clean:
                clean[key] = Path(str(clean[key])).expanduser()
        return replace(self, **clean)  # type: ignore[arg-type]


def settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read every declared setting from the environment (or ``environ``)."""
    env = os.environ if environ is None else environ
    values: dict[str, str] = {s.name: env.get(s.env) or s.default_value(env) for s in SETTINGS}
    try:
        threads = int(values["threads"])
    except ValueError:
        raise ConfigError(f"DYADSCOPE_THREADS must be a whole number, got {values['threads']!r}") from None
    if threads < 0:
        raise ConfigError(f"DYADSCOPE_THREADS must be 0 or more, got {threads}")
    return Settings(
        warehouse=Path(values["warehouse"]).expanduser(),
        threads=threads,
        spark_master=values["spark_master"],
        cache=Path(values["cache"]).expanduser(),
        comtrade_api_key=values["comtrade_api_key"] or None,
    )


def describe(environ: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """Each setting: name, env, option, default (documented), current (secrets as set / not set), help."""
    env = os.environ if environ is None else environ
    current = settings(env)
    rows = []
    for s in SETTINGS:
        value = getattr(current, s.name)
        shown = ("set" if value else "not set") if s.secret else str(value)
        rows.append(
            {"name": s.name, "env": s.env, "option": s.option, "default": s.default, "current": shown, "help": s.help}
        )
    return rows


def markdown_table() -> str:
    """The README's settings table."""
    lines = ["| setting | environment variable | option | default | meaning |", "|---|---|---|---|---|"]
    for s in SETTINGS:
        option = f"`{s.option}`" if s.option else ""
        lines.append(f"| `{s.name}` | `{s.env}` | {option} | `{s.default}` | {s.help} |")
    return "\n".join(lines) + "\n"
