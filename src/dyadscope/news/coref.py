"""Rule-based references to people already named: pronouns and descriptive phrases.

No coreference model runs here (none that works with ``en_core_web_sm`` on CPU is
maintained); the rules are the ones a news reader applies:

* **he / she** refers to the nearest preceding grammatical subject that is a named person,
  a pronoun subject being resolved the same way (a chain keeps its referent), in the
  article's own voice: names inside quotation marks ("... the Mnangagwa government ..."
  within a quote) and in photo captions (a paragraph that starts with ``FILE -`` or "In
  this ... photo", or ends with a credit such as ``(AP)`` or a date such as ``July 4,
  2018.``) are not antecedents; with no such subject, the person named last before it;
* a **definite descriptive reference** ("the top U.S. diplomat", "the Chinese official",
  "the lawmaker"; not "a senior official", who is someone new) refers to the person named
  last before it whose role fits the head noun (by role type or by a word of the role:
  an "ambassador" fits a "deputy chief of mission at the embassy") and whose country fits
  a country word in the phrase;
* an **institution** named by a common noun with its owner ("the Chinese embassy in Male",
  "Sudan's Foreign Ministry", "the President's Office") speaks as that phrase; "the
  company", "the ministry", "the agency" refer to the organisation named last before whose
  name has that head word ("Sumida Kogyo Corporation" for "the company");
* a quote with no attribution of its own, after a sentence of the same paragraph that
  names its source ("according to Morris, ..."), is that source's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dyadscope import countries as countries_mod
from dyadscope.news.gazetteer import Mention, ambiguous_names, text_of
from dyadscope.news.names import KIND_NOUNS, NOT_NAME_WORDS, personal_relative
from dyadscope.news.organisations import Organization
from dyadscope.news.people import Person

# head nouns of descriptive references -> (role types they fit, role words they fit)
DESCRIPTIVE: dict[str, tuple[set[str], set[str]]] = {
    "diplomat": (
        {"diplomat", "minister"},
        {"embassy", "ambassador", "envoy", "diplomat", "consul", "mission", "counselor", "counsellor", "attache"},
    ),
    "envoy": (
        {"diplomat"},
        {"envoy", "ambassador", "representative", "embassy", "diplomat", "counselor", "counsellor", "consul"},
    ),
    "ambassador": ({"diplomat"}, {"ambassador", "embassy", "mission", "envoy"}),
    "lawmaker": ({"legislator"}, {"senator", "representative", "congressman", "congresswoman", "mp", "parliament"}),
    "legislator": ({"legislator"}, {"senator", "representative", "mp", "parliament"}),
    "senator": ({"legislator"}, {"senator", "sen."}),
    "congressman": ({"legislator"}, {"representative", "congressman"}),
    "congresswoman": ({"legislator"}, {"representative", "congresswoman"}),
    "president": ({"head of state"}, {"president"}),
    "leader": ({"head of state", "head of government"}, {"leader", "president", "chairman"}),
    "premier": ({"head of government"}, {"premier", "prime"}),
    "minister": ({"minister", "head of government"}, {"minister"}),
    "secretary": ({"minister"}, {"secretary"}),
    "official": (
        {"official", "minister", "diplomat", "military", "legislator", "deputy head of state"},
        {"ministry", "embassy", "government", "department", "agency", "office", "chief", "deputy", "spokesman"},
    ),
    "spokesman": ({"official"}, {"spokesman", "spokesperson", "spokeswoman"}),
    "spokeswoman": ({"official"}, {"spokeswoman", "spokesperson"}),
    "spokesperson": ({"official"}, {"spokesperson", "spokesman", "spokeswoman"}),
    # role words are compared without their final dot: "Col." is "col"
    "general": ({"military"}, {"general", "gen", "gen."}),
    "colonel": ({"military"}, {"colonel", "col", "lt"}),
    "captain": ({"military"}, {"captain", "capt"}),
    "brigadier": ({"military"}, {"brigadier", "brig"}),
    "lieutenant": ({"military"}, {"lieutenant", "lt"}),
    "commander": ({"military"}, {"commander", "command", "general"}),
    "admiral": ({"military"}, {"admiral"}),
    "governor": ({"official"}, {"governor"}),
    "chairman": ({"official"}, {"chairman", "chair"}),
    "chair": ({"official"}, {"chair", "chairman", "chairwoman"}),
    "director": ({"official"}, {"director"}),
    "head": ({"official", "minister", "head of state"}, {"head", "chief", "director"}),
    "analyst": (set(), {"analyst"}),
    "researcher": (set(), {"researcher", "research", "fellow"}),
    "professor": (set(), {"professor"}),
    "economist": (set(), {"economist"}),
    "expert": (set(), {"expert", "analyst", "fellow", "professor"}),
    "scholar": (set(), {"scholar", "fellow", "professor"}),
}

_CREDIT = re.compile(r"\((?:AP|AFP|Reuters|VOA|Getty Images|EPA|Xinhua|File)\)\s*$|\b\d{1,2}, (?:19|20)\d\d\.\s*$")
_CAPTION_START = re.compile(r"^(?:FILE\s*[-–—]|In this (?:\w+ )*photo|This (?:\w+ )*photo)")


def caption_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph of ``text`` that reads as a photo caption."""
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        line = para.strip()
        if line and (_CAPTION_START.match(line) or _CREDIT.search(line)) and '"' not in line and "“" not in line:
            out.append((pos, pos + len(para)))
        pos += len(para) + 1
    return out


