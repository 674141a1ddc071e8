"""Amounts, quote spans and speakers, country disambiguation: hand-made cases."""

from __future__ import annotations

from datetime import date

import pytest

from dyadscope.news.amounts import convert, find_amounts
from dyadscope.news.quotes import quote_spans
from dyadscope.news.reader import read_text


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier", "high"),
    [
        ("imports approximately Sh600 billion worth", 600e9, "KES", "approximately", None),
        ("a loan of KSh 1.2bn was", 1.2e9, "KES", None, None),
        ("paid 500,000 Kenyan shillings to", 500_000, "KES", None, None),
        ("a $3 billion railway", 3e9, "USD", None, None),
        ("exports of US$75m to", 75e6, "USD", None, None),
        ("more than $15 billion in loans", 15e9, "USD", "more than", None),
        ("costs of $2-3 billion", 2e9, "USD", None, 3e9),
        ("between $2 billion and $3 billion", 2e9, "USD", None, 3e9),
        ("a C$5 million grant", 5e6, "CAD", None, None),
        ("worth $4 billion Canadian", 4e9, "CAD", None, None),
        ("3.5 million euros", 3.5e6, "EUR", None, None),
    ],
)
def test_amounts(text: str, value: float, currency: str, qualifier: str | None, high: float | None) -> None:
    (a,) = find_amounts(text)
    assert a.value == pytest.approx(value)
    assert a.currency == currency
    assert a.qualifier == qualifier
    assert a.high == (pytest.approx(high) if high else None)
    assert text[a.span[0] : a.span[1]] == a.text


def test_conversion_states_the_rate() -> None:
    (a,) = find_amounts("Sh600 billion")
    convert([a], 2019)
    assert a.rate is not None and a.rate["year"] == 2019 and a.rate["currency"] == "KES"
    assert a.usd == pytest.approx(600e9 / a.rate["per_usd"])
    assert 95 < a.rate["per_usd"] < 110  # KES averaged about 102 per USD in 2019
    (b,) = find_amounts("$5 billion")
    convert([b], None)
    assert b.usd is None and "no article date" in (b.note or "")
    (c,) = find_amounts("Sh5 billion")
    convert([c], 1950)
    assert c.usd is None and "no KES per USD rate for 1950" in (c.note or "")


def test_no_amounts_in_plain_numbers() -> None:
    assert find_amounts("In 2019, 10.5 kilometers and 4 percent of 30 people") == []


@pytest.mark.parametrize(
    ("text", "inner", "closed"),
    [
        ("He said “we will go” today.", ["we will go"], [True]),
        ('He said "we will go" today.', ["we will go"], [True]),
        ("Kenya’s ‘win-win’ deal and Nairobi’s plan", ["win-win"], [True]),
        ('“mixed quote" end', ["mixed quote"], [True]),
        ("“an open quote that runs on\nNext paragraph.", ["an open quote that runs on"], [False]),
        ("It's the people's choice, isn't it", [], []),
    ],
)
def test_quote_spans(text: str, inner: list[str], closed: list[bool]) -> None:
    spans = quote_spans(text)
    assert [text[s:e] for s, e, _ in spans] == inner
    assert [c for _, _, c in spans] == closed


def test_speakers_and_partial_quotes() -> None:
    art = read_text(
        "A test story\n"
        "Foreign Minister Naledi Pandor met officials in Pretoria on Monday.\n"
        "“We are ready to talk to everyone,” Pandor said.\n"
        "“Nobody will dictate our choices,” she added.\n"
        "“This is a second sentence of the same paragraph of quotes and goes on.\n"
        "Kenyan President William Ruto called the plan “a fair deal” for farmers.\n"
        "“We will export more tea,” said Ruto.",
        when=date(2024, 5, 1),
    )
    by_start = {" ".join(q.text.split()[:2]): q for q in art.quotes}
    assert by_start["We are"].speaker == "Naledi Pandor" and not by_start["We are"].partial
    assert by_start["Nobody will"].speaker == "Naledi Pandor"
    assert by_start["This is"].closed is False and by_start["This is"].speaker == "Naledi Pandor"
    assert by_start["a fair"].partial
    assert by_start["We will"].speaker == "William Ruto"
    ruto = next(p for p in art.people if p.name == "William Ruto")
    assert ruto.country == "KEN" and ruto.role_type == "head of state"


def test_country_disambiguation() -> None:
    art = read_text(
        "Holiday notes\n"
        "Chad Smith roasted a turkey in Atlanta, Georgia, while Latin American and African "
        "leaders met in Asia. Officials in Beijing and Washington spoke to the U.S. envoy.",
        when=date(2024, 1, 1),
    )
    got = {m.iso3 for m in art.countries}
    assert "TCD" not in got  # Chad Smith is a person
    assert "TUR" not in got  # turkey the bird
    assert "GEO" not in got  # the US state
    assert got == {"CHN", "USA"}


