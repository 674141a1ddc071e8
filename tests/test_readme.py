"""Every command the README shows runs, as a reader would type it (in-process through the
CLI, in a scratch folder with the files the README assumes). URLs point at a server on
127.0.0.1. A README command that fails is a failing test; the few that cannot run here are
listed in SKIP with the reason, and a README command that is neither run nor listed fails."""

from __future__ import annotations

import functools
import http.server
import re
import shlex
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyadscope as ds
from dyadscope.cli import app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = Path(ds.__file__).parent / "data" / "examples" / "kenya-mnna-review-article.txt"
SKIP = {
    "python3 -m venv": "makes a virtual environment (this test suite runs in one)",
    "pip install": "installs the package (what this test suite runs in)",
    "bash .ci/run": "runs this test suite",
    "dyadscope fetch baci": "downloads a 2 GB BACI release from CEPII (the loader is tested on a local file)",
    "dyadscope load baci BACI_HS22_V202501.zip": "needs the file fetch baci downloads",
    # product detail needs a BACI release; these functions run on BACI-shaped files in tests/test_trade.py
    "dyadscope trade KEN CHN --since 2015 --currency KES --level hs2": "needs a loaded BACI release (fetch baci)",
    "dyadscope trade opportunities KEN": "needs a loaded BACI release (fetch baci)",
    "dyadscope trade panel rca": "needs a loaded BACI release (fetch baci)",
    "dyadscope serve": "a long-running server (tests/test_web.py and test_brief_pages.py start it on 127.0.0.1)",
    "dyadscope spark": "needs pyspark and a Java runtime (tests/test_spark.py)",
    "dyadscope eval --shared": "scores the whole gold standard (minutes; tests/test_reader.py)",
    "dyadscope align --all-pairs": "every pair, every year (about a minute; tests/test_api.py covers all_pairs)",
}
STORY = """<html><head><title>Kenya and China sign a trade deal</title>
<meta name="date" content="2024-11-02"></head><body><article><h1>Kenya and China sign a trade deal</h1>
<p>Kenya signed a new trade agreement with China on Saturday in Nairobi, officials said.</p>
<p>Kenya imports about $3 billion of goods a year from China, while its exports to China remain small.</p>
<p>President William Ruto said the deal would open the Chinese market to Kenyan tea and avocados.</p>
</article></body></html>"""


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    cmds: list[str] = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if not line:
                continue
            for part in re.split(r"\s(?:&&|;)\s", line):
                part = part.strip().removeprefix(".venv/bin/")
                if part:
                    cmds.append(part)
    return cmds


def _skipped(cmd: str) -> str | None:
    return next((why for key, why in SKIP.items() if cmd.startswith(key) or f" {key}" in cmd), None)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    (root / "story.html").write_text(STORY, "utf-8")
    (root / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Kenya and China sign a trade deal</title><link>{base}/story.html</link></item>"
        "</channel></rss>",
        "utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    (root / "feed.xml").write_text((root / "feed.xml").read_text("utf-8").replace("{base}", base), "utf-8")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield base
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the README's commands name."""
    d = tmp_path_factory.mktemp("readme")
    (d / "src" / "dyadscope" / "data" / "examples").mkdir(parents=True)
    shutil.copy(EXAMPLE, d / "src" / "dyadscope" / "data" / "examples" / EXAMPLE.name)
    shutil.copy(EXAMPLE, d / "story.txt")
    (d / "story.html").write_text(STORY, "utf-8")
    (d / "corpus").mkdir()
    for f in sorted((SHARED / "corpus" / "voa_silk_road").glob("2019-03-2*.md")):
        shutil.copy(f, d / "corpus" / f.name)
    # real GDELT 2.0 events of 2017 (the sample has GDELT's layout plus a description column)
    shutil.copy(
        SHARED / "data" / "events" / "gdelt_samples" / "gdelt2_events_sample_gdeltPyR.csv", d / "20170701.export.CSV"
    )
    return d


def test_every_readme_command_is_handled() -> None:
    cmds = readme_commands()
    assert "dyadscope brief --dyad KEN USA --vs CHN RUS -o kenya-us.html" in cmds
    for cmd in cmds:
        assert cmd.startswith("dyadscope ") or _skipped(cmd), f"README command not run by this test: {cmd}"


# README commands that fail today, each a known bug with its owner (strict: a fix makes
# the test fail until the entry goes)
BROKEN: dict[str, str] = {}


def _cases() -> list[object]:
    out: list[object] = []
    for c in readme_commands():
        if not c.startswith("dyadscope ") or _skipped(c):
            continue
        why = next((w for k, w in BROKEN.items() if c.startswith(k)), None)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        out.append(pytest.param(c, marks=marks, id=c[10:60]))
    return out


@pytest.mark.shared
@pytest.mark.parametrize("cmd", _cases())
def test_readme_command_runs(
    cmd: str, scratch: Path, site: str, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.chdir(scratch)
    monkeypatch.setenv("DYADSCOPE_WAREHOUSE", str(tmp_path_factory.getbasetemp() / "readme-warehouse"))
    args = shlex.split(cmd)[1:]
    if any(a.startswith("https://example.org") for a in args):
        args = [a.replace("https://example.org", site) for a in args] + ["--allow-private"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, f"{cmd}\n{res.output}\n{res.exception!r}"
    for i, a in enumerate(args[:-1]):
        if a in ("-o", "--output", "--chart"):
            assert (scratch / args[i + 1]).stat().st_size > 0, f"{cmd}: {args[i + 1]} not written"
