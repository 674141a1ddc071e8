a=Article('iran-un-votes-isolation')
# dated 2026-01-08: last year = 2025; "last month" = December 2025
IR='IRAN (ISLAMIC REPUBLIC OF)'
OVD(a,'Qatar and Kuwait again abstained',[('A/RES/80/222','QATAR','abstain'),('A/RES/80/222','KUWAIT','abstain')],'consistent',
   pert=('Qatar and Kuwait again abstained','Qatar and Kuwait again voted in favour','direction','contradicted'),subj='QAT',
   note="A/RES/80/222 (18 December 2025, human rights in Iran): Qatar and Kuwait abstained (as on every such text since 2019). The tallies in the paragraph (78-27-64; 81-30-70 in 2019; 90 in favour in 2022) are resolution tallies, not annotated.")
OVD(a,'while Oman and Iraq voted against, alongside China and Russia',[('A/RES/80/222','OMAN','no'),('A/RES/80/222','IRAQ','no'),('A/RES/80/222','CHINA','no'),('A/RES/80/222','RUSSIAN FEDERATION','no')],'consistent',
   pert=('while Oman and Iraq voted against','while Oman and Iraq voted in favour','direction','contradicted'),subj='OMN',note='A/RES/80/222: Oman, Iraq, China and Russia no.')
OVD(a,'India, which abstained for the first time last month',[('A/RES/80/222','INDIA','abstain')],'contradicted',
   pert=('India, which abstained for the first time last month','India, which voted in favour for the first time last month','direction','contradicted'),subj='IND',
   note="India voted no on A/RES/80/222 (December 2025); it abstained on A/RES/79/183 (December 2024), its first abstention on this text in the DGACM files (no 2019-2023). The perturbed copy (in favour) is false the same way.")
AL(a,'Iran sided with the United States on just three of the 158 resolutions and amendments on which both delegations voted yes or no',IR,'UNITED STATES',2025,1.9,None,'consistent',src='dgacm',
   pert=('on just three of the 158','on just 30 of the 158','number','overstated',19,None,None),subj='IRN',part='USA',
   note="DGACM 2025: 3 identical, 155 opposite (3 of 158 = 1.9%). The perturbed 30 of 158 (19%) is ten times the data (overstated).")
AL(a,'or under 2 percent',IR,'UNITED STATES',2025,2,'less than','consistent',src='dgacm',pert=('or under 2 percent','or under 1 percent','number','understated',1,None,None),subj='IRN',part='USA',note='1.90% (95% of 2).')
a.add('It parted company with China only once','alignment','consistent','IRN','CHN',None,1,'count',None,'2025',None,coinc_figs(IR,'CHINA',2025,'dgacm')[0],
      'DGACM 2025: Iran and China identical on 153, opposite on 1 yes/no pair.',None,None,('parted company with China only once','parted company with China only 11 times','number','understated'))
AL(a,'With Russia its agreement jumped to more than 90 percent',IR,'RUSSIAN FEDERATION',2025,90,'more than','consistent',src='dgacm',pert=('to more than 90 percent','to more than 99 percent','number','overstated',99,None,None),subj='IRN',part='RUS',note='DGACM 2025: 137 / 148 = 92.6%.')
AL(a,'from under 80 percent in 2024',IR,'RUSSIAN FEDERATION',2024,80,'less than','consistent',src='dgacm',pert=('from under 80 percent in 2024','from under 60 percent in 2024','number','understated',60,None,None),subj='IRN',part='RUS',note='DGACM 2024: 54 / 69 = 78.3%.')
rs=[]
for c in set(n for r in dgacm() for n in r['votes']):
    x=coinc_dgacm(c,'UNITED STATES',2025)
    if x['coinc'] is not None and c!='UNITED STATES': rs.append((x['coinc'],c,x['identical'],x['opposite']))
rs.sort(); pos=[c for _,c,_,_ in rs].index(IR)+1
figs=[dict(value=round(v,2),unit='percent',currency=None,year=2025,source=f"data/unga/un_dgacm_resolutions/*.json, resolutions with a recorded vote adopted in 2025, de-duplicated by symbol: {c} with UNITED STATES, identical {i} / (identical + opposite {o})",basis='derived') for v,c,i,o in rs[:pos+2]]
low=', '.join(f"{c.title()} {v:.1f}% ({i}/{i+o})" for v,c,i,o in rs[:pos+1])
a.add("That puts Tehran among the least aligned with Washington of the Assembly's members",'alignment','consistent','IRN','USA',None,None,'rank',None,'2025',None,figs,
      f"DGACM 2025 coincidence with the US, lowest first, {len(rs)} members: {low}: Iran {pos}th lowest.",None,"'Among the least aligned' read as the bottom decile or so.",
      ("among the least aligned with Washington","among the most aligned with Washington",'direction','contradicted'))
a.add('Iran was "the least aligned of all 193 members" with the US','alignment','contradicted','IRN','USA',None,1,'rank',None,'2025',None,figs,
      f"DGACM 2025: Iran is {pos}th lowest of {len(rs)} members with votes; Eswatini and Sao Tome and Principe (0%), Turkmenistan, Grenada, Zimbabwe, Samoa and Mongolia are lower.",None,
      "Officials' claim the article rebuts. The perturbed copy is false the same way.",('the least aligned of all 193 members','the second least aligned of all 193 members','rank','contradicted'))
