"""Bad input and data safety of trade loads, as a new user meets them.

* a BACI CSV with one unterminated quote: the parser's own count ("rows 4,999, rejected 1")
  must not be trusted; rows are counted apart from the parser and the load refused when
  the counts disagree;
* a zip damaged in the middle: a LoadError naming the file, not a raw zlib.error;
* loading the same BACI years again keeps the file size (no doubling);
* temporary files left by a killed load are removed on the next open, but never those of a
  load still running.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

import dyadscope.api as api
from dyadscope.errors import LoadError, MalformedSourceError
from dyadscope.warehouse import Warehouse
from tests.helpers import load_held_open

# real BACI rows (2021, exporters Afghanistan and South Africa) from ../shared
BACI_2021 = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/data/trade/baci_extracts/baci_2021_rows_exporters_afg_zaf.csv"
)


def _synthetic_year(path: Path, year: int, n: int, seed: int = 1) -> Path:
    """``n`` rows in the BACI layout between real BACI country codes (Kenya 404, China 156,
    USA 842, India 699, South Africa 710)."""
    rng = random.Random(seed)
    codes = [404, 156, 842, 699, 710]
    lines = ["t,i,j,k,v,q"]
    for r in range(n):
        i, j = rng.sample(codes, 2)
        lines.append(f"{year},{i},{j},{100000 + r % 899999:06d},{rng.uniform(1, 1000):.3f},{rng.uniform(0, 50):.3f}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_unterminated_quote_refuses_the_load(tmp_path: Path) -> None:
    csv = _synthetic_year(tmp_path / "baci" / "BACI_HS22_Y2022_V202501.csv", 2022, 8_000)
    lines = csv.read_text("utf-8").splitlines()
    lines[5000] = lines[5000].replace(",", ',"', 1)  # line 5,001 of the file: a quote that never closes
    csv.write_text("\n".join(lines) + "\n", "utf-8")
    wh = Warehouse(tmp_path / "wh")
    with pytest.raises(MalformedSourceError, match=r"8,000 data lines.*parser read 5,00\d rows"):
        api.load_baci(csv, warehouse=wh)
    assert not wh.exists("trade") or wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0] == 0


def test_a_clean_file_passes_the_count(tmp_path: Path) -> None:
    csv = _synthetic_year(tmp_path / "baci" / "BACI_HS22_Y2022_V202501.csv", 2022, 3_000)
    report = api.load_baci(csv, warehouse=tmp_path / "wh")
    assert int(report.loc[0, "rows"]) == 3_000


@pytest.mark.shared
def test_real_baci_rows_load_with_matching_counts(tmp_path: Path) -> None:
    """71,192 real BACI rows (q padded with spaces): all counted, all loaded."""
    target = tmp_path / "BACI_HS17_Y2021_V202501.csv"
    target.write_bytes(BACI_2021.read_bytes())
    report = api.load_baci(target, warehouse=tmp_path / "wh")
    assert int(report.loc[0, "rows"]) + int(report.loc[0, "unknown_codes"]) == 71_192
    assert int(report.loc[0, "rejected"]) == 0


@pytest.mark.parametrize("damage", ["zeros", "noise"])
def test_zip_damaged_in_the_middle_is_a_load_error(tmp_path: Path, damage: str) -> None:
    csv = _synthetic_year(tmp_path / "baci" / "BACI_HS22_Y2022_V202501.csv", 2022, 20_000)
    z = tmp_path / "BACI_HS22_V202501.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(csv, csv.name)
    data = bytearray(z.read_bytes())
    middle = len(data) // 2
    # the central directory at the end stays intact; zeros fail the CRC, noise breaks the deflate stream
    # (8 KB of noise gives zlib "invalid block type", which used to escape as a raw zlib.error)
    if damage == "zeros":
        data[middle : middle + 64] = bytes(64)
    else:
        data[middle : middle + 8192] = random.Random(0).randbytes(8192)
    z.write_bytes(bytes(data))
    expect = "CRC" if damage == "zeros" else "cannot be decompressed"
    with pytest.raises(LoadError, match=rf"BACI_HS22_V202501\.zip: damaged zip archive.*{expect}"):
        api.load_baci(z, warehouse=tmp_path / "wh")


def test_reloading_the_same_years_keeps_the_file_size(tmp_path: Path) -> None:
    folder = tmp_path / "baci"
    for year in (2020, 2021):
        _synthetic_year(folder / f"BACI_HS22_Y{year}_V202501.csv", year, 150_000, seed=year)
    wh = Warehouse(tmp_path / "wh")
    api.load_baci(folder, warehouse=wh)
    first = wh.file("trade").stat().st_size
    n = wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0]
    api.load_baci(folder, warehouse=wh)  # before: 5.8 -> 9.2 MB
    assert wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0] == n == 300_000
    assert wh.file("trade").stat().st_size <= first * 1.05


def test_stale_temporary_files_are_removed_on_next_open(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    wh.ensure("trade")
    stale = [tmp_path / "wh" / ".trade.k1ll3d.duckdb.tmp", tmp_path / "wh" / ".trade.k1ll3d.duckdb.tmp.wal"]
    for f in stale:
        f.write_bytes(b"left by a killed load")
    other = tmp_path / "wh" / "notes.tmp"
    other.write_text("not ours")
    with wh.reader("trade"):
        pass
    assert not any(f.exists() for f in stale)
    assert other.exists()


def test_temporary_file_of_a_running_load_is_kept(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    wh.ensure("trade")
    folder = tmp_path / "wh"
    with load_held_open(folder, "trade", "DELETE FROM baci"):
        running = sorted(folder.glob(".trade.*.duckdb.tmp"))
        assert running, "the held load writes a temporary file"
        with wh.reader("trade"):
            pass
        assert all(f.exists() for f in running)
    assert not list(folder.glob(".trade.*.duckdb.tmp"))
