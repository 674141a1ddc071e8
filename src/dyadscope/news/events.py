"""Sentence-level political events: who did what to whom, coded in CAMEO and PLOVER.

Coding works on the dependency parse, one trigger (a verb, or an event noun) at a time:

1. **Code.** The PETRARCH2 verb dictionary's *patterns* first: the verb (with its
   particle: "take over") and what follows it, i.e. the head of its direct object and/or a
   prepositional phrase (``- * AID``, ``- * (TO BORDER)``, ``- * CALL (FROM)``); then the
   verb's own code. Light verbs (take, make, give, get, have ...) carry their meaning in
   their object and are coded by a pattern only. A few verbs the dictionary leaves
   without a code have documented overrides (:data:`VERB_OVERRIDES`); a few event nouns
   code events too (:data:`NOUN_EVENTS`).
2. **Actors.** The source is the grammatical subject (the agent of a passive); the target
   the direct object, the subject of a passive, or else a prepositional object. An actor
   phrase is read through its head, compounds, adjectives, possessives, appositions,
   ``of``-phrases and conjuncts ("Chinese President Xi Jinping", "Kenya's government",
   "officials of Kenya and Uganda"), never through relative clauses or other phrases.
   Direction follows the semantic role: for receiving verbs (borrow, receive, obtain,
   accept ...) the giver in the ``from`` phrase is the source and the subject the target.
3. **Only what happened.** No event for a negated verb, a verb under a modal (will,
   would, could, may, might, should, can) or "going to", in a condition (if, unless), the
   complement of a verb of intent, fear, denial or refusal (plan, hope, deny, reject ...),
   an infinitive ("agreed to build": the agreement is the event), a clause under an
   allegation, report or plan, or an event noun marked delayed, planned, proposed,
   possible, alleged. The verbs of intent and refusal are coded themselves when the
   dictionary gives them a code (plan 030, deny 016, reject 120).
4. **One event per (source, target, code, sentence)**, with its sentence, verb span, the
   dictionary entry that coded it and a confidence.

Confidence (0-1): 0.55 for a coded trigger with a source in its subject; +0.15 when the
target is its object (or the patient of a passive), +0.05 for a prepositional target;
+0.1 when a PETRARCH2 pattern (verb and object) coded it, rather than the bare verb;
-0.3 for a trigger inside a quotation (the quoted words are not the reporter's facts);
-0.25 for a CAMEO 01 statement other than a denial; -0.2 for a verbal event whose source
is a person with no official role (an analyst's opinion); -0.1 for a headline (parsed
once more in sentence case). Events at or above :data:`DISPLAY_THRESHOLD` between two
different countries are *displayed* (brief, web, the warehouse's events table); the
JSON lists every event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news import schema
from dyadscope.news.gazetteer import Mention
from dyadscope.news.people import Organization, Person, institution

# events with a confidence at or above this, between two different countries, are shown
# by the brief and the web (docs/reader.md)
DISPLAY_THRESHOLD = 0.6

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
# what is proposed to an actor: turning it down is CAMEO 12 (reject), not 11 (disapprove)
_PROPOSALS = {"appeal", "offer", "proposal", "request", "demand", "call", "invitation", "initiative", "plea", "bid"}
# verbs of receiving a visitor: with a person as object, CAMEO 043 "Host a visit"
_RECEIVING_VISITORS = {"welcome", "greet", "receive"}
# the envoys of a state: summoning one is a formal protest (CAMEO 114), ordering one out an expulsion
_DIPLOMATS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "attaché", "attache", "emissary"}
_DIPLOMATS |= {"diplomats", "ambassadors", "envoys", "affaires", "mission"}
# verbs that order someone out: "ordered the diplomat to leave the country" is an expulsion
_ORDERS = {"order", "tell", "instruct", "give", "direct"}
_LEAVING = {"leave", "depart", "quit", "exit"}
# verbs of a wish: "Beijing wanted Dominica's vote" reports a desire, not an action
_DESIRES = {"want", "wish", "desire", "prefer", "covet", "crave"}
# verbs that ask another actor to act: the infinitive after their object is asked for, not done
# ("urged both sides to reach a deal", "asked Chad to withdraw")
_APPEAL_HEADS = {"urge", "ask", "call", "press", "encourage", "appeal", "implore", "invite", "request"}
_APPEAL_HEADS |= {"order", "tell", "instruct", "push", "pressure", "pressurize", "exhort", "beg", "direct"}
# verbs whose object is still under consideration: "is considering a second loan to Laos"
_PENDING = {"consider", "weigh", "study", "mull", "contemplate", "examine", "explore", "discuss", "debate"}
_PENDING |= {"negotiate", "seek", "request", "want", "propose", "plan", "eye", "await"}
# prepositions of a place, not of a partner: "opened talks in Lima" (the scene of joint subjects' act)
_LOCATIVE = {"in", "at", "over"}
# receiving verbs: the giver (the "from" phrase) is the source
RECIPIENT_VERBS = {"receive", "get", "obtain", "accept", "borrow", "secure", "gain", "acquire", "take", "win", "seek"}
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
_MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo", "ca"}
_CONDITIONS = {"if", "unless", "whether", "once", "until", "lest"}
# verbs whose complement has not happened (or is denied): the complement is not coded
_UNREAL_HEADS = {
    "plan",
    "want",
    "hope",
    "seek",
    "propose",
    "expect",
    "consider",
    "intend",
    "aim",
    "try",
    "threaten",
    "refuse",
    "fail",
    "decline",
    "delay",
    "postpone",
    "deny",
    "reject",
    "fear",
    "wish",
    "prepare",
    "need",
    "ask",
    "urge",
    "call",
    "demand",
    "promise",
    "pledge",
    "vow",
    "offer",
    "agree",
    "allege",
    "accuse",
    "suspect",
    "worry",
    "warn",
    "predict",
    "suggest",
    "argue",
    "believe",
    "say",
    "claim",
}
_ASPECTUAL = {"begin", "start", "continue", "manage", "keep", "resume", "help"}
_UNREAL_MODIFIERS = {
    "delayed",
    "planned",
    "proposed",
    "possible",
    "potential",
    "future",
    "expected",
    "alleged",
    "upcoming",
    "prospective",
    "hypothetical",
    "rumored",
    "rumoured",
    "suspected",
    "intended",
    "pending",
    "postponed",
}
_UNREAL_NOUNS = {
    "allegation",
    "claim",
    "report",
    "accusation",
    "rumor",
    "rumour",
    "fear",
    "concern",
    "speculation",
    "suggestion",
    "prospect",
    "possibility",
    "plan",
    "proposal",
    "threat",
    "risk",
    "danger",
    "hope",
}
_OFFICIAL_ROLES = {"head of state", "deputy head of state", "head of government", "minister", "legislator"}
_OFFICIAL_ROLES |= {"diplomat", "military", "official", "judiciary"}
_QUOTE_CHARS = set('“”"«»')


@dataclass
class Event:
    source: str
    target: str | None
    source_actor: str | None
    target_actor: str | None
    cameo: str
    cameo_name: str
    plover: str
    goldstein: float
    quad_class: int
    trigger: str
    sentence: str
    span: tuple[int, int]
    verb_span: tuple[int, int] | None = None
    pattern: str | None = None
    confidence: float = 1.0
    headline: bool = False

    @property
    def displayed(self) -> bool:
        """Shown by the brief and the web: confident and between two different countries."""
        return self.confidence >= DISPLAY_THRESHOLD and self.target is not None and self.target != self.source

    def to_dict(self) -> dict[str, object]:
        return schema.EVENTS.to_dict(self)


_PRIMARY: set[str] = set()


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[tuple[str, str, str, str], str], pd.DataFrame]:
    verbs = bundled.parquet("event_verbs.parquet")
    _PRIMARY.update(verbs.loc[verbs["primary"], "lemma"])
    pats = bundled.parquet("event_patterns.parquet")
    codes = bundled.parquet("cameo_codes.parquet").set_index("code")
    vmap = dict(zip(verbs["lemma"].tolist(), verbs["code"].tolist(), strict=True))
    # tolist(): iterating Arrow-backed string columns one value at a time took 0.6 s here
    cols = [pats[c].tolist() for c in ("lemma", "word", "prep", "pword", "code")]
    pmap = {(a, b, c, d): e for a, b, c, d, e in zip(*cols, strict=True)}
    return vmap, pmap, codes


# Where the reader departs from the official CAMEO->PLOVER table (CAMEO2PLOVER-2021.txt),
# with the PLOVER manual's own words as evidence (docs/reader.md, "Events, round 4"):
# 163 "Impose embargo, boycott, or sanctions" is COERCE 'restrict' in the table, but the
# manual's SANCTION section says "International (political or economic) sanctions are coded
# as 'discontinue'" (a SANCTION mode) and its CAMEO translation table maps the whole cue
# category 16 (REDUCE RELATIONS) to SANCTION, "everything at the 3- and 4-digit level ...
# reduced to the 2-digit cue category".
# 0813 "Ease curfew" is RETREAT in the table, but the manual's CONCEDE section lists
# "removing curfews" among the concessions ("the lifting of a curfew is, effectively, a
# promise ... We're treating such concessions as verbal") and its translation table gives
# 081-083 to CONCEDE.
PLOVER_DEVIATIONS: dict[str, str] = {"163": "SANCTION", "0813": "CONCEDE"}
# PLOVER types a verb takes whatever its CAMEO code: the manual's RETREAT "also covers
# resignations of government officials" (mode 'resign'); CAMEO has no retreat code for them.
PLOVER_BY_VERB: dict[str, str] = {"resign": "RETREAT", "quit": "RETREAT", "step down": "RETREAT"}
# debt forgiveness is AID (the PLOVER manual's RETREAT section: "Debt forgiveness and loan
# cancellations, e.g. 'The Paris Club has agreed to forgive $200 of Nigeria's $350 million
# in loan obligations' should be coded as AID"): CAMEO 071, economic aid
_FORGIVE = {"forgive", "cancel", "waive", "write off", "write", "restructure"}
_DEBTS = {"debt", "debts", "loan", "loans", "arrears", "obligation", "obligations", "repayment", "repayments"}


def _plover_of(code: str, table_value: str) -> str:
    if code.startswith("02"):
        return "REQUEST"  # appeals: the PLOVER manual's "all requests, demands and orders"
    for prefix, plover in PLOVER_DEVIATIONS.items():
        if code.startswith(prefix):
            return plover
    return table_value


def plover_map() -> pd.Series:
    """CAMEO code -> PLOVER event type, for every code in the CAMEO tables (appeals, CAMEO
    02, are REQUEST: the PLOVER manual's "all requests, demands and orders"; the documented
    :data:`PLOVER_DEVIATIONS` from the official table)."""
    table = _lexicon()[2]["plover"].copy()
    return pd.Series([_plover_of(str(c), str(v)) for c, v in table.items()], index=table.index, name=table.name)


@lru_cache(maxsize=512)
def cameo_info(code: str) -> tuple[str, str, float, int]:
    """(name, PLOVER type, Goldstein, quad class) of a CAMEO code (or its nearest parent)."""
    codes = _lexicon()[2]
    for n in range(len(code), 1, -1):
        if code[:n] in codes.index:
            row = codes.loc[code[:n]].to_dict()
            plover = _plover_of(code, str(row["plover"]))
            return (str(row["name"]), plover, float(row["goldstein"]), int(row["quad_class"]))
    raise KeyError(code)


@dataclass(frozen=True)
class _Actor:
    iso3: str
    label: str | None
    start: int
    end: int
    kind: str  # country | person | organization | agent (a group named by a noun, in the source's country)
    official: bool = True
    # a person's or organisation's country read from the context (the article's lead, the
    # paragraph's subject, the sentence's one country), not from its own words
    context: bool = False


def _actors(mentions: list[Mention], persons: list[Person], orgs: list[Organization]) -> list[_Actor]:
    # a plural demonym ("Zimbabweans wave flags") names the people, not their state
    out = [
        _Actor(m.iso3, m.text, m.start, m.end, "country", not (m.kind == "demonym" and m.text.endswith("s")))
        for m in mentions
    ]
    for p in persons:
        if p.country:
            official = p.role_type in _OFFICIAL_ROLES
            ctx = _from_context(p.country_evidence)
            out += [_Actor(p.country, p.name, s, e, "person", official, ctx) for s, e in p.mentions]
    for o in orgs:
        if o.country:
            ctx = _from_context(o.country_evidence)
            out += [_Actor(o.country, o.name, s, e, "organization", True, ctx) for s, e in o.mentions]
        elif o.country_evidence == "igo":  # the UN, NATO, the IMF: CAMEO's IGO actor
            out += [_Actor("IGO", o.name, s, e, "organization") for s, e in o.mentions]
    return out


def _from_context(evidence: str | None) -> bool:
    """Whether a country came from the context rather than the entity's own words or role
    (people.py's evidence strings: "the country the article is about (its lead)", "the one
    country that is a subject in its paragraph", "the one country named in the sentence",
    "the capital where the official speaks")."""
    text = evidence or ""
    return any(w in text for w in ("the article is about", "paragraph", "named in the sentence", "where the official"))


def _dictionary_actors(doc: Doc, actors: list[_Actor]) -> list[_Actor]:
    """International actors of the PETRARCH2 dictionary (``people.institution``: the UN,
    NATO, the IAEA, the Red Cross ...) that no other step made an actor: named entities and
    runs of proper nouns ("U.N. helicopters", "The Security Council"), looked up whole, then
    by their leading words ("United Nations Emergency Relief Coordinator"), then word by word.
    An IGO is CAMEO's actor ``IGO``, an NGO ``NGO``, a national body its country."""
    taken = {i for a in actors for i in range(a.start, a.end)}
    spans: list[Span] = [e for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE", "FAC", "PRODUCT")]
    propn = doc.vocab.strings["PROPN"]
    start = None
    for i, pos in enumerate([*doc.to_array("POS").tolist(), -1]):  # runs of proper nouns, read from one array
        if pos == propn:
            start = i if start is None else start
            continue
        if start is not None:
            spans.append(doc[start:i])
            # the institution at the head of a title: "United Nations Emergency Relief Coordinator"
            spans += [doc[start:k] for k in range(i - 1, start + 1, -1)]
            spans += [doc[j : j + 1] for j in range(start, i) if i - start > 1]
        start = None
    out: list[_Actor] = []
    for span in spans:
        if any(i in taken for i in range(span.start_char, span.end_char)):
            continue
        kind, iso3 = institution(span.text)
        if kind is None and _normal(span.text) in _EEC_NAMES:
            kind = "igo"
        code = iso3 if iso3 else {"igo": "IGO", "ngo": "NGO"}.get(kind or "")
        if code:
            out.append(_Actor(code, span.text, span.start_char, span.end_char, "organization"))
            taken.update(range(span.start_char, span.end_char))
    return out


# The Phoenix international-actors dictionary codes the European Union IGOEUREEC, the
# CAMEO code of the European Economic Community: the Union's earlier names are the same
# actor (the dictionary lists only "European Union" and the Commission).
_EEC_NAMES = {"EUROPEAN COMMUNITY", "EUROPEAN COMMUNITIES", "EUROPEAN ECONOMIC COMMUNITY", "EEC"}


def _normal(name: str) -> str:
    return " ".join(name.upper().removeprefix("THE ").split())


class _Index:
    """Actors by the character offset of each token they cover."""

    def __init__(self, doc: Doc, actors: list[_Actor]) -> None:
        self.at: dict[int, _Actor] = {}
        for a in sorted(actors, key=lambda a: a.kind == "country"):  # people and organisations win
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.at.setdefault(tok.i, a)

    def get(self, tok: Token) -> _Actor | None:
        return self.at.get(tok.i)


_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod", "det"}


# a photo caption's place marks: "X, left, and Y attend", parsed with Y a conjunct of "left"
_CAPTION_MARKS = {"left", "right", "center", "centre", "second"}


def _phrase_actors(head: Token, index: _Index, *, located: bool = True) -> list[_Actor]:
    """Actors named by a noun phrase: its head, modifiers, possessives, appositions,
    ``of``-phrases and conjuncts, not its clauses or other prepositional phrases
    (``located``: also the countries of its in/from phrases, "opposition groups in Zimbabwe")."""
    found: list[_Actor] = []

    def visit(tok: Token, depth: int) -> None:
        a = index.get(tok)
        if a is not None and all(x.iso3 != a.iso3 for x in found):
            found.append(a)
        if depth > 4:
            return
        for child in tok.children:
            if child.dep_ == "appos" and a is not None and a.kind != "agent" and not a.context:
                # "Australia, Papua New Guinea's largest aid donor": an apposition describes a
                # named actor; the countries in its own phrases are its relations, not it
                b = index.get(child)
                if b is not None and all(x.iso3 != b.iso3 for x in found):
                    found.append(b)
            elif child.dep_ in _PHRASE_DEPS or child.dep_ in ("conj", "cc"):
                visit(child, depth + 1)
            elif child.dep_ == "acl" and child.lower_ in _CAPTION_MARKS:
                for conj in child.children:
                    if conj.dep_ == "conj":
                        visit(conj, depth + 1)
            elif child.dep_ == "prep" and (
                child.lower_ == "of" or (located and child.lower_ in ("in", "from", "throughout") and depth <= 2)
            ):
                # "officials of Kenya", "opposition groups in Zimbabwe", "activists from Fatah"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        visit(pobj, depth + 1)
            elif child.dep_ == "case":
                continue

    visit(head, 0)
    for conj in head.conjuncts:
        if conj.i > head.i and conj.dep_ == "conj":
            visit(conj, 1)
    return found


Modality = str  # real | future | intent | negated | conditional | denied | reported | purpose | requested

_INTENT_HEADS = {
    "plan",
    "want",
    "hope",
    "seek",
    "propose",
    "intend",
    "aim",
    "agree",
    "offer",
    "promise",
    "pledge",
    "vow",
    "decide",
    "prepare",
    "commit",
    "undertake",
    "swear",
    "willing",
    "ready",
    "prepared",
    "committed",
    "determined",
    "eager",
    "keen",
    "expect",
    "consider",
    "try",
    "threaten",
}
_SPEECH = {
    "say",
    "declare",
    "confirm",
    "announce",
    "report",
    "quote",
    "predict",
    "state",
    "insist",
    "reiterate",
    "tell",
    "add",
    "conclude",
    "stress",
    "warn",
}
_SPEECH |= {"argue", "write", "demand", "urge", "remind", "repeat", "emphasize", "emphasise", "maintain"}
_DENIAL_HEADS = {"deny", "reject", "refuse", "fail", "decline", "delay", "postpone", "fear", "allege", "suspect"}
_DENIAL_HEADS |= {"worry", "warn", "accuse", "predict", "suggest", "doubt", "dismiss", "rule"}
_DENIAL_HEADS |= {"put off", "hold off", "call off"}  # phrasal verbs of delay ("has put off signing")
# passive verbs of expectation and report: "Rasheed is expected to visit", "is said to have"
_HEARSAY_PASSIVES = {"expect", "believe", "think", "say", "report", "rumor", "rumour", "suppose", "schedule"}


_COMPLEMENT_HEADS = _INTENT_HEADS | _DENIAL_HEADS | _UNREAL_HEADS


def _advcl_complement(tok: Token) -> bool:
    """An infinitive parsed as an adverbial clause of a verb of intent or denial that has no
    object of its own ("have sworn to fight"): the verb's complement. With an object
    ("offered its troops to help") it is an aim."""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and head.lemma_.lower() in _COMPLEMENT_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ in ("dobj", "obj", "dative") for c in head.children)
    )


