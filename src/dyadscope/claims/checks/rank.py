"""Ranks, shares and ratio words checked on the partner shares of a country's trade."""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from typing import Any, Literal

from dyadscope.claims import data
from dyadscope.claims.checks.common import Check, Evidence, Verdict, convert, fmt, name, tolerance
from dyadscope.claims.checks.trade import Fig, flow_figures, pick_period, resolve_party, source_rank
from dyadscope.claims.claim import Claim
from dyadscope.claims.lexicon import GROUP_CODES
from dyadscope.errors import DyadscopeError
from dyadscope.warehouse import Warehouse

RATIO_WORDS: dict[str, tuple[float, float]] = {
    "a tiny fraction": (0.0, 0.05),
    "a small fraction": (0.0, 0.10),
    "a fraction": (0.0, 0.20),
    "a quarter": (0.20, 0.30),
    "a third": (0.28, 0.38),
    "half": (0.40, 0.60),
}


SHARE_LABEL = ": share of "  # the label of a partner table's rows in the evidence


def region_members(region: str, year: int) -> set[str]:
    """The countries of a region a rank is said within: African Union members for Africa (Egypt and the
    Maghreb included, which the IMF's Africa row leaves out), EU members of ``year``, else the IMF group's."""
    from dyadscope import groups
    from dyadscope.trade import parties

    if region == "Africa":
        return set(groups.members("au", year))
    if region == "EU":
        return set(groups.members("eu", year))
    if region == "Latin America":
        region = "Western Hemisphere"  # the IMF's emerging Western Hemisphere: Latin America and the Caribbean
    try:
        return set(parties.members(parties.resolve(region)) or ())
    except DyadscopeError:
        return set()


def _in_region(frame: Any, detail: dict[str, Any], year: int) -> tuple[Any, str]:
    """The partner table cut to a region ("the largest African market") or to the countries outside a
    group ("outside the EU"), ranks renumbered; the words saying so."""
    among, outside = detail.get("among"), detail.get("outside")
    if among:
        members = region_members(str(among), year)
        if members:
            frame = frame[frame["partner"].isin(members)].reset_index(drop=True)
            return frame, f" in {name(str(among))}"
    if outside:
        members = region_members(str(outside), year)
        if members:
            frame = frame[~frame["partner"].isin(members)].reset_index(drop=True)
            return frame, f" outside {name(str(outside))}"
    return frame, ""


def _order(frame: Any, partner: str, rank: int, detail: dict[str, Any]) -> tuple[bool, str, str]:
    """ "ahead of Brazil" / "behind Australia" said with a rank: each country named ranks below (above) the
    ranked partner in the same table. (ok, sentence, tolerance text); empty texts when none is named."""
    ok, parts, rules = True, [], []
    for key, ahead in (("ahead_of", True), ("behind", False)):
        for other in [str(x) for x in detail.get(key) or []]:
            code = resolve_party(other)
            row = frame[frame["partner"] == code]
            orank = int(row.index[0]) + 1 if not row.empty else None
            holds = (orank is None or orank > rank) if ahead else (orank is not None and orank < rank)
            ok = ok and holds
            parts.append(f"{name(other)} ranked {orank if orank is not None else 'outside the table'}")
            rules.append(f"{'ahead of' if ahead else 'behind'} {name(other)}")
    if not parts:
        return True, "", ""
    return ok, "; ".join(parts) + ".", " and ".join(rules)


