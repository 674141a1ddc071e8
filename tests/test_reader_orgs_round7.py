"""Organisations, round 7: names found by their head noun, names the model cut before their
country, countries from where a body is based, from its owner and from its paragraph. Every
sentence is written for these tests (countries, places and bodies that no gold set has)."""

from __future__ import annotations

from datetime import date

from dyadscope.news.reader import read_text

_TEXT = (
    "Andes border row\n\n"
    "Ecuador closed two crossings with Peru on Monday after a dispute over river fishing rights.\n\n"
    "Rosa Quispe, a researcher at the Quito Centre for Andean Water Studies, said the quarrel was old. "
    "Hugo Salas, who heads the Loja Traders' Union, and Ana Vera, the secretary of the Eastern Highlands "
    "Shrimp Farmers' Association, asked both governments for calm.\n\n"
    "The state-owned National Fisheries Company of Ecuador said its boats had stayed in port. "
    "The Federation of Peruvians in Ecuador said families were cut off, and the "
    "United Nations Verification Mission in Ecuador called for talks.\n\n"
    "The Lima-based Pacific Trade Observatory estimated losses at $2 million a day. "
    "Andean Freight Lines, a company based in Guayaquil, Ecuador, said 40 trucks were stuck.\n\n"
    "The Peruvian navy's Northern Patrol Command said it had seen no shots fired. "
    "In Piura, members of the opposition Citizens' Dawn party protested against the closure.\n\n"
    "Students heading to universities in Cuenca and Loja were turned back, and the Machala weekly "
    "Voz del Oro said traders were angry. The Peruvian state importer Granos Andinos said its "
    "orders were delayed."
)


def test_organisations_found_by_their_head_noun_and_cut_names_completed() -> None:
    art = read_text(_TEXT, when=date(2025, 5, 12))
    orgs = {o.name: o.country for o in art.organizations}
    people = {p.name for p in art.people}
    # names with an organisation head noun, whatever the model labelled them
    assert "Quito Centre for Andean Water Studies" in orgs
    assert "Loja Traders' Union" in orgs
    # "the secretary of the X Association" is no portfolio of a title ("Secretary of State")
    assert "Eastern Highlands Shrimp Farmers' Association" in orgs
    # a name the model cut before "of <country>" / "in <country>"; its country from the name,
    # the country it works in for a community body, none for a body of the United Nations
    assert orgs.get("National Fisheries Company of Ecuador") == "ECU"
    assert orgs.get("Federation of Peruvians in Ecuador") == "ECU"
    assert "United Nations Verification Mission in Ecuador" in orgs
    assert orgs["United Nations Verification Mission in Ecuador"] is None
    # where it is based: "<city>-based" (a capital) and "a company based in <city>, <country>"
    assert orgs.get("Pacific Trade Observatory") == "PER"
    assert orgs.get("Andean Freight Lines") == "ECU"
    # a unit of a national body named by its owner's possessive
    assert orgs.get("Northern Patrol Command") == "PER"
    # a state-owned firm named by its trade before the name: no person, its country from the demonym
    assert orgs.get("Granos Andinos") == "PER" and "Granos Andinos" not in people
    # places before a newspaper noun and in a list after "in" are not organisations
    assert not {"Machala", "Cuenca", "Loja"} & set(orgs)
    # a newspaper in the country of the city it is published in
    assert orgs.get("Voz del Oro") == "ECU"


def test_a_party_takes_the_country_acting_in_its_paragraph_or_the_article() -> None:
    text = (
        "Vote delayed\n\n"
        "Malawi postponed local elections by three months on Tuesday, officials in Lilongwe said, citing a "
        "shortage of ballot paper.\n\n"
        "Leaders of the opposition Lakeshore Renewal party said the delay was a ploy, and the "
        "Mzuzu-based Northern Voters' Union said it would go to court."
    )
    art = read_text(text, when=date(2025, 2, 4))
    orgs = {o.name: o.country for o in art.organizations}
    assert orgs.get("Lakeshore Renewal") == "MWI"
    assert "Northern Voters' Union" in orgs