def modality(tok: Token) -> Modality:
    """How a verb's action stands: real, future (will, would, going to), intent (the
    complement of plan, agree, offer, promise, willing ...), or not to be coded at all:
    negated, conditional (if, unless), denied (the complement of deny, refuse, fear,
    allege ...), reported (a clause under an allegation, report or plan), purpose (an
    infinitive clause of aim: "troops stayed to forestall violence", "efforts to end the war").
    A negated verb inside a clause that is itself not coded ("to help manage if not end the
    war") takes that clause's state."""
    cur = tok
    state: Modality = "real"
    negated = False
    conjunct = False  # reached from a conjoined verb: "had never wanted a quarrel and thanked X"
    for _ in range(6):
        kids = list(cur.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if any(c.dep_ == "neg" for c in kids) and not negated and not conjunct:
            negated = True
        elif not negated or cur is not tok:
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids):
                return "conditional"
            if (
                any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in kids)
                and cur.dep_ == "ccomp"
                and cur.head.lemma_.lower() in _SPEECH
                and not negated
            ):
                return "demanded"  # "France said Iraq must cooperate": a demand of the speaker
            modal = [c.lower_ for c in kids if c.dep_ == "aux" and c.lower_ in _MODALS]
            if modal:
                reported = cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _SPEECH
                perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids)
                if perfect:
                    return "conditional"  # "may have imperiled", "would have signed": not a fact
                if modal[0] in ("will", "'ll", "wo", "shall") or (reported and modal[0] == "would"):
                    state = "future"  # "said it would": the future seen from the past
                elif not negated:
                    return "conditional"  # "would", "could", "may", "might": hypothetical
        if (
            cur.dep_ in ("xcomp", "ccomp", "acl", "relcl")
            and cur.head.pos_ == "NOUN"
            and cur.head.lemma_.lower() in _UNREAL_NOUNS
        ):
            return "reported"
        # an infinitive the parser hangs on a verb of intent or denial as advcl ("sworn to
        # fight") is its complement, not an aim
        complement = _advcl_complement(cur)
        if infinitive and cur.dep_ in ("acl", "advcl") and not complement:
            return "purpose"  # "initiatives ... to end the war", "troops on alert to forestall": an aim
        gerund = cur.dep_ in ("xcomp", "ccomp", "advcl", "dobj") and cur.tag_ == "VBG" and cur.head.i != cur.i
        if gerund and (cur.head.lemma_.lower() in _DENIAL_HEADS or _verb_lemma(cur.head) in _DENIAL_HEADS):
            return "denied"  # a gerund after a verb of delay or refusal: "has put off signing"
        if cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acomp") and cur.head.i != cur.i:
            head = cur.head
            lemma = head.lemma_.lower()
            if (
                cur.dep_ in ("xcomp", "ccomp")
                and infinitive
                and lemma in _APPEAL_HEADS
                and (any(c.dep_ in ("dobj", "obj") for c in head.children) or any(c.dep_ == "nsubj" for c in kids))
            ):
                return "requested"  # "urged both sides to reach a deal": asked for, not done
            if cur.dep_ in ("xcomp", "ccomp") or complement:
                if lemma in _DENIAL_HEADS or _verb_lemma(head) in _DENIAL_HEADS:
                    return "denied"
                if lemma in _HEARSAY_PASSIVES and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
                    return "reported"
                if lemma in _INTENT_HEADS:
                    state = "intent"
                elif lemma == "go" and infinitive:
                    state = "future"
                elif infinitive and lemma not in _ASPECTUAL:
                    state = "intent" if state == "real" else state
            if head.pos_ not in ("VERB", "AUX", "ADJ"):
                break
            conjunct = cur.dep_ == "conj" and (conjunct or cur is tok)
            cur = head
            continue
        break
    return "negated" if negated else state


