"""Resumable downloads of large release files (BACI zips) with a size check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from dyadscope.errors import FetchError

BACI_URL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS{hs}_V{release}.zip"


def baci_url(release: str, hs: str) -> str:
    if not (release.isdigit() and len(release) == 6 and hs.isdigit() and len(hs) == 2):
        raise FetchError(f"release must look like 202501 and hs like 22, got {release!r} and {hs!r}")
    return BACI_URL.format(hs=hs, release=release)


def download(
    url: str,
    target: Path,
    *,
    transport: httpx.BaseTransport | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    chunk: int = 1 << 20,
) -> Path:
    """Download ``url`` to ``target``, resuming a ``target.part`` left by an earlier try.

    The file is renamed into place only when its size matches the size the server
    announced; a server that ignores the Range request restarts the download.
    """
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with httpx.Client(transport=transport, timeout=60.0, follow_redirects=True) as client:
        try:
            with client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 416 and have:
                    total = have  # already complete
                elif resp.status_code >= 400:
                    raise FetchError(f"{url} answered HTTP {resp.status_code}")
                else:
                    if resp.status_code == 200:
                        have = 0  # no resume support: start over
                    total = None
                    if resp.status_code == 206 and "content-range" in resp.headers:
                        total = int(resp.headers["content-range"].rsplit("/", 1)[1])
                    elif resp.headers.get("content-length", "").isdigit():
                        total = have + int(resp.headers["content-length"])
                    with open(part, "ab" if have else "wb") as fh:
                        for block in resp.iter_bytes(chunk):
                            fh.write(block)
                            have += len(block)
                            if progress:
                                progress(have, total)
        except httpx.HTTPError as exc:
            raise FetchError(
                f"download of {url} interrupted after {have:,} bytes ({exc}); run again to resume"
            ) from exc
    size = part.stat().st_size
    if total is not None and size != total:
        raise FetchError(f"{part}: {size:,} bytes but the server announced {total:,}; run again to resume")
    part.replace(target)
    return target
