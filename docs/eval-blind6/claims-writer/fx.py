import pandas as pd,sys
w=pd.read_parquet('/work/shared/data/trade/macro/imf_weo_2025-01-31.parquet')
def rate(iso,y): 
    r=w[(w.pydeflate_iso3==iso)&(w.pydeflate_year==y)]
    return float(r.pydeflate_EXCHANGE.iloc[0])
if __name__=='__main__':
    iso=sys.argv[1]
    for y in sys.argv[2].split(','): print(iso,y,rate(iso,int(y)))
