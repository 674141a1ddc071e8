a=Article('thailand-japan-partnership-2007','2008-02-26')
UC(a,'promising to remove tariffs on about 90 percent of the goods','a tariff schedule of a trade agreement','THA','JPN')
RK(a,"Japan was Thailand's largest export market in 2007",'contradicted',"Thailand's Exports, FOB 2007: United States 19.45 bn, Japan 18.12 bn, China 14.84 bn; mirror CIF US 23.79 bn, Japan 18.29 bn (same order): Japan second.",
   [cell('THA','USA',2007,'Exports, FOB'),cell('THA','JPN',2007,'Exports, FOB'),cell('THA','CHN',2007,'Exports, FOB'),cell('USA','THA',2007,'Imports, CIF','mirror'),cell('JPN','THA',2007,'Imports, CIF','mirror')],
   'THA','JPN','exports','2007',1,pert=("Japan was Thailand's largest export market","Japan was Thailand's fourth-largest export market",'rank','contradicted'))
TV(a,'Thai exports to Japan reached $21 billion','THA','JPN','exports',2007,21e9,None,'overstated',pert=('reached $21 billion','reached $11 billion','number','understated',11e9))
CH(a,'Shipments to Japan rose by about a quarter on the year','THA','JPN','exports',2006,2007,25,'about','overstated',pert=('rose by about a quarter','fell by about a quarter','direction','contradicted',-25))
TV(a,'Thailand bought about 990 billion baht of Japanese goods','THA','JPN','imports',2007,990e9,'about','consistent',currency='THB',conv=('THA',2007),pert=('about 990 billion baht','about 1,990 billion baht','number','overstated',1990e9))
CV(a,'about 990 billion baht of Japanese goods, or about $24 billion',990e9,'THA',2007,24e9,'about','understated',pert=('or about $24 billion','or about $44 billion','number','overstated',44e9),
   note='990 bn baht at 34.52 per USD = 28.68 bn, 120% of the stated $24 bn.')
SH(a,"Japan supplied about a fifth of Thailand's imports",'THA','JPN','imports',2007,20,'about','consistent',pert=('about a fifth','about half','number','overstated',50,40,60))
CH(a,'purchases from Japan rose by just 4 percent','THA','JPN','imports',2006,2007,4,None,'understated',pert=('rose by just 4 percent','fell by 4 percent','direction','contradicted',-4))
TV(a,"That left a deficit of about $14 billion in Thailand's trade with Japan",'THA','JPN','deficit',2007,14e9,'about','overstated',pert=('a deficit of about $14 billion','a surplus of about $14 billion','direction','contradicted',None))
RK(a,'China, now the second-largest supplier','consistent',"Thailand's Imports, CIF 2007: Japan 28.66 bn, China 16.38 bn, United States 9.64 bn, Malaysia 8.70 bn.",
   [cell('THA','JPN',2007,'Imports, CIF'),cell('THA','CHN',2007,'Imports, CIF'),cell('THA','USA',2007,'Imports, CIF')],'THA','CHN','imports','2007',2,
   pert=('China, now the second-largest supplier','China, now the largest supplier','rank','contradicted'))
f,v,t=multiple_figs('THA','JPN','CHN','imports',2007,2,'nearly'); assert v=='consistent'
RK(a,'Thailand bought nearly twice as much from Japan as from China last year','consistent',f"Thailand's imports from Japan over those from China, 2007: {t}.",f,'THA','JPN','imports','2007',2,hedge='nearly',
   pert=('nearly twice as much','nearly four times as much','number','overstated'))
UC(a,'Japanese direct investment in Thailand was worth about 270 billion baht in 2007','investment','JPN','THA')
UC(a,'In December alone, car exports to Japan rose 18 percent','a monthly one-product figure','THA','JPN')
AL(a,'Thailand voted with the United States in about a third of the recorded votes in 2007','Thailand','United States',2007,33.3,'about','overstated',
   pert=('in about a third','in fewer than one in twenty','number','understated',5,None,None,'fewer than'),subj='THA',part='USA')
ALC(a,'stood closer to Tokyo than to Beijing','Thailand','Japan','China',2007,'contradicted',pert=('closer to Tokyo than to Beijing','closer to Washington than to Beijing','rank','contradicted'),subj='THA',part='JPN',
   note='Coincidence with Japan 83.8%, with China 100% (79 identical, 0 opposite): contradicted. The copy is false too (US 9.5%).')
UC(a,'expect the agreement to raise Thai exports to Japan by 10 percent a year','a forecast','THA','JPN')
