"""The proposal or decision list and its heading."""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import Proposal


def find_proposals(doc: Document) -> tuple[Found[str] | None, list[Found[Proposal]]]:
    """The proposal heading and the items under it, in order."""
    return None, []
