import sys; sys.path.insert(0,'/work/heldout7-private/claims7b/scripts')
from lib import *
from lib import _cell
def pair(a,b,y0,y1):
    for y in range(y0,y1+1):
        e=exports(a,b,y); i=imports(a,b,y)
        f=lambda L,bs: next((x['value']/1e9 for x in L if x['basis']==bs),float('nan'))
        print(f"{a}->{b} {y}: X rep {f(e,'reported'):8.3f} mir {f(e,'mirror'):8.3f} | M rep {f(i,'reported'):8.3f} mir {f(i,'mirror'):8.3f}")
def top(a,y,sheet='Exports, FOB',n=8):
    p=country_partners(a,y,sheet); w=_cell(a,'World',y,sheet)['value']/1e9
    print(a,y,sheet,'world',round(w,3))
    for _,r in p.head(n).iterrows(): print(f"   {r.partner:35s} {r.value/1e3:8.3f} bn {100*r.value/1e3/w:5.1f}% row {r.row}")
if __name__=='__main__':
    exec(sys.argv[1])
