"""The dashboard as an analyst uses it: the period and the partners chosen in the page, every
table's CSV and every chart's SVG/PNG download, permalinks, the article page's checks; over
HTTP and in Debian's Chromium at 1280 and 800 px (screenshots in test-artifacts/).

One server on the session warehouse for the whole module (read-only, as 'serve' runs it)."""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from dyadscope import api
from dyadscope.warehouse import Warehouse
from tests.helpers import OVERFLOW_JS, serving

ARTIFACTS = Path("test-artifacts")
EXAMPLE = Path(__file__).resolve().parent.parent / "src/dyadscope/data/examples/kenya-mnna-review-article.txt"
VIEW = "/pair/KEN/USA?vs=CHN,RUS,IND&since=2005&until=2015"


@pytest.fixture(scope="module")
def site(warehouse: Warehouse) -> Iterator[str]:
    from dyadscope.web.app import WebSettings

    warehouse.ensure()  # as 'dyadscope serve' does before it serves; the app only reads
    with serving(WebSettings(warehouse=warehouse.path)) as base:
        yield base


class _Tables(HTMLParser):
    """Each ``table.data`` of a page: its id, CSV link, headings and cell texts."""

    def __init__(self, csv_attr: bool = True) -> None:
        super().__init__()
        self.csv_attr = csv_attr
        self.tables: list[dict[str, Any]] = []
        self._cell: list[str] | None = None
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and "data" in (a.get("class") or ""):
            self.tables.append({"id": a["id"], "csv": a["data-csv"] if self.csv_attr else None, "head": [], "rows": []})
        elif not self.tables:
            return
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "caption":
            self._in_caption = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption":
            self._in_caption = False
        if tag in ("td", "th") and self._cell is not None and self.tables:
            text = " ".join("".join(self._cell).split())
            rows = self.tables[-1]["rows"]
            (self.tables[-1]["head"] if tag == "th" else rows[-1]).append(text)
            self._cell = None
        if tag == "table" and self.tables:
            self.tables[-1]["rows"] = [r for r in self.tables[-1]["rows"] if r]

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._in_caption:
            self._cell.append(data)


def _tables(page: str, csv_attr: bool = True) -> list[dict[str, Any]]:
    p = _Tables(csv_attr)
    p.feed(page)
    return p.tables


_SCALE = {"tn": 1e12, "bn": 1e9, "m": 1e6}


def _agrees(text: str, raw: str) -> bool:
    """Does a cell's text on the page say the CSV's raw value (within the page's rounding)?"""
    text = re.sub(r"(?: ?\[\d+\])+$", "", text)  # a cell's own source, cited as [n]
    if text == raw:
        return True
    if not raw or not text:
        return text == raw
    sign = 1.0  # a balance in words ("deficit USD 67.2 m") or an amount below zero ("\u2212USD 3.0 bn")
    for word, signed in (("deficit ", -1.0), ("surplus ", 1.0)):
        if text.startswith(word):
            text, sign = text[len(word) :], signed
    if text == "balanced":
        return abs(float(raw)) < 0.5
    if text.startswith("\u2212"):
        text, sign = text[1:], -sign
    m = re.fullmatch(r"(?:[A-Z]{3} )?(-?[\d,]+(?:\.\d+)?)( ?(?:tn|bn|m))?(%)?", text)
    if m is None:
        ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
        score = re.fullmatch(r"(\d) of 5", text)
        hit = ordinal or score
        return bool(hit) and float(hit[1]) == float(raw)  # type: ignore[index]
    shown = sign * float(m[1].replace(",", ""))
    decimals = len(m[1].split(".")[1]) if "." in m[1] else 0
    if m[3]:  # a percentage of a fraction
        return abs(shown - 100 * float(raw)) <= 0.5 * 10**-decimals + 1e-9
    scale = _SCALE.get((m[2] or "").strip(), 1.0)
    return abs(shown * scale - float(raw)) <= 0.5 * 10**-decimals * scale + 1e-6


def _csv(site: str, link: str) -> tuple[httpx.Response, list[dict[str, str]]]:
    r = httpx.get(site + html.unescape(link), timeout=120)
    return r, list(csv.DictReader(io.StringIO(r.text)))


