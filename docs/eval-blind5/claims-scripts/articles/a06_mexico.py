a=Article('mexico-us-china-imports-2005','2006-03-02')
TV(a,'Mexican exports to the United States reached about $184 billion in 2005','MEX','USA','exports',2005,184e9,'about','consistent',pert=('about $184 billion','about $284 billion','number','overstated',284e9))
SH(a,'the US took more than 85 percent of everything the country sold abroad','MEX','USA','exports',2005,85,'more than','consistent',pert=('more than 85 percent','more than 95 percent','number','overstated',95,None,None))
RK(a,'came a distant second with about 2 percent','consistent',"Mexico's Exports, FOB 2005: United States 183.56 bn, Canada 4.23 bn, Spain 2.95 bn, Germany 2.29 bn.",
   [cell('MEX','USA',2005,'Exports, FOB'),cell('MEX','CAN',2005,'Exports, FOB'),cell('MEX','ESP',2005,'Exports, FOB')],'MEX','CAN','exports','2005',2,
   pert=('came a distant second','came a distant fourth','rank','contradicted'),note='Subject Canada (sentence subject), reporter Mexico from context.')
SH(a,'came a distant second with about 2 percent','MEX','CAN','exports',2005,2,'about','consistent',pert=('with about 2 percent','with about 12 percent','number','overstated',12,None,None))
TV(a,'Imports from the United States totalled $125.7 billion','MEX','USA','imports',2005,125.7e9,None,'consistent',pert=('totalled $125.7 billion','totalled $225.7 billion','number','overstated',225.7e9))
TV(a,'which left Mexico a surplus of roughly $58 billion','MEX','USA','balance',2005,58e9,'roughly','consistent',pert=('a surplus of roughly $58 billion','a deficit of roughly $58 billion','direction','contradicted',None))
figs=[]
for y in (2004,2005):
    for bs in ('reported','mirror'):
        e=[f for f in exports('MEX','USA',y) if f['basis']==bs][0]; i=[f for f in imports('MEX','USA',y) if f['basis']==bs][0]
        figs+=[dict(value=e['value']-i['value'],unit='USD',currency='USD',year=y,source=f"balance {y}: {e['source']} minus {i['source']}",basis='derived')]
a.add('the largest in the agreement\'s history','change','consistent','MEX','USA','balance',None,'record',None,'1994-2005',None,figs,
   "Mexico's surplus with the US since NAFTA (1994): 2005 is the highest on both bases (reported 57.90 bn vs earlier max 47.05 bn in 2004; mirror 52.44 bn vs 47.05 bn in 2004); every year 1994-2003 lower (scripts/explore.py).",
   'consistent',None,("the largest in the agreement's history","the smallest in the agreement's history",'direction','contradicted'))
TV(a,"Mexico's imports from China climbed to $18.8 billion last year",'MEX','CHN','imports',2005,18.8e9,None,'consistent',pert=('climbed to $18.8 billion','climbed to $38.8 billion','number','overstated',38.8e9),
   note="Mexico's own CIF 18.76 bn (100%); China's FOB 5.54 bn (29%, below): consistent by the reporter's side (contract). UNSURE.")
f,v,t=multiple_figs('MEX','CHN','CHN','imports',2005,3,'almost')
f0=tvfigs('MEX','CHN','imports',2002); f1=tvfigs('MEX','CHN','imports',2005); mf=[]; sd=[]
for bs in ('reported','mirror'):
    x=[q for q in f0 if q['basis']==bs and not q.get('cow')][0]; z=[q for q in f1 if q['basis']==bs and not q.get('cow')][0]; r=z['value']/x['value']
    mf+=[x,z,dict(value=round(r,3),unit='ratio',currency=None,year=2005,source=f'ratio 2005/2002 of the two {bs} figures above',basis='derived')]; sd.append((bs,side(r/3,'almost')))
a.add('almost triple their 2002 level','change','consistent','MEX','CHN','imports',3,'multiple',None,'2002-2005','almost',mf,
   f"Ratio 2005/2002 of Mexico's imports from China: {sd}; reported 2.82 (94% of 3, inside ±15%), mirror 1.93 (64%, below).",combine(sd),
   "Consistent by the reporter's side; China's FOB record gives 1.93 times (below). UNSURE.",('almost triple','almost quintuple','number','overstated'))
