"""The kept reading and claim checks of a brief's article (``<warehouse>/.results/``): read
back only for the same article, date, code and data, equal to a fresh reading, and never
trusted when damaged."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dyadscope.api import _briefs
from dyadscope.cli import app
from dyadscope.timing import Timings
from dyadscope.warehouse import Warehouse, results

# Two alignment claims with their year, one trade figure dated by the article's date.
TEXT = (
    "Kenya and its partners\n\n"
    "Kenya voted with the United States in 30 percent of UN General Assembly votes in 2019, "
    "while it sided with China in 80 percent. Kenya exported goods worth $100 million to China last year.\n"
)
WHEN = "2020-03-01"


def _read(wh: Warehouse, path: Path, when: str = WHEN, cache: bool = True) -> tuple[Any, Any, str]:
    t = Timings()
    if cache:
        art, checks = _briefs._read_and_check(wh, path, when, t)
    else:
        with results.bypassed():
            art, checks = _briefs._read_and_check(wh, path, when, t)
    return art, checks, t.kept["article and checks"]


def _entries(wh: Warehouse) -> list[Path]:
    return sorted((wh.path / results.FOLDER).glob(f"{_briefs.KEPT}-*.json"))


@pytest.fixture(scope="module")
def kept(warehouse: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> tuple[Warehouse, Path, Any]:
    """A copy of the session warehouse (the data test changes it), the article, and its
    reading + checks computed afresh without the cache (the reference)."""
    root = tmp_path_factory.mktemp("kept")
    warehouse.ensure()
    wh = Warehouse(root / "wh")
    shutil.copytree(warehouse.path, wh.path, ignore=shutil.ignore_patterns(results.FOLDER, ".*.lock"))
    path = root / "article.txt"
    path.write_text(TEXT, "utf-8")
    fresh = _read(wh, path, cache=False)
    assert fresh[2] == "not used" and not _entries(wh)
    return wh, path, fresh


def test_kept_result_is_the_fresh_one(kept: tuple[Warehouse, Path, Any]) -> None:
    wh, path, (art, checks, _) = kept
    assert len(checks) == 3 and {c["verdict"] for c in checks} <= {"understated", "overstated", "consistent"}
    first = _read(wh, path)
    assert first == (art, checks, "computed, kept") and len(_entries(wh)) == 1
    second = _read(wh, path)
    assert second == (art, checks, "read back")  # same article, same checks, value by value
    # the brief built from the kept result is the brief built from a fresh reading
    a = _briefs.brief(path, when=WHEN, warehouse=wh)
    b = _briefs.brief(path, when=WHEN, warehouse=wh, cache=False)
    assert a.timings.kept["article and checks"] == "read back"  # type: ignore[attr-defined]
    assert b.timings.kept == {"article and checks": "not used"}  # type: ignore[attr-defined]  # nothing looked up
    assert a.checks == b.checks and a.figures == b.figures and a.claims == b.claims
    day = re.compile(r"\d{4}-\d{2}-\d{2}")  # the page prints the day it was made
    assert day.sub("", a.html()) == day.sub("", b.html())


def test_changed_text_date_or_code_is_read_afresh(
    kept: tuple[Warehouse, Path, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wh, path, (_, checks, _) = kept
    _read(wh, path)  # kept (or already kept by the test before)
    other = tmp_path / "article.txt"
    other.write_text(TEXT.replace("$100 million", "$900 million"), "utf-8")
    changed = _read(wh, other)
    assert changed[2] == "computed, kept"
    assert changed[1] != checks and "$900 million" in changed[0]["text"]
    assert changed == (*_read(wh, other, cache=False)[:2], "computed, kept")
    # a later date: 'last year' is another year, so the trade figure is another period
    later = _read(wh, path, when="2022-03-01")
    assert later[2] == "computed, kept" and later[0]["date"] == "2022-03-01"
    periods = {e["period"] for c in later[1] for e in c["evidence"] if e.get("used")}
    assert "2021" in periods and "2021" not in {e["period"] for c in checks for e in c["evidence"] if e.get("used")}
    # another code version (an edit, an upgrade of spaCy or its model): not the kept one
    monkeypatch.setattr(results, "code_version", lambda: "another version")
    assert _read(wh, path)[2] == "computed, kept"


def test_changed_data_is_read_afresh(kept: tuple[Warehouse, Path, Any]) -> None:
    wh, path, (_, checks, _) = kept
    assert _read(wh, path)[2] in ("computed, kept", "read back")
    with wh.writer("unga") as con:  # Kenya's 2019 votes on 20 roll calls removed
        assert con is not None
        con.execute(
            "DELETE FROM votes WHERE iso3 = 'KEN' AND rcid IN"
            " (SELECT rcid FROM roll_calls WHERE year = 2019 ORDER BY rcid LIMIT 20)"
        )
    after = _read(wh, path)
    assert after[2] == "computed, kept"
    assert after[:2] == _read(wh, path, cache=False)[:2]
    assert after[1] != checks  # the alignment figures moved with the votes


def test_damaged_entries_are_ignored(kept: tuple[Warehouse, Path, Any], tmp_path: Path) -> None:
    wh, _, _ = kept
    path = tmp_path / "short.txt"
    path.write_text(TEXT.split(" while ")[0] + ".\n", "utf-8")
    before = set(_entries(wh))
    art, checks, how = _read(wh, path)
    assert how == "computed, kept"
    (entry,) = set(_entries(wh)) - before
    good = entry.read_text("utf-8")
    # a figure changed after it was written: the checksum no longer holds
    tampered = re.sub(r'"value": (\d)', lambda m: f'"value": {(int(m.group(1)) + 1) % 10}', good, count=1)
    for bad in (good[: len(good) // 2], "[]", tampered, good.replace(entry.stem, "article-checks-other")):
        assert bad != good
        entry.write_text(bad, "utf-8")
        assert _read(wh, path) == (art, checks, "computed, kept")  # computed again and kept anew
        assert entry.read_text("utf-8") == good
    assert results.get_json(entry.parent, entry.stem) == {"article": art, "checks": checks}


def test_read_only_warehouse_keeps_nothing(kept: tuple[Warehouse, Path, Any], tmp_path: Path) -> None:
    wh = kept[0]
    before = _entries(wh)
    other = tmp_path / "unkept.txt"
    other.write_text(TEXT.replace("30 percent", "35 percent"), "utf-8")
    ro = Warehouse(wh.path, read_only=True)
    assert _read(ro, other)[2] == "not used" and _entries(wh) == before


def test_json_kept_only_when_it_reads_back_the_same(tmp_path: Path) -> None:
    assert results.put_json(tmp_path, "x-1", {"a": [1, 2.5, None, "b"], "n": float("nan")})
    back = results.get_json(tmp_path, "x-1")
    assert back["a"] == [1, 2.5, None, "b"] and back["n"] != back["n"]
    assert not results.put_json(tmp_path, "x-2", {"a": (1, 2)})  # a tuple comes back a list
    assert not results.put_json(tmp_path, "x-3", {1: "a"})  # a number key comes back a string
    assert not results.put_json(tmp_path, "x-4", {"a": {1, 2}})  # no JSON form
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-1.json"]  # nothing half-written left


def test_timings_print_what_was_kept(kept: tuple[Warehouse, Path, Any], tmp_path: Path) -> None:
    wh, path, _ = kept
    args = ["brief", str(path), "--date", WHEN, "-o", str(tmp_path / "b.html"), "--timings"]
    args += ["--warehouse", str(wh.path)]
    assert CliRunner().invoke(app, args).exit_code == 0  # kept (if an earlier test did not)
    hit = CliRunner().invoke(app, args)
    assert hit.exit_code == 0, hit.output
    assert "kept results: article and checks read back" in hit.output
    assert not re.search(r"^\s+read article\s", hit.output, re.M)  # nothing read, no spaCy
    assert re.search(r"kept results: chart results (\d+) of \1 read back", hit.output)  # every chart spec kept
    files = sorted((wh.path / results.FOLDER).iterdir())
    fresh = CliRunner().invoke(app, [*args, "--no-cache"])
    assert fresh.exit_code == 0, fresh.output
    assert "kept results: article and checks not used" in fresh.output
    assert "kept results: chart" not in fresh.output and "kept results: query" not in fresh.output
    assert fresh.output.count("kept results:") == 1
    assert sorted((wh.path / results.FOLDER).iterdir()) == files  # nothing read, nothing new kept
    assert re.search(r"^\s+read article\s+\d", fresh.output, re.M)
    verdicts = [ln for ln in hit.output.splitlines() if ln.strip().startswith("[")]
    assert len(verdicts) == 3 and verdicts == [ln for ln in fresh.output.splitlines() if ln.strip().startswith("[")]


# -- chart specs kept across runs (report.charts.kept_spec) ---------------------------------


def test_kept_chart_is_the_built_one(kept: tuple[Warehouse, Path, Any]) -> None:
    from dyadscope.report import charts, sections

    wh = kept[0]
    folder = wh.path / results.FOLDER
    before = set(folder.glob(f"{charts.CHART_KIND}-*.json"))
    first = sections.rights(wh, "KEN", around=2019)
    (entry,) = set(folder.glob(f"{charts.CHART_KIND}-*.json")) - before
    again = sections.rights(wh, "KEN", around=2019)
    fresh = sections.rights(Warehouse(wh.path, read_only=True), "KEN", around=2019)  # built, not kept
    assert again.charts == first.charts == fresh.charts and len(fresh.charts) == 1
    assert fresh.charts[0].spec["layer"] and results.get_json(folder, entry.stem) == fresh.charts[0].spec
    # another year's scores: another spec, built afresh
    later = sections.rights(wh, "KEN", around=2021)
    assert later.charts[0].spec != first.charts[0].spec
    assert later.charts == sections.rights(Warehouse(wh.path, read_only=True), "KEN", around=2021).charts


def test_a_changed_argument_is_a_new_chart(kept: tuple[Warehouse, Path, Any]) -> None:
    import pandas as pd

    from dyadscope.report import charts

    wh = kept[0]
    frame = pd.DataFrame({"year": [2019, 2020, 2021], "value": [0.2, 0.4, 0.3], "series": ["A", "A", "A"]})
    args: dict[str, Any] = dict(
        x="year", y="value", series="series", title="t", x_title="Year", y_title="v", legend="l"
    )
    base = charts.kept_spec(wh, charts.lines, frame=frame, **args)
    assert charts.kept_spec(wh, charts.lines, frame=frame.copy(), **args) == base
    moved = frame.assign(value=[0.2, 0.4, 0.35])
    got = charts.kept_spec(wh, charts.lines, frame=moved, **args)
    assert got != base and got == charts.kept_spec(None, charts.lines, frame=moved, **args)
    marked = charts.kept_spec(wh, charts.lines, frame=frame, marks=[charts.Mark(2020, "x")], **args)
    assert marked != base and "x" in str(marked)


def test_fingerprints_tell_inputs_apart() -> None:
    import numpy as np
    import pandas as pd

    from dyadscope.report.charts import Mark

    f = pd.DataFrame({"a": [1, 2], "b": ["x", None]})
    different = [
        [1, 1.0, "1", True, None, -0.0, 0.0, float("nan"), np.int64(1), (1,), [1], {"a": 1}, {"a": 1.0}],
        [Mark(2020, "a"), Mark(2020, "b"), Mark(2021, "a"), Mark(2020, "a", about="USA")],
        [
            f,
            f.assign(a=[1, 3]),
            f.assign(a=np.array([1, 2], dtype="int32")),
            f.assign(a=[1.0, 2.0]),
            f.assign(b=["x", "None"]),
            f.assign(b=pd.Series(["x", None], dtype=object)),
            f.assign(b=pd.Series(["x", np.nan], dtype=object)),
            f[["b", "a"]],
            f.set_axis([1, 2]),
            f.rename(columns={"a": "c"}),
        ],
    ]
    for group in different:
        prints = [results.fingerprint(v) for v in group]
        assert len(set(prints)) == len(prints), prints
    assert results.fingerprint(f) == results.fingerprint(f.copy())
    assert results.fingerprint(Mark(2020, "a")) == results.fingerprint(Mark(2020, "a"))
    with pytest.raises(TypeError, match="no fingerprint for a object"):
        results.fingerprint(object())


def test_kept_roll_calls_are_the_query(kept: tuple[Warehouse, Path, Any]) -> None:
    from dyadscope.alignment.query import VoteFilter
    from dyadscope.evidence import votes

    wh = kept[0]
    flt = VoteFilter.parse(2020, 2024)
    first = votes.roll_calls(wh, ["KEN", "USA"], flt, "human rights")
    again = votes.roll_calls(wh, ["KEN", "USA"], flt, "human rights")  # read back
    with results.bypassed():
        fresh = votes.roll_calls(wh, ["KEN", "USA"], flt, "human rights")
    assert len(fresh) > 100 and set(fresh["adoption"]) == {"recorded vote", "without a vote"}
    for got in (first, again):
        assert got.equals(fresh) and list(got.dtypes) == list(fresh.dtypes)
    other = votes.roll_calls(wh, ["KEN", "USA"], flt, "nuclear")  # another topic: another result
    assert not other.equals(fresh) and other["title"].str.contains("uclear").any()


def test_a_warm_brief_imports_neither_spacy_nor_altair(kept: tuple[Warehouse, Path, Any], tmp_path: Path) -> None:
    import subprocess
    import sys

    wh, path, _ = kept
    _briefs.brief(path, when=WHEN, warehouse=wh)  # everything kept (if an earlier test did not)
    out = tmp_path / "w.html"
    code = (
        "import sys; from dyadscope import api; "
        f"b = api.brief({str(path)!r}, when={WHEN!r}, warehouse={str(wh.path)!r}); b.save({str(out)!r}); "
        "loaded = sorted(m for m in ('spacy', 'altair', 'httpx') if m in sys.modules); "
        "print(loaded, b.timings.kept['article and checks'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert done.stdout.split("\n")[0] == "[] read back", done.stdout + done.stderr
    assert out.stat().st_size > 100_000
