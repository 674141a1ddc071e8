"""The write path: bootstrap, atomic and idempotent loads, readers during a load."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from dyadscope import api
from dyadscope.errors import LoadError, WarehouseError
from dyadscope.warehouse import Warehouse
from tests.helpers import load_held_open


def _digest(wh: Warehouse) -> str:
    with wh.reader("unga") as con:
        rows = con.execute("SELECT rcid, iso3, vote::VARCHAR FROM unga.votes ORDER BY rcid, iso3").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_bootstrap_counts(warehouse: Warehouse) -> None:
    counts = warehouse.query(
        "SELECT r.source, count(DISTINCT r.rcid) AS rc,"
        " count(*) FILTER (WHERE vote <> 'absent') AS v"
        " FROM unga.roll_calls r JOIN unga.votes USING (rcid) GROUP BY 1 ORDER BY 1"
    ).set_index("source")
    assert counts.loc["voeten-unvotes", "rc"] == 6203
    assert counts.loc["voeten-unvotes", "v"] == 870_109
    assert counts.loc["un-dgacm", "rc"] == 640


def test_absences_are_derived_for_members_only(warehouse: Warehouse) -> None:
    # South Sudan joined in July 2011: no absence before its first vote
    first = warehouse.query(
        "SELECT min(r.date) AS d FROM unga.votes v JOIN unga.roll_calls r USING (rcid)"
        " WHERE iso3 = 'SSD' AND vote <> 'absent'"
    )["d"].iloc[0]
    absent_before = warehouse.query(
        "SELECT count(*) AS c FROM unga.votes v JOIN unga.roll_calls r USING (rcid)"
        " WHERE iso3 = 'SSD' AND vote = 'absent' AND r.date < ?",
        [first],
    )["c"].iloc[0]
    assert absent_before == 0


def test_failed_load_leaves_warehouse_unchanged(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    wh.ensure("unga")
    before = _digest(wh)
    with pytest.raises(LoadError, match="unchanged"), wh.writer("unga") as con:
        assert con is not None
        con.execute("DELETE FROM votes")
        raise RuntimeError("simulated crash in the middle of a load")
    assert _digest(wh) == before
    assert not list((tmp_path / "wh").glob("*.tmp"))


@pytest.mark.shared
def test_raw_load_is_idempotent_and_rejects_corrupt_files(warehouse: Warehouse, tmp_path: Path, shared: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    voeten = shared / "data/unga/voeten_unvotes"
    dg = shared / "data/unga/un_dgacm_resolutions"
    api.load_votes(voeten, dg, warehouse=wh)
    first = _digest(wh)
    api.load_votes(voeten, dg, warehouse=wh)
    assert _digest(wh) == first
    # the bundled copy (the session's warehouse was made from it) and the raw files give the same votes
    assert _digest(warehouse) == first
    # a truncated source file: clear error, warehouse unchanged
    broken = tmp_path / "dgacm"
    shutil.copytree(dg, broken)
    text = (broken / "77.json").read_text("utf-8")
    (broken / "77.json").write_text(text[: len(text) // 2], "utf-8")
    with pytest.raises(Exception, match=r"77\.json, line \d+"):
        api.load_votes(voeten, broken, warehouse=wh)
    assert _digest(wh) == first


def test_readers_keep_working_during_a_load(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    wh.ensure("unga")
    with load_held_open(wh.path, "unga", "DELETE FROM votes WHERE iso3 = 'KEN'"):
        # the load is in progress in another process: reads still see the old snapshot
        n = wh.query("SELECT count(*) AS c FROM unga.votes WHERE iso3 = 'KEN'")["c"].iloc[0]
        assert n > 5000
    time.sleep(0.05)
    n = wh.query("SELECT count(*) AS c FROM unga.votes WHERE iso3 = 'KEN'")["c"].iloc[0]
    assert n == 0  # the finished load is visible to new readers


def test_warehouse_path_must_be_a_folder(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(WarehouseError, match="must be a folder"):
        Warehouse(f)
