a=Article('jamaica-budget-debate-trade-deficit')
TV(a,"Jamaica's merchandise exports fell to about $1.27 billion last year",'JAM','World','exports',2015,1.27e9,'about','consistent',pert=('about $1.27 billion','about $2.27 billion','number','overstated',2.27e9))
CH(a,'down by about a quarter from 2014','JAM','World','exports',2014,2015,-25,'about','overstated',pert=('down by about a quarter','up by about a quarter','direction','contradicted',25),note="1,458.2 -> 1,273.2 m: -12.7%.")
TV(a,'The United States bought about $467 million of Jamaican goods','JAM','USA','exports',2015,467e6,'about','consistent',pert=('about $467 million','about $767 million','number','overstated',767e6),note="US CIF 303.7 m (65%): consistent by the reporter (UNSURE).")
SH(a,'more than a third of the total','JAM','USA','exports',2015,33.3,'more than','consistent',pert=('more than a third','more than half','number','overstated',50,None,None,'more than'))
CVD(a,'or some J$55 billion at the average 2015 rate of about 117 Jamaican dollars to the US dollar',467e6,'JAM',2015,55e9,'some','consistent',pert=('or some J$55 billion','or some J$85 billion','number','overstated',85e9),note="Stated rate 117 = WEO 117.26.")
TV(a,'or some J$55 billion','JAM','USA','exports',2015,55e9,'some','consistent',currency='JMD',conv=('JAM',2015),pert=('or some J$55 billion','or some J$85 billion','number','overstated',85e9))
TV(a,'American goods worth about $1.7 billion came in the other way','JAM','USA','imports',2015,1.7e9,'about','consistent',pert=('about $1.7 billion','about $2.7 billion','number','overstated',2.7e9))
CH(a,'down by more than a fifth from 2014','JAM','USA','imports',2014,2015,-20,'more than','sources disagree',pert=('down by more than a fifth','down by more than two-fifths','number','overstated',-40),
   note="Jamaica's CIF 2,285.9 -> 1,873.1 m (-18.1%, below 95% of 20), the US FOB 2,182.0 -> 1,705.9 (-21.8%): only the partner's side agrees.")
CH(a,'exports to the United States had "collapsed by a third in a single year"','JAM','USA','exports',2014,2015,-33.3,None,'overstated',pert=('"collapsed by a third in a single year"','"collapsed by two-thirds in a single year"','number','overstated',-66.7),
   note="Jamaica's FOB 573.4 -> 467.0 m (-18.6%); the US CIF 285.2 -> 303.7 (+6.5%, the other way): the reporter decides (overstated).")
TV(a,'"which now sells us more than a billion US dollars of goods every year','CHN','JAM','exports',2015,1e9,'more than','overstated',pert=('more than a billion US dollars','more than two billion US dollars','number','overstated',2e9),
   note="China's FOB 630.2 m (63%), Jamaica's CIF 409.0 m (41%): both below.")
TV(a,'while we sell China less than 20 million','JAM','CHN','exports',2015,20e6,'less than','understated',pert=('less than 20 million','less than 2 million','number','understated',2e6),note="Jamaica's FOB 28.6 m (143%), China's CIF 31.2 m: both above 105%. Perturbed copy understated again.")
MT(a,'The import bill from China, he said, had grown tenfold since 2005','JAM','CHN','imports',2005,2015,10,None,'overstated',pert=('had grown tenfold since 2005','had fallen since 2005','direction','contradicted',None),
   note="Jamaica's CIF 162.5 -> 409.0 m (x2.52), China's FOB 104.0 -> 630.2 (x6.06): both below.")
TV(a,'the deficit with the United States had reached J$180 billion','JAM','USA','deficit',2015,180e9,None,'consistent',currency='JMD',conv=('JAM',2015),pert=('had reached J$180 billion','had reached J$280 billion','number','overstated',280e9),
   note="Jamaica's books 1,873.1 - 467.0 = 1,406.1 m x 117.26 = 164.9 bn J$ (92%), the US books 1,705.9 - 303.7 = 1,402.2 m (91%): both inside ±10%.")
RK(a,'"Even Russia now buys more from Jamaica than Canada does,"','contradicted',"Jamaica's Exports, FOB 2015: Canada 182.5 m, Russia 87.8 m; partners' CIF: Canada 197.5, Russia 116.1: Canada ahead on both.",
   [cell('JAM','RUS',2015,'Exports, FOB'),cell('JAM','CAN',2015,'Exports, FOB'),cell('RUS','JAM',2015,'Imports, CIF','mirror'),cell('CAN','JAM',2015,'Imports, CIF','mirror')],'JAM','RUS','exports','2015',None,
   pert=('Even Russia now buys more from Jamaica than Canada does','Even Russia now buys more from Jamaica than the United States does','rank','contradicted'),note="Perturbed copy false in another way.")
