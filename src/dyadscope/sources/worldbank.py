"""World Bank indicators API v2 (JSON), e.g. PA.NUS.FCRF: official exchange rate, local
currency per USD, period average."""

from __future__ import annotations

import pandas as pd

from dyadscope.errors import FetchError
from dyadscope.sources.http import ApiClient

URL = "https://api.worldbank.org/v2/country/{country}/indicator/{indicator}"
SOURCE = "World Bank WDI {indicator} (official exchange rate, LCU per US$, period average)"


def indicator(
    client: ApiClient, iso3: str, code: str = "PA.NUS.FCRF", since: int = 1990, until: int = 2030
) -> pd.DataFrame:
    """Columns: iso3, year, value, source; every page of the answer is read."""
    rows: list[dict[str, object]] = []
    page, pages = 1, 1
    while page <= pages:
        body = client.get_json(
            URL.format(country=iso3, indicator=code),
            {"format": "json", "per_page": 100, "page": page, "date": f"{since}:{until}"},
        )
        if not isinstance(body, list) or len(body) < 2:
            message = body[0].get("message") if isinstance(body, list) and body else body
            raise FetchError(f"World Bank API: unexpected answer for {iso3} {code}: {message}")
        pages = int(body[0].get("pages", 1))
        rows.extend(r for r in body[1] or [] if r.get("value") is not None)
        page += 1
    return (
        pd.DataFrame(
            {
                "iso3": [r.get("countryiso3code") or iso3 for r in rows],
                "year": [int(str(r["date"])) for r in rows],
                "value": [float(str(r["value"])) for r in rows],
                "source": SOURCE.format(indicator=code),
            }
        )
        .sort_values("year")
        .reset_index(drop=True)
    )
