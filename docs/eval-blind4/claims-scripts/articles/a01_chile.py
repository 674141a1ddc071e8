a=Article('chile-china-copper-2018','2019-03-12')
TV(a,'Chile shipped nearly $25 billion worth of goods to China last year','CHL','CHN','exports',2018,25e9,'nearly','consistent',
   pert=('nearly $25 billion','nearly $35 billion','number','overstated',35e9))
TV(a,'about 16 trillion pesos','CHL','CHN','exports',2018,16e12,'about','consistent',currency='CLP',conv=('CHL',2018),
   pert=('about 16 trillion pesos','about 26 trillion pesos','number','overstated',26e12),note='Trade value stated in pesos: the USD data converted at the WEO 2018 average (641.2 CLP per USD).')
CV(a,'about 16 trillion pesos, or about $25 billion at the 2018 average rate',16e12,'CHL',2018,25e9,'about','consistent',
   pert=('or about $25 billion at','or about $35 billion at','number','overstated',35e9))
RK(a,"China remained Chile's largest export market",'consistent',
   "Chile's country partners 2018 (Exports, FOB): China 24.88 bn, United States 10.43 bn, Japan 6.86 bn; mirror China CIF 27.08 bn, US CIF 11.37 bn.",
   [cell('CHL','CHN',2018,'Exports, FOB'),cell('CHL','USA',2018,'Exports, FOB'),cell('CHL','JPN',2018,'Exports, FOB'),cell('CHN','CHL',2018,'Imports, CIF','mirror'),cell('USA','CHL',2018,'Imports, CIF','mirror')],
   'CHL','CHN','exports','2018',1,pert=("China remained Chile's largest export market","China remained Chile's second-largest export market",'rank','contradicted'))
RK(a,'taking more than three times what the United States bought','overstated',
   "Ratio of Chile's exports to China to its exports to the US, 2018: reported 24.88/10.43 = 2.39; mirror 27.08/11.37 = 2.38; 'more than three times' needs at least 0.95 x 3 = 2.85.",
   [cell('CHL','CHN',2018,'Exports, FOB'),cell('CHL','USA',2018,'Exports, FOB'),cell('CHN','CHL',2018,'Imports, CIF','mirror'),cell('USA','CHL',2018,'Imports, CIF','mirror')],
   'CHL','CHN','exports','2018',3.0,hedge='more than',pert=('more than three times','less than half','number','understated'))
SH(a,'Shipments to China accounted for about a third of all Chilean exports in 2018','CHL','CHN','exports',2018,33.3,'about','consistent',28,38,
   pert=('about a third','about half','number','overstated',50,40,60))
CH(a,'Exports to China rose by almost a third from 2017','CHL','CHN','exports',2017,2018,33.3,'almost','consistent',
   pert=('rose by almost a third','fell by almost a third','direction','contradicted',-33.3))
TV(a,"Chile's sales to the rest of Latin America, about $15 billion",'CHL','WH','exports',2018,15e9,'about','overstated',
   pert=('about $15 billion','about $6 billion','number','understated',6e9),note="'Latin America' read as the DOTS 'Western Hemisphere' row (Latin America and the Caribbean; it excludes the US and Canada: Chile's US exports alone are 10.4 bn). Reporter basis only (a group).")
AR(a,'exports at $24.9 billion and imports from China at $17.5 billion, leaving Chile a surplus of $9.4 billion','contradicted',
   'Stated exports 24.9 bn minus stated imports 17.5 bn = 7.4 bn, not 9.4 bn (127% of the implied balance).',
   [A(24.9e9,'exports',2018),A(17.5e9,'imports',2018),A(9.4e9,'surplus',2018)],subject='CHL',partner='CHN',flow='balance',period='2018',
   pert=('a surplus of $9.4 billion','a deficit of $9.4 billion','direction','contradicted'))
TV(a,'imports from China at $17.5 billion','CHL','CHN','imports',2018,17.5e9,None,'consistent',
   pert=('imports from China at $17.5 billion','imports from China at $27.5 billion','number','overstated',27.5e9))
UC(a,'Chinese companies have committed some $5 billion to lithium and energy projects','investment commitments: no investment data in the sources','CHN','CHL')
UC(a,'Copper shipments to China in January alone topped $2 billion','a monthly single-product figure; the trade data are annual totals','CHL','CHN')
AL(a,'Chile voted with Washington in about one in five of the recorded votes','Chile','United States',2018,20,'about','consistent',
   pert=('about one in five','about four in five','number','overstated',80,None,None),subj='CHL',part='USA')
ALC(a,'and with Beijing far more often','Chile','China','United States',2018,'consistent',
   pert=('and with Beijing far more often','and with Beijing far less often','direction','contradicted'),subj='CHL',part='CHN')
TV(a,'Customs figures put exports at $24.9 billion','CHL','CHN','exports',2018,24.9e9,None,'consistent',pert=('exports at $24.9 billion','exports at $14.9 billion','number','understated',14.9e9))
