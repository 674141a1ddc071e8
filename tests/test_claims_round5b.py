"""Round 5 (claims6b) of the alignment and rank readers, on sentences written for these tests (countries and
years not in the bundled evaluation sets): a sentence with two alignment clauses gives two claims (each with
its own subject, partner and quantity); "and with China far more often" compares the new partner with the
one before; "It" takes the country of the sentence before; "more often than any other ally except Israel"
is a rank within the group; a roll call named by its subject matter and month is found by its title; "the
same resolution" is the roll call of the sentence before; "ahead of Italy" is checked with the rank; "the
largest African market" ranks among the African partners only. Expected verdicts come from the evidence
layer (coincidence by year, roll calls, partner shares), never from the checker."""

from __future__ import annotations

from datetime import date

from dyadscope import groups
from dyadscope.evidence import trade, votes
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, coincidence, share_verdict


def test_two_alignment_clauses_are_two_claims(warehouse: Warehouse) -> None:
    """ "..., while Nigeria sided with China in more than 80 percent of them": a clause with a subject of
    its own, and the share nearest its verb (not the first one of the sentence)."""
    rep = check_text(
        "In 2015 Ghana voted with the United States in about a quarter of the recorded votes in the General"
        " Assembly, while Nigeria sided with China in more than 80 percent of them.",
        warehouse,
        "2016-04-01",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.quantity, c.claim.hedge, c.claim.years) for c in rep]
    assert got == [("GHA", "USA", 25.0, "about", [2015]), ("NGA", "CHN", 80.0, "more than", [2015])]
    gha = 100 * coincidence(warehouse, "GHA", "USA", 2015)
    nga = 100 * coincidence(warehouse, "NGA", "CHN", 2015)
    assert [c.verdict for c in rep] == [share_verdict(gha, 25.0, "about"), share_verdict(nga, 80.0, "more than")]


def test_an_elliptic_clause_compares_with_the_partner_before(warehouse: Warehouse) -> None:
    rep = check_text(
        "Argentina voted with the United States in about 40 percent of the recorded votes in 2015, and with China"
        " far more often.",
        warehouse,
        "2016-04-01",
    )
    comparison = rep.checks[1]
    assert (comparison.claim.subject, comparison.claim.partner, comparison.claim.detail) == (
        "ARG",
        "CHN",
        {"direction": "more", "than": "USA"},
    )
    assert comparison.claim.quote == "with China far more often"
    cn, us = coincidence(warehouse, "ARG", "CHN", 2015), coincidence(warehouse, "ARG", "USA", 2015)
    assert comparison.verdict == ("consistent" if cn > us else "contradicted")
    # the same sentence with the direction turned round is the other verdict
    rep = check_text(
        "Argentina voted with the United States in about 40 percent of the recorded votes in 2015, and with China"
        " far less often.",
        warehouse,
        "2016-04-01",
    )
    assert rep.checks[1].verdict == ("contradicted" if cn > us else "consistent")


def test_it_is_the_country_of_the_sentence_before(warehouse: Warehouse) -> None:
    rep = check_text(
        "Chile voted with Washington in about a third of the recorded votes in the General Assembly in 2015."
        " It stood closer to Beijing than to Washington.",
        warehouse,
        "2016-04-01",
    )
    second = rep.checks[1]
    assert (second.claim.subject, second.claim.partner, second.claim.detail.get("than"), second.claim.years) == (
        "CHL",
        "CHN",
        "USA",
        [2015],
    )
    cn, us = coincidence(warehouse, "CHL", "CHN", 2015), coincidence(warehouse, "CHL", "USA", 2015)
    assert second.verdict == ("consistent" if cn > us else "contradicted")


def _group_ranks(wh: Warehouse, group: str, partner: str, year: int) -> list[str]:
    """The group's members in ``year`` ordered by coincidence with ``partner`` (highest first)."""
    values = {}
    for m in groups.members(group, year):
        if m == partner:
            continue
        try:
            v = coincidence(wh, m, partner, year)
        except (KeyError, ValueError):
            continue
        if v == v:  # members with no recorded votes (NaN) are left out
            values[m] = v
    return sorted(values, key=lambda m: -values[m])


def test_more_often_than_any_ally_except_one_is_a_rank(warehouse: Warehouse) -> None:
    """Consistent only for the ally ranked right after Israel (Israel first); Japan and South Korea are
    each checked, whichever of them it is."""
    order = _group_ranks(warehouse, "mnna", "USA", 2015)
    for who, code in (("Japan", "JPN"), ("South Korea", "KOR")):
        rep = check_text(
            f"{who} voted with the United States more often than any other Major Non-NATO Ally except Israel in 2015.",
            warehouse,
            "2016-04-01",
        )
        (check,) = [c for c in rep if c.claim.kind == "alignment"]
        assert (check.claim.subject, check.claim.detail.get("except")) == (code, ["ISR"])
        expected = order[0] == "ISR" and order[1] == code
        assert check.verdict == ("consistent" if expected else "contradicted"), (who, order[:4])


