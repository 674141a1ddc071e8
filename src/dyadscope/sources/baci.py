"""CEPII BACI: yearly bilateral trade by HS6 product, and its codebooks.

A release zip (``BACI_HS22_V202501.zip``) holds ``BACI_HS22_Y{year}_V202501.csv``
files with columns ``t,i,j,k,v,q``: year, exporter and importer (ISO numeric codes as
BACI assigns them; India is 699, not 356), HS6 product, value in thousand USD and
quantity in metric tonnes (``NA`` when unknown), plus ``country_codes_V*.csv`` and
``product_codes_HS*_V*.csv``. Names in the V202501 country codebook can arrive
double-encoded (UTF-8 read as Latin-1); they are repaired.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dyadscope.errors import LoadError, MalformedSourceError, SourceError

YEAR_FILE = re.compile(r"BACI_HS(\d{2})_Y(\d{4})_V(\d+)\.csv$", re.IGNORECASE)


def fix_encoding(text: str) -> str:
    """Undo mojibake ("CÃ´te" -> "Côte", UTF-8 read as Latin-1 or cp1252) with ftfy; clean text is left alone."""
    import ftfy

    return ftfy.fix_encoding(text)


def read_country_codes(path: Path) -> pd.DataFrame:
    """Columns: code (int), name, iso2, iso3."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", encoding_errors="replace")
    return read_country_codes_frame(raw, str(path))


def read_country_codes_frame(raw: pd.DataFrame, path: str = "country codes") -> pd.DataFrame:
    """The codebook from its CSV already read as strings (e.g. by Spark from an object store)."""
    raw = raw.fillna("")
    cols = {c.lower(): c for c in raw.columns}
    need = ["country_code", "country_name", "country_iso3"]
    if any(c not in cols for c in need):
        raise MalformedSourceError(path, f"expected columns {need}, found {list(raw.columns)}", line=1)
    out = pd.DataFrame(
        {
            "code": pd.to_numeric(raw[cols["country_code"]], errors="coerce").astype("Int64"),
            "name": raw[cols["country_name"]].map(fix_encoding),
            "iso2": raw[cols["country_iso2"]] if "country_iso2" in cols else "",
            "iso3": raw[cols["country_iso3"]].str.strip(),
        }
    )
    return out.dropna(subset=["code"]).reset_index(drop=True)


def read_product_codes(path: Path) -> pd.DataFrame:
    """Columns: code (6-digit string), description."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(raw.columns[:2]) != ["code", "description"]:
        raise MalformedSourceError(str(path), "expected columns code, description", line=1)
    return pd.DataFrame({"code": raw["code"].str.zfill(6), "description": raw["description"]})


@dataclass(frozen=True)
class YearFile:
    """One yearly CSV, inside a zip or on disk."""

    source: Path
    member: str | None
    hs: str
    year: int
    release: str


def year_files(path: Path) -> list[YearFile]:
    """The yearly CSVs of a release zip, a folder, or one CSV."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: not found", path=str(path))
    found: list[YearFile] = []
    if path.is_file() and path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
                bad = zf.testzip()
        except zlib.error as exc:
            raise LoadError(
                f"{path}: damaged zip archive, a member cannot be decompressed ({exc}); download it again"
            ) from exc
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise MalformedSourceError(
                str(path), f"not a readable zip archive ({exc}); the download may be truncated"
            ) from exc
        if bad is not None:
            raise LoadError(f"{path}: damaged zip archive, member {bad!r} fails its CRC check; download it again")
        for name in names:
            m = YEAR_FILE.search(name)
            if m:
                found.append(YearFile(path, name, m.group(1), int(m.group(2)), m.group(3)))
    elif path.is_dir():
        for p in sorted(path.iterdir()):
            m = YEAR_FILE.search(p.name)
            if m:
                found.append(YearFile(p, None, m.group(1), int(m.group(2)), m.group(3)))
    else:
        m = YEAR_FILE.search(path.name)
        if not m:
            raise SourceError(f"{path.name}: not a BACI yearly file (BACI_HSxx_Yyyyy_Vnnnnnn.csv)", path=str(path))
        found.append(YearFile(path, None, m.group(1), int(m.group(2)), m.group(3)))
    if not found:
        raise SourceError(f"{path}: no BACI yearly files (BACI_HSxx_Yyyyy_Vnnnnnn.csv)", path=str(path))
    return sorted(found, key=lambda f: f.year)


def codebook_members(path: Path) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """Country and product codebooks found beside the yearly files, if any."""
    countries = products = None
    with _materialise_dir(path) as folder:
        for p in folder.iterdir():
            if re.match(r"country_codes_V\d+\.csv", p.name):
                countries = read_country_codes(p)
            elif re.match(r"product_codes_HS\d{2}_V\d+\.csv", p.name):
                products = read_product_codes(p)
    return countries, products


@contextmanager
def _materialise_dir(path: Path) -> Iterator[Path]:
    if path.is_file() and path.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if (
                    name.lower().startswith(("country_codes", "product_codes"))
                    or "/country_codes" in name
                    or "/product_codes" in name
                ):
                    target = Path(tmp) / Path(name).name
                    with zf.open(name) as src, open(target, "wb") as dst:
                        shutil.copyfileobj(src, dst)
            yield Path(tmp)
    elif path.is_dir():
        yield path
    else:
        yield path.parent


@contextmanager
def on_disk(f: YearFile) -> Iterator[Path]:
    """A path DuckDB can read: the file itself, or the zip member streamed to a temp file."""
    if f.member is None:
        yield f.source
        return
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / Path(f.member).name
        try:
            with zipfile.ZipFile(f.source) as zf, zf.open(f.member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, length=1 << 20)
        except zlib.error as exc:
            raise LoadError(
                f"{f.source}: damaged zip archive, {f.member} cannot be decompressed ({exc}); download it again"
            ) from exc
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise MalformedSourceError(str(f.source), f"cannot extract {f.member} ({exc})") from exc
        yield target


def count_data_lines(path: Path, chunk: int = 1 << 23) -> int:
    """Non-empty lines after the header, counted from the bytes (no CSV parsing, so a broken
    quote cannot hide lines from this count)."""
    lines = empty = 0
    last = b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            lines += block.count(b"\n")
            joined = last + block
            empty += joined.count(b"\n\n") + joined.count(b"\n\r\n")
            last = block[-1:]
    if last != b"\n":
        lines += 1  # a last line without a newline
    return max(lines - empty - 1, 0)
