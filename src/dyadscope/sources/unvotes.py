"""Erik Voeten's UN General Assembly votes as packaged in the R package ``unvotes``.

Reads the three ``.rda`` files (``un_votes``, ``un_roll_calls``, ``un_roll_call_issues``)
with ``pyreadr`` (a build-time extra: ``pip install dyadscope[build]``). Absences are not
rows in this source. Country names are mapped to ISO3 through :mod:`dyadscope.countries`;
the Yugoslav seat's votes from 2006-06-03 on are Serbia's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from dyadscope import countries
from dyadscope.errors import ConfigError, CountryError, MalformedSourceError, SourceError
from dyadscope.sources.report import ParseReport

SOURCE = "voeten-unvotes"
FILES = ("un_votes.rda", "un_roll_calls.rda", "un_roll_call_issues.rda")
# A seat that continues under another code from a date on (see countries.py).
SEAT_SUCCESSION: dict[str, tuple[str, str]] = {"YUG": ("2006-06-03", "SRB")}


def _read_rda(path: Path, table: str, columns: tuple[str, ...]) -> pd.DataFrame:
    try:
        import pyreadr
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ConfigError("reading .rda files needs pyreadr: pip install 'dyadscope[build]'") from None
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    try:
        frames: Any = pyreadr.read_r(str(path))
    except Exception as exc:  # pyreadr raises its own untyped errors
        raise MalformedSourceError(str(path), f"not a readable R data file ({exc})") from exc
    if table not in frames:
        raise MalformedSourceError(str(path), f"no object {table!r} (found {list(frames)})")
    frame: pd.DataFrame = frames[table]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise MalformedSourceError(str(path), f"object {table!r} lacks columns {missing}")
    return frame


def _flag(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").map(lambda v: pd.NA if pd.isna(v) else bool(v)).astype("boolean")


def parse(directory: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, ParseReport]:
    """Parse the ``unvotes`` files in ``directory`` into (roll_calls, votes, issues, report)."""
    directory = Path(directory)
    report = ParseReport(SOURCE, files=[str(directory / f) for f in FILES])
    votes = _read_rda(directory / "un_votes.rda", "un_votes", ("rcid", "country", "vote"))
    calls = _read_rda(
        directory / "un_roll_calls.rda",
        "un_roll_calls",
        ("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"),
    )
    issues = _read_rda(
        directory / "un_roll_call_issues.rda",
        "un_roll_call_issues",
        ("rcid", "short_name", "issue"),
    )
    report.read.update({"votes": len(votes), "roll_calls": len(calls), "issue_rows": len(issues)})

    calls = calls.reset_index(drop=True)
    date = pd.to_datetime(calls["date"], errors="coerce")
    bad_date = date.isna()
    report.drop("roll call without a valid date", int(bad_date.sum()))
    roll_calls = pd.DataFrame(
        {
            "rcid": calls["rcid"].astype("int64"),
            "source": SOURCE,
            "symbol": calls["unres"].astype("string").str.strip(),
            "date": date.dt.date,
            "session": pd.to_numeric(calls["session"], errors="coerce").astype("Int64"),
            "title": calls["short"].astype("string").str.strip(),
            "description": calls["descr"].astype("string").str.strip(),
            "amend": _flag(calls["amend"]),
            "para": _flag(calls["para"]),
            "important": _flag(calls["importantvote"]),
            "source_file": "un_roll_calls.rda",
            "source_row": calls.index.to_numpy() + 1,
        }
    )[~bad_date.to_numpy()]
    dup = roll_calls["rcid"].duplicated()
    report.drop("duplicate roll-call id", int(dup.sum()))
    roll_calls = roll_calls[~dup].reset_index(drop=True)

    names = votes["country"].astype("string")
    mapping: dict[str, str | None] = {}
    for n in names.dropna().unique():
        try:
            mapping[str(n)] = countries.resolve(str(n))
        except CountryError:
            mapping[str(n)] = None
    iso3 = names.map(mapping)
    unknown = iso3.isna()
    if unknown.any():
        example = str(names[unknown].iloc[0])
        raise MalformedSourceError(
            str(directory / "un_votes.rda"),
            f"{int(unknown.sum())} votes from countries the registry cannot name, e.g. {example!r}",
        )
    out = pd.DataFrame(
        {
            "rcid": votes["rcid"].astype("int64"),
            "iso3": iso3.astype("string"),
            "vote": votes["vote"].astype("string").str.lower(),
        }
    )
    bad_vote = ~out["vote"].isin(["yes", "no", "abstain"])
    report.drop("vote value not yes/no/abstain", int(bad_vote.sum()))
    out = out[~bad_vote]
    orphan = ~out["rcid"].isin(roll_calls["rcid"])
    report.drop("vote on a roll call missing from un_roll_calls", int(orphan.sum()))
    out = out[~orphan]
    dates = out["rcid"].map(roll_calls.set_index("rcid")["date"])
    for old, (start, new) in SEAT_SUCCESSION.items():
        moved = (out["iso3"] == old) & (pd.to_datetime(dates) >= pd.Timestamp(start))
        out.loc[moved, "iso3"] = new
        report.kept[f"votes of the {old} seat assigned to {new} from {start}"] = int(moved.sum())
    dup_vote = out.duplicated(["rcid", "iso3"])
    report.drop("duplicate vote of one country on one roll call", int(dup_vote.sum()))
    out = out[~dup_vote].reset_index(drop=True)

    iss = pd.DataFrame(
        {
            "rcid": issues["rcid"].astype("int64"),
            "code": issues["short_name"].astype("string"),
            "issue": issues["issue"].astype("string"),
            "method": "source",
        }
    ).drop_duplicates(["rcid", "code"])
    report.kept.update({"roll_calls": len(roll_calls), "votes": len(out), "issue_rows": len(iss)})
    return roll_calls, out, iss.reset_index(drop=True), report
