"""The JSON API under ``/api/v1`` (an APIRouter; what it needs comes by ``Depends``).

GET endpoints answer a page of rows (``format=json``) or every row as CSV (``format=csv``,
with ``Content-Disposition``; list cells joined with ``;``). A valid query that selects no
rows answers 200 with ``total: 0`` and a ``note``; errors follow :mod:`dyadscope.web.errors`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import APIRouter, Form, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from dyadscope import api
from dyadscope.choices import Measure
from dyadscope.errors import ConfigError, NoDataError
from dyadscope.web.cache import Frozen
from dyadscope.web.errors import ERROR_RESPONSES, ErrorItem, WebError, too_large
from dyadscope.web.inputs import read_given_text, read_url
from dyadscope.web.state import MAX_URL_CHARS, AppState, State, country, country_list

Format = Literal["json", "csv"]
Page = Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")]
PageSize = Annotated[int, Query(ge=1, le=5000, description="Rows per page.")]
Fmt = Annotated[Format, Query(description="json (one page) or csv (all rows, as a download).")]
Year = Annotated[int | None, Query(ge=1946, le=2100)]
CountryQ = Annotated[str, Query(max_length=80, description="Name or code: Kenya, KEN, KE, 404, cow:501, Türkiye.")]
Countries = Annotated[str, Query(max_length=1200, description="Comma-separated names or codes (up to 20).")]
Text = Annotated[str | None, Form(description="Article text, title on the first line (up to 1,000,000 characters).")]
Url = Annotated[str | None, Form(description="An http(s) URL of a web page (never a file path).")]
Day = Annotated[str | None, Form(alias="date", pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD.")]


class PageBody(BaseModel):
    """One page of rows."""

    total: int = Field(examples=[77])
    page: int = Field(examples=[1])
    page_size: int = Field(examples=[100])
    items: list[dict[str, Any]] = Field(
        examples=[
            [{"year": 2024, "country": "KEN", "partner": "USA", "measure": "coincidence", "value": 0.41, "n": 93}]
        ]
    )
    note: str | None = Field(None, description="Why there are no rows, when there are none.")
    sources: dict[str, str] | None = None
    kind: str | None = Field(None, examples=["flows"], description="trade: flows, reported or sector.")


ROWS: dict[int | str, dict[str, Any]] = {
    200: {
        "model": PageBody,
        "description": "A page of rows (json) or every row (csv).",
        "content": {"text/csv": {"schema": {"type": "string"}, "example": "year,country,partner\n2024,KEN,USA\n"}},
    },
    **ERROR_RESPONSES,
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERROR_RESPONSES)


def jsonable(value: Any) -> Any:
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


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | tuple) or (hasattr(value, "tolist") and not isinstance(value, str)):
        items = value.tolist() if hasattr(value, "tolist") else value
        if isinstance(items, list):
            return ";".join(str(x) for x in items if x is not None)
    return value


def page_of(
    frame: pd.DataFrame, page: int, page_size: int, fmt: str, name: str, extra: dict[str, Any] | None = None
) -> Frozen:
    if fmt == "csv":
        out = frame.copy()
        for col in out.columns:
            if out[col].dtype == object:
                out[col] = out[col].map(_csv_cell)
        disposition = f'attachment; filename="{name}.csv"'
        return Frozen(
            out.to_csv(index=False).encode(), "text/csv; charset=utf-8", 200, (("content-disposition", disposition),)
        )
    chunk = frame.iloc[(page - 1) * page_size : page * page_size]
    body = {
        "total": len(frame),
        "page": page,
        "page_size": page_size,
        "items": chunk.astype(object).where(chunk.notna(), None).to_dict(orient="records"),
        **(extra or {}),
    }
    return Frozen(bytes(JSONResponse(jsonable(body)).body), "application/json")


def empty(exc: NoDataError, fmt: str, page: int, page_size: int, name: str) -> Frozen:
    """A query that selects nothing: 200, no rows, and why."""
    return page_of(pd.DataFrame(), page, page_size, fmt, name, {"note": str(exc)})


async def answer(st: AppState, key: tuple[Any, ...], datasets: tuple[str, ...], make: Any) -> Response:
    hit, was_hit = await st.cache.get(key, datasets, make)
    headers = {"X-Cache": "hit" if was_hit else "miss", **dict(hit.headers)}
    return Response(hit.body, media_type=hit.media_type, status_code=hit.status, headers=headers)


@router.get("/alignment", responses=ROWS, summary="UN-vote alignment of a country with partners, by year")
async def alignment(
    st: State,
    country_: Annotated[str, Query(alias="country", max_length=80, description="Name or code.")],
    partners: Annotated[
        str | None, Query(max_length=1200, description="Comma-separated; default: every country (slow the first time).")
    ] = None,
    measure: Measure = "coincidence",
    since: Year = None,
    until: Year = None,
    page: Page = 1,
    page_size: PageSize = 100,
    format: Fmt = "json",
) -> Response:
    c = country(country_, "query", "country")
    ps = country_list(partners, "query", "partners") if partners else None
    if ps and c in ps:
        ps = [p for p in ps if p != c] or None

    def make() -> Frozen:
        name = f"alignment-{c}"
        try:
            res = api.alignment(c, ps, measure=measure, since=since, until=until, warehouse=st.wh)
        except NoDataError as exc:
            return empty(exc, format, page, page_size, name)
        return page_of(res.tidy(), page, page_size, format, name, {"sources": res.sources})

    return await answer(
        st, ("align", c, tuple(ps or ()), measure, since, until, page, page_size, format), ("unga",), make
    )


@router.get("/ideal-points", responses=ROWS, summary="Dynamic ideal points of countries, by year")
async def ideal_points(
    st: State, countries_: Annotated[str, Query(alias="countries", max_length=1200)], since: Year = None,
    page: Page = 1, page_size: PageSize = 100, format: Fmt = "json",
) -> Response:  # fmt: skip
    cs = country_list(countries_, "query", "countries")

    def make() -> Frozen:
        try:
            frame = api.ideal_points(cs, since=since, warehouse=st.wh).tidy()
        except NoDataError as exc:
            return empty(exc, format, page, page_size, "ideal-points")
        return page_of(frame, page, page_size, format, "ideal-points")

    return await answer(st, ("ip", tuple(cs), since, page, page_size, format), ("unga", "idealpoints"), make)


@router.get("/trade", responses=ROWS, summary="Trade between two countries (BACI, else published, else sectors)")
async def trade(
    st: State, reporter: CountryQ, partner: CountryQ, page: Page = 1, page_size: PageSize = 100, format: Fmt = "json"
) -> Response:
    r, p = country(reporter, "query", "reporter"), country(partner, "query", "partner")

    def make() -> Frozen:
        name = f"trade-{r}-{p}"
        try:
            frame, kind = api.trade(r, p, warehouse=st.wh), "flows"  # IMF DOTS, COW, BACI when loaded (evidence.trade)
        except NoDataError:
            try:
                frame = api.reported_trade(r, p, warehouse=st.wh).drop(columns=["start", "end"], errors="ignore")
                kind = "reported"
            except NoDataError:
                try:
                    frame, kind = api.sector_trade(r, p), "sector"
                except NoDataError as exc:
                    return empty(exc, format, page, page_size, name)
        return page_of(frame, page, page_size, format, name, {"kind": kind})

    return await answer(st, ("trade", r, p, page, page_size, format), ("trade", "flows"), make)


@router.get("/opportunities", responses=ROWS, summary="Export opportunities of a reporter in a market")
async def opportunities(
    st: State,
    reporter: CountryQ,
    market: CountryQ,
    sector: Annotated[str | None, Query(pattern=r"^(agriculture|\d{2}|\d{4}|\d{6})$")] = None,
    top: Annotated[int, Query(ge=1, le=200)] = 20,
    format: Fmt = "json",
) -> Response:
    r, m = country(reporter, "query", "reporter"), country(market, "query", "market")

    def make() -> Frozen:
        name = f"opportunities-{r}-{m}"
        try:
            frame = api.trade_opportunities(r, m, sector=sector, top=top, warehouse=st.wh)
        except NoDataError as exc:
            return empty(exc, format, 1, top, name)
        return page_of(frame, 1, top, format, name)

    return await answer(st, ("opp", r, m, sector, top, format), ("trade",), make)


@router.get("/events", responses=ROWS, summary="Monthly events between two countries (GDELT and stored articles)")
async def events(
    st: State,
    country_: Annotated[str, Query(alias="country", max_length=80)],
    partner: CountryQ,
    page: Page = 1,
    page_size: PageSize = 100,
    format: Fmt = "json",
) -> Response:
    a, b = country(country_, "query", "country"), country(partner, "query", "partner")

    def make() -> Frozen:
        name = f"events-{a}-{b}"
        try:
            frame = api.events(a, b, warehouse=st.wh)
        except NoDataError as exc:
            return empty(exc, format, page, page_size, name)
        frame = frame.assign(urls=frame["urls"].map(lambda u: [x for x in u if x]))
        return page_of(frame, page, page_size, format, name)

    return await answer(st, ("events", a, b, page, page_size, format), ("news",), make)


def day_of(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"date must be YYYY-MM-DD, got {value!r}") from None


def read_input(st: AppState, text: str | None, url: str | None, when: str | None, field: str = "text") -> Any:
    """The article from the text or the URL of a request (never a file); the size limit
    (characters of article text) is checked before spaCy runs."""
    day = day_of(when)
    limit = st.settings.max_text_chars
    if url:
        if len(url) > MAX_URL_CHARS:
            raise too_large("body", "url", f"{len(url):,} characters; the limit is {MAX_URL_CHARS:,}")
        return read_url(url, when=day, policy=st.policy, max_chars=limit)
    if text and text.strip():
        if len(text) > 4 * limit:  # not worth cleaning: the text cannot get under the limit
            raise too_large("body", field, f"{len(text):,} characters; the limit is {limit:,} characters")
        return read_given_text(text, when=day, max_chars=limit, field=field)
    raise WebError(
        422,
        "validation_error",
        "text: give the article text or a URL",
        [ErrorItem(loc=["body", "text"], type="missing", message="give the article text or a URL", options=None)],
    )


@router.post("/read", summary="Read an article into source-linked facts (the versioned JSON contract)")
async def read(st: State, text: Text = None, url: Url = None, date_: Day = None) -> JSONResponse:
    art = await st.cache.limited(lambda: read_input(st, text, url, date_))
    return JSONResponse(art.to_dict())


@router.post("/check", summary="Check an article's claims against the data")
async def check(st: State, text: Text = None, url: Url = None, date_: Day = None) -> JSONResponse:
    def work() -> Any:  # contract: dyadscope.claims.contract
        return api.check(read_input(st, text, url, date_), warehouse=st.wh).to_dict()

    return JSONResponse(jsonable(await st.cache.limited(work)))


@router.post("/brief", response_class=HTMLResponse, summary="A brief (HTML, with charts) for an article")
async def brief(st: State, text: Text = None, url: Url = None, date_: Day = None) -> HTMLResponse:
    import re
    import secrets

    def work() -> str:
        return str(api.brief(read_input(st, text, url, date_), when=day_of(date_), warehouse=st.wh).html())

    html = await st.cache.limited(work)
    # The brief's own inline scripts (the Vega bundle, one vegaEmbed call per chart) run under a
    # per-response nonce. Only a literal '<script>' gets it: article text in the brief is
    # HTML-escaped by its template, so request input can never produce one.
    nonce = secrets.token_urlsafe(18)
    html = re.sub(r"<script>", f'<script nonce="{nonce}">', html)
    csp = (
        f"default-src 'none'; script-src 'nonce-{nonce}' 'unsafe-eval'; style-src 'unsafe-inline'; "
        "img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": csp})
