"""Parsers of the real source formats: DGACM JSON Lines quirks and the unvotes .rda files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyadscope.errors import MalformedSourceError, SourceError
from dyadscope.sources import dgacm, unga, unvotes


def _record(symbol: str, **over: object) -> dict[str, object]:
    rec: dict[str, object] = {
        "symbol": symbol,
        "title": "Necessity of ending the economic, commercial and financial embargo",
        "session": "Seventy-ninth session",
        "adoption_date": "30\xa0October 2024",
        "MS_in_favour": ["KENYA", "CHINA", "TÜRKİYE"],
        "MS_against": ["UNITED STATES"],
        "MS_abstaining": ["NETHERLANDS (KINGDOM OF THE)"],
        "MS_in_favour_count": "3",
        "MS_against_count": "1",
        "MS_abstaining_count": "N.A.",
        "subjects": [["EMBARGO", "UNBIS Thesaurus"], ["A/79/L.5", "DHLAUTH"]],
    }
    rec.update(over)
    return rec


def _write(folder: Path, name: str, records: list[dict[str, object]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 December 2024", date(2024, 12, 5)),
        ("5\xa0December 2024", date(2024, 12, 5)),
        ("2024-12-05 00:00:00", date(2024, 12, 5)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert dgacm.parse_date(text) == expected


def test_regular_session_of_emergency_votes() -> None:
    assert dgacm.regular_session(date(2022, 3, 2)) == 76  # ES-11/1
    assert dgacm.regular_session(date(2023, 10, 27)) == 78  # ES-10/21


def test_roll_call_ids_are_distinct_and_stable() -> None:
    ids = {
        dgacm.roll_call_id(s)
        for s in [
            "A/RES/79/1",
            "A/RES/79/10",
            "A/RES/ES-11/1",
            "A/RES/75/290 A",
            "A/RES/75/290 B",
            "A/RES/75/254 A-C",
        ]
    }
    assert len(ids) == 6
    assert dgacm.roll_call_id("A/RES/79/266") == 1_079_026_600
    assert min(ids) > 10_000_000  # never a Voeten rcid


def test_quirks(tmp_path: Path) -> None:
    recs = [
        _record("A/RES/79/7"),
        # repeated record, spelled differently: identical after name mapping
        _record("A/RES/79/7", MS_in_favour=["KENYA", "CHINA", "TÜRKÝYE"]),
        # adopted without a vote (no voting_type, empty lists)
        _record(
            "A/RES/79/8",
            MS_in_favour=[],
            MS_against=[],
            MS_abstaining=[],
            adoption_type="Without a vote",
        ),
        _record("A/RES/79/9", adoption_date="2024-12-05 00:00:00", voting_type="adoptedRecordedVote"),
    ]
    _write(tmp_path, "79.json", recs)
    calls, votes, subjects, report = dgacm.parse(tmp_path)
    assert sorted(calls["symbol"]) == ["A/RES/79/7", "A/RES/79/9"]
    assert report.dropped["repeated record (identical after name mapping)"] == 1
    assert report.read["adopted without a vote"] == 1
    assert report.read["stated count not a number (N.A.)"] == 2
    v = votes[votes["rcid"] == dgacm.roll_call_id("A/RES/79/7")].set_index("iso3")["vote"]
    assert v.to_dict() == {"KEN": "yes", "CHN": "yes", "TUR": "yes", "USA": "no", "NLD": "abstain"}
    assert set(calls["session"]) == {79}
    assert subjects["subject"].tolist() == ["EMBARGO", "EMBARGO"]
    assert calls.loc[calls["symbol"] == "A/RES/79/7", "source_row"].item() == 1


def test_truncated_file_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "80.json", [_record("A/RES/80/1"), _record("A/RES/80/2")])
    text = path.read_text("utf-8")
    path.write_text(text[: len(text) - 40], "utf-8")  # cut inside the second record
    with pytest.raises(MalformedSourceError) as info:
        dgacm.parse(tmp_path)
    assert info.value.line == 2
    assert "80.json" in str(info.value)


def test_unknown_member_name_is_an_error_naming_the_line(tmp_path: Path) -> None:
    _write(tmp_path, "79.json", [_record("A/RES/79/7", MS_against=["ATLANTIS"])])
    with pytest.raises(MalformedSourceError, match=r"79\.json, line 1: unknown member name 'ATLANTIS'"):
        dgacm.parse(tmp_path)
    _, votes, _, report = dgacm.parse(tmp_path, strict=False)
    assert report.dropped["vote by an unknown member name"] == 1
    assert len(votes) == 4


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no \*\.json"):
        dgacm.parse(tmp_path)


def test_issue_rules() -> None:
    import pandas as pd

    titles = pd.Series(
        {
            1: "The situation in the Occupied Palestinian Territory",
            2: "Nuclear disarmament",
            3: "International Day of Hope",
        }
    )
    got = unga.classify_issues(titles, pd.DataFrame(columns=["rcid", "subject"]))
    assert set(map(tuple, got[["rcid", "code"]].values.tolist())) == {
        (1, "me"),
        (2, "nu"),
        (2, "di"),
    }


@pytest.mark.shared
def test_unvotes_real_files(shared: Path) -> None:
    calls, votes, issues, report = unvotes.parse(shared / "data/unga/voeten_unvotes")
    assert len(calls) == 6203
    assert len(votes) == 870_109
    assert set(issues["code"]) == {"me", "nu", "di", "hr", "co", "ec"}
    assert report.kept["votes of the YUG seat assigned to SRB from 2006-06-03"] > 0
    # absences are not rows in this source
    assert set(votes["vote"]) == {"yes", "no", "abstain"}


@pytest.mark.shared
def test_corrupt_rda_names_the_file(shared: Path, tmp_path: Path) -> None:
    import shutil

    for name in unvotes.FILES:
        shutil.copy(shared / "data/unga/voeten_unvotes" / name, tmp_path / name)
    raw = (tmp_path / "un_votes.rda").read_bytes()
    (tmp_path / "un_votes.rda").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(MalformedSourceError, match=r"un_votes\.rda"):
        unvotes.parse(tmp_path)


@pytest.mark.shared
def test_merged_sources_counts(shared: Path) -> None:
    tables = unga.build(shared / "data/unga/voeten_unvotes", shared / "data/unga/un_dgacm_resolutions")
    dg = tables.reports[1]
    assert dg.dropped["already a Voeten roll call (session 74 overlap)"] == 90
    assert dg.kept["roll_calls"] == 640
    assert len(tables.roll_calls) == 6203 + 640
    assert tables.roll_calls["rcid"].is_unique
    assert not tables.votes.duplicated(["rcid", "iso3"]).any()
    assert tables.roll_calls["date"].max() >= date(2026, 1, 1)
