"""Round 6 (claims7a): ranks and shares judged on both sides' records, ... Every sentence is written for this
test (countries and years of no eval set); expected verdicts are computed from the evidence layer by another
path than the checker's (each importer's own record of its imports, from the all-reporters panel)."""

from __future__ import annotations

from dyadscope.evidence import trade
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, share_verdict


def _ranks(values: dict[str, float]) -> dict[str, tuple[int, float]]:
    """rank (1 = largest) and share of each partner."""
    total = sum(values.values())
    order = sorted(values, key=lambda p: (-values[p], p))
    return {p: (i + 1, values[p] / total) for i, p in enumerate(order)}


def _own_and_mirror(wh: Warehouse, country: str, year: int) -> tuple[dict[str, tuple[int, float]], ...]:
    """``country``'s export partners by its own record, and by each partner's record of its imports from it."""
    own = trade.partner_shares(wh, country, year, "exports")
    assert set(own["basis"]) == {"reported"}
    panel = trade.partner_shares_panel(wh, year, "imports")
    mirror = panel[(panel["partner"] == country) & (panel["basis"] == "reported")]
    return (
        _ranks({str(p): float(v) for p, v in zip(own["partner"], own["value"], strict=True)}),
        _ranks({str(p): float(v) for p, v in zip(mirror["reporter"], mirror["value"], strict=True)}),
    )


def test_ranks_and_shares_are_judged_on_the_partners_mirror_records_too(warehouse: Warehouse) -> None:
    """Tanzania's export markets in 2015: a rank or share that only the partners' records support is
    'sources disagree' (not 'contradicted'), one the own record supports stays 'consistent' with the mirror
    figures listed beside it, and one neither supports keeps the own record's verdict."""
    own, mirror = _own_and_mirror(warehouse, "TZA", 2015)
    second_own = next(p for p, (r, _) in own.items() if r == 2)
    second_mirror = next(p for p, (r, _) in mirror.items() if r == 2)
    assert second_own != second_mirror  # the two records disagree on the runner-up
    neither = next(p for p in ("JPN", "BEL", "OMN", "NLD") if own[p][0] != 2 and mirror[p][0] != 2)
    names = {"KEN": "Kenya", "ARE": "The United Arab Emirates", "JPN": "Japan", "BEL": "Belgium", "OMN": "Oman"}
    names.update({"NLD": "The Netherlands", "IND": "India", "ZAF": "South Africa", "CHN": "China"})
    for partner, expected in (
        (second_own, "consistent"),
        (second_mirror, "sources disagree"),
        (neither, "contradicted"),
    ):
        text = f"{names[partner]} was Tanzania's second-largest export market in 2015."
        rep = check_text(text, warehouse, "2016-05-02")
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert c.verdict == expected, (partner, c.explanation)
        assert {e.basis for e in c.evidence} == {"reported", "mirror"}
    for partner in (second_own, second_mirror):
        for claimed in (round(100 * own[partner][1]), round(100 * mirror[partner][1])):
            on_own = share_verdict(100 * own[partner][1], claimed, "about")
            on_mirror = share_verdict(100 * mirror[partner][1], claimed, "about")
            bracket = {on_own, on_mirror} == {"overstated", "understated"}
            disagree = on_own != "consistent" and (on_mirror == "consistent" or bracket)
            expected = "sources disagree" if disagree else on_own
            text = f"{names[partner]} took about {claimed} percent of Tanzania's exports in 2015."
            rep = check_text(text, warehouse, "2016-05-02")
            (c,) = [c for c in rep if c.claim.kind == "rank_share"]
            assert c.verdict == expected, (text, c.explanation)


def test_a_groups_partners_are_ranked_on_its_own_aggregate_rows(warehouse: Warehouse) -> None:
    """ "X was Africa's second-largest trading partner": the group's aggregate rows (the IMF's regional
    reporter) rank its partners, single countries outside the group only (was: no partner table, not
    checkable). Reference: the same rows summed here, Africa's members of the year left out; 2013."""
    from dyadscope import groups

    rows = trade.flows(warehouse, "Africa", None, since=2013, until=2013, basis="reported")
    rows = rows[rows["source"] == "imf-dots"]
    members = set(groups.members("au", 2013))
    singles = rows[rows["partner"].str.fullmatch(r"[A-Z]{3}") & ~rows["partner"].isin(members)]
    total = singles.groupby("partner")["value"].sum().sort_values(ascending=False)
    first, second, third = (str(p) for p in total.index[:3])
    names = {"CHN": "China", "USA": "The United States", "IND": "India", "FRA": "France", "ESP": "Spain"}
    for partner, expected in ((second, "consistent"), (third, "contradicted"), (first, "contradicted")):
        text = f"{names[partner]} was Africa's second-largest trading partner in 2013, the figures show."
        rep = check_text(text, warehouse, "2014-06-02")
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert c.verdict == expected, (partner, c.explanation)
    top, rest = float(total.iloc[0]), float(total.iloc[1:4].sum())
    text = f"{names[first]} traded more with Africa in 2013 than the next three countries combined."
    rep = check_text(text, warehouse, "2014-06-02")
    (c,) = [c for c in rep if c.claim.kind == "rank_share"]
    assert c.verdict == ("consistent" if top > rest else "contradicted"), c.explanation


