"""Lookup helpers over the raw files in /work/shared (annotator's own code)."""
import json, glob, re, unicodedata
import pandas as pd, pyreadr
S='/work/shared/data'
D=pd.read_parquet('/work/heldout7-private/claims7b/scripts/dots_long.parquet')
NAME={'CHL':'Chile','CHN':'China, P.R.: Mainland','PAK':'Pakistan','BGD':'Bangladesh','IND':'India','MAR':'Morocco',
 'ESP':'Spain','FRA':'France','CAN':'Canada','USA':'United States','POL':'Poland, Rep. of','DEU':'Germany','IDN':'Indonesia',
 'JPN':'Japan','SAU':'Saudi Arabia','KAZ':'Kazakhstan, Rep. of','RUS':'Russian Federation','NZL':'New Zealand','AUS':'Australia',
 'NOR':'Norway','GBR':'United Kingdom','ZMB':'Zambia','PER':'Peru','THA':'Thailand','PHL':'Philippines','COL':'Colombia',
 'KOR':'Korea, Rep. of','SGP':'Singapore','MYS':'Malaysia','NLD':'Netherlands, The','ITA':'Italy','BRA':'Brazil','ARG':'Argentina',
 'ARE':'United Arab Emirates','CHE':'Switzerland','ZAF':'South Africa','HKG':'China, P.R.: Hong Kong','SWE':'Sweden','CZE':'Czech Rep.',
 'UKR':'Ukraine','TUR':'Turkey','BEL':'Belgium','MEX':'Mexico','VNM':'Vietnam','EGY':'Egypt, Arab Rep. of','SEN':"Senegal",'CIV':"Côte d'Ivoire",
 'World':'World','EU':'European Union','EA':'Euro Area','SSA':'Sub-Saharan Africa','Africa':'Africa','ME':'Middle East','WH':'Western Hemisphere',
 'LKA':'Sri Lanka','NPL':'Nepal','UZB':'Uzbekistan, Rep. of','KGZ':'Kyrgyz Rep.','BLR':'Belarus, Rep. of','QAT':'Qatar','IRN':'Iran, Islamic Rep. of',
 'AGO':'Angola','MOZ':'Mozambique, Rep. of','ZWE':'Zimbabwe','ECU':'Ecuador','URY':'Uruguay','PRY':'Paraguay','BOL':'Bolivia','DZA':'Algeria','TUN':'Tunisia','PRT':'Portugal','NGA':'Nigeria','GHA':'Ghana','ETH':'Ethiopia, The Federal Dem. Rep. of','TZA':'Tanzania, United Rep. of','JOR':'Jordan','ISR':'Israel','OMN':'Oman','KWT':'Kuwait','IRQ':'Iraq','COD':'Congo, Dem. Rep. of the','COG':'Congo, Rep. of','ROU':'Romania','SYR':'Syrian Arab Rep.','AUT':'Austria','HUN':'Hungary','BGR':'Bulgaria','SRB':'Serbia, Rep. of','MDA':'Moldova, Rep. of','SVK':'Slovak Rep.','LKA':'Sri Lanka','MNG':'Mongolia','KHM':'Cambodia','BOL':'Bolivia','JOR':'Jordan'}
def _cell(rep,par,y,sheet):
    rn=NAME[rep]; pn=NAME[par]
    s=D[(D.reporter==rn)&(D.sheet==sheet)&(D.partner==pn)&(D.year==y)]
    if s.empty: return None
    r=s.sort_values('row').iloc[-1]   # later duplicate row
    src=f"data/trade/imf_dots/{r.file} (reporter '{rn}'), sheet '{sheet}', row {r.row} '{pn}', column {y}"+(" (IMF estimate, ' e')" if r.est else '')
    return dict(value=round(r.value*1e6), unit='USD', currency='USD', year=y, source=src)
def fob(a,b,y):
    c=_cell(a,b,y,'Exports, FOB'); 
    return c
def cif(a,b,y):
    return _cell(a,b,y,'Imports, CIF')
def exports(a,b,y):
    """a's exports to b: reported (a FOB), mirror (b's CIF from a)."""
    out=[]
    r=fob(a,b,y)
    if r: r['basis']='reported'; out.append(r)
    if b in NAME and b not in('World','EU','EA','SSA','Africa','ME','WH'):
        m=cif(b,a,y)
        if m: m['basis']='mirror'; out.append(m)
    return out
