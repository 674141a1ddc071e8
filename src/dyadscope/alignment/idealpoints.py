"""Dynamic one-dimensional ideal points from UN General Assembly votes.

Model (an ordered-probit item-response model in the spirit of Bailey, Strezhnev &
Voeten 2017, with the dynamic random-walk prior of Martin & Quinn 2002 / Imai, Lo &
Olmsted 2016):

* country i in session t has ideal point x[i,t]; vote j has item parameters
  (alpha_j, beta_j, tau_j > 0); the latent utility is y* = alpha_j + beta_j x[i,t] + e,
  e ~ N(0, 1); the vote is *no* if y* < 0, *abstain* if 0 <= y* < tau_j, *yes* otherwise;
* x[i,t] - x[i,t-1] ~ N(0, omega^2) with omega = 0.1: the random walk keeps the scale
  comparable across sessions; every x[i,t] also has a N(0, 1) prior (``node_sd``), which
  fixes the scale of sessions that no repeated resolution ties to their neighbours;
* bridging: resolutions repeated across sessions under the same title/description
  share one set of item parameters (as BSV constrain identical resolutions);
* weak priors alpha ~ N(0, 5^2), beta ~ N(0, 2.5^2), tau ~ N(0.5, 1);
* a second stage (``refine_sd = 0.3``) re-estimates each country's position in each
  session given the fitted item parameters, with a N(smoothed path, 0.3^2) prior: the
  random walk fixes a common scale, the second stage lets single sessions depart from
  the smooth path as far as their votes say.

Estimation is maximum a posteriori by block-coordinate Newton: all items at once
(vectorised 3x3 Newton steps; the ordered-probit likelihood is concave in
(alpha, beta, tau)), then all countries' paths at once (one tridiagonal Newton system).
Uncertainty is a Laplace approximation at the second-stage estimate, conditional on the
item parameters and the smoothed path (so intervals are somewhat too narrow); without
the second stage, the posterior sd comes from the inverse of each path's tridiagonal
precision. Sign: the United States is on the positive side.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dyadscope.errors import EstimationError

log = logging.getLogger(__name__)

_CAT = {"no": 0, "abstain": 1, "yes": 2}
_LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)


@dataclass(frozen=True)
class IdealPointConfig:
    """Settings of the estimator."""

    omega: float = 0.1
    node_sd: float | None = 1.0
    free_session_mean: bool = False
    refine_sd: float | None = 0.3
    min_dissent: int = 3
    max_iter: int = 400
    tol: float = 2e-5
    bridge: bool = True
    tau_floor: float = 0.05


@dataclass
class IdealPointFit:
    """Estimates and diagnostics."""

    estimates: pd.DataFrame
    iterations: int
    converged: bool
    log_posterior: float
    n_votes: int
    n_items: int
    n_item_groups: int

    def tidy(self) -> pd.DataFrame:
        return self.estimates


def _log_phi(z: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", over="ignore"):
        out = -0.5 * z * z - _LOG_SQRT_2PI
    return np.where(np.isinf(z), -np.inf, out)


def _log_prob(z_lo: np.ndarray, z_hi: np.ndarray) -> np.ndarray:
    """log(Phi(z_hi) - Phi(z_lo)) without cancellation, for z_lo < z_hi."""
    from scipy.special import log_ndtr  # scipy is imported by estimation only, not by readers of estimates

    upper = z_lo > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        a = log_ndtr(z_hi)
        b = log_ndtr(z_lo)
        lower_form = a + np.log1p(-np.exp(np.minimum(b - a, 0.0)) + 0.0)
        ua = log_ndtr(-z_lo)
        ub = log_ndtr(-z_hi)
        upper_form = ua + np.log1p(-np.exp(np.minimum(ub - ua, 0.0)))
    return np.where(upper, upper_form, lower_form)


def _derivatives(mu: np.ndarray, tau: np.ndarray, cat: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per-vote log-likelihood and its first and second derivatives in (mu, tau).

    Each category is handled on its own subset: *no* and *yes* have one finite bound,
    so only *abstain* needs the two-sided probability.
    """
    from scipy.special import log_ndtr

    n = len(mu)
    logp = np.empty(n)
    g_mu = np.empty(n)
    h_mumu = np.empty(n)
    g_tau = np.zeros(n)
    h_tautau = np.zeros(n)
    h_mutau = np.zeros(n)

    no = cat == 0
    z = -mu[no]  # no: y* < 0, P = Phi(z)
    lp = np.maximum(log_ndtr(z), -700.0)
    r = np.exp(_log_phi(z) - lp)
    logp[no] = lp
    g_mu[no] = -r
    h_mumu[no] = -z * r - r * r

    yes = cat == 2
    z = tau[yes] - mu[yes]  # yes: y* >= tau, P = 1 - Phi(z) = Phi(-z)
    lp = np.maximum(log_ndtr(-z), -700.0)
    r = np.exp(_log_phi(z) - lp)
    logp[yes] = lp
    g_mu[yes] = r
    h_mumu[yes] = z * r - r * r
    g_tau[yes] = -r
    h_tautau[yes] = z * r - r * r
    h_mutau[yes] = -z * r + r * r

    ab = cat == 1
    z_lo = -mu[ab]
    z_hi = tau[ab] - mu[ab]
    lp = np.maximum(_log_prob(z_lo, z_hi), -700.0)
    r_lo = np.exp(_log_phi(z_lo) - lp)
    r_hi = np.exp(_log_phi(z_hi) - lp)
    g = r_lo - r_hi
    logp[ab] = lp
    g_mu[ab] = g
    h_mumu[ab] = z_lo * r_lo - z_hi * r_hi - g * g
    gt = r_hi
    g_tau[ab] = gt
    h_tautau[ab] = -z_hi * r_hi - gt * gt
    h_mutau[ab] = z_hi * r_hi - g * gt
    return logp, g_mu, h_mumu, g_tau, h_tautau, h_mutau