def _inside(char: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _token_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("dyadscope_token_starts")
    if not isinstance(starts, list):
        starts = [t.idx for t in doc]
        doc.user_data["dyadscope_token_starts"] = starts
    return starts


def span_at(doc: Doc, lo: int, hi: int) -> Span | None:
    """The tokens that overlap characters [lo, hi), like ``doc.char_span(lo, hi,
    alignment_mode="expand")`` but by bisection over token starts kept once per document
    (``Doc.char_span`` rebuilds ``Doc.text`` on every call)."""
    starts = _token_starts(doc)
    if not starts or hi <= lo or lo < 0:
        return None
    first = max(bisect_right(starts, lo) - 1, 0)
    if starts[first] + len(doc[first].text) <= lo and first + 1 < len(starts):
        first += 1  # lo falls in the whitespace after a token
    last = bisect_right(starts, hi - 1) - 1
    if last < first:
        return None
    return doc[first : last + 1]


class MentionIndex:
    """Which person's mention covers a character, by bisection over the sorted mentions (the
    first person listed wins where two mentions overlap)."""

    def __init__(self, people: list[Person]) -> None:
        spans: dict[tuple[int, int], Person] = {}
        for p in people:
            for s, e in p.mentions:
                spans.setdefault((s, e), p)
        self._spans = sorted(spans.items(), key=lambda x: x[0])
        self._starts = [s for (s, _), _ in self._spans]
        self._reach = []  # the furthest end among the mentions up to each position
        far = -1
        for (_, e), _ in self._spans:
            far = max(far, e)
            self._reach.append(far)

    def at(self, char: int) -> Person | None:
        i = bisect_right(self._starts, char) - 1
        while i >= 0 and self._reach[i] > char:
            (s, e), p = self._spans[i]
            if s <= char < e:
                return p
            i -= 1
        return None


def last_person_before(
    char: int, people: list[Person], skip: Iterable[tuple[int, int]] = ()
) -> tuple[int, Person] | None:
    """The person named last before ``char`` (and where), mentions inside ``skip`` left out."""
    skipped = list(skip)
    best: tuple[int, Person] | None = None
    for p in people:
        for s, _ in p.mentions:
            if s < char and (best is None or s > best[0]) and not _inside(s, skipped):
                best = (s, p)
    return best


_HE_SHE = {"he", "she"}
_LOOK_BACK = 400  # tokens
# nouns for a person: a subject phrase headed by one of these that names nobody is someone
# unnamed ("A sailor's wife reached by telephone said ... she said"): "he"/"she" after it is
# that unnamed person, not someone named earlier
PERSON_NOUNS = set(DESCRIPTIVE) | {
    "wife",
    "husband",
    "widow",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "relative",
    "woman",
    "man",
    "resident",
    "villager",
    "farmer",
    "worker",
    "sailor",
    "fisherman",
    "driver",
    "trader",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "witness",
    "survivor",
    "victim",
    "source",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "owner",
    "activist",
    "protester",
    "journalist",
    "reporter",
    "lawyer",
    "soldier",
    "officer",
    "engineer",
    "employee",
    "manager",
    "executive",
    "banker",
    "negotiator",
    "delegate",
    "member",
    "citizen",
    "voter",
    "passenger",
    "refugee",
    "pilot",
    "speaker",  # "the speaker of the Kyrgyz parliament, X" (blind 6)
}


def _apposed(tok: Token) -> list[Token]:
    """The words of ``tok``'s appositions ("Rwanda's government spokesperson, Claudine Uwera"),
    not its modifiers ("the Mugabe administration's record" names no subject)."""
    return [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]


def pronoun_antecedent(
    doc: Doc,
    char: int,
    people: list[Person],
    quotes: Iterable[tuple[int, int]],
    captions: Iterable[tuple[int, int]],
    depth: int = 0,
    gender_of: Mapping[str, Gender] | None = None,
    describe: Callable[[Token], Person | None] | None = None,
) -> Person | None:
    """The person "he"/"she" at ``char`` refers to.

    Walking back from the pronoun outside quotes and captions, the nearest grammatical
    subject that is a named person, also through its appositions ("Rwanda's government
    spokesperson, Claudine Uwera, accused ..."); a subject that is itself "he"/"she" is
    resolved the same way (a chain of pronouns keeps its referent: "Matyszak says ... he
    told VOA ... he said"). A person named only as a modifier ("the Mugabe administration")
    is no subject. A nearer subject that is an unnamed person ("A sailor's wife reached by
    telephone said") is the referent, so the answer is None. Without any such subject, the
    person named last before the pronoun.

    ``gender_of`` (from :func:`genders`): people whose gender the text gives the other way
    are passed over, and so are pronouns of the other gender ("Kowalska said she ...
    Petraitis said he ... 'We cannot build it alone,' she said" is Kowalska).

    ``describe``: the person a definite descriptive subject refers to (None when it fits no
    one or several): a nearer subject "the foreign minister" that names its referent that
    way is the referent ("The opposition leader, X, accused ... The foreign minister
    answered him. '...,' she said" is the foreign minister, not X named last).
    """
    skip = [*quotes, *captions]
    index = MentionIndex(people)
    known = gender_of or {}
    hit = span_at(doc, char, char + 1)
    at = hit[0] if hit is not None and len(hit) else None
    want = _PRONOUN_GENDER.get(at.lower_) if at is not None else None

    things = _inanimate(text_of(doc), people)

    def named(tok: Token) -> Person | None:
        person = index.at(tok.idx)
        return None if person is not None and person.name in things else person

    def other(p: Person) -> bool:
        return want is not None and known.get(p.name, want) != want

    end = at.i if at is not None else len(doc)
    # the sentence before the pronoun's: with no person as a subject, a person it names in
    # another role is the referent before any older subject (recency outranks the role across
    # sentences: "X, which buys ..., owes ..., according to the economist Y. She said ...")
    before = doc[at.sent.start - 1].sent if at is not None and at.sent.start > 0 else None
    for tok in reversed(doc[max(0, end - _LOOK_BACK) : end]):
        if before is not None and tok.i < before.start:
            person = _object_of(before, named, skip, other)
            if person is not None:
                return person
            before = None
        if tok.dep_ not in ("nsubj", "nsubjpass") or _inside(tok.idx, skip):
            continue
        person = named(tok)
        if person is not None and title_only(person):  # "the Interior Minister" taken for a name
            person = describe(tok) if describe is not None else None
            if person is None:
                continue
        if person is None and tok.pos_ in ("NOUN", "PROPN"):
            person = next((p for t in _apposed(tok) for p in [named(t)] if p is not None), None)
            # "A spokesman for the X council, Ayoub Agila, said": the name the model hangs lower
            person = person or apposed_person(tok, people)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if (
            person is None
            and describe is not None
            and definite
            and tok.pos_ == "NOUN"
            and tok.tag_ == "NN"
            and tok.lemma_.lower() in DESCRIPTIVE
        ):
            person = describe(tok)
        if person is not None:
            if other(person):
                continue
            return person
        if tok.lower_ in _HE_SHE and depth < 6:
            if want is not None and _PRONOUN_GENDER[tok.lower_] != want:
                continue  # "she" before "he": someone else
            return pronoun_antecedent(doc, tok.idx, people, skip, (), depth + 1, gender_of, describe)
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in PERSON_NOUNS
            and tok.tag_ in ("NN", "NNP")
            and not definite
            and not in_relative_clause(tok)
        ):
            if want is not None and _ROLE_GENDER.get(tok.lemma_.lower(), want) != want:
                continue  # "a fisherman's widow": not "he"
            return None  # an unnamed person just introduced: "a sailor's wife ... she said"
    if before is not None:  # the walk ended inside the sentence before (the article's start)
        person = _object_of(before, named, skip, other)
        if person is not None:
            return person
    skipped = list(skip)
    best: tuple[int, Person] | None = None
    for p in people:
        if other(p) or p.name in things:
            continue
        for s, _ in p.mentions:
            if s < char and (best is None or s > best[0]) and not _inside(s, skipped):
                best = (s, p)
    return best[1] if best else None


