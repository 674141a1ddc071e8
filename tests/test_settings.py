"""Settings are declared once: the README table, ``dyadscope settings`` and every
environment variable the code reads come from :data:`dyadscope.config.SETTINGS`."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import config
from dyadscope.cli import app
from dyadscope.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "dyadscope"

# Variables read that are not dyadscope settings: each with why it is read.
EXTERNAL = {
    "XDG_DATA_HOME": "base of the default warehouse folder (config.py)",
    "XDG_CACHE_HOME": "base of the default cache folder (config.py)",
    "JAVA_HOME": "where Spark's Java runtime is (spark/session.py)",
    "PYSPARK_GATEWAY_PORT": "set by spark-submit: its --master wins (spark/session.py)",
    "PYSPARK_PYTHON": "Spark workers use this interpreter (spark/session.py, set when a session starts)",
    "SPARK_LOCAL_IP": "local Spark binds to loopback (spark/session.py, set when a session starts)",
}


def _env_names() -> dict[str, str]:
    """Every string literal used as an environment variable name in src/dyadscope: name -> file."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                name = node.slice
            elif isinstance(node, ast.Call) and ast.unparse(node.func) in (
                "os.environ.get",
                "os.environ.setdefault",
                "os.getenv",
                "env.get",
            ):
                name = node.args[0] if node.args else None
            elif isinstance(node, ast.Compare) and any(ast.unparse(c) == "os.environ" for c in node.comparators):
                name = node.left
            elif isinstance(node, ast.keyword) and node.arg == "envvar":
                name = node.value
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                found[name.value] = path.relative_to(SRC).as_posix()
    return found


def test_readme_table_is_the_declared_settings() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|")) + "\n"
    assert table == config.markdown_table(), "README settings table differs: paste config.markdown_table()"


def test_every_environment_variable_is_declared() -> None:
    declared = {s.env for s in config.SETTINGS}
    read = _env_names()
    assert {"DYADSCOPE_CACHE", "COMTRADE_API_KEY", "DYADSCOPE_WAREHOUSE", "DYADSCOPE_THREADS"} <= declared
    unknown = {k: v for k, v in read.items() if k not in declared | set(EXTERNAL)}
    assert not unknown, f"environment variables read but not declared in config.SETTINGS: {unknown}"
    assert "JAVA_HOME" in read  # the walk sees os.environ.get


def test_settings_read_from_the_environment(tmp_path: Path) -> None:
    env = {"DYADSCOPE_CACHE": str(tmp_path / "c"), "COMTRADE_API_KEY": "k", "XDG_DATA_HOME": str(tmp_path)}
    got = config.settings(env)
    assert got.cache == tmp_path / "c"
    assert got.comtrade_api_key == "k"
    assert got.warehouse == tmp_path / "dyadscope" / "warehouse"
    assert config.settings({}).comtrade_api_key is None
    with pytest.raises(ConfigError, match="DYADSCOPE_THREADS must be a whole number, got 'many'"):
        config.settings({"DYADSCOPE_THREADS": "many"})


def test_settings_command_lists_every_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COMTRADE_API_KEY", "do-not-print-me")
    res = CliRunner().invoke(app, ["settings", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["name"]: r for r in json.loads(res.output)}
    assert list(rows) == [s.name for s in config.SETTINGS]
    assert rows["cache"]["current"] == str(tmp_path / "cache")
    assert rows["comtrade_api_key"]["current"] == "set"
    assert "do-not-print-me" not in res.output
    assert all(r["help"] and r["default"] for r in rows.values())


def _import_time_statements(tree: ast.Module) -> list[ast.stmt]:
    """Statements that run when the module is imported (function bodies do not)."""
    out: list[ast.stmt] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if isinstance(node, ast.ClassDef | ast.If | ast.Try | ast.With | ast.For):
            for attr in ("body", "orelse", "finalbody", "handlers"):
                todo += [n for n in getattr(node, attr, []) if isinstance(n, ast.stmt)]
            for h in getattr(node, "handlers", []):
                todo += h.body
            continue
        out.append(node)
    return out


def test_no_module_changes_warnings_or_environment_at_import() -> None:
    pattern = re.compile(
        r"warnings\.(filterwarnings|simplefilter)|os\.environ(\[.+\]\s*=|\.setdefault|\.update)|os\.putenv"
    )
    offenders = []
    for path in SRC.rglob("*.py"):
        for node in _import_time_statements(ast.parse(path.read_text("utf-8"))):
            if pattern.search(ast.unparse(node)):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders
    sample = ast.parse("import warnings\nwarnings.filterwarnings('ignore')\ndef f():\n    warnings.simplefilter('x')\n")
    assert [n.lineno for n in _import_time_statements(sample) if pattern.search(ast.unparse(n))] == [2]
