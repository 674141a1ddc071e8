"""Reading news articles into source-linked facts.

One module per stage: :mod:`.fetch` (safe URL download), :mod:`.inputs` (files, URLs,
standard input, encodings), :mod:`.clean` (HTML to text and metadata with
trafilatura), :mod:`.pipeline` (the spaCy pipeline and its registered components),
and one module per kind of fact (:mod:`.gazetteer`, :mod:`.people`, :mod:`.quotes`,
:mod:`.amounts`, :mod:`.events`). :mod:`.article` holds the result and its JSON contract.
"""
