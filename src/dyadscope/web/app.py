"""FastAPI application: pages for analysts and a JSON API under ``/api/v1``.

:func:`create_app` builds one app from :class:`~dyadscope.web.state.WebSettings`: the
read-only warehouse, the response cache, the templates and the fetch policy go into one
:class:`~dyadscope.web.state.AppState` that routes receive by ``Depends``
(:mod:`.routes_api`, :mod:`.routes_pages`); nothing is read from ``os.environ``.

Security: Jinja2 autoescaping and a Content-Security-Policy that allows only same-origin
scripts and no framing (``frame-ancestors 'none'``, ``X-Frame-Options``); a Host allow-list
(loopback by default) against DNS rebinding; a ``url`` field takes an http(s) URL only
(:mod:`.inputs`) and article URLs follow the fetch policy (no private addresses unless
``allow_private_urls``); request bodies, texts and uploads are capped (413); CORS is off
unless origins are configured; the warehouse is opened read-only. Errors: :mod:`.errors`.
Caching and limits on work: :mod:`.cache`.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dyadscope.news.fetch import FetchPolicy
from dyadscope.warehouse import Warehouse
from dyadscope.web import docs, errors, routes_api, routes_pages
from dyadscope.web.cache import ResponseCache
from dyadscope.web.security import BodyLimit, HeadAsGet, SecurityHeaders
from dyadscope.web.settings import AppFactory, WebSettings
from dyadscope.web.state import AppState

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
LOOPBACK = ("127.0.0.1", "localhost", "::1")

DESCRIPTION = """Evidence for claims about relations between countries.

**Errors** have one body on every endpoint (`ErrorBody`): `status`, `type`, `message` and
`errors`, a list of the fields at fault with `loc` (`["query", "country"]`, `["path", "b"]`,
`["body", "text"]`), a `type`, a `message` and the valid `options` where they are known.
400 malformed request · 404 no such route · 413 input over a size limit (text over
1,000,000 characters, upload over 2,000,000 bytes, URL over 2,000 characters, body over
8 MiB) · 422 a value that cannot be used · 503 busy (`Retry-After`) or a dataset not loaded.

**No rows is not an error**: a valid query that selects nothing answers 200 with
`total: 0`, no `items` and a `note` saying why.

**Countries** are parsed as by the CLI: names (`Kenya`, `Türkiye`, `Côte d'Ivoire`), ISO
codes (`KEN`, `KE`, `404`) and Correlates-of-War codes (`cow:501`).

**CSV** (`format=csv`): every row, as a download (`Content-Disposition`); list cells are
joined with `;`.
"""


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
        version=_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    from dyadscope.report.brief import cell
    from dyadscope.report.format import money

    templates.env.filters["cell"] = cell
    templates.env.globals["fmt_money"] = money
    app.state.dyadscope = AppState(
        settings=settings,
        wh=Warehouse(settings.warehouse, read_only=True),  # the server never creates or writes a dataset file
        cache=ResponseCache(
            settings.warehouse, settings.cache_entries, settings.max_computations, settings.compute_wait_s
        ),
        templates=templates,
        policy=FetchPolicy(
            allow_private=settings.allow_private_urls,
            timeout_s=settings.fetch_timeout_s,
            deadline_s=settings.fetch_deadline_s,
        ),
    )
    app.state.cache = app.state.dyadscope.cache
    errors.install(app, templates)
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(docs.swagger_html(), headers={"Content-Security-Policy": docs.CSP})

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(docs.redoc_html(), headers={"Content-Security-Policy": docs.CSP})

    @app.get("/healthz", include_in_schema=False)
    def healthz(request: Request) -> dict[str, object]:
        cache = request.app.state.cache
        return {"ok": True, "hits": cache.hits, "misses": cache.misses, "running": cache.running}

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.allowed_hosts and "*" not in settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyadscope")
    except PackageNotFoundError:  # pragma: no cover (a source tree without installing)
        return "0+unknown"


def serve(
    host: str,
    port: int,
    warehouse: Path,
    allow_private_urls: bool = False,
    workers: int = 1,
    allowed_hosts: tuple[str, ...] = (),
    on_listening: Callable[[str], None] | None = None,
) -> None:
    """Run the server (the CLI's ``dyadscope serve``): create missing datasets once, bind the
    address (a :class:`~dyadscope.errors.ConfigError` if it is taken), call ``on_listening``
    with the URL, then serve read-only in ``workers`` processes. ``allow_private_urls`` is
    refused unless ``host`` is loopback.

    Workers: uvicorn starts them with ``spawn`` and kills any that does not answer its health
    check in time; the app factory is :class:`~dyadscope.web.settings.AppFactory`, which is
    light to unpickle, and the health-check timeout is longer than uvicorn's 5 s default,
    so a worker that is still importing on a busy machine is not killed and restarted."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from dyadscope.errors import ConfigError

    loopback = host in LOOPBACK or host.startswith("127.")
    if allow_private_urls and not loopback:
        raise ConfigError(
            f"--allow-private lets article URLs reach private addresses; it is refused with --host {host} "
            "(allowed with a loopback host only: 127.0.0.1, localhost, ::1)"
        )
    if not loopback:
        log.warning("binding %s: the server is reachable from other machines", host)
    hosts = allowed_hosts or ("127.0.0.1", "localhost", "::1", "[::1]", *(() if loopback else (host,)))
    sock = bind(host, port)  # before anything slow, so that a taken port fails at once
    try:
        Warehouse(warehouse).ensure()  # create missing datasets once, before workers start (the only write)
        settings = WebSettings(
            warehouse=warehouse, allow_private_urls=allow_private_urls, allowed_hosts=hosts, exit_after_s=3.0
        )
        config = uvicorn.Config(
            AppFactory(settings),
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            timeout_graceful_shutdown=5,  # with exit_after_s: SIGTERM ends the server within 10 s
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
        )
        if on_listening is not None:
            shown = f"[{host}]" if ":" in host else host
            on_listening(f"http://{shown}:{sock.getsockname()[1]}/")
        if workers <= 1:
            uvicorn.Server(config).run(sockets=[sock])
        else:
            Multiprocess(config, sockets=[sock]).run()  # each worker process builds its app from the factory
    finally:
        with contextlib.suppress(OSError):
            sock.close()


WORKER_HEALTHCHECK_S = 60  # seconds a worker may take to answer uvicorn's supervisor (default 5)


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (connections queue until a worker accepts them);
    :class:`~dyadscope.errors.ConfigError` naming the address when it cannot be bound."""
    from dyadscope.errors import ConfigError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(
                f"port {port} on {host} is already in use (another server?); choose another with --port"
            ) from None
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


__all__ = ["AppFactory", "WebSettings", "bind", "create_app", "serve"]
