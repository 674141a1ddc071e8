a=Article('tunisia-europe-free-trade-talks')
SH(a,'The EU absorbed roughly three-quarters of everything Tunisia sold abroad last year','TUN','EU','exports',2016,75,'roughly','consistent',pert=('roughly three-quarters','roughly a third','number','understated',33.3,28,38))
TV(a,'France alone bought some $4.3 billion of Tunisian goods in 2016','TUN','FRA','exports',2016,4.3e9,'some','consistent',pert=('some $4.3 billion','some $6.3 billion','number','overstated',6.3e9))
CVD(a,'or about 9.3 billion dinars at an average of roughly 2.15 dinars to the dollar',4.3e9,'TUN',2016,9.3e9,'about','consistent',pert=('or about 9.3 billion dinars','or about 5.3 billion dinars','number','understated',5.3e9),
    note="Stated rate 2.15 against the WEO 2016 average 2.148.")
TV(a,'or about 9.3 billion dinars','TUN','FRA','exports',2016,9.3e9,'about','consistent',currency='TND',conv=('TUN',2016),pert=('or about 9.3 billion dinars','or about 13.3 billion dinars','number','overstated',13.3e9))
TV(a,'Italy came second, with purchases of about $2.3 billion','TUN','ITA','exports',2016,2.3e9,'about','consistent',pert=('about $2.3 billion','about $4.3 billion','number','overstated',4.3e9))
RK(a,'Italy came second','consistent',"Tunisia's Exports, FOB 2016, country partners: France 4,343.9 m, Italy 2,346.6, Germany 1,432.4, Algeria 665.5 (partners' records same order for the top three).",
   rankfigs('TUN',2016,'Exports, FOB',['FRA','ITA','DEU','DZA']),'TUN','ITA','exports','2016',2,pert=('Italy came second','Italy came fourth','rank','contradicted'))
RK(a,'and Germany third','consistent',"Tunisia's Exports, FOB 2016: Germany third (1,432.4 m) after France and Italy.",rankfigs('TUN',2016,'Exports, FOB',['FRA','ITA','DEU','DZA']),'TUN','DEU','exports','2016',3,
   pert=('and Germany third','and Germany first','rank','contradicted'))
CH(a,'sales to France fell last year','TUN','FRA','exports',2015,2016,-5,None,'contradicted',pert=None,
   note="No size stated: a direction claim. Tunisia's FOB 4,126.9 -> 4,343.9 m (+5.3%), France's CIF 4,234.4 -> 4,424.0 (+4.5%): both rose. (The -5 in quantity is a placeholder for 'fell'; the computed sides are 'contra' on both.)")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('sales to France fell last year','sales to France halved last year',1),change='number',expected_verdict='contradicted'))
CH(a,'overall exports slipped by about 4 percent','TUN','World','exports',2015,2016,-4,'about','consistent',pert=('slipped by about 4 percent','slipped by about 14 percent','number','overstated',-14))
TV(a,'to just under $13 billion','TUN','World','exports',2016,13e9,'just under','consistent',pert=('just under $13 billion','just under $10 billion','number','understated',10e9))
CH(a,'That total is roughly a quarter below the level of 2011','TUN','World','exports',2011,2016,-25,'roughly','consistent',pert=('roughly a quarter below','roughly a half below','number','overstated',-50))
TV(a,'when exports briefly peaked above $17 billion','TUN','World','exports',2011,17e9,'above','consistent',pert=('peaked above $17 billion','peaked above $20 billion','number','overstated',20e9),
   note="2011 17,160.3 m. 'peaked' read as the local peak of 2010-2012 (2008 was higher, 18,599.9 m).")
RK(a,"Libya, which before its civil war was Tunisia's third-largest market",'contradicted',"Tunisia's Exports, FOB 2010 (the last year before the war): France 4,715.5 m, Italy 3,265.7, Germany 1,388.4, United Kingdom 825.0, Libya 732.5: Libya fifth. (Libya's own CIF record, 1,059.0 m, would put it fourth.)",
   rankfigs('TUN',2010,'Exports, FOB',['FRA','ITA','DEU','GBR','LBY']),'TUN','LBY','exports','2010',3,pert=("was Tunisia's third-largest market","was Tunisia's largest market",'rank','contradicted'),
   note="'before its civil war' = 2010. Perturbed copy false in another way.")
TV(a,'Shipments across the Ras Jedir border crossing were worth about $440 million in 2016','TUN','LBY','exports',2016,440e6,'about','consistent',pert=('about $440 million','about $240 million','number','understated',240e6),
   note="'Shipments across the Ras Jedir border crossing' read as Tunisia's exports to Libya (the sentence continues the one on Libya's purchases).")
TV(a,'compared with close to $800 million five years earlier','TUN','LBY','exports',2011,800e6,'close to','consistent',pert=('close to $800 million','close to $1.8 billion','number','overstated',1.8e9),
   note="Five years before 2016 = 2011: Tunisia's FOB 783.7 m (98%); Libya's CIF 358.5 m (45%): consistent by the reporter's side (UNSURE).")
TV(a,'Algeria, which bought about $665 million of Tunisian goods','TUN','DZA','exports',2016,665e6,'about','consistent',pert=('about $665 million','about $965 million','number','overstated',965e6),
   note="Tunisia's FOB 665.5 m; Algeria's CIF 427.0 m (64%): consistent by the reporter's side (UNSURE).")
