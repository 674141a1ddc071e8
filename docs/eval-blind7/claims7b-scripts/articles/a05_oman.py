a=Article('oman-crude-asia-buyers')
TV(a,'Chinese refiners bought about $20.6 billion of Omani goods last year','OMN','CHN','exports',2013,20.6e9,'about','consistent',pert=('about $20.6 billion','about $30.6 billion','number','overstated',30.6e9))
RK(a,'making China by a wide margin the biggest customer','consistent',"Oman's Exports, FOB 2013, country partners: China 20,574.4 m, United Arab Emirates 5,015.3, Korea 4,590.6, Japan 4,016.6 (partners' records: China 20,993.6, Japan 5,632.8): China first by a factor of four.",
   rankfigs('OMN',2013,'Exports, FOB',['CHN','ARE','KOR','JPN']),'OMN','CHN','exports','2013',1,pert=('by a wide margin the biggest customer','by a wide margin the third-biggest customer','rank','contradicted'))
CVD(a,'close to 7.9 billion rials at the rial\'s fixed rate of 0.3845 to the dollar',20.6e9,'OMN',2013,7.9e9,'close to','consistent',pert=('close to 7.9 billion rials','close to 4.9 billion rials','number','understated',4.9e9),
    note="Stated rate 0.3845 = WEO 2013 average 0.38450.")
TV(a,'close to 7.9 billion rials','OMN','CHN','exports',2013,7.9e9,'close to','consistent',currency='OMR',conv=('OMN',2013),pert=('close to 7.9 billion rials','close to 11.9 billion rials','number','overstated',11.9e9))
CH(a,'was about a fifth higher than in 2012','OMN','CHN','exports',2012,2013,20,'about','consistent',pert=('about a fifth higher','about a half higher','number','overstated',50),
   note="Oman's FOB +19.7% (inside); China's CIF +23.8% (outside ±3 points): consistent by the reporter's side (UNSURE).")
MT(a,'almost ten times what China was paying for Omani oil a decade earlier','OMN','CHN','exports',2003,2013,10,'almost','consistent',pert=('almost ten times','almost twenty times','number','overstated',20),
   note="A decade before 2013 = 2003; 'Omani oil' read as Oman's exports to China (nearly all crude, as the text says).")
SH(a,"It also accounted for well over a third of the sultanate's total exports",'OMN','CHN','exports',2013,33.3,'more than','consistent',pert=('well over a third','well over half','number','overstated',50,None,None,'more than'),
   note="'well over' in the more-than family (blind-6 table): 36.5% >= 95% of 33.3%.")
TV(a,'which reached a record of more than $56 billion in 2013','OMN','World','exports',2013,56e9,'more than','consistent',pert=('more than $56 billion','more than $66 billion','number','overstated',66e9))
REC(a,'which reached a record of more than $56 billion in 2013','OMN','World','exports',2013,'consistent',pert=('which reached a record of more than $56 billion in 2013','which fell to a ten-year low of more than $56 billion in 2013','direction','contradicted'))
CVD(a,'or about 25.1 billion rials',56e9,'OMN',2013,25.1e9,'about','consistent',pert=('or about 25.1 billion rials','or about 35.1 billion rials','number','overstated',35.1e9),
    note="$56 bn x 0.3845 = 21.5 bn rials, 86% of 25.1 bn: inside ±15% by a hair (on the data's 56.43 bn, 21.7 bn = 86%). UNSURE: the rial figure is probably a slip.")
TV(a,'or about 25.1 billion rials','OMN','World','exports',2013,25.1e9,'about','consistent',currency='OMR',conv=('OMN',2013),pert=('or about 25.1 billion rials','or about 35.1 billion rials','number','overstated',35.1e9),note="21.70 bn OMR = 86% of 25.1 bn (UNSURE, as above).")
RK(a,'South Korea, the second-largest market, trailed far behind','contradicted',"Oman's Exports, FOB 2013: China 20,574.4 m, UAE 5,015.3, Korea 4,590.6: Korea third. On the partners' CIF records Japan (5,632.8) is second and Korea (4,783.3) third.",
   rankfigs('OMN',2013,'Exports, FOB',['CHN','ARE','KOR']),'OMN','KOR','exports','2013',2,pert=('South Korea, the second-largest market','South Korea, the largest market','rank','contradicted'),note="Perturbed copy false in another way.")
CH(a,'Korean refiners bought slightly more than the year before','OMN','KOR','exports',2012,2013,3,None,'contradicted',pert=None,note="Direction claim ('slightly more'; 3% placeholder): Oman's FOB 4,870.9 -> 4,590.6 m (-5.8%), Korea's CIF 5,305.7 -> 4,783.3 (-9.8%): both fell.")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('bought slightly more than the year before','bought twice as much as the year before',1),change='number',expected_verdict='contradicted'))
TV(a,'took about $5 billion','OMN','ARE','exports',2013,5e9,'about','consistent',pert=('took about $5 billion','took about $8 billion','number','overstated',8e9),
   note="Oman's FOB 5,015.3 m; the UAE's CIF 2,070.2 m (41%): consistent by the reporter's side (UNSURE).")
MULT(a,"China's purchases were more than four times that.",'OMN','CHN','ARE','exports',2013,4,'more than','consistent',pert=('more than four times that','more than six times that','number','sources disagree'),pX=6,
     note="Oman's FOB: 20,574.4 / 5,015.3 = 4.10; partners' CIF: 20,993.6 / 2,070.2 = 10.1.")
