"""FastAPI application: pages for analysts and a JSON API under ``/api/v1``.

Security: every page is rendered with Jinja2 autoescaping and a Content-Security-Policy
that allows only same-origin scripts (the Vega bundle is served from ``/static``);
article URLs go through the same fetch policy as the CLI (no private addresses unless
the server was started with ``allow_private``); uploads are capped; nothing from a
request is used as a file path; CORS is off unless origins are configured; the
warehouse is only read (read-only ATTACH per request). Computed page data are cached in
memory, keyed by the warehouse files' modification times, so a finished load is seen at
once and a running one never blocks a reader.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates

from dyadscope import api
from dyadscope import countries as registry
from dyadscope.choices import Measure
from dyadscope.errors import ArticleError, ConfigError, CountryError, DyadscopeError, NoDataError, WarehouseError
from dyadscope.news.fetch import FetchPolicy
from dyadscope.warehouse import Warehouse
from dyadscope.warehouse.store import datasets
from dyadscope.web.cache import Busy, Frozen, ResponseCache
from dyadscope.web.inputs import read_url

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
ISO_PATTERN = r"^[A-Za-z .,'()&-]{2,60}$"
CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'"
)


# draws every <div class="chart"> from the JSON spec block beside it (no inline scripts)
CHARTS_JS = """
document.querySelectorAll("script[type='application/json'][data-chart]").forEach(function (el) {
  var target = document.getElementById(el.dataset.chart);
  try { vegaEmbed(target, JSON.parse(el.textContent), {actions: false, renderer: "svg"}); }
  catch (e) { console.warn("chart " + el.dataset.chart + ": " + e); }
});
"""


Page = Annotated[int, Query(ge=1, description="Page number, from 1.")]
PageSize = Annotated[int, Query(ge=1, le=5000, description="Rows per page.")]
Fmt = Annotated[str, Query(pattern="^(json|csv)$", description="json (paged) or csv (all rows).")]
Year = Annotated[int | None, Query(ge=1946, le=2100)]


class SecurityHeaders:
    """Adds the security headers to every response (a plain ASGI middleware: cheaper than
    Starlette's BaseHTTPMiddleware on every request)."""

    HEADERS: tuple[tuple[bytes, bytes], ...] = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    )

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *self.HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass(frozen=True)
class WebSettings:
    """Settings of one server."""

    warehouse: Path
    allow_private_urls: bool = False
    max_upload_bytes: int = 2 * 1024 * 1024
    cors_origins: tuple[str, ...] = ()
    cache_entries: int = 256
    max_computations: int = 4  # uncached results computed at once per process; beyond: wait, then 503
    compute_wait_s: float = 2.0
    fetch_timeout_s: float = 10.0  # per connect or read of an article URL
    fetch_deadline_s: float = 20.0  # for the whole download of an article URL
    exit_after_s: float | None = None  # after shutdown, end the process even if a worker thread still runs


def _vega_js() -> str:
    from dyadscope.report.brief import _vega_bundle

    return _vega_bundle()