def imports(a,b,y):
    """a's imports from b: reported (a CIF), mirror (b's FOB to a)."""
    out=[]
    r=cif(a,b,y)
    if r: r['basis']='reported'; out.append(r)
    if b not in('World','EU','EA','SSA','Africa','ME','WH'):
        m=fob(b,a,y)
        if m: m['basis']='mirror'; out.append(m)
    return out
def partners(a,y,sheet='Exports, FOB'):
    rn=NAME[a]
    s=D[(D.reporter==rn)&(D.sheet==sheet)&(D.year==y)].sort_values('row').drop_duplicates('partner',keep='last')
    return s[['partner','row','value','est']].sort_values('value',ascending=False)
AGG=set(['World','Advanced Economies','Euro Area','European Union','Emerging and Developing Economies','Emerging and Developing Asia',
 'Emerging and Developing Europe','Middle East','Middle East and Central Asia','Sub-Saharan Africa','Africa','Western Hemisphere',
 'Other Countries not included elsewhere','Emerging Market and Developing Economies by Source of Export Earnings: Fuel',
 'Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel','Special Categories','Countries & Areas not specified',
 'Economies not specified','Other Countries n.i.e.','South African Common Customs Area (SACCA)','Belgium-Luxembourg','Western Hemisphere n.i.e.',
 'Asia not specified','Europe not specified','Middle East not specified','Africa not specified','Areas not specified'])
def country_partners(a,y,sheet='Exports, FOB'):
    p=partners(a,y,sheet)
    return p[~p.partner.isin(AGG) & ~p.partner.str.contains('not specified|n.i.e|Special|Economies|Countries',regex=True)]
# COW
_cow=None
CC={'USA':2,'CAN':20,'MEX':70,'COL':100,'PER':135,'BRA':140,'CHL':155,'ARG':160,'GBR':200,'NLD':210,'FRA':220,'ESP':230,'DEU':255,'POL':290,
 'ITA':325,'RUS':365,'NOR':385,'MAR':600,'SAU':670,'CHN':710,'JPN':740,'KOR':732,'IND':750,'PAK':770,'BGD':771,'THA':800,'MYS':820,'SGP':830,'PHL':840,'IDN':850,'AUS':900,'NZL':920,'ZMB':551,'KAZ':705,'ZAF':560,'UKR':369,'NGA':475,'VNM':816,'TUR':640,'EGY':651,'GHA':452,'ARG':160,'LKA':780,'ETH':530,'TZA':510,'JOR':663,'SEN':433,'CHE':225,'BEL':211,'HKG':None}
def cow_imports(a,b,y):
    """a's own import record from b (COW flow, US$ mn)."""
    global _cow
    if _cow is None: _cow=list(pyreadr.read_r(S+'/trade/cow_dyadic_trade/cow_trade_ndy.rda').values())[0]
    ca,cb=CC[a],CC[b]
    s=_cow[(_cow.ccode1==ca)&(_cow.ccode2==cb)&(_cow.year==y)]
    if not s.empty: v=s.iloc[0].flow1; side='flow1'
    else:
        s=_cow[(_cow.ccode1==cb)&(_cow.ccode2==ca)&(_cow.year==y)]
        if s.empty: return None
        v=s.iloc[0].flow2; side='flow2'
    if v<0: return None
    return dict(value=round(v*1e6),unit='USD',currency='USD',year=y,source=f"data/trade/cow_dyadic_trade/cow_trade_ndy.rda, year {y}, imports of {a} ({ca}) from {b} ({cb}) ({side})")
CUR={'CHL':'CLP','PAK':'PKR','BGD':'BDT','MAR':'MAD','CAN':'CAD','POL':'PLN','IDN':'IDR','SAU':'SAR','KAZ':'KZT','NZL':'NZD','NOR':'NOK','DEU':'EUR','USA':'USD','NGA':'NGN','VNM':'VND','TUR':'TRY','BRA':'BRL','EGY':'EGP','GHA':'GHS','PHL':'PHP','MEX':'MXN','ARG':'ARS','THA':'THB','LKA':'LKR','ETH':'ETB','ZAF':'ZAR','TZA':'TZS','MYS':'MYR','COL':'COP','JOR':'JOD','ZMB':'ZMW','SEN':'XOF','PER':'PEN','ROU':'RON','MNG':'MNT','KHM':'KHR','BOL':'BOB','CZE':'CZK','LKA':'LKR','JOR':'JOD','HUN':'HUF'}
W=pd.read_parquet(S+'/trade/macro/imf_weo_2025-01-31.parquet')
def rate(iso,y):
    s=W[(W.pydeflate_iso3==iso)&(W.pydeflate_year==y)]
    v=float(s.pydeflate_EXCHANGE.iloc[0])
    return dict(value=v,unit='rate',currency=f'{CUR.get(iso,iso)} per USD',year=y,source=f"data/trade/macro/imf_weo_2025-01-31.parquet, pydeflate_iso3={iso}, pydeflate_year={y}, pydeflate_EXCHANGE"+(" (euro: Germany's row)" if iso=="DEU" else ""),basis='reported')
