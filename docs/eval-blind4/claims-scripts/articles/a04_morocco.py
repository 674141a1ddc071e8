a=Article('morocco-spain-strait-2014','2015-05-11')
RK(a,'Spain overtook France as the largest buyer of Moroccan goods in 2014','consistent',
   "Morocco's Exports, FOB: 2014 Spain 5.18 bn, France 4.87 bn; 2013 France 4.67 bn, Spain 4.10 bn. Mirror (partners' CIF) 2014 Spain 5.34 bn, France 4.25 bn; COW 2014 Spain 5.30 bn, France 4.24 bn.",
   [cell('MAR','ESP',2014,'Exports, FOB'),cell('MAR','FRA',2014,'Exports, FOB'),cell('MAR','FRA',2013,'Exports, FOB'),cell('MAR','ESP',2013,'Exports, FOB'),
    cell('ESP','MAR',2014,'Imports, CIF','mirror'),cell('FRA','MAR',2014,'Imports, CIF','mirror')],'MAR','ESP','exports','2014',1,
   pert=('Spain overtook France','France overtook Spain','rank','contradicted'))
TV(a,'Moroccan exports to Spain reached about 43.5 billion dirhams last year','MAR','ESP','exports',2014,43.5e9,'about','consistent',currency='MAD',conv=('MAR',2014),
   pert=('about 43.5 billion dirhams','about 23.5 billion dirhams','number','understated',23.5e9))
TV(a,"The report put Morocco's imports from Spain at about 58 billion dirhams",'MAR','ESP','imports',2014,58e9,'about','consistent',currency='MAD',conv=('MAR',2014),
   pert=('at about 58 billion dirhams','at about 31 billion dirhams','number','understated',31e9),
   note="Robust: Morocco's CIF record (51.2 bn dirhams, 88%) and Spain's FOB record (64.8 bn, 112%) both inside ±15%; COW equals the CIF record.")
AR(a,'exports of 43.5 billion dirhams against imports of about 58 billion dirhams left a gap of 14.5 billion dirhams','consistent',
   '58 - 43.5 = 14.5 billion dirhams, as stated.',[A(43.5e9,'exports (MAD)',2014,'MAD'),A(58e9,'imports (MAD)',2014,'MAD'),A(14.5e9,'gap (MAD)',2014,'MAD')],
   subject='MAR',partner='ESP',flow='deficit',period='2014',currency='MAD',pert=('a gap of 14.5 billion dirhams','a gap of 4.5 billion dirhams','number','contradicted'))
TV(a,'Total trade between the two neighbours came to more than $11 billion','MAR','ESP','total',2014,11e9,'more than','consistent',
   pert=('more than $11 billion','more than $21 billion','number','overstated',21e9))
SH(a,"The European Union took about 60 percent of Morocco's exports in 2014",'MAR','EU','exports',2014,60,'about','consistent',
   pert=('about 60 percent','about 85 percent','number','overstated',85,None,None))
TV(a,'Morocco bought some $28 billion of goods from the bloc','MAR','EU','imports',2014,28e9,'some','overstated',
   pert=('some $28 billion','some $12 billion','number','understated',12e9),note='EU as partner: the DOTS European Union row of Morocco\'s Imports, CIF sheet (reporter basis only).')
UC(a,'Spanish companies hold investments worth an estimated 5 billion euros in Morocco','an investment stock: no investment data','ESP','MAR')
UC(a,'Exports to Spain rose 9 percent in the first quarter of this year','a quarterly change in the article\'s own year; annual data only','MAR','ESP')
CV(a,'2.4 billion euros, about $3.2 billion at last year\'s rate',2.4e9,'DEU',2014,3.2e9,'about','consistent',pert=('about $3.2 billion','about $4.2 billion','number','overstated',4.2e9),
   note='Euro converted at the WEO rate of Germany (EUR per USD, 2014: 0.7525). The package itself (aid) is not checkable; only the conversion is.')
UC(a,'plans to double its capacity by 2019','a port capacity plan (forecast), not trade data','MAR',None)
RK(a,'was only its third-largest export market last year','contradicted',
   "Morocco's Exports, FOB 2014 (country partners): Spain 5.18 bn, France 4.87 bn, Brazil 1.09 bn, Italy 1.01 bn, United States 0.85 bn: the US ranks fifth, not third.",
   [cell('MAR',p,2014,'Exports, FOB') for p in ('ESP','FRA','BRA','ITA','USA')],'MAR','USA','exports','2014',3,
   pert=('was only its third-largest export market','was its largest export market','rank','contradicted'))
TV(a,'exports of 43.5 billion dirhams against imports','MAR','ESP','exports',2014,43.5e9,None,'consistent',currency='MAD',conv=('MAR',2014),
   pert=('exports of 43.5 billion dirhams against','exports of 63.5 billion dirhams against','number','overstated',63.5e9))
TV(a,'against imports of about 58 billion dirhams','MAR','ESP','imports',2014,58e9,'about','consistent',currency='MAD',conv=('MAR',2014),
   pert=('against imports of about 58 billion dirhams','against imports of about 98 billion dirhams','number','overstated',98e9))
