a=Article('philippines-un-votes')
AL(a,'sided with Washington on only about one in six of the contested General Assembly votes last year','Philippines','United States',2019,16.67,'about','consistent',
   pert=('about one in six','about one in two','number','overstated',50,None,None),subj='PHL',part='USA',
   note="'one in six' = 16.7%, coincidence over yes/no votes as the sentence itself defines. Identical-vote share 15.6% also inside.")
AL(a,'That is down from roughly a quarter in 2014','Philippines','United States',2014,25,'roughly','consistent',lo=20,hi=30,
   pert=('roughly a quarter in 2014','roughly half in 2014','number','overstated',50,40,60),subj='PHL',part='USA',
   note="'a quarter' read with the contract band 20-30% (25.4% coincidence; with the hedge ±15% also inside). The identical-vote share 21.1% is inside the band but 84% of 25 under the hedge reading.")
fm=[];rows=[]
MN={'Israel':'ISR','Australia':'AUS','South Korea':'KOR','Japan':'JPN','New Zealand':'NZL','Brazil':'BRA','Argentina':'ARG','Pakistan':'PAK','Thailand':'THA','Bahrain':'BHR','Morocco':'MAR','Kuwait':'KWT','Philippines':'PHL','Afghanistan':'AFG','Jordan':'JOR','Tunisia':'TUN','Egypt':'EGY'}
for n in MN:
    f,c,s2=coinc_figs(n,'United States',2019); fm.append(f[0]); rows.append((c,n))
rows.sort(reverse=True); rk=[n for c,n in rows].index('Philippines')+1
RK(a,"places Manila near the very bottom of the list of America's major non-NATO allies",'consistent',
   f"Coincidence with the US in 2019 of the 17 MNNAs designated by 2019 with UN votes (data/places/us_mnna; Taiwan has no votes): Philippines {rk}th of {len(rows)} ("+', '.join(f'{n} {c:.1f}' for c,n in rows)+"); the bottom nine lie within 5 points (13.5-18.6%).",
   fm,'PHL','USA',None,'2019',rk,pert=('near the very bottom of the list','near the very top of the list','rank','contradicted'),
   note="An alignment placement among the MNNAs (kind alignment, like 'more aligned than any other MNNA'). 'Near the very bottom' read as the bottom third; 13th of 17 is 5th from last, 3.2 points above the lowest: a judgement call (UNSURE).")
a.claims[-1]['kind']='alignment'; a.claims[-1]['unit']='rank'
AL(a,'Philippine diplomats actually voted with their American counterparts on about half of such resolutions','Philippines','United States',2016,50,'about','consistent',lo=40,hi=60,
   pert=('about half of such resolutions','about a fifth of such resolutions','number','understated',20,None,None),subj='PHL',part='USA',
   note="2016 coincidence 51.1% (band 40-60%); identical-vote share 41.6% inside the band too.")
AL(a,'the figure had already fallen below 20 percent for the first time','Philippines','United States',2017,20,'less than','understated',
   pert=('fallen below 20 percent','fallen above 70 percent','direction','overstated',70,None,None,'more than'),subj='PHL',part='USA',
   note="2017 coincidence 29.5% (identical share 25.6%): not below 20%. 'For the first time' is false as well: 2005-2008 and 2013 were below 20% (7.8% in 2007). Verdict on the value: understated (data above the 105% limit).")
AL(a,'The Philippines voted with China more than 90 percent of the time last year','Philippines','China',2019,90,'more than','consistent',
   pert=('more than 90 percent','less than 50 percent','number','understated',50,None,None,'less than'),subj='PHL',part='CHN',
   note="Coincidence 93.5% (≥95% of 90); the identical-vote share over all joint roll calls is 81.8% (91% of 90, below): the verdict rests on the coincidence (contract).")
AL(a,'and with Russia about 60 percent of the time','Philippines','Russia',2019,60,'about','understated',
   pert=('about 60 percent of the time','more than 90 percent of the time','number','overstated',90,None,None,'more than'),subj='PHL',part='RUS',
   note="Coincidence 80.8% (135% of 60), identical-vote share 70.9% (118%): both above the band.")
ALC(a,'far closer to Moscow than to Washington','Philippines','Russia','United States',2019,'consistent',
   pert=('far closer to Moscow than to Washington','far closer to Washington than to Moscow','direction','contradicted'),subj='PHL',part='RUS')
