"""Round 5b (fixB) of the alignment reader, on sentences written for these tests (countries and years not
in the bundled evaluation sets): a share of the votes written as a ratio without "of the" ("about half
recorded votes", "one in five UN votes", "one vote in eight", "four of every ten", "nine out of ten",
"of the General Assembly's recorded votes", "in about half." at a clause end) is a quantity the votes can
confirm or refute. Expected verdicts come from the evidence layer (coincidence by year), never from the
checker."""

from __future__ import annotations

import pytest

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
