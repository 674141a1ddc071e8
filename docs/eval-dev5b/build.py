import json
V = "data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda"
G = "data/unga/un_dgacm_resolutions/*.json (recorded votes)"
def dots(f, rep, sheet, row, part, year, val, basis="reported"):
    return {"value": round(val * 1e6), "unit": "USD", "currency": "USD", "year": year,
            "source": f"data/trade/imf_dots/{f} (reporter '{rep}'), sheet '{sheet}', row {row} '{part}', column {year}", "basis": basis}
def vote(src, a, b, year, same, opp, joint, ident):
    return [{"value": round(100 * same / (same + opp), 2), "unit": "percent", "currency": None, "year": year,
             "source": f"{src}, year {year}: {a} with {b}, identical {same} / (identical + opposite {opp}) yes/no votes", "basis": "derived"},
            {"value": round(100 * ident / joint, 2), "unit": "percent", "currency": None, "year": year,
             "source": f"same files: share of identical votes (abstentions included) on the {joint} roll calls both took part in", "basis": "derived"}]
def roll(sym, date, title, a, va, b, vb):
    return [{"value": 1, "unit": "vote", "currency": None, "year": int(date[-4:]),
             "source": f"data/unga/un_dgacm_resolutions ({sym}, adopted {date}, '{title}'): {a} {va}, {b} {vb}", "basis": "reported"}]

arts = []
pert = []
def art(file, date, claims):
    out = []
    for i, c in enumerate(claims, 1):
        cid = f"{file}-c{i}"
        p = c.pop("perturb", None)
        d = {"id": cid, "sentence": c["sentence"], "quote": c.get("quote", ""), "kind": c["kind"],
             "subject": c.get("subject"), "partner": c.get("partner"), "flow": c.get("flow"),
             "quantity": c.get("quantity"), "unit": c.get("unit"), "currency": None, "period": c.get("period"),
             "hedge": c.get("hedge"), "expected_verdict": c.get("verdict", "consistent"),
             "figures": c.get("figures", []), "reason": c["reason"]}
        out.append(d)
        if p:
            new, change, verdict = p
            pert.append({"id": cid + "-p1", "of": cid, "file": f"eval/dev5b/{file}.txt", "original_sentence": c["sentence"],
                         "sentence": new, "change": change, "expected_verdict": verdict})
    arts.append({"file": f"eval/dev5b/{file}.txt", "date": date, "claims": out})