def _object_of(
    sent: Span, named: Callable[[Token], Person | None], skip: list[tuple[int, int]], other: Callable[[Person], bool]
) -> Person | None:
    """The person a sentence names last in a role other than subject or modifier (an object,
    the object of a preposition, an apposition: not "Ortega's spokesman", not "the Mugabe
    government"), when no subject of the sentence is a person, a noun for a person or a
    pronoun for one; None otherwise."""
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not _inside(t.idx, skip)]
    if any(t.lemma_.lower() in PERSON_NOUNS or t.lower_ in _PRONOUN_GENDER or named(t) for t in subjects):
        return None
    for tok in reversed(sent):
        if _inside(tok.idx, skip) or tok.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "case"):
            continue
        person = named(tok)
        if person is not None and tok.pos_ == "PROPN" and not title_only(person) and not other(person):
            return person
    return None


_WHICH = re.compile(r"\s*,\s*which\b")


def _inanimate(text: str, people: list[Person]) -> set[str]:
    """Names of "people" the text refers to with "which" ("Angkor Grain, which buys most of
    the crop"): a company or a place the people step took for a person, no antecedent of
    "he"/"she"."""
    return {p.name for p in people for _, e in p.mentions if _WHICH.match(text, e)}


def in_relative_clause(tok: Token) -> bool:
    """Whether ``tok`` is inside a relative clause or a clause modifying a noun ("Marie
    Pierre, whose sister was detained, said": "sister" is no new subject of the story, only
    part of what is said about Pierre)."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in ("relcl", "acl"):
            return True
    return False


def title_only(person: Person) -> bool:
    """Whether a "person" is a title the people step took for a name ("Interior Minister",
    "Prime Minister"): its last word is the head noun of a descriptive reference."""
    last = person.name.split()[-1].lower()
    return last in DESCRIPTIVE and last != "head"


def fits(person: Person, head: str) -> bool:
    """Whether ``person``'s role fits the head noun of a descriptive reference."""
    types, words = DESCRIPTIVE[head]
    role_words = {w.lower().strip(",.;()’'s") for w in (person.role or "").split()}
    return person.role_type in types or bool((words | {head}) & role_words)