def test_more_often_than_any_other_african_state(warehouse: Warehouse) -> None:
    order = _group_ranks(warehouse, "au", "CHN", 2015)
    rep = check_text("Kenya voted with China more often than any other African state in 2015.", warehouse, "2016-04-01")
    (check,) = list(rep)
    assert check.claim.detail.get("rank_in") == "AU"
    assert check.verdict == ("consistent" if order[0] == "KEN" else "contradicted")


def test_a_roll_call_found_by_its_subject_matter_and_month(warehouse: Warehouse) -> None:
    """ "the resolution on the aggression against Ukraine" in March: the March 2022 roll calls whose titles
    hold those words; "Serbia voted with Washington on the same resolution" is checked on the same roll calls."""
    rep = check_text(
        "In March, Belarus voted against the United States on the resolution on the aggression against Ukraine."
        " Serbia voted with Washington on the same resolution.",
        warehouse,
        "2022-06-01",
    )
    flt = votes.VoteFilter(since=date(2022, 3, 1), until=date(2022, 3, 31))
    rolls = votes.roll_calls(warehouse, ["BLR", "SRB", "USA"], flt, topic="Ukraine")
    rolls = rolls[rolls["title"].str.contains("ggression", na=False)]
    assert not rolls.empty
    opposite = ((rolls["BLR"] == "no") & (rolls["USA"] == "yes")) | ((rolls["BLR"] == "yes") & (rolls["USA"] == "no"))
    same = rolls["SRB"].isin(["yes", "no"]) & (rolls["SRB"] == rolls["USA"])
    against, along = rep.checks
    assert (against.claim.subject, along.claim.subject) == ("BLR", "SRB")
    assert along.claim.detail["topic"] == against.claim.detail["topic"]
    assert against.verdict == ("consistent" if opposite.any() else "contradicted")
    assert along.verdict == ("consistent" if same.any() else "contradicted")
    for symbol in rolls["symbol"]:
        assert symbol in against.explanation


def test_ahead_of_is_checked_with_the_rank(warehouse: Warehouse) -> None:
    shares = trade.partner_shares(warehouse, "AUT", 2015, "exports")
    rank = {str(p): int(r) for p, r in zip(shares["partner"], shares["rank"], strict=True)}
    for first, second in (("Germany", "Italy"), ("Italy", "Germany")):
        rep = check_text(f"{first} was Austria's largest export market in 2015, ahead of {second}.", warehouse)
        (check,) = [c for c in rep if c.claim.kind == "rank_share"]
        a, b = ("DEU", "ITA") if first == "Germany" else ("ITA", "DEU")
        assert check.claim.detail.get("ahead_of") == [b]
        assert check.claim.quote.endswith(f"ahead of {second}")
        assert check.verdict == ("consistent" if rank[a] == 1 and rank[b] > 1 else "contradicted")


def test_the_largest_african_market_ranks_among_african_partners(warehouse: Warehouse) -> None:
    shares = trade.partner_shares(warehouse, "UGA", 2015, "exports")
    african = shares[shares["partner"].isin(groups.members("au", 2015))].sort_values("value", ascending=False)
    top = str(african["partner"].iloc[0])
    # round 6: the partners' own records of their imports from Uganda rank them too (mirror); a rank only
    # they support is 'sources disagree' (was: 'contradicted' on Uganda's record alone)
    mirror = trade.partner_shares(warehouse, "UGA", 2015, "exports", "mirror")
    m_african = mirror[mirror["partner"].isin(groups.members("au", 2015))].sort_values("value", ascending=False)
    m_top = str(m_african["partner"].iloc[0])
    for who, code in (("Kenya", "KEN"), ("Rwanda", "RWA")):
        rep = check_text(f"{who} was Uganda's largest African export market in 2015.", warehouse)
        (check,) = [c for c in rep if c.claim.kind == "rank_share"]
        assert check.claim.detail.get("among") == "Africa"
        expected = "consistent" if top == code else "sources disagree" if m_top == code else "contradicted"
        assert check.verdict == expected


