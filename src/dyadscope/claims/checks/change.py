"""Changes checked on the series: growth rates, multiples ("doubled"), records and "the highest since"."""

from __future__ import annotations

from datetime import date

from dyadscope.claims.checks.common import Check, Evidence, Verdict, convert, fmt, name, tolerance
from dyadscope.claims.checks.trade import Fig, flow_figures, source_rank
from dyadscope.claims.claim import Claim
from dyadscope.errors import NoRateError
from dyadscope.warehouse import Warehouse


def _series(wh: Warehouse, c: Claim, when: date | None) -> dict[tuple[str, str], dict[int, tuple[float, Fig]]]:
    """Full-year values in USD by (side, source) and year, up to the article's date."""
    out: dict[tuple[str, str], dict[int, tuple[float, Fig]]] = {}
    for f in flow_figures(wh, c):
        if not f.fig.full_year or (when is not None and f.fig.end > when):
            continue
        try:
            usd, _ = convert(f.value, f.fig.currency, "USD", f.fig.year)
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
        series.items(), key=lambda kv: (kv[0][0] != "reporter", source_rank(next(iter(kv[1].values()))[1].fig))
    ):
        if year not in by_year:
            continue
        v1, f1 = by_year[year]
        if c.unit == "record":
            past = {y: v for y, (v, _) in by_year.items() if y < year and (since is None or y >= int(since))}
            if not past:
                continue
            high = c.detail.get("direction", "high") == "high"
            top_y = max(past, key=lambda y: past[y]) if high else min(past, key=lambda y: past[y])
            ok = v1 > past[top_y] if high else v1 < past[top_y]
            for y in sorted({top_y, *sorted(past)[-5:]}):  # the record to beat and the last five years
                ev.append(_usd_evidence(f"{f1.label}", past[y], y, by_year[y][1]))
            ev.append(_usd_evidence(f1.label, v1, year, f1))
            span = f"{min(past)}-{year}"
            text = (
                f"{f1.label}: {fmt(v1, 'USD')} in {year}, "
                + (
                    f"{'above' if high else 'below'} every year since {min(past)}"
                    if ok
                    else f"{'below' if high else 'above'} {top_y}'s {fmt(past[top_y], 'USD')}"
                )
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
                f"{f1.label}: {fmt(v0, 'USD')} in {base}, {fmt(v1, 'USD')} in {year},"
                f" {factor:.2f} times (claimed {claimed:g} times)."
            )
        elif c.quantity is None and c.detail.get("direction_only"):
            # "has declined in recent years": the direction alone decides
            actual = (factor - 1) * 100
            up = c.detail.get("direction") == "up"
            v = "consistent" if (actual > 0 if up else actual < 0) else "contradicted"
            text = (
                f"{f1.label}: {fmt(v0, 'USD')} in {base}, {fmt(v1, 'USD')} in {year}, a change of"
                f" {actual:+.1f}% (claimed: a {'rise' if up else 'fall'})."
            )
        else:
            claimed = float(c.quantity or 0)
            actual = (factor - 1) * 100
            yearly = bool(c.detail.get("per_year")) and year - base > 1
            if yearly:  # "an average of 8 percent a year": the compound yearly rate over the period
                actual = (factor ** (1 / (year - base)) - 1) * 100 if factor > 0 else -100.0
            if claimed * actual < 0 or (claimed != 0 and actual == 0):
                v = "contradicted"
            else:
                lo, hi = abs(claimed) * tol.lo, abs(claimed) * tol.hi
                lo, hi = min(lo, abs(claimed) - 1.0), max(hi, abs(claimed) + 1.0)
                v = "consistent" if lo <= abs(actual) <= hi else ("overstated" if abs(actual) < lo else "understated")
            text = (
                f"{f1.label}: {fmt(v0, 'USD')} in {base}, {fmt(v1, 'USD')} in {year}, a change of"
                f" {actual:+.1f}% (claimed {claimed:+.1f}%)."
            )
            if yearly:
                text = (
                    f"{f1.label}: {fmt(v0, 'USD')} in {base}, {fmt(v1, 'USD')} in {year}, {factor:.2f} times"
                    f" over {year - base} years: a compound yearly rate of {actual:+.1f}% (claimed {claimed:+.1f}%"
                    " a year)."
                )
        results.append((key, v, text))
    note = f"{base}-{year}" if c.unit != "record" else f"up to {year}"
    if not results:
        return Check(
            c,
            "not checkable",
            f"No full-year figures of {name(c.subject)} {c.flow} with {name(c.partner)} for both {base} and {year}.",
            ev,
            tol.text,
            note,
        )
    verdict, text = _combine_simple(results)
    tol_text = tol.text + ("; the change itself, at least ±1 percentage point" if c.unit == "percent" else "")
    if c.quantity is None and c.detail.get("direction_only"):
        tol_text = "the direction of the change only (no amount stated)"
    if c.unit == "record":
        low = c.detail.get("direction") == "low"
        tol_text = f"a record {'low: below' if low else 'high: above'} every earlier year"
    return Check(c, verdict, text, ev, tol_text, note)


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


def _usd_evidence(label: str, usd: float, year: int, f: Fig) -> Evidence:
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