def _introduced(doc: Doc | None, head: str, lo: int, hi: int) -> bool:
    """Whether someone new with the head noun ``head`` is introduced between characters
    ``lo`` and ``hi``: an indefinite phrase ("A Western diplomat who attended the talks said",
    "a senior government official in Port Vila")."""
    if doc is None:
        return False
    return any(
        lo < t.idx < hi
        and t.lemma_.lower() == head
        and t.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in t.children)
        for t in doc
    )


def descriptive_antecedent(
    char: int,
    head: str,
    countries: set[str],
    people: list[Person],
    skip: Iterable[tuple[int, int]] = (),
    doc: Doc | None = None,
    junior: bool = False,
    modifiers: frozenset[str] = frozenset(),
) -> Person | None:
    """The one person named before ``char`` whose role fits ``head`` and whose country is one
    of ``countries`` (when the phrase names one), mentions inside ``skip`` left out.

    ``modifiers``: the phrase's own words before the head ("foreign" of "the foreign
    minister"): of several people who fit, those whose role has one of them come first ("the
    foreign minister" is the Foreign Minister, not the Prime Minister or a minister of
    another portfolio named since).

    ``junior``: the phrase says "deputy"/"vice"/"assistant" ("the Korean vice minister"):
    people whose role says so come first; without it, people whose role does not ("the
    minister" is the foreign minister, not the deputy foreign minister named later).
    None when that still leaves several people ("Argentine Foreign Minister ... and
    Brazilian Foreign Minister ... met. '...,' the minister said": a guess either way), and
    when an unnamed person of that description was introduced after the mention ("A Western
    diplomat ... said. '...,' the diplomat said": the unnamed diplomat)."""
    found = _descriptive(
        char, head, countries, people, skip, junior, text_of(doc) if doc is not None else None, modifiers
    )
    if found is None:
        return None
    last = max(s for s, _ in found.mentions if s < char)
    return None if _introduced(doc, head, last, char) else found


JUNIOR_WORDS = {"deputy", "vice", "assistant", "under", "undersecretary"}


def is_junior(role: str | None) -> bool:
    """Whether a role (or a descriptive phrase) says deputy, vice or assistant."""
    return bool(JUNIOR_WORDS & {w.lower() for w in re.split(r"[\s-]+", role or "")})


def _descriptive(
    char: int,
    head: str,
    countries: set[str],
    people: list[Person],
    skip: Iterable[tuple[int, int]] = (),
    junior: bool = False,
    text: str | None = None,
    modifiers: frozenset[str] = frozenset(),
) -> Person | None:
    skipped = list(skip)
    for strict in (True, False):  # people of that country first, else people whose country is unknown
        fitting = [
            p
            for p in people
            if fits(p, head)
            and not (countries and p.country not in countries and (strict or p.country is not None))
            and any(s < char and not _inside(s, skipped) for s, _ in p.mentions)
        ]
        if not fitting:
            continue
        agree = [p for p in fitting if modifiers & {w.lower().strip(",.;()") for w in (p.role or "").split()}]
        fitting = agree or fitting
        ranked = [p for p in fitting if is_junior(p.role) == junior]
        fitting = ranked or fitting
        if len({p.name for p in fitting}) == 1:
            return fitting[0]
        return _nearest_alone(char, fitting, skipped, text)
    return None


def _paragraph_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


def _nearest_alone(char: int, fitting: list[Person], skipped: list[tuple[int, int]], text: str | None) -> Person | None:
    """Of several people who fit a descriptive reference, the one named last before it when
    that mention is in the reference's paragraph or the paragraph before and nobody else who
    fits is named from the start of that mention's paragraph on ("Lopes dismissed the
    protest. '...,' the minister said" after another minister two paragraphs up); else None."""
    if text is None:
        return None
    last = sorted(
        ((max(s for s, _ in p.mentions if s < char and not _inside(s, skipped)), p) for p in fitting),
        key=lambda x: -x[0],
    )
    (where, best), (second, _) = last[0], last[1]
    own = _paragraph_start(text, char)
    before = _paragraph_start(text, max(own - 2, 0)) if own > 0 else own
    while before > 0 and not text[before:own].strip():  # skip empty paragraphs
        before = _paragraph_start(text, before - 2)
    if where < before or second >= _paragraph_start(text, where):
        return None
    return best


