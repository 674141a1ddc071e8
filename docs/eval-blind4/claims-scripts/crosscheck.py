"""Cross-check: re-read every DOTS cell cited in claims_blind4.json with openpyxl (independent of calamine) and compare."""
import json,re,openpyxl
d=json.load(open('/work/heldout4-private/claims/claims_blind4.json'))
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