_INTENT: dict[str, str] = {
    "04": "036",
    "05": "032",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "070": "0331",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "138",
    "19": "138",
    "20": "138",
}


# a refused or negated cooperative action -> the CAMEO 12 (reject) code of its kind
_REJECTION = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}


def intent_code(code: str) -> str | None:
    """The CAMEO code of an announced or intended action (PETRARCH2's combination of
    "will" with the action): intent to cooperate (03x) for cooperation, a threat (13x)
    for conflict; None where CAMEO has no such code (statements, demands, accusations)."""
    if code[:2] in ("03", "13", "08"):
        # the PLOVER manual: future CONCEDE and RETREAT "should be left as they are"
        return code
    return _INTENT.get(code[:3]) or _INTENT.get(code[:2])


def _unreal_noun(tok: Token) -> bool:
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREAL_MODIFIERS for c in tok.children):
        return True
    head = tok.head
    if head.pos_ == "VERB" and tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in _PENDING:
        return True  # "is considering a second loan to Laos": under consideration, not given
    return head.pos_ == "VERB" and (head.lemma_.lower() in _DENIAL_HEADS or modality(head) != "real")


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


def _in_quote(tok: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in quotes)


@dataclass
class _Coded:
    source: _Actor
    target: _Actor | None
    code: str
    trigger: Token
    pattern: str
    confidence: float
    synonym: bool = False  # a dictionary synonym inheriting its block's code (an unsure sense)
    plover: str | None = None  # a PLOVER type other than the code's (PLOVER_BY_VERB, future retreats)


