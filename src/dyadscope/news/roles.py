"""The phrases that describe a named person, and the country they give.

A person's *role phrases* come from the dependency parse around the name:

* pre-modifiers of the name ("Chinese Foreign Ministry spokesman Lu Kang", "Pakistan's
  Prime Minister Nawaz Sharif", "U.S. Africa Command's Gen. Thomas Waldhauser");
* an apposition after it ("Rosemary Segero, a Kenyan businesswoman"), relative clauses
  left out ("..., who focuses on China-Africa ties");
* a phrase the name stands in apposition to ("China's ambassador to Uganda, Zheng
  Zhuqiang");
* an ``of``/``from``/``at``/``with`` phrase right after the name ("Gen. X of the Gambia
  Armed Forces", "Gen. Y from Mali");
* the complement of "is" ("Scott Morris is a senior fellow at ...").

The country of a role phrase is its first country word that says whom the person acts
for: a possessive, a demonym or a country name modifying an office ("Chinese embassy",
"China's ambassador", "U.S. Treasury Secretary"), or the country of an ``of``/``from``
phrase. Not evidence: the country someone is sent *to* or works *on* (``to``/``for``/
``on``/``about``/``in`` ... phrases: "ambassador to Uganda", "representative for
Afghanistan"), the subject of a field of study or a pair ("China Studies", "China-Africa
analyst"), and capitals except in "X-based" ("a Harare-based analyst").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyadscope.news.gazetteer import Mention

# prepositions whose object is a destination, topic or place, not the person's own country
_NOT_OWN = {
    "to",
    "for",
    "on",
    "about",
    "toward",
    "towards",
    "against",
    "over",
    "into",
    "across",
    "in",
    "throughout",
    "around",
    "near",
    "between",
    "among",
    "versus",
}
_DESTINATION = {"to", "toward", "towards", "against", "between", "versus", "in", "into"}
# nouns a country word can modify as a topic: "China Studies", "Africa analyst", "Kenya expert"
_TOPIC_HEADS = {
    "studies",
    "study",
    "affairs",
    "relations",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "specialist",
    "scholar",
    "watcher",
    "researcher",
    "research",
    "initiative",
    "program",
    "programme",
    "project",
    "desk",
    "hand",
    "correspondent",
    "reporter",
    "trade",
    "debt",
    "investment",
    "issues",
    "policy",
    "ties",
}
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "det"}
_MAX_TOKENS = 25


def _clip(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return None
    return doc[start : min(end, start + _MAX_TOKENS)]


def _subtree_without_clauses(tok: Token) -> tuple[int, int]:
    """Token range of ``tok``'s subtree up to (not including) a relative or adverbial clause."""
    end = tok.i + 1
    for t in tok.subtree:
        if t.i < tok.i:
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl") and a.i != tok.i for a in _up_to(t, tok)):
            break
        end = t.i + 1
    return tok.left_edge.i, end


def _up_to(tok: Token, top: Token) -> list[Token]:
    out: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def role_phrases(name: Span, appositions_only: bool = False) -> list[Span]:
    """The phrases describing the person ``name`` names, nearest evidence first
    (``appositions_only``: only appositions, for organisations)."""
    doc = name.doc
    root = name.root
    out: list[Span] = []
    # modifiers of the name's words ("Philippine Defense Secretary" may hang on "Ramon", not on "Castillo")
    left = [c for t in name for c in t.lefts if c.i < name.start and c.dep_ in _MODIFIER_DEPS]
    if left and not appositions_only:
        lo = min(c.left_edge.i for c in left)
        pre = _clip(doc, lo, name.start)
        if pre is not None:
            out.append(pre)
    if root.dep_ == "appos" and root.head.i < name.start:
        head = root.head
        while head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.i < head.i:
            head = head.head.head  # "China's ambassador to Uganda, Zheng Zhuqiang": the whole phrase
        phrase = _clip(doc, head.left_edge.i, name.start)
        if phrase is not None and head.tag_ not in ("NNS", "NNPS"):  # one person's office, not "interests"
            out.append(phrase)
    for child in root.rights:
        if child.i < name.end:
            continue
        if child.tag_ in ("WP", "WDT", "WP$"):
            break  # "X, whom the Canadian statement accused": a relative clause the model read as appositions
        if child.dep_ == "appos" or (
            not appositions_only and child.dep_ == "prep" and child.lower_ in ("of", "from", "at", "with")
        ):
            lo, hi = _subtree_without_clauses(child)
            phrase = _clip(doc, lo, hi)
            if phrase is not None:
                out.append(phrase)
    if not appositions_only and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        for child in root.head.rights:
            if child.dep_ in ("attr", "acomp"):
                lo, hi = _subtree_without_clauses(child)
                phrase = _clip(doc, lo, hi)
                if phrase is not None:
                    out.append(phrase)
                break
    return out


