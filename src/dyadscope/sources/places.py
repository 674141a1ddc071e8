"""Countries from mledoze/countries (CSV), Correlates of War crosswalks and historical states.

Builds the bundled country table (one row per code) and name table (one row per
name variant with its kind: name, official, alt, alias, demonym, capital).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from dyadscope.errors import MalformedSourceError, SourceError

PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"

_MLEDOZE_REQUIRED = (
    "name.common",
    "name.official",
    "cca2",
    "ccn3",
    "cca3",
    "unMember",
    "capital",
    "altSpellings",
    "region",
    "subregion",
    "demonyms.eng.m",
    "demonyms.eng.f",
)


def _read_csv(path: Path, required: tuple[str, ...], encoding: str = "utf-8") -> pd.DataFrame:
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise MalformedSourceError(str(path), f"cannot parse CSV ({exc})") from exc
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise MalformedSourceError(str(path), f"missing columns {missing}", line=1)
    return frame


def parse_mledoze(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse ``countries.csv`` into (countries, names)."""
    raw = _read_csv(path, _MLEDOZE_REQUIRED)
    countries = pd.DataFrame(
        {
            "iso3": raw["cca3"],
            "iso2": raw["cca2"],
            "ccn3": pd.to_numeric(raw["ccn3"], errors="coerce").astype("Int64"),
            "name": raw["name.common"],
            "official": raw["name.official"],
            "un_member": raw["unMember"].eq("1"),
            "region": raw["region"],
            "subregion": raw["subregion"],
            "capital": raw["capital"].str.split(",").str[0].fillna(""),
            "demonym": raw["demonyms.eng.m"],
            "historical": False,
            "start": pd.NA,
            "end": pd.NA,
        }
    )
    names: list[tuple[str, str, str]] = []
    for _, r in raw.iterrows():
        iso3 = r["cca3"]
        names.append((r["name.common"], iso3, "name"))
        names.append((r["name.official"], iso3, "official"))
        for alt in str(r["altSpellings"]).split(","):
            alt = alt.strip()
            # two- and three-letter code-like spellings are codes, not names
            if alt and not (len(alt) <= 3 and alt.isupper()):
                names.append((alt, iso3, "alt"))
        for dem in {r["demonyms.eng.m"], r["demonyms.eng.f"]}:
            if dem:
                names.append((dem, iso3, "demonym"))
        for cap in str(r["capital"]).split(","):
            if cap.strip():
                names.append((cap.strip(), iso3, "capital"))
    return countries, pd.DataFrame(names, columns=["name", "iso3", "kind"])


def parse_cow_crosswalk(pts_path: Path, bsv_path: Path) -> pd.DataFrame:
    """COW numeric and alpha codes per ISO3, from the Political Terror Scale and BSV files.

    Returns columns ``iso3, cow_n, cow_a``; where a country changed COW code the latest
    one is kept (Germany 255, not the Federal Republic's 260).
    """
    # the PTS file is Windows-1252 text
    pts = _read_csv(pts_path, ("Year", "COW_Code_A", "COW_Code_N", "WordBank_Code_A"), encoding="cp1252")
    pts = pts[(pts["COW_Code_N"] != "") & (pts["COW_Code_N"] != "NA")]
    pts = pts.assign(year=pd.to_numeric(pts["Year"], errors="coerce"))
    pts = pts.sort_values("year").drop_duplicates("WordBank_Code_A", keep="last")
    cw = pd.DataFrame(
        {
            "iso3": pts["WordBank_Code_A"],
            "cow_n": pd.to_numeric(pts["COW_Code_N"], errors="coerce").astype("Int64"),
            "cow_a": pts["COW_Code_A"],
        }
    )
    bsv = _read_csv(bsv_path, ("ccode", "session", "iso3c"))
    bsv = bsv.assign(session=pd.to_numeric(bsv["session"], errors="coerce"))
    bsv = bsv.sort_values("session").drop_duplicates("iso3c", keep="last")
    extra = pd.DataFrame(
        {
            "iso3": bsv["iso3c"],
            "cow_n": pd.to_numeric(bsv["ccode"], errors="coerce").astype("Int64"),
            "cow_a": pd.NA,
        }
    )
    extra = extra[~extra["iso3"].isin(cw["iso3"]) & extra["iso3"].str.len().eq(3)]
    out = pd.concat([cw, extra], ignore_index=True)
    return out[out["iso3"].str.fullmatch(r"[A-Z]{3}")].reset_index(drop=True)


def read_historical_states(path: Path | None = None) -> pd.DataFrame:
    """The curated table of states that no longer exist (bundled CSV)."""
    path = path or PACKAGE_DATA / "historical_states.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return pd.DataFrame(rows)


def read_aliases(path: Path | None = None) -> pd.DataFrame:
    """The curated aliases (former names, UN and unvotes spellings) (bundled CSV)."""
    path = path or PACKAGE_DATA / "country_aliases.csv"
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def build_country_tables(mledoze_csv: Path, pts_csv: Path, bsv_csv: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Assemble the bundled ``countries`` and ``country_names`` tables."""
    countries, names = parse_mledoze(mledoze_csv)
    cw = parse_cow_crosswalk(pts_csv, bsv_csv)
    countries = countries.merge(cw, on="iso3", how="left")
    hist = read_historical_states()
    hist_rows = pd.DataFrame(
        {
            "iso3": hist["code"],
            "iso2": pd.NA,
            "ccn3": pd.array([pd.NA] * len(hist), dtype="Int64"),
            "name": hist["name"],
            "official": hist["name"],
            "un_member": False,
            "region": "",
            "subregion": "",
            "capital": "",
            "demonym": "",
            "historical": True,
            "start": hist["start"],
            "end": hist["end"],
            "cow_n": pd.to_numeric(hist["cow_n"]).astype("Int64"),
            "cow_a": hist["cow_a"],
        }
    )
    countries = pd.concat([countries, hist_rows], ignore_index=True)
    extra_names = [(r["name"], r["code"], "historical") for _, r in hist.iterrows()]
    for _, r in hist.iterrows():
        for alias in str(r["aliases"]).split(";"):
            if alias.strip():
                extra_names.append((alias.strip(), r["code"], "historical"))
    aliases = read_aliases()
    extra_names += [(r["alias"], r["iso3"], "alias") for _, r in aliases.iterrows()]
    names = pd.concat([names, pd.DataFrame(extra_names, columns=["name", "iso3", "kind"])], ignore_index=True)
    unknown = set(names["iso3"]) - set(countries["iso3"])
    if unknown:
        raise SourceError(f"aliases point at codes missing from the country table: {unknown}")
    names = names.drop_duplicates().reset_index(drop=True)
    countries["start"] = countries["start"].astype("string")
    countries["end"] = countries["end"].astype("string")
    countries["iso2"] = countries["iso2"].astype("string")
    countries["cow_a"] = countries["cow_a"].astype("string")
    return countries.reset_index(drop=True), names
