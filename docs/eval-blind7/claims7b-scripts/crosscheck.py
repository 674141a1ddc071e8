"""Cross-check: re-read every DOTS cell cited in claims_blind6.json with openpyxl (independent of calamine) and compare."""
import json,re,openpyxl
d=json.load(open('/work/heldout7-private/claims7b/gold/claims_blind7b.json'))
cache={}; n=bad=0
for a in d['articles']:
    for c in a['claims']:
        for f in c['figures']:
            m=re.match(r"data/trade/imf_dots/(DOTS_\d+\.xlsx) \(reporter '(.*?)'\), sheet '(.*?)', row (\d+) '(.*?)', column (\d+)",str(f['source']))
            if not m: continue
            fn,rep,sh,row,par,yr=m.groups(); row=int(row)
            if fn not in cache: cache[fn]=openpyxl.load_workbook('/work/shared/data/trade/imf_dots/'+fn,read_only=True,data_only=True)
            ws=cache[fn][sh]
            rows=list(ws.iter_rows(min_row=1,max_row=row,values_only=True))
            hdr=[r for r in rows[:10] if r and any(str(x).strip()=='2000' for x in r if x is not None)][0]
            col=[i for i,x in enumerate(hdr) if x is not None and str(x).strip()==yr][0]
            r=rows[row-1]; v=r[col]
            if isinstance(v,str): v=float(v.replace('e','').strip())
            n+=1
            if r[1]!=par or abs(v*1e6-f['value'])>1: bad+=1; print('MISMATCH',c['id'],f['source'],r[1],v)
print(n,'DOTS cells re-read,',bad,'mismatches')
# second reader for WEO rates: pyarrow directly (not pandas)
import pyarrow.parquet as pq
t=pq.read_table('/work/shared/data/trade/macro/imf_weo_2025-01-31.parquet',columns=['pydeflate_iso3','pydeflate_year','pydeflate_EXCHANGE']).to_pylist()
R={(r['pydeflate_iso3'],r['pydeflate_year']):r['pydeflate_EXCHANGE'] for r in t}
n2=b2=0
for a in d['articles']:
    for c in a['claims']:
        for f in c['figures']:
            m=re.match(r"data/trade/macro/imf_weo_2025-01-31.parquet, pydeflate_iso3=(\w+), pydeflate_year=(\d+)",str(f['source']))
            if not m: continue
            n2+=1
            if abs(R[(m.group(1),int(m.group(2)))]-f['value'])>1e-9: b2+=1; print('RATE MISMATCH',c['id'])
print(n2,'WEO rates re-read with pyarrow,',b2,'mismatches')
# perturbed copies: never consistent, each differs from its original
P=d['perturbed']; ids={c['id'] for a in d['articles'] for c in a['claims']}
assert all(p['expected_verdict']!='consistent' and p['sentence']!=p['original_sentence'] and p['of'] in ids for p in P)
print(len(P),'perturbed copies checked')
# second computation of every Voeten / DGACM coincidence figure (pivot-based, independent of lib.coinc_*)
import pyreadr, glob as _g, json as _j, unicodedata as _u, pandas as _pd
uv=list(pyreadr.read_r('/work/shared/data/unga/voeten_unvotes/un_votes.rda').values())[0]
rc=list(pyreadr.read_r('/work/shared/data/unga/voeten_unvotes/un_roll_calls.rda').values())[0]
yr=dict(zip(rc.rcid,_pd.to_datetime(rc.date).dt.year))
uv['year']=uv.rcid.map(yr)
def fold(s): return _u.normalize('NFKD',s).encode('ascii','ignore').decode().upper().strip()
DG={}
for fn in sorted(_g.glob('/work/shared/data/unga/un_dgacm_resolutions/*.json')):
    for line in open(fn,encoding='utf-8'):
        if not line.strip(): continue
        r=_j.loads(line)
        if r['symbol'] in DG: continue
        vs={}
        for k,lab in (('MS_in_favour','yes'),('MS_against','no'),('MS_abstaining','abstain')):
            for c in r.get(k) or []: vs[fold(c)]=lab
        if not vs: continue
        ds=str(r.get('adoption_date','')).replace('\xa0',' ').strip()
        m=re.search(r'(19|20)\d\d',ds)
        DG[r['symbol']]=(int(m.group(0)) if m else None,vs)
n3=b3=0
for a in d['articles']:
    for c in a['claims']:
        for f in c['figures']:
            s=str(f['source'])
            m=re.match(r"data/unga/voeten_unvotes/un_votes.rda \+ un_roll_calls.rda, year (\d+): (.+?) with (.+?), identical",s)
            m2=re.match(r"data/unga/un_dgacm_resolutions/\*.json, resolutions with a recorded vote adopted in (\d+), de-duplicated by symbol: (.+?) with (.+?), identical",s)
            if m:
                y,x,z=int(m.group(1)),m.group(2),m.group(3)
                p=uv[(uv.year==y)&uv.country.isin([x,z])].pivot_table(index='rcid',columns='country',values='vote',aggfunc='first').dropna()
                p=p[p[x].isin(['yes','no'])&p[z].isin(['yes','no'])]
                val=100*(p[x]==p[z]).mean()
            elif m2:
                y,x,z=int(m2.group(1)),fold(m2.group(2)),fold(m2.group(3))
                pairs=[(vs.get(x),vs.get(z)) for (yy,vs) in DG.values() if yy==y and vs.get(x) in('yes','no') and vs.get(z) in('yes','no')]
                val=100*sum(u==w for u,w in pairs)/len(pairs)
            else: continue
            n3+=1
            if abs(val-f['value'])>0.01: b3+=1; print('VOTE MISMATCH',c['id'],s[:120],val,f['value'])
print(n3,'coincidence figures recomputed by a second method,',b3,'mismatches')
