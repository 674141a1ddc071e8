"""Figures for claims_dev5b, read straight from the raw files in ../shared (no dyadscope code)."""
import glob, json, sys
import pandas as pd, pyreadr

SH = "/work/shared/data"

def dots_index():
    idx = {}
    for f in glob.glob(f"{SH}/trade/imf_dots/DOTS_*.xlsx"):
        x = pd.read_excel(f, sheet_name="Exports, FOB", engine="calamine", header=None, nrows=5)
        idx[str(x.iloc[3, 1]).strip()] = f
    return idx

def dots(reporter_file, sheet, year):
    x = pd.read_excel(reporter_file, sheet_name=sheet, engine="calamine", header=None)
    years = x.iloc[6]
    col = [i for i, v in years.items() if str(v).split(".")[0] == str(year)]
    if not col:
        return None
    c = col[0]
    rows = []
    for r in range(7, len(x)):
        name, v = x.iloc[r, 1], x.iloc[r, c]
        if isinstance(v, str):
            v = float(v.replace(",", "").replace("e", "").strip() or "nan")
        if pd.notna(name) and pd.notna(v):
            rows.append((r + 1, str(name).strip(), float(v)))
    return rows

_V = {}
def votes():
    if not _V:
        v = next(iter(pyreadr.read_r(f"{SH}/unga/voeten_unvotes/un_votes.rda").values()))
        rc = next(iter(pyreadr.read_r(f"{SH}/unga/voeten_unvotes/un_roll_calls.rda").values()))
        _V["v"], _V["rc"] = v, rc
    return _V["v"], _V["rc"]

def voeten_pair(a, b, year):
    v, rc = votes()
    ids = set(rc[pd.to_datetime(rc.date).dt.year == year].rcid)
    s = v[v.rcid.isin(ids)]
    A = s[s.country_code == a].set_index("rcid").vote
    B = s[s.country_code == b].set_index("rcid").vote
    j = pd.concat([A, B], axis=1, join="inner"); j.columns = ["a", "b"]
    return stats(j)

def stats(j):
    yn = j[j.a.isin(["yes", "no"]) & j.b.isin(["yes", "no"])]
    same = (yn.a == yn.b).sum(); opp = len(yn) - same
    ident = (j.a == j.b).sum()
    return dict(coincidence=round(same / (same + opp), 4) if same + opp else None, same=int(same), opposite=int(opp),
                agreement=round(ident / len(j), 4) if len(j) else None, identical=int(ident), joint=len(j))

def dgacm_pair(a, b, year):
    rows = []
    for f in glob.glob(f"{SH}/unga/un_dgacm_resolutions/*.json"):
        for line in open(f):
            r = json.loads(line)
            if r.get("voting_type") != "recordedVote" and not r.get("MS_in_favour"):
                continue
            d = pd.to_datetime(r["adoption_date"], errors="coerce")
            if d is pd.NaT or d.year != year:
                continue
            def vote(c):
                if c in r["MS_in_favour"]: return "yes"
                if c in r["MS_against"]: return "no"
                if c in r["MS_abstaining"]: return "abstain"
                return None
            va, vb = vote(a), vote(b)
            if va and vb:
                rows.append((va, vb))
    j = pd.DataFrame(rows, columns=["a", "b"])
    return stats(j)

if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dots":
        idx = dots_index()
        name, sheet, year = sys.argv[2], sys.argv[3], int(sys.argv[4])
        f = idx[name]
        rows = dots(f, sheet, year)
        print(f, sheet, year)
        for r in sorted(rows, key=lambda t: -t[2])[:int(sys.argv[5]) if len(sys.argv) > 5 else 25]:
            print(r)
    elif cmd == "names":
        for k in sorted(dots_index()): print(k)
    elif cmd == "voeten":
        print(voeten_pair(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    elif cmd == "dgacm":
        print(dgacm_pair(sys.argv[2], sys.argv[3], int(sys.argv[4])))
