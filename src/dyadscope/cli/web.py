"""The serve command."""

from __future__ import annotations

from typing import Annotated

import typer

from dyadscope.cli._app import (
    WarehouseOpt,
    app,
    err,
)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let article URLs reach private addresses.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes (one per core).")] = 1,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option("--allowed-host", help="A Host header to answer (repeat; default: loopback names and --host)."),
    ] = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Run the web dashboard and JSON API (read-only over the warehouse)."""
    from dyadscope.config import settings
    from dyadscope.web.app import LOOPBACK
    from dyadscope.web.app import serve as run_server

    path = settings().with_(warehouse=warehouse).warehouse
    if host not in LOOPBACK and not host.startswith("127.") and not allow_private:
        err.print(
            f"warning: --host {host} makes the server reachable from other machines "
            "(it has no login; the default 127.0.0.1 is this machine only)",
            highlight=False,
            markup=False,
        )

    def listening(url: str) -> None:
        err.print(f"dyadscope on {url} (warehouse {path})", highlight=False, markup=False)

    run_server(host, port, path, allow_private, workers, tuple(allowed_host or ()), on_listening=listening)