def test_the_period_and_the_partners_apply_to_every_section(site: str) -> None:
    r = httpx.get(site + VIEW, timeout=300)
    assert r.status_code == 200
    page = r.text
    assert "Kenya and United States, compared with China, Russia, India" in page
    assert 'name="until" type="number" min="1946" max="2100" value="2015"' in page
    assert f'id="permalink" href="{html.escape(VIEW)}"' in page
    tables = {t["id"]: t for t in _tables(page)}
    assert {"table-alignment-1", "table-mnna-1", "table-bilateral-4", "table-rights-1"} <= set(tables)
    align = tables["table-alignment-1"]
    assert align["head"][:5] == ["Year", "United States", "China", "Russia", "India"]
    # every year-keyed table stays in 2005-2015 (the ten PTS years end at 2015 too)
    for key in ("table-alignment-1", "table-mnna-1", "table-bilateral-1", "table-bilateral-4", "table-rights-1"):
        years = [int(row[0]) for row in tables[key]["rows"]]
        assert years and min(years) >= 2005 and max(years) == 2015, (key, years)
    share_years = {int(h.split()[-1]) for h in tables["table-diversification-1"]["head"][1:]}
    assert share_years == {2005, 2010, 2015}


def test_csv_downloads_are_the_tables_with_provenance(site: str, warehouse: Warehouse) -> None:
    page = httpx.get(site + VIEW, timeout=300).text
    tables = _tables(page)
    assert len(tables) >= 10
    for t in tables:
        r, rows = _csv(site, t["csv"])
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), t["id"]
        disposition = r.headers["content-disposition"]
        assert re.fullmatch(r'attachment; filename="[A-Za-z0-9._-]+\.csv"', disposition), disposition
        assert len(rows) == len(t["rows"]), t["id"]
        page_heads = [h for h in t["head"] if h != "Source"]
        heads = [re.sub(r" \[[^]]+\]$", "", h) for h in rows[0]] if rows else page_heads
        assert heads[: len(page_heads)] == page_heads, (t["id"], heads, t["head"])
        for shown, row in zip(t["rows"], rows, strict=True):
            assert row["View"] == "/pair/KEN/USA?vs=CHN,RUS,IND&since=2005&until=2015"
            assert row["Source"] and row["Table"], (t["id"], row)
            cols = list(row)
            for i, text in enumerate(shown):
                if t["head"][i] != "Source":
                    assert _agrees(text, row[cols[i]]), (t["id"], cols[i], text, row[cols[i]])
    # an independent route to the same figure: the API's coincidence for 2012
    _, rows = _csv(site, "/pair/KEN/USA/table/alignment-1.csv?vs=CHN,RUS,IND&since=2005&until=2015")
    api_rows = api.alignment("KEN", ["USA", "IND"], since=2012, until=2012, warehouse=warehouse).tidy()
    row = next(r for r in rows if r["Year"] == "2012")
    for iso, col in (("USA", "United States [fraction 0-1]"), ("IND", "India [fraction 0-1]")):
        expected = float(api_rows[api_rows["partner"] == iso]["value"].iloc[0])
        assert float(row[col]) == pytest.approx(expected, abs=1e-12)


