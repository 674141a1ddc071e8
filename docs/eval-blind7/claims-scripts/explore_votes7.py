import sys; sys.path.insert(0,'/work/heldout7-private/claims/scripts')
from lib import *
import collections
dg=dgacm()
names=collections.Counter(n for r in dg for n in r['votes'])
print([n for n in names if 'UNITED' in n or 'RUSS' in n or 'CHINA' in n or 'SALV' in n])
for y in (2022,2023,2024,2025):
    rs=[r for r in dg if not pd.isna(r['date']) and r['date'].year==y]
    us=collections.Counter(r['votes'].get('UNITED STATES','absent') for r in rs)
    print(y,len(rs),dict(us))
CA=['PANAMA','COSTA RICA','HONDURAS','EL SALVADOR','NICARAGUA','GUATEMALA','BELIZE']
for y in (2020,2021,2022,2023,2024,2025):
    print(y,{c:(round(coinc_dgacm(c,'UNITED STATES',y)['coinc'],1),coinc_dgacm(c,'UNITED STATES',y)['identical'],coinc_dgacm(c,'UNITED STATES',y)['opposite']) for c in CA})
for y in (2024,2025):
    print(y,'RUS',{c:round(coinc_dgacm(c,'RUSSIAN FEDERATION',y)['coinc'],1) for c in CA})
    print(y,'CHN',{c:round(coinc_dgacm(c,'CHINA',y)['coinc'],1) for c in CA})
print(coinc_voeten('Costa Rica','United States',2019), coinc_dgacm('COSTA RICA','UNITED STATES',2019))
