"""What every route needs, built once by the app factory and handed to routes by ``Depends``.

Routes never read ``os.environ`` or module globals: the factory puts one :class:`AppState`
on ``app.state`` and the :data:`State` dependency returns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from dyadscope import countries as registry
from dyadscope.errors import CountryError
from dyadscope.news.fetch import FetchPolicy
from dyadscope.warehouse import Warehouse
from dyadscope.web.cache import Frozen, ResponseCache
from dyadscope.web.errors import ErrorItem, WebError

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


@dataclass
class AppState:
    settings: WebSettings
    wh: Warehouse
    cache: ResponseCache
    templates: Jinja2Templates
    policy: FetchPolicy
    extra: dict[str, Any] = field(default_factory=dict)

    def render(self, request: Request, template: str, status: int = 200, **ctx: Any) -> Frozen:
        response = self.templates.TemplateResponse(request, template, ctx, status_code=status)
        return Frozen(bytes(response.body), "text/html; charset=utf-8", status)


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.dyadscope
    return state


State = Annotated[AppState, Depends(get_state)]


def country(value: str, where: Literal["query", "path", "body"], name: str) -> str:
    """One country (name, ISO2/ISO3, ISO numeric, ``cow:NNN``) as ISO3, the CLI's parser;
    a 422 naming the field and the closest matches otherwise."""
    if len(value) > 80:
        raise WebError(
            422,
            "validation_error",
            f"{name}: over 80 characters",
            [ErrorItem(loc=[where, name], type="too_long", message="over 80 characters", options=None)],
        )
    try:
        return registry.resolve(value)
    except CountryError as exc:
        raise WebError(
            422,
            "validation_error",
            f"{name}: {exc}",
            [ErrorItem(loc=[where, name], type=type(exc).__name__, message=str(exc), options=exc.candidates or None)],
        ) from None


def country_list(value: str, where: Literal["query", "path", "body"], name: str) -> list[str]:
    """Comma-separated countries, each parsed by :func:`country`, duplicates dropped."""
    parts = [p for p in (v.strip() for v in value.split(",")) if p]
    if not parts or len(parts) > MAX_LIST:
        raise WebError(
            422,
            "validation_error",
            f"{name}: give 1 to {MAX_LIST} comma-separated countries",
            [ErrorItem(loc=[where, name], type="list_length", message=f"1 to {MAX_LIST} countries", options=None)],
        )
    return list(dict.fromkeys(country(p, where, name) for p in parts))
