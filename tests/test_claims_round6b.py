"""Round 6 (claims7b): claims the data cannot check, found from the parse. Every sentence is written for
this test (countries, years and units of no eval set); expected trade verdicts are computed from the
evidence layer (IMF DOTS, reporter's own record) with the contract's tolerance, not from the checker."""

from __future__ import annotations

from dyadscope.evidence import trade
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text


def _reported(wh: Warehouse, a: str, b: str, flow: str, year: int) -> float:
    f = trade.flows(wh, a, b, flow=flow)  # type: ignore[arg-type]
    f = f[(f.source == "imf-dots") & (f.basis == "reported") & (f.year == year)]
    return float(f["value"].iloc[0])


def test_a_month_that_dates_a_statement_is_no_monthly_figure(warehouse: Warehouse) -> None:
    """ "figures published in March", "the bureau said last month" date the statement: the annual figure
    is checked; a month or quarter in the figure's own clause ("Second-quarter exports ...", "in May
    alone") still makes it a sub-annual figure the annual data cannot check."""
    value = _reported(warehouse, "GHA", "IND", "exports", 2016)
    claimed = round(value / 1e9, 1)
    ratio = value / (claimed * 1e9)
    expected = "consistent" if 0.85 <= ratio <= 1.15 else ("overstated" if ratio < 0.85 else "understated")
    text = (
        f"Ghana sold goods worth about ${claimed} billion to India in 2016, according to figures published by "
        "the Bank of Ghana in March.\n\n"
        f"The statistics service said last month that Ghana's exports to India were about ${claimed} billion in "
        "2016.\n\n"
        "Second-quarter exports to India were up 25 percent on the year, the export authority said.\n\n"
        "Ghana's exports to India in May alone rose 12 percent, traders said."
    )
    rep = list(check_text(text, warehouse, "2017-06-20"))
    values = [c for c in rep if c.claim.kind == "trade_value"]
    assert len(values) == 2 and all(c.verdict == expected for c in values), [c.explanation for c in values]
    subannual = [c for c in rep if c.claim.kind == "uncheckable" and "monthly or quarterly" in str(c.claim.reason)]
    assert sorted(c.claim.quote for c in subannual) == ["12 percent", "25 percent"]
    assert all(c.verdict == "not checkable" for c in subannual)


def test_volumes_of_traded_goods_are_claims_the_data_cannot_check(warehouse: Warehouse) -> None:
    """A figure in physical units in a clause that trades, ships or makes goods and names a country (or a
    flow noun standing for the article's country) is a not-checkable claim with the reason; counts of
    lost crops, people, containers a port handled and lengths are no claims."""
    text = (
        "Zambia imports about 300 megawatts of electricity from Mozambique, officials said.\n\n"
        "Angola shipped 1.5 million barrels of crude a day to China in 2016, the ministry said.\n\n"
        "About 2 million tonnes of maize were lost to drought in Malawi in 2016, and 1.2 million people needed "
        "food aid.\n\n"
        "The port of Lobito handled 4 million containers in 2016, and its new quay is 900 metres long."
    )
    rep = list(check_text(text, warehouse, "2017-06-20"))
    got = sorted((c.claim.subject, c.claim.quote) for c in rep)
    assert got == [("AGO", "1.5 million barrels"), ("ZMB", "about 300 megawatts")]
    assert all(c.verdict == "not checkable" and "volume" in str(c.claim.reason) for c in rep)
    assert all(c.claim.kind == "uncheckable" for c in rep)


