"""Sentence-level political events: who did what to whom, coded in CAMEO and PLOVER.

A verb's CAMEO code comes from the PETRARCH2 verb dictionary (an object-noun pattern
first, then the verb's default code), with a few documented overrides for verbs the
dictionary leaves uncoded; some event nouns ("talks with X", "Kenya's engagements with
China", "deployment to Haiti") code events too. The source actor is found in the
verb's subject (or the noun's possessor or modifier, or else the sentence's other
actor), the target in its objects and prepositional phrases; both must resolve to
different countries. PLOVER event types and Goldstein values come from the bundled
CAMEO tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Span, Token

from dyadscope import bundled
from dyadscope.news import schema
from dyadscope.news.gazetteer import Mention
from dyadscope.news.people import Organization, Person

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
    "recall": "161",
    "deploy": "074",
    "negotiate": "046",
    "export": "061",
    "invest": "061",
    "lend": "071",
    "fund": "070",
    "urge": "010",
}
NOUN_EVENTS: dict[str, str] = {
    "talk": "040",
    "discussion": "040",
    "engagement": "040",
    "consultation": "040",
    "meeting": "040",
    "summit": "040",
    "visit": "042",
    "negotiation": "046",
    "deal": "057",
    "agreement": "057",
    "treaty": "057",
    "trade": "061",
    "investment": "061",
    "loan": "071",
    "aid": "070",
    "deployment": "074",
    "sanction": "163",
    "review": "090",
    "investigation": "090",
    "criticism": "111",
    "condemnation": "111",
    "accusation": "112",
    "threat": "130",
    "tension": "111",
    "imbalance": "061",
}
# events with a confidence at or above this are shown by the brief and the web (docs/reader.md)
DISPLAY_THRESHOLD = 0.6
_MILITARY = {"border", "territory", "city", "base", "troops", "country", "capital", "homeland"}


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
        """Shown by the brief and the web (the JSON lists every event)."""
        return self.confidence >= DISPLAY_THRESHOLD

    def to_dict(self) -> dict[str, object]:
        return schema.EVENTS.to_dict(self)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[tuple[str, str], str], pd.DataFrame]:
    verbs = bundled.parquet("event_verbs.parquet")
    pats = bundled.parquet("event_patterns.parquet")
    codes = bundled.parquet("cameo_codes.parquet").set_index("code")
    vmap = dict(zip(verbs["lemma"], verbs["code"], strict=True))
    pmap = {(a, b): c for a, b, c in zip(pats["lemma"], pats["word"], pats["code"], strict=True)}
    return vmap, pmap, codes


def plover_map() -> pd.Series:
    """CAMEO code -> PLOVER event type, for every code in the CAMEO tables."""
    return _lexicon()[2]["plover"]


def cameo_info(code: str) -> tuple[str, str, float, int]:
    """(name, PLOVER type, Goldstein, quad class) of a CAMEO code (or its nearest parent)."""
    codes = _lexicon()[2]
    for n in range(len(code), 1, -1):
        if code[:n] in codes.index:
            row = codes.loc[code[:n]].to_dict()
            return (
                str(row["name"]),
                str(row["plover"]),
                float(row["goldstein"]),
                int(row["quad_class"]),
            )
    raise KeyError(code)


@dataclass(frozen=True)
class _Actor:
    iso3: str
    label: str | None
    start: int
    end: int


def _actors(doc: Doc, mentions: list[Mention], people: list[Person], orgs: list[Organization]) -> list[_Actor]:
    out = [_Actor(m.iso3, m.text, m.start, m.end) for m in mentions]
    for p in people:
        if p.country:
            out += [_Actor(p.country, p.name, s, e) for s, e in p.mentions]
    for o in orgs:
        if o.country:
            out += [_Actor(o.country, o.name, s, e) for s, e in o.mentions]
    return out


def _actor_in(tokens: list[Token], actors: list[_Actor], exclude: str | None = None) -> _Actor | None:
    best: _Actor | None = None
    for tok in tokens:
        for a in actors:
            # a named person or organisation beats a bare country word
            inside = a.start <= tok.idx < a.end and a.iso3 != exclude
            if inside and (best is None or (best.label == best.iso3 and a.label != a.iso3)):
                best = a
        if best is not None:
            return best
    return best


def _subtree(tok: Token) -> list[Token]:
    return sorted(tok.subtree, key=lambda t: t.i)


def _code_for_verb(verb: Token) -> str | None:
    vmap, pmap, _ = _lexicon()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "prep", "attr", "xcomp"):
            word = child.lemma_.lower()
            if (lemma, word) in pmap:
                return pmap[(lemma, word)]
            if lemma == "defend" and word in _MILITARY:
                return "074"
    if lemma in VERB_OVERRIDES:
        return VERB_OVERRIDES[lemma]
    return vmap.get(lemma)


def code_events(doc: Doc, mentions: list[Mention], people: list[Person], orgs: list[Organization]) -> list[Event]:
    """Events between two different countries, one or more per sentence."""
    actors = _actors(doc, mentions, people, orgs)
    events: list[Event] = []
    seen: set[tuple[str, str, str, int]] = set()
    for sent in doc.sents:
        inside = [a for a in actors if sent.start_char <= a.start < sent.end_char]
        if len({a.iso3 for a in inside}) < 2:
            continue
        candidates = _headline_events(sent, inside) if _is_headline(sent) else None
        if candidates is not None:
            for src, tgt, code, trigger in candidates:
                _add(events, seen, src, tgt, code, trigger, sent)
            continue
        for tok in sent:
            is_verb = (
                tok.pos_ == "VERB"
                and tok.dep_ not in ("amod", "compound")
                and not (tok.dep_ == "acl" and not any(c.dep_.startswith("nsubj") for c in tok.children))
            )
            if is_verb or (tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in NOUN_EVENTS):
                for src, tgt, code in _event_at(tok, sent, inside):
                    _add(events, seen, src, tgt, code, tok.text, sent)
    return events


def _add(
    events: list[Event],
    seen: set[tuple[str, str, str, int]],
    src: _Actor,
    tgt: _Actor,
    code: str,
    trigger: str,
    sent: Span,
) -> None:
    """Append one coded event unless the same (source, target, code) is in the sentence already."""
    key = (src.iso3, tgt.iso3, code, sent.start)
    if key in seen:
        return
    seen.add(key)
    name, plover, gold, quad = cameo_info(code)
    events.append(
        Event(
            src.iso3,
            tgt.iso3,
            src.label,
            tgt.label,
            code,
            name,
            plover,
            gold,
            quad,
            trigger,
            sent.text.strip(),
            (sent.start_char, sent.end_char),
        )
    )


def _is_headline(sent: Span) -> bool:
    """A Title Case line (a headline), which the parser handles poorly."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and len(sent) <= 20 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _headline_events(sent: Span, actors: list[_Actor]) -> list[tuple[_Actor, _Actor, str, str]]:
    """Headlines: the first known verb; source before it, target the first other country after it."""
    vmap, _, _ = _lexicon()
    for tok in sent:
        word = tok.text.lower()
        lemma = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        code = VERB_OVERRIDES.get(lemma) or vmap.get(lemma)
        if code is None or tok.i == sent.start:
            continue
        src = _actor_in([t for t in sent if t.i < tok.i][::-1], actors)
        if src is None:
            return []
        found = _actor_in([t for t in sent if t.i > tok.i], actors, exclude=src.iso3)
        return [(src, found, code, tok.text)] if found else []
    return []


