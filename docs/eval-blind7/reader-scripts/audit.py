import json,re,sys
sys.path.insert(0,'.')
from lib import *
g=json.load(open('reader_blind7.json'))
for a in g['articles']:
    slug=a['file'][:-3]; fm,b=load(slug)
    qs=[q['text'] for q in a['quotes']]
    for m in re.finditer(r'"([^"\n]+)("|$)|‘([^’\n]+)’', b, re.M):
        t=m.group(1) or m.group(3)
        if t.startswith('https:') : continue
        if t not in qs: print(slug[:25],'UNANNOTATED:',repr(t))
    # capitalized multiword sequences not in people/orgs/not_*
    known=[p['name'] for p in a['people']]+[o['name'] for o in a['organisations']]+sum([o.get('aliases',[]) for o in a['organisations']],[])+a['not_people']+a['not_organisations']
    body=re.sub(r'<[^>]+>','',b)
    for m in re.finditer(r"\b([A-Z][\w'’-]+(?:\s+(?:of|de|del|da|du|bin|wa|tis|the|and|for)?\s*[A-Z][\w'’-]+)+)", body):
        t=m.group(1)
        if not any(t in k or k in t for k in known): print(slug[:20],'?',t)
