a=Article('poland-germany-supply-chain-2016','2017-03-02')
TV(a,"Poland's exports to Germany came to some 220 billion zlotys last year",'POL','DEU','exports',2016,220e9,'some','consistent',currency='PLN',conv=('POL',2016),
   pert=('some 220 billion zlotys','some 320 billion zlotys','number','overstated',320e9))
RK(a,"Germany is by far Poland's largest trading partner",'consistent',
   "Poland 2016: Germany first both as a market (Exports, FOB 55.81 bn; next UK 13.55 bn) and as a supplier (Imports, CIF 56.19 bn; next China 15.57 bn).",
   [cell('POL','DEU',2016,'Exports, FOB'),cell('POL','GBR',2016,'Exports, FOB'),cell('POL','DEU',2016,'Imports, CIF'),cell('POL','CHN',2016,'Imports, CIF')],
   'POL','DEU','total','2016',1,pert=("Poland's largest trading partner","Poland's third-largest trading partner",'rank','contradicted'))
SH(a,'it took more than a third of all Polish exports in 2016','POL','DEU','exports',2016,33.3,'more than','overstated',
   pert=('more than a third','less than a tenth','number','understated',10,None,None,'less than'),note="Germany took 27.4% of Poland's exports; 'more than a third' needs at least 31.7%.")
def mult(a_,b_,flow,y0,y1):
    f0=tvfigs(a_,b_,flow,y0); f1=tvfigs(a_,b_,flow,y1); out=[]; txt=[]
    for basis in ('reported','mirror'):
        x=[f for f in f0 if f['basis']==basis and not f.get('cow')]; z=[f for f in f1 if f['basis']==basis and not f.get('cow')]
        if x and z:
            r=z[0]['value']/x[0]['value']; out+=[x[0],z[0],dict(value=round(r,3),unit='ratio',currency=None,year=y1,source=f'ratio {y1}/{y0} of the two figures above ({basis})',basis='derived')]; txt.append(f'{basis} x{r:.2f}')
    return out,'; '.join(txt)
f,t=mult('POL','DEU','exports',2004,2016)
a.add('Sales to Germany have more than doubled since 2004','change','consistent','POL','DEU','exports',2.0,'multiple',None,'2004-2016','more than',f,
      f"Poland's exports to Germany 2004 to 2016: {t}; 'more than doubled' needs a ratio of at least 0.95 x 2.",None,None,
      ('more than doubled','more than quadrupled','number','overstated'))
SH(a,'Three in every four zlotys Poland earned from exports in 2016 came from the European Union','POL','EU','exports',2016,75,None,'consistent',
   pert=('Three in every four','Nine in every ten','number','overstated',90,None,None),note="European Union row of Poland's Exports, FOB (27 members, UK excluded): 73.0%. With the UK (13.55 bn) added it would be 79.7%, also inside ±10% of 75%.")
TV(a,'Poland bought about $68 billion of German goods last year','POL','DEU','imports',2016,68e9,'about','sources disagree',note="Poland's own CIF record (56.19 bn, 83%) is below the ±15% band; Germany's export record (60.42 bn, 89%) is inside: only the partner's side agrees, which the contract calls 'sources disagree'.",pert=('about $68 billion','about $38 billion','number','understated',38e9))
RK(a,'it still bought slightly more from Germany than it sold there','consistent',
   "Poland 2016: imports from Germany 56.19 bn (Poland CIF) against exports 55.81 bn (Poland FOB); mirror: German FOB exports to Poland 60.42 bn against German CIF imports from Poland 54.86 bn. Imports exceed exports on both bases.",
   [cell('POL','DEU',2016,'Imports, CIF'),cell('POL','DEU',2016,'Exports, FOB'),cell('DEU','POL',2016,'Exports, FOB','mirror'),cell('DEU','POL',2016,'Imports, CIF','mirror')],
   'POL','DEU','balance','2016',None,pert=('it still bought slightly more from Germany than it sold there','it still sold slightly more to Germany than it bought there','direction','contradicted'),
   note='A direction-of-balance claim (a small deficit); kind rank_share as a comparison of two flows.')
UC(a,'German firms have invested about 30 billion euros in Poland since 1990','an investment stock','DEU','POL')
UC(a,'the chamber expects its members to add 10,000 jobs this year','a forecast of jobs, not trade','DEU','POL')
UC(a,'Exports to Germany rose 6 percent in the fourth quarter','a quarterly change','POL','DEU')
ALC(a,'Poland sided with the United States more often than with Russia in 2016','Poland','United States','Russia',2016,'consistent',
   pert=('more often than with Russia','less often than with Russia','direction','contradicted'),subj='POL',part='USA')
SH(a,'More than half of Polish exports went to the countries of the euro area alone','POL','EA','exports',2016,50,'more than','consistent',
   pert=('More than half','More than three-quarters','number','overstated',75,None,None),note="DOTS 'Euro Area' row of Poland's Exports, FOB: 56.5%.")
figs,v,txt=tv('POL','FRA','exports',2016,11e9,None)
a.add('were worth between $10 billion and $12 billion','trade_value','consistent','POL','FRA','exports',[10e9,12e9],'money','USD','2016','range',figs,
      "Poland's exports to France 2016: reported 11.05 bn, mirror (France CIF) 10.48 bn; both inside the stated range $10-12 bn.",v,
      "A range claim (quantity = [low, high]); the data lie inside the range itself, so any tolerance reading agrees.",
      ('between $10 billion and $12 billion','between $20 billion and $24 billion','number','overstated'))
RK(a,'sales to France, its second-biggest customer in the euro area','consistent',
   "Poland's Exports, FOB 2016 to euro-area members: Germany 55.81 bn, France 11.05 bn, Italy 9.71 bn, Netherlands 9.12 bn (the UK and the Czech Republic, larger than France, are not in the euro area).",
   [cell('POL',p_,2016,'Exports, FOB') for p_ in ('DEU','FRA','ITA','NLD')],'POL','FRA','exports','2016',2,
   pert=('its second-biggest customer in the euro area','its biggest customer in the euro area','rank','contradicted'))
