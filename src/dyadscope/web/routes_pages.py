"""The HTML pages and the static assets (an APIRouter; what it needs comes by ``Depends``)."""

from __future__ import annotations

import gzip
from functools import cache
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from dyadscope import api
from dyadscope import countries as registry
from dyadscope.errors import DyadscopeError, NoDataError
from dyadscope.warehouse import Warehouse
from dyadscope.warehouse.store import datasets
from dyadscope.web.cache import Frozen
from dyadscope.web.errors import ErrorItem, WebError, _from_dyadscope, too_large
from dyadscope.web.routes_api import read_input
from dyadscope.web.state import State, country, country_list

router = APIRouter(include_in_schema=False)

# draws every <div class="chart"> from the JSON spec block beside it (no inline scripts)
CHARTS_JS = """
document.querySelectorAll("script[type='application/json'][data-chart]").forEach(function (el) {
  var target = document.getElementById(el.dataset.chart);
  try { vegaEmbed(target, JSON.parse(el.textContent), {actions: false, renderer: "svg"}); }
  catch (e) { console.warn("chart " + el.dataset.chart + ": " + e); }
});
"""


@cache
def _asset(name: str) -> tuple[bytes, bytes, str]:
    """A static asset: its bytes, gzipped once, and its media type."""
    if name == "vega.js":
        from dyadscope.report.brief import _vega_bundle

        raw, media = _vega_bundle().encode(), "text/javascript"
    elif name == "charts.js":
        raw, media = CHARTS_JS.encode(), "text/javascript"
    else:
        from dyadscope.web import docs

        raw, media = docs.asset(name)
    return raw, gzip.compress(raw, 6, mtime=0), media


