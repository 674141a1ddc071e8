"""Builds claims_blind5.json: figures from the raw files via lib.py, verdicts via common.py, compared with the
annotator's intended verdicts (mismatches printed). Run: .venv/bin/python claims/scripts/build.py"""
import json, re, os, sys
sys.path.insert(0,os.path.dirname(__file__))
from common import *
from lib import _cell
ROOT='/work/heldout7-private'
ART=[]; PERT=[]; PROBLEMS=[]
def sentences(text):
    out=[]
    for para in text.split('\n'):
        para=para.strip()
        if not para: continue
        out+= [s.strip() for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=[A-Z"“])',para) if s.strip()]
    return out
class Article:
    def __init__(self,slug,date=None):
        self.slug=slug; self.file=f'claims7b/texts/{slug}.txt'
        self.text=open(os.path.join(ROOT,self.file),encoding='utf-8').read()
        m=re.search(r'Dated (\d{4}-\d{2}-\d{2})',self.text.split('\n')[1])
        self.date=m.group(1)
        if date and date!=self.date: raise SystemExit(f'{slug}: date {date} vs line 2 {self.date}')
        body=self.text.split('\n',3)[3]
        self.sents=sentences(body); self.claims=[]; self.n=0
        ART.append(self)
    def sent(self,quote):
        c=[s for s in self.sents if quote in s]
        if len(c)!=1: raise SystemExit(f'{self.slug}: quote {quote!r} found in {len(c)} sentences')
        return c[0]
    def add(self,quote,kind,expected,subject=None,partner=None,flow=None,quantity=None,unit=None,currency=None,period=None,hedge=None,
            figures=(),reason='',computed=None,note=None,pert=None):
        self.n+=1; cid=f'{self.slug}-c{self.n}'
        s=self.sent(quote)
        if computed is not None and computed!=expected: PROBLEMS.append(f'{cid}: expected {expected} computed {computed}')
        figs=[]
        for f in figures:
            f=dict(f); f.pop('cow',None); figs.append(f)
        d=dict(id=cid,sentence=s,quote=quote,kind=kind,subject=subject,partner=partner,flow=flow,quantity=quantity,unit=unit,
               currency=currency,period=period,hedge=hedge,expected_verdict=expected,figures=figs,reason=reason)
        if note: d['note']=note
        self.claims.append(d)
        if pert:
            old,new,change,pexp=pert[:4]
            assert old in s, (cid,old)
            assert pexp!='consistent'
            if len(pert)>4 and pert[4] is not None and pert[4]!=pexp:
                if pert[4]=='consistent': PROBLEMS.append(f'{cid}-p1: expected {pexp} computed {pert[4]}')
                else: pexp=pert[4]   # the computed verdict of the copy is used
            PERT.append(dict(id=cid+'-p1',of=cid,file=self.file,original_sentence=s,sentence=s.replace(old,new,1),change=change,expected_verdict=pexp))
        return cid
GROUPS=('World','EU','EA','SSA','Africa','ME','WH')
def tvfigs(a,b,flow,y):
    if flow=='exports':
        f=exports(a,b,y)
        if y<=2014 and b not in GROUPS and a in CC and b in CC:
            c=cow_imports(b,a,y)
            if c: c['basis']='mirror'; c['cow']=True; f.append(c)
    elif flow=='imports':
        f=imports(a,b,y)
        if y<=2014 and b not in GROUPS and a in CC and b in CC:
            c=cow_imports(a,b,y)
            if c: c['basis']='reported'; c['cow']=True; f.append(c)
    return f
def tv(a,b,flow,y,claim,hedge,conv=None):
    """returns figures, computed verdict (DOTS bases), reason text; checks COW robustness"""
    if flow in ('exports','imports'):
        figs=tvfigs(a,b,flow,y)
    elif flow in ('total','balance','deficit'):
        e=exports(a,b,y); i=imports(a,b,y)
        figs=e+i
        for basis in ('reported','mirror'):
            ev=[f for f in e if f['basis']==basis]; iv=[f for f in i if f['basis']==basis]
            if ev and iv:
                v={'total':ev[0]['value']+iv[0]['value'],'balance':ev[0]['value']-iv[0]['value'],'deficit':iv[0]['value']-ev[0]['value']}[flow]
                figs.append(dict(value=v,unit='USD',currency='USD',year=y,source=f"{flow} of {a} with {b}, {y}: {basis} exports and imports above",basis='derived',_b=basis))
        dots=[dict(f,basis=f['_b']) for f in figs if f.get('_b')]
        for f in figs: f.pop('_b',None)
        verdict,txt,_=value_check(dots,claim,hedge,conv)
        return figs,verdict,txt
    dots=[f for f in figs if not f.get('cow')]
    verdict,txt,_=value_check(dots,claim,hedge,conv)
    cows=[f for f in figs if f.get('cow')]
    if cows:
        v2,t2,_=value_check([f for f in dots if f['basis']=='reported']+[dict(c,basis='mirror') for c in cows] if flow=='exports' else [dict(c,basis='reported') for c in cows]+[f for f in dots if f['basis']=='mirror'],claim,hedge,conv)
        txt+=f"; with COW instead: {v2}"
        if v2!=verdict: PROBLEMS.append(f'COW changes verdict {a}-{b} {flow} {y}: {verdict} vs {v2}')
    if conv:
        r=rate(*conv); r=dict(r); figs=figs+[r]
    return figs,verdict,txt
def series_change(a,b,flow,y0,y1,C,hedge):
    figs=[]; sides=[]; txt=[]
    f0=tvfigs(a,b,flow,y0); f1=tvfigs(a,b,flow,y1)
    for basis in ('reported','mirror'):
        for cow in (False,True):
            x=[f for f in f0 if f['basis']==basis and bool(f.get('cow'))==cow]; z=[f for f in f1 if f['basis']==basis and bool(f.get('cow'))==cow]
            if x and z:
                D=pct_change(x[0]['value'],z[0]['value'])
                figs+= [x[0],z[0],dict(value=round(D,2),unit='percent',currency=None,year=y1,source=f"change {y0}-{y1} of the two figures above ({'COW' if cow else 'DOTS'}, {basis})",basis='derived')]
                s=change_side(D,C,hedge); txt.append(f"{'COW ' if cow else ''}{basis} {D:+.1f}% ({s})")
                if not cow: sides.append((basis,s))
                elif x and z: sides_cow=(basis,s)
    return figs, change_verdict(sides), '; '.join(txt)
def share_figs(a,b,flow,y):
    sheet='Exports, FOB' if flow=='exports' else 'Imports, CIF'
    num=_cell(a,b,y,sheet); den=_cell(a,'World',y,sheet)
    num['basis']='reported'; den['basis']='reported'
    sh=100*num['value']/den['value']
    return [num,den,dict(value=round(sh,2),unit='percent',currency=None,year=y,source='ratio of the two figures above',basis='derived')], sh
def share_check(sh,claim,hedge=None,bandlo=None,bandhi=None):
    if bandlo is not None:
        return 'consistent' if bandlo<=sh<=bandhi else ('overstated' if sh<bandlo else 'understated')
    s=side(sh/claim,hedge); return {'in':'consistent','below':'overstated','above':'understated'}[s]
def rankfigs(a,y,sheet,names):
    out=[]
    for n in names:
        c=_cell(a,n,y,sheet); c['basis']='reported'; out.append(c)
    return out
def conv_check(local,iso,y,usd,hedge):
    r=rate(iso,y); cur=CUR.get(iso,iso); conv=local/r['value']; ratio=conv/usd; s=side(ratio,hedge)
    v={'in':'consistent','below':'overstated','above':'understated'}[s]
    figs=[dict(value=local,unit=cur,currency=cur,year=y,source='article',basis='article'),r,
          dict(value=round(conv),unit='USD',currency='USD',year=y,source=f'{local:g} / {r["value"]:.4f}',basis='derived'),
          dict(value=usd,unit='USD',currency='USD',year=y,source='article',basis='article')]
    return figs,v,f"{local/1e9:,.1f} bn {cur} / {r['value']:.3f} {cur} per USD = {fmt(conv)} = {ratio*100:.0f}% of the stated {fmt(usd)} ({s})"
def coinc_figs(x,y,year,src='voeten'):
    if src=='voeten':
        c=coinc_voeten(x,y,year)
        f=[dict(value=round(c['coinc'],2),unit='percent',currency=None,year=year,source=f"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year {year}: {x} with {y}, identical {c['identical']} / (identical + opposite {c['opposite']}) yes/no votes",basis='derived'),
           dict(value=round(c['share_identical_all'],2),unit='percent',currency=None,year=year,source=f"same files: share of identical votes (abstentions included) on the {c['both']} roll calls both took part in",basis='derived')]
        return f,c['coinc'],c['share_identical_all']
    c=coinc_dgacm(x,y,year)
    f=[dict(value=round(c['coinc'],2),unit='percent',currency=None,year=year,source=f"data/unga/un_dgacm_resolutions/*.json, resolutions with a recorded vote adopted in {year}, de-duplicated by symbol: {x} with {y}, identical {c['identical']} / (identical + opposite {c['opposite']})",basis='derived')]
    return f,c['coinc'],None
# --- set-5 helpers (annot-claims5) ---
def multiple_figs(a,b1,b2,flow,y,X,hedge):
    """ratio of a's flow with b1 to that with b2, reporter sheet and mirror sheets."""
    f1=tvfigs(a,b1,flow,y); f2=tvfigs(a,b2,flow,y); figs=[]; sides=[]; txt=[]
    for basis in ('reported','mirror'):
        x=[f for f in f1 if f['basis']==basis and not f.get('cow')]; z=[f for f in f2 if f['basis']==basis and not f.get('cow')]
        if x and z:
            r=x[0]['value']/z[0]['value']
            figs+=[x[0],z[0],dict(value=round(r,3),unit='ratio',currency=None,year=y,source=f'ratio of the two {basis} figures above',basis='derived')]
            s=side(r/X,hedge); sides.append((basis,s)); txt.append(f'{basis} ratio {r:.2f} ({s})')
    return figs,combine(sides),'; '.join(txt)
def next_n_figs(a,y,sheet,n):
    p=country_partners(a,y,sheet)
    top=p.iloc[0]; rest=p.iloc[1:1+n]; rest2=p.iloc[1:2+n]
    out=[]
    for _,r in p.iloc[:2+n].iterrows():
        src=f"data/trade/imf_dots/{D[(D.reporter==NAME[a])].file.iloc[0]} (reporter '{NAME[a]}'), sheet '{sheet}', row {r.row} '{r.partner}', column {y}"
        out.append(dict(value=round(r.value*1e6),unit='USD',currency='USD',year=y,source=src,basis='reported'))
    s=rest.value.sum()*1e6; s2=rest2.value.sum()*1e6
    txt=f"{top.partner} {top.value/1e3:.2f} bn vs next {n} ({', '.join(rest.partner)}) {s/1e9:.2f} bn; next {n+1} {s2/1e9:.2f} bn"
    return out, top.value*1e6>s, top.value*1e6>s2, txt