def _dots(wh: Warehouse, a: str, b: str, flow: str) -> dict[int, float]:
    f = trade.flows(wh, a, b, flow=flow)  # type: ignore[arg-type]
    f = f[(f.source == "imf-dots") & (f.basis == "reported")]
    return {int(y): float(v) for y, v in zip(f["year"], f["value"], strict=True)}


def _change_verdict(actual: float, claimed: float) -> str:
    """docs/claims.md: no hedge, the change within ±10% of the claim and at least ±1 percentage point."""
    lo, hi = min(0.9 * claimed, claimed - 1.0), max(1.1 * claimed, claimed + 1.0)
    return "consistent" if lo <= actual <= hi else "overstated" if actual < lo else "understated"


def test_an_average_yearly_rate_is_the_compound_rate_over_the_period(warehouse: Warehouse) -> None:
    """ "grew by an average of N percent a year between 2002 and 2011": the compound yearly rate, not the
    change over the nine years (was: the whole change against N). Sri Lanka's exports to Germany."""
    v = _dots(warehouse, "LKA", "DEU", "exports")
    rate = 100 * ((v[2011] / v[2002]) ** (1 / 9) - 1)
    whole = 100 * (v[2011] / v[2002] - 1)
    assert whole > 3 * rate  # the two readings cannot both agree with one claim
    for words, claimed in (
        ("grew by an average of {n} percent a year between 2002 and 2011", round(rate)),
        ("grew at an average annual rate of {n} percent between 2002 and 2011", round(rate)),
        ("grew by an average of {n} percent a year between 2002 and 2011", round(2 * rate)),
        ("rose {n} percent annually between 2002 and 2011", round(rate / 2)),
    ):
        text = f"Sri Lanka's exports to Germany {words.format(n=claimed)}, the central bank said."
        rep = check_text(text, warehouse, "2012-06-01")
        (c,) = [c for c in rep if c.claim.kind == "change"]
        assert c.claim.years == [2002, 2011], text
        assert c.verdict == _change_verdict(rate, claimed), (text, c.explanation)
    # a change "a year earlier" is no yearly rate
    text = "Sri Lanka's exports to Germany rose 27 percent in 2011 from a year earlier."
    rep = check_text(text, warehouse, "2012-06-01")
    (c,) = [c for c in rep if c.claim.kind == "change"]
    assert not c.claim.detail.get("per_year")
    assert c.verdict == _change_verdict(100 * (v[2011] / v[2010] - 1), 27)


def test_a_change_compared_with_a_named_year_runs_from_that_year(warehouse: Warehouse) -> None:
    """ "rose N percent last year compared with 2009" / "in 2011 compared with 2009": 2009 is the base and
    the claim's year is 2011 (was: 2009 read as the claim's year, or 2010 as the base). Sri Lanka's exports
    to Germany; the article is dated 2012."""
    v = _dots(warehouse, "LKA", "DEU", "exports")
    actual = 100 * (v[2011] / v[2009] - 1)
    assert _change_verdict(100 * (v[2009] / v[2008] - 1), round(actual)) != "consistent"
    assert _change_verdict(100 * (v[2011] / v[2010] - 1), round(actual)) != "consistent"
    for words in ("last year compared with 2009", "in 2011 compared with 2009", "in 2011 against 2009"):
        for claimed in (round(actual), round(actual / 3)):
            text = f"Sri Lanka's exports to Germany rose {claimed} percent {words}, the central bank said."
            rep = check_text(text, warehouse, "2012-06-01")
            (c,) = [c for c in rep if c.claim.kind == "change"]
            assert c.claim.years == [2009, 2011], text
            assert c.verdict == _change_verdict(actual, claimed), (text, c.explanation)


def test_one_countrys_flows_with_two_partners_compared_by_those_from(warehouse: Warehouse) -> None:
    """ "imports from Saudi Arabia were twice those from China", "larger than those from", "more than twice as
    much as its exports to X": one country's flow with the first partner against the same flow with the
    second (was: no claim, or a change claim for 'four times'). Jordan, 2013, its own DOTS records."""
    sau, chn = (_dots(warehouse, "JOR", p, "imports")[2013] for p in ("SAU", "CHN"))
    ind, irq = (_dots(warehouse, "JOR", p, "exports")[2013] for p in ("IND", "IRQ"))
    imports, exports = sau / chn, irq / ind
    cases = (
        ("Jordan's imports from Saudi Arabia were larger than those from China in 2013.", imports > 1),
        ("Jordan's imports from Saudi Arabia were smaller than those from China in 2013.", imports < 1),
        ("Jordan's imports from Saudi Arabia were more than twice those from China in 2013.", imports > 2),
        ("Jordan's imports from Saudi Arabia were twice those from China in 2013.", 0.9 <= imports / 2 <= 1.1),
        (
            "Jordan's exports to Iraq were more than twice as much as its exports to India in 2013.",
            exports > 2,
        ),
        ("Jordan's exports to Iraq were less than its exports to India in 2013.", exports < 1),
    )
    for text, holds in cases:
        rep = check_text(text, warehouse, "2014-05-02")
        assert not [c for c in rep if c.claim.kind == "change"], text
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert c.claim.subject == "JOR" and c.claim.detail.get("versus_role") == "partner", text
        assert c.verdict == ("consistent" if holds else "contradicted"), (text, c.explanation)
    assert len({holds for _, holds in cases}) == 2  # both verdicts are tried


