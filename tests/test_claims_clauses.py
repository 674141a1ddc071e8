"""Round 3b of the claim reader: alignment shares stated as fractions, a second clause with its own
partner, the direction of "fewer ... than", the owner of a flow named later in the sentence, changes in
a dateline sentence. Each sentence is written for this test; each verdict test has a changed copy that
must not come out consistent. Expected verdicts are computed from the evidence layer, not the checker.
"""

from __future__ import annotations

from dyadscope import api
from dyadscope.claims.contract import CheckReport
from dyadscope.news.reader import read_text
from dyadscope.warehouse import Warehouse

TOLERANCE = {"about": (0.85, 1.15), None: (0.90, 1.10), "more than": (0.95, None), "less than": (None, 1.05)}


def _check(text: str, wh: Warehouse, when: str = "2024-12-15") -> CheckReport:
    return api.check(read_text("Claims\n\n" + text), when=when, warehouse=wh)


def _coincidence(wh: Warehouse, a: str, b: str, year: int) -> float:
    from dyadscope.evidence import votes

    flt = votes.VoteFilter.parse(year, year)
    return float(votes.alignment_series(wh, a, [b], "coincidence", "year", flt)["value"].mean())


def _expected(value: float, claimed: float, hedge: str | None) -> str:
    lo, hi = TOLERANCE[hedge]
    ratio = value / claimed
    if lo is not None and ratio < lo:
        return "overstated"
    if hi is not None and ratio > hi:
        return "understated"
    return "consistent"


def test_alignment_shares_as_fractions(warehouse: Warehouse) -> None:
    us, cn = _coincidence(warehouse, "GHA", "USA", 2016), _coincidence(warehouse, "GHA", "CHN", 2016)
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
    rep = _check(" ".join(c[0] for c in cases), warehouse, when="2017-06-01")
    got = [(c.claim.quantity, c.claim.hedge, c.verdict) for c in rep if c.claim.kind == "alignment"]
    want = [(round(100 * f, 1), h, _expected(v, f, h)) for _, v, f, h in cases]
    assert got == want
    assert "consistent" in [w[2] for w in want] and [w[2] for w in want].count("consistent") < len(want)


def test_a_second_clause_is_its_own_claim(warehouse: Warehouse) -> None:
    de, us, cn = (_coincidence(warehouse, "TUR", p, 2017) for p in ("DEU", "USA", "CHN"))
    rep = _check(
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
        ("TUR", "DEU", [2017], 95.0, _expected(de, 0.95, "more than")),
        ("TUR", "USA", [2017], 60.0, _expected(us, 0.60, "about")),
        ("TUR", "DEU", [2017], 95.0, _expected(de, 0.95, "more than")),
        ("TUR", "CHN", [2017], 80.0, _expected(cn, 0.80, None)),
        ("TUR", "DEU", [2017], 95.0, _expected(de, 0.95, "more than")),
        ("TUR", "USA", [2017], 90.0, _expected(us, 0.90, "about")),
    ]
    assert got == want
    assert want[-1][-1] != "consistent"  # the changed copy
