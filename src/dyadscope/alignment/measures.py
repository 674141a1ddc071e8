"""Pairwise voting-agreement measures from yes/abstain/no votes.

For two countries, over the roll calls where both cast a vote (absences excluded),
with ``n`` such roll calls:

* ``agreement``: share of roll calls on which both voted the same way.
* ``coincidence`` (US State Department, "Voting Practices in the United Nations", the
  "votes only" column): identical yes/no votes / (identical + opposite yes/no votes);
  roll calls on which either country abstained or was absent are left out.
* ``kappa`` (Cohen) and ``pi`` (Scott), chance-corrected agreement over the three
  categories yes/abstain/no (Häge 2011, Political Analysis 19(3)): (p_o - p_e)/(1 - p_e)
  with p_e from each country's own marginals (kappa) or the pooled marginals (pi).
* ``s``: Signorino & Ritter's S (1999, ISQ 43) with yes = 1, abstain = 1/2, no = 0 on
  an interval scale and maximum distance 1: S = 1 - 2 * mean |x_a - x_b|.

Everything is computed from per-period count matrices (categories x countries) with
matrix products, so all pairs of all years cost a few dense multiplications.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import get_args

import numpy as np
import pandas as pd

from dyadscope.choices import Measure

MEASURES: tuple[str, ...] = get_args(Measure)
_CODES = {"yes": 0, "abstain": 1, "no": 2}


def pair_counts(codes: np.ndarray) -> dict[str, np.ndarray]:
    """Count matrices for one period from a (roll calls x countries) code matrix.

    ``codes`` holds 0 = yes, 1 = abstain, 2 = no and -1 = no vote. Returns ``n`` (both
    voted), ``same``, ``opposite`` (yes/no), ``half`` (one abstained), ``abstain2`` (both
    abstained) and ``m_k``: for
    each category k the matrix M_k[a, b] = roll calls where a voted k and b voted.
    """
    # float32 is exact for counts below 2**24 and halves the cost of the products
    voted = (codes >= 0).astype(np.float32)
    ks = [(codes == k).astype(np.float32) for k in range(3)]
    n = voted.T @ voted
    m = [k.T @ voted for k in ks]
    same = sum(k.T @ k for k in ks)
    yes_no = ks[0].T @ ks[2]
    opposite = yes_no + yes_no.T
    assert isinstance(same, np.ndarray)
    half = n - same - opposite
    abstain2 = ks[1].T @ ks[1]
    out = {"n": n, "same": same, "opposite": opposite, "half": half, "abstain2": abstain2, "m": np.stack(m)}
    return {k: a.astype(np.float64) for k, a in out.items()}


def measure_matrix(counts: dict[str, np.ndarray], measure: str) -> np.ndarray:
    """One measure for every ordered pair of countries (NaN where n = 0 or undefined)."""
    n = counts["n"]
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "agreement":
            return np.where(n > 0, counts["same"] / n, np.nan)
        if measure == "coincidence":
            identical = counts["same"] - counts["abstain2"]  # both yes or both no
            yes_no = identical + counts["opposite"]
            return np.where(yes_no > 0, identical / yes_no, np.nan)
        if measure == "s":
            d = (counts["opposite"] + 0.5 * counts["half"]) / n
            return np.where(n > 0, 1.0 - 2.0 * d, np.nan)
        p_o = counts["same"] / n
        m = counts["m"]  # m[k, a, b]: a voted k where b voted
        if measure == "kappa":
            p_e = (m * np.transpose(m, (0, 2, 1))).sum(axis=0) / n**2
        elif measure == "pi":
            pooled = (m + np.transpose(m, (0, 2, 1))) / (2 * n)
            p_e = (pooled**2).sum(axis=0)
        else:
            raise ValueError(f"unknown measure {measure!r}; choose from {MEASURES}")
        value = (p_o - p_e) / (1.0 - p_e)
        return np.where((n > 0) & (p_e < 1.0 - 1e-12), value, np.nan)


def compute(
    votes: pd.DataFrame,
    periods: pd.Series,
    measures: Sequence[str],
    countries: Iterable[str] | None = None,
    partners: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Measures for pairs of countries in each period.

    ``votes`` has columns rcid, iso3, vote (yes/abstain/no; other values are ignored);
    ``periods`` maps rcid to a period label (year or session). Pairs are every
    ``countries`` x ``partners`` (default: all countries present), without self-pairs.
    Returns long rows: period, country, partner, measure, value, n.
    """
    vote_codes = pd.Categorical(votes["vote"], categories=list(_CODES)).codes  # -1: not cast
    pos = pd.Index(periods.index).get_indexer(votes["rcid"])
    cast = (vote_codes >= 0) & (pos >= 0)
    v = votes[cast].assign(period=periods.to_numpy()[pos[cast]])
    iso_all = np.array(sorted(v["iso3"].unique()))
    left = list(countries) if countries is not None else list(iso_all)
    right = list(partners) if partners is not None else list(iso_all)
    names = pd.Index(iso_all)
    li_all, ri_all = names.get_indexer(left), names.get_indexer(right)
    li_ok, ri_ok = li_all[li_all >= 0], ri_all[ri_all >= 0]
    grid_a, grid_b = np.meshgrid(li_ok, ri_ok, indexing="ij")
    pair_a, pair_b = grid_a.ravel(), grid_b.ravel()
    keep = pair_a != pair_b
    pair_a, pair_b = pair_a[keep], pair_b[keep]
    parts: dict[str, list[np.ndarray]] = {"period": [], "a": [], "b": [], "m": [], "value": [], "n": []}
    v_codes = vote_codes[cast].astype(np.int8)
    c_all = names.get_indexer(v["iso3"])
    for period, idx in v.groupby("period", sort=True).indices.items():
        rc_idx, rc_keys = pd.factorize(v["rcid"].to_numpy()[idx])
        codes = np.full((len(rc_keys), len(iso_all)), -1, dtype=np.int8)
        codes[rc_idx, c_all[idx]] = v_codes[idx]
        counts = pair_counts(codes)
        n = counts["n"][pair_a, pair_b]
        has = n > 0  # pairs that never both voted in the period carry no information
        ia, ib, n = pair_a[has], pair_b[has], n[has]
        for k, measure in enumerate(measures):
            parts["period"].append(np.full(len(ia), period))
            parts["a"].append(ia)
            parts["b"].append(ib)
            parts["m"].append(np.full(len(ia), k, dtype=np.int8))
            parts["value"].append(measure_matrix(counts, measure)[ia, ib])
            parts["n"].append(n.astype("int64"))
    if not parts["a"]:
        return pd.DataFrame(columns=["period", "country", "partner", "measure", "value", "n"])
    # categoricals: millions of rows without materialising millions of strings
    cats = pd.CategoricalDtype(list(iso_all))
    return pd.DataFrame(
        {
            "period": np.concatenate(parts["period"]),
            "country": pd.Categorical.from_codes(np.concatenate(parts["a"]), dtype=cats),
            "partner": pd.Categorical.from_codes(np.concatenate(parts["b"]), dtype=cats),
            "measure": pd.Categorical.from_codes(np.concatenate(parts["m"]), dtype=pd.CategoricalDtype(list(measures))),
            "value": np.concatenate(parts["value"]),
            "n": np.concatenate(parts["n"]),
        }
    )
