"""Claims, verdicts and briefs on the seed article and on edge cases."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyadscope as ds
from dyadscope import api
from dyadscope.cli import app
from dyadscope.errors import ArticleError, ConfigError
from dyadscope.warehouse import Warehouse

EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"


def test_brief_html_offline_and_escaped(tmp_path: Path, warehouse: Warehouse) -> None:
    out = tmp_path / "brief.html"
    res = CliRunner().invoke(
        app, ["brief", str(EXAMPLE), "--date", "2024-12-15", "-o", str(out), "--warehouse", str(warehouse.path)]
    )
    assert res.exit_code == 0, res.output
    html = out.read_text("utf-8")
    assert not re.search(r"<script[^>]+src=", html)  # everything inline, nothing fetched
    assert "vegaEmbed" in html and "sources disagree" in html
    for section in (
        "Claims checked",
        "UN General Assembly alignment",
        "Trade",
        "Events",
        "Political Terror Scale",
        "Sources",
    ):
        assert section in html
    assert "KNBS" in html and "GACC" in html


def test_dyad_brief(tmp_path: Path, warehouse: Warehouse) -> None:
    b = api.brief(dyad=["KEN", "USA"], vs=["CHN", "RUS"], warehouse=warehouse)
    assert b.title.startswith("Kenya and United States")
    assert b.article is None and b.checks == []
    assert any("coincidence" in line for line in b.summary)


def test_no_claims_and_no_data(tmp_path: Path, warehouse: Warehouse) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Canada and Chile\nOfficials of Canada and Chile met in Ottawa to discuss fisheries.", "utf-8")
    b = api.brief(f, when="2020-05-05", warehouse=warehouse)
    assert b.checks == []
    assert any("No checkable claims" in s for s in b.summary)
    g = tmp_path / "nodata.txt"
    g.write_text("Chile and Peru\nChile imported about $2 billion of goods from Peru in 2024.", "utf-8")
    checks = api.check(g, when="2025-05-05", warehouse=warehouse)
    assert [c.verdict for c in checks] == ["not checkable"]
    assert "Chile" in checks[0].explanation and "Peru" in checks[0].explanation  # no 2024 figures in the data


def test_bad_output_and_language(tmp_path: Path, warehouse: Warehouse) -> None:
    b = api.brief(dyad=["KEN", "USA"], warehouse=warehouse)
    with pytest.raises(ConfigError, match=r"not writable|does not exist"):
        b.save(tmp_path / "missing" / "brief.html")
    with pytest.raises(ConfigError, match=r"\.html or \.pdf"):
        b.save(tmp_path / "brief.docx")
    f = tmp_path / "fr.txt"
    f.write_text(
        "Le Kenya et la Chine\nLe gouvernement du Kenya a signé avec la Chine un accord sur les "
        "exportations de thé et les importations de machines pour les usines du pays.",
        "utf-8",
    )
    with pytest.raises(ArticleError, match="English"):
        api.brief(f, warehouse=warehouse)


@pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("pdftoppm")), reason="needs Debian chromium and poppler-utils"
)
def test_pdf_pages_are_not_blank(tmp_path: Path, warehouse: Warehouse) -> None:
    import numpy as np

    pdf = tmp_path / "brief.pdf"
    api.brief(EXAMPLE, when="2024-12-15", warehouse=warehouse).save(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.pgm"))
    assert len(pages) >= 3
    for p in pages:
        raw = p.read_bytes()
        header = raw.split(b"\n", 3)  # P5, width height, maxval, pixels
        width, height = map(int, header[1].split())
        pixels = np.frombuffer(header[3][: width * height], dtype=np.uint8)
        dark = int((pixels < 200).sum())
        assert dark > 0.002 * width * height, f"{p.name} looks blank"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "shot")], check=True)
    Path("test-artifacts").mkdir(exist_ok=True)
    shutil.copy(next(tmp_path.glob("shot-*.png")), Path("test-artifacts") / "brief-page-1.png")
