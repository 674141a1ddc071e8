"""All-pairs trade flows: DOTS and COW parsers, groups, the flows dataset and evidence.trade.

References nobody here wrote: the China-customs and KNBS figures in
``../shared/data/trade/flows/published_kenya_china_figures.md``, and the IMF's own
aggregate rows (World, regions) against the sum of their members.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from dyadscope import bundled, countries
from dyadscope.errors import MalformedSourceError, NoDataError, UnknownCountryError
from dyadscope.evidence import trade as ev
from dyadscope.sources import dots
from dyadscope.trade import parties
from dyadscope.warehouse import Warehouse

DOTS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "trade" / "imf_dots"
KENYA, CHINA, NICARAGUA, NICARAGUA_COPY = "DOTS_104.xlsx", "DOTS_40.xlsx", "DOTS_143.xlsx", "DOTS_144.xlsx"


@pytest.fixture(scope="session")
def flows_wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    wh = Warehouse(tmp_path_factory.mktemp("flows-warehouse"))
    wh.ensure("flows")
    return wh


@pytest.fixture(scope="session")
def kenya_china() -> tuple[pd.DataFrame, dots.DotsReport]:
    return dots.parse_folder(DOTS, [KENYA, CHINA])


# --- DOTS parser on the real workbooks ----------------------------------------------------


@pytest.mark.shared
def test_dots_kenya_file_parsed_with_its_quirks(kenya_china: tuple[pd.DataFrame, dots.DotsReport]) -> None:
    frame, report = kenya_china
    assert set(frame["reporter"]) == {"KEN", "CHN"}
    assert set(frame["flow"]) == {"exports", "imports"}
    assert set(frame.loc[frame["flow"] == "exports", "valuation"]) == {"FOB"}
    # the repeated first partner row (Australia) is dropped once per sheet, not double counted
    assert sum(d["why"] == "repeat of a later row" for d in report.dropped) == 4
    assert not frame.duplicated(["reporter", "partner", "flow", "year"]).any()
    # groups are group codes, never countries
    ken = frame[(frame["reporter"] == "KEN") & (frame["flow"] == "exports")]
    assert {"World", "Sub-Saharan Africa", "EU", "Euro Area", "Advanced Economies"} <= set(ken["partner"])
    assert "Memorandum Items" not in set(frame["partner"])
    # China has no columns for 1962-1977: no values invented for them
    chn = frame[frame["reporter"] == "CHN"]
    assert not chn["year"].between(1962, 1977).any()
    assert chn["year"].min() < 1962


@pytest.mark.shared
def test_dots_estimates_kept_and_flagged(kenya_china: tuple[pd.DataFrame, dots.DotsReport]) -> None:
    frame, report = kenya_china
    est = frame[frame["estimate"]]
    assert report.estimates == len(est) > 0
    assert (est["value"] >= 0).all() and est["value"].max() > 1e6
    # an estimate is a value in dollars like any other: "2.39 e" -> 2,390,000
    assert dots._value("2.39 e", "x") == (2.39, True)
    assert dots._value("1,024.50 e", "x") == (1024.5, True)
    assert dots._value(3.5, "x") == (3.5, False)
    assert dots._value("", "x") is None
    with pytest.raises(MalformedSourceError, match="neither a number"):
        dots._value("n/a", "DOTS_1.xlsx row 9")


@pytest.mark.shared
def test_dots_duplicate_reporter_file_dropped_once() -> None:
    frame, report = dots.parse_folder(DOTS, [NICARAGUA, NICARAGUA_COPY])
    assert set(frame["file"]) == {NICARAGUA}
    assert [d["why"] for d in report.dropped if d["file"] == NICARAGUA_COPY][-1] == f"copy of {NICARAGUA}"
    assert report.rows == len(frame)


@pytest.mark.shared
def test_dots_world_total_equals_sum_of_partner_rows(kenya_china: tuple[pd.DataFrame, dots.DotsReport]) -> None:
    """The IMF's World row against the sum of the reporter's country rows and residuals."""
    frame, _ = kenya_china
    ex = frame[(frame["flow"] == "exports") & frame["year"].between(2000, 2020)]
    world = ex[ex["partner"] == "World"].set_index(["reporter", "year"])["value"]
    unallocated = [g.code for g in parties.GROUPS if g.kind == "residual" and g.members == ()]
    parts = ex[~ex["partner"].map(parties.is_group) | ex["partner"].isin(unallocated)]
    total = parts.groupby(["reporter", "year"])["value"].sum()
    ratio = (total / world).dropna()
    assert len(ratio) == 42
    assert ratio.between(0.98, 1.02).all(), ratio[~ratio.between(0.98, 1.02)]


def test_every_dots_name_is_a_country_or_a_group() -> None:
    names = pd.read_csv(io.StringIO(bundled.text("dots_names.csv")))
    assert len(names) > 240
    for r in names.itertuples(index=False):
        if r.kind == "group":
            assert parties.is_group(r.code), r
        else:
            assert r.code in dots.HISTORICAL or countries.resolve(r.code) == r.code, r
    assert names.set_index("imf_name").loc["China, P.R.: Mainland", "code"] == "CHN"
    assert names.set_index("imf_name").loc["Netherlands, The", "code"] == "NLD"
    assert names.set_index("imf_name").loc["Euro Area", "kind"] == "group"


def test_group_resolver() -> None:
    assert parties.resolve("sub-saharan africa") == "Sub-Saharan Africa"
    assert parties.resolve("European Union") == "EU"
    assert parties.resolve("eurozone") == "Euro Area"
    assert parties.resolve("world") == "World"
    assert parties.resolve("Kenya") == "KEN"
    assert parties.resolve("china") == "CHN"
    with pytest.raises(UnknownCountryError, match="Sub-Saharan Africa"):
        parties.resolve("Atlantis")
    assert "KEN" in (parties.members("Sub-Saharan Africa") or ())
    assert "EGY" not in (parties.members("Sub-Saharan Africa") or ())


# --- the flows dataset -----------------------------------------------------------------------


def test_group_members_sum_to_the_group_rows(flows_wh: Warehouse) -> None:
    """Every group with documented members: a reporter's exports to the group equal the sum
    of its exports to the members (median over reporters, 2019, flows over US$100 million)."""
    frame = flows_wh.query(
        "SELECT reporter, partner, value FROM flows.records WHERE source = 'imf-dots' AND year = 2019"
        " AND flow = 'exports'",
        None,
        "flows",
    )
    frame = frame[~frame["reporter"].map(parties.is_group)]
    checked = 0
    for g in parties.GROUPS:
        if not g.members or g.kind not in ("region", "memo", "union"):
            continue
        gv = frame[frame["partner"] == g.code].set_index("reporter")["value"]
        mv = frame[frame["partner"].isin(g.members)].groupby("reporter")["value"].sum()
        both = pd.concat([gv.rename("group"), mv.rename("members")], axis=1).dropna()
        both = both[both["group"] > 100e6]
        if both.empty:
            continue
        checked += 1
        ratio = (both["members"] / both["group"]).median()
        assert ratio == pytest.approx(1.0, abs=0.002), (g.code, ratio)
    assert checked >= 10


def test_flows_rows_carry_provenance(flows_wh: Warehouse) -> None:
    frame = ev.flows(flows_wh, "KEN", "CHN", since=2015, until=2015)
    assert set(frame["basis"]) == {"reported", "mirror", "published"}
    assert set(frame["currency"]) == {"USD"}
    dots_rows = frame[frame["source"] == "imf-dots"]
    assert dots_rows["file"].str.match(r"DOTS_\d+\.xlsx").all()
    assert (dots_rows["row"] > 6).all()
    # Kenya's own import record is CIF; China's record of the same goods is its FOB exports
    imp = frame[(frame["flow"] == "imports") & (frame["source"] == "imf-dots")].set_index("basis")
    assert imp.loc["reported", "valuation"] == "CIF"
    assert imp.loc["mirror", "valuation"] == "FOB"
    assert imp.loc["mirror", "file"] == CHINA
    # one preferred number per flow and year: the reporter's own record
    top = frame[frame["preference"] == 1]
    assert not top.duplicated(["flow", "year"]).any()
    assert set(top["basis"]) == {"reported"}


def test_no_mirror_rows_for_groups(flows_wh: Warehouse) -> None:
    frame = ev.flows(flows_wh, "World", "KEN", since=2019, until=2019)
    assert set(frame["basis"]) == {"reported"}  # the IMF's World file; never a mirror of a group
    frame = ev.flows(flows_wh, "USA", "World", since=2019, until=2019)
    assert {"imf-dots", "baci"} <= set(frame["source"])
    assert set(frame["basis"]) == {"reported"}


# --- references nobody here wrote (published_kenya_china_figures.md) ------------------------


def _kes_bn(value_bn: float, year: int) -> float:
    from dyadscope import fx

    return value_bn * 1e9 / fx.usd_rate("KES", year).per_usd


def test_dots_china_exports_to_kenya_match_china_customs(flows_wh: Warehouse) -> None:
    """China customs (GACC) as published: KSh 510.1 bn (2019) and KSh 576 bn (2020),
    converted at the year's average KES rate; DOTS China -> Kenya exports within 3%."""
    frame = ev.flows(flows_wh, "CHN", "KEN", flow="exports", basis="reported", since=2019, until=2020)
    dots_ = frame[frame["source"] == "imf-dots"].set_index("year")["value"]
    for year, kes_bn in ((2019, 510.1), (2020, 576.0)):
        assert dots_[year] == pytest.approx(_kes_bn(kes_bn, year), rel=0.03)


