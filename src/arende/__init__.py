"""arende: structured, validated records from Swedish case documents.

>>> import arende
>>> case = arende.parse_text("Dnr KS 2024/0123")
>>> case.to_dict()["schema_version"]
'1'
"""

from __future__ import annotations

from arende._api import parse, parse_text
from arende.batch import BatchResult, parse_many
from arende.document import Document, Found, Limits, Page, ReadOptions, SourceInfo
from arende.errors import (
    ArendeError,
    CorruptDocument,
    EncryptedDocument,
    LimitExceeded,
    OcrUnavailable,
    ReadError,
    UnsupportedFormat,
    UsageError,
)
from arende.model import (
    Amount,
    CaseDocument,
    CaseOfficer,
    Finding,
    Period,
    PersonalNumber,
    Proposal,
    Signatory,
)
from arende.validators import validate

__all__ = [
    "Amount",
    "ArendeError",
    "BatchResult",
    "CaseDocument",
    "CaseOfficer",
    "CorruptDocument",
    "Document",
    "EncryptedDocument",
    "Finding",
    "Found",
    "LimitExceeded",
    "Limits",
    "OcrUnavailable",
    "Page",
    "Period",
    "PersonalNumber",
    "Proposal",
    "ReadError",
    "ReadOptions",
    "Signatory",
    "SourceInfo",
    "UnsupportedFormat",
    "UsageError",
    "parse",
    "parse_many",
    "parse_text",
    "validate",
]