# --- Uruguay 2018 ---
UY = ("DOTS_209.xlsx", "Uruguay", "Exports, FOB")
s1 = "China was Uruguay's largest export market in 2018, ahead of Brazil, the customs agency said."
s2 = "Sales to China made up about a fifth of all Uruguayan exports last year, most of them beef, soy and wood pulp."
s3 = "At the United Nations, Uruguay voted with the United States in fewer than one in five of the recorded votes in the General Assembly in 2018."
s4 = "It stood closer to Beijing than to Washington on those votes, as most South American countries did."
art("uruguay-china-beef-2018", "2019-04-10", [
    dict(sentence=s1, quote="China was Uruguay's largest export market in 2018, ahead of Brazil", kind="rank_share", subject="URY", partner="CHN", flow="exports", quantity=1, unit="rank", period="2018",
         figures=[dots(*UY, 59, "China, P.R.: Mainland", 2018, 1504.107488), dots(*UY, 204, "Brazil", 2018, 1136.8994)],
         reason="Uruguay's Exports, FOB 2018 (country partners): China 1.50 bn first, Brazil 1.14 bn second.",
         perturb=("Brazil was Uruguay's largest export market in 2018, ahead of China, the customs agency said.", "rank", "contradicted")),
    dict(sentence=s2, quote="about a fifth of all Uruguayan exports", kind="rank_share", subject="URY", partner="CHN", flow="exports", quantity=20, unit="percent", period="2018", hedge="about",
         figures=[dots(*UY, 59, "China, P.R.: Mainland", 2018, 1504.107488), dots(*UY, 9, "World", 2018, 7515.635945)],
         reason="CHN share of URY's exports 2018: 1504.1 / 7515.6 = 20.0% against 20% ('about').",
         perturb=(s2.replace("about a fifth", "about a third"), "number", "overstated")),
    dict(sentence=s3, quote="Uruguay voted with the United States in fewer than one in five of the recorded votes", kind="alignment", subject="URY", partner="USA", quantity=20, unit="percent", period="2018", hedge="fewer than",
         figures=vote(V, "Uruguay", "United States", 2018, 15, 64, 94, 15),
         reason="coincidence of Uruguay with the United States in 2018: 19.0% < 20% ('fewer than'); identical share 16.0% agrees.",
         perturb=(s3.replace("fewer than one in five", "more than two in five"), "number", "overstated")),
    dict(sentence=s4, quote="It stood closer to Beijing than to Washington", kind="alignment", subject="URY", partner="CHN", unit="comparison", period="2018",
         figures=vote(V, "Uruguay", "China", 2018, 70, 8, 92, 71) + vote(V, "Uruguay", "United States", 2018, 15, 64, 94, 15),
         reason="Uruguay 2018: coincidence with China 89.7% vs with the US 19.0% (identical share 77.2% vs 16.0%).",
         perturb=(s4.replace("closer to Beijing than to Washington", "closer to Washington than to Beijing"), "direction", "contradicted")),
])
# --- Hungary 2016 ---
HU = ("DOTS_91.xlsx", "Hungary", "Exports, FOB")
s1 = "Germany was by far Hungary's largest export market last year, taking more than a quarter of all Hungarian exports, the statistics office said."
s2 = "Romania was Hungary's second-largest export market."
s3 = "The European Union as a whole bought more than three-quarters of everything Hungary sold abroad."
s4 = "Hungary voted with the United States in about 80 percent of the recorded votes in the UN General Assembly in 2016, and with Russia far less often."
art("hungary-germany-cars-2016", "2017-03-02", [
    dict(sentence=s1, quote="Germany was by far Hungary's largest export market last year", kind="rank_share", subject="HUN", partner="DEU", flow="exports", quantity=1, unit="rank", period="2016",
         figures=[dots(*HU, 19, "Germany", 2016, 28652.524234), dots(*HU, 103, "Romania", 2016, 5349.015338)],
         reason="Hungary's Exports, FOB 2016: Germany 28.65 bn first, Romania 5.35 bn second."),
    dict(sentence=s1, quote="more than a quarter of all Hungarian exports", kind="rank_share", subject="HUN", partner="DEU", flow="exports", quantity=25, unit="percent", period="2016", hedge="more than",
         figures=[dots(*HU, 19, "Germany", 2016, 28652.524234), dots(*HU, 9, "World", 2016, 101919.278022)],
         reason="DEU share of HUN's exports 2016: 28652.5 / 101919.3 = 28.1% against 25% ('more than').",
         perturb=(s1.replace("more than a quarter", "more than a third"), "number", "overstated")),
    dict(sentence=s2, quote="Romania was Hungary's second-largest export market", kind="rank_share", subject="HUN", partner="ROU", flow="exports", quantity=2, unit="rank", period="2016",
         figures=[dots(*HU, 103, "Romania", 2016, 5349.015338), dots(*HU, 29, "Slovak Rep.", 2016, 5118.532777)],
         reason="Hungary's Exports, FOB 2016 (country partners): Germany 28.65 bn, Romania 5.35 bn, Slovakia 5.12 bn, Austria 5.05 bn.",
         perturb=("Romania was Hungary's fourth-largest export market.", "rank", "contradicted")),
    dict(sentence=s3, quote="more than three-quarters of everything Hungary sold abroad", kind="rank_share", subject="HUN", partner="EU", flow="exports", quantity=75, unit="percent", period="2016", hedge="more than",
         figures=[dots(*HU, 244, "European Union", 2016, 78940.481484), dots(*HU, 9, "World", 2016, 101919.278022)],
         reason="EU share of HUN's exports 2016: 78940.5 / 101919.3 = 77.5% against 75% ('more than')."),
    dict(sentence=s4, quote="Hungary voted with the United States in about 80 percent of the recorded votes", kind="alignment", subject="HUN", partner="USA", quantity=80, unit="percent", period="2016", hedge="about",
         figures=vote(V, "Hungary", "United States", 2016, 73, 17, 113, 76),
         reason="coincidence of Hungary with the United States in 2016: 81.1% against 80% ('about'); identical share 67.3%.",
         perturb=(s4.replace("about 80 percent", "about 50 percent"), "number", "understated")),
    dict(sentence=s4, quote="and with Russia far less often", kind="alignment", subject="HUN", partner="RUS", unit="comparison", period="2016",
         figures=vote(V, "Hungary", "Russia", 2016, 48, 30, 109, 55) + vote(V, "Hungary", "United States", 2016, 73, 17, 113, 76),
         reason="Hungary 2016: coincidence with Russia 61.5% vs with the US 81.1% (identical share 50.5% vs 67.3%): less often with Russia.",
         perturb=(s4.replace("far less often", "far more often"), "direction", "contradicted")),
])
# --- Mozambique 2017 ---
MZe = ("DOTS_134.xlsx", "Mozambique, Rep. of", "Exports, FOB")
MZi = ("DOTS_134.xlsx", "Mozambique, Rep. of", "Imports, CIF")
s1 = "South Africa was Mozambique's largest supplier in 2017, providing almost 30 percent of the goods the country imported, according to the central bank."
s2 = "India was the largest buyer of Mozambican goods, taking about a third of the country's exports, much of it coal."
s3 = "South Africa was Mozambique's largest African export market."
s4 = "Mozambique voted with China far more often than with the United States in the General Assembly in 2017, siding with Washington in only about a quarter of the recorded votes."
art("mozambique-region-2017", "2018-05-15", [
    dict(sentence=s1, quote="South Africa was Mozambique's largest supplier in 2017", kind="rank_share", subject="MOZ", partner="ZAF", flow="imports", quantity=1, unit="rank", period="2017",
         figures=[dots(*MZi, 183, "South Africa", 2017, 1648.123926), dots(*MZi, 141, "United Arab Emirates", 2017, 531.210732)],
         reason="Mozambique's Imports, CIF 2017: South Africa 1.65 bn first, UAE 0.53 bn, China 0.49 bn."),
    dict(sentence=s1, quote="almost 30 percent of the goods the country imported", kind="rank_share", subject="MOZ", partner="ZAF", flow="imports", quantity=30, unit="percent", period="2017", hedge="almost",
         figures=[dots(*MZi, 183, "South Africa", 2017, 1648.123926), dots(*MZi, 9, "World", 2017, 5708.739328)],
         reason="ZAF share of MOZ's imports 2017: 1648.1 / 5708.7 = 28.9% against 30% ('almost')."),
    dict(sentence=s2, quote="India was the largest buyer of Mozambican goods", kind="rank_share", subject="MOZ", partner="IND", flow="exports", quantity=1, unit="rank", period="2017",
         figures=[dots(*MZe, 60, "India", 2017, 1621.695733), dots(*MZe, 179, "South Africa", 2017, 883.869207)],
         reason="Mozambique's Exports, FOB 2017: India 1.62 bn first, South Africa 0.88 bn, Netherlands 0.47 bn."),
    dict(sentence=s2, quote="about a third of the country's exports", kind="rank_share", subject="MOZ", partner="IND", flow="exports", quantity=33.3, unit="percent", period="2017", hedge="about",
         figures=[dots(*MZe, 60, "India", 2017, 1621.695733), dots(*MZe, 9, "World", 2017, 4704.661726)],
         reason="IND share of MOZ's exports 2017: 1621.7 / 4704.7 = 34.5% against a third ('about', ratio-word band 28-38%).",
         perturb=(s2.replace("about a third", "about half"), "number", "overstated")),
    dict(sentence=s3, quote="South Africa was Mozambique's largest African export market", kind="rank_share", subject="MOZ", partner="ZAF", flow="exports", quantity=1, unit="rank", period="2017",
         figures=[dots(*MZe, 179, "South Africa", 2017, 883.869207), dots(*MZe, 185, "Zimbabwe", 2017, 56.468768)],
         reason="Mozambique's Exports, FOB 2017 to African countries: South Africa 0.88 bn first, Zimbabwe 0.06 bn next.",
         perturb=("Zimbabwe was Mozambique's largest African export market.", "rank", "contradicted")),
    dict(sentence=s4, quote="Mozambique voted with China far more often than with the United States", kind="alignment", subject="MOZ", partner="CHN", unit="comparison", period="2017",
         figures=vote(V, "Mozambique", "China", 2017, 87, 15, 122, 87) + vote(V, "Mozambique", "United States", 2017, 26, 76, 124, 26),
         reason="Mozambique 2017: coincidence with China 85.3% vs with the US 25.5% (identical share 71.3% vs 21.0%).",
         perturb=(s4.replace("with China far more often than with the United States", "with the United States far more often than with China"), "direction", "contradicted")),
    dict(sentence=s4, quote="siding with Washington in only about a quarter of the recorded votes", kind="alignment", subject="MOZ", partner="USA", quantity=25, unit="percent", period="2017", hedge="about",
         figures=vote(V, "Mozambique", "United States", 2017, 26, 76, 124, 26),
         reason="coincidence of Mozambique with the United States in 2017: 25.5% against 25% ('about'); identical share 21.0% also in.",
         perturb=(s4.replace("only about a quarter", "about half"), "number", "overstated")),
])
# --- Switzerland 2019 ---
CHe = ("DOTS_190.xlsx", "Switzerland", "Exports, FOB")
CHi = ("DOTS_190.xlsx", "Switzerland", "Imports, CIF")
s1 = "Germany was Switzerland's largest export market in 2019, just ahead of the United States, the customs administration said."
s2 = "Germany also supplied more than a fifth of Swiss imports, and Italy was the country's second-largest supplier."
s3 = "Switzerland voted with the United States in fewer than half of the recorded votes in the General Assembly in 2019."
s4 = "It voted with China more often than with the United States that year."
art("switzerland-partners-2019", "2020-02-20", [
    dict(sentence=s1, quote="Germany was Switzerland's largest export market in 2019, just ahead of the United States", kind="rank_share", subject="CHE", partner="DEU", flow="exports", quantity=1, unit="rank", period="2019",
         figures=[dots(*CHe, 19, "Germany", 2019, 47963.770828), dots(*CHe, 49, "United States", 2019, 43888.208837)],
         reason="Switzerland's Exports, FOB 2019: Germany 47.96 bn first, United States 43.89 bn second.",
         perturb=(s1.replace("just ahead of", "just behind"), "rank", "contradicted")),
    dict(sentence=s2, quote="more than a fifth of Swiss imports", kind="rank_share", subject="CHE", partner="DEU", flow="imports", quantity=20, unit="percent", period="2019", hedge="more than",
         figures=[dots(*CHi, 19, "Germany", 2019, 57435.034557), dots(*CHi, 9, "World", 2019, 276403.404657)],
         reason="DEU share of CHE's imports 2019: 57435.0 / 276403.4 = 20.8% against 20% ('more than')."),
    dict(sentence=s2, quote="Italy was the country's second-largest supplier", kind="rank_share", subject="CHE", partner="ITA", flow="imports", quantity=2, unit="rank", period="2019",
         figures=[dots(*CHi, 22, "Italy", 2019, 22354.266861), dots(*CHi, 18, "France", 2019, 18893.037431)],
         reason="Switzerland's Imports, CIF 2019: Germany 57.44 bn, Italy 22.35 bn, France 18.89 bn, United States 18.82 bn.",
         perturb=(s2.replace("Italy was the country's second-largest", "Italy was the country's fourth-largest"), "rank", "contradicted")),
    dict(sentence=s3, quote="Switzerland voted with the United States in fewer than half of the recorded votes", kind="alignment", subject="CHE", partner="USA", quantity=50, unit="percent", period="2019", hedge="fewer than",
         figures=vote(V, "Switzerland", "United States", 2019, 27, 32, 89, 29) + vote(G, "SWITZERLAND", "UNITED STATES", 2019, 27, 32, 89, 29),
         reason="coincidence of Switzerland with the United States in 2019: 45.8% < 50% ('fewer than') in both vote files; identical share 32.6%.",
         perturb=(s3.replace("fewer than half", "more than 70 percent"), "number", "overstated")),
    dict(sentence=s4, quote="It voted with China more often than with the United States", kind="alignment", subject="CHE", partner="CHN", unit="comparison", period="2019",
         figures=vote(V, "Switzerland", "China", 2019, 41, 18, 87, 43) + vote(V, "Switzerland", "United States", 2019, 27, 32, 89, 29),
         reason="Switzerland 2019: coincidence with China 69.5% vs with the US 45.8% (identical share 49.4% vs 32.6%).",
         perturb=(s4.replace("with China more often than with the United States", "with the United States more often than with China"), "direction", "contradicted")),
])
# --- Singapore 2020 ---
SG = ("DOTS_173.xlsx", "Singapore", "Exports, FOB")
s1 = "China was Singapore's largest export market in 2020, taking about 14 percent of its exports, official figures show."
s2 = "Hong Kong was second, ahead of the United States."
s3 = "At the United Nations, Singapore voted with the United States in fewer than a quarter of the recorded votes in the General Assembly in 2020."
s4 = "It sided with China far more often."
art("singapore-votes-2020", "2021-03-05", [
    dict(sentence=s1, quote="China was Singapore's largest export market in 2020", kind="rank_share", subject="SGP", partner="CHN", flow="exports", quantity=1, unit="rank", period="2020",
         figures=[dots(*SG, 58, "China, P.R.: Mainland", 2020, 41290.262702), dots(*SG, 34, "China, P.R.: Hong Kong", 2020, 35489.60094)],
         reason="Singapore's Exports, FOB 2020: China 41.29 bn, Hong Kong 35.49 bn, United States 31.64 bn."),
    dict(sentence=s1, quote="about 14 percent of its exports", kind="rank_share", subject="SGP", partner="CHN", flow="exports", quantity=14, unit="percent", period="2020", hedge="about",
         figures=[dots(*SG, 58, "China, P.R.: Mainland", 2020, 41290.262702), dots(*SG, 9, "World", 2020, 287888.616933)],
         reason="CHN share of SGP's exports 2020: 41290.3 / 287888.6 = 14.3% against 14% ('about').",
         perturb=(s1.replace("about 14 percent", "about 24 percent"), "number", "overstated")),
    dict(sentence=s2, quote="Hong Kong was second, ahead of the United States", kind="rank_share", subject="SGP", partner="HKG", flow="exports", quantity=2, unit="rank", period="2020",
         figures=[dots(*SG, 34, "China, P.R.: Hong Kong", 2020, 35489.60094), dots(*SG, 49, "United States", 2020, 31639.680057)],
         reason="Singapore's Exports, FOB 2020: Hong Kong 35.49 bn second, ahead of the United States 31.64 bn (third)."),
    dict(sentence=s3, quote="Singapore voted with the United States in fewer than a quarter of the recorded votes", kind="alignment", subject="SGP", partner="USA", quantity=25, unit="percent", period="2020", hedge="fewer than",
         figures=vote(G, "SINGAPORE", "UNITED STATES", 2020, 16, 57, 90, 16),
         reason="coincidence of Singapore with the United States in 2020 (DGACM): 21.9% < 25% ('fewer than'); identical share 17.8%.",
         perturb=(s3.replace("fewer than a quarter", "more than half"), "number", "overstated")),
    dict(sentence=s4, quote="It sided with China far more often", kind="alignment", subject="SGP", partner="CHN", unit="comparison", period="2020",
         figures=vote(G, "SINGAPORE", "CHINA", 2020, 67, 6, 88, 67) + vote(G, "SINGAPORE", "UNITED STATES", 2020, 16, 57, 90, 16),
         reason="Singapore 2020: coincidence with China 91.8% vs with the US 21.9%."),
])
# --- allies 2022 ---
s1 = "Australia voted with the United States in more than 80 percent of the recorded votes in 2022, and it voted with Washington more often than any other Major Non-NATO Ally except Israel, the count shows."
s2 = "Pakistan voted with the United States less often than any other Major Non-NATO Ally last year."
s3 = "Japan sided with Washington in about seven in ten of the recorded votes, while Egypt voted with the United States in fewer than a third of them."
mnna = "2022 DGACM coincidence with the US of the 19 UN-member MNNA designated by 2022 (Taiwan not a member, Afghanistan revoked 2022): Israel 97.2%, Australia 83.8%, Korea 73.1%, Japan 70.8%, New Zealand 64.8% ... Egypt 28.8%, Pakistan 25.4%"
art("allies-votes-2022", "2023-02-10", [
    dict(sentence=s1, quote="Australia voted with the United States in more than 80 percent of the recorded votes in 2022", kind="alignment", subject="AUS", partner="USA", quantity=80, unit="percent", period="2022", hedge="more than",
         figures=vote(G, "AUSTRALIA", "UNITED STATES", 2022, 57, 11, 89, 60),
         reason="coincidence of Australia with the United States in 2022: 83.8% > 80% ('more than'); identical share 67.4%.",
         perturb=(s1.replace("more than 80 percent", "fewer than 60 percent"), "number", "understated")),
    dict(sentence=s1, quote="it voted with Washington more often than any other Major Non-NATO Ally except Israel", kind="alignment", subject="AUS", partner="USA", unit="comparison", period="2022",
         figures=vote(G, "AUSTRALIA", "UNITED STATES", 2022, 57, 11, 89, 60) + vote(G, "ISRAEL", "UNITED STATES", 2022, 69, 2, 86, 75),
         reason=mnna + ": Australia second, after Israel only."),
    dict(sentence=s2, quote="Pakistan voted with the United States less often than any other Major Non-NATO Ally", kind="alignment", subject="PAK", partner="USA", unit="comparison", period="2022",
         figures=vote(G, "PAKISTAN", "UNITED STATES", 2022, 15, 44, 89, 17) + vote(G, "EGYPT", "UNITED STATES", 2022, 19, 47, 89, 21),
         reason=mnna + ": Pakistan last.",
         perturb=(s2.replace("Pakistan", "Egypt"), "subject", "contradicted")),
    dict(sentence=s3, quote="Japan sided with Washington in about seven in ten of the recorded votes", kind="alignment", subject="JPN", partner="USA", quantity=70, unit="percent", period="2022", hedge="about",
         figures=vote(G, "JAPAN", "UNITED STATES", 2022, 46, 19, 89, 48),
         reason="coincidence of Japan with the United States in 2022: 70.8% against 70% ('about'); identical share 53.9%."),
    dict(sentence=s3, quote="Egypt voted with the United States in fewer than a third of them", kind="alignment", subject="EGY", partner="USA", quantity=33.3, unit="percent", period="2022", hedge="fewer than",
         figures=vote(G, "EGYPT", "UNITED STATES", 2022, 19, 47, 89, 21),
         reason="coincidence of Egypt with the United States in 2022: 28.8% < 33.3% ('fewer than'); identical share 23.6%.",
         perturb=(s3.replace("fewer than a third", "more than half"), "number", "overstated")),
])
# --- roll calls 2022 ---
s1 = "In April, Cuba voted against the United States on the resolution suspending Russia from the Human Rights Council."
s2 = "Singapore voted with Washington on the same resolution."
s3 = "Uruguay voted with the United States on the resolution on the territorial integrity of Ukraine in October 2022."
s4 = "In December, Hungary voted against Russia on the resolution on the human rights situation in Crimea."
s5 = "Israel sided with the United States on the November 2022 resolution calling for an end to the US embargo on Cuba."
T3 = "Suspension of the rights of membership of the Russian Federation in the Human Rights Council"
art("ukraine-roll-calls-2022", "2023-01-20", [
    dict(sentence=s1, quote="Cuba voted against the United States on the resolution suspending Russia from the Human Rights Council", kind="alignment", subject="CUB", partner="USA", period="2022-04",
         figures=roll("A/RES/ES-11/3", "7 April 2022", T3, "CUBA", "no", "UNITED STATES", "yes"),
         reason="A/RES/ES-11/3 (7 April 2022): Cuba no, United States yes: opposite votes.",
         perturb=(s1.replace("voted against", "voted with"), "direction", "contradicted")),
    dict(sentence=s2, quote="Singapore voted with Washington on the same resolution", kind="alignment", subject="SGP", partner="USA", period="2022-04", verdict="contradicted",
         figures=roll("A/RES/ES-11/3", "7 April 2022", T3, "SINGAPORE", "abstain", "UNITED STATES", "yes"),
         reason="A/RES/ES-11/3: Singapore abstained, the United States voted yes: not the same vote."),
    dict(sentence=s3, quote="Uruguay voted with the United States on the resolution on the territorial integrity of Ukraine", kind="alignment", subject="URY", partner="USA", period="2022-10",
         figures=roll("A/RES/ES-11/4", "12 October 2022", "Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations", "URUGUAY", "yes", "UNITED STATES", "yes"),
         reason="A/RES/ES-11/4 (12 October 2022): Uruguay yes, United States yes."),
    dict(sentence=s4, quote="Hungary voted against Russia on the resolution on the human rights situation in Crimea", kind="alignment", subject="HUN", partner="RUS", period="2022-12",
         figures=roll("A/RES/77/229", "15 December 2022", "Situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", "HUNGARY", "yes", "RUSSIAN FEDERATION", "no"),
         reason="A/RES/77/229 (15 December 2022): Hungary yes, Russia no: opposite votes.",
         perturb=(s4.replace("voted against", "voted with"), "direction", "contradicted")),
    dict(sentence=s5, quote="Israel sided with the United States on the November 2022 resolution", kind="alignment", subject="ISR", partner="USA", period="2022-11",
         figures=roll("A/RES/77/7", "3 November 2022", "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba", "ISRAEL", "no", "UNITED STATES", "no"),
         reason="A/RES/77/7 (3 November 2022): Israel no, United States no: the same vote."),
])
doc = {"version": 1, "constructed": True, "guidelines": "docs/evaluation.md (claims_dev5b)",
       "note": "Dev set 5b (issue 16, round 5): constructed news-style texts written by an engineer on the checker (claims6b), SEEN: "
               "figures computed from the raw files under /work/shared (paths relative to it) by a stand-alone script reading the DOTS workbooks and "
               "the Voeten / DGACM vote files directly, annotated before the checker was run on the texts.",
       "articles": arts, "perturbed": pert}
json.dump(doc, open("src/dyadscope/data/eval/claims_dev5b.json", "w"), indent=1, ensure_ascii=False)
print(sum(len(a["claims"]) for a in arts), "claims", len(pert), "perturbed")
