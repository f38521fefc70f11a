"""Imported once by the fork server of a batch run, so every worker starts warm.

Importing this module loads the whole pipeline and runs it on a small text;
workers forked from the server then begin with everything in memory.  A
failure here is not fatal: workers import what they need themselves.
"""

from __future__ import annotations

import contextlib

import arende.cli  # noqa: F401 - the console script re-imports it in every worker
from arende import _batch_worker

# A warm-up failure only costs start-up time; workers report real errors per document.
with contextlib.suppress(Exception):
    _batch_worker.warm_up()
