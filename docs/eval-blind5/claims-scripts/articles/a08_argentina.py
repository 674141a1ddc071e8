a=Article('argentina-brazil-mercosur-slump-2002','2003-04-08')
CH(a,"Argentina's exports to Brazil fell by more than a fifth in 2002",'ARG','BRA','exports',2001,2002,-20,'more than','consistent',pert=('fell by more than a fifth','rose by more than a fifth','direction','contradicted',20))
CH(a,'Imports from Brazil halved','ARG','BRA','imports',2001,2002,-50,None,'consistent',pert=('Imports from Brazil halved','Imports from Brazil doubled','direction','contradicted',100),note='Subject Argentina and year 2002 from context.')
UC(a,'made a Brazilian fridge or car part roughly three times as expensive in pesos','a price of single items after devaluation','ARG','BRA')
TV(a,'Exports to Brazil came to $4.8 billion','ARG','BRA','exports',2002,4.8e9,None,'consistent',pert=('came to $4.8 billion','came to $8.8 billion','number','overstated',8.8e9),note='Subject Argentina from context.')
TV(a,'or about 15 billion pesos at the year','ARG','BRA','exports',2002,15e9,'about','consistent',currency='ARS',conv=('ARG',2002),pert=('or about 15 billion pesos','or about 35 billion pesos','number','overstated',35e9),
   note="'pesos' = ARS (the article's country).")
CV(a,'$4.8 billion, or about 15 billion pesos',15e9,'ARG',2002,4.8e9,None,'consistent',pert=('came to $4.8 billion, or about 15 billion pesos','came to $9.8 billion, or about 15 billion pesos','number','overstated',9.8e9),
   note='The dollar amount comes first; 15 bn pesos / 3.108 = 4.83 bn = 100.5% of $4.8 bn.')
RK(a,"Brazil remained Argentina's largest market, ahead of Chile",'consistent',"Argentina's Exports, FOB 2002: Brazil 4.83 bn, Chile 2.96 bn, United States 2.96 bn.",
   [cell('ARG','BRA',2002,'Exports, FOB'),cell('ARG','CHL',2002,'Exports, FOB'),cell('ARG','USA',2002,'Exports, FOB')],'ARG','BRA','exports','2002',1,
   pert=("Brazil remained Argentina's largest market, ahead of Chile","Chile remained Argentina's largest market, ahead of Brazil",'rank','contradicted'))
SH(a,'took almost a fifth of Argentine exports','ARG','BRA','exports',2002,20,'almost','consistent',pert=('almost a fifth','almost half','number','overstated',50,40,60))
SH(a,"It also supplied more than 40 percent of Argentina's imports",'ARG','BRA','imports',2002,40,'more than','overstated',pert=('more than 40 percent','more than 60 percent','number','overstated',60,None,None),
   note='28.1% of Argentina\'s imports (CIF): 70% of the claim. The perturbed copy is false in the same direction, by more.')
TV(a,'Two-way trade with Brazil totalled $7.3 billion','ARG','BRA','total',2002,7.3e9,None,'consistent',pert=('totalled $7.3 billion','totalled $17.3 billion','number','overstated',17.3e9))
AR(a,'Two-way trade with Brazil totalled $7.3 billion, with exports of $4.8 billion and imports of $2.5 billion','consistent','4.8 + 2.5 = 7.3 bn, as stated.',
   [A(7.3e9,'total',2002),A(4.8e9,'exports',2002),A(2.5e9,'imports',2002)],subject='ARG',partner='BRA',flow='total',period='2002',pert=('totalled $7.3 billion','totalled $9.3 billion','number','contradicted'))
TV(a,'imports of $2.5 billion, leaving','ARG','BRA','imports',2002,2.5e9,None,'consistent',pert=('imports of $2.5 billion','imports of $5.5 billion','number','overstated',5.5e9))
TV(a,'leaving a surplus of about $2.5 billion','ARG','BRA','balance',2002,2.5e9,'about','consistent',pert=('a surplus of about $2.5 billion','a deficit of about $2.5 billion','direction','contradicted',None))
AR(a,'leaving a surplus of about $2.5 billion','contradicted' if abs(4.8-2.5-2.5)/2.5>0.15 else 'consistent','4.8 - 2.5 = 2.3 bn; the stated 2.5 bn is 8.7% above, inside the ±15% of "about": consistent.',
   [A(4.8e9,'exports',2002),A(2.5e9,'imports',2002),A(2.5e9,'surplus',2002)],subject='ARG',partner='BRA',flow='balance',period='2002',hedge='about',pert=('a surplus of about $2.5 billion','a surplus of about $4.5 billion','number','contradicted'))
UC(a,'The peso lost about 70 percent of its value against the dollar','an exchange-rate move over six months','ARG',None)
UC(a,'unemployment peaked at 21.5 percent in May','unemployment, monthly','ARG',None)
UC(a,'In December alone, exports to Brazil rose 14 percent from November','a monthly figure','ARG','BRA')
TV(a,"Argentina's sales to China, mostly soybeans and soy oil, were worth more than $1 billion in 2002",'ARG','CHN','exports',2002,1e9,'more than','consistent',pert=('more than $1 billion','more than $3 billion','number','overstated',3e9))
f,v,t=multiple_figs('ARG','CHN','CHN','exports',2002,3,'more than')
fx=tvfigs('ARG','CHN','exports',2002); fm=tvfigs('ARG','CHN','imports',2002); mf=[]; sd=[]
for bs in ('reported','mirror'):
    x=[q for q in fx if q['basis']==bs and not q.get('cow')][0]; z=[q for q in fm if q['basis']==bs and not q.get('cow')][0]; r=x['value']/z['value']
    mf+=[x,z,dict(value=round(r,3),unit='ratio',currency=None,year=2002,source=f'ratio exports/imports of the two {bs} figures above',basis='derived')]; sd.append((bs,side(r/3,'more than')))
RK(a,'Argentina sold China more than three times what it bought from it','consistent',f"Argentina's exports to China over its imports from China, 2002: {sd} (reported 1.09/0.33 = 3.31; mirror 1.24/0.19 = 6.70).",mf,'ARG','CHN','exports','2002',3,hedge='more than',
   pert=('more than three times','more than ten times','number','overstated'))
assert combine(sd)=='consistent'
UC(a,'Soy shipments to Chinese ports reached 3.6 million tonnes','a volume of one product','ARG','CHN')
UC(a,'a new $2.98 billion facility with the International Monetary Fund','an IMF loan','ARG',None)
UC(a,'they want exports to reach $30 billion in 2003','a target','ARG',None)
AL(a,'Argentina voted with the United States in fewer than a third of the recorded votes','Argentina','United States',2002,33.3,'fewer than','consistent',pert=('in fewer than a third','in more than two-thirds','number','overstated',66.7,None,None,'more than'),subj='ARG',part='USA')
ALC(a,'stood far closer to Brasília than to Washington','Argentina','Brazil','United States',2002,'consistent',pert=('closer to Brasília than to Washington','closer to Washington than to Brasília','direction','contradicted'),subj='ARG',part='BRA')
