"""UN DGACM machine-readable General Assembly resolutions (JSON Lines, one per resolution).

Sessions 74-80 and emergency special sessions 10 and 11. A resolution adopted by a
recorded vote lists the members in favour, against and abstaining (upper-case UN
names); members not listed did not vote. Quirks handled here: ``voting_type`` often
missing (a recorded vote is inferred from the lists), three date formats (with
non-breaking spaces), repeated records, name variants (TURKEY/TÜRKİYE/TÜRKÝYE,
CÔTE/COTE, NETHERLANDS (KINGDOM OF THE)) and counts given as "N.A.".
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from dyadscope import countries, dates
from dyadscope.errors import CountryError, MalformedSourceError, SourceError
from dyadscope.sources.report import ParseReport

SOURCE = "un-dgacm"
_LISTS = {"MS_in_favour": "yes", "MS_against": "no", "MS_abstaining": "abstain"}
_ORDINALS = {
    "seventy-fourth": 74,
    "seventy-fifth": 75,
    "seventy-sixth": 76,
    "seventy-seventh": 77,
    "seventy-eighth": 78,
    "seventy-ninth": 79,
    "eightieth": 80,
    "eighty-first": 81,
    "eighty-second": 82,
}
_SYMBOL = re.compile(r"^A/RES/(?:(ES)-)?(\d+)/(\d+)(?:\s*([A-Z])(?:-([A-Z]))?)?$")


def parse_date(text: str) -> date:
    """``"5 December 2024"``, ``"5\\xa0December 2024"`` or ``"2024-12-05 00:00:00"`` (:func:`dyadscope.dates.parse`)."""
    day = dates.parse(text)
    if day is None:
        raise ValueError(f"unrecognised date {text!r}")
    return day


def regular_session(day: date) -> int:
    """The regular session in progress on ``day`` (sessions open in mid-September)."""
    return day.year - 1945 if day.month >= 9 else day.year - 1946


def roll_call_id(symbol: str) -> int:
    """A stable integer id for a resolution symbol, apart from Voeten's rcids (< 1e6).

    ``A/RES/79/266`` -> 1_079_026_600; emergency sessions use 100 + their number.
    """
    m = _SYMBOL.match(symbol.strip())
    if not m:
        raise ValueError(f"unrecognised resolution symbol {symbol!r}")
    es, session, number, part, last = m.groups()
    code = (100 + int(session)) if es else int(session)
    suffix = (ord(part) - ord("A") + 1) if part else 0
    if last:  # one vote on parts A-C: 50 + first part
        suffix += 50
    return 1_000_000_000 + code * 1_000_000 + int(number) * 100 + suffix


def _session_number(rec: dict[str, Any], day: date) -> int:
    label = str(rec.get("session", "")).strip().lower()
    first = label.split(" ")[0] if label else ""
    if "emergency" in label or first not in _ORDINALS:
        return regular_session(day)
    return _ORDINALS[first]


def _is_recorded(rec: dict[str, Any]) -> bool:
    if str(rec.get("voting_type") or "") == "adoptedRecordedVote":
        return True
    if str(rec.get("adoption_type") or "").lower().startswith("by a recorded vote"):
        return True
    return any(rec.get(k) for k in _LISTS)


def _read_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    out: list[tuple[int, dict[str, Any]]] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedSourceError(str(path), f"not UTF-8 text ({exc})") from exc
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedSourceError(str(path), f"invalid JSON ({exc.msg} at column {exc.colno})", line=i) from exc
        if not isinstance(rec, dict) or "symbol" not in rec:
            raise MalformedSourceError(str(path), "record has no 'symbol'", line=i)
        out.append((i, rec))
    return out


def adopted_without_vote(directory: Path) -> pd.DataFrame:
    """The resolutions in ``directory`` adopted without a vote (no member lists).

    Columns: rcid (as :func:`roll_call_id`), source, symbol, date, year, session, title,
    description (the agenda item), subjects (UNBIS terms, ``" ; "``-joined), source_file,
    source_row. A repeated symbol is kept once (the first record); records whose date or
    symbol cannot be read are left out.
    """
    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for path in sorted(Path(directory).glob("*.json")):
        for line, rec in _read_lines(path):
            if _is_recorded(rec):
                continue
            symbol = str(rec["symbol"]).strip()
            try:
                day = parse_date(str(rec.get("adoption_date", "")))
                rcid = roll_call_id(symbol)
            except ValueError:
                continue
            if rcid in seen:
                continue
            seen.add(rcid)
            terms = [str(t[0]) for t in rec.get("subjects") or [] if isinstance(t, list) and len(t) == 2]
            rows.append(
                {
                    "rcid": rcid,
                    "source": SOURCE,
                    "symbol": symbol,
                    "date": day,
                    "year": day.year,
                    "session": _session_number(rec, day),
                    "title": str(rec.get("title") or "").strip(),
                    "description": str(rec.get("agenda_item_name") or "").strip(),
                    "subjects": " ; ".join(terms),
                    "source_file": path.name,
                    "source_row": line,
                }
            )
    cols = ["rcid", "source", "symbol", "date", "year", "session", "title", "description", "subjects"]
    return pd.DataFrame(rows, columns=[*cols, "source_file", "source_row"])


def parse(directory: Path, *, strict: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, ParseReport]:
    """Parse every ``*.json`` in ``directory`` into (roll_calls, votes, subjects, report).

    With ``strict`` a member name the registry cannot resolve is an error naming the
    file and line; without it the vote is dropped and counted.
    """
    directory = Path(directory)
    files = sorted(directory.glob("*.json"))
    if not files:
        raise SourceError(f"{directory}: no *.json files", path=str(directory))
    report = ParseReport(SOURCE, files=[str(f) for f in files])
    name_cache: dict[str, str | None] = {}
    calls: list[dict[str, Any]] = []
    votes: list[tuple[int, str, str]] = []
    subjects: list[tuple[int, str]] = []
    seen: dict[int, tuple[frozenset[tuple[str, str]], str]] = {}
    for path in files:
        for line, rec in _read_lines(path):
            report.read["resolutions"] += 1
            symbol = str(rec["symbol"]).strip()
            where = f"{path.name}:{line}"
            if not _is_recorded(rec):
                report.read["adopted without a vote"] += 1
                continue
            try:
                day = parse_date(str(rec.get("adoption_date", "")))
                rcid = roll_call_id(symbol)
            except ValueError as exc:
                report.drop("recorded vote with unreadable date or symbol", example=f"{where}: {exc}")
                continue
            ballot: list[tuple[str, str]] = []
            for key, value in _LISTS.items():
                for member in rec.get(key) or []:
                    if member not in name_cache:
                        try:
                            name_cache[member] = countries.resolve(member)
                        except CountryError:
                            name_cache[member] = None
                    iso3 = name_cache[member]
                    if iso3 is None:
                        if strict:
                            raise MalformedSourceError(
                                str(path), f"unknown member name {member!r} in {symbol}", line=line
                            )
                        report.drop("vote by an unknown member name", example=f"{where}: {member}")
                        continue
                    ballot.append((iso3, value))
            if not ballot:
                report.drop("recorded vote without member lists", example=where)
                continue
            key_set = frozenset(ballot)
            if rcid in seen:
                earlier_set, earlier_where = seen[rcid]
                if key_set == earlier_set:
                    report.drop("repeated record (identical after name mapping)", example=where)
                else:
                    report.drop(
                        "repeated record with different votes (first kept)",
                        example=f"{where} vs {earlier_where}",
                    )
                continue
            seen[rcid] = (key_set, where)
            if len({i for i, _ in ballot}) != len(ballot):
                report.drop("member listed twice in one resolution (first kept)", example=where)
            listed = {v: sum(1 for _, b in ballot if b == v) for v in _LISTS.values()}
            for k, v in _LISTS.items():
                stated = str(rec.get(f"{k}_count", "")).strip()
                if stated.isdigit() and int(stated) != listed[v]:
                    report.read["stated count differs from listed members (lists kept)"] += 1
                elif not stated.isdigit():
                    report.read["stated count not a number (N.A.)"] += 1
            calls.append(
                {
                    "rcid": rcid,
                    "source": SOURCE,
                    "symbol": symbol,
                    "date": day,
                    "session": _session_number(rec, day),
                    "title": str(rec.get("title") or "").strip(),
                    "description": str(rec.get("agenda_item_name") or "").strip(),
                    "amend": False,
                    "para": False,
                    "important": pd.NA,
                    "source_file": path.name,
                    "source_row": line,
                }
            )
            done: set[str] = set()
            for iso3, value in ballot:
                if iso3 not in done:
                    votes.append((rcid, iso3, value))
                    done.add(iso3)
            for subj in rec.get("subjects") or []:
                if isinstance(subj, list) and len(subj) == 2 and subj[1] == "UNBIS Thesaurus":
                    subjects.append((rcid, str(subj[0])))
    roll_calls = pd.DataFrame(calls)
    if roll_calls.empty:
        raise SourceError(f"{directory}: no resolution adopted by a recorded vote")
    roll_calls["session"] = roll_calls["session"].astype("Int64")
    roll_calls["important"] = roll_calls["important"].astype("boolean")
    roll_calls["amend"] = roll_calls["amend"].astype("boolean")
    roll_calls["para"] = roll_calls["para"].astype("boolean")
    vote_frame = pd.DataFrame(votes, columns=["rcid", "iso3", "vote"]).astype(
        {"rcid": "int64", "iso3": "string", "vote": "string"}
    )
    subj = pd.DataFrame(subjects, columns=["rcid", "subject"]).drop_duplicates()
    report.kept["roll_calls"], report.kept["votes"] = len(roll_calls), len(vote_frame)
    return roll_calls, vote_frame, subj.reset_index(drop=True), report
