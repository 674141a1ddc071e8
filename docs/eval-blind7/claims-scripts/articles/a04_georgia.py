a=Article('georgia-wine-russia-return')
# dated 2014-03-05: last year = 2013
MT(a,'Sales to Russia more than quadrupled','GEO','RUS','exports',2012,2013,4,'more than','consistent',
   pert=('more than quadrupled','more than quintupled','number','overstated',5),
   note="Georgia's FOB record 45.8 -> 190.2 m (x4.15, inside 'more than' 4); Russia's CIF record 98.0 -> 221.1 m (x2.26, below): consistent by the reporter's side (UNSURE).")
TV(a,'to about $190 million','GEO','RUS','exports',2013,190e6,'about','consistent',pert=('to about $190 million','to about $390 million','number','overstated',390e6),
   note="Georgia's FOB 190.2 m (100%); Russia's CIF 221.1 m (116%, just above ±15%): consistent by the reporter's side (UNSURE).")
TV(a,'from $46 million a year earlier','GEO','RUS','exports',2012,46e6,None,'consistent',pert=('from $46 million a year earlier','from $146 million a year earlier','number','overstated',146e6),
   note="Georgia's FOB 45.8 m (100%); Russia's CIF 98.0 m (213%) above: consistent by the reporter's side (UNSURE).")
AR(a,'Sales to Russia more than quadrupled, to about $190 million from $46 million a year earlier','consistent',"article arithmetic: $46 m to $190 m is x4.13, 'more than quadrupled' (>= 0.95 x 4).",
   [A(46e6,'2012 exports to Russia',2012),A(190e6,'2013 exports to Russia',2013),dict(value=4.13,unit='ratio',currency=None,year=None,source='ratio of the two article figures',basis='derived')],
   pert=('more than quadrupled','more than sextupled','number','contradicted'),subject='GEO',partner='RUS',flow='exports',period='2012-2013',hedge='more than',quantity=4)
DIR(a,'taking them above their level of 2005','GEO','RUS','exports',2005,2013,+1,'consistent',pert=('above their level of 2005','below their level of 2005','direction','contradicted',-1),
   note="2013 above 2005 on both records (Georgia 190.2 vs 154.4 m; Russia 221.1 vs 157.1 m). Annotated as a change 2005 -> 2013 stated by its direction.")
TV(a,'that is roughly 115 million lari','GEO','RUS','exports',2013,115e6,'roughly','understated',currency='GEL',conv=('GEO',2013),
   pert=('roughly 115 million lari','roughly 915 million lari','number','overstated',915e6),note="At the WEO 2013 average 1.6635 GEL per USD: Georgia's record 316 m lari (275%), Russia's 368 m (320%): both above.")
CVD(a,"At last year's average rate of 1.66 lari to the dollar, that is roughly 115 million lari",190e6,'GEO',2013,115e6,'roughly','understated',
   pert=('roughly 115 million lari','roughly 915 million lari','number','overstated',915e6),
   note="A restatement of the $190 million of the sentence before: 190 m x 1.6635 (WEO 2013; the stated 1.66 matches) = 316 m lari, 275% of 115 m.")
a.claims[-1]['currency']='GEL'
RKP(a,'had "jumped back to become our second-largest market."','GEO',2013,'exports',rank_of('RUS',2),'Russia the second-largest buyer of Georgian goods in 2013','contradicted',ranked='RUS',
   pert=('our second-largest market','our largest market','rank','contradicted'),ppred=rank_of('RUS',1),
   note="A deputy minister's claim the article rebuts. Georgia's FOB record: Azerbaijan 0.71, Armenia 0.32, Ukraine 0.193, Russia 0.190 bn (4th); partners' CIF records: Bulgaria, Turkey, Russia (3rd). The perturbed copy is false the same way.")
RKP(a,'Azerbaijan remained by far the biggest buyer','GEO',2013,'exports',rank_of('AZE',1),'Azerbaijan the largest buyer in 2013','consistent',ranked='AZE',
   pert=('by far the biggest buyer','only the fourth-biggest buyer','rank','contradicted'),ppred=rank_of('AZE',4),
   note="Own record: Azerbaijan 0.71 bn, more than twice Armenia. Azerbaijan's own CIF record of imports from Georgia is only 0.13 bn, so on the partners' records it is not first (Bulgaria 0.28 bn): the reporter decides (UNSURE).")
TV(a,'taking some $710 million of goods','GEO','AZE','exports',2013,710e6,'some','consistent',pert=('some $710 million','some $1.7 billion','number','overstated',1.7e9),
   note="Georgia's FOB 710 m (100%); Azerbaijan's CIF 131 m (18%) below: consistent by the reporter's side (UNSURE; the sentence itself says many are re-exported used cars).")
