"""The development corpus, scored by the project's shared scorer against the issue's targets.

Skips when ``../shared`` is not beside the clone (a user's checkout); CI has it.
Documents are parsed in this process with ``arende.parse`` and scored from JSONL.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import arende
from arende.schema import case_schema

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not SCORER.exists() or not DEV.is_dir(), reason="../shared is absent"),
]

TEXT_FORMATS = "pdf,pdf_lo,docx,txt"


def _documents(formats: set[str]) -> list[Path]:
    found = []
    for truth in sorted(DEV.glob("*.truth.json")):
        meta = json.loads(truth.read_text("utf-8"))["meta"]
        if meta["format"] in formats:
            found.append(DEV / meta["file"])
    return found


def _score(tmp: Path, formats: str) -> dict[str, Any]:
    results = tmp / "results.jsonl"
    with results.open("w", encoding="utf-8") as sink:
        for path in _documents(set(formats.split(","))):
            record = arende.parse(path).to_dict()
            jsonschema.validate(record, case_schema())
            record["source"]["path"] = str(path)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = tmp / "report.json"
    command = [sys.executable, str(SCORER), str(DEV), "--jsonl", str(results)]
    command += ["--formats", formats, "--json", str(report), "--quiet"]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    scored: dict[str, Any] = json.loads(report.read_text("utf-8"))
    return scored


@pytest.fixture(scope="module")
def text_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _score(tmp_path_factory.mktemp("dev"), TEXT_FORMATS)


def test_text_formats_reach_the_macro_target(text_formats: dict[str, Any]) -> None:
    assert text_formats["failed"] == 0
    assert text_formats["macro_f1"] >= 0.95


def test_no_field_below_its_floor(text_formats: dict[str, Any]) -> None:
    low = {
        name: field["f1"] for name, field in text_formats["fields"].items() if field["f1"] < 0.85
    }
    assert low == {}


def test_issue_codes_precision_and_recall(text_formats: dict[str, Any]) -> None:
    issues = text_formats["fields"]["issues"]
    assert issues["precision"] >= 0.95
    assert issues["recall"] >= 0.95


def test_clean_documents_get_no_error_findings() -> None:
    for truth_file in sorted(DEV.glob("*.truth.json")):
        truth = json.loads(truth_file.read_text("utf-8"))
        if truth["expected_issue_codes"] or truth["meta"]["format"] == "scan":
            continue
        case = arende.parse(DEV / truth["meta"]["file"])
        errors = [f.code for f in case.issues if f.severity == "error"]
        assert errors == [], truth["meta"]["file"]


@pytest.mark.parametrize("name", ["seed_000.pdf", "seed_001.txt", "seed_003.docx"])
def test_the_seed_comes_out_exactly_as_its_truth(name: str, tmp_path: Path) -> None:
    truth = json.loads((DEV / name).with_suffix(".truth.json").read_text("utf-8"))
    record = arende.parse(DEV / name).to_dict()
    for key in ("doc_type", "diarienummer", "title", "organisation", "committee", "unit"):
        assert record[key] == truth[key], key
    assert record["document_date"] == truth["document_date"]
    assert sorted(d["date"] for d in record["dates"]) == sorted(d["date"] for d in truth["dates"])
    assert {(p["start"], p["end"]) for p in record["periods"]} == {
        (p["start"], p["end"]) for p in truth["periods"]
    }
    assert sorted((a["value"], a["qualifier"]) for a in record["amounts"]) == sorted(
        (a["value"], a["qualifier"]) for a in truth["amounts"]
    )
    assert [(p["number"], p["text"]) for p in record["proposals"]] == [
        (p["number"], p["text"]) for p in truth["proposals"]
    ]
    assert [(s["name"], s["title"]) for s in record["signatories"]] == [
        (s["name"], s["title"]) for s in truth["signatories"]
    ]
    assert record["recipients"] == truth["recipients"]
    assert record["case_officer"]["name"] == truth["case_officer"]["name"]
    assert record["case_officer"]["email"] == truth["case_officer"]["email"]
    assert record["issues"] == []


@pytest.mark.slow
def test_scans_reach_the_ocr_target(tmp_path: Path) -> None:
    scored = _score(tmp_path, "scan")
    assert scored["failed"] == 0
    assert scored["macro_f1"] >= 0.90
