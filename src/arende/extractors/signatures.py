"""Signatories and recipients."""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import Signatory


def find_signatories(doc: Document) -> list[Found[Signatory]]:
    """The persons in the signature block, in order."""
    return []


def find_recipients(doc: Document) -> list[Found[str]]:
    """The lines under ``Utdrag till``, ``Beslutet skickas till`` and the like."""
    return []
