a=Article('kazakhstan-russia-customs-union-2013','2014-02-26')
UC(a,'The devaluation of the tenge this month, by almost a fifth in a single day','a one-day exchange-rate move; only annual average rates are in the data','KAZ',None)
TV(a,"Kazakhstan's exports to Russia were $8.2 billion in 2012",'KAZ','RUS','exports',2012,8.2e9,None,'sources disagree',
   pert=('$8.2 billion','$28.2 billion','number','overstated',28.2e9),note="Kazakhstan's own FOB record (6.75 bn) is below ±10%, Russia's CIF record (10.04 bn; COW the same) above it.")
CH(a,'They fell by about a quarter in 2013','KAZ','RUS','exports',2012,2013,-25,'about','sources disagree',
   pert=('They fell by about a quarter','They rose by about a quarter','direction','contradicted',25),
   note="Change read on each basis: Kazakhstan's record -12.9% (a smaller fall than claimed), Russia's CIF record -41.4% (a larger fall); the bases bracket the claim. The contract defines bracketing for values; applied here to the change. UNSURE.")
TV(a,'Kazakhstan bought about $18 billion of Russian goods last year','KAZ','RUS','imports',2013,18e9,'about','consistent',pert=('about $18 billion','about $8 billion','number','understated',8e9))
RK(a,'Russia remained by far its largest supplier, with China a distant second','consistent',
   "Kazakhstan's Imports, CIF 2013: Russia 17.97 bn, China 8.19 bn, Germany 2.81 bn; mirror Russia FOB 17.63 bn.",
   [cell('KAZ','RUS',2013,'Imports, CIF'),cell('KAZ','CHN',2013,'Imports, CIF'),cell('KAZ','DEU',2013,'Imports, CIF'),cell('RUS','KAZ',2013,'Exports, FOB','mirror'),cell('CHN','KAZ',2013,'Exports, FOB','mirror')],
   'KAZ','RUS','imports','2013',1,pert=('Russia remained by far its largest supplier, with China a distant second','China remained by far its largest supplier, with Russia a distant second','rank','contradicted'))
SH(a,"Russian goods made up more than a third of Kazakhstan's imports in 2013",'KAZ','RUS','imports',2013,33.3,'more than','consistent',
   pert=('more than a third','more than two-thirds','number','overstated',66.7,None,None))
CV(a,'2.7 trillion tenge, about $22 billion at last year\'s average rate',2.7e12,'KAZ',2013,22e9,'about','overstated',pert=('about $22 billion at','about $12 billion at','number','understated',12e9))
TV(a,'the bill from Russia came to 2.7 trillion tenge','KAZ','RUS','imports',2013,2.7e12,None,'consistent',currency='KZT',conv=('KAZ',2013),
   pert=('came to 2.7 trillion tenge','came to 1.7 trillion tenge','number','understated',1.7e12))
UC(a,'Russia pays Kazakhstan about $115 million a year to lease the Baikonur space centre','a lease payment (services), not goods trade','RUS','KAZ')
UC(a,'Chinese banks have lent more than $10 billion to Kazakh oil and pipeline companies since 2009','loans','CHN','KAZ')
UC(a,'Officials expect trade within the union to grow by a quarter by 2016','a forecast','KAZ',None)
ALC(a,'Kazakhstan voted with Russia far more often than with the United States at the UN General Assembly in 2013','Kazakhstan','Russia','United States',2013,'consistent',
   pert=('far more often than with the United States','far less often than with the United States','direction','contradicted'),subj='KAZ',part='RUS')
AL(a,'sided with Washington in fewer than one in five of the recorded votes','Kazakhstan','United States',2013,20,'fewer than','consistent',
   pert=('fewer than one in five','more than half','number','overstated',50,None,None,'more than'),subj='KAZ',part='USA')