RKP(a,'and Armenia came next','GEO',2013,'exports',rank_of('ARM',2),'Armenia second in 2013','consistent',ranked='ARM',
   pert=('and Armenia came next','and Armenia came sixth','rank','contradicted'),ppred=rank_of('ARM',6),note="Own record: Armenia 0.316 bn, second. Armenia reports no 2013 CIF row large enough to rank on the partners' side.")
TV(a,'Armenia came next with about $316 million','GEO','ARM','exports',2013,316e6,'about','consistent',pert=('about $316 million','about $716 million','number','overstated',716e6))
RKP(a,'Russia ranked behind Ukraine as well','GEO',2013,'exports',lambda L: L.index(NAME['UKR'])<L.index(NAME['RUS']),'Ukraine ahead of Russia as a buyer in 2013','consistent',ranked='RUS',
   pert=('Russia ranked behind Ukraine as well','Russia ranked behind the United States as well','rank','contradicted'),ppred=lambda L: L.index(NAME['USA'])<L.index(NAME['RUS']),
   note="Own record: Ukraine 193.1 m vs Russia 190.2 m (ahead by 1.5%); the partners' CIF records reverse it (Russia 221.1 m vs Ukraine 217.9 m): the reporter decides (UNSURE).")
CH(a,'Overall, exports rose by about a fifth','GEO','World','exports',2012,2013,20,'about','consistent',pert=('rose by about a fifth','rose by about a half','number','overstated',50),
   note='World, own record: 2.377 -> 2.906 bn, +22.3%.')
TV(a,'to a record $2.9 billion','GEO','World','exports',2013,2.9e9,None,'consistent',pert=('to a record $2.9 billion','to a record $4.9 billion','number','overstated',4.9e9))
REC(a,'exports rose by about a fifth to a record','GEO','World','exports',2013,'consistent',pert=('to a record $2.9 billion','to a record low of $2.9 billion','direction','contradicted'),
   note='Own record to the world: 2013 above every earlier year (2012 2.38 bn).')
TV(a,'or some 4.8 billion lari','GEO','World','exports',2013,4.8e9,'some','consistent',currency='GEL',conv=('GEO',2013),pert=('some 4.8 billion lari','some 8.8 billion lari','number','overstated',8.8e9))
CVD(a,'a record $2.9 billion, or some 4.8 billion lari',2.9e9,'GEO',2013,4.8e9,'some','consistent',pert=('some 4.8 billion lari','some 2.8 billion lari','number','understated',2.8e9))
a.claims[-1]['currency']='GEL'
CH(a,'Shipments to the European Union grew faster still, by about three quarters','GEO','EU','exports',2012,2013,75,'about','consistent',pert=('by about three quarters','by about a quarter','number','understated',25),
   note="Group row, own record only: 332 -> 575 m, +73.1%. ('Faster still' than the total's +22%: holds.)")
TV(a,'to $575 million','GEO','EU','exports',2013,575e6,None,'consistent',pert=('to $575 million','to $975 million','number','overstated',975e6))
SH(a,'leaving the bloc with roughly a fifth of the total','GEO','EU','exports',2013,20,'roughly','consistent',pert=('roughly a fifth of the total','roughly half of the total','number','overstated',50,40,60),note='575 / 2,906 m = 19.8%.')
DIR(a,'Exports to Ukraine slipped','GEO','UKR','exports',2012,2013,-1,'contradicted',pert=('Exports to Ukraine slipped','Exports to Ukraine halved','number','contradicted',-1),
   note="'Traders said': a quoted claim. Both records rose (Georgia 167 -> 193 m, Ukraine's CIF 177 -> 218 m). The perturbed copy is false the same way.")
CH(a,'sales to the United States fell by around 40 percent','GEO','USA','exports',2012,2013,-40,'around','consistent',pert=('fell by around 40 percent','fell by around 80 percent','number','overstated',-80),
   note="Georgia's FOB record -39.4% (inside); the US CIF record -22.6% (below): consistent by the reporter's side (UNSURE).")
TV(a,'to some $137 million','GEO','USA','exports',2013,137e6,'some','consistent',pert=('to some $137 million','to some $337 million','number','overstated',337e6),
   note="Georgia's FOB 137 m (100%); the US CIF 175 m (128%) above: consistent by the reporter's side (UNSURE).")
