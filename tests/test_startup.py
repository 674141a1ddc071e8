"""Start-up of the command line: ``--help`` is click's plain text (no Rich import), with the
same content as Typer's Rich help of the same app (the reference it is compared with)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from dyadscope.cli import app

WIDTH = 200


def _paths() -> Iterator[list[str]]:
    def walk(cmd: object, path: list[str]) -> Iterator[list[str]]:
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


def _help(path: list[str]) -> str:
    res = CliRunner().invoke(app, [*path, "--help"], terminal_width=WIDTH)
    assert res.exit_code == 0, res.output
    return res.output


def _words(text: str) -> set[str]:
    """Words of a help text without layout: box lines, list punctuation, brackets."""
    text = re.sub(r"[─│╭╮╰╯]", " ", text)
    text = re.sub(r"-\s*\n\s*", "-", text)  # a word wrapped at its hyphen
    return {w.strip(",:;*()[]") for w in text.split()} - {""}


ALL = list(_paths())


def test_the_tree_is_what_help_walks() -> None:
    names = {" ".join(p) for p in ALL}
    assert {"", "brief", "trade", "trade pair", "data load", "spark align"} <= names
    assert len(ALL) >= 30


@pytest.mark.parametrize("path", [p for p in ALL if p in ([], ["trade"], ["data"], ["spark"])], ids=" ".join)
def test_groups_list_each_command_with_its_whole_first_paragraph(path: list[str]) -> None:
    group = typer.main.get_command(app)
    for name in path:
        group = group.commands[name]  # type: ignore[attr-defined]
    flat = " ".join(_help(path).split())
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        first = " ".join((cmd.help or "").split("\n\n")[0].split())
        assert first and f"{name} {first}" in flat, name
    assert "..." not in flat.replace("[ARGS]...", "").replace("PARTNERS...", "")


def test_plain_help_says_what_rich_help_says(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {" ".join(p): _words(_help(p)) for p in ALL}
    monkeypatch.setattr(app, "rich_markup_mode", "rich")
    monkeypatch.setenv("COLUMNS", str(WIDTH))  # Rich's width (it would wrap inside a <choice|list>)
    rich = {" ".join(p): _words(_help(p)) for p in ALL}
    assert rich.keys() == plain.keys()
    for key in rich:
        # Rich alone prints a type for flags (<bool>, <int> for -v) and 'Options'/'Arguments' as
        # panel titles (plain: 'Options:'); anything else missing would be lost content
        missing = rich[key] - plain[key] - {"<bool>", "<int>"}
        assert not missing, (key, sorted(missing))
        assert len(plain[key]) > 5


def test_help_imports_no_rich() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['dyadscope', '--help']\n"
        "from dyadscope.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'pandas', 'pydantic', 'markdown_it'}))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands:" in res.stdout and "brief" in res.stdout
    assert res.stdout.strip().splitlines()[-1] == "[]"


def test_console_output_still_goes_through_rich() -> None:
    res = CliRunner().invoke(app, ["settings"], terminal_width=WIDTH)
    assert res.exit_code == 0 and "DYADSCOPE_WAREHOUSE" in res.output and "┃" in res.output
