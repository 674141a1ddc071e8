"""The ``dyadscope`` command line: thin commands that call :mod:`dyadscope.api`.

One module per command group; this package (and only it) prints and configures logging.
"""

from __future__ import annotations

# Importing a module registers its commands; --help lists them in this order (so keep isort out).
# isort: off
from dyadscope.cli import votes as votes  # align, ideal-points, votes
from dyadscope.cli import news as news  # read, ingest, events, eval
from dyadscope.cli import trade as trade  # trade
from dyadscope.cli import claims as claims  # check
from dyadscope.cli import briefs as briefs  # brief
from dyadscope.cli import web as web  # serve
from dyadscope.cli import settings as settings  # settings
from dyadscope.cli import data as data  # groups data, load, fetch
from dyadscope.cli import spark as spark  # group spark

# isort: on
from dyadscope.cli._app import app, err
from dyadscope.errors import DyadscopeError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: run the app, turning dyadscope errors into a message and exit code 1."""
    try:
        app()
    except DyadscopeError as exc:
        from rich.markup import escape

        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)  # "dyadscope[build]" stays
        raise SystemExit(1) from None
