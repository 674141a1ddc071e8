"""Claims found from the parse, and their verdicts, on hand-made sentences and the seed.

Expected values are worked out by hand from the sentence (extraction) or from the data
files named in each test (verdicts), never from the code under test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyadscope as ds
from dyadscope import api, fx
from dyadscope.claims.check import tolerance
from dyadscope.claims.contract import CheckReport
from dyadscope.claims.extract import Claim, find_claims
from dyadscope.cli import app
from dyadscope.news.reader import read_text
from dyadscope.warehouse import Warehouse

SEED = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"

# One text, parsed once for the whole module: each sentence carries one claim to find.
SENTENCES = {
    "value": "Kenya exported about $800 million worth of goods to the United States in 2019.",
    "surplus": "The EU's trade surplus with China widened to $180bn in 2020.",
    "third": "Uganda's exports to Rwanda fell by a third in 2017.",
    "doubled": "Trade between Ethiopia and Djibouti doubled between 2012 and 2016.",
    "record": "Tanzania's imports from India reached a record in 2015.",
    "growth": "Egypt's exports to Italy rose 12 percent in 2014.",
    "rank": "China is Nigeria's largest trading partner.",
    "share": "China took 20% of Angola's exports in 2016.",
    "conversion": "Farmers in Kenya earned 2 million shillings, or about $15,500, from tea exports to Egypt in 2019.",
    "arith": "Ghana's imports from China rose 50% to $6 billion in 2018 from $4 billion in 2017.",
    "align_pct": "Kenya votes with the United States about 90 percent of the time.",
    "align_rank": "Kenya is more closely aligned with the United States than any other MNNA.",
    "align_than": "At the United Nations, Kenya is closer to China than to the United States.",
    "loan": "China has lent more than $140 billion to Zambia.",
    "invest": "Chinese firms invested $3 billion in Zimbabwe in 2017.",
    "pledge": "China pledged $60 billion in financing for Senegal.",
    "quarter": "In the first quarter of 2019, Kenya imported $1 billion of goods from India.",
    "opinion": "A survey found that 72 percent of Nigerians view China favorably.",
    "two_years": "Kenya exported $500 million of goods to Uganda in 2018, up from 2015.",
    "fiscal": "Kenya imported $1 billion of goods from India in the 2019/20 fiscal year.",
    "prior": "Ghana's exports to Togo rose 8 percent in 2021.",
    "that_year": "At the UN, Ghana was closer to China than to the United States that year.",
    "align_frac": "Ghana voted with the United States about two-thirds of the time in 2022.",
    "overtook": "China overtook India in 2020 as Kenya's third-largest source of imports.",
    "balance": "Peru ran a deficit of $50 million with Chile, buying $300 million of goods and selling $200 million.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    text = "Hand-made claims\n\n" + "\n\n".join(SENTENCES.values())
    art = read_text(text, when=date(2024, 12, 15))
    claims = find_claims(art)
    out: dict[str, list[Claim]] = {}
    for key, sentence in SENTENCES.items():
        out[key] = [c for c in claims if c.sentence == sentence]
    return out


def _one(found: dict[str, list[Claim]], key: str, kind: str) -> Claim:
    hits = [c for c in found[key] if c.kind == kind]
    assert len(hits) == 1, (key, [(c.kind, c.quote) for c in found[key]])
    return hits[0]


def test_trade_values_and_balances(found: dict[str, list[Claim]]) -> None:
    c = _one(found, "value", "trade_value")
    assert (c.subject, c.partner, c.flow) == ("KEN", "USA", "exports")
    assert (c.quantity, c.currency, c.unit, c.hedge) == (800e6, "USD", "money", "about")
    assert c.years == [2019] and not c.period_inferred
    assert c.quote == "about $800 million"
    s = _one(found, "surplus", "trade_value")
    assert (s.subject, s.partner, s.flow, s.quantity) == ("EU", "CHN", "surplus", 180e9)


def test_changes(found: dict[str, list[Claim]]) -> None:
    third = _one(found, "third", "change")
    assert (third.subject, third.partner, third.flow) == ("UGA", "RWA", "exports")
    assert third.quantity == pytest.approx(-100 / 3) and third.unit == "percent"
    doubled = _one(found, "doubled", "change")
    assert (doubled.subject, doubled.partner, doubled.flow) == ("ETH", "DJI", "total")
    assert (doubled.quantity, doubled.unit, doubled.years) == (2.0, "multiple", [2012, 2016])
    record = _one(found, "record", "change")
    assert (record.subject, record.partner, record.flow, record.unit) == ("TZA", "IND", "imports", "record")
    growth = _one(found, "growth", "change")
    assert (growth.subject, growth.partner, growth.quantity, growth.years) == ("EGY", "ITA", 12.0, [2014])


def test_ranks_and_shares(found: dict[str, list[Claim]]) -> None:
    rank = _one(found, "rank", "rank_share")
    # the possessor is the country whose partners are ranked
    assert (rank.subject, rank.partner, rank.flow, rank.quantity, rank.unit) == ("NGA", "CHN", "total", 1.0, "rank")
    assert rank.period_inferred and rank.years == [2023]  # no year: the latest full year before the article
    share = _one(found, "share", "rank_share")
    assert (share.subject, share.partner, share.flow, share.quantity) == ("AGO", "CHN", "exports", 20.0)


def test_conversion_and_arithmetic(found: dict[str, list[Claim]]) -> None:
    conv = _one(found, "conversion", "conversion")
    assert (conv.quantity, conv.currency, conv.hedge) == (15500.0, "USD", "about")
    assert (conv.detail["from_value"], conv.detail["from_currency"]) == (2e6, "KES")
    arith = _one(found, "arith", "arithmetic")
    assert arith.detail["rule"] == "change" and arith.detail["percent"] == 50.0
    assert sorted(arith.detail["amounts"]) == [4e9, 6e9]


def test_alignment_claims_keep_quantity_and_direction(found: dict[str, list[Claim]]) -> None:
    pct = _one(found, "align_pct", "alignment")
    assert (pct.subject, pct.partner, pct.quantity, pct.unit, pct.hedge) == ("KEN", "USA", 90.0, "percent", "about")
    rank = _one(found, "align_rank", "alignment")
    assert (rank.subject, rank.partner, rank.unit) == ("KEN", "USA", "comparison")
    assert rank.detail["than"] == "any other" and rank.detail["rank_in"] == "MNNA"
    than = _one(found, "align_than", "alignment")
    assert (than.subject, than.partner, than.detail["than"], than.detail["direction"]) == ("KEN", "CHN", "USA", "more")


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("loan", "loans and debt"),
        ("invest", "investment"),
        ("pledge", "pledge"),
        ("quarter", "monthly or quarterly"),
        ("opinion", "opinion or poll"),
    ],
)
def test_uncheckable_claims_say_why(found: dict[str, list[Claim]], key: str, words: str) -> None:
    c = _one(found, key, "uncheckable")
    assert c.reason is not None and words in c.reason


def test_ambiguous_years_are_said(found: dict[str, list[Claim]]) -> None:
    c = _one(found, "two_years", "trade_value")
    assert c.years == [2018]  # the year attached to the amount's clause
    assert any("2015, 2018" in w and "2018" in w for w in c.warnings)
    f = _one(found, "fiscal", "trade_value")
    assert any("fiscal-year" in w for w in f.warnings)


def test_hundreds_of_numbers_do_not_explode() -> None:
    table = "\n".join(f"Kenya | {2000 + i % 20} | ${i + 1}.5 billion | {i % 9} percent" for i in range(150))
    prose = " ".join(
        f"The port handled {1000 + i} containers and {i % 50} ships in {2000 + i % 20}, and {i % 30} percent of them"
        " were late, the manager of the yard said at the time."
        for i in range(120)
    )
    claim = "Kenya exported $40 million worth of tea to Egypt in 2015."
    art = read_text(f"A table\n\n{table}\n\n{prose}\n\n{claim}", when=date(2020, 1, 1))
    assert len(art.amounts) >= 150
    claims = find_claims(art)
    # the table rows state no predicate, the prose names no country: one claim in ~900 numbers
    assert [(c.kind, c.quote) for c in claims] == [("trade_value", "$40 million")]


def test_hedge_tolerances_are_the_documented_contract() -> None:
    assert (tolerance("approximately").lo, tolerance("approximately").hi) == (0.85, 1.15)
    assert (tolerance(None).lo, tolerance(None).hi) == (0.90, 1.10)
    assert tolerance("more than").lo == 0.95 and tolerance("more than").hi == float("inf")
    assert tolerance("up to").hi == 1.05
    doc = (Path(__file__).resolve().parents[1] / "docs" / "claims.md").read_text("utf-8")
    for phrase in ("±15%", "±10%", "95%", "105%"):
        assert phrase in doc


# --- verdicts --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_report(warehouse: Warehouse) -> CheckReport:
    return api.check(SEED, when="2024-12-15", warehouse=warehouse)


def test_seed_sh600bn_shows_both_sides(seed_report: CheckReport) -> None:
    c = next(c for c in seed_report if c.claim.kind == "trade_value")
    assert (c.claim.subject, c.claim.partner, c.claim.flow, c.claim.hedge) == ("KEN", "CHN", "imports", "approximately")
    rate = fx.usd_rate("KES", 2023).per_usd
    # published_kenya_china_figures.md: Kenya (KNBS-based) US$3.275 bn, China customs US$7.87 bn, 2023
    used = {e.source.split(",")[0]: e for e in c.evidence if e.used}
    assert used["UK-commissioned Overview of Kenya's Trade Landscape 2023"].in_claim_currency == pytest.approx(
        3.275e9 * rate
    )
    assert used["GACC (China customs)"].in_claim_currency == pytest.approx(7.87e9 * rate)
    assert 139 < rate < 141  # CBK: about 140 KES per USD on average in 2023
    # 458.5 bn (76%) is below -15%, 1,101.8 bn (184%) above +15%: the two sides bracket the claim
    assert c.verdict == "sources disagree"
    assert "76% of the claim" in c.explanation and "184% of the claim" in c.explanation
    assert all(e.rate and "KES per USD" in e.rate for e in used.values())
    assert any("after the article" in w for w in c.warnings)  # the 2025 KNBS figure is listed, not used


def test_seed_fraction_and_alignment(seed_report: CheckReport) -> None:
    ratio = next(c for c in seed_report if c.claim.kind == "rank_share")
    # KNBS 2021 via Business Daily: exports KSh 15 bn, imports KSh 441 bn = 3.4%
    assert ratio.verdict == "consistent" and "3.4%" in ratio.explanation
    # the two sentences about UN votes state an expectation, not a measurement: data/eval/claims.json (the
    # independent annotator) labels both 'uncheckable'; their checks still show the votes for reference
    aligns = [c for c in seed_report if c.claim.detail.get("votes")]
    assert len(aligns) == 2 and all(c.claim.kind == "uncheckable" for c in aligns)
    assert all(c.verdict == "not checkable" for c in aligns)
    assert all(any(e.basis == "votes" for e in c.evidence) for c in aligns)


def _check_text(text: str, wh: Warehouse | Path, when: str = "2024-12-15") -> CheckReport:
    return api.check(read_text("Claims\n\n" + text), when=when, warehouse=wh)


def test_alignment_verdicts_follow_the_claim(warehouse: Warehouse) -> None:
    rep = _check_text(
        SENTENCES["align_pct"] + " " + SENTENCES["align_rank"] + " "
        "Kenya is more closely aligned with China than with the United States.",
        warehouse,
    )
    got = [c.verdict for c in rep]
    # Kenya-US identical votes 2019-2023: 11-26% of roll calls (agreement), nowhere near 90%
    assert got[0] == "overstated"
    # MNNA ranks 20, 18, 18, 13, 13 of 20 by coincidence with the US: not the most aligned
    assert got[1] == "contradicted"
    assert got[2] == "consistent"  # coincidence with China is far above that with the US
    rep = _check_text(
        "In 2018, Kenya voted against the United States on Jerusalem. "
        "In 2021, Israel voted against the United States on the Cuba embargo.",
        warehouse,
    )
    jerusalem, cuba = rep[0], rep[1]
    # A/RES/ES-10/19 is 2017; in 2018 A/RES/73/22 "Jerusalem": Kenya yes, United States no
    assert jerusalem.verdict == "consistent" and any("73/22" in e.label for e in jerusalem.evidence)
    assert cuba.verdict == "contradicted"  # Israel voted no with the US on the 2021 embargo resolution


def test_conversion_rates_and_missing_rate(warehouse: Warehouse) -> None:
    rate = fx.usd_rate("KES", 2019).per_usd  # about 101.99 KES per USD in 2019
    right = round(2e6 / rate)
    rep = _check_text(
        f"Farmers in Kenya earned 2 million shillings, or ${right:,}, from tea exports to Egypt in 2019. "
        "Farmers in Kenya earned 2 million shillings, or $40,000, from tea exports to Egypt in 2019. "
        "In 1975 Kenya's farmers earned 2 million shillings, or about $250,000, from tea exports to Egypt.",
        warehouse,
    )
    conv = [c for c in rep if c.claim.kind == "conversion"]
    assert [c.verdict for c in conv[:2]] == ["consistent", "overstated"]
    assert "KES per USD" in (conv[0].evidence[0].rate or "")
    assert conv[2].verdict == "not checkable" and "no KES rate for 1975" in conv[2].explanation


def test_groups_without_data_and_arithmetic(warehouse: Warehouse) -> None:
    rep = _check_text(
        "Asia's exports to Mongolia reached $3 billion in 2019. "
        "Ghana's imports from China rose 50% to $6 billion in 2018 from $4 billion in 2017. "
        "Ghana's imports from China rose 20% to $6 billion in 2018 from $4 billion in 2017.",
        warehouse,
    )
    first = next(c for c in rep if c.claim.kind == "trade_value")
    assert first.verdict == "not checkable" and "no figures for the group 'Asia'" in first.explanation
    arith = [c for c in rep if c.claim.kind == "arithmetic"]
    assert [c.verdict for c in arith] == ["consistent", "contradicted"]  # 6/4 = +50%, not +20%


def test_the_warehouse_passed_in_is_the_one_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """BACI in a non-default warehouse; the default one (DYADSCOPE_WAREHOUSE) is empty."""
    from tests.test_trade import _year_file  # hand-computed flows: Kenya exports 40,000 USD to the US

    empty = tmp_path / "default-empty"
    monkeypatch.setenv("DYADSCOPE_WAREHOUSE", str(empty))
    wh = Warehouse(tmp_path / "wh")
    api.load_baci(_year_file(tmp_path / "baci", 2022), warehouse=wh)
    text = (
        "Kenya exported about $40,000 worth of goods to the United States in 2022."
        " China is Kenya's largest export market."
    )
    used = _check_text(text, wh, when="2023-03-01")
    assert [c.verdict for c in used] == ["consistent", "contradicted"]  # the US takes 80% of Kenya's exports
    assert any("BACI" in e.source for e in used[0].evidence if e.used)
    assert used[1].period == "2022" and "BACI" in used[1].evidence[0].source
    # the other warehouses have the bundled all-pairs flows (to 2020) but not this BACI release
    default = _check_text(text, empty, when="2023-03-01")
    default_env = api.check(read_text("Claims\n\n" + text), when="2023-03-01")  # no warehouse: the setting's
    for rep in (default, default_env):
        assert rep[0].verdict == "not checkable"  # no 2022 figure without the BACI release
        assert rep[1].period.startswith("2020") and "BACI" not in rep[1].evidence[0].source


def test_check_command_json_contract(tmp_path: Path, warehouse: Warehouse) -> None:
    res = CliRunner().invoke(
        app, ["check", str(SEED), "--date", "2024-12-15", "-f", "json", "--warehouse", str(warehouse.path)]
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["schema_version"] == "1" and doc["kind"] == "dyadscope.checks"
    assert doc["article"]["date"] == "2024-12-15"
    first = doc["checks"][0]
    assert {"claim", "verdict", "explanation", "evidence", "tolerance", "period"} <= set(first)
    assert {"sentence", "kind", "span", "subject", "partner", "quantity", "period", "hedge"} <= set(first["claim"])
    assert {"value", "unit", "currency", "year", "source", "basis"} <= set(first["evidence"][0])
    assert sum(doc["counts"].values()) == len(doc["checks"])
    csv_out = tmp_path / "checks.csv"
    res = CliRunner().invoke(
        app, ["check", str(SEED), "--date", "2024-12-15", "-o", str(csv_out), "--warehouse", str(warehouse.path)]
    )
    assert res.exit_code == 0, res.output
    assert csv_out.read_text("utf-8").splitlines()[0].startswith("kind,quote,subject")
    res = CliRunner().invoke(app, ["check", str(SEED), "--date", "2024-12-15", "--warehouse", str(warehouse.path)])
    assert res.exit_code == 0 and "[sources disagree] trade_value" in res.output


def test_evaluation_scores_a_hand_made_set(tmp_path: Path, warehouse: Warehouse) -> None:
    rate = fx.usd_rate("KES", 2019).per_usd
    right = f"${round(2e6 / rate):,}"
    conv = f"Farmers in Kenya earned 2 million shillings, or {right}, from tea exports to Egypt in 2019."
    loan = "China has lent more than $140 billion to Zambia."
    vague = "Officials in Kenya said relations with Egypt were warm."
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(f"Tea money\n\n{conv} {loan} {vague}", "utf-8")
    gold = {
        "version": 1,
        "articles": [
            {
                "file": "corpus/a.txt",
                "date": "2020-01-15",
                "claims": [
                    {"id": "a1", "sentence": conv, "kind": "conversion", "expected_verdict": "consistent"},
                    {"id": "a2", "sentence": loan, "kind": "uncheckable", "expected_verdict": "not checkable"},
                    {"id": "a3", "sentence": vague, "kind": "uncheckable", "expected_verdict": "not checkable"},
                ],
            }
        ],
        "perturbed": [
            {
                "id": "p1",
                "of": "a1",
                "file": "corpus/a.txt",
                "original_sentence": conv,
                "sentence": conv.replace(right, "$40,000"),
                "change": "converted amount doubled",
                "expected_verdict": "overstated",
            },
            {
                "id": "p2",
                "of": "a1",
                "file": "corpus/a.txt",
                "original_sentence": "a sentence that is not there",
                "sentence": "x",
                "change": "none",
                "expected_verdict": "overstated",
            },
        ],
    }
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(gold), "utf-8")
    rep = api.eval_claims(tmp_path, gold=path, warehouse=warehouse)
    # found: the conversion of the first sentence (since round 6 the converted tea amount is no second,
    # not-checkable claim: this gold, like the held-out and blind-4 annotators, counts the conversion only)
    # and the loan
    assert (rep.gold, rep.matched) == (3, 2)
    assert rep.recall == pytest.approx(2 / 3)
    assert rep.found == 2 and rep.precision == pytest.approx(1.0)
    assert rep.verdict_accuracy == 1.0 and rep.end_to_end == pytest.approx(2 / 3)
    assert (rep.perturbed, rep.perturbed_scored, rep.false_consistent, rep.perturbed_right) == (2, 1, 0, 1)
    assert {m.what for m in rep.misses} == {"missed", "not applied"}


def test_trade_values_both_sides_from_the_all_pairs_flows(warehouse: Warehouse) -> None:
    """Kenya's exports to the US: its own record (DOTS, reported) and the US record (mirror), 2019."""
    from dyadscope.evidence import trade as ev

    rows = ev.flows(warehouse, "KEN", "USA", flow="exports", since=2015, until=2019)
    dots = rows[rows["source"] == "imf-dots"].set_index(["basis", "year"])["value"]
    own, mirror = float(dots[("reported", 2019)]), float(dots[("mirror", 2019)])
    assert 1.2 < mirror / own < 1.4  # the US records about 31% more than Kenya does (FOB vs CIF, timing)
    between = (own * mirror) ** 0.5  # Kenya's figure is 87% of it (< 90%), the US's 115% (> 110%)
    doubled = 2 * mirror  # both sides at 50-66% of it
    rep = _check_text(
        f"Kenya exported ${own / 1e6:.1f} million worth of goods to the United States in 2019. "
        f"Kenya exported ${between / 1e6:.0f} million worth of goods to the United States in 2019. "
        f"Kenya exported about ${doubled / 1e9:.2f} billion worth of goods to the United States in 2019. "
        "Kenya exported $500 million worth of goods to the United States in 2019.",
        warehouse,
        when="2021-06-01",
    )
    # $500 million: Kenya's own record within ±10% decides; the US record (about 133%) is listed beside it
    assert 0.9 <= own / 500e6 <= 1.1
    assert [c.verdict for c in rep] == ["consistent", "sources disagree", "overstated", "consistent"]
    assert "mirror" in rep[3].explanation
    assert {e.basis for e in rep[1].evidence if e.used} == {"reported", "mirror"}
    assert all("DOTS" in e.note or "row" in e.note for e in rep[0].evidence if e.used)  # file and row
    late = _check_text(
        "Kenya exported $500 million worth of goods to the United States in 2019.", warehouse, "2019-06-01"
    )
    assert late[0].verdict == "not checkable" and "after the article's date" in late[0].explanation


