"""The HTTP client (tenacity retries, an expiring cache) over a mock transport, and the one
date reader (dateutil, complete dates only)."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import httpx
import pytest

from dyadscope import dates
from dyadscope.errors import FetchError
from dyadscope.sources.baci import fix_encoding
from dyadscope.sources.http import ApiClient


def test_server_errors_and_dropped_connections_are_retried() -> None:
    answers = iter(
        [httpx.ConnectError("reset"), httpx.Response(503, headers={"Retry-After": "3"}), httpx.Response(502)]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        item = next(answers, None)
        if isinstance(item, Exception):
            raise item
        return item if item is not None else httpx.Response(200, json={"ok": 1})

    slept: list[float] = []
    client = ApiClient(transport=httpx.MockTransport(handler), sleep=slept.append)
    assert client.get_json("https://api.example/x", {"a": 1}) == {"ok": 1}
    assert client.requests == 4
    assert slept[1] == 3.0  # Retry-After of the 503; the others back off exponentially
    assert slept[0] >= 1.0 and slept[2] >= 1.0


def test_client_errors_are_not_retried() -> None:
    client = ApiClient(transport=httpx.MockTransport(lambda r: httpx.Response(404, text="no such series")))
    with pytest.raises(FetchError, match="HTTP 404: no such series"):
        client.get_json("https://api.example/x", {})
    assert client.requests == 1


def test_giving_up_names_the_failure() -> None:
    client = ApiClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(500)), sleep=lambda s: None, max_retries=2
    )
    with pytest.raises(FetchError, match=r"still failing .*HTTP 500.* after 2 retries"):
        client.get_json("https://api.example/x", {})
    assert client.requests == 3


def test_cached_answers_expire(tmp_path: Path) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(200, json={"n": calls["n"]})

    client = ApiClient(transport=httpx.MockTransport(handler), cache=tmp_path, max_age_s=3600)
    assert client.get_json("https://api.example/x", {"y": 2020}) == {"n": 1}
    assert client.get_json("https://api.example/x", {"y": 2020}) == {"n": 1}  # from the cache
    (entry,) = tmp_path.glob("*.json")
    old = time.time() - 7200
    os.utime(entry, (old, old))  # two hours old: past max_age
    assert client.get_json("https://api.example/x", {"y": 2020}) == {"n": 2}
    assert calls["n"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 December 2024", date(2024, 12, 5)),
        ("5\xa0December 2024", date(2024, 12, 5)),
        ("December 5, 2024", date(2024, 12, 5)),
        ("2024-12-05 00:00:00", date(2024, 12, 5)),
        ("2024-12-05T09:30:00+03:00", date(2024, 12, 5)),
        ("'2024-01-31'", date(2024, 1, 31)),
        ("December 2024", None),  # no day: not a date (dateutil alone would take today's)
        ("May", None),
        ("N.A.", None),
        ("", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert dates.parse(text) == expected


def test_mojibake_in_codebook_names() -> None:
    assert fix_encoding("CÃ´te d'Ivoire") == "Côte d'Ivoire"
    assert fix_encoding("CuraÃ§ao") == "Curaçao"
    assert fix_encoding("Türkiye") == "Türkiye"  # clean text stays as it is
