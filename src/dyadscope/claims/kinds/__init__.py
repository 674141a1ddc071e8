"""The claim kinds, one module each: how a sentence's clause becomes a claim of that kind."""
