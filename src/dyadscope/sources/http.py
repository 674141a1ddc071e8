"""One HTTP client for data APIs: injectable transport, on-disk cache, 429 back-off."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from dyadscope.errors import FetchError


def cache_dir() -> Path:
    """The ``cache`` setting (``DYADSCOPE_CACHE``)."""
    from dyadscope.config import settings

    return settings().cache


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
    ) -> None:
        self.client = httpx.Client(transport=transport, timeout=timeout_s, follow_redirects=True)
        self.cache = cache
        self.max_retries = max_retries
        self.sleep = sleep
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def _key(self, url: str, params: dict[str, Any]) -> Path | None:
        if self.cache is None:
            return None
        blob = json.dumps([url, sorted(params.items())], default=str).encode()
        return self.cache / f"{hashlib.sha256(blob).hexdigest()[:32]}.json"

    def get_json(self, url: str, params: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
        """The JSON body of a GET (cached by URL and parameters; secrets in headers are not keyed)."""
        path = self._key(url, params)
        if path is not None and path.exists():
            return json.loads(path.read_text("utf-8"))
        delay = 1.0
        for attempt in range(self.max_retries + 1):
            self.requests += 1
            try:
                resp = self.client.get(url, params=params, headers=headers or {})
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot reach {url}: {exc}") from exc
            if resp.status_code == 429 and attempt == self.max_retries:
                break
            if resp.status_code == 429:
                retry = resp.headers.get("retry-after", "")
                self.sleep(float(retry) if retry.replace(".", "", 1).isdigit() else delay)
                delay *= 2
                continue
            if resp.status_code >= 400:
                raise FetchError(f"{url} answered HTTP {resp.status_code}: {resp.text[:200]}")
            try:
                body = resp.json()
            except ValueError as exc:
                raise FetchError(f"{url} did not answer with JSON") from exc
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(json.dumps(body), "utf-8")
                tmp.replace(path)
            return body
        raise FetchError(f"{url}: still rate-limited (HTTP 429) after {self.max_retries} retries")