TV(a,'Georgians bought some $840 million worth of Russian goods last year','GEO','RUS','imports',2013,840e6,'some','sources disagree',pert=('some $840 million','some $1.8 billion','number','overstated',1.8e9),
   note="Georgia's CIF record 589 m (70%) below; Russia's FOB record 836 m (100%) inside: only the partner's side agrees.")
TV(a,'so that the gap with the northern neighbour remains about $650 million','GEO','RUS','deficit',2013,650e6,'about','sources disagree',pert=('about $650 million','about $1.65 billion','number','overstated',1.65e9),
   note="Deficit on Georgia's books 589 - 190 = 399 m (61%) below; on the partner's records 836 - 221 = 615 m (95%) inside: only the partner's side agrees.")
AR(a,'so that the gap with the northern neighbour remains about $650 million','consistent',"article arithmetic: imports $840 m minus exports $190 m (the paragraph before) = $650 m, the stated gap (about).",
   [A(840e6,'imports from Russia',2013),A(190e6,'exports to Russia (previous paragraph)',2013),dict(value=650e6,unit='USD',currency='USD',year=2013,source='840 - 190',basis='derived')],
   pert=('remains about $650 million','remains about $950 million','number','contradicted'),subject='GEO',partner='RUS',flow='deficit',period='2013',hedge='about',quantity=650e6)
RKP(a,'Turkey was again the biggest supplier','GEO',2013,'imports',rank_of('TUR',1),'Turkey the largest supplier in 2013','consistent',ranked='TUR',
   pert=('again the biggest supplier','again the third-biggest supplier','rank','contradicted'),ppred=rank_of('TUR',3))
TV(a,'with about $1.4 billion','GEO','TUR','imports',2013,1.4e9,'about','consistent',pert=('with about $1.4 billion','with about $3.4 billion','number','overstated',3.4e9))
RKP(a,'Russia is now the second-largest source of imports after it','GEO',2013,'imports',rank_of('RUS',2),'Russia second among suppliers in 2013','contradicted',ranked='RUS',
   pert=('the second-largest source of imports','the fifth-largest source of imports','rank','contradicted'),ppred=rank_of('RUS',5),
   note="Georgia's CIF record: Turkey 1.35, Azerbaijan 0.64, Ukraine 0.60, Russia 0.59 bn (4th); partners' FOB records: Turkey 1.41, China 0.86, Russia 0.84 bn (3rd). The perturbed copy is false the same way.")
RKP(a,'ahead of China','GEO',2013,'imports',lambda L: L.index(NAME['RUS'])<L.index(NAME['CHN']),'Russia ahead of China as a supplier in 2013','consistent',ranked='RUS',
   pert=('ahead of China','behind China','direction','sources disagree'),ppred=lambda L: L.index(NAME['RUS'])>L.index(NAME['CHN']),
   note="Georgia's CIF record: Russia 589 m vs China 564 m (holds); the partners' FOB records: China 860 m vs Russia 836 m (fails): the reporter decides (UNSURE). The perturbed 'behind China' is therefore sources disagree.")
UC(a,'could lift GDP by 4.3 percent in the long run','a GDP forecast (effect of the EU free-trade area); not in the data','GEO','EU')
AL(a,'Georgia sided with the United States on roughly half of the contested resolutions where both delegations voted yes or no','Georgia','United States',2013,50,'roughly','consistent',lo=40,hi=60,
   pert=('roughly half of the contested resolutions','roughly a tenth of the contested resolutions','number','understated',10,None,None),subj='GEO',part='USA',
   note="Voeten 2013: 19 identical, 18 opposite = 51.4% (the sentence defines coincidence). The identical-vote share over all 59 joint roll calls is 35.6%, below the band (UNSURE).")
ALC(a,'it votes with Washington far more often than with Moscow','Georgia','United States','Russia',2013,'contradicted',
   pert=('far more often than with Moscow','far more often than with Beijing','rank','contradicted'),subj='GEO',part='USA',
   note="Voeten 2013: with the US 51.4%, with Russia 72.2% (identical shares 35.6% vs 55.9%): false. Present tense after 'last year': 2013. The perturbed copy (Beijing, 76.3%) is false the same way.")
UC(a,'when an estimated 80 percent of their exports went north','one product (wine) exports share, 2006; not in the checked data','GEO','RUS',period='2006')
UC(a,'Wine exports in January alone were up 60 percent on a year earlier','a monthly figure of one product (wine); not in the data','GEO',None,period='2014-01')
UC(a,'it expects shipments of more than 50 million bottles in 2014','a forecast of a volume (bottles of wine); not in the data','GEO',None,period='2014')
