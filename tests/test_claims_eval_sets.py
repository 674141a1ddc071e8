"""`dyadscope eval --claims --set NAME [--no-perturbed]`: one bundled claims set scored alone, the
perturbed copies left out on request. The scoring run uses the test gold file of
tests/fixtures/claims_gold (Kenya's exports to Uganda, 2014: DOTS USD 664.8 m) put in the place of a
bundled set, so that the test reads one small article instead of a whole bundled set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope.claims import evaluate
from dyadscope.cli import app
from dyadscope.errors import ConfigError
from dyadscope.warehouse import Warehouse
from tests.helpers import table_rows

GOLD = Path(__file__).resolve().parent / "fixtures" / "claims_gold" / "gold.json"


def test_bundled_sets_by_name() -> None:
    every = evaluate.bundled_sets(None)
    assert [n for n, _t, _g in every] == list(evaluate.SET_NAMES)
    assert len(every) == 11 and evaluate.bundled_sets([]) == every
    # asked out of order and twice: each once, in the order of the full run
    picked = evaluate.bundled_sets(["dev5b", "VOA", "dev5b"])
    assert [n for n, _t, _g in picked] == ["voa", "dev5b"]
    assert picked[1][2] == "eval/claims_dev5b.json" and picked[0][2] == evaluate.GOLD
    for _name, _title, gold in every:  # every name leads to a bundled version-1 set with claims
        data = evaluate.load_gold(gold)
        assert sum(len(a.get("claims", [])) for a in data["articles"]) >= 30
    with pytest.raises(ConfigError, match=r"'blind9'.*voa, constructed, heldout, blind4, dev5, dev5b, blind5"):
        evaluate.bundled_sets(["blind4", "blind9"])


def test_bundled_sets_texts_are_packaged() -> None:
    """Every claims set and every blind reader set names texts that are installed with the package, and
    every gold sentence (claims, perturbed originals, reader quotes and events) is in its text: a set bundled
    with a path or package-data pattern missing would otherwise score every claim as missed."""
    from dyadscope import bundled

    for name, _title, gold in evaluate.bundled_sets(None):
        data = evaluate.load_gold(gold)
        packaged = [a for a in data["articles"] if a["file"].startswith("eval/")]  # VOA articles are in ../shared
        assert packaged or name == "voa", name
        for art in packaged:
            text = bundled.path(art["file"]).read_text(encoding="utf-8")
            for c in art["claims"]:
                assert c["sentence"] in text, (gold, c["id"])
        for p in data.get("perturbed", []):
            if p["file"].startswith("eval/"):
                assert p["original_sentence"] in bundled.path(p["file"]).read_text(encoding="utf-8"), (gold, p["id"])
    from dyadscope.news.evaluation import READER_SETS

    for name in [n for n in READER_SETS if n.startswith("reader_blind")]:
        data = json.loads(bundled.path(f"eval/{name}.json").read_text(encoding="utf-8"))
        assert len(data["articles"]) >= 12
        for art in data["articles"]:
            text = bundled.path(art["file"]).read_text(encoding="utf-8")
            for q in art.get("quotes", []):
                assert q["text"] in text, (name, art["file"])
            for e in art.get("events", []):
                assert e["sentence"] in text, (name, art["file"])


def test_eval_set_option_errors(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", "--claims", "--set", "nope"])
    assert res.exit_code != 0 and "nope" in str(res.exception) and "dev5b" in str(res.exception)
    res = CliRunner().invoke(app, ["eval", "--set", "voa", "--claims-gold", str(GOLD)])
    assert res.exit_code != 0 and "--claims-gold" in str(res.exception)


def test_eval_one_set_without_perturbed(monkeypatch: pytest.MonkeyPatch, warehouse: Warehouse) -> None:
    monkeypatch.setitem(evaluate.SETS, "dev5b", ("the test set", str(GOLD)))
    args = ["eval", "--set", "dev5b", "--no-perturbed", "--shared", str(GOLD.parent)]
    res = CliRunner().invoke(app, [*args, "--warehouse", str(warehouse.path)])
    assert res.exit_code == 0, res.output
    assert "the test set" in res.output and "VOA" not in res.output and "blind" not in res.output
    rows = table_rows(res.output)
    assert rows["claim detection recall"] == "1"  # both gold claims of the file found, verdicts right
    assert rows["verdict accuracy (matched claims)"] == "1"
    assert rows["perturbed (false) claims marked consistent"] == "0"
    n_perturbed = len(json.loads(GOLD.read_text("utf-8"))["perturbed"])
    assert n_perturbed == 1  # the file has a copy; none of them was scored
    rep = evaluate.run(warehouse, GOLD.parent, GOLD, perturbed=False)
    assert (rep.gold, rep.matched, rep.perturbed, rep.perturbed_scored) == (2, 2, 0, 0)
