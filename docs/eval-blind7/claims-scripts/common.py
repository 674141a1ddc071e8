"""Verdict helpers (annotator's reading of docs/claims.md tolerances)."""
import re
from lib import *
TOL={'none':(0.90,1.10),'about':(0.85,1.15),'more than':(0.95,None),'less than':(None,1.05)}
def band(h):
    h=h or 'none'
    if h in ('about','approximately','around','roughly','some','nearly','almost','close to','an estimated','barely','just shy of','approaching','in the region of'): return TOL['about']
    if h in ('more than','over','at least','just over','above','in excess of','well over','well above','topped'): return TOL['more than']
    if h in ('less than','under','fewer than','up to','below'): return TOL['less than']
    return TOL['none']
def side(ratio,h):
    lo,hi=band(h)
    if lo is not None and ratio<lo: return 'below'
    if hi is not None and ratio>hi: return 'above'
    return 'in'
def combine(sides):
    """sides: list of (basis, side) reporter first."""
    rep=[s for b,s in sides if b=='reported']; mir=[s for b,s in sides if b=='mirror']
    r=rep[0] if rep else None; allsides=[s for b,s in sides]
    if all(s=='in' for s in allsides): return 'consistent'
    if r=='in': return 'consistent'   # reporter decides when inside (noted)
    if 'in' in mir and r in('below','above'): return 'sources disagree'
    if 'below' in allsides and 'above' in allsides: return 'sources disagree'
    s=r or allsides[0]
    return {'below':'overstated','above':'understated'}[s]
def fmt(v):
    return f"{v/1e9:.2f} bn" if abs(v)>=1e9 else f"{v/1e6:.1f} m"
def value_check(figs,claim,hedge,conv=None):
    """figs: USD figures with basis; conv: (iso,year) to convert data into claim currency."""
    sides=[]; parts=[]; extra=[]
    for f in figs:
        v=f['value']
        if conv:
            rt=rate(*conv)['value']; v=v*rt
        ratio=v/claim; s=side(ratio,hedge); sides.append((f['basis'],s))
        parts.append(f"{f['basis']} {fmt(v)}{' '+CUR.get(conv[0],conv[0]) if conv else ''} ({ratio*100:.0f}% of claim, {s})")
    return combine(sides), '; '.join(parts), sides
def pct_change(v0,v1): return (v1/v0-1)*100
def change_side(D,C,h):
    if C!=0 and D*C<0: return 'contra'
    lo,hi=band(h)
    if h in('more than','over','at least'): return 'in' if abs(D)>=0.95*abs(C) else 'below'
    if h in('less than','under'): return 'in' if abs(D)<=1.05*abs(C) else 'above'
    tol=(1-lo)*abs(C); tol=max(tol,1.0)
    if abs(D-C)<=tol: return 'in'
    return 'below' if abs(D)<abs(C) else 'above'
def change_verdict(sides):
    if any(s=='contra' for b,s in sides): 
        if all(s=='contra' for b,s in sides): return 'contradicted'
        return 'sources disagree'
    return combine(sides)
