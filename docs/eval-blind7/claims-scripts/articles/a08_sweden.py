a=Article('sweden-china-volvo-year')
# dated 2011-02-15: the year = 2010
CH(a,'Exports rebounded strongly from the slump of 2009, rising by about a fifth','SWE','World','exports',2009,2010,20,'about','consistent',pert=('rising by about a fifth','rising by about a half','number','overstated',50),note='World, own record: 130.88 -> 158.43 bn, +21.1%.')
TV(a,'to some $158 billion','SWE','World','exports',2010,158e9,'some','consistent',pert=('to some $158 billion','to some $258 billion','number','overstated',258e9))
TV(a,'or about 1.4 trillion kronor','SWE','World','exports',2010,1.4e12,'about','overstated',currency='SEK',conv=('SWE',2010),pert=('about 1.4 trillion kronor','about 0.7 trillion kronor','number','understated',0.7e12),
   note='At the WEO 2010 average 7.2075 SEK per USD: 1.14 tn kronor (82% of 1.4 tn).')
CVD(a,'some $158 billion, or about 1.4 trillion kronor',158e9,'SWE',2010,1.4e12,'about','overstated',pert=('about 1.4 trillion kronor','about 0.7 trillion kronor','number','understated',0.7e12),note='158 bn x 7.2075 = 1.14 tn, 81% of 1.4 tn.')
a.claims[-1]['currency']='SEK'
TV(a,'the 2008 record of $184 billion','SWE','World','exports',2008,184e9,None,'consistent',pert=('the 2008 record of $184 billion','the 2008 record of $284 billion','number','overstated',284e9))
REC(a,'They remain short of the 2008 record','SWE','World','exports',2008,'consistent',pert=('the 2008 record','the 2006 record','number','contradicted'),
   note="2008 (183.99 bn) above every earlier year, and 2010 (158.43 bn) still short of it. Perturbed 2006: as a record (above every earlier year) 2006 holds on its own, but 'remain short of the 2006 record' fails (2010 158.4 > 2006 147.9): contradicted.")
RKP(a,'Germany, still the largest single buyer','SWE',2010,'exports',rank_of('DEU',1),'Germany the largest buyer in 2010','sources disagree',ranked='DEU',
   pert=('still the largest single buyer','still the third-largest single buyer','rank','contradicted'),ppred=rank_of('DEU',3),
   note="Sweden's FOB record: Norway 15.764, Germany 15.730 bn (Germany second by 0.2%); the partners' CIF records: Germany 16.89 bn first, Norway 10.80 bn fourth: only the partner's side agrees (UNSURE).")
TV(a,'took goods worth about $15.7 billion','SWE','DEU','exports',2010,15.7e9,'about','consistent',pert=('about $15.7 billion','about $25.7 billion','number','overstated',25.7e9),note="Sweden 15.73 bn, Germany's CIF 16.89 bn (108%).")
tr=rank_table('SWE',2010,'exports','reported'); tm=rank_table('SWE',2010,'exports','mirror')
g=lambda t,n: next(x for x in t if x[0]==NAME[n])
r1=g(tr,'NOR')[1]/g(tr,'DEU')[1]; r2=g(tm,'NOR')[1]/g(tm,'DEU')[1]
RK(a,'and Norway almost exactly as much','consistent',f"Norway over Germany, Sweden's FOB record: {r1:.3f} (inside 'almost exactly', read as ±10%); the partners' CIF records: {r2:.2f} (Norway's CIF record of Swedish goods is far lower): consistent by the reporter's side (UNSURE).",
   [g(tr,'NOR')[2],g(tr,'DEU')[2],g(tm,'NOR')[2],g(tm,'DEU')[2]],'SWE','NOR','exports','2010',1,hedge='almost exactly',
   pert=('and Norway almost exactly as much','and Norway almost exactly half as much','number','understated'),note="Perturbed 'half as much': own record 2.0 times that (understated); partners' records 1.28 times (above too).")
assert 0.9<=r1<=1.1 and not (0.9<=r2<=1.1)
L=[x[0] for x in tr]; M=[x[0] for x in tm]; four={NAME[c] for c in ('GBR','USA','DNK','FIN')}
assert set(L[2:6])==four and set(M[1:6])>=four
RK(a,'Britain, the United States, Denmark and Finland followed, each between roughly $10 billion and $12 billion','consistent',
   "Sweden's FOB record 2010: UK 11.66, US 11.60, Denmark 10.40, Finland 9.80 bn, ranks 3-6 after Norway and Germany; each within 'roughly' $10-12 bn (8.5-13.8 bn). Partners' CIF records: Denmark 11.07, US 10.87, UK 10.42, Finland 9.90 bn (inside too; Germany first, then these four and Norway).",
   [g(tr,c)[2] for c in ('GBR','USA','DNK','FIN')]+[g(tm,c)[2] for c in ('GBR','USA','DNK','FIN')],'SWE',None,'exports','2010',None,hedge='roughly',
   pert=('each between roughly $10 billion and $12 billion','each between roughly $20 billion and $22 billion','number','overstated'),
   note="One claim for the list (ranks 3-6 and the range); the range read with the 'roughly' tolerance on its ends.")
