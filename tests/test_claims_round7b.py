"""Round 7 (claims8b): alignment claims read from the structure of the sentence. Every sentence is written for
these tests (countries and years of no bundled evaluation set); expected verdicts come from the evidence layer
(State Department coincidence by year, :func:`tests.helpers.coincidence`) and the margins documented in
:mod:`dyadscope.claims.checks.alignment`, never from the checker's own explanation."""

from __future__ import annotations

import math
from datetime import date

from dyadscope import groups
from dyadscope.claims.checks.alignment import EXACT_MARGIN, LARGE_MARGIN, SMALL_MARGIN
from dyadscope.evidence import votes
from dyadscope.warehouse import Warehouse
from tests.helpers import check_text, coincidence, share_verdict


def _by_quote(rep: object, words: str) -> object:
    hits = [c for c in rep if words in c.claim.quote]  # type: ignore[attr-defined]
    assert len(hits) == 1, [c.claim.quote for c in rep]  # type: ignore[attr-defined]
    return hits[0]


def test_alignment_comparisons_shares_and_ranks(warehouse: Warehouse) -> None:
    """A comparative with no "than" is measured against the latest pair named before ("Chile sided with the
    United States only slightly more often that year": Chile's coincidence against Uruguay's), "N times as
    often as X did" is the ratio of the two coincidences, "than X did" is X's coincidence with the same
    partner (not the subject's with X), "exactly as often as X did" is equality, and the margin words
    ("slightly", "far") are checked: a slight lead that is in fact large is contradicted. A past statement
    of how a country voted is an alignment claim, an expectation about votes is not checkable.

    Also: "N times in M" and "N votes out of M" are shares; "sides with" read as a plural noun by the tagger
    is still the verb; "near the bottom of the list of America's major non-NATO allies" is a rank in the
    bottom third of the group's members designated by that year (by coincidence with the US, from the
    evidence layer), and "among the most closely aligned" one in the top third.

    Own votes: "opposed the text on ..." is a no on that roll call, a bare "Kazakhstan, like China, abstained."
    is on the roll call named before, for both countries (their votes read from the evidence layer). Not
    checkable: a share a survey found (a poll), goods in tonnes that left a country's ports (a volume).
    One text, read once."""
    text = (
        "Uruguay voted with the United States in about 21 percent of the recorded General Assembly votes in 2013."
        " Chile sided with the United States only slightly more often that year, while Paraguay voted with"
        " Washington more than 1.4 times as often as Uruguay did. Ecuador voted with the United States far less"
        " often than Uruguay did in 2013. New Zealand sided with the United States only slightly more often than"
        " Chile did in 2013.\n\n"
        "In 2011 Nepal voted with China in about 99 percent of the recorded votes, slightly more often than it"
        " sided with Russia, and with the United States in about 42 percent. That is up from about 15 percent in"
        " 2005. It said 40 percent of its diplomats were women in 2010. Bangladesh sided with China exactly as often"
        " as Nepal did in 2011.\n\n"
        "Bhutan sided with India at the General Assembly in 2011. Diplomats expect Bhutan to align with India"
        " at the United Nations.\n\n"
        "Morocco voted with the United States in about one in eight of the recorded votes in 2013. That places"
        " Rabat near the bottom of the list of America's major non-NATO allies.\n\n"
        "In 2013 New Zealand was among the most closely aligned of the major non-NATO allies with Washington.\n\n"
        "Kuwait sides with the Americans in roughly one vote out of seven, according to the 2013 count. Tunisia"
        " voted with the United States about one time in seven in 2013.\n\n"
        "In March 2014 the General Assembly voted on a resolution on the territorial integrity of Ukraine. Armenia"
        " opposed the text on the territorial integrity of Ukraine in March 2014, and it was not alone."
        " Kazakhstan, like China, abstained.\n\n"
        "A survey by an Accra polling firm in March found that 47 percent of Ghanaians considered China's role"
        " positive.\n\n"
        "Some 200,000 tonnes of cocoa left Ghana's ports in 2016, according to the cocoa board."
    )
    rep = check_text(text, warehouse, "2014-06-01")
    c = {k: 100 * coincidence(warehouse, k, "USA", 2013) for k in ("URY", "CHL", "PRY", "ECU", "NZL")}

    (chile,) = [x for x in rep if x.claim.subject == "CHL"]
    assert (chile.claim.subject, chile.claim.partner, chile.claim.years) == ("CHL", "USA", [2013])
    assert chile.claim.detail["others"] == ["URY"]
    assert chile.verdict == ("consistent" if 0 < c["CHL"] - c["URY"] <= SMALL_MARGIN else "contradicted")

    paraguay = _by_quote(rep, "1.4 times as often as Uruguay")
    assert (paraguay.claim.subject, paraguay.claim.hedge) == ("PRY", "more than")
    assert paraguay.verdict == ("consistent" if c["PRY"] / c["URY"] >= 0.95 * 1.4 else "overstated")

    ecuador = [x for x in rep if x.claim.subject == "ECU"]
    assert [x.claim.detail.get("others") for x in ecuador] == [["URY"]]
    assert ecuador[0].verdict == ("consistent" if c["URY"] - c["ECU"] >= LARGE_MARGIN else "contradicted")

    nzl = [x for x in rep if x.claim.subject == "NZL" and x.claim.detail.get("others")]
    assert [x.claim.detail.get("others") for x in nzl] == [["CHL"]]
    assert nzl[0].verdict == ("consistent" if 0 < c["NZL"] - c["CHL"] <= SMALL_MARGIN else "contradicted")
    assert nzl[0].verdict == "contradicted"  # New Zealand's lead over Chile is far more than slight

    npl = {p: 100 * coincidence(warehouse, "NPL", p, 2011) for p in ("CHN", "RUS", "USA")}
    nepal = [(x.claim.partner, x.claim.unit, x.claim.quantity, x.claim.detail.get("than")) for x in rep]
    assert ("CHN", "percent", 99.0, None) in nepal
    assert ("CHN", "comparison", None, "RUS") in nepal
    assert ("USA", "percent", 42.0, None) in nepal
    than_russia = _by_quote(rep, "than it sided with Russia")
    assert than_russia.verdict == ("consistent" if 0 < npl["CHN"] - npl["RUS"] <= SMALL_MARGIN else "contradicted")
    earlier = _by_quote(rep, "about 15 percent")
    assert (earlier.claim.subject, earlier.claim.partner, earlier.claim.years) == ("NPL", "USA", [2005])
    assert earlier.verdict == share_verdict(100 * coincidence(warehouse, "NPL", "USA", 2005), 15.0, "about")

    assert not [x for x in rep if "diplomats were women" in x.claim.sentence]  # a share said, not one of the votes
    same = _by_quote(rep, "exactly as often as Nepal")
    gap = abs(coincidence(warehouse, "BGD", "CHN", 2011) - coincidence(warehouse, "NPL", "CHN", 2011)) * 100
    assert same.claim.subject == "BGD"
    assert same.verdict == ("consistent" if gap <= EXACT_MARGIN else "contradicted")

    bhutan = [x for x in rep if x.claim.subject == "BTN"]
    assert [x.claim.kind for x in bhutan] == ["alignment", "uncheckable"]
    assert all(x.verdict == "not checkable" for x in bhutan)

    # shares, ranks and a verb the tagger reads as a noun
    members = [m for m in groups.members("MNNA", 2013) if m != "USA"]
    # coincidence is symmetric: the US's with each member designated by 2013, in one read of the evidence layer
    series = votes.alignment_series(
        warehouse, "USA", members, "coincidence", "year", votes.VoteFilter.parse(2013, 2013)
    )
    coin = {str(r["partner"]): float(r["value"]) for r in series.to_dict("records") if not math.isnan(r["value"])}
    order = sorted(coin, key=lambda k: -coin[k])
    third = -(-len(order) // 3)

    def in_band(code: str, band: str) -> bool:
        rank = order.index(code) + 1
        return rank <= third if band == "top" else rank > len(order) - third

    bottom = _by_quote(rep, "near the bottom")
    assert (bottom.claim.subject, bottom.claim.partner, bottom.claim.detail["band"]) == ("MAR", "USA", "bottom")
    assert bottom.verdict == ("consistent" if in_band("MAR", "bottom") else "contradicted")
    top = [x for x in rep if x.claim.subject == "NZL" and x.claim.detail.get("band")]
    assert [x.claim.detail.get("band") for x in top] == ["top"]
    assert top[0].verdict == ("consistent" if in_band("NZL", "top") else "contradicted")

    kuwait = [x for x in rep if x.claim.subject == "KWT"]
    assert [(x.claim.partner, x.claim.quantity, x.claim.hedge) for x in kuwait] == [("USA", 14.3, "roughly")]
    tunisia = [x for x in rep if x.claim.subject == "TUN"]
    assert [(x.claim.quantity, x.claim.hedge) for x in tunisia] == [(14.3, "about")]
    assert tunisia[0].verdict == share_verdict(100 * coincidence(warehouse, "TUN", "USA", 2013), 14.3, "about")

    # own votes on one roll call, read from the evidence layer
    flt = votes.VoteFilter(since=date(2014, 3, 1), until=date(2014, 3, 31))
    rolls = votes.roll_calls(warehouse, ["ARM", "KAZ", "CHN"], flt, topic="Ukraine")
    words = rolls["title"].fillna("") + " " + rolls["description"].fillna("")
    rolls = rolls[words.str.contains("erritorial integrity", na=False)]
    assert len(rolls) == 1
    own = {x.claim.subject: x for x in rep if x.claim.detail.get("own_vote")}
    assert sorted(own) == ["ARM", "CHN", "KAZ"]
    assert [own[k].claim.detail["own_vote"] for k in ("ARM", "KAZ", "CHN")] == ["no", "abstain", "abstain"]
    for code in ("ARM", "KAZ", "CHN"):
        cast = str(rolls[code].iloc[0])
        assert own[code].verdict == ("consistent" if cast == own[code].claim.detail["own_vote"] else "contradicted")

    unread = {x.claim.quote: x.claim.reason for x in rep if x.claim.kind == "uncheckable"}
    assert "poll" in str(unread.get("47 percent"))
    assert "volume" in str(unread.get("Some 200,000 tonnes"))
