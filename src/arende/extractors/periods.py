"""Stated intervals (periods).

>>> texts = ["Avtalet gäller under perioden 2020-2024.", "fr.o.m. 2025-01-01 t.o.m. 2026-12-31"]
>>> doc = Document.from_texts(texts)
>>> [(str(f.value.start), str(f.value.end), f.page, f.rule) for f in find_periods(doc)]
[('2020-01-01', '2024-12-31', 1, 'year_period'), ('2025-01-01', '2026-12-31', 2, 'date_period')]
"""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import Period
from arende.notations import periods

__all__ = ["find_periods"]


def find_periods(doc: Document) -> list[Found[Period]]:
    """Every stated period in ``doc``, in document order (one entry per occurrence)."""
    return [
        doc.found(Period(m.first, m.last), m.start, m.end, rule=m.rule)
        for m in periods.finditer(doc.text)
    ]
