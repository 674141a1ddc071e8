import sys; sys.path.insert(0,os.path.dirname(__file__)+'/..')
from africa import AFRICA
a=Article('africa-ukraine-un-votes')
E6='A/RES/ES-11/6'; E1='A/RES/ES-11/1'; E3='A/RES/ES-11/3'; E4='A/RES/ES-11/4'
OVD(a,'Mali, whose government has invited Russian paramilitaries to help fight jihadist groups, joined Eritrea among the handful of states voting no',[(E6,'MALI','no')],'consistent',subj='MLI',part='RUS',
   pert=('Mali, whose government','Namibia, whose government','rank','contradicted'),note="'Thursday' before 2023-02-27 = A/RES/ES-11/6 (23 Feb 2023). The perturbed copy names Namibia, which abstained.")
a.claims[-1]['quote']='Mali, whose government has invited Russian paramilitaries'
OVD(a,'joined Eritrea among the handful of states voting no',[(E6,'ERITREA','no')],'consistent',subj='ERI',part='RUS',
   pert=('joined Eritrea among','joined Ethiopia among','rank','contradicted'),note='Ethiopia (perturbed copy) voted yes on A/RES/ES-11/6.')
c6=group_votes(E6,AFRICA); c4=group_votes(E4,AFRICA)
UC(a,'Fifteen African delegations abstained, down from 19',f"a vote count of a group (African states); UN votes are cast by countries. For reference (54 African UN members, DGACM): {c6['abstain']} abstained on A/RES/ES-11/6 and {c4['abstain']} on A/RES/ES-11/4 (12 Oct 2022): as stated.",'Africa',None,kind='alignment')
OVD(a,'Senegal and Tanzania among them, did not vote at all',[(E6,'SENEGAL','absent')],'consistent',subj='SEN',
   pert=('Senegal and Tanzania among them','Angola and Tanzania among them','rank','contradicted'),note="Not listed among yes, no or abstaining members of A/RES/ES-11/6. Perturbed: Angola abstained.")
OVD(a,'and a handful, Senegal and Tanzania among them',[(E6,'UNITED REPUBLIC OF TANZANIA','absent')],'consistent',subj='TZA',
   pert=('Senegal and Tanzania among them','Senegal and Namibia among them','rank','contradicted'),note='Perturbed: Namibia abstained.')
c1=group_votes(E1,AFRICA)
UC(a,"barely half of Africa's 54 member states voted for the text",f"a group's votes (African states); not checkable by the contract. For reference: {c1['yes']} of 54 voted yes on A/RES/ES-11/1 (2 Mar 2022), {100*c1['yes']/54:.1f}%.",'Africa',None,kind='alignment')
r1=[r for r in dgacm() if r['symbol']==E1][0]; ab=sum(1 for v in r1['votes'].values() if v=='abstain'); abA=c1['abstain']
UC(a,'nearly half of the 35 abstentions worldwide came from African countries',f"a group's votes; not checkable by the contract. For reference: {abA} of {ab} abstentions on A/RES/ES-11/1 were African ({100*abA/ab:.1f}%).",'Africa',None,kind='alignment')
OVD(a,'Eritrea was the only one of them to side with Moscow',[(E1,'ERITREA','no')],'consistent',subj='ERI',part='RUS',
   pert=('Eritrea was the only one','Ethiopia was the only one','rank','contradicted'),note=f"Eritrea voted no on A/RES/ES-11/1, the only African no (African votes: {dict(c1)}).")
a.claims[-1]['figures'].append(dict(value=c1['no'],unit='count',currency=None,year=2022,source=f'data/unga/un_dgacm_resolutions/*.json {E1}: African members voting no',basis='derived'))
OVD(a,"described Senegal's abstention as the most surprising",[(E1,'SENEGAL','abstain')],'consistent',subj='SEN',
   pert=("Senegal's abstention","Senegal's no vote",'direction','contradicted'),note="The presupposed vote: Senegal abstained on A/RES/ES-11/1.")