def test_a_forecast_without_a_figure_is_a_claim(warehouse: Warehouse) -> None:
    """A verb of expecting or planning whose complement speaks of trade or the economy in the future
    ("by 2019", a later year, "within three years"), or a verb of saying whose complement does so with
    "will", is a not-checkable forecast, even with no number;
    a forecast whose figure is a claim already ("will double by 2025") is one claim, not two."""
    text = (
        "The Ugandan government expects exports to Kenya to recover to their 2015 level by 2019.\n\n"
        "Rwanda plans to raise its electricity exports within three years.\n\n"
        "Officials in Luanda forecast that Angola's trade with India will double by 2025.\n\n"
        "Ugandan diplomats expect the talks with Kenya to resume soon.\n\n"
        "Traders in Kampala say Uganda's exports to Rwanda will soon climb back to their old peak.\n\n"
        "Ugandan officials say Kampala will host the next round of talks."
    )
    rep = list(check_text(text, warehouse, "2017-06-20"))
    forecasts = [c for c in rep if c.claim.kind == "uncheckable" and "forecast" in str(c.claim.reason)]
    assert [c.claim.subject for c in forecasts] == ["UGA", "RWA", "AGO", "UGA"]
    assert forecasts[0].claim.quote.startswith("expects exports to Kenya to recover")
    assert forecasts[2].claim.quote == "double"
    assert forecasts[3].claim.quote == "Uganda's exports to Rwanda will soon climb back to their old peak"
    assert not [c for c in rep if "next round" in c.claim.sentence]
    assert not [c for c in rep if "talks" in c.claim.sentence]
    assert all(c.verdict == "not checkable" for c in rep)


def test_an_expectation_about_un_votes_is_an_opinion(warehouse: Warehouse) -> None:
    """An alignment sentence with no quantity, comparison or vote ("the expectation that such allies align
    with US positions") is an uncheckable claim (the annotators' kind for an opinion), its check showing the
    pair's votes for reference; a sentence with a share of the votes stays an alignment claim."""
    text = (
        "Tunisia was designated a Major Non-NATO Ally in 2015.\n\n"
        "Critics question the expectation that such allies align with US positions at the United Nations.\n\n"
        "Tunisia voted with the United States in about 30 percent of the recorded votes in 2018."
    )
    rep = list(check_text(text, warehouse, "2020-03-01"))
    (opinion,) = [c for c in rep if "Critics" in c.claim.sentence]
    assert opinion.claim.kind == "uncheckable" and opinion.verdict == "not checkable"
    assert opinion.claim.detail.get("votes") and "expectation" in str(opinion.claim.reason)
    assert any(e.basis == "votes" for e in opinion.evidence)  # the reference coincidence is shown
    (share,) = [c for c in rep if "30 percent" in c.claim.sentence]
    assert share.claim.kind == "alignment" and share.claim.quantity == 30.0


def test_currency_moves_prices_and_markets_are_not_checkable(warehouse: Warehouse) -> None:
    """A currency as the subject of a verb of moving, inflation, joblessness and stock markets are claims the
    trade and vote data cannot check (each with its reason); a change of a trade flow beside them is still
    checked as a change."""
    text = (
        "The cedi lost about 20 percent against the dollar in 2014, the central bank said.\n\n"
        "Inflation in Ghana reached 17 percent in 2015, and the jobless rate rose to 12 percent.\n\n"
        "The Accra stock market fell 9 percent in 2015.\n\n"
        "Ghana's exports to Togo rose 20 percent in 2015."
    )
    rep = list(check_text(text, warehouse, "2016-06-20"))
    reasons = {c.claim.quote: str(c.claim.reason) for c in rep if c.claim.kind == "uncheckable"}
    assert "currency" in reasons["20 percent"] and "inflation" in reasons["17 percent"]
    assert "inflation" in reasons["12 percent"] and "financial markets" in reasons["9 percent"]
    (change,) = [c for c in rep if c.claim.kind == "change"]
    assert (change.claim.subject, change.claim.partner, change.claim.quantity) == ("GHA", "TGO", 20.0)


