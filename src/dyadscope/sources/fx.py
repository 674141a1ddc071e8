"""Exchange rates: IMF WEO annual averages (local currency per USD) and the daily
KES per USD series, averaged by calendar year.

The WEO extract of 31 January 2025 holds projections from 2024 on; they are marked.
Where the daily KES series covers a whole year its average replaces the WEO value.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyadscope.errors import MalformedSourceError, SourceError

WEO_SOURCE = "IMF World Economic Outlook (January 2025 extract via pydeflate), annual average"
KES_SOURCE = (
    "Central Bank of Kenya daily indicative KES per USD rates 2015-2025 "
    "(via the devaime KES time-series repository), calendar-year mean"
)


def parse_weo(path: Path) -> pd.DataFrame:
    """Columns: iso3, year, per_usd, source, projection."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    try:
        raw = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several unrelated types
        raise MalformedSourceError(str(path), f"not a readable Parquet file ({exc})") from exc
    need = ["pydeflate_year", "pydeflate_iso3", "pydeflate_EXCHANGE"]
    if missing := [c for c in need if c not in raw.columns]:
        raise MalformedSourceError(str(path), f"missing columns {missing}")
    out = pd.DataFrame(
        {
            "iso3": raw["pydeflate_iso3"].astype("string"),
            "year": raw["pydeflate_year"].astype(int),
            "per_usd": pd.to_numeric(raw["pydeflate_EXCHANGE"], errors="coerce"),
        }
    ).dropna()
    out = out[out["per_usd"] > 0]
    out["source"] = WEO_SOURCE
    out["projection"] = out["year"] >= 2024
    return out.reset_index(drop=True)


def parse_kes_daily(path: Path) -> pd.DataFrame:
    """Calendar-year means of the daily series (years with at least 200 quotes)."""
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    raw = pd.read_csv(path, dtype=str)
    if not {"Date", "Price"} <= set(raw.columns):
        raise MalformedSourceError(str(path), "expected columns Date and Price", line=1)
    day = pd.to_datetime(raw["Date"], format="%m/%d/%Y", errors="coerce")
    price = pd.to_numeric(raw["Price"].str.replace(",", ""), errors="coerce")
    bad = day.isna() | price.isna()
    if bad.mean() > 0.01:
        first = int(bad.to_numpy().argmax()) + 2
        raise MalformedSourceError(str(path), "unreadable date or price", line=first)
    frame = pd.DataFrame({"year": day.dt.year, "price": price})[~bad]
    frame["month"] = day[~bad].dt.month
    agg = (
        frame.groupby("year")
        .agg(
            mean=("price", "mean"),
            size=("price", "size"),
            first=("month", "min"),
            last=("month", "max"),
        )
        .reset_index()
    )
    agg = agg[agg["size"] >= 120]
    return pd.DataFrame(
        {
            "iso3": "KEN",
            "year": agg["year"].astype(int),
            "per_usd": agg["mean"],
            "source": KES_SOURCE
            + " ("
            + agg["size"].astype(str)
            + " quotes, months "
            + agg["first"].astype(str)
            + "-"
            + agg["last"].astype(str)
            + ")",
            "projection": False,
        }
    )


def build_rates(weo: Path, kes_daily: Path) -> pd.DataFrame:
    """The bundled annual table: WEO, with full-year KES daily means taking precedence."""
    w = parse_weo(weo)
    k = parse_kes_daily(kes_daily)
    w = w[~((w["iso3"] == "KEN") & w["year"].isin(k["year"]))]
    return pd.concat([w, k], ignore_index=True).sort_values(["iso3", "year"]).reset_index(drop=True)


def build_currencies(mledoze_csv: Path) -> pd.DataFrame:
    """ISO 4217 currency -> the country whose rate stands for it (EUR -> DEU, XOF -> SEN...)."""
    raw = pd.read_csv(mledoze_csv, dtype=str, keep_default_na=False)
    rows = []
    for _, r in raw.iterrows():
        for cur in str(r["currencies"]).split(","):
            if cur.strip():
                rows.append((cur.strip(), r["cca3"], r["unMember"] == "1"))
    frame = pd.DataFrame(rows, columns=["currency", "iso3", "un_member"])
    preferred = {
        "USD": "USA",
        "EUR": "DEU",
        "XOF": "SEN",
        "XAF": "CMR",
        "XCD": "LCA",
        "AUD": "AUS",
        "NZD": "NZL",
        "GBP": "GBR",
        "CHF": "CHE",
        "INR": "IND",
        "ZAR": "ZAF",
        "DKK": "DNK",
        "NOK": "NOR",
        "ILS": "ISR",
        "MAD": "MAR",
        "CNY": "CHN",
        "RUB": "RUS",
        "TRY": "TUR",
    }
    frame = frame.sort_values("un_member", ascending=False).drop_duplicates("currency")
    for cur, iso in preferred.items():
        frame.loc[frame["currency"] == cur, "iso3"] = iso
    return frame[["currency", "iso3"]].sort_values("currency").reset_index(drop=True)