RC(a,'In December the Philippines voted against the United States on a resolution about human rights in Crimea',9111.0,'Philippines','United States','against','consistent',
   pert=('voted against the United States','voted with the United States','direction','contradicted'),subj='PHL',part='USA',
   note="A/RES/74/168 (18 Dec 2019), 'Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol'. (The Philippines also voted no on A/RES/74/17, militarization of Crimea, 9 Dec 2019.)")
OV(a,'it opposed a text condemning abuses against Rohingya Muslims in Myanmar',9124.0,'Philippines','no','consistent',
   pert=('it opposed a text','it supported a text','direction','contradicted','yes'),subj='PHL',part='USA',
   note="A/RES/74/246 (27 Dec 2019): the Philippines voted no, the US yes.")
OV(a,'the delegation had abstained on the Rohingya resolution',9124.0,'Philippines','abstain','contradicted',
   pert=('had abstained on the Rohingya resolution','had voted for the Rohingya resolution','direction','contradicted','yes'),subj='PHL',
   note="A diplomat's description, which the article itself says does not match the record: the Philippines voted no on A/RES/74/246. The perturbed copy is false in another way (yes).")
COINC_ORDER(a,'Thailand, another treaty ally, sided with the United States only marginally more often last year','Thailand','United States','Philippines','United States',2019,'consistent',
   pert=('only marginally more often','only marginally less often','direction','contradicted'),subj='THA',part='USA',
   note="Coincidence 18.2% vs 16.7% (14/77 vs 13/78); the identical-vote shares are equal (15.6% each, 14 of 90 vs 14 of 90 joint roll calls): on that reading not more often (UNSURE).")
COINC_ORDER(a,'Japan voted with Washington well over twice as often as the Philippines did','Japan','United States','Philippines','United States',2019,'consistent',
   factor=2,hedge='more than',pfactor=4,pert=('well over twice as often','well over four times as often','number','overstated'),subj='JPN',part='USA',
   note="'well over twice' read as 'more than' 2 (ratio ≥ 1.9).")
AL(a,'sides with the Americans in roughly nine votes out of ten','Australia','United States',2019,90,'roughly','overstated',
   pert=('roughly nine votes out of ten','roughly three votes out of ten','number','understated',30,None,None),subj='AUS',part='USA',
   note="Present tense, no year: 2019 (latest full year before the article). Coincidence 74.6% (83% of 90), identical-vote share 51.7%: both below.")
TV(a,'The United States bought about $11.6 billion of Philippine goods in 2019','PHL','USA','exports',2019,11.6e9,'about','consistent',
   pert=('about $11.6 billion','about $21.6 billion','number','overstated',21.6e9),note="'X bought N of Philippine goods' read as the Philippines' exports to X (the goods' owner; the article's country). Philippine FOB 11.57 bn (100%), US CIF 12.78 bn (110%): consistent on either reading.")
TV(a,'or close to 600 billion pesos','PHL','USA','exports',2019,600e9,'close to','consistent',currency='PHP',conv=('PHL',2019),
   pert=('close to 600 billion pesos','close to 900 billion pesos','number','overstated',900e9),note='The peso restatement as a trade value of its own (WEO 2019 average, 51.80 PHP per USD).')
CVD(a,'about $11.6 billion of Philippine goods in 2019, or close to 600 billion pesos',11.6e9,'PHL',2019,600e9,'close to','consistent',
   pert=('or close to 600 billion pesos','or close to 300 billion pesos','number','understated',300e9))
RK(a,'making it still the largest single market','consistent',
   "Philippines' Exports, FOB 2019, country partners: United States 11.57 bn, Japan 10.68 bn, China 9.81 bn, Hong Kong 9.63 bn: the US first (8% ahead of Japan).",
   [cell('PHL','USA',2019,'Exports, FOB'),cell('PHL','JPN',2019,'Exports, FOB'),cell('PHL','CHN',2019,'Exports, FOB'),cell('PHL','HKG',2019,'Exports, FOB')],'PHL','USA','exports','2019',1,
   pert=('still the largest single market','still the third-largest single market','rank','contradicted'),
   note="'for the country's electronics, garments and coconut oil' read as the country's exports as a whole (the product list describes them); a product-level reading would be not checkable.")
