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


def _pattern_parts(text: str) -> tuple[list[str], list[tuple[str, str]]] | None:
    """The post-verb part of a pattern: object words (a braced phrase's last word is its
    head) and prepositional phrases ``(PREP WORD)``, ``(PREP {A B})`` or ``(PREP)``."""
    objects: list[str] = []
    preps: list[tuple[str, str]] = []
    for m in re.finditer(r"\(([^()]*)\)|\{([^{}]*)\}|(\S+)", text):
        group, braced, word = m.group(1), m.group(2), m.group(3)
        if group is not None:
            inner = group.replace("{", " ").replace("}", " ").split()
            inner = [w for w in inner if w not in ("+", "$", "%", "^")]
            if not inner:
                return None
            preps.append((inner[0], inner[-1] if len(inner) > 1 else ""))
        elif braced is not None:
            words = [w for w in braced.split() if w not in ("+", "$", "%", "^")]
            if words:
                objects.append(words[-1])
        elif word in ("+", "$", "%", "^"):
            continue
        else:
            objects.append(word)
    return objects, preps


def parse_verbs(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(verbs: lemma, code, primary; patterns: lemma, word, prep, pword, code) from the PETRARCH2 verb file.

    ``primary``: the verb names its block (``---  ACCUSE [112] ---``) or carries its own
    code; the other verbs of a block are synonyms (many from WordNet) that inherit the
    block's code, a weaker sign of the event.

    A pattern ``- * WORD (PREP PWORD) [code]`` matches a verb of its block whose object's
    head is WORD and which has a prepositional phrase PREP + PWORD; either part may be
    empty (``- * (TO) [042]``). Patterns with words before the verb (``- &MILITARY *``)
    are left out: the reader matches what follows the verb only. A synset (``&FOOD``)
    stands for each of its words.

    Where several patterns of a block give one verb the same key (``- * &TREATY [031] #
    APPROVE`` and ``- * &TREATY [057] # RATIFY``), the one whose trailing comment names that
    verb (the dictionary's note of the verb it was written for) wins; then a plain pattern
    before a braced one; then the first.
    """
    text = _read(path)
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    verbs: list[tuple[str, str, bool]] = []
    patterns: list[tuple[str, str, str, str, str, bool, bool]] = []
    block_code: str | None = None
    block_name = ""
    block_verbs: list[str] = []
    in_verbs = False

    def expand(word: str) -> list[str]:
        if word.startswith("&"):
            return [w.split()[-1] for w in synsets.get(word.rstrip("_"), [])]
        return [word.rstrip("_").replace("_", " ").lower()]

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
            block_name = head.group(1).rstrip("_").replace("_", " ").lower()
            block_verbs = []
            continue
        if raw.startswith("-"):
            m = re.match(r"^-\s+(.*?)\*\s*(.*?)\s*\[([0-9:]+)\]", raw.strip())
            if not m or m.group(1).strip():
                continue
            code = m.group(3).split(":")[0]
            parts = _pattern_parts(m.group(2))
            if not code or parts is None:
                continue
            objects, preps = parts
            if len(objects) > 1 or len(preps) > 1:
                objects, preps = objects[:1], preps[:1]  # the first object and phrase only
            words = expand(objects[0]) if objects else [""]
            prep, pword = preps[0] if preps else ("", "")
            pwords = expand(pword) if pword else [""]
            # a braced object phrase ("{TRADE &TREATY}") is matched by its head alone: it must
            # not hide the block's plain pattern for that head ("&TREATY [057]")
            reduced = "{" in m.group(2).split("(")[0]
            # the verbs the pattern was written for: "# OPEN , REOPEN"
            noted = {w.replace("_", " ").lower() for w in re.findall(r"[A-Z][A-Z_]*", line.partition("#")[2])}
            for lemma in block_verbs:
                for w in words:
                    for pw in pwords:
                        patterns.append(
                            (
                                lemma,
                                w.split()[-1] if w else "",
                                prep.lower(),
                                pw.split()[-1] if pw else "",
                                code,
                                reduced,
                                lemma not in noted,
                            )
                        )
            continue
        m = re.match(r"^\+?([A-Z_]+)\s*(?:\{[^}]*\})?\s*(?:\[([0-9:]+)\])?", raw.strip())
        if m:
            lemma = m.group(1).rstrip("_").replace("_", " ").lower()
            code = (m.group(2) or "").split(":")[0] or block_code
            block_verbs.append(lemma)
            if code:
                verbs.append((lemma, code, lemma == block_name or bool(m.group(2))))
    v = pd.DataFrame(verbs, columns=["lemma", "code", "primary"]).drop_duplicates("lemma")
    p = (
        pd.DataFrame(patterns, columns=["lemma", "word", "prep", "pword", "code", "reduced", "foreign"])
        .sort_values(["foreign", "reduced"], kind="stable")
        .drop_duplicates(["lemma", "word", "prep", "pword"])
        .sort_index()
        .drop(columns=["reduced", "foreign"])
    )
    return v.reset_index(drop=True), p.reset_index(drop=True)


def parse_agents(path: Path) -> pd.DataFrame:
    """One-word agent nouns of the PETRARCH2 agents dictionary (``Phoenix.agents.txt``):
    ``REBEL [~REB]``, ``POLICE {} [~COP]`` -> word (lower case, singular as written),
    agent (the code without its ``~``). Entries of several words or with ``!MACRO!`` parts
    are left out: the event coder looks up the head noun of a phrase."""
    rows: list[tuple[str, str]] = []
    for raw in _read(path).splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if m:
            rows.append((m.group(1).lower(), m.group(2)))
    if not rows:
        raise MalformedSourceError(str(path), "no agent entries (WORD [~CODE] lines) found")
    return pd.DataFrame(rows, columns=["word", "agent"]).drop_duplicates("word").reset_index(drop=True)