RK(a,'has overtaken it','consistent',"Tunisia's Exports, FOB 2016: Algeria 665.5 m ahead of Libya 442.8 m (2010: Libya 732.5 ahead of Algeria 474.8). On the partners' CIF records Algeria 427.0 is behind Libya 442.7.",
   rankfigs('TUN',2016,'Exports, FOB',['DZA','LBY']),'TUN','DZA','exports','2016',None,pert=('has overtaken it','has fallen behind it','direction','contradicted'),
   note="Holds on the reporter's sheet, not on the partners' records: consistent (reporter decides; UNSURE).")
TV(a,'Tunisia has a surplus with France of more than a billion dollars','TUN','FRA','balance',2016,1e9,'more than','consistent',pert=('more than a billion dollars','more than three billion dollars','number','overstated',3e9),
   note="Tunisia's own records 4,343.9 - 3,013.3 = 1,330.6 m; France's records 4,424.0 - 3,604.3 = 819.7 m (82%): consistent by the reporter's side (UNSURE). A quoted official; period inferred 2016.")
UC(a,'Unemployment stands at about 15 percent nationally','unemployment; not in the data','TUN')
TV(a,'Italy sold Tunisia goods worth about $3.2 billion last year','ITA','TUN','exports',2016,3.2e9,'about','consistent',pert=('about $3.2 billion','about $5.2 billion','number','overstated',5.2e9))
TV(a,'leaving a deficit of almost $900 million on that account','TUN','ITA','deficit',2016,900e6,'almost','overstated',pert=('almost $900 million','almost $1.9 billion','number','overstated',1.9e9),
   note="Tunisia's deficit with Italy 2016 on its own records 2,826.8 - 2,346.6 = 480.2 m (53%), on Italy's records 3,234.6 - 2,482.2 = 752.4 m (84%): both below ±15%. The article's own figures ($3.2 bn Italian sales, $2.3 bn Italian purchases in the first paragraph) give 0.9 bn, so an arithmetic reading would be consistent (UNSURE). Perturbed copy is overstated again (no single edit makes it understated and plausible).")
CVD(a,'Italian sales, worth about 5.9 billion dinars',3.2e9,'TUN',2016,5.9e9,'about','understated',pert=('worth about 5.9 billion dinars','worth about 9.9 billion dinars','number','overstated',9.9e9),
    note="$3.2 bn x 2.148 = 6.87 bn dinars, 116% of 5.9 bn: just outside ±15% (UNSURE, a close call).")
TV(a,'Italian sales, worth about 5.9 billion dinars','ITA','TUN','exports',2016,5.9e9,'about','sources disagree',currency='TND',conv=('TUN',2016),pert=('worth about 5.9 billion dinars','worth about 9.9 billion dinars','number','overstated',9.9e9),
   note="As a trade value in TND: Italy's FOB 6.95 bn TND (118%) above, Tunisia's CIF 6.07 bn TND (103%) inside: only the partner's side agrees.")
CH(a,"Spain's purchases of Tunisian goods have dropped by about a third since 2015",'TUN','ESP','exports',2015,2016,-33.3,'about','consistent',pert=('dropped by about a third','dropped by about two-thirds','number','overstated',-66.7))
TV(a,'Chinese factories shipped some $1.3 billion of goods to Tunisia in 2016','CHN','TUN','exports',2016,1.3e9,'some','consistent',pert=('some $1.3 billion','some $2.3 billion','number','overstated',2.3e9),
   note="China's FOB 1,320.1 m; Tunisia's CIF 1,818.5 m (140%): consistent by the reporter's side (UNSURE).")
TV(a,'Tunisian sales to China were under $30 million','TUN','CHN','exports',2016,30e6,'under','consistent',pert=('under $30 million','under $10 million','number','understated',10e6),
   note="Tunisia's FOB 28.8 m; China's CIF 138.8 m (463%): consistent by the reporter's side (UNSURE).")
TV(a,'sold it nearly $940 million of goods last year','TUR','TUN','exports',2016,940e6,'nearly','consistent',pert=('nearly $940 million','nearly $1.94 billion','number','overstated',1.94e9))
MT(a,'Turkish sales have tripled since 2010','TUR','TUN','exports',2010,2016,3,None,'overstated',pert=('have tripled since 2010','have risen tenfold since 2010','number','overstated',10),
   note="Turkey's FOB 713.6 -> 937.8 m (x1.31), Tunisia's CIF 632.0 -> 857.0 (x1.36). Attributed to UTICA; annotated as the claim it states. Perturbed copy overstated again (a direction change would be 'fallen', which is contradicted, see README).")
TV(a,'the United States bought more than $350 million of Tunisian goods last year','TUN','USA','exports',2016,350e6,'more than','sources disagree',pert=('more than $350 million','more than $550 million','number','overstated',550e6),
   note="Tunisia's FOB 246.9 m (71%) below; the US CIF 391.6 m inside: only the partner's side agrees.")
UC(a,'Washington has offered a $500 million loan guarantee','a loan guarantee; not in the data','USA','TUN')
UC(a,'approved a second programme of macro-financial assistance worth €500 million in 2016','financial assistance (loans); not in the data','EU','TUN')
UC(a,'It lost about a tenth of its value against the dollar between 2015 and 2016','a currency\'s move; not checked (annual rates only)','TUN')
UC(a,'trading at about 2.45 to the dollar this week','an exchange rate of the current week; not in the data','TUN')
UC(a,'shipments in the first quarter of 2017 rose by almost 30 percent in dinar terms','a quarterly figure; the trade data are annual','TUN')
UC(a,'The ministry expects 6.5 million visitors this year, up from 5.7 million in 2016','tourism (visitors) and a forecast; not in the data','TUN')
