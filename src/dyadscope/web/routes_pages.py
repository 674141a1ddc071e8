"""The HTML pages and the static assets (an APIRouter; what it needs comes by ``Depends``)."""

from __future__ import annotations

import gzip
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from dyadscope import api
from dyadscope import countries as registry
from dyadscope.errors import DyadscopeError
from dyadscope.warehouse.store import datasets
from dyadscope.web import views
from dyadscope.web.cache import Frozen
from dyadscope.web.errors import ErrorItem, WebError, _from_dyadscope, too_large
from dyadscope.web.routes_api import jsonable, read_input
from dyadscope.web.state import AppState, State, country, country_list
from dyadscope.web.views import FIRST_YEAR, LAST_YEAR, MAX_VS, PairQuery, Period, View

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


Since = Annotated[int, Query(ge=FIRST_YEAR, le=LAST_YEAR, description="First year shown.")]
Until = Annotated[str, Query(max_length=4, pattern=r"^(\d{4})?$", description="Last year shown (empty: latest).")]
Vs = Annotated[str, Query(max_length=400, description=f"Up to {MAX_VS} countries to compare with, comma-separated.")]
PAIR_DATASETS = ("unga", "idealpoints", "trade", "flows", "news", "rights")
COUNTRY_DATASETS = ("unga", "idealpoints", "trade", "flows", "rights")


def _period(since: int, until: str) -> Period:
    """The years of a page from its query: ``until`` empty = up to the latest data."""
    end = int(until) if until else None
    if end is not None and not FIRST_YEAR <= end <= LAST_YEAR:
        raise WebError(
            422,
            "validation_error",
            f"until: {end} is outside {FIRST_YEAR}-{LAST_YEAR}",
            [ErrorItem(loc=["query", "until"], type="range", message=f"{FIRST_YEAR}-{LAST_YEAR}", options=None)],
            plain=f"The last year must be between {FIRST_YEAR} and {LAST_YEAR}; {end} was given.",
        )
    if end is not None and end < since:
        raise WebError(
            422,
            "validation_error",
            f"until: {end} is before since ({since})",
            [ErrorItem(loc=["query", "until"], type="before_since", message=f"{end} < since {since}", options=None)],
            plain=f"The period ends ({end}) before it starts ({since}).",
        )
    return Period(since, end)


def _pair_query(a: str, b: str, vs: str, since: int, until: str, where: Literal["path", "query"]) -> PairQuery:
    x, y = country(a, where, "a"), country(b, where, "b")
    if x == y:
        raise WebError(
            422,
            "validation_error",
            f"b: {registry.name(y)} ({y}) is the first country too; a pair needs two countries",
            [ErrorItem(loc=[where, "b"], type="same_country", message="the same country as a", options=None)],
            plain=f"A pair needs two countries; {registry.name(y)} ({y}) was given twice.",
        )
    others = [o for o in (country_list(vs, "query", "vs") if vs.strip() else []) if o not in (x, y)]
    if len(others) > MAX_VS:
        raise WebError(
            422,
            "validation_error",
            f"vs: {len(others)} countries; at most {MAX_VS} can be compared beside the pair (a chart draws 6 lines)",
            [ErrorItem(loc=["query", "vs"], type="too_many", message=f"at most {MAX_VS} countries", options=None)],
            plain=f"At most {MAX_VS} countries can be compared beside the pair; {len(others)} were given.",
        )
    return PairQuery(x, y, tuple(others), _period(since, until))


@router.get("/pair")
def pair_form(
    a: Annotated[str, Query(max_length=100)],
    b: Annotated[str, Query(max_length=100)],
    vs: Vs = "",
    since: Since = 2000,
    until: Until = "",
) -> RedirectResponse:
    """The search form's answer: the pair page of the two countries (names or codes), as a
    permalink (/pair/A/B?vs=...&since=...&until=...)."""
    q = _pair_query(a, b, vs, since, until, "query")
    return RedirectResponse(f"{q.path}?{q.query()}", status_code=303)


async def _pair_view(st: AppState, q: PairQuery) -> View:
    view, _ = await st.cache.get(("pairview", q), PAIR_DATASETS, lambda: views.pair_view(st.wh, q))
    return view


async def _country_view(st: AppState, c: str, period: Period) -> View:
    view, _ = await st.cache.get(
        ("countryview", c, period), COUNTRY_DATASETS, lambda: views.country_view(st.wh, c, period)
    )
    return view


