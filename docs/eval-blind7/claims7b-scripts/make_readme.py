import json,subprocess,re
R='/work/heldout7-private/claims7b'
d=json.load(open(R+'/gold/claims_blind7b.json'))
counts=subprocess.run(['python3',R+'/scripts/readme_counts.py'],capture_output=True,text=True).stdout
uns=[]
for a in d['articles']:
    for c in a['claims']:
        n=c.get('note') or ''
        if 'UNSURE' in n:
            nn=re.sub(r'\s+',' ',n)[:260]; q=c['quote'][:90]
            uns.append(f"- `{c['id']}` ({c['kind']}, {c['expected_verdict']}): '{q}' - {nn}")
cross=open(R+'/scripts/notes/crosscheck.md').read()
head=open(R+'/scripts/notes/readme_head.md').read()
open(R+'/README.md','w').write(head.replace('{{COUNTS}}',counts).replace('{{UNSURE}}','\n'.join(uns)).replace('{{NUNSURE}}',str(len(uns))).replace('{{CROSS}}',cross))
print('README written,',len(uns),'UNSURE')
