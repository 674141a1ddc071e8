a=Article('sri-lanka-india-rupee')
TV(a,'India shipped Sri Lanka some $4.4 billion worth of goods last year','IND','LKA','exports',2017,4.4e9,'some','consistent',
   pert=('some $4.4 billion','some $7.4 billion','number','overstated',7.4e9))
TV(a,'roughly 675 billion Sri Lankan rupees','IND','LKA','exports',2017,675e9,'roughly','consistent',currency='LKR',conv=('LKA',2017),
   pert=('roughly 675 billion','roughly 975 billion','number','overstated',975e9),note='WEO 2017 average 152.45 LKR per USD.')
CVD(a,'some $4.4 billion worth of goods last year, according to Indian trade figures, or roughly 675 billion Sri Lankan rupees',4.4e9,'LKA',2017,675e9,'roughly','consistent',
   pert=('roughly 675 billion','roughly 375 billion','number','understated',375e9))
RK(a,"That made India once again the island's largest supplier",'consistent',"Sri Lanka's Imports, CIF 2017: India 4.50 bn, China 3.95 bn, UAE 1.56 bn; partners' FOB: India 4.42 bn, China 4.11 bn. (In 2016 China led, 4.27 vs 3.83 bn.)",
   [cell('LKA','IND',2017,'Imports, CIF'),cell('LKA','CHN',2017,'Imports, CIF'),cell('IND','LKA',2017,'Exports, FOB','mirror'),cell('CHN','LKA',2017,'Exports, FOB','mirror')],'LKA','IND','imports','2017',1,
   pert=("once again the island's largest supplier","once again the island's third-largest supplier",'rank','contradicted'))
RK(a,'just ahead of China','consistent',"India ahead of China as Sri Lanka's supplier in 2017 on both records (4.50 vs 3.95 bn; 4.42 vs 4.11 bn).",
   [cell('LKA','IND',2017,'Imports, CIF'),cell('LKA','CHN',2017,'Imports, CIF')],'LKA','CHN','imports','2017',2,pert=('just ahead of China','just behind China','direction','contradicted'))
CH(a,'whose own customs data show exports to Sri Lanka slipping about 6 percent','CHN','LKA','exports',2016,2017,-6,'about','consistent',
   pert=('slipping about 6 percent','rising about 6 percent','direction','contradicted',6),note="China's FOB record -6.2% (inside); Sri Lanka's CIF record -7.5% (1.5 points off, outside): consistent by the reporter's side, as attributed (UNSURE).")
TV(a,'to around $4.1 billion','CHN','LKA','exports',2017,4.1e9,'around','consistent',pert=('around $4.1 billion','around $8.1 billion','number','overstated',8.1e9))
CH(a,'"Our exports to Sri Lanka jumped by nearly a quarter last year,"','IND','LKA','exports',2016,2017,25,'nearly','overstated',
   pert=('jumped by nearly a quarter','fell by nearly a quarter','direction','contradicted',-25),note="India's FOB record +13.1%, Sri Lanka's CIF record +17.5%: both below 25% less the tolerance.")
TV(a,'Sri Lanka sold India goods worth about 105 billion rupees in 2017','LKA','IND','exports',2017,105e9,'about','consistent',currency='LKR',conv=('LKA',2017),
   pert=('about 105 billion rupees','about 205 billion rupees','number','overstated',205e9),
   note="'rupees' read as Sri Lankan rupees (the story's country; the sentence before says 'Sri Lankan rupees'). Read as Indian rupees (0.689 bn x 64.45 = 44 bn INR) it would be overstated (UNSURE).")
MT(a,'Those sales have risen nearly twelvefold since the agreement took effect','LKA','IND','exports',2000,2017,12,'nearly','consistent',
   pert=('nearly twelvefold','nearly threefold','number','understated',3),note="Base 2000 (the agreement in force since 2000): Sri Lanka's record x11.9, India's x13.6. From 2001 it would be x9.6 (UNSURE).")
TV(a,'a deficit of more than $4 billion with its neighbour','LKA','IND','deficit',2017,4e9,'more than','consistent',
   pert=('more than $4 billion','more than $6 billion','number','overstated',6e9),note="3.81 bn on Sri Lanka's records, 3.81 bn on India's: 95.2-95.4% of 4, just at the 95% floor of 'more than' (UNSURE: a strict reading of 'more than $4 billion' fails).")