OVD(a,'Senegal and Angola both moved from abstaining to voting yes in October',[(E1,'SENEGAL','abstain'),(E4,'SENEGAL','yes')],'consistent',subj='SEN',
   pert=('Senegal and Angola both moved','Namibia and Angola both moved','rank','contradicted'),note="'abstaining' read as their vote on A/RES/ES-11/1; 'October' = A/RES/ES-11/4. Perturbed: Namibia abstained in October.")
OVD(a,'both moved from abstaining to voting yes in October',[(E1,'ANGOLA','abstain'),(E4,'ANGOLA','yes')],'consistent',subj='AGO',
   pert=('Senegal and Angola both moved','Senegal and Namibia both moved','rank','contradicted'),note='Perturbed: Namibia abstained in October.')
UC(a,'African support for that resolution rose to 30 countries',f"a group's votes; not checkable by the contract. For reference: {c4['yes']} African yes votes on A/RES/ES-11/4.",'Africa',None,kind='alignment')
OVD(a,'Tanzania, by contrast, abstained in all three of the major votes on the war',[(E1,'UNITED REPUBLIC OF TANZANIA','abstain'),(E4,'UNITED REPUBLIC OF TANZANIA','abstain'),(E6,'UNITED REPUBLIC OF TANZANIA','abstain')],'contradicted',subj='TZA',
   pert=('abstained in all three','voted yes in all three','direction','contradicted'),
   note="The three withdrawal demands the article counts (ES-11/1, ES-11/4, ES-11/6): abstain, abstain, absent (the article itself says Tanzania did not vote on Thursday). Read as ES-11/1, /3, /4 it would hold (UNSURE).")
ukr22=['A/RES/ES-11/1','A/RES/ES-11/2','A/RES/ES-11/3','A/RES/ES-11/4','A/RES/ES-11/5','A/RES/77/229']
OVD(a,'Namibia abstained every time the Assembly voted on Ukraine last year',[(s,'NAMIBIA','abstain') for s in ukr22],'consistent',subj='NAM',
   pert=('Namibia abstained every time','Namibia voted yes every time','direction','contradicted'),note="2022 recorded votes on Ukraine in the DGACM file: ES-11/1 to ES-11/5 and A/RES/77/229 (human rights in Crimea): Namibia abstained on all six, including ES-11/2 (humanitarian) and ES-11/5 (reparations).")
OVD(a,'Zimbabwe went further in April, voting against the suspension of Russia from the Human Rights Council',[(E3,'ZIMBABWE','no')],'consistent',subj='ZWE',part='RUS',
   pert=('voting against the suspension','voting for the suspension','direction','contradicted'))
c3=group_votes(E3,AFRICA)
UC(a,"as many African governments voted against Russia's suspension as voted for it",f"a group's votes; not checkable by the contract. For reference, A/RES/ES-11/3: {c3['no']} African no, {c3['yes']} yes, {c3['abstain']} abstentions (not equal; 'two dozen' abstentions as stated).",'Africa',None,kind='alignment')
TV(a,'Russia sold roughly $8 billion of goods to African countries in 2020','RUS','Africa','exports',2020,8e9,'roughly','consistent',
   pert=('roughly $8 billion','roughly $18 billion','number','overstated',18e9),note="DOTS 'Africa' aggregate on Russia's export sheet (reporter only).")
SH(a,'about 2.4 percent of its exports','RUS','Africa','exports',2020,2.4,'about','consistent',pert=('about 2.4 percent','about 12.4 percent','number','overstated',12.4,None,None))
TV(a,'Russian shipments to the country were worth about $490 million in 2020','RUS','SEN','exports',2020,490e6,'about','consistent',
   pert=('about $490 million','about $990 million','number','overstated',990e6),note="Russia's FOB record 487 m (99%); Senegal's CIF record 353 m (72%) below: consistent by the reporter's side (UNSURE).")