def _subjects(tok: Token) -> tuple[list[Token], bool]:
    """The verb's subject heads (inherited from the verb it is conjoined to), and whether passive."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    cur = tok
    while not subj and cur.dep_ in ("conj", "xcomp", "advcl", "acomp") and cur.head.i != cur.i:
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    if cur is not tok and cur.lower_ in _CAPTION_MARKS and tok.dep_ in ("xcomp", "conj"):
        # a caption parsed with its place mark as the verb ("X, left, and Y sign ..." with
        # "left" as the root and Y its conjunct): Y is a subject too
        subj += [c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i < tok.i]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    return subj, passive


def _verb_events(tok: Token, index: _Index) -> list[_Coded]:
    coded = _code_verb(tok)
    if coded is None:
        return []
    code, pattern, strength = coded
    lemma = tok.lemma_.lower()
    if lemma in _DESIRES and strength < 0.2:
        return []  # "said Beijing wanted Dominica's vote": a wish, not an event
    envoy = [c for c in tok.children if c.dep_ in ("dobj", "obj") and _is_diplomat(c)]
    if lemma == "summon" and envoy:
        # summoning a foreign envoy is a formal protest (CAMEO 114), not a consultation (040)
        code, pattern, strength = "114", "summon (a diplomat: complain officially)", 0.1
    leave = [
        c
        for c in tok.children
        if c.dep_ in ("xcomp", "ccomp")
        and c.lemma_.lower() in _LEAVING
        and not any(g.dep_ == "neg" for g in c.children)
    ]
    if lemma in _ORDERS and leave:
        # "ordered a senior Malian diplomat to leave the country": an expulsion, CAMEO 161 of a
        # diplomat (reduce diplomatic relations), else 174 (expel or deport individuals)
        ordered = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")]
        ordered += [g for c in leave for g in c.children if g.dep_ == "nsubj"]
        diplomat = any(_is_diplomat(c) for c in ordered)
        code, pattern, strength = ("161" if diplomat else "174"), f"{lemma} * to leave (expel)", 0.1
    if tok.lemma_.lower() in _ARRIVALS and any(_peacekeepers(h) for h in _subjects(tok)[0]):
        # "NATO peacekeeping troops have arrived in Bosnia": CAMEO 074, provide military
        # protection or peacekeeping (the dictionary's "arrive * (IN) [046]" reads talks)
        code, pattern, strength = "074", f"{tok.lemma_.lower()} (peacekeepers arrive)", 0.1
    predicate = [c for c in tok.children if c.dep_ == "oprd" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ in _NOMINAL)]
    if predicate and strength < 0.2:
        return []  # "China considers its base a logistics facility": a judgment, not an event
    if code[:2] == "05" and strength < 0.2 and _asks_to(tok):
        code, pattern = "020", f"{pattern} (X to do: appeal)"  # "encouraging Islamabad to engage"
    subj, passive = _subjects(tok)
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "attr", "oprd")]
    if not objects:
        # "allowed opposition leader X to hold a rally", "demanded Y to withdraw": the one
        # asked or allowed to act is parsed as the subject of the infinitive
        objects = [
            g
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.i > tok.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and g.i > tok.i
        ]
    preps = {
        c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in tok.children if c.dep_ in ("prep", "dative")
    }
    if subj and all(h.pos_ == "PRON" for h in subj) and not any(index.get(h) for h in subj):
        # "Hungary said it will support ...": a pronoun subject takes the subject of the verb it reports to
        up = tok
        while up.dep_ in ("ccomp", "xcomp", "conj", "advcl", "acomp") and up.head.i != up.i:
            up = up.head
            above = [c for c in up.children if c.dep_ == "nsubj"]
            if above and any(_phrase_actors(h, index) for h in above):
                subj = above
                break
    patients = subj if passive else objects
    if passive:
        sources = [a for h in agents for a in _phrase_actors(h, index)]
    else:
        sources = [a for h in subj for a in _phrase_actors(h, index)]
    # "Chile and Bolivia opened talks in Lima": two joint subjects act on each other, and the
    # country of the place where they do it is no target
    joint = (
        len(sources) == 2
        and sources[0].iso3 != sources[1].iso3
        and code[:2] in ("03", "04", "05", "06")
        and not passive
        and any(t.dep_ == "conj" for h in subj for t in h.subtree)
    )
    # an envoy's country is the one it represents, not where it is posted ("Togo's ambassador in Accra")
    direct = [a for h in patients for a in _phrase_actors(h, index, located=not (joint or _is_diplomat(h)))]
    if tok.lemma_.lower() in RECIPIENT_VERBS and code[:2] in ("06", "07"):
        givers = [a for h in preps.get("from", []) for a in _phrase_actors(h, index)]
        sources, direct = givers, sources
        patients = [h for h in subj if _phrase_actors(h, index)]
        if not sources:
            return []
    conf = 0.4 + strength
    joint = joint and len(sources) == 2
    if not sources and code[:2] in _VIOLENT:
        # violence with no named perpetrator ("three US servicemen were killed by a roadside
        # bomb outside the Iraqi city of Basra", "a minefield explosion killed two Iraqi
        # youths"): coded, as the PLOVER GSR does, from the country where it happened, else
        # the victims' own country; a guess, never displayed
        sources = _scene(tok, patients, direct, index)
        conf -= 0.2
    if not sources:
        return []
    src0 = sources[0]

    def pick(found: list[_Actor]) -> list[_Actor]:
        """Other countries first; the source's own country only as a different domestic actor
        (a person, organisation, group or place: "Chamisa mocked Mnangagwa", "French farmers
        blockaded Paris"), never the state acting on itself ("China ... Beijing's
        influence") and never the listener of a public statement (CAMEO 01: "told reporters")."""
        other = [a for a in found if a.iso3 != src0.iso3]
        if other or code.startswith("01"):
            return other
        return [a for a in found if _domestic(_Coded(src0, a, code, tok, pattern, 0.0), tok.doc)][:1]

    if code[:2] == "11" and any(h.lemma_.lower() in _PROPOSALS for h in objects):
        # "dismissed an appeal", "condemned the offer": turning down a proposal is CAMEO 12
        code, pattern = "120", f"{pattern} (a proposal turned down: reject)"
    targets = pick(direct)
    if targets:
        conf += 0.15
        visitor = any(h.ent_type_ == "PERSON" for h in patients)  # the object itself is the person
        if code[:2] == "05" and _verb_lemma(tok) in _RECEIVING_VISITORS and visitor:
            # "welcomed President Xi": receiving a visitor is CAMEO 043 (host a visit), not praise
            code, pattern = "043", f"{pattern} (a person welcomed: host a visit)"
    else:
        order = ("to", "with", "against", "on", "for", "from", "toward", "towards", "into", "in", "over", "at")
        for prep in order:
            if joint and prep in _LOCATIVE:
                continue
            found = pick([a for h in preps.get(prep, []) for a in _phrase_actors(h, index)])
            if found:
                targets = found[:1]
                conf += 0.05
                break
    if not targets:
        # a phrase of the object: "a meeting with Obama", "action against Russia", "a camp for refugees"
        for h in patients:
            for pp in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS):
                found = pick([a for g in pp.children if g.dep_ == "pobj" for a in _phrase_actors(g, index)])
                if found and not targets:
                    targets = found[:1]
                    conf += 0.05
    if not targets:
        # an object that is a group of people with no country of its own (PETRARCH2 agent
        # nouns: rebels, police, demonstrators ...) is taken to be in the source's country
        heads = [h for h in patients if not _phrase_actors(h, index)]
        agent = next((h for h in heads if _is_agent(h) or _is_person(h)), None)
        if agent is not None and src0.iso3 not in ("IGO", "NGO"):
            targets = [_Actor(src0.iso3, agent.text, agent.idx, agent.idx + len(agent.text), "agent")]
    if not targets and not joint:
        # another country elsewhere in the verb's phrase (not its subject): a weak guess
        subj_ids = {t.i for h in subj for t in h.subtree}
        rest = sorted((t for t in tok.subtree if t.i not in subj_ids), key=lambda t: abs(t.i - tok.i))
        for t in rest:
            a = index.get(t)
            if a is not None and a.iso3 != src0.iso3:
                targets = [a]
                conf -= 0.1
                break
    if (
        not targets
        and len(sources) == 2
        and sources[0].iso3 != sources[1].iso3
        and code[:2] in ("03", "04", "05", "06")
    ):
        # "Zambia and China signed a deal": two joint subjects act on each other
        a, b = sources
        both = (_Coded(a, b, code, tok, pattern, conf + 0.15), _Coded(b, a, code, tok, pattern, conf + 0.15))
        for c in both:
            c.synonym = strength == 0
        return list(both)
    if not targets and not code.startswith("01"):
        targets = _domestic_target(tok, subj, src0, code, index)
        conf -= 0.1 if targets else 0.0
    out: list[_Coded] = []
    for src in sources:
        ends: list[_Actor | None] = list(targets) or [None]
        for tgt in ends:
            out.append(_Coded(src, tgt, code, tok, pattern, conf, synonym=strength == 0))
    return out


