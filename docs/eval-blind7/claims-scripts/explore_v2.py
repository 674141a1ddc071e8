import sys; sys.path.insert(0,'/work/heldout7-private/claims/scripts')
from lib import *
dg=dgacm()
for r in dg:
    t=(r['title'] or '')
    if 'embargo' in t.lower() and 'cuba' in t.lower() or 'Human Rights Council' in t and 'Russia' in t or r['symbol'] in ('A/RES/ES-11/3',):
        v=r['votes']; print(r['symbol'],r['date'],t[:90],'| US',v.get('UNITED STATES'),'ISR',v.get('ISRAEL'),'CRI',v.get('COSTA RICA'),'NIC',v.get('NICARAGUA'),'RUS',v.get('RUSSIAN FEDERATION'),
          'tally',sum(1 for x in v.values() if x=='yes'),sum(1 for x in v.values() if x=='no'),sum(1 for x in v.values() if x=='abstain'))
uk=[r for r in dg if 'ukrain' in ((r['title'] or '')+' ').lower() and not pd.isna(r['date']) and r['date'].year>=2022]
for r in uk: print(r['symbol'],r['date'].date(),r['title'][:70],'NIC',r['votes'].get('NICARAGUA'),'RUS',r['votes'].get('RUSSIAN FEDERATION'))
