"""GDELT event exports, 1.0 (daily, tab-separated, 57-58 columns, no header) and 2.0
(15-minute, tab-separated, 61 columns, no header). Files with a header row (such as
the comma-separated samples that add a ``CAMEOCodeDescription`` column) are read by
their header. Column names come from the official header files, bundled as
``gdelt_columns.json`` by ``scripts/build_data.py``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd

from dyadscope import bundled
from dyadscope.errors import MalformedSourceError, SourceError
from dyadscope.sources.report import ParseReport

KEEP = [
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "SOURCEURL",
]


def read_header_file(path: Path) -> list[str]:
    """Column names from an official GDELT header file (CSV or TSV, first column)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    sep = "\t" if path.suffix == ".tsv" else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    names = [r[0].strip() for r in rows[1:] if r and r[0].strip()]
    return names


def _columns() -> dict[str, list[str]]:
    cols: dict[str, list[str]] = json.loads(bundled.text("gdelt_columns.json"))
    return cols


def parse(path: Path) -> tuple[pd.DataFrame, ParseReport]:
    """Events with columns: event_id, date, source, target, source_actor, target_actor,
    cameo, quad_class, goldstein, mentions, url, is_root."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    report = ParseReport("gdelt", files=[str(path)])
    with open(path, encoding="utf-8", errors="replace") as fh:
        first = fh.readline()
    if not first.strip():
        raise MalformedSourceError(str(path), "empty file", line=1)
    cols = _columns()
    has_header = first.startswith("GLOBALEVENTID")
    sep = "\t" if "\t" in first else ","
    if has_header:
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, on_bad_lines="error")
    else:
        n = len(first.rstrip("\n").split(sep))
        if n == len(cols["v2"]):
            names = cols["v2"]
        elif n in (len(cols["v1"]), len(cols["v1"]) + 1):
            names = cols["v1"] + (["SOURCEURL"] if n == len(cols["v1"]) + 1 else [])
        else:
            raise MalformedSourceError(
                str(path),
                f"{n} columns: neither GDELT 1.0 ({len(cols['v1'])}/{len(cols['v1']) + 1}) nor 2.0 ({len(cols['v2'])})",
                line=1,
            )
        try:
            frame = pd.read_csv(
                path,
                sep=sep,
                header=None,
                names=names,
                dtype=str,
                keep_default_na=False,
                quoting=csv.QUOTE_NONE,
                on_bad_lines="error",
            )
        except pd.errors.ParserError as exc:
            raise MalformedSourceError(str(path), f"bad row ({exc})") from exc
    missing = [c for c in KEEP if c not in frame.columns and c != "SOURCEURL"]
    if missing:
        raise MalformedSourceError(str(path), f"missing GDELT columns {missing}", line=1)
    report.read["events"] = len(frame)
    out = pd.DataFrame(
        {
            "event_id": pd.to_numeric(frame["GLOBALEVENTID"], errors="coerce").astype("Int64"),
            "date": pd.to_datetime(frame["SQLDATE"], format="%Y%m%d", errors="coerce"),
            "source": frame["Actor1CountryCode"].replace("", pd.NA),
            "target": frame["Actor2CountryCode"].replace("", pd.NA),
            "source_actor": frame["Actor1Name"],
            "target_actor": frame["Actor2Name"],
            "cameo": frame["EventCode"].str.strip(),
            "quad_class": pd.to_numeric(frame["QuadClass"], errors="coerce").astype("Int64"),
            "goldstein": pd.to_numeric(frame["GoldsteinScale"], errors="coerce"),
            "mentions": pd.to_numeric(frame["NumMentions"], errors="coerce").astype("Int64"),
            "url": frame["SOURCEURL"] if "SOURCEURL" in frame.columns else "",
            "is_root": frame["IsRootEvent"].eq("1"),
        }
    )
    bad = out["event_id"].isna() | out["date"].isna() | out["cameo"].eq("")
    report.drop("unreadable id, date or event code", int(bad.sum()))
    out = out[~bad]
    no_dyad = out["source"].isna() | out["target"].isna() | (out["source"] == out["target"])
    report.drop("not between two different countries", int(no_dyad.sum()))
    out = out[~no_dyad]
    dup = out["event_id"].duplicated()
    report.drop("repeated event id", int(dup.sum()))
    out = out[~dup].reset_index(drop=True)
    report.kept["events"] = len(out)
    return out, report
