a=Article('indonesia-japan-crisis-1998','1999-05-04')
CH(a,"Indonesia's exports to Japan dropped by roughly a tenth in 1998",'IDN','JPN','exports',1997,1998,-10,'roughly','understated',
   pert=('dropped by roughly a tenth','rose by roughly a tenth','direction','contradicted',10),note='The fall was -27.0% (reported) and -25.9% (Japan CIF; COW the same): much larger than a tenth, so the claim understates it.')
RK(a,"Japan nevertheless remained Indonesia's largest export market, ahead of the United States",'consistent',
   "Indonesia's Exports, FOB 1998: Japan 9.12 bn, United States 7.05 bn, Singapore 5.72 bn; mirror (partners' CIF) Japan 10.82 bn, US 9.97 bn.",
   [cell('IDN','JPN',1998,'Exports, FOB'),cell('IDN','USA',1998,'Exports, FOB'),cell('IDN','SGP',1998,'Exports, FOB'),cell('JPN','IDN',1998,'Imports, CIF','mirror'),cell('USA','IDN',1998,'Imports, CIF','mirror')],
   'IDN','JPN','exports','1998',1,pert=("remained Indonesia's largest export market, ahead of the United States","remained Indonesia's second-largest export market, behind the United States",'rank','contradicted'))
TV(a,'Exports to Japan last year were worth just over $9 billion','IDN','JPN','exports',1998,9e9,'just over','consistent',
   pert=('just over $9 billion','just over $19 billion','number','overstated',19e9),note="'just over' read as 'over' (at least 95%).")
# conversion: dollar amount stated first, rupiah second: convert the dollar figure at the 1998 rate and compare with the stated rupiah
r=rate('IDN',1998); conv=9e9*r['value']
a.add('just over $9 billion, equivalent to more than 90 trillion rupiah at last year\'s average rate','conversion','consistent',None,None,None,90e12,'money','IDR','1998','more than',
      [A(9e9,'dollar amount',1998),r,dict(value=round(conv),unit='IDR',currency='IDR',year=1998,source=f"9e9 x {r['value']:.2f}",basis='derived'),A(90e12,'rupiah amount',1998,'IDR')],
      f"9 bn USD x {r['value']:.1f} IDR per USD (WEO 1998) = {conv/1e12:.1f} trillion rupiah, 100% of the stated 'more than 90 trillion' (at least 95%).",None,
      "Converted in the direction the sentence states (dollars to rupiah); ratio = converted / stated rupiah.",
      ('more than 90 trillion rupiah','more than 190 trillion rupiah','number','overstated'))
SH(a,'That was less than 15 percent of everything Indonesia sold abroad','IDN','JPN','exports',1998,15,'less than','understated',
   pert=('less than 15 percent','more than 40 percent','number','overstated',40,None,None,'more than'),note="Japan took 18.7% of Indonesia's exports in 1998; 'less than 15 percent' allows at most 15.75%.")
CH(a,'Imports from Japan fell by more than 45 percent in 1998','IDN','JPN','imports',1997,1998,-45,'more than','consistent',
   pert=('fell by more than 45 percent','fell by more than 75 percent','number','overstated',-75))
UC(a,'The International Monetary Fund put together a rescue package of about $43 billion','an IMF-led financing package (loans)','IDN',None)
UC(a,'Tokyo has pledged a further $2.4 billion','an aid/financing pledge','JPN','IDN')
UC(a,'The economy shrank by about 13 percent last year','GDP growth, not trade or votes','IDN',None)
UC(a,'the government forecasts growth of zero this year','a forecast','IDN',None)
ALC(a,'Indonesia voted with Japan far more often than with the United States in the General Assembly in 1998','Indonesia','Japan','United States',1998,'consistent',
   pert=('far more often than with the United States','far less often than with the United States','direction','contradicted'),subj='IDN',part='JPN')
