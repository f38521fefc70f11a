"""Perioder (stated intervals) as printed in Swedish case documents.

A period has both bounds.  Three notations:

* two full dates joined by a range word or a dash: ``2024-11-01 till
  2027-10-31``, ``2025-01-01–2026-12-31``, ``fr.o.m. 2025-01-01 t.o.m.
  2026-12-31``, ``från och med 1 januari 2025 till och med 31 december 2026``,
  ``mellan 2025-01-01 och 2025-06-30``; the first bound may borrow the
  year of the second (``1 januari–30 juni 2025``);
* two months: ``november 2024 till oktober 2027``, ``januari–juni 2025``,
  ``jan 2024 - dec 2026`` (from the first day of the first month to the last
  day of the second);
* two years, but only directly after a period cue: ``under perioden
  2020-2024``, ``för åren 2025–2027`` (a year range in a name, ``Office
  2024-2027``, is no period).

An open-ended phrase (``från och med juni 2023``) is no period.  An inverted
period (end before start) is listed as printed.

>>> [(str(p.first), str(p.last)) for p in finditer('gäller 2024-11-01 till 2027-10-31')]
[('2024-11-01', '2027-10-31')]
>>> [(str(p.first), str(p.last), p.rule) for p in finditer('under perioden 2020-2024')]
[('2020-01-01', '2024-12-31', 'year_period')]
>>> [(str(p.first), str(p.last)) for p in finditer('januari–juni 2025')]
[('2025-01-01', '2025-06-30')]
>>> [p.text for p in finditer('Office 2024-2027, från och med juni 2023')]
[]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from arende.notations import dates
from arende.notations.dates import MONTH, YEAR

__all__ = ["PeriodMatch", "finditer", "parse"]

#: White space around a range word: spaces and at most one line break.
_WS = r"[ \u00a0\t]*\n?[ \u00a0\t]*"
#: A range word or dash between two bounds (``och`` only after ``mellan``).
CONNECTOR = r"""
    (?:
        (?:fram\s+)?till(?:\s+och\s+med)?   # till, till och med, fram till
      | t\.?\s?o\.?\s?m\.?                  # t.o.m., tom, t o m
      | -{1,2} | [\u2010\u2011–—]         # a hyphen (also Word's) or a dash
      | (?P<och>och)                        # mellan ... och ...
    )
"""

#: Between two full dates: a connector, optionally ``den`` after it.
DATE_JOIN = re.compile(
    rf"""
    [ \u00a0\t]*                 # no line break before a dash (that starts a list item)
    (?:\n[ \u00a0\t]*(?=[tf]))?  # ... but one before a range word
    {CONNECTOR}
    {_WS}
    (?:den\s+)?                  # till den 31 december
    \Z
    """,
    re.VERBOSE,
)

#: ``1 januari–`` before a full date: the first bound borrows the year.
BORROWED_START = re.compile(
    rf"""
    (?<![\w.:/])
    (?P<day>[0-3]?\d)(?::(?:a|e))?   # 1, 1:a
    \s+(?P<month>{MONTH})            # januari (not "12–13 juni 2025": an event of two days)
    \s*
    {CONNECTOR}
    {_WS}
    (?:den\s+)?                      # till den 30 juni 2025
    \Z
    """,
    re.VERBOSE,
)

MONTH_PERIOD = re.compile(
    rf"""
    (?P<m1>{MONTH})               # november, jan. (a word of its own: checked after matching)
    (?:\s+(?P<y1>{YEAR}))?        # 2024 (absent: januari–juni 2025)
    {_WS}
    {CONNECTOR}
    {_WS}
    (?P<m2>{MONTH})               # oktober
    \s+
    (?P<y2>{YEAR})                # 2027
    (?![\w]|[.,/-]\d)
    """,
    re.VERBOSE,
)

YEAR_PERIOD = re.compile(
    rf"""
    (?P<cue>period(?:en)?|åren)   # perioden, åren (compounds: projektperioden, checked after)
    :?\s+
    (?:(?P<pre>från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från|mellan|om|år)\s+)?
    (?P<y1>{YEAR})
    (?:
        [ \u00a0]*[-\u2010\u2011–—][ \u00a0]*\n?[ \u00a0]*  # 2020-2024, 2020–2024, 2024- 2027
      | \s+(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|(?P<och>och))\s+
    )
    (?P<y2>{YEAR})
    (?![\w]|[.,/-]\d)
    """,
    re.VERBOSE,
)

_MELLAN_BEFORE = re.compile(r"(?<!\w)mellan\s+(?:den\s+|åren\s+)?\Z")
_DAY_BEFORE = re.compile(r"(?<![\d-])\d{1,2}(?::[a-z]+)?[ \u00a0\n]*\Z")


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period printed at ``text[start:end]``."""

    start: int
    end: int
    text: str
    first: dt.date
    last: dt.date
    rule: str


