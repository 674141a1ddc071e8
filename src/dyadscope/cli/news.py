"""News commands: read, ingest, events, eval."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from dyadscope import api
from dyadscope.cli._app import (
    ChartOpt,
    Format,
    FormatOpt,
    OutputOpt,
    SinceOpt,
    UntilOpt,
    WarehouseOpt,
    _emit,
    _progress,
    app,
    err,
    out,
)
from dyadscope.errors import ConfigError


class ReadFormat(StrEnum):
    json = "json"
    text = "text"
    html = "html"


def _article_text(data: dict[str, Any]) -> str:
    lines = [
        data["title"] or "(untitled)",
        f"date: {data['date'] or 'unknown'}   url: {data['url'] or data['origin']}",
        "",
    ]
    lines.append("Countries: " + ", ".join(f"{c['iso3']} ({len(c['mentions'])})" for c in data["countries"]))
    lines.append("People:")
    lines += [f"  {p['name']} - {p['role'] or 'no role'} - {p['country'] or '?'}" for p in data["people"]]
    lines.append("Organisations: " + "; ".join(f"{o['name']} ({o['country'] or '?'})" for o in data["organizations"]))
    lines.append("Quotes:")
    lines += [
        f"  \u201c{q['text']}\u201d - {q['speaker'] or 'unknown'}{' (partial)' if q['partial'] else ''}"
        for q in data["quotes"]
    ]
    lines.append("Amounts:")
    for a in data["amounts"]:
        usd = (
            f" = US${a['usd']:,.0f} at {a['rate']['per_usd']:,.4g} {a['currency']}/USD ({a['rate']['year']})"
            if a["usd"]
            else f" ({a['note']})"
            if a["note"]
            else ""
        )
        lines.append(f"  {a['text']}: {a['value']:,.0f} {a['currency']}{usd}")
    shown = [e for e in data["events"] if e.get("displayed", True)]
    hidden = len(data["events"]) - len(shown)
    lines.append("Events:" + (f" ({hidden} more below the display threshold in --format json)" if hidden else ""))
    lines += [
        f"  {e['source']} -> {e['target']}: {e['plover']} / CAMEO {e['cameo']} {e['cameo_name']}"
        f" (Goldstein {e['goldstein']}, confidence {e.get('confidence', 1.0):.2f}): {e['sentence'][:100]}"
        for e in shown
    ]
    lines += [f"warning: {w}" for w in data["warnings"]]
    return "\n".join(lines) + "\n"


@app.command("read")
def read_cmd(
    source: Annotated[
        str,
        typer.Argument(help="A file (.txt, .md, .html), an http(s) URL, or - for standard input."),
    ],
    fmt: Annotated[
        ReadFormat, typer.Option("--format", "-f", help="json (the contract), text or html.")
    ] = ReadFormat.text,
    when: Annotated[
        str | None,
        typer.Option("--date", help="Publication date YYYY-MM-DD when the source has none."),
    ] = None,
    save: Annotated[bool, typer.Option("--save", help="Store the article and its events in the warehouse.")] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback/private addresses.")
    ] = False,
    output: OutputOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Read a news article into countries, people, quotes, amounts and events."""
    article = api.read(source, when=when, allow_private=allow_private)
    data = article.to_dict()
    if fmt is ReadFormat.json:
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    elif fmt is ReadFormat.html:
        from dyadscope.report.article_html import render

        text = render(data)
    else:
        text = _article_text(data)
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"written to {output}")
    else:
        sys.stdout.write(text)
    if save:
        rep = api.save(article, warehouse=warehouse)
        err.print("stored in the warehouse" if rep.stored else f"not stored: {rep.skipped[0][1]}")


