a=Article('romania-germany-lei')
TV(a,'Romanian exporters sold about $16.2 billion of goods to Germany last year','ROU','DEU','exports',2020,16.2e9,'about','consistent',
   pert=('about $16.2 billion','about $26.2 billion','number','overstated',26.2e9))
TV(a,'or roughly 69 billion lei','ROU','DEU','exports',2020,69e9,'roughly','consistent',currency='RON',conv=('ROU',2020),
   pert=('roughly 69 billion lei','roughly 99 billion lei','number','overstated',99e9),note='WEO 2020 average 4.238 RON per USD.')
CVD(a,'about $16.2 billion of goods to Germany last year, or roughly 69 billion lei',16.2e9,'ROU',2020,69e9,'roughly','consistent',
   pert=('roughly 69 billion lei','roughly 39 billion lei','number','understated',39e9))
CH(a,'a drop of around 7 percent that was gentler','ROU','DEU','exports',2019,2020,-7,'around','consistent',
   pert=('a drop of around 7 percent','a rise of around 7 percent','direction','contradicted',7),
   note="Romania's FOB record -6.7% (inside); Germany's CIF record -13.1% (outside): consistent by the reporter's side (UNSURE).")
SH(a,'Germany took nearly 23 percent of everything the country exported','ROU','DEU','exports',2020,23,'nearly','consistent',
   pert=('nearly 23 percent','nearly 43 percent','number','overstated',43,None,None))
SH(a,"roughly three-quarters of Romania's exports now stay inside the bloc",'ROU','EU','exports',2020,75,'roughly','consistent',
   pert=('roughly three-quarters','roughly a quarter','number','understated',25,20,30),note="DOTS 'European Union' row (EU27) on Romania's 2020 export sheet; 'now' = 2020.")
CH(a,'Overall, exports dropped by more than 10 percent in 2020','ROU','World','exports',2019,2020,-10,'more than','overstated',
   pert=('exports dropped by more than 10 percent','exports rose by more than 10 percent','direction','contradicted',10),
   note="-8.0% (76.87 -> 70.72 bn): a fall of less than 95% of 10%.")
UC(a,'by December monthly shipments were already 6 percent above the level of December 2019','a monthly figure (December 2020 against December 2019)','ROU',None)
MT(a,'Sales to Germany have nearly doubled since 2010','ROU','DEU','exports',2010,2020,2,'nearly','consistent',
   pert=('nearly doubled since 2010','nearly quadrupled since 2010','number','overstated',4),note="2020 over 2010: Romania's record x1.81, Germany's x1.84.")
f0=tvfigs('ROU','DEU','exports',2010)+tvfigs('ROU','DEU','exports',2020)+tvfigs('ROU','ITA','exports',2010)+tvfigs('ROU','ITA','exports',2020)
f0=[dict(f) for f in f0 if not f.get('cow')]
a.add('far outpacing those to Italy','change','consistent','ROU','ITA','exports',None,'comparison',None,'2010-2020',None,f0,
      "Growth 2010-2020 of Romania's exports: to Germany x1.81 (Romania's record) / x1.84 (Germany's), to Italy x1.11 / x1.14: Germany far ahead on both.",'consistent',None,
      ('far outpacing those to Italy','far trailing those to Italy','direction','contradicted'))
RK(a,'still the second-largest market for Romanian goods','consistent',"Romania's Exports, FOB 2020, country partners: Germany 16.20 bn, Italy 7.63 bn, France 4.79 bn, Hungary 3.55 bn, Poland 2.65 bn (partners' CIF records: same order).",
   [cell('ROU','DEU',2020,'Exports, FOB'),cell('ROU','ITA',2020,'Exports, FOB'),cell('ROU','FRA',2020,'Exports, FOB'),cell('ROU','HUN',2020,'Exports, FOB')],'ROU','ITA','exports','2020',2,
   pert=('still the second-largest market','still the fourth-largest market','rank','contradicted'))
