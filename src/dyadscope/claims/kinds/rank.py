"""Ranks and shares: "largest trading partner", "overtook the US", "20% of Kenya's exports",
ratio words ("a fraction of that figure"), "more than the next three combined"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyadscope.claims.claim import Claim, Draft, Entity, Flow, Reading
from dyadscope.claims.kinds.ratio import ratio_claim
from dyadscope.claims.lexicon import FLOW_LEMMAS, GROUP_CODES, NUMBER_WORDS, RANK_NOUNS
from dyadscope.claims.sentence import prev_start, previous_subject
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def share_of(doc: Doc, i: int) -> Flow | None:
    """ "20% of Kenya's exports": the flow the percentage is a share of."""
    for child in doc[i].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for t in child.subtree:
                flow = FLOW_LEMMAS.get(t.lemma_.lower())
                if flow is not None and t.lemma_.lower() in ("export", "import", "trade", "sale", "purchase"):
                    return flow
                # "of everything Brazil sold abroad", "of all it bought from abroad": the whole of a flow
                if flow is not None and t.pos_ == "VERB" and t.dep_ == "relcl" and t.head.lower_ in _WHOLE:
                    return flow
    return None


_WHOLE = frozenset({"everything", "all", "what", "that", "goods", "products", "merchandise"})


def share_parties(
    doc: Doc, ents: list[Entity], i: int, subject: str | None, partner: str | None, focus: str | None = None
) -> tuple[str | None, str | None]:
    """The owner of the flow ("of Kenya's exports") is the subject; the other country the partner."""
    owner = [e for e in ents if doc[e.token].dep_ == "poss" and i in [a.i for a in doc[e.token].ancestors]]
    if not owner:  # "of everything Brazil sold abroad": the subject of the verb of the whole
        owner = [
            e
            for e in ents
            if doc[e.token].dep_ == "nsubj"
            and doc[e.token].head.dep_ == "relcl"
            and i in [a.i for a in doc[e.token].ancestors]
        ]
    if not owner:  # "a third of all Brazilian exports", "20% of Kenyan exports": the flow's country word
        owner = [
            e
            for e in ents
            if doc[e.token].dep_ in ("amod", "compound")
            and doc[e.token].head.lemma_.lower() in FLOW_LEMMAS
            and i in [a.i for a in doc[e.token].ancestors]
        ]
    if owner:
        other = [e.code for e in ents if e.code != owner[0].code]
        return owner[0].code, other[0] if other else partner
    referred = _referred_owner(doc, ents, i, subject, focus)
    if referred is not None:
        # "The bloc took nearly a fifth of the country's exports": the taker is the partner
        return referred, subject
    return subject, partner


def _latest_country(r: Reading, exclude: tuple[str | None, ...]) -> str | None:
    """The country named last before the quantity, in its sentence or the one before (recency)."""
    start = prev_start(r.doc, r.sent)
    named = [m for m in r.article.countries if start <= m.start < r.q.start and m.iso3 not in exclude]
    return named[-1].iso3 if named else None


def _referred(doc: Doc, i: int) -> bool:
    """The flow the share is of is owned by a reference to a country ("of the country's exports")."""
    return any(
        (t.dep_ == "poss" or (t.dep_ == "nsubj" and t.head.dep_ == "relcl"))  # "of the goods the country imported"
        and t.lower_ in ("country", "nation")
        for t in doc[i].subtree
    )


def _referred_owner(doc: Doc, ents: list[Entity], i: int, subject: str | None, focus: str | None) -> str | None:
    """The owner of a flow named by reference: "of its exports" (the country named before in the sentence
    that is not the one taking the share), "of the country's exports" (the article's country)."""
    for t in doc[i].subtree:
        if t.dep_ != "poss" or t.head.lemma_.lower() not in FLOW_LEMMAS:
            continue
        if t.lower_ in ("its", "their"):
            # the possessor or subject named before ("Vietnam's biggest market, ahead of Japan, took a fifth of
            # its exports": Vietnam), else the country named last before
            before = [e for e in ents if e.token < t.i and e.code != subject and not e.group]
            roles = [e for e in before if doc[e.token].dep_ in ("poss", "nsubj", "nsubjpass")]
            pick = roles or before
            return pick[-1].code if pick else None
        if t.lower_ in ("country", "nation") and any(c.lower_ == "the" for c in t.children):
            return focus if focus != subject else None
    return None


def noun_flow(doc: Doc, i: int) -> Flow | None:
    """The flow a rank noun ranks: a flow word modifying it ("export market", "trading partner") or
    in its of/for phrase ("source of imports", "market for Kenyan exports"), else the noun's own
    ("market", "buyer": the owner's exports; "source", "supplier": its imports; "partner": total)."""
    noun = doc[i]
    for child in noun.children:
        words = [child] if child.dep_ in ("compound", "amod", "nmod") else []
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            words = [t for t in child.children if t.dep_ == "pobj"]
        for w in words:
            flow = FLOW_LEMMAS.get(w.lemma_.lower()) or FLOW_LEMMAS.get(w.lower_)
            if flow in ("exports", "imports", "total"):
                return flow
    return RANK_NOUNS.get(noun.lower_)  # type: ignore[return-value]


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
        if not poss and "noun" in q.detail:
            # "overtook the US as the largest market for Brazilian exports": the owner in the noun's of/for phrase
            noun = doc[q.token]
            tokens = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree}
            poss = [e for e in ents if e.token in tokens]
        if poss:
            subj_ent = [e for e in ents if e.code not in (poss[0].code, d.detail["overtook"])]
            d.subject, d.partner = poss[0].code, subj_ent[0].code if subj_ent else d.partner
    else:
        owner, ranked = rank_parties(r)
        if owner is not None:
            d.subject = owner
            d.partner = ranked or next((e.code for e in ents if e.code != owner), None)
        elif ranked is not None and ranked != d.subject:
            d.partner = ranked
    _order(r, d)
    _region(r, d)
    if q.detail.get("top"):
        # the countries listed as the top N: the subject of the copula and its conjuncts
        noun = doc[q.token]
        verb = noun.head if noun.dep_ in ("attr", "acomp", "oprd") else None
        subj = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        by_token = {e.token: e for e in ents}
        listed = [by_token[t.i].code for s in subj for t in s.subtree if t.i in by_token]
        listed = [x for i, x in enumerate(listed) if x != d.subject and x not in listed[:i]]
        if len(listed) < 2 or d.subject is None:
            return False
        d.detail["ranked"], d.partner = listed, listed[0]
    return True


