a=Article('norway-uk-gas-2008','2009-06-10')
UC(a,'carried more gas to Britain last year than ever before','a record gas volume; the data hold values, not volumes','NOR','GBR')
RK(a,"The United Kingdom was Norway's largest export market in 2008, ahead of Germany and the Netherlands",'consistent',
   "Norway's Exports, FOB 2008: United Kingdom 46.75 bn, Germany 21.24 bn, Netherlands 18.08 bn, France 16.06 bn; mirror UK CIF 37.98 bn, Germany CIF 29.76 bn.",
   [cell('NOR','GBR',2008,'Exports, FOB'),cell('NOR','DEU',2008,'Exports, FOB'),cell('NOR','NLD',2008,'Exports, FOB'),cell('NOR','FRA',2008,'Exports, FOB'),cell('GBR','NOR',2008,'Imports, CIF','mirror'),cell('DEU','NOR',2008,'Imports, CIF','mirror')],
   'NOR','GBR','exports','2008',1,pert=("Norway's largest export market in 2008","Norway's third-largest export market in 2008",'rank','contradicted'),
   note='The order of the two followers (Germany second, Netherlands third) holds on the reporter sheet; the claim is read as a rank-1 claim.')
SH(a,'Britain took more than a quarter of all Norwegian exports','NOR','GBR','exports',2008,25,'more than','consistent',pert=('more than a quarter','more than half','number','overstated',50,None,None))
CH(a,'sales to Britain rose by nearly half from 2007','NOR','GBR','exports',2007,2008,50,'nearly','overstated',
   pert=('rose by nearly half','fell by nearly half','direction','contradicted',-50),note="+30.4% (reported) and +31.3% (UK CIF; COW the same) against 'nearly half' (42.5-57.5%).")
TV(a,'exports to Britain were worth more than 210 billion kroner','NOR','GBR','exports',2008,210e9,'more than','consistent',currency='NOK',conv=('NOR',2008),
   pert=('more than 210 billion kroner','more than 410 billion kroner','number','overstated',410e9))
TV(a,"Norway bought only about five billion dollars' worth of British goods in return",'NOR','GBR','imports',2008,5e9,'about','consistent',pert=('about five billion dollars','about fifteen billion dollars','number','overstated',15e9),note='Amount written in words.')
RK(a,'it sold Britain more than seven times as much as it bought from it','consistent',
   "Ratio of Norway's exports to the UK to its imports from the UK, 2008: reported (Norway FOB / Norway CIF) 46.75/5.29 = 8.84; mirror (UK CIF / UK FOB) 37.98/4.95 = 7.67; 'more than seven times' needs at least 6.65.",
   [cell('NOR','GBR',2008,'Exports, FOB'),cell('NOR','GBR',2008,'Imports, CIF'),cell('GBR','NOR',2008,'Imports, CIF','mirror'),cell('GBR','NOR',2008,'Exports, FOB','mirror')],
   'NOR','GBR','exports','2008',7,hedge='more than',pert=('more than seven times','more than twenty times','number','overstated'))
CV(a,'633 billion kroner, or about $112 billion',633e9,'NOR',2008,112e9,'about','consistent',pert=('about $112 billion','about $212 billion','number','overstated',212e9),
   note='The fund loss itself is not checkable (annotated separately); the conversion is.')
UC(a,"The government's pension fund, which invests oil and gas revenues abroad, lost 633 billion kroner",'a sovereign fund valuation loss, not trade','NOR',None)
UC(a,'Gas deliveries through the Langeled pipeline reached about 24 billion cubic metres last year','a volume through one pipeline','NOR','GBR')
UC(a,'Statoil expects to sign new supply contracts worth tens of billions of kroner by 2012','contracts and a forecast','NOR',None)
AL(a,'Norway voted with Britain in more than 80 percent of the recorded votes in the UN General Assembly in 2008','Norway','United Kingdom',2008,80,'more than','consistent',
   pert=('more than 80 percent','less than 50 percent','number','understated',50,None,None,'less than'),subj='NOR',part='GBR')
AL(a,'and with the United States in fewer than half of them','Norway','United States',2008,50,'fewer than','consistent',
   pert=('fewer than half of them','more than 80 percent of them','number','overstated',80,None,None,'more than'),subj='NOR',part='USA')