def create_app(settings: WebSettings) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if settings.exit_after_s is not None:  # a thread still reading a slow URL must not hold the process
            timer = threading.Timer(settings.exit_after_s, os._exit, args=(0,))
            timer.daemon = True
            timer.start()

    app = FastAPI(
        title="dyadscope",
        version="0.1.0",
        description="Evidence for claims about relations between countries.",
        lifespan=lifespan,
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    from dyadscope.report.brief import cell

    templates.env.filters["cell"] = cell
    cache = ResponseCache(
        settings.warehouse, settings.cache_entries, settings.max_computations, settings.compute_wait_s
    )
    app.state.cache = cache
    wh = Warehouse(settings.warehouse, read_only=True)  # the server never creates or writes a dataset file

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"])

    app.add_middleware(SecurityHeaders)
    policy = FetchPolicy(
        allow_private=settings.allow_private_urls,
        timeout_s=settings.fetch_timeout_s,
        deadline_s=settings.fetch_deadline_s,
    )

    def country(value: str, field_name: str) -> str:
        try:
            return registry.resolve(value)
        except CountryError as exc:
            raise HTTPException(
                422, detail=[{"loc": ["query", field_name], "msg": str(exc), "type": "value_error"}]
            ) from None

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> JSONResponse:
        return JSONResponse(
            {"detail": [{"msg": str(exc), "type": "Busy"}]},
            status_code=503,
            headers={"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(DyadscopeError)
    async def dyadscope_error(request: Request, exc: DyadscopeError) -> JSONResponse:
        status = 404 if isinstance(exc, NoDataError) else 503 if isinstance(exc, WarehouseError) else 422
        return JSONResponse({"detail": [{"msg": str(exc), "type": type(exc).__name__}]}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {
                "loc": list(e.get("loc", [])),
                "msg": f"{'.'.join(map(str, e.get('loc', [])))}: {e.get('msg')}",
                "type": e.get("type"),
            }
            for e in exc.errors()
        ]
        return JSONResponse({"detail": details}, status_code=422)

    async def cached(key: tuple[Any, ...], datasets: tuple[str, ...], make: Any) -> Response:
        """The finished response for ``key``, computed once per state of ``datasets``
        (see :mod:`dyadscope.web.cache`); a hit is answered on the event loop."""
        hit, was_hit = await cache.get(key, datasets, lambda: _freeze(make()))
        return Response(
            hit.body,
            media_type=hit.media_type,
            status_code=hit.status,
            headers={"X-Cache": "hit" if was_hit else "miss"},
        )

    def page_of(
        frame: pd.DataFrame, page: int, page_size: int, fmt: str, extra: dict[str, Any] | None = None
    ) -> Response:
        if fmt == "csv":
            return PlainTextResponse(frame.to_csv(index=False), media_type="text/csv")
        total = len(frame)
        chunk = frame.iloc[(page - 1) * page_size : page * page_size]
        body = {
            "total": total,
            "page": page,
            "page_size": page_size,
            "items": chunk.astype(object).where(chunk.notna(), None).to_dict(orient="records"),
        }
        body.update(extra or {})
        return JSONResponse(_jsonable(body))

    # -- JSON API -----------------------------------------------------------------
    @app.get("/api/v1/alignment", tags=["api"])
    async def alignment_api(
        country_: Annotated[str, Query(alias="country", pattern=ISO_PATTERN)],
        partners: Annotated[
            str | None, Query(pattern=r"^[A-Za-z ,.'()&-]{2,400}$", description="Comma-separated.")
        ] = None,
        measure: Measure = "coincidence",
        since: Year = None,
        until: Year = None,
        page: Page = 1,
        page_size: PageSize = 100,
        format: Fmt = "json",
    ) -> Response:
        c = country(country_, "country")
        ps = [country(p, "partners") for p in partners.split(",")] if partners else None

        def body() -> Response:
            res = api.alignment(c, ps, measure=measure, since=since, until=until, warehouse=wh)
            return page_of(res.tidy(), page, page_size, format, {"sources": res.sources})

        key = ("align", c, tuple(ps or ()), measure, since, until, page, page_size, format)
        return await cached(key, ("unga",), body)

    @app.get("/api/v1/ideal-points", tags=["api"])
    async def ideal_points_api(
        countries_: Annotated[str, Query(alias="countries", pattern=r"^[A-Za-z ,.'()&-]{2,400}$")],
        since: Year = None,
        page: Page = 1,
        page_size: PageSize = 100,
        format: Fmt = "json",
    ) -> Response:
        cs = [country(c, "countries") for c in countries_.split(",")]
        return await cached(
            ("ip", tuple(cs), since, page, page_size, format),
            ("unga", "idealpoints"),
            lambda: page_of(api.ideal_points(cs, since=since, warehouse=wh).tidy(), page, page_size, format),
        )

    @app.get("/api/v1/trade", tags=["api"])
    async def trade_api(
        reporter: Annotated[str, Query(pattern=ISO_PATTERN)],
        partner: Annotated[str, Query(pattern=ISO_PATTERN)],
        page: Page = 1,
        page_size: PageSize = 100,
        format: Fmt = "json",
    ) -> Response:
        r, p = country(reporter, "reporter"), country(partner, "partner")

        def body() -> Response:
            try:
                frame = api.trade(r, p, warehouse=wh)
                kind = "flows"  # IMF DOTS, COW, BACI when loaded, published (evidence.trade)
            except NoDataError:
                frame = api.reported_trade(r, p).drop(columns=["start", "end"])
                kind = "reported"
            return page_of(frame, page, page_size, format, {"kind": kind})

        return await cached(("trade", r, p, page, page_size, format), ("trade",), body)

    @app.get("/api/v1/opportunities", tags=["api"])
    async def opportunities_api(
        reporter: Annotated[str, Query(pattern=ISO_PATTERN)],
        market: Annotated[str, Query(pattern=ISO_PATTERN)],
        sector: Annotated[str | None, Query(pattern=r"^(agriculture|\d{2}|\d{4}|\d{6})$")] = None,
        top: Annotated[int, Query(ge=1, le=200)] = 20,
        format: Fmt = "json",
    ) -> Response:
        r, m = country(reporter, "reporter"), country(market, "market")
        return await cached(
            ("opp", r, m, sector, top, format),
            ("trade",),
            lambda: page_of(api.trade_opportunities(r, m, sector=sector, top=top, warehouse=wh), 1, top, format),
        )

    @app.get("/api/v1/events", tags=["api"])
    async def events_api(
        country_: Annotated[str, Query(alias="country", pattern=ISO_PATTERN)],
        partner: Annotated[str, Query(pattern=ISO_PATTERN)],
        page: Page = 1,
        page_size: PageSize = 100,
        format: Fmt = "json",
    ) -> Response:
        a, b = country(country_, "country"), country(partner, "partner")

        def body() -> Response:
            frame = api.events(a, b, warehouse=wh)
            frame = frame.assign(urls=frame["urls"].map(lambda u: [x for x in u if x]))
            return page_of(frame, page, page_size, format)

        return await cached(("events", a, b, page, page_size, format), ("news",), body)

    def _read_input(text: str | None, url: str | None, when: str | None) -> Any:
        day = _day(when)
        if url:  # a web page only: never a path or standard input (see web.inputs)
            return read_url(url, when=day, policy=policy)
        if text and text.strip():
            from dyadscope.news.reader import read_text

            return read_text(text[: settings.max_upload_bytes], when=day)
        raise HTTPException(
            422, detail=[{"loc": ["body", "text"], "msg": "give the article text or a URL", "type": "value_error"}]
        )

    @app.post("/api/v1/read", tags=["api"])
    async def read_api(
        text: Annotated[str | None, Form(max_length=2_000_000)] = None,
        url: Annotated[str | None, Form(max_length=2000)] = None,
        date_: Annotated[str | None, Form(alias="date", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    ) -> JSONResponse:
        art = await cache.limited(lambda: _read_input(text, url, date_))
        return JSONResponse(art.to_dict())

    @app.post("/api/v1/check", tags=["api"])
    async def check_api(
        text: Annotated[str | None, Form(max_length=2_000_000)] = None,
        url: Annotated[str | None, Form(max_length=2000)] = None,
        date_: Annotated[str | None, Form(alias="date", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    ) -> JSONResponse:
        def work() -> Any:  # contract: dyadscope.claims.contract
            return api.check(_read_input(text, url, date_), warehouse=wh).to_dict()

        return JSONResponse(_jsonable(await cache.limited(work)))

    @app.post("/api/v1/brief", tags=["api"], response_class=HTMLResponse)
    async def brief_api(
        text: Annotated[str | None, Form(max_length=2_000_000)] = None,
        url: Annotated[str | None, Form(max_length=2000)] = None,
        date_: Annotated[str | None, Form(alias="date", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    ) -> HTMLResponse:
        def work() -> str:
            return str(api.brief(_read_input(text, url, date_), when=_day(date_), warehouse=wh).html())

        return HTMLResponse(await cache.limited(work))

    # -- pages --------------------------------------------------------------------
    @app.get("/static/vega.js", include_in_schema=False)
    def vega() -> Response:
        return Response(_vega_js(), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/charts.js", include_in_schema=False)
    def charts_js() -> Response:
        return Response(CHARTS_JS, media_type="text/javascript")

    def render(request: Request, template: str, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, ctx)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        return render(request, "index.html")

    @app.get("/pair/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    async def pair(
        request: Request,
        a: str,
        b: str,
        vs: Annotated[str, Query(pattern=r"^[A-Za-z ,]{0,60}$")] = "CHN,RUS",
        since: Annotated[int, Query(ge=1946, le=2100)] = 2000,
    ) -> Response:
        x, y = country(a, "a"), country(b, "b")
        others = [country(v, "vs") for v in vs.split(",") if v.strip()] if vs else []
        partners = [p for p in dict.fromkeys([y, *others]) if p != x]

        def page() -> Response:
            data = _pair_data(x, partners, since, wh)
            return render(request, "pair.html", a=x, b=y, vs=",".join(others), name=registry.name, since=since, **data)

        return await cached(("pair", x, y, tuple(partners), since), ("unga", "idealpoints", "trade", "news"), page)

    @app.get("/country/{c}", response_class=HTMLResponse, include_in_schema=False)
    async def country_page(request: Request, c: str) -> Response:
        x = country(c, "c")
        return await cached(
            ("country", x),
            ("unga", "idealpoints", "trade", "rights"),
            lambda: render(request, "country.html", c=x, name=registry.name, **_country_data(x, wh)),
        )

    @app.get("/article", response_class=HTMLResponse, include_in_schema=False)
    def article_form(request: Request) -> HTMLResponse:
        return render(request, "article.html", result=None, error=None)

    @app.post("/article", response_class=HTMLResponse, include_in_schema=False)
    async def article_post(
        request: Request,
        text: Annotated[str | None, Form(max_length=2_000_000)] = None,
        url: Annotated[str | None, Form(max_length=2000)] = None,
        date_: Annotated[str | None, Form(alias="date")] = None,
        upload: Annotated[UploadFile | None, File()] = None,
    ) -> HTMLResponse:
        try:
            if upload is not None and upload.filename:
                raw = await upload.read(settings.max_upload_bytes + 1)
                if len(raw) > settings.max_upload_bytes:
                    raise ArticleError(f"the upload is over the {settings.max_upload_bytes:,}-byte limit")
                from dyadscope.news.inputs import decode

                text = decode(raw, "upload")
            art = await cache.limited(lambda: _read_input(text, url, date_ or None))
            checks = await cache.limited(lambda: [c.to_dict() for c in api.check(art, warehouse=wh)])
            from dyadscope.report.article_html import _segments

            data = art.to_dict()
            return render(request, "article.html", result=data, segments=_segments(data), checks=checks, error=None)
        except (DyadscopeError, HTTPException) as exc:
            msg = (
                str(exc.detail[0]["msg"])
                if isinstance(exc, HTTPException) and isinstance(exc.detail, list)
                else str(exc)
            )
            return templates.TemplateResponse(request, "article.html", {"result": None, "error": msg}, status_code=422)

    @app.get("/data", response_class=HTMLResponse, include_in_schema=False)
    async def data_page(request: Request) -> Response:
        return await cached(("data",), tuple(datasets()), lambda: render(request, "data.html", st=api.data_status(wh)))

    return app


def _freeze(response: Response) -> Frozen:
    if hasattr(response, "template"):  # a TemplateResponse renders on creation
        return Frozen(bytes(response.body), "text/html; charset=utf-8", response.status_code)
    return Frozen(bytes(response.body), response.media_type, response.status_code)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"date must be YYYY-MM-DD, got {value!r}") from None


def _jsonable(value: Any) -> Any:
    """Plain JSON types for numpy/pandas values, dates as ISO strings."""
    import json

    def default(obj: Any) -> Any:
        if hasattr(obj, "isoformat"):
            return obj.isoformat()
        if hasattr(obj, "item"):
            return obj.item()
        if hasattr(obj, "tolist"):
            return obj.tolist()
        return str(obj)

    return json.loads(json.dumps(value, default=default))


def _chart(chart: Any, key: str) -> dict[str, Any]:
    from dyadscope.report.brief import chart_block

    return chart_block(chart, key)


def _pair_data(x: str, partners: list[str], since: int, wh: Warehouse) -> dict[str, Any]:
    from dyadscope.report import brief as br

    align, _ = br.alignment_section(x, partners, since, wh)
    trade, _ = br.trade_section(x, partners[:1], None)
    events, _ = br.events_section(None, x, partners[:1], wh)
    articles = wh.query(
        "SELECT title, date, url, origin FROM news.articles WHERE extraction LIKE ? AND extraction LIKE ?"
        " ORDER BY date DESC NULLS LAST LIMIT 10",
        [f'%"iso3": "{x}"%', f'%"iso3": "{partners[0]}"%'],
        "news",
    )
    return {"sections": [align, trade, events], "articles": articles}


def _country_data(x: str, wh: Warehouse) -> dict[str, Any]:
    from dyadscope.report import brief as br

    partners = [p for p in ("USA", "CHN", "RUS") if p != x]
    align, _ = br.alignment_section(x, partners, 1990, wh)
    sections = [align]
    try:
        frame, summary = api.trade_partners(x, warehouse=wh)
        from dyadscope.report.brief import Section

        sec = Section("Top trade partners (BACI)")
        sec.tables.append(("Partners", frame.head(15)))
        sec.tables.append(("Concentration", pd.DataFrame([summary])))
        sections.append(sec)
    except NoDataError as exc:
        from dyadscope.report.brief import Section

        sections.append(Section("Top trade partners", note=str(exc)))
    rights, _ = br.rights_section(x, wh)
    sections.append(rights)
    return {"sections": sections}


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory`` (one per worker process), configured by the
    environment that :func:`serve` sets."""
    return create_app(
        WebSettings(
            warehouse=Path(os.environ["DYADSCOPE_WEB_WAREHOUSE"]),
            allow_private_urls=os.environ.get("DYADSCOPE_WEB_ALLOW_PRIVATE") == "1",
            exit_after_s=3.0,
        )
    )


def serve(host: str, port: int, warehouse: Path, allow_private_urls: bool = False, workers: int = 1) -> None:
    """Run the server (the CLI's ``dyadscope serve``)."""
    import uvicorn

    Warehouse(warehouse).ensure()  # create missing datasets once, before workers start
    os.environ["DYADSCOPE_WEB_WAREHOUSE"] = str(warehouse)
    os.environ["DYADSCOPE_WEB_ALLOW_PRIVATE"] = "1" if allow_private_urls else "0"
    uvicorn.run(
        "dyadscope.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        timeout_graceful_shutdown=5,  # with exit_after_s: SIGTERM ends the server within 10 s
    )


__all__ = ["WebSettings", "create_app", "serve"]
