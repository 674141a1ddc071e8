"""The brief follows its article: partners, roles and sections, on the seed and on VOA
articles about other countries; numbers print with units; charts explain themselves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import dyadscope as ds
from dyadscope import api
from dyadscope.report import format as fmt
from dyadscope.report import partners, topics
from dyadscope.report.model import Brief
from dyadscope.warehouse import Warehouse

EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"
VOA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "voa_silk_road"
ZAMBIA = VOA / "2018-09-11-voa-zambia-continues-to-borrow-as-china-debt-concerns-rise.md"
DJIBOUTI = VOA / "2018-07-11-voa-djiboutis-new-free-trade-zone-creates-opportunities-deepens-dependency.md"
UGANDA = VOA / "2019-03-22-voa-uganda-launches-china-built-isimba-dam.md"


@pytest.fixture(scope="module")
def seed(warehouse: Warehouse) -> Brief:
    return api.brief(EXAMPLE, when="2024-12-15", warehouse=warehouse)


@pytest.fixture(scope="module")
def voa(warehouse: Warehouse) -> dict[str, Brief]:
    if not VOA.exists():
        pytest.skip(f"VOA corpus not found at {VOA}")
    return {k: api.brief(p, warehouse=warehouse) for k, p in (("ZMB", ZAMBIA), ("DJI", DJIBOUTI), ("UGA", UGANDA))}


def _keys(b: Brief) -> list[str]:
    return [s.key for s in b.sections]


def _specs(b: Brief) -> list[dict[str, Any]]:
    return [c.spec for s in b.sections for c in s.charts]


def test_number_formats() -> None:
    assert fmt.money(458.5e9, "KES") == "KES 458.5 bn"
    assert fmt.money(3.275e9, "USD") == "USD 3.3 bn"
    assert fmt.money(10_000_000_000.0) == "USD 10.0 bn"  # never 10000000000.000
    assert fmt.money(812e6, "USD") == "USD 812.0 m"
    # below zero: a minus sign before the currency, never "USD -67.2 m"; a balance in words
    assert fmt.money(-67.2e6) == "\u2212USD 67.2 m" and fmt.money(-45_300, "KES") == "\u2212KES 45,300"
    assert fmt.money(-0.2) == "USD 0"  # rounds to nothing: no sign
    assert fmt.balance(-67.2e6) == fmt.cell(-67.2e6, "balance") == "deficit USD 67.2 m"
    assert fmt.balance(1.2e9) == "surplus USD 1.2 bn" and fmt.balance(0.3) == "balanced"
    assert fmt.change(-0.304) == "\u221230%" and fmt.change(0.23) == "+23%"
    assert fmt.possessive("Kenya") == "Kenya's" and fmt.possessive("United States") == "United States'"
    assert fmt.pct(0.034) == "3.4%" and fmt.pct(0.0004) == "0.04%"
    assert fmt.rank(12.0, 21) == "12th of 21" and fmt.ordinal(22) == "22nd" and fmt.ordinal(13) == "13th"
    assert fmt.day(pd.Timestamp("2024-12-05 00:00:00")) == "2024-12-05"
    cut = fmt.shorten("Situation of human rights in the Islamic Republic of Iran and elsewhere", 40)
    assert cut == "Situation of human rights in the Islamic …"  # cut between words, said so


def test_balances_read_as_deficits(seed: Brief) -> None:
    trade = next(s for s in seed.sections if s.key == "bilateral")
    for t in trade.frames:
        cells = [row[-1] for row in t.rows()]
        want = t.data["balance"]
        assert len(cells) == len(want) > 5
        for cell, value in zip(cells, want, strict=True):
            word = "deficit" if value < 0 else "surplus"
            assert cell == f"{word} {fmt.money(abs(value))}", (cell, value)  # same amount, its sign in words
    html = seed.html()
    assert "USD -" not in html and "KES -" not in html


def test_published_flows_name_the_partner(seed: Brief) -> None:
    (t,) = next(s for s in seed.sections if s.key == "trade").frames
    flows = set(t.data["flow"])
    assert {"imports from China", "exports to Kenya", "total trade with China"} <= flows
    assert all(f.rsplit(" ", 1)[-1] in ("China", "Kenya") and "(" not in f for f in flows), flows


def test_consensus_rows_name_no_vote_per_country(warehouse: Warehouse) -> None:
    from dyadscope.report import sections

    sec = sections.roll_calls(
        warehouse, "KEN", ["USA", "CHN"], [("human rights", "human rights")], since=2020, until=2024
    )
    (t,) = sec.frames
    plain = t.data[t.data["adoption"] == "without a vote"]
    voted = t.data[t.data["adoption"] == "recorded vote"]
    assert len(plain) and len(voted)  # both kinds in the latest 12
    assert (plain[["KEN", "USA", "CHN"]] == sections.CONSENSUS).all().all()  # all three were members
    assert voted[["KEN", "USA", "CHN"]].isin(["yes", "no", "abstain", "absent"]).all().all()
    assert sum(row.count("without a vote") for row in t.rows()) == len(plain)  # once per row, under 'Adoption'


def test_seed_partners_from_the_article(seed: Brief) -> None:
    assert seed.focal == "KEN"
    # every country the article names as partner, rival or diversification target is compared
    assert {"USA", "CHN", "RUS", "IRN", "IND", "TUR", "CAN"} <= set(seed.partners)
    assert "HTI" not in seed.partners  # Haiti is the place of the police deployment
    assert "India" in seed.choice and "Türkiye" in seed.choice and "Canada" in seed.choice
    assert "diversification target" in seed.choice and "Haiti" in seed.choice


def test_seed_sections_follow_the_article(seed: Brief) -> None:
    keys = _keys(seed)
    assert keys[:2] == ["alignment", "mnna"]  # the MNNA status is what the review is about
    assert {"bilateral", "trade", "diversification", "products", "rights", "votes", "events"} <= set(keys)
    div = next(s for s in seed.sections if s.key == "diversification")
    shares, conc = div.frames
    assert {"India", "Türkiye", "Canada", "China"} <= set(shares.data["partner"])
    assert conc.data["hhi"].between(0, 1).all() and set(conc.data["flow"]) == {"exports", "imports"}
    china = shares.data.set_index("partner").loc["China"]
    assert china["imports 2020"] > china["imports 2010"] > 0.05  # China's share of Kenya's imports grew (DOTS)
    prod = next(s for s in seed.sections if s.key == "products")
    assert "agricultural products" in prod.frames[0].caption and "world" in " ".join(prod.notes)
    assert set(prod.frames[0].data["hs2"]) <= {f"{i:02d}" for i in range(1, 25)}
    align = seed.sections[0]
    legends = [set(c.spec["layer"][0]["encoding"]["color"]["scale"]["domain"]) for c in align.charts]
    assert {"United States", "China", "Russia", "Iran"} <= legends[0]
    assert {"India", "Türkiye", "Canada"} <= legends[1]  # the diversification targets, on their own chart
    mnna = next(s for s in seed.sections if s.key == "mnna")
    marks = [d for rows in mnna.charts[0].spec["datasets"].values() for d in rows if "label" in d]
    assert any(m["label"] == "designated MNNA, 2024" and m["year"] == 2024 for m in marks)
    votes = next(s for s in seed.sections if s.key == "votes")
    captions = " ".join(t.caption for t in votes.frames) + " ".join(votes.notes)
    assert "Iran" in captions and "Haiti" in captions
    iran = next(t for t in votes.frames if "Iran" in t.caption).data
    assert iran["title"].str.contains("Iran").all() and "KEN" in iran.columns and "IRN" in iran.columns
    haiti = next(t for t in votes.frames if "Haiti" in t.caption)  # every one adopted without a vote
    assert "all adopted without a vote (no country's vote recorded)" in haiti.caption
    assert list(haiti.data.columns) == ["date", "symbol", "title", "adoption"]  # no column of the same words
    rights = next(s for s in seed.sections if s.key == "rights")
    assert set(rights.frames[0].data["year"]) == set(range(2014, 2024))  # the years up to the article's


def test_glance_has_one_row_per_claim(seed: Brief, warehouse: Warehouse) -> None:
    assert len(seed.claims) == len(seed.checks) >= 3
    sh600 = next(r for r in seed.claims if "Sh600" in r.label and "KES" in r.figure)
    assert "KES 458.5 bn" in sh600.figure and sh600.source and sh600.year == "2023"
    from dyadscope import fx

    kes = fx.usd_rate("KES", 2023)
    assert f"(at {kes.describe().split('; ')[0]})" in sh600.figure  # the converted value's rate beside it
    evidence = next(c for c in seed.checks if c["verdict"] == sh600.verdict)["evidence"]
    deciding = next(e for e in evidence if e["label"] in sh600.figure and e["period"] == "2023")
    assert list(sh600.source) == [deciding["source"], kes.source]  # the figure named, then the rate's source
    labels = [r.label for r in seed.figures]
    assert any("Major Non-NATO Allies" in lab for lab in labels) and any(
        "Political Terror Scale" in lab for lab in labels
    )
    # alignment with the US, China and Russia (Iran is compared too, but is not a key partner), now and 5 years before
    align = [r for r in seed.figures if r.label.startswith("UN voting coincidence")]
    assert [r.label.rsplit(" with ", 1)[1] for r in align] == ["United States", "China", "Russia"]
    assert all(r.year == "2024" and "in 2019" in r.figure for r in align)
    assert "15th of 19 in 2024" in align[0].figure  # the MNNA rank beside the US figure
    china = next(r for r in seed.figures if r.label == "Trade balance of Kenya with China")
    assert china.year == "2020" and china.figure.startswith("deficit USD 3.3 bn")  # DOTS: 0.14 bn out, 3.39 bn in
    from dyadscope.evidence import trade

    b = trade.bilateral(warehouse, "KEN", "CHN").set_index("year").loc[2020]
    gap = b["imports_mirror"] / b["imports_reported"] - 1  # China's export record against Kenya's import record
    assert f"exports to Kenya {fmt.money(b['imports_mirror'])} ({fmt.change(gap)} on Kenya's record)" in china.figure
    usa = next(r for r in seed.figures if r.label == "Trade balance of Kenya with United States")
    assert "United States' records: " in usa.figure and "\u2212" in usa.figure  # Kenya's US imports: -30% on its record
    assert all(r.source and r.year for r in seed.figures)


def test_published_figures_show_rate_and_its_source(seed: Brief) -> None:
    from dyadscope import bundled

    pub = next(s for s in seed.sections if s.key == "trade").frames[0]
    assert "rate_source" not in pub.shown() and "Rate used (source)" in pub.header()
    rates = bundled.parquet("fx_annual.parquet")
    col = pub.shown().index("rate")
    for rec, cited in zip(pub.data.to_dict("records"), pub.cell_sources(), strict=True):
        if rec["currency"] == "USD":
            assert rec["rate"] == "" and cited[col] is None
            continue
        year = int(str(rec["period"])[:4])
        ref = rates[(rates["iso3"] == "KEN") & (rates["year"] == year)].iloc[0]
        assert rec["rate"] == f"{fmt.number(ref['per_usd'])} KES per USD, {year} average"
        assert cited[col] == ref["source"] and ref["source"] in seed.sources  # numbered in the sources list
        assert rec["value_usd"] == pytest.approx(rec["value"] / ref["per_usd"], rel=1e-9)
    assert (pub.data["period"].str[:4].astype(int) <= 2024).all()  # nothing after the article's year
    html = seed.html()
    first = pub.cell_sources()[next(i for i, r in enumerate(pub.cell_sources()) if r[col])][col]
    assert f"average {seed.ref(first)}</td>" in html


def test_charts_explain_themselves(seed: Brief) -> None:
    for spec in _specs(seed):
        layers = spec.get("layer", [spec])
        for layer in layers:
            enc = layer.get("encoding", {})
            for axis in ("x", "y"):
                if axis in enc and "title" in enc[axis]:
                    assert enc[axis]["title"], spec["title"]
            if "color" in enc and "field" in enc["color"]:
                assert enc["color"].get("title"), spec["title"]
            domain = enc.get("color", {}).get("scale", {}).get("domain", [])
            assert len(domain) <= 6


def test_voa_partners_and_sections_follow_each_article(voa: dict[str, Brief]) -> None:
    zmb, dji, uga = voa["ZMB"], voa["DJI"], voa["UGA"]
    assert (zmb.focal, dji.focal, uga.focal) == ("ZMB", "DJI", "UGA")
    for b in (zmb, dji, uga):
        assert b.partners and b.partners[0] == "CHN"  # each is about its country and China
        assert "mnna" not in _keys(b)  # no article here mentions the MNNA status
        assert "KEN" not in b.partners and "Kenya" not in b.title
    assert "AGO" in zmb.partners  # Zambia's article compares its borrowing with Angola's
    assert "LKA" in dji.partners  # Djibouti's with Sri Lanka's port
    captions = " ".join(t.caption for s in zmb.sections for t in s.frames)
    assert "Iran" not in captions and "Haiti" not in captions  # not the seed's questions


def test_no_country_and_twenty_countries(tmp_path: Path, warehouse: Warehouse) -> None:
    none = tmp_path / "none.txt"
    none.write_text("Markets\nThe central bank raised interest rates by half a point on Tuesday.", "utf-8")
    b = api.brief(none, when="2020-05-05", warehouse=warehouse)
    assert b.focal is None and b.sections == [] and "claims alone" in b.choice
    many = tmp_path / "many.txt"
    names = "Ghana Nigeria Senegal Mali Niger Chad Sudan Egypt Libya Tunisia Algeria Morocco Angola Zambia Malawi"
    body = " ".join(
        f"Kenya said that it wants to sell more of its tea to {c} and that it has a plan." for c in names.split()
    )
    many.write_text("Kenya looks abroad\n" + body + " Uganda, Rwanda, Burundi, Ethiopia and Somalia too.", "utf-8")
    art = ds.read(many, when="2020-05-05").to_dict()
    choice = partners.choose(art)
    assert choice.focal == "KEN" and len(choice.partners) == partners.LIMIT
    assert len(choice.left_out) == len(art["countries"]) - 1 - partners.LIMIT
    assert "not compared" in choice.statement()


def test_topics_map_products_to_chapters() -> None:
    art = ds.read(EXAMPLE, when="2024-12-15").to_dict()
    found = topics.find(art)
    assert found.statuses() == ["mnna"] and found.has("rights") and found.has("diversification")
    agri = found.products()[0]
    assert agri.detail[0] == "agricultural products" and agri.chapters[0] == "01" and agri.chapters[-1] == "24"


def _marks(spec: dict[str, Any]) -> list[str]:
    return [d["label"] for rows in spec["datasets"].values() for d in rows if "label" in d]


def test_breaks_are_annotated_where_they_happen(seed: Brief) -> None:
    align, mnna = seed.sections[0], next(s for s in seed.sections if s.key == "mnna")
    partners, targets = (_marks(c.spec) for c in align.charts)
    assert "2025: USA voted no on 92%" in partners  # the US line is on this chart ...
    assert not any("USA voted no" in m for m in targets)  # ... not on the diversification targets' chart
    assert {"designated MNNA, 2024", "2025: USA voted no on 92%"} <= set(_marks(mnna.charts[0].spec))
    partial = [d for rows in mnna.charts[0].spec["datasets"].values() for d in rows if "nlabel" in d]
    assert partial and all(d["n"] < 50 for d in partial)  # the thin year drawn apart, with its n
    assert any("hollow" in n for n in mnna.notes)
    y = mnna.charts[0].spec["layer"][0]["encoding"]["y"]["title"]
    assert y == ["Coincidence with the US", "(share of votes)"]  # two lines: never taller than the plot
    china = next(c for c in next(s for s in seed.sections if s.key == "bilateral").charts if c.key == "tradeCHN")
    years = china.spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert years == list(range(years[0], years[-1] + 1)) and 2022 in years  # no figure for 2022: an empty slot
    assert "published national figures in 2021 and 2023" in china.spec["title"]["subtitle"][0]


def test_claim_evidence_and_references(seed: Brief) -> None:
    from dyadscope.report.model import Table, evidence_view

    for check in seed.checks:
        rows, shared = evidence_view(check)
        used = [e.get("used") is not False for e in rows]
        assert used == sorted(used, reverse=True)  # what the verdict used comes first
        assert all(f"({e['basis_shown']})" not in e["label"] for e in rows if e["basis_shown"])
        assert shared is None or {e["source"] for e in rows} == {shared}
        assert all(e["source"] in seed.sources for e in rows if e.get("source"))  # every row can cite a number
    votes = next(s for s in seed.sections if s.key == "alignment").frames[0]
    assert len(votes.sources) == 2 and all(s in seed.sources for s in votes.sources)  # one number per source
    assert seed.ref(votes.source) == " ".join(seed.ref(s) for s in votes.sources)
    assert not any("; " in s and s.split("; ")[0] in seed.sources for s in seed.sources)  # no joined duplicates
    t = Table("t", pd.DataFrame({"a": [1]}), source=["x", "y"])
    assert t.sources == ["x", "y"] and Table("t", pd.DataFrame(), source="x").sources == ["x"]
    html = seed.html()
    assert "1200.0%" not in html and '<td class="num">12th</td>' in html  # a rank prints as a rank
