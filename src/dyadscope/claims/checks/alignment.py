"""Alignment claims checked on the UN votes, against the quantity and the direction the claim states."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from dyadscope import groups
from dyadscope.claims import data
from dyadscope.claims.checks.common import Check, Evidence, Verdict, name, tolerance
from dyadscope.claims.claim import Claim
from dyadscope.claims.lexicon import GROUP_CODES
from dyadscope.errors import DyadscopeError
from dyadscope.warehouse import Warehouse


def _years(since: int, until: int) -> str:
    """ "2019" for one year, "2015-2019" for several."""
    return str(since) if since == until else f"{since}-{until}"


def check_alignment(wh: Warehouse, c: Claim, when: date | None) -> Check:
    if c.detail.get("own_vote") and c.subject is not None:
        return check_own_vote(wh, c, when)
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
    rank_in = str(c.detail.get("rank_in") or c.detail.get("group") or "").lower() or None
    group = rank_in if rank_in in groups.LABELS else None
    try:
        frame, placed, sources = data.alignment(wh, subj, partners, since, until, group)
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The UN votes could not be read: {exc}.")
    if frame.empty:
        return Check(
            c,
            "not checkable",
            f"No UN roll calls with both {name(subj)} and {name(part)} voting in {_years(since, until)}.",
        )
    src = "; ".join(sources.values()) or "UN General Assembly recorded votes"
    period = f"{_years(since, until)}" + (
        " (the five full years before the article)" if c.period_inferred or not c.years else ""
    )
    ev = [
        Evidence(
            f"{name(subj)}-{name(r['partner'])} {r['measure']}",
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
                    f"{name(subj)} among MNNA members (coincidence with {name(r['partner'])})",
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
        # a claimed 0% ("voted differently on every one"): any identical vote refutes it
        v = tol.verdict(basis * 100 / c.quantity) if c.quantity else ("consistent" if basis == 0 else "understated")
        text = (
            f"In {_years(since, until)} {name(subj)}'s State Department coincidence with {name(part)} (identical yes/no"
            f" votes over identical plus opposite) was {basis:.0%}, against the claimed {c.quantity:g}%; identical"
            f" votes on all roll calls both took part in: {agree:.0%}."
        )
        if v == "understated" and c.quantity and tol.verdict(agree * 100 / c.quantity) == "overstated":
            # the two readings bracket the claim: coincidence above its band, the identical-vote share below
            v = "sources disagree"
            text += (
                f" The claim lies between the two readings: coincidence leaves abstentions out, the share of identical"
                f" votes counts them; at {c.quantity:g}% it fits neither, and neither is the one way to count."
            )
        return Check(c, v, text, ev, tol.text + " (State Department coincidence)", period)
    if c.unit == "ratio" and c.quantity and c.detail.get("base_year"):
        return _check_own_rate(wh, c, subj, part, since, until, ev, period, mean("coincidence", part))
    if c.detail.get("others"):
        return _check_others(wh, c, subj, part, since, until, ev, period, mean("coincidence", part))
    if than and than != "any other":
        a, b = mean("coincidence", part), mean("coincidence", str(than))
        if a is None or b is None:
            return Check(c, "not checkable", "No votes in common with one of the two partners.", ev, period=period)
        more = direction != "less"
        ok, rule = compare(a, b, more, c.detail.get("margin"))
        text = (
            f"In {_years(since, until)} {name(subj)}'s coincidence with {name(part)} averaged {a:.2f} and with"
            f" {name(str(than))} {b:.2f}: {'closer to' if a > b else 'further from'} {name(part)}"
            f" by {abs(a - b) * 100:.1f} points."
        )
        return Check(c, "consistent" if ok else "contradicted", text, ev, rule, period)
    if than == "any other" or c.detail.get("rank_in"):
        label = groups.LABELS.get(group or "", "the group")
        if placed is None or placed.empty:
            return Check(
                c,
                "not checkable",
                f"{name(subj)} is not placed within the {label} in {_years(since, until)}"
                + ("" if group else " (the sentence names no group the votes can rank it in)")
                + ".",
                ev,
                period=period,
            )
        return _check_group_rank(wh, c, subj, part, since, until, ev, period, placed, label, group or "")
    coin = mean("coincidence", part)
    if direction in ("against", "with"):
        return _check_against(wh, c, subj, part, since, until, ev, period, coin)
    text = (
        "The sentence states an expectation or a general relation, no quantity or comparison the votes could"
        f" confirm or refute; for reference, {name(subj)}'s coincidence with {name(part)} averaged"
        f" {coin:.2f} in {_years(since, until)}."
    )
    return Check(c, "not checkable", text, ev, period=period)


def _check_group_rank(
    wh: Warehouse,
    c: Claim,
    subj: str,
    part: str,
    since: int,
    until: int,
    ev: list[Evidence],
    period: str,
    placed: pd.DataFrame,
    label: str,
    group: str,
) -> Check:
    """ "more often than any other Major Non-NATO Ally (except Israel)": the subject's rank by coincidence
    with the partner among the group's members designated by each year is 1 (last for "less"), or right
    after the countries excepted, which must be the ones ranked above it."""
    sel = placed[placed["measure"] == "coincidence"]
    ranks = [int(r) for r in sel["rank"]]
    sizes = [int(s) + 1 for s in sel["group_size"]]
    more = c.detail.get("direction") != "less"
    excepted = [str(x) for x in c.detail.get("except") or []]
    want = 1 + len(excepted)
    band = c.detail.get("band")
    if band in ("top", "bottom"):
        # "near the bottom of the list", "among the least aligned": within the bottom (top) third of the group
        hits = sum(
            1 for r, n in zip(ranks, sizes, strict=True) if (r <= _third(n) if band == "top" else r > n - _third(n))
        )
    else:
        hits = sum(1 for r, n in zip(ranks, sizes, strict=True) if (r == want if more else r == n + 1 - want))
    ok = hits * 2 > len(ranks)
    text = (
        f"Among the {label} (members as designated or joined by each year), {name(subj)} ranked "
        + ", ".join(f"{r} of {n}" for r, n in zip(ranks, sizes, strict=True))
        + f" by coincidence with {name(part)} in {_years(since, until)}"
    )
    rule = f"rank {'1' if more else 'last'} in most years"
    if band in ("top", "bottom"):
        rule = f"rank in the {band} third of the group (the {band} ceil(n/3) places) in most years"
    if excepted:
        rule = f"rank {want if more else f'{want} from the bottom'} in most years, below (above) only " + ", ".join(
            name(x) for x in excepted
        )
        members = [m for m in groups.members(group, until) if m not in (subj, part)] if group else []
        others: list[tuple[str, float]] = []
        for other in [x for x in excepted if x in members or not members]:
            try:
                frame, _, _ = data.alignment(wh, other, [part], since, until, None)
            except DyadscopeError:
                continue
            if frame.empty:
                continue
            sel_o = frame[(frame["measure"] == "coincidence") & (frame["partner"] == part)]
            if not sel_o.empty:
                others.append((other, float(sel_o["value"].mean())))
        if others:
            text += "; " + ", ".join(f"{name(o)} {v:.2f}" for o, v in others)
        if len(others) < len(excepted):
            ok = False
            text += "; the countries excepted are not all members with votes in common"
    text += "."
    return Check(c, "consistent" if ok else "contradicted", text, ev, rule, period)


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
    ref = f" (coincidence with {name(part)} averaged {coin:.2f} in {_years(since, until)})" if coin is not None else ""
    if not topic:
        return Check(
            c, "not checkable", f"The sentence names no topic to find the roll calls by{ref}.", ev, period=period
        )
    try:
        rolls = data.roll_calls(wh, [subj, part], since, until, "")
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The roll calls could not be read: {exc}.", ev, period=period)
    month = c.detail.get("month")
    rolls, matched = topic_matches(rolls, topic, int(month) if month else None)
    a, b = subj.lower(), part.lower()
    cols = {col.lower(): col for col in rolls.columns}
    if rolls.empty or a not in cols or b not in cols:
        return Check(
            c,
            "not checkable",
            f"No General Assembly votes on {topic!r} in {_years(since, until)}{ref}.",
            ev,
            period=period,
        )
    va, vb = rolls[cols[a]].astype("string"), rolls[cols[b]].astype("string")
    when_text = f"in {_years(since, until)}"
    if c.period_inferred and "date" in rolls.columns:
        # no year or month stated: "voted with/against X on the resolution" is the latest such vote both cast
        cast = rolls[va.isin(["yes", "no", "abstain"]) & vb.isin(["yes", "no", "abstain"])]
        if not cast.empty:
            latest = str(cast["date"].max())[:10]
            rolls = rolls[rolls["date"].astype("string").str[:10] == latest]
            va, vb = rolls[cols[a]].astype("string"), rolls[cols[b]].astype("string")
            period = f"{latest} (the latest vote on the topic before the article)"
            when_text = f"on {latest}, the latest in {_years(since, until)},"
    both = rolls[va.isin(["yes", "no", "abstain"]) & vb.isin(["yes", "no", "abstain"])]
    opposite = rolls[((va == "yes") & (vb == "no")) | ((va == "no") & (vb == "yes"))]
    same = rolls[va.isin(["yes", "no"]) & (va == vb)]
    along = c.detail.get("direction") == "with"  # "voted with the US on ...": the same yes or no
    shown = same if along else opposite
    # none as claimed: the roll calls both cast are listed instead, so that each one's vote (an abstention
    # included) is on the record the verdict rests on
    for r in (shown if len(shown) else both).head(10).to_dict("records"):
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
                note=f"{name(subj)} {r[cols[a]]}, {name(part)} {r[cols[b]]}",
            )
        )
    if both.empty:
        return Check(
            c, "not checkable", f"Neither voted on the {len(rolls)} roll calls on {topic!r}.", ev, period=period
        )
    verdict: Verdict = "consistent" if len(shown) else "contradicted"
    text = (
        f"On {len(both)} recorded votes on {topic!r} {when_text} that both cast, {name(subj)} and"
        f" {name(part)} voted opposite ways (yes against no) {len(opposite)} times and the same way (both yes or"
        f" both no) {len(same)} times"
        + (f" ({', '.join(str(x) for x in both['symbol'].dropna().head(5))}; {matched})." if "symbol" in both else ".")
    )
    if not len(shown):
        # "both cast ... 0 times": say what each did ("Ghana voted yes 1 time; United States abstained 1 time")
        text += " " + "; ".join(_tally(name(x), both[cols[x.lower()]]) for x in (subj, part)) + "."
    rule = "at least one identical yes or no on the topic" if along else "at least one opposite vote on the topic"
    return Check(c, verdict, text, ev, rule, period)


# The margins a comparative's words state, in points of coincidence (0-100): "slightly / marginally / a
# little more often" is a difference above 0 and at most SMALL_MARGIN points; "far / much more often" at
# least LARGE_MARGIN; "as often as" at most SAME_MARGIN either way ("exactly as often as": EXACT_MARGIN).
SMALL_MARGIN = 5.0
LARGE_MARGIN = 10.0
SAME_MARGIN = 2.0
EXACT_MARGIN = 0.5


def compare(a: float, b: float, more: bool, margin: object = None) -> tuple[bool, str]:
    """Whether coincidence ``a`` (0-1) is above ``b`` (below, when not ``more``) by the ``margin`` the words
    state ("small", "large" or none), with the rule applied."""
    diff = (a - b if more else b - a) * 100
    if margin == "small":
        return (
            0 < diff <= SMALL_MARGIN,
            f"the direction of the comparison, by more than 0 and at most {SMALL_MARGIN:g} points",
        )
    if margin == "large":
        return diff >= LARGE_MARGIN, f"the direction of the comparison, by at least {LARGE_MARGIN:g} points"
    return diff > 0, "the direction of the comparison"


def _check_own_rate(
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
    """ "less than half its rate of agreement with Washington in 2012": the pair's coincidence in the claim's
    period over its coincidence in the base year, against the multiple with its hedge."""
    base_year = int(c.detail["base_year"])
    try:
        frame, _, sources = data.alignment(wh, subj, [part], base_year, base_year, None)
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The UN votes could not be read: {exc}.", ev, period=period)
    sel = frame[(frame["measure"] == "coincidence") & (frame["partner"] == part)] if not frame.empty else frame
    if coin is None or sel.empty or not float(sel["value"].mean()):
        return Check(c, "not checkable", f"No votes in common in {base_year}.", ev, period=period)
    then = float(sel["value"].mean())
    ev.append(
        Evidence(
            f"{name(subj)}-{name(part)} coincidence",
            then,
            "coincidence",
            None,
            base_year,
            str(base_year),
            "; ".join(sources.values()) or "UN General Assembly recorded votes",
            "votes",
        )
    )
    assert c.quantity is not None
    tol = tolerance(c.hedge)
    ratio = coin / then
    text = (
        f"{name(subj)}'s coincidence with {name(part)} was {coin:.1%} in {_years(since, until)} and {then:.1%} in"
        f" {base_year}: {ratio:.2f} times, against the claimed {c.quantity:g} times."
    )
    return Check(c, tol.verdict(ratio / c.quantity), text, ev, tol.text + " (ratio of the two years)", period)


def _third(n: int) -> int:
    """The places of a group's top (bottom) third: ceil(n / 3), at least 1."""
    return max(1, -(-n // 3))


def _tally(who: str, votes: pd.Series) -> str:
    """ "Ghana voted yes 2 times, abstained 1 time": one country's votes on the roll calls listed."""
    words = {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}
    counts = votes.astype("string").value_counts()
    parts = [f"{words[v]} {int(n)} time{'s' if int(n) != 1 else ''}" for v, n in counts.items() if v in words]
    return f"{who} {', '.join(parts)}"


def check_own_vote(wh: Warehouse, c: Claim, when: date | None) -> Check:
    """ "Mozambique abstained on the resolution on Crimea": the subject's vote on the roll calls the topic
    matches (:func:`topic_matches`; with no year or month stated, the latest before the article)."""
    assert c.subject is not None
    subj, own = c.subject, str(c.detail["own_vote"])
    if c.years and not c.period_inferred:
        since, until = c.years[0], c.years[-1]
    else:
        last = (when.year if when else date.today().year) - 1
        since, until = last - 4, last
    topic = str(c.detail.get("topic") or "")
    word = {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}[own]
    try:
        rolls = data.roll_calls(wh, [subj], since, until, "")
    except DyadscopeError as exc:
        return Check(c, "not checkable", f"The roll calls could not be read: {exc}.")
    month = c.detail.get("month")
    rolls, matched = topic_matches(rolls, topic, int(month) if month else None)
    col = next((x for x in rolls.columns if x.lower() == subj.lower()), None)
    period = _years(since, until)
    if rolls.empty or col is None:
        return Check(
            c, "not checkable", f"No General Assembly vote on {topic!r} in {period} ({matched}).", period=period
        )
    cast = rolls[rolls[col].astype("string").isin(["yes", "no", "abstain"])]
    if c.period_inferred and not cast.empty:
        latest = str(cast["date"].max())[:10]
        cast = cast[cast["date"].astype("string").str[:10] == latest]
        period = f"{latest} (the latest vote on the topic before the article)"
    ev = [
        Evidence(
            f"{r.get('symbol') or r.get('rcid')}: {str(r.get('title') or '')[:80]}",
            1.0,
            "vote",
            None,
            int(str(r["date"])[:4]),
            str(r.get("date"))[:10],
            f"{r.get('source')} ({r.get('source_file')} row {r.get('source_row')})",
            "votes",
            note=f"{name(subj)} {r[col]}",
        )
        for r in cast.head(10).to_dict("records")
    ]
    if cast.empty:
        return Check(
            c, "not checkable", f"{name(subj)} cast no vote on the roll calls on {topic!r}.", ev, period=period
        )
    hits = cast[cast[col].astype("string") == own]
    votes_text = ", ".join(f"{r.get('symbol')}: {r[col]}" for r in cast.head(5).to_dict("records"))
    text = f"On the roll calls on {topic!r} ({matched}), {name(subj)}'s votes were {votes_text}; the claim: {word}."
    verdict: Verdict = "consistent" if not hits.empty else "contradicted"
    return Check(c, verdict, text, ev, f"{name(subj)} {word} on at least one matching roll call", period)


def _stem(word: str) -> str:
    """A word's first five letters, lower case: "suspending"/"Suspension", "Russia"/"Russian" meet."""
    return word.lower()[:5]


def topic_matches(rolls: pd.DataFrame, topic: str, month: int | None) -> tuple[pd.DataFrame, str]:
    """The roll calls of ``rolls`` whose title or description holds the most of ``topic``'s words (compared
    by their first five letters, so that "suspending Russia" finds "Suspension ... of the Russian
    Federation"), at least half of them; within ``month`` when the claim names one and a vote of that month
    matches. Returns (the roll calls, a note on how they were matched)."""
    words = {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", topic)}
    if rolls.empty or not words:
        return rolls.iloc[0:0], "no words to match"
    text = (rolls["title"].fillna("").astype(str) + " " + rolls["description"].fillna("").astype(str)).str.lower()
    stems = text.map(lambda t: {_stem(w) for w in re.findall(r"[a-z]{3,}", t)})
    score = stems.map(lambda have: len(words & have) / len(words))
    keep = rolls[score >= 0.5].assign(_score=score[score >= 0.5])
    if month is not None and "date" in keep.columns:
        in_month = keep[pd.to_datetime(keep["date"]).dt.month == month]
        if not in_month.empty:
            keep = in_month
    if keep.empty and month is not None and "date" in rolls.columns:
        # the month is named ("In November, Prague voted against upgrading the Palestinians to observer
        # status"): the one roll call of that month with the most of the words, at least two and a third
        month_mask = (pd.to_datetime(rolls["date"]).dt.month == month).to_numpy()
        hits = [len(words & have) if ok else 0 for have, ok in zip(stems, month_mask, strict=True)]
        top = max(hits, default=0)
        if top >= 2 and hits.count(top) == 1 and top / len(words) >= 1 / 3:
            best = rolls.iloc[[hits.index(top)]]
            return best, f"{top / len(words):.0%} of the topic's words, the best match in the month named"
    if keep.empty:
        return rolls.iloc[0:0], "no title holds half of the words"
    best = keep[keep["_score"] == keep["_score"].max()].drop(columns="_score")
    return best, f"{float(keep['_score'].max()):.0%} of the topic's words in the title"


def _check_others(
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
    """ "That was more often than South Africa, Kenya or Ghana": the subject's coincidence with the
    partner against each named country's coincidence with the same partner."""
    if coin is None:
        return Check(c, "not checkable", "No votes in common.", ev, period=period)
    direction = c.detail.get("direction")
    more = direction != "less"
    parts = [f"{name(subj)} {coin:.2f}"]
    ok = True
    rule = "the direction against each country"
    for other in [str(o) for o in c.detail["others"]]:
        try:
            frame, _, _ = data.alignment(wh, other, [part], since, until, None)
        except DyadscopeError as exc:
            return Check(c, "not checkable", f"The UN votes could not be read: {exc}.", ev, period=period)
        sel = frame[(frame["measure"] == "coincidence") & (frame["partner"] == part)] if not frame.empty else frame
        if sel.empty:
            return Check(c, "not checkable", f"No votes of {name(other)} with {name(part)}.", ev, period=period)
        value = float(sel["value"].mean())
        parts.append(f"{name(other)} {value:.2f}")
        for r in sel.to_dict("records"):
            ev.append(
                Evidence(
                    f"{name(other)}-{name(part)} coincidence",
                    float(r["value"]),
                    "coincidence",
                    None,
                    int(r["period"]),
                    str(int(r["period"])),
                    "UN General Assembly recorded votes",
                    "votes",
                )
            )
        if direction == "times":
            # "twice as often as X did": the ratio of the two coincidences against the multiple, with its hedge
            times = float(c.detail.get("times") or 1.0)
            tol = tolerance(c.hedge)
            ratio = coin / value if value else float("inf")
            verdict = tol.verdict(ratio / times)
            text = (
                f"In {_years(since, until)} coincidence with {name(part)} averaged: "
                + ", ".join(parts)
                + f"; {name(subj)}'s is {ratio:.2f} times {name(other)}'s, against the claimed {times:g} times."
            )
            return Check(c, verdict, text, ev, tol.text + " (ratio of the two coincidences)", period)
        if direction == "same":
            band = EXACT_MARGIN if c.detail.get("exact") else SAME_MARGIN
            ok = ok and abs(coin - value) * 100 <= band
            rule = f"'as often as': the two coincidences within {band:g} points"
            continue
        good, rule = compare(coin, value, more, c.detail.get("margin"))
        ok = ok and good
    text = f"In {_years(since, until)} coincidence with {name(part)} averaged: " + ", ".join(parts) + "."
    return Check(c, "consistent" if ok else "contradicted", text, ev, rule, period)
