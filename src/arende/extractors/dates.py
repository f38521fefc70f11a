"""Full calendar dates and impossible dates."""

from __future__ import annotations

import datetime as dt

from arende.document import Document, Found


def find_dates(doc: Document) -> list[Found[dt.date]]:
    """Every full calendar date printed in ``doc``, in document order."""
    return []


def find_invalid_dates(doc: Document) -> list[Found[str]]:
    """Every impossible date printed in ``doc`` (``2024-02-30``), as printed."""
    return []
