"""Download a web page safely: a timeout per read and a total deadline for the whole
download (redirects included), size cap, content-type check, redirect limit, and no
requests to loopback, private, link-local or otherwise non-public addresses unless the
caller allows them (tests serve pages on 127.0.0.1 with that setting on).

The HTTP client is ``httpx``; pass ``transport=`` to inject a mock transport.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:  # imported by fetch() (with its CLI, ~0.2 s): reading a file needs no HTTP client
    import httpx

from dyadscope.errors import FetchError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_S = 15.0
DEADLINE_S = 30.0
MAX_REDIRECTS = 5
CONTENT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
)

Resolver = Callable[[str], list[str]]


def _system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return sorted({str(info[4][0]) for info in infos})


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do."""

    allow_private: bool = False
    max_bytes: int = MAX_BYTES
    timeout_s: float = TIMEOUT_S  # for each connect and each read
    max_redirects: int = MAX_REDIRECTS
    deadline_s: float = DEADLINE_S  # for the whole download, however slowly the bytes arrive


@dataclass(frozen=True)
class Page:
    """A downloaded page."""

    url: str
    content: bytes
    content_type: str
    charset: str | None


def check_url(url: str, policy: FetchPolicy, resolver: Resolver = _system_resolver) -> None:
    """Refuse URLs that are not http(s) or that point at non-public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be read, not {parts.scheme or 'no scheme'!r}: {url}")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host: {url}")
    if policy.allow_private:
        return
    try:
        addresses = [host] if _is_ip(host) else resolver(host)
    except FetchError:
        raise
    for addr in addresses:
        ip = ipaddress.ip_address(addr.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"refusing to fetch {url}: {host} resolves to {ip}, a non-public address "
                "(loopback, private, link-local or reserved)"
            )


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver = _system_resolver,
) -> Page:
    """Download ``url`` under ``policy``; every redirect hop is checked again, and the
    whole download (all hops, every byte) must finish within ``policy.deadline_s``."""
    import time

    import httpx

    policy = policy or FetchPolicy()
    current = url
    end = time.monotonic() + policy.deadline_s

    def left() -> float:
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{url} did not finish downloading within {policy.deadline_s:g} s")
        return remaining

    with httpx.Client(
        transport=transport,
        timeout=policy.timeout_s,
        follow_redirects=False,
        headers={"User-Agent": "dyadscope/0.1 (+article reader)"},
    ) as client:
        for _hop in range(policy.max_redirects + 1):
            check_url(current, policy, resolver)
            try:
                with client.stream("GET", current, timeout=min(policy.timeout_s, left())) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(f"redirect without a Location header from {current}")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{current} answered HTTP {resp.status_code}")
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    if ctype and not ctype.startswith(CONTENT_TYPES):
                        raise FetchError(f"{current} is {ctype!r}, not a web page or text")
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                        raise FetchError(
                            f"{current} is {int(declared):,} bytes, over the {policy.max_bytes:,}-byte limit"
                        )
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in resp.iter_bytes():
                        left()
                        size += len(chunk)
                        if size > policy.max_bytes:
                            raise FetchError(f"{current} is larger than the {policy.max_bytes:,}-byte limit")
                        chunks.append(chunk)
                    return Page(current, b"".join(chunks), ctype or "text/html", resp.charset_encoding)
            except httpx.TimeoutException as exc:
                left()
                raise FetchError(f"{current} did not answer within {policy.timeout_s:g} s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {current}: {exc}") from exc
    raise FetchError(f"more than {policy.max_redirects} redirects from {url}")
