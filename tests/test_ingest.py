"""Storing articles and events: duplicates, bad articles in a batch, GDELT imports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import dyadscope as ds
from dyadscope.warehouse import Warehouse

EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"


def test_ingest_folder_skips_duplicates_and_reports_bad(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a.txt")
    shutil.copy(EXAMPLE, folder / "b-copy.txt")  # same text
    (folder / "c.md").write_text(
        "---\ntitle: China and Zambia\ndate: 2018-09-11\n---\n\n"
        "Zambia and China signed a $30 million loan deal, officials said.\n",
        "utf-8",
    )
    (folder / "d.txt").write_bytes(b"\x00\x01\x02binary")
    wh = Warehouse(tmp_path / "wh")
    rep = ds.ingest(folder, warehouse=wh, when=None)
    assert sorted(Path(p).name for p in rep.stored) == ["a.txt", "c.md"]
    assert [Path(p).name for p, _ in rep.skipped] == ["b-copy.txt"]
    assert [Path(p).name for p, _ in rep.failed] == ["d.txt"]
    again = ds.ingest(folder, warehouse=wh)
    assert again.stored == [] and len(again.skipped) == 3
    n = wh.query("SELECT count(*) AS n FROM news.articles")["n"].iloc[0]
    assert n == 2
    ev = ds.events("ZMB", "CHN", warehouse=wh, directed=False)
    assert ev["events"].sum() >= 1


def test_save_once(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    art = ds.read(EXAMPLE, when="2024-12-15")
    assert ds.save(art, warehouse=wh).stored
    assert ds.save(art, warehouse=wh).skipped[0][1] == "same text already stored"
    ev = ds.events("USA", "KEN", warehouse=wh)
    assert set(ev["dyad"]) >= {"USA -> KEN"}


@pytest.mark.shared
def test_gdelt_import_is_idempotent(tmp_path: Path, shared: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    f2 = shared / "data/events/gdelt_samples/gdelt2_events_sample_gdeltPyR.csv"
    f1 = shared / "data/events/gdelt_samples/gdelt1_events_20160728_sample.tsv"
    first = ds.import_gdelt(f2, warehouse=wh)
    assert first["read"] == 6090 and first["kept"] == 1210
    ds.import_gdelt(f2, warehouse=wh)
    n = wh.query("SELECT count(*) AS n FROM news.events WHERE origin = 'gdelt'")["n"].iloc[0]
    assert n == 1210
    assert ds.import_gdelt(f1, warehouse=wh)["kept"] == 139
    ev = ds.events("SAU", "EGY", warehouse=wh)
    assert (ev["events"] > 0).all() and ev["urls"].map(len).min() >= 1


def test_truncated_gdelt_file_changes_nothing(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    bad = tmp_path / "bad.export.CSV"
    bad.write_text("1\t2\t3\n", "utf-8")
    with pytest.raises(ds.MalformedSourceError, match=r"neither GDELT 1\.0"):
        ds.import_gdelt(bad, warehouse=wh)
    assert (
        not (tmp_path / "wh" / "news.duckdb").exists()
        or wh.query("SELECT count(*) AS n FROM news.events")["n"].iloc[0] == 0
    )
