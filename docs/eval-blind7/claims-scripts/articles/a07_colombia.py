a=Article('colombia-exports-us-china')
# dated 2020-03-02: last year = 2019
CH(a,'Merchandise exports fell by more than 10 percent','COL','World','exports',2018,2019,-10,'more than','overstated',pert=('fell by more than 10 percent','rose by more than 10 percent','direction','contradicted',10),
   note='World, own record: 41.82 -> 39.49 bn, -5.6% (below 95% of 10).')
TV(a,'to about $39.5 billion, according to IMF trade statistics','COL','World','exports',2019,39.5e9,'about','consistent',pert=('to about $39.5 billion','to about $59.5 billion','number','overstated',59.5e9))
UC(a,'record shipments of avocados and cut flowers',"one product's trade (a record); not in the checked data",'COL',None,period='2019')
UC(a,'Mineral fuels still supplied more than half of the total',"one product's share of exports (BACI chapter 27, not used); not in the checked data",'COL',None,period='2019')
UC(a,'with coffee a distant second at about $2.4 billion',"one product's exports (coffee); not in the checked data",'COL',None,period='2019')
UC(a,'or roughly 6 percent',"one product's share of exports (coffee); not in the checked data",'COL',None,period='2019')
RKP(a,'The United States remained by far the biggest buyer','COL',2019,'exports',rank_of('USA',1),'the US the largest buyer in 2019','consistent',ranked='USA',
   pert=('by far the biggest buyer','by far the third-biggest buyer','rank','contradicted'),ppred=rank_of('USA',3))
CH(a,'Sales to the US market rose about 10 percent','COL','USA','exports',2018,2019,10,'about','consistent',pert=('rose about 10 percent','rose about 40 percent','number','overstated',40),
   note="Colombia's FOB record +10.0% (inside); the US CIF record +2.5% (below): consistent by the reporter's side (UNSURE).")
TV(a,'to just over $12 billion','COL','USA','exports',2019,12e9,'more than','consistent',pert=('to just over $12 billion','to just over $16 billion','number','overstated',16e9),note="Colombia 12.15 bn, US CIF 14.14 bn: both over.")
SH(a,'almost a third of the total','COL','USA','exports',2019,33.3,'almost','consistent',lo=28,hi=38,pert=('almost a third of the total','almost half of the total','number','overstated',50,40,60),note='12.15 / 39.49 bn = 30.8%.')
TV(a,"which at last year's average rate would be roughly 33 trillion pesos",'COL','USA','exports',2019,33e12,'roughly','understated',currency='COP',conv=('COL',2019),
   pert=('roughly 33 trillion pesos','roughly 63 trillion pesos','number','overstated',63e12),note="At the WEO 2019 average 3,281.4 COP per USD: Colombia's record 39.9 tn (121%), the US record 46.4 tn: both above.")
CVD(a,"just over $12 billion, almost a third of the total, which at last year's average rate would be roughly 33 trillion pesos",12e9,'COL',2019,33e12,'roughly','understated',
   pert=('roughly 33 trillion pesos','roughly 53 trillion pesos','number','overstated',53e12),note='12 bn x 3,281.4 = 39.4 tn pesos, 119% of 33 tn.')
a.claims[-1]['currency']='COP'
MT(a,'Yet that is less than half of the record $22 billion reached in 2012','COL','USA','exports',2012,2019,0.5,'less than','understated',pert=('less than half of the record','less than a quarter of the record','number','understated',0.25),
   note="Colombia's FOB record 12.15 / 22.21 = 0.547 (109% of 0.5, above 'less than'); the US CIF record 14.14 / 24.62 = 0.574: both above. The perturbed copy is false the same way.")
AR(a,'Yet that is less than half of the record $22 billion reached in 2012','contradicted',"article arithmetic: 'just over $12 billion' over $22 billion = 0.545 or more, not 'less than half' (0.5 x 1.05 = 0.525).",
   [A(12e9,'2019 exports to the US (just over)',2019),A(22e9,'2012 record',2012),dict(value=0.545,unit='ratio',currency=None,year=None,source='12 / 22',basis='derived')],
   pert=('less than half of the record','less than a third of the record','number','contradicted'),subject='COL',partner='USA',flow='exports',period='2012-2019',hedge='less than',quantity=0.5,
   note='The article contradicts itself (two sentences of one paragraph). The perturbed copy is false the same way.')
TV(a,'the record $22 billion reached in 2012','COL','USA','exports',2012,22e9,None,'consistent',pert=('the record $22 billion','the record $32 billion','number','overstated',32e9),
   note="Colombia's FOB 22.21 bn (101%); the US CIF 24.62 bn (112%) above: consistent by the reporter's side (UNSURE).")
