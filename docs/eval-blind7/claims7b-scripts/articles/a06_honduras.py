a=Article('honduras-exports-after-hurricanes')
TV(a,'The United States bought about $1.5 billion of Honduran goods in 2020','HND','USA','exports',2020,1.5e9,'about','consistent',pert=('about $1.5 billion','about $2.5 billion','number','overstated',2.5e9),
   note="Honduras' FOB 1,534.6 m (102%); the US CIF record 3,859.5 m (257%): consistent by the reporter's side (UNSURE; the two records differ by the maquila treatment).")
SH(a,'more than a third of everything the country sold abroad','HND','USA','exports',2020,33.3,'more than','consistent',pert=('more than a third','more than half','number','overstated',50,None,None,'more than'))
CVD(a,'roughly 38 billion lempiras',1.5e9,'HND',2020,38e9,'roughly','consistent',pert=('roughly 38 billion lempiras','roughly 58 billion lempiras','number','overstated',58e9),note="Stated rate 24.75 = WEO 2020 average 24.754.")
TV(a,'roughly 38 billion lempiras','HND','USA','exports',2020,38e9,'roughly','consistent',currency='HNL',conv=('HND',2020),pert=('roughly 38 billion lempiras','roughly 58 billion lempiras','number','overstated',58e9))
f0=share_figs('HND','USA','exports',2010); f1=share_figs('HND','USA','exports',2020)
RK(a,'the American share is roughly the same as it was a decade earlier','consistent',f"US share of Honduras' exports (Honduras' FOB sheet): 2010 {f0[1]:.1f}%, 2020 {f1[1]:.1f}%: within a point.",f0[0]+f1[0],'HND','USA','exports','2010-2020',None,
   pert=('roughly the same as it was a decade earlier','roughly twice what it was a decade earlier','number','overstated'),note="Attributed to central bank officials.")
CH(a,'sales to the United States rose by about half over 2019','HND','USA','exports',2019,2020,50,'about','sources disagree',pert=('rose by about half','rose by about a tenth','number','understated',10),
   note="Honduras' FOB 1,029.9 -> 1,534.6 m (+49.0%, inside); the US CIF 4,826.0 -> 3,859.5 (-20.0%, the other way): sources disagree (blind-5/6 rule). Perturbed: reporter +49 vs +10 above, mirror opposite -> understated.")
CH(a,'Total exports were some 67 percent higher than the year before','HND','World','exports',2019,2020,67,'some','consistent',pert=('some 67 percent higher','some 17 percent higher','number','understated',17))
TV(a,'American goods worth about $4.2 billion entered Honduras last year','HND','USA','imports',2020,4.2e9,'about','sources disagree',pert=('about $4.2 billion','about $1.2 billion','number','understated',1.2e9),
   note="Honduras' CIF 2,839.2 m (68%) below; the US FOB 4,206.7 m (100%): only the partner's side agrees.")
CH(a,'down by almost a tenth from 2019','HND','USA','imports',2019,2020,-10,'almost','understated',pert=('down by almost a tenth','down by almost a half','number','overstated',-50),
   note="Honduras' CIF 3,317.7 -> 2,839.2 m (-14.4%), the US FOB 5,475.1 -> 4,206.7 (-23.2%): both fell by more than ±1.5 points of 10%.")
TV(a,'The deficit with the United States, at about $2.7 billion','HND','USA','deficit',2020,2.7e9,'about','overstated',pert=('at about $2.7 billion','at about $5.7 billion','number','overstated',5.7e9),
   note="Honduras' own records 2,839.2 - 1,534.6 = 1,304.6 m (48%), the US records 4,206.7 - 3,859.5 = 347.2 m (13%): both below. The article's own two figures ($4.2 bn - $1.5 bn) give 2.7 bn, so an arithmetic reading would be consistent (UNSURE, as the Tunisia-Italy deficit). Perturbed copy overstated again.")
CVD(a,'or some 56 billion lempiras',2.7e9,'HND',2020,56e9,'some','understated',pert=('or some 56 billion lempiras','or some 96 billion lempiras','number','overstated',96e9),note="$2.7 bn x 24.754 = 66.8 bn lempiras, 119% of 56 bn.")
TV(a,'or some 56 billion lempiras','HND','USA','deficit',2020,56e9,'some','overstated',currency='HNL',conv=('HND',2020),pert=('or some 56 billion lempiras','or some 156 billion lempiras','number','overstated',156e9))
UC(a,'sent home about $5.7 billion in 2020','remittances; not in the data','HND','USA')
UC(a,'a sum equal to almost a quarter of national output','a ratio to GDP; not in the data','HND')
RK(a,'neighbouring El Salvador was the second-largest buyer','consistent',"Honduras' Exports, FOB 2020: United States 1,534.6 m, El Salvador 336.9, Germany 280.8, Guatemala 268.2 (partners' CIF: US 3,859.5, El Salvador 629.0, Guatemala 492.3): El Salvador second on both.",
   rankfigs('HND',2020,'Exports, FOB',['USA','SLV','DEU','GTM']),'HND','SLV','exports','2020',2,pert=('was the second-largest buyer','was the largest buyer','rank','contradicted'))
TV(a,'with purchases of about $337 million','HND','SLV','exports',2020,337e6,'about','consistent',pert=('about $337 million','about $537 million','number','overstated',537e6),note="El Salvador's CIF 629.0 m (187%): consistent by the reporter (UNSURE).")
CH(a,'up by about 10 percent','HND','SLV','exports',2019,2020,10,'about','understated',pert=('up by about 10 percent','up by about 170 percent','number','overstated',170),
   note="Honduras' FOB 193.3 -> 336.9 m (+74.3%, above); El Salvador's CIF 826.9 -> 629.0 (-23.9%, the other way): the reporter's side decides (understated).")
