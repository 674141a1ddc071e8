a=Article('pakistan-china-corridor-2018','2019-04-08')
TV(a,'Pakistan imported goods worth $15.5 billion from China in 2016','PAK','CHN','imports',2016,15.5e9,None,'sources disagree',
   pert=('$15.5 billion','$5.5 billion','number','understated',5.5e9),note="Pakistan's own CIF record is below the ±10% band, China's export record above it.")
RK(a,"China has been Pakistan's largest supplier, ahead of the United Arab Emirates, in every year since",'consistent',
   "Pakistan's Imports, CIF by country: China first and the UAE second in 2016 (13.68 vs 6.20 bn), 2017 (15.36 vs 7.53 bn) and 2018 (14.21 vs 8.71 bn).",
   [cell('PAK','CHN',y,'Imports, CIF') for y in (2016,2017,2018)]+[cell('PAK','ARE',y,'Imports, CIF') for y in (2016,2017,2018)],
   'PAK','CHN','imports','2016-2018',1,pert=("China has been Pakistan's largest supplier","China has been Pakistan's second-largest supplier",'rank','contradicted'),
   note='The UAE has no DOTS file of its own, so there is no mirror of its exports to Pakistan; China mirror (FOB) 17.70, 18.33, 16.97 bn.')
SH(a,'Chinese goods made up nearly a quarter of everything Pakistan bought abroad last year','PAK','CHN','imports',2018,25,'nearly','consistent',20,30,
   pert=('nearly a quarter','nearly half','number','overstated',50,40,60))
TV(a,'The country ran a deficit of more than $12 billion with China in 2018','PAK','CHN','deficit',2018,12e9,'more than','consistent',
   pert=('more than $12 billion','more than $20 billion','number','overstated',20e9))
CH(a,'exports to China had fallen by about a third between 2014 and 2017','PAK','CHN','exports',2014,2017,-33.3,'about','consistent',
   pert=('had fallen by about a third','had risen by about a third','direction','contradicted',33.3))
RK(a,'The United States was still the largest buyer of Pakistani goods last year','consistent',
   "Pakistan's Exports, FOB 2018: United States 3.74 bn, China 1.84 bn, United Kingdom 1.71 bn; mirror US CIF 3.71 bn, China CIF 2.18 bn.",
   [cell('PAK','USA',2018,'Exports, FOB'),cell('PAK','CHN',2018,'Exports, FOB'),cell('PAK','GBR',2018,'Exports, FOB'),cell('USA','PAK',2018,'Imports, CIF','mirror'),cell('CHN','PAK',2018,'Imports, CIF','mirror')],
   'PAK','USA','exports','2018',1,pert=('The United States was still the largest buyer','China was still the largest buyer','rank','contradicted'))
CV(a,'more than 1.5 trillion rupees, or roughly $11 billion',1.5e12,'PAK',2018,11e9,'roughly','understated',pert=('roughly $11 billion','roughly $24 billion','number','overstated',24e9))
UC(a,'Beijing has pledged some $62 billion for corridor projects','a financing pledge (future investment); not in the trade or vote data','CHN','PAK')
UC(a,'Chinese banks have lent Pakistan at least $6 billion since 2017','loans: no lending data in the sources','CHN','PAK')
UC(a,'The government expects exports to China to reach $5 billion by 2022','a forecast for a future year','PAK','CHN')
AL(a,'Pakistan voted with the United States on about one in eight of the recorded votes','Pakistan','United States',2018,12.5,'about','consistent',
   pert=('about one in eight','about three in four','number','overstated',75,None,None),subj='PAK',part='USA')
ALC(a,'it stood closer to Beijing than to Washington','Pakistan','China','United States',2018,'consistent',
   pert=('closer to Beijing than to Washington','closer to Washington than to Beijing','direction','contradicted'),subj='PAK',part='CHN')
TV(a,'Sales to the Middle East came to less than $2 billion','PAK','ME','exports',2018,2e9,'less than','consistent',pert=('less than $2 billion','less than $1 billion','number','understated',1e9),
   note="Group partner: the DOTS 'Middle East' row of Pakistan's Exports, FOB (reporter basis only).")
TV(a,'sub-Saharan Africa bought about $1.2 billion of Pakistani goods','PAK','SSA','exports',2018,1.2e9,'about','consistent',pert=('about $1.2 billion','about $3.2 billion','number','overstated',3.2e9),
   note="Read as Pakistan's exports to the group (DOTS 'Sub-Saharan Africa' row, reporter basis only); the group itself has no import record.")
TV(a,"last year's imports from China came to more than 1.5 trillion rupees",'PAK','CHN','imports',2018,1.5e12,'more than','consistent',currency='PKR',conv=('PAK',2018),
   pert=('came to more than 1.5 trillion rupees','came to more than 2.5 trillion rupees','number','overstated',2.5e12))
