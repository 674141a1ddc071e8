a=Article('peru-china-copper-sol')
TV(a,'China took roughly $12.9 billion of Peruvian goods last year','PER','CHN','exports',2019,12.9e9,'roughly','consistent',
   pert=('roughly $12.9 billion','roughly $22.9 billion','number','overstated',22.9e9),
   note="'China took N of Peruvian goods' read as Peru's exports to China (the goods' owner; the next sentence calls it part of what Peru sold abroad). Peru's FOB record 12.93 bn (100%); China's CIF record 15.21 bn (118%, outside ±15%): consistent by the reporter's side. Read with China as the reporter (its imports) it would be sources disagree (UNSURE).")
TV(a,'some 43 billion soles','PER','CHN','exports',2019,43e9,'some','consistent',currency='PEN',conv=('PER',2019),
   pert=('some 43 billion soles','some 83 billion soles','number','overstated',83e9),note="The sol restatement as a trade value of its own, WEO 2019 average 3.337 PEN per USD; China's CIF record (50.8 bn soles, 118%) outside: reporter decides.")
CVD(a,'roughly $12.9 billion of Peruvian goods last year, some 43 billion soles',12.9e9,'PER',2019,43e9,'some','consistent',
   pert=('some 43 billion soles','some 23 billion soles','number','understated',23e9),note="'at the 2019 average exchange rate': WEO 2019.")
a.claims[-1]['currency']='PEN'
SH(a,'That was almost 29 percent of everything Peru sold abroad','PER','CHN','exports',2019,29,'almost','consistent',
   pert=('almost 29 percent','almost 59 percent','number','overstated',59,None,None))
RK(a,"making the People's Republic by a distance the largest buyer of Peruvian exports",'consistent',
   "Peru's Exports, FOB 2019, country partners: China 12.93 bn, United States 5.69 bn, Canada 2.48 bn: China first by more than twice the second.",
   [cell('PER','CHN',2019,'Exports, FOB'),cell('PER','USA',2019,'Exports, FOB'),cell('PER','CAN',2019,'Exports, FOB')],'PER','CHN','exports','2019',1,
   pert=('by a distance the largest buyer','by a distance the third-largest buyer','rank','contradicted'))
RK(a,'ahead of the United States and the European Union as a whole','consistent',
   "Peru's Exports, FOB 2019: China 12.93 bn, European Union 5.75 bn, United States 5.69 bn: China ahead of both (the EU, as a bloc, is marginally ahead of the US).",
   [cell('PER','CHN',2019,'Exports, FOB'),cell('PER','EU',2019,'Exports, FOB'),cell('PER','USA',2019,'Exports, FOB')],'PER','CHN','exports','2019',1,
   pert=('ahead of the United States and the European Union','behind the United States and the European Union','direction','contradicted'),
   note="Read as China ahead of each; it does not say which of the two is second.")
CH(a,'Sales to China slipped about 2 percent from the record set in 2018','PER','CHN','exports',2018,2019,-2,'about','consistent',
   pert=('slipped about 2 percent','jumped about 2 percent','direction','contradicted',2),
   note="Peru's FOB record -2.3% (inside); China's CIF record -0.4% (outside the 1-point floor): consistent by the reporter's side (UNSURE).")
REC(a,'from the record set in 2018','PER','CHN','exports',2018,'consistent',
   pert=('the record set in 2018','the record set in 2015','number','contradicted'),
   note="2018 above every earlier year on both records (DOTS series from 1960 for Peru, China CIF from its first year). Perturbed: 2015 was below 2012-2013 on both.")
CH(a,'total exports fell some 6 percent','PER','World','exports',2018,2019,-6,'some','consistent',
   pert=('total exports fell some 6 percent','total exports rose some 6 percent','direction','contradicted',6))
TV(a,'to just under $45 billion','PER','World','exports',2019,45e9,'less than','consistent',
   pert=('just under $45 billion','just under $35 billion','number','understated',35e9),note="'just under' read as 'less than'; 44.80 bn is also below 45.")
MT(a,'shipments to China are now four times what they were in 2009','PER','CHN','exports',2009,2019,4,None,'sources disagree',
   pert=('now four times what','now twice what','number','understated',2),
   note="'now' = 2019. Peru's FOB record gives x3.19 (80% of 4, below ±10%); China's CIF record x3.65 (91%, inside): only the partner's side agrees (UNSURE).")
