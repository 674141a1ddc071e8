"""The import graph runs one way: entry points -> api -> claims, report -> evidence ->
stores and measures -> reference data and errors.

Every ``import`` in ``src/dyadscope`` counts, at module level or inside a function (a
lazy import is still a dependency), except those under ``if TYPE_CHECKING:``. A module
may import modules of its own package (``dyadscope.news.*`` within ``news``) and of any
lower layer; importing a higher layer, or the package facade ``dyadscope`` itself from
below the entry points, is a violation.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "dyadscope"

# highest first; one row = one layer, packages in a row may import each other
LAYERS: list[set[str]] = [
    {"__init__", "cli", "web"},
    {"api"},
    {"claims", "report"},
    {"evidence"},
    {"warehouse", "sources", "alignment", "trade", "news", "spark"},
    {"countries", "fx", "errors", "config", "choices", "dates", "groups", "bundled", "synthetic", "timing"},
]
RANK = {name: i for i, row in enumerate(LAYERS) for name in row}

# Today's upward imports, each with the owner who removes it (issue 12). The list only
# shrinks: a new upward import fails, and so does an entry that is no longer needed.
ALLOWED: set[tuple[str, str]] = set()


def _top(module: str) -> str | None:
    """``dyadscope.news.reader`` -> ``news``; ``dyadscope`` -> ``__init__``; others -> None."""
    parts = module.split(".")
    if parts[0] != "dyadscope":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """Top-level dyadscope packages imported by the file (submodule-aware for ``from dyadscope import x``)."""
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = _top(alias.name)
                if top:
                    found.add(top)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "dyadscope":
                for alias in node.names:
                    sub = SRC / alias.name
                    is_sub = sub.is_dir() or sub.with_suffix(".py").exists()
                    found.add(alias.name if is_sub else "__init__")
            else:
                top = _top(node.module)
                if top:
                    found.add(top)
    return found


def violations() -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        own = rel.split("/")[0].removesuffix(".py")
        if own == "__main__":
            continue
        assert own in RANK, f"{rel}: package {own!r} has no layer in tests/test_layers.py; add it to LAYERS"
        for target in _imports(path):
            if target == own:
                continue
            assert target in RANK, f"{rel} imports dyadscope.{target}, which has no layer; add it to LAYERS"
            if RANK[target] < RANK[own]:
                out.add((rel, target))
    return out


def test_no_upward_imports() -> None:
    found = violations()
    new = sorted(found - ALLOWED)
    assert not new, "upward imports (module, imported package): " + ", ".join(f"{m} -> {t}" for m, t in new)


def test_allow_list_only_shrinks() -> None:
    stale = sorted(ALLOWED - violations())
    listed = ", ".join(f"{m} -> {t}" for m, t in stale)
    assert not stale, f"fixed, so remove from ALLOWED in tests/test_layers.py: {listed}"


def test_the_walk_sees_function_level_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from dyadscope.web import app\n"
        "def f():\n    from dyadscope import api, countries\n    import dyadscope.cli.votes\n"
        "from dyadscope import __version__\n"
    )
    assert _imports(sample) == {"api", "countries", "cli", "__init__"}


# report/ builds and renders: its data come from dyadscope.evidence, never from a query of
# its own, a DuckDB connection or a source file read in place
_DATA_CALLS = {"execute", "query", "reader", "writer", "sql", "fetchone", "fetchall", "df"}
_DATA_MODULES = {"duckdb", "dyadscope.sources", "dyadscope.bundled", "dyadscope.warehouse.store"}
_SQL = re.compile(r"\b(SELECT|INSERT|CREATE|ATTACH)\b[\s\S]*\b(FROM|INTO|TABLE|AS)\b")


def data_reads(path: Path) -> list[str]:
    """Where a module runs SQL or opens data itself: calls of ``.execute``/``.query``/
    ``.reader`` ..., imports of DuckDB or a source/bundle module, SQL in a string."""
    tree = ast.parse(path.read_text("utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _DATA_CALLS:
            found.append(f"{path.name}:{node.lineno} .{node.func.attr}()")
        elif isinstance(node, ast.Import):
            found += [f"{path.name}:{node.lineno} import {a.name}" for a in node.names if _data_module(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            found += [f"{path.name}:{node.lineno} from {n}" for n in names if _data_module(n)][:1]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
            found.append(f"{path.name}:{node.lineno} SQL string")
    return found


def _data_module(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in _DATA_MODULES)


# report modules that fetch something other than data (the Vega bundle's cache folder)
REPORT_EXCEPTIONS = {"render.py:": ("from dyadscope.sources.http",)}


def test_report_reads_data_only_through_evidence() -> None:
    bad = []
    for path in sorted((SRC / "report").rglob("*.py")):
        for hit in data_reads(path):
            allowed = REPORT_EXCEPTIONS.get(path.name + ":", ())
            if not any(a in hit for a in allowed):
                bad.append(hit)
    assert not bad, "report/ reads data itself (move it to dyadscope.evidence): " + ", ".join(bad)


def test_the_data_read_walk_sees_sql(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import duckdb\nfrom dyadscope.sources import flows\n"
        "def f(wh):\n    return wh.query('SELECT year FROM flows.hs2_world WHERE exporter = ?', ['KEN'])\n"
        "def g(wh):\n    with wh.reader('unga') as con:\n        return con.execute(q).fetchone()\n"
        "TITLE = 'Select from the table below'\n"
    )
    hits = data_reads(sample)
    assert {h.split(" ", 1)[1] for h in hits} == {
        "import duckdb",
        "from dyadscope.sources",
        ".query()",
        ".reader()",
        ".execute()",
        ".fetchone()",
        "SQL string",
    }
    assert len(hits) == 7  # the title that starts with 'Select' is prose, not SQL
