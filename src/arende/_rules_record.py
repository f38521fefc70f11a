"""Validator rules about the record: dates, periods, case numbers, identity numbers, parts.

>>> diarienummer_year("RUN/183/2024"), diarienummer_year("LiU-2024-01234")
(2024, 2024)
>>> diarienummer_year("NV-01234-25"), diarienummer_year("KS 2023/0456")
(2025, 2023)
>>> diarienummer_year("2024-00123"), diarienummer_year("Ä 12/345") is None
(2024, True)
>>> personnummer_problem("800412-1235"), personnummer_problem("800412-1234")
(None, 'fel kontrollsiffra')
>>> personnummer_problem("801312-1234")
'inget möjligt datum'
>>> personnummer_problem("800472-1232")  # samordningsnummer: day + 60
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from arende._rules_common import in_proposals
from arende.model import CaseDocument, Finding, Period
from arende.notations import personnummer

__all__ = [
    "check_case_officer_email_invalid",
    "check_diarienummer_year_after_document",
    "check_document_date_in_future",
    "check_duplicate_proposal_number",
    "check_invalid_date",
    "check_invalid_personnummer",
    "check_missing_case_officer",
    "check_missing_diarienummer",
    "check_missing_document_date",
    "check_missing_proposals",
    "check_missing_signatory",
    "check_no_text",
    "check_period_inverted",
    "check_proposal_numbers_not_sequential",
    "check_proposal_period_ended",
    "check_proposal_period_mismatch",
    "diarienummer_year",
    "personnummer_problem",
]

#: The document types that must carry their own case number, a date and a signature.
CASE_TYPES = frozenset({"tjansteskrivelse", "protokollsutdrag", "beslut", "delegationsbeslut"})

# A four-digit year inside a case number: 19xx or 20xx, not part of a longer digit run.
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A two-digit year closing a case number after a hyphen: NV-01234-24.
_YEAR2 = re.compile(r"-(?P<yy>\d{2})\Z")
# An e-mail address: local part, @, domain labels, a top-level domain of letters.
_EMAIL = re.compile(
    r"""
    [\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*   # local part (åäö allowed)
    @
    (?:[A-Za-z0-9åäöÅÄÖ](?:[A-Za-z0-9åäöÅÄÖ-]*[A-Za-z0-9åäöÅÄÖ])?\.)+     # domain labels
    [A-Za-z]{2,}                                                          # top-level domain
    """,
    re.VERBOSE,
)


def _period_text(period: Period) -> str:
    return f"{period.start.isoformat()}–{period.end.isoformat()}"


def check_period_inverted(case: CaseDocument) -> Iterator[Finding]:
    """A stated period ends before it starts (error)."""
    for found in case.periods:
        if found.value.end < found.value.start:
            yield Finding(
                "period_inverted",
                "error",
                f"Perioden {found.text.strip()!r} slutar ({found.value.end.isoformat()}) "
                f"innan den börjar ({found.value.start.isoformat()})",
                ("periods",),
                (found,),
            )


def check_invalid_date(case: CaseDocument) -> Iterator[Finding]:
    """An impossible date is printed: ``2024-02-30``, ``2023-02-29``, ``31 juni 2024`` (error)."""
    for found in case.invalid_dates:
        yield Finding(
            "invalid_date",
            "error",
            f"Datumet {found.value!r} finns inte i kalendern",
            ("dates",),
            (found,),
        )


def check_proposal_period_mismatch(case: CaseDocument) -> Iterator[Finding]:
    """A period in the proposals is not among the periods stated in the body (warning).

    Periods compare as intervals, so ``november 2024 till oktober 2027`` matches
    ``2024-11-01 till 2027-10-31``.  Nothing fires when the body states no period.
    """
    body = {p.value for p in case.periods if not in_proposals(p, case.proposals)}
    if not body:
        return
    reported: set[Period] = set()
    for found in case.periods:
        if not in_proposals(found, case.proposals) or found.value in body:
            continue
        if found.value in reported:
            continue
        reported.add(found.value)
        known = ", ".join(sorted(_period_text(p) for p in body))
        yield Finding(
            "proposal_period_mismatch",
            "warning",
            f"Förslaget anger perioden {_period_text(found.value)}, men underlaget anger {known}",
            ("periods", "proposals"),
            (found,),
        )


def check_proposal_period_ended(case: CaseDocument) -> Iterator[Finding]:
    """A period in the proposals ends before the document date (info).

    A decision for a time already past is sometimes right (approval after the fact), so
    this is information only.  Periods in the body (a project's history) never fire.
    """
    if case.document_date is None:
        return
    date = case.document_date.value
    for found in case.periods:
        if in_proposals(found, case.proposals) and found.value.end < date:
            yield Finding(
                "proposal_period_ended",
                "info",
                f"Förslaget avser perioden {_period_text(found.value)}, som slutade före "
                f"handlingens datum {date.isoformat()}",
                ("periods", "proposals", "document_date"),
                (found, case.document_date),
            )


def diarienummer_year(number: str, near: int | None = None) -> int | None:
    """The year in a case number, or ``None``.

    When two groups could be a year (``RS/2011/2023``: serial 2011), the one closest
    to ``near`` (the document's year) counts, the earlier on a tie or without ``near``.

    >>> diarienummer_year("RS/2011/2023", near=2022), diarienummer_year("UFV 2024/2031", near=2024)
    (2023, 2024)
    >>> diarienummer_year("Dnr 456-99", near=2024), diarienummer_year("NV-01234-25", near=2024)
    (1999, 2025)
    """
    years = sorted(int(m.group()) for m in _YEAR4.finditer(number))
    if years:
        return years[0] if near is None else min(years, key=lambda y: abs(y - near))
    short = _YEAR2.search(number.strip())
    if short is None:
        return None
    year = 2000 + int(short.group("yy"))
    # a two-digit year belongs to the century that puts it nearest the document: -99 is 1999
    return year if near is None or year - near <= 50 else year - 100


def check_diarienummer_year_after_document(case: CaseDocument) -> Iterator[Finding]:
    """The year in the document's own diarienummer is later than its document date's (warning).

    The year is the four-digit 19xx/20xx group (``KS 2024/0123``, ``RUN/183/2024``), or a
    two-digit year closing the number (``NV-01234-25``); of two such groups the one closer
    to the document date's year.
    """
    if case.diarienummer is None or case.document_date is None:
        return
    date = case.document_date.value
    year = diarienummer_year(case.diarienummer.value, near=date.year)
    if year is not None and year > date.year:
        yield Finding(
            "diarienummer_year_after_document",
            "warning",
            f"Diarienumret {case.diarienummer.value} är från {year}, men handlingen är daterad "
            f"{date.isoformat()}",
            ("diarienummer", "document_date"),
            (case.diarienummer, case.document_date),
        )


def personnummer_problem(text: str) -> str | None:
    """What is wrong with a printed personnummer or samordningsnummer, or ``None``."""
    if len(personnummer.compact(text)) not in (10, 12):
        return "fel antal siffror"
    if not personnummer.is_valid(text):
        return "fel kontrollsiffra"
    if not personnummer.is_possible_date(text):
        return "inget möjligt datum"
    return None


def check_invalid_personnummer(case: CaseDocument) -> Iterator[Finding]:
    """A personnummer or samordningsnummer fails its check digit or is no possible date.

    Severity warning.  Ten digits (``800412-1235``) or twelve (``19800412-1235``);
    a samordningsnummer has 60 added to the day.
    """
    for found in case.personal_identity_numbers:
        problem = personnummer_problem(found.value.text)
        if problem is None and not found.value.valid:
            problem = "fel kontrollsiffra"
        if problem is not None:
            yield Finding(
                "invalid_personnummer",
                "warning",
                f"Personnumret {found.value.text} är ogiltigt: {problem}",
                ("personal_identity_numbers",),
                (found,),
            )


def _doc_type(case: CaseDocument) -> str | None:
    return None if case.doc_type is None else case.doc_type.value


def check_missing_diarienummer(case: CaseDocument) -> Iterator[Finding]:
    """A tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut has no own dnr.

    Severity warning.  Other documents (a full protokoll) have no own number.
    """
    kind = _doc_type(case)
    if kind in CASE_TYPES and case.diarienummer is None:
        yield Finding(
            "missing_diarienummer",
            "warning",
            f"Handlingen ({kind}) saknar eget diarienummer",
            ("diarienummer",),
            () if case.doc_type is None else (case.doc_type,),
        )


def _has_text(case: CaseDocument) -> bool:
    return any(page.text.strip() for page in case.pages)


def check_no_text(case: CaseDocument) -> Iterator[Finding]:
    """The document gives no text at all: a scan read without OCR, or an empty file (warning).

    The other rules about missing parts stay silent then: nothing could be read.
    """
    if not _has_text(case):
        yield Finding(
            "no_text",
            "warning",
            "Ingen text kunde läsas ur handlingen (en skannad handling utan OCR?)",
            (),
        )


def check_missing_document_date(case: CaseDocument) -> Iterator[Finding]:
    """No document date is printed, in a document that has text (warning)."""
    if case.document_date is None and _has_text(case):
        yield Finding(
            "missing_document_date", "warning", "Handlingen saknar datum", ("document_date",)
        )


def check_missing_signatory(case: CaseDocument) -> Iterator[Finding]:
    """A tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut has no signatory.

    Severity warning.
    """
    kind = _doc_type(case)
    if kind in CASE_TYPES and not case.signatories:
        yield Finding(
            "missing_signatory",
            "warning",
            f"Handlingen ({kind}) saknar underskrift",
            ("signatories",),
            () if case.doc_type is None else (case.doc_type,),
        )


def check_missing_proposals(case: CaseDocument) -> Iterator[Finding]:
    """A tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut states no proposal or
    decision (warning): nothing under a proposal heading, and no single decision sentence.
    """
    kind = _doc_type(case)
    if kind in CASE_TYPES and not case.proposals:
        yield Finding(
            "missing_proposals",
            "warning",
            f"Handlingen ({kind}) anger inget förslag eller beslut",
            ("proposals",),
            () if case.doc_type is None else (case.doc_type,),
        )


def check_missing_case_officer(case: CaseDocument) -> Iterator[Finding]:
    """A tjänsteskrivelse names no case officer (handläggare, kontaktperson) (info)."""
    officer = case.case_officer
    if _doc_type(case) == "tjansteskrivelse" and (officer is None or not officer.value.name):
        yield Finding(
            "missing_case_officer",
            "info",
            "Tjänsteskrivelsen anger ingen handläggare",
            ("case_officer",),
            () if officer is None else (officer,),
        )


def check_document_date_in_future(
    case: CaseDocument, today: dt.date | None = None
) -> Iterator[Finding]:
    """The document date is later than ``today`` (default: the current date) (warning)."""
    if case.document_date is None:
        return
    now = today or dt.date.today()
    if case.document_date.value > now:
        yield Finding(
            "document_date_in_future",
            "warning",
            f"Handlingen är daterad {case.document_date.value.isoformat()}, "
            f"efter dagens datum {now.isoformat()}",
            ("document_date",),
            (case.document_date,),
        )


def check_duplicate_proposal_number(case: CaseDocument) -> Iterator[Finding]:
    """Two consecutive numbered proposals carry the same number (``2.`` then ``2.``) (warning)."""
    numbered = [p for p in case.proposals if p.value.number is not None]
    for before, after in itertools.pairwise(numbered):
        if after.value.number == before.value.number:
            yield Finding(
                "duplicate_proposal_number",
                "warning",
                f"Förslagspunkt {after.value.number} förekommer två gånger i följd",
                ("proposals",),
                (before, after),
            )


def check_proposal_numbers_not_sequential(case: CaseDocument) -> Iterator[Finding]:
    """A numbered proposal is neither 1 (a new list) nor the previous number + 1 (warning).

    A repeated number is ``duplicate_proposal_number`` instead.  A list may start over at 1
    (a protokoll lists the decisions of each § with their own numbers).
    """
    previous = 0
    for found in case.proposals:
        number = found.value.number
        if number is None:
            continue
        if number not in (1, previous + 1, previous):
            yield Finding(
                "proposal_numbers_not_sequential",
                "warning",
                f"Förslagspunkt {number} följer på punkt {previous or 'inget'}",
                ("proposals",),
                (found,),
            )
        previous = number


def check_case_officer_email_invalid(case: CaseDocument) -> Iterator[Finding]:
    """The case officer's e-mail address is not a well-formed address (warning)."""
    officer = case.case_officer
    if officer is None or not officer.value.email:
        return
    email = officer.value.email.strip()
    if _EMAIL.fullmatch(email) is None or ".." in email:
        yield Finding(
            "case_officer_email_invalid",
            "warning",
            f"Handläggarens e-postadress {email!r} är inte en giltig adress",
            ("case_officer",),
            (officer,),
        )
