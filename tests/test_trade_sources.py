"""API clients and downloads against answers in the services' documented formats
(constructed for the tests: no network is used)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from dyadscope.errors import FetchError
from dyadscope.sources import comtrade, download, worldbank
from dyadscope.sources.http import ApiClient


def _comtrade_answer(request: httpx.Request) -> httpx.Response:
    params = dict(request.url.params)
    year = int(params["period"])
    flows = params["flowCode"].split(",")
    data = [
        {
            "refYear": year,
            "reporterCode": 404,
            "reporterISO": "KEN",
            "partnerCode": 156,
            "partnerISO": "CHN",
            "flowCode": f,
            "cmdCode": "TOTAL",
            "primaryValue": 1000.0 * year + (1 if f == "M" else 2),
        }
        for f in flows
    ]
    return httpx.Response(200, json={"elements": data, "count": len(data), "error": ""})


def test_comtrade_preview_paging_and_cache(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.url.path == "/public/v1/preview/C/A/HS"
        assert request.url.params["reporterCode"] == "404" and request.url.params["partnerCode"] == "156"
        return _comtrade_answer(request)

    client = ApiClient(transport=httpx.MockTransport(handler), cache=tmp_path / "cache")
    frame = comtrade.query(client, "KEN", "CHN", [2021, 2022], key="")
    assert len(seen) == 2  # one call per year
    assert set(frame["flow"]) == {"imports", "exports"}
    assert frame.loc[(frame.year == 2022) & (frame.flow == "imports"), "value_usd"].item() == 2_022_001.0
    comtrade.query(client, "KEN", "CHN", [2021, 2022], key="")
    assert len(seen) == 2  # answered from the on-disk cache


def test_comtrade_key_and_backoff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        assert request.url.path == "/data/v1/get/C/A/HS"
        assert request.headers["Ocp-Apim-Subscription-Key"] == "secret"
        if calls["n"] < 3:
            return httpx.Response(429, headers={"Retry-After": "2"}, json={"statusCode": 429})
        return _comtrade_answer(request)

    monkeypatch.setenv("COMTRADE_API_KEY", "secret")
    client = ApiClient(transport=httpx.MockTransport(handler), sleep=slept.append)
    frame = comtrade.query(client, "KEN", "CHN", [2022])
    assert slept == [2.0, 2.0] and len(frame) == 2
    always = ApiClient(transport=httpx.MockTransport(lambda r: httpx.Response(429)), sleep=slept.append, max_retries=2)
    with pytest.raises(FetchError, match="still rate-limited"):
        comtrade.query(always, "KEN", "CHN", [2022])


def test_comtrade_preview_cap_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        rows = [{"refYear": 2022, "flowCode": "M", "cmdCode": f"{i:06d}", "primaryValue": 1.0} for i in range(500)]
        return httpx.Response(200, json={"elements": rows, "count": 500, "error": ""})

    with pytest.raises(FetchError, match="capped at 500"):
        comtrade.query(ApiClient(transport=httpx.MockTransport(handler)), "KEN", None, [2022], cmd="AG6", key="")


def test_world_bank_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        meta = {"page": page, "pages": 2, "per_page": 100, "total": 3}
        recs = [
            {"countryiso3code": "KEN", "date": "2020", "value": 106.45},
            {"countryiso3code": "KEN", "date": "2021", "value": None},
        ]
        if page == 2:
            recs = [{"countryiso3code": "KEN", "date": "2019", "value": 101.99}]
        return httpx.Response(200, content=json.dumps([meta, recs]))

    frame = worldbank.indicator(ApiClient(transport=httpx.MockTransport(handler)), "KEN")
    assert frame["year"].tolist() == [2019, 2020]
    assert frame["value"].tolist() == [101.99, 106.45]
    assert "PA.NUS.FCRF" in frame["source"].iloc[0]


def test_download_resumes(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 4096  # 1 MiB
    calls: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        rng = request.headers.get("range")
        calls.append(rng)
        if rng:
            start = int(rng.split("=")[1].rstrip("-"))
            body = payload[start:]
            return httpx.Response(
                206, content=body, headers={"Content-Range": f"bytes {start}-{len(payload) - 1}/{len(payload)}"}
            )
        return httpx.Response(200, content=payload, headers={"Content-Length": str(len(payload))})

    target = tmp_path / "BACI_HS22_V202501.zip"
    (tmp_path / "BACI_HS22_V202501.zip.part").write_bytes(payload[:300_000])  # an interrupted earlier try
    download.download(download.baci_url("202501", "22"), target, transport=httpx.MockTransport(handler))
    assert calls == ["bytes=300000-"]
    assert target.read_bytes() == payload
    assert not (tmp_path / "BACI_HS22_V202501.zip.part").exists()


def test_download_size_mismatch(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(206, content=b"abc", headers={"Content-Range": "bytes 0-9/10"})

    with pytest.raises(FetchError, match="run again to resume"):
        download.download("https://example.org/x.zip", tmp_path / "x.zip", transport=httpx.MockTransport(handler))
    assert (tmp_path / "x.zip.part").read_bytes() == b"abc"
    with pytest.raises(FetchError, match="release must look like"):
        download.baci_url("2025", "22")
