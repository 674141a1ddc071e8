a=Article('czech-germany-koruna')
TV(a,'Czech exporters sold close to 970 billion koruna of goods to Germany in 2012','CZE','DEU','exports',2012,970e9,'close to','consistent',currency='CZK',conv=('CZE',2012),
   pert=('close to 970 billion koruna','close to 1,970 billion koruna','number','overstated',1970e9),note='WEO 2012 average 19.58 CZK per USD.')
TV(a,'about $49 billion at last year\'s average rate','CZE','DEU','exports',2012,49e9,'about','consistent',pert=('about $49 billion','about $89 billion','number','overstated',89e9))
CV(a,'close to 970 billion koruna of goods to Germany in 2012, about $49 billion',970e9,'CZE',2012,49e9,'about','consistent',pert=('about $49 billion','about $29 billion','number','understated',29e9))
SH(a,'almost a third of everything the country exported','CZE','DEU','exports',2012,33.3,'almost','consistent',lo=28,hi=38,pert=('almost a third','almost half','number','overstated',50,40,60))
CH(a,'That was down about 6 percent from 2011 in dollar terms','CZE','DEU','exports',2011,2012,-6,'about','consistent',pert=('down about 6 percent','up about 6 percent','direction','contradicted',6),
   note="Czech FOB record -5.8%; Germany's CIF record -7.5% (1.5 points off, outside): consistent by the reporter's side (UNSURE).")
CH(a,'overall exports shrank by some 3.5 percent','CZE','World','exports',2011,2012,-3.5,'some','consistent',pert=('shrank by some 3.5 percent','grew by some 3.5 percent','direction','contradicted',3.5))
ws=[cell('CZE','World',y,'Exports, FOB') for y in (2008,2009,2010,2011,2012)]
a.add('the first fall since the crisis year of 2009','change','consistent','CZE','World','exports',None,'record',None,'2009-2012',None,ws,
      "Czech exports (FOB, World): 2008 147.2, 2009 113.2 (fall), 2010 133.0, 2011 162.9 (rises), 2012 157.2 bn (fall): the first fall since 2009.",'consistent',None,
      ('the first fall since','the second fall since','number','contradicted'))
RK(a,"Slovakia, the Czech Republic's second-largest market",'consistent',"Czech Exports, FOB 2012: Germany 49.42, Slovakia 14.19, Poland 9.58, France 7.94, UK 7.53 bn.",
   [cell('CZE','DEU',2012,'Exports, FOB'),cell('CZE','SVK',2012,'Exports, FOB'),cell('CZE','POL',2012,'Exports, FOB')],'CZE','SVK','exports','2012',2,pert=('second-largest market','fourth-largest market','rank','contradicted'))
SH(a,'took about 9 percent of Czech exports','CZE','SVK','exports',2012,9,'about','consistent',pert=('about 9 percent','about 19 percent','number','overstated',19,None,None))
TV(a,'Poland, which bought some $10.3 billion','CZE','POL','exports',2012,10.3e9,'some','consistent',pert=('some $10.3 billion','some $20.3 billion','number','overstated',20.3e9),
   note="Czech FOB record 9.58 bn (93%); Poland's CIF record 8.24 bn (80%): consistent by the reporter's side (UNSURE).")
RK(a,'ranks third','consistent',"Poland third on the Czech 2012 export sheet (9.58 bn), behind Germany and Slovakia, ahead of France 7.94 bn.",
   [cell('CZE','SVK',2012,'Exports, FOB'),cell('CZE','POL',2012,'Exports, FOB'),cell('CZE','FRA',2012,'Exports, FOB')],'CZE','POL','exports','2012',3,pert=('ranks third','ranks fifth','rank','contradicted'))
SH(a,'The European Union as a whole absorbed more than four-fifths of Czech sales abroad','CZE','EU','exports',2012,80,'more than','consistent',pert=('more than four-fifths','more than nine-tenths','number','overstated',90,None,None),
   note="DOTS 'European Union' row: 76.4% = 95.6% of 80%, just inside the contract's 95% floor for 'more than' (UNSURE: a strict reading fails).")
