"""People's countries from the words around the name: sentences written for these tests
(countries and people that no gold set has)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadscope.news.reader import read_text


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read_text(text, when=date(2024, 3, 1)).people}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (  # the office the name is in apposition to, inside a "to" phrase of the sentence
            "Fishing row\n\nThe foreign ministry handed a protest note to the Bolivian ambassador, "
            "Carlos Mamani Flores, on Monday.",
            "Carlos Mamani Flores",
            "BOL",
        ),
        (  # a possessive office, the capital where the envoy serves no evidence against it
            "Fishing row\n\nThe minister handed the complaint to Ecuador's ambassador in Caracas, "
            "Lucia Torres Vega, at the ministry.",
            "Lucia Torres Vega",
            "ECU",
        ),
        (
            "Talks\n\nOfficials gave the letter to the Tanzanian envoy, Joseph Mwakyusa, in Geneva.",
            "Joseph Mwakyusa",
            "TZA",
        ),
        (  # "whom ..." is a relative clause, not an apposition: the statement's country is not his
            "Sanctions\n\nAmong those sanctioned is army commander General Ingvar Tollefsrud Aas, whom "
            "the Swedish statement accused of ordering arrests.",
            "Ingvar Tollefsrud Aas",
            None,
        ),
    ],
)
def test_country_of_the_office_named_around_the_person(text: str, name: str, want: str | None) -> None:
    assert _countries(text)[name] == want
