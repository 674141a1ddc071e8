"""The web app on a real server on 127.0.0.1: JSON API, pages, security, a real browser,
and reliability while the warehouse is written or the server is killed."""

from __future__ import annotations

import contextlib
import os
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
import uvicorn

from dyadscope.errors import DyadscopeError
from dyadscope.web.app import WebSettings, create_app
from tests.helpers import load_held_open

EXAMPLE = Path(__file__).resolve().parent.parent / "src/dyadscope/data/examples/kenya-mnna-review-article.txt"
ARTIFACTS = Path("test-artifacts")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    wh = tmp_path_factory.mktemp("webwh")
    port = _free_port()
    app = create_app(WebSettings(warehouse=wh))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


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
    detail = r.json()["detail"][0]
    assert field in detail["loc"] or field in detail["msg"]


def test_other_endpoints(server: str) -> None:
    ip = httpx.get(f"{server}/api/v1/ideal-points", params={"countries": "KEN,USA", "since": 2010}).json()
    assert {row["country"] for row in ip["items"]} == {"KEN", "USA"}
    trade = httpx.get(f"{server}/api/v1/trade", params={"reporter": "KEN", "partner": "CHN"}).json()
    assert trade["kind"] == "reported" and trade["total"] > 10
    seed = EXAMPLE.read_text("utf-8")
    read = httpx.post(f"{server}/api/v1/read", data={"text": seed, "date": "2024-12-15"}, timeout=60).json()
    assert read["schema_version"] == "2" and read["amounts"][0]["currency"] == "KES"
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
    assert r.status_code == 422 and "limit" in r.text
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
                    msg = r.json()["detail"][0]["msg"].replace(
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
        page.wait_for_selector("text=overstated", timeout=60_000)
        assert "Sh600 billion" in page.content()
        page.screenshot(path=str(ARTIFACTS / "article-check.png"), full_page=True)
        browser.close()


def test_answers_while_the_warehouse_is_written(server: str, tmp_path: Path) -> None:
    wh_dir = httpx.get(f"{server}/data").text.split("Warehouse: ")[1].split("<")[0].strip()
    with load_held_open(wh_dir, "news", "DELETE FROM events"):
        for _ in range(5):
            assert (
                httpx.get(f"{server}/api/v1/alignment", params={"country": "KEN", "partners": "USA"}).status_code == 200
            )
            assert httpx.get(f"{server}/api/v1/events", params={"country": "KEN", "partner": "CHN"}).status_code == 200


def test_restart_after_kill(tmp_path: Path) -> None:
    port = _free_port()
    cmd = [sys.executable, "-m", "dyadscope.cli", "serve", "--port", str(port), "--warehouse", str(tmp_path / "wh")]
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
    finally:
        proc.terminate()
        proc.wait(10)
