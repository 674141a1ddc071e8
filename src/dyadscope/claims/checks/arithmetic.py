"""Conversions checked against the rates table; figures inside the article checked against each other."""

from __future__ import annotations

from datetime import date

from dyadscope.claims.checks.common import Check, Evidence, convert, fmt, tolerance
from dyadscope.claims.claim import Claim
from dyadscope.errors import NoRateError


def check_conversion(c: Claim, when: date | None) -> Check:
    src_v, src_c = c.detail.get("from_value"), c.detail.get("from_currency")
    if src_v is None or src_c is None or c.quantity is None or c.currency is None:
        return Check(c, "not checkable", "The conversion lacks one of its two amounts.")
    # the rate of the figure's year: the year stated, or for a trade figure the period it is read for (the
    # latest full year before the article); an amount of no trade flow (a loan, a budget) at the article's year
    stated = c.years and (not c.period_inferred or c.flow is not None)
    year = c.years[-1] if stated else (when.year if when else None)
    if year is None:
        return Check(c, "not checkable", "No year for the exchange rate: neither in the sentence nor an article date.")
    try:
        expected, rate = convert(float(src_v), str(src_c), c.currency, year)
    except NoRateError as exc:
        missing = src_c if str(src_c) in str(exc) else c.currency
        return Check(c, "not checkable", f"not checkable: no {missing} rate for {year} ({exc}).")
    tol = tolerance(c.hedge)
    ratio = expected / c.quantity
    ev = [
        Evidence(
            f"{fmt(float(src_v), str(src_c))} at the {year} average rate",
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
        f"{fmt(float(src_v), str(src_c))} is {fmt(expected, c.currency)} at the {year} average rate ({rate});"
        f" the article says {fmt(c.quantity, c.currency)} ({c.quantity / expected:.0%} of that)."
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
            f"exports {fmt(exp, cur)} less imports {fmt(imp, cur)} leave a {d.get('balance_flow')} of"
            f" {fmt(abs(implied), cur)}{'' if implied >= 0 else ' the other way'}, {ratio:.0%} of the stated"
            f" {fmt(float(d['balance']), cur)} ({tol.text})"
        )
        ev.append(
            Evidence("balance implied by the stated flows", implied, cur or "", cur, None, "", "the article", "article")
        )
    if d.get("total") is not None:
        tol = tolerance(d.get("total_hedge"))
        ratio = (exp + imp) / float(d["total"])
        ok = ok and tol.lo <= ratio <= tol.hi
        found.append(
            f"exports and imports add up to {fmt(exp + imp, cur)}, {ratio:.0%} of the stated total"
            f" {fmt(float(d['total']), cur)} ({tol.text})"
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
            f"{fmt(part, curs[0])} of {fmt(whole, curs[0])} is {part / whole:.1%}; the article says {share:.1%}"
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
        return convert(v, cur, curs[0], year)[0]

    try:
        if rule == "parts":
            total = float(d["total"])
            parts = [usd(float(p), cur) for p, cur in zip(d["parts"], curs[1:], strict=False)]
            s = sum(parts)
            tol = tolerance(c.hedge)
            ratio = s / total
            ok = 0.98 <= ratio <= 1.02 if c.hedge is None else tol.lo <= ratio <= tol.hi
            text = (
                f"The parts add up to {fmt(s, curs[0])} against the stated total of"
                f" {fmt(total, curs[0])} ({ratio:.0%})."
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
        text = f"From {fmt(old, curs[0])} to {fmt(new, curs[0])} is {actual:+.1f}%; the article says {pct:+.1f}%."
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
        text = f"{fmt(new, curs[0])} is {actual:.2f} times {fmt(old, curs[0])}; the article says {m:g} times."
        ev = [Evidence("ratio of the two stated amounts", actual, "ratio", None, None, "", "the article", "article")]
        return Check(c, "consistent" if ok else "contradicted", text, ev, "within ±10% of the stated multiple")
    return Check(c, "not checkable", "The figures stated together follow no rule the checker knows.")