REC(a,'less than half of the record $22 billion','COL','USA','exports',2012,'consistent',pert=('the record $22 billion reached in 2012','the record $22 billion reached in 2015','number','contradicted'),
   note='2012 above every earlier year on both records (and every later year to 2019). Perturbed 2015: 9.81 / 14.06 bn, below 2011-2014 on both records: no record.')
usb=[cell('USA','COL',2019,'Exports, FOB'),cell('USA','COL',2019,'Imports, CIF'),cell('COL','USA',2019,'Imports, CIF','mirror'),cell('COL','USA',2019,'Exports, FOB','mirror')]
RK(a,'Washington also sells more than it buys','consistent',"US goods trade with Colombia, 2019: the US's books: exports FOB 14.78 bn vs imports CIF 14.14 bn (x1.05); Colombia's books: imports CIF from the US 13.38 bn vs exports FOB to the US 12.15 bn (x1.10): more on both.",
   usb,'USA','COL','exports','2019',1,hedge='more than',pert=('Washington also sells more than it buys','Washington also sells less than it buys','direction','contradicted'),
   note="A bare comparative of one pair's two flows (flow ratio at factor 1).")
TV(a,'American exporters shipped about $14.8 billion of goods south last year','USA','COL','exports',2019,14.8e9,'about','consistent',pert=('about $14.8 billion','about $24.8 billion','number','overstated',24.8e9),
   note='US FOB 14.78 bn (100%), Colombia CIF 13.38 bn (90%).')
TV(a,'leaving the United States with a surplus of about $2.6 billion in the bilateral account','USA','COL','balance',2019,2.6e9,'about','overstated',pert=('a surplus of about $2.6 billion','a surplus of about $5.6 billion','number','overstated',5.6e9),
   note="US books 14.78 - 14.14 = 0.64 bn (25%); Colombia's books 13.38 - 12.15 = 1.23 bn (47%): both below.")
AR(a,'leaving the United States with a surplus of about $2.6 billion in the bilateral account','consistent',"article arithmetic: about $14.8 bn US exports minus 'just over $12 billion' US imports = about $2.6-2.8 bn; the stated $2.6 bn is within the 'about' tolerance.",
   [A(14.8e9,'US exports to Colombia',2019),A(12e9,'Colombia exports to the US (just over)',2019),dict(value=2.8e9,unit='USD',currency='USD',year=2019,source='14.8 - 12',basis='derived')],
   pert=('a surplus of about $2.6 billion','a deficit of about $2.6 billion','direction','contradicted'),subject='USA',partner='COL',flow='balance',period='2019',hedge='about',quantity=2.6e9)
CH(a,'Purchases by Chinese buyers grew by more than a quarter','COL','CHN','exports',2018,2019,25,'more than','consistent',pert=('grew by more than a quarter','grew by more than a half','number','overstated',50),
   note="Colombia's FOB record +27.1% (inside); China's CIF record +7.1% (below): consistent by the reporter's side (UNSURE).")
TV(a,'to about $4.5 billion','COL','CHN','exports',2019,4.5e9,'about','consistent',pert=('to about $4.5 billion','to about $8.5 billion','number','overstated',8.5e9),
   note="Colombia's FOB 4.55 bn (101%); China's CIF 6.28 bn (139%) above: consistent by the reporter's side (UNSURE).")
MT(a,'close to four times what they were in 2016','COL','CHN','exports',2016,2019,4,'close to','consistent',pert=('close to four times','close to eight times','number','overstated',8),
   note="Colombia's FOB record 4.55 / 1.16 = 3.91 (inside); China's CIF record 6.28 / 2.50 = 2.51 (below): consistent by the reporter's side (UNSURE).")
TV(a,"Chinese goods worth about $9.2 billion entered the country's ports in 2019",'COL','CHN','imports',2019,9.2e9,'about','sources disagree',pert=('about $9.2 billion','about $19.2 billion','number','overstated',19.2e9),
   note="Colombia's CIF record 10.97 bn (119%) above; China's FOB record 9.23 bn (100%) inside: only the partner's side agrees (UNSURE).")
TV(a,'some 30 trillion pesos','COL','CHN','imports',2019,30e12,'some','sources disagree',currency='COP',conv=('COL',2019),pert=('some 30 trillion pesos','some 60 trillion pesos','number','overstated',60e12),
   note="At 3,281.4 COP per USD: Colombia's record 36.0 tn (120%), China's 30.3 tn (101%).")
CVD(a,'about $9.2 billion entered the country\'s ports in 2019, some 30 trillion pesos at the average rate of about 3,280 pesos to the dollar',9.2e9,'COL',2019,30e12,'some','consistent',
   pert=('some 30 trillion pesos','some 20 trillion pesos','number','understated',20e12),note="9.2 bn x 3,281.4 = 30.2 tn; the stated rate (about 3,280) is the WEO 2019 average.")