def _bridge_keys(calls: pd.DataFrame) -> np.ndarray:
    """Item-group ids: repeated resolutions (same normalised text, one per session) share one."""
    text = calls["bridge_text"].fillna("").astype(str).str.lower()
    text = text.map(lambda s: re.sub(r"[^a-z0-9]+", " ", s).strip())
    whole = ~(calls["amend"].fillna(False).astype(bool) | calls["para"].fillna(False).astype(bool))
    ok = whole & (text.str.len() >= 20)
    per_session = calls.assign(k=text).groupby(["session", "k"])["k"].transform("size")
    ok &= per_session == 1
    key = np.where(ok, "t:" + text, "r:" + calls["rcid"].astype(str))
    return pd.factorize(pd.Series(key))[0]


def estimate(
    votes: pd.DataFrame,
    calls: pd.DataFrame,
    config: IdealPointConfig | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> IdealPointFit:
    """Estimate ideal points.

    ``votes``: rcid, iso3, vote (yes/abstain/no); ``calls``: rcid, session, amend,
    para, bridge_text (title or description used to find repeated resolutions).
    """
    import scipy.linalg  # here, not at import: reading stored estimates needs no scipy

    cfg = config or IdealPointConfig()
    v = votes[votes["vote"].isin(list(_CAT))]
    calls = calls.set_index("rcid")
    v = v[v["rcid"].isin(calls.index)]
    cat_all = v["vote"].map(_CAT).to_numpy(np.int8)
    # drop near-unanimous roll calls: fewer than min_dissent votes off the modal one
    counts = pd.crosstab(v["rcid"], cat_all)
    dissent = counts.sum(axis=1) - counts.max(axis=1)
    keep_rc = dissent.index[dissent >= cfg.min_dissent]
    mask = v["rcid"].isin(keep_rc).to_numpy()
    v = v[mask]
    cat = cat_all[mask]
    if len(v) == 0:
        raise EstimationError("no contested roll calls to estimate ideal points from")
    calls = calls.loc[keep_rc].reset_index()
    if cfg.bridge:
        group_of_rc = pd.Series(_bridge_keys(calls), index=calls["rcid"])
    else:
        group_of_rc = pd.Series(np.arange(len(calls)), index=calls["rcid"])
    session_of_rc = calls.set_index("rcid")["session"]

    # nodes: one per country and session from its first to its last session with votes
    sess = v["rcid"].map(session_of_rc).to_numpy(np.int64)
    iso = v["iso3"].to_numpy()
    span = pd.DataFrame({"iso3": iso, "s": sess}).groupby("iso3")["s"].agg(["min", "max"])
    node_iso: list[str] = []
    node_sess: list[int] = []
    chain_start: list[int] = []
    offset: dict[str, int] = {}
    for code, row in span.iterrows():
        offset[str(code)] = len(node_iso)
        chain_start.append(len(node_iso))
        for s in range(int(row["min"]), int(row["max"]) + 1):
            node_iso.append(str(code))
            node_sess.append(s)
    n_nodes = len(node_iso)
    first = np.zeros(n_nodes, bool)
    first[chain_start] = True
    node = np.array([offset[c] for c in iso]) + (sess - span.loc[iso, "min"].to_numpy())
    item = v["rcid"].map(group_of_rc).to_numpy(np.int64)
    n_items = int(item.max()) + 1

    # prior precision of the paths: tridiagonal (banded storage for solve_banded)
    w = 1.0 / cfg.omega**2
    link = ~first  # node k is linked to k-1
    q_diag = np.where(first, 1.0, 0.0)
    if cfg.node_sd:
        q_diag = np.where(first, q_diag, 0.0) + 1.0 / cfg.node_sd**2
    q_diag = q_diag + np.where(link, w, 0.0)
    q_diag[:-1] += np.where(link[1:], w, 0.0)
    q_off = np.where(link[1:], -w, 0.0)  # between k and k+1

    node_prec = 1.0 / cfg.node_sd**2 if cfg.node_sd else 0.0
    sess_idx, sess_keys = pd.factorize(np.array(node_sess))
    sess_count = np.bincount(sess_idx, minlength=len(sess_keys)).astype(float)
    means = np.zeros(len(sess_keys))  # the session means the node prior is centred on

    def prior_times(x: np.ndarray) -> np.ndarray:
        out = q_diag * x
        out[:-1] += q_off * x[1:]
        out[1:] += q_off * x[:-1]
        return out

    # start: per-session first principal component, signed so the USA is positive
    x = _start_values(node, node_iso, node_sess, cat, v["rcid"].to_numpy(), n_nodes)
    alpha = np.zeros(n_items)
    beta = np.full(n_items, 0.5)
    tau = np.full(n_items, 0.5)
    pa, pb, pt_mu, pt = 1 / 25.0, 1 / 6.25, 0.5, 1.0

    def log_post() -> float:
        mu = alpha[item] + beta[item] * x[node]
        logp = _derivatives(mu, tau[item], cat)[0]
        m_node = means[sess_idx]
        prior = -0.5 * float(x @ prior_times(x))
        prior += node_prec * float(x @ m_node) - 0.5 * node_prec * float(m_node @ m_node)
        prior -= 0.5 * (pa * alpha @ alpha + pb * beta @ beta + pt * ((tau - pt_mu) ** 2).sum())
        return float(logp.sum()) + prior

    last = -np.inf
    converged = False
    it = 0
    for it in range(1, cfg.max_iter + 1):
        # item block
        xo = x[node]
        mu = alpha[item] + beta[item] * xo
        _, g, h, gt, htt, hmt = _derivatives(mu, tau[item], cat)

        def by_item(a: np.ndarray) -> np.ndarray:
            return np.bincount(item, weights=a, minlength=n_items)

        grad = np.stack(
            [
                by_item(g) - pa * alpha,
                by_item(g * xo) - pb * beta,
                by_item(gt) - pt * (tau - pt_mu),
            ],
            axis=1,
        )
        hess = np.empty((n_items, 3, 3))
        hess[:, 0, 0] = by_item(h) - pa
        hess[:, 0, 1] = hess[:, 1, 0] = by_item(h * xo)
        hess[:, 1, 1] = by_item(h * xo * xo) - pb
        hess[:, 0, 2] = hess[:, 2, 0] = by_item(hmt)
        hess[:, 1, 2] = hess[:, 2, 1] = by_item(hmt * xo)
        hess[:, 2, 2] = by_item(htt) - pt
        hess -= np.eye(3) * 1e-6
        step = -np.linalg.solve(hess, grad[..., None])[..., 0]
        big = np.abs(step).max(axis=1, keepdims=True)
        step *= np.minimum(1.0, 1.0 / np.maximum(big, 1e-12))
        alpha += step[:, 0]
        beta += step[:, 1]
        tau = np.maximum(tau + step[:, 2], cfg.tau_floor)

        # country block: one Newton step on all paths (tridiagonal system)
        b_obs = beta[item]
        mu = alpha[item] + b_obs * x[node]
        _, g, h, *_ = _derivatives(mu, tau[item], cat)
        gx = np.bincount(node, weights=g * b_obs, minlength=n_nodes) - prior_times(x)
        gx += node_prec * means[sess_idx]
        hx = -np.bincount(node, weights=h * b_obs * b_obs, minlength=n_nodes)
        band = np.zeros((3, n_nodes))
        band[0, 1:] = q_off
        band[1] = q_diag + hx
        band[2, :-1] = q_off
        dx = scipy.linalg.solve_banded((1, 1), band, gx)
        dx = np.clip(dx, -1.0, 1.0)
        x = x + dx
        if cfg.free_session_mean and node_prec:
            means = np.bincount(sess_idx, weights=x, minlength=len(sess_keys)) / sess_count

        if it % 5 == 0 or it == cfg.max_iter:
            lp = log_post()
            rel = abs(lp - last) / max(1.0, abs(lp))
            if progress is not None:
                progress(it, lp)
            log.debug("iteration %d: log posterior %.3f (change %.2e)", it, lp, rel)
            if rel < cfg.tol:
                converged = True
                break
            last = lp

    if cfg.refine_sd:
        # per-session positions given the fitted items, shrunk towards the smoothed path only
        smooth = x.copy()
        rp = 1.0 / cfg.refine_sd**2
        for _ in range(20):
            b_obs = beta[item]
            mu = alpha[item] + b_obs * x[node]
            _, g, h, *_ = _derivatives(mu, tau[item], cat)
            gx = np.bincount(node, weights=g * b_obs, minlength=n_nodes) - rp * (x - smooth)
            curv = -np.bincount(node, weights=h * b_obs * b_obs, minlength=n_nodes) + rp
            move = np.clip(gx / curv, -1.0, 1.0)
            x = x + move
            if np.abs(move).max() < 1e-6:
                break
    # uncertainty: diagonal of the inverse of each path's precision matrix
    b_obs = beta[item]
    mu = alpha[item] + b_obs * x[node]
    _, g, h, *_ = _derivatives(mu, tau[item], cat)
    hx = -np.bincount(node, weights=h * b_obs * b_obs, minlength=n_nodes)
    var: np.ndarray = np.empty(n_nodes)
    bounds = [*chain_start, n_nodes] if not cfg.refine_sd else []
    if cfg.refine_sd:
        var = np.asarray(1.0 / (hx + 1.0 / cfg.refine_sd**2), dtype=float)
    for a, b in itertools.pairwise(bounds):
        prec = np.diag(q_diag[a:b] + hx[a:b])
        if b - a > 1:
            off = q_off[a : b - 1]
            prec += np.diag(off, 1) + np.diag(off, -1)
        var[a:b] = np.diag(np.linalg.inv(prec))
    sd = np.sqrt(var)
    node_iso_arr = np.array(node_iso)
    us = node_iso_arr == "USA"
    if us.any() and x[us].mean() < 0:
        x = -x
    n_per_node = np.bincount(node, minlength=n_nodes)
    est = pd.DataFrame(
        {
            "session": np.array(node_sess, dtype=np.int64),
            "year": np.array(node_sess, dtype=np.int64) + 1945,
            "country": node_iso_arr,
            "ideal_point": x,
            "se": sd,
            "lower": x - 1.96 * sd,
            "upper": x + 1.96 * sd,
            "n": n_per_node.astype(np.int64),
        }
    )
    est = est[est["n"] > 0].reset_index(drop=True)
    return IdealPointFit(
        estimates=est,
        iterations=it,
        converged=converged,
        log_posterior=log_post(),
        n_votes=len(cat),
        n_items=len(calls),
        n_item_groups=n_items,
    )


def _start_values(
    node: np.ndarray,
    node_iso: list[str],
    node_sess: list[int],
    cat: np.ndarray,
    rcid: np.ndarray,
    n_nodes: int,
) -> np.ndarray:
    """Per-session first principal component of the vote matrix, standardised, USA > 0."""
    x = np.zeros(n_nodes)
    sess_of_node = np.array(node_sess)[node]
    iso_arr = np.array(node_iso)
    frame = pd.DataFrame({"node": node, "rcid": rcid, "y": cat / 2.0, "s": sess_of_node})
    for _, grp in frame.groupby("s"):
        mat = grp.pivot_table(index="node", columns="rcid", values="y", aggfunc="first")
        if mat.shape[0] < 3 or mat.shape[1] < 2:
            continue
        filled = mat.fillna(mat.mean(axis=0)).to_numpy()
        filled = filled - filled.mean(axis=0)
        u, _, _ = np.linalg.svd(filled, full_matrices=False)
        score = u[:, 0]
        score = (score - score.mean()) / (score.std() or 1.0)
        idx = mat.index.to_numpy()
        us = iso_arr[idx] == "USA"
        if us.any() and score[us].mean() < 0:
            score = -score
        x[idx] = score
    return x
