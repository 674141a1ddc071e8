"""What every route needs, built once by the app factory and handed to routes by ``Depends``.

Routes never read ``os.environ`` or module globals: the factory puts one :class:`AppState`
on ``app.state`` and the :data:`State` dependency returns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from dyadscope import countries as registry
from dyadscope.errors import CountryError
from dyadscope.news.fetch import FetchPolicy
from dyadscope.warehouse import Warehouse
from dyadscope.web.cache import Frozen, ResponseCache
from dyadscope.web.errors import ErrorItem, WebError, country_sentence
from dyadscope.web.settings import MAX_LIST, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, MAX_URL_CHARS, WebSettings


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
            plain=country_sentence(exc),
            suggestions=exc.candidates,
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


__all__ = [
    "MAX_LIST",
    "MAX_TEXT_CHARS",
    "MAX_UPLOAD_BYTES",
    "MAX_URL_CHARS",
    "AppState",
    "State",
    "WebSettings",
    "country",
    "country_list",
    "get_state",
]
