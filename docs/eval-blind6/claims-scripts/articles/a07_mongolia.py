a=Article('mongolia-china-coal-tugrik')
SH(a,'China bought close to 90 percent of everything Mongolia exported last year','MNG','CHN','exports',2019,90,'close to','consistent',pert=('close to 90 percent','close to 50 percent','number','understated',50,None,None))
TV(a,'roughly $6.8 billion of coal, copper concentrate, iron ore and cashmere','MNG','CHN','exports',2019,6.8e9,'roughly','consistent',pert=('roughly $6.8 billion','roughly $9.8 billion','number','overstated',9.8e9))
TV(a,'equivalent to some 18 trillion tugriks','MNG','CHN','exports',2019,18e12,'some','consistent',currency='MNT',conv=('MNG',2019),
   pert=('some 18 trillion tugriks','some 28 trillion tugriks','number','overstated',28e12),note='WEO 2019 average 2,663.6 MNT per USD.')
CVD(a,'roughly $6.8 billion of coal, copper concentrate, iron ore and cashmere, equivalent to some 18 trillion tugriks',6.8e9,'MNG',2019,18e12,'some','consistent',
   pert=('some 18 trillion tugriks','some 8 trillion tugriks','number','understated',8e12))
CH(a,'Total exports rose about 9 percent','MNG','World','exports',2018,2019,9,'about','consistent',pert=('Total exports rose about 9 percent','Total exports fell about 9 percent','direction','contradicted',-9))
TV(a,'to a record $7.6 billion','MNG','World','exports',2019,7.6e9,None,'consistent',pert=('a record $7.6 billion','a record $9.6 billion','number','overstated',9.6e9))
REC(a,'Total exports rose about 9 percent to a record','MNG','World','exports',2019,'consistent',pert=('to a record $7.6 billion','to a record low of $7.6 billion','direction','contradicted'),
    note='2019 (7.62 bn) above every earlier year of the DOTS series (2018: 7.01 bn).')
CH(a,'sales to China have climbed by roughly three-quarters since 2016','MNG','CHN','exports',2016,2019,75,'roughly','consistent',
   pert=('have climbed by roughly three-quarters','have fallen by roughly three-quarters','direction','contradicted',-75),note="Mongolia's record +74.4%, China's CIF record +77.4%.")
UC(a,'The government had planned on exporting 42 million tonnes of coal this year',"a plan for one product's volume (coal, tonnes)",'MNG',None)
UC(a,'the first quarter alone may cost the budget 1.2 trillion tugriks in lost royalties','a budget forecast for one quarter','MNG',None)
RK(a,"Britain, perhaps surprisingly, is Mongolia's second-largest export market",'consistent',
   "Mongolia's Exports, FOB 2019, country partners: China 6.77 bn, United Kingdom 0.29 bn, Singapore 0.16 bn, Switzerland 0.08 bn. The UK's own CIF record of imports from Mongolia is only 11 m (gold sold through London is not recorded there).",
   [cell('MNG','CHN',2019,'Exports, FOB'),cell('MNG','GBR',2019,'Exports, FOB'),cell('MNG','SGP',2019,'Exports, FOB'),cell('GBR','MNG',2019,'Imports, CIF','mirror')],'MNG','GBR','exports','2019',2,
   pert=("Mongolia's second-largest export market","Mongolia's fifth-largest export market",'rank','contradicted'),note="Ranks on the reporter's sheet (contract); on the partners' records the UK would be far down (UNSURE).")
CH(a,'British purchases jumped by almost 70 percent last year','MNG','GBR','exports',2018,2019,70,'almost','consistent',
   pert=('jumped by almost 70 percent','fell by almost 70 percent','direction','contradicted',-70),
   note="Read as Mongolia's exports to Britain (the paragraph's export market): Mongolia's record +68.2%; the UK's CIF record (9 -> 11 m) +24% is outside: consistent by the reporter's side (UNSURE: with the UK as reporter of its purchases, only the partner's side agrees).")
TV(a,'to around $290 million','MNG','GBR','exports',2019,290e6,'around','consistent',pert=('around $290 million','around $590 million','number','overstated',590e6),
   note="Mongolia's record 291 m; the UK's CIF record 11 m (4%): consistent by the reporter's side (UNSURE).")