# votes
_v=None
def voeten():
    global _v
    if _v is None:
        v=list(pyreadr.read_r(S+'/unga/voeten_unvotes/un_votes.rda').values())[0]
        r=list(pyreadr.read_r(S+'/unga/voeten_unvotes/un_roll_calls.rda').values())[0]
        r['year']=pd.to_datetime(r.date).dt.year
        _v=v.merge(r[['rcid','year','unres','short','descr','date','amend','para','importantvote']],on='rcid')
    return _v
def coinc_voeten(x,y,year):
    v=voeten(); v=v[v.year==year]
    a=v[v.country==x][['rcid','vote']]; b=v[v.country==y][['rcid','vote']]
    m=a.merge(b,on='rcid')
    yn=m[m.vote_x.isin(['yes','no'])&m.vote_y.isin(['yes','no'])]
    ident=(yn.vote_x==yn.vote_y).sum(); opp=len(yn)-ident
    allsame=(m.vote_x==m.vote_y).sum()
    return dict(coinc=100*ident/(ident+opp) if ident+opp else None, identical=int(ident), opposite=int(opp), both=len(m), share_identical_all=100*allsame/len(m) if len(m) else None)
def _fold(s):
    s=unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().upper().strip()
    s=s.replace('NETHERLANDS (KINGDOM OF THE)','NETHERLANDS')
    return s
_dg=None
def dgacm():
    global _dg
    if _dg is None:
        recs=[]; seen=set()
        for f in sorted(glob.glob(S+'/unga/un_dgacm_resolutions/*.json')):
            for line in open(f,encoding='utf-8'):
                line=line.strip()
                if not line: continue
                d=json.loads(line)
                if d['symbol'] in seen: continue
                if not (d.get('MS_in_favour') or d.get('MS_against') or d.get('MS_abstaining')): continue
                seen.add(d['symbol'])
                ds=str(d.get('adoption_date','')).replace('\xa0',' ').strip()
                try: dt=pd.to_datetime(ds,dayfirst=True)
                except Exception: dt=pd.NaT
                votes={}
                for k,lab in (('MS_in_favour','yes'),('MS_against','no'),('MS_abstaining','abstain')):
                    for c in d.get(k) or []: votes[_fold(c)]=lab
                recs.append(dict(symbol=d['symbol'],date=dt,title=d.get('title'),votes=votes))
        _dg=recs
    return _dg
def coinc_dgacm(x,y,year):
    x,y=_fold(x),_fold(y); ident=opp=0; n=0
    for r in dgacm():
        if pd.isna(r['date']) or r['date'].year!=year: continue
        a=r['votes'].get(x); b=r['votes'].get(y)
        if a in('yes','no') and b in ('yes','no'):
            n+=1
            if a==b: ident+=1
            else: opp+=1
    return dict(coinc=100*ident/(ident+opp) if n else None, identical=ident, opposite=opp)
# --- set-7b additions (annot-claims7b) ---
NAME.update({'AZE':'Azerbaijan, Rep. of','HND':'Honduras','IRL':'Ireland','JAM':'Jamaica','MLI':'Mali','NAM':'Namibia','LBY':'Libya','SLV':'El Salvador',
 'GTM':'Guatemala','NIC':'Nicaragua','ISL':'Iceland','VEN':'Venezuela, Rep. Bolivariana de','TTO':'Trinidad and Tobago','BWA':'Botswana','KGZ':'Kyrgyz Rep.','OMN':'Oman','TUN':'Tunisia','ISR':'Israel','DZA':'Algeria'})
CUR.update({'AZE':'AZN','HND':'HNL','IRL':'EUR','ISR':'ILS','JAM':'JMD','KGZ':'KGS','NAM':'NAD','OMN':'OMR','TUN':'TND','SEN':'XOF','MLI':'XOF'})
