"""How each claim kind is checked against the data, one module per kind; :mod:`dyadscope.claims.check` dispatches."""