def check_rank_share(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.unit == "ratio":
        return _check_ratio(wh, c, when)
    if c.unit == "comparison" and isinstance(c.detail.get("versus"), str):
        return _check_versus(wh, c, when)
    if c.subject is None or c.partner is None:
        return Check(c, "not checkable", "The claim does not name both countries.")
    if c.detail.get("member") and c.quantity is not None:
        return _check_member_share(wh, c, when)
    if c.unit == "percent" and c.partner in GROUP_CODES and c.quantity is not None:
        return _check_group_share(wh, c, when)
    year = c.years[-1] if c.years else None
    if year is None:
        return Check(c, "not checkable", "No year in the sentence and no article date.")
    own = _check_on_table(wh, c, when, year, None)
    # only a judgement on the owner's own partner table has a mirror to stand beside it
    if own.verdict == "not checkable" or not any(
        e.basis == "reported" and SHARE_LABEL in e.label for e in own.evidence
    ):
        return own
    mirror = _check_on_table(wh, c, when, year, "mirror")
    return _two_sided(own, mirror)


def _two_sided(own: Check, mirror: Check) -> Check:
    """A rank or share judged on the owner's own records and on its partners' mirror records of the same
    trade: the own record decides; 'sources disagree' when only the mirror agrees or the two bracket the
    claim (as for trade values); the mirror's figures are listed beside the own record's."""
    if mirror.verdict == "not checkable" or mirror.period != own.period:
        return own
    ev = [*own.evidence, *(e for e in mirror.evidence if e.basis == "mirror")]
    both = {own.verdict, mirror.verdict}
    said = f"On the partners' own records of the same trade (mirror): {mirror.explanation}"
    if own.verdict != "consistent" and (mirror.verdict == "consistent" or both == {"overstated", "understated"}):
        return dataclasses.replace(
            own, verdict="sources disagree", explanation=f"{own.explanation} {said}", evidence=ev
        )
    return dataclasses.replace(own, explanation=f"{own.explanation} {said}", evidence=ev)


def _check_on_table(
    wh: Warehouse, c: Claim, when: date | None, year: int, basis: Literal["reported", "mirror"] | None
) -> Check:
    """The rank or share on one partner table of the owner (``basis``: that record only)."""
    # "China traded more with Africa than the next three combined": China ranks among Africa's partners
    owner, ranked = (c.partner, c.subject) if c.unit == "comparison" else (c.subject, c.partner)
    if owner is None or ranked is None:
        return Check(c, "not checkable", "The claim does not name both countries.")
    table = data.partner_table(wh, resolve_party(owner), year, basis)
    asked = year
    while table is None and c.period_inferred and year > asked - 8:  # no year stated: the latest year with data
        year -= 1
        table = data.partner_table(wh, resolve_party(owner), year, basis)
    plabel = (
        str(year) if year == asked else f"{year} (no partner figures for {asked}; the latest earlier year with figures)"
    )
    if table is None:
        return Check(
            c,
            "not checkable",
            f"No partner breakdown of {name(owner)}'s trade for {year} (partner shares need the all-pairs"
            " flows or a loaded BACI release).",
        )
    frame, source = table
    record = str(frame.attrs.get("basis") or "reported")
    flow = c.flow if c.flow in ("exports", "imports") else "total"
    frame = frame.assign(total_usd=frame["exports_usd"] + frame["imports_usd"])
    frame = frame[~frame["partner"].isin([*GROUP_CODES, "WLD", "World"])]
    if record == "group":  # a group's partners: single countries that were not its members that year
        frame = frame[~frame["partner"].isin(region_members(str(owner), year))]
    col = f"{flow}_usd"
    frame = frame.sort_values(col, ascending=False).reset_index(drop=True)
    frame["share"] = frame[col] / frame[col].sum()
    frame, region_note = _in_region(frame, c.detail, year)
    partner = resolve_party(ranked)
    if c.unit == "rank" and ranked in GROUP_CODES and not c.detail.get("overtook") and not c.detail.get("top"):
        return _group_rank(wh, c, when, frame, owner, str(ranked), col, flow, year, source, plabel)
    row = frame[frame["partner"] == partner]
    if row.empty:
        return Check(c, "not checkable", f"No {year} flows between {name(owner)} and {name(ranked)}.")
    rank = int(row.index[0]) + 1
    share = float(row["share"].iloc[0])
    records = frame.to_dict("records")
    shown = [*range(min(5, len(records))), *([rank - 1] if rank > 5 else [])]  # the top five, and the claim's own
    ev = [
        Evidence(
            f"{name(records[i]['partner'])}{SHARE_LABEL}{name(owner)}'s {flow}",
            float(records[i][col]),
            "USD",
            "USD",
            year,
            str(year),
            source,
            record,
            note=f"rank {i + 1}, share {records[i]['share']:.1%}"
            + (" (partners' records of their trade with the owner)" if record == "mirror" else ""),
        )
        for i in shown
    ]
    if c.unit == "rank" and c.detail.get("top") and c.detail.get("ranked"):
        # "China, Switzerland and India were Ghana's three largest export markets": the set of the top N
        n = int(c.detail["top"])
        leaders = [str(p) for p in frame["partner"].iloc[:n]]
        listed = [resolve_party(str(x)) for x in c.detail["ranked"]]
        ok = len(listed) == n and set(listed) == set(leaders)
        text = (
            f"In {year} the {n} largest partners of {name(owner)} by {flow} were"
            f" {', '.join(name(p) for p in leaders)};"
            f" the claim lists {', '.join(name(p) for p in listed)}."
        )
        return Check(c, "consistent" if ok else "contradicted", text, ev, f"the same {n} partners", plabel)
    if c.unit == "rank":
        claimed = int(c.quantity or 1)
        over = c.detail.get("overtook")
        if over:
            o = frame[frame["partner"] == resolve_party(str(over))]
            orank = int(o.index[0]) + 1 if not o.empty else None
            ahead = orank is None or rank < orank
            stated = bool(c.detail.get("stated_rank"))
            # "overtook France as Germany's second-largest market": both the order and the rank stated
            ok = ahead and (rank == claimed or not stated)
            text = (
                f"In {year} {name(partner)} ranked {rank} and {name(str(over))} {orank or 'lower'}"
                f" among {name(owner)}'s partners by {flow}" + (f" (claimed rank {claimed})." if stated else ".")
            )
            text += _rank_before(wh, owner, partner, str(over), year, flow)
            tol_text = f"ahead of {name(str(over))}" + (f" and rank {claimed}" if stated else "")
            return Check(c, "consistent" if ok else "contradicted", text, ev, tol_text, plabel)
        ok = rank == claimed
        text = (
            f"In {year} {name(partner)} ranked {rank} among {name(owner)}'s partners{region_note} by {flow}"
            f" ({share:.1%}; claimed rank {claimed})."
        )
        tol_text = f"rank {claimed}"
        order_ok, order_text, order_tol = _order(frame, partner, rank, c.detail)
        if order_text:
            ok, text, tol_text = ok and order_ok, f"{text} {order_text}", f"{tol_text} and {order_tol}"
        v = c.detail.get("versus")
        if isinstance(v, dict):
            # the rank and the comparison stated beside it are one claim: both must hold
            found = _versus(wh, c, when, str(v["subject"]), str(v["market"]), str(v["other"]), "subject", v)
            if found is None:
                text += f" The comparison '{v['quote']}' has no figures to check it: the rank alone is judged."
            else:
                v_ok, v_text, v_ev, v_tol = found
                if v_ok is None and ok:  # the rank holds, the two records of the comparison disagree
                    text, ev = f"{text} {v_text}", [*ev, *v_ev]
                    return Check(c, "sources disagree", text, ev, f"{tol_text} and {v_tol}", plabel)
                ok, text, ev, tol_text = ok and bool(v_ok), f"{text} {v_text}", [*ev, *v_ev], f"{tol_text} and {v_tol}"
        return Check(c, "consistent" if ok else "contradicted", text, ev, tol_text, plabel)
    if c.unit == "comparison" and c.detail.get("next_combined"):
        every = c.detail["next_combined"] == "all"  # "more than all other markets combined"
        n = len(frame) - 1 if every else int(c.detail["next_combined"])
        if rank != 1:
            return Check(
                c,
                "contradicted",
                f"In {year} {name(partner)} ranked {rank}, not first, among {name(owner)}'s partners.",
                ev,
                "more than the next N combined",
                str(year),
            )
        nxt = float(frame[col].iloc[1 : 1 + n].sum())
        top = float(frame[col].iloc[0])
        ok = top > nxt
        others = "all other partners" if every else f"the next {n}"
        text = f"In {year} {name(partner)}: {fmt(top, 'USD')}; {others} combined: {fmt(nxt, 'USD')}."
        return Check(c, "consistent" if ok else "contradicted", text, ev, f"more than {others} combined", plabel)
    claimed_share = float(c.quantity or 0) / 100
    tol = tolerance(c.hedge)
    ratio = share / claimed_share if claimed_share else math.inf
    text = (
        f"In {year} {name(partner)} took {share:.1%} of {name(owner)}'s {flow},"
        f" against the claimed {claimed_share:.1%}."
    )
    return Check(c, tol.verdict(ratio), text, ev, tol.text, plabel)


def _group_rank(
    wh: Warehouse,
    c: Claim,
    when: date | None,
    frame: Any,
    owner: str,
    group: str,
    col: str,
    flow: str,
    year: int,
    source: str,
    plabel: str,
) -> Check:
    """ "The EU is Kenya's largest export market": the owner's flow with the group (its aggregate row, the
    owner's own record first) ranked among the single countries that are not the group's members (DOTS's EU
    row holds the 27 members of 2020)."""
    from dyadscope.trade import parties

    code = resolve_party(group)
    probe = dataclasses.replace(c, years=[year], period_inferred=False)
    found = _flow_usd(wh, probe, when, owner, group, flow if flow != "total" else "exports")
    if found is None or flow == "total":
        return Check(c, "not checkable", f"No {year} {flow} figures of {name(owner)} with {name(group)}.")
    value, fig = found
    try:
        members = set(parties.members(code) or ())
    except DyadscopeError:  # a group the registry does not list: no members to leave out
        members = set()
    singles = frame[~frame["partner"].isin(members)].reset_index(drop=True)
    rank = 1 + int((singles[col] > value).sum())
    claimed = int(c.quantity or 1)
    ahead = [str(p) for p in singles[singles[col] > value]["partner"].iloc[:3]]
    ev = [Evidence(fig.label, value, "USD", "USD", year, str(year), fig.fig.source, fig.fig.basis, note=fig.fig.where)]
    ev += [
        Evidence(
            f"{name(str(r['partner']))}: {name(owner)}'s {flow}",
            float(r[col]),
            "USD",
            "USD",
            year,
            str(year),
            source,
            "reported",
        )
        for r in singles.head(3).to_dict("records")
    ]
    text = (
        f"In {year} {name(group)} ({fmt(value, 'USD')}) ranked {rank} among {name(owner)}'s partners by {flow},"
        f" counted against single countries outside it (claimed rank {claimed})"
        + (f"; ahead of it: {', '.join(name(p) for p in ahead)}." if ahead else ".")
    )
    return Check(c, "consistent" if rank == claimed else "contradicted", text, ev, f"rank {claimed}", plabel)


def _rank_before(wh: Warehouse, owner: str, partner: str, over: str, year: int, flow: str) -> str:
    """The order of the two partners the year before (context for "overtook"; not in the verdict)."""
    table = data.partner_table(wh, resolve_party(owner), year - 1)
    if table is None:
        return ""
    frame = table[0]
    col = f"{flow}_usd"
    if flow == "total":
        frame = frame.assign(total_usd=frame["exports_usd"] + frame["imports_usd"])
    frame = frame[~frame["partner"].isin([*GROUP_CODES, "WLD", "World"])]
    frame = frame.sort_values(col, ascending=False).reset_index(drop=True)
    ranks = {
        p: int(frame.index[frame["partner"] == resolve_party(p)][0]) + 1
        for p in (partner, over)
        if (frame["partner"] == resolve_party(p)).any()
    }
    if len(ranks) < 2:
        return ""
    return f" In {year - 1}: {name(partner)} {ranks[partner]}, {name(over)} {ranks[over]}."


def _check_ratio(wh: Warehouse, c: Claim, when: date | None) -> Check:
    word = str(c.detail.get("word", "")).lower()
    stated = c.detail.get("bounds")  # "more than twice its imports": the bounds the words give
    bounds = (float(stated[0]), float(stated[1])) if stated else RATIO_WORDS.get(word)
    base = c.detail.get("of") or {}
    if bounds is None or c.subject is None or c.partner is None:
        return Check(
            c, "not checkable", f"The ratio word {word!r} has no agreed bounds (known: {', '.join(RATIO_WORDS)})."
        )
    num_flow = c.flow or "exports"
    den_flow = str(base.get("flow") or ("imports" if num_flow == "exports" else "exports"))
    num = Claim(**{**c.__dict__, "flow": num_flow, "kind": "trade_value"})
    den = Claim(**{**c.__dict__, "flow": den_flow, "kind": "trade_value"})
    nums = {(f.fig.side, f.fig.period, f.fig.source): f for f in flow_figures(wh, num)}
    dens = {(f.fig.side, f.fig.period, f.fig.source): f for f in flow_figures(wh, den)}
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
            f"No period with both {num_flow} and {den_flow} of {name(c.subject)} with {name(c.partner)}.",
        )
    year = c.years[-1] if c.years else None
    lo, hi = bounds

    def rank(p: tuple[Fig, Fig, float]) -> tuple[Any, ...]:
        n = p[0].fig
        # the claim's own period first (the article's date decides it, as for every check of the
        # article), then the reporter's own record, full years, the preferred source
        near = abs(year - n.year) if year is not None else -n.year  # no period: the latest figures
        return (near, n.side != "reporter", not n.full_year, source_rank(n))

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
            note=f"{fmt(n.value, n.fig.currency)} / {fmt(d.value, d.fig.currency)}",
        )
        for n, d, value in pairs[:6]
    ]
    factor = float(c.quantity or 0)

    def judge(value: float) -> Verdict:
        verdict: Verdict = "consistent" if lo <= value <= hi else ("overstated" if value < lo else "understated")
        if stated and verdict != "consistent" and ((factor > 1 and value < 1) or (0 < factor < 1 and value > 1)):
            verdict = "contradicted"  # "exports were twice its imports" when the exports were the smaller flow
        if c.detail.get("comparative") and verdict != "consistent":
            verdict = "contradicted"  # "bought more from Japan than it sold there" when it sold more
        return verdict

    verdict = judge(value)
    text = (
        f"In {n.fig.period} {name(c.subject)}'s {num_flow} were {value:.1%} of its {den_flow} with {name(c.partner)}"
        f" ({n.fig.basis}, {n.fig.source}); '{word}' is read as {lo:.0%}-{hi:.0%}."
    )
    # the partner's records of the same two flows, same year: as for trade values, 'sources disagree' when only
    # they support the claim or the two bracket it
    mirror = next((p for p in pairs if p[0].fig.side == "partner" and p[0].fig.period == n.fig.period), None)
    if n.fig.side == "reporter" and mirror is not None:
        m_verdict = judge(mirror[2])
        text += f" On the partner's records of the same trade: {mirror[2]:.1%} ({mirror[0].fig.source})."
        if verdict != "consistent" and (
            m_verdict == "consistent" or {verdict, m_verdict} == {"overstated", "understated"}
        ):
            verdict = "sources disagree"
    if year is not None and n.fig.year != year:
        text += f" No figures of both flows for {year}: the nearest year with both is used."
    return Check(c, verdict, text, ev, f"'{word}': between {lo:.0%} and {hi:.0%}", n.fig.period)


