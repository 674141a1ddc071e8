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
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "dyadscope"

# highest first; one row = one layer, packages in a row may import each other
LAYERS: list[set[str]] = [
    {"__init__", "cli", "web"},
    {"api"},
    {"claims", "report"},
    {"evidence"},
    {"warehouse", "sources", "alignment", "trade", "news", "spark"},
    {"countries", "fx", "errors", "config", "choices", "dates", "groups", "bundled", "synthetic"},
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
