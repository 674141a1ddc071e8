a=Article('namibia-walvis-bay-trade-corridor')
UC(a,'built on 40 hectares of land reclaimed from the Atlantic by a Chinese contractor for about N$4.2 billion','a project value; not in the data','NAM','CHN')
TV(a,'bought about $1.13 billion of Namibian goods last year','NAM','ZAF','exports',2017,1.13e9,'about','consistent',pert=('about $1.13 billion','about $2.13 billion','number','overstated',2.13e9))
SH(a,'more than a fifth of the total','NAM','ZAF','exports',2017,20,'more than','consistent',pert=('more than a fifth of the total','more than half of the total','number','overstated',50,None,None,'more than'))
RK(a,'and more than any other country','consistent',"Namibia's Exports, FOB 2017: South Africa 1,128.8 m, Botswana 632.9, Switzerland 494.0, China 248.8 (partners' CIF: South Africa 902.9 first).",rankfigs('NAM',2017,'Exports, FOB',['ZAF','BWA','CHE','CHN']),'NAM','ZAF','exports','2017',1,
   pert=('and more than any other country','and less than any other country','direction','contradicted'))
f1=[fob('ZAF','NAM',2017),fob('NAM','ZAF',2017),cif('NAM','ZAF',2017),cif('ZAF','NAM',2017)]
for f,bs in zip(f1,['reported','reported','mirror','mirror']): f['basis']=bs
r1=f1[0]['value']/f1[1]['value']; r2=f1[2]['value']/f1[3]['value']
RK(a,'Its sales in the other direction were more than four times as large','sources disagree',f"South Africa's sales to Namibia over Namibia's sales to South Africa, 2017: exporters' FOB records 3,571.3 / 1,128.8 = {r1:.2f} (below 95% of 4); importers' CIF records 3,706.2 / 902.9 = {r2:.2f} (inside): only the second pair agrees.",
   f1+[dict(value=round(r1,3),unit='ratio',currency=None,year=2017,source="ratio of the two exporters' FOB figures",basis='derived'),dict(value=round(r2,3),unit='ratio',currency=None,year=2017,source="ratio of the two importers' CIF figures",basis='derived')],
   'ZAF','NAM','exports','2017',4,hedge='more than',pert=('more than four times as large','more than six times as large','number','overstated'),note="Two opposite flows, each on its exporter's record (blind-6 refinement) (UNSURE).")
TV(a,'about $3.57 billion','ZAF','NAM','exports',2017,3.57e9,'about','consistent',pert=('about $3.57 billion','about $5.57 billion','number','overstated',5.57e9))
CVD(a,'or roughly N$47.6 billion at the average 2017 rate of N$13.32 to the US dollar',3.57e9,'NAM',2017,47.6e9,'roughly','consistent',pert=('or roughly N$47.6 billion','or roughly N$27.6 billion','number','understated',27.6e9),note="Stated rate 13.32 = WEO 13.318.")
TV(a,'or roughly N$47.6 billion','ZAF','NAM','exports',2017,47.6e9,'roughly','consistent',currency='NAD',conv=('NAM',2017),pert=('or roughly N$47.6 billion','or roughly N$77.6 billion','number','overstated',77.6e9))
TV(a,'South African purchases, by contrast, came to about N$13 billion','NAM','ZAF','exports',2017,13e9,'about','sources disagree',currency='NAD',conv=('NAM',2017),pert=('about N$13 billion','about N$23 billion','number','overstated',23e9),
   note="Namibia's FOB 1,128.8 m x 13.318 = N$15.0 bn (116%, above); South Africa's CIF 902.9 m = N$12.0 bn (92%): only the partner's side agrees. The stated $1.13 bn at the stated rate gives N$15.0 bn (UNSURE).")
TV(a,'Botswana, where De Beers sorts and sells Namibian gems alongside its own, bought about $633 million','NAM','BWA','exports',2017,633e6,'about','consistent',pert=('about $633 million','about $933 million','number','overstated',933e6),note="Botswana's CIF 364.4 m (58%): consistent by the reporter (UNSURE).")
CH(a,"Botswana's purchases rose last year",'NAM','BWA','exports',2016,2017,5,None,'contradicted',pert=None,note="Direction claim: Namibia's FOB 676.8 -> 632.9 m, Botswana's CIF 641.4 -> 364.4: both fell.")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace("Botswana's purchases rose last year","Botswana's purchases doubled last year",1),change='number',expected_verdict='contradicted'))
RK(a,'Switzerland, the biggest buyer in 2016','consistent',"Namibia's Exports, FOB 2016: Switzerland 904.5 m, South Africa 772.4, Botswana 676.8. (Switzerland's own CIF record from Namibia is 1.2 m: the gold is probably booked elsewhere.)",rankfigs('NAM',2016,'Exports, FOB',['CHE','ZAF','BWA']),'NAM','CHE','exports','2016',1,
   pert=('the biggest buyer in 2016','the third-biggest buyer in 2016','rank','contradicted'),note="Reporter's sheet decides; the mirror would not support it (UNSURE).")