a.claims[-1]['currency']='COP'
RKP(a,'making China the second-largest supplier after the United States','COL',2019,'imports',lambda L: L[0]==NAME['USA'] and L[1]==NAME['CHN'],'China second after the US among suppliers in 2019','consistent',ranked='CHN',
   pert=('the second-largest supplier after the United States','the third-largest supplier after the United States','rank','contradicted'),ppred=lambda L: L.index(NAME['CHN'])==2)
CH(a,'Exports to Panama, largely fuel and goods destined for the Colón free zone, fell by about a third','COL','PAN','exports',2018,2019,-33.3,'about','sources disagree',
   pert=('fell by about a third','fell by about two-thirds','number','overstated',-66.7),
   note="Colombia's FOB record -34.4% (inside); Panama's CIF record +11.0% (0.33 -> 0.36 bn, opposite; Panama records a tenth of what Colombia ships, the free-zone trade being outside its customs): sources disagree (UNSURE).")
TV(a,'to some $2.5 billion','COL','PAN','exports',2019,2.5e9,'some','consistent',pert=('to some $2.5 billion','to some $5.5 billion','number','overstated',5.5e9),
   note="Colombia's FOB 2.52 bn (101%); Panama's CIF 0.36 bn (14%) below: consistent by the reporter's side (UNSURE).")
RKP(a,"Ecuador, the country's second-biggest customer",'COL',2019,'exports',rank_of('ECU',2),'Ecuador second among buyers in 2019','contradicted',ranked='ECU',
   pert=("the country's second-biggest customer","the country's biggest customer",'rank','contradicted'),ppred=rank_of('ECU',1),
   note="Colombia's FOB record: US, China, Panama, Ecuador (4th); partners' CIF records: US, China, Ecuador (3rd). The perturbed copy is false the same way.")
TV(a,'took close to $2 billion','COL','ECU','exports',2019,2e9,'close to','consistent',pert=('took close to $2 billion','took close to $4 billion','number','overstated',4e9),note='Colombia 1.95 bn, Ecuador CIF 1.87 bn.')
TV(a,'Sales to Venezuela, once a market worth several billion dollars a year','COL','VEN','exports',2008,3e9,'more than','consistent',period='once (no year; the peak year 2008)',
   pert=('worth several billion dollars a year','worth several tens of billions of dollars a year','number','overstated',30e9),
   note="'Once ... several billion a year' read as an existential past claim: more than $3 bn in some year. Colombia's FOB record 5.14 bn (2007) and 6.09 bn (2008); Venezuela's CIF 6.23 / 7.44 bn: holds (figures of the peak year 2008).")
CH(a,'have all but disappeared since the border was closed in 2015','COL','VEN','exports',2015,2019,-90,'nearly','consistent',pert=('have all but disappeared since','have all but doubled since','direction','contradicted',100),
   note="'All but disappeared' read as a fall of nearly 100% (about -90%, ±15%). 2015 -> 2019: Colombia's FOB record 1.06 -> 0.20 bn (-81.5%), Venezuela's CIF 2.38 -> 0.28 bn (-88.2%): both inside (UNSURE: a vague phrase).")
UC(a,'non-mining exports had grown 7 percent in January alone','a monthly figure (non-mining exports, January 2020); not in the data','COL',None,period='2020-01')
UC(a,'the government aimed to attract $4 billion in new foreign investment in agribusiness and tourism by 2022','an investment target; not in the data','COL',None,period='2022')
UC(a,'forecasting that total exports would drop again this year','a forecast of exports (this year); not in the data','COL',None,period='2020')
UC(a,'It weakened past 3,500 to the dollar last week',"a currency's move (a daily rate); not in the data",'COL',None,period='2020-02')
AL(a,'Colombia sided with the United States on roughly a quarter of the contested votes in 2019','Colombia','United States',2019,25,'roughly','consistent',lo=20,hi=30,
   pert=('roughly a quarter of the contested votes','roughly half of the contested votes','number','overstated',50,40,60),subj='COL',part='USA',note='Voeten 2019: 25.4%.')
SAm=['Argentina','Bolivia','Brazil','Chile','Colombia','Ecuador','Guyana','Paraguay','Peru','Suriname','Uruguay','Venezuela']
cs=sorted([(coinc_voeten(c,'United States',2019)['coinc'],c) for c in SAm],reverse=True)
a.add('among South American governments, only Brazil did so more often','alignment','consistent','COL','USA',None,2,'rank',None,'2019',None,
      [coinc_figs(c,'United States',2019)[0][0] for _,c in cs],"Voeten 2019 coincidence with the US, the 12 South American states: "+', '.join(f"{c} {v:.1f}%" for v,c in cs)+": Brazil first, Colombia second.",None,None,
      ('only Brazil did so more often','only Brazil did so less often','direction','contradicted'))
