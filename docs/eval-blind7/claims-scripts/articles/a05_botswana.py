a=Article('botswana-diamonds-antwerp')
# dated 2019-05-20: last year = 2018
TV(a,"Britain, which bought some $4 billion worth of the country's goods as recently as 2013",'BWA','GBR','exports',2013,4e9,'some','sources disagree',
   pert=('some $4 billion worth','some $8 billion worth','number','overstated',8e9),
   note="Botswana's FOB record 2.50 bn (63%) below (4.02 bn in 2012); the UK's CIF record 3.73 bn (93%) inside: only the partner's side agrees (UNSURE).")
TV(a,'now takes barely $50 million a year','BWA','GBR','exports',2018,50e6,'barely','consistent',pert=('barely $50 million','barely $150 million','number','overstated',150e6),
   note="'Barely' read as the about-family; 'a year' with no year: 2018. Botswana 54 m (108%), UK 55 m (110%).")
RKP(a,'Belgium is now comfortably the largest customer','BWA',2018,'exports',rank_of('BEL',1),'Belgium the largest buyer in 2018','consistent',ranked='BEL',
   pert=('comfortably the largest customer','comfortably the third-largest customer','rank','contradicted'),ppred=rank_of('BEL',3))
CH(a,'Shipments to Belgium rose by about 15 percent last year','BWA','BEL','exports',2017,2018,15,'about','sources disagree',pert=('rose by about 15 percent','rose by about 45 percent','number','overstated',45),
   note="Botswana's FOB record +15.6% (inside); Belgium's CIF record -3.4% (opposite): the records move apart = sources disagree (blind-6 rule) (UNSURE).")
TV(a,'to roughly $1.5 billion','BWA','BEL','exports',2018,1.5e9,'roughly','consistent',pert=('to roughly $1.5 billion','to roughly $2.5 billion','number','overstated',2.5e9))
SH(a,'nearly a quarter of all exports','BWA','BEL','exports',2018,25,'nearly','consistent',lo=20,hi=30,pert=('nearly a quarter of all exports','nearly half of all exports','number','overstated',50,40,60),note='1.51 / 6.38 bn = 23.7%.')
tr=rank_table('BWA',2018,'exports','reported'); tm=rank_table('BWA',2018,'exports','mirror')
g=lambda t,n: next(x for x in t if x[0]==NAME[n])
okr=g(tr,'BEL')[1]>g(tr,'IND')[1]+g(tr,'ARE')[1]; okm=g(tm,'BEL')[1]>g(tm,'IND')[1]+g(tm,'ARE')[1]
assert not okr and not okm
RK(a,'Antwerp dealers bought more than India and the Emirates combined','contradicted',
   f"2018, Botswana's FOB record: Belgium {g(tr,'BEL')[1]/1e9:.3f} bn vs India {g(tr,'IND')[1]/1e9:.3f} + UAE {g(tr,'ARE')[1]/1e9:.3f} = {(g(tr,'IND')[1]+g(tr,'ARE')[1])/1e9:.3f} bn; partners' CIF records: Belgium {g(tm,'BEL')[1]/1e9:.3f} vs {(g(tm,'IND')[1]+g(tm,'ARE')[1])/1e9:.3f} bn: false on both.",
   [g(tr,'BEL')[2],g(tr,'IND')[2],g(tr,'ARE')[2],g(tm,'BEL')[2],g(tm,'IND')[2],g(tm,'ARE')[2]],'BWA','BEL','exports','2018',
   pert=('more than India and the Emirates combined','more than India and Singapore combined','rank','contradicted'),
   note="'Antwerp dealers' = Belgium's buyers; 'according to a trade official' (a quoted claim). Perturbed (India and Singapore): 1.785 bn own, 1.455 bn partners' vs Belgium 1.510 / 1.439: false on both too.")
UC(a,"home to the world's biggest polishing industry in Surat","an epithet about one industry (diamond polishing); not in the checked data",'IND',None)
TV(a,'took close to $1.1 billion','BWA','IND','exports',2018,1.1e9,'close to','consistent',pert=('took close to $1.1 billion','took close to $2.1 billion','number','overstated',2.1e9),
   note="Botswana 1.093 bn, India's CIF 1.096 bn: both inside.")
CH(a,'unchanged from 2017','BWA','IND','exports',2017,2018,0,None,'consistent',pert=('unchanged from 2017','down by half from 2017','number','overstated',-50),
   note="'Unchanged' read as a change of 0 with the 1-point floor. Botswana's FOB record -0.5% (inside); India's CIF record -37.2% (1.745 -> 1.096 bn): consistent by the reporter's side (UNSURE).")
