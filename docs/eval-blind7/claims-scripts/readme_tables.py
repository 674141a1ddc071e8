"""Counts by kind and verdict, perturbed counts, and the UNSURE list from the gold JSON (for README.md)."""
import json,collections
d=json.load(open('/work/heldout7-private/claims/gold/claims_blind7.json'))
C=[c for a in d['articles'] for c in a['claims']]
kinds=['trade_value','change','rank_share','conversion','arithmetic','alignment','uncheckable']
verd=['consistent','overstated','understated','contradicted','sources disagree','not checkable']
cnt=collections.Counter((c['kind'],c['expected_verdict']) for c in C)
print('| kind | '+' | '.join(verd)+' | total |'); print('|'+'---|'*(len(verd)+2))
for k in kinds: print(f'| `{k}` | '+' | '.join(str(cnt[(k,v)]) for v in verd)+f' | {sum(cnt[(k,v)] for v in verd)} |')
print('| all | '+' | '.join(str(sum(cnt[(k,v)] for k in kinds)) for v in verd)+f' | {len(C)} |')
print()
for a in d['articles']: print(f"- {a['file']} ({a['date']}): {len(a['claims'])} claims")
P=d['perturbed']; print(); print('perturbed',len(P),dict(collections.Counter(p['expected_verdict'] for p in P)),dict(collections.Counter(p['change'] for p in P)))
chk=[c for c in C if c['expected_verdict']!='not checkable']; have={p['of'] for p in P}
print('checkable without a perturbed copy:',[c['id'] for c in chk if c['id'] not in have])
print(); print('## UNSURE list (generated from the claims\' notes)')
for c in C:
    if 'UNSURE' in (c.get('note') or ''): print(f"- `{c['id']}` \"{c['quote'][:70]}\" — *{c['expected_verdict']}*. {c['note']}")