def test_kenya_import_records_match_knbs(flows_wh: Warehouse) -> None:
    """KNBS as published: Kenya's imports from China KSh 320.8 bn (2015), 337.4 bn (2016),
    US$3.72 bn (2018), KSh 376.72 bn (2019), 361.36 bn (2020). Kenya's own record in DOTS
    within 3%. COW ends in 2014, before the first KNBS year here; COW's Kenyan import
    record is compared with DOTS's for 2010-2013 instead (within 5%: COW used older DOTS vintages)."""
    rec = ev.flows(flows_wh, "KEN", "CHN", flow="imports", basis="reported", since=2010, until=2020)
    dots_ = rec[rec["source"] == "imf-dots"].set_index("year")["value"]
    knbs = {2015: _kes_bn(320.8, 2015), 2016: _kes_bn(337.4, 2016), 2018: 3.72e9}
    knbs |= {2019: _kes_bn(376.72, 2019), 2020: _kes_bn(361.36, 2020)}
    for year, value in knbs.items():
        assert dots_[year] == pytest.approx(value, rel=0.03), year
    cow = rec[rec["source"] == "cow"].set_index("year")["value"]
    assert list(cow.index) == [2010, 2011, 2012, 2013, 2014]
    for year in (2010, 2011, 2012, 2013):
        assert cow[year] == pytest.approx(dots_[year], rel=0.05), year  # other DOTS vintages
    # 2014: COW's figure is not Kenya's record (half of it) but China's export record
    # plus about 14%, the way COW fills a missing import record from the partner's side
    china = ev.flows(flows_wh, "CHN", "KEN", flow="exports", basis="reported", since=2014, until=2014)
    china_2014 = float(china.loc[china["source"] == "imf-dots", "value"].iloc[0])
    assert cow[2014] > 1.8 * dots_[2014]
    assert 1.0 < cow[2014] / china_2014 < 1.2


