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
# --- set-6 helpers (annot-claims6) ---
def change_verdict(sides):
    """reporter first. Opposite direction on the reporter: contradicted unless the mirror is inside or above the claim (bracket) -> sources disagree.
    Reporter inside, mirror opposite: sources disagree (blind-5 refinement)."""
    d=dict(sides); r=d.get('reported'); m=d.get('mirror')
    if all(s=='contra' for b,s in sides): return 'contradicted'
    if r=='contra':
        if m in ('in','above'): return 'sources disagree'
        return 'contradicted'
    if m=='contra':
        return 'sources disagree' if r=='in' else {'below':'overstated','above':'understated'}[r]
    return combine(sides)
def MT(art,quote,a,b,flow,y0,y1,X,hedge,exp,pert=None,note=None):
    """a multiple over time: value(y1)/value(y0) against X with the hedge table, each basis."""
    f0=tvfigs(a,b,flow,y0); f1=tvfigs(a,b,flow,y1); figs=[]; sides=[]; txt=[]
    def run(Xc):
        sd=[]; tx=[]; fg=[]
        for basis in ('reported','mirror'):
            x=[f for f in f0 if f['basis']==basis and not f.get('cow')]; z=[f for f in f1 if f['basis']==basis and not f.get('cow')]
            if x and z:
                r=z[0]['value']/x[0]['value']; s=side(r/Xc,hedge); sd.append((basis,s)); tx.append(f'{basis} ratio {r:.2f} ({s})')
                fg+=[x[0],z[0],dict(value=round(r,3),unit='ratio',currency=None,year=y1,source=f'ratio {y1}/{y0} of the two {basis} figures above',basis='derived')]
        return fg,combine(sd),'; '.join(tx)
    figs,v,txt=run(X)
    p=None
    if pert:
        old,new,ch,pexp,pX=pert; pv=run(pX)[1] if pX is not None else None; p=(old,new,ch,pexp,pv)
    art.add(quote,'change',exp,a,b,flow,X,'multiple',None,f'{y0}-{y1}',hedge,figs,f"{a} {flow} {b}, {y1} over {y0}: {txt}; claimed x{X} ('{hedge or 'none'}').",v,note,p)
def conv_check_usd_first(usd,iso,y,local,hedge):
    r=rate(iso,y); cur=CUR.get(iso,iso); correct=usd*r['value']; ratio=correct/local; s=side(ratio,hedge)
    v={'in':'consistent','below':'overstated','above':'understated'}[s]
    figs=[dict(value=usd,unit='USD',currency='USD',year=y,source='article',basis='article'),r,
          dict(value=round(correct),unit=cur,currency=cur,year=y,source=f'{usd:g} x {r["value"]:.4f}',basis='derived'),
          dict(value=local,unit=cur,currency=cur,year=y,source='article',basis='article')]
    return figs,v,f"{fmt(usd)} x {r['value']:.3f} {cur} per USD = {correct/1e9:,.2f} bn {cur} = {ratio*100:.0f}% of the stated {local/1e9:,.2f} bn {cur} ({s})"
def CVD(art,quote,usd,iso,y,local,hedge,exp,pert=None,note=None,period=None):
    """conversion written dollar-first: the claim is the local amount."""
    figs,v,txt=conv_check_usd_first(usd,iso,y,local,hedge)
    p=None
    if pert:
        old,new,ch,pexp,ploc=pert; pv=conv_check_usd_first(usd,iso,y,ploc,hedge)[1] if ploc else None; p=(old,new,ch,pexp,pv)
    art.add(quote,'conversion',exp,None,None,None,local,'money',CUR.get(iso,iso),period or str(y),hedge,figs,f"{txt}; WEO annual average rate of {y}; the claim is the restated {CUR.get(iso,iso)} amount (dollar-first).",v,note,p)
def vote_of(rcid,country):
    vv=voeten(); s=vv[(vv.rcid==rcid)]; d=s.set_index('country').vote
    x=s.iloc[0]
    return d.get(country,'absent'), f"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda rcid {rcid:g} ({x.unres}, {str(x.date)[:10]}, '{x.short}')"
def OV(art,quote,rcid,x,claimed,exp,pert=None,note=None,subj=None,part=None):
    """a country's own vote on a roll call: claimed in yes/no/abstain."""
    vx,src=vote_of(rcid,x); v='consistent' if vx==claimed else 'contradicted'
    figs=[dict(value=vx,unit='vote',currency=None,year=None,source=src+f': {x}',basis='reported')]
    if pert and pert[4] is not None: pv='consistent' if vx==pert[4] else 'contradicted'; pert=(pert[0],pert[1],pert[2],pert[3],pv)
    art.add(quote,'alignment',exp,subj,part,None,None,'roll call',None,None,None,figs,f"{x} voted {vx}; the claim says {claimed}.",v,note,pert)
