"""Build a long table of all IMF DOTS sheets: reporter, sheet, excel_row, partner, year, value (USD mn), estimate flag.
Excel row numbers are verified against openpyxl (calamine drops leading empty rows)."""
import glob, re, os
import pandas as pd
from python_calamine import CalamineWorkbook
import openpyxl
D='/work/shared/data/trade/imf_dots'
out=[]
for f in sorted(glob.glob(D+'/DOTS_*.xlsx')):
    wb=CalamineWorkbook.from_path(f)
    # find offset with openpyxl: row of the years header
    wbo=openpyxl.load_workbook(f,read_only=True)
    for s in wb.sheet_names:
        rows=wb.get_sheet_by_name(s).to_python()
        # calamine first row index corresponds to first non-empty excel row
        ws=wbo[s]
        first=None
        for r in ws.iter_rows(min_row=1,max_row=5):
            if any(c.value not in (None,'') for c in r):
                first=r[0].row;break
        off=first  # excel row of rows[0]
        reporter=rows[2][0]
        yi=[i for i,r in enumerate(rows[:10]) if str(r[1]).strip().isdigit()][0]
        years=rows[yi]
        for i,r in enumerate(rows[yi+1:],start=yi+1):
            p=r[0]
            if p in ('',None): continue
            for j in range(1,len(r)):
                y=str(years[j]).strip()
                if not y.isdigit(): continue
                v=r[j]
                if v in ('',None): continue
                est=False
                if isinstance(v,str):
                    m=re.match(r'^\s*(-?[\d.]+)\s*e\s*$',v)
                    if not m: continue
                    v=float(m.group(1)); est=True
                out.append((os.path.basename(f),reporter,s,i+off,p,int(y),float(v),est))
df=pd.DataFrame(out,columns=['file','reporter','sheet','row','partner','year','value','est'])
df.to_parquet('/work/heldout7-private/claims/scripts/dots_long.parquet')
print(len(df), df.reporter.nunique())
