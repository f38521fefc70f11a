"""The lines around one place of a text, split like :func:`~arende.extractors._lines.lines`.

Splitting every line of a document into cells costs more than finding the
few places that need it; these helpers split only a window of lines around
such a place, with offsets into the whole text.  Where each line starts is
found once per text (and kept for the next extractor), so finding the line
of a place is one binary search, however long the text.

>>> text = "a\\nDatum  Dnr\\n2024-04-02  KS 2024/1\\nb\\n"
>>> [row.text for row in rows_around(text, text.index("KS"), before=1, after=1)]
['Datum  Dnr', '2024-04-02  KS 2024/1', 'b']
>>> [c.text for c in rows_around(text, 0, before=0, after=0)[0].cells]
['a']
>>> line_bounds(text, text.index("Dnr")), line_bounds(text, len(text))
((2, 12), (37, 37))
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from arende.extractors._lines import Line, split_cells

__all__ = ["iter_rows", "line_bounds", "line_starts", "rows_around"]

# A line break or a page break: what ends a line.
_BREAK = re.compile(r"[\n\f]")


@lru_cache(maxsize=4)
def line_starts(text: str) -> tuple[int, ...]:
    """Where each line of ``text`` starts (0, then one past every line or page break).

    >>> line_starts("a\\nbc\\fd")
    (0, 2, 5)
    """
    # One past each break is the running sum of the lengths of the lines before it.
    return tuple(accumulate([len(line) + 1 for line in _BREAK.split(text)[:-1]], initial=0))


def _index(starts: tuple[int, ...], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _bounds(text: str, starts: tuple[int, ...], index: int) -> tuple[int, int]:
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return starts[index], end


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line (between line breaks or form feeds) holding ``offset``."""
    starts = line_starts(text)
    return _bounds(text, starts, _index(starts, offset))


def rows_around(text: str, offset: int, *, before: int, after: int) -> list[Line]:
    """The line holding ``offset`` with up to ``before`` lines above and ``after`` below."""
    starts = line_starts(text)
    index = _index(starts, offset)
    first = max(0, index - before)
    last = min(len(starts) - 1, index + after)
    return [_row(text, starts, i) for i in range(first, last + 1)]


def iter_rows(text: str, offset: int) -> Iterator[Line]:
    """The lines of ``text`` from the one holding ``offset`` on, split into cells as needed.

    >>> [row.text for row in iter_rows("a\\nb  c\\fd", 2)]
    ['b  c', 'd']
    """
    starts = line_starts(text)
    for index in range(_index(starts, offset), len(starts)):
        yield _row(text, starts, index)


@lru_cache(maxsize=4)
def _split_rows(text: str) -> dict[int, Line]:
    """The lines of ``text`` split so far, by index: neighbouring places share their lines."""
    return {}


def _row(text: str, starts: tuple[int, ...], index: int) -> Line:
    rows = _split_rows(text)
    row = rows.get(index)
    if row is None:
        row = rows[index] = _split_row(text, starts, index)
    return row


def _split_row(text: str, starts: tuple[int, ...], index: int) -> Line:
    position, line_end = _bounds(text, starts, index)
    raw = text[position:line_end]
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    return Line(
        text=stripped,
        start=position + lead,
        end=position + lead + len(stripped),
        cells=split_cells(raw, position),
        page_break_before=position > 0 and text[position - 1] == "\f",
    )