def COINC_ORDER(art,quote,a1,b1,a2,b2,year,exp,pert=None,note=None,subj=None,part=None,factor=None,hedge=None,pfactor=None):
    """coinc(a1,b1) compared with coinc(a2,b2): more often (factor None) or a ratio with a hedge."""
    f1,c1,s1=coinc_figs(a1,b1,year); f2,c2,s2=coinc_figs(a2,b2,year)
    if factor is None:
        v='consistent' if c1>c2 else 'contradicted'; txt=f"{a1}-{b1} {c1:.1f}% vs {a2}-{b2} {c2:.1f}% (identical-vote shares {s1:.1f}% vs {s2:.1f}%)"
    else:
        r=c1/c2; s=side(r/factor,hedge); v={'in':'consistent','below':'overstated','above':'understated'}[s]
        txt=f"{a1}-{b1} {c1:.1f}% / {a2}-{b2} {c2:.1f}% = {r:.2f} against x{factor} ('{hedge}'); identical-vote shares {s1:.1f}/{s2:.1f} = {s1/s2:.2f}"
        if pert and pfactor: ps=side(r/pfactor,hedge); pert=(pert[0],pert[1],pert[2],pert[3],{'in':'consistent','below':'overstated','above':'understated'}[ps])
    art.add(quote,'alignment',exp,subj,part,None,factor,'comparison',None,str(year),hedge,f1+f2,txt+'.',v,note,pert)
def series(a,b,flow,basis):
    """full DOTS series of a's flow with b on one basis: {year: (value_usd, figure)}"""
    out={}
    for y in range(1960,2021):
        f=[x for x in tvfigs(a,b,flow,y) if x['basis']==basis and not x.get('cow')]
        if f: out[y]=f[0]
    return out
def REC(art,quote,a,b,flow,y,exp,low=False,since=None,pert=None,note=None):
    """a record (high, or low) in year y, or 'highest since SINCE': each basis."""
    figs=[]; sides=[]; txt=[]
    for basis in ('reported','mirror'):
        s=series(a,b,flow,basis)
        if y not in s: continue
        v=s[y]['value']; prev={k:f for k,f in s.items() if k<y and (since is None or k>since)}
        if not prev: continue
        ky=min(prev,key=lambda k:prev[k]['value']) if low else max(prev,key=lambda k:prev[k]['value'])
        ok=(v<prev[ky]['value']) if low else (v>prev[ky]['value'])
        if since is not None and since in s: ok=ok and ((s[since]['value']<v) if low else (s[since]['value']>v)); figs.append(s[since])
        figs+=[s[y],prev[ky]]; sides.append((basis,'in' if ok else 'contra'))
        txt.append(f"{basis}: {y} {v/1e9:.3f} bn vs {'lowest' if low else 'highest'} earlier ({min(prev)}-{max(prev)}) {ky} {prev[ky]['value']/1e9:.3f} bn: {'holds' if ok else 'fails'}")
    v=change_verdict(sides)
    art.add(quote,'change',exp,a,b,flow,None,'record',None,str(y),None,figs,'; '.join(txt)+'.',v,note,pert)
def dg_vote(symbol,country):
    r=[r for r in dgacm() if r['symbol']==symbol][0]
    return r['votes'].get(country,'absent'), f"data/unga/un_dgacm_resolutions/*.json {symbol} ({r['date'].date()}, '{(r['title'] or '')[:80]}')"
def OVD(art,quote,votes,exp,pert=None,note=None,subj=None,part=None):
    """own votes on DGACM resolutions: votes = [(symbol, COUNTRY, claimed)], all must hold."""
    figs=[]; ok=True; txt=[]
    for sym,c,cl in votes:
        v,src=dg_vote(sym,c); figs.append(dict(value=v,unit='vote',currency=None,year=None,source=src+f': {c}',basis='reported'))
        ok=ok and (v==cl); txt.append(f"{c} on {sym}: {v} (claim: {cl})")
    art.add(quote,'alignment',exp,subj,part,None,None,'roll call',None,None,None,figs,'; '.join(txt)+'.','consistent' if ok else 'contradicted',note,pert)
def group_votes(symbol,members):
    import collections
    r=[r for r in dgacm() if r['symbol']==symbol][0]
    return collections.Counter(r['votes'].get(c,'absent') for c in members)
def ALM(art,quote,countries,partner,years,claim,hedge,exp,pert=None,note=None,src='mixed',subj=None,part=None,pclaim=None,phedge=None):
    """several named countries, mean yearly coincidence over years, each must be inside."""
    figs=[]; txt=[]; sides=[]; means={}
    for x,xd in countries:
        vals=[]
        for y in years:
            if y<=2019: f,c,_=coinc_figs(x,partner[0],y)
            else: f,c,_=coinc_figs(xd,partner[1],y,'dgacm')
            figs.append(f[0]); vals.append(c)
        m=sum(vals)/len(vals); means[x]=m; sides.append(side(m/claim,hedge)); txt.append(f"{x} {', '.join(f'{v:.1f}' for v in vals)} (mean {m:.1f}%)")
    v='consistent' if all(s=='in' for s in sides) else ({'below':'overstated','above':'understated'}[[s for s in sides if s!='in'][0]])
    if pert and pclaim is not None:
        ps=[side(m/pclaim,phedge or hedge) for m in means.values()]
        pv='consistent' if all(s=='in' for s in ps) else ({'below':'overstated','above':'understated'}[[s for s in ps if s!='in'][0]])
        pert=(pert[0],pert[1],pert[2],pert[3],pv)
    art.add(quote,'alignment',exp,subj,part,None,claim,'percent',None,f'{years[0]}-{years[-1]}',hedge,figs,
            f"coincidence with {partner[0]} by year {years[0]}-{years[-1]}: "+'; '.join(txt)+f"; claim {claim}% ('{hedge}').",v,note,pert)
exec(open(os.path.join(os.path.dirname(__file__),'al7.py')).read())
for f in sorted(os.listdir(os.path.join(os.path.dirname(__file__),'articles'))):
    if f.endswith('.py'): exec(open(os.path.join(os.path.dirname(__file__),'articles',f)).read())
