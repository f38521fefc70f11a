"""Case numbers (diarienummer): all that are printed, and the document's own."""

from __future__ import annotations

from arende.document import Document, Found


def find_case_numbers(doc: Document) -> list[Found[str]]:
    """Every case number printed in ``doc``, in document order, without its label."""
    return []


def choose_own_case_number(doc: Document, candidates: list[Found[str]]) -> Found[str] | None:
    """The document's own case number among ``candidates``, or ``None``."""
    return None
