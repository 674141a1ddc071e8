"""Political figures: the Phoenix/PETRARCH2 country actor dictionary, and REIGN leader spells.

Entries look like ``WILLIAM_SAMOEI_RUTO_  # CountryInfo.txt``, optionally followed by
``+ROBERT_GABRIEL_MUGABE_``-like alternative names of the same person, then indented
role lines ``[KENGOVAGR 080501-100531]``; the first three letters of a role code are
the country's ISO3 code (CAMEO country codes), the dates are YYMMDD.

REIGN (``leaderlist_3_21.csv``, OEF Research, 1945 to March 2021) lists each state's
effective leader (the head of government in a parliamentary system, of state in a
presidential one) by Correlates of War code, a name as REIGN writes it (mostly the surname
alone, "Kenyatta", sometimes the full name, "Xi Jinping"), the start day and the end month;
a spell with no end was still running when the data ends.
"""

from __future__ import annotations

import calendar
import csv
import re
from pathlib import Path

import pandas as pd

from dyadscope.errors import SourceError

_ROLE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([<>]?\d{6})?(?:-(\d{6}))?\]")


def _date(text: str | None) -> str | None:
    if not text:
        return None
    digits = text.lstrip("<>")
    yy = int(digits[:2])
    year = 1900 + yy if yy > 30 else 2000 + yy
    return f"{year}-{digits[2:4]}-{digits[4:6]}"


def parse_actors(path: Path) -> pd.DataFrame:
    """Columns: name, iso3, role_code, start, end (one row per person and role)."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    rows: list[tuple[str, str, str, str | None, str | None]] = []
    names: list[str] = []  # the entry's name and its "+" alternative names
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            head = line.split("#")[0].strip()
            alias = head.startswith("+")
            head = head.lstrip("+")
            person = head.endswith("_") and "[" not in head and head.count("_") >= 2
            if not alias:
                names = []
            if person and (names or not alias):
                names.append(head.strip("_").replace("_", " ").title())
            elif not alias:
                names = []
            continue
        for m in _ROLE.finditer(line):
            iso, role, start, end = m.groups()
            lo = _date(start) if start and not start.startswith("<") else None
            hi = _date(end) if end else (_date(start) if start and start.startswith("<") else None)
            rows += [(name, iso, iso + role, lo, hi) for name in names]
    frame = pd.DataFrame(rows, columns=["name", "iso3", "role_code", "start", "end"])
    return frame.drop_duplicates().reset_index(drop=True)


_CODE = re.compile(r"\[([A-Z]{3,})")


def parse_institutions(path: Path, countries: set[str]) -> pd.DataFrame:
    """International actors of the Phoenix dictionary (``Phoenix.International.actors.txt``):
    one row per name (alternative ``+`` names included) with ``kind`` (igo, ngo, mnc, med,
    or country) and ``iso3`` (an MNC's home country ``MNCUSA``, a national medium
    ``ISRMED``; none for IGOs and NGOs)."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    rows: list[tuple[str, str, str | None]] = []
    names: list[str] = []
    coded = False

    def emit(code: str) -> None:
        head, rest = code[:3], code[3:6]
        if head in ("IGO", "NGO"):
            kind, iso = head.lower(), None
        elif head == "MNC":
            kind, iso = "mnc", rest if rest in countries else None
        elif head == "MED":
            kind, iso = "med", None
        elif head in countries:
            kind, iso = ("med" if rest == "MED" else "country"), head
        else:
            return
        rows.extend((n, kind, iso) for n in names)

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#")[0]
        if not body.strip():
            continue
        if not line[0].isspace():
            head = body.split("[")[0].strip()
            alias = head.startswith("+")
            name = head.lstrip("+").strip("_ ").replace("_", " ").upper()
            if not alias or coded:
                names, coded = [], False
            if name:
                names.append(name)
        m = _CODE.search(body)
        if m and names and not coded:
            emit(m.group(1))
            coded = True
    frame = pd.DataFrame(rows, columns=["name", "kind", "iso3"])
    return frame.drop_duplicates("name").reset_index(drop=True)


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def parse_reign(path: Path) -> pd.DataFrame:
    """REIGN leader spells. Columns: iso3 (from the COW code), leader (REIGN's name, an
    alternative name in parentheses dropped), start (ISO day), end (last day of the end month;
    None for a spell still running in March 2021). The file is UTF-8 with a few Windows-1252
    lines, read line by line; rows whose COW code names no country in the registry (states
    that no longer exist, e.g. the GDR) are dropped."""
    from dyadscope import countries
    from dyadscope.errors import UnknownCountryError

    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    lines = []
    for raw in path.read_bytes().splitlines():
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
    rows: list[tuple[str, str, str, str | None]] = []
    for r in csv.DictReader(lines):
        try:
            iso = countries.resolve(f"cow:{int(r['ccode'])}")
        except (UnknownCountryError, ValueError):
            continue
        leader = re.sub(r"\s*\([^)]*\)", "", r["leader"]).strip()
        if not leader or not r["syear"]:
            continue
        start = f"{int(r['syear']):04d}-{int(r['smonth'] or 1):02d}-{int(r['sdate'] or 1):02d}"
        end = _month_end(int(r["eyear"]), int(r["emonth"] or 12)) if r["eyear"] else None
        rows.append((iso, leader, start, end))
    return pd.DataFrame(rows, columns=["iso3", "leader", "start", "end"]).drop_duplicates().reset_index(drop=True)
