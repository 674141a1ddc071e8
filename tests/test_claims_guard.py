"""One claim's failing check never stops an article's checks (review of round 6, item 3): the votes shown
beside an opinion about UN votes are optional, and a rank with one side missing is not checkable."""

from __future__ import annotations

import pytest

from dyadscope.claims import check
from dyadscope.claims.checks import rank
from dyadscope.claims.claim import Claim
from dyadscope.warehouse import Warehouse


def _claim(kind: str, **kw: object) -> Claim:
    s = "Uruguay and Chile vote alike at the UN, officials expect."
    return Claim(kind, s, (0, len(s)), s, (0, len(s)), "URY", "CHL", **kw)  # type: ignore[arg-type]


def test_failing_vote_reference_leaves_the_opinion_not_checkable(
    monkeypatch: pytest.MonkeyPatch, warehouse: Warehouse
) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise KeyError("coincidence")

    monkeypatch.setattr(check, "check_alignment", broken)
    c = _claim("uncheckable", reason="an expectation about UN votes", detail={"votes": True})
    out = check.check_one(warehouse, c, None)
    assert out.verdict == "not checkable" and "an expectation about UN votes" in out.explanation


def test_rank_on_a_table_with_one_side_missing_is_not_checkable(warehouse: Warehouse) -> None:
    c = _claim("rank_share", unit="rank")
    c = Claim(**{**c.__dict__, "partner": None})
    out = rank._check_on_table(warehouse, c, None, 2019, None)
    assert out.verdict == "not checkable" and "both countries" in out.explanation
