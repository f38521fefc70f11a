"""arende: structured, validated records from Swedish case documents.

>>> import arende
>>> case = arende.parse_text("Dnr KS 2024/0123")
>>> case.to_dict()["schema_version"]
'1'

The names below are loaded on first use, so a program that needs only part
of the package (the ``arende batch`` parent process, which hands documents to
workers) does not pay for importing every extractor.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Where each public name lives.
_HOMES = {
    "parse": "arende._api",
    "parse_text": "arende._api",
    "BatchResult": "arende.batch",
    "parse_many": "arende.batch",
    "Document": "arende.document",
    "Found": "arende.document",
    "Limits": "arende.document",
    "Page": "arende.document",
    "ReadOptions": "arende.document",
    "SourceInfo": "arende.document",
    "ArendeError": "arende.errors",
    "CorruptDocument": "arende.errors",
    "EncryptedDocument": "arende.errors",
    "LimitExceeded": "arende.errors",
    "OcrUnavailable": "arende.errors",
    "ReadError": "arende.errors",
    "UnsupportedFormat": "arende.errors",
    "UsageError": "arende.errors",
    "Amount": "arende.model",
    "CaseDocument": "arende.model",
    "CaseOfficer": "arende.model",
    "Finding": "arende.model",
    "Period": "arende.model",
    "PersonalNumber": "arende.model",
    "Proposal": "arende.model",
    "Signatory": "arende.model",
    "validate": "arende.validators",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'arende' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
