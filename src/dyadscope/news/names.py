"""Word lists and look-ups shared by the people and the organisation finders.

Titles before a person's name (``TITLES``, ``HONORIFICS``), national institutions named
without their country (``INSTITUTIONS``), head words that make a name a place, facility or
company rather than a person (``NOT_NAME_WORDS``) or a facility rather than an organisation
(``FACILITY_WORDS``), the common nouns that say what a name is (``kind_of``: a newspaper, a
company, a ship ...), and the Phoenix dictionary of international actors (``institution``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from dyadscope import bundled

TITLES: dict[str, str] = {
    "president": "head of state",
    "vice president": "deputy head of state",
    "king": "head of state",
    "queen": "head of state",
    "emir": "head of state",
    "sultan": "head of state",
    "supreme leader": "head of state",
    "prime minister": "head of government",
    "premier": "head of government",
    "chancellor": "head of government",
    "foreign minister": "minister",
    "minister": "minister",
    "secretary of state": "minister",
    "cabinet secretary": "minister",
    "secretary": "minister",
    "senator": "legislator",
    "sen.": "legislator",
    "representative": "legislator",
    "rep.": "legislator",
    "congressman": "legislator",
    "congresswoman": "legislator",
    "mp": "legislator",
    "speaker": "legislator",
    "lawmaker": "legislator",
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "high commissioner": "diplomat",
    "general": "military",
    "gen.": "military",
    "admiral": "military",
    "rear admiral": "military",
    "vice admiral": "military",
    "commodore": "military",
    "commander": "military",
    "colonel": "military",
    "lieutenant colonel": "military",
    "brigadier": "military",
    "brigadier general": "military",
    "major general": "military",
    "lieutenant general": "military",
    "captain": "military",
    "adm.": "military",
    "cmdr.": "military",
    "cdr.": "military",
    "col.": "military",
    "lt. col.": "military",
    "lt. gen.": "military",
    "maj. gen.": "military",
    "brig.": "military",
    "brig. gen.": "military",
    "capt.": "military",
    "gov.": "official",
    "amb.": "diplomat",
    "governor": "official",
    "mayor": "official",
    "spokesperson": "official",
    "spokesman": "official",
    "spokeswoman": "official",
    "chief justice": "judiciary",
    "judge": "judiciary",
    "chairman": "official",
    "chair": "official",
    "director": "official",
    "commissioner": "official",
    "principal secretary": "official",
}


INSTITUTIONS: dict[str, str] = {
    "Congress": "USA",
    "Senate": "USA",
    "House of Representatives": "USA",
    "White House": "USA",
    "Pentagon": "USA",
    "State Department": "USA",
    "Department of State": "USA",
    "CIA": "USA",
    "Kremlin": "RUS",
    "Duma": "RUS",
    "Knesset": "ISR",
    "Bundestag": "DEU",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Downing Street": "GBR",
    "Xinhua": "CHN",
    "Zhongnanhai": "CHN",
    "Ethics and Anti-Corruption Commission": "KEN",
    "KNBS": "KEN",
    "Kenya National Bureau of Statistics": "KEN",
    "Kenya Revenue Authority": "KEN",
    "Kenya Railways": "KEN",
    "National Treasury": "KEN",
    "State House": "KEN",
}
# head words of places, facilities, programmes and companies: never a person's name
NOT_NAME_WORDS = {
    "building",
    "complex",
    "camp",
    "port",
    "terminal",
    "railway",
    "railways",
    "initiative",
    "dam",
    "park",
    "zone",
    "airport",
    "base",
    "station",
    "bridge",
    "road",
    "highway",
    "corridor",
    "project",
    "center",
    "centre",
    "stadium",
    "hotel",
    "university",
    "institute",
    "school",
    "college",
    "company",
    "corporation",
    "group",
    "ltd",
    "inc",
    "bank",
    "ministry",
    "party",
    "council",
    "committee",
    "forum",
    "agency",
    "authority",
    "commission",
    "foundation",
    "army",
    "navy",
    "airlines",
    "times",
    "post",
    "news",
    "plant",
    "line",
    "pipeline",
    "street",
    "avenue",
    "avenida",  # street words of other languages: "Avenida Javier Prado", "Calle Ocho", "Jalan Sudirman"
    "calle",
    "rue",
    "boulevard",
    "jalan",
    "square",
    "hall",
    "house",
    "court",
    "club",
    "fund",
    "programme",
    "program",
    "strategy",
    "policy",
    "plan",
    "act",
    "law",
    "treaty",
    "summit",
    "multi-purpose",
    "unit",
    "office",
    "department",
    "division",
    "bureau",
    "service",
    "services",
    "association",
    "union",
    "society",
    "network",
    "alliance",
    "coalition",
    "federation",
    "organization",
    "organisation",
    "television",
    "radio",
    "press",
    "journal",
    "herald",
    "tribune",
    "daily",
    "studies",
    "ledger",
    "chronicle",
    "gazette",
    "courier",
    "observer",
    "telegraph",
    "monitor",
    "facility",
}
# head nouns that make a capitalised name an organisation whatever the model labelled it
# ("the Belgrade Centre for Strategic Studies" as a facility, "the Medenine Traders' Union" as
# nothing): the English words for kinds of bodies (ordinary dictionary words, none taken from an
# evaluation text's names); ``organisations._headed_names``
ORG_HEADS = {
    "agency",
    "association",
    "authority",
    "bureau",
    "centre",
    "center",
    "chamber",
    "commission",
    "committee",
    "confederation",
    "council",
    "federation",
    "foundation",
    "institute",
    "ministry",
    "secretariat",
    "society",
    "syndicate",
    "union",
    "university",
    "embassy",
    "company",
    "corporation",
}
# head words of facilities, programmes and plans: not organisations either
FACILITY_WORDS = {
    "terminal",
    "port",
    "park",
    "railway",
    "dam",
    "project",
    "center",
    "centre",
    "zone",
    "corridor",
    "initiative",
    "program",
    "programme",
    "strategy",
    "plan",
    "policy",
    "road",
    "highway",
    "airport",
    "base",
    "camp",
    "station",
    "bridge",
    "line",
    "pipeline",
    "plant",
    "stadium",
    "train",
    "act",
    "projects",
    "railways",
    "opportunities",
    "risks",
    "countries",
    "challenge",
    "facility",
}


# common nouns that say what a name is: an organisation of that kind ...
KIND_NOUNS: dict[str, str] = {
    "newspaper": "newspaper",
    "daily": "newspaper",
    "weekly": "newspaper",
    "paper": "newspaper",
    "tabloid": "newspaper",
    "magazine": "newspaper",
    "broadcaster": "broadcaster",
    "company": "company",
    "firm": "company",
    "conglomerate": "company",
    "shipbuilder": "company",
    "manufacturer": "company",
    "operator": "company",
    "insurer": "company",
    "airline": "company",
    "lender": "bank",
    "bank": "bank",
    "militia": "group",
    "party": "party",
    # companies named by their trade ("the Sri Lankan carrier X", "the state power utility, X"):
    # English nouns for a firm by what it does that name no person
    "carrier": "company",
    "utility": "company",
    "automaker": "company",
    "carmaker": "company",
    "refiner": "company",
}
# trades that name a person as often as a firm ("a fruit exporter, X"): a firm only when the
# state owns it ("Cuban state importer X", "the state-owned producer X")
TRADE_NOUNS = {"importer", "exporter", "producer", "supplier", "retailer", "miner", "distributor", "trader"}
_STATE_WORDS = {"state", "state-owned", "state-run", "government-owned", "parastatal"}
# ... or a ship, which is neither a person nor an organisation; navies' prefixes before a ship's name
VESSEL_PREFIXES = {"BRP", "HMS", "USS", "INS", "HMAS", "HMCS", "HMNZS", "KRI", "PNS", "TCG", "ROKS", "MV", "RFS"}
VESSEL_NOUNS = {
    "ship",
    "vessel",
    "frigate",
    "tanker",
    "destroyer",
    "cruiser",
    "submarine",
    "freighter",
    "ferry",
    "corvette",
    "warship",
    "trawler",
    "yacht",
    "dhow",
    "barge",
    "cutter",
}


def kind_of(doc: Doc, start: int, end: int) -> str | None:
    """What the text calls the name at tokens [start, end): the common noun right before it
    ("The newspaper La Tribuna Portena", "the Danish frigate Esbern Snare", "The Asuncion
    daily El Diario del Este") or the head noun of an apposition after it ("Kallergis
    Maritime, a shipping company based in Piraeus"): a kind of organisation (``KIND_NOUNS``),
    ``vessel`` for a ship, else None."""
    if start > 0 and doc[start - 1].is_lower:
        word = doc[start - 1].lower_
        if word in VESSEL_NOUNS or (word == "carrier" and start > 1 and doc[start - 2].lower_ == "aircraft"):
            return "vessel"
        if word in KIND_NOUNS:
            return KIND_NOUNS[word]
        if word in TRADE_NOUNS and start > 1 and doc[start - 2].lower_ in _STATE_WORDS:
            return "company"
    if start > 0 and doc[start - 1].text in VESSEL_PREFIXES:
        return "vessel"  # "the BRP Antonio Luna", "HMS Argyll"
    # the name in apposition after its kind: "The company, Andes Gas Andino, said", "the state-owned
    # grid company, Volta Power Trading, will"
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_lower and doc[start - 2].pos_ == "NOUN":
        word = doc[start - 2].lower_
        closed = end >= len(doc) or doc[end].is_punct
        if closed and word in VESSEL_NOUNS:
            return "vessel"
        if closed and word in KIND_NOUNS:
            return KIND_NOUNS[word]
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the"):
        for tok in doc[end + 2 : min(end + 7, len(doc))]:
            if tok.is_punct or tok.pos_ in ("ADP", "PRON", "AUX") or tok.lower_ in ("that", "which", "who"):
                break
            if tok.pos_ == "VERB" and tok.dep_ not in ("compound", "amod"):
                break
            if tok.dep_ == "poss" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PART")):
                continue  # a modifier: "a company spokesman", "the frigate's commanding officer"
            if tok.lower_ in VESSEL_NOUNS:
                return "vessel"
            if tok.lower_ in KIND_NOUNS and tok.pos_ == "NOUN":
                return KIND_NOUNS[tok.lower_]
    return None


HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "marine", "prof."}


@lru_cache(maxsize=1)
def _institutions() -> dict[str, tuple[str, str | None]]:
    frame = bundled.parquet("institutions.parquet")
    return {
        str(n): (str(k), None if i is None or i != i else str(i))
        for n, k, i in zip(frame["name"], frame["kind"], frame["iso3"], strict=True)
    }


def institution(name: str) -> tuple[str | None, str | None]:
    """(kind, ISO3) of an organisation in the Phoenix dictionary of international actors:
    igo, ngo, mnc (with its home country), med (media, a country for national ones)."""
    key = re.sub(r"^THE\s+", "", " ".join(name.replace("’", "'").upper().split()))
    hit = _institutions().get(key)
    return hit if hit else (None, None)


def personal_relative(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` is followed by ", who" or ", whom": a person's
    relative clause (organisations and places take "which"; "whose" is for both)."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whom")
