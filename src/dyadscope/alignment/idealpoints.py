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

Estimation is maximum a posteriori by block-coordinate Newton: one *sweep* moves all
items at once (vectorised 3x3 Newton steps; the ordered-probit likelihood is concave in
(alpha, beta, tau)), then all countries' paths at once (one tridiagonal Newton system).
Sweeps alone converge slowly (linearly: items and positions trade scale against each
other), so by default (``method="squarem"``) they are accelerated with SQUAREM
(Varadhan & Roland 2008): two sweeps give a direction and a step length, the
extrapolated point is polished by a third sweep and kept only if the log posterior did
not fall. ``method="sweeps"`` is the plain iteration. Either stops when the log posterior
changes by less than ``tol`` (relative) between checks, or after ``max_iter`` sweeps.

Uncertainty is a Laplace approximation at the second-stage estimate, conditional on the
item parameters and the smoothed path (so intervals are somewhat too narrow); without
the second stage, the posterior sd comes from the inverse of each path's tridiagonal
precision. Sign: the United States is on the positive side.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import pandas as pd

from dyadscope.errors import ConfigError, EstimationError

log = logging.getLogger(__name__)

_CAT = {"no": 0, "abstain": 1, "yes": 2}
_LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)
_SQRT_2_OVER_PI = np.sqrt(2 / np.pi)
_SQRT_HALF = np.sqrt(0.5)
_LOG_FLOOR = -700.0  # per-vote log-likelihoods below this are clamped (exp underflows past it)
# weak priors on the item parameters (alpha, beta, tau): N(0, 5^2), N(0, 2.5^2), N(0.5, 1)
_ITEM_PREC = np.array([1 / 25.0, 1 / 6.25, 1.0])
_ITEM_MEAN = np.array([0.0, 0.0, 0.5])

Method = Literal["squarem", "sweeps"]
METHODS: tuple[str, ...] = get_args(Method)


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
    method: Method = "squarem"

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"unknown ideal-point method {self.method!r}; valid: {', '.join(METHODS)}")


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


ProgressFn = Callable[[int, float], None]


# --- the ordered-probit likelihood -------------------------------------------------------


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


def _mills(z: np.ndarray) -> np.ndarray:
    """phi(z) / (1 - Phi(z)), stable in both tails (erfcx is exp(x^2) erfc(x))."""
    from scipy.special import erfcx

    with np.errstate(over="ignore"):
        out: np.ndarray = _SQRT_2_OVER_PI / erfcx(z * _SQRT_HALF)
    return out


def _dot(a: np.ndarray, b: np.ndarray) -> float:
    """a . b summed by numpy itself: OpenBLAS's threaded dot product on a busy machine
    can take tens of milliseconds for vectors this long."""
    return float(np.multiply(a, b).sum())


def _slices(counts: np.ndarray) -> tuple[slice, slice, slice]:
    """Where the no, abstain and yes votes lie in category-sorted arrays."""
    n_no, n_ab = int(counts[0]), int(counts[1])
    return slice(0, n_no), slice(n_no, n_no + n_ab), slice(n_no + n_ab, None)


@dataclass
class _Derivatives:
    """Per-vote first and second derivatives of the log-likelihood in (mu, tau)."""

    g_mu: np.ndarray
    h_mumu: np.ndarray
    g_tau: np.ndarray
    h_tautau: np.ndarray
    h_mutau: np.ndarray