TV(a,'less than $70 million in 2019','MNG','RUS','exports',2019,70e6,'less than','consistent',pert=('less than $70 million','less than $30 million','number','understated',30e6))
CH(a,'down by about a fifth','MNG','RUS','exports',2018,2019,-20,'about','consistent',pert=('down by about a fifth','up by about a fifth','direction','contradicted',20))
UC(a,"Russia supplies nearly all of Mongolia's petrol and diesel","one product's share (fuel)",'RUS','MNG')
TV(a,'its exports to Mongolia came to about $1.7 billion last year','RUS','MNG','exports',2019,1.7e9,'about','consistent',pert=('about $1.7 billion','about $3.7 billion','number','overstated',3.7e9))
TV(a,'or around 4.6 trillion tugriks','RUS','MNG','exports',2019,4.6e12,'around','consistent',currency='MNT',conv=('MNG',2019),pert=('around 4.6 trillion tugriks','around 9.6 trillion tugriks','number','overstated',9.6e12))
CVD(a,'about $1.7 billion last year, or around 4.6 trillion tugriks',1.7e9,'MNG',2019,4.6e12,'around','consistent',pert=('around 4.6 trillion tugriks','around 2.6 trillion tugriks','number','understated',2.6e12))
RK(a,"that was enough for Russia to overtake China as Mongolia's largest supplier",'contradicted',
   "Mongolia's Imports, CIF 2019: China 2.04 bn, Russia 1.73 bn; partners' FOB: China 1.83 bn, Russia 1.74 bn: China first on both.",
   [cell('MNG','CHN',2019,'Imports, CIF'),cell('MNG','RUS',2019,'Imports, CIF'),cell('CHN','MNG',2019,'Exports, FOB','mirror'),cell('RUS','MNG',2019,'Exports, FOB','mirror')],'MNG','RUS','imports','2019',1,
   pert=('to overtake China as','to overtake Japan as','rank','contradicted'),note="A trade envoy's claim. Perturbed copy (overtake Japan as largest) false in another way.")
TV(a,'put its sales to Mongolia at about $1.8 billion','CHN','MNG','exports',2019,1.8e9,'about','consistent',pert=('about $1.8 billion','about $3.8 billion','number','overstated',3.8e9))
TV(a,'or 3.2 trillion tugriks','CHN','MNG','exports',2019,3.2e12,None,'understated',currency='MNT',conv=('MNG',2019),pert=('or 3.2 trillion tugriks','or 9.2 trillion tugriks','number','overstated',9.2e12),
   note="China's record 1.83 bn x 2,663.6 = 4.87 tn MNT (152%); Mongolia's 5.43 tn: both above.")
CVD(a,'about $1.8 billion, or 3.2 trillion tugriks',1.8e9,'MNG',2019,3.2e12,None,'understated',pert=('or 3.2 trillion tugriks','or 8.2 trillion tugriks','number','overstated',8.2e12),
   note="1.8 bn x 2,663.6 = 4.79 tn tugriks: the stated 3.2 tn is 67% of it.")
TV(a,'ships Mongolia about $580 million of cars and machinery a year','JPN','MNG','exports',2019,580e6,'about','consistent',pert=('about $580 million','about $980 million','number','overstated',980e6),
   note="'a year': 2019, the latest full year.")
f1=[cell('JPN','MNG',2019,'Exports, FOB'),cell('KOR','MNG',2019,'Exports, FOB'),cell('MNG','JPN',2019,'Imports, CIF','mirror'),cell('MNG','KOR',2019,'Imports, CIF','mirror')]
r1=f1[0]['value']/f1[1]['value']; r2=f1[2]['value']/f1[3]['value']
RK(a,'three times as much as South Korea does','overstated',f"Japan's exports to Mongolia over South Korea's, 2019: exporters' FOB records {r1:.2f}; Mongolia's CIF records {r2:.2f}: both below 90% of 3.",
   f1,'JPN','KOR','exports','2019',3,pert=('three times as much','half as much','number','understated'))
assert combine([('reported',side(r1/3,None)),('mirror',side(r2/3,None))])=='overstated'
MT(a,'Purchases from the United States more than tripled in 2019','MNG','USA','imports',2018,2019,3,'more than','overstated',
   pert=('more than tripled','more than halved','direction','contradicted',None),
   note="Mongolia's imports from the US: its CIF record 212 -> 290 m (x1.37), the US FOB record 121 -> 193 m (x1.60). (Mongolia's exports TO the US did triple, 8 -> 26 m, from under $10 m: the sentence reads as imports; UNSURE.)")
