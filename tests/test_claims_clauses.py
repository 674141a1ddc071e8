"""Round 3b of the claim reader: alignment shares stated as fractions, a second clause with its own
partner, the direction of "fewer ... than", the owner of a flow named later in the sentence, changes in
a dateline sentence. Each sentence is written for this test; each verdict test has a changed copy that
must not come out consistent. Expected verdicts are computed from the evidence layer, not the checker.
"""

from __future__ import annotations

from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, coincidence, share_verdict


def test_alignment_shares_as_fractions(warehouse: Warehouse) -> None:
    us, cn = coincidence(warehouse, "GHA", "USA", 2016), coincidence(warehouse, "GHA", "CHN", 2016)
    cases = [
        (
            "Ghana voted with the United States in about a third of the recorded votes in the General Assembly"
            " in 2016.",
            us,
            1 / 3,
            "about",
        ),
        ("Ghana voted with the United States in about one in five of the recorded votes in 2016.", us, 0.2, "about"),
        ("Ghana voted with China in more than a quarter of them in 2016.", cn, 0.25, "more than"),
        ("Ghana voted with China in less than a tenth of the votes in 2016.", cn, 0.1, "less than"),
        # the true share, written as a fraction near it, and a changed copy far from it
        ("Ghana voted with the United States in about half of the votes in 2016.", us, 0.5, "about"),
        ("Ghana voted with the United States in about three-quarters of the votes in 2016.", us, 0.75, "about"),
    ]
    rep = check_text(" ".join(c[0] for c in cases), warehouse, when="2017-06-01")
    got = [(c.claim.quantity, c.claim.hedge, c.verdict) for c in rep if c.claim.kind == "alignment"]
    want = [(round(100 * f, 1), h, share_verdict(v, f, h)) for _, v, f, h in cases]
    assert got == want
    assert "consistent" in [w[2] for w in want] and [w[2] for w in want].count("consistent") < len(want)


def test_a_second_clause_is_its_own_claim(warehouse: Warehouse) -> None:
    de, us, cn = (coincidence(warehouse, "TUR", p, 2017) for p in ("DEU", "USA", "CHN"))
    rep = check_text(
        "Turkey voted with Germany in more than 95 percent of the votes in 2017, and with the United States in"
        " about 60 percent. "
        "Turkey voted with Germany in more than 95 percent of the votes in 2017, while it sided with China in"
        " 80 percent. "
        "Turkey voted with Germany in more than 95 percent of the votes in 2017, and with the United States in"
        " about 90 percent.",
        warehouse,
        when="2018-06-01",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.years, c.claim.quantity, c.verdict) for c in rep]
    want = [
        ("TUR", "DEU", [2017], 95.0, share_verdict(de, 0.95, "more than")),
        ("TUR", "USA", [2017], 60.0, share_verdict(us, 0.60, "about")),
        ("TUR", "DEU", [2017], 95.0, share_verdict(de, 0.95, "more than")),
        ("TUR", "CHN", [2017], 80.0, share_verdict(cn, 0.80, None)),
        ("TUR", "DEU", [2017], 95.0, share_verdict(de, 0.95, "more than")),
        ("TUR", "USA", [2017], 90.0, share_verdict(us, 0.90, "about")),
    ]
    assert got == want
    assert want[-1][-1] != "consistent"  # the changed copy


def _flow(wh: Warehouse, a: str, b: str, flow: str, year: int) -> float:
    from dyadscope.evidence import trade as ev

    rows = ev.flows(wh, a, b, flow=flow, basis="reported", since=year, until=year)
    return float(rows["value"].iloc[0])