def test_changes_and_ranks_from_the_all_pairs_flows(warehouse: Warehouse) -> None:
    from dyadscope.evidence import trade as ev

    rows = ev.flows(warehouse, "KEN", "USA", flow="exports", basis="reported", since=2015, until=2016)
    v = rows[rows["source"] == "imf-dots"].set_index("year")["value"]
    assert v[2016] > v[2015]  # Kenya's own record: exports to the US rose in 2016
    shares = ev.partner_shares(warehouse, "AGO", 2016, "exports").set_index("partner")
    top = str(shares["rank"].idxmin())
    rep = _check_text(
        "Kenya's exports to the United States fell by a third in 2016. "
        f"China took {shares.loc['CHN', 'share'] * 100:.1f}% of Angola's exports in 2016. "
        "China took 20% of Angola's exports in 2016.",
        warehouse,
        when="2021-06-01",
    )
    assert rep[0].verdict == "contradicted"  # a fall claimed, a rise recorded
    assert rep[1].verdict == "consistent" and rep[2].verdict == (
        "understated" if shares.loc["CHN", "share"] > 0.22 else "overstated"
    )
    assert top == "CHN"


def test_evaluation_matches_sentences_quoted_from_the_raw_markdown() -> None:
    from dyadscope.claims.evaluate import _same_sentence

    raw = "In Djibouti, [loans from China equal 75 percent of GDP](https://example.org/x), the <em>report</em> says."
    read = "In Djibouti, loans from China equal 75 percent of GDP, the report says."
    assert _same_sentence(read, raw)
    assert not _same_sentence("In Djibouti, loans from China equal 70 percent of GDP, the report says.", raw)


