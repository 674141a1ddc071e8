"""One declaration per fact table: the JSON dict, the flat rows, the DuckDB and Spark schemas.

Each kind of fact the reader extracts (countries, people, organisations, quotes,
amounts, events) is declared once here as a :class:`Fact`: its fields, in the order of
the JSON contract, each with a :data:`Kind`. From that one declaration come

* the fact's JSON dict (``Event.to_dict`` and the others call :meth:`Fact.to_dict`),
* its flat row for table stores (:meth:`Fact.flat_columns`, :meth:`Fact.row`: a span
  becomes ``start``/``end``, a list of spans a count and ``first_start``, a record one
  column per sub-field, a list of strings a JSON text),
* the Spark SQL schema of the Parquet tables of ``dyadscope spark read``
  (:meth:`Fact.spark_schema`) and the DuckDB column list of the warehouse
  (:func:`duckdb_columns`, used by :mod:`dyadscope.warehouse.news`).

The article JSON contract is versioned by :data:`SCHEMA_VERSION`; the history of its
changes is in :data:`CONTRACT_CHANGES` (also in ``docs/reader.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "3"
CONTRACT_CHANGES: dict[str, str] = {
    "1": "first contract",
    "2": (
        "quotes: speaker is a resolved person or organisation name or null, with speaker_candidate "
        "(the attributed text when it could not be resolved) and speaker_kind; people: kind; "
        "organizations: country_evidence; countries: ambiguous (names such as Congo, Guinea, Korea "
        "with their candidates and the resolution); events: confidence, verb_span, pattern, headline, "
        "displayed (confidence at or above events.DISPLAY_THRESHOLD); one event per (actors, code, sentence)"
    ),
    "3": "people: country_evidence (the words or the rule the person's country was read from, or null)",
}

Kind = Literal["str", "int", "float", "bool", "span", "spans", "record", "strs", "json"]
_SPARK = {"str": "STRING", "int": "INT", "float": "DOUBLE", "bool": "BOOLEAN", "strs": "STRING", "json": "STRING"}
_DUCK = {"STRING": "VARCHAR", "INT": "INTEGER", "DOUBLE": "DOUBLE", "BOOLEAN": "BOOLEAN", "DATE": "DATE"}


@dataclass(frozen=True)
class Field:
    """One field of a fact: its JSON key (and the attribute it is read from), kind and meaning."""

    name: str
    kind: Kind
    doc: str
    sub: tuple[tuple[str, Kind], ...] = ()  # a record's sub-fields, flattened as name_sub
    attr: str | None = None  # the attribute of the fact object, when it differs from the name


@dataclass(frozen=True)
class Fact:
    """A fact table: a name and its fields in contract order."""

    name: str
    fields: tuple[Field, ...]
    doc: str = ""
    flat_prefix: tuple[tuple[str, str], ...] = (("article_id", "STRING"),)

    def to_dict(self, obj: Any) -> dict[str, Any]:
        """The JSON dict of one fact object (spans as lists)."""
        out: dict[str, Any] = {}
        for f in self.fields:
            value = getattr(obj, f.attr or f.name)
            if f.kind == "span" and value is not None:
                value = list(value)
            elif f.kind == "spans":
                value = [s if isinstance(s, dict) else list(s) for s in value]
            elif f.kind == "strs":
                value = list(value or [])
            out[f.name] = value
        return out

    def flat_columns(self) -> list[tuple[str, str]]:
        """(column, Spark SQL type) of the flat table, prefix columns first."""
        cols: list[tuple[str, str]] = list(self.flat_prefix)
        for f in self.fields:
            if f.kind == "span":
                base = "" if f.name == "span" else f"{f.name}_"
                cols += [(f"{base}start", "INT"), (f"{base}end", "INT")]
            elif f.kind == "spans":
                cols += [(f.name, "INT"), ("first_start", "INT")]
            elif f.kind == "record":
                cols += [(f"{f.name}_{s}", _SPARK[k]) for s, k in f.sub]
            else:
                cols.append((f.name, _SPARK[f.kind]))
        return cols

    def row(self, item: dict[str, Any], **prefix: Any) -> dict[str, Any]:
        """One flat row from a fact's JSON dict (missing keys of older contracts become None)."""
        out: dict[str, Any] = dict(prefix)
        for f in self.fields:
            value = item.get(f.name)
            if f.kind == "span":
                base = "" if f.name == "span" else f"{f.name}_"
                start, end = value if value else (None, None)
                out[f"{base}start"], out[f"{base}end"] = start, end
            elif f.kind == "spans":
                value = value or []
                out[f.name] = len(value)
                first = value[0] if value else None
                out["first_start"] = first.get("start") if isinstance(first, dict) else (first[0] if first else None)
            elif f.kind == "record":
                rec = value or {}
                for s, _ in f.sub:
                    out[f"{f.name}_{s}"] = rec.get(s)
            elif f.kind in ("strs", "json"):
                out[f.name] = None if value is None else json.dumps(value)
            else:
                out[f.name] = value
        return out

    def spark_schema(self) -> str:
        return ", ".join(f"`{c}` {t}" for c, t in self.flat_columns())


def duckdb_type(spark_type: str) -> str:
    return _DUCK[spark_type]