TV(a,'close to 280 billion CFA francs','RUS','SEN','exports',2020,280e9,'close to','consistent',currency='XOF',conv=('SEN',2020),
   pert=('close to 280 billion CFA francs','close to 580 billion CFA francs','number','overstated',580e9),note="CFA franc (XOF) at Senegal's WEO 2020 average, 574.75 per USD; Senegal's record (203 bn, 72%) below: reporter decides.")
CVD(a,'about $490 million in 2020, or close to 280 billion CFA francs',490e6,'SEN',2020,280e9,'close to','consistent',
   pert=('close to 280 billion CFA francs','close to 180 billion CFA francs','number','understated',180e9))
CH(a,'up by around a third from the year before','RUS','SEN','exports',2019,2020,33.3,'around','contradicted',
   pert=('up by around a third','down by around two thirds','direction','overstated',-66.7),note="Russia's FOB record fell 31.4% (710 -> 487 m), Senegal's CIF record fell 3.0%: the opposite direction on both.")
UC(a,'Russian wheat accounts for more than half of their supply',"one product's share (wheat, millers' supply)",'SEN','RUS')
ALM(a,'already voted with Russia in roughly four out of five contested General Assembly roll calls',[('Tanzania','UNITED REPUBLIC OF TANZANIA'),('Namibia','NAMIBIA'),('Angola','ANGOLA')],('Russia','RUSSIAN FEDERATION'),[2019,2020,2021],80,'roughly','consistent',
   pert=('roughly four out of five','roughly one out of five','number','understated'),pclaim=20,subj='TZA',part='RUS',
   note="'In the years before the war' read as 2019-2021 (Voeten 2019, DGACM 2020-2021); every year of each country lies within ±15% of 80% as well.")
ALM(a,'and with the United States in fewer than one in four',[('Tanzania','UNITED REPUBLIC OF TANZANIA'),('Namibia','NAMIBIA'),('Angola','ANGOLA')],('United States','UNITED STATES'),[2019,2020,2021],25,'less than','consistent',
   pert=('fewer than one in four','fewer than one in twenty','number','understated'),pclaim=5,subj='TZA',part='USA',
   note="Means 2019-2021 inside; Tanzania's 2021 coincidence alone (27.4%) is 110% of 25%, above the 105% limit (UNSURE: depends on the years read).")
AL(a,'Zimbabwe sided with Moscow more than 95 percent of the time in 2019','Zimbabwe','Russia',2019,95,'more than','overstated',
   pert=('more than 95 percent','less than 50 percent','number','understated',50,None,None,'less than'),subj='ZWE',part='RUS',
   note="Coincidence 90.0% = 94.7% of 95, just below the 95% floor; the identical-vote share 81.0% is below too (UNSURE: close to the edge).")
UC(a,'pledged $55 billion for Africa over three years','a pledge (aid and investment over three years)','USA','Africa')
fs=[cell('SEN','RUS',2020,'Exports, FOB'),cell('RUS','SEN',2020,'Imports, CIF','mirror'),cell('RUS','SEN',2020,'Exports, FOB','mirror'),cell('SEN','RUS',2020,'Imports, CIF')]
RK(a,"while Senegal's own sales to Russia were negligible",'consistent',
   f"Senegal's exports to Russia 2020: {fs[0]['value']/1e6:.2f} m on Senegal's FOB record, {fs[1]['value']/1e6:.2f} m on Russia's CIF record, against Russian sales of 487 m (Russia FOB) / 353 m (Senegal CIF): well under 1% either way.",
   fs,'SEN','RUS','exports','2020',None,pert=("were negligible","were larger",'direction','contradicted'),
   note="Found only after reading the writer's notes. 'negligible' read as a ratio word below 'a tiny fraction' (≤5%) of the flow the other way.")
