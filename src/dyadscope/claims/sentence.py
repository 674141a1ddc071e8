"""Reading one sentence from its dependency parse: the entities in it, the clause that governs a
quantity, the flow word nearest it, its subject and partner, and its period."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dyadscope.claims.claim import Entity, Flow
from dyadscope.claims.lexicon import FLOW_LEMMAS, GROUP_NAMES, GROUP_RE, YEAR
from dyadscope.news.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FISCAL = re.compile(r"\b(19|20)\d\d\s*/\s*\d\d\b|\bfiscal (?:year )?(19|20)\d\d\b", re.IGNORECASE)

_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|-)\s+(?:19|20)\d\d\b|\bsince\s+(?:19|20)\d\d\b", re.I
)


_SPAN = re.compile(
    r"\b(?:in|over|during|across)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?P<n>decade|\w+\s+years)"
    r"(?:\s+(?:to|until|up to|through|ending in)\s+(?P<end>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_SPAN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _span_years(words: str) -> int | None:
    w = words.lower().split()[0]
    if w == "decade":
        return 10
    return int(w) if w.isdigit() else _SPAN_WORDS.get(w)


_ENDS = frozenset({".", "!", "?", '"', "\u201d", "\u2019", "'", ":", ";", ")"})


def sentences(doc: Doc) -> list[Span]:
    """The parse's sentences, a fragment the parser cut off mid-sentence joined to the one it belongs to:
    "Chinese goods worth more than $6 billion" + "were shipped to Nigeria that year." (a sentence with
    no end punctuation, followed in the same paragraph by one that starts in lower case)."""
    out: list[Span] = []
    for sent in doc.sents:
        if out:
            last = out[-1]
            words = [t for t in last if not t.is_space]
            first = next((t for t in sent if not t.is_space), None)
            between = doc.text[last.end_char : sent.start_char]
            if (
                words
                and first is not None
                and words[-1].text not in _ENDS
                and first.is_lower
                and first.is_alpha
                and "\n" not in between
                and "\n" not in last.text.strip()
            ):
                out[-1] = doc[last.start : sent.end]
                continue
        out.append(sent)
    return out


def group_mentions(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in GROUP_RE.finditer(text):
        word = m.group(1)
        if word.lower() == "eu" and word != "EU":
            continue
        if word.lower() == "mnna" and word != "MNNA":
            continue
        out.append((m.start(), m.end(), GROUP_NAMES[word.lower()]))
    return out


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def sentence_entities(article: Article, doc: Doc, sent: Span, groups: list[tuple[int, int, str]]) -> list[Entity]:
    a, b = sent.start_char, sent.end_char
    countries = [m for m in article.countries if a <= m.start < b]
    # a group name inside a country's name is no group ("Africa" in "South Africa", "the Central African Republic")
    out = [
        Entity(code, s, e, span_head(doc, s, e), True)
        for s, e, code in groups
        if a <= s < b and not any(m.start <= s < m.end or s <= m.start < e for m in countries)
    ]
    for m in countries:
        if not any(g.start <= m.start < g.end for g in out):
            out.append(Entity(m.iso3, m.start, m.end, span_head(doc, m.start, m.end), False))
    return sorted(out, key=lambda e: e.start)


def main_country(article: Article) -> str | None:
    counts = article.country_counts()
    return next(iter(counts), None)


_SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})


def focal_country(article: Article, doc: Doc) -> str | None:
    """The country the article is about, the owner of a flow the text names without one ("Sales to China
    slipped", "Canadian purchases grew"): each mention counts 1, one more where the country is a sentence's
    subject or possessor (or the country word on one: "Zambian sales rose"), 3 for a mention in the title and 2
    for one in the first two body sentences of some length (the lead); a tie goes to the country named first.
    Mention counts alone miss the focus where a big partner is named about as often ("Zambia ... China")."""
    title_end = len(article.title or "")
    lead: list[tuple[int, int]] = []
    for sent in doc.sents:
        if sent.start_char > title_end and len([t for t in sent if t.is_alpha]) >= 8:
            lead.append((sent.start_char, sent.end_char))
            if len(lead) == 2:
                break
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for m in article.countries:
        tok = doc[span_head(doc, m.start, m.end)]
        role = tok.dep_ in _SUBJECT_ROLES or (tok.dep_ in ("amod", "compound") and tok.head.dep_ in _SUBJECT_ROLES)
        points = 1.0 + role
        if m.start < title_end:
            points += 3
        elif any(a <= m.start < b for a, b in lead):
            points += 2
        score[m.iso3] = score.get(m.iso3, 0.0) + points
        first.setdefault(m.iso3, m.start)
    return min(score, key=lambda c: (-score[c], first[c])) if score else None


def span_head(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return _token_at(doc, start)
    return span.root.i


def clause_verb(doc: Doc, i: int) -> Token:
    tok = doc[i]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def lemma_set(tokens: Any) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def tree_distance(doc: Doc, i: int, j: int) -> int:
    up_i = [i, *(t.i for t in doc[i].ancestors)]
    up_j = [j, *(t.i for t in doc[j].ancestors)]
    common = next((x for x in up_i if x in up_j), None)
    if common is None:
        return 99
    return up_i.index(common) + up_j.index(common)


def flow_near(doc: Doc, sent: Span, i: int) -> tuple[Flow | None, int | None]:
    """The flow word nearest the quantity at token ``i`` in the tree; a flow word the amount hangs on
    ("exports of about $200 billion and imports of ...") comes before a nearer one that hangs on the
    amount (the parser may attach the next item, "imports", to "$200 billion")."""
    for anc in doc[i].ancestors:
        if anc.i < sent.start or anc.i >= sent.end or anc.pos_ in ("VERB", "AUX"):
            break
        flow = FLOW_LEMMAS.get(anc.lemma_.lower()) or FLOW_LEMMAS.get(anc.lower_)
        if flow is not None and any(t.i == i for t in anc.subtree) and _of_amount(doc, anc, i):
            return flow, anc.i
    # "imports from China at $17.5 billion": the flow word just before the amount in its own phrase (no
    # verb, punctuation or other flow word between), whatever the parser attached the amount to
    own = FLOW_LEMMAS.get(doc[i].lemma_.lower()) or FLOW_LEMMAS.get(doc[i].lower_)
    for tok in reversed(doc[max(sent.start, i - 7) : i] if own is None else []):
        flow = FLOW_LEMMAS.get(tok.lemma_.lower()) or FLOW_LEMMAS.get(tok.lower_)
        if flow is not None and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            return flow, tok.i
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or (tok.like_num and tok.i < i - 3):
            break
    best: tuple[int, Flow, int] | None = None
    for tok in sent:
        flow = FLOW_LEMMAS.get(tok.lemma_.lower()) or FLOW_LEMMAS.get(tok.lower_)
        if flow is None:
            continue
        if (
            tok.lower_ == "trade"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in ("zone", "route", "routes", "agreement", "deal", "deals", "war")
        ):
            continue  # "free-trade zone", "trade routes": not a flow
        d = tree_distance(doc, i, tok.i)
        if best is None or d < best[0]:
            best = (d, flow, tok.i)
    return (best[1], best[2]) if best else (None, None)


def _of_amount(doc: Doc, flow: Token, i: int) -> bool:
    """The amount at ``i`` is the flow's own figure: "exports of $200 billion", "imports worth $5 billion"."""
    path = []
    tok = doc[i]
    while tok.i != flow.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return any(t.lower_ in ("of", "worth", "totalling", "totaling", "valued") for t in path[1:]) or any(
        t.head.i == flow.i and t.lower_ in ("of", "worth") for t in path
    )


def _partner_role(doc: Doc, i: int) -> bool:
    """Whether the entity at token ``i`` is the object of a partner preposition ("from China", "to Spain")."""
    tok = doc[i]
    while tok.dep_ in ("compound", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from", "with", "into")


def _other_clause(doc: Doc, i: int, anchor: int) -> bool:
    """Whether token ``i`` lies in a relative clause, or an adverbial clause with a marker ("as", "while"),
    that does not hold the quantity at
    ``anchor`` ("exports to China had fallen by a third, as cotton yarn lost ground to suppliers in
    Vietnam": Vietnam is no subject of the fall)."""
    for a in doc[i].ancestors:
        if a.dep_ == "relcl" or (a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)):
            return not (a.left_edge.i <= anchor <= a.right_edge.i)
    return False


def subject_partner(
    doc: Doc,
    sent: Span,
    ents: list[Entity],
    anchor: int,
    verb: Token,
    flow_tok: int | None,
    focus: str | None,
    before: str | None = None,
) -> tuple[str | None, str | None]:
    """(subject, partner) of the quantity at token ``anchor``; a pronoun subject with no antecedent in
    the sentence is ``before`` (the subject of the sentence before), else ``focus``."""
    by_token = {e.token: e for e in ents}

    def ents_in(tokens: Any) -> list[Entity]:
        return [by_token[t.i] for t in tokens if t.i in by_token]

    partner: str | None = None
    subject: str | None = None
    if flow_tok is not None:
        # "exports from Tanzania to India", "imports into Kenya from China": the noun's own prepositions
        lemma = doc[flow_tok].lemma_.lower()
        own = {"export": ("from", "of", "by"), "import": ("into", "to", "by", "of")}.get(lemma, ())
        for child in doc[flow_tok].children:
            found = ents_in(child.subtree) if child.dep_ == "prep" else []
            if found and child.lower_ in own and subject is None:
                subject = found[0].code
    for head in (flow_tok, anchor, verb.i):
        if head is None:
            continue
        preps = []
        for child in doc[head].children:
            if child.dep_ in ("prep", "dative") and child.lower_ in ("with", "to", "from", "between", "into"):
                found = [e for e in ents_in(child.subtree) if e.code != subject]
                if found:
                    preps.append((child.i, found[0].code))
        if len(preps) > 1 and head == verb.i:
            # "sold $1.2 billion to Iraq and $494 million to India": each amount takes the partner phrase
            # that follows it, before the next amount of the list
            after = [p for p in preps if p[0] > anchor]
            preps = after or preps[-1:]
        if preps:
            partner = preps[0][1]
            break
    if subject is not None:
        return subject, partner or next((e.code for e in ents if e.code != subject), None)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            found = [e for e in ents_in(child.subtree) if e.code != partner]
            if found:
                subject = found[0].code
            elif child.lower_ in ("it", "its") or any(t.lower_ == "its" for t in child.subtree):
                pron = next(t.i for t in child.subtree if t.lower_ in ("it", "its"))
                subject = antecedent(doc, sent, ents, pron, partner)
                if subject is None and doc[pron].i == child.i and before not in (None, partner):
                    subject = before  # "It took a third of ...": the country the sentence before is about
                subject = subject or focus
    if subject is None and flow_tok is not None:
        poss = [e for e in ents_in(doc[flow_tok].subtree) if doc[e.token].dep_ == "poss" and e.code != partner]
        if poss:
            subject = poss[0].code
    if subject is None:
        # the first entity that is not the partner, nor a partner of another flow of the sentence ("exports
        # at $24.9 billion and imports from China at $17.5 billion, leaving Chile a surplus": not China)
        others = [
            e
            for e in ents
            if e.code != partner and not _partner_role(doc, e.token) and not _other_clause(doc, e.token, anchor)
        ]
        subject = others[0].code if others else None
    between = [c for c in doc[verb.i].subtree if c.lower_ == "between" and c.dep_ == "prep"]
    if between:
        pair = [e.code for e in ents_in(between[0].subtree)]
        if len(pair) >= 2 and subject not in pair[:1]:
            subject, partner = pair[0], pair[1]
    if partner is None:
        partner = next((e.code for e in ents if e.code != subject), None)
    return subject, partner


_SELLER_NOUNS = frozenset({"export", "sale", "shipment"})
_BUYER_NOUNS = frozenset({"purchase"})
_WHOLE_WORDS = frozenset({"total", "overall", "merchandise", "all"})


def noun_parties(
    doc: Doc, ents: list[Entity], flow_tok: int, focus: str | None, before: str | None
) -> tuple[str, str | None, Flow] | None:
    """(subject, partner, flow) read from a flow noun that names its trade without its owner, from the
    noun's own words and the article's country (``focus``; ``before``: the subject of the sentence before):

    * a buyer's country word on a purchase noun ("British purchases jumped", "Saudi purchases fell"): the
      article's country's exports to that buyer (the goods are the article's country's; a purchase by the
      article's country itself is left to the clause);
    * a seller's country word on a sale noun with no partner phrase ("Thai sales fell", "Chinese sales
      rose"): that seller's exports to the article's country;
    * a flow noun with no owner that is its clause's subject ("Exports to China jumped", "Sales to Russia
      are tiny", "Purchases from the United States tripled"): the article's country's flow (the country the
      sentence before is about when the partner is the article's country), with the partner its own phrase
      names; "Total exports" with no partner phrase: the article's country's flow with the world.

    None when the noun names its owner (a possessor, "exports from Kenya") or none of these holds."""
    noun = doc[flow_tok]
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or lemma not in _SELLER_NOUNS | _BUYER_NOUNS | {"import"}:
        return None
    by_token = {e.token: e for e in ents}
    words = [by_token[c.i] for c in noun.children if c.i in by_token and c.dep_ in ("amod", "compound", "nmod")]
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "Kenya's exports", "its sales": the owner is named
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    if any(p in preps and any(t.i in by_token for t in preps[p].subtree) for p in ("by", "of")):
        return None
    if lemma == "export" and "from" in preps:
        return None  # "exports from Tanzania": the owner
    partner_prep = ("from",) if lemma in ("purchase", "import") else ("to", "into")
    named = [by_token[t.i] for p in partner_prep if p in preps for t in preps[p].subtree if t.i in by_token]
    flow: Flow = "exports" if lemma in _SELLER_NOUNS else "imports"
    if words:
        who = words[0].code
        if who == focus or focus is None:
            return None  # "Kenyan exports to Uganda" in a story about Kenya: the clause reads it
        if lemma in _BUYER_NOUNS:
            return focus, who, "exports"
        if lemma in _SELLER_NOUNS and not named:
            return who, focus, "exports"
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if named:
        owner = next((c for c in (focus, before) if c is not None and c != named[0].code), None)
        return (owner, named[0].code, flow) if owner is not None else None
    if focus is not None and any(c.lower_ in _WHOLE_WORDS for c in noun.children if c.dep_ in ("amod", "compound")):
        return focus, "World", flow
    return None


def previous_subject(article: Article, doc: Doc, sent: Span, exclude: tuple[str | None, ...]) -> str | None:
    """The country the sentence before is about: its first country in a subject or possessor role
    ("Australia's exports to China rose": Australia), else None."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for m in article.countries:
        if prev.start_char <= m.start < prev.end_char and m.iso3 not in exclude:
            tok = doc[span_head(doc, m.start, m.end)]
            if tok.dep_ in ("nsubj", "nsubjpass", "poss") or (tok.dep_ == "compound" and tok.head.dep_ == "nsubj"):
                return m.iso3
    return None


def antecedent(doc: Doc, sent: Span, ents: list[Entity], pron: int, partner: str | None) -> str | None:
    """The country a pronoun ("it", "its") stands for inside its sentence: the nearest entity before
    it that is a subject or a possessor ("Havana said its exports ..."), else the nearest before it
    that is not the partner; None when the sentence names none before it (the caller then looks
    to the sentences before)."""
    before = [e for e in ents if e.token < pron and e.code != partner and sent.start <= e.token]
    roles = [e for e in before if doc[e.token].dep_ in ("nsubj", "nsubjpass", "poss")]
    pick = roles or before
    return pick[-1].code if pick else None


def _in_apposition(doc: Doc, i: int, anchor: int) -> bool:
    """Whether token ``i`` lies in an apposition that describes a noun ("The Philippines, a treaty ally
    since 1951, voted ...") and not the quantity at ``anchor``: such a year is not the claim's period."""
    for a in doc[i].ancestors:
        if a.dep_ == "appos":
            return not (a.left_edge.i <= anchor <= a.right_edge.i)
    return False


_BASE_PREPS = frozenset({"from", "since", "on", "over", "compared", "against", "than"})


def _base_of_other_clause(doc: Doc, year: int, anchor: int) -> bool:
    """Whether the year is the base of a change in another clause than the quantity's ("..., and exports
    more than doubled from 2018": 2018 is no period of the amount in the first clause)."""
    prep = doc[year].head
    if prep.lower_ not in _BASE_PREPS and prep.head.lower_ not in _BASE_PREPS:
        return False
    own, other = clause_verb(doc, anchor), clause_verb(doc, year)
    if own.i == other.i:
        return False
    return other.dep_ in ("conj", "advcl", "ccomp") and other not in own.ancestors


def base_year_head(year: Token) -> bool:
    """Whether a year token is the base a change is measured from: "from 2017", "compared with 2010",
    "compared to 2010", "against 2010"."""
    head = year.head
    if head.lower_ in ("from", "against"):
        return True
    return head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare"


_BEFORE_WORDS = frozenset({"previous", "prior", "preceding"})


def _year_before(doc: Doc, anchor: int) -> bool:
    """Whether the figure is the year before the sentence's year: "the previous year's $61 billion",
    "up from $4.2 billion a year earlier", "from $2.5 billion the year before"."""
    tok = doc[anchor]
    for child in tok.children:
        if child.lemma_.lower() == "year" and any(c.lower_ in _BEFORE_WORDS for c in child.children):
            return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "than", "against"):
        return False
    for t in prep.subtree:
        if t.i > anchor and t.lemma_.lower() == "year" and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.lower_ in ("earlier", "before") and doc[t.i - 1].lower_ in ("a", "the", "one"):
                return True
    return False


def _last_year(doc: Doc, sent: Span, anchor: int, year: int) -> list[tuple[int, int]]:
    """ "last year" as a year of the sentence at its place in the parse ("shipments had grown by 10 percent
    last year" beside "where we were in 2015"; "$12 million last year, although that was three times what
    it sold in 2017"), so that the year nearest the quantity is its period whichever way it is written;
    none when a named year is the base of a change ("since 2010", "compared with 2010", "on 2016"), whose
    own reading takes the latest year."""
    if any(YEAR.fullmatch(t.text) and (t.head.lower_ in ("since", "on") or base_year_head(t)) for t in sent):
        return []
    return [
        (t.i, year)
        for t in sent
        if t.lower_ == "year"
        and any(c.lower_ == "last" and c.dep_ == "amod" for c in t.children)
        and not _in_apposition(doc, t.i, anchor)
    ]


def period_of(article: Article, doc: Doc, sent: Span, anchor: int) -> tuple[str | None, list[int], bool, list[str]]:
    """(label, years, inferred, warnings) for the quantity at token ``anchor``."""
    when = article.date
    warnings: list[str] = []
    years = [(t.i, int(t.text)) for t in sent if YEAR.fullmatch(t.text) and not _in_apposition(doc, t.i, anchor)]
    years = [(i, y) for i, y in years if not _base_of_other_clause(doc, i, anchor)]
    text = sent.text
    if when is not None and years and not _RANGE.search(text):
        years += _last_year(doc, sent, anchor, when.year - 1)
    if _FISCAL.search(text):
        warnings.append("fiscal-year figure: compared with calendar years")
    if when is not None and not years and re.search(r"\bin recent years\b", text, re.IGNORECASE):
        last = when.year - 1  # "in recent years": read as the five full years before the article
        return f"{last - 5}-{last} ('in recent years' read as five years)", [last - 5, last], True, warnings
    span = _SPAN.search(text)
    if span is not None:
        # "in the decade to 2019", "over the past five years": a range that ends in the year named,
        # else in the latest full year before the article
        n = _span_years(span.group("n"))
        end = int(span.group("end")) if span.group("end") else (when.year - 1 if when is not None else None)
        if n is not None and end is not None:
            inferred = span.group("end") is None
            note = "" if not inferred else " (to the latest full year before the article)"
            return f"{end - n}-{end}{note}", [end - n, end], inferred, warnings
    if years:
        distinct = sorted({y for _, y in years})
        # "between 2010 and 2015", "from 2015 to 2018": a range; else the year nearest the quantity
        if len(distinct) > 1 and _RANGE.search(text):
            label = f"{distinct[0]}-{distinct[-1]}"
            chosen = distinct
        else:
            nearest = min(years, key=lambda iy: tree_distance(doc, anchor, iy[0]))[1]
            chosen = [nearest]
            label = str(nearest)
            if len(distinct) > 1:
                warnings.append(
                    f"the sentence names {', '.join(map(str, distinct))}; the figure is read as {nearest}'s"
                )
        if len(chosen) == 1 and _year_before(doc, anchor):
            chosen = [chosen[0] - 1]
            label = str(chosen[0])
            warnings.append(f"'the year before' read as {chosen[0]}")
        if when is not None and max(chosen) >= when.year + 1:
            warnings.append(f"{max(chosen)} is after the article's date ({when.isoformat()}): a forecast")
        return label, chosen, False, warnings
    lower = text.lower()
    if re.search(r"\b(that|the same|that same) year\b", lower):
        # "that year": the last year the article named before this sentence
        before = [int(y) for y in YEAR.findall(article.text[: sent.start_char])]
        if before:
            y = before[-1]
            return str(y), [y], False, [*warnings, f"'that year' read as {y}, the last year named before"]
    if when is not None and re.search(r"\bnext year\b", lower):
        warnings.append(f"'next year' is {when.year + 1}, after the article's date: a forecast")
        return str(when.year + 1), [when.year + 1], False, warnings
    if when is not None and "last year" in lower:
        return str(when.year - 1), [when.year - 1], False, warnings
    if when is not None and "this year" in lower:
        warnings.append(f"'this year' is {when.year}, not complete at the article's date")
        return f"{when.year} (part year)", [when.year], False, warnings
    if when is None:
        warnings.append("no article date and no year in the sentence: the period is unknown")
        return None, [], True, warnings
    latest = when.year - 1
    annual = re.search(r"\b(annually|a year|per year|each year|every year|yearly)\b", lower)
    label = f"{latest} (latest full year before the article{'; stated as annual' if annual else ''})"
    return label, [latest], True, warnings


def prev_start(doc: Doc, sent: Span) -> int:
    """Where the sentence before ``sent`` starts (``sent`` itself when it is the first)."""
    if sent.start == 0:
        return sent.start_char
    return doc[sent.start - 1].sent.start_char