def test_reported_imports_against_mirror_exports_median_ratio(flows_wh: Warehouse) -> None:
    """Importers' records (COW, DOTS) against the exporters' DOTS records of the same goods,
    1995-2014, flows of US$10 million or more: CIF/FOB alone predicts 1.05-1.10."""
    frame = flows_wh.query(
        """
        WITH r AS (SELECT * FROM flows.records WHERE basis = 'reported' AND year BETWEEN 1995 AND 2014),
        imp AS (SELECT source, reporter, partner, year, value FROM r WHERE flow = 'imports' AND value >= 10e6),
        ex AS (SELECT reporter, partner, year, value FROM r WHERE flow = 'exports' AND source = 'imf-dots'
               AND value > 0)
        SELECT imp.source, count(*) AS n, median(imp.value / ex.value) AS ratio
        FROM imp JOIN ex ON ex.reporter = imp.partner AND ex.partner = imp.reporter AND ex.year = imp.year
        WHERE length(imp.reporter) = 3 AND length(imp.partner) = 3 GROUP BY imp.source
        """,
        None,
        "flows",
    ).set_index("source")
    assert frame.loc["cow", "n"] > 100_000
    assert 1.05 <= frame.loc["cow", "ratio"] <= 1.12
    assert 1.05 <= frame.loc["imf-dots", "ratio"] <= 1.12


