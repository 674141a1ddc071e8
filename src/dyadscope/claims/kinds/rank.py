"""Ranks and shares: "largest trading partner", "overtook the US", "20% of Kenya's exports",
ratio words ("a fraction of that figure"), "more than the next three combined"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadscope.claims.claim import Draft, Entity, Flow, Reading
from dyadscope.claims.lexicon import FLOW_LEMMAS, GROUP_CODES
from dyadscope.claims.sentence import prev_start

if TYPE_CHECKING:
    from spacy.tokens import Doc


def share_of(doc: Doc, i: int) -> Flow | None:
    """ "20% of Kenya's exports": the flow the percentage is a share of."""
    for child in doc[i].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.subtree:
                flow = FLOW_LEMMAS.get(t.lemma_.lower())
                if flow is not None and t.lemma_.lower() in ("export", "import", "trade", "sale", "purchase"):
                    return flow
    return None


def share_parties(
    doc: Doc, ents: list[Entity], i: int, subject: str | None, partner: str | None
) -> tuple[str | None, str | None]:
    """The owner of the flow ("of Kenya's exports") is the subject; the other country the partner."""
    owner = [e for e in ents if doc[e.token].dep_ == "poss" and i in [a.i for a in doc[e.token].ancestors]]
    if owner:
        other = [e.code for e in ents if e.code != owner[0].code]
        return owner[0].code, other[0] if other else partner
    return subject, partner


def read_rank(r: Reading, d: Draft) -> bool:
    """ "China is Kenya's largest trading partner", "overtook the US as Kenya's largest partner"."""
    if d.flow is None:
        return False
    d.kind = "rank_share"
    doc, ents, q = r.doc, r.ents, r.q
    if q.detail.get("overtook"):
        objs = [set(t.i for t in ch.subtree) for ch in r.verb.children if ch.dep_ == "dobj"]
        obj = [e for e in ents if objs and e.token in objs[0]]
        d.detail["overtook"] = obj[0].code if obj else None
        # "China overtook the US as Kenya's largest trading partner": China is the partner
        poss = [e for e in ents if doc[e.token].dep_ == "poss"]
        if poss:
            subj_ent = [e for e in ents if e.code not in (poss[0].code, d.detail["overtook"])]
            d.subject, d.partner = poss[0].code, subj_ent[0].code if subj_ent else d.partner
    else:
        # "China is Kenya's largest trading partner": the possessor is the country whose partners rank
        poss = [e for e in ents if doc[e.token].dep_ == "poss" and doc[e.token].head.i == q.token]
        if poss:
            other = [e.code for e in ents if e.code != poss[0].code]
            d.subject, d.partner = poss[0].code, other[0] if other else None
    return True


def read_share(r: Reading, d: Draft) -> bool:
    """ "20% of Kenya's exports went to China": a partner's share of a flow."""
    share = share_of(r.doc, r.q.token)
    if share is None or d.flow is None or d.subject is None or d.subject in GROUP_CODES:
        return False
    d.kind, d.unit = "rank_share", "percent"
    d.detail["share_of"] = share
    d.subject, d.partner = share_parties(r.doc, r.ents, r.q.token, d.subject, d.partner)
    return True


def read_ratio(r: Reading, d: Draft) -> bool:
    """ "exports remain a fraction of that figure": a ratio to a trade value of this or the previous sentence."""
    start = prev_start(r.doc, r.sent)
    base = next((c for c in reversed(r.previous) if c.kind == "trade_value" and c.span[0] >= start), None)
    if base is None or d.flow is None:
        return False
    d.kind = "rank_share"
    d.refer_to(base)
    return True


def read_comparison(r: Reading, d: Draft) -> bool:
    """ "$188 billion, more than the next three combined": the trade value of the same sentence
    against the partners ranked after it."""
    start = r.sent.start_char
    base = next((c for c in reversed(r.previous) if c.kind == "trade_value" and c.span[0] == start), None)
    if base is None:
        return False
    d.kind, d.reason = "rank_share", None
    d.refer_to(base)
    d.flow = base.flow
    return True