def test_overtaking_balances_that_year_and_time_fractions(found: dict[str, list[Claim]]) -> None:
    # "overtook X as Y's Nth-largest": one claim holding both the order and the stated rank
    over = [c for c in found["overtook"] if c.kind == "rank_share"]
    assert len(over) == 1 and over[0].quantity == 3.0
    assert over[0].detail["overtook"] == "IND" and over[0].detail["stated_rank"]
    assert (over[0].subject, over[0].partner, over[0].flow) == ("KEN", "CHN", "imports")
    # "that year": the last year named before the sentence (2021), not the five years before the article
    assert _one(found, "that_year", "alignment").years == [2021]
    frac = _one(found, "align_frac", "alignment")
    assert (round(frac.quantity or 0, 1), frac.unit, frac.hedge) == (66.7, "percent", "about")
    bal = _one(found, "balance", "arithmetic")
    assert bal.detail["rule"] == "balance" and bal.detail["balance_flow"] == "deficit"
    assert (bal.detail["exports"], bal.detail["imports"], bal.detail["balance"]) == (200e6, 300e6, 50e6)


def test_overtaking_and_balance_verdicts(warehouse: Warehouse) -> None:
    from dyadscope.evidence import votes

    rep = _check_text(
        SENTENCES["overtook"] + " "
        "Peru ran a deficit of $50 million with Chile, buying $300 million of goods and selling $200 million. "
        "Peru ran a deficit of about $100 million with Chile, buying $300 million of goods and selling"
        " $200 million, for two-way trade of $500 million. "
        "Kenya voted with the United States about a third of the time in 2022. "
        "Ghana's exports to Togo reached $90 million in 2019. The figure was up 50 percent on the previous"
        " year's $60 million. Ghana's imports from Togo reached $30 million in 2019. That was up 20 percent"
        " on the previous year's $20 million. "
        "Of Ghana's $900 million in exports, $300 million, or about a third, went to Togo in 2019. "
        "Of Ghana's $900 million in exports, $300 million, or half, went to Togo in 2019. "
        "Of the $19 billion lent to Ghana, about $6 billion came as loans at an interest rate of just over 2 percent.",
        warehouse,
    )
    over = next(c for c in rep if c.claim.kind == "rank_share")
    # China ahead of India, but a third rank claimed: the stated rank decides too (no half-true 'consistent')
    assert over.verdict == "contradicted" and "claimed rank 3" in over.explanation
    arith = [c.verdict for c in rep if c.claim.kind == "arithmetic"]
    # 300 - 200 = 100, not 50; 300 + 200 = 500; 60 -> 90 is +50% (stated +50%, then +20%: 20 -> 30 is +50%)
    # 300 of 900 is a third: 'about a third' agrees, 'half' does not; an interest rate is no share of the total
    assert arith == ["contradicted", "consistent", "consistent", "contradicted", "consistent", "contradicted"]
    coin = votes.alignment_series(warehouse, "KEN", ["USA"], "coincidence", "year", votes.VoteFilter.parse(2022, 2022))[
        "value"
    ].mean()
    ratio = coin / (1 / 3)  # the State Department's measure, within ±15% of a third for 'about'
    align = next(c for c in rep if c.claim.kind == "alignment")
    assert align.verdict == ("consistent" if 0.85 <= ratio <= 1.15 else "overstated" if ratio < 0.85 else "understated")
