"""Personnummer and samordningsnummer.

>>> doc = Document.from_texts(["Sökande: 19430426-7087, tel 070-123 45 67, org.nr 556123-4567"])
>>> [(f.value.text, f.value.valid, f.rule) for f in find_personal_numbers(doc)]
[('19430426-7087', False, 'personnummer')]
"""

from __future__ import annotations

from arende.document import Document, Found
from arende.model import PersonalNumber
from arende.notations import personnummer

__all__ = ["find_personal_numbers"]


def find_personal_numbers(doc: Document) -> list[Found[PersonalNumber]]:
    """Every personnummer/samordningsnummer in ``doc`` with its checksum validity."""
    return [
        doc.found(PersonalNumber(m.text, m.valid), m.start, m.end, rule=m.rule)
        for m in personnummer.finditer(doc.text)
    ]
