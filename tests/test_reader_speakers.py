"""Speakers of quotes (issue 17 A, round 5) on texts written for these tests: every person,
newspaper and ministry here is invented and none is taken from a gold set. Each expectation is
what a careful human reader gets from the text itself; ``None`` where the text leaves the
speaker open (a guess would be a wrong name)."""

from __future__ import annotations

from typing import Any

import pytest

from dyadscope.news.reader import read_text

ARTICLES = {
    # a family name of several tokens written alone, then "he said" after another person
    "hyphen": (
        "Qatar lends Tunisia for a desalination plant\n"
        "Tunisia's water minister, Salma Ben Youssef, signed the loan in Tunis on Monday with the "
        "director of the Qatar Fund for Development, Khalid Al-Kuwari.\n"
        '"This plant will give Sfax water all year," Ben Youssef said.\n'
        'Al-Kuwari said the loan ran for 20 years. "Tunisia has never missed a payment," he said.\n'
    ),
    # the first of two family names written alone
    "two_surnames": (
        "Peru and Ecuador reopen border crossing\n"
        "Ecuador's interior minister, Maria Fernanda Rosales, met Peru's defence minister, "
        "Jorge Luis Cardenas Vilca, at the Huaquillas bridge.\n"
        'Cardenas denied that troops had crossed. "Not one soldier crossed the river," he told '
        "reporters. Rosales did not comment.\n"
    ),
    # the person in apposition to the subject, hung on a place by the model
    "apposition": (
        "Nepal summons envoy\n"
        '"We did not close any road," said a senior official at the embassy in Kathmandu, Karma Dorji.\n'
    ),
    # "which said" that the model hangs on another noun of the sentence
    "relative": (
        "Senegal expels trader\n"
        "The trader, Ousmane Sarr, was declared an unwelcome person by Senegal's Ministry of Interior, "
        'which said he had "broken the law many times."\n'
    ),
    # two people fit "the minister": null when both are named together, the one named alone
    # in the paragraph just before otherwise; "the minister" is the minister, not the deputy
    "two_ministers": (
        "Bhutan and Nepal discuss hydropower\n"
        "Bhutanese Energy Minister Pema Lhamo and Nepalese Energy Minister Ram Bahadur Thapa met "
        'in Thimphu. "The river does not stop at the border," the minister said.\n'
        "Nepal's deputy energy minister, Sita Gurung, said the line would be built by 2029.\n"
        "Thapa said Nepal wanted a fixed price for ten years.\n"
        '"We will not sell our water cheap," the minister said.\n'
        '"Prices must cover the cost of the dam," the deputy minister said.\n'
    ),
    # a country word of several countries narrows the reference to their people
    "shared_demonym": (
        "Korea lends Laos for a bridge\n"
        "The loan was signed in Vientiane by Laos's finance minister, Bounthavy Sisouk, and "
        "South Korea's vice minister of economy, Park Seo-jun.\n"
        "Sisouk said the bridge would open in 2028.\n"
        '"If the bridge works, a road will follow," the Korean vice minister said.\n'
    ),
    # a clause ending in a colon introduces the quote: in its sentence, or as the paragraph before
    "colon": (
        "Sri Lanka and the Maldives sign fisheries pact\n"
        "Maldivian Fisheries Minister Aminath Shareef said on Thursday:\n"
        '"Our boats will fish tuna in these waters for another ten years without any new fee."\n'
        'Sri Lanka\'s fisheries minister, Nuwan Perera, was blunt: "The old quotas were unfair."\n'
    ),
    # the attribution in the sentence after, pointing back at the quote
    "after": (
        "Uruguay cuts beef tariff\n"
        "Uruguayan Agriculture Minister Sofia Pereyra spoke to ranchers in Tacuarembo on Friday.\n"
        '"Nobody in Montevideo sets the price of a cow." That was how Pereyra put it to the crowd.\n'
    ),
    # "according to" a person named in apposition to a role
    "according": (
        "Benin closes market\n"
        'According to Benin\'s trade minister, Rachidi Gbadamassi, "the market will reopen in a week."\n'
    ),
    # "the statement said" is the one who issued the statement
    "statement": (
        "Iceland suspends whaling licence\n"
        "In a statement, the Icelandic Directorate of Fisheries said the licence was suspended. "
        '"The vessel broke the terms of its permit," the statement said.\n'
    ),
    # "she said" after a man was named: the woman the text called "she" before
    "gender": (
        "Latvia and Estonia discuss power link\n"
        "Latvian Economy Minister Ilze Ozola said she expected the cable to be finished in 2028.\n"
        "Her Estonian counterpart, Mart Tamm, said he wanted a second cable.\n"
        '"One cable is not enough for two countries," she said.\n'
        "Ms. Kadri Saar, the head of the grid operator, spoke after Mr. Jaan Kask, the regulator.\n"
        '"We will share the cost," she said.\n'
    ),
    # a definite phrase with an age is the person named before
    "age": (
        "Guatemala names finance minister\n"
        "Former tax chief Hector Ajanel Xoy was named finance minister on Monday. "
        '"The deficit is the first problem," the 58-year-old lawyer said.\n'
        '"Both sides shall respect the river border," the 40-year-old treaty says.\n'
    ),
    # "quoted X as saying": X speaks, not the outlet; an unresolved subject keeps its words
    # without its relative clause
    "quoted_as": (
        "Armenia border talks\n"
        "Armenian Foreign Minister Narek Sargsyan met envoys in Yerevan on Monday.\n"
        '"The road will open this year," the Armenpress agency quoted him as saying.\n'
        '"Nobody consulted us," the Georgian envoy, who arrived on Sunday, said.\n'
    ),
    # a quoted fragment under a possessed noun for something said is the possessor's
    "claim": (
        "Malawi opens to investors\n"
        "Opposition leader Nelson Obi mocked President Grace Mwale's claim that Malawi is "
        '"open for investors," saying the deals favour elites.\n'
        "Ugandan President Yoweri Kaguta spoke in Gulu. Critics dismissed his pledge to "
        '"end hunger by next year."\n'
    ),
    # a country or its government as the speaker: the country's short name
    "country": (
        "Kyrgyzstan and Tajikistan close border\n"
        '"The crossing at Batken is closed until further notice," Bishkek said on Sunday.\n'
        'The government of Tajikistan said: "Our villages were shelled first."\n'
        '"We have no claims on foreign land," a Kyrgyz border guard said.\n'
    ),
    # a quote paragraph with no attribution: the subject of the paragraph before, not the
    # person named last in it
    "paragraph_subject": (
        "Rwanda and Burundi reopen border\n"
        "Rwandan Trade Minister Prudence Sebahizi voiced optimism that trade would recover, "
        "citing talks with Burundian Trade Minister Marie Chantal Nijimbere.\n"
        '"Trucks were crossing again within an hour, and the traders are already back at the market."\n'
    ),
}


