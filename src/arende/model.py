"""The structured record of one case document and its JSON form.

:meth:`CaseDocument.to_dict` produces exactly the contract in
``CASE_JSON.md`` (schema_version "1"), plus added keys (``bbox``, ``rule``,
``provenance``) that the contract allows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from arende.document import BBox, Found, Page, SourceInfo

__all__ = [
    "SCHEMA_VERSION",
    "Amount",
    "CaseDocument",
    "CaseOfficer",
    "Finding",
    "Period",
    "PersonalNumber",
    "Proposal",
    "Qualifier",
    "Severity",
    "Signatory",
]

SCHEMA_VERSION = "1"
Qualifier = Literal["max", "min", "total", "per_year"]
Severity = Literal["error", "warning", "info"]
DocType = Literal[
    "tjansteskrivelse", "protokollsutdrag", "beslut", "delegationsbeslut", "kallelse", "other"
]


@dataclass(frozen=True, slots=True)
class Period:
    """A stated interval; month-only bounds are already widened to whole months."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class Amount:
    """A money amount in whole currency units (``780 tkr`` → ``Decimal(780000)``)."""

    value: Decimal
    currency: str = "SEK"
    qualifier: Qualifier | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed or taken decision; ``number`` as printed or rendered."""

    number: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class CaseOfficer:
    name: str | None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class PersonalNumber:
    """A personnummer or samordningsnummer as printed, and whether its check digit holds."""

    text: str
    valid: bool


@dataclass(frozen=True, slots=True)
class Finding:
    """A validator's report of something that does not add up."""

    code: str
    severity: Severity
    message: str
    fields: tuple[str, ...]
    where: tuple[Found[Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "fields": list(self.fields),
            "provenance": [_place(f) for f in self.where],
        }


@dataclass(frozen=True, slots=True)
class CaseDocument:
    """Everything arende extracted from one document, each value with its provenance."""

    source: SourceInfo
    pages: tuple[Page, ...]
    doc_type: Found[str] | None = None
    diarienummer: Found[str] | None = None
    references: tuple[Found[str], ...] = ()
    title: Found[str] | None = None
    organisation: Found[str] | None = None
    committee: Found[str] | None = None
    unit: Found[str] | None = None
    document_date: Found[dt.date] | None = None
    case_officer: Found[CaseOfficer] | None = None
    dates: tuple[Found[dt.date], ...] = ()
    periods: tuple[Found[Period], ...] = ()
    amounts: tuple[Found[Amount], ...] = ()
    proposals: tuple[Found[Proposal], ...] = ()
    proposal_heading: Found[str] | None = None
    signatories: tuple[Found[Signatory], ...] = ()
    recipients: tuple[Found[str], ...] = ()
    personal_identity_numbers: tuple[Found[PersonalNumber], ...] = ()
    #: Impossible dates as printed (``2024-02-30``); not in ``dates``.
    invalid_dates: tuple[Found[str], ...] = ()
    issues: tuple[Finding, ...] = field(default=())

    def with_issues(self, issues: tuple[Finding, ...]) -> CaseDocument:
        return replace(self, issues=issues)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (``CASE_JSON.md``, schema_version "1")."""
        officer = self.case_officer.value if self.case_officer else None
        scalars = {
            "doc_type": self.doc_type,
            "diarienummer": self.diarienummer,
            "title": self.title,
            "organisation": self.organisation,
            "committee": self.committee,
            "unit": self.unit,
            "document_date": self.document_date,
            "case_officer": self.case_officer,
            "proposal_heading": self.proposal_heading,
        }
        return {
            "schema_version": SCHEMA_VERSION,
            "source": {
                "path": self.source.path,
                "sha256": self.source.sha256,
                "format": self.source.format,
                "pages": self.source.pages,
                "ocr": self.source.ocr,
            },
            "doc_type": _value(self.doc_type),
            "diarienummer": _value(self.diarienummer),
            "references": _unique([r.value for r in self.references]),
            "title": _value(self.title),
            "organisation": _value(self.organisation),
            "committee": _value(self.committee),
            "unit": _value(self.unit),
            "document_date": _iso(self.document_date),
            "case_officer": None
            if officer is None
            else {"name": officer.name, "email": officer.email, "phone": officer.phone},
            "dates": [
                {"date": f.value.isoformat(), "text": _printed(f), **_place(f)} for f in self.dates
            ],
            "periods": [
                {
                    "start": f.value.start.isoformat(),
                    "end": f.value.end.isoformat(),
                    "text": _printed(f),
                    **_place(f),
                }
                for f in self.periods
            ],
            "amounts": [
                {
                    "value": _number(f.value.value),
                    "currency": f.value.currency,
                    "text": _printed(f),
                    "qualifier": f.value.qualifier,
                    **_place(f),
                }
                for f in self.amounts
            ],
            "proposals": [
                {"number": f.value.number, "text": f.value.text, **_place(f)}
                for f in self.proposals
            ],
            "proposal_heading": _value(self.proposal_heading),
            "signatories": [
                {"name": f.value.name, "title": f.value.title, **_place(f)}
                for f in self.signatories
            ],
            "recipients": _unique([f.value for f in self.recipients]),
            "personal_identity_numbers": [
                {"text": f.value.text, "valid": f.value.valid, **_place(f)}
                for f in self.personal_identity_numbers
            ],
            "issues": [finding.to_dict() for finding in self.issues],
            "provenance": {key: _place(f) for key, f in scalars.items() if f is not None},
        }


def _printed(found: Found[Any]) -> str:
    """The text a value was read from, line breaks and runs of white space folded."""
    return " ".join(found.text.split())


def _value(found: Found[str] | None) -> str | None:
    return None if found is None else found.value


def _iso(found: Found[dt.date] | None) -> str | None:
    return None if found is None else found.value.isoformat()


def _number(value: Decimal) -> int | float:
    """JSON number for an amount: an int when whole, else a float (``12345.5``)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _place(found: Found[Any]) -> dict[str, Any]:
    bbox: BBox | None = found.bbox
    return {
        "page": found.page,
        "span": [found.span[0], found.span[1]],
        "bbox": None if bbox is None else [round(v, 2) for v in bbox],
        "rule": found.rule,
    }
