a=Article('kyrgyzstan-dordoi-customs-union')
TV(a,'China sold Kyrgyzstan goods worth about $5.1 billion last year','CHN','KGZ','exports',2013,5.1e9,'about','consistent',pert=('about $5.1 billion','about $9.1 billion','number','overstated',9.1e9),
   note="China's FOB 5,076.3 m (as the sentence attributes); Kyrgyzstan's CIF 1,432.0 m (28%): consistent by the reporter (UNSURE).")
UC(a,'a sum larger than a third of Kyrgyz GDP','a ratio to GDP; not in the data','KGZ')
f1=[fob('CHN','KGZ',2013),fob('KGZ','CHN',2013),cif('KGZ','CHN',2013),cif('CHN','KGZ',2013)]
for f,bs in zip(f1,['reported','reported','mirror','mirror']): f['basis']=bs
r1=f1[0]['value']/f1[1]['value']; r2=f1[2]['value']/f1[3]['value']
RK(a,'more than a hundred times what Kyrgyz exporters sold in the opposite direction','consistent',f"China's sales to Kyrgyzstan over Kyrgyz sales to China, 2013, each exporter's FOB record: 5,076.3 / 39.0 = {r1:.0f} (>= 95); importers' CIF records: 1,432.0 / 62.8 = {r2:.1f}.",
   f1+[dict(value=round(r1,2),unit='ratio',currency=None,year=2013,source="ratio of the two exporters' FOB figures",basis='derived'),dict(value=round(r2,2),unit='ratio',currency=None,year=2013,source="ratio of the two importers' CIF figures",basis='derived')],
   'CHN','KGZ','exports','2013',100,hedge='more than',pert=('more than a hundred times','more than two hundred times','number','overstated'),
   note="Two opposite flows, each on its exporter's record (blind-6 refinement): consistent; the importers' records give 22.8 (UNSURE).")
TV(a,'about $39 million','KGZ','CHN','exports',2013,39e6,'about','consistent',pert=('about $39 million','about $89 million','number','overstated',89e6),note="China's CIF 62.8 m (161%): consistent by the reporter (UNSURE).")
CH(a,'Chinese sales were barely changed from 2012','CHN','KGZ','exports',2012,2013,0,None,'consistent',pert=('were barely changed from 2012','had doubled from 2012','number','overstated',100),
   note="China's FOB 5,073.2 -> 5,076.3 m (+0.1%); Kyrgyzstan's CIF 1,210.3 -> 1,432.0 (+18.3%): consistent by the reporter ('barely changed' read as 0 ± 1 point).")
TV(a,'though still down from more than $9 billion in 2008','CHN','KGZ','exports',2008,9e9,'more than','consistent',period='2008',pert=('more than $9 billion in 2008','more than $19 billion in 2008','number','overstated',19e9),
   note="China's FOB 2008 9,213.8 m; Kyrgyzstan's CIF 728.2 m: consistent by the reporter (UNSURE).")
CH(a,'Kyrgyz sales to China, meanwhile, have halved in a year','KGZ','CHN','exports',2012,2013,-50,None,'overstated',pert=('have halved in a year','have risen in a year','direction','contradicted',10),
   note="Kyrgyzstan's FOB 61.4 -> 39.0 m (-36.5%), China's CIF 88.2 -> 62.8 (-28.8%): both fell by less than half (outside ±5 points).")
TV(a,'Russian goods entering Kyrgyzstan, mostly fuel, were worth about $2 billion in 2013','KGZ','RUS','imports',2013,2e9,'about','consistent',pert=('about $2 billion','about $4 billion','number','overstated',4e9))
CH(a,'up by about half from the year before','KGZ','RUS','imports',2012,2013,50,'about','overstated',pert=('up by about half','down by about half','direction','contradicted',-50),
   note="Kyrgyzstan's CIF 1,784.6 -> 1,989.2 m (+11.5%), Russia's FOB 1,634.1 -> 2,029.4 (+24.2%): both below.")
