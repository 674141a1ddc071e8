"""Trade values checked on both sides' records: the reporter's own figures and the partner's mirror,
by source, for the article's period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dyadscope.claims import data
from dyadscope.claims.checks.common import Check, Evidence, Tolerance, Verdict, convert, fmt, name, tolerance
from dyadscope.claims.claim import Claim
from dyadscope.claims.lexicon import GROUP_CODES
from dyadscope.errors import DyadscopeError, NoRateError
from dyadscope.warehouse import Warehouse


@dataclass
class Fig:
    fig: data.Figure
    value: float  # in the claim's flow terms (derived for total/deficit/surplus), own currency
    label: str


def flow_figures(wh: Warehouse, c: Claim) -> list[Fig]:
    assert c.subject is not None and c.partner is not None and c.flow is not None
    subj, part = resolve_party(c.subject), resolve_party(c.partner)
    if c.flow in ("exports", "imports"):
        figs = data.trade_figures(wh, subj, part, c.flow)
        return [Fig(f, f.value, _label(f)) for f in figs]
    exp = data.trade_figures(wh, subj, part, "exports")
    imp = data.trade_figures(wh, subj, part, "imports")
    out: list[Fig] = []
    # published totals and balances as they stand
    for f in data.trade_figures(wh, subj, part, "total" if c.flow == "total" else "balance"):
        v = f.value if c.flow == "total" else (-f.value if c.flow == "deficit" else f.value)
        out.append(Fig(f, v, _label(f)))

    def key(f: data.Figure) -> tuple[Any, ...]:
        return (f.side, f.period, f.source, f.basis, f.currency)

    imports = {key(f): f for f in imp}
    for e in exp:
        i = imports.get(key(e))
        if i is None:
            continue
        v = {"total": e.value + i.value, "deficit": i.value - e.value, "surplus": e.value - i.value}[c.flow]
        label = (
            f"{name(e.reporter)} {c.flow} with {name(e.partner)} (exports {fmt(e.value, e.currency)}"
            f" and imports {fmt(i.value, i.currency)}; {e.basis})"
        )
        out.append(Fig(e, v, label))
    return out


# group names of the text that the trade data know under another name
_GROUP_ALIASES = {"Latin America": "Western Hemisphere"}


def resolve_party(code: str) -> str:
    """The code the trade data use for a country or group (``Latin America`` -> ``Western Hemisphere``)."""
    from dyadscope.trade import parties

    try:
        return str(parties.resolve(_GROUP_ALIASES.get(code, code)))
    except DyadscopeError:
        return code


def unknown_group(*codes: str | None) -> str | None:
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
    return f"{name(f.reporter)} {f.flow} {prep} {name(f.partner)} ({f.basis})"


def source_rank(f: data.Figure) -> int:
    """The preference order of sources on one side: BACI, IMF DOTS, COW, then published figures."""
    src = f.source.lower()
    for i, keys in enumerate((("baci",), ("direction of trade", "dots"), ("correlates of war", "cow"))):
        if any(k in src for k in keys):
            return i
    return 3 if f.basis == "published" else 4


def pick_period(
    figs: list[Fig], years: list[int], inferred: bool, when: date | None
) -> tuple[list[Fig], list[Fig], str, list[str]]:
    """(figures used, figures listed only, period note, warnings)."""
    warnings: list[str] = []
    listed: list[Fig] = []
    usable: list[Fig] = []
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


def _annual(f: Fig) -> tuple[float, str]:
    if f.fig.full_year:
        return f.value, ""
    m = f.fig.months
    return f.value * 12 / m, f"{m}-month figure ({f.fig.period}) annualised pro rata (x 12/{m})"


def check_trade_value(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.subject is None or c.partner is None or c.flow is None:
        return Check(c, "not checkable", "The claim does not name both trading parties and a flow.")
    if c.quantity is None and c.detail.get("sign_only"):
        return _check_sign(wh, c, when)
    if c.quantity is None or c.currency is None:
        return Check(c, "not checkable", "The claim states no amount.")
    figs = flow_figures(wh, c)
    if not figs:
        return Check(
            c,
            "not checkable",
            f"No trade figures between {name(c.subject)} and {name(c.partner)} in the data"
            f" ({c.flow}; sources: published national figures, IMF DOTS, COW, BACI when loaded).",
        )
    used, listed, note, warnings = pick_period(figs, c.years, c.period_inferred, when)
    tol = tolerance(c.hedge)
    ev: list[Evidence] = []
    rated: list[tuple[Fig, float, Verdict]] = []
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
            conv, rate = convert(value, f.fig.currency, c.currency, f.fig.year)
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
            recent.append(f"{f.label} {f.fig.period}: {fmt(conv, c.currency)} a year")
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
                f"The {year} figures of {name(c.subject)} {c.flow} with {name(c.partner)} cover a period that ends"
                f" after the article's date ({when}): they are listed, not used.",
                ev,
                tol.text,
                note,
                warnings,
            )
        return Check(
            c,
            "not checkable",
            f"No {name(c.subject)} {c.flow} figures with {name(c.partner)} for {note}"
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


def _years_span(figs: list[Fig]) -> str:
    ys = sorted({f.fig.year for f in figs})
    return f"{ys[0]}-{ys[-1]}" if ys else "no year"


def _best(items: list[tuple[Fig, float, Verdict]]) -> tuple[Fig, float, Verdict] | None:
    if not items:
        return None
    return sorted(items, key=lambda t: (not t[0].fig.full_year, source_rank(t[0].fig)))[0]


def _combine(c: Claim, rated: list[tuple[Fig, float, Verdict]], tol: Tolerance) -> tuple[Verdict, str]:
    own = _best([r for r in rated if r[0].fig.side == "reporter"])
    mirror = _best([r for r in rated if r[0].fig.side == "partner"])
    cur = c.currency
    claimed = fmt(float(c.quantity or 0), cur)

    def say(r: tuple[Fig, float, Verdict]) -> str:
        f, ratio, _ = r
        value, ann = _annual(f)
        conv = float(c.quantity or 0) * ratio
        native = "" if f.fig.currency == cur else f"{fmt(value, f.fig.currency)} = "
        return (
            f"{f.label} for {f.fig.period}{' annualised' if ann else ''}: {native}{fmt(conv, cur)}"
            f" ({ratio:.0%} of the claim)"
        )

    if c.flow in ("deficit", "surplus"):
        # a deficit claimed where the records show a surplus (or the reverse) is a false direction, not a
        # matter of size
        signs = [r for r in (own, mirror) if r is not None]
        other = "surplus" if c.flow == "deficit" else "deficit"
        if signs and all(r[1] < 0 for r in signs):
            shown = "; ".join(say(r) for r in signs)
            return "contradicted", f"{shown}: the records show a {other}, not a {c.flow}."
        if own and mirror and (own[1] < 0) != (mirror[1] < 0):
            return "sources disagree", f"{say(own)}; {say(mirror)}: one side's records show a {other}."
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


def _check_sign(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """ "Pakistan's trade deficit": a deficit (surplus) named without an amount must be one in the
    claim's period, on the reporter's own record where it has one, the partner's mirror beside it."""
    used, _, note, warnings = pick_period(flow_figures(wh, c), c.years, c.period_inferred, when)
    full = sorted((f for f in used if f.fig.full_year), key=lambda f: (f.fig.side != "reporter", source_rank(f.fig)))
    if not full:
        return Check(c, "not checkable", f"No full-year figures of {name(c.subject)} {c.flow} with {name(c.partner)}.")
    ev = [
        Evidence(f.label, f.value, f.fig.currency, f.fig.currency, f.fig.year, f.fig.period, f.fig.source, f.fig.basis)
        for f in full[:4]
    ]
    best = full[0]
    ok = best.value > 0  # the figure in the claim's terms: a deficit is imports less exports
    text = f"{best.label} for {note}: {fmt(best.value, best.fig.currency)}, " + (
        f"a {c.flow} as stated." if ok else f"not a {c.flow}."
    )
    chk = Check(c, "consistent" if ok else "contradicted", text, ev, f"a {c.flow} (no amount stated)", note)
    chk.warnings.extend(warnings)
    return chk
