a=Article('bolivia-gas-boliviano')
TV(a,"The country's exports reached a record of about $12.9 billion last year",'BOL','World','exports',2014,12.9e9,'about','consistent',pert=('about $12.9 billion','about $22.9 billion','number','overstated',22.9e9))
REC(a,'reached a record of about','BOL','World','exports',2014,'consistent',pert=('reached a record of about','reached a record low of about','direction','contradicted'),note='2014 (12.90 bn) above every earlier year (2013: 12.25 bn).')
MT(a,'more than triple their level in 2006','BOL','World','exports',2006,2014,3,'more than','consistent',pert=('more than triple','more than quadruple','number','overstated',4),note='x3.16 (4.09 -> 12.90 bn).')
MT(a,'exports have increased fivefold under the current government','BOL','World','exports',2005,2014,5,None,'consistent',pert=('increased fivefold','increased tenfold','number','overstated',10),
   note="Officials' claim. 'Under the current government' read from 2005, the year before Morales took office: x4.62 (inside ±10% of 5). From 2006 it would be x3.16 (UNSURE).")
SH(a,'bought nearly 30 percent of everything Bolivia sold abroad','BOL','BRA','exports',2014,30,'nearly','consistent',pert=('nearly 30 percent','nearly 60 percent','number','overstated',60,None,None))
TV(a,'some 26 billion bolivianos','BOL','BRA','exports',2014,26e9,'some','consistent',currency='BOB',conv=('BOL',2014),pert=('some 26 billion bolivianos','some 46 billion bolivianos','number','overstated',46e9),note='WEO 2014 average 6.86 BOB per USD.')
CH(a,'sales there grew about 5 percent in 2014','BOL','BRA','exports',2013,2014,5,'about','contradicted',pert=('grew about 5 percent','grew about 25 percent','number','contradicted',25),
   note="Bolivia's exports to Brazil fell 4.6% (its record) / 3.1% (Brazil's CIF): opposite direction on both. The perturbed copy is false in another way only by size.")
RK(a,'Argentina, the second customer','consistent',"Bolivia's Exports, FOB 2014: Brazil 3.84, Argentina 2.54, US 2.01 bn.",[cell('BOL','BRA',2014,'Exports, FOB'),cell('BOL','ARG',2014,'Exports, FOB'),cell('BOL','USA',2014,'Exports, FOB')],'BOL','ARG','exports','2014',2,
   pert=('Argentina, the second customer','Argentina, the fourth customer','rank','contradicted'))
TV(a,'took about $2.5 billion','BOL','ARG','exports',2014,2.5e9,'about','consistent',pert=('took about $2.5 billion','took about $4.5 billion','number','overstated',4.5e9))
TV(a,'or roughly 12 billion bolivianos','BOL','ARG','exports',2014,12e9,'roughly','understated',currency='BOB',conv=('BOL',2014),pert=('roughly 12 billion bolivianos','roughly 32 billion bolivianos','number','overstated',32e9),note='2.54 bn x 6.86 = 17.4 bn bolivianos (145%); Argentina record 14.8 bn (123%).')
CVD(a,'about $2.5 billion, or roughly 12 billion bolivianos',2.5e9,'BOL',2014,12e9,'roughly','understated',pert=('roughly 12 billion bolivianos','roughly 42 billion bolivianos','number','overstated',42e9))
SH(a,'Latin America as a whole absorbed more than 70 percent of Bolivian exports','BOL','WH','exports',2014,70,'more than','overstated',pert=('more than 70 percent','less than 20 percent','number','understated',20,None,None,'less than'),
   note="'Latin America' read as the DOTS Western Hemisphere row (Latin America and the Caribbean): 62.4% (89% of 70).")
UC(a,'expects gas revenue to fall by about 2.5 billion dollars this year','a revenue forecast','BOL',None)
UC(a,'cut its growth forecast to 5 percent from 5.9 percent','a GDP growth forecast','BOL',None)
UC(a,'foreign exchange reserves of some $15 billion','reserves (and their share of GDP)','BOL',None)
CH(a,'pushed American purchases of Bolivian goods up by two-thirds last year','BOL','USA','exports',2013,2014,66.7,None,'consistent',pert=('up by two-thirds','down by two-thirds','direction','contradicted',-66.7),
   note="Read as Bolivia's exports to the US: its record +65.4% (inside); the US CIF record +54.6% (outside): consistent by the reporter's side (UNSURE).")
