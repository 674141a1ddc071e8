"""Check claims against data and give a verdict with its evidence.

Trade values are compared with the reporter's own published figures (reported table,
and BACI when loaded), converted to the claim's currency at the annual average rate of
each figure's year; partial-year figures are annualised pro rata and say so. The
partner's mirror figures are listed beside them. Tolerance follows the hedge:
"approximately"/"about"/"around"/"roughly"/"some" ±15%, no hedge ±10%, "more than"/"over"/
"at least": the data must reach 95% of the claim, "less than"/"under"/"up to": the data
must stay within 105% of it. Ratio words have bounds ("a fraction": at most 20%, "half":
40-60%). Alignment statements are checked against UN-vote coincidence with the partner,
placed within the Major Non-NATO Allies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import pandas as pd

from dyadscope import fx
from dyadscope.claims.extract import Claim
from dyadscope.errors import DyadscopeError, NoRateError
from dyadscope.warehouse import Warehouse

Verdict = Literal["consistent", "overstated", "understated", "not checkable"]
_APPROX = {"approximately", "about", "around", "roughly", "some", "an estimated", "close to", "nearly", "almost"}
_AT_LEAST = {"more than", "over", "at least", "in excess of", "above"}
_AT_MOST = {"less than", "under", "up to", "at most", "below", "fewer than"}


@dataclass
class Evidence:
    label: str
    value: float
    currency: str
    in_claim_currency: float | None
    period: str
    source: str
    side: str  # reporter | mirror | votes
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Check:
    claim: Claim
    verdict: Verdict
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    tolerance: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict,
            "explanation": self.explanation,
            "tolerance": self.tolerance,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def _months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _to(value: float, cur: str, target: str, year: int) -> float:
    usd = value / fx.usd_rate(cur, year).per_usd
    return usd * fx.usd_rate(target, year).per_usd


def _fmt(value: float, cur: str) -> str:
    if abs(value) >= 1e9:
        return f"{cur} {value / 1e9:,.1f} bn"
    if abs(value) >= 1e6:
        return f"{cur} {value / 1e6:,.1f} m"
    return f"{cur} {value:,.0f}"


def _reported_rows(subject: str, partner: str, flow: str, before: date | None) -> pd.DataFrame:
    from dyadscope import api

    try:
        rows = api.reported_trade(subject, partner)
    except DyadscopeError:
        return pd.DataFrame()
    mirror_flow = {"imports": "exports", "exports": "imports"}.get(flow, flow)
    own = rows[(rows["reporter"] == subject) & (rows["partner"] == partner) & (rows["flow"] == flow)].assign(
        side="reporter"
    )
    mir = rows[(rows["reporter"] == partner) & (rows["partner"] == subject) & (rows["flow"] == mirror_flow)].assign(
        side="mirror"
    )
    out = pd.concat([own, mir], ignore_index=True)
    if before is not None:
        out = out[out["start"] <= before]
    return out


def _evidence_from_rows(rows: pd.DataFrame, claim: Claim) -> list[Evidence]:
    ev: list[Evidence] = []
    for _, r in rows.iterrows():
        months = _months(r["start"], r["end"])
        value = float(r["value"])
        note = ""
        annual = value
        if months < 12:
            annual = value * 12 / months
            note = f"{months}-month figure annualised pro rata"
        try:
            conv = _to(annual, str(r["currency"]), str(claim.currency), r["start"].year)
        except NoRateError as exc:
            conv, note = None, f"{note}; {exc}".strip("; ")
        prep = "to" if r["flow"] == "exports" else "from"
        ev.append(
            Evidence(
                label=f"{r['reporter']} {r['flow']} {prep} {r['partner']} ({r['basis']})",
                value=value,
                currency=str(r["currency"]),
                in_claim_currency=conv,
                period=str(r["period"]),
                source=f"{r['basis']}, reported at {r['source_page']}",
                side=str(r["side"]),
                note=note,
            )
        )
    return ev


def _pick(ev: list[Evidence], side: str, year: int | None) -> Evidence | None:
    """The full-year figure of the claim's year, else the latest full year before it, else
    the latest annualised partial-year figure."""
    cands = [e for e in ev if e.side == side and e.in_claim_currency is not None]
    full = [e for e in cands if e.period.isdigit()]  # calendar years; partial periods are labelled otherwise
    if year is not None:
        exact = [e for e in full if int(e.period) == year]
        if exact:
            return exact[0]
        earlier = sorted((e for e in full if int(e.period) < year), key=lambda e: int(e.period))
        if earlier:
            return earlier[-1]
    return max(cands, key=lambda e: e.period) if cands else None


def _tolerance(hedge: str | None) -> tuple[str, float, float]:
    h = (hedge or "").lower()
    if h in _AT_LEAST:
        return f"'{hedge}': the data must reach 95% of the claim", 0.95, float("inf")
    if h in _AT_MOST:
        return f"'{hedge}': the data must not exceed 105% of the claim", 0.0, 1.05
    if h in _APPROX:
        return f"'{hedge}': within ±15%", 0.85, 1.15
    return "no hedge: within ±10%", 0.90, 1.10


def check_trade_value(claim: Claim, when: date | None) -> Check:
    if claim.subject is None or claim.partner is None or claim.flow not in ("imports", "exports"):
        return Check(
            claim, "not checkable", "The claim does not name both trading countries and a flow that the data cover."
        )
    rows = _reported_rows(claim.subject, claim.partner, claim.flow, when)
    ev = _evidence_from_rows(rows, claim) if not rows.empty else []
    ev += _baci_evidence(claim)
    year = claim.years[-1] if claim.years else None
    own = _pick(ev, "reporter", year)
    if own is None:
        return Check(
            claim,
            "not checkable",
            f"No published or BACI figures for {claim.subject} {claim.flow}"
            f" {'from' if claim.flow == 'imports' else 'to'} {claim.partner}.",
            ev,
        )
    assert own.in_claim_currency is not None and claim.value is not None and claim.currency is not None
    tol_text, lo, hi = _tolerance(claim.hedge)
    ratio = own.in_claim_currency / claim.value
    # ratio = data / claim: the claim is consistent when lo <= ratio <= hi
    if lo <= ratio <= hi:
        verdict: Verdict = "consistent"
    elif ratio < lo:
        verdict = "overstated"
    else:
        verdict = "understated"
    mirror = _pick(ev, "mirror", int(own.period) if own.period.isdigit() else year)
    text = (
        f"{own.label} for {own.period}: {_fmt(own.in_claim_currency, claim.currency)}"
        f" against the claimed {_fmt(claim.value, claim.currency)} ({ratio:.0%} of the claim)."
    )
    if mirror is not None and mirror.in_claim_currency is not None:
        gap = mirror.in_claim_currency / own.in_claim_currency if own.period == mirror.period else None
        text += (
            f" The partner's mirror figure ({mirror.label}, {mirror.period}) is "
            f"{_fmt(mirror.in_claim_currency, claim.currency)}"
            + (
                f", {gap:.1f} times the reporter's own figure: {claim.subject}'s statistics record"
                f" {1 / gap:.0%} of what {claim.partner}'s customs record for the same trade."
                if gap
                else "."
            )
        )
    return Check(claim, verdict, text, ev, tol_text)


def _baci_evidence(claim: Claim) -> list[Evidence]:
    from dyadscope import api

    try:
        frame = api.trade(str(claim.subject), str(claim.partner), currency=claim.currency)
    except DyadscopeError:
        return []
    col = f"{claim.flow}_local"
    return [
        Evidence(
            label=f"{claim.subject} {claim.flow} (BACI)",
            value=float(r[f"{claim.flow}_usd"]),
            currency="USD",
            in_claim_currency=float(r[col]),
            period=str(int(r["year"])),
            source=str(r["source"]),
            side="reporter",
        )
        for _, r in frame.iterrows()
    ]


def check_trade_ratio(claim: Claim, when: date | None) -> Check:
    if claim.subject is None or claim.partner is None or claim.ratio is None:
        return Check(claim, "not checkable", "The ratio has no two countries to compare.")
    from dyadscope import api

    try:
        rows = api.reported_trade(claim.subject, claim.partner)
    except DyadscopeError:
        return Check(claim, "not checkable", f"No published figures for {claim.subject} and {claim.partner}.")
    own = rows[(rows["reporter"] == claim.subject) & (rows["partner"] == claim.partner)]
    if when is not None:
        own = own[own["start"] <= when]
    imp = own[own["flow"] == "imports"]
    exp = own[own["flow"] == "exports"]
    both = imp.merge(exp, on=["start", "end"], suffixes=("_imp", "_exp"))
    if both.empty:
        return Check(claim, "not checkable", "No period with both exports and imports published.")
    latest = both.sort_values("start").iloc[-1]
    value = latest["value_usd_exp"] / latest["value_usd_imp"]
    lo, hi = claim.ratio
    verdict: Verdict = "consistent" if lo <= value <= hi else ("overstated" if value < lo else "understated")
    ev = [
        Evidence(
            label=f"{claim.subject} exports / imports with {claim.partner}",
            value=value,
            currency="ratio",
            in_claim_currency=value,
            period=str(latest["period_imp"]),
            source=f"{latest['basis_imp']} ({latest['source_page_imp']})",
            side="reporter",
        )
    ]
    text = (
        f"In {latest['period_imp']} {claim.subject}'s exports to {claim.partner} were {value:.1%} of its imports"
        f" from it; '{claim.hedge}' is read as {lo:.0%}-{hi:.0%}."
    )
    return Check(claim, verdict, text, ev, f"'{claim.hedge}': between {lo:.0%} and {hi:.0%}")


def check_alignment(claim: Claim, when: date | None, warehouse: Warehouse | None = None) -> Check:
    if claim.subject is None or claim.partner is None:
        return Check(
            claim, "not checkable", "The statement names no partner whose alignment the UN votes could measure."
        )
    from dyadscope import api

    last = (when.year if when else 2025) - 1
    res = api.alignment(
        claim.subject,
        claim.partner,
        measure="coincidence",
        group="mnna",
        since=last - 4,
        until=last,
        warehouse=warehouse,
    )
    g = res.group
    if g is None or g.empty:
        return Check(claim, "not checkable", "No UN votes in the five years before the article.")
    below = int((g["value"] < g["group_median"]).sum())
    ev = [
        Evidence(
            label=(
                f"{claim.subject}-{claim.partner} coincidence (MNNA median {r['group_median']:.2f},"
                f" rank {int(r['rank'])} of {int(r['group_size']) + 1})"
            ),
            value=float(r["value"]),
            currency="share",
            in_claim_currency=float(r["value"]),
            period=str(int(r["period"])),
            source="UN General Assembly recorded votes (Voeten / UN DGACM), State Department coincidence",
            side="votes",
            note=f"n = {int(r['n'])} votes",
        )
        for _, r in g.iterrows()
    ]
    years = len(g)
    mean = g["value"].mean()
    med = g["group_median"].mean()
    if below >= (years + 1) // 2:
        verdict: Verdict = "consistent"
        text = (
            f"At the UN, {claim.subject} voted with {claim.partner} less often than the median Major Non-NATO Ally"
            f" in {below} of {years} years ({last - 4}-{last}): coincidence {mean:.2f} on average against {med:.2f}."
        )
    else:
        verdict = "overstated"
        text = (
            f"At the UN, {claim.subject} voted with {claim.partner} at least as often as the median Major Non-NATO Ally"
            f" in {years - below} of {years} years ({last - 4}-{last}): coincidence {mean:.2f} against {med:.2f}."
        )
    return Check(claim, verdict, text, ev, "more than half of the years below the MNNA median")


def check_partner_rank(claim: Claim, when: date | None, warehouse: Warehouse | None = None) -> Check:
    """ "Largest trading partner" and "X% of its exports" claims need partner shares from BACI."""
    from dyadscope import api

    if claim.subject is None or claim.partner is None:
        return Check(claim, "not checkable", "The claim does not name both countries.")
    year = claim.years[-1] if claim.years else None
    try:
        frame, _ = api.trade_partners(claim.subject, year=year, warehouse=warehouse)
    except DyadscopeError as exc:
        return Check(claim, "not checkable", f"Partner shares need BACI flows for {claim.subject}: {exc}")
    if frame.empty:
        return Check(claim, "not checkable", f"No BACI flows for {claim.subject} in {year}: load a BACI release first.")
    col = {"imports": "import_share", "exports": "export_share"}.get(str(claim.flow))
    if col is None:
        frame = frame.assign(
            total_share=(frame["exports_usd"] + frame["imports_usd"])
            / (frame["exports_usd"] + frame["imports_usd"]).sum()
        )
        col = "total_share"
    frame = frame.sort_values(col, ascending=False).reset_index(drop=True)
    row = frame[frame["partner"] == claim.partner]
    source = str(frame["source"].iloc[0])
    yr = str(int(frame["year"].iloc[0]))
    if row.empty:
        return Check(claim, "not checkable", f"No BACI flows between {claim.subject} and {claim.partner} in {yr}.")
    share = float(row[col].iloc[0])
    rank = int(row.index[0]) + 1
    ev = [
        Evidence(
            f"{claim.partner} share of {claim.subject} {claim.flow}",
            share,
            "share",
            share,
            yr,
            source,
            "reporter",
            f"rank {rank} of {len(frame)}",
        )
    ]
    if claim.type == "top_partner":
        verdict: Verdict = "consistent" if rank == 1 else "overstated"
        text = f"In {yr} {claim.partner} ranked {rank} among {claim.subject}'s partners by {claim.flow} ({share:.1%})."
        return Check(claim, verdict, text, ev, "rank 1")
    assert claim.value is not None
    ratio = share / claim.value if claim.value else float("inf")
    verdict = "consistent" if 0.9 <= ratio <= 1.1 else ("overstated" if ratio < 0.9 else "understated")
    text = f"In {yr} {claim.partner} took {share:.1%} of {claim.subject}'s {claim.flow}"
    text += f", against the claimed {claim.value:.1%}."
    return Check(claim, verdict, text, ev, "within ±10% of the share")


def check_all(claims: list[Claim], when: date | None, warehouse: Warehouse | None = None) -> list[Check]:
    out: list[Check] = []
    for c in claims:
        try:
            if c.type == "trade_value":
                out.append(check_trade_value(c, when))
            elif c.type == "trade_ratio":
                out.append(check_trade_ratio(c, when))
            elif c.type in ("top_partner", "trade_share"):
                out.append(check_partner_rank(c, when, warehouse))
            else:
                out.append(check_alignment(c, when, warehouse))
        except DyadscopeError as exc:
            out.append(Check(c, "not checkable", f"The data needed could not be read: {exc}"))
    return out