@pytest.mark.parametrize(
    ("text", "resolved", "counted"),
    [
        ("Miners in Congo stopped work on Monday after a dispute over pay.", None, set()),
        ("Miners in Congo stopped work. Officials in Kinshasa said pay would rise.", "COD", {"COD"}),
        ("Korea tested a missile, officials in Pyongyang said on Monday.", "PRK", {"PRK"}),
        ("Guinea held an election on Sunday and counted the votes.", "GIN", {"GIN"}),
        ("Guinea and Equatorial Guinea signed a deal on Sunday.", "GIN", {"GIN", "GNQ"}),
    ],
)
def test_ambiguous_country_names(text: str, resolved: str | None, counted: set[str]) -> None:
    art = read_text("Notes\n" + text, when=date(2024, 1, 1))
    (amb,) = art.ambiguous
    assert len(amb.candidates) >= 2 and amb.resolved == resolved and amb.evidence
    assert {m.iso3 for m in art.countries} == counted


def test_speakers_are_named_or_null() -> None:
    art = read_text(
        "A test story\n"
        "Secretary of State Rex Tillerson arrived in Nairobi on Friday for talks with Kenyan officials.\n"
        "“We are not discouraging anyone from borrowing,” the top U.S. diplomat said.\n"
        "“Security interests between the two countries are growing,” a senior intelligence official said.\n"
        "“Loans must be repaid on time by every borrower,” the World Bank said in a statement.",
        when=date(2018, 3, 9),
    )
    by_start = {" ".join(q.text.split()[:2]): q for q in art.quotes}
    assert by_start["We are"].speaker == "Rex Tillerson" and by_start["We are"].speaker_kind == "person"
    unnamed = by_start["Security interests"]
    assert unnamed.speaker is None and unnamed.speaker_candidate == "a senior intelligence official"
    assert by_start["Loans must"].speaker == "World Bank"
    assert by_start["Loans must"].speaker_kind == "organization"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # direction by semantic role: the lender is the source, whatever the word order
        ("Kenya borrowed $3 billion from China in 2014 to build the railway.", ("CHN", "KEN", "07")),
        ("China lent Zambia $1 billion last year.", ("CHN", "ZMB", "07")),
        ("Kenya was accused by the United States of hiding the loan terms.", ("USA", "KEN", "11")),
        # announced or intended actions are intents (CAMEO 03), not the action itself
        ("Finland will give Tanzania a grant of 580 million shillings.", ("FIN", "TZA", "03")),
        # a demand reported as "X said Y must ..."
        ("France said on Saturday that Iraq must cooperate fully with the inspectors.", ("FRA", "IRQ", "10")),
    ],
)
def test_event_direction_and_modality(sentence: str, expected: tuple[str, str, str]) -> None:
    art = read_text("Notes\n" + sentence, when=date(2018, 1, 1))
    got = {(e.source, e.target, e.cameo[:2]) for e in art.events}
    assert expected in got
    assert all(e.verb_span and art.text[e.verb_span[0] : e.verb_span[1]] == e.trigger for e in art.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "China did not lend Zambia any money last year.",  # negated
        "If China lends Zambia money, the debt will grow.",  # conditional
        "China denied firing lasers at American planes over Djibouti.",  # the firing is denied
        "The delayed Kenyan police deployment to Haiti worries Washington.",  # delayed
    ],
)
def test_no_event_for_what_did_not_happen(sentence: str) -> None:
    art = read_text("Notes\n" + sentence, when=date(2018, 1, 1))
    assert not [e for e in art.events if e.cameo[:2] in ("07", "19", "18", "07", "17") or e.cameo.startswith("074")]


def test_places_facilities_and_headline_fragments() -> None:
    art = read_text(
        "Uganda Launches New Power Station\n"
        "FILE - Workers walk past Camp Lemonnier, the U.S. base in Djibouti, on May 3.\n"
        "Kenya Railways signed a deal with the China Road and Bridge Corporation (CRBC) to run the "
        "Standard Gauge Railway (SGR) line, said Morgan Stanley analyst James Kariuki. Kariuki said it paid USD 5.",
        when=date(2018, 1, 1),
    )
    people = {p.name for p in art.people}
    orgs = {o.name for o in art.organizations}
    assert "Camp Lemonnier" not in people and "Kenya Railways" not in people
    assert not any(o.startswith(("FILE", "Uganda Launches")) for o in orgs)
    assert not orgs & {"Standard Gauge Railway", "SGR", "USD", "Kariuki"}
    assert "FILE -" not in art.text


def test_batch_reading_in_two_processes_equals_one() -> None:
    from dyadscope.errors import ArticleError
    from dyadscope.news import reader
    from dyadscope.news.clean import CleanArticle

    texts = [
        "Kenya borrowed $3 billion from China in 2014, the treasury said.",
        "“We will export more tea,” said Kenyan President William Ruto on Monday.",
        "Uganda and Tanzania signed a pipeline deal in Kampala on Tuesday.",
    ]
    arts: list[CleanArticle | ArticleError] = [
        CleanArticle(f"Story {i}", t, date(2018, 1, 1), None, None, f"t{i}") for i, t in enumerate(texts)
    ]
    arts.insert(1, ArticleError("t-bad: no article text"))
    one = list(reader.read_each(arts, batch_size=1))
    two = list(reader.read_each(arts, batch_size=1, n_process=2))
    assert isinstance(two[1], ArticleError) and str(two[1]) == "t-bad: no article text"
    assert [a.to_dict() for a in one if not isinstance(a, ArticleError)] == [
        a.to_dict() for a in two if not isinstance(a, ArticleError)
    ]
