"""The evidence layer: explicit warehouse, typed frames with provenance, checked against
independent readings of the bundled files and of the per-country vote lists."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dyadscope import bundled
from dyadscope.errors import ConfigError
from dyadscope.evidence import rights, votes
from dyadscope.evidence.votes import VoteFilter
from dyadscope.warehouse import Warehouse


def _designated(group: str, year: int) -> set[str]:
    """Members of ``group`` in ``year`` read straight from the bundled files."""
    if group == "mnna":
        t = bundled.parquet("groups_mnna.parquet")
    else:
        t = pd.read_csv(io.StringIO(bundled.text("groups.csv")), dtype={"left": "Int64"})
        t = t[t["group"] == group]
    left = t["left"].astype("Float64")
    keep = (t["joined"] <= year) & (left.isna() | (left > year))
    return set(t.loc[keep.fillna(False).astype(bool), "iso3"])


def test_vote_filter_is_frozen_and_validated() -> None:
    flt = VoteFilter.parse(2000, "2010-06-30", "hr, Nuclear weapons and nuclear material", important=True)
    assert flt == VoteFilter(date(2000, 1, 1), date(2010, 6, 30), ("hr", "nu"), True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        flt.since = None  # type: ignore[misc]
    with pytest.raises(ConfigError, match=r"'zz'.*choose from"):
        VoteFilter(issue=("zz",))
    with pytest.raises(ConfigError, match="after until"):
        VoteFilter.parse(2012, 2010)


def test_group_placement_uses_members_of_that_year(warehouse: Warehouse) -> None:
    flt = VoteFilter.parse(2010, 2023)
    g = votes.group_placement(warehouse, "KEN", ["USA"], "coincidence", "year", flt, "nato").set_index("year")
    # coincidence is symmetric: each member's value with the US, from the plain series
    for year in (2010, 2017, 2023):
        members = sorted(_designated("nato", year) - {"USA", "KEN"})
        series = votes.alignment_series(warehouse, "USA", members, "coincidence", "year", VoteFilter.parse(year, year))
        assert g.loc[year, "group_size"] == len(series)
        assert g.loc[year, "group_median"] == pytest.approx(series["value"].median(), abs=1e-12)
    # Montenegro joined in 2017, North Macedonia in 2020, Finland in 2023
    assert g.loc[2016, "group_size"] + 1 == g.loc[2017, "group_size"]
    assert g.loc[2022, "group_size"] + 1 == g.loc[2023, "group_size"]
    assert (g["source"].str.len() > 0).all()


def test_mnna_placement_before_designation(warehouse: Warehouse) -> None:
    flt = VoteFilter.parse(2021, 2022)
    g = votes.group_placement(warehouse, "KEN", ["USA"], "coincidence", "year", flt, "mnna").set_index("year")
    # Colombia and Qatar were designated in 2022, Afghanistan's designation ended in 2022
    assert len(_designated("mnna", 2022)) - len(_designated("mnna", 2021)) == 1
    assert g.loc[2022, "group_size"] - g.loc[2021, "group_size"] == 1


def test_no_mnna_rank_before_the_first_designation(warehouse: Warehouse) -> None:
    g = votes.group_placement(
        warehouse, "KEN", ["USA"], "coincidence", "year", VoteFilter.parse(1984, 1990), "mnna"
    ).set_index("year")
    first = int(bundled.parquet("groups_mnna.parquet")["joined"].min())  # 1987, the Nunn amendment
    assert g.loc[g.index < first, "rank"].isna().all() and (g.loc[g.index < first, "group_size"] == 0).all()
    assert g.loc[g.index >= first, "rank"].notna().all()


def test_alignment_series_names_its_source(warehouse: Warehouse) -> None:
    frame = votes.alignment_series(
        warehouse, "KEN", ["USA", "CHN"], ["coincidence", "kappa"], "year", VoteFilter.parse(2014, 2024)
    )
    assert list(frame.columns) == ["year", "country", "partner", "measure", "value", "n", "source"]
    for year in (2015, 2020, 2023):
        listed = votes.country_votes(warehouse, "KEN", None, VoteFilter.parse(year, year))
        assert set(frame.loc[frame["year"] == year, "source"].iloc[0].split("+")) == set(listed["source"])
    assert frame.loc[frame["year"] == 2015, "source"].iloc[0] == "voeten-unvotes"
    assert frame.loc[frame["year"] == 2023, "source"].iloc[0] == "un-dgacm"


def test_roll_calls_on_a_topic(warehouse: Warehouse) -> None:
    flt = VoteFilter.parse(2015, 2024)
    calls = votes.roll_calls(warehouse, ["USA", "KEN"], flt, topic="nuclear weapons")
    assert len(calls) > 20
    text = (calls["title"].fillna("") + " " + calls["description"].fillna("")).str.lower()
    assert text.str.contains("nuclear").all() and text.str.contains("weapons").all()
    for iso in ("USA", "KEN"):
        listed = votes.country_votes(warehouse, iso, None, flt).set_index("rcid")["vote"]
        recorded = calls[calls["adoption"] == "recorded vote"]
        mine = recorded.set_index("rcid")[iso].dropna()
        assert mine.equals(listed.reindex(mine.index))


def test_pts_by_coder(warehouse: Warehouse) -> None:
    frame = rights.pts(warehouse, "KEN", since=2021)
    raw = bundled.parquet("pts.parquet")
    raw = raw[(raw["iso3"] == "KEN") & (raw["year"] >= 2021)].set_index("year")
    for code, column in (("A", "amnesty"), ("H", "hrw"), ("S", "state_dept")):
        got = frame[frame["pts_source"] == code].set_index("year")["score"]
        assert got.tolist() == raw[column].dropna().astype(float).tolist()
    assert set(frame["source"]) == {rights.SOURCE}


def test_ideal_points_never_estimate(warehouse: Warehouse, tmp_path: object) -> None:
    from dyadscope.alignment.idealpoints import IdealPointConfig
    from dyadscope.errors import NoDataError

    other = IdealPointConfig(max_iter=3)  # no estimates stored for these settings
    with pytest.raises(NoDataError, match="no ideal-point estimates"):
        votes.ideal_points(warehouse, ["KEN"], config=other)
    got = votes.ideal_points(warehouse, ["KEN", "USA"], since=2015).tidy()
    raw = bundled.parquet("idealpoints.parquet")
    raw = raw[raw["country"].isin(["KEN", "USA"]) & (raw["year"] >= 2015)]
    assert len(got) == len(raw)
    assert got["ideal_point"].sum() == pytest.approx(raw["ideal_point"].sum(), rel=1e-12)


@pytest.mark.shared
def test_roll_calls_include_resolutions_adopted_without_a_vote(warehouse: Warehouse, shared: Path) -> None:
    # independent reading of the raw DGACM file of the 77th session
    expected = set()
    for line in (shared / "data/unga/un_dgacm_resolutions/77.json").read_text("utf-8").splitlines():
        rec = json.loads(line) if line.strip() else {}
        text = f"{rec.get('title', '')} {rec.get('agenda_item_name', '')}".lower()
        if rec.get("adoption_type") == "Without a vote" and "nuclear" in text:
            expected.add(rec["symbol"].strip())
    calls = votes.roll_calls(warehouse, ["USA", "KEN"], VoteFilter.parse(), topic="nuclear")
    calls = calls[calls["session"] == 77]
    quiet = calls[calls["adoption"] == "without a vote"]
    assert len(expected) >= 3
    assert set(quiet["symbol"]) == expected
    assert (quiet["USA"] == "without a vote").all() and quiet["yes"].isna().all()
    assert (calls.loc[calls["adoption"] == "recorded vote", "yes"] > 0).all()


def test_published_figures_carry_native_value_and_rate(warehouse: Warehouse) -> None:
    from dyadscope.evidence import trade

    raw = pd.read_csv(io.StringIO(bundled.text("reported_trade.csv")), dtype={"period": str})
    rates = bundled.parquet("fx_annual.parquet")
    pub = trade.published(warehouse, "KEN", "CHN")
    # every Kenya-China row of the CSV, both directions, any period or flow
    want = raw[raw["reporter"].isin(["KEN", "CHN"]) & raw["partner"].isin(["KEN", "CHN"])]
    assert len(pub) == len(want) and set(pub["flow"]) == set(want["flow"])
    row = pub[(pub["reporter"] == "KEN") & (pub["flow"] == "imports") & (pub["period"] == "2019")].iloc[0]
    kes_2019 = rates[(rates["iso3"] == "KEN") & (rates["year"] == 2019)].iloc[0]
    assert (row["native_value"], row["native_currency"], row["as_printed"]) == (376.72e9, "KES", "KSh 376.72 bn")
    assert row["rate"] == pytest.approx(kes_2019["per_usd"], rel=1e-12) and row["rate_year"] == 2019
    assert row["rate_source"] == kes_2019["source"]
    assert row["value"] == pytest.approx(376.72e9 / kes_2019["per_usd"], rel=1e-12)
    assert row["start"] == date(2019, 1, 1) and row["end"] == date(2019, 12, 31)
    usd = pub[pub["native_currency"] == "USD"]
    assert not usd.empty and (usd["rate"] == 1.0).all() and (usd["value"] == usd["native_value"]).all()
    part = pub[pub["period"] == "2023-H1"].iloc[0]  # a half year, converted at its year's average
    assert part["reporter"] == "CHN" and part["rate_year"] == 2023
    assert trade.published(warehouse, "KEN", "CHN", until=2016)["year"].max() == 2016
    assert trade.published(warehouse, "KEN", "USA").empty


def test_exports_by_chapter_and_no_votes(warehouse: Warehouse) -> None:
    from dyadscope.evidence import trade

    hs2 = bundled.parquet("baci_hs2_world.parquet")
    got = trade.exports_by_chapter(warehouse, "KEN", ["09", "06"])
    ref = hs2[(hs2["exporter"] == "KEN") & hs2["hs2"].isin(["09", "06"])]
    assert len(got) == len(ref) > 0 and got["value"].sum() == pytest.approx(ref["value"].sum(), rel=1e-9)
    assert set(got["source"]) == {trade.HS2_SOURCE} and trade.exports_by_chapter(warehouse, "KEN", []).empty
    # the United States in 2025: 'no' on most recorded votes, the reason its coincidence fell
    nv = votes.no_votes(warehouse, "USA", 2025)
    cast = votes.country_votes(warehouse, "USA", None, VoteFilter.parse(2025, 2025, None, False))
    cast = cast[cast["vote"] != "absent"]
    assert (nv.voted, nv.no) == (len(cast), int((cast["vote"] == "no").sum()))
    assert nv.no > 0.5 * nv.voted and 0 < nv.lonely <= nv.no
