"""BACI loading in the real file format, and trade measures against hand-computed values."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import dyadscope.api as api
from dyadscope import fx
from dyadscope.cli import app
from dyadscope.errors import MalformedSourceError, NoDataError, NoRateError
from dyadscope.sources.baci import fix_encoding
from dyadscope.warehouse import Warehouse

HEADER = "t,i,j,k,v,q"
# thousand USD; KEN 404, CHN 156, USA 842
FLOWS = [
    (404, 156, "090240", 10.0),
    (404, 842, "090240", 30.0),
    (404, 842, "850440", 10.0),
    (156, 404, "850440", 100.0),
    (156, 842, "850440", 200.0),
    (842, 404, "850440", 20.0),
    (842, 156, "090240", 40.0),
]


def _year_file(folder: Path, year: int, extra: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"BACI_HS22_Y{year}_V202501.csv"
    rows = [HEADER] + [f"{year},{i},{j},{k},{v:.3f},{'NA' if k == '850440' else '1.5'}" for i, j, k, v in FLOWS]
    path.write_text("\n".join(rows + (extra or [])) + "\n", "utf-8")
    return path


@pytest.fixture()
def loaded(tmp_path: Path) -> Warehouse:
    wh = Warehouse(tmp_path / "wh")
    api.load_baci(_year_file(tmp_path / "baci", 2022), warehouse=wh)
    return wh


def test_balance_in_usd_and_shillings(loaded: Warehouse) -> None:
    t = api.trade("Kenya", "China", since=2022, warehouse=loaded)
    row = t.iloc[0]
    assert (row["exports_usd"], row["imports_usd"], row["balance_usd"]) == (10_000.0, 100_000.0, -90_000.0)
    assert row["currency"] == "KES"
    assert row["imports_local"] == pytest.approx(100_000.0 * row["rate"])
    assert 115 < row["rate"] < 120  # KES averaged about 117.9 per USD in 2022
    assert "CEPII BACI" in row["source"]
    usd = api.trade("KEN", "CHN", since=2022, currency="USD", warehouse=loaded).iloc[0]
    assert usd["rate"] == 1.0


def test_partners_and_concentration(loaded: Warehouse) -> None:
    frame, summary = api.trade_partners("KEN", warehouse=loaded)
    shares = frame.set_index("partner")["export_share"]
    assert shares["USA"] == pytest.approx(0.8) and shares["CHN"] == pytest.approx(0.2)
    assert summary["partner_hhi_exports"] == pytest.approx(0.68)
    assert summary["partner_hhi_exports_normalised"] == pytest.approx(0.36)
    assert summary["partner_hhi_imports"] == pytest.approx(26 / 36)
    assert summary["partner_hhi_imports_normalised"] == pytest.approx((26 / 36 - 0.5) / 0.5)


def test_rca_complementarity_and_opportunities(loaded: Warehouse) -> None:
    from dyadscope.trade import measures as tm

    with loaded.reader("trade") as con:
        r = tm.rca(con, 2022, "KEN").set_index("code")["rca"]
        assert r["090240"] == pytest.approx((40 / 50) / (80 / 410))
        assert r["850440"] == pytest.approx((10 / 50) / (330 / 410))
        assert tm.complementarity(con, "KEN", "CHN", 2022) == pytest.approx(80.0)
    opp = api.trade_opportunities("KEN", "CHN", warehouse=loaded)
    assert list(opp["code"]) == ["090240"]
    top = opp.iloc[0]
    assert top["potential_usd"] == pytest.approx(0.5 * 50_000)
    assert top["unrealised_usd"] == pytest.approx(25_000 - 10_000)
    assert api.trade_opportunities("KEN", "CHN", sector="85", warehouse=loaded).empty


def test_reload_is_idempotent_and_zip_works(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    csv = _year_file(tmp_path / "baci", 2022)
    z = tmp_path / "BACI_HS22_V202501.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(csv, csv.name)
    api.load_baci(z, warehouse=wh)
    api.load_baci(z, warehouse=wh)
    n = wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0]
    assert n == len(FLOWS)


def test_malformed_rows_and_unknown_codes(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    few = _year_file(tmp_path / "a", 2022, ["2022,404,156,090240,not-a-number,1", "2022,999,404,090240,5.0,1"])
    report = api.load_baci(few, warehouse=wh)
    assert report.loc[0, "rejected"] == 1 and report.loc[0, "unknown_codes"] == 1
    assert report.loc[0, "rows"] == len(FLOWS)
    lines = wh.query("SELECT rejects FROM trade.baci_loads")["rejects"].iloc[0]
    assert '"line": 9' in lines
    before = wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0]
    many = _year_file(tmp_path / "b", 2021, [f"2021,404,156,0902{i:02d},oops,1" for i in range(150)])
    with pytest.raises(MalformedSourceError, match=r"150 malformed rows .* line 9"):
        api.load_baci(many, warehouse=wh)
    assert wh.query("SELECT count(*) AS n FROM trade.baci")["n"].iloc[0] == before


def test_truncated_zip(tmp_path: Path) -> None:
    csv = _year_file(tmp_path / "baci", 2022)
    z = tmp_path / "BACI_HS22_V202501.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(csv, csv.name)
    data = z.read_bytes()
    z.write_bytes(data[: len(data) // 2])
    with pytest.raises(MalformedSourceError, match=r"BACI_HS22_V202501\.zip.*truncated"):
        api.load_baci(z, warehouse=tmp_path / "wh")


def test_year_without_rate_is_a_clear_error(tmp_path: Path) -> None:
    wh = Warehouse(tmp_path / "wh")
    api.load_baci(_year_file(tmp_path / "baci", 2031), warehouse=wh)
    # the USD figures stand; the local ones are missing, and each row says why (never another year's rate)
    row = api.trade("KEN", "CHN", since=2031, warehouse=wh).iloc[0]
    assert row["exports_usd"] == 10_000.0
    assert pd.isna(row["rate"]) and pd.isna(row["exports_local"])
    assert "no KES per USD rate for 2031" in row["rate_source"]
    with pytest.raises(NoRateError, match="no KES per USD rate for 2031"):
        fx.usd_rate("KES", 2031)


def test_no_data_and_cli(loaded: Warehouse) -> None:
    with pytest.raises(NoDataError, match="no trade figures between Kenya and Brazil in 2030"):
        api.trade("KEN", "BRA", since=2030, until=2030, warehouse=loaded)
    with pytest.raises(NoDataError, match="product detail needs a BACI release"):
        api.trade("KEN", "BRA", level="hs2", warehouse=loaded)
    res = CliRunner().invoke(app, ["trade", "KEN", "CHN", "-f", "csv", "--warehouse", str(loaded.path)])
    assert res.exit_code == 0
    header = res.stdout.splitlines()[0].split(",")
    for col in (
        "year",
        "reporter",
        "partner",
        "exports_usd",
        "imports_usd",
        "balance_usd",
        "currency",
        "rate",
        "exports_local",
        "imports_local",
        "balance_local",
        "source",
    ):
        assert col in header
    res = CliRunner().invoke(app, ["trade", "partners", "KEN", "--warehouse", str(loaded.path)])
    assert res.exit_code == 0 and "partner_hhi_exports" in res.stderr


def test_double_encoded_names() -> None:
    assert fix_encoding("CÃ´te d'Ivoire") == "Côte d'Ivoire"
    assert fix_encoding("Kenya") == "Kenya"


@pytest.mark.shared
def test_reported_figures_match_the_published_table(shared: Path) -> None:
    """Every transcribed figure appears verbatim in the published table it came from."""
    from dyadscope.sources import flows

    md = (shared / "data/trade/flows/published_kenya_china_figures.md").read_text("utf-8")
    table = flows.reported()
    for text in table["md_text"]:
        assert text in md
    assert table["source_page"].str.startswith("http").all()


def test_mirror_kenya_china() -> None:
    rep = api.reported_trade("KEN", "CHN")
    assert (rep["kind"] == "reported").all()
    row = rep[(rep["reporter"] == "KEN") & (rep["flow"] == "imports") & (rep["period"] == "2019")].iloc[0]
    assert row["value"] == 376.72e9 and row["currency"] == "KES"
    assert row["value_usd"] == pytest.approx(376.72e9 / row["rate"])
    m = api.mirror("KEN", "CHN").set_index("period")
    # China's customs record about 35-60% more exports to Kenya than Kenya records imports
    assert m.loc["2019", "ratio"] == pytest.approx(510.1 / 376.72, rel=1e-9)
    assert 1.3 < m.loc["2020", "ratio"] < 1.7


def test_bundled_sector_flows() -> None:
    ken_us = api.sector_trade("KEN", "USA")
    assert set(ken_us["source"]) == {
        "CEPII BACI via ONE campaign Tariff Turbulence Simulator (african exports to the US by sector)"
    }
    assert ken_us["year"].min() == 2002 and ken_us["year"].max() == 2023
    can = api.sector_trade("CAN", "KEN")
    assert set(can["currency"]) == {"CAD"} and set(can["prices"]) == {"constant 2024"}
    with pytest.raises(NoDataError, match="bundled"):
        api.sector_trade("KEN", "CHN")


def test_levels_and_sectors(loaded: Warehouse) -> None:
    hs2 = api.trade("KEN", "CHN", level="hs2", warehouse=loaded).set_index("code")
    assert hs2.loc["09", "exports_usd"] == 10_000.0 and hs2.loc["85", "imports_usd"] == 100_000.0
    sec = api.trade("KEN", "CHN", level="section", warehouse=loaded).set_index("code")
    assert set(sec.index) == {"II", "XVI"}  # coffee/tea/spices; machinery and electrical equipment
    agri = api.trade("KEN", "CHN", sector="agriculture", warehouse=loaded).iloc[0]
    assert agri["exports_usd"] == 10_000.0 and agri["imports_usd"] == 0.0


def test_partner_summary_has_complementarity(loaded: Warehouse) -> None:
    frame, summary = api.trade_partners("KEN", year=2022, warehouse=loaded)
    assert summary["complementarity_with_CHN"] == pytest.approx(80.0)
    assert frame["source"].str.contains("CEPII BACI").all()


def test_all_country_panels_match_the_single_country_measures(loaded: Warehouse) -> None:
    """The panels (one SQL text for DuckDB and Spark) against hand-computed values and the
    one-country functions of dyadscope.trade.measures (the same SQL, filtered)."""
    rca = api.trade_panel("rca", 2022, warehouse=loaded).set_index(["exporter", "code"])["rca"]
    assert rca["KEN", "090240"] == pytest.approx((40 / 50) / (80 / 410), rel=1e-12)
    assert rca["USA", "090240"] == pytest.approx((40 / 60) / (80 / 410), rel=1e-12)
    conc = api.trade_panel("concentration", 2022, warehouse=loaded).set_index("country")
    # KEN imports 100 from CHN and 20 from USA
    assert conc.loc["KEN", "import_partner_hhi"] == pytest.approx((100 / 120) ** 2 + (20 / 120) ** 2)
    # KEN exports 10 to CHN and 40 to USA; tea 40 and transformers 10
    assert conc.loc["KEN", "export_partner_hhi"] == pytest.approx(0.68)
    assert conc.loc["KEN", "export_product_hhi"] == pytest.approx(0.68)
    _assert_one_country_is_the_panel(loaded, 2022, ["KEN", "CHN", "USA"])
    with pytest.raises(NoDataError, match="no BACI flows for 1999"):
        api.trade_panel("rca", 1999, warehouse=loaded)
    from dyadscope.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown level 'hs3'"):
        api.trade_panel("rca", 2022, level="hs3", warehouse=loaded)


def _assert_one_country_is_the_panel(wh: Warehouse, year: int, countries: list[str], lookback: int = 3) -> None:
    """Each one-country measure equals the panel's rows for that country, value for value."""
    from dyadscope.trade import measures as tm

    panel = {p: api.trade_panel(p, year, warehouse=wh, lookback=lookback) for p in ("rca", "concentration")}
    opp = api.trade_panel("opportunities", year, warehouse=wh, lookback=lookback)
    conc = panel["concentration"]
    with wh.reader("trade") as con:
        for c in countries:
            pairs = (
                (tm.rca(con, year, c), panel["rca"][panel["rca"]["exporter"] == c], ["code"]),
                (tm.concentration(con, c, year), conc[conc["country"] == c], []),
                (tm.opportunities(con, c, None, year, lookback=lookback), opp[opp.exporter == c], ["market", "rank"]),
            )
            for one, all_, keys in pairs:
                one = one.sort_values(keys).reset_index(drop=True) if keys else one.reset_index(drop=True)
                all_ = all_.sort_values(keys).reset_index(drop=True) if keys else all_.reset_index(drop=True)
                pd.testing.assert_frame_equal(one, all_, check_dtype=False, rtol=1e-12)


