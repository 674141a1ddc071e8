"""Settings of one server and the app factory that worker processes unpickle.

This module imports only the standard library. ``dyadscope serve --workers N`` hands
:class:`AppFactory` to uvicorn's worker processes (started by ``spawn``); each worker
unpickles it before it can answer the supervisor's health check, so unpickling must not
import FastAPI, DuckDB or pandas (that took longer than uvicorn's health-check timeout on a
busy machine, and the supervisor then killed and restarted every worker, forever). The
factory imports the app only when it is called, inside the running worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

MAX_TEXT_CHARS = 1_000_000  # spaCy's default nlp.max_length: longer texts are refused with 413 before spaCy
MAX_UPLOAD_BYTES = 2_000_000  # an uploaded article file (2 MB)
MAX_URL_CHARS = 2_000
MAX_LIST = 20  # countries in one list parameter


@dataclass(frozen=True)
class WebSettings:
    """Settings of one server (passed to :func:`dyadscope.web.app.create_app`)."""

    warehouse: Path
    allow_private_urls: bool = False
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    max_body_bytes: int = 8 * 1024 * 1024  # any request body, before it is parsed
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")  # Host header allow-list
    cache_entries: int = 256
    max_computations: int = 4  # uncached results computed at once per process; beyond: wait, then 503
    compute_wait_s: float = 2.0
    fetch_timeout_s: float = 10.0  # per connect or read of an article URL
    fetch_deadline_s: float = 20.0  # for the whole download of an article URL
    exit_after_s: float | None = None  # after shutdown, end the process even if a worker thread still runs


@dataclass(frozen=True)
class AppFactory:
    """``AppFactory(settings)()`` builds the app; picklable and light to unpickle."""

    settings: WebSettings

    def __call__(self) -> FastAPI:
        from dyadscope.web.app import create_app

        return create_app(self.settings)


__all__ = ["MAX_LIST", "MAX_TEXT_CHARS", "MAX_UPLOAD_BYTES", "MAX_URL_CHARS", "AppFactory", "WebSettings"]
