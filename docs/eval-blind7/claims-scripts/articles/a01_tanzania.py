a=Article('tanzania-china-deficit')
# date 2020-04-14: last year = 2019 = latest full year
TV(a,'Tanzania imported close to $3.8 billion worth of Chinese goods last year','TZA','CHN','imports',2019,3.8e9,'close to','sources disagree',
   pert=('close to $3.8 billion','close to $7.8 billion','number','overstated',7.8e9),
   note="Tanzania's own CIF record 1.99 bn (52%) below; China's FOB record (the 'Chinese customs' the sentence cites) 3.81 bn (100%) inside: only the partner's side agrees (contract) (UNSURE: the sentence attributes the figure to Chinese customs).")
TV(a,'about 8.7 trillion shillings','TZA','CHN','imports',2019,8.7e12,'about','sources disagree',currency='TZS',conv=('TZA',2019),
   pert=('about 8.7 trillion shillings','about 18.7 trillion shillings','number','overstated',18.7e12),
   note="The shilling restatement as a trade value of its own, WEO 2019 average 2,288.2 TZS per USD: Tanzania's record 4.55 tn (52%), China's record 8.73 tn (100%).")
CVD(a,'close to $3.8 billion worth of Chinese goods last year, about 8.7 trillion shillings at the 2019 average rate of roughly 2,290 shillings to the dollar',3.8e9,'TZA',2019,8.7e12,'about','consistent',
   pert=('about 8.7 trillion shillings','about 5.7 trillion shillings','number','understated',5.7e12),
   note="Dollar-first restatement: 3.8 bn x 2,288.2 = 8.70 tn. The stated rate 'roughly 2,290 shillings to the dollar' is the WEO 2019 average (2,288.2, 100%) and is read as part of this conversion claim, not as a claim of its own (UNSURE).")
a.claims[-1]['currency']='TZS'
TV(a,'Shipments to China recovered to about $230 million in 2019','TZA','CHN','exports',2019,230e6,'about','consistent',
   pert=('about $230 million','about $530 million','number','overstated',530e6),
   note="Tanzania's FOB record 233 m (101%) inside; China's CIF record 366 m (159%) above: consistent by the reporter's side (UNSURE).")
TV(a,'from $144 million the year before','TZA','CHN','exports',2018,144e6,None,'consistent',
   pert=('from $144 million the year before','from $544 million the year before','number','overstated',544e6),
   note="No hedge of its own (the 'about' of $230 million not carried over). Tanzania's FOB record 144 m (100%); China's CIF record 395 m (274%) above: consistent by the reporter's side (UNSURE).")
CH(a,'a rise of more than 60 percent','TZA','CHN','exports',2018,2019,60,'more than','sources disagree',
   pert=('a rise of more than 60 percent','a rise of more than 160 percent','number','overstated',160),
   note="Tanzania's FOB record +61.8% (inside 'more than'); China's CIF record of imports from Tanzania fell 7.3% (opposite direction): the records move in opposite directions = sources disagree (blind-5/6 refinement) (UNSURE).")
ARC(a,'about $230 million in 2019 from $144 million the year before, a rise of more than 60 percent',144e6,230e6,60,'more than','consistent',
   pert=('a rise of more than 60 percent','a rise of more than 90 percent','number','contradicted'),pC=90,subject='TZA',partner='CHN',flow='exports',period='2018-2019',labels=('2018 exports','2019 exports'),
   note="$144 m to $230 m is +59.7%, within 1 point of 'more than 60 percent'.")
TV(a,'when sesame and copper concentrate briefly pushed them above half a billion dollars','TZA','CHN','exports',2014,0.5e9,'more than','consistent',period='2014-2016 (the middle of the decade)',
   pert=('above half a billion dollars','above one billion dollars','number','overstated',1.0e9),
   note="'The middle of the decade' read as 2014-2016; 'above half a billion' holds if one of those years is above 0.5 bn. Tanzania's FOB record: 2014 684 m, 2015 562 m, 2016 354 m (holds); China's CIF record: 438 m, 377 m, 317 m (fails; only 2013 560 m). Reporter decides: consistent. 'Briefly' is not tested (Tanzania's record was also above 0.5 bn in 2010-2012) (UNSURE).")
a.claims[-1]['figures']+= [cell('TZA','CHN',2015,'Exports, FOB'),cell('TZA','CHN',2016,'Exports, FOB'),cell('CHN','TZA',2015,'Imports, CIF','mirror'),cell('CHN','TZA',2016,'Imports, CIF','mirror')]
TV(a,'exports to China reached $560 million in 2016','TZA','CHN','exports',2016,560e6,None,'overstated',
   pert=('$560 million in 2016','$160 million in 2016','number','understated',160e6),
   note="Tanzania's FOB record 354 m (63%), China's CIF record 317 m (57%): both below. (Tanzania's record for 2015 is 562 m.)")
