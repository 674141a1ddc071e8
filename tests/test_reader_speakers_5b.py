"""Speakers and people (issue 17, round 5b) on texts written for these tests: every person and
ministry here is invented, none is taken from a gold set."""

from __future__ import annotations

from typing import Any

import pytest

from dyadscope.news.reader import read_text

ARTICLES = {
    # a ministry of two portfolios, then "the ministry said"
    "portfolio": (
        "Chile fines Peruvian trawlers\n"
        "Chile's Ministry of Energy and Maritime Affairs said in a statement that the boats had been "
        'found 30 kilometers inside a closed zone. "A licence is cheap, a fine is not," the ministry said.\n'
    ),
    # a family name of several words ("Ould Tah") after a full name the model splits
    "family_name": (
        "Mali and Mauritania reopen a market\n"
        "Malian Trade Minister Ahmed Salem Ould Tah met traders in Kayes on Tuesday. "
        '"The market belongs to both peoples," Ould Tah said.\n'
    ),
    # a bare title is no person: the name in apposition to it speaks
    "title_only": (
        "Kerala and Tamil Nadu settle a river quarrel\n"
        "The Chief Minister of Kerala, Ravi Menon Pillai, said the deal was fair. "
        '"Both states gain water," he told reporters in Kochi.\n'
    ),
    # a company named in apposition after its kind; a ship by its navy's prefix; a building
    "things": (
        "Bolivia and Chile sign a lithium deal\n"
        "The company, Cobre Norte Andino, said on Monday that it would appeal. "
        "A frigate of the Chilean navy, the BRP Almirante Riveros, was nearby. "
        "Protesters gathered outside the Governor Osei Building in Kumasi on Monday.\n"
    ),
    # a headline name that the body writes only in part; a government named by a demonym
    "headline": (
        "Kenya Warns as Uganda Closes Border\n"
        "Kenya on Tuesday warned Uganda over the closure of the Busia crossing. The Kenyan government "
        'said the closure was "a blow to every trader." Warns of losses were heard in Nairobi.\n'
    ),
    # a one-word name after a title, later written alone as the speaker
    "one_word": (
        "Kyrgyzstan and Kazakhstan sign a grain deal\n"
        "Kyrgyz President Bektemirov signed the agreement in Astana with Kazakh President Omarov on Friday.\n\n"
        '"Bread does not know borders. Rivers do not either," Bektemirov said at the ceremony.\n'
    ),
    # a newspaper named right after its kind noun and its city
    "paper": (
        "Ghana and Togo agree on a coastal railway\n"
        "Ghana and Togo signed a railway treaty on Monday.\n\n"
        "The Accra weekly The Volta Voice welcomed the treaty but warned that "
        '"Ghana has signed many fine railways on paper."\n'
    ),
    # a portfolio's last word taken into the name that follows it
    "portfolio_word": (
        "Zambia and Malawi sign a road pact\n"
        "Zambia's Minister of Roads and Public Works Lesego Tau, left, signed the pact in Lusaka on Monday. "
        "Lesego Tau told reporters the road would open in 2029.\n\n"
        'Asked about the cost, Tau said: "Roads pay for themselves."\n'
    ),
}


@pytest.fixture(scope="module")
def read() -> dict[str, dict[str, Any]]:
    return {key: read_text(text).to_dict() for key, text in ARTICLES.items()}


def speaker(d: dict[str, Any], start: str) -> str | None:
    hits = [q for q in d["quotes"] if q["text"].startswith(start)]
    assert len(hits) == 1, [q["text"] for q in d["quotes"]]
    return hits[0]["speaker"]


def test_a_ministry_of_two_portfolios_is_one_organisation(read: dict[str, dict[str, Any]]) -> None:
    d = read["portfolio"]
    names = [o["name"] for o in d["organizations"]]
    assert "Ministry of Energy and Maritime Affairs" in names, names
    assert "Maritime Affairs" not in names
    assert speaker(d, "A licence is cheap") == "Ministry of Energy and Maritime Affairs"


def test_a_family_name_of_several_words_is_the_full_name(read: dict[str, dict[str, Any]]) -> None:
    d = read["family_name"]
    names = [p["name"] for p in d["people"]]
    assert names == ["Ahmed Salem Ould Tah"], names
    assert speaker(d, "The market belongs") == "Ahmed Salem Ould Tah"


def test_a_bare_title_is_no_person(read: dict[str, dict[str, Any]]) -> None:
    d = read["title_only"]
    names = [p["name"] for p in d["people"]]
    assert "Chief Minister" not in names, names
    assert "Ravi Menon Pillai" in names
    assert speaker(d, "Both states gain") == "Ravi Menon Pillai"


def test_a_company_ship_or_building_is_no_person(read: dict[str, dict[str, Any]]) -> None:
    d = read["things"]
    names = [p["name"] for p in d["people"]]
    assert not {"Cobre Norte Andino", "Almirante Riveros", "Osei Building"} & set(names), names
    assert "Cobre Norte Andino" in [o["name"] for o in d["organizations"]]


def test_a_headline_fragment_is_no_person(read: dict[str, dict[str, Any]]) -> None:
    names = [p["name"] for p in read["headline"]["people"]]
    assert not any(n.startswith("Kenya") or n.startswith("Uganda") for n in names), names


def test_a_government_named_by_a_demonym_is_named_as_written(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["headline"], "a blow to every trader") == "Kenyan government"


def test_a_one_word_titled_name_written_alone_later_speaks(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["one_word"], "Bread does not know") == "Bektemirov"


def test_a_newspaper_named_after_its_kind_noun_speaks(read: dict[str, dict[str, Any]]) -> None:
    assert speaker(read["paper"], "Ghana has signed many") in ("The Volta Voice", "Volta Voice")


def test_a_portfolio_word_is_not_part_of_the_name(read: dict[str, dict[str, Any]]) -> None:
    d = read["portfolio_word"]
    names = [p["name"] for p in d["people"]]
    assert "Works Lesego Tau" not in names, names
    assert "Lesego Tau" in names
    assert speaker(d, "Roads pay for") == "Lesego Tau"
