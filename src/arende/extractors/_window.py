"""The lines around one place of a text, split like :func:`~arende.extractors._lines.lines`.

Finding the line of a place is one binary search over where each line starts
(found once per text, and kept for the next extractor); the lines themselves
are those of :func:`~arende.extractors._lines.lines`, split once per text and
shared by every extractor of a document.

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

from arende.extractors._lines import Line, _split_lines

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
    return list(_split_lines(text)[first : last + 1])


def iter_rows(text: str, offset: int) -> Iterator[Line]:
    """The lines of ``text`` from the one holding ``offset`` on, split into cells as needed.

    >>> [row.text for row in iter_rows("a\\nb  c\\fd", 2)]
    ['b  c', 'd']
    """
    rows = _split_lines(text)
    for index in range(_index(line_starts(text), offset), len(rows)):
        yield rows[index]
