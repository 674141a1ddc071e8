"""Turn a file, a URL or standard input into raw article material (text or HTML).

Text files are decoded as UTF-8, then Windows-1252, then Latin-1; binary content is
refused. A ``.txt`` file has its title on the first line; a ``.md`` file may start
with YAML-like front matter (``title:``, ``date:``, ``author:``, ``url:``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from dyadscope import dates
from dyadscope.errors import ArticleError
from dyadscope.news.fetch import FetchPolicy, fetch

MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class RawArticle:
    """Material to clean: either ``html`` or plain ``text``, plus known metadata."""

    origin: str
    html: str | None = None
    text: str | None = None
    title: str | None = None
    date: date | None = None
    byline: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def decode(data: bytes, origin: str, charset: str | None = None) -> str:
    """Decode bytes to text, refusing binary data."""
    if not data.strip():
        raise ArticleError(f"{origin}: empty input")
    sample = data[:65536]
    if b"\x00" in sample:
        raise ArticleError(f"{origin}: binary data (NUL bytes), not an article")
    for enc in [charset, "utf-8", "cp1252", "latin-1"]:
        if not enc:
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > 0.01 * min(len(text), 65536):
            raise ArticleError(f"{origin}: binary data (control characters), not an article")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise ArticleError(f"{origin}: cannot decode the text")  # pragma: no cover (latin-1 decodes all)


def parse_date(value: str) -> date | None:
    """A date from front matter and page metadata (:func:`dyadscope.dates.parse`), else a leading ISO date."""
    day = dates.parse(value)
    if day is not None:
        return day
    text = value.strip().strip("'\"")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[3:end].splitlines():
        if ":" in line and not line.startswith((" ", "\t", "-")):
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("'\"")
    body = text[end + 4 :].lstrip("\n")
    return meta, body


def from_text(text: str, origin: str, kind: str = "txt") -> RawArticle:
    """Plain text, Markdown with front matter, or HTML given as a string."""
    stripped = text.lstrip()
    if kind == "html" or stripped[:15].lower().startswith(("<!doctype html", "<html")):
        return RawArticle(origin=origin, html=text)
    if kind == "md" or stripped.startswith("---"):
        meta, body = _front_matter(stripped)
        title = meta.get("title")
        body = re.sub(r"\{%.*?%\}", "", body)  # Jekyll tags
        body = re.sub(r"^\{:[^}]*\}\s*$", "", body, flags=re.MULTILINE)  # kramdown attributes
        body = re.sub(r"<[^>\n]+>", "", body)  # inline HTML (embeds, images)
        body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)  # images
        body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)  # links keep their text
        body = re.sub(r"^#+\s*", "", body, flags=re.MULTILINE)
        body = re.sub(r"\s*#+[ \t]*$", "", body, flags=re.MULTILINE)  # closing marks of headings
        body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
        return RawArticle(
            origin=origin,
            text=body,
            title=title,
            date=parse_date(meta["date"]) if meta.get("date") else None,
            byline=meta.get("author") or meta.get("byline"),
            url=meta.get("url") or meta.get("source"),
            meta=meta,
        )
    lines = stripped.split("\n")
    if len([ln for ln in lines if ln.strip()]) == 1:  # one line: the article itself, not a title
        return RawArticle(origin=origin, text=stripped.strip())
    title = lines[0].strip() if lines else None
    return RawArticle(origin=origin, text="\n".join(lines[1:]).strip("\n"), title=title)


# the article files dyadscope reads, by suffix, and the kind of text each holds
KINDS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SUFFIXES = tuple(KINDS)


def kind_of(name: str) -> str:
    """``html``, ``md`` or ``txt`` from a file name, path or URI (``txt`` when unknown)."""
    return KINDS.get(PurePosixPath(name).suffix.lower(), "txt")


def from_bytes(data: bytes, origin: str, kind: str | None = None) -> RawArticle:
    """An article file's bytes (size-checked, decoded); ``kind`` defaults to the origin's suffix."""
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(f"{origin}: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for one article")
    return from_text(decode(data, origin), origin, kind or kind_of(origin))


def from_path(path: Path) -> RawArticle:
    """A ``.txt``, ``.md`` or ``.html`` file."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path} is a folder; use 'dyadscope ingest' for folders")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:  # refused before reading it
        raise ArticleError(f"{path}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for one article")
    return from_bytes(path.read_bytes(), str(path), kind_of(path.name))


def from_url(url: str, policy: FetchPolicy | None = None, **kwargs: object) -> RawArticle:
    """A web page, fetched under ``policy`` (see :mod:`dyadscope.news.fetch`)."""
    page = fetch(url, policy, **kwargs)  # type: ignore[arg-type]
    text = decode(page.content, page.url, page.charset)
    if page.content_type == "text/plain":
        raw = from_text(text, page.url, "txt")
    else:
        raw = RawArticle(origin=page.url, html=text)
    raw.url = page.url
    return raw


def from_stdin() -> RawArticle:
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(f"standard input is over the {MAX_FILE_BYTES:,}-byte limit for one article")
    return from_text(decode(data, "standard input"), "standard input")


def load(source: str | Path, policy: FetchPolicy | None = None, **kwargs: object) -> RawArticle:
    """Dispatch on the kind of source: ``-`` (standard input), an http(s) URL, or a path."""
    text = str(source)
    if text == "-":
        return from_stdin()
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        return from_url(text, policy, **kwargs)
    return from_path(Path(text))
