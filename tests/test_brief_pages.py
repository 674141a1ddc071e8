"""The brief and the pair page looked at as a reader would, in Debian's Chromium: at 1280
and 800 px nothing overflows, every drawn axis and legend has a title, no table number has
more than four decimals or goes without a unit, the at-a-glance panel has one row per
checked claim, and the printed PDF has nothing cut at its right edge. Screenshots go to
test-artifacts/ (gitignored)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import dyadscope as ds
from dyadscope import api
from dyadscope.report.model import Brief
from dyadscope.warehouse import Warehouse
from tests.helpers import OVERFLOW_JS, serving

pytestmark = pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("pdftoppm")), reason="needs Debian chromium and poppler-utils"
)
EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"
ARTIFACTS = Path("test-artifacts")
WIDTHS = (1280, 800)
UNIT_HEADER = re.compile(r"year|date|session|period|\(|votes|resolution|chapter|code", re.I)
NUMBER = re.compile(r"-?\d[\d,]*(?:\.(\d+))?")


@pytest.fixture(scope="module")
def briefs(warehouse: Warehouse, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Brief, Path]]:
    out = tmp_path_factory.mktemp("briefs")
    made = {
        "seed": api.brief(EXAMPLE, when="2024-12-15", warehouse=warehouse),
        "dyad-KEN-USA": api.brief(dyad=["KEN", "USA"], vs=["CHN", "RUS"], warehouse=warehouse),
    }
    return {k: (b, b.save(out / f"{k}.html")) for k, b in made.items()}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    pw = pytest.importorskip("playwright.sync_api")
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from dyadscope.web.app import WebSettings

    wh = tmp_path_factory.mktemp("pagewh")
    Warehouse(wh).ensure()  # as 'dyadscope serve' does before it serves; the app only reads
    with serving(WebSettings(warehouse=wh)) as base:
        yield base


_TITLES = """() => [...document.querySelectorAll('.chart')].map(c => ({
  id: c.id,
  axes: [...c.querySelectorAll('g.role-axis')].filter(a => a.querySelector('g.role-axis-label text')).length,
  axisTitles: [...c.querySelectorAll('g.role-axis-title text')].filter(t => t.textContent.trim()).length,
  legends: c.querySelectorAll('g.role-legend').length,
  legendTitles: [...c.querySelectorAll('g.role-legend-title text')].filter(t => t.textContent.trim()).length,
}))"""

_CELLS = """() => [...document.querySelectorAll('table')].flatMap(t => {
  const heads = [...t.querySelectorAll('thead th')].map(h => h.textContent.trim());
  return [...t.querySelectorAll('tbody tr')].flatMap(r =>
    [...r.children].map((td, i) => ({head: heads[i] || '', text: td.textContent.trim()})));
})"""


def _look(page: Any, name: str, width: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    fit = page.evaluate(OVERFLOW_JS)
    assert fit["page"] <= fit["width"] and not fit["bad"], (name, width, fit)
    for chart in page.evaluate(_TITLES):
        assert chart["axes"] >= 2 and chart["axisTitles"] >= chart["axes"], (name, chart)
        assert chart["legendTitles"] >= chart["legends"], (name, chart)


def test_briefs_at_both_widths(browser: Any, briefs: dict[str, tuple[Brief, Path]]) -> None:
    for name, (brief, path) in briefs.items():
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto(path.as_uri())
            page.wait_for_selector(".chart svg", timeout=30_000)
            page.wait_for_timeout(300)
            assert errors == [], errors
            n_charts = sum(len(s.charts) for s in brief.sections)
            assert page.locator(".chart svg").count() == n_charts >= 3
            _look(page, f"brief-{name}", width)
            if name == "seed":
                assert page.locator("#glance-claims tr.claim-row").count() == len(brief.checks) >= 3
            page.close()


def test_table_numbers_have_units(browser: Any, briefs: dict[str, tuple[Brief, Path]]) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(briefs["seed"][1].as_uri())
    cells = page.evaluate(_CELLS)
    assert len(cells) > 100
    for c in cells:
        for m in NUMBER.finditer(c["text"]):
            assert not m.group(1) or len(m.group(1)) <= 4, c
        if re.fullmatch(r"-?[\d,]+(\.\d+)?", c["text"]):  # a bare number: its header must say what it counts
            assert UNIT_HEADER.search(c["head"]), c
    page.close()


def test_pair_page_at_both_widths(browser: Any, server: str) -> None:
    for width in WIDTHS:
        page = browser.new_page(viewport={"width": width, "height": 1000})
        r = page.goto(f"{server}/pair/KEN/USA?vs=CHN,RUS", timeout=60_000)
        assert r is not None and r.status == 200
        page.wait_for_selector("#align svg", timeout=90_000)
        page.wait_for_timeout(300)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"pair-KEN-USA-{width}.png"), full_page=True)
        assert page.locator("#tradeUSA svg").count() == 1  # the brief's trade chart, same builder
        for chart in page.evaluate(_TITLES):
            assert chart["axisTitles"] >= chart["axes"] and chart["legendTitles"] >= chart["legends"], chart
        page.close()


def test_pdf_pages_not_clipped(tmp_path: Path, briefs: dict[str, tuple[Brief, Path]]) -> None:
    import numpy as np

    pdf = briefs["seed"][0].save(tmp_path / "seed.pdf")
    subprocess.run(["pdftoppm", "-r", "50", "-gray", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.pgm"))
    assert len(pages) >= 3
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "At a glance" in first and "Political Terror Scale" in first  # the whole panel on page 1
    for p in pages:
        raw = p.read_bytes()
        header = raw.split(b"\n", 3)
        width, height = map(int, header[1].split())
        pixels = np.frombuffer(header[3][: width * height], dtype=np.uint8).reshape(height, width)
        assert (pixels < 200).sum() > 0.002 * width * height, f"{p.name} looks blank"
        edge = pixels[:, -int(width * 0.03) :]  # the page margin: anything drawn there was cut
        assert (edge < 200).sum() == 0, f"{p.name}: content reaches the right edge"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "shot")], check=True)
    ARTIFACTS.mkdir(exist_ok=True)
    for i, shot in enumerate(sorted(tmp_path.glob("shot-*.png")), 1):
        shutil.copy(shot, ARTIFACTS / f"brief-seed-pdf-page-{i}.png")


def test_print_layout_fits_the_page(browser: Any, briefs: dict[str, tuple[Brief, Path]]) -> None:
    """In print media at the A4 content width (210 mm less 2 x 12 mm margins, 703 px) no
    table or chart is wider than the page: what the PDF would cut at its right edge."""
    for name, (_, path) in briefs.items():
        page = browser.new_page(viewport={"width": 703, "height": 1000})
        page.emulate_media(media="print")
        page.goto(path.as_uri())
        page.wait_for_selector(".chart svg", timeout=30_000)
        fit = page.evaluate(OVERFLOW_JS)
        assert fit["page"] <= fit["width"] and not fit["bad"], (name, fit)
        page.close()
