"""UN-vote alignment, ideal points and the votes behind them: validate, then delegate to
:mod:`dyadscope.evidence.votes` (reads) or the load path (writes)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from dyadscope import countries as registry
from dyadscope import groups
from dyadscope.alignment import cache, idealpoints
from dyadscope.alignment.query import VoteFilter
from dyadscope.api._base import Bound, ProgressFn, _check_period, _countries, _measures, open_warehouse
from dyadscope.choices import Group, Measure, Period
from dyadscope.evidence import status as status_evidence
from dyadscope.evidence import votes as evidence
from dyadscope.evidence.votes import AlignmentResult, IdealPointResult
from dyadscope.warehouse import Warehouse

__all__ = [
    "AlignmentResult",
    "IdealPointResult",
    "alignment",
    "all_pairs",
    "data_status",
    "ideal_points",
    "load_votes",
    "votes",
]


def alignment(
    country: str,
    partners: str | Sequence[str] | None = None,
    *,
    measure: Measure | Sequence[Measure] = "coincidence",
    by: Period = "year",
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    group: Group | None = None,
    warehouse: str | Path | Warehouse | None = None,
) -> AlignmentResult:
    """Alignment of ``country`` with each partner (default: every other country).

    ``measure``: agreement, coincidence, kappa, pi or s (or several). ``by``: year or
    session. ``since``/``until``: years or ISO dates. ``issue``: Voeten issue codes
    (me, nu, di, hr, co, ec). ``important``: State Department important votes only.
    ``group`` (mnna, nato, eu, au, brics, g20) also places the country within the
    group's current members: ``result.group`` holds the group median, range and rank.
    """
    focal = registry.resolve(country)
    if isinstance(partners, str):
        partners = [partners]
    others = _countries(partners) if partners else None
    ms = _measures(measure)
    period = _check_period(by)
    flt = VoteFilter.parse(since, until, issue, important)
    grp = groups.check(group) if group else None
    return evidence.alignment(open_warehouse(warehouse), focal, others, ms, period, flt, grp)


def all_pairs(
    *,
    measure: Measure | Sequence[Measure] = "agreement",
    by: Period = "year",
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    warehouse: str | Path | Warehouse | None = None,
) -> AlignmentResult:
    """Every ordered pair of countries in every period (both directions are listed)."""
    ms = _measures(measure)
    flt = VoteFilter.parse(since, until, issue, important)
    return evidence.all_pairs(open_warehouse(warehouse), ms, _check_period(by), flt)


def ideal_points(
    countries: str | Sequence[str] | None = None,
    *,
    since: int | None = None,
    until: int | None = None,
    warehouse: str | Path | Warehouse | None = None,
    config: idealpoints.IdealPointConfig | None = None,
    refit: bool = False,
    progress: ProgressFn | None = None,
) -> IdealPointResult:
    """Ideal points estimated from the full voting record, then selected.

    Reads the estimates stored in the warehouse (bundled ones for the bundled votes; after
    a votes reload, those computed by ``dyadscope data load`` / ``data refresh``) and raises
    :class:`~dyadscope.errors.NoDataError` when there are none. ``refit=True`` estimates again
    (about 20 s of CPU) and stores the result: the one write this function may do.
    """
    cfg = config or idealpoints.IdealPointConfig()
    wh = open_warehouse(warehouse)
    if refit:  # the only estimate in this function; otherwise the load path computed them
        cache.refresh(wh, cfg, progress=progress)
    wanted = _countries([countries] if isinstance(countries, str) else countries) if countries else None
    return evidence.ideal_points(wh, wanted, since, until, cfg)


def votes(
    country: str,
    partner: str | None = None,
    *,
    year: int | None = None,
    since: Bound = None,
    until: Bound = None,
    issue: str | Sequence[str] | None = None,
    important: bool = False,
    warehouse: str | Path | Warehouse | None = None,
) -> pd.DataFrame:
    """The roll calls a figure rests on: one row per roll call with the country's vote.

    With ``partner`` the partner's vote is listed beside it. Columns: rcid, date,
    session, symbol, title, vote (and partner_vote), source, source_file, source_row.
    """
    iso = registry.resolve(country)
    other = registry.resolve(partner) if partner else None
    if year is not None:
        since, until = year, year
    flt = VoteFilter.parse(since, until, issue, important)
    return evidence.country_votes(open_warehouse(warehouse), iso, other, flt)


def data_status(warehouse: str | Path | Warehouse | None = None) -> dict[str, pd.DataFrame]:
    """What is loaded: loads with their files, coverage per source, and what was dropped."""
    return status_evidence.status(open_warehouse(warehouse))


def load_votes(
    voeten_dir: str | Path,
    dgacm_dir: str | Path,
    *,
    warehouse: str | Path | Warehouse | None = None,
) -> dict[str, int]:
    """Rebuild the vote dataset from raw source files (atomic; the old data stays on failure)."""
    from dyadscope.warehouse import unga as unga_store

    wh = open_warehouse(warehouse)
    return unga_store.load_raw(wh, Path(voeten_dir), Path(dgacm_dir))
