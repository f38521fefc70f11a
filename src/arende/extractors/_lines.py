"""Lines and cells of a Document's text: the shared vocabulary of the extractors.

Readers write side-by-side blocks (PDF columns, padded text columns) with a
run of two or more spaces between them, and table cells (DOCX) with a tab.
A :class:`Cell` is one such block on one line; its ``column`` is its character
position in the line, which lines up across rows in PDF and padded text.

>>> rows = lines("Datum       Dnr\\n2024-04-02  KS 2024/12\\n")
>>> [c.text for c in rows[0].cells]
['Datum', 'Dnr']
>>> cell_below(rows, 0, rows[0].cells[1]).text
'KS 2024/12'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = ["Cell", "Line", "cell_below", "lines", "shift", "split_cells"]

# A gap between cells: a tab, or two or more spaces (no-break spaces included); a group,
# so that re.split keeps the gaps between the cells and their offsets can be counted.
_CELL_GAP = re.compile(r"(\t+|[ \u00a0]{2,})")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int  # offset in the text ``lines`` was given
    end: int
    column: int  # offset from the start of its line
    index: int  # position among the cells of its line


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # stripped
    start: int  # offset of ``text`` in the text ``lines`` was given
    end: int
    cells: tuple[Cell, ...]
    page_break_before: bool  # a form feed lies between this line and the previous one

    @property
    def blank(self) -> bool:
        return not self.text


def lines(text: str) -> list[Line]:
    """Every line of ``text`` (blank ones too), stripped, with its cells."""
    # Several extractors split the same document text: do it once per text.
    return list(_split_lines(text))


@lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[Line, ...]:
    result: list[Line] = []
    at = 0  # where the line starts in ``text``
    for part in text.split("\n"):
        for raw in part.split("\f") if "\f" in part else (part,):
            stripped = raw.strip()
            lead = len(raw) - len(raw.lstrip())
            start = at + lead
            end = start + len(stripped)
            if not stripped:
                cells: tuple[Cell, ...] = ()
            elif "\t" not in raw and "  " not in raw and "\u00a0" not in raw:
                cells = (Cell(stripped, start, end, lead, 0),)  # split_cells' short path
            else:
                cells = split_cells(raw, at)
            result.append(Line(stripped, start, end, cells, at > 0 and text[at - 1] == "\f"))
            at += len(raw) + 1
    return tuple(result)


def split_cells(line: str, offset: int = 0) -> tuple[Cell, ...]:
    """The cells of one line; ``offset`` is where the line starts in the full text."""
    if "\t" not in line and "  " not in line and "\u00a0" not in line:
        # No gap: the line is one cell (most lines of running text).
        text = line.strip()
        if not text:
            return ()
        begin = len(line) - len(line.lstrip())
        return (Cell(text, offset + begin, offset + begin + len(text), begin, 0),)
    cells: list[Cell] = []
    position = 0
    parts = _CELL_GAP.split(line)  # cell, gap, cell, gap, ..., cell
    for i in range(0, len(parts), 2):
        chunk = parts[i]
        text = chunk.strip()
        if text:
            begin = position + len(chunk) - len(chunk.lstrip())
            cells.append(Cell(text, offset + begin, offset + begin + len(text), begin, len(cells)))
        position += len(chunk) + (len(parts[i + 1]) if i + 1 < len(parts) else 0)
    return tuple(cells)


def cell_below(rows: list[Line], row: int, cell: Cell) -> Cell | None:
    """The cell under ``cell`` in the next non-blank line after ``rows[row]``.

    Rows with the same number of cells pair by index (DOCX tables, tidy
    columns); otherwise the cell whose column range overlaps ``cell``'s wins.
    """
    above = rows[row]
    for below in rows[row + 1 :]:
        if below.blank:
            continue
        if len(below.cells) == len(above.cells):
            return below.cells[cell.index]
        width = max(cell.end - cell.start, 1)
        for candidate in below.cells:
            lo = max(candidate.column, cell.column)
            hi = min(candidate.column + len(candidate.text), cell.column + width)
            if hi > lo or abs(candidate.column - cell.column) <= 2:
                return candidate
        return None
    return None


def shift(line: Line, offset: int) -> Line:
    """``line`` (split from a slice of a text) with offsets into the whole text.

    >>> text = "Sida 1\\fDatum  2024-04-02"
    >>> row = shift(lines(text[7:])[0], 7)
    >>> text[row.cells[1].start : row.cells[1].end]
    '2024-04-02'
    """
    cells = tuple(replace(c, start=c.start + offset, end=c.end + offset) for c in line.cells)
    return replace(line, start=line.start + offset, end=line.end + offset, cells=cells)
