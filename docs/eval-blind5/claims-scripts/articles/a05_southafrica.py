a=Article('south-africa-china-minerals-2013','2014-04-10')
RK(a,"China is South Africa's largest export market, ahead of the United States and Japan",'consistent',
   "South Africa's Exports, FOB 2013: China 12.04 bn, United States 6.97 bn, Japan 5.56 bn, Botswana 4.61 bn; mirror CIF China 48.31 bn, US 8.47 bn, Japan 6.73 bn (same order).",
   [cell('ZAF','CHN',2013,'Exports, FOB'),cell('ZAF','USA',2013,'Exports, FOB'),cell('ZAF','JPN',2013,'Exports, FOB'),cell('CHN','ZAF',2013,'Imports, CIF','mirror'),cell('USA','ZAF',2013,'Imports, CIF','mirror'),cell('JPN','ZAF',2013,'Imports, CIF','mirror')],
   'ZAF','CHN','exports','2013',1,pert=('ahead of the United States and Japan','behind the United States and Japan','rank','contradicted'),note='Year 2013 inferred (latest full year before the article; the next sentence names 2013).')
SH(a,"China took about an eighth of South Africa's exports in 2013",'ZAF','CHN','exports',2013,12.5,'about','consistent',pert=('about an eighth','about a third','number','overstated',33.3,28,38))
TV(a,"Beijing's customs data show imports from South Africa of $48.3 billion",'ZAF','CHN','exports',2013,48.3e9,None,'sources disagree',pert=('of $48.3 billion','of $98.3 billion','number','overstated',98.3e9),
   note="The flow is South Africa's exports to China as China records them. Only the partner's side agrees: China CIF 48.31 bn (100%); South Africa's FOB 12.04 bn (25%). Contract: sources disagree.")
TV(a,'South Africa bought R163 billion of Chinese goods last year','ZAF','CHN','imports',2013,163e9,None,'consistent',currency='ZAR',conv=('ZAF',2013),pert=('R163 billion','R263 billion','number','overstated',263e9))
CV(a,'R163 billion of Chinese goods last year, or about $17 billion',163e9,'ZAF',2013,17e9,'about','consistent',pert=('or about $17 billion','or about $27 billion','number','overstated',27e9))
CH(a,'imports from China rose nearly 10 percent on 2012','ZAF','CHN','imports',2012,2013,10,'nearly','consistent',pert=('rose nearly 10 percent','fell nearly 10 percent','direction','contradicted',-10))
RK(a,'was the second-largest supplier','consistent',"South Africa's Imports, CIF 2013: China 16.94 bn, Germany 11.38 bn, Saudi Arabia 8.52 bn, United States 6.97 bn.",
   [cell('ZAF','CHN',2013,'Imports, CIF'),cell('ZAF','DEU',2013,'Imports, CIF'),cell('ZAF','SAU',2013,'Imports, CIF')],'ZAF','DEU','imports','2013',2,
   pert=('was the second-largest supplier','was the largest supplier','rank','contradicted'),note='Subject Germany (appositive "home of the carmakers ..."), reporter South Africa from context.')
TV(a,'With imports of $16.9 billion','ZAF','CHN','imports',2013,16.9e9,None,'consistent',pert=('imports of $16.9 billion','imports of $26.9 billion','number','overstated',26.9e9))
TV(a,'exports of $12 billion, the deficit','ZAF','CHN','exports',2013,12e9,None,'consistent',pert=('exports of $12 billion','exports of $5 billion','number','understated',5e9),
   note="South Africa's own FOB 12.04 bn (100%); China's CIF 48.31 bn (403%, above): consistent by the reporter's side (contract).")
AR(a,'the deficit with China came to about $4.9 billion','consistent','16.9 - 12.0 = 4.9 bn, as stated.',[A(16.9e9,'imports',2013),A(12e9,'exports',2013),A(4.9e9,'deficit',2013)],
   subject='ZAF',partner='CHN',flow='deficit',period='2013',hedge='about',pert=('came to about $4.9 billion','came to about $9.9 billion','number','contradicted'))
CH(a,'Exports to the United States fell by a fifth in 2013','ZAF','USA','exports',2012,2013,-20,None,'overstated',pert=('fell by a fifth','rose by a fifth','direction','contradicted',20),
   note='No subject: South Africa from context. -11.0% on its own record, -2.4% on the US CIF record: both smaller than a fifth.')
SH(a,'More than a third of South African exports went to the rest of Africa last year','ZAF','Africa','exports',2013,33.3,'more than','overstated',pert=('More than a third','More than half','number','overstated',50,None,None),
   note="DOTS 'Africa' row of South Africa's sheet (excludes South Africa itself): 27.23 bn of 95.96 bn = 28.4%, 85% of a third, below the 95% floor.")
UC(a,'Chinese lenders have extended more than $10 billion in credit lines','loans and credit lines','CHN','ZAF')
UC(a,'a Chinese bank has held a 20 percent stake in the continent\'s largest lender since 2008','an equity stake (investment)','CHN','ZAF')
UC(a,'In the first quarter of this year, imports from China were down 3 percent','a quarterly figure','ZAF','CHN')
AL(a,'South Africa voted with Washington in only about one vote in eight','South Africa','United States',2013,12.5,'about','consistent',pert=('only about one vote in eight','about one vote in two','number','overstated',50,None,None),subj='ZAF',part='USA')
UC(a,'Economists expect the deficit to narrow to R30 billion this year','a forecast','ZAF','CHN')
UC(a,'unemployment stood at 24.1 percent at the end of 2013','unemployment, not trade','ZAF',None)
