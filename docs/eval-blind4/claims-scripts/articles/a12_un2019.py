a=Article('un-votes-allies-2019','2020-02-10')
AL(a,'Israel voted with the United States more than 90 percent of the time','Israel','United States',2019,90,'more than','consistent',
   pert=('more than 90 percent','less than 60 percent','number','understated',60,None,None,'less than'),subj='ISR',part='USA')
mn=[('Israel','ISR'),('Australia','AUS'),('South Korea','KOR'),('Japan','JPN'),('New Zealand','NZL'),('Brazil','BRA'),('Argentina','ARG'),('Pakistan','PAK'),('Bahrain','BHR'),('Thailand','THA'),('Kuwait','KWT'),('Morocco','MAR'),('Philippines','PHL'),('Jordan','JOR'),('Tunisia','TUN'),('Egypt','EGY')]
figs=[]
for n,_ in mn: figs+=coinc_figs(n,'United States',2019)[0][:1]
a.add('it voted with Washington more often than any other Major Non-NATO Ally','alignment','consistent','ISR','USA',None,1,'rank',None,'2019',None,figs,
      'Among the 16 UN-member MNNA designated by 2019 (Taiwan and Afghanistan left out), Israel ranks first: 97.5% against Australia 74.6% (identical-share reading 94.3% vs 51.7%).',None,
      'MNNA list: data/places/us_mnna/major_non_nato_allies.csv, designated <= 2019, without Taiwan (not a UN member) and Afghanistan (revoked).',
      ('more often than any other Major Non-NATO Ally','less often than any other Major Non-NATO Ally','direction','contradicted'))
AL(a,'The Philippines, a treaty ally since 1951, voted with the United States in fewer than one in five of the recorded votes','Philippines','United States',2019,20,'fewer than','consistent',
   pert=('fewer than one in five','more than half','number','overstated',50,None,None,'more than'),subj='PHL',part='USA')
AL(a,'Peru sided with Washington in about two in five of them','Peru','United States',2019,40,'about','overstated',
   pert=('in about two in five','in fewer than one in ten','number','understated',10,None,None,'fewer than'),subj='PER',part='USA',note="Subject of 'them': the recorded votes of 2019 named in the previous sentence.")
ALC(a,'Poland voted closer to Washington than to Moscow in 2019','Poland','United States','Russia',2019,'contradicted',
   pert=('closer to Washington than to Moscow','closer to Washington than to Beijing','rank','contradicted'),subj='POL',part='USA',
   note='Poland 2019: coincidence with the US 58.1%, with Russia 69.0% (with China 65.0%). The perturbed copy swaps the comparison partner; it is false too.')
ALC(a,'Norway, too, voted with the United States more often than with Russia','Norway','United States','Russia',2019,'contradicted',
   pert=('more often than with Russia','more often than with China','rank','contradicted'),subj='NOR',part='USA',
   note="Norway 2019: US 54.8%, Russia 71.2%, China 68.9%. Year from the previous sentence ('in 2019').")
ALC(a,'Kazakhstan voted with Russia far more often than with the United States last year','Kazakhstan','Russia','United States',2019,'consistent',
   pert=('far more often than with the United States','far less often than with the United States','direction','contradicted'),subj='KAZ',part='RUS')
RC(a,'Kazakhstan voted against the United States on the resolution on the situation of human rights in Crimea',9111.0,'Kazakhstan','United States','against','consistent',
   pert=(('Kazakhstan voted against the United States','Kazakhstan voted with the United States','direction','contradicted')),subj='KAZ',part='USA',
   note='A/RES/74/168 (18 December 2019), Voeten rcid 9111. A second 2019 Crimea vote (rcid 9075, militarization) had Kazakhstan abstaining; the claim names the human-rights resolution.')
RC(a,'Peru voted with the United States on the same resolution',9111.0,'Peru','United States','with','contradicted',
   pert=('Peru voted with the United States','Peru voted against the United States','direction','contradicted'),subj='PER',part='USA',
   note='Peru abstained, so neither "with" nor "against" holds.')
UC(a,'Washington "expects its friends to stand with it when it counts"','a stated expectation (opinion); the contract makes such sentences not checkable','USA',None)