RK(a,"is often described in Manila as the country's biggest export market",'contradicted',
   "Philippines' Exports, FOB 2019: China (mainland) 9.81 bn is third, behind the US 11.57 bn and Japan 10.68 bn. On the partners' import records China (CIF 20.17 bn) would be first.",
   [cell('PHL','CHN',2019,'Exports, FOB'),cell('PHL','USA',2019,'Exports, FOB'),cell('PHL','JPN',2019,'Exports, FOB'),cell('CHN','PHL',2019,'Imports, CIF','mirror'),cell('USA','PHL',2019,'Imports, CIF','mirror')],'PHL','CHN','exports','2019',1,
   pert=("the country's biggest export market","the country's second-biggest export market",'rank','contradicted'),
   note="A description the article reports and rebuts; annotated as the claim it states. Ranks use the reporter's sheet (contract); China's own import record reverses it (UNSURE). The perturbed copy (second-biggest) is false in another way.")
UC(a,'promises of $24 billion in investment and loans','pledged investment and loans; not in the data','CHN','PHL')
TV(a,'Philippine sales to the mainland came to less than $10 billion last year','PHL','CHN','exports',2019,10e9,'less than','consistent',
   pert=('less than $10 billion','less than $5 billion','number','understated',5e9),
   note="The Philippines' FOB record 9.81 bn (98%) inside; China's CIF record 20.17 bn (202%) above: consistent by the reporter's side (UNSURE).")
f1=[fob('CHN','PHL',2019),fob('PHL','CHN',2019),cif('PHL','CHN',2019),cif('CHN','PHL',2019)]
for f,bs in zip(f1,['reported','reported','mirror','mirror']): f['basis']=bs
r1=f1[0]['value']/f1[1]['value']; r2=f1[2]['value']/f1[3]['value']
rc=fob('CHN','PHL',2019)['value']/cif('CHN','PHL',2019)['value']; rp=cif('PHL','CHN',2019)['value']/fob('PHL','CHN',2019)['value']
vv=combine([('reported',side(r1/4,'roughly')),('mirror',side(r2/4,'roughly'))])
RK(a,'the mainland shipped roughly four times that amount the other way','consistent',
   f"China's shipments to the Philippines against the Philippines' sales to China, 2019, each exporter's own FOB record (the reporter of each flow, and the pairing the article uses): 40.76 / 9.81 bn = {r1:.2f} (inside ±15% of 4); on the importers' CIF records 26.76 / 20.17 = {r2:.2f} (below). On one country's books alone: China's {rc:.2f}, the Philippines' {rp:.2f} (both below).",
   f1+[dict(value=round(r1,3),unit='ratio',currency=None,year=2019,source='ratio of the two reported (exporters\' FOB) figures above',basis='derived'),dict(value=round(r2,3),unit='ratio',currency=None,year=2019,source='ratio of the two mirror (importers\' CIF) figures above',basis='derived')],
   'CHN','PHL','exports','2019',4,hedge='roughly',pert=('roughly four times that amount','roughly half that amount','number','understated'),
   note="Two export flows compared, each on its exporter's own record (reporter decides): consistent. A checker reading it as China's exports over China's imports (2.02) or on the Philippines' books (2.73) would say overstated; the importers' records give 1.33 (UNSURE, the hardest claim of the text).")
assert vv=='consistent'

TV(a,'about $40 billion','CHN','PHL','exports',2019,40e9,'about','consistent',
   pert=('about $40 billion','about $80 billion','number','overstated',80e9),
   note="Chinese customs (China's FOB record 40.76 bn, 102%) inside; the Philippines' CIF record 26.76 bn (67%) below: consistent by the reporter's side, as the sentence attributes (UNSURE).")
UC(a,'Only a fraction of the promised Chinese money has materialised','disbursed Chinese loans and investment; not in the data','CHN','PHL')
UC(a,'nine with Chinese financing so far','a count of projects with Chinese financing (loans); not in the data','CHN','PHL')
UC(a,'two bridges across the Pasig River worth about 4.6 billion pesos','a project value','PHL','CHN')
UC(a,'41 percent of Filipinos trust China','an opinion poll (Pulse Asia)','PHL','CHN')
UC(a,'against 9 percent who said the same of the United States','an opinion poll (Pulse Asia)','PHL','USA')