def _sorted_derivatives(mu: np.ndarray, tau: np.ndarray, counts: np.ndarray, with_tau: bool) -> _Derivatives:
    """Derivatives for votes sorted by category (``counts``: how many no, abstain, yes).

    *no* and *yes* have one finite bound, so their inverse Mills ratios come from one
    erfcx each; only *abstain* needs the two-sided probability.
    """
    no, ab, yes = _slices(counts)
    n = len(mu)
    g_mu = np.empty(n)
    h_mumu = np.empty(n)
    g_tau = np.zeros(n) if with_tau else g_mu[:0]
    h_tautau = np.zeros(n) if with_tau else g_mu[:0]
    h_mutau = np.zeros(n) if with_tau else g_mu[:0]

    m = mu[no]  # no: y* < 0, P = Phi(-mu)
    r = _mills(m)
    g_mu[no] = -r
    h_mumu[no] = m * r - r * r

    z = tau[yes] - mu[yes]  # yes: y* >= tau, P = 1 - Phi(z)
    r = _mills(z)
    g_mu[yes] = r
    h = z * r - r * r
    h_mumu[yes] = h
    if with_tau:
        g_tau[yes] = -r
        h_tautau[yes] = h
        h_mutau[yes] = -h

    z_lo = -mu[ab]  # abstain: 0 <= y* < tau
    z_hi = tau[ab] + z_lo
    lp = np.maximum(_log_prob(z_lo, z_hi), _LOG_FLOOR)
    r_lo = np.exp(_log_phi(z_lo) - lp)
    r_hi = np.exp(_log_phi(z_hi) - lp)
    g = r_lo - r_hi
    g_mu[ab] = g
    h_mumu[ab] = z_lo * r_lo - z_hi * r_hi - g * g
    if with_tau:
        g_tau[ab] = r_hi
        h_tautau[ab] = -z_hi * r_hi - r_hi * r_hi
        h_mutau[ab] = z_hi * r_hi - g * r_hi
    return _Derivatives(g_mu, h_mumu, g_tau, h_tautau, h_mutau)


