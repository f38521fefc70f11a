"""One golden JSON record per sample document.

A missing or different golden file fails.  After a deliberate change of the
output, rewrite them with ``ARENDE_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import arende

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in {".pdf", ".docx", ".txt"})
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("ARENDE_UPDATE_GOLDEN") == "1"


def _record(path: Path) -> dict[str, Any]:
    record = arende.parse(path).to_dict()
    record["source"]["path"] = path.name  # the clone's location is not part of the result
    return record


def test_there_are_samples_of_every_format() -> None:
    assert {p.suffix for p in SAMPLES} == {".pdf", ".docx", ".txt"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_matches_its_golden_record(path: Path) -> None:
    golden = GOLDEN / f"{path.name}.json"
    record = _record(path)
    if UPDATE:
        golden.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert golden.exists(), f"no golden file {golden.name}; set ARENDE_UPDATE_GOLDEN=1 to write it"
    assert record == json.loads(golden.read_text("utf-8"))
