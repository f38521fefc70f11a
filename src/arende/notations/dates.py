"""Datum (Swedish calendar dates) as printed in case documents.

A full calendar date names a day, a month and a year.  Swedish documents
write it in a few ways:

* ISO 8601, by far the most common: ``2024-04-02`` (also ``2024-4-2``, and
  an e-signature stamp ``2025-01-07 12:03:53``, where only the date counts);
* the day, the month's name and the year: ``2 april 2024``, ``den 2 april
  2024``, ordinals ``2:a april 2024``, ``23:e oktober 2025``, abbreviated or
  capitalised months ``2 apr. 2024``, ``2 Sept 2024``;
* day.month.year: ``2.4.2024``, ``02.04.2024``; day/month year: ``2/4 2024``.

A month with a year (``juni 2023``), a year, a year range (``2024-2027``), a
diarienummer (``2024-00123``, ``KS-2025-00530``), the digits of a personnummer
(``19800412-1234``) and a clock time are not dates.

>>> parse('2024-04-02')
datetime.date(2024, 4, 2)
>>> parse('den 23:e Oktober 2025')
datetime.date(2025, 10, 23)
>>> parse('2 sept. 2024')
datetime.date(2024, 9, 2)
>>> is_valid('2024-02-30'), is_valid('29 februari 2024')
(False, True)
>>> [(m.text, m.value) for m in finditer('Beslut 2024-04-31, justerat 3 maj 2024.')]
[('2024-04-31', None), ('3 maj 2024', datetime.date(2024, 5, 3))]
>>> [m.text for m in finditer('Dnr 2024-00123, år 2024-2027, pnr 19800412-1234')]
[]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from arende.notations import _gate
from arende.notations._gate import fold

__all__ = [
    "MONTHS",
    "DateMatch",
    "finditer",
    "fold",
    "in_text",
    "is_possible",
    "is_valid",
    "last_day",
    "month_number",
    "parse",
    "printed",
]

#: Month names and their abbreviations (lower case, without a trailing dot).
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "febr": 2, "feb": 2,
    "mars": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: A month name or abbreviation in lower case, not the start of a longer word.  Written as
#: a trie on the first letter so that a scan skips quickly over text without months.
MONTH = r"""(?:
    j(?:an(?:uari)?|u(?:ni?|li?))
  | feb(?:r(?:uari)?)?
  | ma(?:rs?|j)
  | a(?:pr(?:il)?|ug(?:usti)?)
  | sep(?:t(?:ember)?)?
  | okt(?:ober)?
  | nov(?:ember)?
  | dec(?:ember)?
)(?![a-zåäöé])\.?"""

# Upper case to lower case without changing the length of the text (str.lower() may).
#: A plausible four-digit year, 1800-2199.
YEAR = r"(?:1[89]|2[01])\d{2}"
#: White space inside a date: a few spaces, or one line break.
GAP = r"(?:[ \u00a0\u2009\u202f]{1,3}|[ \u00a0]*\n[ \u00a0]*)"
#: A hyphen inside a date (also Word's non-breaking hyphen, and dashes as typed or as OCR
#: reads a hyphen), then nothing, a space, or a line break (a broken line); a space before
#: it from OCR.  The second must be the same character.
HYPHEN = r"[ ]?(?P<sep>[-\u2010\u2011\u2013\u2014])(?:[ ]?\n[ ]*|[ ])?"
HYPHEN_AGAIN = r"[ ]?(?P=sep)(?:[ ]?\n[ ]*|[ ])?"

ISO_DATE = re.compile(
    rf"""
    (?P<year>
        (?:1[89]|2[01])
        (?<![\w/.\\]..)      # not inside a longer token (KS/2024-..., 1.2024-...)
        \d\d
    )
    {HYPHEN}
    (?P<month>\d{{1,2}})      # 04 or 4
    {HYPHEN_AGAIN}
    (?P<day>\d{{1,2}})        # 02 or 2
    (?!(?!t\d)[\w/]|[.,:]\d)  # not followed by more digits or letters (a time "T12:00" may)
    """,
    re.VERBOSE,
)

TEXT_DATE = re.compile(
    rf"""
    (?P<day>\d(?<![\w.:/]\d)\d?)  # the day starts a token
    (?::(?:a|e|de|dje|te))?   # ordinal suffix: 1:a, 2:a, 3:e, 23:e
    {GAP}
    (?P<month>{MONTH})        # april, apr., sept (matched in lower case)
    {GAP}
    (?P<year>{YEAR})
    (?![\w]|[.,]\d)           # the year ends the token
    """,
    re.VERBOSE,
)

DOTTED_DATE = re.compile(
    rf"""
    (?P<day>\d(?<![\w.,:/-]\d)\d?)  # not part of a longer number (2024/123-1.2.3)
    \.
    (?P<month>\d\d?)
    \.
    (?P<year>{YEAR})
    (?![\w]|[.,/-]\d)         # not followed by more parts
    """,
    re.VERBOSE,
)

SLASHED_DATE = re.compile(
    rf"""
    (?P<day>\d(?<![\w.,:/-]\d)\d?)  # not part of a case number (RUN/183/2024, 12/3-2024)
    /
    (?P<month>1[0-2]|0?[1-9])  # the month after the slash: 2/4 = 2 April
    [ \u00a0]
    (?P<year>{YEAR})
    (?![\w]|[.,/-]\d)
    """,
    re.VERBOSE,
)

#: The patterns of :func:`finditer`, by rule name.
PATTERNS: dict[str, re.Pattern[str]] = {
    "iso_date": ISO_DATE,
    "text_date": TEXT_DATE,
    "dotted_date": DOTTED_DATE,
    "slashed_date": SLASHED_DATE,
}

_ISO_BEFORE = re.compile(rf"{YEAR}-\d{{1,2}}-\d{{1,2}}\Z")
_ISO_AFTER = re.compile(rf"{YEAR}-\d{{1,2}}-\d{{1,2}}(?!\d)")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date printed at ``text[start:end]``; ``value`` is ``None`` when impossible."""

    start: int
    end: int
    text: str
    value: dt.date | None
    rule: str
    year: int
    month: int
    day: int