CH(a,'Japanese purchases rose last year','OMN','JPN','exports',2012,2013,5,None,'contradicted',pert=None,note="Direction claim: Oman's FOB 4,964.0 -> 4,016.6 m (-19.1%), Japan's CIF 6,871.6 -> 5,632.8 (-18.0%): both fell. Attributed to traders.")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('Japanese purchases rose last year','Japanese purchases doubled last year',1),change='number',expected_verdict='contradicted'))
CH(a,"India's imports from Oman jumped by almost a third",'IND','OMN','imports',2012,2013,33.3,'almost','sources disagree',pert=('jumped by almost a third','jumped by almost three-quarters','number','overstated',75),
   note="Subject India, flow imports: India's CIF 1,928.9 -> 3,071.0 m (+59.2%, above), Oman's FOB 2,299.7 -> 3,012.4 (+31.0%, inside): only the partner's side agrees (UNSURE: read as Oman's exports it would be consistent).")
TV(a,'to about $3 billion','IND','OMN','imports',2013,3e9,'about','consistent',pert=('to about $3 billion','to about $5 billion','number','overstated',5e9))
TV(a,'Saudi Arabia, a neighbour that until recently bought little from Oman, took about $2.4 billion','OMN','SAU','exports',2013,2.4e9,'about','consistent',pert=('took about $2.4 billion','took about $4.4 billion','number','overstated',4.4e9),
   note="Oman's FOB 2,363.4 m; Saudi CIF 1,562.1 m (65%): consistent by the reporter's side (UNSURE).")
CH(a,'a rise of more than three-quarters in a year','OMN','SAU','exports',2012,2013,75,'more than','consistent',pert=('more than three-quarters','more than twice','number','overstated',100),
   note="Oman's FOB +78.4%; Saudi CIF +7.1%: consistent by the reporter's side (UNSURE).")
TV(a,'sales to the European Union were under $1 billion','OMN','EU','exports',2013,1e9,'under','consistent',pert=('under $1 billion','under $0.5 billion','number','understated',0.5e9))
SH(a,'less than 2 percent of the total','OMN','EU','exports',2013,2,'less than','consistent',pert=('less than 2 percent','less than 1 percent','number','understated',1,None,None))
UC(a,'would invest up to $10 billion in an industrial zone at Duqm','investment (a pledge); not in the data','CHN','OMN')
UC(a,'Oman has spent more than 2 billion rials on the port, dry dock and airport at Duqm since 2011.','public spending on projects; not in the data','OMN')
TV(a,'Chinese goods worth about $1.9 billion arrived in Omani ports last year','OMN','CHN','imports',2013,1.9e9,'about','sources disagree',pert=('about $1.9 billion','about $0.4 billion','number','understated',0.4e9),
   note="Oman's CIF 1,048.1 m (55%) below; China's FOB 1,900.3 m (100%): only the partner's side agrees.")
RK(a,'the commerce ministry says China now supplies more than Japan','contradicted',"Oman's Imports, CIF 2013: Japan 3,323.0 m, China 1,048.1 m; partners' FOB records: Japan 3,122.1, China 1,900.3: Japan ahead on both.",
   [cell('OMN','JPN',2013,'Imports, CIF'),cell('OMN','CHN',2013,'Imports, CIF'),cell('JPN','OMN',2013,'Exports, FOB','mirror'),cell('CHN','OMN',2013,'Exports, FOB','mirror')],'OMN','CHN','imports','2013',None,
   pert=('China now supplies more than Japan','China now supplies more than the United Arab Emirates','rank','contradicted'),note="A ministry's claim the article rebuts in the next sentence. Perturbed copy false in another way (the UAE supplied 10,172.5 m on Oman's CIF sheet).")
RK(a,'remained the biggest supplier of the three Asian giants, however, ahead of India','consistent',"Oman's Imports, CIF 2013: Japan 3,323.0 m, India 3,117.1, China 1,048.1 (partners' FOB: Japan 3,122.1, India 2,956.5, China 1,900.3): Japan first of the three, India second, on both.",
   rankfigs('OMN',2013,'Imports, CIF',['JPN','IND','CHN']),'OMN','JPN','imports','2013',1,pert=('ahead of India','behind India','direction','contradicted'))
TV(a,'sold the sultanate about $3.9 billion of goods','IND','OMN','exports',2013,3.9e9,'about','overstated',pert=('about $3.9 billion','about $1.9 billion','number','understated',1.9e9),
   note="India's FOB 2,956.5 m (76%), Oman's CIF 3,117.1 m (80%): both below ±15%.")
TV(a,'sold American goods worth about $2 billion to the sultanate last year','USA','OMN','exports',2013,2e9,'about','overstated',pert=('about $2 billion','about $1 billion','number','understated',1e9),
   note="US FOB 1,571.3 m (79%), Oman's CIF 1,514.6 m (76%): both below. Attributed to the US embassy.")
TV(a,'slipped to about $660 million','USA','OMN','imports',2013,660e6,'about','sources disagree',pert=('slipped to about $660 million','slipped to about $260 million','number','understated',260e6),
   note="US imports from Oman: US CIF 1,022.6 m (155%) above; Oman's FOB 658.2 m inside: only the partner's side agrees. 'slipped' holds on both (1,354.4 -> 1,022.6; 867.8 -> 658.2).")
UC(a,'Oman produced about 940,000 barrels a day in 2013','a volume (barrels a day); not in the data','OMN')
UC(a,"the government's budget for this year assumes a price of $85 a barrel",'a budget assumption (public finances); not in the data','OMN')
UC(a,'Hydrocarbons provide roughly 80 percent of government revenue.','public finances; not in the data','OMN')
