a=Article('bangladesh-india-border-trade-2018','2019-06-20')
TV(a,'Bangladesh bought about $8.6 billion worth of Indian goods last year','BGD','IND','imports',2018,8.6e9,'about','consistent',
   pert=('about $8.6 billion','about $3.6 billion','number','understated',3.6e9))
RK(a,"That made India Bangladesh's second-largest supplier after China",'consistent',
   "Bangladesh's Imports, CIF 2018: China 13.14 bn, India 8.64 bn, Singapore 2.88 bn; mirror China FOB 17.79 bn, India FOB 8.83 bn.",
   [cell('BGD','CHN',2018,'Imports, CIF'),cell('BGD','IND',2018,'Imports, CIF'),cell('BGD','SGP',2018,'Imports, CIF'),cell('CHN','BGD',2018,'Exports, FOB','mirror'),cell('IND','BGD',2018,'Exports, FOB','mirror')],
   'BGD','IND','imports','2018',2,pert=("second-largest supplier after China","largest supplier, ahead of China",'rank','contradicted'))
CH(a,"Bangladesh's exports to India rose by more than half in 2018",'BGD','IND','exports',2017,2018,50,'more than','consistent',
   pert=('rose by more than half','fell by more than half','direction','contradicted',-50))
TV(a,'they crossed the $1 billion mark','BGD','IND','exports',2018,1e9,'more than','overstated',
   pert=('crossed the $1 billion mark','crossed the $3 billion mark','number','overstated',3e9),note="'crossed the $1 billion mark' read as 'more than $1 billion' (at least 95%). Reported 0.88 bn, mirror (India CIF) 0.90 bn.")
RK(a,'India sold Bangladesh roughly five times as much as it bought from it','understated',
   "Ratio of Bangladesh's imports from India to its exports to India, 2018: reported (Bangladesh CIF / Bangladesh FOB) 8.64/0.877 = 9.85; mirror (India FOB / India CIF) 8.83/0.90 = 9.81; 'roughly' allows 4.25-5.75 times: the data are far above.",
   [cell('BGD','IND',2018,'Imports, CIF'),cell('BGD','IND',2018,'Exports, FOB'),cell('IND','BGD',2018,'Exports, FOB','mirror'),cell('IND','BGD',2018,'Imports, CIF','mirror')],
   'IND','BGD','exports','2018',5,hedge='roughly',pert=('roughly five times','roughly twenty times','number','overstated'))
CV(a,'about 710 billion taka ($8.6 billion)',710e9,'BGD',2018,8.6e9,'about','consistent',pert=('($8.6 billion)','($5.6 billion)','number','understated',5.6e9))
TV(a,'the import bill came to about 710 billion taka','BGD','IND','imports',2018,710e9,'about','consistent',currency='BDT',conv=('BGD',2018),
   pert=('about 710 billion taka','about 1,710 billion taka','number','overstated',1710e9))
UC(a,'India has extended three lines of credit worth about $8 billion','lines of credit (loans): no lending data','IND','BGD')
UC(a,'Bangladesh now imports 1,160 megawatts of electricity from Indian grids','electricity capacity in megawatts: not a goods-trade value in the data','BGD','IND')
UC(a,'First-quarter exports to India this year were up 40 percent','a quarterly change in a part year after the data; annual data only','BGD','IND')
AL(a,'Bangladesh voted with the United States in fewer than one in five of the recorded votes','Bangladesh','United States',2018,20,'fewer than','consistent',
   pert=('fewer than one in five','more than half','number','overstated',50,None,None,'more than'),subj='BGD',part='USA',
   note="Year 2018 is stated in the sentence. The perturbed copy changes the hedge as well ('more than half'): computed against 50% with 'more than'.")
