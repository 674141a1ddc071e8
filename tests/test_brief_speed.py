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


# -- query results kept across runs (Warehouse.query(..., cache=True)) ---------------------


def test_kept_results_equal_the_query(warehouse: Warehouse) -> None:
    from dyadscope.evidence import trade as ev
    from dyadscope.warehouse import results

    for country in ("KEN", "UGA"):
        years = [2016, 2019, 2020]
        sql_rows = ev.partner_shares_years(warehouse, country, years)  # first: run and stored
        again = ev.partner_shares_years(warehouse, country, years)  # second: read back
        assert again.equals(sql_rows) and list(again.dtypes) == list(sql_rows.dtypes)
        # against the same year's SQL run alone, without the shared selection and not kept
        for flow in ("exports", "imports"):
            for year in years:
                want = warehouse.query(
                    f"{ev.tf.partner_shares_sql(year=year, flow=flow, country=country)} ORDER BY rank", None, "flows"
                )
                got = again[(again["year"] == year) & (again["flow"] == flow)].reset_index(drop=True)
                assert len(got) == len(want) and got.equals(want), (country, flow, year)
    assert len(list((warehouse.path / results.FOLDER).glob("*.parquet"))) >= 2
    pair = ev.flows(warehouse, "KEN", "CHN")
    assert ev.flows(warehouse, "KEN", "CHN").equals(pair) and len(pair) > 20


def test_a_new_dataset_file_is_a_new_result(tmp_path: Path) -> None:
    from dyadscope.warehouse import results

    wh = Warehouse(tmp_path / "wh")
    sql = "SELECT iso3, year, amnesty FROM rights.pts WHERE iso3 = 'KEN' ORDER BY year"
    before = wh.query(sql, None, "rights", cache=True)
    assert wh.query(sql, None, "rights", cache=True).equals(before)
    with wh.writer("rights") as con:
        assert con is not None
        con.execute("UPDATE pts SET amnesty = 5 WHERE iso3 = 'KEN'")
    after = wh.query(sql, None, "rights", cache=True)
    assert set(after["amnesty"].dropna()) == {5} and not after.equals(before)
    assert after.equals(wh.query(sql, None, "rights"))
    assert len(list((wh.path / results.FOLDER).glob("*.parquet"))) == 2


def test_results_are_kept_only_when_they_read_back_the_same(tmp_path: Path) -> None:
    import pandas as pd

    from dyadscope.warehouse import results

    folder = tmp_path / "kept"
    assert not results.put(folder, "mixed", pd.DataFrame({"x": [1, "a"]}))  # no Parquet form
    assert not results.put(folder, "sets", pd.DataFrame({"x": [{1}, {2}]}))
    assert results.put(folder, "plain", pd.DataFrame({"x": [1.5, None], "y": ["a", "b"]}))
    assert [p.name for p in folder.iterdir()] == ["plain.parquet"]  # no temporary file left
    back = results.get(folder, "plain")
    assert back is not None and back["y"].tolist() == ["a", "b"] and pd.isna(back["x"][1])
    wh = Warehouse(tmp_path / "wh")
    ro = Warehouse(wh.path, read_only=True)
    wh.ensure("rights")
    n = ro.query("SELECT count(*) AS n FROM rights.pts", None, "rights", cache=True)
    assert int(n["n"][0]) > 1000
    assert not (wh.path / results.FOLDER).exists()  # a read-only warehouse writes nothing


def test_leaders_are_the_table_row_by_row() -> None:
    from dyadscope.news import people

    frame = bundled.parquet("leaders.parquet", columns=["name", "iso3"])
    want: dict[str, set[str]] = {}
    for row in frame.itertuples(index=False):
        parts = row.name.split()
        if len(parts) >= 2:
            want.setdefault(f"{parts[0]} {parts[-1]}".lower(), set()).add(row.iso3)
            want.setdefault(row.name.lower(), set()).add(row.iso3)
    assert people._leaders() == want and len(want) > 1000