CH(a,'Exports to Russia rose by about 16 percent last year','CZE','RUS','exports',2011,2012,16,'about','consistent',pert=('rose by about 16 percent','fell by about 16 percent','direction','contradicted',-16),
   note="Czech FOB record +15.6%; Russia's CIF record +66% (outside): consistent by the reporter's side (UNSURE).")
TV(a,'to roughly $6 billion','CZE','RUS','exports',2012,6e9,'roughly','consistent',pert=('roughly $6 billion','roughly $16 billion','number','overstated',16e9))
p7=country_partners('CZE',2012); rr=list(p7.partner).index('Russian Federation')+1
RK(a,"now describes Russia as the country's third-largest export market",'contradicted',f"Czech Exports, FOB 2012, country partners: Germany, Slovakia, Poland, France 7.94, UK 7.53, Austria 7.25, Russia 6.04 bn: Russia {rr}th.",
   [cell('CZE','POL',2012,'Exports, FOB'),cell('CZE','FRA',2012,'Exports, FOB'),cell('CZE','GBR',2012,'Exports, FOB'),cell('CZE','AUT',2012,'Exports, FOB') if 'AUT' in NAME else cell('CZE','FRA',2012,'Exports, FOB'),cell('CZE','RUS',2012,'Exports, FOB')],'CZE','RUS','exports','2012',3,
   pert=("third-largest export market","second-largest export market",'rank','contradicted'),note="The trade ministry's description.")
RK(a,'ahead of France and Britain','contradicted',"Czech Exports, FOB 2012: France 7.94 bn, UK 7.53 bn, Russia 6.04 bn (partners' CIF: France 7.56, UK 7.00, Russia 5.35 bn): Russia behind both.",
   [cell('CZE','FRA',2012,'Exports, FOB'),cell('CZE','GBR',2012,'Exports, FOB'),cell('CZE','RUS',2012,'Exports, FOB')],'CZE','RUS','exports','2012',None,pert=('ahead of France and Britain','ahead of Germany and Slovakia','rank','contradicted'))
UC(a,'speak of orders worth 120 billion koruna in the pipeline','contract values (orders not yet signed)','CZE','RUS')
TV(a,'Czech statistics show imports from Germany of about $41.5 billion last year','CZE','DEU','imports',2012,41.5e9,'about','consistent',pert=('about $41.5 billion','about $61.5 billion','number','overstated',61.5e9))
TV(a,'leaving Prague with a surplus of around $8 billion with its largest partner','CZE','DEU','balance',2012,8e9,'around','consistent',pert=('around $8 billion','around $18 billion','number','overstated',18e9),
   note="Czech records 49.42 - 41.52 = 7.90 bn (99%); Germany's records 46.64 - 40.23 = 6.42 bn (80%): consistent by the reporter's side (UNSURE). The article's own figures (49 - 41.5 = 7.5) agree with 'around $8 billion' as well.")
TV(a,'Czech sales there held up at some $7.5 billion','CZE','GBR','exports',2012,7.5e9,'some','consistent',pert=('some $7.5 billion','some $12.5 billion','number','overstated',12.5e9))
TV(a,'or roughly 115 billion koruna','CZE','GBR','exports',2012,115e9,'roughly','understated',currency='CZK',conv=('CZE',2012),pert=('roughly 115 billion koruna','roughly 315 billion koruna','number','overstated',315e9),
   note="7.53 bn x 19.58 = 147.4 bn koruna (128%); the UK's record 137.1 bn (119%): both above.")
CVD(a,'some $7.5 billion, or roughly 115 billion koruna',7.5e9,'CZE',2012,115e9,'roughly','understated',pert=('roughly 115 billion koruna','roughly 415 billion koruna','number','overstated',415e9))
TV(a,'Czech customs recorded imports from China of about $10 billion in 2012','CZE','CHN','imports',2012,10e9,'about','consistent',pert=('about $10 billion in 2012','about $20 billion in 2012','number','overstated',20e9),
   note="Czech CIF record 8.96 bn (90%) inside; China's FOB record 6.32 bn (63%) outside: consistent by the reporter's side, as attributed (UNSURE).")
