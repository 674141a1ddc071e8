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


def test_bodies_named_after_their_country_or_heads_and_surnames_with_particles() -> None:
    texts = [
        (  # "who heads the X Chamber of Commerce": leading it, not travelling to a place
            "Mine expansion\n\nGuinea approved a new iron ore mine on Monday, officials in Conakry said. "
            "Mohamed Camara, who heads the Boke Chamber of Commerce, welcomed the decision."
        ),
        (  # the country of the body in a role beats the people its name is about; two foreign
            # ministers give a generic "Foreign Office" neither's country
            "Minority row\n\nSerbia and Croatia traded protests on Friday. Ivan Horvat, the head of the "
            "Association of Croats in Serbia, said schools were closing. Croatia's foreign minister, Ana Kovac, "
            "and Serbia's foreign minister, Milan Ilic, spoke by phone. A Foreign Office spokeswoman said in "
            "Belgrade that talks would go on."
        ),
        (  # a national agency with a generic name; "Al-Mahdi" is the surname of "Omar al-Mahdi"
            "Border deal\n\nSudan reopened its border with Chad on Sunday, officials in Khartoum said. The "
            "Customs and Revenue Agency said trucks would be checked. Omar al-Mahdi, the interior minister, "
            "signed the order. Al-Mahdi said the crossing would stay open at night."
        ),
    ]
    arts = [read_text(t, when=date(2025, 5, 12)) for t in texts]
    orgs = [{o.name: o.country for o in a.organizations} for a in arts]
    people = [{p.name: p.country for p in a.people} for a in arts]
    assert orgs[0].get("Boke Chamber of Commerce") == "GIN"
    assert orgs[1].get("Association of Croats in Serbia") == "SRB"
    assert people[1]["Ivan Horvat"] == "SRB"
    assert orgs[1].get("Foreign Office") == "SRB"  # the article's lead country, not the first minister's
    assert orgs[2].get("Customs and Revenue Agency") == "SDN"
    assert "Al-Mahdi" not in orgs[2] and people[2].get("Omar al-Mahdi") == "SDN"


def test_a_name_tagged_as_an_organisation_before_a_person_apposition_is_a_person() -> None:
    from spacy.tokens import Span

    from dyadscope.news import people as people_mod
    from dyadscope.news import pipeline

    nlp = pipeline.build()
    doc = nlp('Pass closed\n\n"The pass is shut," said Dorji Wangmo, a lecturer at Sherubtse College.')
    name = next(i for i, t in enumerate(doc) if t.text == "Dorji")
    doc.ents = [Span(doc, name, name + 2, label="ORG")]  # the model's mistake, made on purpose
    assert [p.name for p in people_mod.find_people(doc, doc._.countries, [])] == ["Dorji Wangmo"]
    # an apposition that names a kind of body keeps it an organisation
    doc2 = nlp('Pass closed\n\n"The pass is shut," said Druk Freight, a company based in Thimphu.')
    first = next(i for i, t in enumerate(doc2) if t.text == "Druk")
    doc2.ents = [Span(doc2, first, first + 2, label="ORG")]
    assert [p.name for p in people_mod.find_people(doc2, doc2._.countries, [])] == []


def test_country_names_with_a_second_reading_are_flagged_with_their_resolution() -> None:
    text = (
        "Wine route\n\n"
        "Azerbaijani wine reaches Turkey through Georgia, exporters in Baku said on Monday. A buyer based in "
        "Macon, Georgia, has ordered 40 cases. Ships from Korea and Taiwan carry the rest."
    )
    art = read_text(text, when=date(2025, 3, 3))
    flagged = [(a.text, a.resolved) for a in art.ambiguous]
    # the country where nothing says the US state, None (no country) after "Macon,", in order
    assert ("Georgia", "GEO") in flagged and ("Georgia", None) in flagged
    assert flagged.index(("Georgia", "GEO")) < flagged.index(("Georgia", None))
    # "Korea" alone is South Korea in English news; its candidates are kept
    korea = next(a for a in art.ambiguous if a.text == "Korea")
    assert korea.resolved == "KOR" and set(korea.candidates) == {"KOR", "PRK"}
    assert {m.iso3 for m in art.countries if m.text == "Georgia"} == {"GEO"}


def test_a_newspaper_named_right_after_its_news_noun() -> None:
    text = (
        "Ferry row\n\n"
        'Sri Lanka suspended a ferry licence on Monday, officials in Colombo said. "We will appeal," the owner '
        "told the Galle daily Lanka Times."
    )
    orgs = {o.name: o.country for o in read_text(text, when=date(2025, 6, 2)).organizations}
    # a name the model left unlabelled after "the <city> daily"; its country from the city
    assert orgs == {"Lanka Times": "LKA"}
