a=Article('zambia-copper-china')
RD="Zambia's own record is inside the band, China's mirror record (CIF imports from Zambia, 3-4 times larger: copper routed via traders) is outside; consistent because the reporter's side decides (contract)."
TV(a,'Zambia sold about $1.3 billion worth of goods to China in 2018','ZMB','CHN','exports',2018,1.3e9,'about','consistent',
   pert=('about $1.3 billion worth','about $0.7 billion worth','number','understated',0.7e9),note=RD)
TV(a,'roughly 13.7 billion kwacha','ZMB','CHN','exports',2018,13.7e9,'roughly','consistent',currency='ZMW',conv=('ZMB',2018),
   pert=('roughly 13.7 billion kwacha','roughly 63.7 billion kwacha','number','overstated',63.7e9),note='The kwacha restatement as a trade value of its own, data converted at the WEO 2018 average. '+RD)
CVD(a,'about $1.3 billion worth of goods to China in 2018, or roughly 13.7 billion kwacha',1.3e9,'ZMB',2018,13.7e9,'roughly','consistent',
   pert=('or roughly 13.7 billion kwacha','or roughly 23.7 billion kwacha','number','overstated',23.7e9),note="'at last year's average exchange rate': the WEO 2018 annual average.")
CH(a,'shipments to China had grown by around 10 percent last year','ZMB','CHN','exports',2017,2018,10,'around','sources disagree',
   pert=('grown by around 10 percent','grown by around 60 percent','number','contradicted',60),
   note="Reported speech of a deputy minister; subject Zambia from context. Zambia's own record fell 1.7% (opposite direction), China's CIF record rose 35.4% (above the band): the records bracket the claim. Perturbed copy (+60%): Zambia's record still falls and China's (+35.4%) is below, so the reporter's side decides: contradicted.")
SH(a,'which took well over half of everything Zambia exported last year','ZMB','CHE','exports',2018,50,'more than','overstated',
   pert=('well over half','well under a quarter','number','understated',25,None,None,'less than'),
   note="'well over' read as 'more than' (≥95% of 50%); the contract's 'half' band (40–60%) would make 42.1% consistent, but 'over half' states a lower bound. Switzerland's own CIF record of imports from Zambia is tiny (the metal does not go there); shares use the reporter's sheet.")
RK(a,'China comes second on that list','consistent',"Zambia's Exports, FOB 2018, country partners: Switzerland 3.81 bn, China 1.31 bn, DR Congo 0.86 bn, Singapore 0.70 bn: China second. (On partners' CIF records China would be first.)",
   [cell('ZMB','CHE',2018,'Exports, FOB'),cell('ZMB','CHN',2018,'Exports, FOB'),cell('ZMB','COD',2018,'Exports, FOB')],'ZMB','CHN','exports','2018',2,
   pert=('China comes second on that list','China comes third on that list','rank','contradicted'))
TV(a,"the country's overall export bill of some $9.1 billion in 2018",'ZMB','World','exports',2018,9.1e9,'some','consistent',
   pert=('some $9.1 billion','some $5.1 billion','number','understated',5.1e9))
CH(a,'was up nearly 10 percent from the year before','ZMB','World','exports',2017,2018,10,'nearly','consistent',
   pert=('was up nearly 10 percent','was down nearly 10 percent','direction','contradicted',-10))
CH(a,'Zambian sales across the northern border jumped by about 70 percent last year','ZMB','COD','exports',2017,2018,70,'about','consistent',
   pert=('jumped by about 70 percent','fell by about 70 percent','direction','contradicted',-70),
   note="Partner DR Congo from the sentence before. Zambia's own record +69.4% (inside); DR Congo's CIF record +91.5% (above): consistent by the reporter's side.")
TV(a,'to well above $800 million','ZMB','COD','exports',2018,0.8e9,'more than','consistent',
   pert=('well above $800 million','well above $1.8 billion','number','overstated',1.8e9),note="'well above' read as 'more than'.")
SH(a,"About a fifth of Zambia's exports now go to other countries in sub-Saharan Africa",'ZMB','SSA','exports',2018,20,'about','consistent',
   pert=('About a fifth','About half','number','overstated',50,40,60),note="'now': 2018, the latest full year before the article; DOTS 'Sub-Saharan Africa' row.")
TV(a,'Zambia shipped just over $12 million of goods to the US market last year','ZMB','USA','exports',2018,12e6,'more than','consistent',
   pert=('just over $12 million','just over $212 million','number','overstated',212e6),note="'just over' read as 'more than'. US CIF record 182.7 m (also ≥95%).")
MT(a,'roughly three times what it sold there in 2017','ZMB','USA','exports',2017,2018,3,'roughly','consistent',
   pert=('roughly three times','roughly ten times','number','overstated',10))
