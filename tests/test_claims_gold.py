"""`dyadscope eval --claims-gold PATH`: an external claims gold file (version 1), its articles found
relative to the gold file's folder or to --shared. The gold file (tests/fixtures/claims_gold) was
written for this test; its trade figure is DOTS's (Kenya's exports to Uganda, 2014: USD 664.8 m)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.cli import app
from dyadscope.errors import ConfigError
from dyadscope.warehouse import Warehouse
from tests.helpers import table_rows

GOLD = Path(__file__).resolve().parent / "fixtures" / "claims_gold" / "gold.json"


def test_claims_gold_files_next_to_the_gold(warehouse: Warehouse) -> None:
    res = CliRunner().invoke(app, ["eval", "--claims-gold", str(GOLD), "--warehouse", str(warehouse.path)])
    assert res.exit_code == 0, res.output
    rows = table_rows(res.output)
    assert rows["claim detection recall"] == "1"  # both gold claims found
    assert rows["verdict accuracy (matched claims)"] == "1"
    assert rows["perturbed (false) claims marked consistent"] == "0"  # "$2 billion" is 3x the data
    assert rows["perturbed claims with the expected verdict"] == "1"
    assert "VOA" not in res.output  # only the set asked for


def test_claims_gold_files_under_shared(tmp_path: Path, warehouse: Warehouse) -> None:
    elsewhere = tmp_path / "gold" / "set.json"
    elsewhere.parent.mkdir()
    shutil.copy(GOLD, elsewhere)  # the texts stay beside the original: found through shared
    rep = api.eval_claims(GOLD.parent, gold=elsewhere, warehouse=warehouse)
    assert (rep.gold, rep.matched, rep.verdict_right) == (2, 2, 2)
    assert (rep.perturbed_scored, rep.false_consistent) == (1, 0)
    gold = json.loads(GOLD.read_text("utf-8"))
    gold["articles"][0]["file"] = "texts/missing.txt"
    elsewhere.write_text(json.dumps(gold), "utf-8")
    with pytest.raises(ConfigError, match=r"missing\.txt"):
        api.eval_claims(GOLD.parent, gold=elsewhere, warehouse=warehouse)


def test_claims_gold_that_does_not_exist(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "--claims-gold", str(tmp_path / "nope.json")])
    assert res.exit_code != 0 and "nope.json" in str(res.exception or res.output)
