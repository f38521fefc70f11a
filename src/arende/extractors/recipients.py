"""Recipients: the lines under ``Utdrag till``, ``Beslutet skickas till`` and the like.

The list is printed one a line under its label, beside it in a table cell, or
inline after it (``Beslutet skickas till: Socialnämnden, Ekonomiavdelningen och
Revisorerna``).  A full protokoll has one list per §; all of them count.

>>> doc = Document.from_texts(["Text.\\n\\nUtdrag till\\n- Region Västerbotten\\n"
...                            "- Ekonomienheten\\n\\nKopia till: Revisorerna och Socialnämnden"])
>>> [f.value for f in find_recipients(doc)]
['Region Västerbotten', 'Ekonomienheten', 'Revisorerna', 'Socialnämnden']
"""

from __future__ import annotations

import re

from arende.document import Document, Found
from arende.extractors._blocks import (
    NOT_RECIPIENT,
    ROLE_ABOVE,
    SIGNATURE_ANCHOR,
    is_prose,
    is_role,
    is_section_heading,
    is_signature_label,
    person_name,
    proposal_heading_kind,
    recipients_label,
    strip_bullet,
)
from arende.extractors._lines import Line, lines

__all__ = ["find_recipients"]

# A number that opens a list item: "1. Länsstyrelsen", "2) Kommunen".
_ENUMERATOR = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")

# Commas, semicolons and a capitalised "och" between recipients printed on one line.
_INLINE_SPLIT = re.compile(r"\s*[,;]\s*|(?<!-)\s+och\s+(?=[A-ZÅÄÖ])")


def find_recipients(doc: Document) -> list[Found[str]]:
    """The lines under ``Utdrag till``, ``Beslutet skickas till`` and the like."""
    rows = lines(doc.text)
    found: list[Found[str]] = []
    for index, row in enumerate(rows):
        if not row.cells:
            continue
        rest = recipients_label(row.cells[0].text)
        if rest is None:
            continue
        if rest:
            offset = row.cells[0].end - len(rest)
            inline = _inline(doc, rest, offset)
            found.extend(inline)
            if len(inline) == 1 and len(row.cells) == 1:
                # Merged columns: the first entry beside the label, the rest under it.
                found.extend(_listed(doc, rows, index + 1, contiguous=True))
            continue
        for cell in row.cells[1:]:  # beside the label: "Utdrag till    Ekonomienheten"
            found.extend(_inline(doc, cell.text, cell.start))
        found.extend(_listed(doc, rows, index + 1))
    return found


def _inline(doc: Document, rest: str, offset: int) -> list[Found[str]]:
    """``Utdrag till: A, B och C`` -> A, B, C."""
    items: list[Found[str]] = []
    position = 0
    for piece in [*_INLINE_SPLIT.split(rest)]:
        at = rest.find(piece, position)
        position = at + len(piece)
        value = strip_bullet(piece).rstrip(".")
        if value and not NOT_RECIPIENT.search(value):
            start = offset + at + piece.find(value)
            items.append(doc.found(value, start, start + len(value), rule="recipient_inline"))
    return items


def _listed(
    doc: Document, rows: list[Line], index: int, *, contiguous: bool = False
) -> list[Found[str]]:
    """The recipients listed one a line under a label (up to a blank line if ``contiguous``)."""
    items: list[Found[str]] = []
    while index < len(rows) and len(items) < 40:
        row = rows[index]
        index += 1
        if row.blank:
            if contiguous:
                break
            continue
        text = row.text
        cells = [c for c in row.cells if strip_bullet(c.text)]
        if (
            recipients_label(text) is not None
            or is_signature_label(text)
            or SIGNATURE_ANCHOR.match(text)
            or is_section_heading(text)
            or is_prose(text)
            or (len(cells) > 1 and "\t" not in doc.text[row.start : row.end])
            or NOT_RECIPIENT.search(text)
            or ROLE_ABOVE.match(text)
            or proposal_heading_kind(text) is not None
        ):
            break
        if items and rows[index - 2].blank and text.endswith(".") and len(text.split()) > 1:
            break  # a sentence after the list: "Paragrafen förklaras omedelbart justerad."
        if person_name(text) is not None:
            below = next((r for r in rows[index : index + 3] if not r.blank), None)
            if below is not None and is_role(below.text):
                break
        for cell in cells:
            value = _ENUMERATOR.sub("", strip_bullet(cell.text)).rstrip(",;.")
            if not value:
                continue
            start = cell.start + cell.text.find(value)
            items.append(doc.found(value, start, start + len(value), rule="recipient_line"))
    return items
