"""The ``arende batch`` sub-command."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(commands: Any) -> None:
    batch = commands.add_parser("batch", help="parse many documents into JSONL")
    batch.add_argument("paths", nargs="+")
    batch.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    raise SystemExit("arende batch: not built yet")