im=[cell('PER','CHN',2019,'Imports, CIF'),cell('PER','USA',2019,'Imports, CIF'),cell('CHN','PER',2019,'Exports, FOB','mirror'),cell('USA','PER',2019,'Exports, FOB','mirror'),cell('PER','CHN',2019,'Exports, FOB'),cell('PER','USA',2019,'Exports, FOB')]
RK(a,'overtaken the United States on every front','consistent',
   "Officials' claim, China ahead of the US on both flows, 2019. Exports (Peru FOB): China 12.93 bn vs US 5.69 bn. Imports (Peru CIF): China 11.10 bn vs US 9.07 bn; on the partners' FOB export records the US (9.69 bn) is ahead of China (8.51 bn).",
   im,'PER','CHN','imports','2019',1,pert=('overtaken the United States on every front','trailed the United States on every front','direction','contradicted'),
   note="True on Peru's own records (reporter decides); the partners' export records reverse the import order, which the article itself uses in the next sentences (UNSURE).")
TV(a,'the US market absorbed only about $5.7 billion of Peruvian goods in 2019','PER','USA','exports',2019,5.7e9,'about','consistent',
   pert=('only about $5.7 billion','only about $9.7 billion','number','overstated',9.7e9),note="Read as Peru's exports to the US (the goods' owner); US CIF 6.15 bn (108%) inside as well.")
CH(a,'down nearly 30 percent from the year before','PER','USA','exports',2018,2019,-30,'nearly','consistent',
   pert=('down nearly 30 percent','up nearly 30 percent','direction','contradicted',30),
   note="Peru's FOB record -28.9% (inside); the US CIF record -22.0% (outside): consistent by the reporter's side (UNSURE).")
TV(a,'or around 15 billion soles','PER','USA','exports',2019,15e9,'around','understated',currency='PEN',conv=('PER',2019),
   pert=('around 15 billion soles','around 45 billion soles','number','overstated',45e9),note="5.69 bn x 3.337 = 19.0 bn soles (127%); the US record 20.5 bn soles: both above.")
CVD(a,'about $5.7 billion of Peruvian goods in 2019, down nearly 30 percent from the year before, or around 15 billion soles',5.7e9,'PER',2019,15e9,'around','understated',
   pert=('around 15 billion soles','around 35 billion soles','number','overstated',35e9))
TV(a,'American companies shipped close to $9.7 billion of fuel, machinery and grain to Peru last year','USA','PER','exports',2019,9.7e9,'close to','consistent',
   pert=('close to $9.7 billion','close to $19.7 billion','number','overstated',19.7e9),note="US FOB 9.69 bn (100%), Peru's CIF 9.07 bn (93%): both inside.")
TV(a,'the roughly $8.5 billion that China\'s customs reported sending','CHN','PER','exports',2019,8.5e9,'roughly','consistent',
   pert=('the roughly $8.5 billion','the roughly $18.5 billion','number','overstated',18.5e9),
   note="China's FOB record 8.51 bn (100%) inside; Peru's CIF record of imports from China 11.10 bn (131%) outside: consistent by the reporter's side, as attributed (UNSURE).")
RK(a,"which leaves the United States, not China, as the country's main supplier",'sources disagree',
   "Peru's imports 2019. Peru's own CIF record: China 11.10 bn, US 9.07 bn (China first). The partners' FOB export records: US 9.69 bn, China 8.51 bn (US first). The rank holds only on the partners' side.",
   im[:4],'PER','USA','imports','2019',1,pert=("as the country's main supplier","as the country's third-biggest supplier",'rank','contradicted'),
   note="Contract for values: 'only the partner's side agrees' = sources disagree; applied to the rank (the reporter's own import sheet puts China first). The sentence's 'more than the roughly $8.5 billion' comparison is the same order on the exporters' records (US 9.69 > China 8.51), true there (UNSURE).")
TV(a,'South Korea bought about $2.2 billion of Peruvian goods last year','PER','KOR','exports',2019,2.2e9,'about','consistent',
   pert=('about $2.2 billion','about $4.2 billion','number','overstated',4.2e9))
