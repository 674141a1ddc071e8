"""What a parser kept, dropped and why: the provenance of a load."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class ParseReport:
    """Counts of rows read, kept and dropped (by reason) for one source."""

    source: str
    files: list[str] = field(default_factory=list)
    read: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def drop(self, reason: str, count: int = 1, example: str | None = None) -> None:
        """Record ``count`` rows dropped for ``reason`` (with one example)."""
        if count <= 0:
            return
        self.dropped[reason] += count
        if example is not None and reason not in self.examples:
            self.examples[reason] = example

    def tidy(self) -> pd.DataFrame:
        """One row per (what, reason): read, kept and dropped counts."""
        rows = [("read", k, v, "") for k, v in self.read.items()]
        rows += [("kept", k, v, "") for k, v in self.kept.items()]
        rows += [("dropped", k, v, self.examples.get(k, "")) for k, v in self.dropped.items()]
        out = pd.DataFrame(rows, columns=["what", "item", "count", "example"])
        out.insert(0, "source", self.source)
        return out
