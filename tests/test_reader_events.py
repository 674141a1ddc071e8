"""Event coding: the PLOVER dev/test split and the coder's general rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.news import evaluation


@pytest.mark.shared
def test_plover_split_is_fixed_and_disjoint(shared: Path) -> None:
    records = evaluation.plover_records(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt")
    halves = [evaluation.plover_half(r) for r in records]
    dev = [r for r, h in zip(records, halves, strict=True) if h == "dev"]
    test = [r for r, h in zip(records, halves, strict=True) if h == "test"]
    assert len(records) == 322
    assert len(dev) + len(test) == len(records)
    # a hash split: close to half each, and the same on every call
    assert 0.4 * len(records) <= len(dev) <= 0.6 * len(records)
    assert [evaluation.plover_half(dict(r)) for r in dev] == ["dev"] * len(dev)
    # a sentence coded twice in the file is in one half only
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    # every PLOVER type with at least four sentences has sentences in both halves
    by_type: dict[str, set[str]] = {}
    for r, h in zip(records, halves, strict=True):
        by_type.setdefault(r["event"], set()).add(h)
    assert all(v == {"dev", "test"} for k, v in by_type.items() if sum(x["event"] == k for x in records) >= 4)


@pytest.mark.shared
def test_plover_failures_name_only_dev_sentences(shared: Path) -> None:
    rep = evaluation.Report()
    evaluation.plover_gsr(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt", rep)
    names = {s.name for s in rep.scores}
    assert "PLOVER GSR dev: event type (first event)" in names
    assert "PLOVER GSR test: event type (first event)" in names
    plover = [f for f in rep.failures if f.startswith("PLOVER")]
    assert plover and all(f.startswith("PLOVER dev ") for f in plover)
    test_texts = {
        r["text"][:90]
        for r in evaluation.plover_records(shared / "data/events/plover/PLOVER_GSR_CAMEO.txt")
        if evaluation.plover_half(r) == "test"
    }
    assert not any(repr(t) in f for f in plover for t in test_texts)
