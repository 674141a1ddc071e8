a=Article('turkey-russia-jet-crisis-2016','2017-03-09')
CH(a,'Turkish exports to Russia halved in 2016','TUR','RUS','exports',2015,2016,-50,None,'consistent',pert=('halved in 2016','doubled in 2016','direction','contradicted',100))
CH(a,'they are down by about two-thirds since 2014','TUR','RUS','exports',2014,2016,-66.7,'about','consistent',pert=('down by about two-thirds','up by about two-thirds','direction','contradicted',66.7),
   note='"they" = Turkish exports to Russia (previous clause).')
UC(a,'lifting trade to $100 billion a year by 2020','a target for a future year','TUR','RUS')
TV(a,'exports to Russia sank to $1.2 billion last year','TUR','RUS','exports',2016,1.2e9,None,'understated',pert=('sank to $1.2 billion','sank to $4.2 billion','number','overstated',4.2e9),
   note='Subject Turkey from context ("By the institute\'s count").')
TV(a,"Turkey's imports from Russia, mostly natural gas, came to about $15 billion",'TUR','RUS','imports',2016,15e9,'about','consistent',pert=('came to about $15 billion','came to about $25 billion','number','overstated',25e9))
TV(a,'worth some 47 billion lira','TUR','RUS','imports',2016,47e9,'some','consistent',currency='TRY',conv=('TUR',2016),pert=('worth some 47 billion lira','worth some 87 billion lira','number','overstated',87e9))
CV(a,'some 47 billion lira, or about $15 billion',47e9,'TUR',2016,15e9,'about','consistent',pert=('or about $15 billion at','or about $25 billion at','number','overstated',25e9))
TV(a,'a deficit of more than $15 billion','TUR','RUS','deficit',2016,15e9,'more than','overstated',pert=('a deficit of more than $15 billion','a surplus of more than $15 billion','direction','contradicted',None),
   note="Deficit = imports minus exports: 13.67 bn on Turkey's records (91%), 11.52 bn on Russia's (77%); both below the 95% floor of 'more than'.")
RK(a,"Russia was Turkey's third-largest supplier after China and Germany",'consistent',"Turkey's Imports, CIF 2016: China 24.85 bn, Germany 22.65 bn, Russia 15.47 bn, United States 11.28 bn.",
   [cell('TUR','CHN',2016,'Imports, CIF'),cell('TUR','DEU',2016,'Imports, CIF'),cell('TUR','RUS',2016,'Imports, CIF'),cell('TUR','USA',2016,'Imports, CIF')],'TUR','RUS','imports','2016',3,
   pert=("Russia was Turkey's third-largest supplier after China and Germany","Russia was Turkey's largest supplier, ahead of China and Germany",'rank','contradicted'))
UC(a,'About 4.5 million Russians visited Turkey in 2014','tourist arrivals (services), not goods trade','TUR','RUS')
UC(a,'the number fell by three-quarters in 2016','tourist arrivals (services)','TUR','RUS')
RK(a,'Germany remained the top market for Turkish goods, ahead of Britain','consistent',"Turkey's Exports, FOB 2016: Germany 15.17 bn, United Kingdom 11.96 bn, Iraq 8.50 bn; mirror CIF: Germany 14.81 bn, United Kingdom 12.01 bn (same order).",
   [cell('TUR','DEU',2016,'Exports, FOB'),cell('TUR','GBR',2016,'Exports, FOB'),cell('DEU','TUR',2016,'Imports, CIF','mirror'),cell('GBR','TUR',2016,'Imports, CIF','mirror')],'TUR','DEU','exports','2016',1,
   pert=('Germany remained the top market for Turkish goods, ahead of Britain','Britain remained the top market for Turkish goods, ahead of Germany','rank','contradicted'))
SH(a,"taking about a tenth of Turkey's exports",'TUR','DEU','exports',2016,10,'about','consistent',pert=('about a tenth','about a quarter','number','overstated',25,20,30))
UC(a,'the Akkuyu nuclear plant, a $20 billion contract','a project contract value','TUR','RUS')
UC(a,'The two sides signed a $1 billion joint investment fund','an investment fund','TUR','RUS')
UC(a,'expect exports to Russia to recover by 40 percent this year','a forecast','TUR','RUS')
AL(a,'Turkey voted with the United States in roughly two-thirds of the recorded votes in 2016','Turkey','United States',2016,66.7,'roughly','consistent',
   pert=('roughly two-thirds','roughly nine in ten','number','overstated',90,None,None),subj='TUR',part='USA')