def test_bilateral_both_bases_side_by_side(flows_wh: Warehouse) -> None:
    frame = ev.bilateral(flows_wh, "KEN", "CHN", 2015, 2020)
    assert list(frame["year"]) == [2015, 2016, 2017, 2018, 2019, 2020]
    assert (frame["imports_reported"] < frame["imports_mirror"]).all()  # Kenya records less than China ships
    assert (frame["balance"] == frame["exports"] - frame["imports"]).all()
    assert set(frame["imports_source"]) == {"imf-dots"}
    with pytest.raises(NoDataError):
        ev.bilateral(flows_wh, "KEN", "CHN", 1800, 1801)


def test_bilateral_with_a_group(flows_wh: Warehouse) -> None:
    frame = ev.bilateral(flows_wh, "CHN", "Africa", 2019, 2019)
    assert frame["exports"].iloc[0] > 50e9
    assert pd.isna(frame["exports_mirror"].iloc[0])


def test_partner_shares_one_country_is_the_panel_filtered(flows_wh: Warehouse) -> None:
    panel = ev.partner_shares_panel(flows_wh, 2019, "exports")
    one = ev.partner_shares(flows_wh, "KEN", 2019, "exports")
    mine = panel[panel["reporter"] == "KEN"].reset_index(drop=True)
    pd.testing.assert_frame_equal(one.reset_index(drop=True), mine)
    assert one["share"].sum() == pytest.approx(1.0)
    assert one["hhi"].iloc[0] == pytest.approx((one["share"] ** 2).sum())
    assert list(one["rank"]) == list(range(1, len(one) + 1))
    assert one["value"].is_monotonic_decreasing
    assert panel["reporter"].nunique() > 150


def test_gap_lists_ratio_and_reasons(flows_wh: Warehouse) -> None:
    frame = ev.gap(flows_wh, "KEN", "CHN", 2015, 2020)
    ken = frame[frame["importer"] == "KEN"].set_index("year")
    assert (ken["imports_valuation"] == "CIF").all() and (ken["exports_valuation"] == "FOB").all()
    assert (ken["ratio"] == ken["imports_recorded"] / ken["exports_recorded"]).all()
    assert ken.loc[2015, "ratio"] < 0.6  # Kenya records barely more than half of what China ships
    assert any("CIF" in r for r in frame.attrs["reasons"])
    assert any("Hong Kong" in r for r in frame.attrs["reasons"])


# --- api and CLI, offline for any pair or group -------------------------------------------------


def test_api_trade_pair_in_usd_and_local_currency(flows_wh: Warehouse) -> None:
    import dyadscope.api as api

    frame = api.trade("Kenya", "China", since=2015, until=2020, warehouse=flows_wh)
    assert list(frame["year"]) == list(range(2015, 2021))
    row = frame.set_index("year").loc[2019]
    assert row["currency"] == "KES" and 95 < row["rate"] < 110
    assert row["imports_local"] == pytest.approx(row["imports_usd"] * row["rate"])
    assert "Central Bank of Kenya" in row["rate_source"] or "IMF" in row["rate_source"]
    assert row["imports_mirror_usd"] > row["imports_reported_usd"]
    assert "IMF Direction of Trade Statistics" in row["source"]
    world = api.trade("USA", "World", since=2019, until=2019, warehouse=flows_wh).iloc[0]
    assert world["currency"] == "USD" and world["imports_usd"] > 2e12  # US goods imports ~US$2.5 trillion
    assert world["exports_source"] == "baci (reported)"  # BACI before DOTS for the same basis


