"""Personnummer and samordningsnummer."""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import PersonalNumber


def find_personal_numbers(doc: Document) -> list[Found[PersonalNumber]]:
    """Every personnummer/samordningsnummer in ``doc`` with its checksum validity."""
    return []
