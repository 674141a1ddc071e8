"""Actors of the event coder: the countries, people and organisations the reader found (and
the PETRARCH2 dictionary's international actors no other step found), indexed by token, and
the actors a noun phrase names (its head, modifiers, possessives, appositions, ``of``-phrases
and conjuncts)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news.gazetteer import Mention, text_of
from dyadscope.news.names import institution
from dyadscope.news.organisations import Organization
from dyadscope.news.people import Person

# the envoys of a state: summoning one is a formal protest (CAMEO 114), ordering one out an expulsion
_DIPLOMATS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "attaché", "attache", "emissary"}


_DIPLOMATS |= {"diplomats", "ambassadors", "envoys", "affaires", "mission"}


_OFFICIAL_ROLES = {"head of state", "deputy head of state", "head of government", "minister", "legislator"}


_OFFICIAL_ROLES |= {"diplomat", "military", "official", "judiciary"}


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
    propn, noun = doc.vocab.strings["PROPN"], doc.vocab.strings["NOUN"]
    rows = doc.to_array(["POS", "IS_UPPER", "IS_ALPHA", "LENGTH"]).tolist()  # one array: no Token objects
    # an acronym the model tags as a common noun ("ECOWAS criticised ...", at a sentence start)
    spans += [doc[i : i + 1] for i, (pos, up, alpha, n) in enumerate(rows) if pos == noun and up and alpha and n > 1]
    start = None
    for i, pos in enumerate([*(r[0] for r in rows), -1]):  # runs of proper nouns
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
        if kind is None and _normal(span.text) in _EEC_NAMES | _AU_NAMES:
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
# and the Union's own abbreviation, which the dictionary lacks (it has "European Union" only)
_EEC_NAMES |= {"EU", "E.U."}
# The dictionary codes the Organization of African Unity IGOAFROAU; the African Union
# replaced it in 2002 and is the same actor (the dictionary predates the change of name).
_AU_NAMES = {"AFRICAN UNION", "AU", "A.U."}


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


# nouns of a relation between parties: their possessor or "of" phrase is the other party
_RELATION_NOUNS = {"ally", "partner", "rival", "enemy", "foe", "neighbour", "neighbor", "proxy", "client"}
_RELATION_NOUNS |= {"adversary", "opponent", "friend", "backer", "patron", "creditor", "debtor", "lender"}


def _related(tok: Token) -> bool:
    """A word naming the other party of a relation noun ("Israel's" in "Israel's militia ally",
    "Russia" in "an ally of Russia")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("poss", "amod", "compound", "nmod"):
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in _RELATION_NOUNS


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
        relation = tok.pos_ == "NOUN" and tok.lemma_.lower() in _RELATION_NOUNS
        for child in tok.children:
            if relation and (child.dep_ in ("poss", "amod", "compound", "nmod") or child.lower_ == "of"):
                # "Israel's militia ally", "an ally of Russia": the relation's other party, not it
                continue
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
    if any(not a.context for a in found):
        # the phrase's own words name its country ("China's ambassador ..., Wang Deming"): a
        # country read from the context for a person in it is not a second actor
        found = [a for a in found if not a.context]
    return found


def _is_diplomat(tok: Token) -> bool:
    """A noun phrase naming an envoy: "the Austrian ambassador", "the charge d'affaires, X"."""
    words = [t for t in tok.subtree if t.dep_ not in ("appos", "prep", "pobj", "relcl", "acl")]
    return any(t.lemma_.lower() in _DIPLOMATS or t.lower_ in _DIPLOMATS for t in words if t.i <= tok.i)


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


def _is_head(actor: _Actor, trigger: Token) -> bool:
    """Whether an unofficial actor is the head of its phrase: a person, or a plural demonym
    as the noun itself ("Zimbabweans welcomed"), not as a modifier ("Kenyan officials")."""
    if actor.kind == "person":
        return True
    span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("amod", "compound", "poss", "nmod")


# which actors a personal pronoun can stand for
_PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("person", "singular"),
    "she": ("person", "singular"),
    "it": ("country", "organization"),
    "they": ("country", "organization", "agent", "person", "singular"),
}


def _carry_subject(sent: Span, index: _Index, previous: list[_Actor]) -> list[_Actor]:
    """A main clause's pronoun subject ("It also accused Bolivia ...", "He praised ...") as the
    one actor of the previous sentence's subject that such a pronoun can stand for (he/she a
    person, it a country or organisation), entered in ``index`` as an actor read from the
    context; returns this sentence's subject actors, for the next sentence."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root.pos_ in ("VERB", "AUX") else []
    if len(subj) == 1 and subj[0].pos_ == "PRON":
        h = subj[0]
        kinds = _PRONOUN_KINDS.get(h.lower_, ())
        fits = [a for a in previous if a.kind in kinds]
        if index.get(h) is None and len({a.iso3 for a in fits}) == 1:
            kind = "agent" if fits[0].kind == "singular" else fits[0].kind
            index.at[h.i] = replace(fits[0], start=h.idx, end=h.idx + len(h), kind=kind, context=True)
            return previous
        return []
    out: list[_Actor] = []
    for h in subj:
        for a in _phrase_actors(h, index):
            if a.kind == "country" and index.get(h) is not a:
                # the country of a person or group named by a noun ("Brazil's foreign minister",
                # "Kenyan officials"): he or she for one (a singular noun), they for many
                kind = "singular" if h.tag_ in ("NN", "NNP") else "agent"
                a = replace(a, kind=kind)
            out.append(a)
    return out


def _stance(text: str, start: int) -> bool:
    """A country named as a stance, not an actor: "an anti-Syria journalist", "pro-Russian
    rebels", "anti-American protests" (the word joined to anti-/pro- by a hyphen)."""
    before = text[max(0, start - 5) : start].lower()
    return before.endswith(("anti-", "pro-"))


def _ethnic(doc: Doc, actors: list[_Actor]) -> list[_Actor]:
    """An ethnic group named by a demonym ("ethnic Albanians", "ethnic Turks") is a group of
    the country it lives in, not the state of its name: read as the first other country the
    sentence names (an actor read from the context), else dropped. The PLOVER GSR codes
    "Ethnic Albanians ... near Macedonia's border" MKD and "ethnic Turks ... Sweden's decision"
    SWE."""
    text = text_of(doc)
    out: list[_Actor] = []
    for a in actors:
        if a.kind != "country" or not text[max(0, a.start - 7) : a.start].lower().endswith("ethnic "):
            out.append(a)
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        home = next(
            (
                b
                for b in actors
                if b.kind == "country"
                and b.iso3 != a.iso3
                and sent.start_char <= b.start < sent.end_char
                and not text[max(0, b.start - 7) : b.start].lower().endswith("ethnic ")
            ),
            None,
        )
        if home is not None:
            out.append(replace(a, iso3=home.iso3, kind="agent", context=True))
    return out
