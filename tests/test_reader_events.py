"""Event coding: the PLOVER dev/test split and the coder's general rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import dyadscope as ds
from dyadscope import bundled
from dyadscope.news import evaluation, events, pipeline
from dyadscope.sources import cameo


@pytest.mark.shared
def test_plover_split_is_fixed_and_disjoint(shared: Path) -> None:
    records = evaluation.plover_records(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt")
    halves = [evaluation.plover_half(r) for r in records]
    dev = [r for r, h in zip(records, halves, strict=True) if h == "dev"]
    test = [r for r, h in zip(records, halves, strict=True) if h == "test"]
    assert len(records) == 322
    assert len(dev) + len(test) == len(records)
    # a hash split: close to half each, and the same on every call
    assert 0.4 * len(records) <= len(dev) <= 0.6 * len(records)
    assert [evaluation.plover_half(dict(r)) for r in dev] == ["dev"] * len(dev)
    # a sentence coded twice in the file is in one half only
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    # every PLOVER type with at least four sentences has sentences in both halves
    by_type: dict[str, set[str]] = {}
    for r, h in zip(records, halves, strict=True):
        by_type.setdefault(r["event"], set()).add(h)
    assert all(v == {"dev", "test"} for k, v in by_type.items() if sum(x["event"] == k for x in records) >= 4)


@pytest.mark.shared
def test_plover_gold_country_codes_are_iso3_after_the_alias_table(shared: Path) -> None:
    records = evaluation.plover_records(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt")
    iso3 = set(bundled.parquet("countries.parquet")["iso3"])
    # the aliases are exactly the gold's codes that are no ISO3 code
    assert not set(evaluation.GOLD_COUNTRY_CODES) & iso3
    assert set(evaluation.GOLD_COUNTRY_CODES.values()) <= iso3
    codes = {c for r in records for k in ("source", "target") for c in evaluation._codes(r.get(k))}
    assert codes - iso3 == {"IGO", "NGO", "IMG", "ISM"}
    assert {"JPN", "ITA", "VNM"} <= codes


@pytest.mark.shared
def test_plover_failures_name_only_dev_sentences(shared: Path) -> None:
    rep = evaluation.Report()
    evaluation.plover_gsr(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt", rep)
    names = {s.name for s in rep.scores}
    assert "PLOVER GSR dev: event type (first event)" in names
    assert "PLOVER GSR test: event type (first event)" in names
    # guards a little below the measured level (docs/reader.md, "Events, round 3"); the test
    # half was never read for tuning
    scores = {s.name: s.value for s in rep.scores}
    assert scores["PLOVER GSR test: event type (first event)"] >= 0.50
    assert scores["PLOVER GSR test: source actor country"] >= 0.78
    assert scores["PLOVER GSR test: target actor country"] >= 0.42
    # the dev half, tuned on in rounds 4 and 5 (docs/reader.md, "Events, round 5": 0.641 / 0.877 /
    # 0.699 measured): guards a few sentences below, so that a change elsewhere in the reader
    # (people's countries, the gazetteer) that costs event actors shows up here
    assert scores["PLOVER GSR dev: event type (first event)"] >= 0.61
    assert scores["PLOVER GSR dev: source actor country"] >= 0.85
    assert scores["PLOVER GSR dev: target actor country"] >= 0.67
    plover = [f for f in rep.failures if f.startswith("PLOVER")]
    assert plover and all(f.startswith("PLOVER dev ") for f in plover)
    test_texts = {
        r["text"][:90]
        for r in evaluation.plover_records(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt")
        if evaluation.plover_half(r) == "test"
    }
    assert not any(repr(t) in f for f in plover for t in test_texts)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.build()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demonym shared with a territory reads as the sovereign state (French Southern Lands)
        ("The Dutch government expelled Norwegian diplomats.", ("NLD", "NOR", "SANCTION")),
        # plural demonyms ending in -is
        ("Israeli troops killed two Iraqis on Sunday.", ("ISR", "IRQ", "ASSAULT")),
        # the target in a phrase of the object; the event noun of the pattern is not coded again
        ("The Tanzanian president held a meeting with Kenyan officials.", ("TZA", "KEN", "CONSULT")),
        # a group of people with no country of its own is in the source's country; "hundreds
        # of" is read through to its noun, and PETRARCH2's "ARREST * PROTESTERS [175]" is
        # violent repression (PLOVER ASSAULT in CAMEO2PLOVER-2021)
        ("Kenyan police arrested hundreds of protesters in Nairobi.", ("KEN", "KEN", "ASSAULT")),
        ("Kenyan police arrested opposition leaders in Nairobi.", ("KEN", "KEN", "COERCE")),
        # the PLOVER manual's AGREE for "agree"
        ("Kenya agreed on Monday to a proposal from Uganda.", ("KEN", "UGA", "AGREE")),
        # international actors of the PETRARCH2 dictionary are CAMEO's IGO
        ("The United Nations sent aid to Kenya.", ("IGO", "KEN", "AID")),
        ("Uganda rejected a request from the IMF.", ("UGA", "IGO", "REJECT")),
        # an event noun as the object of a verb without a code (CAMEO 142, hunger strike)
        # (a domestic event: the place in the source's own country is its target)
        ("Kenyan doctors staged a hunger strike in Nairobi.", ("KEN", "KEN", "PROTEST")),
        # "X said Y must be ...": a demand, also when the reported clause is headed by a copula
        ("Kenya said Uganda must be ready to negotiate.", ("KEN", "UGA", "REQUEST")),
        # willingness to yield is CAMEO 035 (AGREE); a will-future concession stays a concession
        ("Uganda said it is prepared to lift the ban on Kenyan sugar.", ("UGA", "KEN", "AGREE")),
        ("Uganda said it will lift the ban on Kenyan sugar.", ("UGA", "KEN", "CONCEDE")),
        # an event noun's target in its of/from phrase (CAMEO event names)
        ("Israel's invasion of Lebanon began on Sunday.", ("ISR", "LBN", "ASSAULT")),
        ("Kenya's withdrawal from Somalia ended in June.", ("KEN", "SOM", "RETREAT")),
        # the PLOVER manual's "offer": AGREE
        ("Kenya has offered to send troops to Somalia.", ("KEN", "SOM", "AGREE")),
    ],
)
def test_actors_and_types(nlp: Language, sentence: str, expected: tuple[str, str | None, str]) -> None:
    doc = nlp(sentence)
    got = [(e.source, e.target, e.plover) for e in doc._.events]
    assert got[:1] == [expected]
    assert len(got) == len({(e.source, e.target, e.cameo) for e in doc._.events})


def test_indian_ocean_is_not_india(nlp: Language) -> None:
    doc = nlp("Indian officials sailed across the Indian Ocean.")
    assert [m.text for m in doc._.countries] == ["Indian"]


def test_future_concession_stays_a_concession() -> None:
    # the PLOVER manual: future CONCEDE and RETREAT are left as they are, not AGREE
    assert events.intent_code("0813") == "0813"
    assert events.intent_code("061") == "0311"
    assert events.cameo_info(events.intent_code("071") or "")[1] == "AGREE"


@pytest.mark.shared
def test_agent_nouns_from_the_petrarch2_dictionary(shared: Path) -> None:
    table = cameo.parse_agents(shared / "data/events/petrarch2_dictionaries/Phoenix.agents.txt")
    agents = dict(zip(table["word"], table["agent"], strict=True))
    assert agents["rebel"] == "REB" and agents["police"] == "COP" and agents["refugee"] == "REF"
    assert "_" not in "".join(agents) and "!" not in "".join(agents)
    bundled_words = set(bundled.parquet("event_agents.parquet")["word"])
    assert bundled_words == set(agents)


@pytest.mark.parametrize(
    ("sentence", "displayed"),
    [
        # an appeal (CAMEO 02) when the object is asked to act, not praise of it
        ("Kenya encouraged Uganda to join the railway project.", [("KEN", "UGA", "REQUEST")]),
        # a plural demonym is the people, not the state: its verbal events are not shown
        ("Kenyans welcomed Chinese President Xi Jinping in Nairobi.", []),
        # (a person welcomed is a visitor received: CAMEO 043, host a visit)
        ("Kenyan officials welcomed Chinese President Xi Jinping in Nairobi.", [("KEN", "CHN", "CONSULT")]),
        # a verbless caption or heading is less sure than a sentence
        ("US peace talks with Somalia", []),
        # a judgment ("considers X a Y") is not an event
        ("Ethiopia considers its railway to Djibouti a lifeline.", []),
    ],
)
def test_displayed_events(nlp: Language, sentence: str, displayed: list[tuple[str, str, str]]) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.plover) for e in doc._.events if e.displayed] == displayed


def test_headlines_only_with_an_unambiguous_verb(tmp_path: Path) -> None:
    # "hit" is a synonym in PETRARCH2's 190 block: in a headline it is too unsure to code
    for title, expected in (
        ("Kenya Hits Uganda", []),
        ("Kenya Accuses Uganda Over Sugar Ban", [("KEN", "UGA", "112")]),
    ):
        path = tmp_path / "a.txt"
        path.write_text(f"{title}\n\nThe story goes on here.\n", encoding="utf-8")
        art = ds.read(path, when="2020-01-01")
        assert [(e.source, e.target, e.cameo) for e in art.events if e.headline] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one allowed or asked to act is the subject of the infinitive: the target; a
        # named person with no country is, in a domestic event, in the source's country
        ("The Kenyan government allowed opposition leader Raila Odinga to hold a rally.", ("KEN", "KEN", "080")),
        ("Uganda demanded Kenyan traders to leave the market.", ("UGA", "KEN", "100")),
        # a measure noun is read through to its "of" phrase; the dative is the recipient
        ("The European Union gave Kenya 5 million dollars of aid.", ("IGO", "KEN", "070")),
        # a dictionary pattern written in the plural ("- * SANCTIONS [163]")
        ("The United States imposed sanctions on Iran.", ("USA", "IRN", "163")),
        # a domestic event between two different actors of one country stays domestic
        ("Zimbabwean opposition leader Nelson Chamisa mocked President Emmerson Mnangagwa.", ("ZWE", "ZWE", "111")),
        # peacekeepers arriving: CAMEO 074 (military protection or peacekeeping)
        ("Kenyan peacekeeping troops arrived in Somalia on Monday.", ("KEN", "SOM", "074")),
        # the state acting on itself has no target ("Beijing" is China)
        ("China increased Beijing's influence in Africa.", ("CHN", None, "060")),
        # a domestic target elsewhere in the verb's phrase: a place, or a group noun
        ("Afghan guerillas blew up power lines leading into Kabul.", ("AFG", "AFG", "190")),
        ("Egypt's security chief warned that police will no longer tolerate rallies.", ("EGY", "EGY", "130")),
    ],
)
def test_targets_round_4(nlp: Language, sentence: str, expected: tuple[str, str | None, str]) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.cameo) for e in doc._.events][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb coded by itself gives way to the event noun it governs ("organized a strike")
        ("Kenyan opposition parties organized a general strike in Nairobi.", [("KEN", "KEN", "143")]),
        # ... but a pattern of the verb and its object stands ("organize * meeting")
        ("Kenyan opposition parties organized a meeting with Ugandan officials.", [("KEN", "UGA", "026")]),
        # "sworn to fight" (parsed as an adverbial clause): the vow's complement, an intent
        ("Albanian rebels have sworn to fight Macedonian troops.", [("ALB", "MKD", "138")]),
    ],
)
def test_objects_and_complements_that_carry_the_event(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.cameo) for e in doc._.events] == expected


def test_purpose_clauses_and_statements_are_not_coded(nlp: Language) -> None:
    # an infinitive of aim has not happened; a statement's listener is no target
    doc = nlp("China sent envoys to Kabul to end the war.")
    assert [e.trigger for e in doc._.events] == ["sent"]
    doc = nlp("The Egyptian president told reporters that the talks had ended.")
    assert all(e.target is None for e in doc._.events)


@pytest.mark.shared
def test_plover_deviation_from_the_official_table(shared: Path) -> None:
    # the official CAMEO2PLOVER table maps 163 to COERCE and 0813 to RETREAT; the reader
    # follows the manual's SANCTION and CONCEDE sections (docs/reader.md) and nothing else
    # differs but the appeals (02)
    table = cameo.parse_codes(
        shared / "data/events/cameo/CAMEO.eventcodes.txt",
        shared / "data/events/cameo/CAMEO.goldsteinscale.txt",
        shared / "data/events/plover/CAMEO2PLOVER-2021.txt",
    ).set_index("code")["plover"]
    assert table["163"] == "COERCE"
    ours = events.plover_map()
    differ = sorted(c for c in ours.index if ours[c] != table.get(c) and not c.startswith("02"))
    assert differ == ["0813", "163"] and ours["163"] == "SANCTION" and ours["0813"] == "CONCEDE"
    assert events.cameo_info("163")[1] == "SANCTION"


def test_gold_second_target_is_accepted() -> None:
    gold = {"source": "CHN", "target": "COD", "cameo": "074", "plover": "AID", "target_also_correct": ["IGO"]}
    assert evaluation._event_matches({"source": "CHN", "target": "IGO", "cameo": "072", "plover": "AID"}, gold) == (
        True,
        True,
    )
    assert (
        evaluation._event_matches({"source": "CHN", "target": "USA", "cameo": "072", "plover": "AID"}, gold)[0] is False
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the PLOVER manual: RETREAT "also covers resignations of government officials"; CAMEO
        # 0874 "Retreat or surrender militarily"
        ("Kenyan President Uhuru Kenyatta resigned on Sunday.", ("KEN", None, "083", "RETREAT")),
        ("Ugandan rebels surrendered to the Kenyan army.", ("UGA", "KEN", "0874", "RETREAT")),
        # the manual: an announced future retreat is CONCEDE
        ("Kenya said it will withdraw its troops from Somalia.", ("KEN", "SOM", "087", "CONCEDE")),
        ("Kenya withdrew its troops from Somalia.", ("KEN", "SOM", "087", "RETREAT")),
        # the manual's CONCEDE: "removing curfews" (documented deviation from the table)
        ("Serbia lifted a curfew in Montenegro.", ("SRB", "MNE", "0813", "CONCEDE")),
        # the manual: debt forgiveness is AID, also "has agreed to forgive"; a plan is AGREE
        ("China agreed to forgive Zambia's debt.", ("CHN", "ZMB", "071", "AID")),
        ("China plans to forgive Zambia's debt.", ("CHN", "ZMB", "0331", "AGREE")),
    ],
)
def test_plover_types_from_the_manual(nlp: Language, sentence: str, expected: tuple[str, str | None, str, str]) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.cameo, e.plover) for e in doc._.events][:1] == [expected]


def test_the_european_community_is_the_igo(nlp: Language) -> None:
    # the dictionary's code for the EU is IGOEUREEC: its earlier names are the same actor
    doc = nlp("The European Community gave Kenya 5 million dollars of aid.")
    assert [(e.source, e.target, e.plover) for e in doc._.events][:1] == [("IGO", "KEN", "AID")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # violence with no named perpetrator: from the country where it happened (the PLOVER
        # GSR's convention), else the victims' own; never displayed
        ("Three US servicemen were killed by a roadside bomb outside the Iraqi city of Basra.", ("IRQ", "USA")),
        ("A minefield explosion near the town killed two Iraqi youths.", ("IRQ", "IRQ")),
    ],
)
def test_violence_without_a_named_perpetrator(nlp: Language, sentence: str, expected: tuple[str, str]) -> None:
    doc = nlp(sentence)
    found = [(e.source, e.target, e.plover, e.displayed) for e in doc._.events]
    assert found[:1] == [(*expected, "ASSAULT", False)]


def test_bosnia_is_a_country(nlp: Language) -> None:
    doc = nlp("Bosnian officials met NATO commanders in Bosnia.")
    assert [(m.text, m.iso3) for m in doc._.countries] == [("Bosnian", "BIH"), ("Bosnia", "BIH")]


def test_actors_with_a_country_from_the_context_are_less_sure() -> None:
    assert events._from_context("the country the article is about (its lead)")
    assert events._from_context("the one country named in the sentence")
    assert not events._from_context("role") and not events._from_context(None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gerund after a phrasal verb of delay has not happened; a passive expectation is hearsay
        ("Vanuatu has put off signing a security agreement with Australia.", []),
        ("Rasheed is expected to visit New Delhi in July, officials said.", []),
        # "- * &TREATY [057]" is not hidden by "- * {TRADE &TREATY} [0311]" for a bare "agreement"
        ("Japan signed a loan agreement with Bangladesh on Monday.", [("JPN", "BGD", "057")]),
        # welcoming a thing is support, welcoming a person hosting a visit
        ("Kenya welcomed the Ugandan decision.", [("KEN", "UGA", "052")]),
        # turning down a proposal is a rejection (CAMEO 12), criticism of a deed disapproval (11)
        ("Kenya dismissed an appeal from Uganda.", [("KEN", "UGA", "120")]),
    ],
)
def test_unreal_gerunds_hearsay_and_pattern_priority(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.cameo) for e in doc._.events if e.displayed] == expected


@pytest.mark.shared
def test_braced_patterns_do_not_hide_plain_ones(shared: Path) -> None:
    _, pats = cameo.parse_verbs(shared / "data/events/petrarch2_dictionaries/CAMEO.2.0.txt")
    code = pats.set_index(["lemma", "word", "prep", "pword"])["code"]
    assert code[("sign", "agreement", "", "")] == "057"
    assert code[("sign", "grant", "", "")] == "0331"
    bundled_pats = bundled.parquet("event_patterns.parquet")
    assert len(bundled_pats) == len(pats)
    assert bundled_pats.set_index(["lemma", "word", "prep", "pword"])["code"].equals(code)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # joint subjects act on each other; the country of the place where they meet is no target,
        # also in a photo caption's "X, left, and Y"
        (
            "Chile and Bolivia opened talks in Lima on Monday on the water dispute.",
            [("CHL", "BOL", "044"), ("BOL", "CHL", "044")],
        ),
        (
            "Paraguay's Economy Minister Ana Ruiz, left, and Uruguay's Finance Minister Luis Vega attend the "
            "opening session in Buenos Aires.",
            [("PRY", "URY", "042"), ("URY", "PRY", "042")],
        ),
        # summoning an envoy is a formal protest; the envoy's country is the one it represents
        ("Ecuador's Foreign Ministry summoned Colombia's ambassador in Quito on Monday.", [("ECU", "COL", "114")]),
        # ordering a diplomat out is an expulsion (reduce diplomatic relations), anyone else deportation
        (
            "Senegal on Monday ordered a senior Malian diplomat to leave the country within 72 hours.",
            [("SEN", "MLI", "161")],
        ),
        ("Ghana ordered forty Nigerian traders to leave the country.", [("GHA", "NGA", "174")]),
        # the infinitive after an appeal's object is asked for, not done
        ("Canada, the biggest buyer of Peru's copper, has urged both sides to reach an agreement.", []),
        # a loan under consideration is not given; a wish is not an event
        (
            "Japan has lent Vietnam 90 million dollars for the bridge and is considering a second loan to Laos.",
            [("JPN", "VNM", "071")],
        ),
        ("An opposition leader said Beijing wanted Fiji's vote at the United Nations.", []),
        # the negation of one conjoined verb is not the other's
        (
            "The minister said Chad had never wanted this dispute and thanked Cameroon for its patience.",
            [("TCD", "CMR", "051")],
        ),
    ],
)
def test_round_4b_direction_modality_and_codes(
    nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(sentence)
    assert [(e.source, e.target, e.cameo) for e in doc._.events if e.displayed] == expected


def test_an_apposition_is_not_a_second_actor(nlp: Language) -> None:
    # the country in the apposition's own phrase is a relation of the named actor, not a source
    doc = nlp("Japan, Fiji's largest aid donor, welcomed the memorandum.")
    assert {e.source for e in doc._.events} == {"JPN"}
    # an apposition still names the actor of a phrase without one ("Kenya's president, X")
    doc = nlp("The president, Kenya's Uhuru Kenyatta, criticized Uganda.")
    assert [(e.source, e.target) for e in doc._.events][:1] == [("KEN", "UGA")]


def test_a_caption_parsed_with_its_place_mark_as_the_verb(nlp: Language) -> None:
    # "X, left, and Y sign ...": the parser makes "left" the root and Y its conjunct; both sign
    doc = nlp(
        "Japanese Vice Finance Minister Sato Ken-ichi, left, and Laotian Finance Minister Bounchom Vongsa "
        "sign the loan agreement in Vientiane, May 4, 2026."
    )
    assert [(e.source, e.target, e.cameo) for e in doc._.events if e.displayed] == [
        ("JPN", "LAO", "057"),
        ("LAO", "JPN", "057"),
    ]