# head nouns of institutions -> the words an organisation's name may show for them
ORG_HEADS: dict[str, set[str]] = {
    "ministry": {"ministry"},
    "embassy": {"embassy"},
    "office": {"office"},
    "agency": {"agency"},
    "department": {"department"},
    "company": {"company", "corporation", "corp", "co", "ltd", "limited", "inc", "group", "plc"},
    "corporation": {"corporation", "corp", "company"},
    "firm": {"company", "corporation", "group", "ltd", "limited", "inc", "plc"},
    "bank": {"bank"},
    "authority": {"authority"},
    "commission": {"commission"},
    "council": {"council"},
    "army": {"army", "forces"},
    "military": {"army", "forces", "military"},
    # an armed service as a speaker ("The Chilean navy said in a statement"), from this
    # round's probe texts, like "army" and "police" above ("guard" is not: "a border guard"
    # is a person)
    "navy": {"navy"},
    "police": {"police"},
    "presidency": {"presidency"},
    "secretariat": {"secretariat"},
    "newspaper": {"times", "post", "herald", "tribune", "chronicle", "courier", "ledger", "gazette", "standard"},
    "daily": {"daily"},
    "paper": {"times", "post", "herald", "tribune", "chronicle", "courier", "ledger", "gazette", "standard"},
    "weekly": {"weekly"},
    "lender": {"bank"},
    "agency's": {"agency"},
}


def institution_phrase(subj: Token, countries: list[Mention]) -> str | None:
    """The words of a subject that names an institution by a common noun and its owner:
    "the Chinese embassy in Male", "Sudan's Foreign Ministry", "the President's Office"
    (a definite or possessive noun phrase headed by an institution noun, with a country
    word, a possessive or a proper noun in it); else None ("the government", "officials")."""
    if subj.lemma_.lower() not in ORG_HEADS or subj.tag_ in ("NNS", "NNPS"):
        return None
    toks = [t for t in subj.subtree if not any(a.dep_ in ("relcl", "acl", "appos", "advcl") for a in path_to(t, subj))]
    toks = [t for t in toks if not (t.dep_ == "prep" and t.lower_ not in ("in", "of", "for") and t.head.i == subj.i)]
    keep = sorted({t.i for t in toks})
    lo, hi = keep[0], keep[-1] + 1
    doc = subj.doc
    while lo < hi and (doc[lo].dep_ == "det" or doc[lo].is_punct):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    span = doc[lo:hi]
    if not len(span) or len(span) > 10 or any(t.dep_ == "prep" and t.lower_ not in ("in", "of", "for") for t in span):
        return None
    if not _owned(span, subj, countries):
        return None
    # where the institution sits is no part of its name when something else in the phrase
    # names its owner: "the Chilean embassy in Lima" is the Chilean embassy ("the embassy in
    # Lima" keeps its place, the only word that says whose it is)
    place = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > subj.i]
    if place and place[-1].right_edge.i == span.end - 1:
        rest = doc[span.start : place[-1].i]
        if len(rest) and _owned(rest, subj, countries):
            return rest.text
    return span.text


def _owned(span: Span, head: Token, countries: list[Mention]) -> bool:
    """Whether a phrase says whose institution it is: a possessive (not a pronoun: "His
    office" is no institution's name), a country word, or a proper noun beside the head."""
    owned = any(t.dep_ == "poss" and t.tag_ != "PRP$" for t in span) or any(
        span.start_char <= m.start < span.end_char for m in countries
    )
    return owned or any(t.pos_ == "PROPN" for t in span if t.i != head.i)


