"""Places are neither organisations nor people: sentences written for these tests (places,
countries and organisations that no gold set has)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadscope.news.reader import read_text


def _read(text: str) -> tuple[set[str], set[str]]:
    art = read_text(text, when=date(2024, 3, 1))
    return {o.name for o in art.organizations}, {p.name for p in art.people}


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        (  # a place noun after the name, and a copula with no organisation reading
            "Border row\n\nTraders shut the Rumonge border crossing for a week. Rumonge is a market for "
            "everybody, a trader said. The Burundian Revenue Authority said it lost taxes.",
            "Rumonge",
            "Burundian Revenue Authority",
        ),
        (  # an apposition that calls it an island, and the goal of "sailed to"
            "Talks\n\nThe delegation came from Zanzibar, an island off the coast. It sailed to Zanzibar "
            "again on Monday.",
            "Zanzibar",
            None,
        ),
        (  # a capital of the registry, written without its accent (Asunción), as a metonym
            "Grape row\n\nBolivia lodged a complaint over a ban that Asuncion imposed last week, saying it "
            "had no basis. Paraguay's ministry said Asuncion would review it.",
            "Asuncion",
            None,
        ),
        (  # a heading of two words, and a plural place noun after the name in the body
            "Power deal\n\nNiger will pay its debts, officials said.\n\nVolta pipelines\n\nGhana's grid is "
            "weak, and the Volta dams are low.",
            "Volta",
            None,
        ),
        (  # "X is one of 12 mining towns"
            "Mining\n\nThe mine in Obuasi reopened. Obuasi is one of 12 mining towns in the region, the company said.",
            "Obuasi",
            None,
        ),
    ],
)
def test_places_are_no_organisations(text: str, place: str, kept: str | None) -> None:
    orgs, people = _read(text)
    assert place not in orgs and place not in people
    if kept is not None:
        assert kept in orgs


def test_the_of_phrase_of_a_governor_is_a_place_not_a_person() -> None:
    orgs, people = _read(
        "Oil row\n\nNigerian troops were sent to the waters of the Bakassi. The governor of Kogi State visited too."
    )
    assert "Kogi State" not in people and "Kogi State" not in orgs
