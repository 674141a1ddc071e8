"""Parts of a claim sentence the checker does not read.

A sentence that gave a claim may state a second comparison in a clause of its own that no rule reads
("..., and with Beijing far more often", "..., with Japan a distant third behind Australia", "..., ahead
of the United States", "taking less than half what the United States bought"). Checking only the part
that was read would certify the sentence as a whole: if the unread clause is false, a fact-checker would
see *consistent* beside it. So each such clause becomes a claim of its own, of the kind of the sentence
(``alignment`` in a sentence about votes, else ``rank_share``), with ``detail["unread"]`` set; its
verdict is always *not checkable*, with the words that were not read (:func:`dyadscope.claims.check.check_one`).

A clause is the stretch between commas, semicolons, "and", "while" and "but" around the cue words; it
is unread when no claim of the sentence quotes any of it.
"""

from __future__ import annotations

import dataclasses
import re

from dyadscope.claims.claim import Claim
from dyadscope.news.article import Article

_FRACTIONS = r"half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|fiftieth|hundredth"
# comparisons of UN voting records
_ALIGN_CUES = re.compile(
    r"\b(?:more|less)\s+(?:often|frequently|closely)\b|\b(?:closer|nearer)\s+to\b|\bfurther\s+from\b",
    re.IGNORECASE,
)
# ranks, order and shares of trade
_RANK_CUES = re.compile(
    r"\b(?:ahead\s+of|behind|trailing)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\ba\s+(?:distant|close|clear)\s+(?:second|third|fourth|fifth)\b"
    r"|\b(?:second|third|fourth|fifth)[- ](?:largest|biggest)\b"
    r"|\b(?:a|one|two|three|four)[- ](?:" + _FRACTIONS + r")s?\s+of\b"
    r"|\b(?:half|twice|double|triple|(?:\w+|\d+(?:\.\d+)?)\s+times)\s+(?:what|as\s+much|as\s+many)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|while|but|whereas)\s", re.IGNORECASE)


def _clause(text: str, at: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around the cue at ``at``..``end`` (offsets in ``text``)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        lo = m.end()
    nxt = _CLAUSE_BREAK.search(text, end)
    hi = nxt.start() if nxt else len(text.rstrip().rstrip(" .!?\"'"))
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, max(hi, end)


def unread_clauses(article: Article, sent_start: int, sent_text: str, found: list[Claim]) -> list[Claim]:
    """Claims (always *not checkable*) for the comparison clauses of a sentence that none of ``found``
    (the sentence's claims) quotes."""
    if not found:
        return []
    base = next((c for c in found if c.kind == "alignment"), None)
    cues = _ALIGN_CUES if base is not None else _RANK_CUES
    base = base or next((c for c in found if c.kind in ("rank_share", "trade_value", "change")), None)
    if base is None:
        return []
    quoted = [(c.quote_span[0] - sent_start, c.quote_span[1] - sent_start) for c in found]
    out: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for m in cues.finditer(sent_text):
        lo, hi = _clause(sent_text, m.start(), m.end())
        if any(a < hi and lo < b for a, b in [*quoted, *taken]):
            continue
        taken.append((lo, hi))
        words = sent_text[lo:hi]
        out.append(
            dataclasses.replace(
                base,
                kind="alignment" if base.kind == "alignment" else "rank_share",
                quote=words,
                quote_span=(sent_start + lo, sent_start + hi),
                quantity=None,
                unit="comparison",
                hedge=None,
                detail={"unread": words},
                warnings=list(base.warnings),
            )
        )
    return out
