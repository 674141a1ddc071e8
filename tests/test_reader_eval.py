"""`dyadscope eval --reader-gold PATH --texts DIR`: scoring the reader on another gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.errors import ConfigError
from dyadscope.news import evaluation

ARTICLE = """---
title: Envoy visits Nairobi
date: 2021-05-04
---

Kenyan President Uhuru Kenyatta met the Chinese ambassador in Nairobi on Monday.

"We will keep working together on the railway," Kenyatta said after the meeting.
"""


def _gold(tmp_path: Path, speaker: str | None, file: str = "eval/heldout_reader/envoy.md") -> Path:
    data = {
        "articles": [
            {
                "file": file,
                "quotes": [{"text": "We will keep working together on the railway,", "speaker": speaker}],
                "people": [{"name": "Uhuru Kenyatta", "role": "President", "country": "KEN"}],
                "organisations": [],
            }
        ]
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "eval" / "heldout_reader"
    folder.mkdir(parents=True)
    (folder / "envoy.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "data"


def test_article_path_by_relative_path_then_bare_name(data_folder: Path, tmp_path: Path) -> None:
    want = data_folder / "eval" / "heldout_reader" / "envoy.md"
    assert evaluation.article_path("eval/heldout_reader/envoy.md", [data_folder]) == want
    assert evaluation.article_path("corpus/elsewhere/envoy.md", [want.parent]) == want
    with pytest.raises(ConfigError, match=r"missing\.md"):
        evaluation.article_path("eval/heldout_reader/missing.md", [data_folder])


def test_reader_gold_file_scores_speaker_and_people(data_folder: Path, tmp_path: Path) -> None:
    right = evaluation.Report()
    evaluation.reader_gold_file(_gold(tmp_path, "Uhuru Kenyatta"), data_folder, right)
    scores = {s.name: s for s in right.scores}
    assert scores["reader gold gold.json: speaker accuracy (matched quotes)"].value == 1.0
    assert scores["reader gold gold.json: people: recall"].value == 1.0
    # the section left out of the entry (events) is not scored
    assert not any("events" in name for name in scores)
    wrong = evaluation.Report()
    evaluation.reader_gold_file(_gold(tmp_path, "Somebody Else"), data_folder, wrong)
    assert {s.name: s.value for s in wrong.scores}["reader gold gold.json: speaker accuracy (matched quotes)"] == 0.0
    assert any("Somebody Else" in f for f in wrong.failures)


def test_cli_reader_gold_and_bad_inputs(data_folder: Path, tmp_path: Path) -> None:
    gold = _gold(tmp_path, "Uhuru Kenyatta")
    runner = CliRunner()
    res = runner.invoke(app, ["eval", "--reader-gold", str(gold), "--texts", str(data_folder)])
    assert res.exit_code == 0, res.output
    assert "speaker accuracy" in res.output
    res = runner.invoke(app, ["eval", "--reader-gold", str(tmp_path / "nope.json")])
    assert isinstance(res.exception, ConfigError)
    assert "nope.json" in str(res.exception)
    res = runner.invoke(app, ["eval", "--texts", str(data_folder)])
    assert isinstance(res.exception, ConfigError)
    assert "--reader-gold" in str(res.exception)


def test_api_eval_reader_is_what_the_cli_scores(data_folder: Path, tmp_path: Path) -> None:
    from dyadscope import api

    rep = api.eval_reader(gold=_gold(tmp_path, "Uhuru Kenyatta"), texts=data_folder)
    table = rep.tidy()
    assert list(table.columns) == ["measure", "value", "n"]
    row = table[table["measure"] == "reader gold gold.json: speaker accuracy (matched quotes)"]
    assert row["value"].tolist() == [1.0] and row["n"].tolist() == [1]
    with pytest.raises(ConfigError, match="texts goes with gold"):
        api.eval_reader(texts=data_folder)
    # every bundled reader set named in READER_SETS is a packaged gold file with its texts' folder
    for name in evaluation.READER_SETS:
        data = json.loads(
            (Path(evaluation.__file__).resolve().parents[1] / "data" / "eval" / f"{name}.json").read_text()
        )
        assert data["articles"], name


def test_constructed_dev_set_guard() -> None:
    """Guards a little below the measured level on the constructed dev set (6 texts; docs/reader.md
    says which rules saw it)."""
    data = Path(evaluation.__file__).resolve().parents[1] / "data" / "eval"
    rep = evaluation.Report()
    evaluation.reader_gold_file(data / "reader_constructed_dev.json", data / "reader_constructed", rep)
    scores = {s.name.split(": ", 1)[1]: s.value for s in rep.scores}
    assert scores["speaker accuracy (matched quotes)"] >= 0.85
    assert scores["people: precision"] >= 0.90
    assert scores["organisations: precision"] >= 0.70


def test_full_names_scored_where_they_are_written() -> None:
    text = "Sudan and South Sudan met. The Democratic Republic of Congo and the Republic of Congo too."
    d = {
        "text": text,
        "countries": [
            {"iso3": "SDN", "mentions": [{"start": 0, "end": 5}]},
            {"iso3": "SSD", "mentions": [{"start": 10, "end": 21}]},
            {"iso3": "COD", "mentions": [{"start": 31, "end": 59}]},
            {"iso3": "COG", "mentions": [{"start": 68, "end": 85}]},
        ],
    }
    assert evaluation._read_as(d, "South Sudan") == {"SSD"}  # not the bare "Sudan" elsewhere
    assert evaluation._read_as(d, "Republic of Congo") == {"COG"}  # not inside the longer name
    assert evaluation._read_as(d, "Niger Delta") == set()


def test_constructed_test_set_floor() -> None:
    """The test half of the constructed set (6 texts the reader's rules never saw; measured once at the
    end of round 3: speaker accuracy 0.76, people precision 0.75, docs/reader.md): floors below that."""
    data = Path(evaluation.__file__).resolve().parents[1] / "data" / "eval"
    rep = evaluation.Report()
    evaluation.reader_gold_file(data / "reader_constructed_test.json", None, rep)
    scores = {s.name.split(": ", 1)[1]: s.value for s in rep.scores}
    assert scores["quotes: recall"] >= 0.95
    assert scores["speaker accuracy (matched quotes)"] >= 0.70
    assert scores["people: precision"] >= 0.70