@app.command()
def ingest(
    source: Annotated[str, typer.Argument(help="A folder of articles or an RSS/Atom feed URL.")],
    when: Annotated[str | None, typer.Option("--date", help="Date for articles that have none.")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback/private addresses.")
    ] = False,
    warehouse: WarehouseOpt = None,
    processes: Annotated[
        int, typer.Option("--processes", "-j", min=1, help="Worker processes for reading (default 1).")
    ] = 1,
) -> None:
    """Read many articles and store them; duplicates are skipped, failures reported."""
    from dyadscope.dates import article_date

    with _progress() as bar:
        task = bar.add_task("reading articles", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        rep = api.ingest(
            source,
            warehouse=warehouse,
            allow_private=allow_private,
            when=article_date(when),
            progress=tick,
            n_process=processes,
        )
    out.print(f"stored {len(rep.stored)}, skipped {len(rep.skipped)} duplicates, failed {len(rep.failed)}")
    for item, why in rep.failed:
        err.print(f"[red]failed[/red] {item}: {why}", highlight=False)
    if rep.failed and not rep.stored:
        raise SystemExit(1)


@app.command("events")
def events_cmd(
    country: Annotated[str, typer.Argument(help="Country.")],
    partner: Annotated[str, typer.Argument(help="Partner.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    undirected: Annotated[bool, typer.Option("--undirected", help="Both directions together.")] = False,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    chart: ChartOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Monthly events between two countries by quad class, with the Goldstein sum."""
    frame = api.events(country, partner, since=since, until=until, directed=not undirected, warehouse=warehouse)
    if frame.empty:
        err.print("[yellow]No events stored for this pair (read --save, ingest or data load-gdelt first).[/yellow]")
        return
    frame = frame.assign(urls=frame["urls"].map(lambda u: " ".join(x for x in u if x)))
    _emit(frame, fmt, output, title="Events")
    if chart:
        from dyadscope.report import charts

        path = charts.save(charts.events_chart(frame), chart)
        err.print(f"chart written to {path}")


@app.command("eval")
def eval_cmd(
    shared: Annotated[
        Path | None,
        typer.Option("--shared", help="Folder with the raw reference data (../shared)."),
    ] = None,
    show_failures: Annotated[bool, typer.Option("--failures", help="List every miss.")] = False,
    claims: Annotated[
        bool,
        typer.Option(
            "--claims",
            help="Evaluate claim finding and verdicts instead (data/eval/claims.json, claims_constructed.json, "
            "claims_heldout.json, claims_blind4.json, claims_dev5.json, claims_dev5b.json, claims_blind5.json, "
            "claims_dev6.json, claims_blind6.json).",
        ),
    ] = False,
    claims_gold: Annotated[
        Path | None,
        typer.Option(
            "--claims-gold",
            help="Score the claim checks on this gold file instead (version 1, the format of data/eval/claims.json; "
            "each article's 'file' relative to the gold file's folder or to --shared).",
        ),
    ] = None,
    claim_sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="With --claims: score only this bundled claims set (repeatable): voa, constructed, heldout, "
            "blind4, dev5, dev5b, blind5, dev6, blind6, blind7, blind7b (docs/evaluation.md).",
        ),
    ] = None,
    no_perturbed: Annotated[
        bool,
        typer.Option(
            "--no-perturbed",
            help="With --claims: skip the perturbed copies (each re-reads its article; the two perturbed rows then "
            "count 0).",
        ),
    ] = False,
    reader_gold: Annotated[
        Path | None,
        typer.Option(
            "--reader-gold",
            help="Score the reader on this gold file instead (the format of data/eval/voa_reader_gold.json).",
        ),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Folder holding the --reader-gold articles (each entry's 'file' relative to it, or its bare name); "
            "default: the gold file's folder and the three above it.",
        ),
    ] = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Evaluate the article reader (PLOVER gold standard, hand-annotated VOA quotes and amounts, the seed),
    with --reader-gold another reader gold file, or with --claims the claim checks: detection recall/precision,
    verdict accuracy, false claims marked consistent."""
    import pandas as pd

    if reader_gold is not None:  # owner: speakers (issue 17)
        rep = api.eval_reader(gold=reader_gold, texts=texts)
        _emit(rep.tidy(), Format.table, None, title=f"Reader evaluation: {reader_gold.name}")
        if show_failures:
            for f in rep.failures:
                out.print(f"  {f}", highlight=False, markup=False)
        return
    if texts is not None:
        raise ConfigError("--texts goes with --reader-gold (the folder of that gold file's articles)")
    root = shared or Path("../shared")
    if claims_gold is not None and not claims_gold.is_file():
        raise ConfigError(f"claims gold file {str(claims_gold)!r} does not exist; pass a version-1 claims gold file")
    if claim_sets and claims_gold is not None:
        raise ConfigError("--set names bundled claims sets; it does not go with --claims-gold (one file of your own)")
    if claims or claims_gold is not None or claim_sets:  # owner: claims (issue 16)
        chosen = api.claim_sets(claim_sets)
        sets: list[tuple[str, str | Path | None]] = [(t, None if n == "voa" else g) for n, t, g in chosen]
        if claims_gold is not None:
            sets = [(claims_gold.name, claims_gold)]
            root = shared or claims_gold.parent
        for title, gold in sets:
            res = api.eval_claims(
                root,
                gold=gold,
                warehouse=warehouse,
                progress=lambda s: err.print(f"  {s}", highlight=False),
                perturbed=not no_perturbed,
            )
            frame = pd.DataFrame(res.rows(), columns=["measure", "value", "n"])
            _emit(frame, Format.table, None, title=f"Claim-check evaluation: {title}")
            if show_failures:
                for m in res.misses:
                    out.print(f"  {m}", highlight=False, markup=False)
        return
    rep = api.eval_reader(root if root.exists() else None)
    table = rep.tidy()
    _emit(table, Format.table, None, title="Reader evaluation")
    if not root.exists():
        err.print(f"[yellow]{root} not found: the PLOVER GSR and the VOA sets were not evaluated[/yellow]")
    if show_failures:
        for f in rep.failures:
            out.print(f"  {f}", highlight=False)
