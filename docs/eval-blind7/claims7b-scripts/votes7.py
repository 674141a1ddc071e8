"""Vote helpers for set 7b (annot-claims7b): Voeten by calendar year, DGACM by session (regular session file)."""
import json, glob, unicodedata, collections
import pandas as pd, pyreadr
S='/work/shared/data'
_v=None
def voeten():
    global _v
    if _v is None:
        v=list(pyreadr.read_r(S+'/unga/voeten_unvotes/un_votes.rda').values())[0]
        r=list(pyreadr.read_r(S+'/unga/voeten_unvotes/un_roll_calls.rda').values())[0]
        r['year']=pd.to_datetime(r.date).dt.year
        _v=v.merge(r[['rcid','year','unres','short','descr','date']],on='rcid')
        _v['vote']=_v['vote'].astype(str)
    return _v
def vpair(x,y,years):
    v=voeten(); v=v[v.year.isin(list(years))]
    a=v[v.country==x][['rcid','vote']]; b=v[v.country==y][['rcid','vote']]
    return a.merge(b,on='rcid')
def vcoinc(x,y,years):
    m=vpair(x,y,years)
    yn=m[m.vote_x.isin(['yes','no'])&m.vote_y.isin(['yes','no'])]
    i=int((yn.vote_x==yn.vote_y).sum()); o=len(yn)-i
    return dict(coinc=100*i/(i+o) if i+o else None,identical=i,opposite=o,both=len(m),
                share=100*(m.vote_x==m.vote_y).sum()/len(m) if len(m) else None, same_all=int((m.vote_x==m.vote_y).sum()))
def vfig(x,y,years):
    c=vcoinc(x,y,years); ys=f"{min(years)}" if len(set(years))==1 else f"{min(years)}-{max(years)}"
    return c, dict(value=round(c['coinc'],2),unit='percent',currency=None,year=max(years),
        source=f"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year {ys}: {x} with {y}, identical {c['identical']} / (identical + opposite {c['opposite']}) yes/no votes",basis='derived')
def vmeanfig(x,y,years):
    vals=[]; figs=[]
    for yy in years:
        c,f=vfig(x,y,[yy]); vals.append(c['coinc']); figs.append(f)
    return sum(vals)/len(vals), vals, figs
def own_counts(x,year):
    v=voeten(); s=v[(v.year==year)&(v.country==x)]
    return collections.Counter(s.vote), len(s)
def fold(s):
    s=unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().upper().strip()
    return s.replace('NETHERLANDS (KINGDOM OF THE)','NETHERLANDS')
_dg=None
def dg():
    global _dg
    if _dg is None:
        recs=[]; seen=set()
        for f in sorted(glob.glob(S+'/unga/un_dgacm_resolutions/*.json')):
            for line in open(f,encoding='utf-8'):
                if not line.strip(): continue
                d=json.loads(line)
                if d['symbol'] in seen: continue
                if not (d.get('MS_in_favour') or d.get('MS_against') or d.get('MS_abstaining')): continue
                seen.add(d['symbol'])
                votes={}
                for k,lab in (('MS_in_favour','yes'),('MS_against','no'),('MS_abstaining','abstain')):
                    for c in d.get(k) or []: votes[fold(c)]=lab
                recs.append(dict(symbol=d['symbol'],session=d['session'],file=f.split('/')[-1],date=str(d.get('adoption_date')),title=d.get('title') or '',votes=votes))
        _dg=recs
    return _dg
SESS={74:'Seventy-fourth session',75:'Seventy-fifth session',76:'Seventy-sixth session',77:'Seventy-seventh session',78:'Seventy-eighth session',79:'Seventy-ninth session'}
def dsess(n): return [r for r in dg() if r['session']==SESS[n]]
def dcoinc(x,y,n):
    x,y=fold(x),fold(y); i=o=0; both=same=0
    for r in dsess(n):
        a=r['votes'].get(x); b=r['votes'].get(y)
        if a and b:
            both+=1; same+=(a==b)
        if a in('yes','no') and b in('yes','no'):
            if a==b: i+=1
            else: o+=1
    return dict(coinc=100*i/(i+o) if i+o else None,identical=i,opposite=o,both=both,share=100*same/both if both else None)
def dfig(x,y,n):
    c=dcoinc(x,y,n)
    return c, dict(value=round(c['coinc'],2),unit='percent',currency=None,year=None,
        source=f"data/unga/un_dgacm_resolutions/{n}.json ({SESS[n]}), resolutions with a recorded vote, de-duplicated by symbol: {x} with {y}, identical {c['identical']} / (identical + opposite {c['opposite']}); share of identical votes over the {c['both']} resolutions both voted on (abstentions counted) {c['share']:.1f}%",basis='derived')
def dcounts(x,n):
    x=fold(x); c=collections.Counter(r['votes'].get(x,'absent') for r in dsess(n)); return c, len(dsess(n))
def dvote(sym,x):
    r=[r for r in dg() if r['symbol']==sym][0]
    return r['votes'].get(fold(x),'absent'), f"data/unga/un_dgacm_resolutions/{r['file']} {sym} ({r['date']}, '{r['title'][:70]}')"
