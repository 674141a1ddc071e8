a=Article('central-america-un-votes')
# dated 2026-01-22: last year = 2025; DGACM resolutions (recorded votes) for 2020-2025, Voeten for 2019
CA=['PANAMA','COSTA RICA','HONDURAS','EL SALVADOR','NICARAGUA','GUATEMALA']
UC(a,'the six Central American members lining up with the United States on only a handful of contested resolutions','a group\'s alignment (votes are cast by countries); for reference, 2025 coincidence with the US: '+', '.join(f"{c.title()} {coinc_dgacm(c,'UNITED STATES',2025)['coinc']:.1f}%" for c in CA),'Central America','USA',kind='alignment',period='2025')
AL(a,'Panama, which had sided with Washington on exactly half of the resolutions where both cast a yes or a no in 2024','PANAMA','UNITED STATES',2024,50,None,'consistent',src='dgacm',
   pert=('exactly half of the resolutions','exactly a quarter of the resolutions','number','understated',25,None,None),subj='PAN',part='USA',note="DGACM 2024: 31 identical, 31 opposite = 50.0%. 'exactly' read as no hedge (±10%).")
AL(a,'did so in barely one case in twenty last year','PANAMA','UNITED STATES',2025,5,'barely','consistent',src='dgacm',
   pert=('barely one case in twenty','barely one case in five','number','overstated',20,None,None),subj='PAN',part='USA',note="DGACM 2025: 9 identical, 154 opposite = 5.5% (110% of 5; 'barely' read as the about-family, ±15%).")
AL(a,"Costa Rica's record fell from about 43 percent",'COSTA RICA','UNITED STATES',2024,43,'about','consistent',src='dgacm',
   pert=('from about 43 percent','from about 73 percent','number','overstated',73,None,None),subj='CRI',part='USA',note='DGACM 2024: 32 / 75 = 42.7%.')
AL(a,'to under 6 percent','COSTA RICA','UNITED STATES',2025,6,'less than','consistent',src='dgacm',
   pert=('to under 6 percent','to under 3 percent','number','understated',3,None,None),subj='CRI',part='USA',note='DGACM 2025: 10 / 170 = 5.9% (98% of 6).')
VC(a,'The US delegation voted no on 169 of the 184 recorded votes of the year','UNITED STATES',2025,'no',169,'consistent',total=184,
   pert=('voted no on 169 of the 184','voted no on 69 of the 184','number','understated'),pcount=(69,184,None),
   note="A country's own vote count, annotated as an alignment claim (UNSURE: the contract has no reader for it). DGACM 2025: 184 resolutions with a recorded vote, US no 169, yes 9, abstain 6.")
VC(a,'more than nine in ten','UNITED STATES',2025,'no',None,'consistent',share=90,hedge='more than',
   pert=('more than nine in ten','more than 99 in 100','number','overstated'),pcount=(None,None,99),
   note="169 / 184 = 91.8% (also the article's own arithmetic).")
VC(a,'and in favour on just nine','UNITED STATES',2025,'yes',9,'consistent',
   pert=('in favour on just nine','in favour on just 29','number','overstated'),pcount=(29,None,None),note='DGACM 2025: US yes on 9 recorded votes.')
VC(a,'In 2024 it had opposed roughly half of them','UNITED STATES',2024,'no',None,'consistent',share=50,hedge='roughly',
   pert=('opposed roughly half of them','opposed roughly a fifth of them','number','understated'),pcount=(None,None,20),
   note="DGACM 2024: US no on 48 of 92 recorded votes (52.2%).")
co25={c:coinc_dgacm(c,'UNITED STATES',2025) for c in CA}
def _cafig(cs,partner,year):
    out=[]
    for c in cs:
        x=coinc_dgacm(c,partner,year); out.append(dict(value=round(x['coinc'],2),unit='percent',currency=None,year=year,source=f"data/unga/un_dgacm_resolutions/*.json, resolutions with a recorded vote adopted in {year}, de-duplicated by symbol: {c} with {partner}, identical {x['identical']} / (identical + opposite {x['opposite']})",basis='derived'))
    return out
low=sorted(CA,key=lambda c:co25[c]['coinc'])
assert low[0]=='HONDURAS'
a.add('ended the year among the least aligned with the United States of any government on the isthmus','alignment','consistent','HND','USA',None,None,'rank',None,'2025',None,_cafig(CA,'UNITED STATES',2025),
      "DGACM 2025 coincidence with the US: "+', '.join(f"{c.title()} {co25[c]['coinc']:.1f}%" for c in low)+": Honduras lowest of the six (Belize, if counted, 3.7%, would be just below it).",None,
      "'The isthmus' read as the six countries the article counts (Panama, Costa Rica, Honduras, El Salvador, Nicaragua, Guatemala); 'among the least' = the lowest or near it.",
      ('among the least aligned with the United States','among the most aligned with the United States','direction','contradicted'))
