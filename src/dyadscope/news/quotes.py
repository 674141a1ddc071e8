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
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyadscope.news.people import Organization, Person

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

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "partial": self.partial,
            "span": list(self.span),
            "closed": self.closed,
            "attribution": self.attribution,
        }


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


def _last_person_before(char: int, people: list[Person]) -> Person | None:
    best: tuple[int, Person] | None = None
    for p in people:
        for s, _ in p.mentions:
            if s < char and (best is None or s > best[0]):
                best = (s, p)
    return best[1] if best else None


def _speaker_from_verb(
    verb: Token, people: list[Person], orgs: list[Organization], quote_start: int
) -> tuple[str | None, str]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("conj", "advcl", "ccomp") and verb.head.pos_ == "VERB":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        for tok in [subj, *subj.subtree]:
            p = _person_at(tok.idx, people)
            if p:
                return p.name, f"subject of '{verb.text}'"
        if subj.text.lower() in ("which", "who", "that") and verb.dep_ == "relcl":
            antecedent = verb.head
            phrase = " ".join(
                t.text for t in antecedent.subtree if t.i < verb.i and t.dep_ != "punct" and t.text != ","
            )
            phrase = phrase.split(" which")[0].strip()
            p = _person_at(antecedent.idx, people)
            if p:
                return p.name, "relative pronoun resolved to its antecedent"
            for o in orgs:
                if any(s <= antecedent.idx < e for s, e in o.mentions):
                    return o.name, "relative pronoun resolved to its antecedent"
            return phrase, "relative pronoun resolved to its antecedent"
        if subj.text in _PRONOUNS:
            p = _last_person_before(quote_start, people)
            if p:
                return p.name, f"pronoun '{subj.text}' resolved to the last person named"
        for o in orgs:
            if any(s <= subj.idx < e for s, e in o.mentions):
                return o.name, f"subject of '{verb.text}'"
        phrase = " ".join(t.text for t in subj.subtree)
        for p in people:
            if phrase == p.surname or phrase == p.name:
                return p.name, f"subject of '{verb.text}' (surname)"
        for p in people:
            if p.role and any(w.lower() in phrase.lower().split() for w in p.role.split() if len(w) > 3):
                return p.name, f"'{phrase}' matched the role of {p.name}"
        return phrase, f"subject of '{verb.text}' (not a named person)"
    return None, ""


def find_quotes(doc: Doc, people: list[Person], orgs: list[Organization]) -> list[Quote]:
    """Quotes in ``doc`` with speakers resolved to full names where possible."""
    text = doc.text
    quotes: list[Quote] = []
    for start, end, closed in quote_spans(text):
        inner = text[start:end].strip()
        if len(inner.split()) < 2:
            continue
        lead = start - 1
        region = doc.char_span(lead, min(end + 1, len(text)), alignment_mode="expand")
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
        if sentence is not None:
            verbs = [
                t
                for t in sentence
                if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX") and not (start <= t.idx < end)
            ]
            if not verbs:
                acc = re.search(r"according to ([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)", sentence.text)
                if acc:
                    who = acc.group(1)
                    p = next((p for p in people if who in p.name or p.surname == who.split()[-1]), None)
                    speaker, how = (p.name if p else who), "according to"
            verbs.sort(key=lambda t: min(abs(t.idx - end), abs(t.idx - start)))
            for verb in verbs:
                speaker, how = _speaker_from_verb(verb, people, orgs, start)
                if speaker:
                    break
        if speaker is None and quotes:
            prev = quotes[-1]
            para_start = text.rfind("\n", 0, start) + 1
            para_end = text.find("\n", end)
            para_end = len(text) if para_end < 0 else para_end
            whole_para = text[para_start : start - 1].strip() == "" and len(inner.split()) >= 6
            same_para = prev.span[1] >= para_start
            if same_para and prev.speaker:
                speaker, how = prev.speaker, "continues the previous quote in the paragraph"
            elif whole_para and prev.speaker and prev.span[1] < start:
                named = _last_person_before(start, people)
                last_named = max((s for s, _ in named.mentions if s < start), default=-1) if named else -1
                if named is not None and last_named > prev.span[1]:
                    speaker, how = named.name, "the person named since the previous quote"
                else:
                    speaker, how = prev.speaker, "continues the previous quote"
        quotes.append(Quote(inner, speaker, partial, (start, end), closed, how))
    return quotes