CH(a,'saw its purchases nearly halve','NAM','CHE','exports',2016,2017,-50,'nearly','sources disagree',pert=('nearly halve','nearly triple','direction','contradicted',200),
   note="Namibia's FOB 904.5 -> 494.0 m (-45.4%, inside); Swiss CIF 1.2 -> 1.3 m (the other way): sources disagree (blind-5/6 rule; UNSURE).")
TV(a,'Belgium, home to the Antwerp diamond bourse, took about $241 million','NAM','BEL','exports',2017,241e6,'about','consistent',pert=('about $241 million','about $441 million','number','overstated',441e6),note="Belgium's CIF 549.5 m: consistent by the reporter (UNSURE).")
RK(a,'slightly more than Spain','consistent',"Namibia's Exports, FOB 2017: Belgium 241.4 m, Spain 235.2 m (partners' CIF: 549.5 vs 231.5).",rankfigs('NAM',2017,'Exports, FOB',['BEL','ESP']),'NAM','BEL','exports','2017',None,pert=('slightly more than Spain','slightly less than Spain','direction','contradicted'))
TV(a,'at about $235 million','NAM','ESP','exports',2017,235e6,'about','consistent',pert=('at about $235 million','at about $435 million','number','overstated',435e6))
CH(a,'rose by about half to roughly $249 million','NAM','CHN','exports',2016,2017,50,'about','consistent',pert=('rose by about half','rose by about a tenth','number','understated',10),note="Namibia's FOB +52.0%; China's CIF +81.0%: consistent by the reporter (UNSURE).")
TV(a,'to roughly $249 million','NAM','CHN','exports',2017,249e6,'roughly','consistent',pert=('to roughly $249 million','to roughly $449 million','number','overstated',449e6))
RK(a,"officials in Windhoek now describe China as the country's second-largest export market",'contradicted',"Namibia's Exports, FOB 2017: South Africa, Botswana, Switzerland, China (248.8 m) fourth; on the partners' CIF records China is fifth.",rankfigs('NAM',2017,'Exports, FOB',['ZAF','BWA','CHE','CHN']),'NAM','CHN','exports','2017',2,
   pert=("the country's second-largest export market","the country's largest export market",'rank','contradicted'))
RK(a,'Namibia now runs a surplus with China','sources disagree',"2017: Namibia's own books: exports to China 248.8 m, imports 345.7 m (deficit 96.9 m); China's books: imports from Namibia 296.8 m, exports 273.0 m (Namibian surplus 23.8 m): only the partner's records support it.",
   [cell('NAM','CHN',2017,'Exports, FOB'),cell('NAM','CHN',2017,'Imports, CIF'),cell('CHN','NAM',2017,'Imports, CIF','mirror'),cell('CHN','NAM',2017,'Exports, FOB','mirror')],'NAM','CHN','balance','2017',None,
   pert=('Namibia now runs a surplus with China','Namibia now runs a surplus with China worth more than half its sales there','number','contradicted'),note="A ministry's claim; the direction of a balance on both books (UNSURE). Perturbed copy: a surplus over half of 248.8 m holds on neither book.")
UC(a,'represents an investment of about $4.6 billion','investment; not in the data','CHN','NAM')
TV(a,'The European Union bought roughly $1 billion of Namibian goods in 2017','NAM','EU','exports',2017,1e9,'roughly','consistent',pert=('roughly $1 billion','roughly $2 billion','number','overstated',2e9))
RK(a,'nearly as much as South Africa','consistent',"Namibia's Exports, FOB 2017: EU 1,019.8 m vs South Africa 1,128.8 m (90%).",[cell('NAM','EU',2017,'Exports, FOB'),cell('NAM','ZAF',2017,'Exports, FOB')],'NAM','EU','exports','2017',None,
   pert=('nearly as much as South Africa','more than twice as much as South Africa','number','contradicted'))