def test_the_flow_an_amount_hangs_on(warehouse: Warehouse) -> None:
    """ "With exports of about $X and imports of about $Y, the bloc's trade with China ...": each amount
    is its own flow, the owner the possessor later in the sentence."""
    ex, im = _flow(warehouse, "EU", "CHN", "exports", 2019), _flow(warehouse, "EU", "CHN", "imports", 2019)
    text = (
        "The European Union traded with the world in 2019. With exports of about ${:.0f} billion and imports of"
        " about ${:.0f} billion, the bloc's two-way goods trade with China reached ${:.0f} billion in 2019."
    )
    true = check_text(text.format(ex / 1e9, im / 1e9, (ex + im) / 1e9), warehouse)
    got = [(c.claim.subject, c.claim.partner, c.claim.flow, c.verdict) for c in true if c.claim.kind == "trade_value"]
    want = [("EU", "CHN", flow, "consistent") for flow in ("exports", "imports", "total")]
    assert got == want
    # the changed copy: the export figure written as large as the imports
    changed = check_text(text.format(im / 1e9, im / 1e9, 2 * im / 1e9), warehouse)
    verdicts = [c.verdict for c in changed if c.claim.kind == "trade_value"]
    assert verdicts[0] == ("overstated" if ex < 0.85 * im else "consistent") and verdicts[0] != "consistent"


def _change(wh: Warehouse, a: str, b: str, y0: int, y1: int) -> float:
    return 100 * (_flow(wh, a, b, "exports", y1) / _flow(wh, a, b, "exports", y0) - 1)


def test_fraction_changes_in_a_dateline_and_on_a_base_year(warehouse: Warehouse) -> None:
    ng = _change(warehouse, "NGA", "CHN", 2015, 2016)
    rep = check_text(
        "LAGOS, March 14 — Nigeria's exports to China fell by roughly a quarter in 2016, as oil prices slumped. "
        "Nigeria's exports to China rose by roughly a quarter in 2016, as oil prices slumped.",
        warehouse,
        when="2017-03-14",
    )
    got = [(c.claim.kind, c.claim.quantity, c.claim.hedge, c.claim.years, c.verdict) for c in rep]
    assert got == [
        ("change", -25.0, "roughly", [2016], "consistent" if abs(ng + 25) <= max(3.75, 1) else "overstated"),
        ("change", 25.0, "roughly", [2016], "contradicted" if ng < 0 else "consistent"),
    ]
    assert got[1][-1] != "consistent"
    # "up by more than a fifth on 2006": the base year is named; a changed copy says 'down'
    gh = _change(warehouse, "GHA", "CHN", 2006, 2007)
    rep = check_text(
        "In 2007 Ghana's exports to China were up by more than a fifth on 2006. "
        "In 2007 Ghana's exports to China were down by more than a fifth on 2006.",
        warehouse,
        when="2008-06-01",
    )
    got = [(c.claim.quantity, c.claim.hedge, c.claim.years, c.verdict) for c in rep if c.claim.kind == "change"]
    assert [g[:3] for g in got] == [(20.0, "more than", [2006, 2007]), (-20.0, "more than", [2006, 2007])]
    # the reporter's own change decides the direction; a fall short of a fifth is overstated, or sources
    # disagree where the partner's mirror record shows a fall of more than a fifth
    assert got[0][3] == ("contradicted" if gh < 0 else "consistent" if gh >= 0.95 * 20 else "overstated")
    short = ("overstated", "sources disagree")
    assert got[1][3] in (("contradicted",) if gh > 0 else ("consistent",) if -gh >= 0.95 * 20 else short)
    assert "consistent" in (got[0][3], got[1][3]) or gh > -19  # not both consistent: the copies disagree
    assert got[0][3] != "consistent" or got[1][3] != "consistent"


def test_a_members_part_of_a_groups_flow(warehouse: Warehouse) -> None:
    """ "Germany accounted for more than a quarter of the EU's exports to the United States": Germany's
    exports to the US over the EU's (a fraction read as a share; "a quarter" is no quarterly figure)."""
    share = _flow(warehouse, "DEU", "USA", "exports", 2020) / _flow(warehouse, "EU", "USA", "exports", 2020)
    rep = check_text(
        "Germany alone accounted for more than a quarter of the EU's exports to the United States in 2020. "
        "Germany alone accounted for more than half of the EU's exports to the United States in 2020.",
        warehouse,
        when="2021-04-28",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.detail.get("member"), c.claim.quantity, c.verdict) for c in rep]
    assert got == [
        ("EU", "USA", "DEU", 25.0, "consistent" if share >= 0.95 * 0.25 else "overstated"),
        ("EU", "USA", "DEU", 50.0, "consistent" if share >= 0.95 * 0.5 else "overstated"),
    ]
    assert got[1][-1] != "consistent"


