"""What a found claim records (:class:`Claim`), and the pieces claims are built from: entities and quantities."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from dyadscope.news.amounts import Amount

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadscope.news.article import Article

Kind = Literal["trade_value", "change", "rank_share", "conversion", "arithmetic", "alignment", "uncheckable"]

KINDS: tuple[str, ...] = get_args(Kind)

Flow = Literal["exports", "imports", "total", "deficit", "surplus"]

Unit = Literal["money", "percent", "multiple", "rank", "ratio", "comparison", "record"]


@dataclass
class Entity:
    """A country (ISO3) or group (code) mentioned in the sentence, with the head token of its name."""

    code: str
    start: int
    end: int
    token: int
    group: bool


@dataclass
class Claim:
    """One claim with its place in the text (``span`` indexes ``Article.text``)."""

    kind: Kind
    sentence: str
    span: tuple[int, int]
    quote: str
    quote_span: tuple[int, int]
    subject: str | None
    partner: str | None
    flow: Flow | None = None
    quantity: float | None = None
    unit: Unit | None = None
    currency: str | None = None
    period: str | None = None
    years: list[int] = field(default_factory=list)
    period_inferred: bool = False
    hedge: str | None = None
    reason: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "kind": self.kind,
            "span": list(self.span),
            "quote": self.quote,
            "quote_span": list(self.quote_span),
            "subject": self.subject,
            "partner": self.partner,
            "flow": self.flow,
            "quantity": self.quantity,
            "unit": self.unit,
            "currency": self.currency,
            "period": self.period,
            "years": list(self.years),
            "period_inferred": self.period_inferred,
            "hedge": self.hedge,
            "reason": self.reason,
            "detail": dict(self.detail),
            "warnings": list(self.warnings),
        }


@dataclass
class Quantity:
    unit: Unit
    value: float | None
    token: int  # the head token of the quantity
    start: int
    end: int
    currency: str | None = None
    hedge: str | None = None
    amount: Amount | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reading:
    """What the clause around one quantity says: the parse, the sentence's entities, the clause's verb
    and its lemmas, and the claims found before (a ratio word refers back to one of them)."""

    article: Article
    doc: Doc
    sent: Span
    ents: list[Entity]
    q: Quantity
    verb: Token
    lemmas: set[str]
    previous: list[Claim]
    focus: str | None = None


@dataclass
class Draft:
    """A claim being read: the clause gives its parties, flow and period; the kind's reader
    (:mod:`dyadscope.claims.kinds`) sets ``kind`` and may change the rest."""

    subject: str | None
    partner: str | None
    flow: Flow | None
    unit: Unit
    value: float | None
    detail: dict[str, Any]
    reason: str | None
    period: str | None
    years: list[int]
    inferred: bool
    kind: Kind | None = None

    def refer_to(self, base: Claim) -> None:
        """Take the parties and period of the figure a ratio or comparison refers to."""
        self.subject, self.partner = base.subject, base.partner
        self.detail["of"] = {
            "flow": base.flow,
            "quantity": base.quantity,
            "currency": base.currency,
            "quote": base.quote,
        }
        self.period, self.years, self.inferred = base.period, base.years, base.period_inferred