RK(a,'France comes third','consistent',"Romania's Exports, FOB 2020: France 4.79 bn third, behind Germany and Italy, ahead of Hungary 3.55 bn.",
   [cell('ROU','ITA',2020,'Exports, FOB'),cell('ROU','FRA',2020,'Exports, FOB'),cell('ROU','HUN',2020,'Exports, FOB')],'ROU','FRA','exports','2020',3,
   pert=('France comes third','France comes fifth','rank','contradicted'))
RK(a,'which they say overtook France last year as a buyer of Romanian products','contradicted',"Romania's Exports, FOB: Hungary 3.72 bn (2019), 3.55 bn (2020); France 5.33 bn, 4.79 bn: Hungary stayed behind France (also on the partners' CIF records: 3.10 vs 4.03 bn in 2020).",
   [cell('ROU','HUN',2019,'Exports, FOB'),cell('ROU','HUN',2020,'Exports, FOB'),cell('ROU','FRA',2019,'Exports, FOB'),cell('ROU','FRA',2020,'Exports, FOB'),cell('HUN','ROU',2020,'Imports, CIF','mirror'),cell('FRA','ROU',2020,'Imports, CIF','mirror')],'ROU','HUN','exports','2020',None,
   pert=('overtook France last year','overtook Poland last year','rank','contradicted'),note="Officials' claim. Perturbed: Hungary was already ahead of Poland in 2019, so 'overtook' is false in another way.")
TV(a,'Germany bought goods worth some $18.1 billion from Romania in 2020','DEU','ROU','imports',2020,18.1e9,'some','sources disagree',
   pert=('some $18.1 billion','some $28.1 billion','number','overstated',28.1e9),
   note="German statistics (Germany's CIF record of imports from Romania) give 14.88 bn (82%, below ±15%); Romania's FOB record 16.20 bn (90%) is inside: only the partner's side agrees = sources disagree (contract). 18.1 bn is Germany's exports TO Romania (FOB 18.15 bn): the direction is confused (UNSURE: a checker could call it overstated).")
TV(a,'a deficit of around $5 billion with its largest partner','ROU','DEU','deficit',2020,5e9,'around','overstated',
   pert=('around $5 billion','around $1 billion','number','understated',1e9),note="Romania's records: imports 19.18 - exports 16.20 = 2.98 bn (60%); Germany's records: 18.15 - 14.88 = 3.26 bn (65%).")
UC(a,'the current-account gap reached about 5 percent of gross domestic product','the current account as a share of GDP; not goods trade','ROU',None)
CH(a,'shipments of Chinese goods to Romania rose by about an eighth last year','CHN','ROU','exports',2019,2020,12.5,'about','consistent',
   pert=('rose by about an eighth','fell by about an eighth','direction','contradicted',-12.5),note="China's FOB record +12.7%, Romania's CIF record +13.7%: both inside.")
TV(a,'to some $5.1 billion','CHN','ROU','exports',2020,5.1e9,'some','consistent',pert=('to some $5.1 billion','to some $9.1 billion','number','overstated',9.1e9))
fs=[cell('ROU','CHN',2020,'Exports, FOB'),cell('CHN','ROU',2020,'Exports, FOB'),cell('CHN','ROU',2020,'Imports, CIF','mirror'),cell('ROU','CHN',2020,'Imports, CIF','mirror')]
r1=fs[0]['value']/fs[1]['value']; r2=fs[2]['value']/fs[3]['value']
RK(a,"Romania's own sales to China are barely a seventh of that",'consistent',
   f"Romania's exports to China over China's shipments to Romania, 2020: each exporter's own FOB record 0.739 / 5.144 bn = {100*r1:.1f}% (a seventh = 14.3%); against the stated $5.1 bn 14.5%. On the importers' CIF records 2.639 / 5.777 = {100*r2:.1f}% (far above).",
   fs,'ROU','CHN','exports','2020',14.29,hedge='barely',pert=('barely a seventh of that','nearly double that','number','overstated'),
   note="'own sales' = Romania's record (reporter decides); China's CIF record of imports from Romania (2.64 bn) is 3.6 times Romania's export figure (UNSURE). 'barely' read as the about-family.")
