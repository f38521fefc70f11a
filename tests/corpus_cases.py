"""Shared by the per-field dev-corpus tests: where the corpus is, and its documents read once.

The corpus lives in ``../shared`` beside the clone; without it the tests that use
``DEV_TRUTHS`` get no parameters and ``needs_dev`` skips them.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import arende
from arende.model import CaseDocument

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
DEV_TRUTHS = sorted(DEV.glob("*.truth.json")) if DEV.is_dir() else []
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus absent")


@cache
def _parsed(truth: Path) -> tuple[dict[str, Any], CaseDocument]:
    expected: dict[str, Any] = json.loads(truth.read_text(encoding="utf-8"))
    path = truth.parent / expected["meta"]["file"]
    return expected, arende.parse(path, ocr="never", validate=False)  # OCR is scored elsewhere


def text_layer_case(truth: Path) -> tuple[dict[str, Any], CaseDocument]:
    """The truth and the parsed document; skips scans (these tests read without OCR)."""
    expected, case = _parsed(truth)
    if not any(page.text.strip() for page in case.pages):
        pytest.skip("a scan: these field tests read without OCR (test_dev_corpus scores the scans)")
    return expected, case