def path_to(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up its heads to (not including) ``top``."""
    out: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def organisation_antecedent(
    char: int, head: str, orgs: list[Organization], skip: Iterable[tuple[int, int]] = ()
) -> Organization | None:
    """The organisation named last before ``char`` whose name shows the head noun ``head``
    or that the text called that kind of thing ("The daily Le Courrier de Conakry" for "the
    newspaper", "Kallergis Maritime, a shipping company" for "the company")."""
    words = ORG_HEADS.get(head, {head})
    kind = KIND_NOUNS.get(head)
    skipped = list(skip)
    best: tuple[int, Organization] | None = None
    for o in orgs:
        if not words & {w.lower().strip(".,") for w in o.name.split()} and kind not in o.kinds:
            continue
        for s, _ in o.mentions:
            if s < char and (best is None or s > best[0]) and not _inside(s, skipped):
                best = (s, o)
    return best[1] if best else None


def _free(start: int, end: int, people: list[Person]) -> bool:
    return not any(s < end and start < e for p in people for s, e in p.mentions)


def link_surnames(doc: Doc, people: list[Person]) -> None:
    """Add the mentions of people written by part of their name that the people step missed
    (the model tags "Al-Rashidi said" as no one, so nothing links it to Bader Al-Rashidi):

    * a surname of several tokens ("Al-Rashidi", "Asamoah-Boateng", "O'Neill") written alone;
    * the first of two family names written alone ("Solorzano said" after "Arlen Solorzano
      Pichardo"), a proper noun that is a word of exactly one person's name of three or more
      words, before its last word.

    Each becomes a mention of the person of that name written last before it (none before
    it: not linked). Mentions inside other people's names stay as they are."""
    text = text_of(doc)
    _merge_tails(people)
    by_part: dict[str, list[Person]] = {}
    for p in people:
        words = p.name.split()
        if len(words) < 2:
            continue
        if re.search(r"[-'’]", words[-1]):
            by_part.setdefault(words[-1], []).append(p)
        if len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in _PARTICLES:
            by_part.setdefault(words[-2], []).append(p)
    for part, owners in by_part.items():
        if len({o.name for o in owners}) > 1 and " " not in part and "-" not in part:
            continue  # a middle word shared by two people's names says nothing
        # a name's small particle is capitalised where the name begins a sentence ("Al-Fitouri
        # said" after "Salem al-Fitouri")
        forms = "|".join(re.escape(f) for f in sorted({part, part[:1].upper() + part[1:]}))
        for hit in re.finditer(rf"(?<![\w'’-])(?:{forms})(?![\w-])", text):
            lo, hi = hit.span()
            if not _free(lo, hi, people):
                continue
            span = span_at(doc, lo, hi)
            if span is None or span.root.pos_ != "PROPN" or span.root.ent_type_ in ("GPE", "LOC", "FAC"):
                continue
            ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
            if ent is not None and (ent.start < span.start or ent.end > span.end):
                continue  # part of a longer name ("the Al-Rashidi Foundation")
            before = [(max((s for s, _ in o.mentions if s < lo), default=-1), o) for o in owners]
            latest, owner = max(before, key=lambda x: x[0])
            if latest >= 0:
                owner.mentions.append((lo, hi))
                owner.mentions.sort()


def _merge_tails(people: list[Person]) -> None:
    """A "person" whose name is the end of another person's longer name, with no role or
    country of its own, and written only after that full name ("Ben Youssef said" after
    "Salma Ben Youssef"; the model tags the family name alone), is that person: its mentions
    move to the full name and it leaves ``people``. Several nested tails of one full name
    ("Ould Cheikh", "Lemine Ould Cheikh" of "Mohamed Lemine Ould Cheikh") all go to the
    fullest; a tail written inside the full name itself (the model's split of one name) goes
    to it whatever role it was given."""
    for tail in sorted(people, key=lambda p: -len(p.name.split())):
        if len(tail.name.split()) < 2 or not tail.mentions or tail not in people:
            continue
        full = [p for p in people if p is not tail and p.name.endswith(" " + tail.name)]
        if not full:
            continue
        fullest = max(full, key=lambda p: len(p.name))
        if any(not fullest.name.endswith(" " + p.name) and p is not fullest for p in full):
            continue  # the ends of two different people's names
        first = min(tail.mentions)
        inside = any(s <= first[0] and first[1] <= e for s, e in fullest.mentions)
        if (tail.role or tail.country) and not inside:
            continue
        if not inside and not any(s < first[0] for s, _ in fullest.mentions):
            continue
        extra = [m for m in tail.mentions if not any(s <= m[0] and m[1] <= e for s, e in fullest.mentions)]
        fullest.mentions = sorted({*fullest.mentions, *extra})
        people.remove(tail)


_PARTICLES = {"de", "da", "del", "van", "von", "bin", "al", "el", "ibn", "la", "le", "di", "dos", "das"}


def person_at(tok: Token, people: list[Person]) -> Person | None:
    """The person one of whose mentions covers ``tok``."""
    return next((p for p in people if any(s <= tok.idx < e for s, e in p.mentions)), None)


def apposed_person(subj: Token, people: list[Person]) -> Person | None:
    """The person named in an apposition anywhere in the phrase of ``subj`` when the phrase
    is headed by a noun for a person: "Indonesia's ambassador in Port Moresby, Hendra
    Siregar" (the model hangs the name on "Moresby"), "a senior official at the embassy in
    Kathmandu, Karma Dorji" (read as a conjunct of "Kathmandu" with no "and"). Not inside a
    relative or adverbial clause of the phrase."""
    if subj.lemma_.lower() not in PERSON_NOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in subj.subtree:
        # a conjunct with no "and"/"or" before it is an apposition the model misread
        # ("the embassy in Kathmandu, Karma Dorji": Dorji a conjunct of Kathmandu)
        bare_conj = tok.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
        if not (tok.dep_ == "appos" or bare_conj):
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") for a in path_to(tok, subj)):
            continue
        p = person_at(tok, people)
        if p is not None:
            return p
    # the name right after the phrase and a comma, hung elsewhere by the model: "According
    # to Togo's security minister, Yao Kpatcha, ..."
    doc = subj.doc
    after = subj.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        p = person_at(doc[after + 1], people)
        if p is not None and any(s == doc[after + 1].idx for s, _ in p.mentions):
            return p
    return None


@lru_cache(maxsize=1)
def _shared_forms() -> dict[str, set[str]]:
    """Country words that stand for several countries, with their candidates: the
    ambiguous names ("Congo", "Korea") and demonyms the table lists for several countries
    ("Congolese")."""
    out = {text: set(isos) for text, (isos, _) in ambiguous_names().items()}
    table = countries_mod.names_table()
    demonyms = table[table["kind"] == "demonym"].groupby("name")["iso3"].agg(set)
    out.update({str(k): set(v) for k, v in demonyms.items() if len(v) > 1})
    return out


def phrase_countries(subj: Token, countries: list[Mention]) -> set[str]:
    """The countries a descriptive phrase names ("the Ugandan minister": UGA): the country
    mentions inside it, and for a country word that stands for several countries ("the
    Korean vice minister", "the Congolese envoy") all its candidates, so that the reference
    still goes to the person from one of them. A demonym missing from the tables is tried
    as its country name without the final "n" ("Korean": "Korea")."""
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    found = {m.iso3 for m in countries if lo <= m.start < hi}
    shared = _shared_forms()
    for tok in subj.subtree:
        if tok.i >= subj.i or not tok.text[:1].isupper() or any(m.start <= tok.idx < m.end for m in countries):
            continue
        isos = shared.get(tok.text) or (shared.get(tok.text[:-1]) if tok.text.endswith("n") else None)
        if isos:
            found |= isos
    return found


Gender = Literal["f", "m"]
_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_HONORIFIC_GENDER: dict[str, Gender] = {
    "mr": "m",
    "sir": "m",
    "monsieur": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "dame": "f",
    "lady": "f",
}
# role words that say the person's gender (not "chairman", which is used for women too)
_ROLE_GENDER: dict[str, Gender] = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "businesswoman": "f",
    "queen": "f",
    "princess": "f",
    "wife": "f",
    "widow": "f",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "woman": "f",
    "spokesman": "m",
    "congressman": "m",
    "businessman": "m",
    "king": "m",
    "prince": "m",
    "husband": "m",
    "widower": "m",
    "father": "m",
    "son": "m",
    "brother": "m",
    "man": "m",
}


def genders(doc: Doc, people: list[Person], quotes: Iterable[tuple[int, int]] = ()) -> dict[str, Gender]:
    """Each person's gender where the text itself says it, by name; no name lists.

    Evidence: an honorific before a mention ("Ms. Rania Haddad", "Mr. Khalil"); a role word
    ("spokeswoman", "businessman"); and, in a sentence of the article's own voice that names
    exactly one person, a pronoun in a clause under that person's verb ("Kowalska said she
    wanted ...", "Petraitis said he needed ...", "Kowalska opened her talks") but not one
    inside the person's own phrase ("Her Lithuanian counterpart, Tomas Petraitis, said").
    A person with evidence both ways gets none."""
    skip = list(quotes)
    votes: dict[str, set[Gender]] = {}

    def vote(p: Person, g: Gender) -> None:
        votes.setdefault(p.name, set()).add(g)

    for p in people:
        for w in re.findall(r"[a-z]+", (p.role or "").lower()):
            if w in _ROLE_GENDER:
                vote(p, _ROLE_GENDER[w])
            if w in _HONORIFIC_GENDER:
                vote(p, _HONORIFIC_GENDER[w])
        for s, _ in p.mentions:
            span = span_at(doc, s, s + 1)
            if span is not None and span.start > 0:
                before = doc[span.start - 1].lower_.rstrip(".")
                if before in _HONORIFIC_GENDER:
                    vote(p, _HONORIFIC_GENDER[before])
    index = MentionIndex(people)
    for sent in doc.sents:
        pronouns = [t for t in sent if t.lower_ in _PRONOUN_GENDER and t.dep_ in ("nsubj", "nsubjpass", "poss")]
        if not pronouns:
            continue
        own = [t for t in sent if not _inside(t.idx, skip)]
        named = {p.name: p for t in own for p in [index.at(t.idx)] if p is not None}
        if len(named) != 1:
            continue
        (person,) = named.values()
        for tok in pronouns:
            if not _inside(tok.idx, skip) and _under_subject_of(tok, person, index):
                vote(person, _PRONOUN_GENDER[tok.lower_])
    return {name: next(iter(gs)) for name, gs in votes.items() if len(gs) == 1}


def _under_subject_of(tok: Token, person: Person, index: MentionIndex) -> bool:
    """Whether the pronoun ``tok`` sits in a clause under a verb whose subject is ``person``,
    and not inside that subject's own phrase."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i):
            if tok in list(subj.subtree):
                return False  # "Her Lithuanian counterpart, Tomas Petraitis": not his gender
            if index.at(subj.idx) is person or any(index.at(t.idx) is person for t in _apposed(subj)):
                return True
    return False


_AGE = re.compile(r"\b(?:\d+|[a-z]+)\s*-\s*year\s*-\s*old\b", re.IGNORECASE)


def age_antecedent(
    subj: Token,
    people: list[Person],
    skip: Iterable[tuple[int, int]] = (),
    gender_of: Mapping[str, Gender] | None = None,
) -> Person | None:
    """The person a definite phrase with an age refers to ("the 61-year-old economist said",
    "the 45-year-old woman"): the one person named before it (of the phrase's gender when it
    says one), or of several the one named alone in this or the paragraph before; None for
    a phrase without an age."""
    phrase = subj.doc[subj.left_edge.i : subj.i + 1].text
    if not _AGE.search(phrase) or not (subj.lemma_.lower() in PERSON_NOUNS or subj.lower_ == "old"):
        return None  # "the 30-year-old treaty says" is no person
    char = subj.idx
    skipped = list(skip)
    want = _ROLE_GENDER.get(subj.lemma_.lower())
    known = gender_of or {}
    fitting = [
        p
        for p in people
        if any(s < char and not _inside(s, skipped) for s, _ in p.mentions)
        and not (want is not None and known.get(p.name, want) != want)
    ]
    if not fitting:
        return None
    if len(fitting) == 1:
        return fitting[0]
    return _nearest_alone(char, fitting, skipped, text_of(subj.doc))


_NOT_PERSON_ENTS = {"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


def _name_span(head: Token) -> Span | None:
    """The capitalised words of a name ending at ``head`` (its compounds, hyphens and small
    particles to the left): "Ayoub Agila", "Marie-Claire Pierre", "Salem al-Fitouri"."""
    doc = head.doc
    lo = head.i
    while lo > 0:
        prev = doc[lo - 1]
        joined = prev.text == "-" and not prev.whitespace_ and not doc[lo - 2].whitespace_ if lo > 1 else False
        if prev.head.i in range(lo, head.i + 1) and (
            (prev.dep_ == "compound" and prev.pos_ == "PROPN") or joined or prev.lower_ in _PARTICLES
        ):
            lo -= 1
            continue
        break
    span = doc[lo : head.i + 1]
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 4 or not all(t.is_title or t.lower_ in _PARTICLES for t in words):
        return None
    if any(t.ent_type_ in _NOT_PERSON_ENTS or not t.is_alpha for t in words):
        return None
    if any(t.lower_ in NOT_NAME_WORDS or t.lower_ in KIND_NOUNS or t.lower_ in ORG_HEADS for t in words):
        return None
    return span


def unlisted_people(doc: Doc, people: list[Person], orgs: list[Organization], countries: list[Mention]) -> list[Person]:
    """People the sentence structure shows whom the people step did not list: a capitalised
    name of two to four words in apposition to a noun for a person ("A spokesman for the
    Zuwara council, Ayoub Agila, said", "the speaker of parliament, Nurlan Osmonaliev, told")
    or followed by ", who" ("Mehmet Kaya, who runs a cement company, said"). Each comes with
    the places its full name is written and, after the first, its last word alone. For
    attributing quotes only (the people list is the people step's)."""
    taken = [(s, e) for p in people for s, e in p.mentions]
    taken += [(s, e) for o in orgs for s, e in o.mentions]
    taken += [(m.start, m.end) for m in countries]

    def free(lo: int, hi: int) -> bool:
        return not any(s < hi and lo < e for s, e in taken)

    found: dict[str, Person] = {}
    for tok in doc:
        if tok.pos_ != "PROPN":
            continue
        # the noun the name is in apposition to, up through the phrases the model may hang it
        # on ("A spokesman for the Zuwara council, Ayoub Agila": Agila an apposition of "council")
        head, steps = tok.head, 0
        while head.dep_ in ("appos", "pobj", "prep", "conj") and head.head.i != head.i and steps < 4:
            if head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS:
                break
            head, steps = head.head, steps + 1
        # a conjunct with no "and"/"or" before it is an apposition the model misread ("a senior
        # official at the embassy in Kathmandu, Karma Dorji": Dorji a conjunct of Kathmandu)
        bare_conj = tok.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
        apposed = (tok.dep_ == "appos" or bare_conj) and head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS
        if not (apposed or (tok.dep_ in ("nsubj", "nsubjpass") and personal_relative(doc, tok.i + 1))):
            continue
        span = _name_span(tok)
        if span is None or not free(span.start_char, span.end_char) or span.text in found:
            continue
        # the noun phrase the name is in apposition to is the person's role ("envoy to Port
        # Vila"), so that "the envoy" later refers to the person
        role = None
        if apposed:
            words = [t for t in head.subtree if t.i < span.start and not t.is_punct and t.dep_ != "det"]
            role = " ".join(t.text for t in words) or None
        found[span.text] = Person(span.text, role, None, None, [(span.start_char, span.end_char)], kind="structure")
    text = text_of(doc)
    for name, person in found.items():
        first = person.mentions[0][0]
        spots = {(h.start(), h.end()) for h in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)}
        last = name.split()[-1]
        for h in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            if h.start() > first and not any(s <= h.start() < e for s, e in spots):
                spots.add((h.start(), h.end()))
        person.mentions = sorted(m for m in spots if free(*m) or m == person.mentions[0])
    return list(found.values())
