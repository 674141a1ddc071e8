"""HTML to article text and metadata with trafilatura; boilerplate lines dropped from text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dyadscope.errors import ArticleError
from dyadscope.news.inputs import RawArticle, parse_date

# Site chrome that survives in scraped plain text (comment boxes, share bars, ...).
_BOILERPLATE = re.compile(
    r"^\s*(add new comment|leave a (comment|reply)|post a comment|comments?|share this( article| story)?"
    r"|share on (facebook|twitter|x|whatsapp|linkedin)|related (articles|stories|news)|most read"
    r"|read more|advertisement|subscribe( to our newsletter)?|follow us on .*|sign up for .*"
    r"|click here to .*|tags?:.*|you may also like|trending( now)?|recommended( for you)?)\s*[:.]?\s*$",
    re.IGNORECASE,
)


_FILE_MARK = re.compile(r"^\s*FILE\s*(?:PHOTO)?\s*[-–—:]\s+")


@dataclass
class CleanArticle:
    """The text to analyse and its metadata."""

    title: str
    text: str
    date: date | None
    byline: str | None
    url: str | None
    origin: str


def _strip_boilerplate(text: str) -> str:
    # "FILE - Passengers board ...": the photo-archive mark of a caption is not part of it
    lines = [_FILE_MARK.sub("", ln.rstrip()) for ln in text.split("\n")]
    kept = [ln for ln in lines if not _BOILERPLATE.match(ln)]
    # collapse runs of blank lines; keep paragraphs
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return out


def clean(raw: RawArticle, when: date | None = None) -> CleanArticle:
    """Extract the main text (HTML through trafilatura) and settle the metadata."""
    title, byline, day, url = raw.title, raw.byline, raw.date, raw.url
    if raw.html is not None:
        import trafilatura

        doc = trafilatura.bare_extraction(
            raw.html, url=raw.url, include_comments=False, include_tables=False, with_metadata=True
        )
        if doc is None:
            raise ArticleError(f"{raw.origin}: no article text found in the page")
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = str(data.get("text") or "")
        title = title or data.get("title")
        byline = byline or data.get("author")
        url = url or data.get("url")
        if data.get("date") and day is None:
            day = parse_date(str(data["date"]))
    else:
        text = raw.text or ""
    text = _strip_boilerplate(text)
    if not text.strip():
        raise ArticleError(f"{raw.origin}: no article text")
    return CleanArticle(
        title=(title or "").strip(),
        text=text,
        date=when or day,
        byline=byline,
        url=url,
        origin=raw.origin,
    )
