import os,sys; sys.path.insert(0,os.path.dirname(__file__))
exec(open(os.path.join(os.path.dirname(__file__),'build_part1.py')).read())
def TV(art,quote,a,b,flow,y,claim,hedge,exp,currency='USD',conv=None,period=None,pert=None,note=None,reason=None):
    figs,v,txt=tv(a,b,flow,y,claim,hedge,conv)
    p=None
    if pert:
        old,new,ch,pexp,pclaim=pert
        pv=None
        if pclaim is not None: _,pv,_=tv(a,b,flow,y,pclaim,hedge,conv)
        p=(old,new,ch,pexp,pv)
    art.add(quote,'trade_value',exp,a,b,flow,claim,'money',currency,period or str(y),hedge,figs,
            reason or f"{a} {flow} {b} {y}: {txt}; hedge '{hedge or 'none'}' band {band(hedge)}.",v,note,p)
def CH(art,quote,a,b,flow,y0,y1,C,hedge,exp,pert=None,note=None):
    figs,v,txt=series_change(a,b,flow,y0,y1,C,hedge)
    p=None
    if pert:
        old,new,ch,pexp,pC=pert; pv=None
        if pC is not None: _,pv,_=series_change(a,b,flow,y0,y1,pC,hedge)
        p=(old,new,ch,pexp,pv)
    art.add(quote,'change',exp,a,b,flow,C,'percent',None,f'{y0}-{y1}',hedge,figs,f"{a} {flow} {b}, {y0} to {y1}: {txt}; claimed {C:+.1f}% ('{hedge or 'none'}').",v,note,p)
def SH(art,quote,a,b,flow,y,claim,hedge,exp,lo=None,hi=None,pert=None,note=None):
    figs,sh=share_figs(a,b,flow,y); v=share_check(sh,claim,hedge,lo,hi)
    p=None
    if pert:
        old,new,ch,pexp,pc,plo,phi=pert[:7]; ph=pert[7] if len(pert)>7 else hedge; pv=share_check(sh,pc,ph,plo,phi) if pc else None
        p=(old,new,ch,pexp,pv)
    art.add(quote,'rank_share',exp,a,b,flow,claim,'percent',None,str(y),hedge,figs,
            f"{b} share of {a}'s {flow} {y}: {sh:.1f}% against {claim}% ('{hedge or 'none'}'{f', ratio-word band {lo}-{hi}%' if lo is not None else ''}).",v,note,p)
def CV(art,quote,local,iso,y,usd,hedge,exp,pert=None,note=None,period=None):
    figs,v,txt=conv_check(local,iso,y,usd,hedge)
    p=None
    if pert:
        old,new,ch,pexp,pusd=pert; pv=conv_check(local,iso,y,pusd,hedge)[1] if pusd else None
        p=(old,new,ch,pexp,pv)
    art.add(quote,'conversion',exp,None,None,None,local,'money',CUR.get(iso,iso),period or str(y),hedge,figs,f"{txt}; WEO annual average rate of {y}.",v,note,p)
def AL(art,quote,x,y,year,claim,hedge,exp,src='voeten',lo=None,hi=None,pert=None,note=None,subj=None,part=None):
    figs,c,s2=coinc_figs(x,y,year,src)
    def verdict(cl,h,l,hh):
        if l is not None: return 'consistent' if l<=c<=hh else ('overstated' if c<l else 'understated')
        return {'in':'consistent','below':'overstated','above':'understated'}[side(c/cl,h)]
    v=verdict(claim,hedge,lo,hi)
    rob=''
    if s2 is not None:
        v2=verdict(claim,hedge,lo,hi) if False else ( ('consistent' if lo<=s2<=hi else ('overstated' if s2<lo else 'understated')) if lo is not None else {'in':'consistent','below':'overstated','above':'understated'}[side(s2/claim,hedge)])
        rob=f"; share of identical votes over all joint votes {s2:.1f}% gives {v2}"
        if v2!=v and not note: PROBLEMS.append(f'{art.slug} {quote[:40]}: identical-share reading differs ({v2})')
    p=None
    if pert:
        old,new,ch,pexp,pc,plo,phi=pert[:7]; ph=pert[7] if len(pert)>7 else hedge
        pv=verdict(pc,ph,plo,phi) if (pc or plo is not None) else None
        p=(old,new,ch,pexp,pv)
    art.add(quote,'alignment',exp,subj,part,None,claim,'percent',None,str(year),hedge,figs,
            f"coincidence of {x} with {y} in {year}: {c:.1f}% against {claim}% ('{hedge or 'none'}'{f', band {lo}-{hi}%' if lo is not None else ''}){rob}.",v,note,p)
