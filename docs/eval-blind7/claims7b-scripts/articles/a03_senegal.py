a=Article('senegal-china-dakar-port')
TV(a,'Senegal imported roughly $2.2 billion worth of Chinese goods in 2018','SEN','CHN','imports',2018,2.2e9,'roughly','sources disagree',
   pert=('roughly $2.2 billion','roughly $0.4 billion','number','understated',0.4e9),note="Senegal's own CIF record 874.7 m (40%) below; China's FOB record 2,151.7 m (98%) inside: only the partner's side agrees ('Customs records' in the text, but the figure is China's).")
MULT(a,'more than twice what it took from France','SEN','CHN','FRA','imports',2018,2,'more than','sources disagree',pert=('more than twice what it took from France','more than five times what it took from France','number','overstated'),pX=5,
   subj='SEN',part='CHN',note="Senegal's own CIF records: China 874.7 / France 1,036.3 = 0.84; the partners' FOB records 2,151.7 / 990.1 = 2.17: only the mirror agrees.")
CVD(a,'the Chinese bill came to some 1,195 billion francs',2.2e9,'SEN',2018,1195e9,'some','consistent',pert=('some 1,195 billion francs','some 1,695 billion francs','number','overstated',1695e9),
    note="The stated rate 'about 555 CFA francs to the dollar' matches the WEO 2018 average (555.20).")
TV(a,'the Chinese bill came to some 1,195 billion francs','SEN','CHN','imports',2018,1195e9,'some','sources disagree',currency='XOF',conv=('SEN',2018),
   pert=('some 1,195 billion francs','some 195 billion francs','number','understated',195e9),note="The franc restatement as a trade value (XOF): Senegal's record 485.6 bn XOF (41%), China's 1,194.6 bn XOF (100%).")
UC(a,"a sum larger than the government's entire capital budget",'a budget (public finances); not in the data','SEN')
TV(a,'were worth about $113 million','SEN','CHN','exports',2018,113e6,'about','consistent',pert=('about $113 million','about $213 million','number','overstated',213e6))
CVD(a,'or some 82 billion CFA francs',113e6,'SEN',2018,82e9,'some','overstated',pert=('or some 82 billion CFA francs','or some 22 billion CFA francs','number','understated',22e9),
    note="$113 m x 555.20 = 62.7 bn XOF, 77% of 82 bn: the franc figure is too high.")
TV(a,'or some 82 billion CFA francs','SEN','CHN','exports',2018,82e9,'some','sources disagree',currency='XOF',conv=('SEN',2018),
   pert=('or some 82 billion CFA francs','or some 182 billion CFA francs','number','overstated',182e9),note="As a trade value in XOF: Senegal's FOB 62.6 bn XOF (76%) below, China's CIF 71.3 bn XOF (87%) inside: only the partner's side agrees (UNSURE: the conversion claim is the natural reading).")
AR2(a,'a deficit of more than $2 billion','consistent',[2.2e9,113e6],2e9,'diff','more than',"The stated imports ($2.2 bn) minus the stated exports ($113 m).",
    pert=None,subject='SEN',partner='CHN',flow='deficit',period='2018',note="'The gap between the two flows' refers to the two stated figures: arithmetic. On the data: Senegal's own records 761.9 m (38%), China's records 2,023.3 m (101%) (sources disagree).")
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('a deficit of more than $2 billion','a deficit of more than $3 billion',1),change='number',expected_verdict='overstated'))
RK(a,'"China is now our third-biggest customer','contradicted',"Senegal's Exports, FOB 2018 (latest full year before the article), country partners: Switzerland 537.7 m, Mali 344.2, India 301.4, Spain 133.3, Côte d'Ivoire 128.8, China 112.8: China sixth. On the partners' import records China is eighth.",
   rankfigs('SEN',2018,'Exports, FOB',['CHE','MLI','IND','ESP','CIV','CHN']),'SEN','CHN','exports','2018',3,pert=('our third-biggest customer','our biggest customer','rank','contradicted'),
   note="A minister's quoted claim that the article itself rebuts. Perturbed copy false in another way.")
TV(a,'took about $540 million of its exports last year','SEN','CHE','exports',2018,540e6,'about','consistent',pert=('about $540 million','about $940 million','number','overstated',940e6))
TV(a,'about $344 million','SEN','MLI','exports',2018,344e6,'about','consistent',pert=('about $344 million','about $144 million','number','understated',144e6),
   note="Senegal's FOB 344.2 m (100%); Mali's CIF record 1,065.6 m (310%): consistent by the reporter's side (UNSURE).")
TV(a,'India bought roughly $300 million','SEN','IND','exports',2018,300e6,'roughly','consistent',pert=('roughly $300 million','roughly $100 million','number','understated',100e6),
   note="Senegal's FOB 301.4 m; India's CIF 620.8 m (207%): consistent by the reporter's side (UNSURE).")
