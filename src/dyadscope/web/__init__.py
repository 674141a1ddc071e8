"""The web dashboard and JSON API (FastAPI) over the same :mod:`dyadscope.api` the CLI uses."""