def test_chart_downloads_are_the_pages_specs(site: str) -> None:
    page = httpx.get(site + VIEW, timeout=300).text
    charts = re.findall(r'<div class="chart" id="([A-Za-z0-9_-]+)"', page)
    assert {"align", "mnna", "tradeUSA", "tradeIND", "pts"} <= set(charts)
    for key in ("align", "tradeIND"):
        svg = httpx.get(f"{site}/pair/KEN/USA/chart/{key}.svg?vs=CHN,RUS,IND&since=2005&until=2015", timeout=120)
        assert svg.status_code == 200 and svg.headers["content-type"] == "image/svg+xml"
        assert svg.text.startswith("<svg") and re.search(
            r'filename="KEN-USA-vs-CHN-RUS-IND-2005-2015-', svg.headers["content-disposition"]
        )
        png = httpx.get(f"{site}/pair/KEN/USA/chart/{key}.png?vs=CHN,RUS,IND&since=2005&until=2015", timeout=120)
        assert png.status_code == 200 and png.headers["content-type"] == "image/png"
        assert png.content[:8] == b"\x89PNG\r\n\x1a\n" and len(png.content) > 10_000
    svg = httpx.get(f"{site}/pair/KEN/USA/chart/align.svg?vs=CHN,RUS,IND&since=2005&until=2015", timeout=120).text
    assert "Kenya: voting coincidence with each partner" in svg and "India" in svg and "2016" not in svg
    again = httpx.get(f"{site}/pair/KEN/USA/chart/align.svg?vs=CHN,RUS,IND&since=2005&until=2015", timeout=120)
    assert again.headers["x-cache"] == "hit"


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/pair/KEN/USA?since=2010&until=2005", 422, "ends (2005) before it starts (2010)"),
        ("/pair/KEN/USA?until=20x5", 422, "until"),
        ("/pair/KEN/USA?until=2200", 422, "between 1946 and 2100"),
        ("/pair/KEN/USA?vs=CHN,RUS,IND,BRA,ZAF,NGA", 422, "At most 5 countries"),
        ("/pair/KEN/USA?vs=Narnia", 422, "Narnia"),
        ("/pair/KEN/USA/table/nope-1.csv", 404, "no table"),
        ("/pair/KEN/USA/chart/align.gif", 404, "no chart"),
        ("/pair/KEN/USA/chart/..%2F..%2Fpyproject.toml", 404, ""),  # never a file: no such route
        ("/pair/KEN/USA/table/alignment-1.csv?until=1990", 422, "before it starts"),
    ],
)
def test_bad_views_are_refused_in_plain_words(site: str, path: str, status: int, words: str) -> None:
    r = httpx.get(site + path, timeout=300)
    assert r.status_code == status and words in html.unescape(r.text), (path, r.status_code, r.text[-400:])
    assert "Traceback" not in r.text and "[project]" not in r.text


def test_the_form_answers_with_a_permalink(site: str) -> None:
    r = httpx.get(f"{site}/pair", params={"a": "Kenya", "b": "USA", "vs": "China, India", "since": 2001, "until": 2019})
    assert r.status_code == 303 and r.headers["location"] == "/pair/KEN/USA?vs=CHN,IND&since=2001&until=2019"
    open_end = httpx.get(f"{site}/pair", params={"a": "KEN", "b": "USA", "since": 2001, "until": ""})
    assert open_end.headers["location"] == "/pair/KEN/USA?vs=&since=2001"
    page = httpx.get(site + open_end.headers["location"], timeout=300).text
    pinned = re.search(r'id="permalink" href="([^"]+)"', page)
    assert pinned and html.unescape(pinned[1]).startswith("/pair/KEN/USA?vs=&since=2001&until=20")
    assert "Compared with no other country" in page
    again = httpx.get(site + html.unescape(pinned[1]), timeout=300).text  # the permalink shows the same tables
    strip = [{k: t[k] for k in ("id", "head", "rows")} for t in _tables(page)]
    assert strip == [{k: t[k] for k in ("id", "head", "rows")} for t in _tables(again)] and len(strip) >= 6


# -- in the browser --------------------------------------------------------------------------