TV(a,'Purchases by the United Arab Emirates climbed to about $770 million','BWA','ARE','exports',2018,770e6,'about','consistent',pert=('to about $770 million','to about $1.77 billion','number','overstated',1.77e9),
   note="Botswana's FOB 773 m (100%); the UAE's CIF 1,193 m (155%) above: consistent by the reporter's side (UNSURE).")
DIR(a,'Purchases by the United Arab Emirates climbed','BWA','ARE','exports',2017,2018,+1,'contradicted',pert=('Purchases by the United Arab Emirates climbed','Purchases by the United Arab Emirates doubled','number','contradicted',+1),
   note="Both records fell (Botswana 915 -> 773 m; UAE CIF 1,416 -> 1,193 m). The perturbed copy is false the same way.")
CH(a,'Singapore, a newer destination, jumped by nearly half','BWA','SGP','exports',2017,2018,50,'nearly','sources disagree',pert=('jumped by nearly half','jumped by nearly threefold','number','overstated',200),
   note="Botswana's FOB record +47.5% (inside); Singapore's CIF record -7.1% (opposite): sources disagree (UNSURE).")
TV(a,'to about $690 million','BWA','SGP','exports',2018,690e6,'about','consistent',pert=('to about $690 million','to about $1.69 billion','number','overstated',1.69e9),
   note="Botswana's FOB 692 m (100%); Singapore's CIF 359 m (52%) below: consistent by the reporter's side (UNSURE).")
RKP(a,'is now the third-largest buyer','BWA',2018,'exports',rank_of('ISR',3),'Israel third among buyers in 2018','contradicted',ranked='ISR',
   pert=('the third-largest buyer','the largest buyer','rank','contradicted'),ppred=rank_of('ISR',1),
   note="Officials' claim. Botswana's record: Israel 6th (433 m; Belgium, India, UAE, Singapore, South Africa ahead); Israel reports no CIF row for Botswana to speak of.")
CH(a,'Overall, exports rose by almost 8 percent in 2018','BWA','World','exports',2017,2018,8,'almost','consistent',pert=('rose by almost 8 percent','rose by almost 28 percent','number','overstated',28),note='World, own record: 5.91 -> 6.38 bn, +7.8%.')
TV(a,'to about $6.4 billion','BWA','World','exports',2018,6.4e9,'about','consistent',pert=('to about $6.4 billion','to about $9.4 billion','number','overstated',9.4e9))
TV(a,'or some 65 billion pula','BWA','World','exports',2018,65e9,'some','consistent',currency='BWP',conv=('BWA',2018),pert=('some 65 billion pula','some 95 billion pula','number','overstated',95e9),
   note='At the WEO 2018 average 10.20 BWP per USD: 65.0 bn pula.')
CVD(a,'about $6.4 billion, or some 65 billion pula at an average rate of 10.2 pula to the dollar',6.4e9,'BWA',2018,65e9,'some','consistent',pert=('some 65 billion pula','some 35 billion pula','number','understated',35e9),
   note="6.4 bn x 10.20 = 65.3 bn; the stated rate 10.2 is the WEO 2018 average (read inside this claim).")
a.claims[-1]['currency']='BWP'
UC(a,'Diamonds make up close to nine tenths of that',"one product's share of exports (diamonds); not in the checked data",'BWA',None,period='2018')
UC(a,'The government owns half of Debswana','a state ownership stake (investment); not in the data','BWA',None)
UC(a,'receives as much as 80 percent of its profits through royalties, taxes and dividends','public revenue from one company; not in the data','BWA',None)
RK(a,"Neighbouring South Africa, once the main outlet for the country's goods",'not checkable',
   "No year on record has South Africa first: Botswana's own FOB record (from 2000) has the UK first 2000-2013 and Belgium from 2014 (South Africa 2nd-5th); the partners' records (1990-2013) have Norway or the UK first. 'Once' presumably refers to the years before Botswana's own record starts (2000).",
   [],'BWA','ZAF','exports','before 2000 (no year stated)',1,note="Read as a past rank before the data (UNSURE: a checker testing the records 2000-2018 would say contradicted; testing the latest year would say contradicted too). No perturbed copy (not checkable).")
f13=rank_table('BWA',2013,'exports','reported'); f18=rank_table('BWA',2018,'exports','reported'); m13=rank_table('BWA',2013,'exports','mirror'); m18=rank_table('BWA',2018,'exports','mirror')
rk=lambda t: [x[0] for x in t].index(NAME['ZAF'])+1
RK(a,'has fallen down the ranking','consistent',
   f"South Africa's rank among the buyers of Botswana's goods: Botswana's FOB record {rk(f13)} in 2013 -> {rk(f18)} in 2018; partners' CIF records {rk(m13)} -> {rk(m18)}: fallen on both ('five years earlier' of the next sentence read as the base).",
   [g(f13,'ZAF')[2],g(f18,'ZAF')[2],g(m13,'ZAF')[2],g(m18,'ZAF')[2]],'BWA','ZAF','exports','2013-2018',
   pert=('has fallen down the ranking','has climbed up the ranking','direction','contradicted'))
