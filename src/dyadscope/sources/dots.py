"""IMF Direction of Trade Statistics (DOTS): one Excel workbook per reporter.

Each ``DOTS_<n>.xlsx`` holds two sheets, "Exports, FOB" and "Imports, CIF", laid out
the same way: the reporter's IMF name on row 3, "US Dollars, Millions" on row 4, the
years on row 6 (as text, with gaps: China has no 1962-1977 columns), then one row per
partner. Quirks handled here and reported (:class:`DotsReport`), never hidden:

* the first partner row repeats a later one (Australia, sometimes World); the repeat is
  dropped when its values equal the later row's, and refused when they differ;
* IMF estimates are written as text with an ``" e"`` suffix (``"2.39 e"``,
  ``"1,024.50 e"``): kept as values and flagged ``estimate``;
* partners and reporters include aggregates (World, Euro Area, Sub-Saharan Africa, ...):
  they become group codes of :mod:`dyadscope.trade.parties`, never countries; the
  heading row "Memorandum Items" carries no values and is skipped;
* IMF names ("China, P.R.: Mainland", "Netherlands, The", "Kyrgyz Rep.") are mapped to
  ISO3 by :func:`code_of`; a name that maps to nothing stops the parse
  (:class:`~dyadscope.errors.MalformedSourceError` naming file, row and name);
* the same reporter can come in two files (Nicaragua): identical copies are dropped.

Values are in millions of US dollars; :func:`parse_folder` returns them in dollars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from dyadscope import countries
from dyadscope.errors import CountryError, MalformedSourceError, SourceError
from dyadscope.trade import parties

SHEETS = {"Exports, FOB": ("exports", "FOB"), "Imports, CIF": ("imports", "CIF")}
UNIT = "million USD"
ESTIMATE = re.compile(r"^\s*(-?[\d,]*\.?\d+)\s*e\s*$")
HEADING_ROWS = frozenset({"Memorandum Items"})

# IMF spellings the country registry does not know, or knows as something else.
IMF_NAMES: dict[str, str] = {
    "China, P.R.: Mainland": "CHN",
    "China, P.R.: Hong Kong": "HKG",
    "China, P.R.: Macao": "MAC",
    "Taiwan Province of China": "TWN",
    "Korea, Rep. of": "KOR",
    "Korea, Dem. People's Rep. of": "PRK",
    "Egypt, Arab Rep. of": "EGY",
    "Congo, Rep. of": "COG",
    "Congo, Dem. Rep. of the": "COD",
    "West Bank and Gaza": "PSE",
    "Holy See": "VAT",
    "Kosovo, Rep. of": "UNK",
    "Nauru, Rep. of": "NRU",
    "Palau, Rep. of": "PLW",
    "Lao People's Dem. Rep.": "LAO",
    "Kyrgyz Rep.": "KGZ",
    "Slovak Rep.": "SVK",
    "Czech Rep.": "CZE",
    "Dominican Rep.": "DOM",
    "Syrian Arab Rep.": "SYR",
    "Central African Rep.": "CAF",
    "Ethiopia, The Federal Dem. Rep. of": "ETH",
    "Timor-Leste, Dem. Rep. of": "TLS",
    "São Tomé and Príncipe, Dem. Rep. of": "STP",
    "Micronesia, Federated States of": "FSM",
    # historical reporters and partners (codes of ISO 3166-3 or of the registry)
    "USSR": "SUN",
    "Yugoslavia": "YUG",
    "Czechoslovakia": "CSK",
    "Eastern Germany": "DDR",
    "Serbia and Montenegro": "SCG",
    "Netherlands Antilles": "ANT",
    "Yemen Arab Rep.": "YEM",
    "Yemen, People's Dem. Rep. of": "YMD",
}
# Codes kept though the country registry does not list them (former states).
HISTORICAL = {"SUN": "USSR", "SCG": "Serbia and Montenegro", "ANT": "Netherlands Antilles"}
_SUFFIX = re.compile(
    r",\s*(The|Rep\. of( the)?|Islamic Rep\. of|Kingdom of( the Netherlands)?|Union of the|"
    r"United Rep\. of|Arab Rep\. of|Rep\. Bolivariana de|Dem\. Rep\. of( the)?|The State of|Republic of)\s*$"
)


@lru_cache(maxsize=4096)
def code_of(name: str) -> str:
    """ISO3 (or historical code) of an IMF country name, or the code of an IMF group.

    Raises :class:`~dyadscope.errors.CountryError` for a name that is neither.
    """
    name = name.strip()
    if name in IMF_NAMES:
        return IMF_NAMES[name]
    group = parties.group_of_imf_name(name)
    if group is not None:
        return group
    try:
        return countries.resolve(name)
    except CountryError:
        stripped = _SUFFIX.sub("", name)
        if stripped != name:
            return countries.resolve(stripped)
        raise


@dataclass
class DotsReport:
    """What a parse did: files, rows, estimates, and everything dropped, with reasons."""

    files: int = 0
    rows: int = 0
    estimates: int = 0
    negative: int = 0
    dropped: list[dict[str, object]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def tidy(self) -> pd.DataFrame:
        return pd.DataFrame(self.dropped, columns=["file", "sheet", "row", "what", "why"])


def _value(cell: Any, where: str) -> tuple[float, bool] | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool):
        raise MalformedSourceError(where, f"unexpected cell {cell!r}")
    if isinstance(cell, int | float):
        return float(cell), False
    m = ESTIMATE.match(str(cell))
    if m:
        return float(m.group(1).replace(",", "")), True
    try:
        return float(str(cell).replace(",", "")), False
    except ValueError:
        raise MalformedSourceError(where, f"cell {cell!r} is neither a number nor an IMF estimate ('2.39 e')") from None


def _years(header: list[Any], where: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for col, cell in enumerate(header[1:], start=1):
        text = str(cell).strip()
        if not text:
            continue
        if not re.fullmatch(r"\d{4}(\.0)?", text):
            raise MalformedSourceError(where, f"year header {cell!r} in column {col + 1} is not a year", line=6)
        out[col] = int(float(text))
    if not out:
        raise MalformedSourceError(where, "no years on row 6", line=6)
    return out


def parse_sheet(rows: list[list[Any]], file: str, sheet: str, report: DotsReport) -> pd.DataFrame:
    """One sheet as long rows: reporter, partner, flow, year, value (USD), valuation,
    estimate, file, row (1-based Excel row)."""
    if sheet not in SHEETS:
        raise MalformedSourceError(file, f"unexpected sheet {sheet!r}; expected {', '.join(SHEETS)}")
    flow, valuation = SHEETS[sheet]
    where = f"{file} [{sheet}]"
    if len(rows) < 7 or not str(rows[0][0]).startswith(sheet):
        raise MalformedSourceError(where, f"row 1 should start with {sheet!r}", line=1)
    if str(rows[3][0]).strip() != "US Dollars, Millions":
        raise MalformedSourceError(where, f"unit {rows[3][0]!r}, expected 'US Dollars, Millions'", line=4)
    reporter_name = str(rows[2][0]).strip()
    reporter = code_of(reporter_name)
    report.names[reporter_name] = reporter
    years = _years(rows[5], where)
    body = [(i + 1, r) for i, r in enumerate(rows) if i >= 6 and str(r[0]).strip()]
    first_row, first = body[0]
    repeats = [r for _, r in body[1:] if str(r[0]).strip() == str(first[0]).strip()]
    if repeats:
        if list(repeats[0][1:]) != list(first[1:]):
            raise MalformedSourceError(where, f"first partner row {first[0]!r} repeats with other values", first_row)
        body = body[1:]
        report.dropped.append(
            {"file": file, "sheet": sheet, "row": first_row, "what": first[0], "why": "repeat of a later row"}
        )
    seen: dict[str, tuple[int, set[int]]] = {}
    out: list[tuple[str, str, int, float, bool, int]] = []
    for excel_row, r in body:
        name = str(r[0]).strip()
        cells = [(years[c], _value(r[c], f"{where} row {excel_row}")) for c in years if c < len(r)]
        cells_ = [(y, v) for y, v in cells if v is not None]
        if name in HEADING_ROWS:
            if cells_:
                raise MalformedSourceError(where, f"heading {name!r} holds values", excel_row)
            continue
        try:
            partner = code_of(name)
        except CountryError as exc:
            raise MalformedSourceError(
                where, f"partner {name!r} is neither a country nor a group: {exc}", excel_row
            ) from None
        report.names[name] = partner
        years_here = {y for y, _ in cells_}
        if partner in seen:
            # a state and its predecessor under one code ("Yemen Arab Rep." then "Yemen, Rep. of"):
            # merged when their years do not overlap
            other_row, other_years = seen[partner]
            if years_here & other_years:
                raise MalformedSourceError(
                    where, f"partner {name!r} ({partner}) also on row {other_row}, in the same years", excel_row
                )
            report.dropped.append(
                {"file": file, "sheet": sheet, "row": excel_row, "what": name, "why": f"merged into {partner}"}
            )
        seen[partner] = (excel_row, years_here | seen.get(partner, (0, set()))[1])
        for year, (value, est) in cells_:
            out.append((partner, name, year, value, est, excel_row))
    frame = pd.DataFrame(out, columns=["partner", "partner_name", "year", "value", "estimate", "row"])
    report.estimates += int(frame["estimate"].sum())
    report.negative += int((frame["value"] < 0).sum())
    frame["value"] = frame["value"] * 1e6
    frame.insert(0, "reporter", reporter)
    frame.insert(2, "flow", flow)
    frame["valuation"] = valuation
    frame["file"] = file
    return frame.drop(columns=["partner_name"])


def read_workbook(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """The sheets of one workbook as lists of rows (python-calamine, a build/test extra)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SourceError("reading IMF DOTS needs python-calamine: pip install 'dyadscope[build]'") from exc
    try:
        wb = CalamineWorkbook.from_path(str(path))
        return [(name, wb.get_sheet_by_name(name).to_python()) for name in wb.sheet_names]
    except Exception as exc:
        raise MalformedSourceError(str(path), f"not a readable Excel workbook ({exc})") from exc