_LINKS = """() => [...document.querySelectorAll('figure.chart-box')].map(f => ({
  id: f.querySelector('.chart').id,
  drawn: f.querySelectorAll('.chart svg').length,
  svg: f.querySelector('a.dl-svg') && f.querySelector('a.dl-svg').getAttribute('href'),
  png: f.querySelector('a.dl-png') && f.querySelector('a.dl-png').getAttribute('href'),
}))"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which("chromium"):
        pytest.skip("needs Debian's chromium")
    pw = pytest.importorskip("playwright.sync_api")
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _open(browser: Any, url: str, width: int) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    r = page.goto(url, timeout=300_000)
    assert r is not None and r.status == 200, url
    return page, errors


def _fits(page: Any, name: str, width: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    fit = page.evaluate(OVERFLOW_JS)
    assert fit["page"] <= fit["width"] and not fit["bad"], (name, width, fit)


@pytest.mark.parametrize("width", [1280, 800])
def test_pair_page_in_the_browser(site: str, browser: Any, width: int) -> None:
    page, errors = _open(browser, site + VIEW, width)
    page.wait_for_function("document.querySelectorAll('.chart svg').length >= 8", timeout=60_000)
    page.wait_for_timeout(300)
    _fits(page, "dashboard-pair-KEN-USA-vs-CHN-RUS-IND", width)
    assert errors == []
    charts = page.evaluate(_LINKS)
    assert len(charts) >= 8
    for ch in charts:
        assert ch["drawn"] == 1, ch
        for kind, media in (("svg", "image/svg+xml"), ("png", "image/png")):
            r = page.request.get(site + ch[kind])
            assert r.status == 200 and r.headers["content-type"] == media, (ch, kind)
    tables = page.locator("table.data").all()
    assert len(tables) >= 10
    for table in tables:  # each CSV link: 200, CSV, as many rows as the table shows, the same first column
        link = table.locator("caption a.dl-csv")
        r = page.request.get(site + str(link.get_attribute("href")))
        assert r.status == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(r.text())))[1:]
        shown = [c.strip() for c in table.locator("tbody tr td:first-child").all_inner_texts()]
        assert len(rows) == len(shown), table.get_attribute("id")
        assert all(_agrees(text, row[0]) for text, row in zip(shown, rows, strict=True)), table.get_attribute("id")
    if width == 800:  # the form stays usable on a narrow screen: every field is inside the page
        for box in page.locator("form.search input, form.search button").all():
            b = box.bounding_box()
            assert b is not None and b["x"] + b["width"] <= width
    page.close()


def test_start_page_form_fits_at_800(site: str, browser: Any) -> None:
    page, errors = _open(browser, f"{site}/", 800)
    _fits(page, "dashboard-start", 800)
    for name in ("a", "b", "vs", "since", "until"):
        assert page.locator(f"form.search input[name={name}]").is_visible()
    assert errors == []
    page.close()


def test_country_page_in_the_browser(site: str, browser: Any) -> None:
    page, errors = _open(browser, f"{site}/country/KEN?since=2000&until=2020", 800)
    page.wait_for_selector("#align svg", timeout=60_000)
    _fits(page, "dashboard-country-KEN", 800)
    assert errors == []
    for ch in page.evaluate(_LINKS):
        assert page.request.get(site + ch["svg"]).status == 200
    page.close()


# -- the article page ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_checks(site: str) -> dict[str, Any]:
    form = {"text": EXAMPLE.read_text("utf-8"), "date": "2024-12-15"}
    api_checks = httpx.post(f"{site}/api/v1/check", data=form, timeout=300).json()
    page = httpx.post(f"{site}/article", data=form, timeout=300)
    evidence = httpx.post(f"{site}/article/evidence.csv", data=form, timeout=300)
    quotes = httpx.post(f"{site}/article/quotes.csv", data=form, timeout=300)
    return {"api": api_checks, "page": page, "evidence": evidence, "quotes": quotes}


def test_article_page_shows_the_api_checks_with_all_their_evidence(seed_checks: dict[str, Any]) -> None:
    page, checks = seed_checks["page"], seed_checks["api"]["checks"]
    assert page.status_code == 200 and len(checks) >= 3
    text = html.unescape(page.text)
    tables = {t["id"]: t for t in _tables(page.text, csv_attr=False)}
    rows = list(csv.DictReader(io.StringIO(seed_checks["evidence"].text)))
    assert len(rows) == sum(len(c["evidence"]) for c in checks)
    for i, c in enumerate(checks, 1):
        section = text.split(f'id="check-{i}"')[1].split('<section class="check"')[0]
        assert c["verdict"] in section and c["explanation"] in section and c["claim"]["sentence"] in section
        assert (c["tolerance"] or "none") in section
        shown = (
            tables.get(f"evidence-{i}", {"rows": []})["rows"] + tables.get(f"evidence-{i}-unused", {"rows": []})["rows"]
        )
        mine = [r for r in rows if r["Check"] == str(i)]
        assert len(shown) == len(mine) == len(c["evidence"]), i
        for cells, row in zip(shown, mine, strict=True):
            assert cells[0] == row["Evidence"] and cells[1] == row["Period"] and cells[3] == row["Basis"]
            assert _agrees(cells[2], row["Value"]) or row["Currency"], (cells, row)  # money: KES/USD shown
            assert cells[2] == row["Value as shown"]
        used = {(e["label"], e["period"], e["value"]) for e in c["evidence"] if e.get("used", True)}
        assert used == {(r["Evidence"], r["Period"], float(r["Value"])) for r in mine if r["Used"] == "yes"}
    # every rate beside a converted value is on the page
    for c in checks:
        for e in c["evidence"]:
            if e.get("rate"):
                assert e["rate"] in text, e["rate"]
    # the CSV buttons send the text as given (not the reader's cleaned text, which lacks the title)
    hidden = re.search(r'<input type="hidden" name="text" value="([^"]*)"', page.text)
    assert hidden and html.unescape(hidden[1]) == EXAMPLE.read_text("utf-8")
    disposition = seed_checks["evidence"].headers["content-disposition"]
    assert re.fullmatch(r'attachment; filename="[A-Za-z0-9._-]+-evidence\.csv"', disposition)


def test_article_page_shows_quotes_speakers_and_events(site: str, seed_checks: dict[str, Any]) -> None:
    read = httpx.post(
        f"{site}/api/v1/read", data={"text": EXAMPLE.read_text("utf-8"), "date": "2024-12-15"}, timeout=300
    )
    art = read.json()
    tables = {t["id"]: t for t in _tables(seed_checks["page"].text, csv_attr=False)}
    quotes = tables["table-quotes"]["rows"]
    assert len(quotes) == len(art["quotes"]) >= 1
    for cells, q in zip(quotes, art["quotes"], strict=True):
        assert cells[0] == f"“{q['text']}”" and cells[1].startswith(q["speaker"] or "unknown")
    assert len(tables["table-events"]["rows"]) == len(art["events"]) >= 1
    assert [r[0] for r in tables["table-people"]["rows"]] == [p["name"] for p in art["people"]]
    q_csv = list(csv.DictReader(io.StringIO(seed_checks["quotes"].text)))
    assert [r["text"] for r in q_csv] == [q["text"] for q in art["quotes"]]


def test_article_page_in_the_browser(site: str, browser: Any) -> None:
    page, errors = _open(browser, f"{site}/article", 1280)
    page.fill("textarea[name=text]", EXAMPLE.read_text("utf-8"))
    page.fill("input[name=date]", "2024-12-15")
    page.click("form[action='/article'] button[type=submit]")
    page.wait_for_selector("#check-1", timeout=300_000)
    _fits(page, "dashboard-article-seed", 1280)
    page.set_viewport_size({"width": 800, "height": 1000})
    page.wait_for_timeout(200)
    _fits(page, "dashboard-article-seed", 800)
    assert errors == []
    with page.expect_download(timeout=300_000) as got:
        page.locator("#table-claims caption button.dl-csv").click()
    download = got.value
    assert re.fullmatch(r"[A-Za-z0-9._-]+-evidence\.csv", download.suggested_filename)
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8"))))
    shown = page.locator("table.evidence tbody tr").count()
    assert len(rows) == shown > 10
    page.close()


@pytest.mark.parametrize(
    "bad", ["/etc/passwd", "-", "file:///etc/passwd", "~/.bashrc", "../pyproject.toml", "http://127.0.0.1:9/"]
)
def test_article_permalink_and_downloads_never_read_local_files(site: str, bad: str) -> None:
    for r in (
        httpx.get(f"{site}/article", params={"url": bad}, timeout=60),
        httpx.post(f"{site}/article/evidence.csv", data={"url": bad}, timeout=60),
    ):
        assert 400 <= r.status_code < 600 and r.status_code != 500, (bad, r.status_code)
        assert "root:" not in r.text and "[project]" not in r.text and "Traceback" not in r.text
        assert "text/csv" not in r.headers.get("content-type", "")
