"""Document-level facts: doc type, title, organisation, committee, unit, date, case officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from arende.document import Document, Found
from arende.model import CaseOfficer


@dataclass(frozen=True, slots=True)
class Header:
    doc_type: Found[str] | None = None
    title: Found[str] | None = None
    organisation: Found[str] | None = None
    committee: Found[str] | None = None
    unit: Found[str] | None = None
    document_date: Found[dt.date] | None = None
    case_officer: Found[CaseOfficer] | None = None


def describe(
    doc: Document, *, dates: list[Found[dt.date]], own_case_number: Found[str] | None
) -> Header:
    """The header facts of ``doc``; ``dates`` and ``own_case_number`` as already found."""
    return Header()
