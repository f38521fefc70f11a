"""The lines around one place of a text, split like :func:`~arende.extractors._lines.lines`.

Splitting every line of a document into cells costs more than finding the
few places that need it; these helpers split only a window of lines around
such a place, with offsets into the whole text.

>>> text = "a\\nDatum  Dnr\\n2024-04-02  KS 2024/1\\nb\\n"
>>> [row.text for row in rows_around(text, text.index("KS"), before=1, after=1)]
['Datum  Dnr', '2024-04-02  KS 2024/1', 'b']
>>> [c.text for c in rows_around(text, 0, before=0, after=0)[0].cells]
['a']
"""

from __future__ import annotations

from collections.abc import Iterator

from arende.extractors._lines import Line, split_cells

__all__ = ["iter_rows", "line_bounds", "rows_around"]


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line (between line breaks or form feeds) holding ``offset``."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\f", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find("\f", offset)) if i >= 0]
    return start, min(ends) if ends else len(text)


def rows_around(text: str, offset: int, *, before: int, after: int) -> list[Line]:
    """The line holding ``offset`` with up to ``before`` lines above and ``after`` below."""
    start, end = line_bounds(text, offset)
    for _ in range(before):
        if start == 0:
            break
        start = line_bounds(text, start - 1)[0]
    for _ in range(after):
        if end >= len(text):
            break
        end = line_bounds(text, end + 1)[1]
    rows: list[Line] = []
    for row in iter_rows(text, start):
        if row.start > end:
            break
        rows.append(row)
    return rows


def iter_rows(text: str, offset: int) -> Iterator[Line]:
    """The lines of ``text`` from the one holding ``offset`` on, split into cells as needed.

    >>> [row.text for row in iter_rows("a\\nb  c\\fd", 2)]
    ['b  c', 'd']
    """
    position = line_bounds(text, offset)[0]
    while position <= len(text):
        line_end = line_bounds(text, position)[1]
        raw = text[position:line_end]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        yield Line(
            text=stripped,
            start=position + lead,
            end=position + lead + len(stripped),
            cells=split_cells(raw, position),
            page_break_before=position > 0 and text[position - 1] == "\f",
        )
        position = line_end + 1