UC(a,'roughly double the duty paid on the typical container','a tariff forecast; not in the data','KGZ')
RK(a,'Kazakhstan, the largest buyer of Kyrgyz goods','contradicted',"Kyrgyzstan's Exports, FOB 2013: Switzerland 513.2 m, Kazakhstan 382.5, UAE 222.0, Uzbekistan 159.0, Russia 152.7 (partners' CIF: Switzerland 364.1, Kazakhstan 329.1): Switzerland first on both.",
   rankfigs('KGZ',2013,'Exports, FOB',['CHE','KAZ','ARE','UZB','RUS']),'KGZ','KAZ','exports','2013',1,pert=('the largest buyer of Kyrgyz goods','the third-largest buyer of Kyrgyz goods','rank','contradicted'),note="The sentence's next claim (Switzerland $510 m) shows the slip.")
TV(a,'took about $382 million last year','KGZ','KAZ','exports',2013,382e6,'about','consistent',pert=('about $382 million','about $582 million','number','overstated',582e6))
TV(a,'Switzerland, where gold from the Kumtor mine is refined, bought about $510 million','KGZ','CHE','exports',2013,510e6,'about','consistent',pert=('about $510 million','about $910 million','number','overstated',910e6),note="Swiss CIF 364.1 m (71%): consistent by the reporter (UNSURE).")
RK(a,'The United Arab Emirates jumped to third place','consistent',"Kyrgyzstan's Exports, FOB 2013: UAE third (222.0 m) behind Switzerland and Kazakhstan; third on the partners' records too.",rankfigs('KGZ',2013,'Exports, FOB',['CHE','KAZ','ARE','UZB']),'KGZ','ARE','exports','2013',3,
   pert=('jumped to third place','jumped to first place','rank','contradicted'))
TV(a,'which bought about $220 million of Kyrgyz goods last year','KGZ','RUS','exports',2013,220e6,'about','overstated',pert=('about $220 million','about $100 million','number','understated',100e6),note="Kyrgyzstan's FOB 152.7 m (69%), Russia's CIF 110.1 m (50%): both below.")
RK(a,'ranked only fifth','consistent',"Kyrgyzstan's Exports, FOB 2013: Switzerland, Kazakhstan, UAE, Uzbekistan (159.0 m), Russia (152.7 m) fifth; on the partners' records Russia is fourth (Uzbekistan has no record).",rankfigs('KGZ',2013,'Exports, FOB',['CHE','KAZ','ARE','UZB','RUS']),'KGZ','RUS','exports','2013',5,
   pert=('ranked only fifth','ranked second','rank','contradicted'))
TV(a,'Total exports were about $1.76 billion','KGZ','World','exports',2013,1.76e9,'about','consistent',pert=('about $1.76 billion','about $2.76 billion','number','overstated',2.76e9))
CVD(a,'or some 75 billion som at the average rate of about 48.4 som to the dollar',1.76e9,'KGZ',2013,75e9,'some','consistent',pert=('or some 75 billion som','or some 55 billion som','number','understated',55e9),
    note="$1.76 bn x 48.438 = 85.3 bn som, 114% of 75 bn: inside ±15% by a point (UNSURE; the som figure is probably a slip). Stated rate 48.4 = WEO 48.44.")
TV(a,'or some 75 billion som','KGZ','World','exports',2013,75e9,'some','consistent',currency='KGS',conv=('KGZ',2013),pert=('or some 75 billion som','or some 55 billion som','number','understated',55e9),note="1,761.5 m x 48.438 = 85.3 bn som (114%) (UNSURE).")
TV(a,'Turkish goods worth some $430 million arrived in 2013','KGZ','TUR','imports',2013,430e6,'some','sources disagree',pert=('some $430 million','some $830 million','number','overstated',830e6),
   note="Kyrgyzstan's CIF 204.7 m (48%) below; Turkey's FOB 432.3 m: only the partner's side agrees.")
CH(a,'up by more than 90 percent','KGZ','TUR','imports',2012,2013,90,'more than','overstated',pert=('up by more than 90 percent','down by more than 90 percent','direction','contradicted',-90),
   note="Kyrgyzstan's CIF +14.7%, Turkey's FOB 257.5 -> 432.3 (+67.9%): both below 95% of 90.")
CH(a,'American exports, chiefly related to the transit centre at Manas airport that Washington is due to vacate in July, fell by about a quarter','USA','KGZ','exports',2012,2013,-25,'about','consistent',pert=('fell by about a quarter','fell by about three-quarters','number','overstated',-75),
   note="US FOB 145.5 -> 106.3 m (-26.9%, inside); Kyrgyzstan's CIF 253.1 -> 222.9 (-11.9%): consistent by the reporter (UNSURE).")
