import openpyxl, glob, json, os, re, sys
D='/work/shared/data/trade/imf_dots'
IDX='/work/heldout6-private/claims/writer/dots_index.json'
def index():
    if os.path.exists(IDX): return json.load(open(IDX))
    idx={}
    for f in glob.glob(D+'/DOTS_*.xlsx'):
        wb=openpyxl.load_workbook(f,read_only=True)
        ws=wb.active
        for i,r in enumerate(ws.iter_rows(min_row=4,max_row=4,values_only=True)):
            idx[r[1]]=f
        wb.close()
    json.dump(idx,open(IDX,'w'),indent=0); return idx
def find(name):
    idx=index()
    m=[k for k in idx if name.lower() in k.lower()]
    return m
def load(rep):
    idx=index(); k=[k for k in idx if rep.lower() in k.lower()]
    assert len(k)>=1,(rep,k)
    k=sorted(k,key=len)[0]
    wb=openpyxl.load_workbook(idx[k],read_only=True); ws=wb.active
    rows=list(ws.iter_rows(values_only=True)); wb.close()
    years=[y for y in rows[6][2:]]
    out={}
    for ri,r in enumerate(rows[7:],start=8):
        if r[1] is None: continue
        d={}
        for y,v in zip(years,r[2:]):
            if v is None or y is None: continue
            d[int(y)]=v
        if r[1] in out and ri==8: continue
        out.setdefault(r[1],(ri,d))
        if ri>8 and r[1] in out and out[r[1]][0]==8: out[r[1]]=(ri,d)
    return k,out
def val(v):
    if isinstance(v,str): return float(v.replace('e','').strip())
    return v
if __name__=='__main__':
    rep=sys.argv[1]; parts=sys.argv[2].split(','); ys=[int(y) for y in sys.argv[3].split(',')] if len(sys.argv)>3 else list(range(2010,2021))
    k,out=load(rep); print('REPORTER',k)
    for p in parts:
        m=[n for n in out if p.lower() in n.lower()]
        for n in m:
            ri,d=out[n]; print(f'{n!r} row{ri}:', {y:d.get(y) for y in ys})
