a=Article('cambodia-eba-garments-riel')
UC(a,"accounts for roughly three-quarters of the country's export earnings","one industry's share of exports (garments)",'KHM',None)
UC(a,'withdraw about a fifth of the preferences Cambodia enjoys','a share of tariff preferences (trade policy)','EU','KHM')
UC(a,'are worth about 1 billion euros a year',"a product group's trade value (goods affected by the suspension)",'KHM','EU')
TV(a,'The European Union bought about $3.9 billion of Cambodian goods last year','KHM','EU','exports',2019,3.9e9,'about','consistent',pert=('about $3.9 billion','about $7.9 billion','number','overstated',7.9e9),
   note="Cambodia's exports to the DOTS 'European Union' row (reporter only).")
RK(a,"remains Cambodia's largest export market",'contradicted',"Cambodia's Exports, FOB 2019: United States 4.41 bn, European Union (bloc) 3.91 bn, Japan 1.14 bn: the US is larger than the EU as a whole.",
   [cell('KHM','USA',2019,'Exports, FOB'),cell('KHM','EU',2019,'Exports, FOB'),cell('KHM','JPN',2019,'Exports, FOB')],'KHM','EU','exports','2019',1,
   pert=("remains Cambodia's largest export market","remains Cambodia's third-largest export market",'rank','contradicted'),note="The Commerce Ministry's claim, which the article itself disputes.")
CH(a,'Shipments to the United States jumped by nearly half in 2019','KHM','USA','exports',2018,2019,50,'nearly','consistent',pert=('jumped by nearly half','fell by nearly half','direction','contradicted',-50),
   note="Cambodia's FOB record +45.0% (inside ±15% of 50); the US CIF record +40.1% (below): consistent by the reporter's side (UNSURE).")
TV(a,'to about $4.4 billion, or about 1.8 trillion riel','KHM','USA','exports',2019,4.4e9,'about','consistent',pert=('to about $4.4 billion','to about $8.4 billion','number','overstated',8.4e9),
   note="Cambodia's record 4.41 bn; the US CIF record 5.36 bn (122%) outside: consistent by the reporter's side (UNSURE).")
TV(a,'or about 1.8 trillion riel','KHM','USA','exports',2019,1.8e12,'about','understated',currency='KHR',conv=('KHM',2019),pert=('about 1.8 trillion riel','about 38 trillion riel','number','overstated',38e12),
   note="4.41 bn x 4,061.5 = 17.9 trillion riel: the stated figure is a tenth of it.")
CVD(a,'about $4.4 billion, or about 1.8 trillion riel',4.4e9,'KHM',2019,1.8e12,'about','understated',pert=('about 1.8 trillion riel','about 48 trillion riel','number','overstated',48e12))
CH(a,"Overall, Cambodia's merchandise exports rose about 17 percent last year",'KHM','World','exports',2018,2019,17,'about','consistent',pert=('rose about 17 percent','fell about 17 percent','direction','contradicted',-17))
TV(a,'to $14.9 billion, close to 60 trillion riel','KHM','World','exports',2019,14.9e9,None,'consistent',pert=('to $14.9 billion','to $19.9 billion','number','overstated',19.9e9))
TV(a,'close to 60 trillion riel at the average rate','KHM','World','exports',2019,60e12,'close to','consistent',currency='KHR',conv=('KHM',2019),pert=('close to 60 trillion riel','close to 90 trillion riel','number','overstated',90e12))
CVD(a,'$14.9 billion, close to 60 trillion riel at the average rate of 4,060 riel to the dollar',14.9e9,'KHM',2019,60e12,'close to','consistent',pert=('close to 60 trillion riel','close to 30 trillion riel','number','understated',30e12),
    note="The stated rate (4,060) matches the WEO 2019 average (4,061.5).")
