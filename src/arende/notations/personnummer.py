"""Personnummer and samordningsnummer as printed in Swedish case documents.

A personnummer is the birth date (``YYMMDD`` or ``YYYYMMDD``), a separator
(``-``, or ``+`` from the year a person turns 100) and four digits, the last
a Luhn check digit over the ten-digit form: ``800412-1234``,
``19800412-1234``, ``191205+1234``.  A samordningsnummer adds 60 to the day
(``800472-1234``).  Without a separator only a twelve-digit number right
after a label (``personnummer 198004121234``) is taken.  An
organisationsnummer has 20 or more in the month digits (``556123-4567``,
``202100-1234``) and is no personnummer; neither is a phone number
(``070-123 45 67``) or a case number.

The check digit is python-stdnum's Luhn (:mod:`stdnum.luhn`).

>>> [(m.text, m.valid) for m in finditer('Sökande 811228-9841, org.nr 556123-4567')]
[('811228-9841', True)]
>>> is_valid('19430426-7087'), is_valid('19430426-7083')
(False, True)
>>> is_possible_date('800230-1234'), is_possible_date('800472-1234')
(False, True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from stdnum import luhn

from arende.notations import _gate

__all__ = ["PersonnummerMatch", "compact", "finditer", "is_possible_date", "is_valid"]

#: A personnummer with its separator, 10 or 12 digits.
PERSONNUMMER = re.compile(
    r"""
    (?P<digits>
        \d(?<![\w+/.,-]\d)        # not inside a longer number or code
        (?:\d{7}|\d{5})           # (CC)YYMMDD: day + 60 in a samordningsnummer
    )
    (?P<sep>[-+\u2010\u2011\u2013])  # - or + (aged 100 or more); Word's hyphens, en dash
    (?P<serial>\d{4})             # birth number and check digit
    (?![\w]|[-+/.,]\d)            # not followed by more digits
    """,
    re.VERBOSE,
)

#: A labelled number without separator: ``personnummer 198004121234``.
LABELLED = re.compile(
    r"""
    (?:person|samordnings)(?:nummer|nr)   # personnummer, personnr, samordningsnummer
    (?:\s*:)?\s*                          # optional colon
    (?P<number>
        (?P<century>1[89]|20)?\d{10}      # 198004121234 or 8004121234
    )
    (?![\w]|[-+/.,]\d)
    """,
    re.VERBOSE,
)

#: A label that says the number after it is an organisationsnummer.
ORG_LABEL = re.compile(r"(?:org(?:anisations)?\.?\s?n(?:umme)?r\.?|orgnr)\s*:?\s*\Z")
#: A label that says the number after it is a case or reference number.
CASE_LABEL = re.compile(
    r"(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|beteckning|ref|fakturanr)\.?\s*:?\s*\Z"
)
# Upper case to lower case without changing the length of the text.


@dataclass(frozen=True, slots=True)
class PersonnummerMatch:
    """A personnummer printed at ``text[start:end]``."""

    start: int
    end: int
    text: str
    valid: bool
    rule: str


def compact(number: str) -> str:
    """The digits of ``number`` (10 or 12 of them).

    >>> compact('19800412-1234'), compact(' 800412+1234')
    ('198004121234', '8004121234')
    """
    return re.sub(r"\D", "", number)


def is_valid(number: str) -> bool:
    """Whether the Luhn check digit of the ten-digit form holds.

    >>> is_valid('811228-9841'), is_valid('811228-9842'), is_valid('12')
    (True, False, False)
    """
    digits = compact(number)
    return len(digits) in (10, 12) and luhn.is_valid(digits[-10:])


def is_possible_date(number: str) -> bool:
    """Whether the date part names a real day (samordningsnummer: day - 60).

    A ten-digit number may be of either century (``000229`` is possible:
    2000 was a leap year).

    >>> is_possible_date('19000229-1234'), is_possible_date('000229-1234')
    (False, True)
    >>> is_possible_date('19801332-1234'), is_possible_date('foo')
    (False, False)
    """
    digits = compact(number)
    if len(digits) == 12:
        years = [int(digits[:4])]
        digits = digits[2:]
    elif len(digits) == 10:
        years = [1800 + int(digits[:2]), 1900 + int(digits[:2]), 2000 + int(digits[:2])]
    else:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:
        day -= 60
    for year in years:
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return True
    return False


def _shaped(date: str) -> bool:
    """Month 01-12 and day 01-31 or 61-91 (organisationsnummer have month >= 20)."""
    month, day = int(date[2:4]), int(date[4:6])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def finditer(text: str) -> Iterator[PersonnummerMatch]:
    """Every personnummer or samordningsnummer in ``text``, in order of position."""
    found: list[PersonnummerMatch] = []
    low = _gate.fold(text)
    for m in _gate.finditer_at(PERSONNUMMER, text, _gate.number_starts(text)):
        before = max(0, m.start() - 30)
        digits = m["digits"]
        if len(digits) == 8 and digits[:2] not in ("18", "19", "20"):
            continue
        if (
            _shaped(digits[-6:])
            and not ORG_LABEL.search(low, before, m.start())
            and not CASE_LABEL.search(low, before, m.start())
        ):
            found.append(
                PersonnummerMatch(
                    m.start(), m.end(), m.group(), is_valid(m.group()), "personnummer"
                )
            )
    labelled = "person" in low or "samordnings" in low  # what LABELLED starts with
    for m in LABELLED.finditer(low) if labelled else ():
        if m.start() > 0 and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            continue
        number = m["number"]
        date = number[2:8] if len(number) == 12 else number[:6]
        if len(number) == 12 and m["century"] is None:
            continue
        if _shaped(date):
            found.append(
                PersonnummerMatch(
                    m.start("number"),
                    m.end(),
                    number,
                    is_valid(number),
                    "personnummer_labelled",
                )
            )
    found.sort(key=lambda p: p.start)
    return iter(found)
