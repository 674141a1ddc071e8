"""The Typer app, the shared options and the output helpers of every command group."""

from __future__ import annotations

import inspect
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console
    from rich.progress import Progress
    from rich.status import Status


class Group(TyperGroup):
    """A command group whose ``--help`` is click's plain text, not Rich's panels (the app sets
    ``rich_markup_mode=None``): rendering help through Rich imported about 120 modules and
    took half of ``dyadscope --help``. The content is the same: each command is listed with
    the whole first paragraph of its help, as Rich lists it (click alone would cut it to the
    first sentence or the terminal width, ending in '...')."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, first_paragraph(cmd.short_help or cmd.help or "")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def first_paragraph(text: str) -> str:
    """The first paragraph of a help text on one line (what a command list shows)."""
    return " ".join(inspect.cleandoc(text).split("\n\n")[0].split())


app = typer.Typer(
    cls=Group,
    help="dyadscope: evidence for claims about relations between countries.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help and usage errors (see Group); command output still uses Rich
)


class _LazyConsole:
    """A Rich console made on first use: importing Rich was a quarter of ``import
    dyadscope.cli``, and ``--help`` prints nothing through it. Tables are wide (200
    columns) when the output is a pipe or a file, not a terminal."""

    def __init__(self, *, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            stream = sys.stderr if self._stderr else sys.stdout
            self._console = Console(stderr=self._stderr, width=None if stream.isatty() else 200)
        return self._console

    def print(self, *objects: Any, **kwargs: Any) -> None:
        self.console.print(*objects, **kwargs)

    def status(self, status: str, **kwargs: Any) -> Status:
        return self.console.status(status, **kwargs)


out = _LazyConsole(stderr=False)
err = _LazyConsole(stderr=True)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


WarehouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--warehouse",
        help="Warehouse folder (default: $DYADSCOPE_WAREHOUSE).",
        envvar="DYADSCOPE_WAREHOUSE",
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]
ChartOpt = Annotated[Path | None, typer.Option("--chart", help="Also write a chart: .html (offline), .png, .svg.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First year (2000) or date (2000-06-30).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last year or date.")]
IssueOpt = Annotated[
    list[str] | None,
    typer.Option("--issue", help="Issue code(s): me, nu, di, hr, co, ec (repeat or comma-separate)."),
]
ImportantOpt = Annotated[bool, typer.Option("--important", help="State Department important votes only.")]


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"dyadscope {version('dyadscope')}", highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output.")] = 0,
    show_version: Annotated[
        bool | None,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _emit(frame: pd.DataFrame, fmt: Format, output: Path | None, title: str = "") -> None:
    import pandas as pd
    from rich.console import Console
    from rich.table import Table

    if output is not None and output.suffix.lower() == ".parquet":
        frame.to_parquet(output, index=False)
        return
    if output is not None and fmt is Format.table and output.suffix.lower() in (".csv", ".json"):
        fmt = Format(output.suffix.lower()[1:])  # -o pairs.csv means CSV
    if fmt is Format.csv and len(frame) >= 50_000 and _arrow_csv(frame, output):
        return
    if fmt is Format.csv:
        text = frame.to_csv(index=False)
    elif fmt is Format.json:
        text = frame.to_json(orient="records", date_format="iso", indent=1) + "\n"
    else:
        table = Table(title=title or None, show_lines=False)
        for col in frame.columns:
            table.add_column(str(col), justify="right" if pd.api.types.is_numeric_dtype(frame[col]) else "left")
        for row in frame.itertuples(index=False):
            table.add_row(*[_cell(v) for v in row])
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                Console(file=fh, width=200).print(table)
        else:
            out.print(table)
        return
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _arrow_csv(frame: pd.DataFrame, output: Path | None) -> bool:
    """Write a large frame as CSV with pyarrow (multi-threaded C++, about 10x pandas' writer);
    False when a column has no CSV form in Arrow (lists), so pandas writes it instead."""
    import csv
    import io

    import pyarrow as pa
    import pyarrow.csv as pacsv

    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow([str(c) for c in frame.columns])  # as pandas writes it
    # no quotes, like pandas; a value that would need them raises, and pandas writes the file
    options = pacsv.WriteOptions(include_header=False, quoting_style="none")
    try:
        body = pa.BufferOutputStream()
        pacsv.write_csv(pa.Table.from_pandas(frame, preserve_index=False), body, options)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return False
    data = header.getvalue().encode() + body.getvalue().to_pybytes()
    if output is not None:
        output.write_bytes(data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    return True


def _cell(value: Any) -> str:
    """A terminal table cell: whole numbers without decimals (ranks print 12, not 12.000),
    others with three; dates without a midnight time of day."""
    import pandas as pd

    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:.3f}"
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()
    return str(value)


def _progress() -> Progress:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err.console,
        transient=True,
    )