TIES = [  # thousand USD; KEN 404, CHN 156, USA 842, UGA 800 (imports only)
    (404, 842, "090230", 30.0),
    (404, 842, "090240", 30.0),
    (404, 800, "090230", 5.0),
    (404, 800, "090240", 5.0),
    (156, 842, "090230", 10.0),
    (156, 842, "090240", 10.0),
    (156, 800, "850440", 15.0),
    (842, 404, "850440", 20.0),
    (842, 156, "090230", 5.0),
    (842, 156, "090240", 5.0),
]


@pytest.fixture()
def ties(tmp_path: Path) -> Warehouse:
    wh = Warehouse(tmp_path / "wh")
    for year, flows in ((2022, TIES), (2020, [f for f in TIES if f[0] != 404])):
        path = tmp_path / "baci" / f"BACI_HS22_Y{year}_V202501.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [HEADER] + [f"{year},{i},{j},{k},{v:.3f},1" for i, j, k, v in flows]
        path.write_text("\n".join(rows) + "\n", "utf-8")
        api.load_baci(path, warehouse=wh)
    return wh


def test_one_country_measures_with_no_exports_ties_and_missing_years(ties: Warehouse) -> None:
    """A country that only imports, tied RCA and tied potential, a missing baseline year
    (2019, lookback 3), a present one (2020, lookback 2) and a year not loaded (2021):
    one-country = panel, and both = hand-computed values."""
    from dyadscope.trade import measures as tm

    for lookback in (3, 2):
        _assert_one_country_is_the_panel(ties, 2022, ["KEN", "CHN", "USA", "UGA"], lookback)
    with ties.reader("trade") as con:
        uga = tm.concentration(con, "UGA", 2022).iloc[0]
        # UGA imports 10 from KEN and 15 from CHN and exports nothing: export HHI NULL, not 0 or 1
        assert uga["import_partner_hhi"] == pytest.approx(0.4**2 + 0.6**2)
        assert uga["import_partner_hhi_norm"] == pytest.approx((0.52 - 0.5) / 0.5)
        assert pd.isna(uga["exports_usd"]) and pd.isna(uga["export_partner_hhi"])
        assert pd.isna(uga["export_product_hhi"]) and pd.isna(uga["export_partners"])
        assert tm.rca(con, 2022, "UGA").empty and tm.opportunities(con, "UGA", None, 2022).empty
        # KEN: tea 090230 and 090240, 35 each of 70; world 50 each of 135 -> RCA 1.35, tied, code order
        r = tm.rca(con, 2022, "KEN")
        assert list(r["code"][:2]) == ["090230", "090240"]
        assert r["rca"][:2].to_numpy() == pytest.approx([(35 / 70) / (50 / 135)] * 2, rel=1e-12)
        ken = tm.concentration(con, "KEN", 2022).iloc[0]
        assert ken["export_partner_hhi"] == pytest.approx((60 / 70) ** 2 + (10 / 70) ** 2)
        assert ken["export_product_hhi_norm"] == pytest.approx(0.0)  # two equal products
        # CHN imports 5 of each tea; KEN's world share 0.7 -> potential 3.5 each, none realised: a tie
        top1 = tm.opportunities(con, "KEN", "CHN", 2022, top=1)
        assert list(top1["code"]) == ["090230"] and top1["unrealised_usd"].iloc[0] == pytest.approx(3_500.0)
        both = tm.opportunities(con, "KEN", "CHN", 2022)
        assert list(both["code"]) == ["090230", "090240"] and list(both["rank"]) == [1, 2]
        assert both["world_share_before"].isna().all()  # 2019 not loaded: no baseline, kept
        # lookback 2: KEN exported nothing in 2020, so no baseline share either; kept as well
        assert len(tm.opportunities(con, "KEN", "CHN", 2022, lookback=2)) == 2
        assert tm.opportunities(con, "KEN", "CHN", 2022, sector="85").empty
        assert len(tm.opportunities(con, "KEN", "CHN", 2022, sector="agriculture")) == 2
        assert tm.rca(con, 2021, "KEN").empty and tm.concentration(con, "KEN", 2021).empty
    with pytest.raises(NoDataError, match="no BACI flows for 2021"):
        api.trade_panel("concentration", 2021, warehouse=ties)
    from dyadscope.errors import ConfigError

    with ties.reader("trade") as con, pytest.raises(ConfigError, match='unknown country "K\'E"'):
        tm.concentration(con, "K'E", 2022)
