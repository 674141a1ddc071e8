# --- set-7 helpers (annot-claims7), exec'd by build.py before the articles ---
def DIR(art,quote,a,b,flow,y0,y1,sign,exp,pert=None,note=None):
    """a change stated by its direction only (sign +1 rose, -1 fell), each basis; reporter first; blind-6 change rules."""
    f0=tvfigs(a,b,flow,y0); f1=tvfigs(a,b,flow,y1); figs=[]; sides=[]; txt=[]
    for basis in ('reported','mirror'):
        x=[f for f in f0 if f['basis']==basis and not f.get('cow')]; z=[f for f in f1 if f['basis']==basis and not f.get('cow')]
        if x and z:
            D=pct_change(x[0]['value'],z[0]['value'])
            figs+=[x[0],z[0],dict(value=round(D,2),unit='percent',currency=None,year=y1,source=f"change {y0}-{y1} of the two figures above (DOTS, {basis})",basis='derived')]
            s='in' if D*sign>0 else 'contra'; sides.append((basis,s)); txt.append(f"{basis} {D:+.1f}% ({s})")
    v=change_verdict(sides)
    if pert and len(pert)>4 and pert[4] is not None:
        ps=[(b,('in' if ((sides[i][1]=='in')==(pert[4]==sign)) else 'contra')) for i,(b,_) in enumerate(sides)]
        pert=(pert[0],pert[1],pert[2],pert[3],change_verdict(ps))
    art.add(quote,'change',exp,a,b,flow,None,'direction',None,f'{y0}-{y1}',None,figs,f"{a} {flow} {b}, {y0} to {y1}: {'; '.join(txt)}; claimed direction {'up' if sign>0 else 'down'}.",v,note,pert)
def rank_table(owner,y,flow,basis):
    """ordered [(IMF partner name, value USD, figure)] of owner's country partners for the flow, on one basis."""
    sheet='Exports, FOB' if flow=='exports' else 'Imports, CIF'
    out=[]
    if basis=='reported':
        p=country_partners(owner,y,sheet); fn=D[D.reporter==NAME[owner]].file.iloc[0]
        for _,r in p.iterrows():
            out.append((r.partner,r.value*1e6,dict(value=round(r.value*1e6),unit='USD',currency='USD',year=y,source=f"data/trade/imf_dots/{fn} (reporter '{NAME[owner]}'), sheet '{sheet}', row {r.row} '{r.partner}', column {y}"+(" (IMF estimate, ' e')" if r.est else ''),basis='reported')))
    else:
        other='Imports, CIF' if flow=='exports' else 'Exports, FOB'
        p=mirror_partners(owner,y,sheet)
        p=p[~p.reporter.str.contains('not specified|n.i.e|Special|Economies|Countries',regex=True)]
        for _,r in p.iterrows():
            out.append((r.reporter,r.value*1e6,dict(value=round(r.value*1e6),unit='USD',currency='USD',year=y,source=f"data/trade/imf_dots/{r.file} (reporter '{r.reporter}'), sheet '{other}', row {r.row} '{NAME[owner]}', column {y}"+(" (IMF estimate, ' e')" if r.est else ''),basis='mirror')))
    return sorted(out,key=lambda t:-t[1])
def rank_verdict(rep_ok,mir_ok):
    if rep_ok: return 'consistent'
    if mir_ok: return 'sources disagree'
    return 'contradicted'