def _sorted_log_lik(mu: np.ndarray, tau: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per-vote log-likelihood for votes sorted by category."""
    from scipy.special import log_ndtr

    no, ab, yes = _slices(counts)
    out = np.empty(len(mu))
    out[no] = log_ndtr(-mu[no])
    out[yes] = log_ndtr(mu[yes] - tau[yes])
    out[ab] = _log_prob(-mu[ab], tau[ab] - mu[ab])
    return np.maximum(out, _LOG_FLOOR)


def _derivatives(mu: np.ndarray, tau: np.ndarray, cat: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per-vote log-likelihood and its first and second derivatives in (mu, tau), for
    votes in any order: (logp, g_mu, h_mumu, g_tau, h_tautau, h_mutau)."""
    order = np.argsort(cat, kind="stable")
    counts = np.bincount(cat, minlength=3)
    mu_s, tau_s = mu[order], tau[order]
    d = _sorted_derivatives(mu_s, tau_s, counts, with_tau=True)
    parts = (_sorted_log_lik(mu_s, tau_s, counts), d.g_mu, d.h_mumu, d.g_tau, d.h_tautau, d.h_mutau)
    out = []
    for p in parts:
        back = np.empty_like(p)
        back[order] = p
        out.append(back)
    return tuple(out)


# --- the design: which vote belongs to which item and which country-session ---------------


@dataclass(frozen=True)
class _Design:
    """The contested votes, sorted by category, and the item and node each one belongs to.

    A node is one country in one session, from the country's first to its last session
    with votes; nodes are ordered by country, then session (one chain per country)."""

    counts: np.ndarray  # votes per category: no, abstain, yes
    item: np.ndarray  # item group of each vote
    node: np.ndarray  # node of each vote
    rcid: np.ndarray
    n_items: int  # item groups (bridged resolutions share one)
    n_calls: int  # contested roll calls
    node_iso: np.ndarray
    node_sess: np.ndarray
    chain_start: np.ndarray  # first node of each country's chain

    @property
    def n_nodes(self) -> int:
        return len(self.node_iso)

    @property
    def n_votes(self) -> int:
        return len(self.item)

    @property
    def cat(self) -> np.ndarray:
        return np.repeat(np.arange(3, dtype=np.int8), self.counts)


def _bridge_keys(calls: pd.DataFrame) -> np.ndarray:
    """Item-group ids: repeated resolutions (same normalised text, one per session) share one."""
    text = calls["bridge_text"].fillna("").astype(str).str.lower()
    text = text.str.replace(r"[^a-z0-9]+", " ", regex=True).str.strip()
    whole = ~(calls["amend"].fillna(False).astype(bool) | calls["para"].fillna(False).astype(bool))
    ok = whole & (text.str.len() >= 20)
    per_session = calls.assign(k=text).groupby(["session", "k"])["k"].transform("size")
    ok &= per_session == 1
    key = np.where(ok, "t:" + text, "r:" + calls["rcid"].astype(str))
    return pd.factorize(pd.Series(key))[0]


def _contested(votes: pd.DataFrame, calls: pd.DataFrame, min_dissent: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Yes/abstain/no votes on roll calls with at least ``min_dissent`` votes off the modal
    one, with their category (``cat``); and those roll calls."""
    calls = calls.set_index("rcid")
    v = votes[votes["vote"].isin(list(_CAT)) & votes["rcid"].isin(calls.index)]
    v = v.assign(cat=pd.Categorical(v["vote"], categories=list(_CAT)).codes.astype(np.int8))
    rc, rc_ids = pd.factorize(v["rcid"])
    counts = np.bincount(rc * 3 + v["cat"].to_numpy(), minlength=3 * len(rc_ids)).reshape(-1, 3)
    dissent = counts.sum(axis=1) - counts.max(axis=1)
    keep_rc = np.sort(np.asarray(rc_ids)[dissent >= min_dissent])
    v = v[(dissent >= min_dissent)[rc]]
    if len(v) == 0:
        raise EstimationError("no contested roll calls to estimate ideal points from")
    return v, calls.loc[keep_rc].reset_index()


def _design(votes: pd.DataFrame, calls: pd.DataFrame, cfg: IdealPointConfig) -> _Design:
    v, calls = _contested(votes, calls, cfg.min_dissent)
    v = v.iloc[np.argsort(v["cat"].to_numpy(), kind="stable")]
    groups = _bridge_keys(calls) if cfg.bridge else np.arange(len(calls))
    group_of_rc = pd.Series(groups, index=calls["rcid"])
    session_of_rc = pd.Series(calls["session"].to_numpy(np.int64), index=calls["rcid"])

    sess = v["rcid"].map(session_of_rc).to_numpy(np.int64)
    iso = v["iso3"].astype(str).to_numpy()
    span = pd.DataFrame({"iso3": iso, "s": sess}).groupby("iso3")["s"].agg(["min", "max"])
    length = (span["max"] - span["min"] + 1).to_numpy()
    chain_start = np.concatenate([[0], np.cumsum(length)[:-1]])
    node_iso = np.repeat(span.index.to_numpy().astype(str), length)
    node_sess = np.concatenate([np.arange(lo, hi + 1) for lo, hi in zip(span["min"], span["max"], strict=True)])
    country = span.index.get_indexer(pd.Index(iso))
    node = chain_start[country] + sess - span["min"].to_numpy()[country]
    return _Design(
        counts=np.bincount(v["cat"].to_numpy(), minlength=3),
        item=v["rcid"].map(group_of_rc).to_numpy(np.int64),
        node=node.astype(np.int64),
        rcid=v["rcid"].to_numpy(np.int64),
        n_items=int(groups.max()) + 1,
        n_calls=len(calls),
        node_iso=node_iso,
        node_sess=node_sess.astype(np.int64),
        chain_start=chain_start.astype(np.int64),
    )


# --- the prior on the paths ----------------------------------------------------------------


@dataclass(frozen=True)
class _PathPrior:
    """The random walk on each chain (tridiagonal precision) and the N(mean, node_sd^2) prior."""

    diag: np.ndarray
    off: np.ndarray  # between node k and k+1 (zero where a new chain starts)
    node_prec: float
    sess_idx: np.ndarray  # session of each node, as an index
    sess_count: np.ndarray
    free_mean: bool

    @classmethod
    def of(cls, d: _Design, cfg: IdealPointConfig) -> _PathPrior:
        first = np.zeros(d.n_nodes, bool)
        first[d.chain_start] = True
        w = 1.0 / cfg.omega**2
        link = ~first  # node k is linked to k-1
        diag = np.where(first, 1.0, 0.0)
        if cfg.node_sd:
            diag = np.where(first, diag, 0.0) + 1.0 / cfg.node_sd**2
        diag = diag + np.where(link, w, 0.0)
        diag[:-1] += np.where(link[1:], w, 0.0)
        sess_idx, sess_keys = pd.factorize(d.node_sess)
        return cls(
            diag=diag,
            off=np.where(link[1:], -w, 0.0),
            node_prec=1.0 / cfg.node_sd**2 if cfg.node_sd else 0.0,
            sess_idx=np.asarray(sess_idx),
            sess_count=np.bincount(sess_idx, minlength=len(sess_keys)).astype(float),
            free_mean=cfg.free_session_mean and bool(cfg.node_sd),
        )

    def times(self, x: np.ndarray) -> np.ndarray:
        """The random-walk precision matrix times ``x``."""
        out = self.diag * x
        out[:-1] += self.off * x[1:]
        out[1:] += self.off * x[:-1]
        return out

    def means(self, x: np.ndarray) -> np.ndarray:
        """Per node, the session mean its N(., node_sd^2) prior is centred on."""
        if not self.free_mean:
            return np.zeros_like(x)
        per_session = np.bincount(self.sess_idx, weights=x, minlength=len(self.sess_count)) / self.sess_count
        out: np.ndarray = per_session[self.sess_idx]
        return out

    def log_density(self, x: np.ndarray) -> float:
        m = self.means(x)
        return -0.5 * _dot(x, self.times(x)) + self.node_prec * (_dot(x, m) - 0.5 * _dot(m, m))


# --- the block-coordinate sweep and its acceleration ---------------------------------------


@dataclass(frozen=True)
class _Model:
    design: _Design
    prior: _PathPrior
    tau_floor: float

    def pack(self, items: np.ndarray, x: np.ndarray) -> np.ndarray:
        return np.concatenate([items.ravel(), x])

    def unpack(self, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = 3 * self.design.n_items
        return theta[:k].reshape(-1, 3), theta[k:]

    def log_posterior(self, theta: np.ndarray) -> float:
        items, x = self.unpack(theta)
        d = self.design
        mu = items[d.item, 0] + items[d.item, 1] * x[d.node]
        lik = float(_sorted_log_lik(mu, items[d.item, 2], d.counts).sum())
        item_prior = -0.5 * float((_ITEM_PREC * (items - _ITEM_MEAN) ** 2).sum())
        return lik + self.prior.log_density(x) + item_prior

    def item_step(self, items: np.ndarray, x: np.ndarray) -> np.ndarray:
        """One Newton step for every item group at once (3x3 systems), steps capped at 1."""
        d = self.design
        xo = x[d.node]
        mu = items[d.item, 0] + items[d.item, 1] * xo
        der = _sorted_derivatives(mu, items[d.item, 2], d.counts, with_tau=True)

        def by_item(a: np.ndarray) -> np.ndarray:
            return np.bincount(d.item, weights=a, minlength=d.n_items)

        g_x = der.g_mu * xo
        h_x = der.h_mumu * xo
        grad = np.stack([by_item(der.g_mu), by_item(g_x), by_item(der.g_tau)], axis=1)
        grad -= _ITEM_PREC * (items - _ITEM_MEAN)
        hess = np.empty((d.n_items, 3, 3))
        hess[:, 0, 0] = by_item(der.h_mumu) - _ITEM_PREC[0]
        hess[:, 0, 1] = hess[:, 1, 0] = by_item(h_x)
        hess[:, 1, 1] = by_item(h_x * xo) - _ITEM_PREC[1]
        hess[:, 0, 2] = hess[:, 2, 0] = by_item(der.h_mutau)
        hess[:, 1, 2] = hess[:, 2, 1] = by_item(der.h_mutau * xo)
        hess[:, 2, 2] = by_item(der.h_tautau) - _ITEM_PREC[2]
        hess -= np.eye(3) * 1e-6
        step = -np.linalg.solve(hess, grad[..., None])[..., 0]
        big = np.abs(step).max(axis=1, keepdims=True)
        step *= np.minimum(1.0, 1.0 / np.maximum(big, 1e-12))
        out = items + step
        out[:, 2] = np.maximum(out[:, 2], self.tau_floor)
        return out

    def path_step(self, items: np.ndarray, x: np.ndarray) -> np.ndarray:
        """One Newton step on all countries' paths at once (one tridiagonal system)."""
        import scipy.linalg  # here, not at import: reading stored estimates needs no scipy

        d, p = self.design, self.prior
        b_obs = items[d.item, 1]
        mu = items[d.item, 0] + b_obs * x[d.node]
        der = _sorted_derivatives(mu, items[d.item, 2], d.counts, with_tau=False)
        gx = np.bincount(d.node, weights=der.g_mu * b_obs, minlength=d.n_nodes) - p.times(x)
        gx += p.node_prec * p.means(x)
        hx = -np.bincount(d.node, weights=der.h_mumu * b_obs * b_obs, minlength=d.n_nodes)
        band = np.zeros((3, d.n_nodes))
        band[0, 1:] = p.off
        band[1] = p.diag + hx
        band[2, :-1] = p.off
        dx = scipy.linalg.solve_banded((1, 1), band, gx)
        out: np.ndarray = x + np.clip(dx, -1.0, 1.0)
        return out

    def sweep(self, theta: np.ndarray) -> np.ndarray:
        """Items given the positions, then positions given the new items."""
        items, x = self.unpack(theta)
        items = self.item_step(items, x)
        return self.pack(items, self.path_step(items, x))

    def feasible(self, theta: np.ndarray) -> np.ndarray:
        items, x = self.unpack(theta.copy())
        items[:, 2] = np.maximum(items[:, 2], self.tau_floor)
        return self.pack(items, x)


@dataclass
class _Trace:
    sweeps: int = 0
    converged: bool = False


def _by_sweeps(model: _Model, theta: np.ndarray, cfg: IdealPointConfig, progress: ProgressFn | None) -> _Trace:
    """Plain block-coordinate ascent, the log posterior checked every 5 sweeps (in place)."""
    trace = _Trace()
    last = -np.inf
    for it in range(1, cfg.max_iter + 1):
        theta[:] = model.sweep(theta)
        trace.sweeps = it
        if it % 5 == 0 or it == cfg.max_iter:
            lp = model.log_posterior(theta)
            if progress is not None:
                progress(it, lp)
            log.debug("sweep %d: log posterior %.3f", it, lp)
            if abs(lp - last) / max(1.0, abs(lp)) < cfg.tol:
                trace.converged = True
                break
            last = lp
    return trace


def _by_squarem(model: _Model, theta: np.ndarray, cfg: IdealPointConfig, progress: ProgressFn | None) -> _Trace:
    """SQUAREM-accelerated sweeps (in place): each cycle makes two sweeps, extrapolates
    along them with step length ``alpha`` (S3 scheme), polishes with a third sweep, and
    falls back to the second sweep's point when the log posterior would fall (and stops
    where even that falls, by less than ``tol``). The largest allowed step grows fourfold after every
    cycle that used it and shrinks fourfold after a fall."""
    trace = _Trace()
    lp = model.log_posterior(theta)
    step_max = 1.0
    while trace.sweeps + 3 <= cfg.max_iter:
        t1 = model.sweep(theta)
        t2 = model.sweep(t1)
        r = t1 - theta
        v = t2 - t1 - r
        alpha = float(np.sqrt(_dot(r, r) / max(_dot(v, v), 1e-300)))
        alpha = min(max(alpha, 1.0), step_max)
        trace.sweeps += 2
        new = t2
        if alpha > 1.0:
            new = model.sweep(model.feasible(theta + 2 * alpha * r + alpha * alpha * v))
            trace.sweeps += 1
        lp_new = model.log_posterior(new)
        if alpha > 1.0 and not lp_new >= lp:  # the extrapolation lost: the plain sweeps' point
            new, lp_new = t2, model.log_posterior(t2)
            step_max = max(1.0, step_max / 4)
        elif alpha == step_max:
            step_max *= 4
        change = abs(lp_new - lp) / max(1.0, abs(lp_new))
        if not lp_new >= lp and change < cfg.tol:  # not even plain sweeps rise from here: the mode
            trace.converged = True
            break
        theta[:] = new
        lp = lp_new
        if progress is not None:
            progress(trace.sweeps, lp)
        log.debug("sweep %d: log posterior %.3f (step %.1f)", trace.sweeps, lp, alpha)
        if change < cfg.tol:
            trace.converged = True
            break
    return trace


# --- after the mode: second stage, uncertainty, the estimates frame -------------------------


def _refine(model: _Model, items: np.ndarray, x: np.ndarray, refine_sd: float) -> np.ndarray:
    """Per-session positions given the fitted items, shrunk towards the smoothed path only."""
    d = model.design
    smooth = x.copy()
    rp = 1.0 / refine_sd**2
    b_obs = items[d.item, 1]
    for _ in range(20):
        mu = items[d.item, 0] + b_obs * x[d.node]
        der = _sorted_derivatives(mu, items[d.item, 2], d.counts, with_tau=False)
        gx = np.bincount(d.node, weights=der.g_mu * b_obs, minlength=d.n_nodes) - rp * (x - smooth)
        curv = -np.bincount(d.node, weights=der.h_mumu * b_obs * b_obs, minlength=d.n_nodes) + rp
        move = np.clip(gx / curv, -1.0, 1.0)
        x = x + move
        if np.abs(move).max() < 1e-6:
            break
    return x


def _posterior_sd(model: _Model, items: np.ndarray, x: np.ndarray, refine_sd: float | None) -> np.ndarray:
    """Laplace sd of each position: from the second stage's prior, or else from the inverse
    of each chain's tridiagonal precision."""
    d, p = model.design, model.prior
    b_obs = items[d.item, 1]
    mu = items[d.item, 0] + b_obs * x[d.node]
    der = _sorted_derivatives(mu, items[d.item, 2], d.counts, with_tau=False)
    hx = -np.bincount(d.node, weights=der.h_mumu * b_obs * b_obs, minlength=d.n_nodes)
    if refine_sd:
        return np.sqrt(1.0 / (hx + 1.0 / refine_sd**2))
    var = np.empty(d.n_nodes)
    for a, b in itertools.pairwise([*d.chain_start, d.n_nodes]):
        prec = np.diag(p.diag[a:b] + hx[a:b])
        if b - a > 1:
            off = p.off[a : b - 1]
            prec += np.diag(off, 1) + np.diag(off, -1)
        var[a:b] = np.diag(np.linalg.inv(prec))
    return np.sqrt(var)


def _estimates_frame(d: _Design, x: np.ndarray, sd: np.ndarray) -> pd.DataFrame:
    """One row per country-session with votes, the United States on the positive side."""
    us = d.node_iso == "USA"
    if us.any() and x[us].mean() < 0:
        x = -x
    est = pd.DataFrame(
        {
            "session": d.node_sess,
            "year": d.node_sess + 1945,
            "country": d.node_iso,
            "ideal_point": x,
            "se": sd,
            "lower": x - 1.96 * sd,
            "upper": x + 1.96 * sd,
            "n": np.bincount(d.node, minlength=d.n_nodes).astype(np.int64),
        }
    )
    return est[est["n"] > 0].reset_index(drop=True)


def estimate(
    votes: pd.DataFrame,
    calls: pd.DataFrame,
    config: IdealPointConfig | None = None,
    progress: ProgressFn | None = None,
) -> IdealPointFit:
    """Estimate ideal points.

    ``votes``: rcid, iso3, vote (yes/abstain/no); ``calls``: rcid, session, amend,
    para, bridge_text (title or description used to find repeated resolutions).
    ``progress`` is called with (sweeps so far, log posterior) at each convergence check.
    """
    cfg = config or IdealPointConfig()
    d = _design(votes, calls, cfg)
    model = _Model(d, _PathPrior.of(d, cfg), cfg.tau_floor)
    items = np.tile([0.0, 0.5, 0.5], (d.n_items, 1))  # alpha, beta, tau
    theta = model.pack(items, _start_values(d))
    run = _by_squarem if cfg.method == "squarem" else _by_sweeps
    trace = run(model, theta, cfg, progress)
    items, x = model.unpack(theta)
    if cfg.refine_sd:
        x = _refine(model, items, x, cfg.refine_sd)
    sd = _posterior_sd(model, items, x, cfg.refine_sd)
    return IdealPointFit(
        estimates=_estimates_frame(d, x, sd),
        iterations=trace.sweeps,
        converged=trace.converged,
        log_posterior=model.log_posterior(model.pack(items, x)),
        n_votes=d.n_votes,
        n_items=d.n_calls,
        n_item_groups=d.n_items,
    )


# --- starting values -----------------------------------------------------------------------


def _first_component(mat: np.ndarray) -> np.ndarray:
    """The first left singular vector of ``mat`` (unit length), by power iteration on
    elementwise products: a multithreaded BLAS on a busy machine can take a second for
    one small SVD, this takes milliseconds and needs no BLAS."""
    u = mat[:, np.argmax((mat * mat).sum(axis=0))].copy()
    u /= np.sqrt(_dot(u, u)) or 1.0
    for _ in range(500):
        v = (mat * u[:, None]).sum(axis=0)
        new = (mat * v).sum(axis=1)
        norm = np.sqrt(_dot(new, new))
        if norm == 0:
            return u
        new /= norm
        done = np.abs(new - u).max() < 1e-10
        u = new
        if done:
            break
    return u


def _start_values(d: _Design) -> np.ndarray:
    """Per-session first principal component of the vote matrix (yes 1, abstain 0.5, no 0;
    missing votes at the roll call's mean), standardised, USA > 0."""
    x = np.zeros(d.n_nodes)
    y = d.cat / 2.0
    sess = d.node_sess[d.node]
    order = np.argsort(sess, kind="stable")
    bounds = np.flatnonzero(np.diff(sess[order])) + 1
    for sel in np.split(order, bounds):
        rows, r_idx = np.unique(d.node[sel], return_inverse=True)
        cols, c_idx = np.unique(d.rcid[sel], return_inverse=True)
        if len(rows) < 3 or len(cols) < 2:
            continue
        total = np.bincount(c_idx, weights=y[sel], minlength=len(cols))
        mat = np.repeat((total / np.bincount(c_idx, minlength=len(cols)))[None, :], len(rows), axis=0)
        mat[r_idx, c_idx] = y[sel]
        mat -= mat.mean(axis=0)
        score = _first_component(mat)
        score = (score - score.mean()) / (score.std() or 1.0)
        us = d.node_iso[rows] == "USA"
        if us.any() and score[us].mean() < 0:
            score = -score
        x[rows] = score
    return x
