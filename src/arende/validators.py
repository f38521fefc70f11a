"""Validators: small pure rules over a CaseDocument, each with one stable code.

:data:`RULES` lists every rule with its code, default severity and meaning;
:func:`validate` runs them.  ``python -m arende.validators`` prints the rule
table in Markdown, as it stands in the README (``python -m arende._rules_table``
does the same without importing the package first).

>>> import arende
>>> case = arende.parse_text("Ingen datering här.")
>>> [f.code for f in validate(case, select=["missing_document_date", "no_text"])]
['missing_document_date']
>>> [f.code for f in validate(arende.parse_text(" \\f "))]
['no_text']
>>> validate(case, select=["no_such_rule"])
Traceback (most recent call last):
...
arende.errors.UsageError: unknown rule code 'no_such_rule' (see arende.validators.RULES)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from arende import _rules_amounts as amounts
from arende import _rules_record as record
from arende.errors import UsageError
from arende.model import CaseDocument, Finding, Severity

__all__ = ["RULES", "Rule", "check_codes", "rules_markdown", "validate"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One validator: its stable code, default severity, what it means, and its check."""

    code: str
    severity: Severity
    meaning: str
    check: Callable[..., Iterator[Finding]]
    #: The check takes ``today`` (for rules about the current date).
    uses_today: bool = False


RULES: tuple[Rule, ...] = (
    Rule(
        "amount_exceeds_max",
        "error",
        "an amount in the proposals is larger than every amount the body states as a maximum "
        "(same currency, counted per the same thing)",
        amounts.check_amount_exceeds_max,
    ),
    Rule(
        "sum_mismatch",
        "error",
        "itemised amounts (in one sentence closed by `totalt`, or table rows above a "
        "`Totalt`/`Summa` row) do not add up to the stated total, to its printed precision",
        amounts.check_sum_mismatch,
    ),
    Rule(
        "period_inverted",
        "error",
        "a stated period ends before it starts",
        record.check_period_inverted,
    ),
    Rule(
        "invalid_date",
        "error",
        "an impossible date is printed (`2024-02-30`, `31 juni 2024`, `2023-02-29`)",
        record.check_invalid_date,
    ),
    Rule(
        "proposal_period_mismatch",
        "warning",
        "a period in the proposals is not among the periods in the body (the same interval "
        "in another notation matches; nothing when the body states no period)",
        record.check_proposal_period_mismatch,
    ),
    Rule(
        "diarienummer_year_after_document",
        "warning",
        "the year in the document's own diarienummer is later than its document date",
        record.check_diarienummer_year_after_document,
    ),
    Rule(
        "invalid_personnummer",
        "warning",
        "a personnummer or samordningsnummer fails its check digit or is not a possible date",
        record.check_invalid_personnummer,
    ),
    Rule(
        "missing_diarienummer",
        "warning",
        "a tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut prints no own case "
        "number",
        record.check_missing_diarienummer,
    ),
    Rule(
        "missing_document_date",
        "warning",
        "no document date is printed (in a document that has text)",
        record.check_missing_document_date,
    ),
    Rule(
        "missing_signatory",
        "warning",
        "a tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut has no signature block",
        record.check_missing_signatory,
    ),
    Rule(
        "no_text",
        "warning",
        "the document gives no text at all (a scan read without OCR, an empty file); the rules "
        "about missing parts then stay silent",
        record.check_no_text,
    ),
    Rule(
        "missing_proposals",
        "warning",
        "a tjänsteskrivelse, protokollsutdrag, beslut or delegationsbeslut states no proposal "
        "or decision",
        record.check_missing_proposals,
    ),
    Rule(
        "missing_case_officer",
        "info",
        "a tjänsteskrivelse names no case officer (handläggare)",
        record.check_missing_case_officer,
    ),
    Rule(
        "document_date_in_future",
        "warning",
        "the document date is later than today",
        record.check_document_date_in_future,
        uses_today=True,
    ),
    Rule(
        "duplicate_proposal_number",
        "warning",
        "two consecutive numbered proposals carry the same number",
        record.check_duplicate_proposal_number,
    ),
    Rule(
        "proposal_numbers_not_sequential",
        "warning",
        "a numbered proposal is neither 1 (a new list) nor the previous number + 1",
        record.check_proposal_numbers_not_sequential,
    ),
    Rule(
        "case_officer_email_invalid",
        "warning",
        "the case officer's e-mail address is not a well-formed address",
        record.check_case_officer_email_invalid,
    ),
    Rule(
        "proposal_period_ended",
        "info",
        "a period in the proposals ends before the document date (a decision after the fact)",
        record.check_proposal_period_ended,
    ),
)

_CODES = tuple(rule.code for rule in RULES)


def validate(
    case: CaseDocument,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    """Run the rules over ``case``; ``select``/``ignore`` filter by code.

    ``select`` keeps only the named codes (all when ``None``), ``ignore`` drops
    codes; an unknown code raises :class:`~arende.errors.UsageError`.  ``today``
    (default: the current date) is what ``document_date_in_future`` compares with.
    """
    chosen = set(_CODES if select is None else check_codes(select))
    chosen -= set(() if ignore is None else check_codes(ignore))
    findings: list[Finding] = []
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    for rule in RULES:
        if rule.code not in chosen:
            continue
        check = partial(rule.check, today=today) if rule.uses_today else rule.check
        for finding in check(case):
            key = (finding.code, tuple((f.start, f.end) for f in finding.where))
            if finding.where and key in seen:
                continue
            seen.add(key)
            findings.append(finding)
    return findings


def check_codes(codes: Iterable[str]) -> list[str]:
    """``codes`` as a list; raises :class:`~arende.errors.UsageError` for an unknown code."""
    listed = [codes] if isinstance(codes, str) else list(codes)
    for code in listed:
        if code not in _CODES:
            raise UsageError(f"unknown rule code {code!r} (see arende.validators.RULES)")
    return listed


def rules_markdown() -> str:
    """The rule table in Markdown (code, severity, meaning), as the README shows it."""
    rows = ["| code | severity | fires when |", "| --- | --- | --- |"]
    rows += [f"| `{rule.code}` | {rule.severity} | {rule.meaning} |" for rule in RULES]
    return "\n".join(rows) + "\n"


def main() -> None:
    """Print the rule table in Markdown."""
    print(rules_markdown(), end="")


if __name__ == "__main__":
    main()