def ALC(art,quote,x,a,b,year,exp,src='voeten',pert=None,note=None,subj=None,part=None):
    """comparison: x closer to a than to b"""
    fa,ca,sa=coinc_figs(x,a,year,src); fb,cb,sb=coinc_figs(x,b,year,src)
    v='consistent' if ca>cb else 'contradicted'
    rob=''
    if sa is not None:
        v2='consistent' if sa>sb else 'contradicted'; rob=f"; identical-share reading {sa:.1f}% vs {sb:.1f}% gives {v2}"
        if v2!=v: PROBLEMS.append(f'{art.slug} {quote[:40]}: identical-share reading differs')
    art.add(quote,'alignment',exp,subj,part,None,None,'comparison',None,str(year),None,fa+fb,
            f"{x} in {year}: coincidence with {a} {ca:.1f}% vs with {b} {cb:.1f}%{rob}; the claim says {a} ahead of {b}.",v,note,pert)
def RC(art,quote,symbol_or_rcid,x,y,relation,exp,pert=None,note=None,subj=None,part=None):
    if isinstance(symbol_or_rcid,float):
        vv=voeten(); s=vv[vv.rcid==symbol_or_rcid]; d=s.set_index('country').vote
        vx,vy=d.get(x),d.get(y); src=f"data/unga/voeten_unvotes/un_votes.rda rcid {symbol_or_rcid:g} ({s.unres.iloc[0]}, {s.date.iloc[0]}, '{s.short.iloc[0]}')"
    else:
        r=[r for r in dgacm() if r['symbol']==symbol_or_rcid][0]; vx,vy=r['votes'].get(x),r['votes'].get(y)
        src=f"data/unga/un_dgacm_resolutions/*.json {symbol_or_rcid} ({r['date'].date()}, '{r['title'][:80]}')"
    if relation=='with': v='consistent' if vx==vy and vx in('yes','no') else 'contradicted'
    else: v='consistent' if {vx,vy}=={'yes','no'} else 'contradicted'
    figs=[dict(value=vx,unit='vote',currency=None,year=None,source=src+f': {x}',basis='reported'),dict(value=vy,unit='vote',currency=None,year=None,source=src+f': {y}',basis='reported')]
    art.add(quote,'alignment',exp,subj,part,None,None,'roll call',None,None,None,figs,f"{x} voted {vx}, {y} voted {vy}; the claim says '{relation}'.",v,note,pert)
def RK(art,quote,exp,reason,figs,subject=None,partner=None,flow=None,period=None,quantity=None,pert=None,note=None,hedge=None):
    art.add(quote,'rank_share',exp,subject,partner,flow,quantity,'rank',None,period,hedge,figs,reason,None,note,pert)
def AR(art,quote,exp,reason,figs,pert=None,note=None,subject=None,partner=None,flow=None,period=None,hedge=None,quantity=None,currency='USD'):
    art.add(quote,'arithmetic',exp,subject,partner,flow,quantity,'money',currency,period,hedge,figs,reason,None,note,pert)
def UC(art,quote,reason,subject=None,partner=None,kind='uncheckable',period=None):
    art.add(quote,kind,'not checkable',subject,partner,None,None,None,None,period,None,[],reason)
def A(v,label,year=None,unit='USD'): return dict(value=v,unit=unit,currency='USD' if unit=='USD' else None,year=year,source=f'article: {label}',basis='article')
def cell(a,b,y,sheet,basis='reported'):
    c=_cell(a,b,y,sheet); c['basis']=basis; return c
for f in sorted(os.listdir(os.path.join(os.path.dirname(__file__),'articles'))):
    if f.endswith('.py'): exec(open(os.path.join(os.path.dirname(__file__),'articles',f)).read())
