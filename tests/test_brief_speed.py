"""The speed-ups of the brief give the same results as the code they replaced (each checked
against that straightforward form, computed here), and ``--timings`` accounts for the time."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import bundled, fx, timing
from dyadscope.cli import app
from dyadscope.news import events
from dyadscope.warehouse import Warehouse


def test_rates_are_the_first_row_of_the_table() -> None:
    rates, cmap = fx._tables()
    checked = 0
    for cur, iso in cmap.items():
        if cur == "USD":
            continue
        for year in sorted(set(rates.loc[rates["iso3"] == iso, "year"]))[::20]:
            row = rates[(rates["iso3"] == iso) & (rates["year"] == year)].iloc[0]
            want = fx.Rate(cur, int(year), float(row["per_usd"]), str(row["source"]), bool(row["projection"]))
            assert fx.usd_rate(cur, year) == want
            checked += 1
    assert checked > 200
    assert fx.usd_rate("usd", 2020) == fx.Rate("USD", 2020, 1.0, "identity", False)
    with pytest.raises(fx.NoRateError, match=r"no KES per USD rate for 1900 \(rates available: \d{4}-\d{4}\)"):
        fx.usd_rate("KES", 1900)


def test_event_lexicon_is_the_pattern_table_row_by_row() -> None:
    vmap, pmap, _ = events._lexicon()
    pats = bundled.parquet("event_patterns.parquet")
    verbs = bundled.parquet("event_verbs.parquet")
    want = {}
    for row in pats.itertuples(index=False):
        want[(row.lemma, row.word, row.prep, row.pword)] = row.code
    assert pmap == want and list(pmap) == list(want)  # same entries, same order (last one wins)
    assert vmap == {row.lemma: row.code for row in verbs.itertuples(index=False)}
    assert all(type(k) is str for key in list(pmap)[:1000] for k in key)


def test_stage_counts_wall_and_cpu() -> None:
    t = timing.Timings()
    with timing.stage(t, "sleep"):
        time.sleep(0.05)
    with timing.stage(t, "work"):
        sum(i * i for i in range(300_000))
    with timing.stage(t, "sleep"):  # a stage run twice adds up
        time.sleep(0.05)
    assert list(t) == ["sleep", "work"]
    assert t["sleep"] >= 0.1 and t.cpu["sleep"] < t["sleep"]
    assert t.cpu["work"] > 0
    plain: dict[str, float] = {}
    with timing.stage(plain, "x"):
        pass
    assert list(plain) == ["x"]  # a plain dict gets the wall time only
    wall = timing.process_wall()
    assert wall is None or wall > 0


@pytest.fixture(scope="module")
def dyad_brief(warehouse: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    out = tmp_path_factory.mktemp("timed") / "brief.html"
    args = ["brief", "--dyad", "KEN", "USA", "--vs", "CHN", "-o", str(out), "--timings"]
    res = CliRunner().invoke(app, [*args, "--warehouse", str(warehouse.path)])
    assert res.exit_code == 0, res.output
    return res.output, out


def test_timings_account_for_the_command(dyad_brief: tuple[str, Path]) -> None:
    output, _ = dyad_brief
    rows = {}
    for line in output.splitlines():
        m = re.match(r"^\s+(\S.*?)\s+(\d+\.\d\d)(?:\s+(\d+\.\d\d))?\s*$", line)
        if m:
            rows[m.group(1)] = (float(m.group(2)), float(m.group(3)) if m.group(3) else None)
    for stage in ("start-up", "import api", "open warehouse", "alignment", "render html", "other (printing)"):
        assert stage in rows, (stage, output)
    wall, cpu = rows.pop("whole process")
    assert cpu is not None
    stages = [c for _, c in rows.values() if c is not None]
    assert len(stages) == len(rows)  # every stage has its CPU time
    # the stages are parts of the process: together no more CPU than the whole (2 decimals each)
    assert sum(stages) <= cpu + 0.01 * len(stages)
    assert rows["start-up"][1] > 0 and wall >= rows["render html"][0]


def test_numbered_sources_are_the_positions_in_the_source_list() -> None:
    import pandas as pd

    from dyadscope.report.model import Brief, Chart, GlanceRow, Section, Table

    rows = pd.DataFrame({"year": [2020, 2021, 2022], "value": [1.0, 2.0, 3.0], "source": ["B", "C", "B"]})
    cited = pd.DataFrame({"value": [1.0, 2.0], "rate": ["R1", "R2"]})
    sec = Section(
        "s",
        frames=[Table("rows", rows), Table("cited", cited, cites={"value": "rate"}, source="D")],
        charts=[Chart("c", "chart", {}, sources=["E", "A"])],
        sources=["F"],
    )
    b = Brief(
        title="t",
        focal="KEN",
        partners=["USA"],
        choice="",
        claims=[GlanceRow("claim", "1", "A")],
        figures=[GlanceRow("figure", "2", "G")],
        article=None,
        checks=[],
        sections=[sec],
        extra_sources=["X", "Y"],
    )
    assert b.sources == ["X", "A", "G", "F", "B", "C", "D", "R1", "R2", "E", "Y"]
    ref = b.numbering()
    for i, s in enumerate(b.sources):
        assert ref(s) == b.ref(s) == f"[{b.sources.index(s) + 1}]" == f"[{i + 1}]"
    assert ref(None) == ref("") == ref("not a source of this brief") == ""
