a=Article('saudi-china-oil-2019','2020-03-18')
TV(a,"Saudi Arabia's exports to China came close to $48 billion in 2019",'SAU','CHN','exports',2019,48e9,'close to','consistent',
   pert=('close to $48 billion','close to $28 billion','number','understated',28e9))
CV(a,'some SAR 178 billion ($47.5 billion)',178e9,'SAU',2019,47.5e9,'some','consistent',pert=('($47.5 billion)','($57.5 billion)','number','overstated',57.5e9))
RK(a,"China was again the kingdom's largest export market",'consistent',
   "Saudi Arabia's Exports, FOB: 2019 China 47.59 bn, India 27.20 bn, Japan 26.67 bn; 2018 China first too (38.39 bn); mirror China CIF 54.26 bn, India CIF 27.00 bn.",
   [cell('SAU','CHN',2019,'Exports, FOB'),cell('SAU','IND',2019,'Exports, FOB'),cell('SAU','JPN',2019,'Exports, FOB'),cell('SAU','CHN',2018,'Exports, FOB'),cell('CHN','SAU',2019,'Imports, CIF','mirror'),cell('IND','SAU',2019,'Imports, CIF','mirror')],
   'SAU','CHN','exports','2019',1,pert=("the kingdom's largest export market","the kingdom's third-largest export market",'rank','contradicted'))
SH(a,"it took nearly a quarter of Saudi Arabia's exports last year",'SAU','CHN','exports',2019,25,'nearly','overstated',20,30,
   pert=('nearly a quarter','nearly a twentieth','number','understated',5,None,None),
   note="China took 18.3% of Saudi exports in 2019: below 'nearly a quarter' on the ±15% reading (21.25-28.75%) and on the ratio-word band (20-30%).")
CH(a,'Sales to China rose by more than 15 percent from 2018','SAU','CHN','exports',2018,2019,15,'more than','consistent',
   pert=('rose by more than 15 percent','fell by more than 15 percent','direction','contradicted',-15))
RK(a,'China was the largest supplier of goods to the kingdom last year, ahead of the United States','consistent',
   "Saudi Arabia's Imports, CIF 2019: China 25.26 bn, United States 15.49 bn, UAE 10.08 bn; mirror China FOB 23.92 bn, US FOB (see figure).",
   [cell('SAU','CHN',2019,'Imports, CIF'),cell('SAU','USA',2019,'Imports, CIF'),cell('SAU','ARE',2019,'Imports, CIF'),cell('CHN','SAU',2019,'Exports, FOB','mirror'),cell('USA','SAU',2019,'Exports, FOB','mirror')],
   'CHN','SAU','exports','2019',1,pert=('ahead of the United States','behind the United States','rank','contradicted'))
TV(a,'sent goods worth about $25 billion','CHN','SAU','exports',2019,25e9,'about','consistent',pert=('about $25 billion','about $45 billion','number','overstated',45e9),
   note="Subject China (the clause before: 'China was the largest supplier'); China's exports to Saudi Arabia = Saudi imports from China.")
AR(a,'With exports of about $47.5 billion and imports of about $25.3 billion, total two-way trade between the two countries came to about $73 billion','consistent',
   '47.5 + 25.3 = 72.8 bn; about $73 bn is within 2% of it.',[A(47.5e9,'exports',2019),A(25.3e9,'imports',2019),A(73e9,'total',2019)],subject='SAU',partner='CHN',flow='total',period='2019',
   pert=('came to about $73 billion','came to about $93 billion','number','contradicted'))
TV(a,'total two-way trade between the two countries came to about $73 billion','SAU','CHN','total',2019,73e9,'about','consistent',pert=('came to about $73 billion','came to about $53 billion','number','understated',53e9))
UC(a,'a listing that raised $25.6 billion','an equity listing (share sale), not trade','SAU',None)
UC(a,'a refinery and petrochemical complex in Liaoning province worth an estimated $10 billion','an investment project value','SAU','CHN')
UC(a,'Shipments to China in December reached 1.8 million barrels a day','a monthly volume figure','SAU','CHN')
UC(a,'officials forecast that trade will double by 2030','a forecast','SAU','CHN')
AL(a,'Saudi Arabia voted with the United States in fewer than one in five of the recorded votes in the General Assembly in 2019','Saudi Arabia','United States',2019,20,'fewer than','consistent',
   pert=('fewer than one in five','more than two in five','number','overstated',40,None,None,'more than'),subj='SAU',part='USA')
ALC(a,'It stood closer to Beijing than to Washington that year','Saudi Arabia','China','United States',2019,'consistent',
   pert=('closer to Beijing than to Washington','closer to Washington than to Beijing','direction','contradicted'),subj='SAU',part='CHN')
TV(a,'With exports of about $47.5 billion','SAU','CHN','exports',2019,47.5e9,'about','consistent',pert=('With exports of about $47.5 billion','With exports of about $27.5 billion','number','understated',27.5e9))
TV(a,'imports of about $25.3 billion','SAU','CHN','imports',2019,25.3e9,'about','consistent',pert=('imports of about $25.3 billion','imports of about $45.3 billion','number','overstated',45.3e9))
TV(a,'In riyals the figure was some SAR 178 billion','SAU','CHN','exports',2019,178e9,'some','consistent',currency='SAR',conv=('SAU',2019),pert=('some SAR 178 billion (','some SAR 278 billion (','number','overstated',278e9))
