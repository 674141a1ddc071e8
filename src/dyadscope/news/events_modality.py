"""Whether a verb's action happened: real, future, intent, or not to be coded (negated,
conditional, denied, reported, purpose, requested, demanded), read from its auxiliaries,
markers and the verbs and nouns it is the complement of; and event nouns that did not happen
("the delayed deployment", "is considering a loan")."""

from __future__ import annotations

from spacy.tokens import Token

from dyadscope.news.events_patterns import (
    _verb_lemma,
)

# verbs that ask another actor to act: the infinitive after their object is asked for, not done
# ("urged both sides to reach a deal", "asked Chad to withdraw")
_APPEAL_HEADS = {"urge", "ask", "call", "press", "encourage", "appeal", "implore", "invite", "request"}


_APPEAL_HEADS |= {"order", "tell", "instruct", "push", "pressure", "pressurize", "exhort", "beg", "direct"}


# verbs whose object is still under consideration: "is considering a second loan to Laos"
_PENDING = {"consider", "weigh", "study", "mull", "contemplate", "examine", "explore", "discuss", "debate"}


_PENDING |= {"negotiate", "seek", "request", "want", "propose", "plan", "eye", "await"}


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


def _hearsay_voice(tok: Token) -> bool:
    """A verb of expectation or report in the passive ("is expected to visit") or as a
    participle clause ("..., expected to be joined by ...")."""
    return tok.lemma_.lower() in _HEARSAY_PASSIVES and (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "relcl"))
    )


def hearsay(tok: Token) -> bool:
    """A passive or participle verb of expectation or report heading a clause ("is expected
    to join", "..., expected to be joined by"): hearsay about the clause, no event of its own."""
    return _hearsay_voice(tok) and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


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
        if _charged(cur):
            return "reported"  # "accused Hanoi of blocking the treaty": the act is the charge's content
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
                and (
                    any(c.dep_ in ("dobj", "obj") for c in head.children)
                    or any(c.dep_ == "nsubj" for c in kids)
                    # "called on Sri Lanka to release", "appealed to Iran to free": the one asked
                    # is the object of a preposition
                    or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < cur.i for c in head.children)
                )
            ):
                return "requested"  # "urged both sides to reach a deal": asked for, not done
            if subjunctive(cur):
                return "requested"  # "demanded that Algeria release the men": asked for, not done
            if cur.dep_ in ("xcomp", "ccomp") or complement:
                if _charge_denied(cur, head):
                    break  # "X accused Y of Z, a charge Y denies": the accusation was made
                if lemma in _DENIAL_HEADS or _verb_lemma(head) in _DENIAL_HEADS:
                    return "denied"
                if _hearsay_voice(head):
                    return "reported"
                if lemma in _INTENT_HEADS and _own_subject(cur, head):
                    return "reported"  # "expected Serbia to expel": a forecast or wish about another's act
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


# verbs that charge their object with the act of their "of"/"for" clause ("accused X of
# blocking", "blamed X for shelling"): that act is alleged, not reported as done
_CHARGING = {"accuse", "suspect", "charge", "blame", "indict"}


def _charged(verb: Token) -> bool:
    """A verb heading the ``of``/``for`` clause of a verb of charging ("accused Hanoi of
    blocking the treaty")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in ("of", "for")
        and prep.head.lemma_.lower() in _CHARGING
    )


# verbs whose "that" clause in the subjunctive (the bare verb: "demanded that Togo release")
# states what is asked for
_MANDATIVE = {"demand", "insist", "ask", "urge", "request", "require", "propose", "recommend", "order"}


def subjunctive(clause: Token) -> bool:
    """A clause in the mandative subjunctive under a verb of demanding: its verb in the base
    form with a subject of its own and no "to" ("demanded that Togo release the men", "insisted
    that the envoy be recalled")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _MANDATIVE:
        return False
    kids = list(clause.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or any(c.dep_ == "aux" for c in kids):
        return False
    if clause.tag_ == "VB":
        return True
    # the passive: "that the envoy be recalled"
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids)


def _own_subject(clause: Token, head: Token) -> bool:
    """A complement with a subject of its own ("expected Serbia to expel", "wants Togo to
    reopen"), or an object of its head before it that the parser left as the head's object
    ("wanted Serbia to expel" read with Serbia as the object of "wanted")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True
    return clause.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") and c.i < clause.i for c in head.children)


# nouns of a charge ("a charge Peru denies", "rejected the allegations")
CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}


def _charge_clause(verb: Token) -> bool:
    """A verb whose subject is a charge noun ("..., a charge Peru denies", parsed with
    "charge" as the subject and the denier in apposition)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CHARGE_NOUNS for c in verb.children)


def _charge_denied(clause: Token, head: Token) -> bool:
    """A clause before its head whose subject is a charge noun: "X accused Y of Z, a charge Y
    denies" (the parser hangs the accusation under "denies"); the accusation was made, it is
    not the denied complement."""
    return clause.i < head.i and _charge_clause(head)


def _unreal_noun(tok: Token) -> bool:
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREAL_MODIFIERS for c in tok.children):
        return True
    head = tok.head
    if head.pos_ == "VERB" and tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in _PENDING:
        return True  # "is considering a second loan to Laos": under consideration, not given
    # the verb of a prepositional phrase the noun is in ("tying progress to a peace treaty")
    for _ in range(2):
        if head.dep_ != "prep" or head.head.i == head.i:
            break
        head = head.head
    return head.pos_ == "VERB" and (head.lemma_.lower() in _DENIAL_HEADS or modality(head) != "real")
