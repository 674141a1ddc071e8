a=Article('un-votes-jerusalem-year-2017','2018-01-15')
UC(a,'128 countries voted to reject','a vote count of a resolution, not an alignment of a named country',None,'USA')
UC(a,'Egypt, which receives about $1.3 billion a year in American military aid','military aid','USA','EGY')
AL(a,'voted with Washington in only about one in five recorded votes last year','Egypt','United States',2017,20,'about','consistent',pert=('only about one in five','about three in five','number','overstated',60,None,None),subj='EGY',part='USA')
vv=voeten(); M=['Australia','Egypt','Israel','Japan','South Korea','Jordan','New Zealand','Argentina','Bahrain','Philippines','Thailand','Kuwait','Morocco','Pakistan','Afghanistan','Tunisia']
rk=sorted([(coinc_voeten(n,'United States',2017)['coinc'],n) for n in M],reverse=True)
figs=[dict(value=round(c,2),unit='percent',currency=None,year=2017,source=f"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year 2017: {n} with United States (coincidence); MNNA list data/places/us_mnna/major_non_nato_allies.csv (designated by 2017)",basis='derived') for c,n in rk]
a.add("That placed it among the least aligned of Washington's major non-NATO allies, second only to Pakistan",'alignment','consistent','EGY','USA',None,15,'rank',None,'2017',None,figs,
   "Coincidence with the US 2017 among the 16 MNNAs designated by 2017: Egypt 20.4% rank 15, Pakistan 19.8% rank 16 (least); identical-share reading gives the same order (19.7% vs 16.3%).",'consistent',None,
   ("among the least aligned of Washington's major non-NATO allies, second only to Pakistan","among the most closely aligned of Washington's major non-NATO allies, second only to Israel",'rank','contradicted'))
RC(a,'Jordan voted against the United States on the December resolution on the status of Jerusalem',5588.0,'Jordan','United States','against','consistent',pert=('Jordan voted against the United States','Jordan voted with the United States','direction','contradicted'),subj='JOR',part='USA')
RC(a,'as did Nigeria',5588.0,'Nigeria','United States','against','consistent',pert=('as did Nigeria','as did the Philippines','rank','contradicted'),subj='NGA',part='USA',
   note='Elliptical: "as did Nigeria" = Nigeria voted against the US on the same resolution (A/RES/ES-10/19, rcid 5588). The copy names the Philippines, which abstained.')
RC(a,'Colombia voted with the United States on the Jerusalem text',5588.0,'Colombia','United States','with','contradicted',pert=('Colombia voted with the United States','Colombia voted against the United States','direction','contradicted'),subj='COL',part='USA',
   note='Colombia abstained; the copy ("against") is contradicted too.')
AL(a,'sided with the US in about 30 percent of the year','Philippines','United States',2017,30,'about','consistent',pert=('in about 30 percent','in about 70 percent','number','overstated',70,None,None),subj='PHL',part='USA',
   note='"a treaty ally since 1951" is an apposition year, not the period (2017 from the sentence).')
AL(a,'Mexico voted with the US in nearly half of them','Mexico','United States',2017,50,'nearly','overstated',pert=('in nearly half of them','in nearly all of them','number','overstated',100,None,None),subj='MEX',part='USA',
   note='Coincidence 36.5% (73% of half), identical share 27.9%: both below ±15%.')
UC(a,'a border wall that the White House says will cost $18 billion','a project cost','USA','MEX')
ALC(a,'Tanzania stood far closer to Beijing than to Washington in 2017','Tanzania','China','United States',2017,'consistent',pert=('closer to Beijing than to Washington','closer to Washington than to Beijing','direction','contradicted'),subj='TZA',part='CHN')
ALC(a,'Ghana voted with Russia more often than with China','Ghana','Russia','China',2017,'contradicted',pert=('Ghana voted with Russia more often than with China','Ghana voted with the United States more often than with China','rank','contradicted'),subj='GHA',part='RUS',
   note='Russia 62.4% vs China 76.2%: contradicted; the copy (US 36.8%) is false too.')
AL(a,'Jordan voted with the US in more than a quarter of the recorded votes','Jordan','United States',2017,25,'more than','consistent',pert=('in more than a quarter','in more than half','number','overstated',50,None,None),subj='JOR',part='USA',
   note='Coincidence 28.3% (113%); identical share 23.6% (94%, just under the 95% floor): the contract names the coincidence. UNSURE.')
a.add('As a bloc, African members voted with the United States in about a quarter of the roll calls','alignment','not checkable','Africa','USA',None,25,'percent',None,'2017','about',[],
   'UN votes are cast by countries; an alignment claim about a group is not checkable (contract).')
UC(a,'the United States vetoed a Security Council draft on Jerusalem','Security Council votes are not in the data','USA',None)
UC(a,'The United States gave about $50 billion in foreign aid in 2016','foreign aid','USA',None)
RC(a,'On the embargo resolution, only Israel voted with Washington',5549.0,'Israel','United States','with','consistent',pert=('only Israel voted with Washington','only Canada voted with Washington','rank','contradicted'),subj='ISR',part='USA',
   note='A/RES/72/4 (rcid 5549, 1 Nov 2017), Cuban embargo: US no, Israel no (191 yes, 2 no). "191 to 2" is the tally, a distractor.')