RK(a,"China overtook Japan in 2003 as Mexico's second-largest supplier",'consistent',
   "Mexico's Imports, CIF: 2002 Japan 9.91 bn ahead of China 6.65 bn; 2003 China 9.97 bn ahead of Japan 8.05 bn, behind the United States 111.68 bn. On the partners' FOB records Japan (3.64 bn) was still ahead of China (3.27 bn) in 2003.",
   [cell('MEX','JPN',2002,'Imports, CIF'),cell('MEX','CHN',2002,'Imports, CIF'),cell('MEX','CHN',2003,'Imports, CIF'),cell('MEX','JPN',2003,'Imports, CIF'),cell('MEX','USA',2003,'Imports, CIF'),
    cell('CHN','MEX',2003,'Exports, FOB','mirror'),cell('JPN','MEX',2003,'Exports, FOB','mirror')],'MEX','CHN','imports','2003',2,
   pert=('China overtook Japan in 2003',"Japan overtook China in 2003",'rank','contradicted'),note="Ranks use the reporter's sheet (contract: the preferred record); the mirror order differs. UNSURE.")
TV(a,'China counts only about $5.5 billion of exports to Mexico','MEX','CHN','imports',2005,5.5e9,'about','sources disagree',pert=('only about $5.5 billion','only about $1.5 billion','number','understated',1.5e9),
   note="Only the partner's side agrees: China FOB 5.54 bn (101%); Mexico's CIF 18.76 bn (341%, above). Contract: sources disagree. Year 2005 from context.")
TV(a,'at roughly $1.1 billion, mostly copper, scrap and auto parts','MEX','CHN','exports',2005,1.1e9,'roughly','consistent',pert=('at roughly $1.1 billion','at roughly $4.1 billion','number','overstated',4.1e9),
   note="Mexico's FOB 1.14 bn (103%); China's CIF 2.23 bn (202%): consistent by the reporter's side (contract).")
RK(a,'remain a fraction of the trade in the other direction','consistent',"Mexico's exports to China 1.14 bn over its imports from China 18.76 bn = 6.1% (≤ 20%: a fraction). On China's records 2.23 / 5.54 = 40%.",
   [cell('MEX','CHN',2005,'Exports, FOB'),cell('MEX','CHN',2005,'Imports, CIF'),cell('CHN','MEX',2005,'Imports, CIF','mirror'),cell('CHN','MEX',2005,'Exports, FOB','mirror')],
   'MEX','CHN','exports','2005',None,pert=('remain a fraction of the trade in the other direction','remain more than double the trade in the other direction','rank','contradicted'),
   note="Reporter's records give 6.1%; the mirror 40% would not be 'a fraction'. UNSURE.")
TV(a,'purchases from China came to 204 billion pesos','MEX','CHN','imports',2005,204e9,None,'consistent',currency='MXN',conv=('MEX',2005),pert=('came to 204 billion pesos','came to 404 billion pesos','number','overstated',404e9),
   note="Mexico's CIF converts to 204.4 bn pesos (100%); the Chinese FOB to 60.3 bn (30%): consistent by the reporter's side. 'pesos' = MXN (the article's country).")
CV(a,'204 billion pesos, or about $15 billion',204e9,'MEX',2005,15e9,'about','understated',pert=('or about $15 billion','or about $35 billion','number','overstated',35e9),
   note='204 bn pesos at 10.898 per USD = 18.72 bn, 125% of the stated $15 bn.')
UC(a,'compensatory duties of up to 1,105 percent on Chinese shoes','a tariff rate','MEX','CHN')
UC(a,'Chinese investment in Mexico remains small, at less than $100 million in total','investment stock','CHN','MEX')
UC(a,'expect exports to the United States to grow 8 percent this year','a forecast','MEX','USA')
UC(a,'January shipments slipped 2 percent from December','a monthly figure','MEX','USA')
AL(a,'It voted with the United States in fewer than three in ten','Mexico','United States',2005,30,'fewer than','consistent',pert=('in fewer than three in ten','in more than seven in ten','number','overstated',70,None,None,'more than'),subj='MEX',part='USA')