TV(a,'to about $2 billion','BOL','USA','exports',2014,2e9,'about','consistent',pert=('to about $2 billion','to about $4 billion','number','overstated',4e9))
CH(a,'Exports to China jumped by more than a third','BOL','CHN','exports',2013,2014,33.3,'more than','consistent',pert=('jumped by more than a third','fell by more than a third','direction','contradicted',-33.3))
TV(a,'to around $440 million','BOL','CHN','exports',2014,440e6,'around','consistent',pert=('around $440 million','around $940 million','number','overstated',940e6))
TV(a,'Bolivian customs recorded imports from China of about $1.8 billion in 2014','BOL','CHN','imports',2014,1.8e9,'about','consistent',pert=('about $1.8 billion in 2014','about $3.8 billion in 2014','number','overstated',3.8e9),
   note="Bolivia's CIF record 1.88 bn; China's FOB record 0.71 bn (39%): consistent by the reporter's side, as attributed (UNSURE).")
fs=[cell('BOL','CHN',2014,'Imports, CIF'),cell('BOL','CHN',2014,'Exports, FOB'),cell('CHN','BOL',2014,'Exports, FOB','mirror'),cell('CHN','BOL',2014,'Imports, CIF','mirror')]
RK(a,'roughly four times what Bolivia sold to China','consistent',"Bolivia's imports from China over its exports to China, 2014: Bolivia's records 1.88 / 0.44 = 4.26 (inside); China's records 0.71 / 0.50 = 1.42 (below).",
   fs,'BOL','CHN','imports','2014',4,hedge='roughly',pert=('roughly four times','roughly ten times','number','overstated'),note="Reporter (Bolivia) decides (UNSURE).")
RK(a,"enough for China to overtake Brazil as the largest source of the country's imports for the first time",'consistent',
   "Bolivia's Imports, CIF: 2013 Brazil 1.61 > China 1.46 bn; 2014 China 1.88 > Brazil 1.67 bn; China first in no earlier year (1995-2013). Partners' FOB records: Brazil 1.61 > China 0.71 bn in 2014 (no overtaking).",
   [cell('BOL','CHN',2013,'Imports, CIF'),cell('BOL','BRA',2013,'Imports, CIF'),cell('BOL','CHN',2014,'Imports, CIF'),cell('BOL','BRA',2014,'Imports, CIF'),cell('CHN','BOL',2014,'Exports, FOB','mirror'),cell('BRA','BOL',2014,'Exports, FOB','mirror')],'BOL','CHN','imports','2014',1,
   pert=('to overtake Brazil as the largest source','to overtake Brazil as the third-largest source','rank','contradicted'),note="True on Bolivia's own import sheet (reporter decides); the partners' export records disagree, as the next sentence says (UNSURE).")
TV(a,'Bolivia still runs a comfortable surplus of some $2.2 billion with Brazil','BOL','BRA','balance',2014,2.2e9,'some','consistent',pert=('some $2.2 billion','some $5.2 billion','number','overstated',5.2e9))
UC(a,'a credit line of up to $7.5 billion','a credit line (loans)','BOL','CHN')
UC(a,'the $300 million Túpac Katari telecommunications satellite','a project value','BOL','CHN')
UC(a,'5,000 tonnes of lithium carbonate a year','a production plan (one product, tonnes)','BOL',None)
AL(a,'It sided with China in about 98 percent of the contested General Assembly resolutions last year','Bolivia','China',2014,98,'about','consistent',pert=('about 98 percent','about 58 percent','number','understated',58,None,None),subj='BOL',part='CHN',note='Coincidence 98.5% (65 identical, 1 opposite); identical share 86.7% also inside ±15%.')
COINC_ORDER(a,'exactly as often as Venezuela did','Bolivia','China','Venezuela','China',2014,'consistent',pert=('exactly as often as Venezuela did','far less often than Venezuela did','direction','contradicted'),subj='BOL',part='CHN',
   note="Bolivia 98.48% (65/66), Venezuela 98.44% (63/64): one opposite vote each, 0.05 points apart; read as equal (UNSURE: not exactly equal as percentages).")
a.claims[-1]['reason']="Coincidence with China, 2014: Bolivia 98.48% (65 identical / 1 opposite), Venezuela 98.44% (63 / 1): equal to 0.05 points; the claim says equal."
UC(a,'about 60 million cubic metres of gas a day','one product volume (gas)','BOL','BRA')
AL(a,'and with the United States in only about a fifth of them','Bolivia','United States',2014,20,'about','consistent',pert=('only about a fifth','only about a half','number','overstated',50,None,None),subj='BOL',part='USA')