CH(a,'The American market rebounded by almost 40 percent after a dismal 2009','SWE','USA','exports',2009,2010,40,'almost','consistent',pert=('by almost 40 percent','by almost 80 percent','number','overstated',80),
   note="Sweden's FOB record +38.9% (inside); the US CIF record +29.3% (below): consistent by the reporter's side (UNSURE).")
DIR(a,'although sales there are still well below their level of five years earlier','SWE','USA','exports',2005,2010,-1,'consistent',pert=('still well below their level','still well above their level','direction','contradicted',+1),
   note='2010 below 2005 on both records (Sweden 11.60 vs 13.80 bn; US CIF 10.87 vs 14.23 bn).')
CH(a,'Shipments to Chinese customers rose by about 20 percent','SWE','CHN','exports',2009,2010,20,'about','consistent',pert=('rose by about 20 percent','rose by about 60 percent','number','overstated',60),
   note="Sweden's FOB record +20.3% (inside); China's CIF record +8.2% (below): consistent by the reporter's side (UNSURE).")
TV(a,'to roughly $4.9 billion','SWE','CHN','exports',2010,4.9e9,'roughly','consistent',pert=('to roughly $4.9 billion','to roughly $9.9 billion','number','overstated',9.9e9),
   note="Sweden's FOB 4.94 bn (101%); China's CIF 5.90 bn (120%) above: consistent by the reporter's side (UNSURE).")
TV(a,'or some 35.6 billion kronor','SWE','CHN','exports',2010,35.6e9,'some','consistent',currency='SEK',conv=('SWE',2010),pert=('some 35.6 billion kronor','some 75.6 billion kronor','number','overstated',75.6e9),
   note="At 7.2075 SEK per USD: Sweden's record 35.6 bn kronor (100%), China's 42.5 bn (119%).")
CVD(a,'roughly $4.9 billion, or some 35.6 billion kronor at an average of 7.21 kronor to the dollar',4.9e9,'SWE',2010,35.6e9,'some','consistent',pert=('some 35.6 billion kronor','some 15.6 billion kronor','number','understated',15.6e9),
   note='4.9 bn x 7.2075 = 35.3 bn; the stated rate 7.21 is the WEO 2010 average.')
a.claims[-1]['currency']='SEK'
MT(a,'they are now more than two and a half times what they were a decade earlier','SWE','CHN','exports',2000,2010,2.5,'more than','consistent',pert=('more than two and a half times','more than four times','number','overstated',4),
   note="2000 -> 2010: Sweden's record x2.64, China's CIF record x2.68: both at least 95% of 2.5.")
RKP(a,'China has climbed into the top five markets for Swedish goods','SWE',2010,'exports',lambda L: L.index(NAME['CHN'])<5,'China among the five largest buyers in 2010','contradicted',ranked='CHN',
   pert=('into the top five markets','into the top three markets','rank','contradicted'),ppred=lambda L: L.index(NAME['CHN'])<3,note="Officials' claim the article rebuts: China 10th on both records. The perturbed copy is false the same way.")
RKP(a,'it ranked tenth','SWE',2010,'exports',rank_of('CHN',10),'China tenth','consistent',ranked='CHN',pert=('it ranked tenth','it ranked sixth','rank','contradicted'),ppred=rank_of('CHN',6))
RKP(a,'behind Belgium','SWE',2010,'exports',lambda L: L.index(NAME['BEL'])<L.index(NAME['CHN']),'Belgium ahead of China','consistent',ranked='CHN',
   pert=('behind Belgium','ahead of Belgium','direction','contradicted'),ppred=lambda L: L.index(NAME['BEL'])>L.index(NAME['CHN']))
SH(a,'accounted for barely 3 percent of the total','SWE','CHN','exports',2010,3,'barely','consistent',pert=('barely 3 percent','barely 8 percent','number','overstated',8,None,None),note="4.94 / 158.43 bn = 3.1% ('barely' as about).")
TV(a,'Chinese goods landed in Sweden worth about $5.7 billion','SWE','CHN','imports',2010,5.7e9,'about','sources disagree',pert=('about $5.7 billion','about $9.7 billion','number','overstated',9.7e9),
   note="Sweden's CIF record 7.41 bn (130%) above; China's FOB record 5.71 bn (100%) inside: only the partner's side agrees (UNSURE).")
