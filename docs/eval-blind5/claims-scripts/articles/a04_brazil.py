a=Article('brazil-china-soy-boom-2017','2018-03-21')
def record(a_,b,flow,y,first=1990):
    figs=[]; ok={}
    for basis in ('reported','mirror'):
        vals={}
        for yy in range(first,y+1):
            f=[x for x in (exports(a_,b,yy) if flow=='exports' else imports(a_,b,yy)) if x['basis']==basis]
            if f: vals[yy]=f[0]
        prev=max((v['value'],yy) for yy,v in vals.items() if yy<y)
        ok[basis]=vals[y]['value']>prev[0]
        figs+=[vals[y],vals[prev[1]]]
    return figs,ok
fR,okR=record('BRA','CHN','exports',2017)
RK_=None
a.add('Brazilian shipments to China hit a record in 2017','change','consistent','BRA','CHN','exports',None,'record',None,'2017',None,fR,
   f"Brazil's exports to China 2017 exceed every earlier year 1990-2016 on both records (reported max 46.03 bn in 2013 vs 47.50 bn; mirror max 53.67 bn in 2013 vs 58.30 bn): {okR}.",
   'consistent' if all(okR.values()) else 'contradicted',None,('hit a record in 2017','hit a record low in 2017','direction','contradicted'))
CH(a,"Brazil's exports to China rose by more than a quarter last year",'BRA','CHN','exports',2016,2017,25,'more than','consistent',pert=('rose by more than a quarter','fell by more than a quarter','direction','contradicted',-25))
SH(a,'China bought more than a fifth of everything Brazil sold abroad','BRA','CHN','exports',2017,20,'more than','consistent',pert=('more than a fifth','more than a third','number','overstated',33.3,None,None))
f,v,t=multiple_figs('BRA','CHN','USA','exports',2017,2,'nearly'); assert v=='consistent'
RK(a,'nearly twice as much as the United States','consistent',f"Brazil's exports to China over those to the US, 2017: {t}; 'nearly twice' read as 2 with ±15%.",f,'BRA','CHN','exports','2017',2,hedge='nearly',
   pert=('nearly twice as much','nearly five times as much','number','overstated'))
RK(a,'Argentina, a distant third','consistent',"Brazil's Exports, FOB 2017: China 47.50 bn, United States 27.11 bn, Argentina 17.62 bn, Netherlands 9.25 bn.",
   [cell('BRA','CHN',2017,'Exports, FOB'),cell('BRA','USA',2017,'Exports, FOB'),cell('BRA','ARG',2017,'Exports, FOB'),cell('BRA','NLD',2017,'Exports, FOB')],'BRA','ARG','exports','2017',3,
   pert=('Argentina, a distant third','Argentina, a distant second','rank','contradicted'))
TV(a,"Chinese customs put Brazil's exports to China at $58.3 billion",'BRA','CHN','exports',2017,58.3e9,None,'sources disagree',pert=('at $58.3 billion','at $88.3 billion','number','overstated',88.3e9),
   note="Only the partner's side agrees: China's CIF record 58.30 bn (100%); Brazil's own FOB 47.50 bn (81%, below ±10%). The contract calls this sources disagree.")
TV(a,'sales of about 152 billion reais','BRA','CHN','exports',2017,152e9,'about','consistent',currency='BRL',conv=('BRA',2017),pert=('about 152 billion reais','about 252 billion reais','number','overstated',252e9),
   note="Brazil's FOB converts to 151.6 bn reais (100%), China's CIF to 186.1 bn (122%, above ±15%): consistent by the reporter's side (contract).")
CV(a,'about 152 billion reais, or roughly $47.5 billion',152e9,'BRA',2017,47.5e9,'roughly','consistent',pert=('or roughly $47.5 billion','or roughly $67.5 billion','number','overstated',67.5e9))
UC(a,'Soybeans alone accounted for 53.8 million tonnes of the total','a volume of one product','BRA','CHN')
TV(a,'With $47.5 billion of exports','BRA','CHN','exports',2017,47.5e9,None,'consistent',pert=('With $47.5 billion of exports','With $27.5 billion of exports','number','understated',27.5e9),
   note="Brazil's FOB 47.50 bn (100%); China's CIF 58.30 bn (123%, above): consistent by the reporter's side (contract).")
TV(a,'$29 billion of imports','BRA','CHN','imports',2017,29e9,None,'consistent',pert=('$29 billion of imports','$49 billion of imports','number','overstated',49e9))
AR(a,'the surplus with China was $22.5 billion','contradicted','47.5 - 29 = 18.5 bn, not 22.5 bn (22% off; no hedge).',[A(47.5e9,'exports',2017),A(29e9,'imports',2017),A(22.5e9,'surplus',2017)],
   subject='BRA',partner='CHN',flow='balance',period='2017',pert=('was $22.5 billion','was $12.5 billion','number','contradicted'))
TV(a,'the surplus with China was $22.5 billion','BRA','CHN','balance',2017,22.5e9,None,'sources disagree',pert=('was $22.5 billion','was $62.5 billion','number','overstated',62.5e9),
   note="Brazil's records give 18.53 bn (82%, below), the mirror 29.05 bn (129%, above): the bases bracket the claim.")
TV(a,"Brazil's purchases from China, mostly electronics, machinery and chemicals, reached about $29 billion",'BRA','CHN','imports',2017,29e9,'about','consistent',pert=('reached about $29 billion','reached about $49 billion','number','overstated',49e9))
TV(a,'imports from China came to 92 billion reais','BRA','CHN','imports',2017,92e9,None,'consistent',currency='BRL',conv=('BRA',2017),pert=('came to 92 billion reais','came to 62 billion reais','number','understated',62e9))
CV(a,'92 billion reais, or about $22 billion',92e9,'BRA',2017,22e9,'about','understated',pert=('or about $22 billion','or about $42 billion','number','overstated',42e9),
   note='92 bn reais at 3.191 per USD is 28.8 bn, 131% of the stated $22 bn: the dollar figure understates the amount.')
UC(a,'Chinese companies have spent some $11 billion buying Brazilian power lines and dams since 2015','investment (acquisitions)','CHN','BRA')
UC(a,'Iron ore sold for about $70 a tonne in Qingdao in December','a price, monthly','BRA','CHN')
UC(a,'expect the soy trade to slow this year','a forecast','BRA','CHN')
AL(a,'Brazil voted with the United States in less than a third','Brazil','United States',2017,33.3,'less than','consistent',pert=('in less than a third','in more than two-thirds','number','overstated',66.7,None,None,'more than'),subj='BRA',part='USA')
ALC(a,'stood closer to Beijing than to Washington','Brazil','China','United States',2017,'consistent',pert=('closer to Beijing than to Washington','closer to Washington than to Beijing','direction','contradicted'),subj='BRA',part='CHN')
