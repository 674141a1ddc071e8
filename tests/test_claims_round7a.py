"""Round 7 (claims8a): values, changes, conversions, ranks and shares, subjects and partners. Every sentence is
written for this test (countries, years and currencies of no eval set); expected verdicts are computed from
the evidence layer's DOTS rows by another path than the checker's."""

from __future__ import annotations

from dyadscope.evidence import trade
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text


def _dots(wh: Warehouse, a: str, b: str, flow: str) -> dict[int, float]:
    """``a``'s own DOTS record of its ``flow`` with ``b``, by year."""
    f = trade.flows(wh, a, b, flow=flow)  # type: ignore[arg-type]
    f = f[(f.source == "imf-dots") & (f.basis == "reported")]
    return {int(y): float(v) for y, v in zip(f["year"], f["value"], strict=True)}


def test_a_number_word_times_as_much_as_another_buyer_is_a_comparison(warehouse: Warehouse) -> None:
    """ "Japan bought a fifth of everything Australia sold abroad, nearly N times as much as India": the
    multiple compares the two buyers' purchases (a rank/share comparison), whatever number word says N (was:
    only "three times" and digits; "five times" was a change of Japan's imports, so a false multiple left only
    the share in the sentence's rank claims and a perturbed copy came out consistent)."""
    jpn, ind = _dots(warehouse, "JPN", "AUS", "imports"), _dots(warehouse, "IND", "AUS", "imports")
    ratio = jpn[2015] / ind[2015]
    near = round(ratio)
    assert abs(ratio / near - 1) <= 0.10  # the nearest whole multiple is within the unhedged ±10%
    words = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times", 7: "seven times"}
    cases = ((near, "consistent"), (near + 2, "contradicted"), (near - 2, "contradicted"))
    texts = [
        f"Japan bought a fifth of everything Australia sold abroad in 2015, {words[n]} as much as India."
        for n, _ in cases
    ]
    rep = check_text("\n\n".join(texts), warehouse, "2016-05-01")  # one article, one parse
    for text, (n, expected) in zip(texts, cases, strict=True):
        mine = [c for c in rep if c.claim.sentence == text]
        assert not [c for c in mine if c.claim.kind == "change"], text
        (c,) = [c for c in mine if c.claim.kind == "rank_share" and c.claim.unit == "comparison"]
        assert (c.claim.subject, c.claim.partner, c.claim.detail["versus"]) == ("JPN", "AUS", "IND")
        assert c.claim.quantity == n
        assert c.verdict == expected, (n, c.explanation)
