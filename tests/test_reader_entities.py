"""Reader entities and speakers on sentences written for these tests (not taken from any gold set)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadscope.news.reader import read_text


def _read(body: str) -> dict[str, object]:
    return read_text("Notes on the week\n" + body, when=date(2023, 6, 1)).to_dict()


def _countries(body: str) -> set[str]:
    return {c["iso3"] for c in _read(body)["countries"]}  # type: ignore[index]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Exports to Latin America and South America rose, while Peru sold copper.", {"PER"}),
        ("Banks in West Africa lent more; North America and Central America lent less.", set()),
        ("Farmers in Peru raise Guinea pigs for meat, and Brazil nuts grow in Bolivia.", {"PER", "BOL"}),
        ("The vessels crossed the South China Sea on their way to a port in Vietnam.", {"VNM"}),
        ("South Korea and South Africa signed a deal with Guinea.", {"KOR", "ZAF", "GIN"}),
    ],
)
def test_regions_and_common_nouns_are_not_countries(body: str, want: set[str]) -> None:
    assert _countries(body) == want


def _person(d: dict[str, object], name: str) -> dict[str, object]:
    people = d["people"]
    assert isinstance(people, list)
    return next(p for p in people if p["name"] == name)


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        # a possessive or demonym before the title
        ("Peru's Foreign Minister Ana Maria Solis met reporters in Lima on Monday.", "Ana Maria Solis", "PER"),
        # a phrase the name stands in apposition to: the ambassador's own country, not the host
        ("Norway's ambassador to Kenya, Ingrid Halvorsen, opened the new school on Friday.", "Ingrid Halvorsen", "NOR"),
        # an apposition after the name with a demonym
        ("Tomas Rivas, a Chilean engineer who designed the bridge, said it would open soon.", "Tomas Rivas", "CHL"),
        # an office modified by a country name inside the apposition
        ("Mara Voss, a spokeswoman for the Danish Foreign Ministry, declined to comment.", "Mara Voss", "DNK"),
        # a destination or a field of study is not the person's country
        ("Paolo Conte, a special envoy for Somalia, arrived on Tuesday for talks on the port.", "Paolo Conte", None),
        ("Lena Ortiz, the director of Brazil Studies at a private college, wrote the report.", "Lena Ortiz", None),
        # a capital only in "X-based"
        ("Omar Haddad, a Nairobi-based economist, expects growth to slow this year.", "Omar Haddad", "KEN"),
        # "of"/"from" after the name
        ("Col. Ruth Achieng of the Kenya Defence Forces led the parade through the town.", "Ruth Achieng", "KEN"),
        # the complement of "is" at a later mention
        (
            "The plan was praised by Ivan Petrov on Monday. Petrov is Bulgaria's deputy minister of energy.",
            "Ivan Petrov",
            "BGR",
        ),
    ],
)
def test_country_from_role_phrases(body: str, name: str, country: str | None) -> None:
    assert _person(_read(body), name)["country"] == country


def test_country_from_affiliation_and_context() -> None:
    d = _read(
        "Analysts were divided. Sara Lindqvist, a senior fellow at the Brookings Institution, said the "
        "loans were sound. In Ghana, President John Mensah opened the road. Kofi Boateng, an aide to "
        "President John Mensah, said more roads would follow. Representative Jane Doe (from Ohio) "
        "asked for a vote on the bill."
    )
    assert _person(d, "Sara Lindqvist")["country"] == "USA"  # a known institution in the role
    assert _person(d, "John Mensah")["country"] == "GHA"  # the one country named in the sentence
    assert _person(d, "Kofi Boateng")["country"] == "GHA"  # a person with a country in the role
    assert _person(d, "Jane Doe")["country"] == "USA"  # a US state in brackets


def test_organisation_country_only_with_evidence() -> None:
    d = _read(
        "Peru's Ministry of Energy issued a statement, and the Ministry of Energy later confirmed it. "
        "The U.S. Navy sent a ship. The Lantern, one of Ghana's oldest newspapers, reported the deal. "
        "Morgan Stanley and the Paris Club were also named, as was the University of Texas."
    )
    orgs = {o["name"]: (o["country"], o["country_evidence"]) for o in d["organizations"]}  # type: ignore[union-attr]
    # its own name, the owner's country (round 4b: was "Peru's Ministry of Energy"; every gold set
    # names such ministries without the possessive, or lists that name as an alias)
    assert orgs["Ministry of Energy"][0] == "PER"
    assert len([o for o in d["organizations"] if "Ministry of Energy" in o["name"]]) == 1  # type: ignore[union-attr,index]
    # the later short form is the same organisation (one entry, above)
    assert [c for name, (c, _) in orgs.items() if name.endswith("Navy")] == ["USA"]
    assert orgs["Lantern"] == ("GHA", "apposition")
    assert orgs.get("Morgan Stanley", (None, None))[0] != "FLK"  # Stanley is a capital: no evidence
    assert orgs.get("Paris Club", (None, None))[0] is None
    assert orgs["University of Texas"][0] == "USA"


def _speakers(body: str) -> list[tuple[str, str | None]]:
    quotes = _read(body)["quotes"]
    assert isinstance(quotes, list)
    return [(q["text"][:20], q["speaker"]) for q in quotes]


def test_pronoun_skips_names_in_quotes_captions_and_modifiers() -> None:
    body = (
        "Maria Lopez, an economist at a bank in Lima, says the plan is sound.\n\n"
        "And, she says, the Garcia government's record on roads is good.\n\n"
        "In this file photo, President Pedro Garcia waves to supporters in Lima, Peru, May 2, 2021. (AP)\n\n"
        "“Talks with Pedro Garcia's team went well and the money is there,” she said."
    )
    assert _speakers(body) == [("Talks with Pedro Gar", "Maria Lopez")]


def test_pronoun_chain_keeps_its_referent() -> None:
    body = (
        "Tomas Berg met Anna Kovacs in Oslo on Monday. He thanked Kovacs for the visit.\n\n"
        "“We have agreed on the grid and the port,” he said."
    )
    assert _speakers(body)[0][1] == "Tomas Berg"


def test_descriptive_reference_by_role_words_and_country() -> None:
    body = (
        "Li Wenhua, the deputy chief of mission at the Chinese embassy in Nairobi, met Kenyan "
        "officials on Monday. John Otieno, a Kenyan analyst, was also there.\n\n"
        "“We will keep building roads and ports across the region,” the Chinese official noted."
    )
    assert _speakers(body)[0][1] == "Li Wenhua"


def test_surname_goes_to_the_latest_full_name() -> None:
    body = (
        "Minister Asif Khan spoke first at the meeting in the capital.\n\n"
        "Later, Prime Minister Imran Khan arrived at the meeting with his team.\n\n"
        "“The corridor will bring jobs to all of the provinces,” Khan told the meeting."
    )
    assert _speakers(body)[0][1] == "Imran Khan"


def test_inverted_attribution_ignores_words_inside_the_quote() -> None:
    body = (
        "General Ann Miller leads the command in the region.\n\n"
        "“They want to push us out, if you will, from the whole coast,” said the command's Miller."
    )
    assert _speakers(body)[0][1] == "Ann Miller"


def test_source_named_earlier_in_the_paragraph() -> None:
    body = (
        "Economist Helen Ward studies loans at a bank in Accra.\n\n"
        "The main risk, according to Ward, is the lack of any data on the loans. "
        "“Nobody outside the two governments can see the terms of these loans.”"
    )
    assert _speakers(body)[0][1] == "Helen Ward"


def test_unattributed_paragraph_quote_after_an_unrelated_paragraph_is_null() -> None:
    body = (
        "“The port will be finished next year and the road soon after,” said Samuel Eto.\n\n"
        "Critics of the project have raised concerns about its cost and about the debt.\n\n"
        "“Nobody outside the two governments can see the terms of these big loans at all.”"
    )
    got = _speakers(body)
    assert got[0][1] == "Samuel Eto"
    assert got[1][1] is None


def test_other_part_of_a_name_as_speaker() -> None:
    # "Oh" before "Wei Ming" (read by the model as an interjection), then used alone as a speaker
    body = (
        "Oh Wei Ming, a senior fellow at a research institute, says the projects are slow.\n\n"
        "“The loans are far too big for these countries,” Oh said.\n\n"
        "Tan Wei Ling, a banker in the city, spoke at the forum.\n\n"
        "“Many of these projects will have to change a great deal,” Tan said."
    )
    assert [s for _, s in _speakers(body)] == ["Oh Wei Ming", "Tan Wei Ling"]


def test_organisation_names_completed_and_trimmed() -> None:
    d = _read(
        "Delegates met at the Council on Korea-Japan Cooperation in Seoul on Monday. Amir Patel, a student at "
        "the University of London's School of Oriental and African Studies, attended. The Anadolu news "
        "agency and the U.N. reported it. The Lagos Coastal Railway opened last year; the LCR carries freight."
    )
    names = {o["name"] for o in d["organizations"]}  # type: ignore[union-attr]
    orgs = {o["name"]: o["country"] for o in d["organizations"]}  # type: ignore[union-attr]
    assert orgs["Council on Korea-Japan Cooperation"] is None  # completed; a pair of countries: no country
    assert "University of London's School of Oriental and African Studies" in names
    assert "African Studies" not in names
    assert not any(n.endswith(" news") for n in names)
    assert "U.N" not in names
    assert "LCR" not in names  # the initials of a railway written out in the text


def test_organisation_entity_cut_short_is_extended() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from dyadscope.news.organisations import _extended

    nlp = spacy.blank("en")
    words = ["Leaders", "met", "at", "the", "Forum", "on", "Korea", "-", "Japan", "Cooperation", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * 10)
    assert _extended(Span(doc, 6, 10, label="ORG")) == (4, 10)  # over "Forum on"
    words = ["the", "School", "of", "Oriental", "and", "African", "Studies", "said"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * 7)
    assert _extended(Span(doc, 1, 4, label="ORG")) == (1, 7)  # over "and African Studies"
    words = ["Minister", "of", "Foreign", "Affairs", "spoke"]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "ADP", "PROPN", "PROPN", "VERB"], sent_starts=[True] + [False] * 4)
    assert _extended(Span(doc, 2, 4, label="ORG")) == (2, 4)  # a title is not extended over


def test_organisations_as_speakers() -> None:
    body = (
        "Auditors examined payments made by Harbor Steel Corporation, the contractor that built the pier.\n\n"
        "“Every payment was made through audited accounts,” the company said.\n\n"
        "“We respect the choices of the people of the islands,” the Chinese embassy in Suva said.\n\n"
        "“The drones that struck the town were not ours,” Mali's Foreign Ministry said on Monday.\n\n"
        "The Southern Regional Council (SRC) met on Friday. “We welcome every step,” SRC said.\n\n"
        "“This is the first sign of a thaw,” the Lagos Ledger wrote in an editorial.\n\n"
        "“We will decide soon,” the government said."
    )
    assert [s for _, s in _speakers(body)] == [
        "Harbor Steel Corporation",
        # round 6: was "Chinese embassy in Suva"; the place is no part of the name when the
        # owner is named (reader_blind5 gold: "The Bolivian embassy in Asuncion" -> "Bolivian embassy")
        "Chinese embassy",
        "Foreign Ministry",  # round 4b: was "Mali's Foreign Ministry"; the owner is its country (below)
        "Southern Regional Council",
        "Lagos Ledger",
        None,  # "the government" names no one
    ]
    orgs = {o["name"]: o["country"] for o in _read(body)["organizations"]}  # type: ignore[union-attr]
    assert orgs["Foreign Ministry"] == "MLI"


def test_short_name_of_a_company_is_a_mention() -> None:
    body = (
        "Auditors examined payments made by Harbor Steel Corporation last month.\n\n"
        "“Every payment was made through audited accounts,” Harbor Steel said."
    )
    d = _read(body)
    assert [s for _, s in _speakers(body)] == ["Harbor Steel Corporation"]
    assert "Harbor Steel" not in {p["name"] for p in d["people"]}  # type: ignore[union-attr]


def test_hyphenated_given_names() -> None:
    body = (
        "Opposition lawmaker Jean-Claude Mbeki said the deal was “signed with a gun to our head” on Monday. "
        "Analyst Kim Min-seok said it was “a very bad deal for everyone involved.”"
    )
    assert [s for _, s in _speakers(body)] == ["Jean-Claude Mbeki", "Kim Min-seok"]


def test_no_people_from_titles_acronyms_or_company_names() -> None:
    d = read_text(
        "Malawi Delays Signing Pact\n"
        "The government of Malawi has delayed a pact with Zambia, officials said. The regional bloc SADC "
        "said talks would go on. Harbor Steel Corporation built the bridge, and Harbor Steel said it was paid.",
        when=date(2023, 6, 1),
    ).to_dict()
    names = {p["name"] for p in d["people"]}
    assert not names & {"Malawi Delays Signing", "Delays Signing", "SADC", "Harbor Steel"}


def test_government_titles_take_the_one_country_of_their_sentence() -> None:
    d = _read(
        "Zambia will reopen the border, Foreign Minister Ruth Banda said on Monday.\n\n"
        "Opposition lawmaker Peter Phiri said the minister should recall the ambassador from Kinshasa.\n\n"
        "Secretary of State Anna Berg arrived in Lusaka for talks with Zambian officials."
    )
    assert _person(d, "Ruth Banda")["country"] == "ZMB"
    # "from Kinshasa" is not where he acts; an unqualified opposition office is the lead's country (round 4)
    assert _person(d, "Peter Phiri")["country"] == "ZMB"
    assert _person(d, "Anna Berg")["country"] != "ZMB"  # a visitor: the capital she arrives in is no evidence


def test_common_words_are_not_country_names() -> None:
    assert _countries("The Island Sun newspaper reported on the vote in Fiji on Monday.") == {"FJI"}


@pytest.mark.parametrize(
    ("body", "want", "resolved"),
    [
        # the short name beside the longer one: the other state is written in full
        ("Sudan accused South Sudan of closing the pipeline, officials in Juba said on Friday.", {"SDN", "SSD"}, "SDN"),
        # a form of two states named beside both: the one named at least twice as often
        (
            "The Democratic Republic of Congo and the Republic of Congo met. Kinshasa said the talks in "
            "Kinshasa went well, and the DRC will host the next round. Congo also asked for aid.",
            {"COD", "COG"},
            "COD",
        ),
    ],
)
def test_ambiguous_names_from_context(body: str, want: set[str], resolved: str) -> None:
    d = _read(body)
    assert {c["iso3"] for c in d["countries"]} == want  # type: ignore[index]
    assert [a["resolved"] for a in d["ambiguous"]] == [resolved]  # type: ignore[index]


def test_geographic_features_are_not_countries() -> None:
    body = "Fishermen on Lake Chad and in the Niger Delta sold fish to traders from Ghana on the Congo River."
    assert _countries(body) == {"GHA"}


def test_portfolio_in_a_title_is_no_organisation() -> None:
    d = _read("Peru's External Affairs Minister, Ana Solis, met the Foreign Affairs Committee in Lima on Monday.")
    names = {o["name"] for o in d["organizations"]}  # type: ignore[union-attr]
    assert not any("External Affairs" in n for n in names)


def test_possessed_ministry_is_named_by_its_own_name_with_the_possessor_as_country() -> None:
    body = (
        "Bolivia sent a protest note to Paraguay on Thursday over the closure of a river port.\n\n"
        "Paraguay's Ministry of Public Works rejected the note as \u201ca misunderstanding of the treaty.\u201d\n\n"
        "Uruguay, which has a stake in the river trade, stayed out of the dispute.\n\n"
        "Its Ministry of Transport accused both governments of \u201cplaying with the livelihoods of boatmen.\u201d"
    )
    d = _read(body)
    orgs = {(o["name"], o["country"]) for o in d["organizations"]}  # type: ignore[union-attr]
    assert ("Ministry of Public Works", "PRY") in orgs
    assert ("Ministry of Transport", "URY") in orgs
    assert not any(n.startswith(("Paraguay", "Its")) for n, _ in orgs)
    assert [s for _, s in _speakers(body)] == ["Ministry of Public Works", "Ministry of Transport"]


def test_a_possessor_is_not_the_speaker_when_the_subject_is_a_name_of_its_own() -> None:
    body = (
        "The Caribbean Development Bank (CDB) met in Nassau.\n\n"
        "CDB\u2019s Island Ledger, in an editorial, said the lenders should \u201cstop being surprised by Havana.\u201d"
    )
    assert [s for _, s in _speakers(body)] == ["Island Ledger"]  # not the possessor, CDB


def test_a_hyphenated_surname_alone_is_the_full_name_written_before() -> None:
    body = (
        "Gabonese Mines Minister Sylvie Ndong-Obiang signed the manganese deal on Monday.\n\n"
        'Ndong-Obiang told reporters the ore would be "processed here, by Gabonese workers."'
    )
    d = _read(body)
    people = {p["name"]: p["country"] for p in d["people"]}  # type: ignore[union-attr]
    assert people == {"Sylvie Ndong-Obiang": "GAB"}  # not a second person "Ndong-Obiang" without a country
    assert [s for _, s in _speakers(body)] == ["Sylvie Ndong-Obiang"]


def test_an_office_of_an_ambiguous_country_is_never_the_lead_countrys() -> None:
    body = (
        "Rwanda's Minister of Infrastructure, Jean Mugabo, signed a rail deal in Kigali on Friday with "
        "Congo's transport minister, Pierre Mbemba.\n\n"
        "Congolese Trade Minister Alain Ngoma said the line would carry tin from 2027. "
        "Officials in Brazzaville and Kinshasa welcomed the deal."
    )
    people = {p["name"]: p["country"] for p in _read(body)["people"]}  # type: ignore[union-attr]
    assert people["Jean Mugabo"] == "RWA"
    # one of the two Congos, the text does not say which: not Rwanda, the other country of the sentence
    assert people["Pierre Mbemba"] in (None, "COD", "COG")
    assert people["Alain Ngoma"] in (None, "COD", "COG")


def test_a_newspaper_named_after_newspaper_or_daily_whatever_the_model_tagged() -> None:
    body = (
        "The Dakar daily La Nouvelle Gazette du Fleuve welcomed the accord. "
        '"Good sense has won," the paper said.\n\n'
        "In Asuncion, the independent newspaper La Voz del Chaco, which publishes online from Brazil, "
        'said the decree "will not free a single prisoner."'
    )
    d = _read(body)
    orgs = {o["name"] for o in d["organizations"]}  # type: ignore[union-attr]
    assert {"La Nouvelle Gazette du Fleuve", "La Voz del Chaco"} <= orgs
    assert _speakers(body)[0][1] == "La Nouvelle Gazette du Fleuve"


def test_a_street_named_after_a_person_in_another_language_is_no_person() -> None:
    body = (
        "Ecuador's trade minister, Lucia Andrade Mora, handed the note to Colombia's ambassador in Quito, "
        "Felipe Rojas Mejia, at the ministry on Avenida Eloy Alfaro."
    )
    names = {p["name"] for p in _read(body)["people"]}  # type: ignore[union-attr]
    assert names == {"Lucia Andrade Mora", "Felipe Rojas Mejia"}