def test_cli_pair_group_partners_gap_profile(flows_wh: Warehouse) -> None:
    from typer.testing import CliRunner

    from dyadscope.cli import app

    wh = ["--warehouse", str(flows_wh.path)]
    run = CliRunner().invoke
    res = run(app, ["trade", "KEN", "CHN", "--since", "2019", "--until", "2020", "-f", "csv", *wh])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0].startswith("year,reporter,partner,exports_usd,imports_usd,balance_usd")
    assert len(res.stdout.splitlines()) == 3
    res = run(app, ["trade", "CHN", "Africa", "--since", "2020", *wh])
    assert res.exit_code == 0 and "Africa" in res.stdout
    res = run(app, ["trade", "partners", "KEN", "--year", "2019", "-f", "json", *wh])
    assert res.exit_code == 0 and '"partner":"UGA"' in res.stdout.replace(" ", "")
    res = run(app, ["trade", "gap", "KEN", "CHN", "--since", "2020", *wh])
    assert res.exit_code == 0 and "Known reasons" in res.stderr and "CIF/FOB" in res.stderr
    res = run(app, ["trade", "profile", "KEN", "--year", "2020", "-f", "csv", *wh])
    assert res.exit_code == 0 and "Coffee, tea and spices" in res.stdout.splitlines()[1]
    res = run(app, ["trade", "KEN", "Atlantis", *wh])
    assert res.exit_code != 0


def test_rca_hs2_one_country_is_the_panel_filtered(flows_wh: Warehouse) -> None:
    panel = ev.rca_panel_hs2(flows_wh, 2015)
    assert panel["exporter"].nunique() > 180
    one = ev.rca_hs2(flows_wh, "KEN", 2015).set_index("code")
    mine = panel[panel["exporter"] == "KEN"].set_index("code")
    pd.testing.assert_series_equal(one["rca"].sort_index(), mine["rca"].sort_index())
    # Balassa by hand for Kenya's tea and coffee (HS 09) from the extract itself
    x = flows_wh.query("SELECT exporter, hs2, value FROM flows.hs2_world WHERE year = 2015", None, "flows")
    ken = x[x["exporter"] == "KEN"]
    by_hand = (ken.loc[ken["hs2"] == "09", "value"].sum() / ken["value"].sum()) / (
        x.loc[x["hs2"] == "09", "value"].sum() / x["value"].sum()
    )
    assert one.loc["09", "rca"] == pytest.approx(by_hand, rel=1e-9)
    assert one.loc["09", "hs2_name"] == "Coffee, tea and spices"


def test_partner_shares_sql_edge_cases_zero_exports_and_ties() -> None:
    """The one SQL text on a hand-made records table: a reporter whose exports are all zero
    gets NULL shares and a NULL index (not 0 or 1); tied partners rank by partner code; the
    one-country text equals the panel's rows for that country."""
    import duckdb

    from dyadscope.trade import flows as tf

    rows = [
        ("imf-dots", "AAA", "BBB", "exports", 2019, 50.0),
        ("imf-dots", "AAA", "CCC", "exports", 2019, 50.0),  # tie with BBB
        ("imf-dots", "AAA", "DDD", "exports", 2019, 100.0),
        ("imf-dots", "ZZZ", "BBB", "exports", 2019, 0.0),  # a reporter with no exports
        ("imf-dots", "ZZZ", "World", "exports", 2019, 0.0),
    ]
    frame = pd.DataFrame(rows, columns=["source", "reporter", "partner", "flow", "year", "value"]).assign(
        currency="USD",
        unit="million USD",
        valuation="FOB",
        basis="reported",
        file="x",
        row=1,
        estimate=False,
        note=None,
    )
    con = duckdb.connect()
    con.register("recs", frame)
    panel = con.execute(tf.partner_shares_sql("recs", year=2019) + " ORDER BY reporter, rank").df()
    aaa = panel[panel["reporter"] == "AAA"].set_index("partner")
    assert list(aaa.sort_values("rank").index) == ["DDD", "BBB", "CCC"]
    assert aaa.loc["BBB", "share"] == 0.25 and aaa.loc["DDD", "share"] == 0.5
    assert aaa["hhi"].iloc[0] == pytest.approx(0.25**2 * 2 + 0.5**2)
    assert aaa["hhi_normalised"].iloc[0] == pytest.approx((0.375 - 1 / 3) / (1 - 1 / 3))
    zzz = panel[panel["reporter"] == "ZZZ"]
    assert list(zzz["partner"]) == ["BBB"]  # the group row is not a partner
    assert zzz["share"].isna().all() and zzz["hhi"].isna().all() and zzz["hhi_normalised"].isna().all()
    assert int(zzz["partners"].iloc[0]) == 0
    for c in ("AAA", "ZZZ"):
        one = con.execute(tf.partner_shares_sql("recs", year=2019, country=c) + " ORDER BY rank").df()
        pd.testing.assert_frame_equal(one, panel[panel["reporter"] == c].reset_index(drop=True))
