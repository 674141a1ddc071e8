"""Second reading of every single-vote figure (unit 'vote'): Voeten rcid re-read with pyreadr directly, DGACM symbols re-read from the raw JSON lines."""
import json,re,glob,unicodedata,pyreadr
d=json.load(open('/work/heldout7-private/claims7b/gold/claims_blind7b.json'))
uv=list(pyreadr.read_r('/work/shared/data/unga/voeten_unvotes/un_votes.rda').values())[0]
DG={}
for f in sorted(glob.glob('/work/shared/data/unga/un_dgacm_resolutions/*.json')):
    for line in open(f,encoding='utf-8'):
        if not line.strip(): continue
        r=json.loads(line)
        if r['symbol'] in DG or not (r.get('MS_in_favour') or r.get('MS_against') or r.get('MS_abstaining')): continue
        vs={}
        for k,lab in (('MS_in_favour','yes'),('MS_against','no'),('MS_abstaining','abstain')):
            for c in r.get(k) or []: vs[unicodedata.normalize('NFKD',c).encode('ascii','ignore').decode().upper().strip()]=lab
        DG[r['symbol']]=vs
n=bad=0
for a in d['articles']:
    for c in a['claims']:
        for f in c['figures']:
            if f.get('unit')!='vote': continue
            s=f['source']; n+=1
            m=re.search(r'rcid (\d+)\b.*: (.+)$',s); m2=re.search(r'json (A/RES/\S+) .*: (.+)$',s)
            if m2: got=DG[m2.group(1)].get(m2.group(2),'absent')
            elif m:
                x=uv[(uv.rcid==float(m.group(1)))&(uv.country==m.group(2))].vote; got=str(x.iloc[0]) if len(x) else 'absent'
            else: print('UNPARSED',c['id'],s); bad+=1; continue
            if got!=f['value']: bad+=1; print('VOTE MISMATCH',c['id'],s,got,f['value'])
print(n,'single-vote figures re-read from the raw files,',bad,'problems')
