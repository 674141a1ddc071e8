"""Speakers, references and people's countries (issue 17 A/B, round 4) on texts written for
these tests: every name, newspaper and company here is invented, none is taken from a gold set.
Each expectation is what a careful human reader gets from the text itself."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dyadscope.news.reader import read_text

# one short article per mechanism, read once for the module
ARTICLES = {
    "org_pronoun": (
        "Navy frees trawler crew\n"
        "The trawler was freed off Socotra on Monday, Oman's Defence Ministry said in a statement. "
        '"Nobody was hurt during the operation," it said.'
    ),
    "org_kinds": (
        "Port deal questioned\n"
        "The daily La Voz Austral reported that the port lease ran for 99 years. "
        '"A lease that long is a sale," the newspaper wrote in an editorial.\n'
        "The port is run by Brightwater Logistics, a shipping company based in Rotterdam. "
        '"We do not discuss leases in the press," the company said.'
    ),
    "ranks_ships": (
        "Patrol seizes skiff\n"
        "The patrol ship Halvard Lund stopped the skiff at dawn. "
        '"The skiff carried no fishing gear at all," said Cmdr. Jorgen Vik Eriksen, the ship\'s captain. '
        '"We handed the men over to the coast guard."'
    ),
    "descriptive": (
        "Talks adjourned\n"
        "Foreign Minister Aliya Serikbayeva spoke to reporters in Astana on Friday. "
        'Serikbayeva, asked about the border, said no date was fixed. "We will not be rushed," the minister said.\n'
        'A Western diplomat who followed the talks said the gap was wide. "Nobody expects a deal '
        'this year," the diplomat said.\n'
        "A fisherman's widow reached by telephone said the family had waited for weeks. \"We still "
        'hear nothing from anyone," she said.'
    ),
    "owner": (
        "Reserves fall\n"
        "The Bank of Namibia said reserves had fallen for a third month. Its governor, Tobias Hamutenya, "
        "said the bank would keep rates on hold."
    ),
    "capital": (
        "Grain corridor\n"
        "Speaking in Lusaka, Agriculture Minister Chola Mwansa said the corridor would reopen soon. "
        'Government spokesman Peter Banda told a briefing in Lusaka that the trucks were "ready to roll."'
    ),
}


@pytest.fixture(scope="module")
def read() -> dict[str, dict[str, Any]]:
    return {key: read_text(text, when=date(2024, 3, 1)).to_dict() for key, text in ARTICLES.items()}


def _speaker(d: dict[str, Any], start: str) -> str | None:
    q = next(q for q in d["quotes"] if q["text"].startswith(start))
    return q["speaker"]


def _person(d: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in d["people"] if p["name"] == name)


def test_it_said_is_the_organisation_named_just_before(read: dict[str, dict[str, Any]]) -> None:
    # round 4b: was "Oman's Defence Ministry"; the ministry's own name, Oman its country
    assert _speaker(read["org_pronoun"], "Nobody was hurt") == "Defence Ministry"
    orgs = {o["name"]: o["country"] for o in read["org_pronoun"]["organizations"]}
    assert orgs["Defence Ministry"] == "OMN"


def test_the_newspaper_and_the_company_are_the_ones_the_text_introduced(read: dict[str, dict[str, Any]]) -> None:
    d = read["org_kinds"]
    assert _speaker(d, "A lease that long") == "La Voz Austral"
    assert _speaker(d, "We do not discuss") == "Brightwater Logistics"
    names = {p["name"] for p in d["people"]}
    assert not names & {"La Voz Austral", "Brightwater Logistics"}  # organisations, not people
    assert {"La Voz Austral", "Brightwater Logistics"} <= {o["name"] for o in d["organizations"]}


def test_an_abbreviated_rank_is_a_title_and_a_ship_is_nobody(read: dict[str, dict[str, Any]]) -> None:
    d = read["ranks_ships"]
    assert _speaker(d, "The skiff carried") == "Jorgen Vik Eriksen"
    assert _speaker(d, "We handed the men") == "Jorgen Vik Eriksen"
    names = {p["name"] for p in d["people"]}
    assert "Jorgen Vik Eriksen" in names
    assert not any("Halvard" in n or "Cmdr" in n for n in names)
    assert not any("Halvard" in o["name"] for o in d["organizations"])


def test_descriptions_and_pronouns_resolve_or_stay_null(read: dict[str, dict[str, Any]]) -> None:
    d = read["descriptive"]
    assert _speaker(d, "We will not be rushed") == "Aliya Serikbayeva"  # "the minister" (parsed as PROPN)
    assert _speaker(d, "Nobody expects a deal") is None  # "the diplomat" = the unnamed one just introduced
    widow = next(q for q in d["quotes"] if q["text"].startswith("We still hear"))
    assert widow["speaker"] is None  # "she" = the unnamed widow, not the minister
    assert widow["speaker_candidate"] == "she"


def test_a_role_owned_by_an_organisation_takes_its_country(read: dict[str, dict[str, Any]]) -> None:
    assert _person(read["owner"], "Tobias Hamutenya")["country"] == "NAM"


def test_the_capital_where_an_official_speaks(read: dict[str, dict[str, Any]]) -> None:
    d = read["capital"]
    assert _person(d, "Chola Mwansa")["country"] == "ZMB"
    assert _person(d, "Peter Banda")["country"] == "ZMB"


def test_an_official_who_acts_in_a_foreign_capital_gets_no_country_from_it() -> None:
    d = read_text(
        "Deal signed\nDefence Secretary Ramon Aquino Diaz signed the deal in Hanoi with his counterpart.",
        when=date(2024, 3, 1),
    ).to_dict()
    assert _person(d, "Ramon Aquino Diaz")["country"] is None


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        (
            "The fair was opened by Philippine Trade Secretary Luz Marasigan Reyes on a visit to the city.",
            "Luz Marasigan Reyes",
            "PHL",
        ),
        (
            "It was the first time that Saudi Energy Minister Yusuf Al-Harbi had been to the plant.",
            "Yusuf Al-Harbi",
            "SAU",
        ),
    ],
)
def test_press_adjectives_of_nationality(body: str, name: str, country: str) -> None:
    d = read_text("Visit\n" + body, when=date(2024, 3, 1)).to_dict()
    assert _person(d, name)["country"] == country


LEAD = (
    "Lake talks\n"
    "Malawi has suspended talks with Tanzania on the lake border, Prime Minister Grace Chirwa said on Monday.\n\n"
    "Opposition leader Moses Phiri accused Tanzania of delaying the survey. The Foreign Ministry declined "
    "to comment, and the National Police said the border posts were calm.\n\n"
    "The Lilongwe Observer said the talks had been doomed from the start.\n\n"
    "The Tanzanian Navy patrolled the lake on Tuesday. A spokesman said the navy would keep its boats there."
)


@pytest.fixture(scope="module")
def lead() -> dict[str, Any]:
    return read_text(LEAD, when=date(2024, 3, 1)).to_dict()


def _org(d: dict[str, Any], name: str) -> dict[str, Any]:
    return next(o for o in d["organizations"] if o["name"] == name)


def test_unqualified_offices_belong_to_the_country_of_the_lead(lead: dict[str, Any]) -> None:
    assert _person(lead, "Grace Chirwa")["country"] == "MWI"
    assert _person(lead, "Moses Phiri")["country"] == "MWI"  # not Tanzania, whom he accuses


def test_generic_national_bodies_and_newspapers_get_the_evidence_they_have(lead: dict[str, Any]) -> None:
    assert _org(lead, "Foreign Ministry")["country"] == "MWI"
    assert _org(lead, "National Police")["country"] == "MWI"
    assert _org(lead, "Lilongwe Observer")["country"] == "MWI"  # a capital in the name
    names = {o["name"] for o in lead["organizations"]}
    assert "navy" not in names  # the lower-case mention is the Tanzanian Navy again
    assert _org(lead, "Tanzanian Navy")["country"] == "TZA"


def test_georgia_the_state_and_georgia_the_country_in_one_article() -> None:
    d = read_text(
        "Trade mission\n"
        "A trade delegation from the U.S. state of Georgia, led by Governor Tom Reese, arrived in Tbilisi. "
        "Reese met Georgian officials and visited a plant of Peach State Foods Co., a firm from Macon, Georgia. "
        "He said he would return to Atlanta on Friday.",
        when=date(2024, 3, 1),
    ).to_dict()
    assert "GEO" in {c["iso3"] for c in d["countries"]}  # Tbilisi and "Georgian" still count
    assert _person(d, "Tom Reese")["country"] == "USA"
    assert "Peach State Foods Co." in {o["name"] for o in d["organizations"]}


PLACES = (
    "Rail line opens\n"
    "Park Seo-yeon, South Korea's envoy to Chile, opened the line on Monday. "
    '"The line will carry ore within a year," Park told reporters.\n\n'
    "A clinic opened in Villa Rosario, Paraguay, on Monday, and more will follow.\n\n"
    "‘Within a year’\n\n"
    'The daily La Voz de Montevideo said the loan was large. "Ore pays for it," the newspaper wrote.'
)


@pytest.fixture(scope="module")
def places() -> dict[str, Any]:
    return read_text(PLACES, when=date(2024, 3, 1)).to_dict()


def test_family_name_first_is_a_person_even_with_a_place_word(places: dict[str, Any]) -> None:
    assert "Park Seo-yeon" in {p["name"] for p in places["people"]}  # "Park" is no park here
    assert _speaker(places, "The line will carry") == "Park Seo-yeon"  # "Park told": the family name


def test_a_heading_that_repeats_a_quote_takes_its_speaker(places: dict[str, Any]) -> None:
    assert _speaker(places, "Within a year") == "Park Seo-yeon"


def test_places_the_model_tags_as_organisations_are_not_organisations(places: dict[str, Any]) -> None:
    names = {o["name"] for o in places["organizations"]}
    assert "Villa Rosario" not in names  # "in Villa Rosario, Paraguay"
    assert _org(places, "La Voz de Montevideo")["country"] == "URY"  # a capital in a newspaper's name
    assert _speaker(places, "Ore pays for it") == "La Voz de Montevideo"


def test_places_named_after_people_are_nobody() -> None:
    d = read_text(
        "New base\nThe frigates will be based at General Luna, on the island of Siargao, the navy said. "
        "Flights will land at Tbilisi's Shota Rustaveli International Airport from next year.",
        when=date(2024, 3, 1),
    ).to_dict()
    names = {p["name"] for p in d["people"]}
    assert not any("Luna" in n or "Tbilisi" in n for n in names)


def test_a_story_about_a_country_written_from_elsewhere_gives_no_home_country() -> None:
    d = read_text(
        "Base grows\nChina has expanded its naval base in the region this year, officials said.\n\n"
        "Senator Ruth Calloway said the expansion worried lawmakers.",
        when=date(2024, 3, 1),
    ).to_dict()
    assert _person(d, "Ruth Calloway")["country"] is None  # Beijing is never named: not a story from China


def test_an_acronym_speaker_is_the_organisation_it_abbreviates() -> None:
    d = read_text(
        "Sanctions eased\nThe Southern African Development Community met in Gaborone on Monday. "
        '"Trade must resume," SADC said in a statement.',
        when=date(2024, 3, 1),
    ).to_dict()
    assert _speaker(d, "Trade must resume") == "Southern African Development Community"


def test_a_rank_or_a_counselor_is_resolved_by_its_role_words() -> None:
    from datetime import date

    from dyadscope.news.reader import read_text

    body = (
        "Chad's security minister, Col. Idriss Mahamat Abakar, flew to N'Djamena on Monday after the talks.\n\n"
        'The colonel, speaking at the airport, said Chad had "no quarrel with its neighbours."\n\n'
        "Chad ordered Sudan's first counselor, Amina Haroun Bichara, to leave the country by Friday.\n\n"
        '"I will leave with my head high," the Sudanese envoy, who left on Thursday, said.'
    )
    d = read_text("Notes on the week\n" + body, when=date(2024, 3, 1)).to_dict()
    assert [q["speaker"] for q in d["quotes"]] == ["Idriss Mahamat Abakar", "Amina Haroun Bichara"]


def test_a_pull_quote_repeating_an_attributed_quote_is_that_speaker() -> None:
    from datetime import date

    from dyadscope.news.reader import read_text

    body = (
        '"A border is a door, not a wall," Laos\'s trade minister, Somphone Keovilay, said in Vientiane.\n\n'
        'Vietnam\'s deputy minister, Tran Quoc Bao, said Hanoi had "waited long enough for this."\n\n'
        '"A border is a door, not a wall."\n\n'
        "Trucks began crossing at Lao Bao on Tuesday."
    )
    d = read_text("Notes on the week\n" + body, when=date(2024, 3, 1)).to_dict()
    assert [q["speaker"] for q in d["quotes"]] == ["Somphone Keovilay", "Tran Quoc Bao", "Somphone Keovilay"]
