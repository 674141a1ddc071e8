"""Round 5b (fixB) of the alignment reader, on sentences written for these tests (countries and years not
in the bundled evaluation sets): a share of the votes written as a ratio without "of the" ("about half
recorded votes", "one in five UN votes", "one vote in eight", "four of every ten", "nine out of ten",
"of the General Assembly's recorded votes", "in about half." at a clause end) is a quantity the votes can
confirm or refute; a vote "on the Ukraine text" is on the roll call named before, and ", as did Brazil" is
the same claim for Brazil. Expected verdicts come from the evidence layer (coincidence by year), never from the
checker."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dyadscope.evidence import votes
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, coincidence, share_verdict


@pytest.mark.parametrize(
    ("words", "share", "hedge"),
    [
        ("in about half recorded votes", 50.0, "about"),
        ("in only about one in five recorded votes", 20.0, "about"),
        ("in about one vote in eight", 12.5, "about"),
        ("in about four of every ten recorded votes", 40.0, "about"),
        ("in about nine out of ten recorded votes", 90.0, "about"),
        ("in less than a third of the General Assembly's recorded votes", 33.3, "less than"),
    ],
)
def test_a_ratio_of_the_votes_is_a_share(warehouse: Warehouse, words: str, share: float, hedge: str) -> None:
    rep = check_text(f"In 2012 Kenya voted with the United States {words}.", warehouse, "2013-03-01")
    got = [(c.claim.subject, c.claim.partner, c.claim.quantity, c.claim.hedge) for c in rep]
    assert got == [("KEN", "USA", share, hedge)]
    ken = 100 * coincidence(warehouse, "KEN", "USA", 2012)
    assert rep.checks[0].verdict == share_verdict(ken, share, hedge)


def test_a_share_elided_at_the_clause_end(warehouse: Warehouse) -> None:
    """ "Ghana voted with the US in about half." after a sentence about the votes of a year."""
    rep = check_text(
        "Peru voted with the United States in about 40 percent of the recorded votes in 2014. Bolivia voted with"
        " the US in about half.",
        warehouse,
        "2015-03-01",
    )
    bol = [c for c in rep if c.claim.subject == "BOL"]
    assert [(c.claim.partner, c.claim.quantity, c.claim.hedge, c.claim.years) for c in bol] == [
        ("USA", 50.0, "about", [2014])
    ]
    assert bol[0].verdict == share_verdict(100 * coincidence(warehouse, "BOL", "USA", 2014), 50.0, "about")


def test_a_wrong_ratio_in_a_two_clause_sentence_is_not_consistent(warehouse: Warehouse) -> None:
    """A share that the votes refute, beside a comparison that they confirm: the share is its own claim."""
    ken = coincidence(warehouse, "KEN", "USA", 2012)
    wrong = "nine out of ten" if ken < 0.6 else "one in ten"
    rep = check_text(
        f"Kenya voted with the United States in about {wrong} recorded votes in 2012, and stood far closer to"
        " Beijing than to Washington.",
        warehouse,
        "2013-03-01",
    )
    share = [c for c in rep if c.claim.unit == "percent"]
    assert len(share) == 1 and share[0].verdict in ("overstated", "understated", "contradicted")


def _october_2022_rolls(wh: Warehouse, countries: list[str]) -> Any:
    flt = votes.VoteFilter(since=date(2022, 10, 1), until=date(2022, 10, 31))
    rolls = votes.roll_calls(wh, [*countries, "USA"], flt, topic="Ukraine")
    rolls = rolls[rolls["title"].str.contains("erritorial integrity", na=False)]
    assert not rolls.empty
    return rolls


def _with_us(rolls: Any, code: str) -> bool:
    return bool((rolls[code].isin(["yes", "no"]) & (rolls[code] == rolls["USA"])).any())


def _against_us(rolls: Any, code: str) -> bool:
    opposite = ((rolls[code] == "no") & (rolls["USA"] == "yes")) | ((rolls[code] == "yes") & (rolls["USA"] == "no"))
    return bool(opposite.any())


def test_a_motion_named_before_is_that_roll_call(warehouse: Warehouse) -> None:
    """ "the Ukraine text" after "the resolution on the territorial integrity of Ukraine" in October: that
    roll call, not every 2022 roll call with "Ukraine" in its title (China voted no on some of those)."""
    rolls = _october_2022_rolls(warehouse, ["CHN", "BRA"])
    for country, code, words in (("China", "CHN", "voted against"), ("Brazil", "BRA", "voted with")):
        rep = check_text(
            "In October, Thailand voted with the United States on the resolution on the territorial integrity of"
            f" Ukraine. {country} {words} the United States on the Ukraine text, officials said.",
            warehouse,
            "2023-01-15",
        )
        (ref,) = [c for c in rep if c.claim.subject == code]
        assert (ref.claim.detail["topic"], ref.claim.detail.get("month")) == (rep.checks[0].claim.detail["topic"], 10)
        right = _against_us(rolls, code) if words == "voted against" else _with_us(rolls, code)
        assert ref.verdict == ("consistent" if right else "contradicted"), (country, list(rolls[code]))


def test_as_did_a_country_is_its_own_claim(warehouse: Warehouse) -> None:
    """ ", as did Brazil": the same roll-call claim with Brazil as the subject; a country that voted otherwise
    ("as did China", which abstained) is contradicted, not consistent through the first country's vote."""
    rolls = _october_2022_rolls(warehouse, ["THA", "BRA", "CHN"])
    for other, code in (("Brazil", "BRA"), ("China", "CHN")):
        rep = check_text(
            "In October, Thailand voted with the United States on the resolution on the territorial integrity of"
            f" Ukraine, as did {other}, whose envoy spoke after the vote.",
            warehouse,
            "2023-01-15",
        )
        first, second = rep.checks
        assert (first.claim.subject, second.claim.subject, second.claim.partner) == ("THA", code, "USA")
        assert first.claim.quote.endswith("Ukraine") and second.claim.quote == f"as did {other}"
        assert first.verdict == ("consistent" if _with_us(rolls, "THA") else "contradicted")
        assert second.verdict == ("consistent" if _with_us(rolls, code) else "contradicted"), list(rolls[code])


