"""Evaluate claim finding and checking against an annotated set (``data/eval/claims.json``).

The set (version 1, written by an independent annotator; guidelines in docs/eval-claims.md):
``articles`` (``file`` relative to the shared folder, ``date``, ``claims`` with ``id``,
``sentence``, ``kind``, ``expected_verdict``, ...) and ``perturbed`` copies (``of`` a claim id,
``file``, ``original_sentence`` replaced by ``sentence`` in the article text, the right
``expected_verdict``).

Measures:

* detection recall and precision: a found claim matches a gold claim when both are of the
  same kind and their sentences are the same (whitespace and quotes normalised; a found
  claim spanning several sentences matches any of them); one found claim matches at most
  one gold claim; found claims are counted once per (sentence, kind, quote);
* verdict accuracy: over the matched pairs, the share whose verdict is the expected one (and,
  end to end, over every gold claim, a missed claim counting as wrong);
* false claims marked consistent: for each perturbed copy, the article with the replacement
  applied is read and checked again; the copy counts when a claim of the original's kind in
  the changed sentence is marked *consistent*. Copies whose original sentence is not in the
  article are reported, not scored.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from dyadscope import bundled
from dyadscope.claims.check import Check, check_all
from dyadscope.claims.extract import find_claims
from dyadscope.errors import ConfigError
from dyadscope.warehouse import Warehouse

GOLD = "eval/claims.json"
CONSTRUCTED = "eval/claims_constructed.json"
HELDOUT = "eval/claims_heldout.json"  # annotated independently; docs/eval-heldout.md
BLIND4 = "eval/claims_blind4.json"  # a fourth annotator, blind until round 4 ended; docs/eval-blind4.md
DEV5 = "eval/claims_dev5.json"  # round 5, written by an engineer on the checker (claims6a): seen
DEV5B = "eval/claims_dev5b.json"  # round 5, alignment and ranks, written by an engineer (claims6b): seen
BLIND5 = "eval/claims_blind5.json"  # a fifth annotator, blind until round 5 ended; docs/eval-blind5.md
DEV6 = "eval/claims_dev6.json"  # round 6, written by an engineer on the checker (claims7a): seen
BLIND6 = "eval/claims_blind6.json"  # round 6: texts by a writer, gold by a separate annotator; docs/eval-blind6.md
BLIND7 = "eval/claims_blind7.json"  # round 7: two writer/annotator pairs, blind until measured; docs/eval-blind7.md
BLIND7B = "eval/claims_blind7b.json"
BUNDLED = (GOLD, CONSTRUCTED, HELDOUT, BLIND4, DEV5, DEV5B, BLIND5, DEV6, BLIND6, BLIND7, BLIND7B)

SetName = Literal[
    "voa", "constructed", "heldout", "blind4", "dev5", "dev5b", "blind5", "dev6", "blind6", "blind7", "blind7b"
]
SET_NAMES: tuple[SetName, ...] = get_args(SetName)
# name -> (title printed above its table, bundled gold file), in the order `dyadscope eval --claims` scores them
SETS: dict[SetName, tuple[str, str]] = {
    "voa": ("VOA articles and the seed", GOLD),
    "constructed": ("constructed texts", CONSTRUCTED),
    "heldout": ("held-out constructed texts (independent annotator)", HELDOUT),
    "blind4": ("blind set of round 4 (a fourth annotator)", BLIND4),
    "dev5": ("dev set 5: trade values, currencies, ratios (seen, written by an engineer)", DEV5),
    "dev5b": ("dev set 5b: alignment and ranks (seen, written by an engineer)", DEV5B),
    "blind5": ("blind set of round 5 (a fifth annotator)", BLIND5),
    "dev6": ("dev set 6: trade values, ranks, changes (seen, written by an engineer)", DEV6),
    "blind6": ("blind set of round 6 (texts by a writer, gold by a separate annotator)", BLIND6),
    "blind7": ("blind set 7 of round 7 (texts by a writer, gold by a separate annotator)", BLIND7),
    "blind7b": ("blind set 7b of round 7 (another writer and annotator)", BLIND7B),
}


def bundled_sets(names: list[str] | tuple[str, ...] | None = None) -> list[tuple[SetName, str, str]]:
    """The bundled sets to score, as (name, title, gold file): those named (each once, in the order
    of :data:`SETS`), or all of them when ``names`` is empty or None. An unknown name is a
    :class:`ConfigError` that lists the valid ones."""
    wanted = {n.strip().lower() for n in names or ()}
    bad = sorted(wanted - set(SET_NAMES))
    if bad:
        raise ConfigError(f"claims evaluation set {bad[0]!r} is not bundled; choose from {', '.join(SET_NAMES)}")
    return [(n, t, g) for n, (t, g) in SETS.items() if not wanted or n in wanted]


@dataclass
class Miss:
    what: str  # missed | spurious | wrong verdict | false consistent | not applied
    file: str
    sentence: str
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.file}: {self.sentence[:110]!r} ({self.detail})"


@dataclass
class ClaimsEval:
    gold: int = 0
    found: int = 0
    matched: int = 0
    verdict_right: int = 0
    perturbed: int = 0
    perturbed_scored: int = 0
    false_consistent: int = 0
    perturbed_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [gold, matched, verdict right]
    misses: list[Miss] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_right / self.matched if self.matched else 0.0

    @property
    def end_to_end(self) -> float:
        return self.verdict_right / self.gold if self.gold else 0.0

    def rows(self) -> list[tuple[str, float, int]]:
        out = [
            ("claim detection recall", self.recall, self.gold),
            ("claim detection precision", self.precision, self.found),
            ("verdict accuracy (matched claims)", self.verdict_accuracy, self.matched),
            ("verdict accuracy (every gold claim)", self.end_to_end, self.gold),
            ("perturbed (false) claims marked consistent", float(self.false_consistent), self.perturbed_scored),
            (
                "perturbed claims with the expected verdict",
                self.perturbed_right / self.perturbed_scored if self.perturbed_scored else 0.0,
                self.perturbed_scored,
            ),
        ]
        for kind, (g, m, v) in sorted(self.by_kind.items()):
            out.append((f"recall: {kind}", m / g if g else 0.0, g))
            out.append((f"verdict accuracy: {kind}", v / m if m else 0.0, m))
        return out


def _norm(text: str) -> str:
    """Sentence text for matching: Markdown links and tags reduced to their words (the gold set
    quotes the raw files, the reader's text has no markup), quotes and spaces unified."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().strip('"').strip().lower()


def _same_sentence(found: str, gold: str) -> bool:
    f, g = _norm(found), _norm(gold)
    return bool(f and g) and (f == g or g in f or (len(f) > 40 and f in g))


def _touching_change(text: str, original: str, changed: str, checks: list[Check]) -> list[Check]:
    """The checks whose quoted words overlap what the perturbation changed (a sentence with three
    figures has three claims; only the changed one is false). All of them when none overlaps
    (e.g. a changed direction word outside every quote)."""
    import difflib

    at = text.find(changed)
    if at < 0 or not checks:
        return checks
    m = difflib.SequenceMatcher(None, original, changed, autojunk=False)
    spans = [(at + j1, at + j2) for op, _i1, _i2, j1, j2 in m.get_opcodes() if op != "equal"]
    if not spans:
        return checks
    lo, hi = min(a for a, _ in spans), max(max(b, a + 1) for a, b in spans)
    hit = [c for c in checks if c.claim.quote_span[0] < hi and lo < c.claim.quote_span[1]]
    return hit or checks


def load_gold(path: Path | str | None = None) -> dict[str, Any]:
    """The annotated set: a path, or the bundled ``eval/claims.json`` (default), ``eval/claims_constructed.json``
    ``eval/claims_heldout.json`` or ``eval/claims_blind4.json``."""
    text = bundled.text(str(path or GOLD)) if path is None or str(path) in BUNDLED else Path(path).read_text("utf-8")
    gold: dict[str, Any] = json.loads(text)
    if gold.get("version") != 1:
        raise ConfigError(f"claims evaluation set version {gold.get('version')!r}; this code reads version 1")
    return gold


def _read(path: Path, when: date | None, text: str | None = None) -> Any:
    from dyadscope.news.reader import read

    if text is None:
        return read(path, when=when)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        copy.write_text(text, "utf-8")
        return read(copy, when=when)


def _roots(gold: dict[str, Any], gold_path: Path | str | None, shared: Path) -> list[Path]:
    """Where the set's ``file`` paths are looked up, in order: a bundled set's own folder (the package
    data for a ``"constructed": true`` set, else ``shared``); for a set read from a path, that file's
    folder, then ``shared`` (then the package data, for a constructed set)."""
    bundled_set = gold_path is None or str(gold_path) in BUNDLED
    roots: list[Path] = []
    if not bundled_set:
        roots.append(Path(gold_path).parent)  # type: ignore[arg-type]
    if gold.get("constructed"):
        with resources.as_file(resources.files("dyadscope") / "data") as data_dir:
            package = Path(data_dir)
        roots += [shared, package] if not bundled_set else [package]
    else:
        roots.append(shared)
    return roots


def _locate(file: str, roots: list[Path]) -> Path:
    for root in roots:
        if (root / file).is_file():
            return root / file
    tried = ", ".join(str(r) for r in roots)
    raise ConfigError(f"claims evaluation set names the file {file!r}, which is in none of: {tried}")


def run(
    wh: Warehouse,
    shared: Path,
    gold_path: Path | str | None = None,
    progress: Callable[[str], None] | None = None,
    perturbed: bool = True,
) -> ClaimsEval:
    """Score the claims of every annotated article (and the perturbed copies) read from ``shared``
    (a set marked ``"constructed": true`` names files under the package data folder instead). A set
    read from a path (``dyadscope eval --claims-gold PATH``) names its files relative to its own
    folder or to ``shared``. ``perturbed=False`` leaves the perturbed copies out (each is a fresh
    reading of its article, most of the time an evaluation takes): their two rows then count 0 copies."""
    gold = load_gold(gold_path)
    roots = _roots(gold, gold_path, shared)
    rep = ClaimsEval()
    kind_of: dict[str, str] = {}
    for art in gold.get("articles", []):
        path = _locate(art["file"], roots)
        when = date.fromisoformat(art["date"]) if art.get("date") else None
        if progress:
            progress(art["file"])
        article = _read(path, when)
        claims = find_claims(article)
        checks = check_all(wh, claims, article.date or when)
        seen: set[tuple[str, str, str]] = set()
        found: list[Check] = []
        for c in checks:
            key = (_norm(c.claim.sentence), c.claim.kind, c.claim.quote)
            if key not in seen:
                seen.add(key)
                found.append(c)
        rep.found += len(found)
        free = list(found)
        for g in art.get("claims", []):
            kind_of[str(g.get("id"))] = str(g["kind"])
            rep.gold += 1
            stats = rep.by_kind.setdefault(str(g["kind"]), [0, 0, 0])
            stats[0] += 1
            hit = next(
                (c for c in free if c.claim.kind == g["kind"] and _same_sentence(c.claim.sentence, g["sentence"])), None
            )
            if hit is None:
                near = [c.claim.kind for c in found if _same_sentence(c.claim.sentence, g["sentence"])]
                rep.misses.append(
                    Miss("missed", art["file"], g["sentence"], f"{g['kind']}; found there: {near or 'nothing'}")
                )
                continue
            free.remove(hit)
            rep.matched += 1
            stats[1] += 1
            if hit.verdict == g.get("expected_verdict"):
                rep.verdict_right += 1
                stats[2] += 1
            else:
                rep.misses.append(
                    Miss(
                        "wrong verdict",
                        art["file"],
                        g["sentence"],
                        f"{g['kind']}: expected {g.get('expected_verdict')!r}, got {hit.verdict!r}:"
                        f" {hit.explanation[:160]}",
                    )
                )
        for c in free:
            rep.misses.append(Miss("spurious", art["file"], c.claim.sentence, f"{c.claim.kind}: {c.claim.quote!r}"))
    dates = {a["file"]: a.get("date") for a in gold.get("articles", [])}
    for p in gold.get("perturbed", []) if perturbed else []:
        rep.perturbed += 1
        path = _locate(p["file"], roots)
        raw = path.read_text("utf-8")
        original, changed = p["original_sentence"], p["sentence"]
        if original not in raw:
            rep.misses.append(
                Miss("not applied", p["file"], original, f"perturbed {p.get('id')}: sentence not in the file")
            )
            continue
        if progress:
            progress(f"perturbed {p.get('id')}")
        when = date.fromisoformat(dates[p["file"]]) if dates.get(p["file"]) else None
        article = _read(path, when, raw.replace(original, changed, 1))
        kind = kind_of.get(str(p.get("of")))
        checks = [
            c
            for c in check_all(wh, find_claims(article), article.date or when)
            if _same_sentence(c.claim.sentence, changed) and (kind is None or c.claim.kind == kind)
        ]
        checks = _touching_change(article.text, original, changed, checks)
        rep.perturbed_scored += 1
        verdicts = [c.verdict for c in checks]
        if "consistent" in verdicts:
            rep.false_consistent += 1
            rep.misses.append(
                Miss("false consistent", p["file"], changed, f"perturbed {p.get('id')}: {p.get('change')}")
            )
        if p.get("expected_verdict") in verdicts:
            rep.perturbed_right += 1
        else:
            rep.misses.append(
                Miss(
                    "perturbed verdict",
                    p["file"],
                    changed,
                    f"perturbed {p.get('id')}: expected {p.get('expected_verdict')!r}, got {verdicts or 'no claim'}",
                )
            )
    return rep
