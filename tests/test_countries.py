from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyadscope import countries
from dyadscope.errors import AmbiguousCountryError, UnknownCountryError


@pytest.mark.parametrize(
    ("value", "iso3"),
    [
        ("Kenya", "KEN"),
        ("KEN", "KEN"),
        ("KE", "KEN"),
        ("404", "KEN"),
        (404, "KEN"),
        ("cow:501", "KEN"),
        ("cow:2", "USA"),
        ("cow:260", "DEU"),  # the Federal Republic's code continues as Germany
        ("kenya", "KEN"),
        ("TÜRKİYE", "TUR"),
        ("TURKEY", "TUR"),
        ("TÜRKÝYE", "TUR"),
        ("NETHERLANDS (KINGDOM OF THE)", "NLD"),
        ("CÔTE D'IVOIRE", "CIV"),
        ("COTE D'IVOIRE", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Congo, Democratic Republic of", "COD"),
        ("DEMOCRATIC REPUBLIC OF THE CONGO", "COD"),
        ("Congo - Brazzaville", "COG"),
        ("CONGO", "COG"),
        ("Korea, Republic of", "KOR"),
        ("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK"),
        ("BOLIVIA (PLURINATIONAL STATE OF)", "BOL"),
        ("St. Vincent & Grenadines", "VCT"),
        ("Myanmar (Burma)", "MMR"),
        ("United States", "USA"),
        ("UK", "GBR"),
        # historical states
        ("Soviet Union", "RUS"),
        ("USSR", "RUS"),
        ("Yugoslavia", "YUG"),
        ("Czechoslovakia", "CSK"),
        ("Federal Republic of Germany", "DEU"),
        ("German Democratic Republic", "DDR"),
        ("Yemen Arab Republic", "YEM"),
        ("Yemen People's Republic", "YMD"),
        ("Zanzibar", "ZAN"),
    ],
)
def test_resolve(value: str, iso3: str) -> None:
    assert countries.resolve(value) == iso3


def test_unknown_country_suggests_close_matches() -> None:
    with pytest.raises(UnknownCountryError) as info:
        countries.resolve("Kenia")
    assert "Kenya (KEN)" in info.value.candidates
    assert "did you mean" in str(info.value)


def test_ambiguous_country_lists_matches() -> None:
    with pytest.raises(AmbiguousCountryError) as info:
        countries.resolve("Korea")
    assert set(info.value.candidates) == {"North Korea (PRK)", "South Korea (KOR)"}


def test_numeric_code_points_at_cow_prefix() -> None:
    with pytest.raises(UnknownCountryError, match="cow:2"):
        countries.resolve("2")


def test_every_code_resolves_to_itself() -> None:
    table = countries.all_countries()
    for iso3 in table["iso3"]:
        assert countries.resolve(iso3) == iso3


@given(st.text(max_size=40))
def test_normalize_is_idempotent(text: str) -> None:
    once = countries.normalize_name(text)
    assert countries.normalize_name(once) == once


@pytest.mark.shared
def test_every_vote_source_name_resolves(shared) -> None:  # type: ignore[no-untyped-def]
    import json

    names: set[str] = set()
    for path in (shared / "data/unga/un_dgacm_resolutions").glob("*.json"):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
                names.update(rec.get(key) or [])
    resolved = {n: countries.resolve(n) for n in names}
    assert len(set(resolved.values())) == 193  # the UN's member states
    assert resolved["TURKEY"] == resolved["TÜRKİYE"] == "TUR"


def test_names_table_has_demonyms_and_capitals() -> None:
    names = countries.names_table()
    kinds = names.groupby("kind")["name"].apply(set)
    assert "Kenyan" in kinds["demonym"]
    assert "Nairobi" in kinds["capital"]
    assert isinstance(names, pd.DataFrame)
