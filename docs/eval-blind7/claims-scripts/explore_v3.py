import sys; sys.path.insert(0,'/work/heldout7-private/claims/scripts')
from lib import *
import collections
dg=dgacm()
for r in dg:
    t=(r['title'] or '')
    if 'Islamic Republic of Iran' in t and 'human rights' in t.lower():
        v=r['votes']; print(r['symbol'],r['date'],t[:70],{c:v.get(c) for c in ['QATAR','KUWAIT','OMAN','IRAQ','CHINA','RUSSIAN FEDERATION','INDIA']},collections.Counter(v.values()))
IR='IRAN (ISLAMIC REPUBLIC OF)'
print([n for n in set(n for r in dg for n in r['votes']) if 'IRAN' in n])
for y in (2024,2025):
    for p in ('UNITED STATES','CHINA','RUSSIAN FEDERATION','OMAN','QATAR','KUWAIT'):
        print(y,p,coinc_dgacm(IR,p,y))
rs=[]
for c in set(n for r in dg for n in r['votes']):
    x=coinc_dgacm(c,'UNITED STATES',2025)
    if x['coinc'] is not None: rs.append((x['coinc'],c,x['identical'],x['opposite']))
rs.sort(); print(len(rs)); print(rs[:12])
v=voeten(); print(sorted(set(v.country[v.country.str.contains('Iran')])))
for y in range(1970,1990): print(y, round(coinc_voeten('Iran','United States',y)['coinc'] or -1,1), coinc_voeten('Iran','United States',y)['identical'],coinc_voeten('Iran','United States',y)['opposite'])
