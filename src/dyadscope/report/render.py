"""Render a :class:`~dyadscope.report.model.Brief`: one self-contained HTML page (the Vega
bundle from vl-convert inlined, nothing fetched), or a PDF printed from it by Chromium."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from dyadscope.errors import ConfigError, DyadscopeError
from dyadscope.report import format as fmt
from dyadscope.report.article_html import _segments
from dyadscope.report.model import Brief, evidence_view
from dyadscope.timing import stage

log = logging.getLogger(__name__)
_ENV = Environment(loader=PackageLoader("dyadscope", "report/templates"), autoescape=select_autoescape(["html"]))


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """The Vega/Vega-Lite/Vega-Embed bundle, built once by vl-convert and kept on disk."""
    import vl_convert as vlc

    from dyadscope.config import settings  # the cache setting (not sources.http: no HTTP client to import)

    path = settings().cache / f"vega-bundle-{vlc.get_vega_version()}-{vlc.get_vega_embed_version()}.js"
    if path.exists():
        return path.read_text("utf-8")
    bundle = str(vlc.javascript_bundle("window.vegaEmbed = vegaEmbed; window.vegaLite = vegaLite; window.vega = vega;"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(bundle, "utf-8")
        tmp.replace(path)
    except OSError as exc:  # a read-only home still gets its brief
        log.info("cannot cache the Vega bundle at %s: %s", path, exc)
    return bundle


def html(brief: Brief) -> str:
    with stage(brief.timings, "render html"):
        segments = _segments(brief.article) if brief.article else []
        page = _ENV.get_template("brief.html").render(
            brief=brief,
            ref=brief.numbering(),  # the sources numbered once for the whole page
            sources=brief.sources,
            segments=segments,
            bundle=Markup(vega_bundle().replace("</script", "<\\/script")),
            today=date.today().isoformat(),
            fmt=fmt,
            evidence_view=evidence_view,
        )
    return page


def save(brief: Brief, path: str | Path) -> Path:
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".html", ".pdf"):
        raise ConfigError(f"a brief is written as .html or .pdf, not {target.name!r}")
    if not target.parent.exists() or not os.access(target.parent, os.W_OK):
        raise ConfigError(f"cannot write {target}: the folder {target.parent} does not exist or is not writable")
    page = html(brief)
    if suffix == ".html":
        target.write_text(page, encoding="utf-8")
        return target
    with stage(brief.timings, "print pdf"):
        print_pdf(page, target)
    return target


def chromium() -> str:
    """The headless browser used to print PDFs (Debian's ``chromium`` package)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise ConfigError("printing a PDF needs Chromium: apt-get install chromium (or write .html)")


def print_pdf(page: str, target: Path) -> None:
    exe = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "brief.html"
        src.write_text(page, encoding="utf-8")
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--user-data-dir={tmp}/profile",
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=4000",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target.resolve()}",
            src.as_uri(),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if proc.returncode != 0 or not target.exists():
            raise DyadscopeError(f"Chromium could not print the PDF: {proc.stderr[-400:]}")
