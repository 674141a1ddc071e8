a=Article('angola-oil-china-slump')
# dated 2016-02-10: last year = 2015
CH(a,"Angola's merchandise exports fell by more than 40 percent last year",'AGO','World','exports',2014,2015,-40,'more than','consistent',
   pert=('fell by more than 40 percent','fell by more than 60 percent','number','overstated',-60),note="Own record only (World): 57.87 -> 33.23 bn, -42.6%.")
TV(a,'to about $33 billion','AGO','World','exports',2015,33e9,'about','consistent',pert=('to about $33 billion','to about $53 billion','number','overstated',53e9))
UC(a,"Crude oil accounts for more than 95 percent of the country's shipments","one product's share of exports (crude oil); not in the checked data",'AGO',None,period='2015')
UC(a,"The world's second-largest economy",'an epithet about GDP (China the second-largest economy); not in the checked data','CHN',None)
TV(a,'bought $14.3 billion of Angolan goods in 2015','AGO','CHN','exports',2015,14.3e9,None,'consistent',
   pert=('bought $14.3 billion','bought $24.3 billion','number','overstated',24.3e9),
   note="'China bought N of Angolan goods' read as Angola's exports to China. Angola's FOB record 14.32 bn (100%); China's CIF record 15.98 bn (112%, just outside ±10%): consistent by the reporter's side (UNSURE).")
TV(a,'about 1.7 trillion kwanzas','AGO','CHN','exports',2015,1.7e12,'about','consistent',currency='AOA',conv=('AGO',2015),
   pert=('about 1.7 trillion kwanzas','about 3.7 trillion kwanzas','number','overstated',3.7e12),note='At the WEO 2015 average 120.06 AOA per USD: Angola 1.72 tn (101%), China 1.92 tn (113%).')
CVD(a,'$14.3 billion of Angolan goods in 2015, about 1.7 trillion kwanzas at last year\'s average rate of roughly 120 to the dollar',14.3e9,'AGO',2015,1.7e12,'about','consistent',
   pert=('about 1.7 trillion kwanzas','about 1.1 trillion kwanzas','number','understated',1.1e12),
   note="14.3 bn x 120.06 = 1.72 tn. The stated rate 'roughly 120 to the dollar' (WEO 2015: 120.06) is read as part of this conversion.")
a.claims[-1]['currency']='AOA'
TV(a,'compared with $27.5 billion in 2014','AGO','CHN','exports',2014,27.5e9,None,'consistent',
   pert=('compared with $27.5 billion in 2014','compared with $37.5 billion in 2014','number','overstated',37.5e9),
   note="Angola's FOB record 27.53 bn (100%); China's CIF record 31.10 bn (113%) above: consistent by the reporter's side (UNSURE).")
MT(a,'That is nearly a halving in a single year','AGO','CHN','exports',2014,2015,0.5,'nearly','consistent',
   pert=('nearly a halving','nearly a tripling','number','overstated',3),note="2015 over 2014: Angola's record x0.52, China's x0.51 (both inside ±15% of 0.5). Perturbed 'a tripling' (x3) also a change of direction.")
AR(a,'That is nearly a halving in a single year','consistent',"article arithmetic: $27.5 bn (2014) to $14.3 bn (2015) is x0.52 (-48%), a 'nearly' halving (x0.5 within ±15%).",
   [A(27.5e9,'2014 exports to China',2014),A(14.3e9,'2015 exports to China',2015),dict(value=0.52,unit='ratio',currency=None,year=None,source='ratio of the two article figures',basis='derived')],
   pert=('nearly a halving','nearly a doubling','number','contradicted'),subject='AGO',partner='CHN',flow='exports',period='2014-2015',hedge='nearly',quantity=0.5)
TV(a,'the peak of about $34 billion that shipments reached in 2012','AGO','CHN','exports',2012,34e9,'about','consistent',
   pert=('the peak of about $34 billion','the peak of about $54 billion','number','overstated',54e9),note="Angola's FOB 33.71 bn, China's CIF 33.46 bn: both inside.")
REC(a,'well below the peak of about $34 billion that shipments reached in 2012','AGO','CHN','exports',2012,'sources disagree',
   note="'The peak' = the highest year of the series up to the article (2013-2015 are lower on both records). China's CIF record: 2012 (33.46 bn) is its highest: holds. Angola's own FOB record shows 49.25 bn in 2007 and 63.27 bn in 2008: fails. Reporter fails, mirror holds: sources disagree (UNSURE: Angola's 2007-08 figures look anomalous). No perturbed copy: no single edit of the year makes it false on both records and true on neither (2008 would be true on Angola's and false on China's).")
