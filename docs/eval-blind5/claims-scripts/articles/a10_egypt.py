a=Article('egypt-eu-trade-after-revolution-2010','2011-05-05')
SH(a,"The European Union took more than a quarter of Egypt's exports last year",'EGY','EU','exports',2010,25,'more than','consistent',pert=('more than a quarter','more than half','number','overstated',50,None,None))
TV(a,"Egypt's imports from the EU came to about $16 billion",'EGY','EU','imports',2010,16e9,'about','consistent',pert=('about $16 billion','about $36 billion','number','overstated',36e9),
   note='A group partner: only the reporter\'s side (DOTS European Union row).')
TV(a,'With exports of $7.3 billion to the bloc','EGY','EU','exports',2010,7.3e9,None,'consistent',pert=('exports of $7.3 billion','exports of $17.3 billion','number','overstated',17.3e9))
TV(a,'imports of $15.8 billion, the deficit','EGY','EU','imports',2010,15.8e9,None,'consistent',pert=('imports of $15.8 billion','imports of $5.8 billion','number','understated',5.8e9))
AR(a,'the deficit with the EU reached $10.5 billion','contradicted','15.8 - 7.3 = 8.5 bn, not 10.5 bn (24% off; no hedge).',[A(7.3e9,'exports',2010),A(15.8e9,'imports',2010),A(10.5e9,'deficit',2010)],
   subject='EGY',partner='EU',flow='deficit',period='2010',pert=('reached $10.5 billion','reached $20.5 billion','number','contradicted'))
TV(a,'the deficit with the EU reached $10.5 billion','EGY','EU','deficit',2010,10.5e9,None,'overstated',pert=('the deficit with the EU reached $10.5 billion','the surplus with the EU reached $10.5 billion','direction','contradicted',None))
RK(a,"Italy was Egypt's largest single export market",'consistent',"Egypt's Exports, FOB 2010: Italy 2.22 bn, United States 1.69 bn, Saudi Arabia 1.67 bn, Spain 1.66 bn; mirror CIF Italy 2.52 bn, US 2.35 bn (same order).",
   [cell('EGY','ITA',2010,'Exports, FOB'),cell('EGY','USA',2010,'Exports, FOB'),cell('EGY','SAU',2010,'Exports, FOB'),cell('ITA','EGY',2010,'Imports, CIF','mirror'),cell('USA','EGY',2010,'Imports, CIF','mirror')],
   'EGY','ITA','exports','2010',1,pert=("Italy was Egypt's largest single export market","Italy was Egypt's fifth-largest export market",'rank','contradicted'))
CH(a,'Egyptian exports to Italy jumped by about a quarter in 2010','EGY','ITA','exports',2009,2010,25,'about','sources disagree',pert=('jumped by about a quarter','fell by about a quarter','direction','contradicted',-25),
   note="Egypt's own record: +41.2% (above ±15% of 25, floor 3.75 points); Italy's CIF record: +25.4% (inside). Only the partner's side agrees; COW's Italian import record (+12.0%) is below the band, so the bases bracket the claim in any case: sources disagree (contract rule applied to a change). UNSURE.")
TV(a,'Imports from the US were worth about 20 billion pounds','EGY','USA','imports',2010,20e9,'about','understated',currency='EGP',conv=('EGY',2010),pert=('about 20 billion pounds','about 60 billion pounds','number','overstated',60e9),
   note="Egypt's CIF converts to 27.2 bn pounds (136%), the US FOB to 37.7 bn (189%): both above.")
CV(a,'about 20 billion pounds, or roughly $3.6 billion',20e9,'EGY',2010,3.6e9,'roughly','consistent',pert=('or roughly $3.6 billion','or roughly $7.6 billion','number','overstated',7.6e9))
TV(a,'Chinese goods worth some $5.5 billion entered Egyptian ports in the same year','EGY','CHN','imports',2010,5.5e9,'some','consistent',pert=('some $5.5 billion','some $9.5 billion','number','overstated',9.5e9),
   note='Subject Egypt (importer), partner China; Egypt CIF 4.88 bn (89%), China FOB 6.04 bn (110%).')
CH(a,'Egyptian exports to China fell by more than half in 2010','EGY','CHN','exports',2009,2010,-50,'more than','sources disagree',note="Egypt's record: -53.5% (consistent); China's CIF record: +21.9% (the other direction). UNSURE. No perturbed copy: with the two records moving in opposite directions, every change of number or direction still leaves one basis contradicted and the other over- or understated.")
UC(a,'Tourism brought in about $12.5 billion last year','tourism receipts (services)','EGY',None)
UC(a,'Suez Canal fees another $4.8 billion','canal fees (services)','EGY',None)
UC(a,'The EU has offered €449 million in grants for 2011 to 2013','aid (grants)','EU','EGY')
UC(a,'Gulf states have pledged $10 billion in loans and deposits','pledged loans','EGY',None)
UC(a,'$1.3 billion a year in American military aid','military aid','USA','EGY')
AL(a,'Egypt voted with the United States in fewer than a third of the recorded votes','Egypt','United States',2010,33.3,'fewer than','consistent',pert=('in fewer than a third','in more than two-thirds','number','overstated',66.7,None,None,'more than'),subj='EGY',part='USA')
AL(a,'it sided with Russia in about half of them','Egypt','Russia',2010,50,'about','understated',pert=('in about half of them','in fewer than one in ten of them','number','understated',10,None,None,'fewer than'),subj='EGY',part='RUS',
   note='Coincidence 95.5% (63 identical, 3 opposite); identical share with abstentions 74.7%: both above ±15% of half.')
UC(a,'forecast that exports will fall by 10 percent this year','a forecast','EGY',None)