TV(a,'The gap, some $3.6 billion','TZA','CHN','deficit',2019,3.6e9,'some','sources disagree',
   pert=('some $3.6 billion','some $7.6 billion','number','overstated',7.6e9),
   note="Deficit = imports - exports on each record: Tanzania's books 1.99 - 0.23 = 1.75 bn (49%) below; the partner's records (China FOB 3.81 - China CIF 0.37) 3.45 bn (96%) inside: only the partner's side agrees.")
TV(a,'or more than 10 trillion shillings','TZA','CHN','deficit',2019,10e12,'more than','overstated',currency='TZS',conv=('TZA',2019),
   pert=('more than 10 trillion shillings','more than 30 trillion shillings','number','overstated',30e12),
   note="At 2,288.2 TZS per USD: Tanzania's books 4.01 tn (40%), the partner's records 7.89 tn (79%): both below 95%. The perturbed copy is false the same way (no single edit gives another non-consistent verdict).")
a.claims[-1]['figures'].append(rate('TZA',2019))
CVD(a,'The gap, some $3.6 billion, or more than 10 trillion shillings',3.6e9,'TZA',2019,10e12,'more than','overstated',
   pert=('more than 10 trillion shillings','more than 20 trillion shillings','number','overstated',20e12),
   note="Dollar-first restatement: 3.6 bn x 2,288.2 = 8.24 tn, 82% of 'more than 10 trillion'. The perturbed copy is false the same way.")
a.claims[-1]['currency']='TZS'
def _deficit_table(basis):
    if basis=='reported':
        p=country_partners('TZA',2019,'Exports, FOB').set_index('partner').value; q=country_partners('TZA',2019,'Imports, CIF').set_index('partner').value
    else:
        p=mirror_partners('TZA',2019,'Exports, FOB').set_index('reporter').value; q=mirror_partners('TZA',2019,'Imports, CIF').set_index('reporter').value
    i=p.index.union(q.index); d=(q.reindex(i).fillna(0)-p.reindex(i).fillna(0)).sort_values(ascending=False)
    d=d[~d.index.isin(AGG)&~d.index.str.contains('not specified|n.i.e|Special|Economies|Countries',regex=True)]
    return d
dr=_deficit_table('reported'); dm=_deficit_table('mirror')
RK(a,"is now the single largest bilateral deficit in the country's accounts",'consistent',
   f"Tanzania's bilateral deficits 2019 (imports CIF minus exports FOB, country partners), own records: "+', '.join(f"{n} {v/1e3:.2f} bn" for n,v in dr.head(4).items())+"; partners' records (their FOB exports to Tanzania minus their CIF imports from it): "+', '.join(f"{n} {v/1e3:.2f} bn" for n,v in dm.head(4).items())+": China first on both.",
   [cell('TZA','CHN',2019,'Imports, CIF'),cell('TZA','CHN',2019,'Exports, FOB'),cell('TZA','ARE',2019,'Imports, CIF'),cell('TZA','ARE',2019,'Exports, FOB')],'TZA','CHN','deficit','2019',1,
   pert=('the single largest bilateral deficit','the third-largest bilateral deficit','rank','contradicted'))
assert dr.index[0]==NAME['CHN'] and dm.index[0]==NAME['CHN']
XR(a,'Chinese suppliers shipped roughly sixteen dollars\' worth of goods for every dollar that went back','TZA','CHN',2019,16,'roughly','consistent',
   pert=('roughly sixteen dollars','roughly thirty dollars','number','overstated'),pX=30,
   note="Two export flows compared, each on its exporter's own FOB record (blind-6 reading): 3.81 / 0.233 = 16.4 (inside). On the importers' CIF records 1.99 / 0.37 = 5.4 (below); on Tanzania's own books 8.5 (below): a checker using one country's books says overstated (UNSURE).")
MT(a,'Purchases from China are roughly three times what they were a decade earlier','TZA','CHN','imports',2009,2019,3,'roughly','consistent',
   pert=('roughly three times','roughly six times','number','overstated',6),
   note="'Now' = 2019, a decade earlier = 2009. Tanzania's CIF record x2.87 (96%, inside); China's FOB record x4.17 (139%, above): consistent by the reporter's side (UNSURE).")
RKP(a,'China had become the third-largest market for Tanzanian goods','TZA',2019,'exports',rank_of('CHN',3),'China third among the buyers of Tanzanian goods (2019, latest full year before the March 2020 statement)','contradicted',ranked='CHN',
   pert=('the third-largest market','the largest market','rank','contradicted'),ppred=rank_of('CHN',1),
   note="A ministry statement reported by the article; no year: 2019. China is 7th on Tanzania's records (South Africa, India, UAE, Switzerland, Vietnam, Kenya ahead) and 6th on the partners' records.")
