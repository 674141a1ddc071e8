import pyreadr, pandas as pd, sys, os
P='/work/heldout6-private/claims/writer/votes.parquet'
if not os.path.exists(P):
    v=pyreadr.read_r('/work/shared/data/unga/voeten_unvotes/un_votes.rda')['un_votes']
    rc=pyreadr.read_r('/work/shared/data/unga/voeten_unvotes/un_roll_calls.rda')['un_roll_calls']
    v=v.merge(rc[['rcid','session','date','importantvote','unres','short']],on='rcid')
    v['year']=pd.to_datetime(v['date']).dt.year
    v.to_parquet(P)
v=pd.read_parquet(P)
def coin(a,b,years):
    A=v[(v.country_code==a)&v.year.isin(years)][['rcid','vote','year']]
    B=v[(v.country_code==b)&v.year.isin(years)][['rcid','vote']]
    m=A.merge(B,on='rcid',suffixes=('_a','_b'))
    yn=m[m.vote_a.isin(['yes','no'])&m.vote_b.isin(['yes','no'])]
    same=(yn.vote_a==yn.vote_b).sum(); opp=len(yn)-same
    ident=(m.vote_a==m.vote_b).sum()
    return dict(n=len(m),same_yn=int(same),opp=int(opp),coinc=round(same/(same+opp),3) if same+opp else None, ident_share=round(ident/len(m),3) if len(m) else None)
if __name__=='__main__':
    a=sys.argv[1]; bs=sys.argv[2].split(','); ys=[int(y) for y in sys.argv[3].split(',')]
    for b in bs:
        for y in ys: print(a,b,y,coin(a,b,[y]))
        print(a,b,'ALL',ys[0],'-',ys[-1],coin(a,b,ys))
