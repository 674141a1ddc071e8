"""Round 4b of the claim reader: a comparison clause no rule reads gives a *not checkable* claim of its own
(never the verdict of the clause beside it); a comparison of partners followed by a share of the votes is
two claims; a year inside an apposition ("a member since 1995") is no period; a flow word just before the
amount is its flow ("imports from Japan at $X"); an entity that is another flow's partner ("from Japan") is
no subject. Every sentence is written for this test; expected verdicts are computed from the evidence layer."""

from __future__ import annotations

from dyadscope.evidence import trade
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, coincidence


def test_an_unread_comparison_clause_is_not_checkable(warehouse: Warehouse) -> None:
    """The clause after the share ("and with Moscow far less often") and a rank clause ("with Italy a
    distant fourth behind France") are not read: each is a claim of its own, not checkable, quoted."""
    rep = check_text(
        "In 2016 Brazil voted with the United States in about 30 percent of the recorded votes in the UN General"
        " Assembly, and with Moscow far less often.",
        warehouse,
        "2017-05-02",
    )
    align = [c for c in rep if c.claim.kind == "alignment"]
    assert [c.claim.quote for c in align][1:] == ["with Moscow far less often"]
    # round 5: the clause is read (a comparison of Russia with the partner before), so its verdict is the
    # data's: less often with Russia than with the US in 2016
    us, ru = coincidence(warehouse, "BRA", "USA", 2016), coincidence(warehouse, "BRA", "RUS", 2016)
    assert (align[1].claim.partner, align[1].claim.detail.get("than")) == ("RUS", "USA")
    assert align[1].verdict == ("consistent" if ru < us else "contradicted")
    rep = check_text(
        "Germany took about a tenth of Turkey's exports in 2014, with Italy a distant fourth behind France.",
        warehouse,
        "2015-05-02",
    )
    # round 5: the ordinal clause is read as a rank of Italy among Turkey's export markets, behind France
    # (was: an unread clause, not checkable); the expected verdict comes from the partner shares
    assert not [c for c in rep if c.claim.detail.get("unread")]
    (fourth,) = [c for c in rep if c.claim.unit == "rank"]
    assert (fourth.claim.subject, fourth.claim.partner, fourth.claim.quantity, fourth.claim.detail.get("behind")) == (
        "TUR",
        "ITA",
        4.0,
        ["FRA"],
    )
    shares = trade.partner_shares(warehouse, "TUR", 2014, "exports")
    rank = {str(p): int(r) for p, r in zip(shares["partner"], shares["rank"], strict=True)}
    assert fourth.verdict == ("consistent" if rank["ITA"] == 4 and rank["FRA"] < 4 else "contradicted")


def test_a_partner_comparison_then_a_share_is_two_claims(warehouse: Warehouse) -> None:
    """The share of the second clause is the share of the partner named just before it, not of the first."""
    us = coincidence(warehouse, "BLR", "USA", 2015)
    ru = coincidence(warehouse, "BLR", "RUS", 2015)
    rep = check_text(
        "Belarus voted with Russia far more often than with the United States at the UN General Assembly in 2015,"
        " and sided with Washington in more than half of the recorded votes.",
        warehouse,
        "2016-03-01",
    )
    got = [(c.claim.partner, c.claim.unit, c.claim.detail.get("than"), c.claim.quantity) for c in rep]
    assert got == [("RUS", "comparison", "USA", None), ("USA", "percent", None, 50.0)]
    comparison, share = rep.checks
    assert comparison.verdict == ("consistent" if ru > us else "contradicted")
    assert share.verdict == ("overstated" if us < 0.95 * 0.5 else "consistent")
    assert share.verdict == "overstated"  # Belarus sided with the US in far fewer than half of the 2015 votes


def test_a_year_in_an_apposition_is_not_the_period(warehouse: Warehouse) -> None:
    rep = check_text(
        "Japan, a member of the United Nations since 1956, voted with the United States in about 70 percent of"
        " the recorded votes in the General Assembly.",
        warehouse,
        "2019-03-20",
    )
    (c,) = [c for c in rep if c.claim.kind == "alignment"]
    assert 1956 not in c.claim.years
    assert c.claim.years[-1] == 2018  # no year of its own: the latest full year before the article


def test_imports_from_a_partner_at_an_amount(warehouse: Warehouse) -> None:
    """'... put exports at $X and imports from Japan at $Y, leaving Thailand ...': Thailand's flows, the
    second one imports."""
    rep = check_text(
        "Customs figures put exports at $22 billion and imports from Japan at $35 billion in 2015, leaving"
        " Thailand a deficit with its second-largest market.",
        warehouse,
        "2016-03-01",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.flow) for c in rep if c.claim.kind == "trade_value"]
    assert got[:2] == [("THA", "JPN", "exports"), ("THA", "JPN", "imports")]


def test_shared_currency_words_by_the_articles_countries() -> None:
    """'rupees', 'pesos', 'kroner', 'dirhams', 'riyals' name the currency of the article's country."""
    from dyadscope.news.amounts import find_amounts

    def code(text: str, countries: list[str]) -> str:
        (a,) = find_amounts(text, countries=countries)
        return a.currency

    assert code("about 900 billion rupees", ["LKA", "CHN"]) == "LKR"
    assert code("about 900 billion rupees", ["CHN", "IND"]) == "INR"
    assert code("some 40 trillion pesos", ["COL", "USA"]) == "COP"
    assert code("more than 300 billion kroner", ["DNK"]) == "DKK"
    assert code("12 billion dirhams", ["ARE", "IND"]) == "AED"
    assert code("12 billion dirhams", ["MAR", "FRA"]) == "MAD"
    assert code("40 billion riyals", ["QAT"]) == "QAR"
    assert [a.currency for a in find_amounts("9 trillion tenge, 300 billion taka and 80 billion zlotys")] == [
        "KZT",
        "BDT",
        "PLN",
    ]


def test_local_currency_amount_with_no_named_owner(warehouse: Warehouse) -> None:
    """'exports of N billion pesos' is no product; with no owner named, an amount in the currency of one of
    the article's countries is that country's flow; a country in an adverbial clause is no subject."""
    rep = check_text(
        "Mexico and the United States traded more goods than ever.\n\n"
        "In 2015, exports to the United States came to about 4,500 billion pesos, officials said, as car plants"
        " moved south from Canada.",
        warehouse,
        "2016-04-01",
    )
    got = [(c.claim.kind, c.claim.subject, c.claim.partner, c.claim.currency) for c in rep if c.claim.unit == "money"]
    assert got == [("trade_value", "MEX", "USA", "MXN")]


def test_a_change_from_a_base_year(warehouse: Warehouse) -> None:
    """'rose by about a fifth from 2012' with no year it rose to: 2012 is the base, the end the latest full
    year before the article (not the change into 2012)."""
    rep = check_text(
        "Peru's exports to China rose by about a fifth from 2012, officials said.", warehouse, "2014-02-01"
    )
    (c,) = [c for c in rep if c.claim.kind == "change"]
    assert c.claim.years == [2012, 2013]
