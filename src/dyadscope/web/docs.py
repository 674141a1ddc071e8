"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc) from bundled assets, offline, under a CSP.

The Swagger UI and ReDoc files come from the ``fastapi-offline`` package (package data:
``swagger-ui-bundle.js``, ``swagger-ui.css``, ``redoc.standalone.js``; Swagger UI is
Apache-2.0, ReDoc MIT); they are served from ``/static`` with a small same-origin script
that starts each viewer, so neither page needs a CDN or an inline script.
"""

from __future__ import annotations

from importlib import resources

ASSETS = ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "swagger-init.js", "redoc-init.js")
_INIT = {
    "swagger-init.js": 'window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});\n',
    "redoc-init.js": 'Redoc.init("/openapi.json", {}, document.getElementById("redoc"));\n',
}
# the viewers fetch /openapi.json, and ReDoc runs its search in a blob: worker
CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def asset(name: str) -> tuple[bytes, str]:
    if name in _INIT:
        return _INIT[name].encode(), "text/javascript"
    media = "text/css" if name.endswith(".css") else "text/javascript"
    return resources.files("fastapi_offline").joinpath("static", name).read_bytes(), media


def swagger_html() -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        "<title>dyadscope API</title>"
        '<link rel="stylesheet" href="/static/swagger-ui.css"></head><body><div id="swagger-ui"></div>'
        '<script src="/static/swagger-ui-bundle.js"></script><script src="/static/swagger-init.js"></script>'
        "</body></html>"
    )


def redoc_html() -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        "<title>dyadscope API</title></head>"
        '<body><div id="redoc"></div><script src="/static/redoc.standalone.js"></script>'
        '<script src="/static/redoc-init.js"></script></body></html>'
    )
