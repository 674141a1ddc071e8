"""Check claims against the data and give a verdict with the evidence behind it.

Verdicts (:data:`VERDICTS`):

* ``consistent``: the data agree with the claim within the tolerance its hedge implies;
* ``overstated`` / ``understated``: the data are below / above that tolerance;
* ``contradicted``: a rank, a direction or a comparison that the data show to be false, or
  figures inside the article that do not agree with each other;
* ``sources disagree``: the reporter's own statistics and the partner's mirror figures
  bracket the claim (one side below the tolerance, the other above), or only the
  partner's side agrees with it;
* ``not checkable``: the data cannot say (with the reason).

Tolerances (:func:`tolerance`, the contract documented in docs/claims.md): "approximately",
"about", "around", "roughly", "some", "nearly", "almost", "close to", "an estimated": the
data within ±15% of the claim; no hedge: ±10%; "more than", "over", "at least", "in excess
of", "above": the data reach at least 95% of the claim; "less than", "under", "up to",
"at most", "below": the data at most 105% of it. Changes compare the change itself (a
claimed +30% against the data's change, same tolerance, at least ±1 percentage point);
multiples ("doubled") compare the ratio of the two years. Ratio words have bounds
(:data:`RATIO_WORDS`).

Periods: the claim's year, else the latest full year before the article's date. Figures
for periods that end after the article's date are listed but never used for the verdict
(a warning says so). Part-year figures are annualised pro rata, labelled, and used only
when no full-year figure of that side exists for the year. Every figure in another
currency than the claim's is converted at the annual average rate of the figure's own
year, shown beside it with its source.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

from dyadscope import countries as registry
from dyadscope import fx
from dyadscope.claims import data
from dyadscope.claims.extract import GROUP_CODES, Claim
from dyadscope.errors import DyadscopeError, NoRateError
from dyadscope.warehouse import Warehouse

Verdict = Literal["consistent", "overstated", "understated", "contradicted", "sources disagree", "not checkable"]
VERDICTS: tuple[str, ...] = get_args(Verdict)
APPROX = ("approximately", "about", "around", "roughly", "some", "nearly", "almost", "close to", "an estimated")
AT_LEAST = ("more than", "over", "at least", "in excess of", "above", "just over", "slightly more than")
AT_MOST = ("less than", "under", "up to", "at most", "below", "fewer than", "just under", "slightly less than")
RATIO_WORDS: dict[str, tuple[float, float]] = {
    "a tiny fraction": (0.0, 0.05),
    "a small fraction": (0.0, 0.10),
    "a fraction": (0.0, 0.20),
    "a quarter": (0.20, 0.30),
    "a third": (0.28, 0.38),
    "half": (0.40, 0.60),
}


@dataclass
class Evidence:
    """One data value bearing on a claim, with where it comes from."""

    label: str
    value: float
    unit: str
    currency: str | None
    year: int | None
    period: str
    source: str
    basis: str  # reported | mirror | published | votes | rate | computed | article
    in_claim_currency: float | None = None
    rate: str | None = None
    note: str = ""
    used: bool = True

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Check:
    """A claim, its verdict, one sentence why, and the evidence."""

    claim: Claim
    verdict: Verdict
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    tolerance: str = ""
    period: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict,
            "explanation": self.explanation,
            "tolerance": self.tolerance,
            "period": self.period,
            "evidence": [e.to_dict() for e in self.evidence],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Tolerance:
    text: str
    lo: float
    hi: float

    def verdict(self, ratio: float) -> Verdict:
        """``ratio`` = data / claim."""
        if self.lo <= ratio <= self.hi:
            return "consistent"
        return "overstated" if ratio < self.lo else "understated"


def tolerance(hedge: str | None) -> Tolerance:
    """The tolerance a hedge implies (data / claim must lie in [lo, hi])."""
    h = (hedge or "").lower().strip()
    if h in AT_LEAST:
        return Tolerance(f"'{hedge}': the data must reach 95% of the claim", 0.95, math.inf)
    if h in AT_MOST:
        return Tolerance(f"'{hedge}': the data must not exceed 105% of the claim", 0.0, 1.05)
    if h in APPROX or h == "estimated":
        return Tolerance(f"'{hedge}': within ±15%", 0.85, 1.15)
    return Tolerance("no hedge: within ±10%", 0.90, 1.10)


def _name(code: str | None) -> str:
    if code is None:
        return "?"
    if code in GROUP_CODES:
        return code
    try:
        return registry.name(code)
    except DyadscopeError:
        return code


def _fmt(value: float, cur: str | None) -> str:
    cur = cur or ""
    a = abs(value)
    if a >= 1e12:
        return f"{cur} {value / 1e12:,.2f} tn".strip()
    if a >= 1e9:
        return f"{cur} {value / 1e9:,.1f} bn".strip()
    if a >= 1e6:
        return f"{cur} {value / 1e6:,.1f} m".strip()
    return f"{cur} {value:,.0f}".strip()


def _convert(value: float, cur: str, target: str, year: int) -> tuple[float, str]:
    """``value`` in ``cur`` as ``target`` at the annual average rates of ``year``, and the rates used."""
    if cur == target:
        return value, ""
    a, b = fx.usd_rate(cur, year), fx.usd_rate(target, year)
    usd = value / a.per_usd
    rates = [r.describe() for r in (a, b) if r.currency != "USD"]
    return usd * b.per_usd, "; ".join(rates)


# --- trade values -----------------------------------------------------------------------


@dataclass
class _Fig:
    fig: data.Figure
    value: float  # in the claim's flow terms (derived for total/deficit/surplus), own currency
    label: str


def _flow_figures(wh: Warehouse, c: Claim) -> list[_Fig]:
    assert c.subject is not None and c.partner is not None and c.flow is not None
    subj, part = _resolve(c.subject), _resolve(c.partner)
    if c.flow in ("exports", "imports"):
        figs = data.trade_figures(wh, subj, part, c.flow)
        return [_Fig(f, f.value, _label(f)) for f in figs]
    exp = data.trade_figures(wh, subj, part, "exports")
    imp = data.trade_figures(wh, subj, part, "imports")
    out: list[_Fig] = []
    # published totals and balances as they stand
    for f in data.trade_figures(wh, subj, part, "total" if c.flow == "total" else "balance"):
        v = f.value if c.flow == "total" else (-f.value if c.flow == "deficit" else f.value)
        out.append(_Fig(f, v, _label(f)))

    def key(f: data.Figure) -> tuple[Any, ...]:
        return (f.side, f.period, f.source, f.basis, f.currency)

    imports = {key(f): f for f in imp}
    for e in exp:
        i = imports.get(key(e))
        if i is None:
            continue
        v = {"total": e.value + i.value, "deficit": i.value - e.value, "surplus": e.value - i.value}[c.flow]
        label = (
            f"{_name(e.reporter)} {c.flow} with {_name(e.partner)} (exports {_fmt(e.value, e.currency)}"
            f" and imports {_fmt(i.value, i.currency)}; {e.basis})"
        )
        out.append(_Fig(e, v, label))
    return out


# group names of the text that the trade data know under another name
_GROUP_ALIASES = {"Latin America": "Western Hemisphere"}


def _resolve(code: str) -> str:
    """The code the trade data use for a country or group (``Latin America`` -> ``Western Hemisphere``)."""
    from dyadscope.trade import parties

    try:
        return str(parties.resolve(_GROUP_ALIASES.get(code, code)))
    except DyadscopeError:
        return code


def _unknown_group(*codes: str | None) -> str | None:
    """The first group code the trade data have no figures for (``Asia``), else None."""
    from dyadscope.trade import parties

    for code in codes:
        if code is None or code not in GROUP_CODES or code == "MNNA":
            continue
        try:
            parties.resolve(_GROUP_ALIASES.get(code, code))
        except DyadscopeError:
            return code
    return None


def _group_note(*codes: str | None) -> str:
    return "".join(
        f" {c} is read as the IMF's {_GROUP_ALIASES[c]} (Latin America and the Caribbean)."
        for c in codes
        if c in _GROUP_ALIASES
    )


def _label(f: data.Figure) -> str:
    prep = {"exports": "to", "imports": "from"}.get(f.flow, "with")
    return f"{_name(f.reporter)} {f.flow} {prep} {_name(f.partner)} ({f.basis})"


def _source_rank(f: data.Figure) -> int:
    """The preference order of sources on one side: BACI, IMF DOTS, COW, then published figures."""
    src = f.source.lower()
    for i, keys in enumerate((("baci",), ("direction of trade", "dots"), ("correlates of war", "cow"))):
        if any(k in src for k in keys):
            return i
    return 3 if f.basis == "published" else 4


def _pick_period(
    figs: list[_Fig], years: list[int], inferred: bool, when: date | None
) -> tuple[list[_Fig], list[_Fig], str, list[str]]:
    """(figures used, figures listed only, period note, warnings)."""
    warnings: list[str] = []
    listed: list[_Fig] = []
    usable: list[_Fig] = []
    for f in figs:
        if when is not None and f.fig.end > when:
            listed.append(f)
        else:
            usable.append(f)
    if listed:
        warnings.append(
            f"{len(listed)} figure(s) for periods ending after the article's date ({when}) are listed but not used"
        )
    if not years:
        return [], listed + usable, "no period: neither a year in the sentence nor an article date", warnings
    year = years[-1]
    chosen = [f for f in usable if f.fig.year == year and f.fig.full_year]
    sides = {f.fig.side for f in chosen}
    part = [f for f in usable if f.fig.year == year and not f.fig.full_year and f.fig.side not in sides]
    note = f"{year}" + (" (latest full year before the article)" if inferred else "")
    if not chosen and not part and inferred:
        earlier = sorted({f.fig.year for f in usable if f.fig.full_year and f.fig.year < year})
        if earlier:
            y2 = earlier[-1]
            chosen = [f for f in usable if f.fig.year == y2 and f.fig.full_year]
            note = f"{y2} (no figures for {year}; the latest earlier year with figures)"
    used = chosen + part
    if part:
        note += "; part-year figures annualised pro rata where no full-year figure exists"
    rest = [f for f in usable if f not in used]
    return used, listed + rest, note, warnings


def _annual(f: _Fig) -> tuple[float, str]:
    if f.fig.full_year:
        return f.value, ""
    m = f.fig.months
    return f.value * 12 / m, f"{m}-month figure ({f.fig.period}) annualised pro rata (x 12/{m})"


def check_trade_value(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.subject is None or c.partner is None or c.flow is None:
        return Check(c, "not checkable", "The claim does not name both trading parties and a flow.")
    if c.quantity is None or c.currency is None:
        return Check(c, "not checkable", "The claim states no amount.")
    figs = _flow_figures(wh, c)
    if not figs:
        return Check(
            c,
            "not checkable",
            f"No trade figures between {_name(c.subject)} and {_name(c.partner)} in the data"
            f" ({c.flow}; sources: published national figures, IMF DOTS, COW, BACI when loaded).",
        )
    used, listed, note, warnings = _pick_period(figs, c.years, c.period_inferred, when)
    tol = tolerance(c.hedge)
    ev: list[Evidence] = []
    rated: list[tuple[_Fig, float, Verdict]] = []
    no_rate: list[str] = []
    year = c.years[-1] if c.years else None
    recent: list[str] = []  # part-year figures of the claim's year or later, before the article: context
    for f, is_used in [*((f, True) for f in used), *((f, False) for f in listed)]:
        context = (
            not is_used
            and not f.fig.full_year
            and year is not None
            and f.fig.year >= year
            and (when is None or f.fig.end <= when)
        )
        value, ann = _annual(f) if is_used or context else (f.value, "")
        try:
            conv, rate = _convert(value, f.fig.currency, c.currency, f.fig.year)
        except NoRateError as exc:
            conv, rate = None, None
            if is_used:
                no_rate.append(str(exc))
        ratio = conv / c.quantity if conv is not None and c.quantity else None
        notes = [
            n
            for n in (
                ann,
                f.fig.valuation,
                "IMF estimate" if f.fig.estimate else "",
                f.fig.where and f"at {f.fig.where}",
            )
            if n
        ]
        if not is_used:
            notes.append("not used: " + ("after the article's date" if when and f.fig.end > when else "another period"))
        if context and conv is not None:
            recent.append(f"{f.label} {f.fig.period}: {_fmt(conv, c.currency)} a year")
        if ratio is not None and is_used:
            v = tol.verdict(ratio)
            rated.append((f, ratio, v))
            notes.append(f"{ratio:.0%} of the claim")
        ev.append(
            Evidence(
                label=f.label,
                value=f.value,
                unit=f.fig.unit or f.fig.currency,
                currency=f.fig.currency,
                year=f.fig.year,
                period=f.fig.period,
                source=f.fig.source,
                basis=f.fig.basis,
                in_claim_currency=conv,
                rate=rate or None,
                note="; ".join(notes),
                used=is_used and ratio is not None,
            )
        )
    if not rated:
        if no_rate:
            cur = c.currency
            yrs = sorted({f.fig.year for f in used})
            return Check(
                c,
                "not checkable",
                f"not checkable: no {cur} rate for {', '.join(map(str, yrs))} ({no_rate[0]}).",
                ev,
                tol.text,
                note,
                warnings,
            )
        later = [f for f in listed if year is not None and f.fig.year == year and when is not None and f.fig.end > when]
        if later:
            return Check(
                c,
                "not checkable",
                f"The {year} figures of {_name(c.subject)} {c.flow} with {_name(c.partner)} cover a period that ends"
                f" after the article's date ({when}): they are listed, not used.",
                ev,
                tol.text,
                note,
                warnings,
            )
        return Check(
            c,
            "not checkable",
            f"No {_name(c.subject)} {c.flow} figures with {_name(c.partner)} for {note}"
            f" (figures exist for {_years_span(figs)}).",
            ev,
            tol.text,
            note,
            warnings,
        )
    verdict, why = _combine(c, rated, tol)
    why += _group_note(c.subject, c.partner)
    if recent:
        why += " Part-year figures before the article, annualised pro rata (not used): " + "; ".join(recent) + "."
    return Check(c, verdict, why, ev, tol.text, note, warnings)


def _years_span(figs: list[_Fig]) -> str:
    ys = sorted({f.fig.year for f in figs})
    return f"{ys[0]}-{ys[-1]}" if ys else "no year"


def _best(items: list[tuple[_Fig, float, Verdict]]) -> tuple[_Fig, float, Verdict] | None:
    if not items:
        return None
    return sorted(items, key=lambda t: (not t[0].fig.full_year, _source_rank(t[0].fig)))[0]


def _combine(c: Claim, rated: list[tuple[_Fig, float, Verdict]], tol: Tolerance) -> tuple[Verdict, str]:
    own = _best([r for r in rated if r[0].fig.side == "reporter"])
    mirror = _best([r for r in rated if r[0].fig.side == "partner"])
    cur = c.currency
    claimed = _fmt(float(c.quantity or 0), cur)

    def say(r: tuple[_Fig, float, Verdict]) -> str:
        f, ratio, _ = r
        value, ann = _annual(f)
        conv = float(c.quantity or 0) * ratio
        native = "" if f.fig.currency == cur else f"{_fmt(value, f.fig.currency)} = "
        return (
            f"{f.label} for {f.fig.period}{' annualised' if ann else ''}: {native}{_fmt(conv, cur)}"
            f" ({ratio:.0%} of the claim)"
        )

    if own and mirror:
        vs = {own[2], mirror[2]}
        if vs == {"overstated", "understated"} or (own[2] != "consistent" and mirror[2] == "consistent"):
            return (
                "sources disagree",
                f"{say(own)}; {say(mirror)}: the claimed {claimed} lies between the two sides' statistics."
                if vs == {"overstated", "understated"}
                else f"{say(own)}, outside the tolerance, while {say(mirror)} agrees with the claimed {claimed}.",
            )
        verdict = own[2]
        extra = f"; the partner's mirror figure: {say(mirror)}"
        return verdict, f"{say(own)} against the claimed {claimed} ({tol.text}){extra}."
    one = own or mirror
    assert one is not None
    side = "" if own else " (only the partner's mirror figures cover this period)"
    return one[2], f"{say(one)} against the claimed {claimed} ({tol.text}){side}."


# --- changes ----------------------------------------------------------------------------


def _series(wh: Warehouse, c: Claim, when: date | None) -> dict[tuple[str, str], dict[int, tuple[float, _Fig]]]:
    """Full-year values in USD by (side, source) and year, up to the article's date."""
    out: dict[tuple[str, str], dict[int, tuple[float, _Fig]]] = {}
    for f in _flow_figures(wh, c):
        if not f.fig.full_year or (when is not None and f.fig.end > when):
            continue
        try:
            usd, _ = _convert(f.value, f.fig.currency, "USD", f.fig.year)
        except NoRateError:
            continue
        out.setdefault((f.fig.side, f.fig.source), {})[f.fig.year] = (usd, f)
    return out


