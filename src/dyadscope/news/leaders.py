"""Heads of state and government by date, from REIGN (``reign_leaders.parquet``).

REIGN lists each country's effective leader from 1945 to March 2021, mostly by surname
("Kenyatta", "Trump"), sometimes by full name ("Xi Jinping", "Imran Khan"). A person the
text names with a head-of-state or head-of-government title ("President Uhuru Kenyatta",
"Prime Minister Khan") is that country's leader when exactly one country had a leader of
that name on the article's date; "former President X" when exactly one country had one
before it. A spell still running when the data ends (March 2021) is taken to run on.
Names match when the person's words are all among the leader's ("Xi", "Kibaki" for "Mwai
Kibaki") or the leader's among the person's, surname included ("Kenyatta" for "Uhuru
Kenyatta"); accents, case and hyphens are ignored, and the fullest match wins.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from dyadscope import bundled

Spell = tuple[frozenset[str], str, date, date | None]  # words of the leader's name, ISO3, start, end


def words(name: str) -> frozenset[str]:
    """The words of a name without accents, case, hyphens or apostrophes ("Moon Jae-in" ->
    moon, jae, in)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in re.split(r"[\s\-‐]+", plain.replace("'", "").replace("’", "")) if w)


@lru_cache(maxsize=1)
def _spells() -> dict[str, list[Spell]]:
    """Spells indexed by each word of the leader's name."""
    frame = bundled.parquet("reign_leaders.parquet")
    out: dict[str, list[Spell]] = {}
    for iso, leader, start, end in zip(frame["iso3"], frame["leader"], frame["start"], frame["end"], strict=True):
        spell: Spell = (
            words(str(leader)),
            str(iso),
            date.fromisoformat(str(start)),
            None if end is None or end != end else date.fromisoformat(str(end)),
        )
        for w in spell[0]:
            out.setdefault(w, []).append(spell)
    return out


def _overlap(name: frozenset[str], surname: frozenset[str], leader: frozenset[str]) -> int:
    """How many words a person's name shares with a leader's, when they may be one person:
    a short name within the leader's ("Kibaki" or "Xi" in "Mwai Kibaki", "Xi Jinping"), or the
    leader's within the person's with the surname among them ("Kenyatta" in "Uhuru Kenyatta";
    not "Martin" in "Martin Vizcarra"); else 0."""
    if name <= leader or (leader <= name and surname <= leader):
        return len(name & leader)
    return 0


def leader_country(name: str, when: date | None, former: bool = False) -> tuple[str, str] | None:
    """(ISO3, evidence) of the one country whose REIGN leader on ``when`` (before ``when``
    if ``former``) has ``name``, the fullest match first ("Charles Michel": Belgium, not
    Seychelles' James Michel); None without a date, without a match or when several
    countries match as fully."""
    if when is None:
        return None
    parts = name.split()
    if not parts:
        return None
    mine, surname = words(name), words(parts[-1])
    found: dict[str, tuple[int, Spell]] = {}
    for key in mine:
        for spell in _spells().get(key, []):
            leader, iso, start, end = spell
            score = _overlap(mine, surname, leader)
            held = start <= when and (end is None or when <= end)
            before = end is not None and end < when
            if score and (before if former else held) and score > found.get(iso, (0, spell))[0]:
                found[iso] = (score, spell)
    best = max((score for score, _ in found.values()), default=0)
    top = [(iso, spell) for iso, (score, spell) in found.items() if score == best]
    if len(top) != 1:
        return None
    iso, (_, _, start, end) = top[0]
    spell_text = f"{start.isoformat()} to {end.isoformat() if end else 'March 2021 or later'}"
    what = "former leader" if former else "leader"
    return iso, f"REIGN: {what} of {iso} ({spell_text}) on {when.isoformat()}"
