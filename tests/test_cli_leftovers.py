"""CLI leftovers of issue 11: Rich markup, --version, corpus folders, one-line articles, big CSVs."""

from __future__ import annotations

import io
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope import cli
from dyadscope.cli._app import Format, _emit
from dyadscope.errors import ConfigError
from dyadscope.news import feeds, inputs


def test_error_messages_keep_square_brackets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise ConfigError("reading .rda files needs pyreadr: pip install 'dyadscope[build]'")

    monkeypatch.setattr(cli, "app", broken)
    with pytest.raises(SystemExit):
        cli.main()
    assert "pip install 'dyadscope[build]'" in capsys.readouterr().err


def test_version() -> None:
    res = CliRunner().invoke(cli.app, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == f"dyadscope {version('dyadscope')}"


def test_a_corpus_folder_readme_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# My corpus\nHow I collected these articles.\n", "utf-8")
    (tmp_path / "LICENSE.txt").write_text("CC-BY 4.0\n", "utf-8")
    (tmp_path / "kenya-china.txt").write_text("Kenya and China\nThey met.\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "readme.txt").write_text("notes\n", "utf-8")
    items = feeds.list_items(str(tmp_path), None)  # type: ignore[arg-type]
    assert [Path(i.location).name for i in items] == ["kenya-china.txt"]


def test_a_one_line_article_is_its_text_not_its_title() -> None:
    line = "Kenya and China signed a trade deal worth Sh600 billion on Monday, officials said."
    raw = inputs.from_text(line + "\n", "standard input")
    assert raw.text == line and raw.title is None
    two = inputs.from_text("A title\n" + line, "standard input")
    assert two.title == "A title" and two.text == line


def test_large_csv_written_by_arrow_equals_pandas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    n = 60_000
    frame = pd.DataFrame(
        {
            "year": [1946 + i % 80 for i in range(n)],
            "country": ["KEN"] * n,
            "partner": [f"P{i % 190:03d}" for i in range(n)],
            "value": [i / 7 for i in range(n)],
            "n": [i % 97 for i in range(n)],
        }
    )
    frame.loc[3, "value"] = float("nan")
    _emit(frame, Format.csv, tmp_path / "a.csv")
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "a.csv"), pd.read_csv(io.StringIO(frame.to_csv(index=False))))
    assert (tmp_path / "a.csv").read_text("utf-8").splitlines()[0] == "year,country,partner,value,n"
    commas = frame.assign(partner="Korea, Republic of")  # needs quotes: pandas writes it
    _emit(commas, Format.csv, tmp_path / "b.csv")
    assert pd.read_csv(tmp_path / "b.csv")["partner"].iloc[0] == "Korea, Republic of"
    assert sys.stdout is not None
