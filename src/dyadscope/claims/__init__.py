"""Checkable claims in an article, matched to data, with verdicts and evidence."""