TV(a,'taking more than $1.1 billion of goods','KHM','JPN','exports',2019,1.1e9,'more than','consistent',pert=('more than $1.1 billion','more than $2.1 billion','number','overstated',2.1e9))
RK(a,'Japanese purchases now exceed those of Germany and Britain combined','contradicted',
   "Cambodia's Exports, FOB 2019: Japan 1.14 bn against Germany 1.08 + UK 0.98 = 2.06 bn; partners' CIF: Japan 1.73 bn against 1.24 + 1.09 = 2.33 bn: below on both.",
   [cell('KHM','JPN',2019,'Exports, FOB'),cell('KHM','DEU',2019,'Exports, FOB'),cell('KHM','GBR',2019,'Exports, FOB'),cell('JPN','KHM',2019,'Imports, CIF','mirror'),cell('DEU','KHM',2019,'Imports, CIF','mirror'),cell('GBR','KHM',2019,'Imports, CIF','mirror')],'KHM','JPN','exports','2019',None,
   pert=('of Germany and Britain combined','of Canada and Britain combined','rank','contradicted'),note="The government's claim. Perturbed copy false in another way (Canada 0.84 + UK 0.98 = 1.82 bn).")
CH(a,'Canadian purchases grew 8 percent','KHM','CAN','exports',2018,2019,8,None,'consistent',pert=('Canadian purchases grew 8 percent','Canadian purchases fell 8 percent','direction','contradicted',-8),
   note="Cambodia's record +7.8%; Canada's CIF record +13.2% (outside): consistent by the reporter's side (UNSURE).")
TV(a,'to about $840 million','KHM','CAN','exports',2019,840e6,'about','consistent',pert=('to about $840 million','to about $1,840 million','number','overstated',1840e6),
   note="Cambodia's record 839 m; Canada's CIF 1.36 bn (162%): consistent by the reporter's side (UNSURE).")
CH(a,'Exports to China grew faster than to most markets, up 18 percent','KHM','CHN','exports',2018,2019,18,None,'consistent',pert=('up 18 percent','down 18 percent','direction','contradicted',-18),
   note="Cambodia's record +17.8%; China's CIF record +4.9% (outside): consistent by the reporter's side (UNSURE).")
TV(a,'to about $1 billion, although','KHM','CHN','exports',2019,1e9,'about','consistent',pert=('to about $1 billion','to about $3 billion','number','overstated',3e9),note="China's CIF 1.44 bn (144%): reporter decides (UNSURE).")
SH(a,'China still takes barely a fifteenth of Cambodian exports','KHM','CHN','exports',2019,6.67,'barely','consistent',pert=('barely a fifteenth','barely a third','number','overstated',33.3,28,38),note="'barely' read as the about-family; 6.8% against 6.7%.")
TV(a,'it shipped Cambodia roughly $8 billion of fabric','CHN','KHM','exports',2019,8e9,'roughly','consistent',pert=('roughly $8 billion','roughly $18 billion','number','overstated',18e9))
CH(a,'a third more than in 2018','CHN','KHM','exports',2018,2019,33.3,None,'consistent',pert=('a third more than in 2018','a third less than in 2018','direction','contradicted',-33.3),
   note="China's FOB record +32.6% (inside); Cambodia's CIF record +23.6% (outside): consistent by the reporter's side, as attributed (UNSURE).")
fs=[cell('CHN','KHM',2019,'Exports, FOB'),cell('KHM','CHN',2019,'Exports, FOB'),cell('KHM','CHN',2019,'Imports, CIF','mirror'),cell('CHN','KHM',2019,'Imports, CIF','mirror')]
r1=fs[0]['value']/fs[1]['value']; r2=fs[2]['value']/fs[3]['value']
RK(a,'close to eight times what Cambodia sells in return','consistent',f"China's shipments over Cambodia's sales, 2019: each exporter's own FOB record 8.00 / 1.01 = {r1:.2f}; importers' CIF records 7.59 / 1.44 = {r2:.2f} (below). Cambodia's own books 7.59 / 1.01 = 7.50; China's 8.00 / 1.44 = 5.54.",
   fs,'CHN','KHM','exports','2019',8,hedge='close to',pert=('close to eight times','close to twenty times','number','overstated'),note="Two export flows, each on its exporter's record (as in the Philippines text): consistent; the importers' records give 5.25 (UNSURE).")