def _prefer_named(target: _Actor, tokens: list[Token], actors: list[_Actor]) -> _Actor:
    """A named person or organisation of the target's country in the target phrase
    ("Xi Jinping" rather than "Chinese"), else the target itself."""
    ids = {t.idx for t in tokens}
    for a in actors:
        if (
            a.iso3 == target.iso3
            and a.start in ids
            and a.label
            and a.label != target.label
            and not a.label[0].islower()
            and len(a.label.split()) > 1
        ):
            return a
    return target


def subj_actors_other(verb: Token, src: _Actor, actors: list[_Actor]) -> _Actor | None:
    """A second country among the verb's conjoined subjects, if any."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    tokens = [t for s in subj for t in _subtree(s)]
    return _actor_in(tokens, actors, exclude=src.iso3)


def _event_at(tok: Token, sent: Span, actors: list[_Actor]) -> list[tuple[_Actor, _Actor, str]]:
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        code = _code_for_verb(tok)
        if code is None:
            return []
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if not subj and tok.dep_ in ("advcl", "xcomp", "conj", "relcl"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not subj:
            return []  # a participle or infinitive without a subject of its own
        src = _actor_in([t for s in subj for t in _subtree(s)], actors)
        if src is None:
            return []  # the subject is not an actor ("a status conferred ...")
        direct = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "attr", "oprd")]
        tgt_tokens = [t for o in direct for t in _subtree(o)]
        if _actor_in(tgt_tokens, actors, exclude=src.iso3 if src else None) is None:
            preps = [c for c in tok.children if c.dep_ in ("prep", "pobj", "ccomp")]
            tgt_tokens = [t for o in preps for t in _subtree(o)]
    else:
        code = NOUN_EVENTS.get(tok.lemma_.lower())
        if code is None:
            return []
        owner = [c for c in tok.children if c.dep_ in ("poss", "amod", "nmod")]
        src = _actor_in([t for o in owner for t in _subtree(o)], actors)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        tgt_tokens = [t for p in preps for t in _subtree(p)]
        if tok.head.pos_ == "VERB" and src is None:
            head_subj = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i != tok.i]
            src = _actor_in([t for s in head_subj for t in _subtree(s)], actors)
    if src is None:
        # the sentence's first actor outside the target phrase
        tgt_ids = {t.i for t in tgt_tokens}
        rest = [t for t in sent if t.i not in tgt_ids]
        src = _actor_in(rest, actors)
    if src is None:
        return []
    out: list[tuple[_Actor, _Actor, str]] = []
    targets: list[_Actor] = []
    for t in tgt_tokens:
        for a in actors:
            if a.start <= t.idx < a.end and a.iso3 != src.iso3 and all(x.iso3 != a.iso3 for x in targets):
                targets.append(a)
    if not targets and tok.pos_ == "VERB" and subj_actors_other(tok, src, actors):
        # "Zambia and China signed a deal": joint subjects act on each other
        other = subj_actors_other(tok, src, actors)
        assert other is not None
        return [(src, other, code), (other, src, code)]
    if not targets and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        after = [t for t in sent if t.i > tok.i]
        nearest = _actor_in(after, actors, exclude=src.iso3)
        if nearest:
            targets.append(nearest)
    for tgt in targets:
        out.append((src, _prefer_named(tgt, tgt_tokens, actors), code))
    return out
