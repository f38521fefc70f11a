"""Extractors: pure functions from a :class:`~arende.document.Document` to found values.

Each ``find_*`` returns every candidate in document order; choosing among
candidates is a separate, named function.  No I/O, no logging, no module state.
"""
