"""Robustness: coincidence on Voeten roll calls restricted to whole resolutions (amend==0 and para==0)."""
import sys; sys.path.insert(0,'/work/heldout7-private/claims7b/scripts'); from lib import *
v=voeten()
def co(x,y,yr,res_only):
    s=v[v.year==yr]
    if res_only: s=s[(s.amend==0)&(s.para==0)]
    a=s[s.country==x][['rcid','vote']].merge(s[s.country==y][['rcid','vote']],on='rcid')
    yn=a[a.vote_x.isin(['yes','no'])&a.vote_y.isin(['yes','no'])]
    return 100*(yn.vote_x==yn.vote_y).mean(), len(yn)
for x,y,yr in [('Chile','United States',2018),('Chile','China',2018),('Pakistan','United States',2018),('Pakistan','China',2018),('Bangladesh','United States',2018),
   ('Canada','United States',2009),('Poland','United States',2016),('Poland','Russia',2016),('Indonesia','Japan',1998),('Indonesia','United States',1998),
   ('Saudi Arabia','United States',2019),('Saudi Arabia','China',2019),('Kazakhstan','Russia',2013),('Kazakhstan','United States',2013),('New Zealand','China',2013),('New Zealand','United States',2013),
   ('Norway','United Kingdom',2008),('Norway','United States',2008),('Israel','United States',2019),('Australia','United States',2019),('Philippines','United States',2019),('Peru','United States',2019),
   ('Poland','United States',2019),('Poland','Russia',2019),('Poland','China',2019),('Norway','United States',2019),('Norway','Russia',2019),('Norway','China',2019),('Kazakhstan','Russia',2019),('Kazakhstan','United States',2019)]:
    a=co(x,y,yr,False); b=co(x,y,yr,True)
    print(f'{x:14s} {y:15s} {yr} all {a[0]:5.1f} (n={a[1]})  resolutions-only {b[0]:5.1f} (n={b[1]})')
print('Voeten 2019 vs DGACM resolutions dated 2019:')
for x,y in [('Israel','United States'),('Philippines','United States'),('Peru','United States'),('Poland','United States'),('Poland','Russia'),('Norway','United States'),('Norway','Russia'),('Kazakhstan','Russia'),('Kazakhstan','United States'),('Saudi Arabia','United States'),('Saudi Arabia','China')]:
    X=x.upper(); Y={'Russia':'RUSSIAN FEDERATION'}.get(y,y.upper())
    print(f'{x:14s} {y:15s} voeten {coinc_voeten(x,y,2019)["coinc"]:5.1f}  dgacm {coinc_dgacm(X,Y,2019)["coinc"]:5.1f}')
