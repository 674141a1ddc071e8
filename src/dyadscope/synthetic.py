"""SYNTHETIC BACI-shaped data, for benchmarks and engine parity tests only.

Nothing here is real trade: flows are random draws (country sizes log-normal, product
popularity Zipf-like, values log-normal, 5% of quantities ``NA``) written in BACI's
yearly CSV format (``t,i,j,k,v,q``) with BACI's real numeric country codes, so the real
loaders read them. Files are named with release ``V209999``, a number no real BACI
release has, so they cannot be mistaken for real data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from dyadscope import bundled

RELEASE = "209999"


def file_name(year: int, hs: str = "22") -> str:
    return f"BACI_HS{hs}_Y{year}_V{RELEASE}.csv"


def baci_year(
    path: Path, rows: int, *, year: int = 2022, seed: int = 7, countries: int = 220, products: int = 5000
) -> int:
    """Write one SYNTHETIC BACI yearly CSV to ``path``; returns the rows written.

    The same ``seed`` gives the same countries, products and country sizes for every
    year; the flows and values change with ``year``.
    """
    base = np.random.default_rng(seed)
    codes = bundled.parquet("baci_country_codes.parquet")["code"].to_numpy()[:countries]
    n_c, n_p = len(codes), products
    size = base.lognormal(0, 1.5, n_c)
    popularity = 1.0 / np.arange(1, n_p + 1) ** 0.8
    product_codes = np.array([f"{c:06d}" for c in base.choice(np.arange(10000, 979999), n_p, replace=False)])
    rng = np.random.default_rng([seed, year])
    draw = int(rows * 2.2)  # skewed draws repeat triples; duplicates are dropped below
    i = rng.choice(n_c, draw, p=size / size.sum())
    j = rng.choice(n_c, draw, p=size / size.sum())
    k = rng.choice(n_p, draw, p=popularity / popularity.sum())
    keep = i != j
    key = pd.DataFrame({"i": i[keep], "j": j[keep], "k": k[keep]}).drop_duplicates().head(rows)
    n = len(key)
    value = np.round(rng.lognormal(2.0, 2.5, n), 3)
    qty = np.round(value * rng.lognormal(0, 1, n), 3).astype(object)
    qty[rng.random(n) < 0.05] = "NA"
    table = pa.table(
        {
            "t": np.full(n, year, dtype=np.int16),
            "i": codes[key["i"].to_numpy()],
            "j": codes[key["j"].to_numpy()],
            "k": product_codes[key["k"].to_numpy()],
            "v": value,
            "q": pa.array([str(x) for x in qty]),
        }
    )
    pacsv.write_csv(table, path, pacsv.WriteOptions(quoting_style="none"))
    return n
