"""From a Document to a CaseDocument: run every extractor once, then the validators."""

from __future__ import annotations

import time

from arende.document import Document
from arende.errors import LimitExceeded
from arende.extractors.amounts import find_amounts
from arende.extractors.casenumbers import choose_own_case_number, find_case_numbers
from arende.extractors.dates import find_dates, find_invalid_dates
from arende.extractors.header import describe
from arende.extractors.identity import find_personal_numbers
from arende.extractors.periods import find_periods
from arende.extractors.proposals import find_proposals
from arende.extractors.signatures import find_recipients, find_signatories
from arende.model import CaseDocument
from arende.validators import validate


def build_case(
    doc: Document, *, run_validators: bool = True, deadline: float | None = None
) -> CaseDocument:
    """Extract every contract field of ``doc`` (and validate, unless told not to).

    ``deadline`` is a :func:`time.monotonic` time: once it has passed, the next
    step raises :class:`~arende.errors.LimitExceeded` naming the document's file.
    """
    check = _Clock(deadline, doc.source.path)
    dates = find_dates(doc)
    check("dates")
    numbers = find_case_numbers(doc)
    own = choose_own_case_number(doc, numbers)
    check("case numbers")
    header = describe(doc, dates=dates, own_case_number=own)
    check("the header")
    heading, proposals = find_proposals(doc)
    check("proposals")
    periods = tuple(find_periods(doc))
    amounts = tuple(find_amounts(doc))
    check("amounts")
    signatories = tuple(find_signatories(doc))
    recipients = tuple(find_recipients(doc))
    check("signatures")
    own_text = None if own is None else _squash(own.value)
    case = CaseDocument(
        source=doc.source,
        pages=doc.pages,
        doc_type=header.doc_type,
        diarienummer=own,
        references=tuple(n for n in numbers if _squash(n.value) != own_text),
        title=header.title,
        organisation=header.organisation,
        committee=header.committee,
        unit=header.unit,
        document_date=header.document_date,
        case_officer=header.case_officer,
        dates=tuple(dates),
        periods=periods,
        amounts=amounts,
        proposals=tuple(proposals),
        proposal_heading=heading,
        signatories=signatories,
        recipients=recipients,
        personal_identity_numbers=tuple(find_personal_numbers(doc)),
        invalid_dates=tuple(find_invalid_dates(doc)),
    )
    if not run_validators:
        return case
    check("validation")
    return case.with_issues(tuple(validate(case)))


class _Clock:
    """Raises :class:`LimitExceeded` when called after the deadline (never without one)."""

    __slots__ = ("deadline", "path")

    def __init__(self, deadline: float | None, path: str | None) -> None:
        self.deadline = deadline
        self.path = path

    def __call__(self, step: str) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise LimitExceeded(f"extraction timed out after {step}", path=self.path)


def _squash(number: str) -> str:
    """A case number without spaces and case, to compare citations with the own number."""
    return "".join(number.split()).casefold()