def parse_file(path: Path, report: DotsReport | None = None) -> pd.DataFrame:
    """Both sheets of one ``DOTS_<n>.xlsx``."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    report = report if report is not None else DotsReport()
    frames = [parse_sheet(rows, path.name, sheet, report) for sheet, rows in read_workbook(path)]
    report.files += 1
    frame = pd.concat(frames, ignore_index=True)
    report.rows += len(frame)
    return frame


def parse_folder(folder: Path, files: list[str] | None = None) -> tuple[pd.DataFrame, DotsReport]:
    """Every ``DOTS_*.xlsx`` of ``folder`` (or the ``files`` named): one long frame, and
    the report. A reporter found in two files keeps the first file when both hold the
    same rows; two different copies stop the parse."""
    folder = Path(folder)
    paths = [folder / f for f in files] if files else sorted(folder.glob("DOTS_*.xlsx"), key=_file_number)
    if not paths:
        raise SourceError(f"{folder}: no DOTS_*.xlsx files", path=str(folder))
    report = DotsReport()
    kept: dict[str, pd.DataFrame] = {}
    for p in paths:
        frame = parse_file(p, report)
        if frame.empty:
            report.dropped.append({"file": p.name, "sheet": "", "row": 0, "what": "", "why": "no values"})
            continue
        rep = str(frame["reporter"].iloc[0])
        if rep in kept:
            old = kept[rep]
            cols = ["partner", "flow", "year", "value", "estimate"]
            same = old[cols].reset_index(drop=True).equals(frame[cols].reset_index(drop=True))
            if not same:
                keys = ["partner", "flow", "year"]
                if not old[keys].merge(frame[keys]).empty:
                    raise MalformedSourceError(
                        p.name, f"reporter {rep} also in {old['file'].iloc[0]} with other values for the same years"
                    )
                # a state and its predecessor under one code (Yemen Arab Rep., then Yemen)
                kept[rep] = pd.concat([old, frame], ignore_index=True)
                report.dropped.append(
                    {"file": p.name, "sheet": "", "row": 0, "what": rep, "why": f"merged with {old['file'].iloc[0]}"}
                )
                continue
            report.rows -= len(frame)
            report.estimates -= int(frame["estimate"].sum())
            report.dropped.append(
                {"file": p.name, "sheet": "", "row": 0, "what": rep, "why": f"copy of {old['file'].iloc[0]}"}
            )
            continue
        kept[rep] = frame
    out = pd.concat(kept.values(), ignore_index=True)
    return out, report


def _file_number(path: Path) -> int:
    m = re.search(r"(\d+)", path.stem)
    return int(m.group(1)) if m else 0
