"""What an article talks about, as the questions a brief answers.

Each topic is found by cue words in the article's text and carries the sentence that
raised it, so every section can say why it is there. Product words map to HS 2-digit
chapters (``agricultural`` -> chapters 01-24).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

Topic = Literal["status", "diversification", "trade", "products", "rights", "votes", "events"]

_CUES: dict[str, tuple[str, ...]] = {
    "status": (r"major non-nato ally", r"\bmnna\b", r"(?<!non-)\bnato\b", r"\bbrics\b"),
    "diversification": (r"diversif", r"multipolar", r"market access", r"new avenues", r"non-western", r"new markets"),
    "trade": (r"\btrade\b", r"\bimports?\b", r"\bexports?\b", r"trade (im)?balance", r"trade deal"),
    "rights": (r"human rights", r"abuses?", r"tortur", r"abduct", r"extrajudicial", r"repression", r"crackdown"),
}
_STATUS = {r"major non-nato ally|\bmnna\b": "mnna", r"(?<!non-)\bnato\b": "nato", r"\bbrics\b": "brics"}

# product words -> HS 2-digit chapters (HS 2022 nomenclature); the label says what was matched
PRODUCTS: dict[str, tuple[str, list[str]]] = {
    r"agricultur|farm produce|agri-food|food exports": ("agricultural products", [f"{i:02d}" for i in range(1, 25)]),
    r"\btea\b|\bcoffee\b|spices": ("coffee, tea and spices", ["09"]),
    r"flowers?|horticultur|floricultur": ("cut flowers and plants", ["06"]),
    r"avocado|\bfruits?\b|\bnuts\b": ("fruit and nuts", ["08"]),
    r"\bfish\b|seafood": ("fish and seafood", ["03"]),
    r"\bbeef\b|\bmeat\b|livestock": ("meat and live animals", ["01", "02"]),
    r"copper": ("copper and copper ores", ["74", "26"]),
    r"cobalt": ("cobalt and ores", ["81", "26"]),
    r"\bgold\b|diamonds?": ("precious metals and stones", ["71"]),
    r"\boil\b|petroleum|crude|\bgas\b|\bcoal\b": ("mineral fuels", ["27"]),
    r"\bminerals?\b|mining|\bores?\b": ("ores and minerals", ["25", "26"]),
    r"textile|apparel|garment|clothing": ("textiles and apparel", [f"{i}" for i in range(50, 64)]),
    r"timber|\bwood\b|logs": ("wood", ["44"]),
    r"machinery|equipment": ("machinery", ["84", "85"]),
    r"vehicles?|\bcars\b": ("vehicles", ["87"]),
    r"tobacco": ("tobacco", ["24"]),
}


@dataclass(frozen=True)
class Raised:
    """A topic the article raises, with the sentence that raised it and its details."""

    topic: str
    sentence: str
    detail: tuple[str, ...] = ()
    chapters: tuple[str, ...] = ()


@dataclass
class Topics:
    found: dict[str, list[Raised]] = field(default_factory=dict)

    def has(self, topic: str) -> bool:
        return bool(self.found.get(topic))

    def first(self, topic: str) -> Raised | None:
        items = self.found.get(topic) or []
        return items[0] if items else None

    def why(self, topic: str) -> str:
        r = self.first(topic)
        return f"The article: “{_clip(r.sentence)}”" if r else ""

    def statuses(self) -> list[str]:
        return list(dict.fromkeys(d for r in self.found.get("status", []) for d in r.detail))

    def products(self) -> list[Raised]:
        return self.found.get("products", [])


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])[\"”’)]*\s+|\n+", text) if s.strip()]


def find(article: dict[str, Any] | None) -> Topics:
    """The topics an article raises (empty for no article)."""
    out = Topics()
    if not article:
        return out
    for sent in _sentences(str(article.get("text") or "")):
        low = sent.lower()
        for topic, cues in _CUES.items():
            if any(re.search(c, low) for c in cues):
                detail: tuple[str, ...] = ()
                if topic == "status":
                    detail = tuple(v for k, v in _STATUS.items() if re.search(k, low))
                out.found.setdefault(topic, []).append(Raised(topic, sent, detail))
        for pattern, (label, chapters) in PRODUCTS.items():
            m = re.search(pattern, low)
            if m and re.search(r"export|import|trade|produc|market", low):
                out.found.setdefault("products", []).append(
                    Raised("products", sent, (label, m.group(0)), tuple(chapters))
                )
    return out