@router.get("/pair/{a}/{b}")
async def pair(
    request: Request, st: State, a: str, b: str, vs: Vs = "CHN,RUS", since: Since = 2000, until: Until = ""
) -> Response:
    q = _pair_query(a, b, vs, since, until, "path")
    view = await _pair_view(st, q)

    def make() -> Frozen:
        return st.render(
            request,
            "pair.html",
            view=view,
            q=q,
            a=q.a,
            b=q.b,
            vs=",".join(q.vs),
            vs_names=", ".join(registry.name(o) for o in q.vs),
            name=registry.name,
            since=q.period.since,
            until=q.period.until,
            max_vs=MAX_VS,
            countries=_country_options(),
        )

    return await _page(st, ("pair", q), PAIR_DATASETS, make)


def _download(view: View, kind: Literal["table", "chart"], file: str) -> tuple[str, str]:
    """(key, extension) of a download link of ``view``; a 404 naming the valid files otherwise."""
    key, _, ext = file.rpartition(".")
    valid = (
        [f"{k}.csv" for k in view.tables()]
        if kind == "table"
        else [f"{k}.{e}" for k in view.charts() for e in ("svg", "png")]
    )
    found = key in (view.tables() if kind == "table" else view.charts())
    if not (views.KEY.match(key) and found and ext in (("csv",) if kind == "table" else ("svg", "png"))):
        raise WebError(
            404,
            "not_found",
            f"{kind}: no {kind} {file[:60]!r} on this page",
            [ErrorItem(loc=["path", "file"], type="not_found", message=f"no such {kind}", options=valid or None)],
            plain=f"This page has no {kind} called “{file[:60]}”.",
        )
    return key, ext


async def _file(st: AppState, view: View, ds: tuple[str, ...], kind: Literal["table", "chart"], file: str) -> Response:
    key, ext = _download(view, kind, file)
    name = views.safe_name(f"{view.stem}-{key}.{ext}")

    def make() -> Frozen:
        if ext == "csv":
            body, media = views.table_csv(view, key), "text/csv; charset=utf-8"
        else:
            body = views.chart_file(view, key, "svg" if ext == "svg" else "png")
            media = "image/svg+xml" if ext == "svg" else "image/png"
        return Frozen(body, media, 200, (("content-disposition", f'attachment; filename="{name}"'),))

    hit, was_hit = await st.cache.get(("file", view.permalink, view.path, view.query, kind, key, ext), ds, make)
    headers = {"X-Cache": "hit" if was_hit else "miss", **dict(hit.headers)}
    return Response(hit.body, media_type=hit.media_type, status_code=hit.status, headers=headers)


@router.get("/pair/{a}/{b}/table/{file}")
async def pair_table(
    st: State, a: str, b: str, file: str, vs: Vs = "CHN,RUS", since: Since = 2000, until: Until = ""
) -> Response:
    """A table of the pair page as CSV: its rows and headings, raw values, provenance columns."""
    view = await _pair_view(st, _pair_query(a, b, vs, since, until, "path"))
    return await _file(st, view, PAIR_DATASETS, "table", file)


@router.get("/pair/{a}/{b}/chart/{file}")
async def pair_chart(
    st: State, a: str, b: str, file: str, vs: Vs = "CHN,RUS", since: Since = 2000, until: Until = ""
) -> Response:
    """A chart of the pair page as SVG or PNG, drawn by vl-convert from the page's spec."""
    view = await _pair_view(st, _pair_query(a, b, vs, since, until, "path"))
    return await _file(st, view, PAIR_DATASETS, "chart", file)


@router.get("/country/{c}")
async def country_page(request: Request, st: State, c: str, since: Since = 1990, until: Until = "") -> Response:
    x = country(c, "path", "c")
    period = _period(since, until)
    view = await _country_view(st, x, period)

    def make() -> Frozen:
        return st.render(request, "country.html", view=view, c=x, name=registry.name, since=since, until=period.until)

    return await _page(st, ("country", x, period), COUNTRY_DATASETS, make)


@router.get("/country/{c}/table/{file}")
async def country_table(st: State, c: str, file: str, since: Since = 1990, until: Until = "") -> Response:
    view = await _country_view(st, country(c, "path", "c"), _period(since, until))
    return await _file(st, view, COUNTRY_DATASETS, "table", file)


@router.get("/country/{c}/chart/{file}")
async def country_chart(st: State, c: str, file: str, since: Since = 1990, until: Until = "") -> Response:
    view = await _country_view(st, country(c, "path", "c"), _period(since, until))
    return await _file(st, view, COUNTRY_DATASETS, "chart", file)


ArticleData = tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]  # article, checks, counts
ARTICLE_TABLES = ("evidence", "quotes", "people", "events")
CACHED_TEXT_CHARS = 200_000  # longer pasted texts are read again each time (the cache holds the text)