def test_every_checked_verdict_carries_sourced_evidence(warehouse: Warehouse) -> None:
    """The contract (claims/contract.py, docs/claims.md): every check that gives a verdict other than *not
    checkable* lists the data it rests on, each value with a non-empty source and one of the documented bases.
    The documented bases are read from the contract's own docstring, so a new basis must be documented there."""
    import re

    from dyadscope.claims import contract

    doc = " ".join((contract.__doc__ or "").split())
    listed = re.search(r"``basis`` \(([^)]*)\)", doc)
    assert listed is not None
    bases = {b.strip() for b in listed.group(1).split("|")}
    assert {"reported", "mirror", "published", "votes", "rate", "article"} <= bases
    text = (
        "Ghana's exports to India reached about $1.6 billion in 2016, up about 20 percent on 2015.\n\n"
        "In cedis, that came to about 6.3 billion cedis.\n\n"
        "With exports of $1.6 billion and imports of $1.0 billion, Ghana's surplus with India came to $0.6 billion "
        "in 2016.\n\n"
        "India was Ghana's largest export market in 2016.\n\n"
        "Ghana voted with the United States in about 30 percent of the recorded votes in 2016."
    )
    rep = list(check_text(text, warehouse, "2017-06-01"))
    kinds = {c.claim.kind for c in rep if c.verdict != "not checkable"}
    assert {"trade_value", "change", "conversion", "arithmetic", "rank_share", "alignment"} <= kinds
    for c in rep:
        if c.verdict == "not checkable":
            continue
        assert c.evidence, c.claim.sentence
        for e in c.evidence:
            assert e.source.strip() and e.basis in bases, (c.claim.kind, e.label, e.source, e.basis)
        as_json = c.to_dict()["evidence"]
        assert all(set(x) >= {"value", "unit", "currency", "year", "source", "basis"} for x in as_json)


def test_a_roll_call_claim_that_fails_says_how_each_voted(warehouse: Warehouse) -> None:
    """ "Ghana voted against the United States on the resolution on the embargo against Cuba in 2016": the two
    never voted yes against no on it (the US abstained in 2016), so the claim is contradicted, and the check
    lists the roll calls both cast with each one's vote and says what each did (was: "... 0 times" only).
    Expected votes are read from the evidence layer's roll calls."""
    from dyadscope.evidence import votes

    rolls = votes.roll_calls(warehouse, ["GHA", "USA"], votes.VoteFilter.parse(2016, 2016), "embargo Cuba")
    rolls = rolls[rolls["adoption"] == "recorded vote"]
    gha, usa = list(rolls["GHA"].astype(str)), list(rolls["USA"].astype(str))
    assert gha and not any({a, b} == {"yes", "no"} for a, b in zip(gha, usa, strict=True))
    rep = list(
        check_text(
            "Ghana voted against the United States on the resolution on the embargo against Cuba in 2016.",
            warehouse,
            "2017-06-01",
        )
    )
    (c,) = [c for c in rep if c.claim.kind == "alignment"]
    assert c.verdict == "contradicted"
    words = {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}
    for who, cast in (("Ghana", gha), ("United States", usa)):
        for v in set(cast) & set(words):
            n = cast.count(v)
            assert f"{words[v]} {n} time{'s' if n != 1 else ''}" in c.explanation.split(who, 2)[-1], (who, v)
    assert any(e.note == f"Ghana {gha[0]}, United States {usa[0]}" for e in c.evidence)


def test_a_goal_and_a_month_of_exports_after_another_clause(warehouse: Warehouse) -> None:
    """ "set a goal of $5 billion in two-way trade" is a target, not checkable (was no claim); a month's exports
    in the second half of a sentence about something else ("..., and beef exports in August alone fell by 9
    percent") is a monthly figure, not checkable."""
    text = (
        "A fire last June led to closures of meat plants in several Brazilian towns, and beef exports in August "
        "alone fell by 9 percent, according to a packers' group.\n\n"
        "Peru and Chile set a goal of $5 billion in two-way trade."
    )
    rep = list(check_text(text, warehouse, "2016-03-01"))
    reasons = {c.claim.quote: str(c.claim.reason) for c in rep}
    assert "monthly or quarterly" in reasons["9 percent"] and "forecast" in reasons["$5 billion"]
    assert all(c.claim.kind == "uncheckable" and c.verdict == "not checkable" for c in rep)