CH(a,'up by more than a third in a year','SWE','CHN','imports',2009,2010,33.3,'more than','sources disagree',pert=('up by more than a third','up by more than two-thirds','number','overstated',66.7),
   note="Sweden's CIF record +28.5% (below 95% of 33.3); China's FOB record +37.4% (inside): only the partner's side agrees (UNSURE).")
TV(a,'That left a deficit of almost $800 million with China','SWE','CHN','deficit',2010,800e6,'almost','sources disagree',
   note="Sweden's books: 7.41 - 4.94 = 2.47 bn deficit (309%, above); the partner's books: China FOB 5.71 - China CIF 5.90 = a Swedish surplus of 0.19 bn (opposite sign): the records bracket the claim = sources disagree (contract: a deficit on one record only). No perturbed copy: no single edit makes it false on both records (a 'surplus' would be sources disagree too) (UNSURE).")
AR(a,'That left a deficit of almost $800 million with China','consistent',"article arithmetic: about $5.7 bn imports minus roughly $4.9 bn exports = $0.8 bn, the stated deficit ('almost').",
   [A(5.7e9,'imports from China',2010),A(4.9e9,'exports to China',2010),dict(value=0.8e9,unit='USD',currency='USD',year=2010,source='5.7 - 4.9',basis='derived')],
   pert=('a deficit of almost $800 million','a deficit of almost $1.8 billion','number','contradicted'),subject='SWE',partner='CHN',flow='deficit',period='2010',hedge='almost',quantity=800e6)
UC(a,'The purchase of Volvo Cars by Zhejiang Geely for $1.8 billion','an acquisition (investment) value; not in the data','CHN','SWE',period='2010')
UC(a,'found that 28 percent planned to raise investment in Asia this year','a survey (investment plans); not in the data','SWE',None)
UC(a,'but more than half named Germany and the Nordic countries as their most important growth markets','a survey; not in the data','SWE',None)
MT(a,'Sales to India, where engineering groups such as Sandvik and Atlas Copco have expanded, have nearly doubled since 2005','SWE','IND','exports',2005,2010,2,'nearly','consistent',pert=('have nearly doubled since 2005','have nearly quadrupled since 2005','number','overstated',4),
   note="Sweden's FOB record 0.93 -> 1.85 bn (x1.98, inside); India's CIF record 1.11 -> 1.47 bn (x1.32, below): consistent by the reporter's side (UNSURE).")
TV(a,'to about $1.8 billion','SWE','IND','exports',2010,1.8e9,'about','consistent',pert=('to about $1.8 billion','to about $3.8 billion','number','overstated',3.8e9),
   note="Sweden's FOB 1.85 bn (102%); India's CIF 1.47 bn (82%) below: consistent by the reporter's side (UNSURE).")
ALM(a,'In the General Assembly in 2010 it never once voted against Finland or Norway on a contested resolution',[('Finland','FINLAND'),('Norway','NORWAY')],('Sweden','SWEDEN'),[2010],100,None,'consistent',
    pert=('it never once voted against Finland or Norway','it never once voted with Finland or Norway','direction','understated'),pclaim=0.0001,subj='SWE',part='FIN',note='Voeten 2010: Sweden-Finland 70 identical / 0 opposite, Sweden-Norway 69 / 0 (coincidence 100%).')
AL(a,'it sided with the United States on a little over half of the votes where both took a position','Sweden','United States',2010,50,'more than','consistent',pert=('a little over half of the votes','a little over four-fifths of the votes','number','overstated',80,None,None),subj='SWE',part='USA',
   note="Voeten 2010: 35 / 62 = 56.5% ('a little over half': more than 50 and inside the half band).")
ALC(a,'Stockholm actually voted with Beijing more often than with Washington','Sweden','China','United States',2010,'consistent',pert=('with Beijing more often than with Washington','with Beijing less often than with Washington','direction','contradicted'),subj='SWE',part='CHN',
   note='Voeten 2010: China 76.5%, US 56.5% (identical shares 59.8% vs 44.8%).')
UC(a,'The krona, which strengthened by about 9 percent against the euro last year',"a currency's move; only annual average rates are in the data",'SWE',None,period='2010')
UC(a,'raised its key rate to 1.25 percent in December','an interest rate; not in the data','SWE',None,period='2010-12')
UC(a,'forecasts export growth of around 8 percent this year','an export forecast; not in the data','SWE',None,period='2011')
