"""CAMEO and PLOVER reference data, and the PETRARCH2 verb dictionary.

* ``CAMEO.eventcodes.txt`` and ``CAMEO.goldsteinscale.txt`` (GDELT lookups): code,
  name, Goldstein value.
* ``CAMEO2PLOVER-2021.txt``: ``030: AGREE, mode, context # name`` lines.
* ``CAMEO.2.0.txt``: verb blocks ``---  DEFEND   [074]  ---`` with synonyms (optional
  inflections in braces and a code of their own) and object patterns ``- * WORD [code]``;
  ``&SYNSET`` noun sets defined at the top with ``+WORD`` lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from dyadscope.errors import MalformedSourceError, SourceError


def _read(path: Path) -> str:
    if not path.exists():
        raise SourceError(f"{path}: file not found", path=str(path))
    return path.read_text(encoding="utf-8", errors="replace")


def quad_class(code: str) -> int:
    """CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict (root codes 01-05, 06-08, 09-13, 14-20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def parse_codes(eventcodes: Path, goldstein: Path, plover: Path) -> pd.DataFrame:
    """Columns: code, name, goldstein, plover, plover_mode, plover_context, quad_class."""
    names = pd.read_csv(eventcodes, sep="\t", dtype=str)
    gold = pd.read_csv(goldstein, sep="\t", dtype=str)
    if list(names.columns) != ["CAMEOEVENTCODE", "EVENTDESCRIPTION"]:
        raise MalformedSourceError(str(eventcodes), "unexpected header", line=1)
    frame = names.rename(columns={"CAMEOEVENTCODE": "code", "EVENTDESCRIPTION": "name"}).merge(
        gold.rename(columns={"CAMEOEVENTCODE": "code", "GOLDSTEINSCALE": "goldstein"}),
        on="code",
        how="left",
    )
    frame["goldstein"] = pd.to_numeric(frame["goldstein"], errors="coerce")
    pmap: dict[str, tuple[str, str, str]] = {}
    for i, line in enumerate(_read(plover).splitlines(), start=1):
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)\s*(?:,\s*([^,#]*))?(?:,\s*([^#]*))?", line)
        if m:
            pmap[m.group(1)] = (m.group(2), (m.group(3) or "").strip(), (m.group(4) or "").strip())
        elif line.strip() and not line.startswith("#") and ":" in line[:6]:
            raise MalformedSourceError(str(plover), "unreadable mapping line", line=i)

    def lookup(code: str) -> tuple[str, str, str]:
        for n in range(len(code), 1, -1):
            if code[:n] in pmap:
                return pmap[code[:n]]
        return ("", "", "")

    mapped = frame["code"].map(lookup)
    frame["plover"] = mapped.map(lambda t: t[0])
    frame["plover_mode"] = mapped.map(lambda t: t[1])
    frame["plover_context"] = mapped.map(lambda t: t[2])
    frame["quad_class"] = frame["code"].map(quad_class)
    return frame


def parse_verbs(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(verbs: lemma, code; patterns: lemma, word, code) from the PETRARCH2 verb file."""
    text = _read(path)
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    verbs: list[tuple[str, str]] = []
    patterns: list[tuple[str, str, str]] = []
    block_code: str | None = None
    block_verbs: list[str] = []
    in_verbs = False
    for line in text.splitlines():
        raw = line.split("#")[0].rstrip()
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not raw.strip():
            continue
        if not in_verbs:
            if raw.startswith("&"):
                current_set = raw.strip().rstrip("_")
                synsets[current_set] = []
            elif raw.startswith("+") and current_set:
                synsets[current_set].append(raw[1:].strip().rstrip("_").replace("_", " ").lower())
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", raw)
        if head:
            code = head.group(2).strip()
            block_code = None if code.startswith("-") else code.split(":")[0]
            block_verbs = []
            continue
        if raw.startswith("-"):
            m = re.match(r"^-\s+\*\s+(\S+(?:\s+\S+)*?)\s+\[([0-9:]+)\]", raw.strip())
            if not m:
                continue
            obj, code = m.group(1), m.group(2).split(":")[0]
            if not code or "*" in obj or "$" in obj or "(" in obj:
                continue
            first = obj.strip("{}").split()[0]
            words = synsets.get(first.rstrip("_"), []) if first.startswith("&") else [first.lower()]
            for lemma in block_verbs:
                for w in words:
                    patterns.append((lemma, w.split()[0], code))
            continue
        m = re.match(r"^\+?([A-Z_]+)\s*(?:\{[^}]*\})?\s*(?:\[([0-9:]+)\])?", raw.strip())
        if m:
            lemma = m.group(1).rstrip("_").replace("_", " ").lower()
            code = (m.group(2) or "").split(":")[0] or block_code
            block_verbs.append(lemma)
            if code:
                verbs.append((lemma, code))
    v = pd.DataFrame(verbs, columns=["lemma", "code"]).drop_duplicates("lemma")
    p = pd.DataFrame(patterns, columns=["lemma", "word", "code"]).drop_duplicates(["lemma", "word"])
    return v.reset_index(drop=True), p.reset_index(drop=True)