TV(a,'from a very low base of under $10 million','MNG','USA','imports',2018,10e6,'less than','understated',pert=('of under $10 million','of under $1 million','number','understated',1e6),
   note="The 2018 base of Mongolia's imports from the US: 212 m (its CIF record), 121 m (US FOB): far above $10 m (UNSURE, as above).")
AL(a,'Mongolia voted with Japan in about 85 percent of contested General Assembly roll calls in 2019','Mongolia','Japan',2019,85,'about','consistent',pert=('about 85 percent','about 45 percent','number','understated',45,None,None),subj='MNG',part='JPN',
   note='Coincidence 85.0%; the identical-vote share 60.2% (71%) would be below (UNSURE).')
COINC_ORDER(a,'slightly more often than it sided with Russia','Mongolia','Japan','Mongolia','Russia',2019,'consistent',pert=('slightly more often than','slightly less often than','direction','contradicted'),subj='MNG',part='JPN',
   note='Coincidence Japan 85.0% vs Russia 81.4%; identical-vote shares reverse it (60.2% vs 69.0%) (UNSURE).')
AL(a,'and with the United States in only about one in six','Mongolia','United States',2019,16.67,'about','consistent',pert=('only about one in six','only about one in two','number','overstated',50,None,None),subj='MNG',part='USA',note='Coincidence 16.4%; the identical-vote share 13.6% (82% of 16.7) would be below (UNSURE).')
v19=voeten(); v19=v19[v19.year==2019]; res=[]
for c in v19.country.unique():
    if c=='Mongolia': continue
    x=coinc_voeten('Mongolia',c,2019)
    if x['coinc'] is not None: res.append((x['coinc'],c))
res.sort(reverse=True); rkc=[c for _,c in res].index('China')+1; n100=sum(1 for v,_ in res if v>=99.99)
fc=coinc_figs('Mongolia','China',2019)[0][0]
a.add('Its closest match, as for most developing countries, was China','alignment','contradicted','MNG','CHN',None,1,'rank',None,'2019',None,
      [fc,dict(value=n100,unit='count',currency=None,year=2019,source='data/unga/voeten_unvotes (un_votes.rda + un_roll_calls.rda), 2019: countries with 100% coincidence with Mongolia',basis='derived')],
      f"Mongolia's coincidence with China in 2019 is 94.5%, rank {rkc} of {len(res)}: {n100} countries match Mongolia on 100% of yes/no votes. Among the partners the article names (Japan 85.0, Russia 81.4, US 16.4) China is the closest.",'contradicted',
      "Read as the closest of all members: contradicted; read as the closest of the four partners named it would hold (UNSURE).",
      ('was China, with which','was Russia, with which','rank','contradicted'))
AL(a,'with which it agreed more than 90 percent of the time','Mongolia','China',2019,90,'more than','consistent',pert=('more than 90 percent of the time','less than 50 percent of the time','number','understated',50,None,None,'less than'),subj='MNG',part='CHN',
   note='Coincidence 94.5%; identical-vote share 80.2% would be below (UNSURE).')
AL(a,'with Russia the figure was also above 90 percent','Mongolia','Russia',2019,90,'more than','overstated',pert=('also above 90 percent','also below 50 percent','direction','understated',50,None,None,'less than'),subj='MNG',part='RUS',
   note='Coincidence 81.4% (90% of 90), identical share 69.0%: both below the 95% floor; it also contradicts the sentence before (Japan 85% slightly more than Russia).')
UC(a,'Mongolia owes bondholders about $3.5 billion','sovereign bond debt','MNG',None)
UC(a,'must repay or refinance roughly $600 million next year','debt repayment due next year','MNG',None)
UC(a,'is already running about $1.9 billion over its budget','a project cost overrun (Oyu Tolgoi investment)','MNG',None)
UC(a,'The central bank expects growth of about 5 percent this year','a GDP growth forecast','MNG',None)
UC(a,'The tugrik has weakened by nearly 3 percent against the dollar since January','an exchange-rate move over two months','MNG',None)
