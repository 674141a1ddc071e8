"""Country groups with dates of membership: MNNA, NATO, EU, AU, BRICS, G20.

Major Non-NATO Allies come from ``../shared/data/places/us_mnna`` (rebuilt into the
bundled ``groups_mnna.parquet``); the other groups are the curated ``data/groups.csv``,
each row citing its source. Membership is by year: a country counts from the year it
joined until the year before it left.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import get_args

import pandas as pd

from dyadscope import bundled, choices
from dyadscope.choices import Group

GROUPS: tuple[str, ...] = get_args(Group)
LABELS = {
    "mnna": "US Major Non-NATO Allies",
    "nato": "NATO members",
    "eu": "European Union members",
    "au": "African Union members",
    "brics": "BRICS members",
    "g20": "G20 member countries",
}


@lru_cache(maxsize=1)
def table() -> pd.DataFrame:
    """All memberships: group, iso3, joined, left (year or NA), source."""
    curated = pd.read_csv(io.StringIO(bundled.text("groups.csv")), dtype={"left": "Int64"})
    mnna = bundled.parquet("groups_mnna.parquet")
    mnna = mnna.assign(source="US State Department MNNA designations (../shared/data/places/us_mnna)")[
        ["group", "iso3", "joined", "left", "source"]
    ]
    return pd.concat([curated, mnna], ignore_index=True)


def check(group: str) -> Group:
    """Validate a group name (case-insensitive)."""
    return choices.check(Group, group, "group")


def members(group: str, year: int | None = None) -> list[str]:
    """ISO3 codes of a group's members in ``year`` (current members if ``None``)."""
    t = table()
    t = t[t["group"] == check(group)]
    t = t[t["left"].isna()] if year is None else t[(t["joined"] <= year) & (t["left"].isna() | (t["left"] > year))]
    return sorted(t["iso3"].tolist())
