"""The document date: beside its label in the letterhead, in the footer block, or by the dnr.

Which label counts depends on the kind of document: ``Sammanträdesdatum`` in a
protokoll, ``Beslutsdatum`` in a delegationsbeslut, ``Datum`` otherwise.  The
value is taken from ``dates`` (as the dates extractor found them) where one
lies in the cell, so both share provenance; otherwise it is read from the cell.

>>> from arende.document import Document
>>> from arende.extractors._lines import lines
>>> doc = Document.from_texts(["Datum    Dnr\\n4 april 2024    KS 2024/1\\n"])
>>> rows = lines(doc.text)
>>> document_date(doc, rows, rows, None, [], "tjansteskrivelse", None).value.isoformat()
'2024-04-04'
"""

from __future__ import annotations

import datetime as dt
import re

from arende.document import Document, Found
from arende.extractors._lines import Line, cell_below
from arende.extractors._places import date_in
from arende.extractors._quick import row_index

__all__ = ["date_in_span", "document_date"]

# Lines whose date is not the document's: attest and dispatch dates.
_ATTEST = re.compile(r"^(?:Justerat|Justeringsdatum|Anslag|Expedierat|Utskriftsdatum)", re.I)

_DATE_LABELS = {
    "protokollsutdrag": (
        "Sammanträdesdatum",
        "Sammanträdesdag",
        "Datum för sammanträde",
        "Sammanträdets datum",
        "Sammanträde",
        "Datum",
    ),
    "other": ("Sammanträdesdatum", "Sammanträdesdag", "Sammanträde", "Datum"),
    "delegationsbeslut": ("Beslutsdatum", "Datum för beslut", "Datum"),
    "beslut": ("Beslutsdatum", "Datum"),
    "tjansteskrivelse": ("Datum", "Upprättad", "Upprättat"),
}


def document_date(
    doc: Document,
    rows: list[Line],
    letterhead: list[Line],
    footer: list[Line] | None,
    dates: list[Found[dt.date]],
    kind: str,
    own: Found[str] | None,
) -> Found[dt.date] | None:
    labels = _DATE_LABELS.get(kind, ("Datum",))
    for label in labels:
        found = _labelled(doc, rows, letterhead, dates, label)
        if found is None and label in _ANYWHERE:
            # "Beslutsdatum 2024-02-12" by the signature of a delegationsbeslut
            found = _labelled(doc, rows, [r for r in rows if label in r.text], dates, label)
        if found is not None:
            return found.with_value(found.value, rule=f"date_{label.lower()}")
    if footer:
        for row in footer[1:]:
            found = date_in_span(doc, dates, row.start, row.end)
            if found is not None:
                return found.with_value(found.value, rule="footer_date")
    for row in letterhead:
        if _ATTEST.match(row.text):
            continue
        found = date_in_span(doc, dates, row.start, row.end)
        if found is not None:
            return found.with_value(found.value, rule="letterhead_date")
    if own is not None:
        for i, row in enumerate(rows):
            if row.start <= own.start <= row.end:
                for r in rows[i : i + 3]:
                    found = date_in_span(doc, dates, r.start, r.end)
                    if found is not None:
                        return found.with_value(found.value, rule="date_beside_dnr")
    return None


# Labels distinct enough to be read wherever they stand, not only in the letterhead.
_ANYWHERE = frozenset({"Beslutsdatum", "Sammanträdesdatum"})


def _label_end(text: str, label: str) -> int | None:
    """Where ``label`` ends in a cell: at its start (any case), or as a capitalised word
    inside a cell whose columns plain text merged ("Regionstyrelsen Datum: 2024-05-21")."""
    folded, wanted = text.casefold(), label.casefold()
    if folded == wanted or folded.startswith((wanted + " ", wanted + ":")):
        return len(label)
    if label not in text:  # (the test below needs it as written)
        return None
    inside = re.search(rf"(?<![\w-]){re.escape(label)}(?=[ :]|$)", text)
    return inside.end() if inside is not None and inside.start() > 0 else None


def _labelled(
    doc: Document,
    rows: list[Line],
    candidates: list[Line],
    dates: list[Found[dt.date]],
    label: str,
) -> Found[dt.date] | None:
    """The date beside ``label`` in ``candidates``: in the same cell, the next cell, the
    cell below or the next line."""
    for row in candidates:
        for cell in row.cells:
            end = _label_end(cell.text.rstrip(":"), label)
            if end is None:
                continue
            found = date_in_span(doc, dates, cell.start + end, cell.end)
            if found is None and cell.index + 1 < len(row.cells):
                nxt = row.cells[cell.index + 1]
                found = date_in_span(doc, dates, nxt.start, nxt.end)
            if found is None:
                index = row_index(rows, row)
                below = cell_below(rows, index, cell)
                if below is not None:
                    found = date_in_span(doc, dates, below.start, below.end)
                if found is None:
                    for r in [r for r in rows[index + 1 : index + 4] if not r.blank][:1]:
                        found = date_in_span(doc, dates, r.start, r.end)
            if found is not None:
                return found
    return None


def date_in_span(
    doc: Document, dates: list[Found[dt.date]], start: int, end: int
) -> Found[dt.date] | None:
    """The first of ``dates`` inside ``doc.text[start:end]``, or one read there."""
    for found in dates:
        if start <= found.start and found.end <= end:
            return found
    match = date_in(doc.text[start:end])
    if match is None:
        return None
    value, s, e = match
    return doc.found(value, start + s, start + e, rule="header_date")
