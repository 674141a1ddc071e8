"""Which names are people: sentences and token sequences written for these tests (countries
and people that no gold set has)."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc, Span

from dyadscope.news.gazetteer import Mention
from dyadscope.news.people import _clean_person
from dyadscope.news.reader import read_text


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read_text(text, when=date(2024, 3, 1)).people}


def test_a_country_word_is_no_surname_so_a_headline_fragment_stays_out() -> None:
    # "Visits Costa Rica" (a title-led name in the headline) took the body's "Costa Rica" as
    # later mentions of a surname "Rica", so it was not a headline-only fragment
    text = (
        "Ecuadorian Trade Minister Visits Costa Rica as Banana Dispute Eases\n\n"
        "Ecuador's trade minister, Lucia Andrade Vera, arrived in San Jose on Monday for the first "
        "visit to Costa Rica by an Ecuadorian minister in a decade. She met her Costa Rican "
        "counterpart, Mario Solis Quesada, and the two signed a customs accord. Andrade said "
        "Costa Rica had agreed to lift the inspection fee."
    )
    assert _people(text) == {"Lucia Andrade Vera": "ECU", "Mario Solis Quesada": "CRI"}


def test_a_country_name_of_three_words_tagged_as_a_person_is_no_person() -> None:
    # two-word fragments were already dropped; "Antigua and Barbuda" (three tokens) was kept
    nlp = spacy.blank("en")
    words = ["envoys", "of", "Antigua", "and", "Barbuda", "and", "Paul", "Denton", "met"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * 8)
    country = Mention("ATG", doc[2].idx, doc[4].idx + len(doc[4].text), "Antigua and Barbuda", "name")
    assert _clean_person(Span(doc, 2, 5, label="PERSON"), [country]) is None
    kept = _clean_person(Span(doc, 6, 8, label="PERSON"), [country])
    assert kept is not None and kept.text == "Paul Denton"