RK(a,'Canada remained the second-biggest market for Jamaican goods','consistent',"Jamaica's Exports, FOB 2015: US 467.0 m, Canada 182.5, Netherlands 110.4 (partners' CIF: US 303.7, Canada 197.5): Canada second on both.",rankfigs('JAM',2015,'Exports, FOB',['USA','CAN','NLD']),'JAM','CAN','exports','2015',2,
   pert=('the second-biggest market','the biggest market','rank','contradicted'))
CH(a,'Canadian purchases had risen despite the fall in commodity prices','JAM','CAN','exports',2014,2015,5,None,'contradicted',pert=None,note="Direction claim: Jamaica's FOB 221.5 -> 182.5 m, Canada's CIF 253.8 -> 197.5: both fell.")
a.claims[-1]['quantity']=None; a.claims[-1]['unit']='direction'
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('Canadian purchases had risen','Canadian purchases had doubled',1),change='number',expected_verdict='contradicted'))
e1=exports('JAM','NLD',2015); e2=exports('JAM','ISL',2015)
rs=e1[0]['value']+e2[0]['value']; ms=e1[1]['value']+e2[1]['value']
a.add('had taken more than $300 million between them','trade_value','overstated','JAM','NLD+ISL','exports',300e6,'money','USD','2015','more than',e1+e2+[dict(value=rs,unit='USD',currency='USD',year=2015,source='sum of the two reported figures',basis='derived'),dict(value=ms,unit='USD',currency='USD',year=2015,source='sum of the two mirror figures',basis='derived')],
   f"Jamaica's exports to the Netherlands and Iceland 2015: reported {rs/1e6:.1f} m ({rs/3e8*100:.0f}%), mirror {ms/1e6:.1f} m: both below 95% of $300 m.",'overstated',None,('more than $300 million','more than $600 million','number','overstated'))
MT(a,'with Iceland doubling its purchases','JAM','ISL','exports',2014,2015,2,None,'overstated',pert=('with Iceland doubling its purchases','with Iceland quadrupling its purchases','number','overstated',4),note="Jamaica's FOB 63.6 -> 99.0 m (x1.56), Iceland's CIF 54.2 -> 89.2 (x1.65).")
TV(a,'still bought more than $100 million of Jamaican products a year','JAM','GBR','exports',2015,100e6,'more than','overstated',pert=('more than $100 million','more than $200 million','number','overstated',200e6),note="Jamaica's FOB 77.2 m, UK CIF 81.1 m: both below 95%.")
CH(a,'the European Union as a whole had cut its purchases by half','JAM','EU','exports',2014,2015,-50,None,'overstated',pert=('had cut its purchases by half','had raised its purchases by half','direction','contradicted',50),note="Jamaica's FOB to the EU 200.7 -> 137.4 m (-31.5%). 'only because of the sugar reform' (a cause) is not checked.")
CH(a,'the bill from the United States had fallen by almost 40 percent','JAM','USA','imports',2014,2015,-40,'almost','overstated',pert=('fallen by almost 40 percent','risen by almost 40 percent','direction','contradicted',40),note="-18.1% (Jamaica's CIF), -21.8% (US FOB).")
TV(a,'supplies from Venezuela under the PetroCaribe agreement were worth nearly $600 million last year','JAM','VEN','imports',2015,600e6,'nearly','overstated',pert=('nearly $600 million','nearly $900 million','number','overstated',900e6),note="Jamaica's CIF 353.7 m (59%), Venezuela's FOB 298.3 m (50%).")
RK(a,'Mexico, he said, had overtaken Venezuela as a supplier.','contradicted',"Jamaica's Imports, CIF 2015: Venezuela 353.7 m, Mexico 130.3 m; exporters' FOB: Venezuela 298.3, Mexico 126.3.",
   [cell('JAM','MEX',2015,'Imports, CIF'),cell('JAM','VEN',2015,'Imports, CIF'),cell('MEX','JAM',2015,'Exports, FOB','mirror'),cell('VEN','JAM',2015,'Exports, FOB','mirror')],'JAM','MEX','imports','2015',None,
   pert=('had overtaken Venezuela as a supplier','had overtaken the United States as a supplier','rank','contradicted'))
