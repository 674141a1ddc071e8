"""Second check: every gold sentence and quote occurs verbatim in its text (body, lines 3+), every quote inside its
sentence, every perturbed original_sentence verbatim in its file and each perturbed sentence differs from it."""
import json,os,difflib
ROOT='/work/heldout7-private'
d=json.load(open(ROOT+'/claims/gold/claims_blind7.json'))
bad=0;n=0
texts={}
def body(f):
    if f not in texts:
        t=open(os.path.join(ROOT,f),encoding='utf-8').read(); texts[f]=t.split('\n',2)[2]
    return texts[f]
ids=set()
for a in d['articles']:
    b=body(a['file'])
    line2=open(os.path.join(ROOT,a['file']),encoding='utf-8').read().split('\n')[1]
    if a['date'] not in line2: bad+=1; print('DATE',a['file'],a['date'],line2)
    for c in a['claims']:
        n+=1; ids.add(c['id'])
        if c['sentence'] not in b: bad+=1; print('SENTENCE NOT IN TEXT',c['id'])
        if c['quote'] not in c['sentence']: bad+=1; print('QUOTE NOT IN SENTENCE',c['id'])
        if c['id'] in ids and list(x['id'] for x in a['claims']).count(c['id'])>1: bad+=1; print('DUP ID',c['id'])
m=0
for p in d['perturbed']:
    m+=1
    if p['original_sentence'] not in body(p['file']): bad+=1; print('PERT ORIGINAL NOT IN TEXT',p['id'])
    if p['sentence']==p['original_sentence']: bad+=1; print('PERT UNCHANGED',p['id'])
    if p['of'] not in ids: bad+=1; print('PERT OF UNKNOWN',p['id'])
    if p['expected_verdict']=='consistent': bad+=1; print('PERT CONSISTENT',p['id'])
    sm=difflib.SequenceMatcher(None,p['original_sentence'],p['sentence'])
    ops=[o for o in sm.get_opcodes() if o[0]!='equal']
    if not ops: bad+=1; print('PERT NO DIFF',p['id'])
    if p['sentence'] in body(p['file']): bad+=1; print('PERT SENTENCE OCCURS IN TEXT',p['id'])
print(n,'claims and',m,'perturbed copies checked;',bad,'problems')