fi=[cell('KHM','CHN',2018,'Imports, CIF'),cell('KHM','THA',2018,'Imports, CIF'),cell('KHM','CHN',2019,'Imports, CIF'),cell('KHM','THA',2019,'Imports, CIF'),cell('CHN','KHM',2018,'Exports, FOB','mirror'),cell('THA','KHM',2018,'Exports, FOB','mirror'),cell('CHN','KHM',2019,'Exports, FOB','mirror'),cell('THA','KHM',2019,'Exports, FOB','mirror'),cell('VNM','KHM',2018,'Exports, FOB','mirror')]
RK(a,"That was enough for China to overtake Thailand as Cambodia's largest supplier",'sources disagree',
   "Cambodia's Imports, CIF: China 6.14 bn vs Thailand 3.22 bn in 2018 and 7.59 vs 3.23 bn in 2019 (China already first: no overtaking). Partners' FOB: Thailand 7.56 bn vs China 6.03 bn in 2018, China 8.00 vs Thailand 7.12 bn in 2019 (overtaking).",
   fi,'KHM','CHN','imports','2019',1,pert=('to overtake Thailand as','to overtake Vietnam as','rank','contradicted'),
   note="True only on the partners' export records (the sentence's own sources); on Cambodia's own import sheet China led in both years: only the partner's side agrees = sources disagree (UNSURE). Perturbed: Vietnam (FOB 2018) was below China on both records.")
CH(a,'Thai sales fell about 6 percent','THA','KHM','exports',2018,2019,-6,'about','sources disagree',pert=('Thai sales fell about 6 percent','Thai sales fell about 36 percent','number','overstated',-36),
   note="Thailand's FOB record -5.7% (inside); Cambodia's CIF record of imports from Thailand +0.4% (the opposite direction): sources disagree (blind-5 rule for changes; UNSURE).")
TV(a,'to $7.1 billion, while','THA','KHM','exports',2019,7.1e9,None,'consistent',pert=('to $7.1 billion','to $12.1 billion','number','overstated',12.1e9),
   note="Thailand's FOB record 7.12 bn; Cambodia's CIF record 3.23 bn (46%): consistent by the reporter's side (UNSURE).")
TV(a,'neighbouring Vietnam shipped some $4.4 billion','VNM','KHM','exports',2019,4.4e9,'some','consistent',pert=('shipped some $4.4 billion','shipped some $9.4 billion','number','overstated',9.4e9),
   note="Vietnam's FOB record 4.38 bn; Cambodia's CIF 2.73 bn (62%): consistent by the reporter's side (UNSURE).")
UC(a,'which now run about 60 percent of the roughly 1,100 garment plants','foreign ownership of factories (investment)','CHN','KHM')
UC(a,'Chinese investment pledges reached $3.6 billion in 2019','investment pledges','CHN','KHM')
UC(a,'would cost the industry up to $1.1 billion over three years','a forecast cost of tariffs','KHM','EU')
AL(a,'Cambodia voted with China in more than 95 percent of the contested General Assembly votes last year','Cambodia','China',2019,95,'more than','consistent',pert=('more than 95 percent','less than 50 percent','number','understated',50,None,None,'less than'),subj='KHM',part='CHN',
   note='Coincidence 96.2%; the identical-vote share 89.5% (94% of 95) would be just below (UNSURE).')
AL(a,'and with the United States in fewer than one in seven','Cambodia','United States',2019,14.29,'less than','consistent',pert=('fewer than one in seven','fewer than one in twenty','number','understated',5,None,None),subj='KHM',part='USA')
f19=coinc_figs('Cambodia','United States',2019)[0]; f12=coinc_figs('Cambodia','United States',2012)[0]
a.add('less than half its rate of agreement with Washington in 2012','alignment','consistent','KHM','USA',None,0.5,'ratio',None,'2012-2019','less than',f19+f12,
      f"Coincidence with the US: 2019 {f19[0]['value']:.1f}% vs 2012 {f12[0]['value']:.1f}% (half = {f12[0]['value']/2:.1f}%): below half; identical-vote shares {f19[1]['value']:.1f} vs {f12[1]['value']:.1f} likewise.",'consistent',None,
      ('less than half its rate','more than twice its rate','direction','contradicted'))
AL(a,'it voted the same way about three times in four','Cambodia','France',2019,75,'about','overstated',pert=('about three times in four','about one time in ten','number','understated',10,None,None),subj='KHM',part='FRA',
   note='Coincidence 58.5% (78% of 75), identical share 43.2%: both below.')
UC(a,'The riel has been stable at about 4,070 to the dollar for more than a year','an exchange-rate level over months (for reference, the WEO 2019 average is 4,061.5)','KHM',None)
UC(a,'more than 80 percent of deposits are held in US dollars','banking (deposit dollarisation)','KHM',None)