RK(a,'China came well down that list','consistent',"Senegal's Exports, FOB 2018: China sixth (112.8 m) behind Switzerland, Mali, India, Spain, Côte d'Ivoire; eighth on the partners' records.",
   rankfigs('SEN',2018,'Exports, FOB',['CHE','MLI','IND','ESP','CIV','CHN']),'SEN','CHN','exports','2018',6,pert=('China came well down that list','China came top of that list','rank','contradicted'))
SH(a,'its purchases amounted to less than 4 percent of everything Senegal sold abroad','SEN','CHN','exports',2018,4,'less than','consistent',pert=('less than 4 percent','less than 2 percent','number','understated',2,None,None))
TV(a,'Senegalese exporters sold China less than $5 million a year','SEN','CHN','exports',2008,5e6,'less than','consistent',period='2008',pert=('less than $5 million','less than $2 million','number','understated',2e6),
   note="'A decade ago' read as 2008, a decade before the 'last year' (2018) the next clause compares it with; for 2009 (a decade before the article) Senegal's FOB is 22.6 m: overstated (UNSURE).")
MT(a,'by last year that figure had grown some 24 times','SEN','CHN','exports',2008,2018,24,'some','consistent',pert=('grown some 24 times','grown some 44 times','number','overstated',44))
TV(a,'in 2008, Chinese goods entering the country were worth just under $400 million','SEN','CHN','imports',2008,400e6,'less than','consistent',pert=('just under $400 million','just under $200 million','number','understated',200e6),
   note="'just under' read in the less-than family (<= 105%): Senegal's CIF 360.5 m (90%), China's FOB 396.6 m (99%).")
MT(a,'the import bill has more than quintupled since then','SEN','CHN','imports',2008,2018,5,'more than','sources disagree',pert=('more than quintupled','more than decupled','number','overstated',10),
   note="Senegal's own CIF records give x2.43, China's FOB records x5.43: only the partner's side agrees. On the article's own figures ($2.2 bn / just under $400 m) the multiple holds.")
CH(a,'deliveries from China grew by about 15 percent','SEN','CHN','imports',2017,2018,15,'about','sources disagree',pert=('grew by about 15 percent','fell by about 15 percent','direction','contradicted',-15),
   note="Senegal's CIF +40.2% (above), China's FOB +4.8% (below): the records bracket the claim. A shipping agent's figure, annotated as the claim it states.")
UC(a,'Beijing has promised financing for a new toll road to Touba, the holy city, estimated at about 400 billion CFA francs','a promised loan for a project (project value); not in the data','CHN','SEN')
UC(a,'President Xi Jinping pledged $60 billion for the continent as a whole','a pledge (financing for Africa); not in the data','CHN','Africa')
RK(a,'Europe remains a larger market than China by some distance.','consistent',"Senegal's Exports, FOB 2018: European Union 399.3 m vs China 112.8 m (3.5 times).",
   [cell('SEN','EU',2018,'Exports, FOB'),cell('SEN','CHN',2018,'Exports, FOB')],'SEN','EU','exports','2018',None,pert=('Europe remains a larger market than China','Europe remains a smaller market than China','direction','contradicted'),
   note="'Europe' read as the European Union (the next sentence's group).")
TV(a,"Senegal's exports to the 28 countries of the European Union came to about $400 million in 2018",'SEN','EU','exports',2018,400e6,'about','consistent',pert=('about $400 million','about $700 million','number','overstated',700e6))
RK(a,'with Spain and Italy ahead of France as buyers','consistent',"Senegal's Exports, FOB 2018: Spain 133.3 m, Italy 103.4 m, France 81.8 m (partners' records: 166.7, 120.3, 95.0: same order).",
   rankfigs('SEN',2018,'Exports, FOB',['ESP','ITA','FRA']),'SEN','ESP','exports','2018',None,pert=('with Spain and Italy ahead of France','with Spain and Italy behind France','direction','contradicted'))
TV(a,'France sold Senegal nearly $1 billion of goods last year','FRA','SEN','exports',2018,1e9,'nearly','consistent',pert=('nearly $1 billion','nearly $2 billion','number','overstated',2e9))
CH(a,'though that was down by roughly a seventh from 2008','FRA','SEN','exports',2008,2018,-14.29,'roughly','sources disagree',pert=('down by roughly a seventh','down by roughly a half','number','overstated',-50),
   note="France's FOB 1,159.3 -> 990.1 m (-14.6%, inside); Senegal's CIF 999.8 -> 1,036.3 m (+3.7%, the other way): reporter inside, mirror opposite -> sources disagree (blind-5/6 rule; UNSURE).")
TV(a,'Total exports jumped to just over $3 billion in 2018','SEN','World','exports',2018,3e9,'just over','consistent',pert=('just over $3 billion','just over $4 billion','number','overstated',4e9))