def RKP(art,quote,owner,y,flow,pred,desc,exp,ranked=None,pert=None,ppred=None,note=None,nshow=6,quantity=None,period=None):
    """a rank claim as a predicate over the ordered partner names (IMF names), on the owner's own table and on the partners' records."""
    tr=rank_table(owner,y,flow,'reported'); tm=rank_table(owner,y,flow,'mirror')
    nr=[t[0] for t in tr]; nm=[t[0] for t in tm]
    ro=pred(nr); mo=pred(nm) if nm else False; v=rank_verdict(ro,mo)
    show=lambda t: ', '.join(f"{n} {x/1e9:.3f} bn" for n,x,_ in t[:nshow])
    figs=[f for _,_,f in tr[:nshow]]+[f for _,_,f in tm[:nshow]]
    if ranked:
        for t,T in ((tr,'reported'),(tm,'mirror')):
            for i,(n,x,f) in enumerate(t):
                if n==NAME[ranked] and i>=nshow: figs.append(f)
        for T,t in (('reported',nr),('mirror',nm)):
            pass
    rk=lambda L: (L.index(NAME[ranked])+1 if ranked and NAME[ranked] in L else None)
    reason=f"{NAME[owner]}'s {flow} {y}. Own records ({'Exports, FOB' if flow=='exports' else 'Imports, CIF'}), country partners: {show(tr)}{f' ({NAME[ranked]} rank {rk(nr)})' if ranked else ''}: {'holds' if ro else 'fails'}. Partners' records of the same trade: {show(tm)}{f' ({NAME[ranked]} rank {rk(nm)})' if ranked else ''}: {'holds' if mo else 'fails'}. Claim: {desc}."
    if pert and ppred is not None:
        pv=rank_verdict(ppred(nr),ppred(nm) if nm else False); pert=(pert[0],pert[1],pert[2],pert[3],pv)
    if pert and len(pert)>4 and pert[4] is not None and pert[4]!=pert[3]: PROBLEMS.append(f'{art.slug} rank pert {quote[:40]}: expected {pert[3]} computed {pert[4]}')
    if v!=exp: PROBLEMS.append(f'{art.slug} {quote[:50]}: expected {exp} computed {v}')
    art.add(quote,'rank_share',exp,owner,ranked,flow,quantity,'rank',None,period or str(y),None,figs,reason,None,note,pert[:4] if pert else None)
def rank_of(name_iso,k): return lambda L: NAME[name_iso] in L and L.index(NAME[name_iso])==k-1
def XR(art,quote,a,b,y,X,hedge,exp,pert=None,pX=None,note=None):
    """b's exports to a over a's exports to b (two export flows in opposite directions): reporter = each exporter's FOB record, mirror = each importer's CIF record."""
    fb=fob(b,a,y); fa=fob(a,b,y); cb=cif(a,b,y); ca=cif(b,a,y)
    for f,bs in ((fb,'reported'),(fa,'reported'),(cb,'mirror'),(ca,'mirror')): f['basis']=bs
    r1=fb['value']/fa['value']; r2=cb['value']/ca['value']; ra=cb['value']/fa['value']
    def verdict(Xc): return combine([('reported',side(r1/Xc,hedge)),('mirror',side(r2/Xc,hedge))])
    v=verdict(X)
    figs=[fb,fa,dict(value=round(r1,3),unit='ratio',currency=None,year=y,source="ratio of the two exporters' FOB figures above",basis='derived'),cb,ca,dict(value=round(r2,3),unit='ratio',currency=None,year=y,source="ratio of the two importers' CIF figures above",basis='derived')]
    if pert and pX is not None: pert=(pert[0],pert[1],pert[2],pert[3],verdict(pX))
    if v!=exp: PROBLEMS.append(f'{art.slug} {quote[:50]}: expected {exp} computed {v}')
    art.add(quote,'rank_share',exp,b,a,'exports',X,'ratio',None,str(y),hedge,figs,
      f"{b}'s exports to {a} over {a}'s exports to {b}, {y}: exporters' FOB records {fb['value']/1e9:.3f}/{fa['value']/1e9:.3f} = {r1:.2f} ({side(r1/X,hedge)}); importers' CIF records {cb['value']/1e9:.3f}/{ca['value']/1e9:.3f} = {r2:.2f} ({side(r2/X,hedge)}); on {a}'s own books (imports/exports) {ra:.2f}; claim x{X} ('{hedge or 'none'}').",None,note,pert)
