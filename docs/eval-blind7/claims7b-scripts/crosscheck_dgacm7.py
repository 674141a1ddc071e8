"""Second computation of every DGACM session coincidence in the gold (independent of votes7: reads the session files directly, no de-dup helper)."""
import json,re,unicodedata
d=json.load(open('/work/heldout7-private/claims7b/gold/claims_blind7b.json'))
def fold(s): return unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().upper().strip()
def load(n):
    out={}
    for line in open(f'/work/shared/data/unga/un_dgacm_resolutions/{n}.json',encoding='utf-8'):
        if not line.strip(): continue
        r=json.loads(line); vs={}
        for k,lab in (('MS_in_favour','yes'),('MS_against','no'),('MS_abstaining','abstain')):
            for c in r.get(k) or []: vs[fold(c)]=lab
        if vs: out.setdefault(r['symbol'],vs)
    return out
n=bad=0; cache={}
for a in d['articles']:
    for c in a['claims']:
        for f in c['figures']:
            m=re.match(r"data/unga/un_dgacm_resolutions/(\d+)\.json \(.*?\), resolutions with a recorded vote, de-duplicated by symbol: (.+?) with (.+?), identical",str(f['source']))
            if not m: continue
            s,x,y=m.group(1),fold(m.group(2)),fold(m.group(3))
            if s not in cache: cache[s]=load(s)
            pairs=[(v.get(x),v.get(y)) for v in cache[s].values() if v.get(x) in('yes','no') and v.get(y) in('yes','no')]
            val=100*sum(p==q for p,q in pairs)/len(pairs); n+=1
            if abs(val-f['value'])>0.01: bad+=1; print('MISMATCH',c['id'],val,f['value'])
print(n,'DGACM session coincidences recomputed,',bad,'mismatches')