def test_alignment_compared_with_the_sentence_before(warehouse: Warehouse) -> None:
    """ "It sided with China far more often" (than with the partner before), "closer to A than to B",
    "That was more often than South Africa, Kenya or Ghana" (the same partner, each country named)."""
    us, cn = coincidence(warehouse, "GHA", "USA", 2016), coincidence(warehouse, "GHA", "CHN", 2016)
    others = {o: coincidence(warehouse, o, "CHN", 2016) for o in ("ZAF", "KEN", "GHA", "EGY")}
    rep = check_text(
        "Ghana voted with the United States in about half of the recorded votes in 2016. It sided with China far"
        " more often. "
        "Ghana voted with the United States in about half of the recorded votes in 2016. It sided with China far"
        " less often. "
        "At the UN General Assembly in 2016, Ghana was closer to the United States than to China. "
        "Egypt voted with China in 95 percent of the votes in 2016. That was more often than South Africa, Kenya"
        " or Ghana. "
        "Egypt voted with China in 95 percent of the votes in 2016. That was less often than South Africa, Kenya"
        " or Ghana.",
        warehouse,
        when="2017-06-01",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.years, c.verdict) for c in rep if c.claim.unit == "comparison"]

    def ok(flag: bool) -> str:
        return "consistent" if flag else "contradicted"

    egy, rest = others["EGY"], [others[o] for o in ("ZAF", "KEN", "GHA")]
    assert got == [
        ("GHA", "CHN", [2016], ok(cn > us)),
        ("GHA", "CHN", [2016], ok(cn < us)),
        ("GHA", "USA", [2016], ok(us > cn)),
        ("EGY", "CHN", [2016], ok(all(egy > r for r in rest))),
        ("EGY", "CHN", [2016], ok(all(egy < r for r in rest))),
    ]
    assert got[0][-1] != got[1][-1]  # a copy with the direction changed is not consistent too
    details = [c.claim.detail for c in rep if c.claim.unit == "comparison"]
    assert details[0]["than"] == "USA" and details[3]["others"] == ["ZAF", "KEN", "GHA"]


def test_fewer_than_is_the_reverse_of_more_than(warehouse: Warehouse) -> None:
    """ "the member states together bought fewer South African goods than China did": the EU (the union
    named before) against China, 'fewer' read as less; the 'more' copy must not agree as well."""
    eu, cn = _flow(warehouse, "EU", "ZAF", "imports", 2019), _flow(warehouse, "CHN", "ZAF", "imports", 2019)
    lead = "The European Union was a big buyer of South African goods in 2019. "
    got = []
    for word in ("fewer", "more"):
        rep = check_text(
            lead + f"Yet the member states together bought {word} South African goods than China did in 2019.",
            warehouse,
        )
        got += [
            (c.claim.subject, c.claim.partner, c.claim.detail.get("bound"), c.verdict)
            for c in rep
            if c.claim.unit == "comparison"
        ]
    # South Africa's own records of its sales to each buyer are read too (one reporter, one valuation):
    # when they order the two buyers otherwise than the buyers' records do, the sources disagree
    to_eu, to_cn = _flow(warehouse, "ZAF", "EU", "exports", 2019), _flow(warehouse, "ZAF", "CHN", "exports", 2019)

    def expected(less: bool) -> str:
        buyers, seller = (eu < cn) == less, (to_eu < to_cn) == less
        return "sources disagree" if buyers != seller else "consistent" if buyers else "contradicted"

    assert got == [("EU", "ZAF", "less", expected(True)), ("EU", "ZAF", "more", expected(False))]
    assert "consistent" not in (got[0][-1], got[1][-1]) or got[0][-1] != got[1][-1]