RKP(a,'South Africa and India remain the dominant customers','TZA',2019,'exports',lambda L: set(L[:2])=={NAME['ZAF'],NAME['IND']},'South Africa and India the two largest buyers (order free)','consistent',
   pert=('South Africa and India remain','South Africa and China remain','rank','contradicted'),ppred=lambda L: set(L[:2])=={NAME['ZAF'],NAME['CHN']},
   note="Own records: South Africa 0.97 bn, India 0.87 bn, the two largest. On the partners' records Algeria (1.13 bn CIF from Tanzania) and India lead and South Africa's record is far lower; the reporter decides (UNSURE).")
TV(a,'India alone bought about $870 million worth of Tanzanian goods in 2019','TZA','IND','exports',2019,870e6,'about','consistent',
   pert=('about $870 million worth of Tanzanian goods','about $370 million worth of Tanzanian goods','number','understated',370e6),
   note="'India bought N of Tanzanian goods' read as Tanzania's exports to India. Tanzania's FOB 866 m (100%), India's CIF 859 m (99%).")
RKP(a,'putting it second only to South Africa','TZA',2019,'exports',lambda L: L.index(NAME['IND'])==1 and L[0]==NAME['ZAF'],'India second, behind South Africa only','consistent',ranked='IND',
   pert=('second only to South Africa','second only to Kenya','rank','contradicted'),ppred=lambda L: L.index(NAME['IND'])==1 and L[0]==NAME['KEN'],
   note="Own records: South Africa 0.97, India 0.87. On the partners' records India is second behind Algeria (South Africa's record lower): the reporter decides (UNSURE).")
TV(a,'Purchases from India, by contrast, fell last year to roughly $870 million','TZA','IND','imports',2019,870e6,'roughly','understated',
   pert=('roughly $870 million','roughly $2.9 billion','number','overstated',2.9e9),
   note="Tanzania's CIF record 1.26 bn (145%), India's FOB record 1.70 bn (195%): both above. The writer seems to have repeated the export figure.")
DIR(a,'Purchases from India, by contrast, fell last year','TZA','IND','imports',2018,2019,-1,'sources disagree',
   note="Tanzania's CIF record rose 3.3% (1.218 -> 1.258 bn); India's FOB record fell 9.5% (1.873 -> 1.695 bn): reporter opposite, mirror in the claimed direction = sources disagree (blind-6 refinement). No perturbed copy: flipping the direction gives sources disagree again (the records move apart).")
TV(a,'Swiss refineries took about $770 million of Tanzanian goods in 2016','TZA','CHE','exports',2016,770e6,'about','consistent',
   pert=('about $770 million','about $270 million','number','understated',270e6),
   note="Tanzania's FOB record 768 m (100%); Switzerland's CIF record 629 m (82%) below: consistent by the reporter's side (UNSURE).")
CH(a,'Total exports rose almost 30 percent','TZA','World','exports',2018,2019,30,'almost','consistent',
   pert=('rose almost 30 percent','rose almost 60 percent','number','overstated',60),note="World total: own record only: 3.67 -> 4.76 bn, +29.8%.")
TV(a,'to $4.8 billion last year','TZA','World','exports',2019,4.8e9,None,'consistent',
   pert=('to $4.8 billion last year','to $8.8 billion last year','number','overstated',8.8e9),note="Tanzania's FOB exports to the world 4.76 bn (99%).")
AL(a,'Tanzania sided with China on more than nine in ten of the contested votes last year','Tanzania','China',2019,90,'more than','consistent',
   pert=('more than nine in ten','fewer than nine in ten','direction','understated',90,None,None,'less than'),subj='TZA',part='CHN',
   note="Coincidence 96.4% (53 identical, 2 opposite); the share of identical votes over all 64 joint roll calls 82.8% is below 95% of 90 (UNSURE: the verdict rests on coincidence).")
AL(a,'and with the United States in about one in seven','Tanzania','United States',2019,14.29,'about','consistent',
   pert=('about one in seven','about one in three','number','overstated',33.3,None,None),subj='TZA',part='USA',
   note="Coincidence 14.3% (8 / 56); identical-vote share 12.1% (85% of 14.3, on the edge of the band) (UNSURE).")
AL(a,'down from roughly a third in 2010','Tanzania','United States',2010,33.3,'roughly','consistent',lo=28,hi=38,
   pert=('roughly a third in 2010','roughly two-thirds in 2010','number','overstated',66.7,None,None),subj='TZA',part='USA',
   note="2010 coincidence 34.4% (in the 'a third' band 28-38%); identical-vote share 29.5% (in the band too); the fall to 14.3% in 2019 holds.")
UC(a,'Chinese companies had invested about $6.5 billion in the country since 2015','investment stock or flows; not in the data','CHN','TZA',period='2015-2019')
UC(a,'a further 12 projects worth $1.1 billion were "in the pipeline."','project values (planned investment); not in the data','CHN','TZA')
UC(a,'expects container traffic through Dar es Salaam to grow by 8 percent a year until 2025','a forecast (port container traffic to 2025); not in the data','TZA',None,period='2020-2025')