_ORDER_WORDS = {"ahead": "ahead_of", "behind": "behind", "trailing": "behind", "after": "behind"}
_CLAUSE_END = frozenset({";", "while", "whereas", "but"})


def _order(r: Reading, d: Draft) -> None:
    """ "China was Uruguay's largest market, ahead of Brazil", "Hong Kong was second, ahead of the United
    States", "second-largest supplier after China": the countries the ranked one is said to be ahead of (or
    behind) in the same clause, kept in ``detail`` ("ahead_of" / "behind") to be checked with the rank, and
    ``detail["quote_end"]`` so that the claim quotes them."""
    doc, ents = r.doc, r.ents
    noun = doc[r.q.token]
    for tok in doc[noun.i + 1 : r.sent.end]:
        if tok.lower_ in _CLAUSE_END or (tok.pos_ == "VERB" and tok.i != r.verb.i and tok.dep_ not in ("amod", "acl")):
            break  # "..., the customs agency said": the next clause
        key = _ORDER_WORDS.get(tok.lower_)
        if tok.lower_ == "to" and tok.i > 0 and doc[tok.i - 1].lower_ == "only":
            key = "behind"  # "second only to Germany"
        if key is None or (tok.lower_ == "ahead" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of")):
            continue
        if tok.lower_ == "after" and (d.value or 1) <= 1:
            continue  # "after" orders only a rank below the first ("the second-largest supplier after China")
        lo = tok.idx
        named: list[str] = []
        end = lo
        for e in sorted(ents, key=lambda e: e.start):
            if e.start < lo or e.group or e.code in (d.subject, d.partner, *named):
                continue
            between = doc.text[end : e.start]
            if named and not re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?", between):
                break
            if not named and len(between) > 24:
                break
            named.append(e.code)
            end = e.end
        if named:
            d.detail[key] = named
            d.detail["quote_end"] = end
        return


# a region word qualifying a rank noun ("the largest African market"): the partners it ranks among
_REGION_WORDS = {
    "african": "Africa",
    "sub-saharan": "Sub-Saharan Africa",
    "latin": "Latin America",
    "euro-area": "Euro Area",
    "eurozone": "Euro Area",
    "middle": "Middle East",
}


def _region(r: Reading, d: Draft) -> None:
    """ "Mozambique's largest African export market", "its second-biggest customer in the euro area", "its
    largest market outside the EU": the rank is among the partners of a group (``detail["among"]``) or among
    those outside it (``detail["outside"]``)."""
    doc = r.doc
    noun = doc[r.q.token]
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
            words = doc[child.left_edge.i : child.i + 1].text.lower()
            word = child.lower_ if child.lower_ in _REGION_WORDS else words.split()[0] if words else ""
            if word in _REGION_WORDS and not (word == "middle" and "east" not in words):
                d.detail["among"] = _REGION_WORDS[word]
                return
    groups = {e.token: e.code for e in r.ents if e.group}
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "within", "among", "outside"):
            found = [groups[t.i] for t in child.subtree if t.i in groups]
            if found and found[0] not in ("World", "MNNA"):
                d.detail["outside" if child.lower_ == "outside" else "among"] = found[0]
                end = child.right_edge.idx + len(child.right_edge)
                d.detail["quote_end"] = max(int(d.detail.get("quote_end", 0)), end)
                return


