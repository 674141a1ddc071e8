"""What the data say: typed frames with provenance, read from one explicit warehouse.

The layer between :mod:`dyadscope.api` (validation, defaults, frozen configs) and the
stores below it (:mod:`dyadscope.warehouse`, :mod:`dyadscope.sources`, and the measures in
:mod:`dyadscope.alignment` and :mod:`dyadscope.trade`). :mod:`dyadscope.claims` and
:mod:`dyadscope.report` build on it; so does ``api``.

Rules of the layer:

* every function takes the :class:`~dyadscope.warehouse.Warehouse` ``wh`` as its first
  argument; none reads settings or environment variables, none opens a default warehouse;
* countries come in as ISO3 codes (resolve names with :mod:`dyadscope.countries` first);
  filters come in as frozen objects (:class:`~dyadscope.alignment.query.VoteFilter`);
* results are DataFrames (or small result objects with ``.tidy()``) whose rows say where
  they come from: a ``source`` column, a file and row, or a ``sources`` mapping;
* reads only: nothing here estimates a model or loads a dataset (that is the load path).

One module per kind of evidence: :mod:`~dyadscope.evidence.votes` (UN-vote alignment, group
placement, ideal points, roll calls), :mod:`~dyadscope.evidence.events` (events between
two countries), :mod:`~dyadscope.evidence.rights` (Political Terror Scale scores),
:mod:`~dyadscope.evidence.trade` (trade flows by basis). Import the module you need
(``from dyadscope.evidence import votes``); this package re-exports nothing, so that each
module can be added or changed on its own.
"""