CH(a,'up by about a fifth','PER','KOR','exports',2018,2019,20,'about','contradicted',
   pert=('up by about a fifth','down by about a fifth','direction','overstated',-20),
   note="Peru's exports to Korea fell 11.6% (Korea's CIF record -7.2%): the opposite direction on both. Perturbed 'down by about a fifth': both falls are smaller than 20% less the tolerance: overstated.")
TV(a,'and India some $2.5 billion','PER','IND','exports',2019,2.5e9,'some','overstated',
   pert=('India some $2.5 billion','India some $0.5 billion','number','understated',0.5e9),note="Peru's FOB record 1.61 bn (65%), India's CIF 1.76 bn (70%); 2.48 bn was the 2018 figure.")
MT(a,'Canadian purchases, mostly of gold, more than doubled','PER','CAN','exports',2018,2019,2,'more than','consistent',
   pert=('more than doubled','more than quadrupled','number','overstated',4),note="Peru's FOB record x2.68, Canada's CIF record x2.47.")
TV(a,'to almost $2.5 billion','PER','CAN','exports',2019,2.5e9,'almost','consistent',
   pert=('to almost $2.5 billion','to almost $4.5 billion','number','overstated',4.5e9),note="Peru's FOB 2.48 bn (99%); Canada's CIF 2.86 bn (114%, inside ±15%).")
RK(a,'now buys less than Canada does','consistent',
   "Peru's Exports, FOB 2019: Canada 2.48 bn, Japan 1.84 bn; on the partners' CIF records Canada 2.86 bn, Japan 2.48 bn: Japan below Canada on both.",
   [cell('PER','CAN',2019,'Exports, FOB'),cell('PER','JPN',2019,'Exports, FOB'),cell('CAN','PER',2019,'Imports, CIF','mirror'),cell('JPN','PER',2019,'Imports, CIF','mirror')],'PER','JPN','exports','2019',None,
   pert=('now buys less than Canada does','now buys more than Canada does','direction','contradicted'))
RK(a,"Japan, once Peru's third customer",'consistent',
   "Japan's rank among Peru's export markets (Peru's Exports, FOB, country partners) was 3rd in 1997 (2nd in 1995) and 4th-7th in every other year 1995-2019; it was never 1st in 1960-2019.",
   [cell('PER','JPN',1997,'Exports, FOB'),cell('PER','USA',1997,'Exports, FOB'),cell('PER','CHN',1997,'Exports, FOB')],'PER','JPN','exports','1997',3,
   pert=("once Peru's third customer","once Peru's largest customer",'rank','contradicted'),
   note="'once' = some past year (no year stated): read as an existential claim about the past, which holds (1997). A checker applying 'no year = latest full year' would test 2019, where Japan is 6th (UNSURE).")
UC(a,'output of copper fell 0.8 percent in 2019 to about 2.45 million tonnes',"one product's output (copper, tonnes)",'PER',None)
UC(a,"April's production was down by almost 40 percent",'a monthly figure (April 2020 output)','PER',None)
UC(a,'expects the economy to shrink by 12.5 percent this year','a GDP forecast','PER',None)
UC(a,'a stimulus package worth roughly 12 percent of gross domestic product','public finances (a stimulus as a share of GDP)','PER',None)
UC(a,'Cosco Shipping has committed about $3 billion','an investment commitment (port at Chancay)','CHN','PER')
UC(a,'Luz del Sur for $3.6 billion','an acquisition (investment)','CHN','PER')
UC(a,"52 percent of Peruvians considered China's growing role good",'an opinion survey (Ipsos)','PER','CHN')
AL(a,'Peru voted with China in almost nine out of ten contested roll calls last year','Peru','China',2019,90,'almost','consistent',
   pert=('almost nine out of ten','almost one out of ten','number','understated',10,None,None),subj='PER',part='CHN',
   note="Coincidence 89.3%; the identical-vote share over all joint roll calls is 76.1% (84.6% of 90, just below the ±15% band): the verdict rests on the coincidence (UNSURE).")
AL(a,'and with the United States in barely one in five','Peru','United States',2019,20,'about','consistent',
   pert=('barely one in five','barely one in two','number','overstated',50,None,None),subj='PER',part='USA',
   note="'barely' read as the about-family ('only about'); coincidence 21.3% (107%), identical share 17.8%. Read as 'at most' the coincidence (107% of 20) would be just above 105% (UNSURE).")
