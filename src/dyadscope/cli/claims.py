"""The check command: claims of an article with verdicts and evidence."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from dyadscope import api

if TYPE_CHECKING:
    from dyadscope.claims.contract import CheckReport

from dyadscope.cli._app import Format, FormatOpt, OutputOpt, WarehouseOpt, app, out


@app.command("check")
def check_cmd(
    article: Annotated[str, typer.Argument(help="An article file, URL or - (standard input).")],
    when: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD when it has none.")] = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Find the claims of an article and check them against the data (JSON: docs/claims.md)."""
    report = api.check(article, when=when, warehouse=warehouse)
    if output is not None and fmt is Format.table and output.suffix.lower() in (".csv", ".json"):
        fmt = Format(output.suffix.lower()[1:])
    if fmt is Format.json:
        text = json.dumps(report.to_dict(), indent=1, ensure_ascii=False, default=str) + "\n"
    elif fmt is Format.csv:
        text = report.to_frame().to_csv(index=False)
    else:
        text = _blocks(report)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        out.print(f"{len(report)} checks written to {output}", highlight=False)
    else:
        out.print(text, end="", highlight=False, markup=False, soft_wrap=True)


def _blocks(report: CheckReport) -> str:
    lines = [f"{report.title or report.origin} ({report.date or 'no date'}): {len(report)} claims"]
    for i, c in enumerate(report, 1):
        cl = c.claim
        lines.append("")
        lines.append(f"{i}. [{c.verdict}] {cl.kind}: {cl.quote!r}  ({cl.subject or '?'} / {cl.partner or '?'})")
        lines.append(f"   {cl.sentence}")
        lines.append(f"   why: {c.explanation}")
        if c.tolerance:
            lines.append(f"   tolerance: {c.tolerance}")
        if c.period:
            lines.append(f"   period: {c.period}")
        sources: list[str] = []
        for e in c.evidence:
            if not e.used:
                continue
            conv = ""
            if e.in_claim_currency is not None and cl.currency and e.currency not in (None, cl.currency):
                conv = f" = {e.in_claim_currency:,.4g} {cl.currency}"
            rate = f" [rate: {e.rate}]" if e.rate else ""
            lines.append(f"   - {e.label}, {e.period}: {e.value:,.4g} {e.currency or e.unit}{conv}{rate} ({e.basis})")
            sources.append(e.source)
        for src in dict.fromkeys(sources):
            lines.append(f"   source: {src}")
        for w in c.warnings:
            lines.append(f"   warning: {w}")
    return "\n".join(lines) + "\n"