def test_a_motion_named_by_its_date_then_its_subject(warehouse: Warehouse) -> None:
    """ "on the March 2 resolution on the aggression against Ukraine, which passed with 141 votes in favour":
    the subject matter's words (not the relative clause's, nor the date's); "the October resolution" is
    named by its date, not a reference back to an earlier motion."""
    flt = votes.VoteFilter(since=date(2022, 3, 1), until=date(2022, 3, 31))
    rolls = votes.roll_calls(warehouse, ["ERI", "KAZ", "USA"], flt, topic="Ukraine")
    rolls = rolls[rolls["title"].str.contains("ggression", na=False)]
    assert not rolls.empty
    rep = check_text(
        "In October, Ghana voted with the United States on the resolution on the territorial integrity of Ukraine."
        " Eritrea voted against the United States on the March 2 resolution on the aggression against Ukraine,"
        " which passed with 141 votes in favour. Kazakhstan voted with Washington on the March resolution on the"
        " aggression against Ukraine, officials said.",
        warehouse,
        "2023-01-15",
    )
    eri, kaz = (next(c for c in rep if c.claim.subject == code) for code in ("ERI", "KAZ"))
    for check in (eri, kaz):
        assert check.claim.detail.get("month") == 3
        assert set(check.claim.detail["topic"].split()) == {"aggression", "Ukraine"}
    assert eri.verdict == ("consistent" if _against_us(rolls, "ERI") else "contradicted"), list(rolls["ERI"])
    assert kaz.verdict == ("consistent" if _with_us(rolls, "KAZ") else "contradicted"), list(rolls["KAZ"])


def test_a_bloc_as_the_subject_is_no_country_s_claim(warehouse: Warehouse) -> None:
    """ "As a bloc, Asian members voted with ...": the votes of a group, not those of a country named
    elsewhere in the sentence (here the think-tank's city), so not checkable; a country's own claim beside it
    is still checked."""
    rep = check_text(
        "As a bloc, Asian members voted with the United States in about 40 percent of the recorded votes in 2016,"
        " an estimate by a think-tank in Jakarta suggests. Kenya voted with the United States in about 30 percent"
        " of the recorded votes in 2016.",
        warehouse,
        "2017-03-01",
    )
    bloc, ken = rep.checks
    assert (bloc.claim.kind, bloc.claim.subject, bloc.verdict) == ("alignment", None, "not checkable")
    assert ken.claim.subject == "KEN"
    assert ken.verdict == share_verdict(100 * coincidence(warehouse, "KEN", "USA", 2016), 30.0, "about")


def test_second_only_to_a_country_after_a_superlative(warehouse: Warehouse) -> None:
    """ "among the most closely aligned of Washington's major non-NATO allies, second only to X": ranked right
    after X among the allies designated by that year, by coincidence with the US (computed here ally by
    ally); the two countries swapped is contradicted."""
    from dyadscope import countries, groups

    members = [m for m in groups.members("mnna", 2016) if m != "USA"]
    values = {m: coincidence(warehouse, m, "USA", 2016) for m in members}
    order = sorted((v, m) for m, v in values.items() if v == v)  # an ally with no votes that year (NaN) left out
    top, second = order[-1][1], order[-2][1]
    for subject, other, expected in ((second, top, "consistent"), (top, second, "contradicted")):
        rep = check_text(
            f"In 2016, {countries.country(subject).name} was among the most closely aligned of Washington's major"
            f" non-NATO allies, second only to {countries.country(other).name}.",
            warehouse,
            "2017-03-01",
        )
        (check,) = list(rep)
        assert (check.claim.subject, check.claim.detail.get("except")) == (subject, [other])
        assert check.verdict == expected, (subject, other, order[-3:])