a.add('agreeing with it on six of 159 votes','alignment','consistent','HND','USA',None,6,'count',None,'2025',None,_cafig(['HONDURAS'],'UNITED STATES',2025),
      "DGACM 2025: Honduras and the US identical on 6, opposite on 153 (6 of 159 yes/no pairs, 3.8%).",None,None,
      ('on six of 159 votes','on 36 of 159 votes','number','overstated'))
AL(a,'It voted with Moscow more than four times in five','HONDURAS','RUSSIAN FEDERATION',2025,80,'more than','consistent',src='dgacm',
   pert=('more than four times in five','more than nine times in ten','number','overstated',90,None,None),subj='HND',part='RUS',note='DGACM 2025: 83.1% (104% of 80). Perturbed 90: 92% of it, below 95%.')
AL(a,'up from about 60 percent a year earlier','HONDURAS','RUSSIAN FEDERATION',2024,60,'about','consistent',src='dgacm',
   pert=('up from about 60 percent','up from about 30 percent','number','understated',30,None,None),subj='HND',part='RUS',note='DGACM 2024: 61.5%.')
UC(a,'has taken in deportees from the United States under a deal reported at $6 million a year','a payment under a migration deal (a contract / aid value); not in the data','USA','SLV')
hi=sorted(CA,key=lambda c:-co25[c]['coinc'])
a.add('Its delegation was the most closely aligned with Washington of any in Central America in 2025','alignment','contradicted','SLV','USA',None,1,'rank',None,'2025',None,_cafig(CA,'UNITED STATES',2025),
      "DGACM 2025 coincidence with the US: "+', '.join(f"{c.title()} {co25[c]['coinc']:.1f}%" for c in hi)+": El Salvador is 5th of 6, Costa Rica first.",None,
      "A claim by officials the article reports and rebuts; annotated as the claim it states.",
      ('the most closely aligned with Washington','the least closely aligned with Washington','direction','contradicted'))
AL(a,'it sided with Beijing on almost 97 percent of contested votes','EL SALVADOR','CHINA',2025,97,'almost','consistent',src='dgacm',
   pert=('almost 97 percent','almost 67 percent','number','understated',67,None,None),subj='SLV',part='CHN',note='DGACM 2025: 96.7%.')
ALC(a,'At the UN it is now far closer to China than to the United States','EL SALVADOR','CHINA','UNITED STATES',2025,'consistent',src='dgacm',
   pert=('far closer to China than to the United States','far closer to the United States than to China','direction','contradicted'),subj='SLV',part='CHN',note='DGACM 2025: 96.7% with China vs 4.4% with the US.')
AL(a,"Managua's envoys voted with the United States on roughly a quarter of the recorded votes in 2024",'NICARAGUA','UNITED STATES',2024,25,'roughly','overstated',src='dgacm',lo=20,hi=30,
   pert=('on roughly a quarter of the recorded votes','on roughly a half of the recorded votes','number','overstated',50,40,60),subj='NIC',part='USA',
   note="DGACM 2024: 11 / 74 = 14.9%, below the 'a quarter' band (20-30%). 'Diplomats noted': a quoted claim. The perturbed copy is false the same way.")
uks=['A/RES/ES-11/1','A/RES/ES-11/2','A/RES/ES-11/3','A/RES/ES-11/4','A/RES/ES-11/5','A/RES/ES-11/6','A/RES/77/229','A/RES/78/221','A/RES/78/316','A/RES/79/184','A/RES/80/223']
cu,iu,ou,su,bu=coinc_syms('NICARAGUA','RUSSIAN FEDERATION',uks)
a.add('lined up with Russia on nearly every text concerning Ukraine','alignment','consistent','NIC','RUS',None,100,'percent',None,'2022-2025','nearly',
      [dict(value=round(cu,2),unit='percent',currency=None,year=None,source=f"data/unga/un_dgacm_resolutions/*.json, the {len(uks)} recorded votes 2022-2025 whose title names Ukraine or the Russian Federation's HRC suspension ({', '.join(uks)}): NICARAGUA with RUSSIAN FEDERATION, identical {iu} / (identical + opposite {ou})",basis='derived'),
       dict(value=round(su,2),unit='percent',currency=None,year=None,source=f"same roll calls: share of identical votes (abstentions included) on the {bu} both took part in",basis='derived')],
      f"Nicaragua and Russia on the Ukraine texts 2022-2025: coincidence {cu:.0f}% ({iu} identical, {ou} opposite); identical votes {su:.0f}% of {bu} (Nicaragua abstained on ES-11/1 and ES-11/2 where Russia voted no).",None,
      "'Nearly every' read as nearly 100% (±15%) on coincidence; the identical-vote share 82% is just below (UNSURE). Texts: the recorded votes whose title names Ukraine (plus the HRC suspension the sentence names) in the DGACM files, 2022-2025.",
      ('on nearly every text concerning Ukraine','on barely half of the texts concerning Ukraine','number','understated'))
