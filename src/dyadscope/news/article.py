"""The result of reading an article and its versioned JSON contract.

Contract version 3 (``schema_version: "3"``; the changes from versions 1 and 2 are listed in
:data:`dyadscope.news.schema.CONTRACT_CHANGES`). Top-level keys: ``schema_version``,
``title``, ``date`` (ISO date or null), ``url``, ``byline``, ``language``, ``origin``,
``text`` (the title, a blank line, then the body; every ``span`` indexes into it as
[start, end)), ``countries``, ``ambiguous``, ``people``, ``organizations``, ``quotes``,
``amounts``, ``events`` (the fields of each are declared in :mod:`dyadscope.news.schema`),
``warnings``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dyadscope import countries as registry
from dyadscope.news import schema
from dyadscope.news.amounts import Amount
from dyadscope.news.events import Event
from dyadscope.news.gazetteer import Ambiguity, Mention
from dyadscope.news.people import Organization, Person
from dyadscope.news.quotes import Quote

SCHEMA_VERSION = schema.SCHEMA_VERSION


@dataclass(frozen=True)
class _Country:
    iso3: str
    name: str
    mentions: list[dict[str, Any]]


@dataclass
class Article:
    """An article read into source-linked facts."""

    title: str
    text: str
    date: date | None
    url: str | None
    byline: str | None
    origin: str
    countries: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def country_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in self.countries:
            out[m.iso3] = out.get(m.iso3, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))

    def to_dict(self) -> dict[str, Any]:
        by_iso: dict[str, list[dict[str, Any]]] = {}
        for m in self.countries:
            by_iso.setdefault(m.iso3, []).append({"start": m.start, "end": m.end, "text": m.text, "kind": m.kind})
        return {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "byline": self.byline,
            "language": "en",
            "origin": self.origin,
            "text": self.text,
            "countries": [
                schema.COUNTRIES.to_dict(_Country(iso, registry.name(iso), ms))
                for iso, ms in sorted(by_iso.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            ],
            "ambiguous": [schema.AMBIGUOUS.to_dict(a) for a in self.ambiguous],
            "people": [p.to_dict() for p in self.people],
            "organizations": [o.to_dict() for o in self.organizations],
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [a.to_dict() for a in self.amounts],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }
