"""One declaration per set of options (dyadscope.choices), one validator, the same values in
the signatures, in Typer's --help and in the runtime lists they replace."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope import choices, groups
from dyadscope.alignment import measures
from dyadscope.choices import Group, IssueCode, Measure, Panel, PanelLevel, Period
from dyadscope.cli import app
from dyadscope.errors import ConfigError
from dyadscope.sources.unga import ISSUES
from dyadscope.trade import panels


def test_check_names_the_bad_value_and_every_option() -> None:
    assert choices.check(Period, " Session", "period") == "session"
    with pytest.raises(ConfigError, match=r"unknown period 'decade'; choose from year, session$"):
        choices.check(Period, "decade", "period")
    assert choices.check_many(Measure, ["kappa,pi", "kappa"], "measure") == ("kappa", "pi")
    with pytest.raises(ConfigError, match=r"unknown measure 'cosine'; choose from agreement, coincidence, kappa"):
        choices.check_many(Measure, "kappa,cosine", "measure")
    with pytest.raises(ConfigError, match=r"me \(Palestinian conflict\)"):
        choices.check(IssueCode, "zz", "issue", ISSUES)
    with pytest.raises(TypeError):
        choices.options(int)


def test_literals_agree_with_the_lists_they_replace() -> None:
    assert choices.options(Measure) == measures.MEASURES
    assert set(choices.options(IssueCode)) == set(ISSUES)
    assert choices.options(Panel) == panels.PANELS
    assert set(choices.options(PanelLevel)) == set(panels.LEVELS)
    assert set(choices.options(Group)) == set(groups.table()["group"]) == set(groups.LABELS)


def test_typer_lists_and_enforces_the_same_choices() -> None:
    runner = CliRunner()
    raw = runner.invoke(app, ["align", "--help"], terminal_width=200).output
    helptext = "".join(ch for ch in raw if not ch.isspace() and ch != "│")  # rich wraps and boxes
    assert "<year|session>" in helptext
    assert "<" + "|".join(choices.options(Group)) in helptext
    assert ",".join(choices.options(Measure)[:-1]) in helptext
    res = runner.invoke(app, ["align", "KEN", "USA", "--by", "decade"])
    assert res.exit_code == 2
    assert "decade" in res.output and "year" in res.output and "session" in res.output


def test_api_accepts_what_the_cli_lists(warehouse: object) -> None:
    from dyadscope import api

    for by in choices.options(Period):
        t = api.alignment("KEN", "USA", by=by, since=2019, until=2019, warehouse=warehouse).tidy()  # type: ignore[arg-type]
        assert by in t.columns and isinstance(t, pd.DataFrame)
    with pytest.raises(ConfigError, match="choose from year, session"):
        api.alignment("KEN", "USA", by="decade", warehouse=warehouse)  # type: ignore[arg-type]
