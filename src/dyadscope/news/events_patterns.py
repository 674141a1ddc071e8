"""The PETRARCH2 verb dictionary as a matcher: a verb (with its particle) and what follows it
(the head of its object, a prepositional phrase) -> a CAMEO code, the dictionary entry that
coded it and its strength; plus the documented overrides, the light verbs coded only through
a pattern, and the event nouns (:data:`NOUN_EVENTS`)."""

from __future__ import annotations

from spacy.tokens import Token

from dyadscope.news.events_codebook import (
    _PRIMARY,
    _lexicon,
)

# verbs the PETRARCH2 dictionary leaves without a code, or codes for another sense
VERB_OVERRIDES: dict[str, str] = {
    "review": "090",
    "reassess": "090",
    "scrutinize": "090",
    "scrutinise": "090",
    "probe": "090",
    "sign": "057",
    "sanction": "163",
    "condemn": "111",
    "denounce": "111",
    "praise": "051",
    "endorse": "051",
    "defend": "052",
    "host": "043",
    # the PLOVER manual's AGREE: "invitations for state visits should be coded as AGREE"
    # (CAMEO 036, intent to meet; PETRARCH2's INVITE block: 040)
    "invite": "036",
    "welcome": "051",
    "expel": "174",
    "deploy": "074",
    "negotiate": "046",
    "export": "061",
    "invest": "061",
    "lend": "071",
    "loan": "071",
    "fund": "071",
    "finance": "071",
    "urge": "020",
    "deny": "016",
    "reject": "120",
    "refuse": "120",
    "borrow": "071",
    # CAMEO 0874 "Retreat or surrender militarily" (PETRARCH2: 080 yield)
    "surrender": "0874",
    # the PLOVER manual's AGREE: "agree to, offer, promise ... to cooperate" (PETRARCH2: 050)
    "agree": "030",
}


# light verbs: coded only through a pattern of their object
LIGHT_VERBS = {
    "take",
    "make",
    "give",
    "get",
    "have",
    "do",
    "go",
    "come",
    "put",
    "hold",
    "set",
    "keep",
    "run",
    "turn",
    "bring",
    "play",
    "see",
    "call",
    "mount",
    "pit",
    "ride",
    "face",
    "show",
    "look",
    "find",
    "leave",
    "let",
    "become",
    "seem",
    "remain",
    "use",
    "work",
    "move",
    "open",
    "close",
    "raise",
    "lead",
    "pay",
    "provide",
    "add",
    "include",
    "continue",
    "grow",
    "build",
    "launch",
    "create",
    "sell",
    "buy",
}


NOUN_EVENTS: dict[str, str] = {
    "talk": "040",
    "discussion": "040",
    "engagement": "040",
    "consultation": "040",
    "deal": "057",
    "review": "090",
    "meeting": "040",
    "summit": "040",
    "visit": "042",
    "negotiation": "046",
    "agreement": "057",
    "treaty": "057",
    "investment": "061",
    "loan": "071",
    "aid": "070",
    "grant": "071",
    "deployment": "074",
    "sanction": "163",
    "investigation": "090",
    "criticism": "111",
    "condemnation": "111",
    "accusation": "112",
    "threat": "130",
    "protest": "140",
    "attack": "190",
    # round 3, from the CAMEO codebook's event names (an event noun names its event)
    "strike": "143",
    "demonstration": "141",
    "rally": "141",
    "riot": "145",
    "blockade": "191",
    "siege": "191",
    "invasion": "190",
    "offensive": "190",
    "airstrike": "195",
    "bombing": "183",
    "ceasefire": "0871",
    "truce": "0871",
    "withdrawal": "087",
    "arrest": "173",
    "crackdown": "175",
    "expulsion": "174",
    "embargo": "163",
    "ultimatum": "139",
}


# compounds that change an event noun's code (CAMEO 142 "Conduct hunger strike")
NOUN_COMPOUNDS: dict[tuple[str, str], str] = {("hunger", "strike"): "142", ("air", "strike"): "195"}


# debt forgiveness is AID (the PLOVER manual's RETREAT section: "Debt forgiveness and loan
# cancellations, e.g. 'The Paris Club has agreed to forgive $200 of Nigeria's $350 million
# in loan obligations' should be coded as AID"): CAMEO 071, economic aid
_FORGIVE = {"forgive", "cancel", "waive", "write off", "write", "restructure"}


