a=Article('nigeria-china-india-trade-2018','2019-05-14')
TV(a,'Nigeria bought goods worth 3.3 trillion naira','NGA','CHN','imports',2018,3.3e12,None,'sources disagree',currency='NGN',conv=('NGA',2018),
   pert=('worth 3.3 trillion naira','worth 1.3 trillion naira','number','understated',1.3e12),
   note="Nigeria's own CIF record converts to 2.50 tn naira (76%), China's FOB record to 4.19 tn (127%): the bases bracket the claim. Checked at the converted amount's hedge ('about $10.8 billion', ±15%) the verdict is the same.")
CV(a,'3.3 trillion naira, or about $10.8 billion',3.3e12,'NGA',2018,10.8e9,'about','consistent',pert=('or about $10.8 billion','or about $18.8 billion','number','overstated',18.8e9))
RK(a,"China remained by far the largest source of Nigeria's imports",'consistent',
   "Nigeria's Imports, CIF 2018: China 8.17 bn, United States 3.73 bn, Belgium 3.56 bn; on the partners' FOB records China 13.69 bn vs US 2.67 bn.",
   [cell('NGA','CHN',2018,'Imports, CIF'),cell('NGA','USA',2018,'Imports, CIF'),cell('NGA','BEL',2018,'Imports, CIF'),cell('CHN','NGA',2018,'Exports, FOB','mirror'),cell('USA','NGA',2018,'Exports, FOB','mirror')],
   'NGA','CHN','imports','2018',1,pert=('China remained by far the largest source','India remained by far the largest source','rank','contradicted'))
f,v,t=multiple_figs('NGA','CHN','USA','imports',2018,2,'more than')
RK(a,'supplying more than twice as much as the United States','consistent',f"Ratio of Nigeria's imports from China to those from the US, 2018: {t}; 'more than twice' read as ratio ≥ 0.95×2.",f,'NGA','CHN','imports','2018',2,hedge='more than',
   pert=('more than twice as much','more than four times as much','number','overstated'))
assert v=='consistent'
SH(a,"Chinese products made up about a fifth of the country's import bill",'NGA','CHN','imports',2018,20,'about','consistent',pert=('about a fifth','about a third','number','overstated',33.3,28,38),
   note="Subject from context (the country = Nigeria). 'A fifth' is not among the contract's ratio words; read as 20% with 'about' (±15%).")
TV(a,"Nigeria's sales to China, mostly crude oil, sesame and liquefied gas, came to about $4 billion",'NGA','CHN','exports',2018,4e9,'about','overstated',
   pert=('came to about $4 billion','came to about $1.5 billion','number','understated',1.5e9))
TV(a,'With exports of $3.2 billion','NGA','CHN','exports',2018,3.2e9,None,'consistent',pert=('exports of $3.2 billion','exports of $6.2 billion','number','overstated',6.2e9),
   note="Nigeria's own FOB record (3.22 bn) is inside ±10%; China's CIF record of imports from Nigeria (1.87 bn, 58%) is below. Consistent because the reporter's side decides (contract); a checker that requires both bases would say sources disagree.")
TV(a,'imports of $8.2 billion','NGA','CHN','imports',2018,8.2e9,None,'consistent',pert=('imports of $8.2 billion','imports of $4.2 billion','number','understated',4.2e9),
   note="Nigeria's own CIF record (8.17 bn) inside; China's FOB (13.69 bn, 167%) above. Consistent by the reporter's side (contract).")
AR(a,'With exports of $3.2 billion and imports of $8.2 billion, the bilateral deficit was about $5 billion','consistent','8.2 - 3.2 = 5.0 bn, as stated (within ±15%).',
   [A(3.2e9,'exports',2018),A(8.2e9,'imports',2018),A(5e9,'deficit',2018)],subject='NGA',partner='CHN',flow='deficit',period='2018',hedge='about',
   pert=('the bilateral deficit was about $5 billion','the bilateral deficit was about $11 billion','number','contradicted'),note='Partner (China) and year from the preceding sentences.')
TV(a,'the bilateral deficit was about $5 billion','NGA','CHN','deficit',2018,5e9,'about','consistent',pert=('deficit was about $5 billion','deficit was about $25 billion','number','overstated',25e9),
   note="Nigeria's own records give a deficit of 4.95 bn (99%); the mirror (China FOB to Nigeria minus China CIF from Nigeria) 11.82 bn (236%). Consistent by the reporter's side (contract); a both-bases reading would say sources disagree.")
CH(a,'Imports from China rose by a quarter in 2018','NGA','CHN','imports',2017,2018,25,None,'overstated',pert=('rose by a quarter','fell by a quarter','direction','contradicted',-25))
UC(a,'In the first quarter of this year, imports from China were up 9 percent','a quarterly figure (first quarter of 2019); the trade data are annual','NGA','CHN')
SH(a,"India, which buys mostly crude, took nearly 29 percent of Nigeria's exports last year",'NGA','IND','exports',2018,29,'nearly','consistent',pert=('nearly 29 percent','nearly 49 percent','number','overstated',49,None,None))
fN,ok3,ok4,tN=next_n_figs('NGA',2018,'Exports, FOB',3); assert ok3
_,ok5,_,t5=next_n_figs('NGA',2018,'Exports, FOB',5); assert not ok5
RK(a,'more than the next three markets combined','consistent',f"Nigeria's Exports, FOB 2018: {tN}. For the perturbed copy: {t5} (India is below the next five).",fN,'NGA','IND','exports','2018',1,
   pert=('more than the next three markets combined','more than the next five markets combined','rank','contradicted'),note='Subject India (the sentence continues the share clause); country partners only.')
CH(a,'Exports to India jumped by about a third in 2018','NGA','IND','exports',2017,2018,33.3,'about','consistent',pert=('jumped by about a third','fell by about a third','direction','contradicted',-33.3),
   note="No subject named: Nigeria from context.")
TV(a,'Exports to the United States were worth about $5 billion','NGA','USA','exports',2018,5e9,'about','consistent',pert=('worth about $5 billion','worth about $9 billion','number','overstated',9e9),
   note='No subject named: Nigeria from context; year 2018 (last year, from the article context; no year in the sentence: latest full year before the article).')
SH(a,'The European Union as a bloc took a quarter of Nigerian exports','NGA','EU','exports',2018,25,None,'consistent',lo=20,hi=30,pert=('took a quarter of','took half of','number','overstated',50,40,60))
UC(a,'a $2.5 billion loan from the Export-Import Bank of China','a loan (project finance); the data hold goods trade only','NGA','CHN')
UC(a,'they want two-way trade with China to reach $25 billion by 2022','a target for a future year','NGA','CHN')
UC(a,'a currency swap worth 720 billion naira','a central-bank currency swap line, not trade','NGA','CHN')
UC(a,'Sixty-one percent of importers surveyed by the Lagos Chamber of Commerce','an opinion survey','NGA',None)
UC(a,'Its economy grew 1.9 percent last year','GDP growth, not in the trade or vote data','NGA',None)
AL(a,'Nigeria voted with the United States in only about one in five recorded votes','Nigeria','United States',2018,20,'about','consistent',
   pert=('only about one in five','about half','number','overstated',50,None,None),subj='NGA',part='USA')
ALC(a,'stood far closer to Beijing than to Washington at the UN','Nigeria','China','United States',2018,'consistent',
   pert=('far closer to Beijing than to Washington','far closer to Washington than to Beijing','direction','contradicted'),subj='NGA',part='CHN')
