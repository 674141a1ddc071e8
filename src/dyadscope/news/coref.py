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
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from dyadscope.news.gazetteer import Mention
from dyadscope.news.people import KIND_NOUNS, Organization, Person

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
    """
    skip = [*quotes, *captions]
    starts = {(s, e): p for p in people for s, e in p.mentions}

    def named(tok: Token) -> Person | None:
        return next((p for (s, e), p in starts.items() if s <= tok.idx < e), None)

    end = next((t.i for t in doc if t.idx >= char), len(doc))
    for tok in reversed(doc[max(0, end - _LOOK_BACK) : end]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or _inside(tok.idx, skip):
            continue
        person = named(tok)
        if person is None and tok.pos_ in ("NOUN", "PROPN"):
            person = next((p for t in _apposed(tok) for p in [named(t)] if p is not None), None)
        if person is not None:
            return person
        if tok.lower_ in _HE_SHE and depth < 6:
            return pronoun_antecedent(doc, tok.idx, people, skip, (), depth + 1)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS and tok.tag_ in ("NN", "NNP") and not definite:
            return None  # an unnamed person just introduced: "a sailor's wife ... she said"
    hit = last_person_before(char, people, skip)
    return hit[1] if hit else None


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
) -> Person | None:
    """The person named last before ``char`` whose role fits ``head`` and whose country is
    one of ``countries`` (when the phrase names one), mentions inside ``skip`` left out;
    None when an unnamed person of that description was introduced after that mention
    ("A Western diplomat ... said. '...,' the diplomat said": the unnamed diplomat)."""
    found = _descriptive(char, head, countries, people, skip)
    if found is None:
        return None
    last = max(s for s, _ in found.mentions if s < char)
    return None if _introduced(doc, head, last, char) else found


def _descriptive(
    char: int,
    head: str,
    countries: set[str],
    people: list[Person],
    skip: Iterable[tuple[int, int]] = (),
) -> Person | None:
    skipped = list(skip)
    for strict in (True, False):  # a person of that country first, else one whose country is unknown
        best: tuple[int, Person] | None = None
        for p in people:
            if not fits(p, head):
                continue
            if countries and p.country not in countries and (strict or p.country is not None):
                continue
            for s, _ in p.mentions:
                if s < char and (best is None or s > best[0]) and not _inside(s, skipped):
                    best = (s, p)
        if best is not None:
            return best[1]
    return None


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
    owned = any(t.dep_ == "poss" for t in span) or any(span.start_char <= m.start < span.end_char for m in countries)
    proper = any(t.pos_ == "PROPN" for t in span if t.i != subj.i)
    if not (owned or proper):
        return None
    return span.text


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