fs=[cell('CZE','CHN',2012,'Imports, CIF'),cell('CZE','CHN',2012,'Exports, FOB'),cell('CHN','CZE',2012,'Exports, FOB','mirror'),cell('CHN','CZE',2012,'Imports, CIF','mirror')]
r1=fs[0]['value']/fs[1]['value']; r2=fs[2]['value']/fs[3]['value']
RK(a,'six times the value of Czech exports to China','overstated',f"Czech imports from China over exports to China, 2012: Czech records 8.96 / 1.68 = {r1:.2f} (89% of 6, just below ±10%); China's records 6.32 / 2.41 = {r2:.2f}; exporters' FOB 6.32 / 1.68 = 3.78; importers' CIF 8.96 / 2.41 = 3.72.",
   fs,'CZE','CHN','imports','2012',6,pert=('six times the value','half the value','number','understated'),note="Below on every pairing; on the Czech books only just (5.35 against a 5.4 floor) (UNSURE). The article's own figures (10 / 1.7 = 5.9) agree with 'six times'.")
TV(a,'Czech sales to China, though still small at about $1.7 billion','CZE','CHN','exports',2012,1.7e9,'about','consistent',pert=('about $1.7 billion','about $4.7 billion','number','overstated',4.7e9),
   note="Czech FOB 1.68 bn; China's CIF 2.41 bn (142%): consistent by the reporter's side (UNSURE).")
MT(a,'have doubled since 2008','CZE','CHN','exports',2008,2012,2,None,'consistent',pert=('have doubled since 2008','have halved since 2008','direction','contradicted',None),
   note="Czech record x2.07; China's CIF record x2.40 (outside ±10%): consistent by the reporter's side (UNSURE).")
UC(a,'which contracted by 1.2 percent last year','GDP growth','CZE',None)
UC(a,'to shrink by a further 0.5 percent in 2013','a GDP forecast','CZE',None)
UC(a,'unemployment, at 7.7 percent in April, could rise above 8 percent','unemployment (monthly figure and forecast)','CZE',None)
UC(a,'The currency has already slipped to about 25.8 to the euro','an exchange-rate move within the year','CZE',None)
f=coinc_figs('Czechia','Germany',2012)[0]
a.add('the two countries voted the same way on every one of last year\'s contested resolutions on which both cast a yes or no vote','alignment','consistent','CZE','DEU',None,100,'percent',None,'2012',None,f,
      f"Czechia-Germany 2012: {f[0]['value']:.1f}% coincidence (72 identical, 0 opposite yes/no votes); identical share over all joint roll calls {f[1]['value']:.1f}%.",'consistent',None,
      ('voted the same way on every one','voted differently on every one','direction','contradicted'))
AL(a,'the Czech Republic sided with the United States about two-thirds of the time','Czechia','United States',2012,66.7,'about','consistent',pert=('about two-thirds of the time','about a third of the time','number','understated',33.3,28,38),subj='CZE',part='USA',
   note='Coincidence 68.2%; identical-vote share 51.1% would be below (UNSURE).')
figs=[]
vx,src=vote_of(5182.0,'Czechia'); figs.append(dict(value=vx,unit='vote',currency=None,year=2012,source=src+': Czechia',basis='reported'))
a.add('Prague was the only EU government to vote against upgrading the Palestinians','alignment','consistent','CZE',None,None,None,'roll call',None,'2012',None,figs,
      "A/RES/67/19 (29 Nov 2012, rcid 5182): Czechia voted no; of the 27 other EU members of 2012 (and Croatia) none voted no (13 yes, 14 abstain).",'consistent',None,
      ('the only EU government to vote against','the only EU government to vote in favour of','direction','contradicted'))
OV(a,'Germany, like Britain, abstained',5182.0,'Germany','abstain','consistent',pert=('Germany, like Britain, abstained','Germany, like Britain, voted against','direction','contradicted','no'),subj='DEU')
OV(a,'like Britain, abstained',5182.0,'United Kingdom','abstain','consistent',pert=('Germany, like Britain, abstained','Germany, unlike Britain, abstained','direction','contradicted',None),subj='GBR')
UC(a,'has announced investments of 2.5 billion euros over five years','a company investment plan (Skoda)','CZE',None)
