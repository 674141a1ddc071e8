"""The embedded DuckDB warehouse: one folder, one ``.duckdb`` file per dataset.

Reads open an in-memory DuckDB connection and ATTACH each dataset file READ_ONLY,
so any number of reader processes can work at once. A load writes a complete new
copy of its dataset next to the old one and swaps it in with an atomic rename:
readers keep the snapshot they opened, a failed load leaves the old file exactly as
it was, and loading the same data again gives the same tables (idempotent). Writers
of one dataset are serialised by a lock file. The datasets are declared in one list,
:func:`dyadscope.warehouse.store.datasets`.
"""

from dyadscope.warehouse.store import Warehouse, datasets

__all__ = ["Warehouse", "datasets"]
