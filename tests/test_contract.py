"""Every output follows the contract: the shipped JSON Schema, the key set, the types."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import arende
from arende.schema import case_schema

CONTRACT_KEYS = {
    "schema_version", "source", "doc_type", "diarienummer", "references", "title",
    "organisation", "committee", "unit", "document_date", "case_officer", "dates", "periods",
    "amounts", "proposals", "proposal_heading", "signatories", "recipients",
    "personal_identity_numbers", "issues",
}  # fmt: skip

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

TEXTS = [
    pytest.param("", id="empty"),
    pytest.param("Dnr KS 2024/0123\n\nTitel\n", id="dnr-only"),
    pytest.param(
        "Förslag till beslut\n1. Kommunen beviljar högst 780 000 kronor 2024-04-02.\n",
        id="proposal-amount-date",
    ),
    pytest.param("Sida 1\fSida 2\f", id="form-feeds"),
]


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(case_schema())


def test_the_shipped_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(case_schema())


@pytest.mark.parametrize("text", TEXTS)
def test_parse_text_output_follows_the_schema(text: str) -> None:
    record = arende.parse_text(text).to_dict()
    _validator().validate(record)
    assert set(record) >= CONTRACT_KEYS


@pytest.mark.parametrize("text", TEXTS)
def test_output_is_json_serialisable_without_loss(text: str) -> None:
    record = arende.parse_text(text).to_dict()
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_schema_rejects_a_renamed_key() -> None:
    record = arende.parse_text("Dnr KS 2024/0123").to_dict()
    record["case_number"] = record.pop("diarienummer")
    with pytest.raises(jsonschema.ValidationError):
        _validator().validate(record)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in SAMPLES.glob("*") if p.suffix in {".pdf", ".docx", ".txt"}),
    ids=lambda p: p.name,
)
def test_samples_follow_the_schema(path: Path) -> None:
    _validator().validate(arende.parse(path).to_dict())