def test_each_amount_of_a_list_takes_the_partner_that_follows_it(warehouse: Warehouse) -> None:
    """ "sold $X of goods to Iraq and $Y to India": the second amount is the exports to India (was: both to
    Iraq, the first partner of the verb); swapping the two amounts makes both wrong. Jordan, 2013."""
    irq, ind = (_dots(warehouse, "JOR", p, "exports")[2013] for p in ("IRQ", "IND"))
    assert irq > 1.5 * ind
    for first, second, expected in ((irq, ind, "consistent"), (ind, irq, None)):
        text = (
            f"Jordan sold ${first / 1e9:.2f} billion of goods to Iraq and ${second / 1e9:.2f} billion to India"
            " in 2013, the statistics office said."
        )
        rep = check_text(text, warehouse, "2014-05-02")
        values = [c for c in rep if c.claim.kind == "trade_value"]
        assert [c.claim.partner for c in values] == ["IRQ", "IND"], text
        if expected:
            assert {c.verdict for c in values} == {expected}, [c.explanation for c in values]
        else:
            assert [c.verdict for c in values] == ["understated", "overstated"], [c.explanation for c in values]


def test_a_share_of_what_the_owner_sold_is_of_its_exports_whatever_the_takers_verb(warehouse: Warehouse) -> None:
    """ "Iraq bought about N percent of everything Jordan sold abroad": a share of Jordan's exports (the verb of
    the of-phrase), not of its imports (the taker's 'bought'). Jordan, 2013."""
    own, _ = _own_and_mirror(warehouse, "JOR", 2013)
    share = 100 * own["IRQ"][1]
    imports = trade.partner_shares(warehouse, "JOR", 2013, "imports")
    in_imports = 100 * float(imports[imports["partner"] == "IRQ"]["share"].iloc[0])
    assert share_verdict(in_imports, round(share), "about") != "consistent"
    for claimed in (round(share), round(2 * share)):
        text = f"Iraq bought about {claimed} percent of everything Jordan sold abroad in 2013, the ministry said."
        rep = check_text(text, warehouse, "2014-05-02")
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert (c.claim.subject, c.claim.partner, c.claim.flow) == ("JOR", "IRQ", "exports")
        assert c.verdict == share_verdict(share, claimed, "about"), c.explanation


def test_a_bare_comparative_of_a_pairs_two_flows(warehouse: Warehouse) -> None:
    """ "Jordan bought more from India than it sold there": the pair's imports against its exports, factor 1
    (was: no claim); the false direction is contradicted. Jordan and India, 2013."""
    x, m = _dots(warehouse, "JOR", "IND", "exports")[2013], _dots(warehouse, "JOR", "IND", "imports")[2013]
    for words, holds in (
        ("bought more from India than it sold there", m >= 0.95 * x),
        ("sold more to India than it bought from it", x >= 0.95 * m),
    ):
        rep = check_text(f"In 2013 Jordan {words}, the ministry said.", warehouse, "2014-05-02")
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert (c.claim.subject, c.claim.partner, c.claim.unit) == ("JOR", "IND", "ratio")
        assert c.verdict == ("consistent" if holds else "contradicted"), (words, c.explanation)


def test_a_flow_ratio_is_judged_on_the_partners_records_too(warehouse: Warehouse) -> None:
    """ "Sri Lanka sold Germany about N times as much as it bought from it": the ratio on Sri Lanka's records
    decides, 'sources disagree' when only Germany's records of the same two flows support it (was: the
    reporter's ratio alone). 2013."""
    own = _dots(warehouse, "LKA", "DEU", "exports")[2013] / _dots(warehouse, "LKA", "DEU", "imports")[2013]
    f = trade.flows(warehouse, "LKA", "DEU")
    f = f[(f.source == "imf-dots") & (f.basis == "mirror") & (f.year == 2013)]
    mirror = float(f[f.flow == "exports"]["value"].iloc[0]) / float(f[f.flow == "imports"]["value"].iloc[0])
    for claimed in (round(own, 1), round(mirror, 1)):
        on_own, on_mirror = (0.85 <= r / claimed <= 1.15 for r in (own, mirror))
        expected = "consistent" if on_own else "sources disagree" if on_mirror else None
        text = f"In 2013 Sri Lanka sold Germany about {claimed} times as much as it bought from it."
        rep = check_text(text, warehouse, "2014-05-02")
        (c,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert c.claim.unit == "ratio"
        if expected is not None:
            assert c.verdict == expected, (claimed, c.explanation)
    assert not 0.85 <= own / round(mirror, 1) <= 1.15  # the mirror-only case is tried