SH(a,"The United States took about a quarter of the country's exports last year",'LKA','USA','exports',2017,25,'about','consistent',pert=('about a quarter','about half','number','overstated',50,40,60),lo=20,hi=30)
TV(a,'more than $2.9 billion of garments, rubber gloves and tyres','LKA','USA','exports',2017,2.9e9,'more than','consistent',pert=('more than $2.9 billion','more than $4.9 billion','number','overstated',4.9e9))
RK(a,'India is only the second-largest market after it','contradicted',"Sri Lanka's Exports, FOB 2017: United States 2.91 bn, United Kingdom 1.04 bn, India 0.69 bn: India third.",
   [cell('LKA','USA',2017,'Exports, FOB'),cell('LKA','GBR',2017,'Exports, FOB'),cell('LKA','IND',2017,'Exports, FOB'),cell('GBR','LKA',2017,'Imports, CIF','mirror'),cell('IND','LKA',2017,'Imports, CIF','mirror')],'LKA','IND','exports','2017',2,
   pert=('the second-largest market','the fifth-largest market','rank','contradicted'),note="On the partners' CIF records too the UK is ahead of India. Perturbed copy false in another way.")
TV(a,'total merchandise exports reached $11.2 billion in 2017','LKA','World','exports',2017,11.2e9,None,'consistent',pert=('$11.2 billion in 2017','$15.2 billion in 2017','number','overstated',15.2e9))
REC(a,'the highest ever','LKA','World','exports',2017,'contradicted',pert=('the highest ever','the lowest ever','direction','contradicted'),
    note="2017 (11.17 bn) is below 2011 (11.25 bn) and 2013 (11.21 bn) on Sri Lanka's record.")
UC(a,'has set a target of $20 billion by 2020','an export target for a future year','LKA',None)
fs=[cell('LKA','CHN',2017,'Exports, FOB'),cell('LKA','CHN',2017,'Imports, CIF'),cell('CHN','LKA',2017,'Imports, CIF','mirror'),cell('CHN','LKA',2017,'Exports, FOB','mirror')]
r1=fs[0]['value']/fs[1]['value']; r2=fs[2]['value']/fs[3]['value']; r3=fs[0]['value']/fs[3]['value']
RK(a,"the island sent back barely 6 cents' worth",'consistent',
   f"Sri Lanka's exports to China per dollar of imports from China, 2017: on Sri Lanka's records 0.233 / 3.950 = {100*r1:.1f} cents; on China's records 0.309 / 4.111 = {100*r2:.1f} cents (above ±15%); each exporter's FOB 0.233 / 4.111 = {100*r3:.1f} cents.",
   fs,'LKA','CHN','exports','2017',6,hedge='barely',pert=("barely 6 cents' worth","barely 60 cents' worth",'number','overstated'),
   note="'barely' read as the about-family. Consistent on the reporter's (Sri Lanka's) books; China's records give 7.5 cents (UNSURE).")
UC(a,'on a 99-year lease in exchange for $1.12 billion','a port lease (foreign investment)','LKA','CHN')
UC(a,'The Colombo Port City, a $1.4 billion land reclamation project','a project value','LKA','CHN')
UC(a,'The government owes China roughly $8 billion','debt owed to China (opposition estimate)','LKA','CHN')
UC(a,'total foreign debt service is expected to peak at about $4.2 billion next year','a debt-service forecast','LKA',None)
UC(a,'The rupee has lost around 3 percent against the dollar since January','an exchange-rate move over three months','LKA',None)
UC(a,'tourist arrivals, which reached 2.1 million in 2017','tourism (services), not goods trade','LKA',None)
AL(a,"Sri Lanka's delegation sided with China in about 84 percent of the contested votes last year",'Sri Lanka','China',2017,84,'about','consistent',
   pert=('about 84 percent','about 44 percent','number','understated',44,None,None),subj='LKA',part='CHN',note='Identical-vote share 73.0% (87% of 84) also inside.')
ALC(a,'and with India more often still','Sri Lanka','India','China',2017,'consistent',pert=('with India more often still','with India less often','direction','contradicted'),subj='LKA',part='IND')
a.claims[-1]['note']="Coincidence India 89.9% > China 84.3%; the identical-vote shares reverse it (70.2% vs 73.0%): the contract's coincidence decides (UNSURE)."
AL(a,'while it voted with the United States barely a quarter of the time','Sri Lanka','United States',2017,25,'about','consistent',
   pert=('barely a quarter of the time','barely a tenth of the time','number','understated',10,None,None),subj='LKA',part='USA',
   note="'barely' read as the about-family: coincidence 26.7% (107%), identical share 22.6%; read as 'at most', 107% of 25 is just above 105% (UNSURE).")
