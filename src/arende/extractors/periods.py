"""Stated intervals (periods)."""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import Period


def find_periods(doc: Document) -> list[Found[Period]]:
    """Every stated period in ``doc``, in document order."""
    return []
