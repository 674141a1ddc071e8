import json,collections
d=json.load(open('/work/heldout7-private/claims7b/gold/claims_blind7b.json'))
K=collections.Counter((c['kind'],c['expected_verdict']) for a in d['articles'] for c in a['claims'])
V=sorted(set(v for _,v in K)); ks=sorted(set(k for k,_ in K))
print('| kind | '+' | '.join(V)+' | total |'); print('|'+'---|'*(len(V)+2))
for k in ks: print(f'| {k} | '+' | '.join(str(K.get((k,v),0)) for v in V)+f' | {sum(K.get((k,v),0) for v in V)} |')
print('| all | '+' | '.join(str(sum(K.get((k,v),0) for k in ks)) for v in V)+f' | {sum(K.values())} |')
print(); print('| text | claims | checkable | perturbed |'); print('|---|---|---|---|')
P=collections.Counter(p['file'] for p in d['perturbed'])
for a in d['articles']:
    n=len(a['claims']); ch=sum(c['expected_verdict']!='not checkable' for c in a['claims']); print(f"| {a['file']} | {n} | {ch} | {P[a['file']]} |")
print(f"\nperturbed copies: {len(d['perturbed'])}; by verdict: {dict(collections.Counter(p['expected_verdict'] for p in d['perturbed']))}")
nc=[c['id'] for a in d['articles'] for c in a['claims'] if c['expected_verdict']!='not checkable' and c['id'] not in {p['of'] for p in d['perturbed']}]
print('checkable claims without a perturbed copy:',', '.join(nc))