def static_response(request: Request, name: str) -> Response:
    raw, packed, media = _asset(name)
    headers = {"Cache-Control": "max-age=86400", "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        return Response(packed, media_type=media, headers={**headers, "Content-Encoding": "gzip"})
    return Response(raw, media_type=media, headers=headers)


@router.get("/static/{name}")
def static(request: Request, name: str) -> Response:
    from dyadscope.web import docs

    if name not in ("vega.js", "charts.js", *docs.ASSETS):
        raise WebError(404, "not_found", "no such page or API route; see /docs for the API")
    return static_response(request, name)


async def _page(st: Any, key: tuple[Any, ...], ds: tuple[str, ...], make: Any) -> Response:
    hit, was_hit = await st.cache.get(key, ds, make)
    return Response(
        hit.body, media_type=hit.media_type, status_code=hit.status, headers={"X-Cache": "hit" if was_hit else "miss"}
    )


@cache
def _country_options() -> list[tuple[str, str]]:
    """(ISO3, name) of every current country, for the search boxes' suggestions."""
    t = registry.all_countries()
    t = t[~t["historical"].astype(bool)].sort_values("name")
    return [(str(r.iso3), str(r.name)) for r in t.itertuples(index=False)]


@router.get("/")
def index(request: Request, st: State) -> Response:
    f = st.render(request, "index.html", countries=_country_options())
    return Response(f.body, media_type=f.media_type)


@router.get("/pair")
def pair_form(
    a: Annotated[str, Query(max_length=100)],
    b: Annotated[str, Query(max_length=100)],
    vs: Annotated[str, Query(max_length=400)] = "",
    since: Annotated[int, Query(ge=1946, le=2100)] = 2000,
) -> RedirectResponse:
    """The search form's answer: the pair page of the two countries (names or codes), as a
    permalink (/pair/A/B?vs=...&since=...)."""
    x, y = country(a, "query", "a"), country(b, "query", "b")
    others = ",".join(country_list(vs, "query", "vs")) if vs.strip() else ""
    return RedirectResponse(f"/pair/{x}/{y}?vs={others}&since={since}", status_code=303)


@router.get("/pair/{a}/{b}")
async def pair(
    request: Request,
    st: State,
    a: str,
    b: str,
    vs: Annotated[str, Query(max_length=400)] = "CHN,RUS",
    since: Annotated[int, Query(ge=1946, le=2100)] = 2000,
) -> Response:
    x, y = country(a, "path", "a"), country(b, "path", "b")
    if x == y:
        raise WebError(
            422,
            "validation_error",
            f"b: {registry.name(y)} ({y}) is the first country too; a pair needs two countries",
            [ErrorItem(loc=["path", "b"], type="same_country", message="the same country as a", options=None)],
            plain=f"A pair needs two countries; {registry.name(y)} ({y}) was given twice.",
        )
    others = [o for o in (country_list(vs, "query", "vs") if vs.strip() else []) if o not in (x, y)]
    partners = [y, *others]

    def make() -> Frozen:
        data = _pair_data(x, partners, since, st.wh)
        vs_names = ", ".join(registry.name(o) for o in others)
        return st.render(
            request,
            "pair.html",
            a=x,
            b=y,
            vs=",".join(others),
            vs_names=vs_names,
            name=registry.name,
            since=since,
            countries=_country_options(),
            **data,
        )

    return await _page(st, ("pair", x, tuple(partners), since), ("unga", "idealpoints", "trade", "flows", "news"), make)


@router.get("/country/{c}")
async def country_page(request: Request, st: State, c: str) -> Response:
    x = country(c, "path", "c")
    return await _page(
        st,
        ("country", x),
        ("unga", "idealpoints", "trade", "flows", "rights"),
        lambda: st.render(request, "country.html", c=x, name=registry.name, **_country_data(x, st.wh)),
    )


@router.get("/article")
def article_form(request: Request, st: State) -> Response:
    f = st.render(request, "article.html", result=None, error=None)
    return Response(f.body, media_type=f.media_type)


@router.post("/article")
async def article_post(
    request: Request,
    st: State,
    text: Annotated[str | None, Form()] = None,
    url: Annotated[str | None, Form()] = None,
    date_: Annotated[str | None, Form(alias="date")] = None,
    upload: Annotated[UploadFile | None, File()] = None,
) -> Response:
    try:
        if upload is not None and upload.filename:
            limit = st.settings.max_upload_bytes
            raw = await upload.read(limit + 1)
            if len(raw) > limit:
                raise too_large("body", "upload", f"the file is over the {limit:,}-byte limit")
            from dyadscope.news.inputs import decode

            text = decode(raw, "upload")
        field = "upload" if upload is not None and upload.filename else "text"
        art = await st.cache.limited(lambda: read_input(st, text, url, date_ or None, field))
        report = await st.cache.limited(lambda: api.check(art, warehouse=st.wh))
        checks = [c.to_dict() for c in report]
        from dyadscope.report.article_html import _segments

        data = art.to_dict()
        f = st.render(request, "article.html", result=data, segments=_segments(data), checks=checks, error=None)
        return Response(f.body, media_type=f.media_type)
    except (DyadscopeError, WebError) as exc:
        err = exc if isinstance(exc, WebError) else _from_dyadscope(exc)
        f = st.render(request, "article.html", status=err.status, result=None, error=err.message)
        return Response(f.body, media_type=f.media_type, status_code=err.status, headers=err.headers)


@router.get("/data")
async def data_page(request: Request, st: State) -> Response:
    return await _page(
        st, ("data",), tuple(datasets()), lambda: st.render(request, "data.html", st=api.data_status(st.wh))
    )


def _pair_data(x: str, partners: list[str], since: int, wh: Warehouse) -> dict[str, Any]:
    from dyadscope.report import brief as br

    align, _ = br.alignment_section(x, partners, since, wh)
    trade, _ = br.trade_section(x, partners[:1], None, wh)
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
    from dyadscope.report.brief import Section

    partners = [p for p in ("USA", "CHN", "RUS") if p != x]
    align, _ = br.alignment_section(x, partners, 1990, wh)
    sections = [align]
    try:
        frame, summary = api.trade_partners(x, warehouse=wh)
        sec = Section("Top trade partners (BACI)")
        sec.tables.append(("Partners", frame.head(15)))
        sec.tables.append(("Concentration", pd.DataFrame([summary])))
        sections.append(sec)
    except NoDataError as exc:
        sections.append(Section("Top trade partners", note=str(exc)))
    rights, _ = br.rights_section(x, wh)
    sections.append(rights)
    return {"sections": sections}