SH(a,'Chinese refiners now absorb about 60 percent of everything Angola sells abroad','AGO','CHN','exports',2015,60,'about','overstated',
   pert=('about 60 percent','about 20 percent','number','understated',20,None,None),note="China 14.32 of 33.23 bn = 43.1% (72% of 60). A quoted claim (a Sonangol official).")
RKP(a,'India was a distant second','AGO',2015,'exports',rank_of('IND',2),'India second among the buyers of Angolan goods in 2015','consistent',ranked='IND',
   pert=('India was a distant second','India was a distant fourth','rank','contradicted'),ppred=rank_of('IND',4))
TV(a,'buying about $2.7 billion','AGO','IND','exports',2015,2.7e9,'about','consistent',pert=('buying about $2.7 billion','buying about $5.7 billion','number','overstated',5.7e9),
   note="Angola's FOB 2.68 bn (99%); India's CIF 3.18 bn (118%) above: consistent by the reporter's side (UNSURE).")
RKP(a,'ahead of Spain and France','AGO',2015,'exports',lambda L: L.index(NAME['IND'])<L.index(NAME['ESP']) and L.index(NAME['IND'])<L.index(NAME['FRA']),'India ahead of Spain and of France','consistent',ranked='IND',
   pert=('ahead of Spain and France','behind Spain and France','direction','contradicted'),ppred=lambda L: L.index(NAME['IND'])>L.index(NAME['ESP']) and L.index(NAME['IND'])>L.index(NAME['FRA']))
RKP(a,'The United States, the top market at the start of the century','AGO',2000,'exports',rank_of('USA',1),'the United States the largest buyer of Angolan goods in 2000','consistent',ranked='USA',
   pert=('the top market at the start of the century','the third market at the start of the century','rank','contradicted'),ppred=rank_of('USA',3),
   note="'The start of the century' read as 2000 (2001 the same order). US 8.88 bn, China 3.55 bn on Angola's record; the US first on the partners' records too.")
TV(a,'has shrunk to about $1.3 billion','AGO','USA','exports',2015,1.3e9,'about','consistent',pert=('has shrunk to about $1.3 billion','has shrunk to about $5.3 billion','number','overstated',5.3e9),
   note="Angola's FOB 1.27 bn (97%); the US CIF record 2.81 bn (216%) above: consistent by the reporter's side (UNSURE).")
MT(a,'less than a tenth of its 2011 level','AGO','USA','exports',2011,2015,0.1,'less than','consistent',
   pert=('less than a tenth of its 2011 level','less than a twentieth of its 2011 level','number','understated',0.05),
   note="Angola's record 1.27 / 16.48 bn = 0.077 (inside 'less than' 0.1); the US record 2.81 / 13.60 = 0.21 (above): consistent by the reporter's side (UNSURE).")
CH(a,'Purchases from China dropped by almost 40 percent','AGO','CHN','imports',2014,2015,-40,'almost','sources disagree',
   pert=('dropped by almost 40 percent','dropped by almost 80 percent','number','overstated',-80),
   note="Angola's CIF record -3.4% (3.43 -> 3.31 bn, far below the band); China's FOB record -37.7% (5.98 -> 3.72 bn, inside): only the partner's side agrees (UNSURE).")
TV(a,'to about $3.7 billion last year','AGO','CHN','imports',2015,3.7e9,'about','consistent',pert=('to about $3.7 billion','to about $7.7 billion','number','overstated',7.7e9),
   note="Angola's CIF 3.31 bn (89%), China's FOB 3.72 bn (101%): both inside.")
TV(a,'or some 600 billion kwanzas','AGO','CHN','imports',2015,600e9,'some','overstated',currency='AOA',conv=('AGO',2015),
   pert=('some 600 billion kwanzas','some 200 billion kwanzas','number','understated',200e9),note="At 120.06 AOA per USD: Angola's record 397.5 bn (66%), China's 446.9 bn (74%): both below.")
CVD(a,'about $3.7 billion last year, or some 600 billion kwanzas',3.7e9,'AGO',2015,600e9,'some','overstated',
   pert=('some 600 billion kwanzas','some 300 billion kwanzas','number','understated',300e9),note='3.7 bn x 120.06 = 444 bn kwanzas, 74% of 600 bn.')
