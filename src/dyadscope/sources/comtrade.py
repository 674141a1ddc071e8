"""UN Comtrade API v1: the public preview endpoint (no key, at most 500 records a call)
and the data endpoint (key from ``COMTRADE_API_KEY``), for goods trade (C), annual (A),
Harmonized System (HS). Reporter and partner codes are UN Comtrade's numeric codes, which
BACI shares (India 699, United States 842, France 251)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dyadscope import bundled
from dyadscope.errors import ConfigError, FetchError
from dyadscope.sources.http import ApiClient

PREVIEW = "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
DATA = "https://comtradeapi.un.org/data/v1/get/C/A/HS"
PREVIEW_LIMIT = 500
SOURCE = "UN Comtrade (as declared by the reporter)"


def _codes() -> dict[str, int]:
    frame = bundled.parquet("baci_country_codes.parquet")
    return {str(i): int(c) for i, c in zip(frame["iso3"], frame["code"], strict=True)}


def code_of(iso3: str) -> int:
    codes = _codes()
    if iso3 not in codes:
        raise ConfigError(f"{iso3} has no UN Comtrade code")
    return codes[iso3]


def query(
    client: ApiClient,
    reporter: str,
    partner: str | None,
    years: Sequence[int],
    *,
    flow: str = "M,X",
    cmd: str = "TOTAL",
    key: str | None = None,
) -> pd.DataFrame:
    """Annual flows; with a key the data endpoint, else the preview. One call per year
    (paging by period); a preview answer that hits the 500-record cap is an error
    naming the narrower query to make, never a silent truncation."""
    if key is None:
        from dyadscope.config import settings

        key = settings().comtrade_api_key
    url = DATA if key else PREVIEW
    headers = {"Ocp-Apim-Subscription-Key": key} if key else None
    rows: list[dict[str, object]] = []
    for year in years:
        params: dict[str, object] = {
            "reporterCode": code_of(reporter),
            "period": year,
            "flowCode": flow,
            "cmdCode": cmd,
            "includeDesc": "true",
        }
        if partner:
            params["partnerCode"] = code_of(partner)
        body = client.get_json(url, params, headers)
        if isinstance(body, dict) and body.get("error"):
            raise FetchError(f"UN Comtrade: {body['error']}")
        elements = body.get("data") if isinstance(body, dict) else None
        elements = elements if elements is not None else body.get("elements", []) if isinstance(body, dict) else []
        if not key and len(elements) >= PREVIEW_LIMIT:
            hint = "narrow cmdCode or set COMTRADE_API_KEY"
            raise FetchError(f"UN Comtrade preview capped at {PREVIEW_LIMIT} records for {year}: {hint}")
        rows.extend(elements)
    if not rows:
        return pd.DataFrame(columns=["year", "reporter", "partner", "flow", "cmd", "value_usd", "source"])
    raw = pd.DataFrame(rows)
    return pd.DataFrame(
        {
            "year": raw["refYear"].astype(int),
            "reporter": raw.get("reporterISO", reporter),
            "partner": raw.get("partnerISO", partner or ""),
            "flow": raw["flowCode"].map({"M": "imports", "X": "exports"}).fillna(raw["flowCode"]),
            "cmd": raw["cmdCode"].astype(str),
            "value_usd": pd.to_numeric(raw["primaryValue"], errors="coerce"),
            "source": SOURCE,
        }
    )
