"""What a web request may hand the reader: article text, or an http(s) URL. Nothing else.

The CLI and the library read files and standard input (``dyadscope read FILE``, ``-``);
the server never does. A ``url`` field is checked here, as a string, before anything
else happens: it must be an absolute ``http://`` or ``https://`` URL with a host, without
spaces or control characters. Anything else (a path, ``-``, ``~``, ``file:``, ``data:``,
a scheme-relative ``//host``) is refused with the same message whatever exists on the
server's disk, and the reading goes through :func:`dyadscope.news.inputs.from_url` only,
which has no file or stdin branch.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from dyadscope.errors import FetchError
from dyadscope.news.fetch import FetchPolicy

if TYPE_CHECKING:
    from dyadscope.news.article import Article
    from dyadscope.news.clean import CleanArticle

_HTTP = re.compile(r"^https?://[^\s/?#\\]+", re.IGNORECASE)
_BAD_CHARS = re.compile(r"[\x00-\x20\x7f\\]")


def web_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL with a host; else :class:`FetchError`.

    The check looks at the string only: no file system call, no DNS lookup."""
    shown = value if len(value) <= 80 else value[:77] + "..."
    refusal = FetchError(
        f"url must be an absolute http:// or https:// address, got {shown!r}; "
        "the server reads web pages only (paste the text or upload a file instead)"
    )
    if _BAD_CHARS.search(value) or not _HTTP.match(value):
        raise refusal
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        raise refusal from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise refusal
    return value


def read_url(url: str, *, when: date | None, policy: FetchPolicy, max_chars: int = 1_000_000) -> Article:
    """Fetch and read one web page (never a file, never standard input)."""
    from dyadscope.news.clean import clean
    from dyadscope.news.inputs import from_url

    return read_clean(clean(from_url(web_url(url), policy), when), max_chars, "url")


def read_given_text(text: str, *, when: date | None, max_chars: int = 1_000_000, field: str = "text") -> Article:
    """Read article text given in a request (title on the first line; HTML is extracted)."""
    from dyadscope.news.clean import clean
    from dyadscope.news.inputs import from_text

    return read_clean(clean(from_text(text, "text"), when), max_chars, field)


def read_clean(art: CleanArticle, max_chars: int, field: str) -> Article:
    """The spaCy pipeline over a cleaned article, refused (413) first when it is over ``max_chars``."""
    from dyadscope.news import reader
    from dyadscope.web.errors import too_large

    size = len(art.title or "") + len(art.text)
    if size > max_chars:
        raise too_large(
            "body", field, f"the article text is {size:,} characters; the limit is {max_chars:,} characters"
        )
    return next(reader.read_clean([art]))
