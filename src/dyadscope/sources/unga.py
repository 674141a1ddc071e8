"""Both UN General Assembly vote sources merged into one canonical model.

* Voeten/``unvotes`` covers 1946 to January 2020 (session 74 in part); DGACM covers
  sessions 74-80 and emergency sessions 10-11. A DGACM resolution whose symbol is
  already a Voeten roll call is dropped (Voeten keeps its rcid, issue codes and
  amendment/paragraph votes).
* Voeten's six issue codes are kept; DGACM resolutions get the same codes from a
  documented keyword rule on title and UNBIS subjects (``method = 'rule'``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dyadscope.sources import dgacm, unvotes
from dyadscope.sources.report import ParseReport

ISSUES: dict[str, str] = {
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}
# Keyword rules that give DGACM resolutions Voeten's issue codes (case-insensitive,
# matched on the title and the UNBIS subject terms). A resolution may get several.
ISSUE_RULES: dict[str, str] = {
    "me": r"palestin|israel|jerusalem|occupied syrian golan|near east|gaza|west bank|unrwa",
    "nu": r"nuclear",
    "di": r"disarmament|arms|weapon|missile|outer space|ammunition|mines\b",
    "hr": r"human rights|torture|racism|racial discrimination|rights of the child"
    r"|freedom of expression|death penalty|moratorium on the use of the death",
    "co": r"colonial|self-governing|self-determination|decoloni|malvinas|puerto rico"
    r"|chagos|western sahara|new caledonia|french polynesia",
    "ec": r"economic|development|trade|debt|financial|poverty|sustainable|coercive measures"
    r"|embargo|industrial|agricultur|food security",
}


@dataclass
class VoteTables:
    """The canonical vote model: roll calls, votes and issue codes, plus the reports."""

    roll_calls: pd.DataFrame
    votes: pd.DataFrame
    issues: pd.DataFrame
    reports: list[ParseReport]
    adoptions: pd.DataFrame | None = None  # resolutions adopted without a vote (DGACM)


def classify_issues(titles: pd.Series, subjects: pd.DataFrame) -> pd.DataFrame:
    """Issue codes for roll calls from ``titles`` (indexed by rcid) and subject terms."""
    text = titles.fillna("").astype(str)
    if not subjects.empty:
        joined = subjects.groupby("rcid")["subject"].agg(" ; ".join)
        text = text + " ; " + joined.reindex(text.index).fillna("")
    rows = []
    for code, pattern in ISSUE_RULES.items():
        hit = text.str.contains(pattern, flags=re.IGNORECASE, regex=True)
        rows += [(int(rcid), code, ISSUES[code], "rule") for rcid in text.index[hit]]
    return pd.DataFrame(rows, columns=["rcid", "code", "issue", "method"])


def build(voeten_dir: Path, dgacm_dir: Path, *, strict: bool = True) -> VoteTables:
    """Parse both sources and merge them; nothing is read from the warehouse. The DGACM
    files are read first: a malformed one is reported in a second, before the seconds
    the unvotes .rda files take."""
    d_calls, d_votes, d_subj, d_rep = dgacm.parse(dgacm_dir, strict=strict)
    v_calls, v_votes, v_issues, v_rep = unvotes.parse(voeten_dir)
    overlap = d_calls["symbol"].isin(set(v_calls["symbol"].dropna()))
    d_rep.drop(
        "already a Voeten roll call (session 74 overlap)",
        int(overlap.sum()),
        example=str(d_calls.loc[overlap, "symbol"].iloc[0]) if overlap.any() else None,
    )
    dropped_ids = set(d_calls.loc[overlap, "rcid"])
    d_rep.drop("votes on roll calls already in Voeten", int(d_votes["rcid"].isin(dropped_ids).sum()))
    d_calls = d_calls[~overlap]
    d_votes = d_votes[~d_votes["rcid"].isin(dropped_ids)]
    d_rep.kept["roll_calls"], d_rep.kept["votes"] = len(d_calls), len(d_votes)
    d_issues = classify_issues(d_calls.set_index("rcid")["title"], d_subj[d_subj["rcid"].isin(d_calls["rcid"])])
    calls = pd.concat([v_calls, d_calls], ignore_index=True)
    calls["year"] = pd.to_datetime(calls["date"]).dt.year.astype("int32")
    calls = calls.sort_values(["date", "rcid"]).reset_index(drop=True)
    votes = pd.concat([v_votes, d_votes], ignore_index=True)
    issues = pd.concat([v_issues, d_issues], ignore_index=True)
    adoptions = dgacm.adopted_without_vote(dgacm_dir)
    return VoteTables(calls, votes, issues.reset_index(drop=True), [v_rep, d_rep], adoptions)
