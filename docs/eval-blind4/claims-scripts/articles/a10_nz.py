a=Article('new-zealand-china-dairy-2013','2014-03-05')
RK(a,"China overtook Australia as New Zealand's largest export market in 2013",'consistent',
   "New Zealand's Exports, FOB: 2013 China 8.21 bn, Australia 7.53 bn; 2012 Australia 7.86 bn, China 5.59 bn. Mirror (partners' CIF) 2013 China 8.25 bn, Australia 7.54 bn; COW 2013 China 8.86 bn, Australia 7.83 bn.",
   [cell('NZL','CHN',2013,'Exports, FOB'),cell('NZL','AUS',2013,'Exports, FOB'),cell('NZL','AUS',2012,'Exports, FOB'),cell('NZL','CHN',2012,'Exports, FOB'),cell('CHN','NZL',2013,'Imports, CIF','mirror'),cell('AUS','NZL',2013,'Imports, CIF','mirror')],
   'NZL','CHN','exports','2013',1,pert=('China overtook Australia','Australia overtook China','rank','contradicted'))
CH(a,'Exports to China more than doubled from 2012','NZL','CHN','exports',2012,2013,100,'more than','overstated',
   pert=('more than doubled','fell by more than a third','direction','contradicted',-33.3),note="'more than doubled' read as a change of at least 95% of +100%; the data show x1.47 (reported), x1.42 (China CIF), x1.38 (COW).")
TV(a,'exports to China were worth roughly NZ$10 billion','NZL','CHN','exports',2013,10e9,'roughly','consistent',currency='NZD',conv=('NZL',2013),
   pert=('roughly NZ$10 billion','roughly NZ$20 billion','number','overstated',20e9))
CV(a,'roughly NZ$10 billion, about US$7 billion at the year\'s average exchange rate',10e9,'NZL',2013,7e9,'about','understated',
   pert=('about US$7 billion','about US$12 billion','number','overstated',12e9),note='NZ$10 bn / 1.2187 = US$8.21 bn, 117% of the stated US$7 bn: the dollar figure is understated (just outside ±15%). The perturbed copy moves it to overstated.')
SH(a,"China took about a fifth of the country's exports",'NZL','CHN','exports',2013,20,'about','consistent',
   pert=('about a fifth','about two-fifths','number','overstated',40,None,None))
RK(a,'with the United States a distant third behind Australia','consistent',
   "New Zealand's Exports, FOB 2013: China 8.21 bn, Australia 7.53 bn, United States 3.35 bn, Japan 2.35 bn.",
   [cell('NZL','AUS',2013,'Exports, FOB'),cell('NZL','USA',2013,'Exports, FOB'),cell('NZL','JPN',2013,'Exports, FOB'),cell('USA','NZL',2013,'Imports, CIF','mirror'),cell('JPN','NZL',2013,'Imports, CIF','mirror')],
   'NZL','USA','exports','2013',3,pert=('with the United States a distant third','with Japan a distant third','rank','contradicted'))
UC(a,'dairy exports in December alone fell by 12 percent','a monthly single-sector change','NZL',None)
UC(a,'The two governments have set a goal of NZ$30 billion in two-way trade by 2020','a trade target for a future year','NZL','CHN')
UC(a,'55 percent of New Zealanders think the country relies too much on one buyer','an opinion poll','NZL',None)
UC(a,'spending an estimated NZ$1 billion','tourism spending (services), not goods trade','CHN','NZL')
ALC(a,'In 2013 New Zealand voted closer to China than to the United States','New Zealand','China','United States',2013,'consistent',
   pert=('closer to China than to the United States','closer to the United States than to China','direction','contradicted'),subj='NZL',part='CHN')
