"""Section builders: what the data say about the focal country and its partners, as
:class:`~dyadscope.report.model.Section` data (tables, charts, sources, notes).

The brief and the web pages call the same builders. A builder never raises for missing
data: the section says what is missing instead. Each lives in the module of what it is
about: UN votes (:mod:`~dyadscope.report.vote_sections`), trade
(:mod:`~dyadscope.report.trade_sections`), human rights
(:mod:`~dyadscope.report.rights_section`) and events (:mod:`~dyadscope.report.events_section`).
"""

from __future__ import annotations

from dyadscope.report.events_section import events
from dyadscope.report.rights_section import rights
from dyadscope.report.trade_sections import TRADE_SOURCES, bilateral, diversification, products, trade
from dyadscope.report.vote_sections import CONSENSUS, DROP, alignment, group_placement, roll_calls

__all__ = [
    "CONSENSUS",
    "DROP",
    "TRADE_SOURCES",
    "alignment",
    "bilateral",
    "diversification",
    "events",
    "group_placement",
    "products",
    "rights",
    "roll_calls",
    "trade",
]
