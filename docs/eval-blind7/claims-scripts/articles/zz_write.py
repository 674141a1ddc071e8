GN={'WH':'Latin America','ME':'Middle East','SSA':'Sub-Saharan Africa','EA':'Euro Area','EU':'EU'}
for x in ART:
    for c in x.claims:
        for k in ('subject','partner'):
            if c.get(k) in GN: c[k]=GN[c[k]]
out=dict(version=1,constructed=True,guidelines='claims/GUIDELINES.md',note="Blind evaluation set 7: constructed news-style texts written by writer-claims7 and annotated independently by annot-claims7, neither of whom read the checker's code or saw its output; not quotations of real articles. Figures computed from the raw files under /work/shared (paths relative to /work/shared) by claims/scripts/.",
 articles=[dict(file=x.file,date=x.date,claims=x.claims) for x in ART],perturbed=PERT)
json.dump(out,open(os.path.join(ROOT,'claims/gold/claims_blind7.json'),'w'),indent=1,ensure_ascii=False,default=lambda o: float(o) if hasattr(o,'__float__') else str(o))
import collections
cnt=collections.Counter((c['kind'],c['expected_verdict']) for x in ART for c in x.claims)
print('claims',sum(cnt.values()),'perturbed',len(PERT))
for k in sorted(set(k for k,_ in cnt)): print(k,{v:n for (kk,v),n in cnt.items() if kk==k})
print('PROBLEMS:'); print('\n'.join(PROBLEMS))