def _flow_usd(
    wh: Warehouse, c: Claim, when: date | None, a: str, b: str, flow: str, source: str | None = None
) -> tuple[float, Fig] | None:
    """``a``'s ``flow`` with ``b`` in the claim's period in US dollars: ``a``'s own record first
    (the preference order of sources), else ``b``'s mirror record (``source``: from that source only)."""
    probe = dataclasses.replace(c, subject=a, partner=b, flow=flow)  # type: ignore[arg-type]
    figures = [f for f in flow_figures(wh, probe) if source is None or f.fig.source == source]
    used, _, _, _ = pick_period(figures, c.years, c.period_inferred, when)
    full = [f for f in used if f.fig.full_year]
    if not full:
        return None
    best = min(full, key=lambda f: (f.fig.side != "reporter", source_rank(f.fig)))
    usd, _ = convert(best.value, best.fig.currency, "USD", best.fig.year)
    return usd, best


def _versus(
    wh: Warehouse, c: Claim, when: date | None, subject: str, market: str, other: str, role: str, v: dict[str, Any]
) -> tuple[bool | None, str, list[Evidence], str] | None:
    """Whether ``subject``'s flow with ``market`` stands to ``other``'s (role 'subject') or to
    ``subject``'s flow with ``other`` (role 'partner') as the claim says: more / less than
    ``factor`` times, or about ``factor`` times with no bound (the hedge's tolerance). Two buyers of
    one market's goods (role 'subject') are also compared on the market's own records of its sales to
    each (one reporter, one valuation); None (sources disagree) when the two readings differ."""
    flow = str(v.get("flow") or c.flow or "total")
    first = _flow_usd(wh, c, when, subject, market, flow)
    second = _flow_usd(wh, c, when, other, market, flow) if role == "subject" else None
    if role == "partner":
        second = _flow_usd(wh, c, when, subject, other, flow)
    if first is None or second is None or second[0] <= 0:
        return None
    factor = float(v.get("factor") or 1.0)
    bound = v.get("bound")

    def judge(va: float, vb: float) -> tuple[bool, str]:
        ratio = va / vb
        if bound == "less":
            return ratio < factor, f"less than {factor:g} times"
        if bound == "more":
            return ratio > factor, f"more than {factor:g} times"
        tol = tolerance(c.hedge)
        return tol.lo <= ratio / factor <= tol.hi, f"{factor:g} times ({tol.text})"

    (va, fa), (vb, fb) = first, second
    ok, tol_text = judge(va, vb)
    ev = _usd_evidence((va, fa), (vb, fb))
    text = (
        f"{fa.label} in {fa.fig.year}: {fmt(va, 'USD')}; {fb.label}: {fmt(vb, 'USD')}, a ratio of {va / vb:.2f}"
        f" (claimed {tol_text})."
    )
    reverse = {"imports": "exports", "exports": "imports", "total": "total"}.get(flow)
    if role == "subject" and reverse is not None:
        own_a = _flow_usd(wh, c, when, market, subject, reverse)
        own_b = _flow_usd(wh, c, when, market, other, reverse)
        sides = {own_a[1].fig.side if own_a else None, own_b[1].fig.side if own_b else None}
        if own_a is not None and own_b is not None and own_b[0] > 0 and sides == {"reporter"}:
            ok_own, _ = judge(own_a[0], own_b[0])
            ev += _usd_evidence(own_a, own_b)
            text += (
                f" {own_a[1].label}: {fmt(own_a[0], 'USD')}; {own_b[1].label}: {fmt(own_b[0], 'USD')},"
                f" a ratio of {own_a[0] / own_b[0]:.2f}."
            )
            if ok_own != ok:
                text += " The two records disagree."
                return None, text, ev, tol_text
    return ok, text, ev, tol_text