def finditer(text: str) -> Iterator[PeriodMatch]:
    """Every period in ``text``, in order of position."""
    low = dates.fold(text)  # the patterns are written in lower case
    found = [*_date_periods(text, low), *_month_periods(text, low), *_year_periods(text, low)]
    found.sort(key=lambda p: (p.start, -p.end))
    end = -1
    for period in found:
        if period.start >= end:
            end = period.end
            yield period


def _after_mellan(low: str, position: int) -> bool:
    """Whether ``mellan`` (``mellan den``, ``mellan åren``) ends just before ``position``."""
    return _MELLAN_BEFORE.search(low, max(0, position - 20), position) is not None


def _word_start(low: str, position: int) -> bool:
    return position == 0 or not (low[position - 1].isalnum() or low[position - 1] == "_")


def _date_periods(text: str, low: str) -> Iterator[PeriodMatch]:
    previous: dates.DateMatch | None = None
    for match in dates.in_text(text):
        if match.value is not None and match.start - (previous.end if previous else 0) <= 40:
            start = _period_from(low, previous, match)
            if start is not None:
                first, begin, rule = start
                yield PeriodMatch(
                    begin, match.end, text[begin : match.end], first, match.value, rule
                )
        previous = match


def _period_from(
    low: str, previous: dates.DateMatch | None, match: dates.DateMatch
) -> tuple[dt.date, int, str] | None:
    """The first bound of a period that ends with ``match``: a full date, or a borrowed one."""
    assert match.value is not None
    if previous is not None and previous.value is not None:
        join = DATE_JOIN.match(low, previous.end, match.start)
        if join is not None and (join["och"] is None or _after_mellan(low, previous.start)):
            return previous.value, previous.start, "date_period"
    if match.rule != "text_date":
        return None
    lo = max(0, match.start - 30, previous.end if previous else 0)
    borrowed = BORROWED_START.search(low, lo, match.start)
    if borrowed is None or (borrowed["och"] and not _after_mellan(low, borrowed.start())):
        return None
    month = dates.month_number(borrowed["month"])
    year, day = match.value.year, int(borrowed["day"])
    if month is None or not dates.is_possible(year, month, day):
        return None
    return dt.date(year, month, day), borrowed.start(), "date_period_borrowed_year"


def _month_periods(text: str, low: str) -> Iterator[PeriodMatch]:
    for m in MONTH_PERIOD.finditer(low):
        if not _word_start(low, m.start()):
            continue
        if m["och"] and not _after_mellan(low, m.start()):
            continue
        if _DAY_BEFORE.search(low, max(0, m.start() - 8), m.start()):
            continue  # "12 januari – juni 2025": the first month belongs to a date
        m1, m2 = dates.month_number(m["m1"]), dates.month_number(m["m2"])
        if m1 is None or m2 is None:
            continue
        y2 = int(m["y2"])
        # "januari–juni 2025" shares the year; "november–februari 2025" starts the year before
        y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
        last = dt.date(y2, m2, dates.last_day(y2, m2))
        printed = text[m.start() : m.end()]
        yield PeriodMatch(m.start(), m.end(), printed, dt.date(y1, m1, 1), last, "month_period")


def _year_periods(text: str, low: str) -> Iterator[PeriodMatch]:
    if "period" not in low and "åren" not in low:
        return  # YEAR_PERIOD starts with one of them
    for m in YEAR_PERIOD.finditer(low):
        word = m.start()
        while word > 0 and (low[word - 1].isalnum() or low[word - 1] == "_"):
            word -= 1  # the whole compound: projektperioden, verksamhetsåren
        cue = low[word : m.end("cue")]
        if cue.endswith("åren") and cue not in _YEARS_CUES:
            continue
        if m["och"] and not (m["pre"] == "mellan" or _after_mellan(low, word)):
            continue  # "åren 2020 och 2024" are two years
        y1, y2 = int(m["y1"]), int(m["y2"])
        start = m.start("y1")
        yield PeriodMatch(
            start, m.end(), text[start : m.end()], dt.date(y1, 1, 1), dt.date(y2, 12, 31),
            "year_period",
        )  # fmt: skip


#: ``åren`` words that introduce a year range (``lunchåren`` would be no cue, but ``åren`` is).
_YEARS_CUES = frozenset(
    {
        "åren",
        "verksamhetsåren",
        "budgetåren",
        "planåren",
        "räkenskapsåren",
        "kalenderåren",
        "projektåren",
        "avtalsåren",
    }
)


def parse(text: str) -> tuple[dt.date, dt.date]:
    """The bounds of the one period that ``text`` writes.

    Raises :class:`ValueError` when ``text`` holds no period.

    >>> parse('fr.o.m. 2025-01-01 t.o.m. 2026-12-31')
    (datetime.date(2025, 1, 1), datetime.date(2026, 12, 31))
    >>> parse('1 januari–30 juni 2025')
    (datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    >>> parse('från och med juni 2023')
    Traceback (most recent call last):
        ...
    ValueError: no period: 'från och med juni 2023'
    """
    for period in finditer(text):
        return period.first, period.last
    raise ValueError(f"no period: {text!r}")