def _tokens(doc: Doc, m: Mention) -> Span | None:
    return doc.char_span(m.start, m.end, alignment_mode="expand")


def own_country(doc: Doc, m: Mention, name: Span | None = None) -> bool:
    """Whether country mention ``m`` inside a role phrase says whom the person ``name`` acts for."""
    span = _tokens(doc, m)
    if span is None:
        return False
    if name is not None and span[-1].head.i in range(name.start, name.end) and span[-1].dep_ in ("poss", "amod"):
        return True  # "Djibouti's President Ismail Omar Guelleh", "Kenyan President Uhuru Kenyatta"
    last, first = span[-1], span[0]
    if (
        name is not None
        and name.root.dep_ == "appos"
        and last.dep_ in ("poss", "amod", "compound")
        and last.head.i == name.root.head.i
    ):
        return True  # "a note to the Venezuelan ambassador, X": the office X holds, whatever governs it
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    after2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    before = doc[first.i - 1] if first.i > 0 else None
    if m.kind == "capital":
        return after is not None and after.text == "-" and after2 is not None and after2.lower_ == "based"
    hyphen_pair = (after is not None and after.text in ("-", "–") and after.idx == last.idx + len(last.text)) or (
        before is not None and before.text in ("-", "–") and first.idx == before.idx + 1
    )
    if hyphen_pair and not (after2 is not None and after2.lower_ == "based"):
        return False  # "China-Africa analyst", "U.S.-China relations"
    if before is not None and before.lower_ in ("anti", "pro", "non"):
        return False
    prev = before
    while prev is not None and prev.lower_ in ("the", "a", "an") and prev.i > 0:
        prev = doc[prev.i - 1]
    tok = last
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # "the Uganda Electricity Generating Company": the whole name
        if tok.lemma_.lower() in _TOPIC_HEADS:
            return False  # "director of China Studies"
    possessive = tok.dep_ == "poss" or (after is not None and after.text in ("'s", "’s"))
    if tok.i == last.i and not possessive and prev is not None and prev.lower_ in _NOT_OWN:
        return False  # "representative for Afghanistan reconciliation", "ambassador to Uganda"
    if tok.i != last.i:  # inside an organisation's name: its country, unless the name is a destination
        return not (tok.dep_ == "pobj" and tok.head.lower_ in _DESTINATION)
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _TOPIC_HEADS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _NOT_OWN:
        return False
    return not (
        tok.dep_ in ("compound", "amod", "poss") and tok.head.dep_ == "pobj" and tok.head.head.lower_ in _NOT_OWN
    )


def role_country(phrases: list[Span], mentions: list[Mention], name: Span | None = None) -> str | None:
    """The first country word in the role phrases that says whom the person ``name`` acts for."""
    for phrase in phrases:
        lo, hi = phrase.start_char, phrase.end_char
        for m in mentions:
            if lo <= m.start and m.end <= hi and own_country(phrase.doc, m, name):
                return m.iso3
    return None