_DEBTS = {"debt", "debts", "loan", "loans", "arrears", "obligation", "obligations", "repayment", "repayments"}


def _verb_lemma(tok: Token) -> str:
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{tok.lemma_.lower()} {prt[0]}" if prt else tok.lemma_.lower()


def _code_verb(tok: Token) -> tuple[str, str, float] | None:
    """(code, dictionary entry, strength) of a verb, or None. Strength: 0.2 for a
    PETRARCH2 pattern, 0.1 for a block's primary verb or a documented override, 0 for a
    synonym that inherits its block's code."""
    vmap, pmap, _ = _lexicon()
    lemmas = [_verb_lemma(tok)]
    if lemmas[0] != tok.lemma_.lower():
        lemmas.append(tok.lemma_.lower())
    heads = [_content_head(c) for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "oprd", "dative")]
    if tok.dep_ == "xcomp" or any(c.dep_ == "nsubjpass" for c in tok.children):
        heads += [_content_head(c) for c in tok.children if c.dep_ == "nsubjpass"]
    objs = _words(heads)
    # the object's compound nouns after its head, as PETRARCH2 reads the object phrase's words
    # ("suspended aid deliveries": "- * AID")
    objs += [w for w in _words([c for h in heads for c in h.children if c.dep_ == "compound"]) if w not in objs]
    preps: list[tuple[str, str]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            pobj = _words([_content_head(g) for g in c.children if g.dep_ == "pobj"])
            preps += [(c.lower_, w) for w in pobj or [""]]
    for c in heads:  # the object's own prepositional phrase: "a call from"
        for p in c.children:
            if p.dep_ == "prep":
                pobj = _words([_content_head(g) for g in p.children if g.dep_ == "pobj"])
                preps += [(p.lower_, w) for w in pobj or [""]]
    if any(lemma in _FORGIVE for lemma in lemmas) and _DEBTS & set(objs):
        return "071", f"{lemmas[0]} * debt (debt forgiveness: AID)", 0.2
    for lemma in lemmas:
        for obj in objs:
            for prep, pword in preps:
                for key in ((lemma, obj, prep, pword), (lemma, obj, prep, "")):
                    if key in pmap:
                        return pmap[key], f"{lemma} * {obj} ({prep} {key[3]})".replace(" )", ")"), 0.2
        for obj in objs:
            if (lemma, obj, "", "") in pmap:
                return pmap[(lemma, obj, "", "")], f"{lemma} * {obj}", 0.2
        for prep, pword in preps:
            for key in ((lemma, "", prep, pword), (lemma, "", prep, "")):
                if key in pmap:
                    return pmap[key], f"{lemma} * ({prep} {key[3]})".replace(" )", ")"), 0.15 if key[3] else 0.1
    for lemma in lemmas:
        base = lemma.split()[0]
        if lemma in VERB_OVERRIDES:
            return VERB_OVERRIDES[lemma], f"{lemma} (override)", 0.1
        if base in LIGHT_VERBS and lemma == base:
            continue
        if lemma in vmap:
            return vmap[lemma], lemma, 0.1 if lemma in _PRIMARY else 0.0
    return None


# nouns of quantity whose "of" phrase names the thing: "5 million dollars of aid", "tons of food"
_MEASURES = {"dollar", "ton", "tonne", "million", "billion", "thousand", "hundred", "percent", "lot", "number"}


_MEASURES |= {"amount", "kind", "type", "sort", "range", "series", "package", "batch", "shipment", "consignment"}


def _content_head(tok: Token) -> Token:
    """The noun that names a phrase's thing: the head, or for a measure noun ("5.1 million
    dollars of aid", "25,000 tons of food aid") the head of its ``of`` phrase."""
    for _ in range(2):
        if tok.lemma_.lower() not in _MEASURES:
            break
        nxt = next(
            (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if nxt is None:
            break
        tok = nxt
    return tok


def _words(heads: list[Token]) -> list[str]:
    """The lemma and, where it differs, the written form of each head: the dictionary
    writes some pattern nouns in the plural ("- * SANCTIONS")."""
    out: list[str] = []
    for h in heads:
        for w in (h.lemma_.lower(), h.lower_):
            if w not in out:
                out.append(w)
    return out
