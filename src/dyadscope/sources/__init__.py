"""One module per real data source: parse its real format, report what was dropped.

Parsers return canonical pandas DataFrames plus a :class:`~dyadscope.sources.report.ParseReport`;
they never touch the warehouse. ``scripts/build_data.py`` turns the raw files into the
Parquet copies bundled in ``dyadscope/data``; the warehouse is built from those.
"""
