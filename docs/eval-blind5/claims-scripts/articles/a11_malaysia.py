a=Article('malaysia-china-singapore-2015','2016-03-15')
CH(a,"Malaysia's exports to the world fell by about 15 percent in dollar terms last year",'MYS','World','exports',2014,2015,-15,'about','consistent',pert=('fell by about 15 percent','rose by about 15 percent','direction','contradicted',15))
UC(a,'The ringgit lost roughly a fifth of its value against the dollar during 2015','an exchange-rate move','MYS',None)
UC(a,'introduced a 6 percent goods and services tax','a tax rate','MYS',None)
CH(a,'Exports to Singapore, the traditional first stop for Malaysian goods, fell by about 16 percent','MYS','SGP','exports',2014,2015,-16,'about','consistent',pert=('fell by about 16 percent','rose by about 16 percent','direction','contradicted',16),
   note='No subject: Malaysia from context; year 2015 from the lead ("last year").')
RK(a,"China overtook Singapore as Malaysia's largest export market in 2015",'contradicted',
   "Malaysia's Exports, FOB: 2015 Singapore 27.81 bn, China 25.99 bn (Singapore still first; 2014: 33.29 vs 28.20). On the partners' CIF records China was ahead in both years (55.77 vs 39.04 bn in 2014), so it did not overtake in 2015 on either basis.",
   [cell('MYS','SGP',2015,'Exports, FOB'),cell('MYS','CHN',2015,'Exports, FOB'),cell('MYS','SGP',2014,'Exports, FOB'),cell('MYS','CHN',2014,'Exports, FOB'),
    cell('CHN','MYS',2014,'Imports, CIF','mirror'),cell('SGP','MYS',2014,'Imports, CIF','mirror'),cell('CHN','MYS',2015,'Imports, CIF','mirror'),cell('SGP','MYS',2015,'Imports, CIF','mirror')],
   'MYS','CHN','exports','2015',1,pert=("China overtook Singapore as Malaysia's largest export market","China overtook Japan as Malaysia's third-largest export market",'rank','contradicted'),
   note="The perturbed copy is false too: China was second on Malaysia's sheet, ahead of Japan in 2014 already.")
TV(a,'The review put exports to China at about RM150 billion','MYS','CHN','exports',2015,150e9,'about','sources disagree',currency='MYR',conv=('MYS',2015),pert=('at about RM150 billion','at about RM450 billion','number','overstated',450e9),
   note="Malaysia's FOB converts to RM101.5 bn (68%, below); China's CIF to RM207.9 bn (139%, above): the bases bracket the claim.")
SH(a,"China supplied nearly a fifth of Malaysia's imports last year",'MYS','CHN','imports',2015,20,'nearly','consistent',pert=('nearly a fifth','nearly half','number','overstated',50,40,60))
CH(a,'Imports from China jumped 20 percent','MYS','CHN','imports',2014,2015,20,None,'contradicted',pert=('jumped 20 percent','fell 40 percent','number','overstated',-40),
   note='Malaysia CIF -6.2%, China FOB -4.5%: both fell. The copy ("fell 40 percent") is overstated on both.')
UC(a,'some $100 billion of investment in a single property project in Johor','investment (a property project)','CHN','MYS')
UC(a,'financed with loans from Chinese banks','loans','CHN','MYS')
SH(a,'The European Union took about a tenth of Malaysian exports in 2015','MYS','EU','exports',2015,10,'about','consistent',pert=('about a tenth','about a third','number','overstated',33.3,28,38))
UC(a,'Palm oil exports reached 17.4 million tonnes','a volume of one product','MYS',None)
UC(a,'expect exports to recover by 3 percent this year','a forecast','MYS',None)
UC(a,'shipments in January were down 4 percent on December','a monthly figure','MYS',None)
AL(a,'It voted with Washington in about 40 percent of the recorded votes of the 2015 General Assembly','Malaysia','United States',2015,40,'about','overstated',
   pert=('in about 40 percent','in about 90 percent','number','overstated',90,None,None),subj='MYS',part='USA',note='Coincidence 21.9% (identical share 17.9%): both far below ±15% of 40%. The copy is overstated by more.')
ALC(a,'stood closer to Moscow than to Tokyo','Malaysia','Russia','Japan',2015,'contradicted',pert=('closer to Moscow than to Tokyo','closer to Washington than to Tokyo','rank','contradicted'),subj='MYS',part='RUS',
   note='Coincidence with Russia 76.3%, with Japan 82.4%: contradicted (the contract compares mean coincidence). The share of identical votes over all joint roll calls reverses the order (Russia 57.7%, Japan 53.8%): a reader of that measure would say consistent. UNSURE. The copy (US 21.9%) is false on both measures.')
UC(a,'about $700 million reached private accounts','a financial scandal amount, not trade','MYS',None)