def ARC(art,quote,v0,v1,C,hedge,exp,pert=None,pC=None,note=None,subject=None,partner=None,flow=None,period=None,labels=('first amount','second amount')):
    """article arithmetic: stated change C (percent) against the one the two stated amounts imply (1 point or 10%; 'more than': >= C-1)."""
    D=pct_change(v0,v1)
    def ok(Cc,h):
        if h in('more than','over','at least'): return D>=Cc-max(1,0.1*abs(Cc))
        if h in('less than','under'): return D<=Cc+max(1,0.1*abs(Cc))
        return abs(D-Cc)<=max(1,0.1*abs(Cc))
    v='consistent' if ok(C,hedge) else 'contradicted'
    if pert and pC is not None: pert=(pert[0],pert[1],pert[2],pert[3],'consistent' if ok(pC,hedge) else 'contradicted')
    if v!=exp: PROBLEMS.append(f'{art.slug} {quote[:50]}: expected {exp} computed {v}')
    AR(art,quote,exp,f"article arithmetic: {labels[0]} {fmt(v0)} to {labels[1]} {fmt(v1)} implies {D:+.1f}%; stated {C:+g}% ('{hedge or 'none'}'); rule: within 1 point or 10%.",
       [A(v0,labels[0]),A(v1,labels[1]),dict(value=round(D,2),unit='percent',currency=None,year=None,source='change implied by the two article figures',basis='derived')],pert=pert,note=note,subject=subject,partner=partner,flow=flow,period=period,hedge=hedge,quantity=C)
def dg_year(year): return [r for r in dgacm() if not pd.isna(r['date']) and r['date'].year==year]
def VC(art,quote,country,year,vote,count,exp,total=None,share=None,hedge=None,pert=None,pcount=None,note=None):
    """a country's own count (or share) of one vote kind over the DGACM recorded votes of a year."""
    import collections
    rs=dg_year(year); c=collections.Counter(r['votes'].get(country,'absent') for r in rs); n=len(rs); k=c.get(vote,0)
    def verdict(cnt,tot,sh):
        sides=[]
        if cnt is not None: sides.append(side(k/cnt,hedge))
        if tot is not None: sides.append(side(n/tot,None))
        if sh is not None: sides.append(side((100*k/n)/sh,hedge))
        bad=[x for x in sides if x!='in']
        return 'consistent' if not bad else {'below':'overstated','above':'understated'}[bad[0]]
    v=verdict(count,total,share)
    if pert and pcount is not None: pert=(pert[0],pert[1],pert[2],pert[3],verdict(*pcount))
    if pert and len(pert)>4 and pert[4]!=pert[3]: PROBLEMS.append(f'{art.slug} VC pert {quote[:40]}: {pert[3]} vs {pert[4]}')
    if v!=exp: PROBLEMS.append(f'{art.slug} {quote[:50]}: expected {exp} computed {v}')
    figs=[dict(value=n,unit='count',currency=None,year=year,source=f"data/unga/un_dgacm_resolutions/*.json, resolutions with a recorded vote adopted in {year}, de-duplicated by symbol: number of recorded votes",basis='derived'),
          dict(value=k,unit='count',currency=None,year=year,source=f"same files: {country} voted {vote} ({dict(c)})",basis='derived')]
    art.add(quote,'alignment',exp,country,None,None,count if count is not None else share,'count' if count is not None else 'percent',None,str(year),hedge,figs,
            f"{country} in {year}: {vote} on {k} of {n} recorded votes ({100*k/n:.1f}%); all votes {dict(c)}.",None,note,pert[:4] if pert else None)
def coinc_syms(x,y,syms):
    ident=opp=both=same=0
    for r in dgacm():
        if r['symbol'] not in syms: continue
        a=r['votes'].get(x); b=r['votes'].get(y)
        if a and b: both+=1; same+=(a==b)
        if a in('yes','no') and b in('yes','no'): ident+=(a==b); opp+=(a!=b)
    return 100*ident/(ident+opp), ident, opp, 100*same/both, both