RC(a,'including the 2022 resolution suspending Moscow from the Human Rights Council','A/RES/ES-11/3','NICARAGUA','RUSSIAN FEDERATION','with','consistent',
   pert=('lined up with Russia on nearly every text concerning Ukraine, including','lined up against Russia on nearly every text concerning Ukraine, including','direction','contradicted'),subj='NIC',part='RUS',
   note="A/RES/ES-11/3 (7 April 2022): Nicaragua no, Russia no. The tally '93 to 24' is a resolution tally (distractor, correct: 93-24-58).")
f19,c19,s19=coinc_figs('Costa Rica','United States',2019,'voeten'); f22,c22,_=coinc_figs('COSTA RICA','UNITED STATES',2022,'dgacm')
r=c22/c19
a.add("Costa Rica's agreement with the United States more than doubled between 2019 and 2022",'alignment','consistent','CRI','USA',None,2,'multiple',None,'2019-2022','more than',f19+f22,
      f"Coincidence with the US: 2019 (Voeten, all roll calls) {c19:.1f}%, 2022 (DGACM resolutions) {c22:.1f}%: x{r:.2f} (>= 0.95 x 2). On DGACM resolutions dated 2019 also {coinc_dgacm('COSTA RICA','UNITED STATES',2019)['coinc']:.1f}%.",None,
      "A multiple of coincidence over time, annotated as alignment (UNSURE: could be read as a change).",
      ('more than doubled between 2019 and 2022','more than tripled between 2019 and 2022','number','overstated'))
assert r>=1.9 and r<0.95*3
ms={}
for c in ('HONDURAS','COSTA RICA'):
    ms[c]=sum(coinc_dgacm(c,'UNITED STATES',y)['coinc'] for y in range(2020,2025))/5
a.add('Over the five years to 2024, Honduras and Costa Rica each voted with the US a little over a third of the time','alignment','consistent','HND','USA',None,33.3,'percent',None,'2020-2024','more than',
      _cafig(['HONDURAS','COSTA RICA'],'UNITED STATES',2020)+_cafig(['HONDURAS','COSTA RICA'],'UNITED STATES',2021)+_cafig(['HONDURAS','COSTA RICA'],'UNITED STATES',2022)+_cafig(['HONDURAS','COSTA RICA'],'UNITED STATES',2023)+_cafig(['HONDURAS','COSTA RICA'],'UNITED STATES',2024),
      f"Mean yearly coincidence with the US 2020-2024 (DGACM): Honduras {ms['HONDURAS']:.1f}%, Costa Rica {ms['COSTA RICA']:.1f}%: each at least 95% of 33.3 and inside the 'a third' band (28-38%).",None,
      "'A little over a third' read as 'more than' 33.3% and within the 'a third' band's top (38%); 'the five years to 2024' = 2020-2024, the mean of the yearly coincidences (blind-6 reading); both countries must hold (UNSURE).",
      ('a little over a third of the time','a little over half of the time','number','overstated'))
assert all(31.6<=m<=38 for m in ms.values())
g=coinc_dgacm('GUATEMALA','UNITED STATES',2022)
a.add('Guatemala, in 2022, sided with Washington more often than not','alignment','consistent','GTM','USA',None,50,'percent',None,'2022','more than',_cafig(['GUATEMALA'],'UNITED STATES',2022),
      f"DGACM 2022: Guatemala with the US {g['identical']} identical, {g['opposite']} opposite = {g['coinc']:.1f}% (> 50%).",None,"'More often than not' = coincidence above 50%.",
      ('sided with Washington more often than not','sided with Washington less often than not','direction','contradicted'))
RC(a,'with only Israel joining the United States','A/RES/79/7','ISRAEL','UNITED STATES','with','consistent',
   pert=('with only Israel joining the United States','with only Israel opposing the United States','direction','contradicted'),subj='ISR',part='USA',
   note="A/RES/79/7 (30 October 2024, Cuba embargo): Israel no, United States no. The tally '187 to 2' (correct) and the October 2025 tally are resolution tallies, not annotated.")
OVD(a,'Costa Rica was among those that abstained',[('A/RES/80/4','COSTA RICA','abstain')],'consistent',
   pert=('Costa Rica was among those that abstained','Costa Rica was among those that voted against','direction','contradicted'),subj='CRI',
   note='A/RES/80/4 (29 October 2025, Cuba embargo): Costa Rica abstained.')
UC(a,"the United States buys roughly 40 percent of the isthmus's merchandise exports","a share of a group's exports the data lack (no Central America aggregate), and no year before the article in DOTS (2025)",'Central America','USA',kind='rank_share')
UC(a,'remittances from the diaspora exceeded a quarter of GDP in Honduras and El Salvador last year','remittances as a share of GDP; not in the data','HND',None,period='2025')
