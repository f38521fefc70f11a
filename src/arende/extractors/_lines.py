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

# A gap between cells: a tab, or two or more spaces (no-break spaces included).
_CELL_GAP = re.compile(r"\t+|[ \u00a0]{2,}")
_LINE = re.compile(r"[^\n\f]*")


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


@lru_cache(maxsize=4)
def _split_lines(text: str) -> tuple[Line, ...]:
    result: list[Line] = []
    page_break = False
    for match in _LINE.finditer(text):
        raw = match.group()
        at = match.start()
        if at > 0 and text[at - 1] == "\f":
            page_break = True
        # finditer yields an empty match right after each line; only a real empty line counts.
        if at == match.end() and at > 0 and text[at - 1] not in "\n\f":
            continue
        stripped = raw.strip()
        start = at + len(raw) - len(raw.lstrip())
        result.append(
            Line(
                text=stripped,
                start=start,
                end=start + len(stripped),
                cells=split_cells(raw, at),
                page_break_before=page_break,
            )
        )
        page_break = False
    return tuple(result)


def split_cells(line: str, offset: int = 0) -> tuple[Cell, ...]:
    """The cells of one line; ``offset`` is where the line starts in the full text."""
    cells: list[Cell] = []
    position = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        end = len(line) if gap is None else gap.start()
        chunk = line[position:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            text = chunk.strip()
            begin = position + lead
            cells.append(Cell(text, offset + begin, offset + begin + len(text), begin, len(cells)))
        if gap is not None:
            position = gap.end()
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