def test_readings_that_bracket_a_share_disagree(warehouse: Warehouse) -> None:
    """Coincidence leaves abstentions out, the identical-vote share counts them: a claim above one's band
    and below the other's (both 'about', +-15%) is 'sources disagree', not a verdict from one reading."""
    flt = votes.VoteFilter.parse(2013, 2013)
    coin = float(votes.alignment_series(warehouse, "JPN", ["USA"], "coincidence", "year", flt)["value"].mean())
    agree = float(votes.alignment_series(warehouse, "JPN", ["USA"], "agreement", "year", flt)["value"].mean())
    claimed = round(100 * (coin * agree) ** 0.5)
    assert 100 * coin / claimed > 1.15 and 100 * agree / claimed < 0.85  # the two readings bracket it
    rep = check_text(
        f"Japan voted with the United States in about {claimed} percent of the recorded votes in the General"
        " Assembly in 2013.",
        warehouse,
        "2014-03-01",
    )
    (check,) = list(rep)
    assert check.verdict == "sources disagree"
    # a claim at the coincidence itself is consistent on it (the other reading is shown beside)
    rep = check_text(
        f"Japan voted with the United States in about {round(100 * coin)} percent of the recorded votes in the"
        " General Assembly in 2013.",
        warehouse,
        "2014-03-01",
    )
    assert [c.verdict for c in rep] == ["consistent"]


def test_a_count_of_votes_is_a_share_and_no_topic(warehouse: Warehouse) -> None:
    """ "on 30 of the 95 recorded votes" is 31.6% of the votes (never a roll-call topic 'recorded'); "in line
    with" and "agreed with ... on N percent of the votes" are alignment cues; a year named by the sentence
    before about the votes is the period of a sentence with none."""
    coin = 100 * coincidence(warehouse, "TUR", "USA", 2016)
    rep = check_text(
        "An analysis of the recorded votes of 2016 by a research group shows a familiar pattern. Turkey voted with"
        " the United States on 30 of the 95 recorded votes. Turkey voted in line with the United States in about"
        " a third of them, while it agreed with Washington on about 40 percent of the recorded votes.",
        warehouse,
        "2017-04-01",
    )
    got = [(c.claim.subject, c.claim.partner, c.claim.quantity, c.claim.years) for c in rep]
    assert got == [
        ("TUR", "USA", 31.6, [2016]),
        ("TUR", "USA", 33.3, [2016]),
        ("TUR", "USA", 40.0, [2016]),
    ]
    assert "topic" not in rep.checks[0].claim.detail
    assert [c.verdict for c in rep] == [
        share_verdict(coin, 31.6, None),
        share_verdict(coin, 33.3, "about"),
        share_verdict(coin, 40.0, "about"),
    ]


def test_second_only_to_is_behind(warehouse: Warehouse) -> None:
    shares = trade.partner_shares(warehouse, "AUT", 2015, "exports")
    rank = {str(p): int(r) for p, r in zip(shares["partner"], shares["rank"], strict=True)}
    rep = check_text("Italy was Austria's second-largest export market in 2015, second only to Germany.", warehouse)
    (check,) = [c for c in rep if c.claim.kind == "rank_share"]
    assert check.claim.detail.get("behind") == ["DEU"]
    assert check.verdict == ("consistent" if rank["ITA"] == 2 and rank["DEU"] == 1 else "contradicted")


def test_a_share_of_the_goods_the_country_sold(warehouse: Warehouse) -> None:
    """ "of the goods the country sold abroad": the country's exports (the country named before that is not
    the taker), not the taker's."""
    shares = trade.partner_shares(warehouse, "AUT", 2015, "exports")
    deu = 100 * float(shares[shares["partner"] == "DEU"]["share"].iloc[0])
    rep = check_text(
        "Germany was Austria's largest market in 2015, taking almost 30 percent of the goods the country sold abroad.",
        warehouse,
    )
    share = [c for c in rep if c.claim.unit == "percent"]
    assert [(c.claim.subject, c.claim.partner, c.claim.detail.get("share_of")) for c in share] == [
        ("AUT", "DEU", "exports")
    ]
    assert share[0].verdict == share_verdict(deu, 30.0, "about")  # 'almost' has the band of 'about' (+-15%)


def test_a_bare_ordinal_after_a_rank_is_a_rank(warehouse: Warehouse) -> None:
    """ "Italy was second, ahead of the United States" and "with the United States a distant third": ranks
    among the partners of the rank or share claim before, with its flow and year."""
    shares = trade.partner_shares(warehouse, "AUT", 2015, "exports")
    rank = {str(p): int(r) for p, r in zip(shares["partner"], shares["rank"], strict=True)}
    rep = check_text(
        "Germany was Austria's largest export market in 2015. Italy was second, ahead of the United States.",
        warehouse,
    )
    (second,) = [c for c in rep if c.claim.partner == "ITA"]
    assert (second.claim.subject, second.claim.quantity, second.claim.flow, second.claim.years) == (
        "AUT",
        2.0,
        "exports",
        [2015],
    )
    assert second.verdict == ("consistent" if rank["ITA"] == 2 and rank["USA"] > 2 else "contradicted")
    rep = check_text(
        "Germany took about 30 percent of Austria's exports in 2015, with the United States a distant second.",
        warehouse,
    )
    (us,) = [c for c in rep if c.claim.partner == "USA"]
    assert (us.claim.subject, us.claim.quantity) == ("AUT", 2.0)
    assert us.verdict == ("consistent" if rank["USA"] == 2 else "contradicted")


