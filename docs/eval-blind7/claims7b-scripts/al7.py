"""annot-claims7b alignment helpers used by the article scripts (exec'd by build.py after build_part1)."""
from votes7 import *
def _v(val,claim,hedge,lo,hi):
    if val is None: return None
    if lo is not None or hi is not None:
        if lo is not None and val<lo: return 'below'
        if hi is not None and val>hi: return 'above'
        return 'in'
    return side(val/claim,hedge)
def alverdict(coinc,share,claim,hedge=None,lo=None,hi=None):
    """coincidence decides; coincidence out and the identical-vote share in -> sources disagree; bracket -> sources disagree."""
    a=_v(coinc,claim,hedge,lo,hi); b=_v(share,claim,hedge,lo,hi)
    if a=='in': return 'consistent'
    if b=='in' or (b is not None and b!=a): return 'sources disagree'
    return {'below':'overstated','above':'understated'}[a]
def band_txt(claim,hedge,lo,hi):
    if lo is not None or hi is not None: return f"band {lo if lo is not None else '-'}-{hi if hi is not None else '-'}%"
    b=band(hedge); return f"'{hedge or 'none'}' {b[0] or '-'}-{b[1] or '-'} x {claim}%"
def ALS(art,quote,exp,figs,coinc,share,claim,hedge=None,lo=None,hi=None,subj=None,part=None,period=None,desc='',pert=None,note=None):
    """a share-of-votes claim: figs already built; pert=(old,new,change,pexp,pclaim,phedge,plo,phi)"""
    v=alverdict(coinc,share,claim,hedge,lo,hi)
    p=None
    if pert:
        old,new,ch,pexp=pert[:4]; pc,ph,plo,phi=(list(pert[4:])+[None]*4)[:4]
        pv=alverdict(coinc,share,pc,ph,plo,phi) if (pc is not None or plo is not None or phi is not None) else None
        p=(old,new,ch,pexp,pv)
    art.add(quote,'alignment',exp,subj,part,None,claim,'percent',None,period,hedge,figs,
        f"{desc}: coincidence {coinc:.1f}%, identical-vote share over all joint votes {share:.1f}%, against {band_txt(claim,hedge,lo,hi)}; coincidence decides, the share beside it (sources disagree when only the share agrees).",v,note,p)
def ALX(art,quote,exp,computed,figs,reason,subj=None,part=None,period=None,unit='comparison',quantity=None,hedge=None,pert=None,note=None):
    """an alignment claim with a verdict computed in the article script (rank, comparison, count, roll call)."""
    art.add(quote,'alignment',exp,subj,part,None,quantity,unit,None,period,hedge,figs,reason,computed,note,pert)
def cnt_fig(value,src,year=None): return dict(value=value,unit='count',currency=None,year=year,source=src,basis='derived')
def MULT(art,quote,a,b1,b2,flow,y,X,hedge,exp,pert=None,pX=None,note=None,subj=None,part=None):
    figs,v,txt=multiple_figs(a,b1,b2,flow,y,X,hedge)
    p=None
    if pert:
        pv=multiple_figs(a,b1,b2,flow,y,pX,pert[4] if len(pert)>4 else hedge)[1] if pX else None; p=(pert[0],pert[1],pert[2],pert[3],pv)
    art.add(quote,'rank_share',exp,subj or a,part or b1,flow,X,'ratio',None,str(y),hedge,figs,f"{a}'s {flow} with {b1} over those with {b2}, {y}: {txt}; claimed x{X} ('{hedge or 'none'}').",v,note,p)
def AR2(art,quote,exp,parts,total,op,hedge,reason,pert=None,note=None,subject=None,partner=None,flow=None,period=None,currency='USD'):
    """arithmetic: op 'diff' total=parts[0]-parts[1]; 'sum'; 'ratio'. verdict by the hedge on the stated figure."""
    if op=='diff': calc=parts[0]-parts[1]
    elif op=='sum': calc=sum(parts)
    elif op=='ratio': calc=parts[0]/parts[1]
    s=side(calc/total,hedge); v={'in':'consistent','below':'overstated','above':'understated'}[s]
    figs=[A(x,f'stated figure {i+1}') for i,x in enumerate(parts)]+[A(total,'stated result',unit='USD' if op!='ratio' else 'ratio'),dict(value=calc,unit='USD' if op!='ratio' else 'ratio',currency='USD' if op!='ratio' else None,year=None,source=f'{op} of the stated figures',basis='derived')]
    art.add(quote,'arithmetic',exp,subject,partner,flow,total,'money' if op!='ratio' else 'ratio',currency if op!='ratio' else None,period,hedge,figs,reason+f" Computed {calc:,.3g} against the stated {total:,.3g} ({calc/total*100:.0f}%, {s} for '{hedge or 'none'}').",v,note,pert)
