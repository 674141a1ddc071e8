"""Pairwise voting-agreement measures from yes/abstain/no votes.

For two countries, over the roll calls where both cast a vote (absences excluded),
with ``n`` such roll calls:

* ``agreement``: share of roll calls on which both voted the same way.
* ``coincidence`` (US State Department, "Voting Practices in the United Nations"):
  identical votes 1, opposite yes/no votes 0, one country abstaining 1/2.
* ``kappa`` (Cohen) and ``pi`` (Scott), chance-corrected agreement over the three
  categories yes/abstain/no (Häge 2011, Political Analysis 19(3)): (p_o - p_e)/(1 - p_e)
  with p_e from each country's own marginals (kappa) or the pooled marginals (pi).
* ``s``: Signorino & Ritter's S (1999, ISQ 43) with yes = 1, abstain = 1/2, no = 0 on
  an interval scale and maximum distance 1: S = 1 - 2 * mean |x_a - x_b|. With these
  codes S = 2 * coincidence - 1 exactly.

Everything is computed from per-period count matrices (categories x countries) with
matrix products, so all pairs of all years cost a few dense multiplications.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, get_args

import numpy as np
import pandas as pd

Measure = Literal["agreement", "coincidence", "kappa", "pi", "s"]
MEASURES: tuple[str, ...] = get_args(Measure)
_CODES = {"yes": 0, "abstain": 1, "no": 2}


def pair_counts(codes: np.ndarray) -> dict[str, np.ndarray]:
    """Count matrices for one period from a (roll calls x countries) code matrix.

    ``codes`` holds 0 = yes, 1 = abstain, 2 = no and -1 = no vote. Returns ``n`` (both
    voted), ``same``, ``opposite`` (yes/no), ``half`` (one abstained) and ``m_k``: for
    each category k the matrix M_k[a, b] = roll calls where a voted k and b voted.
    """
    voted = (codes >= 0).astype(np.float64)
    ks = [(codes == k).astype(np.float64) for k in range(3)]
    n = voted.T @ voted
    m = [k.T @ voted for k in ks]
    same = sum(k.T @ k for k in ks)
    yes_no = ks[0].T @ ks[2]
    opposite = yes_no + yes_no.T
    assert isinstance(same, np.ndarray)
    half = n - same - opposite
    return {"n": n, "same": same, "opposite": opposite, "half": half, "m": np.stack(m)}


def measure_matrix(counts: dict[str, np.ndarray], measure: str) -> np.ndarray:
    """One measure for every ordered pair of countries (NaN where n = 0 or undefined)."""
    n = counts["n"]
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "agreement":
            return np.where(n > 0, counts["same"] / n, np.nan)
        if measure == "coincidence":
            return np.where(n > 0, (counts["same"] + 0.5 * counts["half"]) / n, np.nan)
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
    v = votes[votes["vote"].isin(list(_CODES))]
    v = v.assign(period=v["rcid"].map(periods))
    v = v[v["period"].notna()]
    iso_all = np.array(sorted(v["iso3"].unique()))
    left = list(countries) if countries is not None else list(iso_all)
    right = list(partners) if partners is not None else list(iso_all)
    out: list[pd.DataFrame] = []
    for period, grp in v.groupby("period", sort=True):
        rc_idx, rc_keys = pd.factorize(grp["rcid"])
        c_idx = pd.Index(iso_all).get_indexer(grp["iso3"])
        codes = np.full((len(rc_keys), len(iso_all)), -1, dtype=np.int8)
        codes[rc_idx, c_idx] = grp["vote"].map(_CODES).to_numpy(dtype=np.int8)
        counts = pair_counts(codes)
        li = pd.Index(iso_all).get_indexer(left)
        ri = pd.Index(iso_all).get_indexer(right)
        lmask, rmask = li >= 0, ri >= 0
        li_ok, ri_ok = li[lmask], ri[rmask]
        lnames = np.asarray(left)[lmask]
        rnames = np.asarray(right)[rmask]
        grid_a, grid_b = np.meshgrid(np.arange(len(li_ok)), np.arange(len(ri_ok)), indexing="ij")
        aa, bb = grid_a.ravel(), grid_b.ravel()
        keep = lnames[aa] != rnames[bb]
        aa, bb = aa[keep], bb[keep]
        ia, ib = li_ok[aa], ri_ok[bb]
        n = counts["n"][ia, ib]
        has = n > 0  # pairs that never both voted in the period carry no information
        ia, ib, aa, bb, n = ia[has], ib[has], aa[has], bb[has], n[has]
        for measure in measures:
            value = measure_matrix(counts, measure)[ia, ib]
            out.append(
                pd.DataFrame(
                    {
                        "period": period,
                        "country": lnames[aa],
                        "partner": rnames[bb],
                        "measure": measure,
                        "value": value,
                        "n": n.astype("int64"),
                    }
                )
            )
    if not out:
        return pd.DataFrame(columns=["period", "country", "partner", "measure", "value", "n"])
    return pd.concat(out, ignore_index=True)
