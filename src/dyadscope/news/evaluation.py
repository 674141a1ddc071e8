"""Evaluation of the reader against independent, hand-made references.

* PLOVER gold-standard records (``PLOVER_GSR_CAMEO.txt``, 323 coded sentences, PLOVER
  0.5b1 labels): event-type accuracy and source/target actor accuracy. The 0.5b1 labels
  that the 2021 ontology renamed are compared under their 2021 names
  (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
* Hand annotations of quotes, speakers and amounts in VOA articles
  (``data/eval/voa_annotations.json``): precision and recall.
* The hand-checked expected extraction of the seed article (``data/eval/seed_expected.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from dyadscope import bundled
from dyadscope.news import pipeline, reader
from dyadscope.news.article import Article

RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class Score:
    name: str
    value: float
    n: int
    detail: str = ""


@dataclass
class Report:
    scores: list[Score] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, name: str, hits: int, n: int, detail: str = "") -> None:
        self.scores.append(Score(name, hits / n if n else float("nan"), n, detail))


def _codes(actors: Any) -> set[str]:
    if not actors:
        return set()
    items = actors if isinstance(actors, list) else [actors]
    return {str(a.get("code", ""))[:3] for a in items if isinstance(a, dict) and a.get("code")}


def plover_gsr(path: Path, report: Report) -> None:
    """Code each gold sentence; compare the first event found with the gold record."""
    records = [
        r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text") and r.get("event") != "DOCUMENT"
    ]
    nlp = pipeline.build()
    hit_type = hit_any = hit_src = hit_tgt = n_src = n_tgt = coded = 0
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        gold = RENAMED.get(rec["event"], rec["event"])
        events = doc._.events or []
        if events:
            coded += 1
        if events and events[0].plover == gold:
            hit_type += 1
        if any(e.plover == gold for e in events):
            hit_any += 1
        src, tgt = _codes(rec.get("source")), _codes(rec.get("target"))
        if src:
            n_src += 1
            found = {e.source for e in events} | {m.iso3 for m in (doc._.countries or [])[:1]}
            hit_src += bool(events and events[0].source in src) or bool(not events and found & src)
        if tgt:
            n_tgt += 1
            hit_tgt += bool(events and events[0].target in tgt)
    n = len(records)
    report.add("PLOVER GSR: sentences with an event coded", coded, n)
    report.add("PLOVER GSR: event type (first event)", hit_type, n)
    report.add("PLOVER GSR: event type (any event)", hit_any, n)
    report.add("PLOVER GSR: source actor country", hit_src, n_src)
    report.add("PLOVER GSR: target actor country", hit_tgt, n_tgt)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())


def voa_annotations(corpus: Path, report: Report) -> None:
    data = json.loads(bundled.text("eval/voa_annotations.json"))
    tp_q = fp_q = fn_q = sp_ok = sp_n = part_ok = 0
    tp_a = fp_a = fn_a = 0
    for item in data["articles"]:
        art = reader.read(corpus / item["file"])
        gold = list(item["quotes"])
        found = list(art.quotes)
        for q in found:
            match = next((g for g in gold if _norm(q.text).startswith(_norm(g["start"]))), None)
            if match is None:
                fp_q += 1
                report.failures.append(f"{item['file']}: unexpected quote {q.text[:40]!r}")
                continue
            gold.remove(match)
            tp_q += 1
            sp_n += 1
            ok = (q.speaker or None) == match["speaker"] or (
                q.speaker is not None and match["speaker"] is not None and match["speaker"] in q.speaker
            )
            sp_ok += ok
            part_ok += q.partial == match["partial"]
            if not ok:
                report.failures.append(
                    f"{item['file']}: speaker of {match['start']!r}: got {q.speaker!r}, expected {match['speaker']!r}"
                )
        fn_q += len(gold)
        report.failures += [f"{item['file']}: missed quote {g['start']!r}" for g in gold]
        gold_a = [(a["value"], a["currency"]) for a in item["amounts"]]
        for a in art.amounts:
            key = (a.value, a.currency)
            if key in gold_a:
                gold_a.remove(key)
                tp_a += 1
            else:
                fp_a += 1
                report.failures.append(f"{item['file']}: unexpected amount {a.text!r}")
        fn_a += len(gold_a)
    report.add("VOA quotes: precision", tp_q, tp_q + fp_q)
    report.add("VOA quotes: recall", tp_q, tp_q + fn_q)
    report.add("VOA quotes: speaker correct (matched quotes)", sp_ok, sp_n)
    report.add("VOA quotes: partial flag correct (matched quotes)", part_ok, sp_n)
    report.add("VOA amounts: precision", tp_a, tp_a + fp_a)
    report.add("VOA amounts: recall", tp_a, tp_a + fn_a)


def seed_checks(article: Article) -> list[tuple[str, bool]]:
    """Each expectation of the hand-checked seed extraction, with whether it holds."""
    exp = json.loads(bundled.text("eval/seed_expected.json"))
    d = article.to_dict()
    out: list[tuple[str, bool]] = []
    got_c = {c["iso3"] for c in d["countries"]}
    out += [(f"country {c}", c in got_c) for c in exp["countries"]]
    out.append(("no unexpected countries", got_c <= set(exp["countries"])))
    for p in exp["people"]:
        hit: dict[str, Any] = next((x for x in d["people"] if x["name"] == p["name"]), {})
        ok = bool(hit) and hit["country"] == p["country"]
        if ok and "role_type" in p:
            ok = hit["role_type"] == p["role_type"]
        if ok and "role_contains" in p:
            ok = p["role_contains"] in (hit["role"] or "")
        if ok and "min_mentions" in p:
            ok = len(hit["mentions"]) >= p["min_mentions"]
        out.append((f"person {p['name']}", ok))
    names = {x["name"] for x in d["people"]}
    out += [(f"not a person: {n}", n not in names) for n in exp["not_people"]]
    for o in exp["organizations"]:
        ok = any(o["name_contains"] in x["name"] and x["country"] == o["country"] for x in d["organizations"])
        out.append((f"organisation {o['name_contains']}", ok))
    for q in exp["quotes"]:
        ok = any(
            x["text"].startswith(q["start"]) and x["speaker"] == q["speaker"] and x["partial"] == q["partial"]
            for x in d["quotes"]
        )
        out.append((f"quote {q['start']!r} by {q['speaker']}", ok))
    for a in exp["amounts"]:
        ok = any(
            x["value"] == a["value"] and x["currency"] == a["currency"] and x["qualifier"] == a["qualifier"]
            for x in d["amounts"]
        )
        out.append((f"amount {a['text']}", ok))
    for e in exp["events"]:
        ok = any(
            x["source"] == e["source"] and x["target"] == e["target"] and x["plover"] in e["plover"].split("|")
            for x in d["events"]
        )
        out.append((f"event {e['source']}->{e['target']} ({e['why']})", ok))
    return out


def seed(report: Report) -> None:
    data = resources.files("dyadscope") / "data" / "examples" / "kenya-mnna-review-article.txt"
    with resources.as_file(data) as p:
        art = reader.read(p)
    checks = seed_checks(art)
    report.add("seed article: hand-checked expectations met", sum(ok for _, ok in checks), len(checks))
    report.failures += [f"seed: {name}" for name, ok in checks if not ok]


def run(shared: Path | None = None) -> Report:
    report = Report()
    seed(report)
    if shared is not None:
        plover_gsr(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt", report)
        voa_annotations(shared / "corpus/voa_silk_road", report)
    return report
