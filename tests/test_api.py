from __future__ import annotations

import pandas as pd
import pytest

import dyadscope as ds
from dyadscope.errors import ConfigError, UnknownCountryError
from dyadscope.warehouse import Warehouse


def test_public_api_is_what_all_lists() -> None:
    import inspect

    public = {n for n in dir(ds) if not n.startswith("_")}
    # plain modules are not part of the surface; the two callable packages are (ds.alignment(...), ds.trade(...))
    exported = {n for n in public if not inspect.ismodule(getattr(ds, n)) or callable(getattr(ds, n))}
    assert exported == set(ds.__all__) - {"__version__"}
    for name in ds.__all__:
        assert hasattr(ds, name)


def test_alignment_shape_and_names(warehouse: Warehouse) -> None:
    res = ds.alignment("Kenya", ["United States", "CN", "cow:365"], since=2000, warehouse=warehouse)
    t = res.tidy()
    assert list(t.columns) == ["year", "country", "partner", "measure", "value", "n"]
    assert set(t["partner"]) == {"USA", "CHN", "RUS"}
    assert t["year"].min() == 2000
    assert t["year"].max() >= 2025
    assert (t["n"] > 0).all()
    assert t["value"].between(0, 1).all()
    assert set(res.sources) == {"voeten-unvotes", "un-dgacm"}


def test_n_matches_the_listed_votes(warehouse: Warehouse) -> None:
    res = ds.alignment("KEN", "USA", measure="agreement", since=2019, until=2019, warehouse=warehouse)
    row = res.tidy().iloc[0]
    listed = ds.votes("KEN", "USA", year=2019, warehouse=warehouse)
    cast = listed[(listed["vote"] != "absent") & listed["partner_vote"].isin(["yes", "no", "abstain"])]
    assert len(cast) == row["n"]
    assert (cast["vote"] == cast["partner_vote"]).mean() == pytest.approx(row["value"])
    assert {"symbol", "source_file", "source_row"} <= set(listed.columns)


def test_empty_range_says_so(warehouse: Warehouse) -> None:
    res = ds.alignment("KEN", "USA", since=2030, warehouse=warehouse)
    assert res.empty
    assert "No recorded votes" in res.note


def test_kenya_before_independence_has_no_rows(warehouse: Warehouse) -> None:
    res = ds.alignment("KEN", "USA", until=1962, warehouse=warehouse)
    assert res.empty


def test_filters(warehouse: Warehouse) -> None:
    imp = ds.alignment("KEN", "USA", important=True, since=2000, until=2019, warehouse=warehouse).tidy()
    allv = ds.alignment("KEN", "USA", since=2000, until=2019, warehouse=warehouse).tidy()
    both = imp.merge(allv, on="year", suffixes=("_imp", "_all"))
    assert len(both) >= 15
    assert (both["n_imp"] < both["n_all"]).all()
    me = ds.alignment("KEN", "USA", issue="me", since=2000, warehouse=warehouse).tidy()
    assert me["year"].max() >= 2024  # DGACM resolutions get issue codes by rule
    with pytest.raises(ConfigError, match="choose from"):
        ds.alignment("KEN", "USA", issue="zz", warehouse=warehouse)
    with pytest.raises(ConfigError, match="choose from"):
        ds.alignment("KEN", "USA", measure="cosine", warehouse=warehouse)
    with pytest.raises(UnknownCountryError):
        ds.alignment("Kenia", "USA", warehouse=warehouse)


def test_group_placement(warehouse: Warehouse) -> None:
    res = ds.alignment("KEN", "USA", group="mnna", since=2018, until=2025, warehouse=warehouse)
    g = res.group
    assert g is not None
    assert {"group_median", "group_min", "group_max", "rank", "group_size"} <= set(g.columns)
    assert (g["group_min"] <= g["group_median"]).all()
    assert (g["group_median"] <= g["group_max"]).all()
    # Israel is an MNNA and votes almost always with the US: the group maximum is high
    assert (g["group_max"] > 0.8).all()
    assert (g["rank"] >= 1).all()
    assert (g["rank"] <= g["group_size"] + 1).all()


def test_all_pairs_is_symmetric(warehouse: Warehouse) -> None:
    res = ds.all_pairs(measure="kappa", since=2010, until=2010, warehouse=warehouse).tidy()
    wide = res.set_index(["country", "partner"])["value"]
    sample = res.sample(50, random_state=1)
    for a, b in zip(sample["country"], sample["partner"], strict=True):
        assert wide[(a, b)] == pytest.approx(wide[(b, a)], nan_ok=True)


def test_data_status(warehouse: Warehouse) -> None:
    st = ds.data_status(warehouse)
    cov = st["coverage"].set_index("source")
    assert cov.loc["un-dgacm", "last_vote"] >= pd.Timestamp("2026-01-01")
    assert st["report"]["count"].sum() > 0
    ds_rows = st["datasets"].set_index("contents")
    assert ds_rows.loc["Political Terror Scale country-years", "rows"] > 9000
    assert ds_rows.loc["BACI flows", "rows"] == 0  # nothing bundled: BACI is loaded by the user


@pytest.mark.parametrize("bad", ["notadate", "2024-13-45", "2024-99-01", "tomorrow"])
def test_a_bad_article_date_is_a_clear_error(bad: str) -> None:
    from dyadscope.dates import article_date

    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        article_date(bad)


def test_an_article_date_in_the_future_is_refused() -> None:
    from datetime import date, timedelta

    from dyadscope.dates import article_date

    assert article_date("2024-12-15") == date(2024, 12, 15)
    with pytest.raises(ConfigError, match="in the future"):
        article_date(date.today() + timedelta(days=1))