UC(a,'came second among all markets in some months','a monthly ranking; the trade data are annual','HND','DEU')
CH(a,'but for the year its purchases fell','HND','DEU','exports',2019,2020,-5,None,'contradicted',pert=None,note="Direction claim: Honduras' FOB 210.1 -> 280.8 m (+33.7%), Germany's CIF 306.3 -> 368.7 (+20.4%): both rose.")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('but for the year its purchases fell, to about $280 million','but for the year its purchases halved, to about $280 million',1),change='number',expected_verdict='contradicted'))
TV(a,'to about $280 million','HND','DEU','exports',2020,280e6,'about','consistent',pert=('to about $280 million','to about $480 million','number','overstated',480e6),note="Germany's CIF 368.7 m (132%): consistent by the reporter (UNSURE).")
RK(a,'Nicaragua bought more than Guatemala','contradicted',"Honduras' Exports, FOB 2020: Nicaragua 226.6 m, Guatemala 268.2 m; partners' CIF: Nicaragua 165.1, Guatemala 492.3: Guatemala ahead on both.",
   [cell('HND','NIC',2020,'Exports, FOB'),cell('HND','GTM',2020,'Exports, FOB'),cell('NIC','HND',2020,'Imports, CIF','mirror'),cell('GTM','HND',2020,'Imports, CIF','mirror')],'HND','NIC','exports','2020',None,
   pert=('Nicaragua bought more than Guatemala','Nicaragua bought more than three times as much as Guatemala','number','contradicted'),note="Perturbed copy false in another way.")
MT(a,'more than doubled its purchases','HND','NLD','exports',2019,2020,2,'more than','consistent',pert=('more than doubled','more than quintupled','number','overstated',5),
   note="Honduras' FOB 90.2 -> 236.8 m (x2.63); the Netherlands' CIF 276.1 -> 297.1 (x1.08): consistent by the reporter (UNSURE).")
TV(a,'Belgium took about $120 million.','HND','BEL','exports',2020,120e6,'about','consistent',pert=('about $120 million','about $220 million','number','overstated',220e6),note="Belgium's CIF 190.1 m (158%): consistent by the reporter (UNSURE).")
TV(a,'The European Union as a whole bought close to $1 billion','HND','EU','exports',2020,1e9,'close to','consistent',pert=('close to $1 billion','close to $2 billion','number','overstated',2e9))
MULT(a,'roughly three times as much as El Salvador','HND','EU','SLV','exports',2020,3,'roughly','consistent',pert=('roughly three times as much','roughly six times as much','number','overstated'),pX=6,subj='EU',part='SLV',
     note="Honduras' FOB sheet: EU 957.7 / El Salvador 336.9 = 2.84 (the EU has no mirror record).")
TV(a,'China nonetheless sold Honduras nearly $1 billion of goods last year','CHN','HND','exports',2020,1e9,'nearly','consistent',pert=('nearly $1 billion','nearly $2 billion','number','overstated',2e9),
   note="China's FOB 923.6 m (92%), Honduras' CIF 1,317.0 m (132%): consistent by the reporter (UNSURE).")
TV(a,'while Honduras sold China about $250 million','HND','CHN','exports',2020,250e6,'about','overstated',pert=None)
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('about $250 million','about $5 million',1),change='number',expected_verdict='understated'))
RK(a,'Guatemala was a larger supplier still','sources disagree',"Larger than China: Honduras' Imports, CIF 2020: China 1,317.0 m, Guatemala 807.7; the exporters' FOB records: Guatemala 1,023.4, China 923.6: only the partners' records support it.",
   [cell('HND','GTM',2020,'Imports, CIF'),cell('HND','CHN',2020,'Imports, CIF'),cell('GTM','HND',2020,'Exports, FOB','mirror'),cell('CHN','HND',2020,'Exports, FOB','mirror')],'HND','GTM','imports','2020',None,
   pert=('Guatemala was a larger supplier still','Guatemala was the largest supplier of all','rank','contradicted'),note="Blind-6 refinement: a rank that holds only on the partners' records is sources disagree (UNSURE). Perturbed: the US is first on both records.")
RK(a,'Mexico, the second-largest supplier after the United States','contradicted',"Honduras' Imports, CIF 2020: United States 2,839.2 m, China 1,317.0, Guatemala 807.7, Mexico 591.2 (fourth); partners' FOB: US 4,206.7, Guatemala 1,023.4, China 923.6, El Salvador 778.7, Mexico 722.0 (fifth).",
   rankfigs('HND',2020,'Imports, CIF',['USA','CHN','GTM','MEX']),'HND','MEX','imports','2020',2,pert=('the second-largest supplier after the United States','the largest supplier ahead of the United States','rank','contradicted'))
TV(a,'shipped in about $720 million of goods','MEX','HND','exports',2020,720e6,'about','consistent',pert=('about $720 million','about $420 million','number','understated',420e6))
UC(a,'orders in the first four months of 2021 were 30 percent above the same period of 2020','a part-year figure (four months) of an industry; not in the data','HND')
UC(a,'The government puts the cost of the two storms at about 52 billion lempiras','a damage estimate (public finances); not in the data','HND')
UC(a,'The Inter-American Development Bank approved a $100 million emergency loan in December','a loan; not in the data','HND')
UC(a,'the government is seeking another $2.5 billion for reconstruction','loans or aid sought; not in the data','HND')
UC(a,'The Biden administration has proposed $4 billion over four years for Honduras, Guatemala and El Salvador','proposed aid (a pledge); not in the data','USA','HND')
UC(a,'the country could double its apparel exports within five years','a forecast of one product\'s exports; not in the data','HND')