def check_change(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.subject is None or c.partner is None or c.flow is None:
        return Check(c, "not checkable", "The change names no pair of trading parties and flow.")
    if not c.years:
        return Check(c, "not checkable", "The change has no year and the article no date.")
    series = _series(wh, c, when)
    year = c.years[-1]
    since = c.detail.get("since")
    base = int(since) if since else (c.years[0] if len(c.years) > 1 else year - 1)
    tol = tolerance(c.hedge)
    ev: list[Evidence] = []
    results: list[tuple[tuple[str, str], Verdict, str]] = []
    for key, by_year in sorted(
        series.items(), key=lambda kv: (kv[0][0] != "reporter", _source_rank(next(iter(kv[1].values()))[1].fig))
    ):
        if year not in by_year:
            continue
        v1, f1 = by_year[year]
        if c.unit == "record":
            past = {y: v for y, (v, _) in by_year.items() if y < year and (since is None or y >= int(since))}
            if not past:
                continue
            top_y = max(past, key=lambda y: past[y])
            high = c.detail.get("direction", "high") == "high"
            ok = v1 > past[top_y] if high else v1 < min(past.values())
            for y in sorted({top_y, *sorted(past)[-5:]}):  # the record to beat and the last five years
                ev.append(_usd_evidence(f"{f1.label}", past[y], y, by_year[y][1]))
            ev.append(_usd_evidence(f1.label, v1, year, f1))
            span = f"{min(past)}-{year}"
            text = (
                f"{f1.label}: {_fmt(v1, 'USD')} in {year}, "
                + (f"above every year since {min(past)}" if ok else f"below {top_y}'s {_fmt(past[top_y], 'USD')}")
                + f" ({span})."
            )
            results.append((key, "consistent" if ok else "contradicted", text))
            continue
        if base not in by_year:
            continue
        v0, f0 = by_year[base]
        if v0 <= 0:
            continue
        ev.append(_usd_evidence(f0.label, v0, base, f0))
        ev.append(_usd_evidence(f1.label, v1, year, f1))
        factor = v1 / v0
        if c.unit == "multiple":
            claimed = float(c.quantity or 0)
            ratio = factor / claimed
            v = tol.verdict(ratio)
            if (factor - 1) * (claimed - 1) < 0:
                v = "contradicted"
            text = (
                f"{f1.label}: {_fmt(v0, 'USD')} in {base}, {_fmt(v1, 'USD')} in {year},"
                f" {factor:.2f} times (claimed {claimed:g} times)."
            )
        else:
            claimed = float(c.quantity or 0)
            actual = (factor - 1) * 100
            if claimed * actual < 0 or (claimed != 0 and actual == 0):
                v = "contradicted"
            else:
                lo, hi = abs(claimed) * tol.lo, abs(claimed) * tol.hi
                lo, hi = min(lo, abs(claimed) - 1.0), max(hi, abs(claimed) + 1.0)
                v = "consistent" if lo <= abs(actual) <= hi else ("overstated" if abs(actual) < lo else "understated")
            text = (
                f"{f1.label}: {_fmt(v0, 'USD')} in {base}, {_fmt(v1, 'USD')} in {year}, a change of"
                f" {actual:+.1f}% (claimed {claimed:+.1f}%)."
            )
        results.append((key, v, text))
    note = f"{base}-{year}" if c.unit != "record" else f"up to {year}"
    if not results:
        return Check(
            c,
            "not checkable",
            f"No full-year figures of {_name(c.subject)} {c.flow} with {_name(c.partner)} for both {base} and {year}.",
            ev,
            tol.text,
            note,
        )
    verdict, text = _combine_simple(results)
    tol_text = tol.text + ("; the change itself, at least ±1 percentage point" if c.unit == "percent" else "")
    return Check(c, verdict, text, ev, tol_text if c.unit != "record" else "a record: above every earlier year", note)


def _combine_simple(results: list[tuple[tuple[str, str], Verdict, str]]) -> tuple[Verdict, str]:
    """The reporter's preferred source decides; opposite findings of the two sides disagree."""
    own = [r for r in results if r[0][0] == "reporter"]
    mir = [r for r in results if r[0][0] == "partner"]
    first = (own or mir)[0]
    if own and mir and own[0][1] != mir[0][1] and "consistent" in (own[0][1], mir[0][1]):
        if own[0][1] == "consistent":
            return "consistent", f"{own[0][2]} The partner's mirror figures differ: {mir[0][2]}"
        return "sources disagree", f"{own[0][2]} But the partner's mirror figures agree with the claim: {mir[0][2]}"
    extra = f" Mirror: {mir[0][2]}" if own and mir else ""
    return first[1], first[2] + extra


def _usd_evidence(label: str, usd: float, year: int, f: _Fig) -> Evidence:
    return Evidence(
        label=label,
        value=f.value,
        unit=f.fig.unit or f.fig.currency,
        currency=f.fig.currency,
        year=year,
        period=f.fig.period,
        source=f.fig.source,
        basis=f.fig.basis,
        in_claim_currency=usd,
        note="in USD" if f.fig.currency != "USD" else "",
    )


# --- ranks, shares and ratios -------------------------------------------------------------


def check_rank_share(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.unit == "ratio":
        return _check_ratio(wh, c, when)
    if c.subject is None or c.partner is None:
        return Check(c, "not checkable", "The claim does not name both countries.")
    year = c.years[-1] if c.years else None
    if year is None:
        return Check(c, "not checkable", "No year in the sentence and no article date.")
    # "China traded more with Africa than the next three combined": China ranks among Africa's partners
    owner, ranked = (c.partner, c.subject) if c.unit == "comparison" else (c.subject, c.partner)
    table = data.partner_table(wh, _resolve(owner), year)
    asked = year
    while table is None and c.period_inferred and year > asked - 8:  # no year stated: the latest year with data
        year -= 1
        table = data.partner_table(wh, _resolve(owner), year)
    plabel = (
        str(year) if year == asked else f"{year} (no partner figures for {asked}; the latest earlier year with figures)"
    )
    if table is None:
        return Check(
            c,
            "not checkable",
            f"No partner breakdown of {_name(owner)}'s trade for {year} (partner shares need the all-pairs"
            " flows or a loaded BACI release).",
        )
    frame, source = table
    flow = c.flow if c.flow in ("exports", "imports") else "total"
    frame = frame.assign(total_usd=frame["exports_usd"] + frame["imports_usd"])
    frame = frame[~frame["partner"].isin([*GROUP_CODES, "WLD", "World"])]
    col = f"{flow}_usd"
    frame = frame.sort_values(col, ascending=False).reset_index(drop=True)
    frame["share"] = frame[col] / frame[col].sum()
    partner = _resolve(ranked)
    row = frame[frame["partner"] == partner]
    if row.empty:
        return Check(c, "not checkable", f"No {year} flows between {_name(owner)} and {_name(ranked)}.")
    rank = int(row.index[0]) + 1
    share = float(row["share"].iloc[0])
    ev = [
        Evidence(
            f"{_name(r['partner'])}: share of {_name(owner)}'s {flow}",
            float(r[col]),
            "USD",
            "USD",
            year,
            str(year),
            source,
            "reported",
            note=f"rank {i + 1}, share {r['share']:.1%}",
        )
        for i, r in enumerate(frame.head(5).to_dict("records"))
    ]
    if rank > 5:
        ev.append(
            Evidence(
                f"{_name(partner)}: share of {_name(owner)}'s {flow}",
                float(row[col].iloc[0]),
                "USD",
                "USD",
                year,
                str(year),
                source,
                "reported",
                note=f"rank {rank}, share {share:.1%}",
            )
        )
    if c.unit == "rank":
        claimed = int(c.quantity or 1)
        over = c.detail.get("overtook")
        if over:
            o = frame[frame["partner"] == _resolve(str(over))]
            orank = int(o.index[0]) + 1 if not o.empty else None
            ahead = orank is None or rank < orank
            stated = bool(c.detail.get("stated_rank"))
            # "overtook France as Germany's second-largest market": both the order and the rank stated
            ok = ahead and (rank == claimed or not stated)
            text = (
                f"In {year} {_name(partner)} ranked {rank} and {_name(str(over))} {orank or 'lower'}"
                f" among {_name(owner)}'s partners by {flow}" + (f" (claimed rank {claimed})." if stated else ".")
            )
            text += _rank_before(wh, owner, partner, str(over), year, flow)
            tol_text = f"ahead of {_name(str(over))}" + (f" and rank {claimed}" if stated else "")
            return Check(c, "consistent" if ok else "contradicted", text, ev, tol_text, plabel)
        ok = rank == claimed
        text = (
            f"In {year} {_name(partner)} ranked {rank} among {_name(owner)}'s partners by {flow}"
            f" ({share:.1%}; claimed rank {claimed})."
        )
        return Check(c, "consistent" if ok else "contradicted", text, ev, f"rank {claimed}", plabel)
    if c.unit == "comparison" and c.detail.get("next_combined"):
        n = int(c.detail["next_combined"])
        if rank != 1:
            return Check(
                c,
                "contradicted",
                f"In {year} {_name(partner)} ranked {rank}, not first, among {_name(owner)}'s partners.",
                ev,
                "more than the next N combined",
                str(year),
            )
        nxt = float(frame[col].iloc[1 : 1 + n].sum())
        top = float(frame[col].iloc[0])
        ok = top > nxt
        text = f"In {year} {_name(partner)}: {_fmt(top, 'USD')}; the next {n} combined: {_fmt(nxt, 'USD')}."
        return Check(c, "consistent" if ok else "contradicted", text, ev, f"more than the next {n} combined", plabel)
    claimed_share = float(c.quantity or 0) / 100
    tol = tolerance(c.hedge)
    ratio = share / claimed_share if claimed_share else math.inf
    text = (
        f"In {year} {_name(partner)} took {share:.1%} of {_name(owner)}'s {flow},"
        f" against the claimed {claimed_share:.1%}."
    )
    return Check(c, tol.verdict(ratio), text, ev, tol.text, plabel)


def _rank_before(wh: Warehouse, owner: str, partner: str, over: str, year: int, flow: str) -> str:
    """The order of the two partners the year before (context for "overtook"; not in the verdict)."""
    table = data.partner_table(wh, _resolve(owner), year - 1)
    if table is None:
        return ""
    frame = table[0]
    col = f"{flow}_usd"
    if flow == "total":
        frame = frame.assign(total_usd=frame["exports_usd"] + frame["imports_usd"])
    frame = frame[~frame["partner"].isin([*GROUP_CODES, "WLD", "World"])]
    frame = frame.sort_values(col, ascending=False).reset_index(drop=True)
    ranks = {
        p: int(frame.index[frame["partner"] == _resolve(p)][0]) + 1
        for p in (partner, over)
        if (frame["partner"] == _resolve(p)).any()
    }
    if len(ranks) < 2:
        return ""
    return f" In {year - 1}: {_name(partner)} {ranks[partner]}, {_name(over)} {ranks[over]}."


def _check_ratio(wh: Warehouse, c: Claim, when: date | None) -> Check:
    word = str(c.detail.get("word", "")).lower()
    bounds = RATIO_WORDS.get(word)
    base = c.detail.get("of") or {}
    if bounds is None or c.subject is None or c.partner is None:
        return Check(
            c, "not checkable", f"The ratio word {word!r} has no agreed bounds (known: {', '.join(RATIO_WORDS)})."
        )
    num_flow = c.flow or "exports"
    den_flow = str(base.get("flow") or ("imports" if num_flow == "exports" else "exports"))
    num = Claim(**{**c.__dict__, "flow": num_flow, "kind": "trade_value"})
    den = Claim(**{**c.__dict__, "flow": den_flow, "kind": "trade_value"})
    nums = {(f.fig.side, f.fig.period, f.fig.source): f for f in _flow_figures(wh, num)}
    dens = {(f.fig.side, f.fig.period, f.fig.source): f for f in _flow_figures(wh, den)}
    pairs = []
    for k, n in nums.items():
        d = dens.get(k)
        if d is None or d.value <= 0 or (when is not None and n.fig.end > when):
            continue
        pairs.append((n, d, n.value / d.value))
    if not pairs:
        return Check(
            c,
            "not checkable",
            f"No period with both {num_flow} and {den_flow} of {_name(c.subject)} with {_name(c.partner)}.",
        )
    year = c.years[-1] if c.years else None
    lo, hi = bounds

    def rank(p: tuple[_Fig, _Fig, float]) -> tuple[Any, ...]:
        n = p[0].fig
        return (n.side != "reporter", not n.full_year, abs((year or n.year) - n.year), _source_rank(n))

    pairs.sort(key=rank)
    n, d, value = pairs[0]
    ev = [
        Evidence(
            f"{n.label} / {d.label}",
            value,
            "ratio",
            None,
            n.fig.year,
            n.fig.period,
            f"{n.fig.source}; {d.fig.source}",
            n.fig.basis,
            note=f"{_fmt(n.value, n.fig.currency)} / {_fmt(d.value, d.fig.currency)}",
        )
        for n, d, value in pairs[:6]
    ]
    verdict: Verdict = "consistent" if lo <= value <= hi else ("overstated" if value < lo else "understated")
    text = (
        f"In {n.fig.period} {_name(c.subject)}'s {num_flow} were {value:.1%} of its {den_flow} with {_name(c.partner)}"
        f" ({n.fig.basis}); '{word}' is read as {lo:.0%}-{hi:.0%}."
    )
    return Check(c, verdict, text, ev, f"'{word}': between {lo:.0%} and {hi:.0%}", n.fig.period)


# --- conversions and arithmetic -----------------------------------------------------------


def check_conversion(c: Claim, when: date | None) -> Check:
    src_v, src_c = c.detail.get("from_value"), c.detail.get("from_currency")
    if src_v is None or src_c is None or c.quantity is None or c.currency is None:
        return Check(c, "not checkable", "The conversion lacks one of its two amounts.")
    year = c.years[-1] if c.years and not c.period_inferred else (when.year if when else None)
    if year is None:
        return Check(c, "not checkable", "No year for the exchange rate: neither in the sentence nor an article date.")
    try:
        expected, rate = _convert(float(src_v), str(src_c), c.currency, year)
    except NoRateError as exc:
        missing = src_c if str(src_c) in str(exc) else c.currency
        return Check(c, "not checkable", f"not checkable: no {missing} rate for {year} ({exc}).")
    tol = tolerance(c.hedge)
    ratio = expected / c.quantity
    ev = [
        Evidence(
            f"{_fmt(float(src_v), str(src_c))} at the {year} average rate",
            expected,
            c.currency,
            c.currency,
            year,
            str(year),
            rate,
            "rate",
            expected,
            rate,
        )
    ]
    text = (
        f"{_fmt(float(src_v), str(src_c))} is {_fmt(expected, c.currency)} at the {year} average rate ({rate});"
        f" the article says {_fmt(c.quantity, c.currency)} ({c.quantity / expected:.0%} of that)."
    )
    v = tol.verdict(ratio)
    # the stated converted amount is the claim: data above it means the text understates it
    return Check(c, v, text, ev, tol.text, str(year))


def _check_balance(c: Claim) -> Check:
    """The stated balance against exports minus imports, the stated total against their sum."""
    d, cur = c.detail, c.currency
    exp, imp = float(d["exports"]), float(d["imports"])
    found: list[str] = []
    ok = True
    ev = []
    if d.get("balance") is not None:
        implied = exp - imp if d.get("balance_flow") == "surplus" else imp - exp
        tol = tolerance(d.get("balance_hedge"))
        ratio = implied / float(d["balance"])
        ok = ok and tol.lo <= ratio <= tol.hi
        found.append(
            f"exports {_fmt(exp, cur)} less imports {_fmt(imp, cur)} leave a {d.get('balance_flow')} of"
            f" {_fmt(abs(implied), cur)}{'' if implied >= 0 else ' the other way'}, {ratio:.0%} of the stated"
            f" {_fmt(float(d['balance']), cur)} ({tol.text})"
        )
        ev.append(
            Evidence("balance implied by the stated flows", implied, cur or "", cur, None, "", "the article", "article")
        )
    if d.get("total") is not None:
        tol = tolerance(d.get("total_hedge"))
        ratio = (exp + imp) / float(d["total"])
        ok = ok and tol.lo <= ratio <= tol.hi
        found.append(
            f"exports and imports add up to {_fmt(exp + imp, cur)}, {ratio:.0%} of the stated total"
            f" {_fmt(float(d['total']), cur)} ({tol.text})"
        )
        ev.append(Evidence("sum of the stated flows", exp + imp, cur or "", cur, None, "", "the article", "article"))
    text = "The stated figures: " + "; ".join(found) + "."
    return Check(c, "consistent" if ok else "contradicted", text, ev, "each stated figure within its hedge's tolerance")


def check_arithmetic(c: Claim, when: date | None) -> Check:
    d = c.detail
    rule = d.get("rule")
    if rule == "balance":
        return _check_balance(c)
    curs = [x for x in d.get("currencies", []) if x]
    if rule == "share" and len(set(curs)) == 1:
        part, whole, share = float(d["part"]), float(d["whole"]), float(d["share"])
        tol = tolerance(c.hedge)
        ratio = (part / whole) / share
        text = (
            f"{_fmt(part, curs[0])} of {_fmt(whole, curs[0])} is {part / whole:.1%}; the article says {share:.1%}"
            f" ({ratio:.0%} of it; {tol.text})."
        )
        ev = [
            Evidence("share of the two stated amounts", part / whole, "ratio", None, None, "", "the article", "article")
        ]
        ok = tol.lo <= ratio <= tol.hi
        return Check(c, "consistent" if ok else "contradicted", text, ev, tol.text + " of the stated share")
    curs = [x for x in d.get("currencies", []) if x]
    year = when.year if when else (c.years[-1] if c.years else None)

    def usd(v: float, cur: str) -> float:
        if cur == curs[0]:
            return v
        if year is None:
            raise NoRateError(f"no year to convert {cur}")
        return _convert(v, cur, curs[0], year)[0]

    try:
        if rule == "parts":
            total = float(d["total"])
            parts = [usd(float(p), cur) for p, cur in zip(d["parts"], curs[1:], strict=False)]
            s = sum(parts)
            tol = tolerance(c.hedge)
            ratio = s / total
            ok = 0.98 <= ratio <= 1.02 if c.hedge is None else tol.lo <= ratio <= tol.hi
            text = (
                f"The parts add up to {_fmt(s, curs[0])} against the stated total of"
                f" {_fmt(total, curs[0])} ({ratio:.0%})."
            )
            ev = [Evidence("sum of the stated parts", s, curs[0], curs[0], None, "", "the article", "article")]
            return Check(
                c,
                "consistent" if ok else "contradicted",
                text,
                ev,
                "parts within ±2% of the total (hedged: the hedge's tolerance)",
            )
        amounts = [usd(float(v), cur) for v, cur in zip(d["amounts"], curs, strict=False)]
    except NoRateError as exc:
        return Check(c, "not checkable", f"not checkable: {exc}.")
    new, old = max(amounts), min(amounts)
    if rule == "change":
        pct = float(d.get("percent") or 0)
        new, old = (max(amounts), min(amounts)) if pct >= 0 else (min(amounts), max(amounts))
        actual = (new / old - 1) * 100
        ok = abs(actual - pct) <= max(1.0, 0.1 * abs(pct))
        text = f"From {_fmt(old, curs[0])} to {_fmt(new, curs[0])} is {actual:+.1f}%; the article says {pct:+.1f}%."
        ev = [
            Evidence(
                "change between the two stated amounts", actual, "percent", None, None, "", "the article", "article"
            )
        ]
        return Check(
            c, "consistent" if ok else "contradicted", text, ev, "within 1 percentage point or 10% of the stated change"
        )
    if rule == "multiple":
        m = float(d.get("multiple") or 0)
        actual = new / old
        ok = abs(actual / m - 1) <= 0.1
        text = f"{_fmt(new, curs[0])} is {actual:.2f} times {_fmt(old, curs[0])}; the article says {m:g} times."
        ev = [Evidence("ratio of the two stated amounts", actual, "ratio", None, None, "", "the article", "article")]
        return Check(c, "consistent" if ok else "contradicted", text, ev, "within ±10% of the stated multiple")
    return Check(c, "not checkable", "The figures stated together follow no rule the checker knows.")


# --- alignment ------------------------------------------------------------------------------


def check_alignment(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.subject is None or c.partner is None:
        return Check(c, "not checkable", "The statement names no pair of countries whose UN votes could be compared.")
    subj, part = c.subject, c.partner
    group = next((x for x in (subj, part) if x in GROUP_CODES and x != "MNNA"), None)
    if group is not None:
        return Check(c, "not checkable", f"not checkable: UN votes are cast by countries, and {group} is a group.")
    if c.years and not c.period_inferred:
        since, until = c.years[0], c.years[-1]
    else:
        last = (when.year if when else date.today().year) - 1
        since, until = last - 4, last
    direction = c.detail.get("direction")
    than = c.detail.get("than")
    partners = [part] + ([str(than)] if than and than != "any other" else [])
    group = "mnna" if c.detail.get("rank_in") == "MNNA" or c.detail.get("group") == "MNNA" else None
    try:
        frame, placed, sources = data.alignment(wh, subj, partners, since, until, group)
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The UN votes could not be read: {exc}.")
    if frame.empty:
        return Check(
            c, "not checkable", f"No UN roll calls with both {_name(subj)} and {_name(part)} voting in {since}-{until}."
        )
    src = "; ".join(sources.values()) or "UN General Assembly recorded votes"
    period = f"{since}-{until}" + (
        " (the five full years before the article)" if c.period_inferred or not c.years else ""
    )
    ev = [
        Evidence(
            f"{_name(subj)}-{_name(r['partner'])} {r['measure']}",
            float(r["value"]),
            r["measure"],
            None,
            int(r["period"]),
            str(int(r["period"])),
            src,
            "votes",
            note=f"n = {int(r['n'])} roll calls" if "n" in r else "",
        )
        for r in frame.to_dict("records")
        if r["measure"] in ("agreement", "coincidence")
    ]
    if placed is not None and not placed.empty:
        for r in placed[placed["measure"] == "coincidence"].to_dict("records"):
            ev.append(
                Evidence(
                    f"{_name(subj)} among MNNA members (coincidence with {_name(r['partner'])})",
                    float(r["rank"]),
                    "rank",
                    None,
                    int(r["period"]),
                    str(int(r["period"])),
                    "MNNA designations by year; " + src,
                    "votes",
                    note=f"rank {int(r['rank'])} of {int(r['group_size']) + 1}; median {r['group_median']:.2f}",
                )
            )

    def mean(measure: str, who: str) -> float | None:
        sel = frame[(frame["measure"] == measure) & (frame["partner"] == who)]
        return float(sel["value"].mean()) if not sel.empty else None

    if c.unit == "percent" and c.quantity is not None:
        agree = mean("agreement", part)
        coin = mean("coincidence", part)
        if agree is None:
            return Check(c, "not checkable", "No votes in common.", ev)
        tol = tolerance(c.hedge)
        # "votes with the US N% of the time" is the State Department's published figure: identical
        # yes/no votes over identical plus opposite ones (abstentions and absences out)
        basis = coin if coin is not None else agree
        v = tol.verdict(basis * 100 / c.quantity)
        text = (
            f"In {since}-{until} {_name(subj)}'s State Department coincidence with {_name(part)} (identical yes/no"
            f" votes over identical plus opposite) was {basis:.0%}, against the claimed {c.quantity:g}%; identical"
            f" votes on all roll calls both took part in: {agree:.0%}."
        )
        return Check(c, v, text, ev, tol.text + " (State Department coincidence)", period)
    if than and than != "any other":
        a, b = mean("coincidence", part), mean("coincidence", str(than))
        if a is None or b is None:
            return Check(c, "not checkable", "No votes in common with one of the two partners.", ev, period=period)
        more = direction != "less"
        ok = a > b if more else a < b
        text = (
            f"In {since}-{until} {_name(subj)}'s coincidence with {_name(part)} averaged {a:.2f} and with"
            f" {_name(str(than))} {b:.2f}: {'closer to' if a > b else 'further from'} {_name(part)}."
        )
        return Check(c, "consistent" if ok else "contradicted", text, ev, "the direction of the comparison", period)
    if than == "any other" or c.detail.get("rank_in"):
        if placed is None or placed.empty:
            return Check(
                c,
                "not checkable",
                f"{_name(subj)} is not placed within the MNNA in {since}-{until}.",
                ev,
                period=period,
            )
        sel = placed[placed["measure"] == "coincidence"]
        ranks = [int(r) for r in sel["rank"]]
        sizes = [int(s) + 1 for s in sel["group_size"]]
        more = direction != "less"
        hits = sum(1 for r, n in zip(ranks, sizes, strict=True) if (r == 1 if more else r == n))
        ok = hits * 2 > len(ranks)
        text = (
            f"Among the Major Non-NATO Allies designated by each year, {_name(subj)} ranked "
            + ", ".join(f"{r} of {n}" for r, n in zip(ranks, sizes, strict=True))
            + f" by coincidence with {_name(part)} in {since}-{until}."
        )
        return Check(c, "consistent" if ok else "contradicted", text, ev, "rank 1 (or last) in most years", period)
    coin = mean("coincidence", part)
    if direction == "against":
        return _check_against(wh, c, subj, part, since, until, ev, period, coin)
    text = (
        "The sentence states an expectation or a general relation, no quantity or comparison the votes could"
        f" confirm or refute; for reference, {_name(subj)}'s coincidence with {_name(part)} averaged"
        f" {coin:.2f} in {since}-{until}."
    )
    return Check(c, "not checkable", text, ev, period=period)


def _check_against(
    wh: Warehouse,
    c: Claim,
    subj: str,
    part: str,
    since: int,
    until: int,
    ev: list[Evidence],
    period: str,
    coin: float | None,
) -> Check:
    """ "Kenya voted against the US on Palestine": recorded votes on the topic where one said yes, the other no."""
    topic = str(c.detail.get("topic") or "").strip()
    ref = f" (coincidence with {_name(part)} averaged {coin:.2f} in {since}-{until})" if coin is not None else ""
    if not topic:
        return Check(
            c, "not checkable", f"The sentence names no topic to find the roll calls by{ref}.", ev, period=period
        )
    try:
        rolls = data.roll_calls(wh, [subj, part], since, until, topic)
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The roll calls could not be read: {exc}.", ev, period=period)
    a, b = subj.lower(), part.lower()
    cols = {col.lower(): col for col in rolls.columns}
    if rolls.empty or a not in cols or b not in cols:
        return Check(
            c, "not checkable", f"No General Assembly votes on {topic!r} in {since}-{until}{ref}.", ev, period=period
        )
    va, vb = rolls[cols[a]].astype("string"), rolls[cols[b]].astype("string")
    both = rolls[va.isin(["yes", "no", "abstain"]) & vb.isin(["yes", "no", "abstain"])]
    opposite = rolls[((va == "yes") & (vb == "no")) | ((va == "no") & (vb == "yes"))]
    for r in opposite.head(10).to_dict("records"):
        ev.append(
            Evidence(
                f"{r.get('symbol') or r.get('rcid')}: {str(r.get('title') or r.get('description') or '')[:80]}",
                1.0,
                "vote",
                None,
                int(str(r["date"])[:4]) if r.get("date") is not None else None,
                str(r.get("date"))[:10],
                f"{r.get('source')} ({r.get('source_file')} row {r.get('source_row')})",
                "votes",
                note=f"{_name(subj)} {r[cols[a]]}, {_name(part)} {r[cols[b]]}",
            )
        )
    if both.empty:
        return Check(
            c, "not checkable", f"Neither voted on the {len(rolls)} roll calls on {topic!r}.", ev, period=period
        )
    verdict: Verdict = "consistent" if len(opposite) else "contradicted"
    text = (
        f"On {len(both)} recorded votes on {topic!r} in {since}-{until} that both cast, {_name(subj)} and"
        f" {_name(part)} voted opposite ways (yes against no) {len(opposite)} times."
    )
    return Check(c, verdict, text, ev, "at least one opposite vote on the topic", period)


# --- dispatch ------------------------------------------------------------------------------


def check_one(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """The verdict on one claim (errors of the data become a *not checkable* with the reason)."""
    handlers: dict[str, Callable[[], Check]] = {
        "trade_value": lambda: check_trade_value(wh, c, when),
        "change": lambda: check_change(wh, c, when),
        "rank_share": lambda: check_rank_share(wh, c, when),
        "conversion": lambda: check_conversion(c, when),
        "arithmetic": lambda: check_arithmetic(c, when),
        "alignment": lambda: check_alignment(wh, c, when),
    }
    if c.kind == "uncheckable":
        return Check(c, "not checkable", f"not checkable: {c.reason}.")
    missing = _unknown_group(c.subject, c.partner) if c.kind in ("trade_value", "change", "rank_share") else None
    if missing is not None:
        known = "World, Africa, Sub-Saharan Africa, EU, Euro Area, Middle East, Latin America (Western Hemisphere)"
        return Check(
            c,
            "not checkable",
            f"not checkable: the trade data have no figures for the group {missing!r} (groups with figures: {known}).",
        )
    try:
        out = handlers[c.kind]()
    except DyadscopeError as exc:
        out = Check(c, "not checkable", f"The data needed could not be read: {exc}")
    except (ArithmeticError, LookupError, TypeError, ValueError) as exc:  # one bad claim must not stop the article
        out = Check(c, "not checkable", f"The check failed on this claim ({type(exc).__name__}: {exc}).")
        out.warnings.append("checker error: please report this sentence")
    out.warnings = list(dict.fromkeys([*c.warnings, *out.warnings]))
    return out


def check_all(wh: Warehouse, claims: list[Claim], when: date | None) -> list[Check]:
    """Verdicts for ``claims`` of an article dated ``when``, against the warehouse ``wh``."""
    return [check_one(wh, c, when) for c in claims]