RK(a,'Kazakh goods are worth more to Kyrgyz importers than Russian ones','contradicted',"Kyrgyzstan's Imports, CIF 2013: Kazakhstan 555.0 m, Russia 1,989.2 m; exporters' FOB: Kazakhstan 672.3, Russia 2,029.4: Russia ahead on both.",
   [cell('KGZ','KAZ',2013,'Imports, CIF'),cell('KGZ','RUS',2013,'Imports, CIF'),cell('KAZ','KGZ',2013,'Exports, FOB','mirror'),cell('RUS','KGZ',2013,'Exports, FOB','mirror')],'KGZ','KAZ','imports','2013',None,
   pert=('Kazakh goods are worth more to Kyrgyz importers than Russian ones','Kazakh goods are worth more than five times as much to Kyrgyz importers as Russian ones','number','contradicted'),note="A trade official's claim; perturbed copy false in another way.")
SH(a,'The European Union bought less than 4 percent of Kyrgyz exports.','KGZ','EU','exports',2013,4,'less than','consistent',pert=('less than 4 percent','less than 2 percent','number','understated',2,None,None))
def V(x,y,yrs):
    c,f=vfig(x,y,list(yrs)); f2=dict(value=round(c['share'],2),unit='percent',currency=None,year=max(yrs),source=f"same files: share of identical votes (abstentions included) on the {c['both']} roll calls both took part in",basis='derived'); return c,[f,f2]
c,f=V('Kyrgyzstan','Russia',[2013])
ALS(a,'Kyrgyz diplomats voted with Russia on only about two-thirds of the recorded votes','sources disagree',f,c['coinc'],c['share'],66.7,'about',subj='KGZ',part='RUS',period='2013',desc='Kyrgyzstan with Russia, 2013',
    pert=('only about two-thirds','only about a third','number','understated',33.3,'about'),note="Coincidence 88.9% (133%), identical share 66.7%: only the share agrees (UNSURE).")
c2,f2=V('Kyrgyzstan','China',[2013])
ALS(a,'almost 90 percent of the time, with China','consistent',f2,c2['coinc'],c2['share'],90,'almost',subj='KGZ',part='CHN',period='2013',desc='Kyrgyzstan with China, 2013',
    pert=('almost 90 percent of the time','almost 60 percent of the time','number','understated',60,'almost'))
ALX(a,'and far more often','consistent','consistent' if c2['coinc']>c['coinc'] else 'contradicted',f[:1]+f2[:1],f"2013: with China {c2['coinc']:.1f}% vs Russia {c['coinc']:.1f}% (shares {c2['share']:.1f} vs {c['share']:.1f}).",subj='KGZ',part='CHN',period='2013',
    pert=('and far more often','and far less often','direction','contradicted'),note="'far more often' on the coincidence is 11 points; on the share 21.6.")
c0,f0=V('Kyrgyzstan','Russia',[2003])
ALS(a,'That agreement with Moscow was down from about 78 percent a decade earlier','sources disagree',f0,c0['coinc'],c0['share'],78,'about',subj='KGZ',part='RUS',period='2003',desc='Kyrgyzstan with Russia, 2003',
    pert=('about 78 percent','about 48 percent','number','understated',48,'about'))
ck,fk=V('Kazakhstan','Russia',[2013])
ALX(a,'Kazakhstan, for all its role in the Eurasian project, was slightly less aligned with Russia than Kyrgyzstan','consistent','consistent' if ck['coinc']<c['coinc'] else 'contradicted',fk[:1]+f[:1],
    f"2013 with Russia: Kazakhstan {ck['coinc']:.1f}% vs Kyrgyzstan {c['coinc']:.1f}% (shares {ck['share']:.1f} vs {c['share']:.1f}, the other way).",subj='KAZ',part='RUS',period='2013',
    pert=('slightly less aligned with Russia than Kyrgyzstan','slightly more aligned with Russia than Kyrgyzstan','direction','contradicted'),note="Coincidence decides; the share reading reverses it (UNSURE).")
UC(a,'A Russian-Kyrgyz development fund is to be capitalised with $1 billion','an investment fund (pledged); not in the data','RUS','KGZ')
UC(a,'Russia has promised $200 million in grants','grants (a pledge); not in the data','RUS','KGZ')
UC(a,'whose remittances equal about 30 percent of GDP','remittances as a ratio to GDP; not in the data','KGZ')
