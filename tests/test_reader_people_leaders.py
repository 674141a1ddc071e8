"""Heads of state and government take the country they led on the article's date (REIGN).

Sentences written for these tests (no gold set's countries or people). The expected
countries are the REIGN spells in ../shared/data/places/reign_leaders/leaderlist_3_21.csv
(bundled as reign_leaders.parquet): Museveni, Uganda from 1986; Shinzo Abe, Japan 2006-07
and 2012-20; Kufuor, Ghana 2001-09; Gordon Brown, United Kingdom 2007-10; Charles Michel,
Belgium 2014-19, while James Michel led the Seychelles (to 2016) and Michel Aoun Lebanon
(from October 2016).
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadscope.news.leaders import leader_country
from dyadscope.news.reader import read_text

# no country named anywhere: the country can only come from the leader's spell
_BODY = "Delegates met in Geneva on Tuesday. {who} said the tariffs would fall next year."


def _country(who: str, when: date | None, name: str) -> str | None:
    art = read_text("Tariff talks\n\n" + _BODY.format(who=who), when=when)
    person = next(p for p in art.people if p.name == name)
    return person.country


@pytest.mark.parametrize(
    ("who", "when", "name", "want"),
    [
        ("President Museveni", date(2016, 5, 1), "Museveni", "UGA"),
        ("Prime Minister Shinzo Abe", date(2015, 3, 2), "Shinzo Abe", "JPN"),
        ("Prime Minister Abe", date(2005, 3, 2), "Abe", None),  # between his two spells
        ("Former President Kufuor", date(2015, 3, 2), "Kufuor", "GHA"),
        ("President Kufuor", date(2015, 3, 2), "Kufuor", None),  # no longer in office then
        ("Prime Minister Charles Michel", date(2015, 3, 2), "Charles Michel", "BEL"),  # the fuller match
        ("President Museveni", None, "Museveni", None),  # no date: no leader look-up
    ],
)
def test_head_of_state_or_government_takes_the_country_led_on_the_date(
    who: str, when: date | None, name: str, want: str | None
) -> None:
    assert _country(who, when, name) == want


def test_text_evidence_is_never_overridden_by_the_leader_list() -> None:
    # Brown led the United Kingdom in 2008; the text says an Irish prime minister
    assert _country("Irish Prime Minister Brown", date(2008, 6, 1), "Brown") == "IRL"


def test_a_surname_that_two_countries_leaders_shared_on_the_date_stays_null() -> None:
    # Charles Michel (Belgium) and James Michel (Seychelles) were both leaders in 2015; in
    # 2017 Michel Aoun led Lebanon: the bare "Michel" stays null, the full name is Belgium's
    assert leader_country("Michel", date(2015, 3, 2)) is None
    assert leader_country("Michel", date(2017, 3, 2)) is None
    found = leader_country("Charles Michel", date(2017, 3, 2))
    assert found is not None and found[0] == "BEL" and "REIGN" in found[1]
