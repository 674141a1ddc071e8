"""Write src/dyadscope/data/eval/claims_dev6.json (round 6, claims7a).

The six texts in src/dyadscope/data/eval/dev6/ were written first; every figure below was read from the
IMF DOTS rows of the bundled all-pairs flows (reporter's own record = 'reported', the partner's record of
the same trade = 'mirror') and the IMF WEO rates, with the workbook and row printed by
``dyadscope.evidence.trade.flows``; the verdicts follow the tolerance table of docs/claims.md and were
written before the checker was run on the texts. Run from the repository root with DYADSCOPE_WAREHOUSE set:
    python docs/eval-dev6/build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

EVAL = Path("src/dyadscope/data/eval")
M = 1e6


def sentence(file: str, start: str) -> str:
    """The sentence of the text that starts with ``start`` (a paragraph is one sentence in these texts)."""
    text = (EVAL / "dev6" / file).read_text(encoding="utf-8")
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if start in para:
            return para
    raise SystemExit(f"{file}: no sentence with {start!r}")


def fig(value_m: float, year: int, where: str, basis: str = "reported", cur: str = "USD") -> dict[str, object]:
    return {"value": value_m * M, "unit": cur, "currency": cur, "year": year, "source": where, "basis": basis}


# (file, date, [claims]); a claim: id, sentence start, quote, kind, subject, partner, flow, quantity, unit,
# currency, period, hedge, verdict, figures, reason, [perturbed: (new quote text, expected verdict, change)]
ARTICLES = [
    (
        "paraguay-russia-beef-2014.txt",
        "2015-03-10",
        [
            ("pry-c1", "ASUNCION", "about $1.04 billion", "trade_value", "PRY", "RUS", "exports", 1.04e9, "money",
             "USD", "2014", "about", "consistent",
             [fig(1041.0, 2014, "DOTS Paraguay, Exports FOB, row Russia"),
              fig(1153.8, 2014, "DOTS Russia, Imports CIF, row Paraguay", "mirror")],
             "reported 1041.0 m = 100% of the claim; mirror 111%: both within ±15%",
             [("about $1.6 billion", "overstated", "number")]),
            ("pry-c2", "Russia was Paraguay", "second-largest export market", "rank_share", "PRY", "RUS", "exports",
             2, "rank", None, "2014", None, "consistent",
             [fig(1041.0, 2014, "DOTS Paraguay exports by partner 2014: Brazil 30.8%, Russia 10.8% (rank 2)")],
             "Russia ranks 2 on Paraguay's own record (Brazil first); mirror rank 2 as well",
             [("third-largest export market", "contradicted", "rank")]),
            ("pry-c3", "Brazil took about 31", "about 31 percent", "rank_share", "PRY", "BRA", "exports", 31.0,
             "percent", None, "2014", "about", "consistent",
             [fig(2969.2, 2014, "DOTS Paraguay, Exports FOB, row Brazil; share 30.8% of 9,640 m to all partners")],
             "own record 30.8% (within ±15% of 31); mirror 16.3% is outside, the own record decides",
             [("about 45 percent", "overstated", "number")]),
            ("pry-c4", "Paraguay's sales to Russia have grown", "33 percent", "change", "PRY", "RUS", "exports",
             33.0, "percent", None, "2009-2014", None, "consistent",
             [fig(248.1, 2009, "DOTS Paraguay, Exports FOB, row Russia"),
              fig(1041.0, 2014, "DOTS Paraguay, Exports FOB, row Russia")],
             "4.196 times over 5 years: a compound yearly rate of 33.2% (an average a year, no hedge: ±10%)",
             [("12 percent", "understated", "number")]),
            ("pry-c5", "In local currency", "roughly 4.6 trillion guaranies", "trade_value", "PRY", "RUS",
             "exports", 4.6e12, "money", "PYG", "2014", "roughly", "consistent",
             [fig(1041.0, 2014, "DOTS Paraguay, Exports FOB, row Russia; x 4,462.18 PYG/USD (WEO 2014) = 4.645 tn")],
             "4.645 tn guaranies = 101% of the claim", []),
            ("pry-c6", "Russian investors have pledged", "$200 million", "uncheckable", "RUS", "PRY", None, 2e8,
             "money", "USD", None, None, "not checkable", [], "a pledged investment: no data", []),
        ],
    ),
    (
        "cambodia-us-garments-2015.txt",
        "2016-04-05",
        [
            ("khm-c1", "PHNOM PENH", "$2.1 billion", "trade_value", "KHM", "USA", "exports", 2.1e9, "money", "USD",
             "2015", None, "consistent",
             [fig(2136.8, 2015, "DOTS Cambodia, Exports FOB, row United States"),
              fig(3023.4, 2015, "DOTS United States, Imports CIF, row Cambodia", "mirror")],
             "reported 102% of the claim (within ±10%); the mirror (144%) is outside, the own record decides",
             [("$3.1 billion", "sources disagree", "number")]),
            ("khm-c2", "That is about 8.7 trillion", "about 8.7 trillion riels", "trade_value", "KHM", "USA",
             "exports", 8.7e12, "money", "KHR", "2015", "about", "consistent",
             [fig(2136.8, 2015, "DOTS Cambodia, Exports FOB, row United States; x 4,060.56 KHR/USD (WEO 2015)")],
             "8.677 tn riels = 99.7% of the claim", []),
            ("khm-c3", "The United States bought a quarter", "a quarter", "rank_share", "KHM", "USA", "exports", 25.0,
             "percent", None, "2015", None, "consistent",
             [fig(2136.8, 2015, "DOTS Cambodia exports by partner 2015: United States 25.0%")],
             "own record 25.0% (mirror 22.2%, also within ±10%)",
             [("a third", "overstated", "number")]),
            ("khm-c4", "Britain was the second-largest", "second-largest market, ahead of Germany", "rank_share",
             "KHM", "GBR", "exports", 2, "rank", None, "2015", None, "consistent",
             [fig(869.0, 2015, "DOTS Cambodia exports by partner 2015: UK 10.2% (rank 2), Germany 8.8% (rank 3)")],
             "UK rank 2, Germany 3 on the own record and on the mirror", []),
            ("khm-c5", "Cambodia's exports to Britain have risen", "more than fivefold", "change", "KHM", "GBR",
             "exports", 5.0, "multiple", None, "2008-2015", "more than", "consistent",
             [fig(155.7, 2008, "DOTS Cambodia, Exports FOB, row United Kingdom"),
              fig(869.0, 2015, "DOTS Cambodia, Exports FOB, row United Kingdom")],
             "5.58 times (more than: at 95% of 5 or more); mirror 4.50 times would not, the own record decides",
             [("more than eightfold", "overstated", "number")]),
            ("khm-c6", "Exports to the United States were more", "more than twice those to Britain", "rank_share",
             "KHM", "USA", "exports", 2.0, "multiple", None, "2015", "more than", "consistent",
             [fig(2136.8, 2015, "DOTS Cambodia, Exports FOB, row United States"),
              fig(869.0, 2015, "DOTS Cambodia, Exports FOB, row United Kingdom")],
             "2,136.8 / 869.0 = 2.46 times (mirror 3,023.4 / 1,149.0 = 2.63)",
             [("more than three times those to Britain", "contradicted", "number")]),
        ],
    ),
    (
        "bolivia-argentina-gas-2013.txt",
        "2014-02-20",
        [
            ("bol-c1", "LA PAZ", "$2.5 billion", "trade_value", "BOL", "ARG", "exports", 2.5e9, "money", "USD",
             "2013", None, "consistent",
             [fig(2510.4, 2013, "DOTS Bolivia, Exports FOB, row Argentina"),
              fig(1760.8, 2013, "DOTS Argentina, Imports CIF, row Bolivia", "mirror")],
             "reported 100.4% of the claim; mirror 70% outside, the own record decides",
             [("$3.5 billion", "overstated", "number")]),
            ("bol-c2", "Bolivia's exports to Argentina were up", "up 19 percent on 2012", "change", "BOL", "ARG",
             "exports", 19.0, "percent", None, "2012-2013", None, "consistent",
             [fig(2110.5, 2012, "DOTS Bolivia, Exports FOB, row Argentina"),
              fig(2510.4, 2013, "DOTS Bolivia, Exports FOB, row Argentina")],
             "+18.9% (within ±10% of 19)",
             [("up 35 percent on 2012", "overstated", "number")]),
            ("bol-c3", "Exports to Argentina have more than doubled", "more than doubled", "change", "BOL", "ARG",
             "exports", 2.0, "multiple", None, "2011-2013", "more than", "consistent",
             [fig(1059.1, 2011, "DOTS Bolivia, Exports FOB, row Argentina"),
              fig(2510.4, 2013, "DOTS Bolivia, Exports FOB, row Argentina")],
             "2.37 times", [("more than tripled", "overstated", "number")]),
            ("bol-c4", "Argentina was Bolivia's second-largest", "second-largest customer after Brazil",
             "rank_share", "BOL", "ARG", "exports", 2, "rank", None, "2013", None, "consistent",
             [fig(2510.4, 2013, "DOTS Bolivia exports by partner 2013: Brazil 32.9%, Argentina 20.5% (rank 2)")],
             "rank 2 on both records", []),
            ("bol-c5", "Brazil alone took a third", "a third", "rank_share", "BOL", "BRA", "exports", 33.3,
             "percent", None, "2013", None, "consistent",
             [fig(4030.7, 2013, "DOTS Bolivia, Exports FOB, row Brazil: 32.9% of exports to all partners")],
             "32.9% (within ±10% of 33.3%; mirror 37.3% too)", []),
            ("bol-c6", "The state energy company expects", "$3 billion", "uncheckable", "BOL", "ARG", "exports",
             3e9, "money", "USD", "2014", "more than", "not checkable", [], "a forecast: after the article", []),
        ],
    ),
    (
        "mongolia-china-coal-2013.txt",
        "2014-03-15",
        [
            ("mng-c1", "ULAANBAATAR", "87 percent", "rank_share", "MNG", "CHN", "exports", 87.0, "percent", None,
             "2013", None, "consistent",
             [fig(3700.3, 2013, "DOTS Mongolia, Exports FOB, row China: 86.7% of exports to all partners")],
             "86.7% (mirror 83.8%)", [("97 percent", "overstated", "number")]),
            ("mng-c2", "Mongolia's exports to China slipped", "$3.7 billion", "trade_value", "MNG", "CHN",
             "exports", 3.7e9, "money", "USD", "2013", None, "consistent",
             [fig(3700.3, 2013, "DOTS Mongolia, Exports FOB, row China"),
              fig(3497.5, 2013, "DOTS China, Imports CIF, row Mongolia", "mirror")],
             "reported 100%, mirror 94.5%", []),
            ("mng-c3", "Mongolia's exports to China slipped", "about 5 percent", "change", "MNG", "CHN", "exports",
             -5.0, "percent", None, "2012-2013", "about", "consistent",
             [fig(3895.5, 2012, "DOTS Mongolia, Exports FOB, row China"),
              fig(3700.3, 2013, "DOTS Mongolia, Exports FOB, row China")],
             "-5.0%", []),
            ("mng-c4", "Imports from China fell", "more than a quarter", "change", "MNG", "CHN", "imports", -25.0,
             "percent", None, "2012-2013", "more than", "consistent",
             [fig(2429.5, 2012, "DOTS Mongolia, Imports CIF, row China"),
              fig(1785.8, 2013, "DOTS Mongolia, Imports CIF, row China")],
             "-26.5% (more than: at 95% of 25 or more)", [("more than a third", "overstated", "number")]),
            ("mng-c5", "Mongolia thus ran a surplus", "roughly $1.9 billion", "trade_value", "MNG", "CHN", "surplus",
             1.9e9, "money", "USD", "2013", "roughly", "consistent",
             [fig(3700.3, 2013, "DOTS Mongolia, Exports FOB, row China"),
              fig(1785.8, 2013, "DOTS Mongolia, Imports CIF, row China")],
             "3,700.3 - 1,785.8 = 1,914.5 m (101%); the mirror's 1,048.6 m is outside, the own record decides",
             [("roughly $2.9 billion", "overstated", "number")]),
            ("mng-c6", "Imports from Russia", "about 2.4 trillion tugriks", "trade_value", "MNG", "RUS", "imports",
             2.4e12, "money", "MNT", "2013", "about", "consistent",
             [fig(1561.9, 2013, "DOTS Mongolia, Imports CIF, row Russia; x 1,523.94 MNT/USD (WEO 2013)")],
             "2.380 tn tugriks = 99% of the claim", []),
        ],
    ),
    (
        "ecuador-japan-2012.txt",
        "2013-05-08",
        [
            ("ecu-c1", "QUITO", "$650 million", "trade_value", "ECU", "JPN", "exports", 6.5e8, "money", "USD",
             "2012", None, "consistent",
             [fig(650.1, 2012, "DOTS Ecuador, Exports FOB, row Japan"),
              fig(1204.6, 2012, "DOTS Japan, Imports CIF, row Ecuador", "mirror")],
             "reported 100%; the mirror (185%) is outside, the own record decides",
             [("$950 million", "sources disagree", "number")]),
            ("ecu-c2", "Japan's own customs", "about $1.2 billion", "trade_value", "JPN", "ECU", "imports", 1.2e9,
             "money", "USD", "2012", "about", "consistent",
             [fig(1204.6, 2012, "DOTS Japan, Imports CIF, row Ecuador")],
             "Japan's own record 100.4%", []),
            ("ecu-c3", "Exports to Japan rose sixfold", "sixfold", "change", "ECU", "JPN", "exports", 6.0,
             "multiple", None, "2009-2012", None, "consistent",
             [fig(108.3, 2009, "DOTS Ecuador, Exports FOB, row Japan"),
              fig(650.1, 2012, "DOTS Ecuador, Exports FOB, row Japan")],
             "6.00 times", [("tenfold", "overstated", "number")]),
            ("ecu-c4", "Ecuador still bought more", "bought more from Japan than it sold there", "rank_share", "ECU",
             "JPN", "imports", 1.0, "multiple", None, "2012", "more than", "consistent",
             [fig(727.7, 2012, "DOTS Ecuador, Imports CIF, row Japan"),
              fig(650.1, 2012, "DOTS Ecuador, Exports FOB, row Japan")],
             "imports 727.7 m > exports 650.1 m", []),
        ],
    ),
    (
        "croatia-slovenia-2014.txt",
        "2015-04-01",
        [
            ("hrv-c1", "ZAGREB", "$1.56 billion", "trade_value", "HRV", "SVN", "exports", 1.56e9, "money", "USD",
             "2014", None, "consistent",
             [fig(1563.0, 2014, "DOTS Croatia, Exports FOB, row Slovenia"),
              fig(1437.0, 2014, "DOTS Slovenia, Imports CIF, row Croatia", "mirror")],
             "reported 100.2%, mirror 92%", [("$2.4 billion", "overstated", "number")]),
            ("hrv-c2", "ZAGREB", "up about 19 percent from a year earlier", "change", "HRV", "SVN", "exports", 19.0,
             "percent", None, "2013-2014", "about", "consistent",
             [fig(1308.8, 2013, "DOTS Croatia, Exports FOB, row Slovenia"),
              fig(1563.0, 2014, "DOTS Croatia, Exports FOB, row Slovenia")],
             "+19.4%", []),
            ("hrv-c3", "Slovenia was Croatia's third-largest", "third-largest export market", "rank_share", "HRV",
             "SVN", "exports", 3, "rank", None, "2014", None, "consistent",
             [fig(1563.0, 2014, "DOTS Croatia exports by partner 2014: Italy 13.9%, Bosnia 11.9%, Slovenia 11.3%")],
             "own record rank 3 (mirror: rank 2)",
             [("second-largest export market", "sources disagree", "rank")]),
            ("hrv-c4", "Sales to Italy", "$1.9 billion", "trade_value", "HRV", "ITA", "exports", 1.9e9, "money",
             "USD", "2014", None, "consistent",
             [fig(1911.9, 2014, "DOTS Croatia, Exports FOB, row Italy"),
              fig(1864.1, 2014, "DOTS Italy, Imports CIF, row Croatia", "mirror")],
             "reported 100.6%", []),
            ("hrv-c7", "Sales to Italy", "larger than those to Slovenia", "rank_share", "HRV", "ITA", "exports", 1.0,
             "multiple", None, "2014", "more than", "consistent",
             [fig(1911.9, 2014, "DOTS Croatia, Exports FOB, row Italy"),
              fig(1563.0, 2014, "DOTS Croatia, Exports FOB, row Slovenia")],
             "1,911.9 m > 1,563.0 m (mirror 1,864.1 > 1,437.0)", [("smaller than those to Slovenia", "contradicted", "direction")]),
            ("hrv-c5", "Croatian exports to Italy have fallen", "6 percent", "change", "HRV", "ITA", "exports",
             -6.0, "percent", None, "2008-2014", None, "consistent",
             [fig(2696.1, 2008, "DOTS Croatia, Exports FOB, row Italy"),
              fig(1911.9, 2014, "DOTS Croatia, Exports FOB, row Italy")],
             "0.709 times over 6 years: -5.6% a year (within 6 ± 1 point)", []),
            ("hrv-c6", "In local currency", "about 9 billion kuna", "trade_value", "HRV", "SVN", "exports", 9e9,
             "money", "HRK", "2014", "about", "not checkable", [],
             "no HRK rate in the rates table: not checkable", []),
        ],
    ),
]


def main() -> None:
    articles, perturbed = [], []
    for file, date, claims in ARTICLES:
        out = []
        for cid, start, quote, kind, subj, part, flow, qty, unit, cur, period, hedge, verdict, figs, why, pert in claims:
            sent = sentence(file, start)
            assert quote in sent, (cid, quote)
            out.append(
                {"id": cid, "sentence": sent, "quote": quote, "kind": kind, "subject": subj, "partner": part,
                 "flow": flow, "quantity": qty, "unit": unit, "currency": cur, "period": period, "hedge": hedge,
                 "expected_verdict": verdict, "figures": figs, "reason": why}
            )
            for i, (new, expected, change) in enumerate(pert, 1):
                perturbed.append(
                    {"id": f"{cid}-p{i}", "of": cid, "file": f"eval/dev6/{file}", "original_sentence": sent,
                     "sentence": sent.replace(quote, new, 1), "change": change, "expected_verdict": expected}
                )
        articles.append({"file": f"eval/dev6/{file}", "date": date, "claims": out})
    gold = {
        "version": 1,
        "constructed": True,
        "note": "Round-6 dev set written by the engineer claims7a (SEEN: written by the person tuning the rules):"
        " constructed wire-style texts, not quotations; pairs and currencies used in no other bundled set;"
        " figures from the IMF DOTS rows and WEO rates of the bundled data (docs/eval-dev6/build.py), verdicts by"
        " the tolerance table of docs/claims.md, written before the checker was run on the texts.",
        "guidelines": "docs/evaluation.md (claims dev 6)",
        "articles": articles,
        "perturbed": perturbed,
    }
    (EVAL / "claims_dev6.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
