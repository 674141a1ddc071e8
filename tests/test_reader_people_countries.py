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


def test_the_words_before_a_rank_make_an_official_governmental() -> None:
    # "government spokesman Col. X" (the title is the rank): the capital where the official speaks
    text = "Power talks\n\nIn Bamako, government spokesman Col. Aminata Keita Diarra said the grid was ready."
    assert _countries(text)["Aminata Keita Diarra"] == "MLI"


def _orgs(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in read_text(text, when=date(2024, 3, 1)).organizations}


def test_a_university_takes_the_capital_in_its_name_or_after_it_and_passes_it_to_its_staff() -> None:
    text = "Oil fees\n\nThe deal is fragile, said Tesfay Gebremariam, a researcher at the University of Asmara."
    assert _orgs(text)["University of Asmara"] == "ERI"
    assert _countries(text)["Tesfay Gebremariam"] == "ERI"
    text = "Ports\n\nThe plan will fail, said Albertina Mucavele, a historian at Eduardo Mondlane University in Maputo."
    assert _orgs(text)["Eduardo Mondlane University"] == "MOZ"
    # a company named after a capital is not in that capital's country
    assert _orgs("Ports\n\nThe freighter was chartered from Tasman Wellington Lines, the broker said.") == {
        "Tasman Wellington Lines": None
    }


def test_a_capital_that_is_also_a_common_name_counts_beside_its_country() -> None:
    # "Victoria" and "Nassau" are left out of the capitals (other places have those names),
    # except in an article that names their country: then an official speaking there is theirs
    quote = "“This was a provocation,” Foreign Minister Marie Laporte told reporters in Victoria."
    named = f"Reef row\n\nSeychelles protested on Monday over a trawler seen near Aldabra. {quote}"
    art = read_text(named, when=date(2024, 3, 1))
    assert [(m.text, m.iso3, m.kind) for m in art.countries] == [
        ("Seychelles", "SYC", "name"),
        ("Victoria", "SYC", "capital"),
    ]
    assert _countries(named)["Marie Laporte"] == "SYC"
    unnamed = f"Reef row\n\nThe trawler was seen near the reef. {quote}"
    assert read_text(unnamed, when=date(2024, 3, 1)).countries == []
    assert _countries(unnamed)["Marie Laporte"] is None
    text = "Storm aid\n\nThe Bahamas asked for help. Prime Minister Dwight Rolle said in Nassau that roads were closed."
    assert _countries(text)["Dwight Rolle"] == "BHS"


def test_a_definite_office_takes_the_demonym_of_the_same_office_named_before() -> None:
    text = (
        "Fiji expels envoy\n\nFiji on Monday ordered a senior Tongan diplomat to leave the country within "
        "two days.\n\nThe diplomat, second secretary Sione Vaipulu Fonua, was accused of organising a protest."
    )
    assert _countries(text)["Sione Vaipulu Fonua"] == "TON"
    # two earlier descriptions of the office that disagree: no country
    text = text.replace("a senior Tongan diplomat", "a senior Tongan diplomat and a Samoan diplomat")
    assert _countries(text)["Sione Vaipulu Fonua"] is None


def test_a_bare_office_takes_the_country_of_the_body_that_is_the_subject_before() -> None:
    text = (
        "Dam dispute\n\n"
        "Ethiopia's Ministry of Water and Energy rejected the Sudanese complaint on Sunday. "
        'Spokesman Tesfaye Alemu Bekele said the filling would go ahead. "We owe no one an apology," he said.\n\n'
        "Kenya, which shares the Omo basin, offered to mediate. Its president, Wanjiru Kamau Otieno, "
        "wrote to both leaders.\n\n"
        "The IGAD Commission also weighed in. IGAD Executive Secretary Hamid Osman Farah said the bloc "
        "would send experts, and EU spokeswoman Liesbeth Vandermeer said Brussels backed the talks."
    )
    got = _countries(text)
    assert got["Tesfaye Alemu Bekele"] == "ETH"  # the ministry of the sentence before
    assert got["Wanjiru Kamau Otieno"] == "KEN"  # "Its president": the country of the sentence before
    assert got["Liesbeth Vandermeer"] is None  # an office of an international organisation


def test_an_officer_of_an_international_organisation_takes_no_country_from_the_lead() -> None:
    text = (
        "Border row\n\n"
        "Ghana closed its border with Togo on Monday after a dispute over cocoa smuggling. Officials in "
        "Accra said the crossing at Aflao would stay shut.\n\n"
        "The Economic Community of West African States urged calm. ECOWAS Commission President Mariama "
        "Sow Diallo said the bloc would send observers. President John Mahama said the closure was temporary."
    )
    got = _countries(text)
    assert got["Mariama Sow Diallo"] is None  # the lead's Ghana is not the ECOWAS office's country
    assert got["John Mahama"] == "GHA"  # a national office keeps the lead's country
