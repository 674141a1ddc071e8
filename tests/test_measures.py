"""The five measures against hand-computed cases and an independent published series."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.alignment import measures


def _frame(rows: dict[str, list[str | None]]) -> tuple[pd.DataFrame, pd.Series]:
    recs = []
    for iso, seq in rows.items():
        for rcid, v in enumerate(seq):
            if v is not None:
                recs.append((rcid, iso, v))
    votes = pd.DataFrame(recs, columns=["rcid", "iso3", "vote"])
    periods = pd.Series(2000, index=range(max(len(s) for s in rows.values())))
    return votes, periods


def _value(result: pd.DataFrame, measure: str, a: str = "A", b: str = "B") -> tuple[float, int]:
    row = result[(result.measure == measure) & (result.country == a) & (result.partner == b)]
    assert len(row) == 1
    return float(row["value"].iloc[0]), int(row["n"].iloc[0])


# A: yes yes yes no  abstain yes  -     (7 roll calls, A absent on the last)
# B: yes no  abst no  abstain yes  yes
HAND = {
    "A": ["yes", "yes", "yes", "no", "abstain", "yes", None],
    "B": ["yes", "no", "abstain", "no", "abstain", "yes", "yes"],
}


def test_hand_computed_case() -> None:
    votes, periods = _frame(HAND)
    res = measures.compute(votes, periods, measures.MEASURES, ["A"], ["B"])
    # n = 6 (A absent on the 7th); same = 4 (1,4,5,6); opposite = 1 (2); half = 1 (3)
    assert _value(res, "agreement") == (pytest.approx(4 / 6), 6)
    # State Department "votes only": identical yes/no (1, 4, 6) over those and the opposite one (2);
    # the both-abstain roll call (5) and the one-abstain roll call (3) are left out
    assert _value(res, "coincidence")[0] == pytest.approx(3 / 4)
    assert _value(res, "s")[0] == pytest.approx(1 - 2 * (1 + 0.5) / 6)
    # marginals over the 6 joint votes: A yes 4, abst 1, no 1; B yes 2, abst 2, no 2
    p_o = 4 / 6
    pe_kappa = (4 * 2 + 1 * 2 + 1 * 2) / 36
    assert _value(res, "kappa")[0] == pytest.approx((p_o - pe_kappa) / (1 - pe_kappa))
    pooled = np.array([6, 3, 3]) / 12
    pe_pi = float((pooled**2).sum())
    assert _value(res, "pi")[0] == pytest.approx((p_o - pe_pi) / (1 - pe_pi))


def test_perfect_disagreement() -> None:
    votes, periods = _frame({"A": ["yes", "no", "yes"], "B": ["no", "yes", "no"]})
    res = measures.compute(votes, periods, measures.MEASURES, ["A"], ["B"])
    assert _value(res, "agreement")[0] == 0.0
    assert _value(res, "coincidence")[0] == 0.0
    assert _value(res, "s")[0] == -1.0
    assert _value(res, "kappa")[0] < 0


def test_kappa_undefined_when_both_always_vote_yes() -> None:
    votes, periods = _frame({"A": ["yes", "yes"], "B": ["yes", "yes"]})
    res = measures.compute(votes, periods, ["kappa", "agreement"], ["A"], ["B"])
    assert np.isnan(_value(res, "kappa")[0])
    assert _value(res, "agreement")[0] == 1.0


def test_pairs_without_joint_votes_are_left_out() -> None:
    votes, periods = _frame({"A": ["yes", None], "B": [None, "no"]})
    res = measures.compute(votes, periods, ["agreement"], ["A"], ["B"])
    assert res.empty


_vote = st.sampled_from(["yes", "abstain", "no", None])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_vote, _vote), min_size=1, max_size=40))
def test_properties(pairs: list[tuple[str | None, str | None]]) -> None:
    votes, periods = _frame({"A": [a for a, _ in pairs], "B": [b for _, b in pairs]})
    res = measures.compute(votes, periods, measures.MEASURES, ["A", "B"], ["A", "B"])
    if res.empty:
        return
    for m in measures.MEASURES:
        ab, ba = _value(res, m, "A", "B"), _value(res, m, "B", "A")
        assert ab[1] == ba[1]
        assert (np.isnan(ab[0]) and np.isnan(ba[0])) or ab[0] == pytest.approx(ba[0])
    agree, coin, s = (_value(res, m)[0] for m in ("agreement", "coincidence", "s"))
    codes = [(a, b) for a, b in pairs if a is not None and b is not None]
    identical = sum(a == b != "abstain" for a, b in codes)
    opposite = sum({a, b} == {"yes", "no"} for a, b in codes)
    if identical + opposite:
        assert coin == pytest.approx(identical / (identical + opposite))
    else:
        assert np.isnan(coin)
    assert 0 <= agree <= 1
    dist = sum(abs({"yes": 1, "abstain": 0.5, "no": 0}[a] - {"yes": 1, "abstain": 0.5, "no": 0}[b]) for a, b in codes)
    assert s == pytest.approx(1 - 2 * dist / len(codes))  # S with yes/abstain/no at 1, 1/2, 0
    kappa = _value(res, "kappa")[0]
    assert np.isnan(kappa) or kappa <= 1 + 1e-12


@pytest.mark.shared
def test_agreement_with_us_matches_bailey_strezhnev_voeten(warehouse, shared) -> None:  # type: ignore[no-untyped-def]
    """BSV publish each country's agreement with the US per session (column USAgree).

    Independent computation on the same Voeten votes: the median absolute difference
    over ~11,000 country-sessions must be under 0.02 and the correlation above 0.97.
    """
    from dyadscope import api

    res = api.alignment("USA", None, measure="agreement", by="session", warehouse=warehouse)
    ours = res.tidy().rename(columns={"partner": "iso3c"})
    bsv = pd.read_csv(shared / "data/unga/bsv_idealpoints/IdealpointestimatesAll_Jun2024.csv")
    both = ours.merge(bsv[["iso3c", "session", "USAgree"]], on=["iso3c", "session"]).dropna()
    assert len(both) > 10_000
    diff = (both["value"] - both["USAgree"]).abs()
    assert diff.median() < 0.02
    assert np.corrcoef(both["value"], both["USAgree"])[0, 1] > 0.97
