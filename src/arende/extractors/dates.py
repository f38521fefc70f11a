"""Full calendar dates and impossible dates.

>>> doc = Document.from_texts(["Beslutad den 2 april 2024, se 2024-02-30.", "Justerat 2024-04-05"])
>>> [(f.value.isoformat(), f.page, f.rule) for f in find_dates(doc)]
[('2024-04-02', 1, 'text_date'), ('2024-04-05', 2, 'iso_date')]
>>> [f.value for f in find_invalid_dates(doc)]
['2024-02-30']
"""

from __future__ import annotations

import datetime as dt

from arende.document import Document, Found
from arende.notations import dates

__all__ = ["find_dates", "find_invalid_dates"]


def find_dates(doc: Document) -> list[Found[dt.date]]:
    """Every full calendar date printed in ``doc``, in document order."""
    return [
        doc.found(m.value, m.start, m.end, rule=m.rule)
        for m in dates.in_text(doc.text)
        if m.value is not None
    ]


def find_invalid_dates(doc: Document) -> list[Found[str]]:
    """Every impossible date printed in ``doc`` (``2024-02-30``), as printed."""
    return [
        doc.found(dates.printed(m.text), m.start, m.end, rule=m.rule)
        for m in dates.in_text(doc.text)
        if m.value is None
    ]