CH(a,"with Japan's sales up by about a fifth",'JPN','JAM','exports',2014,2015,20,'about','consistent',pert=('up by about a fifth','up by about a half','number','overstated',50),
   note="Subject Japan (its sales): Japan's FOB 135.4 -> 164.5 m (+21.5%, inside); Jamaica's CIF 156.4 -> 177.3 (+13.4%, outside): consistent by the reporter (UNSURE).")
TV(a,'Total exports, he said, were worth about J$129 billion','JAM','World','exports',2015,129e9,'about','understated',currency='JMD',conv=('JAM',2015),pert=('about J$129 billion','about J$229 billion','number','overstated',229e9),
   note="1,273.2 m x 117.26 = 149.3 bn J$ (116%): just above ±15% (UNSURE, close).")
UC(a,'"a figure we intend to double by the end of this administration"','a target (pledge); not in the data','JAM')
CH(a,'the export total is now more than a quarter below its 2005 level','JAM','World','exports',2005,2015,-25,'more than','overstated',pert=('more than a quarter below','more than a half below','number','overstated',-50),note="1,549.8 (2005) -> 1,273.2 m: -17.8%.")
UC(a,'Tourism earned the country about $2.4 billion last year','tourism (services); not in the data','JAM')
UC(a,'remittances from Jamaicans abroad about $2.2 billion','remittances; not in the data','JAM')
UC(a,'together far more than merchandise exports','a comparison of services and remittances with goods; services not in the data','JAM')
UC(a,'financed with a loan of about $730 million from China Harbour Engineering','a loan; not in the data','CHN','JAM')
def V(x,y,yrs):
    c,f=vfig(x,y,list(yrs)); f2=dict(value=round(c['share'],2),unit='percent',currency=None,year=max(yrs),source=f"same files: share of identical votes (abstentions included) on the {c['both']} roll calls both took part in",basis='derived'); return c,[f,f2]
c,f=V('Jamaica','United States',[2015])
ALS(a,'voted the same way as the United States on only about 21 percent of recorded votes','sources disagree',f,c['coinc'],c['share'],21,'about',subj='JAM',part='USA',period='2015',desc='Jamaica with the US, 2015',
    pert=('only about 21 percent','only about 61 percent','number','overstated',61,'about'))
c2,f2=V('Jamaica','China',[2015])
ALS(a,'compared with about 78 percent for China','sources disagree',f2,c2['coinc'],c2['share'],78,'about',subj='JAM',part='CHN',period='2015',desc='Jamaica with China, 2015',pert=('about 78 percent for China','about 48 percent for China','number','understated',48,'about'))
c3,f3=V('Jamaica','United Kingdom',[2015])
ALS(a,'with Britain, the former colonial power, less than half the time','sources disagree',f3,c3['coinc'],c3['share'],50,'less than',subj='JAM',part='GBR',period='2015',desc='Jamaica with the UK, 2015',pert=('less than half the time','less than a quarter of the time','number','understated',25,'less than'))
c0,f0=V('Jamaica','United States',[2005])
ALX(a,'That was nonetheless more often with Washington than a decade earlier.','consistent','consistent' if c['coinc']>c0['coinc'] else 'contradicted',f[:1]+f0[:1],f"Jamaica with the US: 2015 {c['coinc']:.1f}% vs 2005 {c0['coinc']:.1f}% (shares {c['share']:.1f} vs {c0['share']:.1f}).",subj='JAM',part='USA',period='2005 vs 2015',
    pert=('more often with Washington','less often with Washington','direction','contradicted'))
c4,f4=V('Jamaica','Trinidad & Tobago',[2015])
ALS(a,'Jamaica voted with Trinidad and Tobago, its main partner in Caricom, on every recorded vote but one','consistent',f4,c4['coinc'],c4['share'],100*(c4['both']-1)/c4['both'],None,subj='JAM',part='TTO',period='2015',desc='Jamaica with Trinidad and Tobago, 2015',
    pert=('on every recorded vote but one','on fewer than half of the recorded votes','number','understated',50,'fewer than'),
    note=f"'every recorded vote but one' read as (n-1)/n of the {c4['both']} joint roll calls = {100*(c4['both']-1)/c4['both']:.1f}%: coincidence 100% (no opposite votes), identical share 93.2% (5 differences, all abstentions), both inside ±10%. As an exact count of differences (1) neither reading fits (0 opposite, 5 different) (UNSURE).")
UC(a,'a measure that will cost about J$28 billion','a budget measure (public finances); not in the data','JAM')
UC(a,'which requires a primary surplus of 7 percent of GDP','public finances; not in the data','JAM')