TV(a,'Sales there came to about $574 million last year','BWA','ZAF','exports',2018,574e6,'about','consistent',pert=('about $574 million','about $974 million','number','overstated',974e6),
   note="Botswana's FOB 574 m (100%); South Africa's CIF 484 m (84%, just below ±15%): consistent by the reporter's side (UNSURE).")
MT(a,'less than half of what they were five years earlier','BWA','ZAF','exports',2013,2018,0.5,'less than','consistent',pert=('less than half of what','less than a quarter of what','number','understated',0.25),
   note="Botswana's FOB record 574 / 1,217 m = 0.47 (inside 'less than' 0.5); South Africa's CIF record 484 / 558 m = 0.87 (above): consistent by the reporter's side (UNSURE).")
TV(a,'South African suppliers sold goods worth some $4.1 billion to Botswana','ZAF','BWA','exports',2018,4.1e9,'some','consistent',pert=('some $4.1 billion','some $8.1 billion','number','overstated',8.1e9),
   note="South Africa's FOB 4.08 bn, Botswana's CIF 4.04 bn: both inside.")
TV(a,'leaving a gap of roughly $3.5 billion with the southern neighbour','BWA','ZAF','deficit',2018,3.5e9,'roughly','consistent',pert=('roughly $3.5 billion','roughly $6.5 billion','number','overstated',6.5e9),
   note="Botswana's books 4.04 - 0.57 = 3.46 bn; the partner's records 4.08 - 0.48 = 3.59 bn: both inside.")
AR(a,'leaving a gap of roughly $3.5 billion with the southern neighbour','consistent',"article arithmetic: $4.1 bn imports minus $574 m exports = $3.53 bn, the stated gap (roughly).",
   [A(4.1e9,'imports from South Africa',2018),A(574e6,'exports to South Africa',2018),dict(value=3.526e9,unit='USD',currency='USD',year=2018,source='4.1 bn - 0.574 bn',basis='derived')],
   pert=('roughly $3.5 billion','roughly $4.5 billion','number','contradicted'),subject='BWA',partner='ZAF',flow='deficit',period='2018',hedge='roughly',quantity=3.5e9)
CH(a,'with purchases rising by more than a quarter','BWA','HKG','exports',2017,2018,25,'more than','consistent',pert=('rising by more than a quarter','rising by more than a half','number','overstated',50),
   note="Botswana's FOB record +27.5% (inside); Hong Kong's CIF record +19.6% (below 95% of 25): consistent by the reporter's side (UNSURE).")
TV(a,'to about $325 million','BWA','HKG','exports',2018,325e6,'about','consistent',pert=('to about $325 million','to about $625 million','number','overstated',625e6))
SH(a,'That remains a small slice of the trade','BWA','HKG','exports',2018,10,None,'consistent',lo=0,hi=10,pert=('a small slice of the trade','a quarter of the trade','number','overstated',25,20,30),
   note="'A small slice' read as 'a small fraction' (at most 10%): 325 m / 6.38 bn = 5.1%.")
UC(a,'reserves equal to about 14 months of imports','foreign reserves; not in the data','BWA',None)
UC(a,'diamond sales in the first quarter had fallen by 20 percent on a year earlier','a quarterly figure of one product; not in the data','BWA',None,period='2019-Q1')
UC(a,'it cut its growth forecast for 2019 to 4 percent','a GDP growth forecast; not in the data','BWA',None,period='2019')
AL(a,'sided with the United States on fewer than one in five of the contested votes in the General Assembly in 2018','Botswana','United States',2018,20,'less than','consistent',
   pert=('fewer than one in five','fewer than one in ten','number','understated',10,None,None),subj='BWA',part='USA',note='Voeten 2018: 13 / 72 = 18.1%.')
AL(a,'while it voted with China on roughly nine in ten','Botswana','China',2018,90,'roughly','consistent',pert=('roughly nine in ten','roughly six in ten','number','understated',60,None,None),subj='BWA',part='CHN',
   note='Voeten 2018: 65 / 72 = 90.3%; identical-vote share 77.6% (86%, inside).')
UC(a,'De Beers has pledged to invest $1 billion in an underground extension at Jwaneng','an investment pledge; not in the data','BWA',None)