TV(a,'bought less than $50 million','NAM','DEU','exports',2017,50e6,'less than','consistent',pert=('less than $50 million','less than $20 million','number','understated',20e6),note="Germany's CIF 136.7 m: consistent by the reporter (UNSURE).")
CH(a,'half of its 2016 level','NAM','DEU','exports',2016,2017,-50,None,'overstated',pert=('half of its 2016 level','double its 2016 level','direction','contradicted',100),note="Namibia's FOB 69.8 -> 48.5 m (-30.5%); Germany's CIF 96.4 -> 136.7 (rose).")
TV(a,'sold Namibia about $213 million of goods last year','USA','NAM','exports',2017,213e6,'about','overstated',pert=('about $213 million','about $413 million','number','overstated',413e6),note="US FOB 100.9 m, Namibia's CIF 131.2 m: both below.")
TV(a,'took a little more than $130 million of Namibian products under the African Growth and Opportunity Act','USA','NAM','imports',2017,130e6,'more than','consistent',pert=('a little more than $130 million','a little more than $330 million','number','overstated',330e6),
   note="US CIF 127.0 m (98%), Namibia's FOB 134.4 m: inside 'more than'. 'under AGOA' read as the total (the programme split is not in the data; UNSURE).")
MULT(a,'it now takes less than a quarter of what China does','NAM','AGO','CHN','exports',2017,0.25,'less than','consistent',pert=('less than a quarter of what China does','more than half of what China does','number','overstated'),pX=None,subj='NAM',part='AGO',
     note="Namibia's FOB: Angola 58.9 / China 248.8 = 0.24; partners' CIF 38.9 / 296.8 = 0.13. 'was once a bigger buyer than China' (no year) is not annotated.")
CH(a,"Zambia's purchases fell by more than a third",'NAM','ZMB','exports',2016,2017,-33.3,'more than','sources disagree',pert=('fell by more than a third','fell by more than two-thirds','number','overstated',-66.7),
   note="Namibia's FOB 303.1 -> 189.5 m (-37.5%, inside); Zambia's CIF 94.5 -> 125.5 (rose): sources disagree (UNSURE).")
SH(a,'Africa as a whole still took about 43 percent of Namibian exports','NAM','Africa','exports',2017,43,'about','consistent',pert=('about 43 percent','about 73 percent','number','overstated',73,None,None))
TV(a,'Total exports reached about $5.2 billion','NAM','World','exports',2017,5.2e9,'about','consistent',pert=('about $5.2 billion','about $7.2 billion','number','overstated',7.2e9))
CH(a,'a third higher than a decade earlier','NAM','World','exports',2007,2017,33.3,None,'overstated',pert=('a third higher','a third lower','direction','contradicted',-33.3),note="2007 4,352.9 -> 2017 5,181.5 m: +19.0%.")
UC(a,'forecasting GDP growth of 0.6 percent','a GDP forecast; not in the data','NAM')
UC(a,'the government has cut spending on capital projects by about N$1.5 billion','public spending; not in the data','NAM')
c1,f1_=vfig('Namibia','China',[2017]); c2,f2_=vfig('Namibia','United States',[2017])
r=c1['coinc']/c2['coinc']; rs=c1['share']/c2['share']
ALX(a,'they voted the same way as China about five times as often as with the United States','consistent',{'in':'consistent','below':'overstated','above':'understated'}[side(r/5,'about')],[f1_,f2_],
    f"2017: coincidence with China {c1['coinc']:.1f}% / with the US {c2['coinc']:.1f}% = {r:.2f} (87% of 5, inside ±15%); identical shares {c1['share']:.1f} / {c2['share']:.1f} = {rs:.2f}.",subj='NAM',part='CHN',period='2017',unit='ratio',quantity=5,hedge='about',
    pert=('about five times as often','about ten times as often','number','overstated'))
c3,f3_=vfig('Namibia','South Africa',[2017])
ALS(a,'with South Africa 97 percent of the time','consistent',[f3_,dict(value=round(c3['share'],2),unit='percent',currency=None,year=2017,source=f"same files: share of identical votes on the {c3['both']} roll calls both took part in",basis='derived')],c3['coinc'],c3['share'],97,None,subj='NAM',part='ZAF',period='2017',desc='Namibia with South Africa, 2017',
    pert=('97 percent of the time','67 percent of the time','number','understated',67,None),note="Coincidence 99.0% (102%); identical share 86.8% (89%, just below ±10%): the coincidence decides (UNSURE).")
UC(a,'plans a rail link to Zambia\'s copper belt that would cost about $1.1 billion','a project value; not in the data','NAM','ZMB')