def _usd_evidence(*figures: tuple[float, Fig]) -> list[Evidence]:
    """The USD figures (value, labelled figure from :func:`_flow_usd`) behind a ratio or a share."""
    return [
        Evidence(f.label, val, "USD", "USD", f.fig.year, f.fig.period, f.fig.source, f.fig.basis, note=f.fig.where)
        for val, f in figures
    ]


def _check_member_share(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """ "Germany accounted for more than a quarter of the EU's exports to the United States": the
    member's flow with the partner over the group's, each from its reporter's own record first."""
    member, group, market = str(c.detail["member"]), str(c.subject), str(c.partner)
    flow = c.flow if c.flow in ("exports", "imports") else "total"
    part = _flow_usd(wh, c, when, member, market, flow)
    whole = _flow_usd(wh, c, when, group, market, flow)
    if part is None or whole is None or whole[0] <= 0:
        return Check(c, "not checkable", f"No figures for both {name(member)}'s and {name(group)}'s {flow}.")
    (va, fa), (vb, fb) = part, whole
    share = 100 * va / vb
    tol = tolerance(c.hedge)
    ok = tol.lo <= share / float(c.quantity or 1) <= tol.hi
    ev = _usd_evidence((va, fa), (vb, fb))
    text = (
        f"{fa.label} in {fa.fig.year}: {fmt(va, 'USD')}; {fb.label}: {fmt(vb, 'USD')}: a share of {share:.1f}%"
        f" against the claimed {c.quantity:g}% ({tol.text})."
    )
    if ok:
        return Check(c, "consistent", text, ev, tol.text, str(c.period))
    low = share < tol.lo * float(c.quantity or 1)
    return Check(c, "overstated" if low else "understated", text, ev, tol.text, str(c.period))


def _check_group_share(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """ "The continent took less than 3 percent of China's exports", "the bloc took a fifth of the country's
    exports": the owner's flow with the group (the trade data's aggregate partner row) over its flow with
    the world, both from the owner's own record first, in the claim's period."""
    owner, group = str(c.subject), str(c.partner)
    flow = c.flow if c.flow in ("exports", "imports") else "total"
    part = _flow_usd(wh, c, when, owner, group, flow)
    # the whole from the same source and side as the part (a BACI world total over a DOTS group row
    # would mix two records)
    whole = _flow_usd(wh, c, when, owner, "World", flow, part[1].fig.source) if part is not None else None
    if part is not None and whole is not None and whole[1].fig.side != part[1].fig.side:
        whole = None
    if part is None or whole is None or whole[0] <= 0:
        return Check(
            c, "not checkable", f"No figures for both {name(owner)}'s {flow} with {name(group)} and the world."
        )
    (va, fa), (vb, fb) = part, whole
    if fa.fig.year != fb.fig.year:
        return Check(c, "not checkable", f"No year with both {fa.label} and {fb.label}.")
    share = 100 * va / vb
    claimed = float(c.quantity or 0)
    tol = tolerance(c.hedge)
    ratio = share / claimed if claimed else math.inf
    ev = _usd_evidence((va, fa), (vb, fb))
    text = (
        f"{fa.label} in {fa.fig.year}: {fmt(va, 'USD')}; {fb.label}: {fmt(vb, 'USD')}: {name(group)} took"
        f" {share:.1f}% against the claimed {claimed:g}% ({tol.text})."
    )
    return Check(c, tol.verdict(ratio), text, ev, tol.text, str(fa.fig.year))


def _check_versus(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """ "India sold more goods to Africa than the United States did", "Kenya bought more from China
    than from India": the two flows compared, each from the reporter's own record where it has one."""
    if c.subject is None or c.partner is None:
        return Check(c, "not checkable", "The comparison does not name both countries.")
    role = str(c.detail.get("versus_role") or "subject")
    other = str(c.detail["versus"])
    found = _versus(wh, c, when, c.subject, c.partner, other, role, {**c.detail, "flow": c.flow})
    if found is None:
        return Check(c, "not checkable", f"No figures for both flows compared in {', '.join(map(str, c.years))}.")
    ok, text, ev, tol_text = found
    verdict: Verdict = "sources disagree" if ok is None else "consistent" if ok else "contradicted"
    return Check(c, verdict, text, ev, tol_text, str(c.period))
