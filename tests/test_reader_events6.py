"""Events, round 6: the confidence of intents, stative passives and other classes read from the
parse. Sentences written for these tests (other countries, years and phrasings than the
evaluation sets)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadscope.news import events, pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.build()


def test_an_intent_is_less_sure_than_the_act(nlp: Language) -> None:
    future = nlp("Uruguay will resume gas exports to Bolivia next year.")._.events
    assert [(e.source, e.target, e.cameo[:2]) for e in future] == [("URY", "BOL", "03")]
    done = nlp("Uruguay resumed gas exports to Bolivia on Monday.")._.events
    assert [(e.source, e.target, e.cameo) for e in done] == [("URY", "BOL", "061")]
    # the same verb, pattern and target: the promise sits INTENT_PENALTY (+ the intent's 0.05) below the act
    assert future[0].confidence == pytest.approx(done[0].confidence - events.INTENT_PENALTY - 0.05, abs=1e-9)
    assert done[0].displayed and not future[0].displayed
    offer = nlp("Vietnam offered Laos help with the dam on Monday.")._.events
    assert [(e.source, e.target, e.cameo) for e in offer] == [("VNM", "LAO", "030")]
    assert offer[0].confidence == pytest.approx(0.4 + 0.2 + 0.15 - events.INTENT_PENALTY, abs=1e-9)
