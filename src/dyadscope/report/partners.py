"""Which countries a brief compares, read from the article.

Every country the article names gets roles from the sentences that name it (a trade or
policy *partner*, a *rival* or source of concern, a *diversification* target, the *place*
of an event) and a score: its mentions plus a weight per role, plus a title bonus. The
most-named country (title mentions count double) is the focal one, unless the article
declares its country; the others are ranked by score and at most :data:`LIMIT` are kept,
the rest listed. ``vs`` overrides the choice. No partner is fixed in advance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from dyadscope import countries as registry

Role = Literal["partner", "rival", "diversification", "place", "mentioned"]
LIMIT = 8
_ROLE_WEIGHT: dict[str, float] = {"partner": 2.0, "rival": 2.0, "diversification": 1.5, "place": 1.0, "mentioned": 0.0}
_CUES: dict[str, tuple[str, ...]] = {
    "diversification": (
        "diversif",
        "such as",
        "outreach",
        "non-western",
        "new markets",
        "balanced approach",
        "alternative",
    ),
    "rival": (
        "concern",
        "unease",
        "rival",
        "compet",
        "threat",
        "tension",
        "challenge",
        "pressure",
        "sanction",
        "accus",
        "critic",
        "against",
    ),
    "partner": (
        "trade",
        "deal",
        "engagement",
        "partner",
        "loan",
        "invest",
        "debt",
        "borrow",
        "export",
        "import",
        "ties",
        "relation",
        "cooperat",
        "agreement",
        "fund",
        "financ",
        "built",
        "ally",
        "aid",
    ),
    "place": ("deploy", "mission", "peacekeep", "troops", "police", "base in", "crisis in", "war in", "conflict in"),
}
ROLE_TEXT = {
    "partner": "partner",
    "rival": "rival or source of concern",
    "diversification": "diversification target",
    "place": "place of an event",
    "mentioned": "mentioned",
}


@dataclass(frozen=True)
class Named:
    """A country the article names: how often, in which roles, with what score."""

    iso3: str
    name: str
    mentions: int
    roles: tuple[str, ...]
    score: float
    title_mentions: int = 0

    def describe(self) -> str:
        roles = ", ".join(ROLE_TEXT[r] for r in self.roles if r != "mentioned") or "mentioned"
        times = "once" if self.mentions == 1 else f"{self.mentions} times"
        return f"{self.name} ({roles}; named {times})"


@dataclass(frozen=True)
class Choice:
    """The focal country, the partners compared with it, and why."""

    focal: str | None
    partners: list[str]
    named: list[Named] = field(default_factory=list)
    left_out: list[Named] = field(default_factory=list)
    overridden: bool = False
    how: str = ""

    def role_of(self, iso3: str) -> tuple[str, ...]:
        return next((n.roles for n in self.named if n.iso3 == iso3), ())

    def with_role(self, role: str) -> list[str]:
        return [p for p in self.partners if role in self.role_of(p)]

    def statement(self) -> str:
        """One paragraph saying what was chosen and why (printed in the brief)."""
        if self.focal is None:
            return "The article names no country: this brief rests on its claims alone."
        focal = registry.name(self.focal)
        if not self.partners:
            return f"The article is about {focal} and names no other country; no comparison is drawn."
        if self.overridden:
            lead = f"Compared with {_join([registry.name(p) for p in self.partners])}, as requested (--vs)."
        else:
            by = {n.iso3: n for n in self.named}
            lead = (
                f"Focal country: {focal} ({self.how}). Compared with the countries the article names, "
                f"ranked by role and mentions: {'; '.join(by[p].describe() for p in self.partners if p in by)}."
            )
        places = [n.name for n in self.left_out if "place" in n.roles]
        rest = [n.name for n in self.left_out if "place" not in n.roles]
        if places:
            lead += (
                " Named as the place of an event (its UN resolutions are listed, no alignment drawn): "
                + ", ".join(places)
                + "."
            )
        if rest:
            lead += f" Also named, not compared (at most {LIMIT}): {', '.join(rest)}."
        return lead


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’)]*\s+|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _roles(text: str, starts: Sequence[int]) -> tuple[str, ...]:
    found: list[str] = []
    spans = _sentences(text)
    for pos in starts:
        sent = next((text[a:b] for a, b in spans if a <= pos < b), "").lower()
        hits = [r for r, cues in _CUES.items() if any(re.search(r"\b" + re.escape(c), sent) for c in cues)]
        # the place of an event is the country right after "to"/"in" ("deployment to Haiti")
        at = re.search(r"\b(to|in)\s+(the\s+)?$", text[max(0, pos - 12) : pos].lower()) is not None
        if "place" in hits and at:
            found.append("place")  # a deployment's place is not a partner
        else:
            found += [h for h in hits if h != "place"]
    order = ["partner", "rival", "diversification", "place"]
    roles = tuple(r for r in order if r in found)
    if "diversification" in roles and "rival" in roles:  # "diversification does not signal a departure" etc.
        roles = tuple(r for r in roles if r != "rival" or found.count("rival") > found.count("diversification"))
    return roles or ("mentioned",)


def named_countries(article: dict[str, Any]) -> list[Named]:
    """Every country the article names, scored (highest first)."""
    text = str(article.get("text") or "")
    title = str(article.get("title") or "")
    out = []
    for c in article.get("countries", []):
        starts = [int(m["start"]) for m in c["mentions"]]
        in_title = sum(1 for s in starts if s < len(title)) if title and text.startswith(title) else 0
        roles = _roles(text, starts)
        score = len(starts) + sum(_ROLE_WEIGHT[r] for r in roles) + (2.0 if in_title else 0.0)
        out.append(Named(c["iso3"], registry.name(c["iso3"]), len(starts), roles, score, in_title))
    return sorted(out, key=lambda n: (-n.score, -n.mentions, n.iso3))


def choose(
    article: dict[str, Any] | None,
    *,
    focal: str | None = None,
    vs: Sequence[str] | None = None,
    declared: str | None = None,
    limit: int = LIMIT,
) -> Choice:
    """The focal country and the partners a brief compares (see the module docstring).

    ``declared``: the country the article's metadata gives; it is taken when the text names
    it at least a third as often as the most-named country."""
    named = named_countries(article) if article else []
    how = "given"
    top = max((n.mentions for n in named), default=0)
    hit = next((n for n in named if n.iso3 == declared), None)
    if focal is None and hit is not None and hit.mentions * 3 >= top:
        focal, how = hit.iso3, "the article's declared country"
    if focal is None and named:
        focal = max(named, key=lambda n: (n.mentions + n.title_mentions, -named.index(n))).iso3
        how = "named most often"
    if focal is not None:
        focal = registry.resolve(focal)
    if vs:
        partners = [p for p in registry.resolve_many(list(vs)) if p != focal]
        return Choice(focal, list(dict.fromkeys(partners)), named, [], True, how)
    others = [n for n in named if n.iso3 != focal]
    # a country named only as the place of an event is a topic (its resolutions), not a partner
    compared = [n for n in others if set(n.roles) - {"place", "mentioned"} or len(others) <= 2]
    compared += [n for n in others if n not in compared and "place" not in n.roles]
    places = [n for n in others if n not in compared]
    return Choice(focal, [n.iso3 for n in compared[:limit]], named, compared[limit:] + places, False, how)