def test_the_json_contract_keys_are_the_documented_ones(warehouse: Warehouse) -> None:
    """The keys of ``CheckReport.to_dict`` (what ``/api/v1/check`` and ``check -f json`` return) are exactly
    those the contract (claims/contract.py, docs/claims.md) lists, for an alignment and a rank check."""
    rep = check_text(
        "Germany was Austria's largest export market in 2015, ahead of Italy. Austria voted with the United States"
        " in about half of the recorded votes in the General Assembly in 2015.",
        warehouse,
        "2016-04-01",
    )
    doc = rep.to_dict()
    assert set(doc) == {"schema_version", "kind", "article", "checks", "counts", "warnings"}
    assert doc["schema_version"] == "1"
    assert set(doc["article"]) == {"title", "date", "url", "origin"}
    claim_keys = {"sentence", "kind", "span", "quote", "quote_span", "subject", "partner", "flow", "quantity", "unit"}
    claim_keys |= {"currency", "period", "years", "period_inferred", "hedge", "reason", "detail", "warnings"}
    evidence_keys = {"label", "value", "unit", "currency", "year", "period", "source", "basis", "in_claim_currency"}
    evidence_keys |= {"rate", "note", "used"}
    assert [c["claim"]["kind"] for c in doc["checks"]] == ["rank_share", "alignment"]
    for check in doc["checks"]:
        assert set(check) == {"claim", "verdict", "explanation", "tolerance", "period", "evidence", "warnings"}
        assert set(check["claim"]) == claim_keys
        assert check["evidence"] and all(set(e) == evidence_keys for e in check["evidence"])
        assert check["tolerance"] and check["period"] and check["explanation"]


def test_a_country_s_own_vote_on_a_named_resolution(warehouse: Warehouse) -> None:
    """ "abstained on", "voted against", "voted in favour of" a resolution: the country's own vote on the roll
    calls whose titles hold the topic's words, in the month named; a wrong vote is contradicted."""
    flt = votes.VoteFilter(since=date(2022, 3, 1), until=date(2022, 3, 31))
    rolls = votes.roll_calls(warehouse, ["IND", "BLR", "SRB"], flt, topic="Ukraine")
    rolls = rolls[rolls["title"].str.contains("ggression", na=False)]
    assert not rolls.empty
    for country, code, words, vote in (
        ("India", "IND", "abstained on", "abstain"),
        ("Belarus", "BLR", "voted against", "no"),
        ("Serbia", "SRB", "voted in favour of", "yes"),
        ("India", "IND", "voted in favour of", "yes"),
    ):
        rep = check_text(
            f"In March, {country} {words} the resolution on the aggression against Ukraine.", warehouse, "2022-06-01"
        )
        (check,) = list(rep)
        assert (check.claim.subject, check.claim.detail.get("own_vote")) == (code, vote)
        expected = "consistent" if (rolls[code] == vote).any() else "contradicted"
        assert check.verdict == expected, (country, words, list(rolls[code]))


def test_it_took_a_share_is_the_partner_ranked_before(warehouse: Warehouse) -> None:
    """ "It took about three-quarters of everything Austria sold abroad" after a rank of Germany among
    Austria's markets: Germany's share of Austria's exports, in the rank's year."""
    shares = trade.partner_shares(warehouse, "AUT", 2015, "exports")
    deu = 100 * float(shares[shares["partner"] == "DEU"]["share"].iloc[0])
    for claimed, words in ((75.0, "about three-quarters"), (30.0, "about 30 percent")):
        rep = check_text(
            f"Germany remained the largest market for Austrian goods in 2015. It took {words} of everything Austria"
            " sold abroad, according to the agency.",
            warehouse,
            "2016-06-01",
        )
        share = [c for c in rep if c.claim.unit == "percent"]
        assert [(c.claim.subject, c.claim.partner, c.claim.quantity, c.claim.years) for c in share] == [
            ("AUT", "DEU", claimed, [2015])
        ]
        assert share[0].verdict == share_verdict(deu, claimed, "about")
