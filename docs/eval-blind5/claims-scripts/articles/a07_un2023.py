a=Article('un-votes-global-south-2023','2024-02-12')
AL(a,'voted with the United States in about four of every ten recorded votes last year','ARGENTINA','UNITED STATES',2023,40,'about','consistent',src='dgacm',
   pert=('about four of every ten','about eight of every ten','number','overstated',80,None,None),subj='ARG',part='USA')
AL(a,'Ethiopia sided with Washington in fewer than one vote in four','ETHIOPIA','UNITED STATES',2023,25,'fewer than','consistent',src='dgacm',
   pert=('in fewer than one vote in four','in more than half of the votes','number','overstated',50,None,None,'more than'),subj='ETH',part='USA')
ALC(a,'voted with Washington more often than with Moscow in 2023','COLOMBIA','UNITED STATES','RUSSIAN FEDERATION',2023,'contradicted',src='dgacm',
   pert=('voted with Washington more often than with Moscow','voted with Washington more often than with Beijing','rank','contradicted'),subj='COL',part='USA',
   note='Subject Colombia (sentence subject; the 2.9 million migrants are a distractor). 36.8% with the US vs 58.9% with Russia: contradicted. The perturbed copy (Beijing, 85.7%) is false too.')
AL(a,'Thailand voted with China in about 70 percent of the recorded votes','THAILAND','CHINA',2023,70,'about','understated',src='dgacm',
   pert=('in about 70 percent','in more than 95 percent','number','overstated',95,None,None,'more than'),subj='THA',part='CHN')
AL(a,'Sri Lanka voted with Russia in about two-thirds of them','SRI LANKA','RUSSIAN FEDERATION',2023,66.7,'about','consistent',src='dgacm',
   pert=('about two-thirds of them','about a quarter of them','number','understated',25,None,None),subj='LKA',part='RUS')
AL(a,'Senegal voted with the US in nearly half','SENEGAL','UNITED STATES',2023,50,'nearly','overstated',src='dgacm',
   pert=('in nearly half','in nearly all','number','overstated',100,None,None),subj='SEN',part='USA')
RC(a,'Argentina voted against the United States on the October 27 resolution on the protection of civilians in Gaza','A/RES/ES-10/21','ARGENTINA','UNITED STATES','against','consistent',
   pert=('Argentina voted against the United States','Argentina voted with the United States','direction','contradicted'),subj='ARG',part='USA')
UC(a,'which passed with 120 votes in favour','a vote count of a resolution, not an alignment of a country',None,None,kind='uncheckable')
RC(a,'Sri Lanka voted with Washington on the February resolution on a just and lasting peace in Ukraine','A/RES/ES-11/6','SRI LANKA','UNITED STATES','with','contradicted',
   pert=('Sri Lanka voted with Washington','Sri Lanka voted against Washington','direction','contradicted'),subj='LKA',part='USA',
   note='Sri Lanka abstained on A/RES/ES-11/6 (the US voted yes): neither with nor against, so the copy is contradicted too.')
RC(a,'Jordan voted against Russia on the same text','A/RES/ES-11/6','JORDAN','RUSSIAN FEDERATION','against','consistent',
   pert=('Jordan voted against Russia','Jordan voted with Russia','direction','contradicted'),subj='JOR',part='RUS',note='"the same text" = A/RES/ES-11/6 (previous clause).')
ALC(a,'was closer to Beijing than to Moscow over the year','JORDAN','CHINA','RUSSIAN FEDERATION',2023,'consistent',src='dgacm',
   pert=('closer to Beijing than to Moscow','closer to Moscow than to Beijing','direction','contradicted'),subj='JOR',part='CHN')
a.add('As a group, Latin American members voted with the United States in about 40 percent','alignment','not checkable','Latin America','USA',None,40,'percent',None,'2023','about',[],
   'UN votes are cast by countries; an alignment claim about a group is not checkable (contract).')
UC(a,'the United States cast its veto three times in 2023','Security Council votes are not in the data','USA',None)
UC(a,'58 percent of Argentines wanted closer ties with Washington','an opinion poll','ARG','USA')