def month_number(name: str) -> int | None:
    """The number of a Swedish month name or abbreviation.

    >>> month_number('Sept.'), month_number('maj'), month_number('maja')
    (9, 5, None)
    """
    return MONTHS.get(name.strip().rstrip(".").casefold())


def last_day(year: int, month: int) -> int:
    """The last day of a month.

    >>> last_day(2024, 2), last_day(2023, 2), last_day(2024, 4)
    (29, 28, 30)
    """
    return calendar.monthrange(year, month)[1]


def is_possible(year: int, month: int, day: int) -> bool:
    """Whether the day exists in the calendar.

    >>> is_possible(2024, 2, 29), is_possible(2023, 2, 29), is_possible(2024, 13, 5)
    (True, False, False)
    """
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month)


def _looks_like_date(rule: str, month: int, day: int, digits: str) -> bool:
    """Whether an impossible match still reads as a date (and so is an invalid date)."""
    if rule == "iso_date":
        # 2024-13-05 and 2024-02-00 are mistyped dates; 2024-4-31 is too loose to tell.
        return month <= 19 and day <= 31 and len(digits) == 8
    return 1 <= month <= 12 and 1 <= day <= 31


def finditer(text: str) -> Iterator[DateMatch]:
    """Every date in ``text``, possible or not, in order of position."""
    found: list[DateMatch] = []
    low = fold(text)
    # Every pattern starts with a number.  Lower-casing keeps which characters are digits
    # and letters, and fold() keeps the length: the numbers of ``text`` start at the same
    # places (found once for the case numbers and personnummer of the same text too).
    starts = _gate.number_starts(text)
    for rule, pattern in PATTERNS.items():
        for m in _gate.finditer_at(pattern, low, starts):
            match = _match(text, rule, m)
            if match is not None:
                found.append(match)
    found.sort(key=lambda d: d.start)
    end = -1
    for match in found:
        if match.start >= end:
            end = match.end
            yield match


@lru_cache(maxsize=4)
def in_text(text: str) -> tuple[DateMatch, ...]:
    """What :func:`finditer` gives for a document's whole text, kept for the last few texts.

    Dates, impossible dates and periods are all read from the same scan.

    >>> [m.text for m in in_text('1 maj 2025 och 2025-02-30')]
    ['1 maj 2025', '2025-02-30']
    """
    return tuple(finditer(text))


def _match(text: str, rule: str, m: re.Match[str]) -> DateMatch | None:
    year = int(m["year"])
    day = int(m["day"])
    raw = m["month"]
    month = int(raw) if raw.isdigit() else (month_number(raw) or 0)
    if rule == "iso_date" and not _iso_bounds_ok(text, m.start(), m.end()):
        return None
    value = dt.date(year, month, day) if is_possible(year, month, day) else None
    if value is None:
        digits = re.sub(r"\D", "", m.group())
        if not _looks_like_date(rule, month, day, digits):
            return None
    return DateMatch(m.start(), m.end(), text[m.start() : m.end()], value, rule, year, month, day)


def _iso_bounds_ok(text: str, start: int, end: int) -> bool:
    """A hyphen beside an ISO date only joins two dates (``2025-01-01-2025-12-31``)."""
    if (
        start > 0
        and text[start - 1] == "-"
        and not _ISO_BEFORE.search(text, max(0, start - 12), start - 1)
    ):
        return False
    return not (end < len(text) and text[end] == "-" and not _ISO_AFTER.match(text, end + 1))


def printed(text: str) -> str:
    """A matched date's text with white space folded and none after a hyphen.

    >>> printed('2023-\\n02-29'), printed('31 juni\\n  2024')
    ('2023-02-29', '31 juni 2024')
    """
    return re.sub(r"(?<=[-\u2010\u2011\u2013])\s+", "", " ".join(text.split()))


def parse(text: str) -> dt.date:
    """The date that ``text`` (one date, nothing else but ``den``) writes.

    Raises :class:`ValueError` when ``text`` is no date or an impossible one.

    >>> parse('1:a maj 2025')
    datetime.date(2025, 5, 1)
    >>> parse('31 juni 2024')
    Traceback (most recent call last):
        ...
    ValueError: impossible date: '31 juni 2024'
    """
    stripped = re.sub(r"^\s*den\s+", "", text.strip(), flags=re.IGNORECASE)
    for match in finditer(stripped):
        if match.start == 0 and match.end == len(stripped):
            if match.value is None:
                raise ValueError(f"impossible date: {text!r}")
            return match.value
        break
    raise ValueError(f"not a date: {text!r}")


def is_valid(text: str) -> bool:
    """Whether ``text`` is one possible date.

    >>> is_valid('2024-04-02'), is_valid('april 2024'), is_valid('2024-00123')
    (True, False, False)
    """
    try:
        parse(text)
    except ValueError:
        return False
    return True
