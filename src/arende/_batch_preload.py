"""Imported once by the fork server of a batch run, so every worker starts warm.

Importing this module loads the whole pipeline and the PDF reader and runs them
on a small text and a small PDF; workers forked from the server then begin
with everything in memory.  A
failure here is not fatal: workers import what they need themselves.
"""

from __future__ import annotations

import contextlib

import arende._api  # the pipeline every worker runs
import arende.cli  # the console script re-imports it in every worker
from arende import _batch_worker, nlp
from arende.batch import worker_backend

with contextlib.suppress(ImportError):
    import arende.readers.pdf  # noqa: F401 - with pypdfium2

# Warm the organisation finder that workers will use (usually the rule matcher, so the
# server does not import spaCy; see arende.batch.worker_backend).
with contextlib.suppress(Exception):
    nlp.use_backend(worker_backend())

# A warm-up failure only costs start-up time; workers report real errors per document.
with contextlib.suppress(Exception):
    _batch_worker.warm_up()