def rank_parties(r: Reading) -> tuple[str | None, str | None]:
    """(owner, ranked) of a rank noun from the parse: the owner is the country whose partners are
    ranked, the possessor of the noun ("Kenya's largest partner") or the country inside its
    of/for phrase ("the largest source of US imports", "the top market for Kenyan goods"); the
    ranked country is the one the noun is said of: the subject of a copula ("China is/remained ..."),
    the noun an apposition describes ("Japan, the second-largest market, ..."), or the complement
    when the rank noun is the subject ("Its largest market is China"). With a ranked country but no
    owner named, the owner is the subject of the claims just before, else the article's country."""
    doc, ents = r.doc, r.ents
    noun = doc[r.q.token]
    by_token = {e.token: e for e in ents}
    owner = None
    for e in ents:
        if doc[e.token].dep_ == "poss" and doc[e.token].head.i == noun.i:
            owner = e.code
    if owner is None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "among"):
                found = [by_token[t.i] for t in child.subtree if t.i in by_token]
                if found:
                    owner = found[0].code
                    break
    ranked = None
    if noun.dep_ in ("attr", "acomp", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = [by_token[t.i] for t in child.subtree if t.i in by_token]
                ranked = found[0].code if found else None
    elif noun.dep_ == "appos" and noun.head.i in by_token:
        ranked = by_token[noun.head.i].code
    elif noun.dep_ in ("nsubj", "nsubjpass"):
        for child in noun.head.children:
            if child.dep_ in ("attr", "dobj", "oprd") and child.i in by_token:
                ranked = by_token[child.i].code
    if ranked is not None and owner is None:
        owner = _context_country(r, (ranked,))
    if owner == ranked:
        return None, None
    return owner, ranked


def read_share(r: Reading, d: Draft) -> bool:
    """ "20% of Kenya's exports went to China": a partner's share of a flow."""
    share = share_of(r.doc, r.q.token)
    if share is None or d.flow is None or d.subject is None:
        return False
    subject, partner = share_parties(r.doc, r.ents, r.q.token, d.subject, d.partner, r.focus)
    if _referred(r.doc, r.q.token) and subject in (d.subject, r.focus):
        # "It took a fifth of the country's exports": the country is the one named last before the
        # reference (this sentence, else the one before) that is not the taker
        owner = _latest_country(r, (d.subject,))
        if owner is not None:
            subject, partner = owner, d.subject
    if partner in (None, "World", subject) and subject is not None:
        base = _taker_before(r, subject)
        if base is not None:
            partner = base.partner
            if d.inferred and not base.period_inferred:  # the year of the rank the pronoun refers to
                d.period, d.years, d.inferred = base.period, list(base.years), False
    if subject is None or partner in (None, "World", subject) or (subject in GROUP_CODES and d.subject == subject):
        return False  # no owner of the flow apart from its taker ("the EU took ..." of no one's exports)
    d.kind, d.unit = "rank_share", "percent"
    d.detail["share_of"] = share
    # the share is of the owner's flow the of-phrase names ("bought a quarter of everything Cambodia sold
    # abroad": Cambodia's exports), not of the taker's verb
    d.flow = share
    d.subject, d.partner = subject, partner
    if d.subject in GROUP_CODES and d.partner is not None and d.partner not in GROUP_CODES:
        # "Germany accounted for more than a quarter of the EU's exports to the United States": a member's
        # part of the group's flow with a third country
        after = [e.code for e in r.ents if e.start > r.q.start and e.code not in (d.subject, d.partner)]
        if after:
            d.detail["member"], d.partner = d.partner, after[0]
    return True


def _taker_before(r: Reading, owner: str) -> Claim | None:
    """ "It took about three-quarters of everything Canada sold abroad" after "The US remained the largest
    market for Canadian goods": a pronoun taker is the country ranked by the rank claim just before on the same
    owner's partners (this or the sentence before)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for c in r.verb.children):
        return None
    start = prev_start(r.doc, r.sent)
    base = next(
        (
            c
            for c in reversed(r.previous)
            if c.kind == "rank_share" and c.unit == "rank" and c.span[0] >= start and c.subject == owner
        ),
        None,
    )
    return base if base is not None and base.partner not in (None, owner) else None


def read_ratio(r: Reading, d: Draft) -> bool:
    """ "exports remain a fraction of that figure": a ratio to a trade value of this or the previous
    sentence. A fraction of a flow ("roughly a third of all Brazilian exports") is a partner share."""
    fraction = r.q.detail.get("fraction")
    if fraction is not None and share_of(r.doc, r.q.token) is not None:
        d.unit, d.value = "percent", round(100 * float(fraction), 1)
        return read_share(r, d)
    start = prev_start(r.doc, r.sent)
    base = next((c for c in reversed(r.previous) if c.kind == "trade_value" and c.span[0] >= start), None)
    if base is None or d.flow is None:
        return False
    d.kind = "rank_share"
    d.refer_to(base)
    return True


def read_versus(r: Reading, d: Draft) -> bool:
    """ "Japan bought less than half as much as China", "India sold more goods to Africa than the
    United States did": the subject's flow with a market against another country's flow with the
    same market. The other country is the first after the comparison; the market is the partner
    of a with/to/from phrase, else the country the sentences before were about."""
    q, doc = r.q, r.doc
    at = int(q.detail.get("after", q.start))
    after = [e for e in r.ents if e.start > at]
    if not after or d.flow not in ("exports", "imports", "total"):
        return False
    other = after[0].code
    first = doc[_token_index(doc, at) + 1] if _token_index(doc, at) + 1 < len(doc) else None
    if first is not None and first.lower_ in ("from", "to", "with"):
        # "Kenya bought more from China than from India": two partners of one country
        before = [e for e in r.ents if e.start < at and e.code not in (d.subject, other)]
        if d.subject is None or not before:
            return False
        d.kind, d.partner = "rank_share", before[-1].code
        d.detail.update(versus=other, versus_role="partner", factor=q.detail.get("factor"), bound=q.detail.get("bound"))
        return True
    subject = d.subject if d.subject != other else None
    if subject is None:
        return False
    market = d.partner if d.partner not in (None, other, subject) else None
    if market is None:
        market = _context_country(r, (other, subject))
    if market is None:
        return False
    d.kind, d.subject, d.partner = "rank_share", subject, market
    d.detail.update(versus=other, versus_role="subject", factor=q.detail.get("factor"), bound=q.detail.get("bound"))
    return True


def _context_country(r: Reading, exclude: tuple[str | None, ...]) -> str | None:
    """The country a sentence that names only the ranked or compared ones is about: the subject of
    a claim in this or the sentence before, else the subject of the sentence before, else the
    article's country."""
    start = prev_start(r.doc, r.sent)
    near = [c.subject for c in reversed(r.previous) if c.span[0] >= start and c.subject not in (None, *exclude)]
    if near:
        return near[0]
    prev = previous_subject(r.article, r.doc, r.sent, exclude)
    if prev is not None:
        return prev
    earlier = [c.subject for c in reversed(r.previous) if c.subject not in (None, *exclude)]
    if earlier:
        return earlier[0]
    return r.focus if r.focus not in exclude else None


def _token_index(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def read_comparison(r: Reading, d: Draft) -> bool:
    """ "$188 billion, more than the next three combined": the trade value of the same sentence
    against the partners ranked after it."""
    if r.q.detail.get("versus"):
        return read_versus(r, d)
    start = r.sent.start_char
    base = next((c for c in reversed(r.previous) if c.kind == "trade_value" and c.span[0] == start), None)
    if base is None:
        return _next_combined(r, d)
    d.kind, d.reason = "rank_share", None
    d.refer_to(base)
    d.flow = base.flow
    return True


def _next_combined(r: Reading, d: Draft) -> bool:
    """ "India bought more from Nigeria than the next ten markets combined", "sales to China were
    worth more than all other markets combined", with no amount: the ranking is the owner's, read
    from the flow and the noun ranked. Markets (buyers) rank the seller's exports, suppliers the
    buyer's imports; with no such noun, the partner's partners are ranked. Recorded as for an amount:
    ``subject`` the ranked country, ``partner`` the owner, ``flow`` the owner's flow."""
    if d.subject is None or d.partner is None or d.flow not in ("exports", "imports", "total"):
        return False
    ranked_as = RANK_NOUNS.get(str(r.q.detail.get("ranked_as")))
    if d.flow == "total" or ranked_as not in ("exports", "imports"):
        owner, ranked, flow = d.partner, d.subject, d.flow
    else:
        seller, buyer = (d.subject, d.partner) if d.flow == "exports" else (d.partner, d.subject)
        owner, ranked = (seller, buyer) if ranked_as == "exports" else (buyer, seller)
        flow = "exports" if ranked_as == "exports" else "imports"
    d.kind, d.reason = "rank_share", None
    d.subject, d.partner, d.flow = ranked, owner, flow
    return True


def merge_versus(claims: list[Claim]) -> list[Claim]:
    """ "Japan, the second-largest market, bought less than half as much as China" is one claim:
    the rank and the comparison both decide (checked apart, the true rank would certify a false
    comparison). A comparison whose subject is the country a rank claim of the sentence ranks is
    folded into that rank claim (``detail['versus']``)."""
    out: list[Claim] = []
    for c in claims:
        if c.kind == "rank_share" and isinstance(c.detail.get("versus"), str):
            rank = next(
                (x for x in out if x.kind == "rank_share" and x.unit == "rank" and x.partner == c.subject),
                None,
            )
            if rank is not None:
                rank.detail["versus"] = {
                    "subject": c.subject,
                    "market": c.partner,
                    "other": c.detail["versus"],
                    "flow": c.flow,
                    "factor": c.detail.get("factor"),
                    "bound": c.detail.get("bound"),
                    "quote": c.quote,
                }
                rank.quote_span = (min(rank.quote_span[0], c.quote_span[0]), max(rank.quote_span[1], c.quote_span[1]))
                continue
        out.append(c)
    return out


_FACTORS = {"twice": 2.0, "double": 2.0, "half": 0.5, **{f"{w} times": float(n) for w, n in NUMBER_WORDS.items()}}
_FLOW_RATIO = re.compile(
    r"\b(?:(?P<hedge>more than|less than|fewer than|about|roughly|nearly|almost|over|under|around)\s+)?"
    r"(?P<f>twice|double|half|(?:" + "|".join(NUMBER_WORDS) + r") times|(?P<n>\d+(?:\.\d+)?) times)\s+"
    r"(?:as\s+(?:much|large)\s+as\s+)?(?:its|their|the)\s+(?:(?:own|total)\s+)?(?P<flow>imports|exports|purchases|sales)\b",
    re.IGNORECASE,
)


def flow_ratio(article: Article, doc: Doc, sent: Span, ents: list[Entity], focus: str | None) -> Claim | None:
    """ "Egypt's exports to Saudi Arabia were more than twice its imports from it": one pair's two flows
    compared (a ratio of exports to imports with the bound the words give)."""
    m = _FLOW_RATIO.search(sent.text)
    if m is None:
        return None
    at = sent.start_char + m.start()
    first = next(
        (t for t in sent if t.idx < at and FLOW_LEMMAS.get(t.lemma_.lower()) in ("exports", "imports")),
        None,
    )
    if first is None:
        return None
    num: Flow = FLOW_LEMMAS[first.lemma_.lower()]
    den: Flow = "imports" if m.group("flow").lower() in ("imports", "purchases") else "exports"
    if num == den:
        return None
    by_token = {e.token: e for e in ents}
    owner = [by_token[t.i] for t in first.subtree if t.i in by_token and t.dep_ in ("poss", "amod", "compound")]
    others = [by_token[t.i] for t in first.subtree if t.i in by_token and t.dep_ == "pobj"]
    subject = owner[0].code if owner else focus
    partner = next((e.code for e in others if e.code != subject), None)
    partner = partner or next((e.code for e in ents if e.code != subject and not e.group), None)
    if subject is None or partner is None:
        return None
    factor = float(m.group("n")) if m.group("n") else _FACTORS[m.group("f").lower()]
    hedge = m.group("hedge").lower() if m.group("hedge") else None
    return ratio_claim(
        article,
        doc,
        sent,
        first.i,
        (at, sent.start_char + m.end()),
        subject=subject,
        partner=partner,
        num=num,
        den=den,
        factor=factor,
        hedge=hedge,
    )


_BARE_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def ordinal_claims(article: Article, doc: Doc, sent: Span, ents: list[Entity], previous: list[Claim]) -> list[Claim]:
    """A rank said with a bare ordinal, after a rank claim of this or the sentence before: "Hong Kong was
    second, ahead of the United States" (the copula's subject), "..., with the United States a distant third
    behind Australia" (the noun of a "with" phrase). The owner, the flow and the period are those of the
    rank claim before; the countries after "ahead of" / "behind" are checked with the rank."""
    start = prev_start(doc, sent)
    base = next(
        (c for c in reversed(previous) if c.kind == "rank_share" and c.span[0] >= start and c.subject is not None),
        None,
    )
    if base is None or base.flow is None:
        return []
    by_token = {e.token: e for e in ents if not e.group}
    out: list[Claim] = []
    for tok in sent:
        n = _BARE_ORDINALS.get(tok.lower_)
        if n is None or any(c.quote_span[0] <= tok.idx < c.quote_span[1] for c in [*previous, *out]):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and (nxt.lower_ in RANK_NOUNS or nxt.lower_ in ("largest", "biggest", "time", "year")):
            continue  # a rank noun follows: read by the rank reader, or no rank ("the second time")
        ranked: Entity | None = None
        if tok.dep_ in ("attr", "acomp", "advmod", "oprd"):
            subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [by_token[t.i] for s in subj for t in s.subtree if t.i in by_token]
            ranked = found[0] if found else None
        if ranked is None:
            # "with the United States a distant third": the country just before, inside a "with" phrase
            before = [e for e in ents if not e.group and e.end <= tok.idx and tok.idx - e.end <= 20]
            if before and re.search(
                r"\bwith\s+(?:the\s+)?$", doc.text[max(sent.start_char, before[-1].start - 10) : before[-1].start]
            ):
                ranked = before[-1]
        if ranked is None or ranked.code == base.subject:
            continue
        detail: dict[str, object] = {"noun": "ordinal"}
        end = tok.idx + len(tok)
        tail = doc.text[end : sent.end_char]
        m = re.match(r"\s*,?\s*(?:(?:just|well|far|narrowly)\s+)?(ahead of|behind|after)\s+", tail, re.IGNORECASE)
        if m is not None:
            at = end + m.end()
            named = [e for e in ents if not e.group and at <= e.start <= at + 4]
            if named:
                detail["ahead_of" if m.group(1).lower() == "ahead of" else "behind"] = [named[0].code]
                end = named[0].end
        lo = ranked.start
        out.append(
            Claim(
                kind="rank_share",
                sentence=sent.text.strip(),
                span=(sent.start_char, sent.end_char),
                quote=article.text[lo:end],
                quote_span=(lo, end),
                subject=base.subject,
                partner=ranked.code,
                flow=base.flow,
                quantity=float(n),
                unit="rank",
                period=base.period,
                years=list(base.years),
                period_inferred=base.period_inferred,
                detail=detail,
                warnings=[f"the owner, flow and period of the rank before ({base.quote!r})"],
            )
        )
    return out
