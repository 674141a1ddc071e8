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
from dyadscope.claims.extract import find_claims
from dyadscope.cli import app
from dyadscope.errors import ArticleError, ConfigError
from dyadscope.warehouse import Warehouse

EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"


@pytest.fixture(scope="module")
def seed_checks(warehouse: Warehouse) -> list:  # type: ignore[type-arg]
    return api.check(EXAMPLE, when="2024-12-15", warehouse=warehouse)


def test_seed_claims_found() -> None:
    art = ds.read(EXAMPLE, when="2024-12-15")
    claims = {c.type: c for c in find_claims(art)}
    value = claims["trade_value"]
    assert (value.subject, value.partner, value.flow) == ("KEN", "CHN", "imports")
    assert value.value == 600e9 and value.currency == "KES" and value.hedge == "approximately"
    assert value.years == [2023] and value.period_inferred  # "annually": the latest full year
    assert claims["trade_ratio"].hedge == "a fraction"
    assert claims["alignment"].partner == "USA"


def test_sh600bn_verdict_cites_both_sides(seed_checks: list) -> None:  # type: ignore[type-arg]
    c = next(c for c in seed_checks if c.claim.type == "trade_value")
    # Kenya's 2023 figure (US$3.275 bn, about KES 458 bn) is 76% of the claim: outside ±15%
    assert c.verdict == "overstated"
    assert "KES 458.5 bn" in c.explanation and "76% of the claim" in c.explanation
    assert "2.4 times" in c.explanation  # China's customs record far more
    sides = {e.side for e in c.evidence}
    assert sides == {"reporter", "mirror"}
    assert all(e.source for e in c.evidence)


def test_fraction_and_alignment_verdicts(seed_checks: list) -> None:  # type: ignore[type-arg]
    ratio = next(c for c in seed_checks if c.claim.type == "trade_ratio")
    assert ratio.verdict == "consistent" and "3.4%" in ratio.explanation
    align = next(c for c in seed_checks if c.claim.type == "alignment")
    assert align.verdict == "consistent"
    assert len(align.evidence) == 5 and all(e.side == "votes" for e in align.evidence)


def test_brief_html_offline_and_escaped(tmp_path: Path, warehouse: Warehouse) -> None:
    out = tmp_path / "brief.html"
    res = CliRunner().invoke(
        app, ["brief", str(EXAMPLE), "--date", "2024-12-15", "-o", str(out), "--warehouse", str(warehouse.path)]
    )
    assert res.exit_code == 0, res.output
    html = out.read_text("utf-8")
    assert not re.search(r"<script[^>]+src=", html)  # everything inline, nothing fetched
    assert "vegaEmbed" in html and "overstated" in html
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
    g.write_text("Chile and Peru\nChile imports about $2 billion of goods a year from Peru.", "utf-8")
    checks = api.check(g, when="2020-05-05", warehouse=warehouse)
    assert [c.verdict for c in checks] == ["not checkable"]
    assert "No published or BACI figures" in checks[0].explanation


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


def test_partner_rank_and_share_claims(tmp_path: Path) -> None:
    """Checked against BACI partner shares (a small file in BACI's format)."""
    from tests.test_trade import _year_file  # the same hand-computed flows

    wh = Warehouse(tmp_path / "wh")
    api.load_baci(_year_file(tmp_path / "baci", 2022), warehouse=wh)
    f = tmp_path / "a.txt"
    f.write_text(
        "Kenya trade\nThe United States is Kenya's largest export market, officials said in 2022. "
        "China took 20% of Kenya's exports in 2022, and China is Kenya's biggest trading partner. "
        "Washington is Kenya's main source of imports.",
        "utf-8",
    )
    checks = {
        (c.claim.type, c.claim.partner, c.claim.flow): c.verdict for c in api.check(f, when="2023-01-10", warehouse=wh)
    }
    assert checks[("top_partner", "USA", "exports")] == "consistent"  # 80% of Kenya's exports
    assert checks[("trade_share", "CHN", "exports")] == "consistent"  # 0.2 exactly
    assert checks[("top_partner", "CHN", "total")] == "consistent"  # total trade: CHN 110, USA 60 (thousand USD)
    assert checks[("top_partner", "USA", "imports")] == "overstated"  # imports: CHN 100, USA 20
    offline = api.check(f, when="2023-01-10", warehouse=tmp_path / "empty")
    assert all(c.verdict == "not checkable" for c in offline if c.claim.type != "alignment")
