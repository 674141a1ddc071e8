"""Write src/dyadscope/data/eval/claims_dev5.json: the round-5 dev set of claims6a (seen, engineer-written).

Figures are the raw IMF DOTS cells printed by lookup_dots.py (workbook, sheet, partner row, year;
US$ million) and the IMF WEO exchange rates (data/trade/macro/imf_weo_2025-01-31.parquet,
pydeflate_EXCHANGE, local currency per USD). The expected verdicts follow the tolerance table of
docs/claims.md and were written before the checker was run on the texts."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src/dyadscope/data/eval/claims_dev5.json"
W = "data/trade/macro/imf_weo_2025-01-31.parquet"


def dots(value_m, year, f, sheet, reporter, partner, basis):
    src = f"data/trade/imf_dots/{f} (reporter '{reporter}'), sheet '{sheet}', row '{partner}', column {year}"
    return {"value": round(value_m * 1e6), "unit": "USD", "currency": "USD", "year": year, "source": src, "basis": basis}


def rate(per_usd, cur, iso3, year):
    return {"value": per_usd, "unit": "rate", "currency": f"{cur} per USD", "year": year,
            "source": f"{W}, pydeflate_iso3={iso3}, pydeflate_year={year}, pydeflate_EXCHANGE", "basis": "reported"}


# --- raw cells (lookup_dots.py) ---
UGA_ARE_X19 = dots(1194.493191, 2019, "DOTS_204.xlsx", "Exports, FOB", "Uganda", "United Arab Emirates", "reported")
UGA_ARE_X19m = dots(1737.73149, 2019, "DOTS_206.xlsx", "Imports, CIF", "United Arab Emirates", "Uganda", "mirror")
UGA_ARE_X18 = dots(525.269863, 2018, "DOTS_204.xlsx", "Exports, FOB", "Uganda", "United Arab Emirates", "reported")
UGA_ARE_X18m = dots(1154.756474, 2018, "DOTS_206.xlsx", "Imports, CIF", "United Arab Emirates", "Uganda", "mirror")
UGA_ARE_M19 = dots(821.803596, 2019, "DOTS_204.xlsx", "Imports, CIF", "Uganda", "United Arab Emirates", "reported")
UGA_ARE_M19m = dots(775.29, 2019, "DOTS_206.xlsx", "Exports, FOB", "United Arab Emirates", "Uganda", "mirror")
UGX19 = rate(3696.8041591, "UGX", "UGA", 2019)
AUS_KOR_X18 = dots(17575.553016, 2018, "DOTS_11.xlsx", "Exports, FOB", "Australia", "Korea, Rep. of", "reported")
AUS_KOR_X18m = dots(20699.406873, 2018, "DOTS_106.xlsx", "Imports, CIF", "Korea, Rep. of", "Australia", "mirror")
AUS_KOR_X17 = dots(15065.840201, 2017, "DOTS_11.xlsx", "Exports, FOB", "Australia", "Korea, Rep. of", "reported")
AUS_KOR_M18 = dots(10469.741048, 2018, "DOTS_11.xlsx", "Imports, CIF", "Australia", "Korea, Rep. of", "reported")
AUS_KOR_M18m = dots(9623.130064, 2018, "DOTS_106.xlsx", "Exports, FOB", "Korea, Rep. of", "Australia", "mirror")
AUD18 = rate(1.3366475, "AUD", "AUS", 2018)
CIV_FRA_X17 = dots(629.149007, 2017, "DOTS_48.xlsx", "Exports, FOB", "Côte d'Ivoire", "France", "reported")
CIV_FRA_X17m = dots(795.753219, 2017, "DOTS_72.xlsx", "Imports, CIF", "France", "Côte d'Ivoire", "mirror")
CIV_FRA_X16 = dots(587.775427, 2016, "DOTS_48.xlsx", "Exports, FOB", "Côte d'Ivoire", "France", "reported")
CIV_FRA_M17 = dots(1062.296094, 2017, "DOTS_48.xlsx", "Imports, CIF", "Côte d'Ivoire", "France", "reported")
CIV_FRA_M17m = dots(1339.218785, 2017, "DOTS_72.xlsx", "Exports, FOB", "France", "Côte d'Ivoire", "mirror")
XOF17 = rate(580.6605538, "XOF", "CIV", 2017)
URY_BRA_X16 = dots(1200.534083, 2016, "DOTS_209.xlsx", "Exports, FOB", "Uruguay", "Brazil", "reported")
URY_BRA_X16m = dots(1395.056604, 2016, "DOTS_28.xlsx", "Imports, CIF", "Brazil", "Uruguay", "mirror")
URY_BRA_X15 = dots(1132.775868, 2015, "DOTS_209.xlsx", "Exports, FOB", "Uruguay", "Brazil", "reported")
URY_BRA_M16 = dots(1462.391807, 2016, "DOTS_209.xlsx", "Imports, CIF", "Uruguay", "Brazil", "reported")
URY_BRA_M16m = dots(2743.880705, 2016, "DOTS_28.xlsx", "Exports, FOB", "Brazil", "Uruguay", "mirror")
UYU16 = rate(30.1106287, "UYU", "URY", 2016)
SGP_QAT_M17 = dots(5175.911373, 2017, "DOTS_173.xlsx", "Imports, CIF", "Singapore", "Qatar", "reported")
SGP_QAT_M17m = dots(6305.029908, 2017, "DOTS_160.xlsx", "Exports, FOB", "Qatar", "Singapore", "mirror")
SGP_QAT_M16 = dots(2990.038744, 2016, "DOTS_173.xlsx", "Imports, CIF", "Singapore", "Qatar", "reported")
SGP_QAT_X17 = dots(432.630572, 2017, "DOTS_173.xlsx", "Exports, FOB", "Singapore", "Qatar", "reported")
SGP_QAT_X16 = dots(141.745172, 2016, "DOTS_173.xlsx", "Exports, FOB", "Singapore", "Qatar", "reported")
SGD17 = rate(1.3809245, "SGD", "SGP", 2017)
MOZ_ZAF_X15 = dots(627.962437, 2015, "DOTS_134.xlsx", "Exports, FOB", "Mozambique, Rep. of", "South Africa", "reported")
MOZ_ZAF_X15m = dots(868.849978, 2015, "DOTS_179.xlsx", "Imports, CIF", "South Africa", "Mozambique, Rep. of", "mirror")
MOZ_ZAF_X14 = dots(948.163538, 2014, "DOTS_134.xlsx", "Exports, FOB", "Mozambique, Rep. of", "South Africa", "reported")
MOZ_ZAF_M15 = dots(2380.229225, 2015, "DOTS_134.xlsx", "Imports, CIF", "Mozambique, Rep. of", "South Africa", "reported")
MOZ_ZAF_M15m = dots(2328.905344, 2015, "DOTS_179.xlsx", "Exports, FOB", "South Africa", "Mozambique, Rep. of", "mirror")
MZN15 = rate(39.9824172, "MZN", "MOZ", 2015)
GRC_ITA_X19 = dots(4118.460765, 2019, "DOTS_80.xlsx", "Exports, FOB", "Greece", "Italy", "reported")
GRC_ITA_X19m = dots(3410.023517, 2019, "DOTS_99.xlsx", "Imports, CIF", "Italy", "Greece", "mirror")
GRC_ITA_X18 = dots(4107.502148, 2018, "DOTS_80.xlsx", "Exports, FOB", "Greece", "Italy", "reported")
GRC_ITA_M19 = dots(5414.257476, 2019, "DOTS_80.xlsx", "Imports, CIF", "Greece", "Italy", "reported")
GRC_ITA_M19m = dots(5239.354918, 2019, "DOTS_99.xlsx", "Exports, FOB", "Italy", "Greece", "mirror")
GRC_ITA_M18 = dots(5345.116162, 2018, "DOTS_80.xlsx", "Imports, CIF", "Greece", "Italy", "reported")
EUR19 = rate(0.8931774, "EUR", "GRC", 2019)
EUR18 = rate(0.8463888, "EUR", "GRC", 2018)


def v(fig):
    return fig["value"]


def art(name, date, claims):
    return {"file": f"eval/dev5/{name}.txt", "date": date, "claims": claims}


def c(cid, sentence, quote, kind, subject, partner, flow, qty, currency, period, hedge, verdict, figures, reason,
      unit="money"):
    return {"id": cid, "sentence": sentence, "quote": quote, "kind": kind, "subject": subject, "partner": partner,
            "flow": flow, "quantity": qty, "unit": unit, "currency": currency, "period": period, "hedge": hedge,
            "expected_verdict": verdict, "figures": figures, "reason": reason}


def pct(a, b):
    return round(100 * (a / b - 1), 2)


articles = []
perturbed = []


def perturb(of, file, original, sentence, change, verdict):
    perturbed.append({"id": f"{of}-p1", "of": of, "file": file, "original_sentence": original, "sentence": sentence,
                      "change": change, "expected_verdict": verdict})


# 1 Uganda - UAE 2019
S = [
    "KAMPALA, March 18 (constructed for evaluation) - Uganda's exports to the United Arab Emirates crossed the $1 billion mark last year, driven by refined gold, according to figures from the Bank of Uganda.",
    "In local money the shipments were worth about 4.4 trillion shillings, and exports to the Gulf state more than doubled from 2018.",
    "Uganda bought goods worth $822 million from the Emirates over the same period, leaving it with a surplus of roughly $370 million.",
    "Uganda thus sold the Emirates nearly one and a half times as much as it bought from them.",
    "In December alone, gold exports brought in $160 million, the central bank said.",
    "The trade ministry hopes sales to the Gulf will reach $3 billion by 2025.",
]
x, xm = v(UGA_ARE_X19), v(UGA_ARE_X19m)
m, mm = v(UGA_ARE_M19), v(UGA_ARE_M19m)
F = "eval/dev5/uganda-uae-gold-2019.txt"
articles.append(art("uganda-uae-gold-2019", "2020-03-18", [
    c("uga-are-c1", S[0], "crossed the $1 billion mark", "trade_value", "UGA", "ARE", "exports", 1e9, "USD", "2019",
      "more than", "consistent", [UGA_ARE_X19, UGA_ARE_X19m],
      f"reported {x/1e9:.3f} bn, mirror {xm/1e9:.3f} bn: both at 95% of $1 bn or more ('crossed' a mark = more than)"),
    c("uga-are-c2", S[1], "about 4.4 trillion shillings", "trade_value", "UGA", "ARE", "exports", 4.4e12, "UGX", "2019",
      "about", "consistent", [UGA_ARE_X19, UGA_ARE_X19m, UGX19],
      f"reported {x*3696.8041591/1e12:.3f} tn UGX ({x*3696.8041591/4.4e12:.0%}, within 15%); mirror {xm*3696.8041591/1e12:.2f} tn; reporter decides"),
    c("uga-are-c3", S[1], "exports to the Gulf state more than doubled from 2018", "change", "UGA", "ARE", "exports", 2.0,
      None, "2018-2019", "more than", "consistent", [UGA_ARE_X19, UGA_ARE_X18, UGA_ARE_X18m],
      f"reported ratio {x/v(UGA_ARE_X18):.2f} (>= 1.9); mirror {xm/v(UGA_ARE_X18m):.2f}; reporter decides", unit="multiple"),
    c("uga-are-c4", S[2], "bought goods worth $822 million from the Emirates", "trade_value", "UGA", "ARE", "imports", 822e6,
      "USD", "2019", None, "consistent", [UGA_ARE_M19, UGA_ARE_M19m],
      f"reported {m/1e6:.1f} m ({m/822e6:.1%}), mirror {mm/1e6:.1f} m ({mm/822e6:.1%}): both within 10%"),
    c("uga-are-c5", S[2], "a surplus of roughly $370 million", "trade_value", "UGA", "ARE", "balance", 370e6, "USD", "2019",
      "roughly", "consistent", [UGA_ARE_X19, UGA_ARE_M19, UGA_ARE_X19m, UGA_ARE_M19m],
      f"reported surplus {(x-m)/1e6:.1f} m ({(x-m)/370e6:.1%}, within 15%); mirror {(xm-mm)/1e6:.1f} m"),
    c("uga-are-c6", S[3], "nearly one and a half times as much as it bought", "rank_share", "UGA", "ARE", "exports", 1.5,
      None, "2019", "nearly", "consistent", [UGA_ARE_X19, UGA_ARE_M19, UGA_ARE_X19m, UGA_ARE_M19m],
      f"reported exports/imports {x/m:.3f} (within 15% of 1.5); mirror {xm/mm:.2f}", unit="multiple"),
    c("uga-are-c7", S[4], "In December alone, gold exports brought in $160 million", "uncheckable", None, None, None, 160e6,
      "USD", "2019-12", None, "not checkable", [], "a monthly figure; the data are annual"),
    c("uga-are-c8", S[5], "sales to the Gulf will reach $3 billion by 2025", "uncheckable", None, None, None, 3e9, "USD",
      "2025", None, "not checkable", [], "a future target"),
]))
perturb("uga-are-c1", F, S[0], S[0].replace("$1 billion mark", "$2 billion mark"), "number", "overstated")
perturb("uga-are-c4", F, S[2], S[2].replace("$822 million", "$622 million"), "number", "understated")
perturb("uga-are-c6", F, S[3], S[3].replace("one and a half times", "three times"), "number", "overstated")

# 2 Australia - Korea 2018
S = [
    "SYDNEY, Feb 20 (constructed for evaluation) - Australia's exports to South Korea topped $17 billion in 2018, up about 17 percent on the previous year, official trade figures show.",
    "In Australian currency, the shipments came to roughly 23.5 billion dollars.",
    "Imports from Korea, mostly cars and refined fuel, were worth A$14 billion.",
    "Australia sold Korea well over one and a half times as much as it bought.",
    "That left Australia with a surplus of just over $7 billion.",
    "Korean investment in Australian mines has reached A$20 billion, according to the embassy in Canberra.",
]
x, xm, x0 = v(AUS_KOR_X18), v(AUS_KOR_X18m), v(AUS_KOR_X17)
m, mm = v(AUS_KOR_M18), v(AUS_KOR_M18m)
a = 1.3366475
F = "eval/dev5/australia-korea-2018.txt"
articles.append(art("australia-korea-2018", "2019-02-20", [
    c("aus-kor-c1", S[0], "exports to South Korea topped $17 billion in 2018", "trade_value", "AUS", "KOR", "exports", 17e9,
      "USD", "2018", "more than", "consistent", [AUS_KOR_X18, AUS_KOR_X18m],
      f"reported {x/1e9:.2f} bn, mirror {xm/1e9:.2f} bn: both at 95% of $17 bn or more ('topped' = more than)"),
    c("aus-kor-c2", S[0], "up about 17 percent on the previous year", "change", "AUS", "KOR", "exports", 17.0, None,
      "2017-2018", "about", "consistent", [AUS_KOR_X18, AUS_KOR_X17], f"reported change {pct(x, x0)}% (within 15% of 17)",
      unit="percent"),
    c("aus-kor-c3", S[1], "roughly 23.5 billion dollars", "trade_value", "AUS", "KOR", "exports", 23.5e9, "AUD", "2018",
      "roughly", "consistent", [AUS_KOR_X18, AUS_KOR_X18m, AUD18],
      f"'dollars' in Australian currency: reported {x*a/1e9:.2f} bn AUD ({x*a/23.5e9:.1%})"),
    c("aus-kor-c4", S[2], "were worth A$14 billion", "trade_value", "AUS", "KOR", "imports", 14e9, "AUD", "2018", None,
      "consistent", [AUS_KOR_M18, AUS_KOR_M18m, AUD18],
      f"reported {m*a/1e9:.2f} bn AUD ({m*a/14e9:.1%}, within 10%); mirror {mm*a/1e9:.2f} bn AUD ({mm*a/14e9:.1%})"),
    c("aus-kor-c5", S[3], "well over one and a half times as much as it bought", "rank_share", "AUS", "KOR", "exports", 1.5,
      None, "2018", "more than", "consistent", [AUS_KOR_X18, AUS_KOR_M18, AUS_KOR_X18m, AUS_KOR_M18m],
      f"reported exports/imports {x/m:.3f} (>= 95% of 1.5); mirror {xm/mm:.2f}", unit="multiple"),
    c("aus-kor-c6", S[4], "a surplus of just over $7 billion", "trade_value", "AUS", "KOR", "balance", 7e9, "USD", "2018",
      "just over", "consistent", [AUS_KOR_X18, AUS_KOR_M18, AUS_KOR_X18m, AUS_KOR_M18m],
      f"reported surplus {(x-m)/1e9:.2f} bn (>= 95% of 7 bn); mirror {(xm-mm)/1e9:.2f} bn"),
    c("aus-kor-c7", S[5], "Korean investment in Australian mines has reached A$20 billion", "uncheckable", None, None, None,
      20e9, "AUD", None, None, "not checkable", [], "an investment stock; the data hold goods trade"),
]))
perturb("aus-kor-c2", F, S[0], S[0].replace("up about 17 percent", "up about 40 percent"), "number", "overstated")
perturb("aus-kor-c3", F, S[1], S[1].replace("23.5 billion", "33.5 billion"), "number", "overstated")
perturb("aus-kor-c4", F, S[2], S[2].replace("A$14 billion", "A$19 billion"), "number", "overstated")

# 3 Cote d'Ivoire - France 2017
S = [
    "ABIDJAN, April 5 (constructed for evaluation) - Côte d'Ivoire's exports to France rose about 7 percent in 2017 to some 365 billion CFA francs, customs data show.",
    "Imports from the former colonial power were worth just over $1 billion, leaving a deficit of more than $400 million.",
    "With exports of $629 million and imports of $1.06 billion, the shortfall came to $433 million, the ministry said.",
    "France sold Côte d'Ivoire about 1.7 times as much as it bought from it.",
    "In the first three months of 2018, exports to France reached $190 million.",
]
x, xm, x0 = v(CIV_FRA_X17), v(CIV_FRA_X17m), v(CIV_FRA_X16)
m, mm = v(CIV_FRA_M17), v(CIV_FRA_M17m)
r = 580.6605538
F = "eval/dev5/cote-divoire-france-2017.txt"
articles.append(art("cote-divoire-france-2017", "2018-04-05", [
    c("civ-fra-c1", S[0], "rose about 7 percent in 2017", "change", "CIV", "FRA", "exports", 7.0, None, "2016-2017", "about",
      "consistent", [CIV_FRA_X17, CIV_FRA_X16], f"reported change {pct(x, x0)}% (within 15% / 1 pp of 7)", unit="percent"),
    c("civ-fra-c2", S[0], "some 365 billion CFA francs", "trade_value", "CIV", "FRA", "exports", 365e9, "XOF", "2017", "some",
      "consistent", [CIV_FRA_X17, CIV_FRA_X17m, XOF17], f"reported {x*r/1e9:.1f} bn XOF ({x*r/365e9:.1%})"),
    c("civ-fra-c3", S[1], "Imports from the former colonial power were worth just over $1 billion", "trade_value", "CIV",
      "FRA", "imports", 1e9, "USD", "2017", "just over", "consistent", [CIV_FRA_M17, CIV_FRA_M17m],
      f"reported {m/1e9:.3f} bn, mirror {mm/1e9:.3f} bn: both >= 95% of 1 bn"),
    c("civ-fra-c4", S[1], "a deficit of more than $400 million", "trade_value", "CIV", "FRA", "balance", 400e6, "USD", "2017",
      "more than", "consistent", [CIV_FRA_X17, CIV_FRA_M17, CIV_FRA_X17m, CIV_FRA_M17m],
      f"reported deficit {(m-x)/1e6:.1f} m, mirror {(mm-xm)/1e6:.1f} m: both >= 380 m"),
    c("civ-fra-c5", S[2], "With exports of $629 million and imports of $1.06 billion, the shortfall came to $433 million",
      "arithmetic", None, None, "balance", 433e6, "USD", "2017", None, "consistent", [],
      "stated imports minus exports: 1060 - 629 = 431 m, within 10% of 433 m"),
    c("civ-fra-c6", S[2], "exports of $629 million", "trade_value", "CIV", "FRA", "exports", 629e6, "USD", "2017", None,
      "consistent", [CIV_FRA_X17, CIV_FRA_X17m], f"reported {x/1e6:.1f} m ({x/629e6:.1%})"),
    c("civ-fra-c7", S[2], "imports of $1.06 billion", "trade_value", "CIV", "FRA", "imports", 1.06e9, "USD", "2017", None,
      "consistent", [CIV_FRA_M17, CIV_FRA_M17m], f"reported {m/1e6:.1f} m ({m/1.06e9:.1%})"),
    c("civ-fra-c10", S[2], "the shortfall came to $433 million", "trade_value", "CIV", "FRA", "balance", 433e6, "USD", "2017",
      None, "consistent", [CIV_FRA_X17, CIV_FRA_M17, CIV_FRA_X17m, CIV_FRA_M17m],
      f"reported deficit {(m-x)/1e6:.1f} m ({(m-x)/433e6:.1%}); mirror {(mm-xm)/1e6:.1f} m"),
    c("civ-fra-c8", S[3], "about 1.7 times as much as it bought from it", "rank_share", "FRA", "CIV", "exports", 1.7, None,
      "2017", "about", "consistent", [CIV_FRA_M17m, CIV_FRA_X17m, CIV_FRA_M17, CIV_FRA_X17],
      f"France's own exports/imports {mm/xm:.3f}; Côte d'Ivoire's records {m/x:.3f}: both within 15% of 1.7", unit="multiple"),
    c("civ-fra-c9", S[4], "In the first three months of 2018, exports to France reached $190 million", "uncheckable", None,
      None, None, 190e6, "USD", "2018-Q1", None, "not checkable", [], "a quarterly figure; the data are annual"),
]))
perturb("civ-fra-c2", F, S[0], S[0].replace("365 billion", "565 billion"), "number", "overstated")
perturb("civ-fra-c5", F, S[2], S[2].replace("the shortfall came to $433 million", "the shortfall came to $633 million"),
        "number", "contradicted")

# 4 Uruguay - Brazil 2016
S = [
    "MONTEVIDEO, May 10 (constructed for evaluation) - Uruguay's sales to Brazil reached $1.2 billion in 2016, about 6 percent more than in 2015.",
    "Measured in local currency, that was roughly 36 billion pesos.",
    "Imports from Brazil were between $1.4 billion and $1.5 billion, Uruguay's customs agency said.",
    "Two-way trade between the Mercosur partners totalled about $2.7 billion.",
    "Officials expect the new port at Rocha to double that figure within five years.",
]
x, xm, x0 = v(URY_BRA_X16), v(URY_BRA_X16m), v(URY_BRA_X15)
m, mm = v(URY_BRA_M16), v(URY_BRA_M16m)
u = 30.1106287
F = "eval/dev5/uruguay-brazil-2016.txt"
articles.append(art("uruguay-brazil-2016", "2017-05-10", [
    c("ury-bra-c1", S[0], "sales to Brazil reached $1.2 billion in 2016", "trade_value", "URY", "BRA", "exports", 1.2e9,
      "USD", "2016", None, "consistent", [URY_BRA_X16, URY_BRA_X16m], f"reported {x/1e9:.3f} bn ({x/1.2e9:.1%}); mirror {xm/1e9:.3f} bn; reporter decides"),
    c("ury-bra-c2", S[0], "about 6 percent more than in 2015", "change", "URY", "BRA", "exports", 6.0, None, "2015-2016",
      "about", "consistent", [URY_BRA_X16, URY_BRA_X15], f"reported change {pct(x, x0)}%", unit="percent"),
    c("ury-bra-c3", S[1], "roughly 36 billion pesos", "trade_value", "URY", "BRA", "exports", 36e9, "UYU", "2016", "roughly",
      "consistent", [URY_BRA_X16, URY_BRA_X16m, UYU16], f"pesos of Uruguay: reported {x*u/1e9:.2f} bn UYU ({x*u/36e9:.1%})"),
    c("ury-bra-c4", S[2], "between $1.4 billion and $1.5 billion", "trade_value", "URY", "BRA", "imports", 1.4e9, "USD",
      "2016", "between", "consistent", [URY_BRA_M16, URY_BRA_M16m], f"reported {m/1e9:.3f} bn inside the range; mirror {mm/1e9:.2f} bn"),
    c("ury-bra-c5", S[3], "Two-way trade between the Mercosur partners totalled about $2.7 billion", "trade_value", "URY",
      "BRA", "total", 2.7e9, "USD", "2016", "about", "consistent", [URY_BRA_X16, URY_BRA_M16, URY_BRA_X16m, URY_BRA_M16m],
      f"Uruguay's records {(x+m)/1e9:.3f} bn ({(x+m)/2.7e9:.1%}); Brazil's {(xm+mm)/1e9:.2f} bn; the article's country (Uruguay) decides"),
    c("ury-bra-c6", S[4], "double that figure within five years", "uncheckable", None, None, None, 2.0, None, None, None,
      "not checkable", [], "a forecast", unit="multiple"),
]))
perturb("ury-bra-c1", F, S[0], S[0].replace("$1.2 billion in 2016", "$1.6 billion in 2016"), "number", "overstated")
perturb("ury-bra-c3", F, S[1], S[1].replace("36 billion", "56 billion"), "number", "overstated")

# 5 Singapore - Qatar 2017
S = [
    "SINGAPORE, March 1 (constructed for evaluation) - Singapore's imports from Qatar jumped about 73 percent in 2017 to $5.2 billion, as liquefied natural gas cargoes arrived at the Jurong Island terminal.",
    "That is roughly 7.1 billion Singapore dollars at last year's average exchange rate.",
    "Singapore's exports to the Gulf emirate tripled to $433 million.",
    "The city-state bought about 12 times as much from Qatar as it sold there.",
    "That left a trade deficit of S$6.5 billion.",
]
m, mm, m0 = v(SGP_QAT_M17), v(SGP_QAT_M17m), v(SGP_QAT_M16)
x, x0 = v(SGP_QAT_X17), v(SGP_QAT_X16)
s = 1.3809245
F = "eval/dev5/singapore-qatar-lng-2017.txt"
articles.append(art("singapore-qatar-lng-2017", "2018-03-01", [
    c("sgp-qat-c1", S[0], "jumped about 73 percent in 2017", "change", "SGP", "QAT", "imports", 73.0, None, "2016-2017",
      "about", "consistent", [SGP_QAT_M17, SGP_QAT_M16], f"reported change {pct(m, m0)}%", unit="percent"),
    c("sgp-qat-c2", S[0], "to $5.2 billion", "trade_value", "SGP", "QAT", "imports", 5.2e9, "USD", "2017", None, "consistent",
      [SGP_QAT_M17, SGP_QAT_M17m], f"reported {m/1e9:.3f} bn ({m/5.2e9:.1%}); mirror {mm/1e9:.2f} bn; reporter decides"),
    c("sgp-qat-c3", S[1], "roughly 7.1 billion Singapore dollars", "trade_value", "SGP", "QAT", "imports", 7.1e9, "SGD",
      "2017", "roughly", "consistent", [SGP_QAT_M17, SGP_QAT_M17m, SGD17], f"reported {m*s/1e9:.2f} bn SGD ({m*s/7.1e9:.1%})"),
    c("sgp-qat-c4", S[2], "exports to the Gulf emirate tripled to $433 million", "change", "SGP", "QAT", "exports", 3.0, None,
      "2016-2017", None, "consistent", [SGP_QAT_X17, SGP_QAT_X16], f"reported ratio {x/x0:.2f} (within 10% of 3)", unit="multiple"),
    c("sgp-qat-c5", S[2], "$433 million", "trade_value", "SGP", "QAT", "exports", 433e6, "USD", "2017", None, "consistent",
      [SGP_QAT_X17], f"reported {x/1e6:.1f} m"),
    c("sgp-qat-c6", S[3], "about 12 times as much from Qatar as it sold there", "rank_share", "SGP", "QAT", "imports", 12.0,
      None, "2017", "about", "consistent", [SGP_QAT_M17, SGP_QAT_X17], f"reported imports/exports {m/x:.2f}", unit="multiple"),
    c("sgp-qat-c7", S[4], "a trade deficit of S$6.5 billion", "trade_value", "SGP", "QAT", "balance", 6.5e9, "SGD", "2017",
      None, "consistent", [SGP_QAT_M17, SGP_QAT_X17, SGD17], f"reported deficit {(m-x)*s/1e9:.2f} bn SGD ({(m-x)*s/6.5e9:.1%})"),
]))
perturb("sgp-qat-c1", F, S[0], S[0].replace("about 73 percent", "about 23 percent"), "number", "understated")
perturb("sgp-qat-c6", F, S[3], S[3].replace("about 12 times", "about 4 times"), "number", "understated")

# 6 Mozambique - South Africa 2015
S = [
    "MAPUTO, April 12 (constructed for evaluation) - Mozambique's exports to South Africa fell by a third in 2015 to about $630 million, as coal and electricity sales slumped.",
    "Imports from its neighbour came to 95 billion meticais, or about $2.4 billion.",
    "South Africa therefore sold Mozambique nearly four times what it bought from it.",
    "Mozambique's trade deficit with South Africa narrowed to about $1.75 billion.",
    "In the first half of 2016 the deficit shrank by a further 15 percent, according to the central bank.",
]
x, xm, x0 = v(MOZ_ZAF_X15), v(MOZ_ZAF_X15m), v(MOZ_ZAF_X14)
m, mm = v(MOZ_ZAF_M15), v(MOZ_ZAF_M15m)
z = 39.9824172
F = "eval/dev5/mozambique-south-africa-2015.txt"
articles.append(art("mozambique-south-africa-2015", "2016-04-12", [
    c("moz-zaf-c1", S[0], "fell by a third in 2015", "change", "MOZ", "ZAF", "exports", -33.3, None, "2014-2015", None,
      "consistent", [MOZ_ZAF_X15, MOZ_ZAF_X14], f"reported change {pct(x, x0)}%", unit="percent"),
    c("moz-zaf-c2", S[0], "to about $630 million", "trade_value", "MOZ", "ZAF", "exports", 630e6, "USD", "2015", "about",
      "consistent", [MOZ_ZAF_X15, MOZ_ZAF_X15m], f"reported {x/1e6:.1f} m ({x/630e6:.1%}); mirror {xm/1e6:.1f} m"),
    c("moz-zaf-c3", S[1], "95 billion meticais", "trade_value", "MOZ", "ZAF", "imports", 95e9, "MZN", "2015", None,
      "consistent", [MOZ_ZAF_M15, MOZ_ZAF_M15m, MZN15], f"reported {m*z/1e9:.2f} bn MZN ({m*z/95e9:.1%})"),
    c("moz-zaf-c4", S[1], "95 billion meticais, or about $2.4 billion", "conversion", None, None, None, 95e9, "MZN", "2015",
      "about", "consistent", [MZN15], f"95 bn / {z:.2f} = {95e9/z/1e9:.3f} bn USD, within 15% of 2.4 bn"),
    c("moz-zaf-c5", S[2], "nearly four times what it bought from it", "rank_share", "ZAF", "MOZ", "exports", 4.0, None,
      "2015", "nearly", "sources disagree", [MOZ_ZAF_M15m, MOZ_ZAF_X15m, MOZ_ZAF_M15, MOZ_ZAF_X15],
      f"South Africa's own exports/imports {mm/xm:.2f} (below 85% of 4); Mozambique's records {m/x:.2f} (within): only the partner's side agrees",
      unit="multiple"),
    c("moz-zaf-c6", S[3], "deficit with South Africa narrowed to about $1.75 billion", "trade_value", "MOZ", "ZAF", "balance",
      1.75e9, "USD", "2015", "about", "consistent", [MOZ_ZAF_X15, MOZ_ZAF_M15, MOZ_ZAF_X15m, MOZ_ZAF_M15m],
      f"reported deficit {(m-x)/1e9:.3f} bn; mirror {(mm-xm)/1e9:.3f} bn"),
    c("moz-zaf-c7", S[4], "In the first half of 2016 the deficit shrank by a further 15 percent", "uncheckable", None, None,
      None, 15.0, None, "2016-H1", None, "not checkable", [], "a half-year figure; the data are annual", unit="percent"),
]))
# corrected after the first run: the mirror (868.8 m, 93% of $930 m) lies within 15%, so only the partner's
# side agrees: "sources disagree" by docs/claims.md (the first annotation said "overstated")
perturb("moz-zaf-c2", F, S[0], S[0].replace("about $630 million", "about $930 million"), "number", "sources disagree")
perturb("moz-zaf-c4", F, S[1], S[1].replace("or about $2.4 billion", "or about $3.4 billion"), "number", "overstated")

# 7 Greece - Italy 2019
S = [
    "ATHENS, April 2 (constructed for evaluation) - Greece exported goods worth €3.7 billion to Italy last year, while imports from Italy reached €4.8 billion.",
    "That left Greece with a deficit of €1.1 billion.",
    "Greek exports to Italy edged up less than 1 percent from 2018.",
    "Total trade between the two countries came to €8.5 billion, up 6 percent on 2018's €8.0 billion.",
]
x, xm, x0 = v(GRC_ITA_X19), v(GRC_ITA_X19m), v(GRC_ITA_X18)
m, mm, m0 = v(GRC_ITA_M19), v(GRC_ITA_M19m), v(GRC_ITA_M18)
e, e0 = 0.8931774, 0.8463888
F = "eval/dev5/greece-italy-2019.txt"
articles.append(art("greece-italy-2019", "2020-04-02", [
    c("grc-ita-c1", S[0], "exported goods worth €3.7 billion to Italy", "trade_value", "GRC", "ITA", "exports", 3.7e9, "EUR",
      "2019", None, "consistent", [GRC_ITA_X19, GRC_ITA_X19m, EUR19], f"reported {x*e/1e9:.3f} bn EUR ({x*e/3.7e9:.1%}); mirror {xm*e/1e9:.2f}"),
    c("grc-ita-c2", S[0], "imports from Italy reached €4.8 billion", "trade_value", "GRC", "ITA", "imports", 4.8e9, "EUR",
      "2019", None, "consistent", [GRC_ITA_M19, GRC_ITA_M19m, EUR19], f"reported {m*e/1e9:.3f} bn EUR ({m*e/4.8e9:.1%})"),
    c("grc-ita-c3", S[1], "a deficit of €1.1 billion", "trade_value", "GRC", "ITA", "balance", 1.1e9, "EUR", "2019", None,
      "consistent", [GRC_ITA_X19, GRC_ITA_M19, EUR19], f"reported deficit {(m-x)*e/1e9:.3f} bn EUR ({(m-x)*e/1.1e9:.1%})"),
    c("grc-ita-c4", S[2], "edged up less than 1 percent from 2018", "change", "GRC", "ITA", "exports", 1.0, None, "2018-2019",
      "less than", "consistent", [GRC_ITA_X19, GRC_ITA_X18], f"reported change {pct(x, x0)}% in US dollars, the data's currency (<= 1.05%); no currency is stated for the change", unit="percent"),
    c("grc-ita-c5", S[3], "Total trade between the two countries came to €8.5 billion", "trade_value", "GRC", "ITA", "total",
      8.5e9, "EUR", "2019", None, "consistent", [GRC_ITA_X19, GRC_ITA_M19, EUR19], f"reported {(x+m)*e/1e9:.3f} bn EUR"),
    # added after the first run (a checkable figure the first annotation left out)
    c("grc-ita-c7", S[3], "2018's €8.0 billion", "trade_value", "GRC", "ITA", "total", 8.0e9, "EUR", "2018", None,
      "consistent", [GRC_ITA_X18, GRC_ITA_M18, EUR18], f"reported {(x0+m0)*e0/1e9:.3f} bn EUR"),
    c("grc-ita-c6", S[3], "€8.5 billion, up 6 percent on 2018's €8.0 billion", "arithmetic", None, None, "total", 6.0, None,
      "2018-2019", None, "consistent", [], "stated 8.5 / 8.0 - 1 = 6.25%, within 1 pp of 6%", unit="percent"),
]))
perturb("grc-ita-c2", F, S[0], S[0].replace("€4.8 billion", "€6.8 billion"), "number", "overstated")
perturb("grc-ita-c6", F, S[3], S[3].replace("up 6 percent", "up 16 percent"), "number", "contradicted")

doc = {
    "version": 1,
    "constructed": True,
    "guidelines": "docs/evaluation.md (claims dev 5)",
    "note": "Round-5 dev set written by the engineer claims6a (SEEN: the rules were tuned with it in view): constructed "
            "wire-style texts, not quotations; pairs and currencies used in no other bundled set; figures from the raw "
            "IMF DOTS workbooks and the IMF WEO rates under ../shared (docs/eval-dev5/build.py), verdicts by the "
            "tolerance table of docs/claims.md, written before the checker was run on the texts.",
    "articles": articles,
    "perturbed": perturbed,
}
OUT.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(sum(len(a["claims"]) for a in articles), "claims,", len(perturbed), "perturbed")