a.add('Several small states that took part in fewer votes had even lower scores','alignment','consistent',None,'USA',None,None,'comparison',None,'2025',None,figs,
      f"DGACM 2025: below Iran ({3}/{158}) with fewer yes/no pairs: Eswatini 0/80, Sao Tome and Principe 0/7, Turkmenistan 1/121, Grenada 1/95, Samoa 2/113 (Zimbabwe 2/160 and Mongolia 3/168 are lower with more).",None,
      "A comparison of other members' coincidence with the US with Iran's (UNSURE: subject a set of unnamed states).",('had even lower scores','had higher scores','direction','contradicted'))
ALM(a,"Iran's Gulf neighbours, Oman, Qatar and Kuwait, sided with it on close to 99 percent of the recorded votes",[('Oman','OMAN'),('Qatar','QATAR'),('Kuwait','KUWAIT')],('Iran',IR),[2025],99,'close to','consistent',
    pert=('close to 99 percent','close to 69 percent','number','understated'),pclaim=69,subj='OMN',part='IRN',note='DGACM 2025 coincidence with Iran: Oman 98.8%, Qatar 98.75%, Kuwait 98.75%.')
ALM(a,'In the 1970s, under the Shah, Iran voted with Washington nearly two-thirds of the time on contested questions',[('Iran',IR)],('United States','UNITED STATES'),list(range(1970,1980)),66.7,'nearly','consistent',
    pert=('nearly two-thirds of the time','nearly nine-tenths of the time','number','overstated'),pclaim=90,subj='IRN',part='USA',
    note="Mean of the yearly Voeten coincidences 1970-1979: 59.4% (89% of 66.7, inside ±15%); 1970-1978 (the Shah's full years): 62.4%.")
AL(a,'and in 1978, the last full year of the monarchy, about three times in four','Iran','United States',1978,75,'about','consistent',pert=('about three times in four','about one time in four','number','understated',25,None,None),subj='IRN',part='USA',
   note='Voeten 1978: 47 / 63 = 74.6%; the identical-vote share 48.5% is below (UNSURE).')
AL(a,'After the revolution the figure fell to under 30 percent in 1980','Iran','United States',1980,30,'less than','consistent',pert=('to under 30 percent in 1980','to under 20 percent in 1980','number','understated',20,None,None),subj='IRN',part='USA',note='Voeten 1980: 17 / 58 = 29.3%.')
ALM(a,'to about one in seven across the 1980s as a whole',[('Iran',IR)],('United States','UNITED STATES'),list(range(1980,1990)),14.29,'about','consistent',
    pert=('about one in seven','about one in three','number','overstated'),pclaim=33.3,subj='IRN',part='USA',note='Mean of the yearly Voeten coincidences 1980-1989: 14.2%.')
ALC(a,'At the UN, Iran is now closer to Beijing than to Moscow',IR,'CHINA','RUSSIAN FEDERATION',2025,'consistent',src='dgacm',
    pert=('closer to Beijing than to Moscow','closer to Moscow than to Beijing','direction','contradicted'),subj='IRN',part='CHN',note='DGACM 2025: China 99.4%, Russia 92.6%.')
UC(a,"China has been Iran's main customer for crude","one product's trade (crude oil); not in the checked data",'IRN','CHN')
TV(a,'Chinese exports to Iran fell to under $10 billion in 2019','CHN','IRN','exports',2019,10e9,'less than','consistent',pert=('to under $10 billion in 2019','to under $5 billion in 2019','number','understated',5e9),
   note="China's FOB record 9.61 bn, Iran's CIF record 6.84 bn: both under.")
MT(a,'roughly a third of their 2014 peak','CHN','IRN','exports',2014,2019,1/3,'roughly','understated',pert=('roughly a third of their 2014 peak','roughly a tenth of their 2014 peak','number','understated',0.1),
   note="China's FOB record 9.61 / 24.34 = 0.39 (118% of 1/3, above ±15%; outside the 'a third' band 28-38% too); Iran's CIF record 6.84 / 12.72 = 0.54 (above). The perturbed copy is false the same way.")
REC(a,'their 2014 peak of more than $24 billion','CHN','IRN','exports',2014,'consistent',pert=('their 2014 peak','their 2017 peak','number','sources disagree'),
   note="China's FOB record: 2014 (24.34 bn) above every other year to 2019: holds. Iran's CIF record: 2014 (12.72 bn) above every earlier year but below 2017 (13.12 bn): as a peak of the period it fails; reporter decides. Perturbed '2017 peak': on China's record 2017 (18.68 bn) is below 2014 (fails), on Iran's record 2017 is the peak (holds): sources disagree.")
TV(a,'of more than $24 billion','CHN','IRN','exports',2014,24e9,'more than','consistent',pert=('of more than $24 billion','of more than $34 billion','number','overstated',34e9),
   note="China's FOB record 24.34 bn (101%); Iran's CIF record 12.72 bn (53%) below: consistent by the reporter's side ('according to IMF figures') (UNSURE).")
UC(a,'could bring $400 billion of Chinese investment','an investment pledge; not in the data','CHN','IRN')
UC(a,'The rial, which traded at around 42,000 to the dollar at the official rate when the deal was signed','an exchange rate on a date (July 2015); only annual averages are in the data','IRN',None,period='2015-07')
UC(a,'changed hands on the open market at more than 1 million last month','an open-market exchange rate in a month; not in the data','IRN',None,period='2025-12')
UC(a,'Inflation is running at over 40 percent, according to the central bank','inflation; not in the data','IRN',None)