CH(a,'Exports to Britain, once a fast-growing market for Romanian food and furniture, fell by a sixth in 2020','ROU','GBR','exports',2019,2020,-16.7,None,'consistent',
   pert=('fell by a sixth','rose by a sixth','direction','contradicted',16.7),note="Romania's FOB record -17.5% (inside ±10% of 16.7); the UK's CIF record -29.7% (outside): consistent by the reporter's side (UNSURE).")
UC(a,'will invest about 300 million euros in its factory in Craiova','a company investment (Ford)','ROU',None)
UC(a,'counting on 29.2 billion euros from the EU recovery fund','EU recovery funds (grants and loans)','ROU','EU')
AL(a,'it sided with the United States in close to 60 percent of the contested votes in 2019','Romania','United States',2019,60,'close to','consistent',
   pert=('close to 60 percent','close to 90 percent','number','overstated',90,None,None),subj='ROU',part='USA',
   note="Coincidence 58.7%; the identical-vote share over all joint roll calls is 44.4% (74% of 60, below): the verdict rests on the coincidence (UNSURE).")
nb=[('Hungary',),('Bulgaria',),('Yugoslavia',),('Moldova',),('Ukraine',),('Poland',),('Czechia',),('Slovakia',),('Lithuania',),('Latvia',),('Estonia',)]
figs=[];txt=[]
for (n,) in nb:
    f,c,s2=coinc_figs(n,'United States',2019); figs.append(f[0]); txt.append(f"{'Serbia (Voeten: Yugoslavia)' if n=='Yugoslavia' else n} {c:.1f}")
figs.insert(0,coinc_figs('Romania','United States',2019)[0][0])
a.add('more often than any of its neighbours in central and eastern Europe','alignment','contradicted','ROU','USA',None,None,'rank',None,'2019',None,figs,
      "Coincidence with the US, 2019: Romania 58.7; its neighbours "+', '.join(txt[:5])+"; other central and eastern European states "+', '.join(txt[5:])+". Hungary (a neighbour) 59.4 and Czechia 60.0, Lithuania 59.4 are above Romania.",'contradicted',
      "Contradicted on either reading (direct neighbours: Hungary is ahead; central and eastern Europe: Hungary, Czechia, Lithuania are ahead). On identical-vote shares Hungary ties Romania (44.4) and Czechia (45.6) is ahead.",
      ('more often than any of its neighbours','less often than any of its neighbours','direction','contradicted'))
r21=rate('ROU',2021); e21=rate('DEU',2021); eur=2300/r21['value']*e21['value']; ok=side(eur/475,'about')
a.add('The minimum wage rose this year to 2,300 lei a month before tax, about 475 euros','conversion','consistent',None,None,None,2300,'money','RON','2021 (this year)','about',
      [dict(value=2300,unit='RON',currency='RON',year=2021,source='article',basis='article'),r21,e21,dict(value=round(eur,1),unit='EUR',currency='EUR',year=2021,source=f"2300 / {r21['value']:.4f} x {e21['value']:.4f}",basis='derived'),dict(value=475,unit='EUR',currency='EUR',year=2021,source='article',basis='article')],
      f"2,300 lei / {r21['value']:.3f} RON per USD x {e21['value']:.4f} EUR per USD (WEO 2021 averages; euro via Germany's row) = {eur:.1f} euros, {100*eur/475:.0f}% of 475 ({ok}).",'consistent' if ok=='in' else 'x',
      "An amount of no trade flow converted at the article's year (2021, 'this year'; WEO 2021 is an outturn, not a projection).",
      ('about 475 euros','about 975 euros','number','overstated'))
