import os, sys, functools
from python_calamine import CalamineWorkbook
from dyadscope.warehouse import Warehouse
from dyadscope.evidence import trade
wh = Warehouse(os.environ['DYADSCOPE_WAREHOUSE'])
D = '/work/shared/data/trade/imf_dots/'
@functools.lru_cache(None)
def sheets(f):
    wb = CalamineWorkbook.from_path(D + f)
    return {s: wb.get_sheet_by_name(s).to_python() for s in wb.sheet_names}
def raw(f, flow, basis, value, year):
    want = 'Export' if (flow == 'exports') == (basis == 'reported') else 'Import'
    for s, rows in sheets(f).items():
        if want not in s: continue
        yi = [i for i, r in enumerate(rows[:10]) if str(year) in [str(x).strip() for x in r]][0]
        col = [str(x).strip() for x in rows[yi]].index(str(year))
        hits = [(r[0], r[col]) for r in rows[yi+1:] if isinstance(r[col], (int, float)) and abs(r[col]*1e6 - value) < 1] + \
               [(r[0], r[col]) for r in rows[yi+1:] if isinstance(r[col], str) and r[col].strip().endswith('e') and abs(float(r[col].split()[0].replace(',',''))*1e6-value) < 1]
        return s, rows[2][0], hits[:2]
for spec in sys.argv[1:]:
    a, b, y = spec.split(':'); y = int(y)
    df = trade.flows(wh, a, b, since=y, until=y)
    for _, r in df.iterrows():
        if r.source != 'imf-dots': continue
        print(a, b, y, r.flow, r.basis, f"{r.value/1e6:.2f}m", r.file, r.row, 'est' if r.estimate else '', raw(r.file, r.flow, r.basis, r.value, y))
