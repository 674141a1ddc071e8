from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope.cli import app, main
from dyadscope.warehouse import Warehouse

runner = CliRunner()


def _run(args: list[str], wh: Warehouse) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--warehouse", str(wh.path)])
    return result.exit_code, result.stdout, result.stderr


def test_align_csv(warehouse: Warehouse) -> None:
    code, out, _ = _run(["align", "KEN", "USA", "CHN", "RUS", "--since", "2000", "-f", "csv"], warehouse)
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame.columns) == ["year", "country", "partner", "measure", "value", "n"]
    assert set(frame["partner"]) == {"USA", "CHN", "RUS"}


def test_align_json_and_names(warehouse: Warehouse) -> None:
    code, out, _ = _run(
        ["align", "Kenya", "United States", "-m", "kappa", "-f", "json", "--since", "2020"],
        warehouse,
    )
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["country"] == "KEN"
    assert rows[0]["measure"] == "kappa"


def test_chart_html_is_offline(warehouse: Warehouse, tmp_path: Path) -> None:
    chart = tmp_path / "a.html"
    code, _, _ = _run(["align", "KEN", "USA", "--since", "2015", "--chart", str(chart)], warehouse)
    assert code == 0
    html = chart.read_text("utf-8")
    assert "vega" in html.lower()
    assert not re.search(r"<script[^>]+src=[\"']https?://", html)


def test_unknown_country_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], warehouse: Warehouse
) -> None:
    monkeypatch.setattr("sys.argv", ["dyadscope", "align", "Kenia", "USA", "--warehouse", str(warehouse.path)])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    assert "did you mean Kenya (KEN)" in capsys.readouterr().err.replace("\n", " ")


def test_empty_range_is_not_a_crash(warehouse: Warehouse) -> None:
    code, _, err = _run(["align", "KEN", "USA", "--since", "2031"], warehouse)
    assert code == 0
    assert "No recorded votes match" in err


def test_votes_and_status(warehouse: Warehouse) -> None:
    code, out, _ = _run(["votes", "KEN", "--year", "2024", "-f", "csv"], warehouse)
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert frame["symbol"].str.startswith("A/RES/79").any()
    code, out, _ = _run(["data", "status"], warehouse)
    assert code == 0
    assert "un-dgacm" in out and "voeten-unvotes" in out


def test_output_suffix_sets_the_format(warehouse: Warehouse, tmp_path: Path) -> None:
    out = tmp_path / "pairs.csv"
    code, _, _ = _run(["align", "--all-pairs", "--since", "2019", "--until", "2019", "-o", str(out)], warehouse)
    assert code == 0
    frame = pd.read_csv(out)
    assert list(frame.columns) == ["year", "country", "partner", "measure", "value", "n"]
    assert len(frame) > 30_000  # about 190 x 190 ordered pairs
