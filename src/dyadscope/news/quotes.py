"""Direct quotes and their speakers.

Quotation marks of any style are paired per paragraph: “ ” and " " (also mixed),
‘ ’ and ' ' at word boundaries (so apostrophes in "Kenya’s" do not count), « ».
A quote left open at the end of a paragraph runs to the paragraph's end (the news
convention for a quote that continues in the next paragraph). The speaker comes from a
speech verb in the same sentence ("X said", "said X", "X told ...", "X added", "according
to X") through its grammatical subject; pronouns resolve to the last person named
before the quote; a paragraph that is only a quote continues the previous quote's
speaker. A quoted fragment inside a sentence is marked partial.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dyadscope import countries as countries_mod
from dyadscope.news import coref, organisations, schema
from dyadscope.news.gazetteer import Mention, text_of
from dyadscope.news.names import NOT_NAME_WORDS
from dyadscope.news.organisations import Organization
from dyadscope.news.people import Person

SPEECH_LEMMAS = {
    "say",
    "tell",
    "add",
    "note",
    "state",
    "argue",
    "warn",
    "insist",
    "explain",
    "emphasise",
    "emphasize",
    "stress",
    "declare",
    "announce",
    "claim",
    "assert",
    "remark",
    "comment",
    "reply",
    "respond",
    "write",
    "ask",
    "urge",
    "vow",
    "pledge",
    "affirm",
    "maintain",
    "contend",
    "acknowledge",
    "admit",
    "conclude",
    "observe",
    "recall",
    "caution",
    "reiterate",
    "continue",
    "describe",
    "highlight",
    "tweet",
    "posit",
    "suggest",
    "predict",
    "complain",
    "call",
    "determine",
    "find",
    "report",
    "quote",
    "joke",
    "quip",
}
_PRONOUNS = {"he", "she", "He", "She", "him", "her"}
_OPEN = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "„": "“"}


@dataclass
class Quote:
    text: str
    speaker: str | None
    partial: bool
    span: tuple[int, int]
    closed: bool = True
    attribution: str | None = None  # how the speaker was found
    speaker_kind: str | None = None  # person | organization | country
    speaker_candidate: str | None = None  # the attributed words when no named speaker was resolved

    def to_dict(self) -> dict[str, object]:
        return schema.QUOTES.to_dict(self)


def _boundary_before(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _boundary_after(text: str, i: int) -> bool:
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted passage's inner text, paragraph by paragraph."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for para in text.split("\n"):
        i, n = 0, len(para)
        while i < n:
            ch = para[i]
            single = ch in ("‘", "'")
            if ch in _OPEN and (not single or (_boundary_before(para, i) and i + 1 < n and para[i + 1].isalpha())):
                if ch == "'" and not _boundary_before(para, i):
                    i += 1
                    continue
                closers = {_OPEN[ch]} | ({'"', "”"} if ch in ('"', "“") else set())
                j = i + 1
                while j < n:
                    c = para[j]
                    if c in closers and (not single or _boundary_after(para, j)):
                        if ch in ("‘", "'") and j + 1 < n and para[j + 1].isalpha():
                            j += 1
                            continue
                        break
                    j += 1
                inner_start, inner_end = i + 1, min(j, n)
                closed = j < n
                if para[inner_start:inner_end].strip():
                    out.append((pos + inner_start, pos + inner_end, closed))
                i = j + 1
                continue
            i += 1
        pos += len(para) + 1
    return out


def _person_at(char: int, people: list[Person]) -> Person | None:
    for p in people:
        if any(s <= char < e for s, e in p.mentions):
            return p
    return None


_RELATIVE = {"which", "who", "that"}
_ORG_REPORT = {
    "investigation",
    "report",
    "study",
    "statement",
    "survey",
    "analysis",
    "editorial",
    "review",
    "communique",
    "communiqué",
    "release",
    "letter",
    "declaration",
    "note",
}


@dataclass
class Attribution:
    """Who a subject phrase names: a person or organisation, or only a candidate text."""

    speaker: str | None
    kind: str | None
    candidate: str | None
    how: str
    # the phrase is a person the text does not name ("a Burundian army spokesman", "Cuban
    # officials", "she" with no one before her): the attribution, though no name comes of it
    unnamed: bool = False


def _org_at(char: int, orgs: list[Organization]) -> Organization | None:
    for o in orgs:
        if any(s <= char < e for s, e in o.mentions):
            return o
    return None


@dataclass(frozen=True)
class Context:
    """Where quotes and captions lie in the article: names there are no antecedents."""

    quotes: tuple[tuple[int, int], ...] = ()
    captions: tuple[tuple[int, int], ...] = ()
    genders: Mapping[str, coref.Gender] = field(default_factory=dict)  # what the text says (coref.genders)


def resolve_subject(
    subj: Token,
    verb: Token,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context | None = None,
    depth: int = 0,
) -> Attribution:
    """The named person or organisation a speech verb's subject refers to.

    In order: a person named in the subject's own words (not inside a clause or a
    prepositional phrase, so "security interests between China and the US" names no
    one); a relative pronoun's antecedent; "he"/"she" to the person named last before
    it; a definite descriptive reference ("the top U.S. diplomat", "the lawmaker"; not "a
    senior official", who is someone new) to the person
    named last before it whose role type and country fit; "it"/"they" to the organisation
    that is the nearest subject before it; an organisation (also "an investigation by The
    Standard"). Anything else is no speaker, its words kept as the candidate.
    """
    phrase = _phrase_text(subj)
    own = [
        t for t in subj.subtree if not any(a.dep_ in ("relcl", "acl", "prep", "advcl") for a in coref.path_to(t, subj))
    ]
    for tok in [subj, *own]:
        p = _person_at(tok.idx, people)
        if p and coref.title_only(p):
            continue  # "the Interior Minister" taken for a name: a description, read below
        if p and subj.pos_ == "NOUN" and any(a.dep_ == "poss" for a in coref.path_to(tok, subj)):
            continue  # "Ortega's spokesman, Diego Funes, said": the possessor is not the one speaking
        if p:
            return Attribution(p.name, "person", None, f"subject of '{verb.text}'")
    p = coref.apposed_person(subj, people)
    if p is not None:  # "said Indonesia's ambassador in Port Moresby, Hendra Siregar"
        return Attribution(p.name, "person", None, f"named in apposition to the subject of '{verb.text}'")
    lower = subj.text.lower()
    if lower in _RELATIVE and verb.dep_ == "relcl":
        # the verb's head, else the words right before the pronoun: the model may hang "which
        # said" on another noun ("declared persona non grata by Togo's Ministry ..., which said")
        before = subj.i - 1
        while before > 0 and subj.doc[before].is_punct:
            before -= 1
        for antecedent in (verb.head, subj.doc[before]):
            p = _person_at(antecedent.idx, people)
            if p:
                return Attribution(p.name, "person", None, "relative pronoun resolved to its antecedent")
            o = _org_at(antecedent.idx, orgs)
            if o:
                return Attribution(o.name, "organization", None, "relative pronoun resolved to its antecedent")
        return Attribution(None, None, verb.head.text, "relative pronoun without a named antecedent")
    ctx = ctx or Context()
    if subj.lower_ in ("it", "they") and depth < 3:  # "the ministry said ... 'No shots were fired,' it said"
        att = _organisation_pronoun(subj, people, orgs, countries, ctx, depth)
        if att is not None:
            return att
        return Attribution(None, None, phrase, f"pronoun '{subj.text}' without an organisation named before it")
    if subj.text in _PRONOUNS:
        p = coref.pronoun_antecedent(
            subj.doc,
            subj.idx,
            people,
            ctx.quotes,
            ctx.captions,
            gender_of=ctx.genders,
            describe=lambda tok: _described(tok, people, countries, ctx),
        )
        if p:
            return Attribution(p.name, "person", None, f"pronoun '{subj.text}' resolved to the last person named")
        return Attribution(None, None, phrase, "pronoun without a person named before it", unnamed=True)
    head = subj.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
    common = subj.pos_ == "NOUN" or (subj.pos_ == "PROPN" and subj.is_lower)  # "the minister" read as PROPN
    # a capitalised title with its article and no name in it ("the Prime Minister", "The
    # Governor") is a description too
    common = common or (subj.pos_ == "PROPN" and _bare_title(subj, people))
    plural = subj.tag_ in ("NNS", "NNPS")  # "the two ministers said" are several people: no one of them
    if common and head in coref.DESCRIPTIVE and definite and not plural:  # "a senior official" is someone new
        p = _described(subj, people, countries, ctx)
        if p:
            return Attribution(p.name, "person", None, f"'{phrase}' resolved to {p.name} (role and country)")
    if definite and not plural:  # "the 61-year-old economist said"
        p = coref.age_antecedent(subj, people, ctx.quotes, ctx.genders)
        if p:
            return Attribution(p.name, "person", None, f"'{phrase}' resolved to {p.name} (the person named before)")
    # a possessor is not the speaker when the subject is a name of its own: "Lima's El Diario
    # Andino said" is the newspaper, not Lima
    owned = subj.pos_ == "PROPN" and _org_at(subj.idx, orgs) is None
    for tok in [subj, *own]:
        o = _org_at(tok.idx, orgs)
        if o and owned and any(a.dep_ == "poss" for a in coref.path_to(tok, subj)):
            continue
        if o:
            return Attribution(o.name, "organization", None, f"subject of '{verb.text}'")
    if head in _ORG_REPORT:
        # "a report by X", "an editorial in X", "a statement from X", "a communique of X"
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "of")):
            for tok in prep.subtree:
                o = _org_at(tok.idx, orgs)
                if o:
                    return Attribution(o.name, "organization", None, f"'{phrase}' is by {o.name}")
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                named = _named_after_kind(obj)  # "An editorial in the daily X"
                if named is not None:
                    return Attribution(named, "organization", None, f"'{phrase}' is by {named}")
    named = _named_after_kind(subj)
    if named is not None:  # "The Oslo newspaper Nordlys Tidende warned" (a name the model missed)
        return Attribution(named, "organization", None, f"the {head} named '{named}'")
    if head in _DOCUMENTS and definite and depth < 3:  # "In a statement, the ministry said ... the statement said"
        att = _author_of_document(subj, head, people, orgs, countries, ctx, depth)
        if att is not None:
            return att
    named = _proper_organisation(subj, countries, orgs)
    if named is not None:  # "ECOWAS said", "The Kano Ledger reported"
        return Attribution(named, "organization", None, f"the organisation '{named}'")
    after = [t for t in subj.doc[subj.i + 1 : subj.i + 3]]
    if after and after[0].lower_ == "the":
        after = after[1:]
    if head in coref.ORG_HEADS and after:
        o = _org_at(after[0].idx, orgs)
        if o is not None and any(lo in (after[0].idx, subj.doc[subj.i + 1].idx) for lo, _ in o.mentions):
            # "The Gaborone weekly The Kalahari Sentinel warned": the name after its kind noun
            return Attribution(o.name, "organization", None, f"the {head} named '{o.name}'")
    office = _office_of(subj, people, countries, ctx)
    if office is not None:  # "His office said": the office speaks for the person "his" is
        return Attribution(office.name, "person", None, f"'{phrase}' speaks for {office.name}")
    institution = coref.institution_phrase(subj, countries)
    if institution is not None:  # "The Chinese embassy in Male said", "Sudan's Foreign Ministry said"
        return Attribution(institution, "organization", None, f"the institution '{institution}'")
    if head in coref.ORG_HEADS and definite and common:
        o = coref.organisation_antecedent(subj.idx, head, orgs, ctx.quotes)
        if o is not None:  # "The company said" after "Sumida Kogyo Corporation"
            return Attribution(o.name, "organization", None, f"'{phrase}' resolved to {o.name}")
        if depth < 3:
            named = _subject_with_head(subj, head, people, orgs, countries, ctx, depth)
            if named is not None:  # "PUB, the national water agency, said ... the agency said"
                return Attribution(named, "organization", None, f"'{phrase}' resolved to {named} (subject before)")
    body = _demonym_government(subj, countries)
    if body is not None:  # "the Guinean government said": the body as the text names it
        return Attribution(body, "organization", None, f"the government '{phrase}'")
    country = _country_speaker(subj, countries)
    if country is not None:  # "Beijing said", "the government of Equatorial Guinea said"
        return Attribution(country, "country", None, f"the country '{phrase}'")
    return Attribution(
        None,
        None,
        phrase,
        f"subject of '{verb.text}' is not a named person or organisation",
        unnamed=_person_phrase(subj) or (_is_speech(verb) and subj.pos_ == "NOUN"),
    )


def _person_phrase(subj: Token) -> bool:
    """Whether a subject phrase is a person (or people) by its head noun ("a Burundian army
    spokesman", "Cuban officials", "the two ministers") or the pronoun "one". (The common-noun
    subject of a speech verb is someone speaking whatever its noun: "a fisheries inspector
    told reporters".)"""
    return (subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in coref.PERSON_NOUNS) or subj.lower_ == "one"


def _described(subj: Token, people: list[Person], countries: list[Mention], ctx: Context) -> Person | None:
    """The one person named before a definite descriptive phrase ("the Ugandan minister")
    whose role and country fit it (coref.descriptive_antecedent)."""
    in_phrase = coref.phrase_countries(subj, countries)
    junior = coref.is_junior(" ".join(t.text for t in subj.subtree if t.i <= subj.i))
    modifiers = frozenset(
        c.lower_ for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i and c.is_alpha
    )
    return coref.descriptive_antecedent(
        subj.idx, subj.lemma_.lower(), in_phrase, people, ctx.quotes, subj.doc, junior, modifiers
    )


def _office_of(subj: Token, people: list[Person], countries: list[Mention], ctx: Context) -> Person | None:
    """The person whose own office speaks: "his office"/"her office" with the pronoun
    resolved like a subject pronoun ("President X ... His office said" is X), "X's office";
    an office is
    the staff of one person, unlike a ministry, which is an organisation of its own."""
    if subj.lemma_.lower() != "office" or subj.tag_ != "NN":
        return None
    poss = [c for c in subj.children if c.dep_ == "poss"]
    if len(poss) != 1:
        return None
    if poss[0].lower_ not in ("his", "her"):  # "Ortega's office said"
        return _person_at(poss[0].idx, people)
    return coref.pronoun_antecedent(
        subj.doc,
        poss[0].idx,
        people,
        ctx.quotes,
        ctx.captions,
        gender_of=ctx.genders,
        describe=lambda tok: _described(tok, people, countries, ctx),
    )


_PARTICLE = re.compile(r"^(?:de|del|della|di|du|des|la|le|el|al|tis|tou|ton|van|von|der|da|do|dos|das|of|and|&)$")


_PRESS_KINDS = {"daily", "weekly", "newspaper", "paper", "monthly", "magazine", "tabloid", "broadsheet"}


def _named_after_kind(kind: Token) -> str | None:
    """The name written in apposition right after a kind noun of an organisation ("the
    newspaper X Y", "the Accra weekly The Volta Voice"): capitalised words, small name
    particles between them ("de", "tis"), up to six words; None when no such name follows."""
    if kind.pos_ == "PROPN":  # "the Kathmandu daily Himali Khabar": the kind word modifies the name
        kinds = [c for c in kind.children if c.i < kind.i and c.lower_ in _PRESS_KINDS]
        if not kinds:
            return None
        name = kind.doc[max(c.i for c in kinds) + 1 : kind.i + 1]
        if 0 < len(name) <= 6 and all(w.is_title or w.is_upper or _PARTICLE.match(w.lower_) for w in name):
            return organisations.tidy_org(name.text) if name[0].is_title or name[0].is_upper else None
        return None
    if kind.lemma_.lower() not in coref.ORG_HEADS or kind.pos_ != "NOUN":
        return None
    for app in (c for c in kind.children if c.dep_ in ("appos", "compound") and c.i > kind.i):
        words = list(app.subtree)
        if words[0].i != kind.i + 1 or len(words) > 6 or words[-1].i < app.i:
            continue
        if not (words[0].is_title or words[0].is_upper) or not (words[-1].is_title or words[-1].is_upper):
            continue
        if all(w.is_title or w.is_upper or _PARTICLE.match(w.lower_) for w in words) and not any(
            w.is_punct or w.ent_type_ in ("DATE", "TIME") for w in words
        ):
            return organisations.tidy_org(kind.doc[words[0].i : words[-1].i + 1].text)
    return None


def _subject_with_head(
    subj: Token,
    head: str,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
    depth: int,
) -> str | None:
    """The organisation a definite kind noun ("the agency", "the authority") refers to when
    the organisation step did not name it: the nearest earlier subject, in this sentence or
    the two before it and outside quotes, whose own words have that head noun, in its name
    ("The Walvis Bay Port Authority said") or in an apposition ("PUB, Singapore's water
    agency, said"); its organisation, else its capitalised name ending in the head noun."""
    doc = subj.doc
    first = subj.sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : subj.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or any(s <= tok.idx < e for s, e in ctx.quotes):
            continue
        own = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl", "advcl") for a in coref.path_to(t, tok))]
        if head not in {t.lemma_.lower() for t in own} or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        att = resolve_subject(tok, tok.head, people, orgs, countries, ctx, depth + 1)
        if att.speaker and att.kind == "organization":
            return att.speaker
        if tok.lemma_.lower() == head and tok.is_title:
            lo = tok.i
            while lo > tok.left_edge.i and doc[lo - 1].is_title and doc[lo - 1].dep_ in ("compound", "amod"):
                lo -= 1
            if lo < tok.i:
                return doc[lo : tok.i + 1].text
        return None
    return None


def _bare_title(subj: Token, people: list[Person]) -> bool:
    """A capitalised title written as a description ("the Prime Minister", "The Governor"):
    its head a descriptive noun, an article before it and every word of the phrase capitalised
    and no name of a person (other than a title taken for one)."""
    if subj.lemma_.lower() not in coref.DESCRIPTIVE:
        return False
    words = [t for t in subj.subtree if t.i <= subj.i]
    if not words or words[0].lower_ != "the":
        return False
    for t in words[1:]:
        p = _person_at(t.idx, people)
        if not t.is_title or (p is not None and not coref.title_only(p)):
            return False
    return True


_GOVERNMENT = {"government", "administration", "cabinet"}


def _demonym_government(subj: Token, countries: list[Mention]) -> str | None:
    """A government named by a demonym alone before it ("the Ghanaian government", "The
    Peruvian cabinet"): that name as written, without the article ("Ghanaian government")."""
    if subj.lemma_.lower() not in _GOVERNMENT or subj.tag_ in ("NNS", "NNPS"):
        return None
    words = [t for t in subj.subtree if not (t.is_punct or t.dep_ == "det") and t.i != subj.i]
    if len(words) != 1 or words[0].i != subj.i - 1:
        return None
    w = words[0]
    # a demonym, also one the registry lists as another form of the name ("Togolese"): any
    # country word before the noun that is not the country's own name ("Kenya government")
    if not any(
        m.start <= w.idx < m.end
        and (m.kind == "demonym" or (m.kind == "name" and w.text != countries_mod.name(m.iso3)))
        for m in countries
    ):
        return None
    return f"{w.text} {subj.text}"


def _country_speaker(subj: Token, countries: list[Mention]) -> str | None:
    """The country a subject names as a speaker: a country's name or capital standing alone
    ("China", "Beijing", "the United States"), or its government ("the government of
    Equatorial Guinea", "Kenya's government", "the Ghanaian government"); its short name
    ("China", "DR Congo"). Not a country inside a longer phrase ("China's ambassador")."""
    covered = [m for m in countries if m.start <= subj.idx < m.end and m.kind in ("name", "capital", "code")]
    government = subj.lemma_.lower() in _GOVERNMENT and subj.tag_ not in ("NNS", "NNPS")
    if not covered and not government:
        return None  # the cheap test first: no country at the head and no government noun
    clauses = ("relcl", "acl", "advcl")  # "The United States, which gives aid to both, said"
    words = [
        t
        for t in subj.subtree
        if not (t.is_punct or t.dep_ == "det" or any(a.dep_ in clauses for a in coref.path_to(t, subj)))
    ]
    if covered and all(covered[0].start <= t.idx < covered[0].end for t in words):
        return countries_mod.name(covered[0].iso3)
    if not government:
        return None
    own = [t for t in words if t.i != subj.i]
    isos = {m.iso3 for t in own for m in countries if m.start <= t.idx < m.end}
    if len(isos) != 1 or len(own) > 4:
        return None
    return countries_mod.name(isos.pop())


def _phrase_text(subj: Token) -> str:
    """The words of a subject phrase as written, without its relative or adverbial clauses
    ("the Ghanaian envoy, who is expected to fly home on Wednesday," -> "the Ghanaian envoy")
    or the punctuation around them: the candidate text kept for a speaker left unresolved."""
    keep = [t for t in subj.subtree if not any(a.dep_ in ("relcl", "advcl") for a in coref.path_to(t, subj))]
    while keep and keep[-1].is_punct:
        keep.pop()
    while keep and keep[0].is_punct:
        keep.pop(0)
    out = ""
    for a, b in zip(keep, [*keep[1:], None], strict=True):
        out += a.text + (a.whitespace_ if b is not None and b.i == a.i + 1 else (" " if b is not None else ""))
    return re.sub(r"\s+,", ",", re.sub(r",(\s*,)+", ",", out)).strip(" ,")


_SENTENCES_BACK = 2
_DOCUMENTS = {"statement", "communique", "communiqué", "release", "letter", "declaration", "note", "report"}


def _author_of_document(
    subj: Token,
    head: str,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
    depth: int,
) -> Attribution | None:
    """Who wrote "the statement" that speaks: the named subject of the verb of the nearest
    earlier mention of a statement in this sentence or the two before it, outside quotes
    ("In a statement, the ministry of finance said ... '...,' the statement said"; "Oman
    issued a statement")."""
    doc = subj.doc
    first = subj.sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : subj.i]):
        if tok.lemma_.lower() != head or tok.pos_ != "NOUN" or any(s <= tok.idx < e for s, e in ctx.quotes):
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        for other in subjects:
            att = resolve_subject(other, verb, people, orgs, countries, ctx, depth + 1)
            if att.speaker:
                return Attribution(att.speaker, att.kind, None, f"'{subj.text}' of {att.speaker}")
        return None
    return None


def _issuers(document: Token) -> list[Token]:
    """The subjects of the verb a document noun is the object of ("the ministry summoned the
    ambassador and handed him a note": the ministry, through the first conjunct's subject)."""
    if document.dep_ not in ("dobj", "pobj", "conj"):
        return []
    verb = document.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _organisation_pronoun(
    subj: Token,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
    depth: int,
) -> Attribution | None:
    """The organisation "it"/"they" refers to: walking back over the subjects of this
    sentence and the two before it (outside quotes), the nearest one that names an
    organisation ("the ministry said in a statement. 'No shots were fired,' it said");
    None when a person or an unnamed person comes first."""
    doc = subj.doc
    sent = subj.sent
    first = sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : subj.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or any(s <= tok.idx < e for s, e in ctx.quotes):
            continue
        # "it" is never a person: people named or described between it and the organisation
        # ("... the officers would check every truck. '...,' it said") are passed over
        singular = subj.lower_ == "it"
        if tok.lower_ in ("he", "she"):
            if singular:
                continue
            return None
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.lower_ in _RELATIVE:
            continue
        if tok.pos_ == "PRON" and tok.lower_ not in ("it", "they"):
            continue
        att = resolve_subject(tok, tok.head, people, orgs, countries, ctx, depth + 1)
        if att.kind in ("organization", "country"):  # "Beijing said ... '...,' it said"
            return Attribution(att.speaker, att.kind, None, f"pronoun '{subj.text}' resolved to {att.speaker}")
        head = tok.lemma_.lower()
        if att.kind == "person" and singular and (head in coref.ORG_HEADS or head in _DOCUMENTS):
            # "Vann's office issued a statement welcoming what it called '...'": the office
            # (or statement) that speaks for a person
            return Attribution(att.speaker, att.kind, None, f"pronoun '{subj.text}' resolved to {att.speaker}")
        if singular and (att.kind == "person" or head in coref.PERSON_NOUNS):
            continue
        if att.kind == "person" or head in coref.PERSON_NOUNS:
            return None
    return None


_SOURCE_CUE = re.compile(r"\baccording to\b|\b(?:said|says|told|tells|added|adds|noted|notes|explained|wrote)\b")


def _source_in_paragraph(text: str, para_start: int, start: int, people: list[Person], ctx: Context) -> Person | None:
    """The person named as a source earlier in the quote's paragraph ("The additional challenge,
    according to Morris, is a lack of transparency. "It's really hard ...""), outside quotes."""
    before = text[para_start:start]
    if not _SOURCE_CUE.search(before):
        return None
    hit = coref.last_person_before(start, people, [*ctx.quotes, *ctx.captions])
    return hit[1] if hit is not None and hit[0] >= para_start else None


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """[start, end) of the last non-empty paragraph before the one starting at ``para_start``."""
    end = para_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _initials_of(name: str) -> set[str]:
    """The acronyms a name may go by: initials of its capitalised words, with and without
    the small words ("Economic Community of West African States": ECWAS, ECOWAS)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in ("The", "the")]
    return {"".join(w[0] for w in words if w[:1].isupper()), "".join(w[0].upper() for w in words)}


def _proper_organisation(subj: Token, countries: list[Mention], orgs: Sequence[Organization] = ()) -> str | None:
    """A proper-noun subject that names an organisation the model did not tag: an acronym
    (its long form when the text spells it out: "Economic Community of West African States
    (ECOWAS)") or a name ending in an organisation word ("Kano Ledger", "Delta Power Company")."""
    acronym = subj.text.isupper() and subj.is_alpha and len(subj.text) >= 3  # "SADC" may be read as a NOUN
    if (subj.pos_ != "PROPN" and not acronym) or any(m.start <= subj.idx < m.end for m in countries):
        return None
    doc = subj.doc
    start = subj.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = doc[start : subj.i + 1]
    if len(name) == 1 and subj.text.isupper() and subj.is_alpha and len(subj.text) >= 3:
        spelled = organisations.acronyms(text_of(doc)).get(subj.text)
        if spelled is None:  # "ECOWAS said" after "the Economic Community of West African States"
            spelled = next(
                (o.name for o in orgs if len(o.name.split()) > 1 and subj.text in _initials_of(o.name)), None
            )
        return organisations.tidy_org(spelled or subj.text)
    if len(name) >= 2 and all(t.is_title for t in name) and subj.lower_ in NOT_NAME_WORDS:
        return name.text
    return None


def _controller(verb: Token) -> Token:
    """The verb whose subject is the unexpressed subject of ``verb``: its head; for a
    participle set off by a comma (a free adjunct: "Morocco demanded that Algeria release
    the men, calling their arrest '...'") the main verb above the complement clauses the
    model may hang it on ("release"), since a sentence-final free adjunct is controlled by
    the subject of the main clause."""
    head = verb.head
    free = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    while free and head.dep_ in ("ccomp", "xcomp") and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _speaker_from_verb(
    verb: Token,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context | None = None,
) -> Attribution | None:
    quoted = (ctx or Context()).quotes

    def outside(tok: Token) -> bool:  # "... if you will ...," said X: "you" is inside the quote
        return not any(s <= tok.idx < e for s, e in quoted)

    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
    if verb.lemma_.lower() != "quote" and _is_speech(verb) and any(c.dep_ == "nsubjpass" for c in verb.children):
        # the subject of a passive speech verb is the one spoken to or of ("the embassy had
        # been told to prepare", "X is said to have left"); the speaker is its agent ("was
        # told by the ministry"), else nobody this verb names
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if not agents or not outside(agents[0]):
            return None
        return resolve_subject(agents[0], verb, people, orgs, countries, ctx)
    if verb.lemma_.lower() == "quote":  # "the agency quoted him as saying": the object speaks
        subjects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and outside(c)]
    elif not subjects and verb.dep_ in ("conj", "advcl", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.head.lemma_.lower() == "quote":  # "... quoted him as saying"
            subjects = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") and outside(c)]
        else:
            subjects = [c for c in _controller(verb).children if c.dep_ == "nsubj" and outside(c)]
    if not subjects and verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # a finite verb the model hangs on a noun as a clause with no subject of its own is that
        # noun's predicate: "X, an independent group based in Rabat, called on ..." ("called" an
        # acl of "group"): the noun, or the name that noun is in apposition to
        noun = verb.head
        while noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and outside(noun) and noun.i < verb.i:
            subjects = [noun]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _DOCUMENTS:
        # "handed him a note calling the veto '...'": the document speaks, for whoever issued it
        att = resolve_subject(verb.head, verb, people, orgs, countries, ctx)
        if att.speaker:
            return att
        subjects = [t for t in _issuers(verb.head) if outside(t)]
    if not subjects:
        if verb.i > 0 and outside(verb.doc[verb.i - 1]):  # "Oh said", "Oh" read as an interjection
            p = _person_at(verb.doc[verb.i - 1].idx, people)
            if p:
                return Attribution(p.name, "person", None, f"named right before '{verb.text}'")
        # "..., said U.S. Africa Command's Waldhauser": a person named right after the verb
        for tok in verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
            if not outside(tok):
                break
            p = _person_at(tok.idx, people)
            if p:
                return Attribution(p.name, "person", None, f"named right after '{verb.text}'")
        return None
    # "The newspaper La Tribuna Portena said": the model may give the verb two subjects
    found = [resolve_subject(subj, verb, people, orgs, countries, ctx) for subj in subjects]
    return next((a for a in found if a.speaker), found[0])


# nouns for something said: their possessor said the quoted words under them
_SPEECH_NOUNS = {
    "claim",
    "assertion",
    "promise",
    "pledge",
    "vow",
    "warning",
    "remark",
    "words",
    "description",
    "statement",
    "call",
    "insistence",
    "argument",
    "accusation",
    "charge",
    "threat",
    "appeal",
    "boast",
    "demand",
    "complaint",
    "characterization",
    "characterisation",
}


def _speech_noun_owner(
    noun: Token, people: list[Person], orgs: list[Organization], countries: list[Mention], ctx: Context
) -> Attribution | None:
    """The named possessor of a noun for something said, above a quoted fragment: "Chamisa
    mocked Mnangagwa's claim that Zimbabwe is 'open for business'" (Mnangagwa, not Chamisa),
    "his pledge to 'clean the port'" (the person "his" refers to)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SPEECH_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if not owners and before is not None and before.dep_ == "case" and before.head.i < noun.i:
        owners = [before.head]  # "Mnangagwa's claim" parsed with Mnangagwa as an object of the verb
    for poss in owners:
        if poss.lower_ in ("his", "her"):
            p = coref.pronoun_antecedent(poss.doc, poss.idx, people, ctx.quotes, ctx.captions, gender_of=ctx.genders)
            if p is not None:
                return Attribution(p.name, "person", None, f"'{poss.text} {noun.text}' resolved to {p.name}")
            return None
        att = resolve_subject(poss, noun, people, orgs, countries, ctx)
        if att.speaker:
            return Attribution(att.speaker, att.kind, None, f"the {noun.text} of {att.speaker}")
    return None


def _owner_above(
    doc: Doc,
    start: int,
    end: int,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
) -> Attribution | None:
    """The possessor of a noun for something said that a quoted fragment hangs under (up to
    five heads up, not past a speech verb)."""
    inside = coref.span_at(doc, start, end)
    head = inside.root if inside is not None else None
    for _ in range(5):
        if head is None or head.head.i == head.i:
            return None
        head = head.head
        if _is_speech(head):
            return None
        owner = _speech_noun_owner(head, people, orgs, countries, ctx)
        if owner is not None:
            return owner
    return None


def _governing_clause(
    doc: Doc,
    start: int,
    end: int,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
) -> Attribution | None:
    """The attribution of a quoted fragment from the clause it is part of, read up the parse
    from the fragment: the nearest speech verb above it ("Saldivar said he had asked X and
    that Buenos Aires had 'responded positively'": a conjunct's head is its sibling, not its
    governor, so "asked" is passed over), else the nearest verb above it whose subject names
    a person or an organisation ("The daily X accused Singapore of 'hiding ...', while Y said
    ...": X, not the subject of the nearer "said" that does not govern the fragment). None
    when the fragment hangs under neither."""
    inside = coref.span_at(doc, start, end)
    if inside is None or not len(inside):
        return None
    node = inside.root
    path: list[Token] = []
    for _ in range(8):
        if node.head.i == node.i:
            break
        via_conj = node.dep_ == "conj"
        node = node.head
        if not (start <= node.idx < end) and not via_conj:
            path.append(node)
            if node.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in node.children):
                break  # "a change that Cuban officials welcomed as '...'": the relative clause's own subject
    for verb in path:
        if _is_speech(verb):
            if _unrealised(verb) and any(_is_speech(v) for v in path if v.i != verb.i):
                continue  # "He said Serbia would respond 'in kind'": a speech act not made is no attribution
            att = _speaker_from_verb(verb, people, orgs, countries, ctx)
            if att is not None and att.speaker:  # not "the new zone will add to the debt"
                return att
            if att is not None and att.unnamed:  # "a Burundian army spokesman said that ... '...'"
                return Attribution(None, None, att.candidate, f"{att.how} (an unnamed person)", unnamed=True)
    for verb in path:
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        att = _speaker_from_verb(verb, people, orgs, countries, ctx)
        if att is not None and att.speaker and att.kind in ("person", "organization"):
            return Attribution(att.speaker, att.kind, None, f"subject of '{verb.text}'")
        if att is not None and att.unnamed:  # "a change that Cuban officials welcomed as '...'"
            return Attribution(None, None, att.candidate, f"{att.how} (an unnamed person)", unnamed=True)
        return None
    return None


def _unrealised(verb: Token) -> bool:
    """Whether a verb says a speech act that was not made: with a modal ("would respond",
    "may say") or a negation ("did not say")."""
    return any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in verb.children)


def _alone_in_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the quote [start, end) is all its paragraph holds (beside its marks)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return not text[para_start : start - 1].strip() and not text[end + 1 : para_end].strip(" \t.,”\"'’")


def _paragraph_subject(
    doc: Doc,
    text: str,
    para_start: int,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
) -> Attribution | None:
    """The speaker of a quote paragraph with no attribution of its own: the named subject of
    the main clause of the last sentence of the paragraph before ("Ncube voiced optimism
    that ..., citing talks with Georgieva." over the quote: Ncube, not Georgieva named last);
    a person, or an organisation when that clause's verb is a speech verb."""
    prev = _previous_paragraph(text, para_start)
    if prev is None:
        return None
    span = coref.span_at(doc, prev[0], prev[1])
    if span is None or not len(span):
        return None
    sent = span[-1].sent
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or any(s <= root.idx < e for s, e in ctx.quotes):
        return None
    att = _speaker_from_verb(root, people, orgs, countries, ctx)
    if att is None or not att.speaker or (att.kind != "person" and not _is_speech(root)):
        return None
    return Attribution(att.speaker, att.kind, None, _PARAGRAPH_SUBJECT)


_PARAGRAPH_SUBJECT = "the subject of the paragraph before"


def _according_to(
    sentence: Span, people: list[Person], orgs: list[Organization], countries: list[Mention], ctx: Context
) -> Attribution | None:
    """The source of "according to X" in ``sentence``, X read from the parse like a subject
    (so "according to Togo's security minister, Yao Kpatcha" is Yao Kpatcha, "according to
    the ministry" the organisation); None when the sentence has no "according to X"."""
    for tok in sentence:
        if tok.lower_ != "according" or any(s <= tok.idx < e for s, e in ctx.quotes):
            continue
        for to in (c for c in tok.children if c.lower_ == "to"):
            for obj in (c for c in to.children if c.dep_ == "pobj"):
                att = resolve_subject(obj, tok, people, orgs, countries, ctx)
                how = "according to" if att.speaker else "according to (not a named person or organisation)"
                return Attribution(att.speaker, att.kind, att.candidate, how)
    return None


def _clause_speaker(
    tokens: list[Token], people: list[Person], orgs: list[Organization], countries: list[Mention], ctx: Context
) -> Attribution | None:
    """Who speaks in a clause that introduces a quote: the subject of its speech verb, else of
    its main verb ("Zulkifli was blunt:")."""
    inside = {t.i for t in tokens}
    outside = [t for t in tokens if not any(s <= t.idx < e for s, e in ctx.quotes)]
    speech = [t for t in outside if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX")]
    main = [t for t in outside if t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or t.head.i not in inside)]
    for verb in [*reversed(speech), *main]:
        att = _speaker_from_verb(verb, people, orgs, countries, ctx)
        if att is not None and att.speaker:
            return att
    return None


def _introduced_by_colon(
    doc: Doc,
    sentence: Span,
    start: int,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
) -> Attribution | None:
    """The speaker of a quote introduced by a clause ending in a colon: in its own sentence
    ("Zulkifli was blunt: '...'") or as the paragraph before ("X said on Tuesday:" over a
    paragraph that is the quote)."""
    text = text_of(doc)
    before = text[sentence.start_char : start - 1]
    if before.strip().endswith(":"):
        att = _clause_speaker([t for t in sentence if t.idx < start - 1], people, orgs, countries, ctx)
        return None if att is None else Attribution(att.speaker, att.kind, None, f"{att.how}, before a colon")
    para_start = text.rfind("\n", 0, start) + 1
    if before.strip() or text[para_start : start - 1].strip():
        return None
    prev = _previous_paragraph(text, para_start)
    if prev is None or not text[prev[0] : prev[1]].rstrip().endswith(":"):
        return None
    last = coref.span_at(doc, prev[0], prev[1])
    if last is None:
        return None
    intro = last[-1].sent
    att = _clause_speaker(list(intro), people, orgs, countries, ctx)
    return None if att is None else Attribution(att.speaker, att.kind, None, f"{att.how}, the paragraph before")


def _is_speech(t: Token) -> bool:
    """A speech verb, also "put it" ("That was how Zulkifli put it")."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = t.lemma_.lower()
    return lemma in SPEECH_LEMMAS or (
        lemma == "put" and any(c.dep_ == "dobj" and c.lower_ in ("it", "things") for c in t.children)
    )


_BACK_WORDS = {"that", "this", "so", "those", "these", "such", "thus"}


def _attributed_after(
    doc: Doc,
    sentence: Span,
    end: int,
    closed: bool,
    people: list[Person],
    orgs: list[Organization],
    countries: list[Mention],
    ctx: Context,
) -> Attribution | None:
    """The speaker named in the sentence after a quote that points back at it: '"..." That
    was how Zulkifli put it.', '"..." So said the minister.'"""
    if not closed:
        return None
    text = text_of(doc)
    at = end + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    first = next((t for t in doc[sentence.start :] if t.idx >= at), None)
    if first is None or first.idx != at or first.lower_ not in _BACK_WORDS or not first.is_sent_start:
        return None
    for verb in (t for t in first.sent if _is_speech(t)):
        att = _speaker_from_verb(verb, people, orgs, countries, ctx)
        if att is not None and att.speaker:
            return Attribution(att.speaker, att.kind, None, f"{att.how}, the sentence after")
    return None


def find_quotes(
    doc: Doc, people: list[Person], orgs: list[Organization], countries: list[Mention] | None = None
) -> list[Quote]:
    """Quotes in ``doc`` with speakers resolved to full names where possible."""
    text = text_of(doc)
    coref.link_surnames(doc, people)
    # people the structure shows whom the people step missed ("a spokesman ..., Ayoub Agila,")
    people = [*people, *coref.unlisted_people(doc, people, orgs, countries or [])]
    quotes: list[Quote] = []
    spans = quote_spans(text)
    quoted = tuple((s, e) for s, e, _ in spans)
    ctx = Context(quoted, tuple(coref.caption_spans(text)), coref.genders(doc, people, quoted))
    for start, end, closed in spans:
        inner = text[start:end].strip()
        if len(inner.split()) < 2:
            continue
        lead = start - 1
        region = coref.span_at(doc, lead, min(end + 1, len(text)))
        sentence = None
        if region is not None:
            first, last = region[0].sent, region[-1].sent
            tail = last
            # "...," Ruto said. -- the attribution may follow in the sentence after the quote ends
            if (
                last.end < len(doc)
                and text[end : end + 2].strip(" ”\"'’") in (",", "")
                and doc[last.end - 1].idx < end + 1
            ):
                tail = doc[last.end].sent
            sentence = doc[first.start : tail.end]
        partial = False
        if sentence is not None:
            before = text[sentence.start_char : lead].strip()
            ends_sentence = inner.rstrip()[-1:] in ",.?!…" or not closed
            partial = (
                bool(before)
                and not before.endswith(":")
                and not re.search(r"\b(said|says|added|told \w+|noted|stated|warned|asked)\s*,?$", before)
            )
            if not ends_sentence and len(inner.split()) < 8:
                partial = True
        speaker, how = None, None
        kind: str | None = None
        candidate: str | None = None
        if sentence is not None:
            verbs = [t for t in sentence if _is_speech(t) and not (start <= t.idx < end)]
            according = _according_to(sentence, people, orgs, countries or [], ctx) if not verbs else None
            if according is not None:  # "According to Togo's security minister, Yao Kpatcha, '...'"
                speaker, kind, candidate, how = according.speaker, according.kind, according.candidate, according.how
            elif not verbs:
                acc = re.search(r"according to ([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)", sentence.text)
                if acc:
                    who = acc.group(1)
                    p = next((p for p in people if who in p.name or p.surname == who.split()[-1]), None)
                    o = _org_at(sentence.start_char + acc.start(1), orgs)
                    if p:
                        speaker, kind, how = p.name, "person", "according to"
                    elif o:
                        speaker, kind, how = o.name, "organization", "according to"
                    else:
                        candidate, how = who, "according to (not a named person or organisation)"
            # the quote's own sentences first, nearest verb first; the sentence after the quote
            # only when they have no speech verb with a subject ('Japan said it was "concerned."
            # A frigate ..., navy officials said.' is Japan's)
            own_end = region[-1].sent.end if region is not None else sentence.end
            verbs.sort(key=lambda t: (t.i >= own_end, min(abs(t.idx - end), abs(t.idx - start))))
            unnamed = False  # the attribution is a person the text does not name
            owner = _owner_above(doc, start, end, people, orgs, countries or [], ctx) if partial else None
            if owner is not None:  # "mocked Mnangagwa's claim that Zimbabwe is 'open for business'"
                speaker, kind, candidate, how = owner.speaker, owner.kind, None, owner.how
                verbs = []
            governing = _governing_clause(doc, start, end, people, orgs, countries or [], ctx) if partial else None
            if governing is not None and owner is None:  # the clause the fragment is part of
                speaker, kind, candidate, how = governing.speaker, governing.kind, governing.candidate, governing.how
                verbs = [] if governing.speaker or governing.candidate else verbs
                unnamed = governing.unnamed
            for verb in verbs:
                if verb.i >= own_end and candidate is not None:
                    break  # the own sentence's speech verb names its subject, unresolved
                att = _speaker_from_verb(verb, people, orgs, countries or [], ctx)
                if att is None:
                    continue
                if att.speaker:
                    speaker, kind, candidate, how = att.speaker, att.kind, None, att.how
                    break
                if candidate is None:
                    candidate, how = att.candidate, att.how
                if att.unnamed and verb.i < own_end:
                    unnamed = True
                    break  # '"...," a ministry official said': the nearest speech verb's speaker, unnamed
            if speaker is None and partial and not unnamed:
                # "Tillerson ... accuse China of 'encouraging dependency'": the words of the
                # subject of the verb the quoted fragment belongs to
                inside = coref.span_at(doc, start, end)
                head = inside.root if inside is not None else None
                for _ in range(4):
                    if head is None or head.head.i == head.i:
                        break
                    head = head.head
                    if head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in head.children):
                        att = _speaker_from_verb(head, people, orgs, countries or [], ctx)
                        # also an organisation: "Chile's Ministry of Mines rejected the report as 'a fiction'"
                        if att is not None and att.speaker and att.kind in ("person", "organization"):
                            speaker, kind, candidate, how = att.speaker, att.kind, None, f"subject of '{head.text}'"
                        break
            if speaker is None and candidate is None:
                att = _introduced_by_colon(doc, sentence, start, people, orgs, countries or [], ctx)
                att = att or _attributed_after(doc, sentence, end, closed, people, orgs, countries or [], ctx)
                if att is not None and att.speaker:
                    speaker, kind, how = att.speaker, att.kind, att.how
        if speaker is None and candidate is None and not quotes:  # the first quote, no attribution of its own
            para_start = text.rfind("\n", 0, start) + 1
            source = _source_in_paragraph(text, para_start, start, people, ctx)
            if source is not None:
                speaker, kind, how = source.name, "person", "the source named earlier in the paragraph"
            elif _alone_in_paragraph(text, start, end) and len(inner.split()) >= 6:
                att = _paragraph_subject(doc, text, para_start, people, orgs, countries or [], ctx)
                if att is not None:  # "Meservey voiced optimism that ..." over a quote paragraph
                    speaker, kind, how = att.speaker, att.kind, att.how
        if speaker is None and candidate is None and quotes:  # no attribution of its own
            prev = quotes[-1]
            para_start = text.rfind("\n", 0, start) + 1
            para_end = text.find("\n", end)
            para_end = len(text) if para_end < 0 else para_end
            # a paragraph that is only a quote: six words or more, or a whole sentence ('"Clean water
            # is not."'; a two-word heading has no full stop)
            sentence_like = closed and len(inner.split()) >= 3 and inner.rstrip()[-1:] in ".?!"
            whole_para = text[para_start : start - 1].strip() == "" and (len(inner.split()) >= 6 or sentence_like)
            same_para = prev.span[1] >= para_start
            source = _source_in_paragraph(text, para_start, start, people, ctx)
            prev_para = _previous_paragraph(text, para_start)
            if same_para and prev.speaker:
                speaker, kind, how = prev.speaker, prev.speaker_kind, "continues the previous quote in the paragraph"
            elif same_para and prev.speaker_candidate is not None:
                # '"It will be discussed," one said. "Whether ..."': the unnamed speaker goes on
                candidate, how = prev.speaker_candidate, "continues the previous quote in the paragraph (unnamed)"
            elif source is not None:
                speaker, kind, how = source.name, "person", "the source named earlier in the paragraph"
            elif whole_para and prev_para is not None:
                named = coref.last_person_before(start, people, [*ctx.quotes, *ctx.captions])
                subject = None
                if _alone_in_paragraph(text, start, end):
                    subject = _paragraph_subject(doc, text, para_start, people, orgs, countries or [], ctx)
                if subject is not None:
                    speaker, kind, how = subject.speaker, subject.kind, subject.how
                elif named is not None and named[0] >= prev_para[0] and named[0] > prev.span[1]:
                    speaker, kind, how = named[1].name, "person", "the person named in the paragraph before"
                elif prev.speaker and prev_para[0] <= prev.span[0] < prev_para[1]:
                    speaker, kind, how = prev.speaker, prev.speaker_kind, "continues the quote of the paragraph before"
        if speaker is not None:
            candidate = None
        quotes.append(Quote(inner, speaker, partial, (start, end), closed, how, kind, candidate))
    _repeated_quotes(quotes)
    return quotes


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


_WEAK = (
    "continues the quote of the paragraph before",
    "the person named in the paragraph before",
    "the subject of the paragraph before",
)


def _repeated_quotes(quotes: list[Quote]) -> None:
    """A quote without any attribution that repeats words another quote gives a speaker
    (a heading "‘First claim’" over "... gives the lender “first claim on the railway's
    revenues”", a pull quote): that speaker. Also when the quote was only taken to continue
    the quote of the paragraph before: the repeated words are the stronger evidence."""
    for q in quotes:
        weak = q.attribution in _WEAK
        if (q.speaker is not None and not weak) or q.speaker_candidate is not None:
            continue
        words = _words(q.text)
        if len(words.split()) < 2:
            continue
        source = next(
            (
                o
                for o in quotes
                if o is not q
                and o.speaker is not None
                and o.attribution not in _WEAK
                and f" {words} " in f" {_words(o.text)} "
            ),
            None,
        )
        if source is not None:
            q.speaker, q.speaker_kind = source.speaker, source.speaker_kind
            q.attribution = f"repeats a quote of {source.speaker}"
