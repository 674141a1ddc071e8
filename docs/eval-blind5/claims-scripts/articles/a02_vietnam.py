a=Article('vietnam-us-surplus-2019','2020-02-18')
TV(a,"Vietnam's exports to the United States surged to $61.3 billion last year",'VNM','USA','exports',2019,61.3e9,None,'consistent',pert=('surged to $61.3 billion','surged to $41.3 billion','number','understated',41.3e9))
CH(a,'up more than a quarter','VNM','USA','exports',2018,2019,25,'more than','consistent',pert=('up more than a quarter','down more than a quarter','direction','contradicted',-25),
   note='Period 2018-2019: the change to "last year" (2019) from the year before.')
UC(a,'The US Treasury placed the country on a watch list of 10 economies in 2019','a count of economies on a currency watch list, not trade','VNM','USA')
TV(a,'Vietnam bought more than $10 billion of American goods','VNM','USA','imports',2019,10e9,'more than','consistent',pert=('more than $10 billion','more than $20 billion','number','overstated',20e9),
   note='Year 2019 from context ("last year" in the lead).')
TV(a,'leaving Hanoi a surplus of about $50 billion','VNM','USA','balance',2019,50e9,'about','consistent',pert=('a surplus of about $50 billion','a surplus of about $80 billion','number','overstated',80e9))
TV(a,'exports to the US were worth "about 1,400 trillion dong','VNM','USA','exports',2019,1.4e15,'about','consistent',currency='VND',conv=('VNM',2019),
   pert=('"about 1,400 trillion dong','"about 2,400 trillion dong','number','overstated',2.4e15))
CV(a,'about 1,400 trillion dong, or roughly $60 billion',1.4e15,'VNM',2019,60e9,'roughly','consistent',pert=('or roughly $60 billion','or roughly $90 billion','number','overstated',90e9))
CH(a,'shipments rose 19 percent from $47.5 billion in 2018 to $61.3 billion','VNM','USA','exports',2018,2019,19,None,'understated',pert=('rose 19 percent','fell 19 percent','direction','contradicted',-19),
   note='The stated 19% is below both records (+29.0% reported, +35.5% mirror).')
AR(a,'shipments rose 19 percent from $47.5 billion in 2018 to $61.3 billion','contradicted','61.3 / 47.5 - 1 = +29.1%, not 19% (more than 1 point and 10% off).',
   [A(47.5e9,'2018 exports',2018),A(61.3e9,'2019 exports',2019),A(19,'stated change',2019,'percent')],subject='VNM',partner='USA',flow='exports',period='2018-2019',
   pert=('from $47.5 billion in 2018','from $57.5 billion in 2018','number','contradicted'))
TV(a,'from $47.5 billion in 2018','VNM','USA','exports',2018,47.5e9,None,'consistent',pert=('from $47.5 billion in 2018','from $27.5 billion in 2018','number','understated',27.5e9))
RK(a,"The United States remained Vietnam's largest export market, ahead of China",'consistent',
   "Vietnam's Exports, FOB 2019: United States 61.33 bn, China 41.46 bn; mirror CIF: US 66.68 bn, China 64.08 bn (same order).",
   [cell('VNM','USA',2019,'Exports, FOB'),cell('VNM','CHN',2019,'Exports, FOB'),cell('USA','VNM',2019,'Imports, CIF','mirror'),cell('CHN','VNM',2019,'Imports, CIF','mirror')],
   'VNM','USA','exports','2019',1,pert=("The United States remained Vietnam's largest export market, ahead of China","China remained Vietnam's largest export market, ahead of the United States",'rank','contradicted'))
SH(a,'took nearly a quarter of its exports','VNM','USA','exports',2019,25,'nearly','consistent',lo=20,hi=30,pert=('nearly a quarter','nearly half','number','overstated',50,40,60))
UC(a,'In December alone, exports to the US reached $6.3 billion','a monthly figure','VNM','USA')
SH(a,"China supplied nearly a third of Vietnam's imports last year",'VNM','CHN','imports',2019,33.3,'nearly','consistent',lo=28,hi=38,pert=('nearly a third','nearly half','number','overstated',50,40,60))
RK(a,'was the second-largest supplier','consistent',"Vietnam's Imports, CIF 2019: China 75.47 bn, Korea 47.02 bn, Japan 19.54 bn.",
   [cell('VNM','CHN',2019,'Imports, CIF'),cell('VNM','KOR',2019,'Imports, CIF'),cell('VNM','JPN',2019,'Imports, CIF')],'VNM','KOR','imports','2019',2,
   pert=('was the second-largest supplier','was the largest supplier','rank','contradicted'),note='Subject of the clause: South Korea (the 160,000 employees are a distractor).')
UC(a,'Foreign direct investment pledges reached $38 billion in 2019','investment pledges','VNM',None)
UC(a,'expect exports to the US to grow another 15 percent this year','a forecast','VNM','USA')
AL(a,'Hanoi voted with Washington in fewer than one in five','Vietnam','United States',2019,20,'fewer than','consistent',pert=('in fewer than one in five','in more than half','number','overstated',50,None,None,'more than'),subj='VNM',part='USA')
ALC(a,'sided with Moscow far more often than with Washington','Vietnam','Russia','United States',2019,'consistent',pert=('sided with Moscow far more often than with Washington','sided with Washington far more often than with Moscow','direction','contradicted'),subj='VNM',part='RUS')
AL(a,'It voted with China in about nine out of ten recorded votes','Vietnam','China',2019,90,'about','consistent',pert=('about nine out of ten','about four out of ten','number','understated',40,None,None),subj='VNM',part='CHN')
