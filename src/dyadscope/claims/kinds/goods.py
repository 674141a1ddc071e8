"""Goods named with their value and the way they went: "Chinese goods worth more than $6 billion were
shipped to Nigeria", "Kenyan goods worth about Sh40 billion crossed into Tanzania", "goods worth $140
million were shipped from Brazil to Chinese buyers", "Egypt bought $2 billion of Saudi goods".

No flow noun is written; the flow is read from the verb the goods move by: a verb of sending or
crossing (ship, send, sell, export, cross, go, flow, head) makes the amount the seller's exports to the
place the goods went to ("to", "into"); a verb of buying (buy, import, purchase) the buyer's imports.
The seller is the country word on the goods ("Chinese goods"), else the "from" country, else the
active subject of a selling verb; the buyer the "to"/"into" country or country word ("to American
buyers"), else the active subject of a buying verb. A side the sentence leaves out is the country the
sentence before is about (``before``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadscope.claims.claim import Entity, Flow

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

GOODS = frozenset({"goods", "products", "merchandise", "cargo", "cargoes", "shipments", "wares", "produce"})
_OUT = frozenset({"ship", "send", "sell", "export", "cross", "go", "flow", "head", "move", "travel", "leave"})
_IN = frozenset({"buy", "import", "purchase", "receive", "absorb", "take"})


def _goods_of(doc: Doc, sent: Span, i: int) -> Token | None:
    """The goods noun the amount at ``i`` is the value of: "goods worth $X", "$X of goods", "$X worth of goods"."""
    tok = doc[i]
    for anc in [tok, *tok.ancestors][:4]:
        if anc.lower_ in GOODS:
            return anc
        if anc.lower_ == "worth" and anc.head.lower_ in GOODS:
            return anc.head
        if anc.lower_ == "worth" and anc.dep_ == "ROOT":
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in GOODS]
            if subj:
                return subj[0]
    for t in tok.subtree:  # "$2 billion of Saudi goods", "$5 billion worth of goods"
        if t.lower_ in GOODS and t.head.lower_ == "of":
            return t
    return None


def _verb_for(doc: Doc, sent: Span, goods: Token) -> Token | None:
    """The verb the goods move by: the goods' own head verb, else (a parse that left "goods worth $X" a
    clause of its own) a sending or buying verb elsewhere in the sentence."""
    head = goods
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    if head.pos_ == "VERB" and head.lemma_.lower() in _OUT | _IN:
        return head
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in _OUT | _IN]
    return verbs[0] if len(verbs) == 1 else None


def _ents_under(tokens: list[Token], by_token: dict[int, Entity]) -> list[Entity]:
    return [by_token[t.i] for tok in tokens for t in tok.subtree if t.i in by_token]


def goods_flow(
    doc: Doc, sent: Span, ents: list[Entity], i: int, before: str | None, focus: str | None = None
) -> tuple[Flow, str | None, str | None] | None:
    """(flow, subject, partner) of the amount at token ``i`` when it is the value of goods moved by a
    verb; None when it is not. A purchase of the article's own country's goods ("South Korea bought $2.2
    billion of Peruvian goods" in a story about Peru, ``focus``) is that country's exports, as its own
    sales are the story; a purchase by it ("Poland bought $68 billion of German goods") its imports."""
    goods = _goods_of(doc, sent, i)
    if goods is None:
        return None
    verb = _verb_for(doc, sent, goods)
    if verb is None:
        return None
    by_token = {e.token: e for e in ents}
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    to = _ents_under([preps[p] for p in ("to", "into") if p in preps], by_token)
    source = _ents_under([preps["from"]] if "from" in preps else [], by_token)
    own = [by_token[c.i] for c in goods.children if c.i in by_token and c.dep_ in ("amod", "compound", "poss")]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    actor = _ents_under(subj, by_token) if subj and subj[0].i != goods.i else []
    lemma = verb.lemma_.lower()
    flow: Flow
    if lemma in _OUT:
        seller, buyer = (own or source or actor)[:1], to[:1]
        flow = "exports"
    else:
        buyer, seller = (actor or to)[:1], (own or source)[:1]
        flow = "imports"
        if seller and buyer and seller[0].code == focus != buyer[0].code:
            flow = "exports"
    owner, other = (seller, buyer) if flow == "exports" else (buyer, seller)
    subject = owner[0].code if owner else before
    partner = other[0].code if other else None
    if subject is None or partner is None or subject == partner:
        return None
    return flow, subject, partner