RK(a,'South Africa, which remains the largest source of the goods Zambians buy','consistent',"Zambia's Imports, CIF 2018: South Africa 2.73 bn, DR Congo 1.39 bn, China 1.29 bn; on the partners' FOB records South Africa 2.43 bn, China 0.97 bn, DR Congo 0.67 bn.",
   [cell('ZMB','ZAF',2018,'Imports, CIF'),cell('ZMB','COD',2018,'Imports, CIF'),cell('ZMB','CHN',2018,'Imports, CIF'),cell('ZAF','ZMB',2018,'Exports, FOB','mirror'),cell('CHN','ZMB',2018,'Exports, FOB','mirror')],
   'ZMB','ZAF','imports','2018',1,pert=('which remains the largest source','which remains the third-largest source','rank','contradicted'))
TV(a,'shipping some $2.4 billion worth across the Chirundu and Kazungula crossings in 2018','ZAF','ZMB','exports',2018,2.4e9,'some','consistent',
   pert=('some $2.4 billion worth','some $4.4 billion worth','number','overstated',4.4e9),note="Subject South Africa (the relative clause's subject), flow its exports to Zambia; read as Zambia's imports from South Africa (2.73 bn, 114%) it is consistent too.")
TV(a,'it sold Zambia about $970 million of machinery, steel, vehicles and textiles last year','CHN','ZMB','exports',2018,0.97e9,'about','consistent',
   pert=('about $970 million','about $470 million','number','understated',0.47e9),
   note="Attributed to China's own customs; subject China ('it'), flow China's exports to Zambia. China's FOB record 0.970 bn (100%) inside; Zambia's CIF record 1.291 bn (133%) outside: consistent by the reporter's side. Read as Zambia's imports from China it would be sources disagree (only the partner's side agrees).")
CH(a,'more than a third above the 2017 figure','CHN','ZMB','exports',2017,2018,33.3,'more than','consistent',
   pert=('more than a third above','more than a third below','direction','contradicted',-33.3),
   note="China's FOB record +35.6% (≥95% of 33.3); Zambia's CIF record of imports from China +15.3% (below): consistent by the reporter's side (China's customs, as the sentence attributes).")
CVD(a,'that is equivalent to roughly 7.5 billion kwacha',0.97e9,'ZMB',2018,7.5e9,'roughly','understated',
   pert=('roughly 7.5 billion kwacha','roughly 15.5 billion kwacha','number','overstated',15.5e9),
   note="$970 million at the text's own rate of 10.5 is 10.19 bn kwacha, at the WEO 2018 average (10.458) 10.14 bn: the stated 7.5 bn is 74% of either, so the kwacha figure is understated (a checker treating it as article arithmetic would say contradicted).")
TV(a,'that is equivalent to roughly 7.5 billion kwacha','CHN','ZMB','exports',2018,7.5e9,'roughly','understated',currency='ZMW',conv=('ZMB',2018),
   pert=('roughly 7.5 billion kwacha','roughly 25.5 billion kwacha','number','overstated',25.5e9),
   note="'that' = China's sales to Zambia of the sentence before; the kwacha amount as a trade value of its own: both records, converted at the WEO 2018 average, are well above it.")
UC(a,'lost more than 20 percent against the dollar in the past twelve months','an exchange-rate move over a twelve-month window; the data hold annual trade and votes','ZMB',None)
UC(a,'The government owes Chinese lenders an estimated $6.4 billion','debt to Chinese lenders (loans); not in the trade or vote data','ZMB','CHN')
UC(a,'closer to $3.1 billion','debt to Chinese lenders (the finance ministry figure); loans are not in the data','ZMB','CHN')
UC(a,'the $1.2 billion Lusaka-Ndola dual carriageway','a project value (Chinese contractors); not trade','ZMB','CHN')
UC(a,'pledged a further $500 million for a cement and steel complex','a pledge of investment, made last month','CHN','ZMB')
UC(a,'we seem to spend twice over on Chinese loans','an opinion comparing copper earnings with loan spending; loans are not in the data','ZMB','CHN')
UC(a,'public debt could reach 78 percent of gross domestic product','a forecast of public debt to GDP','ZMB',None)
UC(a,'expect copper output to top 900,000 tonnes in 2019','a forecast of one product\'s output volume','ZMB',None)
UC(a,'exports in the first quarter are already running 4 percent ahead of last year','a quarterly figure (first quarter of 2019)','ZMB',None)
UC(a,'earned more from copper last year than at any time since 2014','one product\'s trade (copper); products are not checked without a loaded BACI release. For reference, the BACI HS92 extract (exporter x HS2 to the world) gives Zambia\'s chapter 74 exports 8.85 bn in 2018, 9.90 bn in 2014 and less in 2015-2017 (7.79, 6.35, 7.42 bn): the statement would hold.','ZMB',None)
UC(a,'Some 850,000 tonnes of copper left Zambia','one product\'s volume (tonnes of copper, Chamber of Mines)','ZMB',None)