def _is_diplomat(tok: Token) -> bool:
    """A noun phrase naming an envoy: "the Austrian ambassador", "the charge d'affaires, X"."""
    words = [t for t in tok.subtree if t.dep_ not in ("appos", "prep", "pobj", "relcl", "acl")]
    return any(t.lemma_.lower() in _DIPLOMATS or t.lower_ in _DIPLOMATS for t in words if t.i <= tok.i)


_NOMINAL = {"NOUN", "PROPN", "ADJ"}
# phrases of an event noun that name its target: "talks with", "aid to", "the invasion of",
# "the withdrawal from", "an investigation into"
_NOUN_PREPS = ("with", "to", "against", "on", "for", "of", "from", "into")


def _asks_to(tok: Token) -> bool:
    """A verb with an object and an infinitive for it ("encourage X to invest"): CAMEO's
    appeal (02) to the object, rather than praise of it."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and any(
        c.dep_ in ("xcomp", "ccomp")
        and c.i > objs[0].i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    )


_OBJECT_PREPS = {"with", "against", "to", "on", "for", "toward", "towards", "from", "by"}


@lru_cache(maxsize=1)
def _agents() -> frozenset[str]:
    """One-word agent nouns of the PETRARCH2 agents dictionary (rebel, police, refugee ...)."""
    return frozenset(bundled.parquet("event_agents.parquet")["word"])


def _is_agent(tok: Token) -> bool:
    """A noun phrase whose head (or a compound of it) is a PETRARCH2 agent noun."""
    words = _agents()
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in words
        or tok.lower_ in words
        or any(c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.children)
    )


# CAMEO 18 assault, 19 fight, 20 mass violence
_VIOLENT = {"18", "19", "20"}
_PLACE_PREPS = {"in", "near", "outside", "at", "inside", "across", "of"}


def _scene(tok: Token, patients: list[Token], victims: list[_Actor], index: _Index) -> list[_Actor]:
    """The country where an act of violence happened: a country in a place phrase of the
    trigger's clause outside the victims' phrase ("in central Baghdad", "outside the Iraqi
    city of Basra"), else the victims' own country."""
    inside = {t.i for h in patients for t in h.subtree}
    for t in sorted(tok.subtree, key=lambda t: abs(t.i - tok.i)):
        a = index.get(t)
        if a is None or a.kind != "country":
            continue
        up = t
        while up.head.i != up.i and up.dep_ != "pobj":
            up = up.head
        if up.dep_ != "pobj" or up.head.lower_ not in _PLACE_PREPS:
            continue
        # inside the victims' phrase only a place phrase proper ("the deputy chief ... in
        # southern Lebanon"), not an "of" phrase of who they are ("the chief of Israel's militia")
        if t.i not in inside or up.head.lower_ != "of":
            return [a]
    # someone in the victims' country: a stand-in actor of its own, so that the victims stay the target
    return [_Actor(a.iso3, None, -1, -1, "agent") for a in victims[:1]]


def _domestic_target(tok: Token, subj: list[Token], src0: _Actor, code: str, index: _Index) -> list[_Actor]:
    """The target of a domestic event with no other: the nearest different actor of the
    source's own country in the trigger's phrase outside its subject ("Afghan guerillas blew
    up power lines leading into Kabul"), or a group or person with no country of their own
    there ("warned that police will no longer tolerate ..."), taken to be in that country."""
    subj_ids = {t.i for h in subj for t in h.subtree}
    rest = sorted((t for t in tok.subtree if t.i not in subj_ids), key=lambda t: abs(t.i - tok.i))
    for t in rest:
        a = index.get(t)
        if a is not None and a.iso3 == src0.iso3 and _domestic(_Coded(src0, a, code, tok, "", 0.0), tok.doc):
            return [a]
        if a is None and t.pos_ in ("NOUN", "PROPN") and (_is_agent(t) or t.ent_type_ == "PERSON"):
            if src0.iso3 in ("IGO", "NGO") or any(c.ent_type_ == "NORP" for c in t.children):
                return []  # an international body's or a foreign group ("Congolese refugees")
            return [_Actor(src0.iso3, t.text, t.idx, t.idx + len(t.text), "agent")]
    return []


def _domestic(c: _Coded, doc: Doc) -> bool:
    """Whether a target in the source's own country is a domestic event: a different actor
    of that country (a person, organisation, group or place), not the state acting on
    itself ("China ... Beijing's influence") and not the listener of a public statement
    (CAMEO 01: "told reporters")."""
    if c.target is None or c.code.startswith("01") or c.target.start == c.source.start:
        return False
    return not (_is_state(c.source, doc) and _is_state(c.target, doc))


def _is_state(actor: _Actor, doc: Doc) -> bool:
    """A country named as the state itself ("China", "Beijing", "Kenya's"), not as the
    modifier of a group of its people ("Croatian extremists", "Ugandan opposition")."""
    if actor.kind != "country":
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is None or span.root.dep_ not in ("amod", "compound", "nmod")


def _is_person(tok: Token) -> bool:
    """A named person with no country of their own ("opposition leader Maulana
    Fazl-ur-Rehman"): in a domestic event, in the source's country."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in tok.children
    )


_ARRIVALS = {"arrive", "deploy", "land", "enter", "reach"}


def _peacekeepers(head: Token) -> bool:
    """A subject phrase naming peacekeepers ("peacekeepers", "peacekeeping troops", "a first
    batch of Bangladeshi peacekeeping troops")."""
    return any(t.lemma_.lower() in ("peacekeeper", "peacekeeping") for t in head.subtree if t.i <= head.i + 6)


def _governing_verb(tok: Token) -> Token | None:
    """The verb an event noun is the object of ("staged a strike"). (Tried and dropped: the
    verb whose for/in phrase it heads, "converging for a rally": it also took "blamed
    Israel for the bombing" and "killed 4 Iraqis in an attack" from their verbs.)"""
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        return tok.head
    return None


def _noun_events(tok: Token, index: _Index) -> list[_Coded]:
    code = NOUN_EVENTS.get(tok.lemma_.lower())
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            code = NOUN_COMPOUNDS.get((c.lower_, tok.lemma_.lower()), code)
    if code is None or _unreal_noun(tok):
        return []
    owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    sources = [a for h in owners for a in _phrase_actors(h, index)]
    gov = _governing_verb(tok)
    if not sources and gov is not None:
        subj, passive = _subjects(gov)
        if not passive:
            sources = [a for h in subj for a in _phrase_actors(h, index)]
    if not sources:
        return []
    targets: list[_Actor] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS):
        targets += [a for g in prep.children if g.dep_ == "pobj" for a in _phrase_actors(g, index)]
    targets = [a for a in targets if a.iso3 != sources[0].iso3]
    conf = 0.55 + (0.1 if targets else 0.0)
    if not targets and not code.startswith("01"):
        # a domestic event ("staged a hunger strike to protest the government's ...")
        phrase = tok.head if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" else tok
        owners_and_subject = owners + (_subjects(phrase)[0] if phrase is not tok else [])
        targets = _domestic_target(phrase, owners_and_subject, sources[0], code, index)
    ends: list[_Actor | None] = list(targets) or [None]
    return [_Coded(s, t, code, tok, f"{tok.lemma_.lower()} (event noun)", conf) for s in sources for t in ends]


def _demand(tok: Token, index: _Index) -> list[_Coded]:
    """ "X said Y must Z": X demands of Y (CAMEO 10), coded at the speech verb."""
    speech = tok.head
    speakers = [a for h in speech.children if h.dep_ == "nsubj" for a in _phrase_actors(h, index)]
    told = [a for h in tok.children if h.dep_ in ("nsubj", "nsubjpass") for a in _phrase_actors(h, index)]
    if not speakers:
        return []
    targets: list[_Actor | None] = [a for a in told if a.iso3 != speakers[0].iso3] or [*told[:1]] or [None]
    return [_Coded(speakers[0], t, "100", speech, f"{speech.lemma_.lower()} ... must (demand)", 0.65) for t in targets]


def _trigger_positions(doc: Doc) -> set[int]:
    """Token indices that can trigger an event (verbs, event nouns), read from arrays so
    that no Token object is made for the other words."""
    strings = doc.vocab.strings
    verb, aux, noun, propn = strings["VERB"], strings["AUX"], strings["NOUN"], strings["PROPN"]
    nouns = {strings[w] for w in NOUN_EVENTS if w in strings}
    ccomp = strings["ccomp"]
    arr = doc.to_array(["POS", "LEMMA", "DEP"]).tolist()
    return {
        i
        for i, (pos, lemma, dep) in enumerate(arr)
        if pos == verb or (pos in (noun, propn) and lemma in nouns) or (pos == aux and dep == ccomp)
    }


def code_sentence(
    sent: Span, index: _Index, quotes: list[tuple[int, int]], triggers: set[int] | None = None
) -> list[_Coded]:
    out: list[_Coded] = []
    by_trigger: dict[int, list[_Coded]] = {}
    doc = sent.doc
    positions = range(sent.start, sent.end)
    tokens = [doc[i] for i in positions if i in triggers] if triggers is not None else list(sent)
    for tok in tokens:
        if tok.pos_ == "AUX":
            # "Egypt said the US must be ready to ...": a copula heading a reported demand
            found = _demand(tok, index) if tok.dep_ == "ccomp" and modality(tok) == "demanded" else []
            by_trigger[tok.i] = found
            out += found
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            state = modality(tok)
            if state == "demanded":
                found = _demand(tok, index)
                by_trigger[tok.i] = found
                out += found
                continue
            if state == "negated":
                # "Syria will not accept refugees": refusing cooperation is a rejection (CAMEO 12)
                found = [c for c in _verb_events(tok, index) if _REJECTION.get(c.code[:2])]
                for c in found:
                    c.code, c.pattern = _REJECTION[c.code[:2]], f"{c.pattern} (negated: rejection)"
                    c.confidence -= 0.05
                by_trigger[tok.i] = found
                out += found
                continue
            if state not in ("real", "future", "intent"):
                continue
            found = _verb_events(tok, index)
            if state == "real":
                for c in found:
                    c.plover = PLOVER_BY_VERB.get(_verb_lemma(tok)) if c.code.startswith("08") else None
            else:
                kept = []
                for c in found:
                    if "debt forgiveness" in c.pattern and tok.head.lemma_.lower() == "agree":
                        kept.append(c)  # the manual's example: "has agreed to forgive ... loan obligations" is AID
                        continue
                    if state == "future" and c.code.startswith("08") and cameo_info(c.code)[1] == "RETREAT":
                        # the manual: "'announced...would withdraw troops' is RETREAT + FUTURE and
                        # should be coded as CONCEDE"
                        c.plover = "CONCEDE"
                    # "prepared to lift the ban": CAMEO 035, intent to yield; "will lift": a future concession
                    code = "035" if state == "intent" and c.code[:2] == "08" else intent_code(c.code)
                    if code is not None:
                        c.code, c.pattern, c.confidence = code, f"{c.pattern} ({state}: intent)", c.confidence - 0.05
                        kept.append(c)
                found = kept
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in NOUN_EVENTS:
            gov = _governing_verb(tok)
            verb_found = by_trigger.get(gov.i) if gov is not None else None
            if verb_found and any(" * " in c.pattern for c in verb_found):
                continue  # "held a meeting with": the verb's pattern coded it already
            found = _noun_events(tok, index)
            owned = any(index.get(c) for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod"))
            if verb_found and found and not owned:
                # "organized a general strike", "staged a rally": a verb coded by itself, not by
                # a pattern, gives way to the event its object names (the object carries the
                # meaning), unless the noun names its own actor ("defends China trade deals")
                stale = {id(c) for c in verb_found}
                out = [c for c in out if id(c) not in stale]
                by_trigger[gov.i] = []  # type: ignore[union-attr]
        else:
            continue
        for c in found:
            if c.target is not None and c.target.iso3 == c.source.iso3 and not _domestic(c, doc):
                c.target = None
            if _in_quote(tok, quotes):
                c.confidence -= 0.3
            if c.source.context or (c.target is not None and c.target.context):
                c.confidence -= 0.15  # an actor's country inferred from the context: a less sure dyad
            if c.code.startswith("01") and not c.code.startswith("016"):
                c.confidence -= 0.25
            quad = cameo_info(c.code)[3]
            if quad in (1, 3) and not c.source.official and _is_head(c.source, c.trigger):
                c.confidence -= 0.2
        by_trigger[tok.i] = found
        out += found
    # a verb of intent or speech whose complement was coded: the complement's event stands for it
    drop: set[int] = set()
    for i, found in by_trigger.items():
        tok = sent.doc[i]
        lemma = tok.lemma_.lower()
        if not found or not (lemma in _INTENT_HEADS or found[0].code.startswith("01")):
            continue
        for child in tok.subtree:
            complement = child.dep_ in ("xcomp", "ccomp") or _advcl_complement(child)
            if child.i != i and complement and by_trigger.get(child.i):
                drop.add(i)
    dropped = {id(c) for i in drop for c in by_trigger[i]}
    out = [c for c in out if id(c) not in dropped]

    # statements last; the main clause's verb before verbs of subordinate clauses
    def main(c: _Coded) -> bool:
        t = c.trigger
        return t.dep_ == "ROOT" or (t.dep_ in ("ccomp", "conj") and t.head.lemma_.lower() in _SPEECH)

    out.sort(key=lambda c: (c.code.startswith("01"), not main(c), -c.confidence))
    return out


def _is_head(actor: _Actor, trigger: Token) -> bool:
    """Whether an unofficial actor is the head of its phrase: a person, or a plural demonym
    as the noun itself ("Zimbabweans welcomed"), not as a modifier ("Kenyan officials")."""
    if actor.kind == "person":
        return True
    span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("amod", "compound", "poss", "nmod")


def _is_headline(sent: Span) -> bool:
    """A Title Case line (a headline), which the parser handles poorly; never a sentence
    closed by a full stop ("Kenyan President Uhuru Kenyatta resigned on Sunday.")."""
    last = sent[-1] if len(sent) else None
    if last is not None and last.text == "." and last.is_punct:
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and len(sent) <= 20 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def code_events(
    doc: Doc,
    mentions: list[Mention],
    people: list[Person],
    orgs: list[Organization],
    quotes: list[tuple[int, int]] | None = None,
    reparse: Callable[[str], Doc] | None = None,
) -> list[Event]:
    """Coded events of a parsed document (``reparse`` parses a headline again in sentence case)."""
    actors = _actors(mentions, people, orgs)
    actors += _dictionary_actors(doc, actors)
    index = _Index(doc, actors)
    events: list[Event] = []
    seen: set[tuple[str, str | None, str, int]] = set()
    triggers = _trigger_positions(doc)
    aux, verb = doc.vocab.strings["AUX"], doc.vocab.strings["VERB"]
    pos = doc.to_array("POS").tolist()
    for sent in doc.sents:
        if not any(i in index.at for i in range(sent.start, sent.end)):
            continue
        headline = _is_headline(sent)
        # a caption or heading without a verb
        fragment = not any(pos[i] in (verb, aux) for i in range(sent.start, sent.end))
        if headline:
            # parsed again only when it names two different actors (a dyad can come of it)
            named = {index.get(t).iso3 for t in sent if index.get(t) is not None}  # type: ignore[union-attr]
            found = _headline(sent, actors, reparse) if len(named) >= 2 else []
        else:
            found = code_sentence(sent, index, quotes or [], triggers)
        for c in found:
            if fragment and not headline:
                c.confidence -= 0.1
            _add(events, seen, c, sent, headline=headline)
    return events


def _headline(sent: Span, actors: list[_Actor], reparse: Callable[[str], Doc] | None) -> list[_Coded]:
    """A headline parsed once more in sentence case (actors keep their capitals)."""
    if reparse is None:
        return []
    covered = {i for a in actors for i in range(a.start, a.end)}
    chars = [ch.lower() if (sent.start_char + i) not in covered and i > 0 else ch for i, ch in enumerate(sent.text)]
    text = "".join(chars)
    small = reparse(text)
    shifted = [
        _Actor(a.iso3, a.label, a.start - sent.start_char, a.end - sent.start_char, a.kind, a.official)
        for a in actors
        if sent.start_char <= a.start < sent.end_char
    ]
    index = _Index(small, shifted)
    found: list[_Coded] = []
    for s in small.sents:
        found += code_sentence(s, index, [])
    out: list[_Coded] = []
    for c in found:
        if c.synonym:
            continue  # a headline is coded only when its verb is unambiguous (a pattern, a block's own verb)
        # back to the article's offsets; a headline is less sure than a sentence
        trig = sent.doc.char_span(
            sent.start_char + c.trigger.idx, sent.start_char + c.trigger.idx + len(c.trigger), alignment_mode="expand"
        )
        if trig is None:
            continue
        c.trigger = trig[0]
        c.confidence -= 0.1
        out.append(c)
    return out


def _add(
    events: list[Event], seen: set[tuple[str, str | None, str, int]], c: _Coded, sent: Span, *, headline: bool
) -> None:
    """Append one coded event unless the same (source, target, code) is in the sentence already."""
    target = c.target.iso3 if c.target else None
    key = (c.source.iso3, target, c.code, sent.start)
    if key in seen:
        return
    seen.add(key)
    name, plover, gold, quad = cameo_info(c.code)
    plover = c.plover or plover
    tok = c.trigger
    events.append(
        Event(
            c.source.iso3,
            target,
            c.source.label,
            c.target.label if c.target else None,
            c.code,
            name,
            plover,
            gold,
            quad,
            tok.text,
            sent.text.strip(),
            (sent.start_char, sent.end_char),
            verb_span=(tok.idx, tok.idx + len(tok.text)),
            pattern=c.pattern,
            confidence=round(max(0.0, min(1.0, c.confidence)), 2),
            headline=headline,
        )
    )
