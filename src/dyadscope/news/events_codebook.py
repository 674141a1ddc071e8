"""The CAMEO codebook as the event coder uses it: each code's name, PLOVER type, Goldstein
score and quad class (bundled ``cameo_codes.parquet``), the documented departures from the
official CAMEO->PLOVER table, and the codes of an intended (03x, 13x) or refused (12x) action.
The bundled PETRARCH2 verb and pattern tables are loaded here too (:func:`_lexicon`), once."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from dyadscope import bundled

_PRIMARY: set[str] = set()


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[tuple[str, str, str, str], str], pd.DataFrame]:
    verbs = bundled.parquet("event_verbs.parquet")
    _PRIMARY.update(verbs.loc[verbs["primary"], "lemma"])
    pats = bundled.parquet("event_patterns.parquet")
    codes = bundled.parquet("cameo_codes.parquet").set_index("code")
    vmap = dict(zip(verbs["lemma"].tolist(), verbs["code"].tolist(), strict=True))
    # tolist(): iterating Arrow-backed string columns one value at a time took 0.6 s here
    cols = [pats[c].tolist() for c in ("lemma", "word", "prep", "pword", "code")]
    pmap = {(a, b, c, d): e for a, b, c, d, e in zip(*cols, strict=True)}
    return vmap, pmap, codes


# Where the reader departs from the official CAMEO->PLOVER table (CAMEO2PLOVER-2021.txt),
# with the PLOVER manual's own words as evidence (docs/reader.md, "Events, round 4"):
# 163 "Impose embargo, boycott, or sanctions" is COERCE 'restrict' in the table, but the
# manual's SANCTION section says "International (political or economic) sanctions are coded
# as 'discontinue'" (a SANCTION mode) and its CAMEO translation table maps the whole cue
# category 16 (REDUCE RELATIONS) to SANCTION, "everything at the 3- and 4-digit level ...
# reduced to the 2-digit cue category".
# 0813 "Ease curfew" is RETREAT in the table, but the manual's CONCEDE section lists
# "removing curfews" among the concessions ("the lifting of a curfew is, effectively, a
# promise ... We're treating such concessions as verbal") and its translation table gives
# 081-083 to CONCEDE.
PLOVER_DEVIATIONS: dict[str, str] = {"163": "SANCTION", "0813": "CONCEDE"}


# PLOVER types a verb takes whatever its CAMEO code: the manual's RETREAT "also covers
# resignations of government officials" (mode 'resign'); CAMEO has no retreat code for them.
PLOVER_BY_VERB: dict[str, str] = {"resign": "RETREAT", "quit": "RETREAT", "step down": "RETREAT"}


def _plover_of(code: str, table_value: str) -> str:
    if code.startswith("02"):
        return "REQUEST"  # appeals: the PLOVER manual's "all requests, demands and orders"
    for prefix, plover in PLOVER_DEVIATIONS.items():
        if code.startswith(prefix):
            return plover
    return table_value


def plover_map() -> pd.Series:
    """CAMEO code -> PLOVER event type, for every code in the CAMEO tables (appeals, CAMEO
    02, are REQUEST: the PLOVER manual's "all requests, demands and orders"; the documented
    :data:`PLOVER_DEVIATIONS` from the official table)."""
    table = _lexicon()[2]["plover"].copy()
    return pd.Series([_plover_of(str(c), str(v)) for c, v in table.items()], index=table.index, name=table.name)


@lru_cache(maxsize=512)
def cameo_info(code: str) -> tuple[str, str, float, int]:
    """(name, PLOVER type, Goldstein, quad class) of a CAMEO code (or its nearest parent)."""
    codes = _lexicon()[2]
    for n in range(len(code), 1, -1):
        if code[:n] in codes.index:
            row = codes.loc[code[:n]].to_dict()
            plover = _plover_of(code, str(row["plover"]))
            return (str(row["name"]), plover, float(row["goldstein"]), int(row["quad_class"]))
    raise KeyError(code)


_INTENT: dict[str, str] = {
    "04": "036",
    "05": "032",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "070": "0331",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "138",
    "19": "138",
    "20": "138",
}


# a refused or negated cooperative action -> the CAMEO 12 (reject) code of its kind
_REJECTION = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}


def intent_code(code: str) -> str | None:
    """The CAMEO code of an announced or intended action (PETRARCH2's combination of
    "will" with the action): intent to cooperate (03x) for cooperation, a threat (13x)
    for conflict; None where CAMEO has no such code (statements, demands, accusations)."""
    if code[:2] in ("03", "13", "08"):
        # the PLOVER manual: future CONCEDE and RETREAT "should be left as they are"
        return code
    return _INTENT.get(code[:3]) or _INTENT.get(code[:2])
