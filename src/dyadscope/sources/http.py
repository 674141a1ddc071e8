"""One HTTP client for data APIs: injectable transport, an on-disk cache that expires, and
retries (tenacity) on rate limits, server errors and dropped connections.

The data APIs used here (UN Comtrade, World Bank) send no caching headers, so an RFC 9111
cache would keep nothing: answers are kept by URL and parameters for ``max_age`` (a week by
default; yearly statistics change when revised, not by the minute). A 429 or 503 answer
waits for its ``Retry-After`` (seconds), other retryable failures back off exponentially.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from dyadscope.errors import FetchError

if TYPE_CHECKING:
    from tenacity import RetryCallState

WEEK_S = 7 * 24 * 3600.0
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def cache_dir() -> Path:
    """The ``cache`` setting (``DYADSCOPE_CACHE``)."""
    from dyadscope.config import settings

    return settings().cache


class _Retryable(Exception):
    """An answer worth asking again (rate limit, server error, dropped connection)."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date or nothing: back off instead


class ApiClient:
    """GET JSON with caching and retries; ``transport`` lets tests answer without a network."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        cache: Path | None = None,
        max_retries: int = 5,
        sleep: Callable[[float], None] = time.sleep,
        timeout_s: float = 60.0,
        max_age_s: float = WEEK_S,
    ) -> None:
        self.client = httpx.Client(transport=transport, timeout=timeout_s, follow_redirects=True)
        self.cache = cache
        self.max_retries = max_retries
        self.sleep = sleep
        self.max_age_s = max_age_s
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def _key(self, url: str, params: dict[str, Any]) -> Path | None:
        if self.cache is None:
            return None
        blob = json.dumps([url, sorted(params.items())], default=str).encode()
        return self.cache / f"{hashlib.sha256(blob).hexdigest()[:32]}.json"

    def _fresh(self, path: Path | None) -> bool:
        return path is not None and path.exists() and time.time() - path.stat().st_mtime < self.max_age_s

    def _once(self, url: str, params: dict[str, Any], headers: dict[str, str]) -> Any:
        self.requests += 1
        try:
            resp = self.client.get(url, params=params, headers=headers)
        except (httpx.TimeoutException, httpx.NetworkError) as exc:
            raise _Retryable(f"cannot reach {url}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot reach {url}: {exc}") from exc
        if resp.status_code in RETRY_STATUS:
            raise _Retryable(f"{url} answered HTTP {resp.status_code}", resp.status_code, _retry_after(resp))
        if resp.status_code >= 400:
            raise FetchError(f"{url} answered HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            return resp.json()
        except ValueError as exc:
            raise FetchError(f"{url} did not answer with JSON") from exc

    def _wait(self, state: RetryCallState) -> float:
        from tenacity import wait_exponential

        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return exc.retry_after
        return float(wait_exponential(multiplier=1, min=1, max=60)(state))

    def get_json(self, url: str, params: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
        """The JSON body of a GET (cached by URL and parameters; secrets in headers are not keyed)."""
        from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

        path = self._key(url, params)
        if path is not None and self._fresh(path):
            return json.loads(path.read_text("utf-8"))
        retrying = Retrying(
            retry=retry_if_exception_type(_Retryable),
            stop=stop_after_attempt(self.max_retries + 1),
            wait=self._wait,
            sleep=self.sleep,
            reraise=True,
        )
        try:
            body = retrying(self._once, url, params, headers or {})
        except _Retryable as exc:
            what = "still rate-limited (HTTP 429)" if exc.status == 429 else f"still failing ({exc})"
            raise FetchError(f"{url}: {what} after {self.max_retries} retries") from exc
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(body), "utf-8")
            tmp.replace(path)
        return body
