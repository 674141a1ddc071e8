"""Round 5b fixes of the claim reader (fixA): a record's direction from its side word ("a record low"),
a stated balance whose direction contradicts the stated exports and imports, a conversion written
amount-first. Every sentence is written for this test (countries, currencies and years of no eval set);
expected verdicts are computed from the evidence layer."""

from __future__ import annotations

from dyadscope.evidence import trade
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text


def _reported(wh: Warehouse, a: str, b: str, flow: str) -> dict[int, float]:
    f = trade.flows(wh, a, b, flow=flow)  # type: ignore[arg-type]
    f = f[(f.source == "imf-dots") & (f.basis == "reported")]
    return {int(y): float(v) for y, v in zip(f["year"], f["value"], strict=True)}


def test_a_record_low_is_a_record_below_every_earlier_year(warehouse: Warehouse) -> None:
    """ "a record low" / "record-low" is checked against the lowest earlier year, "a record high" and a bare
    "a record" against the highest: Peru's exports to Canada in 2011 are above every year before them (and not below),
    and a record low is then the opposite verdict."""
    v = _reported(warehouse, "PER", "CAN", "exports")
    past = [x for y, x in v.items() if y < 2011]
    high = "consistent" if v[2011] > max(past) else "contradicted"
    low = "consistent" if v[2011] < min(past) else "contradicted"
    assert high != low
    for words, expected in (
        ("hit a record", high),
        ("hit a record high", high),
        ("hit a record low", low),
        ("fell to a record-low level", low),
    ):
        rep = check_text(f"Peru's exports to Canada {words} in 2011, officials said.", warehouse, "2012-04-02")
        (c,) = [c for c in rep if c.claim.kind == "change"]
        assert c.claim.unit == "record" and c.verdict == expected, words


def _year(wh: Warehouse, a: str, b: str, flow: str, year: int) -> float:
    return _reported(wh, a, b, flow)[year]


def test_a_balance_the_wrong_way_round_is_contradicted_with_its_word_quoted(warehouse: Warehouse) -> None:
    """A balance whose word runs against the stated (and recorded) exports and imports: the balance's own
    claim quotes the word ('surplus'/'deficit') and is contradicted by the records, as is the sentence's
    arithmetic; the word that fits is consistent. Peru and Canada, 2012."""
    x, m = _year(warehouse, "PER", "CAN", "exports", 2012), _year(warehouse, "PER", "CAN", "imports", 2012)
    right, wrong = ("surplus", "deficit") if x > m else ("deficit", "surplus")
    gap = abs(x - m) / 1e9
    for word, expected in ((wrong, "contradicted"), (right, "consistent")):
        text = (
            f"With exports of ${x / 1e9:.1f} billion and imports of ${m / 1e9:.1f} billion in 2012, Peru's {word}"
            f" with Canada reached about ${gap:.1f} billion, officials said."
        )
        rep = check_text(text, warehouse, "2013-04-02")
        (bal,) = [c for c in rep if c.claim.kind == "trade_value" and c.claim.flow in ("surplus", "deficit")]
        assert word in bal.claim.quote and bal.verdict == expected, (word, bal.claim.quote, bal.verdict)
        (ari,) = [c for c in rep if c.claim.kind == "arithmetic"]
        assert ari.verdict == expected
    rep = check_text(f"Peru's exports to Canada left a ${gap:.1f} billion {wrong} in 2012.", warehouse, "2013-04-02")
    (bal,) = [c for c in rep if c.claim.kind == "trade_value"]
    assert bal.claim.quote.endswith(wrong) and bal.verdict == "contradicted"


def test_a_local_figure_after_the_dollars_is_a_trade_value_of_its_own(warehouse: Warehouse) -> None:
    """ "$X billion, or about Y billion pesos": the peso figure is checked on the data in pesos (its own trade
    value) beside the conversion; a wrong peso figure is never left with only the dollar claim. Chile's
    exports to Canada in 2012, at the WEO 2012 rate."""
    from dyadscope import fx

    x = _year(warehouse, "CHL", "CAN", "exports", 2012)
    clp = x * fx.usd_rate("CLP", 2012).per_usd
    for pesos, expected in ((clp, "consistent"), (2.5 * clp, "overstated")):
        text = (
            f"In 2012 Chile's exports to Canada came to ${x / 1e9:.2f} billion,"
            f" or about {pesos / 1e9:,.0f} billion pesos."
        )
        rep = check_text(text, warehouse, "2013-04-02")
        (local,) = [c for c in rep if c.claim.kind == "trade_value" and c.claim.currency == "CLP"]
        assert local.verdict == expected
        (conv,) = [c for c in rep if c.claim.kind == "conversion"]
        assert conv.verdict == expected