COUNTRIES = Fact(
    "countries",
    (
        Field("iso3", "str", "ISO 3166-1 alpha-3 code"),
        Field("name", "str", "the registry's short name"),
        Field("mentions", "spans", "each mention: {start, end, text, kind} (name, demonym, capital, code)"),
    ),
    "one row per country mentioned",
)
AMBIGUOUS = Fact(
    "ambiguous",
    (
        Field("text", "str", "the ambiguous name as written (Congo, Guinea, Korea ...)"),
        Field("span", "span", "its first occurrence"),
        Field("candidates", "strs", "the ISO3 codes it may stand for"),
        Field("resolved", "str", "the ISO3 code chosen from the article's context, or null"),
        Field("evidence", "str", "what the resolution rests on (a capital, a qualified name, a leader...)"),
    ),
    "country names that stand for more than one country",
)
PEOPLE = Fact(
    "people",
    (
        Field("name", "str", "full name as first written"),
        Field("role", "str", "title before the name and apposition after it"),
        Field("role_type", "str", "head of state, minister, legislator, diplomat, official ..."),
        Field("country", "str", "ISO3 of the country the person acts for, when the text or a dictionary says"),
        Field("kind", "str", "how the person was found: ner | title"),
        Field(
            "country_evidence", "str", "what the country was read from (a title, the role, a place, the context ...)"
        ),
        Field("mentions", "spans", "[start, end) of every mention, surnames and resolved references included"),
    ),
)
ORGANIZATIONS = Fact(
    "organizations",
    (
        Field("name", "str", "normalised name (no article, no possessive)"),
        Field("country", "str", "ISO3, only with evidence"),
        Field("country_evidence", "str", "gazetteer | demonym | institution | null"),
        Field("mentions", "spans", "[start, end) of every mention"),
    ),
)
QUOTES = Fact(
    "quotes",
    (
        Field("text", "str", "the quoted words"),
        Field("speaker", "str", "the person's full name or the organisation's name; null when unresolved"),
        Field("speaker_kind", "str", "person | organization | country | null"),
        Field("speaker_candidate", "str", "the attributed words when no named speaker was resolved"),
        Field("partial", "bool", "a fragment inside a sentence"),
        Field("span", "span", "[start, end) of the quoted words"),
        Field("closed", "bool", "false when the quote runs to the end of the paragraph"),
        Field("attribution", "str", "how the speaker was found"),
    ),
)
AMOUNTS = Fact(
    "amounts",
    (
        Field("value", "float", "the amount in its currency"),
        Field("currency", "str", "ISO 4217"),
        Field("text", "str", "as written"),
        Field("usd", "float", "converted at the annual average rate of the article's year"),
        Field("span", "span", "[start, end)"),
        Field("qualifier", "str", "about, more than ..."),
        Field("high", "float", "upper end of a range"),
        Field("usd_high", "float", "upper end in USD"),
        Field(
            "rate",
            "record",
            "the rate used: per_usd, year, source",
            sub=(("per_usd", "float"), ("year", "int"), ("source", "str")),
        ),
        Field("note", "str", "why an amount was not converted"),
    ),
)
EVENTS = Fact(
    "events",
    (
        Field("source", "str", "ISO3 of the acting country"),
        Field("target", "str", "ISO3 of the country acted upon (null for an event without a target country)"),
        Field("source_actor", "str", "the actor as named (person, organisation, country word)"),
        Field("target_actor", "str", "the target as named"),
        Field("plover", "str", "PLOVER 2021 event type"),
        Field("cameo", "str", "CAMEO code"),
        Field("cameo_name", "str", "CAMEO name"),
        Field("goldstein", "float", "Goldstein value of the CAMEO code"),
        Field("quad_class", "int", "1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict"),
        Field("trigger", "str", "the verb or event noun"),
        Field("verb_span", "span", "[start, end) of the trigger"),
        Field("pattern", "str", "the dictionary entry that coded it (PETRARCH2 pattern, verb, noun or rule)"),
        Field("confidence", "float", "0-1: how sure the coder is of code and actors"),
        Field("displayed", "bool", "confidence at or above the display threshold (brief and web)"),
        Field("headline", "bool", "coded from a headline"),
        Field("sentence", "str", "the sentence"),
        Field("span", "span", "[start, end) of the sentence"),
    ),
    flat_prefix=(("article_id", "STRING"), ("date", "STRING")),
)

FACTS: dict[str, Fact] = {f.name: f for f in (COUNTRIES, PEOPLE, ORGANIZATIONS, QUOTES, AMOUNTS, EVENTS)}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Spark SQL type name; DuckDB's through duckdb_type
    key: bool = False


@dataclass(frozen=True)
class WarehouseTable:
    """A warehouse table whose columns are (partly) generated from a fact declaration."""

    name: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def ddl(self) -> str:
        cols = ", ".join(f"{c.name} {duckdb_type(c.type)}{' PRIMARY KEY' if c.key else ''}" for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({cols});"

    def migrations(self) -> list[str]:
        """ALTER statements that add columns missing from a table made by an older version."""
        return [
            f"ALTER TABLE {self.name} ADD COLUMN IF NOT EXISTS {c.name} {duckdb_type(c.type)}"
            for c in self.columns
            if not c.key
        ]

    def insert(self) -> str:
        names = ", ".join(c.name for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.name} ({names}) VALUES ({marks})"

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


_EVENT_SHARED = ("source", "target", "source_actor", "target_actor", "cameo", "plover", "goldstein", "quad_class")
_EVENT_TYPES = dict(EVENTS.flat_columns())
WAREHOUSE_EVENTS = WarehouseTable(
    "events",
    (
        Column("event_key", "STRING", key=True),
        Column("origin", "STRING"),
        Column("date", "DATE"),
        *(Column(n, _EVENT_TYPES[n]) for n in _EVENT_SHARED),
        Column("mentions", "INT"),
        Column("url", "STRING"),
        Column("evidence", "STRING"),
        Column("article_id", "STRING"),
        Column("file", "STRING"),
        *(Column(n, _EVENT_TYPES[n]) for n in ("trigger", "confidence", "displayed", "pattern")),
    ),
)
