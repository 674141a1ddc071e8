"""Who did what to whom: the source and target actors of one coded trigger (a verb, an event
noun, "X said Y must ..."), by semantic role: the subject or passive agent, the object or
passive patient, prepositional objects by preference, receiving verbs turned round (the giver
is the source), joint subjects acting on each other, the scene of unattributed violence, and
domestic targets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyadscope.news import places
from dyadscope.news.events_actors import (
    _CAPTION_MARKS,
    _Actor,
    _Index,
    _is_agent,
    _is_diplomat,
    _is_person,
    _is_state,
    _phrase_actors,
    _related,
)
from dyadscope.news.events_modality import (
    _unreal_noun,
    subjunctive,
)
from dyadscope.news.events_patterns import (
    NOUN_COMPOUNDS,
    NOUN_EVENTS,
    _code_verb,
    _verb_lemma,
)

# what is proposed to an actor: turning it down is CAMEO 12 (reject), not 11 (disapprove)
_PROPOSALS = {"appeal", "offer", "proposal", "request", "demand", "call", "invitation", "initiative", "plea", "bid"}


# verbs of receiving a visitor: with a person as object, CAMEO 043 "Host a visit"
_RECEIVING_VISITORS = {"welcome", "greet", "receive"}


# verbs that order someone out: "ordered the diplomat to leave the country" is an expulsion
_ORDERS = {"order", "tell", "instruct", "give", "direct"}


_LEAVING = {"leave", "depart", "quit", "exit"}


# verbs of a wish: "Beijing wanted Dominica's vote" reports a desire, not an action
_DESIRES = {"want", "wish", "desire", "prefer", "covet", "crave"}


# prepositions of a place, not of a partner: "opened talks in Lima" (the scene of joint subjects' act)
_LOCATIVE = ("in", "over", "at")


# receiving verbs: the giver (the "from" phrase) is the source
RECIPIENT_VERBS = {"receive", "get", "obtain", "accept", "borrow", "secure", "gain", "acquire", "take", "win", "seek"}


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


# verbs of feeling whose object is the one who feels (psychological verbs: "the decision
# angered Senegal"); in the passive the subject holds the stance ("Senegal was angered by")
_EXPERIENCER_VERBS = {"oppose", "anger", "dismay", "disappoint", "outrage", "alarm", "upset", "frustrate"}
_EXPERIENCER_VERBS |= {"displease", "infuriate", "irritate", "offend", "trouble", "worry", "concern", "disturb"}


# verbs the PETRARCH2 dictionary codes as violence (CAMEO 19) whose subject is its victim
_SUFFERING = {"die"}
# relative pronouns (who, which, that): Penn tags of the parser
_RELATIVE_TAGS = {"WDT", "WP"}


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
    if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
        # "Peru, which signed a deal with Vietnam": the relative pronoun stands for the noun
        # the clause modifies
        subj = [cur.head if c.tag_ in _RELATIVE_TAGS else c for c in subj]
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
    if lemma == "expel" and envoy and not code.startswith("16"):
        # expelling a foreign envoy reduces diplomatic relations (CAMEO 161), as ordering one
        # out does (below); anyone else is deported (174, the override)
        code, pattern, strength = "161", "expel * diplomat (reduce relations)", 0.1
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
    if lemma in _SUFFERING and code[:2] in _VIOLENT:
        # "a Ugandan soldier died in Kenyan police custody": the subject is the victim, the
        # perpetrator (if any) the scene's or a phrase's actor, as for a passive with no agent
        passive = True
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "attr", "oprd")]
    if passive and lemma in _EXPERIENCER_VERBS:
        # "Chile is opposed to Argentina's plan", "Senegal was angered by Mali's decision": the
        # subject of a verb of feeling in the passive holds the stance, what caused it is the target
        passive, objects, agents = False, objects + agents, []
    if not objects:
        # "allowed opposition leader X to hold a rally", "demanded Y to withdraw": the one
        # asked or allowed to act is parsed as the subject of the infinitive
        objects = [
            g
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.i > tok.i
            and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or subjunctive(c))
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass") and g.i > tok.i
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
        sources = [a for h in agents for a in _phrase_actors(h, index, located=not _is_diplomat(h))]
    else:
        # an envoy acts for the state it represents: "China's ambassador in Buenos Aires praised"
        sources = [a for h in subj for a in _phrase_actors(h, index, located=not _is_diplomat(h))]
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

    def first_after(words: Iterable[str]) -> list[_Actor]:
        """The first actor (as :func:`pick` keeps them) of the verb's phrases after the first of
        ``words``, in that order, that has one; none otherwise."""
        for prep in words:
            found = pick([a for h in preps.get(prep, []) for a in _phrase_actors(h, index)])
            if found:
                return found[:1]
        return []

    if code[:2] == "11" and any(h.lemma_.lower() in _PROPOSALS for h in objects):
        # "dismissed an appeal", "condemned the offer": turning down a proposal is CAMEO 12
        code, pattern = "120", f"{pattern} (a proposal turned down: reject)"
    targets = pick(direct)
    if targets:
        conf += 0.15
        visitor = any(h.ent_type_ == "PERSON" for h in patients)  # the object itself is the person
        if code[:2] == "04" and not passive and any(_met_person(h, targets) for h in patients):
            # "met Ugandan President Museveni", "met her Papua New Guinean counterpart": a
            # meeting with a named foreign person or office holder, not with a place or a thing
            conf += 0.1
        if (
            code[:2] == "05"
            and _verb_lemma(tok) in _RECEIVING_VISITORS
            and " * " not in pattern
            and (visitor or any(_office_holder(h) for h in patients))
        ):
            # "welcomed President Xi", "welcomes Uganda's Foreign Minister X": receiving a visitor
            # (a person or an office holder) is CAMEO 043 (host a visit), not praise; never when a
            # PETRARCH2 pattern of the object coded it ("welcomed the Ugandan decision": 052)
            code, pattern = "043", f"{pattern} (a person welcomed: host a visit)"
    else:
        found = first_after(("to", "with", "against", "on", "for", "from", "toward", "towards", "into"))
        if found:
            targets = found
            conf += 0.05
    if not targets:
        # a phrase of the object: "a meeting with Obama", "action against Russia", "a camp for
        # refugees"; the partner it names before the place of the verb ("held a meeting with
        # Cambodia's prime minister in Hanoi")
        for h in patients:
            for pp in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS):
                found = pick([a for g in pp.children if g.dep_ == "pobj" for a in _phrase_actors(g, index)])
                if found and not targets:
                    targets = found[:1]
                    conf += 0.05
    if not targets and not joint:
        # the place of the act: "imposed a curfew in the West Bank", "launched an offensive in Syria"
        found = first_after(_LOCATIVE)
        if found:
            targets = found
            conf += 0.05
    if not targets:
        # an object that is a group of people with no country of its own (PETRARCH2 agent
        # nouns: rebels, police, demonstrators ...) is taken to be in the source's country
        heads = [h for h in patients if not _phrase_actors(h, index)]
        agent = next((h for h in heads if _is_agent(h) or _is_person(h)), None)
        if agent is not None and src0.iso3 not in ("IGO", "NGO"):
            targets = [_Actor(src0.iso3, agent.text, agent.idx, agent.idx + len(agent.text), "agent")]
    if not targets and not passive:
        # an envoy's act with no other target is addressed to the country it is posted in
        # ("China's ambassador in Buenos Aires praised the renewal")
        for h in (h for h in subj if _is_diplomat(h)):
            posted = [
                a
                for pp in h.children
                if pp.dep_ == "prep" and pp.lower_ in ("in", "to")
                for g in pp.children
                if g.dep_ == "pobj"
                for a in _phrase_actors(g, index)
            ]
            found = pick(posted)
            if found and not targets:
                targets = found[:1]
                conf += 0.05
    if not targets and not joint:
        # another country elsewhere in the verb's phrase (not its subject): a weak guess
        subj_ids = {t.i for h in subj for t in h.subtree}
        rest = sorted((t for t in tok.subtree if t.i not in subj_ids), key=lambda t: abs(t.i - tok.i))
        for t in rest:
            a = index.get(t)
            if a is None or _related(t):
                continue
            # the nearest actor: another country, or a different actor of the source's own
            # ("ethnic Turks ... to protest against Sweden's decision to send them to Bulgaria")
            if a.iso3 != src0.iso3 or (
                not code.startswith("01") and _domestic(_Coded(src0, a, code, tok, pattern, 0.0), tok.doc)
            ):
                targets = [a]
                conf -= 0.1
                break
    if (
        not targets
        and len(sources) == 2
        and sources[0].iso3 != sources[1].iso3
        and code[:2] in ("03", "04", "05", "06")
        and not code.startswith(_ONE_WAY)
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


_NOMINAL = {"NOUN", "PROPN", "ADJ"}


# cooperative codes whose act is done by each subject to someone else, not by two joint
# subjects to each other (CAMEO names: intent to give aid, praise, verbal defence, rallying
# support, recognition, apology, forgiveness): "Norway and Canada welcomed the ceasefire"
_ONE_WAY = ("033", "051", "052", "053", "054", "055", "056")


# nouns of people one meets as a party: an office or its holder ("her counterpart", "the head of ...")
_PARTNER_NOUNS = {"counterpart", "head", "leader", "delegation", "minister", "president", "premier", "official"}
_PARTNER_NOUNS |= {"envoy", "ambassador", "chief", "king", "emir", "chancellor", "secretary", "commander"}


def _met_person(head: Token, targets: list[_Actor]) -> bool:
    """Whether the object of a consultation names a person: a named one (an entity, a
    person actor among the targets) or an office holder ("her counterpart", "the head of")."""
    if head.ent_type_ == "PERSON" or _is_person(head) or any(a.kind == "person" for a in targets):
        return True
    return head.lemma_.lower() in _PARTNER_NOUNS


def _office_holder(head: Token) -> bool:
    """An object naming an office holder: an office noun (counterpart, minister, president ...)
    or one with a named person in apposition ("Benin's Foreign Minister, Alain Dossou")."""
    return head.lemma_.lower() in _PARTNER_NOUNS or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children
    )


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


# CAMEO 18 assault, 19 fight, 20 mass violence
_VIOLENT = {"18", "19", "20"}


_PLACE_PREPS = {"in", "near", "outside", "at", "inside", "across", "of"}


def _scene(tok: Token, patients: list[Token], victims: list[_Actor], index: _Index) -> list[_Actor]:
    """The country where an act of violence happened: a country in a place phrase of the
    trigger's clause outside the victims' phrase ("in central Baghdad", "outside the Iraqi
    city of Basra"), else the one country of a town or province named in such a phrase
    (``places.countries_of``: "near the town of Samarra"), else the victims' own country."""
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
    # a town or province of one country in a place phrase of the clause ("near the town of Samarra")
    for t in sorted(tok.subtree, key=lambda t: abs(t.i - tok.i)):
        if t.pos_ != "PROPN" or t.i in inside or index.get(t) is not None or t.ent_type_ == "PERSON":
            continue
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) or t.doc[t.i : t.i + 1]
        up = ent.root
        while up.head.i != up.i and up.dep_ != "pobj":
            up = up.head
        if up.dep_ != "pobj" or up.head.lower_ not in _PLACE_PREPS:
            continue
        found = places.countries_of(ent.text)
        if len(found) == 1:
            (iso3,) = found
            return [_Actor(iso3, ent.text, ent.start_char, ent.end_char, "agent", context=True)]
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
    pair = _between(tok, index)
    if not sources and len(pair) == 2:
        # "talks between Egypt and Ethiopia": each party acts with the other
        a, b = pair
        name = f"{tok.lemma_.lower()} between (event noun)"
        return [_Coded(a, b, code, tok, name, 0.65), _Coded(b, a, code, tok, name, 0.65)]
    gov = _governing_verb(tok)
    if not sources and gov is not None and not _speaks_of(gov):
        subj, passive = _subjects(gov)
        if not passive:
            sources = [a for h in subj for a in _phrase_actors(h, index, located=not _is_diplomat(h))]
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


# CAMEO codes of what is said about something: statements, appeals, intents, praise or
# endorsement (051), verbal defence (052), demands, disapproval, rejection, threats
_VERBAL = ("01", "02", "03", "051", "052", "10", "11", "12", "13")


def _speaks_of(verb: Token) -> bool:
    """A verb that speaks of its object ("praised the port agreement", "criticised the
    investment", "rejected the deal"): the event noun it governs is its topic, not an act of
    its subject."""
    coded = _code_verb(verb)
    return coded is not None and coded[0].startswith(_VERBAL)


def _between(tok: Token, index: _Index) -> list[_Actor]:
    """The two parties of a noun's ``between`` phrase ("talks between Quito and Bogota"), or []."""
    found: list[_Actor] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for a in _phrase_actors(pobj, index):
                if all(a.iso3 != x.iso3 for x in found):
                    found.append(a)
    return found if len(found) == 2 else []


def _demand(tok: Token, index: _Index) -> list[_Coded]:
    """ "X said Y must Z": X demands of Y (CAMEO 10), coded at the speech verb (of the first
    verb for its conjuncts and clauses: "said Y must drop ... or face ...")."""
    for _ in range(6):  # up to the verb with the must / should: "Y must allocate ... to help"
        if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
            break
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    speech = tok.head
    speakers = [a for h in speech.children if h.dep_ == "nsubj" for a in _phrase_actors(h, index)]
    told = [a for h in tok.children if h.dep_ in ("nsubj", "nsubjpass") for a in _phrase_actors(h, index)]
    if not speakers:
        return []
    targets: list[_Actor | None] = [a for a in told if a.iso3 != speakers[0].iso3] or [*told[:1]] or [None]
    return [_Coded(speakers[0], t, "100", speech, f"{speech.lemma_.lower()} ... must (demand)", 0.65) for t in targets]
