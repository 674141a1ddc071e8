"""Events, round 7: what did not happen (an expectation of another's act, an act named inside a
charge, a demand in the subjunctive), joint subjects that do not act on each other. Sentences
written for these tests (other countries, years and phrasings than the evaluation sets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import dyadscope as ds
from dyadscope.news import events, pipeline
from dyadscope.sources import cameo


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.build()


def _coded(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.source, e.target, e.cameo) for e in nlp(text)._.events]


def test_what_did_not_happen_is_not_coded(nlp: Language) -> None:
    # an expectation or wish about another actor's act is no intent of that actor
    got = _coded(nlp, "Officials in Quito said they expected Peru to expel an Ecuadorian diplomat soon.")
    assert all(e[0] != "PER" for e in got), got
    got = _coded(nlp, "Ghana wants Togo to reopen the Aflao crossing before Christmas.")
    assert all(e[0] != "TGO" for e in got), got
    # the speaker's own intent is still one ("Peru wants to expel ..." is Peru's)
    assert [e[:2] for e in _coded(nlp, "Peru plans to expel an Ecuadorian diplomat.")] == [("PER", "ECU")]
    # an act named inside a charge was alleged, not reported as done: the accusation stands alone
    got = _coded(
        nlp, "Laotian officials accused Hanoi of blocking a separate water treaty between Cambodia and Thailand."
    )
    assert got == [("LAO", "VNM", "112")], got
    # a demand in the subjunctive: the release was asked for; the demand is made of the one asked
    got = _coded(nlp, "Ghana on Friday demanded that Togo release four Ghanaian fishermen held since June.")
    assert ("TGO", "GHA", "084") not in got and got[:1] == [("GHA", "TGO", "100")], got
    # a plain past complement of the same verb is a fact reported
    got = _coded(nlp, "Ghana said that Togo released four Ghanaian fishermen on Friday.")
    assert ("TGO", "GHA", "084") in got, got


def test_joint_subjects_act_on_each_other_only_in_a_mutual_act(nlp: Language) -> None:
    # praise of a third thing: the two do not praise each other
    got = nlp("Norway and Canada both welcomed the ceasefire on Sunday.")._.events
    assert all(e.target not in ("NOR", "CAN") for e in got), [(e.source, e.target) for e in got]
    # signing and meeting are mutual
    assert sorted(_coded(nlp, "Norway and Canada signed a fisheries agreement on Sunday.")) == [
        ("CAN", "NOR", "057"),
        ("NOR", "CAN", "057"),
    ]


@pytest.mark.shared
def test_a_verbs_own_pattern_wins_over_its_blocks(shared: Path, nlp: Language) -> None:
    # CAMEO.2.0.txt's APPROVE block: "- * &TREATY [031:031] # APPROVE" before
    # "- * &TREATY [057] # RATIFY": the pattern noted for RATIFY is ratify's own
    _, pats = cameo.parse_verbs(shared / "data/events/petrarch2_dictionaries/CAMEO.2.0.txt")
    code = pats.set_index(["lemma", "word", "prep", "pword"])["code"]
    assert code[("ratify", "treaty", "", "")] == "057"
    assert code[("approve", "treaty", "", "")] == "031"  # the block's own verb keeps the first
    assert code[("reclose", "border", "", "")] == "191"  # "- * BORDER [191] # RECLOSE", not CLOSE's 172
    assert code[("close", "border", "", "")] == "172"
    got = _coded(nlp, "The parliaments of Chile and Peru ratified a maritime treaty on Monday.")
    assert sorted(got) == [("CHL", "PER", "057"), ("PER", "CHL", "057")]


def test_codes_from_the_codebooks_and_the_scene_from_the_gazetteer(nlp: Language) -> None:
    # expelling a foreign envoy reduces diplomatic relations (16x), as ordering one out does
    assert _coded(nlp, "Serbia expelled two Croatian diplomats on Monday.") == [("SRB", "HRV", "161")]
    # the PLOVER manual: an invitation is AGREE (CAMEO 036), an intent, so not shown on its own
    invited = nlp("Chile invited Peru's foreign minister to a summit in Santiago.")._.events
    assert [(e.source, e.target, e.cameo, e.plover, e.displayed) for e in invited] == [
        ("CHL", "PER", "036", "AGREE", False)
    ]
    # violence with no named perpetrator: the scene's town (GeoNames via news.places) gives the
    # country, not the victims' (was BGR -> BGR)
    got = _coded(nlp, "A car bomb outside the town of Kumanovo killed three Bulgarian truck drivers on Friday.")
    assert got == [("MKD", "BGR", "190")]


def test_a_headline_coded_by_its_verb_is_shown(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Chile Accuses Bolivia of Diverting the Silala\n\nThe dispute is old.\n", encoding="utf-8")
    art = ds.read(path, when="2020-01-01")
    got = [(e.source, e.target, e.cameo[:2], e.displayed) for e in art.events if e.headline]
    # a verb's headline: 0.05 below the same sentence in the body, so shown (was 0.1 below: hidden)
    assert got == [("CHL", "BOL", "11", True)]
    body = nlp("Chile accused Bolivia of diverting the Silala.")._.events
    assert art.events[0].confidence == pytest.approx(body[0].confidence - events.HEADLINE_PENALTY, abs=1e-9)


def test_a_negated_act_is_an_unsure_rejection_and_a_welcomed_minister_a_visitor(nlp: Language) -> None:
    # "has not notified": something not (yet) done, read as a rejection only with little confidence
    got = nlp("Peru has not notified Chile of the new fishing quota.")._.events
    assert [(e.source, e.target, e.cameo[:2], e.displayed) for e in got] == [("PER", "CHL", "12", False)]
    # an office holder welcomed is a visitor received (043), as a named person is, not praise (051)
    got = nlp("Ghanaian President John Mensah, left, welcomes Benin's Foreign Minister Alain Dossou in Accra.")._.events
    assert [(e.source, e.target, e.cameo, e.displayed) for e in got] == [("GHA", "BEN", "043", True)]
