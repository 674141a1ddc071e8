"""The web app on a real server on 127.0.0.1: JSON API, pages, security, a real browser,
and reliability while the warehouse is written or the server is killed."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyadscope.errors import DyadscopeError, FetchError, WarehouseError
from dyadscope.news.schema import SCHEMA_VERSION
from dyadscope.warehouse import Warehouse
from dyadscope.web.app import WebSettings
from tests.helpers import load_held_open, reload_votes_and_import_gdelt, serving

EXAMPLE = Path(__file__).resolve().parent.parent / "src/dyadscope/data/examples/kenya-mnna-review-article.txt"
ARTIFACTS = Path("test-artifacts")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def made_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every dataset created from the bundled data, as 'dyadscope serve' does before it
    serves; never written afterwards (tests that write or serve take a copy)."""
    wh = tmp_path_factory.mktemp("made")
    Warehouse(wh).ensure()
    return wh


def _copy_of(made: Path, to: Path) -> Path:
    shutil.copytree(made, to, ignore=shutil.ignore_patterns(".*.lock", ".results"))
    return to


@pytest.fixture(scope="module")
def server(made_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    wh = _copy_of(made_warehouse, tmp_path_factory.mktemp("webwh") / "wh")  # the app itself only reads
    with serving(WebSettings(warehouse=wh)) as base:
        yield base


class _Drip(http.server.BaseHTTPRequestHandler):
    """An upstream that sends a page one byte every 0.2 s (at most 300 bytes: bounded)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        with contextlib.suppress(OSError):
            for _ in range(300):
                self.wfile.write(b"K")
                self.wfile.flush()
                time.sleep(0.2)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def drip() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/slow"
    srv.shutdown()
    srv.server_close()


def test_api_alignment_pages_and_csv(server: str) -> None:
    r = httpx.get(f"{server}/api/v1/alignment", params={"country": "Kenya", "partners": "USA,CHN", "page_size": 10})
    assert r.status_code == 200
    body = r.json()
    assert body["page"] == 1 and len(body["items"]) == 10 and body["total"] > 100
    assert set(body["items"][0]) == {"year", "country", "partner", "measure", "value", "n"}
    assert "voeten-unvotes" in body["sources"]
    page2 = httpx.get(
        f"{server}/api/v1/alignment", params={"country": "KEN", "partners": "USA,CHN", "page_size": 10, "page": 2}
    ).json()
    assert page2["items"][0] != body["items"][0]
    csv = httpx.get(f"{server}/api/v1/alignment", params={"country": "KEN", "partners": "USA", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "year,country,partner,measure,value,n"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"country": "Kenia"}, "country"),
        ({"country": "KEN", "measure": "cosine"}, "measure"),
        ({"country": "KEN", "page_size": 0}, "page_size"),
        ({"country": "KEN", "since": 1800}, "since"),
        ({"country": "<script>"}, "country"),
    ],
)
def test_validation_names_the_field(server: str, params: dict[str, object], field: str) -> None:
    r = httpx.get(f"{server}/api/v1/alignment", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["status"] == 422 and body["type"] == "validation_error" and field in body["message"]
    assert set(body) == {"status", "type", "message", "errors"}
    assert body["errors"][0]["loc"] == ["query", field]


def test_other_endpoints(server: str) -> None:
    ip = httpx.get(f"{server}/api/v1/ideal-points", params={"countries": "KEN,USA", "since": 2010}).json()
    assert {row["country"] for row in ip["items"]} == {"KEN", "USA"}
    trade = httpx.get(f"{server}/api/v1/trade", params={"reporter": "KEN", "partner": "CHN"}).json()
    assert trade["kind"] == "flows" and trade["total"] > 10
    seed = EXAMPLE.read_text("utf-8")
    read = httpx.post(f"{server}/api/v1/read", data={"text": seed, "date": "2024-12-15"}, timeout=60).json()
    assert read["schema_version"] == SCHEMA_VERSION and read["amounts"][0]["currency"] == "KES"
    checks = httpx.post(f"{server}/api/v1/check", data={"text": seed, "date": "2024-12-15"}, timeout=60).json()
    assert checks["schema_version"] == "1" and checks["article"]["date"] == "2024-12-15"
    assert "sources disagree" in {c["verdict"] for c in checks["checks"]}  # KNBS and China customs bracket Sh600bn
    spec = httpx.get(f"{server}/openapi.json").json()
    for path in (
        "/api/v1/alignment",
        "/api/v1/ideal-points",
        "/api/v1/trade",
        "/api/v1/opportunities",
        "/api/v1/events",
        "/api/v1/read",
        "/api/v1/check",
        "/api/v1/brief",
    ):
        assert path in spec["paths"]


def test_security(server: str) -> None:
    evil = (
        "Kenya <script>alert(1)</script> and China\n"
        "The government of Kenya said on Monday that it was in talks with China about <img src=x onerror=alert(2)> "
        "a new trade deal, and that the <b>bold</b> plan would be signed by the end of the year."
    )
    r = httpx.post(f"{server}/article", data={"text": evil, "date": "2024-01-01"}, timeout=60)
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text
    assert "<img src=x" not in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "access-control-allow-origin" not in {k.lower() for k in r.headers}
    big = {"upload": ("a.txt", b"Kenya and China\n" + b"x " * (1_100_000), "text/plain")}
    r = httpx.post(f"{server}/article", files=big, timeout=60)
    assert r.status_code == 413 and "limit" in r.text and r.headers["content-type"].startswith("text/html")
    r = httpx.post(f"{server}/article", data={"url": "http://127.0.0.1:1/secret"}, timeout=60)
    assert r.status_code == 422 and "non-public" in r.text
    r = httpx.get(f"{server}/pair/KEN/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code in (404, 422)


# -- attacks on the url fields: the server reads web pages only ----------------------------

_OPENED: list[str] | None = None  # paths opened while an attack test watches (audit hook below)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _OPENED is not None and event in ("open", "os.listdir", "os.scandir") and args:
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records nothing while _OPENED is None

URL_ENDPOINTS = ("/api/v1/read", "/api/v1/check", "/api/v1/brief", "/article")


def _url_attacks(canary: Path) -> list[str]:
    folder = canary.parent
    return [
        str(canary),  # an absolute path to a readable text file
        str(folder),  # a folder
        str(folder / "missing.txt"),  # a path that does not exist
        str(folder / "binary.bin"),  # a binary file
        "-",  # standard input
        f"file://{canary}",
        f"file:{canary}",
        f"FILE://localhost{canary}",
        "~",
        f"~/{canary.name}",
        "README.md",  # relative to the server's working directory
        "./pyproject.toml",
        "../" * 8 + "etc/passwd",
        f"//{canary}",  # scheme-relative
        f"http:{canary}",  # a scheme without a host
        f"http:///{canary}",
        f" {canary}",  # leading blank
        f"{canary}\nhttp://example.org/",
        f"%2F{str(canary)[1:].replace('/', '%2F')}",
        "data:text/plain,Kenya%20and%20China%20signed%20a%20deal",
        "ftp://example.org/a.txt",
        "gopher://127.0.0.1:70/",
        "jar:file:///etc/passwd!/",
        "\\\\server\\share\\a.txt",
        "http://127.0.0.1:1/secret",  # loopback: refused by the fetch policy
        "http://[::1]:1/",
        "http://0x7f000001:1/",
        "http://169.254.169.254/latest/meta-data/",
    ]


def test_url_fields_never_read_local_files(server: str, tmp_path: Path) -> None:
    global _OPENED
    secret = "CANARY-7f3a Kenya and China signed a trade deal worth Sh600 billion"
    canary = tmp_path / "secret-notes.txt"
    canary.write_text(f"Secret notes\n{secret}.\nThe second line of a multi-line file.\n", "utf-8")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    readme = (Path.cwd() / "README.md").read_text("utf-8").splitlines()[2]
    messages: dict[str, set[str]] = {}
    _OPENED = []
    try:
        for endpoint in URL_ENDPOINTS:
            for attack in _url_attacks(canary):
                r = httpx.post(f"{server}{endpoint}", data={"url": attack, "date": "2024-01-01"}, timeout=30)
                assert r.status_code in (400, 422), (endpoint, attack, r.status_code)
                body = r.text
                assert "CANARY-7f3a" not in body and "second line" not in body, (endpoint, attack)
                assert readme not in body, (endpoint, attack)
                for leak in ("no such file", "is a folder", "binary data", "Errno", "Traceback", "Permission"):
                    assert leak not in body, (endpoint, attack, leak)
                if endpoint == "/api/v1/read" and not attack.startswith("http://"):
                    # the same answer whether the path exists, is a folder, is binary or is missing
                    msg = r.json()["errors"][0]["message"].replace(
                        repr(attack if len(attack) <= 80 else attack[:77] + "..."), "V"
                    )
                    messages.setdefault("all", set()).add(msg)
        opened = [p for p in _OPENED if str(tmp_path) in p or p.endswith(("README.md", "pyproject.toml", "passwd"))]
    finally:
        _OPENED = None
    assert opened == []
    assert len(messages["all"]) == 1, messages


def test_a_web_page_url_is_still_read(tmp_path: Path) -> None:
    from dyadscope.web.inputs import web_url

    for good in ("http://example.org/a", "https://www.nation.africa/kenya/news?id=1#x", "HTTPS://EXAMPLE.ORG"):
        assert web_url(good) == good
    for bad in (
        "-",
        "/etc/passwd",
        "file:///etc/passwd",
        "http://",
        "http:/x",
        "https://exa mple.org",
        "http://h:99999/",
    ):
        with pytest.raises(DyadscopeError, match="http:// or https://"):
            web_url(bad)


# -- expensive work never inside a request ---------------------------------------------------


def test_read_only_warehouse_never_writes_or_estimates(tmp_path: Path) -> None:
    from dyadscope import api
    from dyadscope.warehouse import unga

    ro = Warehouse(tmp_path / "wh", read_only=True)
    with pytest.raises(WarehouseError, match="read-only"):
        ro.ensure("unga")
    assert not (tmp_path / "wh").exists()
    wh = Warehouse(tmp_path / "wh")
    wh.ensure("unga", "idealpoints")
    with wh.writer("unga", fresh=True) as con:  # a votes reload from other files: the estimates are now stale
        assert con is not None
        unga.bootstrap(con)
        con.execute("UPDATE loads SET origin = 'raw files: elsewhere'")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "wh").iterdir())
    with pytest.raises(WarehouseError, match="read-only"), ro.writer("news"):
        pass
    res = api.ideal_points(["KEN", "USA"], since=2015, warehouse=ro)  # answered from the last estimates
    assert res.fit["stale"] is True and "data refresh" in str(res.fit["origin"])
    assert set(res.tidy()["country"]) == {"KEN", "USA"} and len(res.tidy()) > 10
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "wh").iterdir()) == before


def test_cache_is_single_flight_and_capped() -> None:
    from dyadscope.web.cache import Busy, Frozen, ResponseCache

    calls: list[int] = []
    release = threading.Event()

    def slow() -> Frozen:
        calls.append(1)
        release.wait(10)
        return Frozen(b"x", "text/plain")

    async def scenario() -> None:
        cache = ResponseCache(Path("/nonexistent"), limit=1, wait_s=0.2)
        same = [asyncio.ensure_future(cache.get(("k",), ("unga",), slow)) for _ in range(10)]
        await asyncio.sleep(0.1)
        with pytest.raises(Busy) as busy:  # another key while the one slot is taken
            await cache.get(("other",), ("unga",), slow)
        assert busy.value.retry_after >= 1
        release.set()
        results = await asyncio.gather(*same)
        assert len(calls) == 1 and all(r[0].body == b"x" for r in results)
        assert (await cache.get(("k",), ("unga",), slow))[1] is True

    asyncio.run(scenario())


def test_a_news_write_keeps_alignment_pages_cached(server: str) -> None:
    params = {"country": "KEN", "partners": "GBR", "since": 2001}
    httpx.get(f"{server}/api/v1/alignment", params=params)
    events = {"country": "KEN", "partner": "UGA"}
    httpx.get(f"{server}/api/v1/events", params=events)
    assert httpx.get(f"{server}/api/v1/alignment", params=params).headers["x-cache"] == "hit"
    assert httpx.get(f"{server}/api/v1/events", params=events).headers["x-cache"] == "hit"
    wh_dir = httpx.get(f"{server}/data").text.split("Warehouse: ")[1].split("<")[0].strip()
    with load_held_open(wh_dir, "news", "DELETE FROM events WHERE false"):
        pass  # the news file is swapped for a new one when the load ends
    assert httpx.get(f"{server}/api/v1/alignment", params=params).headers["x-cache"] == "hit"
    assert httpx.get(f"{server}/api/v1/events", params=events).headers["x-cache"] == "miss"


def test_busy_server_answers_503_and_fetch_has_a_total_deadline(tmp_path: Path, drip: str) -> None:
    wh = tmp_path / "wh"
    Warehouse(wh).ensure("unga", "news", "idealpoints")
    settings = WebSettings(
        warehouse=wh, allow_private_urls=True, max_computations=1, compute_wait_s=0.2, fetch_deadline_s=2.0
    )
    with serving(settings) as base:
        results: list[httpx.Response] = []
        slow = threading.Thread(
            target=lambda: results.append(httpx.post(f"{base}/api/v1/read", data={"url": drip}, timeout=30))
        )
        slow.start()
        time.sleep(0.5)  # the drip read holds the only computation slot
        r = httpx.get(f"{base}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}, timeout=30)
        assert r.status_code == 503 and int(r.headers["retry-after"]) >= 1
        slow.join(30)
        assert results[0].status_code == 422 and "within 2 s" in results[0].text  # 300 bytes would take 60 s
        r = httpx.get(f"{base}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}, timeout=30)
        assert r.status_code == 200


def test_fetch_deadline_covers_the_whole_download(drip: str) -> None:
    from dyadscope.news.fetch import FetchPolicy, fetch

    with pytest.raises(FetchError, match="within 1 s"):
        fetch(drip, FetchPolicy(allow_private=True, timeout_s=5, deadline_s=1))


# -- one error model; limits before spaCy; 404 vs no rows -------------------------------------


def test_one_error_body_for_the_api_and_html_pages_for_pages(server: str) -> None:
    shapes = [
        httpx.get(f"{server}/api/v1/alignment", params={"country": "Kenia"}),
        httpx.get(f"{server}/api/v1/alignment", params={"country": "KEN", "measure": "cosine"}),
        httpx.get(f"{server}/api/v1/ideal-points"),  # a missing field
        httpx.get(f"{server}/api/v1/nope"),
        httpx.post(f"{server}/api/v1/read", data={}),
        httpx.put(f"{server}/api/v1/read"),
    ]
    assert [r.status_code for r in shapes] == [422, 422, 422, 404, 422, 405]
    for r in shapes:
        body = r.json()
        assert set(body) == {"status", "type", "message", "errors"} and body["status"] == r.status_code
    assert "Kenya (KEN)" in " ".join(shapes[0].json()["errors"][0]["options"])
    assert shapes[1].json()["errors"][0]["options"] == ["agreement", "coincidence", "kappa", "pi", "s"]
    assert shapes[2].json()["errors"][0]["loc"] == ["query", "countries"]
    for path, status in (("/pair/KEN/Narnia", 422), ("/nope", 404), ("/country/Atlantis", 422)):
        r = httpx.get(server + path)
        assert r.status_code == status and r.headers["content-type"].startswith("text/html"), path
        assert "<h1>" in r.text and "{" not in r.text.split("<h1>")[1].split("</h1>")[0]
    narnia = httpx.get(f"{server}/pair/Narnia/USA").text.split("<h1>", 1)[1].split("</body>")[0]
    assert "No country called “Narnia” was found." in narnia
    assert "Did you mean Armenia (ARM)," in narnia  # the registry's close matches, in words
    assert "a: " not in narnia and "Valid a" not in narnia and "unknown country" not in narnia
    same = httpx.get(f"{server}/pair/KEN/KEN").text
    assert "two countries; Kenya (KEN) was given twice" in same and "b:" not in same.split("<h1>")[1]
    spec = httpx.get(f"{server}/openapi.json").json()
    assert "ErrorBody" in spec["components"]["schemas"]
    align = spec["paths"]["/api/v1/alignment"]["get"]["responses"]
    assert {"200", "404", "413", "422", "503"} <= set(align) and "text/csv" in align["200"]["content"]
    assert "ErrorBody" in json.dumps(align["422"]) and "PageBody" in json.dumps(align["200"])


def test_size_limits_answer_413_before_spacy(server: str) -> None:
    over = "Kenya and China signed a deal.\n" + "word " * 200_001  # 1,000,031 characters
    for endpoint in ("/api/v1/read", "/api/v1/check", "/api/v1/brief"):
        r = httpx.post(f"{server}{endpoint}", data={"text": over}, timeout=60)
        assert r.status_code == 413, endpoint
        assert r.json()["errors"][0]["loc"] == ["body", "text"] and "1,000,000" in r.json()["message"]
    r = httpx.post(f"{server}/article", data={"text": over}, timeout=60)
    assert r.status_code == 413 and "1,000,000 characters" in r.text and "<form" in r.text
    r = httpx.post(f"{server}/api/v1/read", content=b"x" * (9 * 1024 * 1024), timeout=60)
    assert r.status_code == 413 and r.json()["type"] == "too_large"
    page = "<html><body><article><h1>Kenya and China</h1><p>" + "Kenya and China trade. " * 40 + "</p></article>"
    html = (page + "<script>var x = 1;</script>" * 70_000 + "</body></html>").encode()  # 1.89 MB, little text
    r = httpx.post(f"{server}/article", files={"upload": ("a.html", html, "text/html")}, timeout=120)
    assert r.status_code == 200 and len(html) > 1_800_000
    r = httpx.post(f"{server}/article", files={"upload": ("a.txt", b"Kenya\n" + b"trade " * 200_000, "text/plain")})
    assert r.status_code == 413 and "1,000,000 characters" in r.text


def test_no_rows_is_200_and_countries_parse_as_in_the_cli(server: str) -> None:
    r = httpx.get(f"{server}/api/v1/trade", params={"reporter": "KEN", "partner": "USA"})
    assert r.status_code == 200 and r.json()["total"] >= 0
    r = httpx.get(f"{server}/api/v1/events", params={"country": "KEN", "partner": "TUV"})
    assert r.status_code == 200 and r.json()["total"] == 0 and r.json()["items"] == []
    for name, iso in (("Türkiye", "TUR"), ("Côte d'Ivoire", "CIV"), ("cow:501", "KEN"), ("404", "KEN")):
        r = httpx.get(f"{server}/api/v1/alignment", params={"country": name, "partners": "USA", "since": 2020})
        assert r.status_code == 200 and {i["country"] for i in r.json()["items"]} == {iso}, name
    assert httpx.get(f"{server}/pair/Türkiye/cow:501", timeout=120).status_code == 200
    r = httpx.get(f"{server}/pair/KEN/KEN")
    assert r.status_code == 422 and "two countries" in r.text


def test_pair_page_links(server: str) -> None:
    page = httpx.get(f"{server}/pair/KEN/CHN", timeout=120).text
    assert "partners=CHN,RUS&" in page and "CHN,CHN" not in page and "Compared with Russia" in page
    links = re.findall(r'href="(/api/v1/[^"]+format=csv)"', page.replace("&amp;", "&"))
    page = httpx.get(f"{server}/pair/KEN/USA", timeout=120).text
    links += re.findall(r'href="(/api/v1/[^"]+format=csv)"', page.replace("&amp;", "&"))
    assert len(links) == 8
    for link in links:
        r = httpx.get(server + link, timeout=120)
        assert r.status_code == 200, link
        assert r.headers["content-disposition"].startswith("attachment; filename=")
        assert "['" not in r.text and "[]" not in r.text, link  # lists are ';'-joined
    events = httpx.get(f"{server}/api/v1/events", params={"country": "USA", "partner": "CHN", "format": "csv"})
    body = httpx.get(f"{server}/api/v1/events", params={"country": "USA", "partner": "CHN", "page_size": 5000})
    months = {row["month"] for row in body.json()["items"]}
    assert {ln.split(",")[0] for ln in events.text.splitlines()[1:]} == months


def test_pair_search_form(server: str) -> None:
    home = httpx.get(f"{server}/").text
    options = re.findall(r'<option value="([A-Z]{3})">([^<]+)</option>', home)
    assert ("KEN", "Kenya") in options and ("CHN", "China") in options and len(options) > 190
    assert 'action="/pair"' in home and 'list="countries"' in home
    r = httpx.get(f"{server}/pair", params={"a": "Kenya", "b": "united states", "vs": "China, Iran", "since": 2010})
    assert r.status_code == 303 and r.headers["location"] == "/pair/KEN/USA?vs=CHN,IRN&since=2010"
    bad = httpx.get(f"{server}/pair", params={"a": "Kenia", "b": "USA"})
    assert bad.status_code == 422 and "Kenya" in bad.text
    page = httpx.get(f"{server}{r.headers['location']}", timeout=120).text
    assert 'value="2010"' in page and "Compared with China, Iran" in page


# -- headers ---------------------------------------------------------------------------------


def test_headers_hosts_head_and_gzip(server: str) -> None:
    r = httpx.get(f"{server}/article")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    port = server.rsplit(":", 1)[1]
    assert httpx.get(f"{server}/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
    assert httpx.get(f"{server}/", headers={"Host": f"localhost:{port}"}).status_code == 200
    head = httpx.head(f"{server}/pair/KEN/USA", timeout=120)
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 1000
    assert httpx.head(f"{server}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}).status_code == 200
    plain = httpx.get(f"{server}/static/vega.js", headers={"Accept-Encoding": "identity"})
    packed = httpx.get(f"{server}/static/vega.js", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip" and packed.content == plain.content
    assert int(packed.headers["content-length"]) < len(plain.content) / 2


def test_allow_private_is_refused_off_loopback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyadscope.cli import app

    res = CliRunner().invoke(
        app, ["serve", "--host", "0.0.0.0", "--allow-private", "--warehouse", str(tmp_path / "wh")]
    )
    assert res.exit_code != 0 and "--allow-private" in str(res.exception or res.output)
    assert not (tmp_path / "wh").exists()  # refused before anything is created


def test_docs_are_offline_and_inline_script_free(server: str) -> None:
    for path in ("/docs", "/redoc"):
        r = httpx.get(server + path)
        assert r.status_code == 200 and "cdn" not in r.text.lower() and "http" not in r.text
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", r.text, re.S)
        assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts)
        for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
            assert httpx.get(server + src).status_code == 200, src


def test_api_brief_scripts_run_under_a_nonce(server: str) -> None:
    seed = EXAMPLE.read_text("utf-8")
    r = httpx.post(f"{server}/api/v1/brief", data={"text": seed, "date": "2024-12-15"}, timeout=300)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp)
    assert nonce and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    tags = re.findall(r"<script([^>]*)>", r.text)
    assert tags and all(f'nonce="{nonce[1]}"' in t for t in tags if "application/json" not in t)
    again = httpx.post(f"{server}/api/v1/brief", data={"text": seed, "date": "2024-12-15"}, timeout=300)
    assert re.search(r"'nonce-([^']+)'", again.headers["content-security-policy"])[1] != nonce[1]  # type: ignore[index]


def test_pages_render_tables(server: str) -> None:
    for path in ("/", "/pair/KEN/USA", "/country/KEN", "/article", "/data"):
        r = httpx.get(server + path, timeout=60)
        assert r.status_code == 200, path
    pair = httpx.get(f"{server}/pair/KEN/USA?vs=CHN,RUS", timeout=60).text
    assert "Coincidence by year" in pair and "format=csv" in pair
    assert 'src="/static/vega.js"' in pair and "cdn" not in pair.lower()


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium")
def test_browser(server: str) -> None:
    pw = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server}/pair/KEN/USA?vs=CHN,RUS", timeout=60_000)
        page.wait_for_selector("#align svg, #align canvas", timeout=30_000)
        assert page.locator("#align svg").count() + page.locator("#align canvas").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "pair-KEN-USA.png"), full_page=True)
        assert errors == []
        page.goto(f"{server}/article")
        page.fill("textarea[name=text]", EXAMPLE.read_text("utf-8"))
        page.fill("input[name=date]", "2024-12-15")
        page.click("button[type=submit]")
        page.wait_for_selector("text=sources disagree", timeout=60_000)
        assert "Sh600 billion" in page.content()
        page.screenshot(path=str(ARTIFACTS / "article-check.png"), full_page=True)
        errors.clear()
        page.goto(f"{server}/docs")  # Swagger UI from bundled assets under the CSP, offline
        page.wait_for_selector(".opblock", timeout=60_000)
        assert page.locator(".opblock").count() >= 8 and errors == []
        page.goto(f"{server}/redoc")
        page.wait_for_selector("text=UN-vote alignment of a country", state="attached", timeout=60_000)
        # ReDoc's footer logo points at its CDN: the CSP blocks it, so nothing leaves the machine
        assert [e for e in errors if "Content Security Policy" in e and "cdn.redoc.ly" not in e] == []
        browser.close()


def test_answers_while_the_warehouse_is_written(server: str, tmp_path: Path) -> None:
    wh_dir = httpx.get(f"{server}/data").text.split("Warehouse: ")[1].split("<")[0].strip()
    with load_held_open(wh_dir, "news", "DELETE FROM events"):
        for _ in range(5):
            assert (
                httpx.get(f"{server}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}).status_code == 200
            )
            assert httpx.get(f"{server}/api/v1/events", params={"country": "KEN", "partner": "CHN"}).status_code == 200


@pytest.mark.shared
def test_pages_keep_answering_during_a_votes_reload_and_a_gdelt_import(server: str, shared: Path) -> None:
    wh_dir = httpx.get(f"{server}/data").text.split("Warehouse: ")[1].split("<")[0].strip()
    gdelt = shared / "data/events/gdelt_samples/gdelt2_events_sample_gdeltPyR.csv"
    pages = [
        "/pair/KEN/USA",
        "/country/KEN",
        "/data",
        "/api/v1/alignment?country=KEN&partners=USA,CHN",
        "/api/v1/ideal-points?countries=KEN,USA&since=2010",
        "/api/v1/events?country=USA&partner=CHN",
        "/api/v1/trade?reporter=KEN&partner=CHN",
    ]
    failures: list[tuple[str, int | str]] = []
    answered: dict[str, int] = {}
    done = threading.Event()

    def client(offset: int) -> None:
        with httpx.Client(base_url=server, timeout=120) as c:
            for i in range(400):  # bounded; stops one round after the loads end
                path = pages[(i + offset) % len(pages)]
                try:
                    r = c.get(path)
                    if r.status_code != 200:
                        failures.append((path, r.status_code))
                    answered[path] = answered.get(path, 0) + 1
                except httpx.HTTPError as exc:
                    failures.append((path, repr(exc)))
                if done.is_set() and i >= len(pages):
                    return

    threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    proc = reload_votes_and_import_gdelt(wh_dir, gdelt)
    proc.join(240)
    done.set()
    for t in threads:
        t.join(300)
    assert proc.exitcode == 0
    assert failures == []
    assert set(answered) == set(pages)
    ip = httpx.get(f"{server}/api/v1/ideal-points", params={"countries": "KEN"}, timeout=60).json()
    assert ip["total"] > 0  # the estimates made before the reload, until 'dyadscope data refresh' runs
    ev = httpx.get(f"{server}/api/v1/events", params={"country": "USA", "partner": "CHN"}, timeout=60).json()
    assert ev["total"] > 0  # the imported events are seen once the import is done


def test_restart_after_kill_and_sigterm_within_10_s(made_warehouse: Path, tmp_path: Path, drip: str) -> None:
    _copy_of(made_warehouse, tmp_path / "wh")  # what the first 'serve' would create before it listens
    port = _free_port()
    cmd = [sys.executable, "-m", "dyadscope.cli", "serve", "--port", str(port), "--warehouse", str(tmp_path / "wh")]
    cmd.append("--allow-private")  # the slow upstream below is on 127.0.0.1
    env = dict(os.environ)

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                    return proc
            except httpx.HTTPError:
                time.sleep(0.2)
        proc.kill()
        raise AssertionError("server did not start")

    proc = start()

    def request_being_killed() -> None:
        with contextlib.suppress(httpx.HTTPError):  # the server dies under it, on purpose
            httpx.get(f"http://127.0.0.1:{port}/pair/KEN/USA", timeout=30)

    hit = threading.Thread(target=request_being_killed, daemon=True)
    hit.start()
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)  # killed mid-request
    proc.wait(10)
    proc = start()
    try:
        r = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}, timeout=30
        )
        assert r.status_code == 200 and r.json()["total"] > 0
        assert not list((tmp_path / "wh").glob("*.tmp"))

        def slow_read() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the server goes away under it
                httpx.post(f"http://127.0.0.1:{port}/api/v1/read", data={"url": drip}, timeout=30)

        slow = threading.Thread(target=slow_read, daemon=True)  # reading a slow upstream when SIGTERM comes
        slow.start()
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) is not None  # raises TimeoutExpired if the server outlives 10 s
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_two_workers_answer_pages_and_the_api(server: str) -> None:
    """'dyadscope serve --workers 2' used to answer nothing: each spawned worker unpickled an app
    factory that imported FastAPI, DuckDB and pandas before it could answer uvicorn's 5 s health
    check, so on a busy machine the supervisor killed and restarted every worker, forever."""
    wh_dir = httpx.get(f"{server}/data").text.split("Warehouse: ")[1].split("<")[0].strip()
    port = _free_port()
    cmd = [sys.executable, "-m", "dyadscope.cli", "serve", "--port", str(port), "--workers", "2", "--warehouse", wh_dir]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        up = None
        for _ in range(300):  # bounded wait for the first answer
            try:
                up = httpx.get(f"{base}/healthz", timeout=5)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, "the server exited"
                time.sleep(0.5)
        assert up is not None and up.status_code == 200
        with httpx.Client(base_url=base, timeout=120) as c:
            for _ in range(3):  # new connections, spread over the workers by the kernel
                page = c.get("/pair/KEN/USA", headers={"Connection": "close"})
                assert page.status_code == 200 and "Kenya" in page.text
                api = c.get("/api/v1/alignment", params={"country": "KEN", "partners": "USA"})
                assert api.status_code == 200 and api.json()["total"] > 0
        taken = subprocess.run([*cmd[:-4], "--warehouse", wh_dir], capture_output=True, text=True, timeout=120)
        assert taken.returncode == 1
        assert f"port {port} on 127.0.0.1 is already in use" in taken.stderr
        assert "dyadscope on" not in taken.stderr  # no URL printed for a server that never listened
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            _, stderr = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate(timeout=10)
    assert f"dyadscope on {base}/" in stderr.decode()


def test_worker_factory_unpickles_without_the_web_stack(tmp_path: Path) -> None:
    import pickle

    from dyadscope.web.settings import AppFactory

    blob = pickle.dumps(AppFactory(WebSettings(warehouse=tmp_path))).hex()
    code = (
        "import pickle, sys; f = pickle.loads(bytes.fromhex(sys.argv[1])); "
        "print(sorted(m for m in ('fastapi', 'duckdb', 'pandas', 'starlette') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, blob], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