a.claims[-1]['currency']='AOA'
TV(a,'after a record $6 billion in 2014','AGO','CHN','imports',2014,6e9,None,'sources disagree',
   pert=('a record $6 billion in 2014','a record $9 billion in 2014','number','overstated',9e9),
   note="Angola's CIF record 3.43 bn (57%) below; China's FOB record 5.98 bn (100%) inside: only the partner's side agrees.")
REC(a,'after a record $6 billion in 2014','AGO','CHN','imports',2014,'sources disagree',
   note="China's FOB record: 2014 (5.98 bn) above every earlier year (holds). Angola's CIF record: 2014 (3.43 bn) below 2012 (3.46 bn) (fails): sources disagree. No perturbed copy: the records disagree on which year is the record, so no single edit makes it false on both.")
ARC(a,'Purchases from China dropped by almost 40 percent to about $3.7 billion last year, or some 600 billion kwanzas, after a record $6 billion in 2014',6e9,3.7e9,-40,'almost','consistent',
   pert=('dropped by almost 40 percent','dropped by almost 60 percent','number','contradicted'),pC=-60,subject='AGO',partner='CHN',flow='imports',period='2014-2015',labels=('2014 imports','2015 imports'),
   note="$6 bn to $3.7 bn is -38.3%: within 10% of 'almost 40 percent'.")
RKP(a,"remains the country's biggest supplier",'AGO',2015,'imports',rank_of('PRT',1),'Portugal the largest supplier of Angola in 2015','contradicted',ranked='PRT',
   pert=("remains the country's biggest supplier","remains the country's third-biggest supplier",'rank','contradicted'),ppred=rank_of('PRT',3),
   note="China first on both records (Angola CIF: China 3.31, Portugal 2.78 bn; partners' FOB: China 3.72, Portugal 2.33 bn); Portugal second. The perturbed copy is false the same way (Portugal is second).")
TV(a,'with Portuguese exporters selling around $2.3 billion of food, wine and machinery to Angola last year','PRT','AGO','exports',2015,2.3e9,'around','consistent',
   pert=('around $2.3 billion','around $4.3 billion','number','overstated',4.3e9),
   note="Portugal's FOB record 2.33 bn (101%); Angola's CIF record 2.78 bn (121%) above: consistent by the reporter's side (the sentence names Portuguese exporters) (UNSURE). The goods list is no product restriction (all goods).")
TV(a,'down from $4.2 billion','PRT','AGO','exports',2014,4.2e9,None,'consistent',pert=('down from $4.2 billion','down from $6.2 billion','number','overstated',6.2e9),
   note="2014: Portugal's FOB 4.21 bn (100%); Angola's CIF 4.78 bn (114%) above: consistent by the reporter's side (UNSURE).")
UC(a,'Angola has borrowed an estimated $20 billion from Chinese state banks since 2004','loans; not in the data','AGO','CHN',period='2004-2015')
UC(a,'it was negotiating a further credit line of $6 billion','a loan under negotiation; not in the data','AGO','CHN')
UC(a,'forecast that the economy would grow by less than 1 percent this year','a GDP growth forecast; not in the data','AGO',None,period='2016')
UC(a,'against an official projection of 3.3 percent','a GDP growth forecast; not in the data','AGO',None,period='2016')
UC(a,'The kwanza has already been devalued twice since September 2014',"a currency's move; only annual average rates are in the data",'AGO',None)
UC(a,"the central bank's official rate stood at about 155 to the dollar this week",'an exchange rate on a day (sub-annual); only annual averages are in the data','AGO',None,period='2016-02')
UC(a,'dollars changed hands at nearly double that figure on the street','a parallel-market exchange rate; not in the data','AGO',None,period='2016-02')
AL(a,'Angola did not cast a single vote against China on the resolutions where both took a side','Angola','China',2015,100,None,'consistent',
   pert=('did not cast a single vote against China','did not cast a single vote with China','direction','understated',0.0001,None,None),subj='AGO',part='CHN',
   note="Voeten 2015: 42 identical, 0 opposite yes/no votes: coincidence 100%. (The identical share 87.8% counts abstentions, which the sentence excludes.) The perturbed copy ('not a single vote with China', i.e. 0%) is understated.")
AL(a,'while it agreed with the United States about one time in ten','Angola','United States',2015,10,'about','consistent',
   pert=('about one time in ten','about one time in three','number','overstated',33.3,None,None),subj='AGO',part='USA',
   note="Voeten 2015: 4 / 38 = 10.5%; identical-vote share 8.0% (80% of 10, below ±15%) (UNSURE).")