async def _read_and_check(
    st: AppState, text: str | None, url: str | None, day: str | None, upload: UploadFile | None
) -> tuple[ArticleData, str, str | None]:
    """The reader's article and its checks (the same check objects as ``/api/v1/check``), the
    field read and the text as given (what the page's CSV buttons send again)."""
    field = "text"
    if upload is not None and upload.filename:
        limit = st.settings.max_upload_bytes
        raw = await upload.read(limit + 1)
        if len(raw) > limit:
            raise too_large("body", "upload", f"the file is over the {limit:,}-byte limit")
        from dyadscope.news.inputs import decode

        text, field = decode(raw, "upload"), "upload"

    def work() -> ArticleData:
        art = read_input(st, text, url, day or None, field)
        report = jsonable(api.check(art, warehouse=st.wh).to_dict())  # as /api/v1/check answers
        return art.to_dict(), report["checks"], report["counts"]

    ds = ("unga", "flows", "trade", "rights")
    if url and not (text and text.strip()) and field == "text":  # a URL's page: cached like the pages
        found, _ = await st.cache.get(("article-url", url, day or None), ds, work)
        return found, field, None
    if text and len(text) <= CACHED_TEXT_CHARS:  # the CSV buttons send the text again: answer from the cache
        import hashlib

        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        found, _ = await st.cache.get(("article-text", digest, day or None), ds, work)
        return found, field, text
    return await st.cache.limited(work), field, text


def _article_page(
    request: Request, st: AppState, found: ArticleData, url: str | None, day: str | None, given: str | None = None
) -> Response:
    from urllib.parse import urlencode

    from dyadscope.report.article_html import _segments

    data, checks, counts = found
    rows = views.evidence_rows(checks)
    permalink = "/article?" + urlencode({"url": url, **({"date": day} if day else {})}) if url else None
    f = st.render(
        request,
        "article.html",
        result=data,
        segments=_segments(data),
        checks=checks,
        counts={k: v for k, v in counts.items() if v},
        evidence=rows,
        sources=list(dict.fromkeys(str(r["Source"]) for r in rows if r["Source"])),
        shown=views.evidence_value,
        claimed=views.claimed_value,
        permalink=permalink,
        again={"text": given if not url else None, "url": url, "date": day},
        error=None,
    )
    return Response(f.body, media_type=f.media_type)


def _article_error(request: Request, st: AppState, exc: Exception) -> Response:
    err = exc if isinstance(exc, WebError) else _from_dyadscope(exc)
    f = st.render(request, "article.html", status=err.status, result=None, error=err.message)
    return Response(f.body, media_type=f.media_type, status_code=err.status, headers=err.headers)


@router.get("/article")
async def article_form(
    request: Request,
    st: State,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    date_: Annotated[str | None, Query(alias="date", pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
) -> Response:
    """The form; with ``url`` (and ``date``) the checks of that web page: a permalink."""
    if not url:
        f = st.render(request, "article.html", result=None, error=None)
        return Response(f.body, media_type=f.media_type)
    try:
        found, _, _ = await _read_and_check(st, None, url, date_, None)
    except (DyadscopeError, WebError) as exc:
        return _article_error(request, st, exc)
    return _article_page(request, st, found, url, date_)


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
        found, field, given = await _read_and_check(st, text, url, date_, upload)
    except (DyadscopeError, WebError) as exc:
        return _article_error(request, st, exc)
    by_url = url if field == "text" and not (text and text.strip()) else None
    return _article_page(request, st, found, by_url, date_, given)


@router.post("/article/{file}")
async def article_table(
    st: State,
    file: str,
    text: Annotated[str | None, Form()] = None,
    url: Annotated[str | None, Form()] = None,
    date_: Annotated[str | None, Form(alias="date")] = None,
) -> Response:
    """A table of the article page as CSV (the page's form fields sent again): ``evidence.csv``
    (every data value of every check), ``quotes.csv``, ``people.csv``, ``events.csv``."""
    what = file.removesuffix(".csv")
    if not file.endswith(".csv") or what not in ARTICLE_TABLES:
        raise WebError(
            404,
            "not_found",
            f"file: no table {file[:60]!r} on the article page",
            [
                ErrorItem(
                    loc=["path", "file"],
                    type="not_found",
                    message="no such table",
                    options=[f"{t}.csv" for t in ARTICLE_TABLES],
                )
            ],
        )
    (data, checks, _), _, _ = await _read_and_check(st, text, url, date_, None)
    title = views.safe_name(str(data.get("title") or "article"))[:60]
    name = views.safe_name(f"{title}-{what}.csv")
    body = views.article_csv(what, data, checks)
    return Response(
        body, media_type="text/csv; charset=utf-8", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/data")
async def data_page(request: Request, st: State) -> Response:
    return await _page(
        st, ("data",), tuple(datasets()), lambda: st.render(request, "data.html", st=api.data_status(st.wh))
    )
