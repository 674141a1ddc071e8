"""Organisations' countries and names that are no organisation: sentences written for these
tests (organisations, people and countries that no gold set has)."""

from __future__ import annotations

from datetime import date

from dyadscope.news.reader import read_text


def test_organisation_countries_from_the_kind_before_the_name_and_a_place_in_it() -> None:
    text = (
        "Cocoa levy\n\n"
        "Ghana raised its cocoa export levy on Monday, and Ivorian traders protested. The Ivorian daily "
        "Le Matin des Lagunes called the levy a tax on neighbours. Exports will go through the "
        "state-owned Ghanaian marketing firm, Volta Bean Exchange, from March. The Kumasi Traders "
        "Association said its members would lose money. Prices are set each week on Avenida Nkrumah "
        "Boateng in the capital, and the navy watches the border."
    )
    art = read_text(text, when=date(2025, 3, 1))
    got = {o.name: o.country for o in art.organizations}
    assert got.get("Le Matin des Lagunes") == "CIV"  # "The Ivorian daily X", not the lead's Ghana
    assert got.get("Volta Bean Exchange") == "GHA"  # "the ... Ghanaian marketing firm, X"
    assert got.get("Kumasi Traders Association") == "GHA"  # GeoNames: Kumasi is in Ghana
    assert not any(n.startswith("Avenida") for n in got)  # a street
    assert "navy" not in got  # one common noun, no name


def test_a_name_in_apposition_with_who_after_it_is_a_person() -> None:
    text = (
        "Border row\n\n"
        "Chile and Bolivia traded accusations on Tuesday. Bolivian President Cabral said on the radio that "
        "the border would stay open. Cabral also said he had asked Peru for help. The detained drivers saw "
        "their lawyer, Ines Valdivia Paz, who said they were well treated."
    )
    art = read_text(text, when=date(2025, 3, 1))
    people = {p.name: p.country for p in art.people}
    orgs = {o.name for o in art.organizations}
    assert people.get("Cabral") == "BOL"
    assert "Ines Valdivia Paz" in people  # "their lawyer, X, who said": a person
    assert not orgs & {"Cabral", "Ines Valdivia Paz"}
