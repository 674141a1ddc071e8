"""One error model for the whole web app.

Every error of the JSON API answers with the same body (:class:`ErrorBody`)::

    {"status": 422, "type": "validation_error", "message": "country: ...",
     "errors": [{"loc": ["query", "country"], "type": "unknown_country",
                 "message": "...", "options": ["Kenya (KEN)", ...]}]}

``status`` repeats the HTTP status; ``type`` is one of :data:`ErrorType`; ``errors`` lists
each field at fault with ``loc`` (where: ``query``, ``path`` or ``body``, then the
field's name), its own ``type``, a message and, where the choices are known, the
valid ``options``. HTML pages answer the same errors as an HTML page.

Statuses: 400 malformed request, 404 no such page or route, 405 method not allowed,
413 input over a size limit, 422 a value that cannot be used (the field named), 503 the
server is busy (``Retry-After``) or a dataset is not loaded. A valid query that selects
no rows is not an error: it answers 200 with ``total: 0`` and no items.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, Field

log = logging.getLogger(__name__)

ErrorType = Literal[
    "bad_request",
    "not_found",
    "method_not_allowed",
    "too_large",
    "validation_error",
    "busy",
    "unavailable",
    "internal_error",
]


class ErrorItem(BaseModel):
    """One field at fault (or the request as a whole when ``loc`` is null)."""

    loc: list[str | int] | None = Field(None, examples=[["query", "country"]])
    type: str = Field(examples=["unknown_country"])
    message: str = Field(examples=["unknown country 'Kenia'; closest: Kenya (KEN)"])
    options: list[str] | None = Field(None, examples=[["Kenya (KEN)"]])


class ErrorBody(BaseModel):
    """The body of every error answer of the API."""

    status: int = Field(examples=[422])
    type: ErrorType = Field(examples=["validation_error"])
    message: str = Field(examples=["country: unknown country 'Kenia'; closest: Kenya (KEN)"])
    errors: list[ErrorItem] = Field(default_factory=list)


class WebError(Exception):
    """An error with its status and the fields at fault, raised by the web layer."""

    def __init__(
        self,
        status: int,
        kind: ErrorType,
        message: str,
        errors: list[ErrorItem] | None = None,
        headers: dict[str, str] | None = None,
        plain: str | None = None,
        suggestions: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message
        self.errors = errors or []
        self.headers = headers or {}
        self.plain = plain  # the sentence an HTML page shows instead of ``message`` (no field names)
        self.suggestions = suggestions or []  # what a page offers instead ("Did you mean ...")

    def body(self) -> dict[str, Any]:
        return ErrorBody(status=self.status, type=self.kind, message=self.message, errors=self.errors).model_dump()


def field_error(
    where: Literal["query", "path", "body"], name: str, kind: str, message: str, options: list[str] | None = None
) -> WebError:
    """A 422 for one field."""
    return WebError(
        422,
        "validation_error",
        f"{name}: {message}",
        [ErrorItem(loc=[where, name], type=kind, message=message, options=options)],
    )


def too_large(where: Literal["query", "path", "body"], name: str, message: str) -> WebError:
    return WebError(
        413,
        "too_large",
        f"{name}: {message}",
        [ErrorItem(loc=[where, name], type="too_large", message=message, options=None)],
    )


def _described(status: int, what: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": what}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: _described(404, "No such page or route."),
    413: _described(413, "An input over its size limit (text, upload or request body)."),
    422: _described(422, "A value that cannot be used; `errors[].loc` names the field, `options` the valid values."),
    503: _described(503, "Busy (see `Retry-After`) or a dataset that is not loaded."),
}


def _options() -> dict[str, list[str]]:
    from typing import get_args

    from dyadscope.choices import Measure

    return {"measure": list(get_args(Measure)), "format": ["json", "csv"]}


def _from_validation(exc: Any) -> WebError:
    items = []
    for e in exc.errors():
        loc = [x for x in e.get("loc", ()) if isinstance(x, str | int)]
        name = str(loc[-1]) if loc else "request"
        msg = str(e.get("msg", "invalid value"))
        items.append(
            ErrorItem(loc=loc or None, type=str(e.get("type", "invalid")), message=msg, options=_options().get(name))
        )
    summary = "; ".join(f"{(i.loc or ['request'])[-1]}: {i.message}" for i in items)
    return WebError(422, "validation_error", summary or "invalid request", items)


def _from_dyadscope(exc: Exception) -> WebError:
    from dyadscope.errors import ArticleError, CountryError, NoDataError, WarehouseError

    if isinstance(exc, CountryError):
        return WebError(
            422,
            "validation_error",
            str(exc),
            [ErrorItem(loc=None, type=type(exc).__name__, message=str(exc), options=exc.candidates or None)],
            plain=country_sentence(exc),
            suggestions=exc.candidates,
        )
    if isinstance(exc, NoDataError):
        return WebError(
            404, "not_found", str(exc), [ErrorItem(loc=None, type="NoDataError", message=str(exc), options=None)]
        )
    if isinstance(exc, WarehouseError):
        return WebError(
            503, "unavailable", str(exc), [ErrorItem(loc=None, type=type(exc).__name__, message=str(exc), options=None)]
        )
    kind = type(exc).__name__
    loc: list[str | int] | None = ["body", "url"] if kind == "FetchError" else None
    if isinstance(exc, ArticleError) and loc is None:
        loc = ["body", "text"]
    return WebError(422, "validation_error", str(exc), [ErrorItem(loc=loc, type=kind, message=str(exc), options=None)])


def country_sentence(exc: Exception) -> str:
    """What a page says about a country it could not use, in plain words."""
    from dyadscope.errors import AmbiguousCountryError, CountryError

    value = exc.value if isinstance(exc, CountryError) else ""
    if isinstance(exc, AmbiguousCountryError):
        return f"“{value}” matches more than one country."
    if not value.strip():
        return "No country was given."
    return f"No country called “{value}” was found."


def _from_http(status: int, detail: Any) -> WebError:
    message = detail if isinstance(detail, str) else "error"
    if status == 400 and "maximum size" in message:  # Starlette's multipart limit on a form field
        return WebError(413, "too_large", f"a form field is over the size limit: {message}")
    kinds: dict[int, ErrorType] = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
    kind = kinds.get(status, "bad_request" if status < 500 else "internal_error")
    if status == 404:
        message = "no such page or API route; see /docs for the API"
    return WebError(status, kind, message)


def is_html_route(path: str) -> bool:
    return not (path.startswith("/api/") or path.startswith("/static/") or path in ("/openapi.json",))


def install(app: Any, templates: Any) -> None:
    """The exception handlers: one body for the API, an HTML page for the pages."""
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException as StarletteHTTPException
    from starlette.requests import Request
    from starlette.responses import Response

    from dyadscope.errors import DyadscopeError
    from dyadscope.web.cache import Busy

    def answer(request: Request, err: WebError) -> Response:
        if is_html_route(request.url.path):
            return templates.TemplateResponse(
                request, "error.html", {"err": err}, status_code=err.status, headers=err.headers
            )
        return JSONResponse(err.body(), status_code=err.status, headers=err.headers)

    async def on_web(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return answer(request, exc)

    async def on_validation(request: Request, exc: Exception) -> Response:
        return answer(request, _from_validation(exc))

    async def on_dyadscope(request: Request, exc: Exception) -> Response:
        return answer(request, _from_dyadscope(exc))

    async def on_busy(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Busy)
        err = WebError(503, "busy", str(exc), headers={"Retry-After": str(exc.retry_after)})
        return answer(request, err)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        err = _from_http(exc.status_code, exc.detail)
        err.headers.update(dict(exc.headers or {}))
        return answer(request, err)

    async def on_other(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return answer(request, WebError(500, "internal_error", "internal error (logged on the server)"))

    app.add_exception_handler(WebError, on_web)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Busy, on_busy)
    app.add_exception_handler(DyadscopeError, on_dyadscope)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_other)
