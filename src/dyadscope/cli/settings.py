"""The settings command: every setting with its default, current value and meaning."""

from __future__ import annotations

from dyadscope.cli._app import Format, FormatOpt, OutputOpt, _emit, app


@app.command("settings")
def settings_cmd(fmt: FormatOpt = Format.table, output: OutputOpt = None) -> None:
    """List the settings: name, environment variable, default, current value, meaning."""
    import pandas as pd

    from dyadscope import config

    frame = pd.DataFrame(config.describe(), columns=["name", "env", "option", "default", "current", "help"])
    _emit(frame, fmt, output, title="Settings (environment variable, or the option where there is one)")
