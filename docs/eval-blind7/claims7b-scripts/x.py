import sys; sys.path.insert(0,'/work/heldout7-private/claims7b/scripts')
from lib import *
def show(a,b,flows=('exports','imports'),years=()):
    for fl in flows:
        for y in years:
            f=exports(a,b,y) if fl=='exports' else imports(a,b,y)
            print(a,fl,b,y,' | '.join(f"{x['basis']} {x['value']/1e6:,.1f}m" for x in f))
def top(a,y,sheet='Exports, FOB',n=8):
    p=country_partners(a,y,sheet); print(a,y,sheet,[(r.partner[:18],round(r.value,1)) for _,r in p.head(n).iterrows()])
def mtop(a,y,flow='exports',n=8):
    """partners' mirror records of a's flow"""
    sheet='Imports, CIF' if flow=='exports' else 'Exports, FOB'
    rn=NAME[a]; s=D[(D.sheet==sheet)&(D.partner==rn)&(D.year==y)].sort_values('row').drop_duplicates('reporter',keep='last')
    s=s[~s.reporter.isin(AGG)].sort_values('value',ascending=False); print('MIRROR',a,flow,y,[(r.reporter[:18],round(r.value,1)) for _,r in s.head(n).iterrows()])
def rt(iso,y): print(iso,y,rate(iso,y)['value'])
