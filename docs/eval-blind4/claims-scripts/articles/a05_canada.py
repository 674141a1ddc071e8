a=Article('canada-us-recession-2009','2010-04-15')
UC(a,'about a quarter of the trade between Canada and the United States crosses the Detroit River','the share carried by one border crossing: the data have no crossing-level figures','CAN','USA')
CH(a,'Canadian exports to the United States fell by about a third in 2009','CAN','USA','exports',2008,2009,-33.3,'about','consistent',
   pert=('fell by about a third','rose by about a third','direction','contradicted',33.3))
CV(a,'C$271 billion, or about US$237 billion',271e9,'CAN',2009,237e9,'about','consistent',pert=('or about US$237 billion at','or about US$317 billion at','number','overstated',317e9))
TV(a,'Statistics Canada put the value at C$271 billion','CAN','USA','exports',2009,271e9,None,'consistent',currency='CAD',conv=('CAN',2009),
   pert=('at C$271 billion','at C$471 billion','number','overstated',471e9))
RK(a,'the United States was by far the largest market for Canadian goods','consistent',
   "Canada's Exports, FOB 2009: United States 237.7 bn, United Kingdom 10.6 bn, China 9.8 bn.",
   [cell('CAN','USA',2009,'Exports, FOB'),cell('CAN','GBR',2009,'Exports, FOB'),cell('CAN','CHN',2009,'Exports, FOB'),cell('USA','CAN',2009,'Imports, CIF','mirror')],
   'CAN','USA','exports','2009',1,pert=('the United States was by far the largest market','Britain was by far the largest market','rank','contradicted'))
SH(a,'It still took about three-quarters of everything Canada sold abroad','CAN','USA','exports',2009,75,'about','consistent',
   pert=('about three-quarters','about half','number','understated',50,40,60))
TV(a,'Canada bought more than US$170 billion of American goods in 2009','CAN','USA','imports',2009,170e9,'more than','consistent',
   pert=('more than US$170 billion','more than US$270 billion','number','overstated',270e9))
AR(a,'With exports of about US$237 billion and imports of about US$190 billion, the surplus came to roughly US$47 billion','consistent',
   '237 - 190 = 47 bn, as stated.',[A(237e9,'exports',2009),A(190e9,'imports',2009),A(47e9,'surplus',2009)],subject='CAN',partner='USA',flow='balance',period='2009',
   pert=('roughly US$47 billion','roughly US$93 billion','number','contradicted'))
TV(a,'the surplus came to roughly US$47 billion','CAN','USA','balance',2009,47e9,'roughly','sources disagree',
   pert=('roughly US$47 billion','roughly US$147 billion','number','overstated',147e9),
   note="Canada's own records give a surplus of 63.6 bn (135%, above ±15%); the mirror (US CIF imports from Canada minus US FOB exports to Canada) gives 23.6 bn (50%, below): the bases bracket the claim.")
UC(a,'Automotive shipments in December alone were down by almost half on the year','a monthly single-sector figure','CAN','USA')
UC(a,"Ottawa's stimulus plan, worth about C$40 billion over two years",'public spending (a stimulus plan), not trade','CAN',None)
UC(a,'the government expects exports to recover to their 2008 level by 2012','a forecast','CAN','USA')
AL(a,'it voted with the United States in about 80 percent of the recorded votes in the General Assembly in 2009','Canada','United States',2009,80,'about','consistent',
   pert=('about 80 percent','about 40 percent','number','understated',40,None,None),subj='CAN',part='USA',
   note="State Department coincidence 80.6% is inside ±15%; the share of identical votes over all joint roll calls (abstentions included) is 63.9%, below the band. The contract names the coincidence, so consistent.")
TV(a,'With exports of about US$237 billion','CAN','USA','exports',2009,237e9,'about','consistent',pert=('exports of about US$237 billion','exports of about US$137 billion','number','understated',137e9))
TV(a,'imports of about US$190 billion','CAN','USA','imports',2009,190e9,'about','consistent',pert=('imports of about US$190 billion','imports of about US$90 billion','number','understated',90e9),
   note="Robust: Canada CIF 174.0 bn (92%), US FOB 204.7 bn (108%), COW 180.4 bn (95%), all inside ±15%.")