@pytest.fixture(scope="module")
def read() -> dict[str, dict[str, Any]]:
    return {key: read_text(text).to_dict() for key, text in ARTICLES.items()}


def speaker(d: dict[str, Any], start: str) -> str | None:
    hits = [q for q in d["quotes"] if q["text"].startswith(start)]
    assert len(hits) == 1, [q["text"] for q in d["quotes"]]
    return hits[0]["speaker"]


def test_a_hyphenated_surname_alone_is_the_person_and_keeps_the_pronoun(read: dict[str, dict[str, Any]]) -> None:
    d = read["hyphen"]
    assert speaker(d, "This plant") == "Salma Ben Youssef"
    assert speaker(d, "Tunisia has never") == "Khalid Al-Kuwari"


def test_the_first_of_two_family_names_alone_is_the_person(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["two_surnames"], "Not one soldier") == "Jorge Luis Cardenas Vilca"


def test_a_name_in_apposition_to_the_subject_is_the_speaker(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["apposition"], "We did not close") == "Karma Dorji"


def test_which_said_is_the_noun_right_before_it(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["relative"], "broken the law") == "Ministry of Interior"


def test_the_minister_with_two_candidates_is_null_and_the_deputy_is_not_the_minister(
    read: dict[str, dict[str, Any]],
) -> None:
    d = read["two_ministers"]
    q = next(q for q in d["quotes"] if q["text"].startswith("The river"))
    assert q["speaker"] is None
    assert q["speaker_candidate"] == "the minister"
    assert speaker(d, "We will not sell") == "Ram Bahadur Thapa"
    assert speaker(d, "Prices must cover") == "Sita Gurung"


def test_a_shared_demonym_narrows_the_reference_to_its_countries(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["shared_demonym"], "If the bridge works") == "Park Seo-jun"


def test_a_clause_ending_in_a_colon_gives_the_speaker(read: dict[str, dict[str, Any]]) -> None:
    d = read["colon"]
    assert speaker(d, "Our boats will fish") == "Aminath Shareef"
    assert speaker(d, "The old quotas") == "Nuwan Perera"


def test_the_sentence_after_a_quote_that_points_back_at_it(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["after"], "Nobody in Montevideo") == "Sofia Pereyra"


def test_according_to_a_role_with_the_name_in_apposition(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["according"], "the market will reopen") == "Rachidi Gbadamassi"


def test_the_statement_speaks_for_whoever_issued_it(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["statement"], "The vessel broke") == "Icelandic Directorate of Fisheries"


def test_a_pronoun_skips_people_the_text_gives_the_other_gender(read: dict[str, dict[str, Any]]) -> None:
    d = read["gender"]
    assert speaker(d, "One cable") == "Ilze Ozola"  # "she said" / "he wanted"
    assert speaker(d, "We will share") == "Kadri Saar"  # Ms. / Mr.


def test_the_person_with_an_age_is_the_one_named_before(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["age"], "The deficit") == "Hector Ajanel Xoy"
    assert speaker(read["age"], "Both sides shall") is None  # an old treaty is nobody


def test_quoted_as_saying_is_the_person_quoted_and_candidates_are_clean(read: dict[str, dict[str, Any]]) -> None:
    d = read["quoted_as"]
    assert speaker(d, "The road will open") == "Narek Sargsyan"
    q = next(q for q in d["quotes"] if q["text"].startswith("Nobody consulted"))
    assert q["speaker"] is None
    assert q["speaker_candidate"] == "the Georgian envoy"


def test_a_fragment_under_a_possessed_claim_is_the_possessors(read: dict[str, dict[str, Any]]) -> None:
    d = read["claim"]
    assert speaker(d, "open for investors") == "Grace Mwale"
    assert speaker(d, "end hunger") == "Yoweri Kaguta"


def test_a_country_or_its_government_speaks_as_the_country(read: dict[str, dict[str, Any]]) -> None:
    d = read["country"]
    assert speaker(d, "The crossing at Batken") == "Kyrgyzstan"
    assert speaker(d, "Our villages") == "Tajikistan"
    assert speaker(d, "We have no claims") is None  # an unnamed guard, not the country
    kinds = {q["speaker_kind"] for q in d["quotes"] if q["speaker"] is not None}
    assert kinds == {"country"}


def test_a_quote_paragraph_takes_the_subject_of_the_paragraph_before(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["paragraph_subject"], "Trucks were crossing") == "Prudence Sebahizi"
