"""Cheap whole-text tests that let the extractors skip per-line pattern searches.

(And :func:`row_index`, a row's index found by identity rather than by comparing rows.)

Most case-insensitive patterns of the closing blocks (e-signature stamps, "har fattats av",
protokoll roles) match in few documents, but searching every line for them costs more than
the rest of the work on a short document.  Each such pattern needs one of a few words; the
text lower-cased once tells whether any of them stands in it, and where.

The text is folded by :func:`arende.notations._gate.fold` (lower case as ``re.IGNORECASE``
compares letters, at the same offsets), so a word that such a pattern finds is found in the
folded text, at the same offset; the notations fold the same text, once.

>>> holds("Beslutet har FATTATS av rektor", ("fattat", "avgjor"))
True
>>> from arende.extractors._lines import lines
>>> text = "Datum\\nSekreterare\\n\\nAnna Berg\\nOrdförande"
>>> sorted(rows_holding(text, lines(text), ("sekreterare", "ordförande")))
[1, 4]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from arende.extractors._lines import Line
from arende.notations._gate import fold

__all__ = ["holds", "row_index", "rows_holding", "search_before"]


def holds(text: str, words: Iterable[str]) -> bool:
    """Whether any of ``words`` (lower case) stands in ``text``, in any case."""
    low = fold(text)
    return any(word in low for word in words)


def rows_holding(text: str, rows: Sequence[Line], words: Iterable[str]) -> set[int]:
    """The indices of ``rows`` (lines of ``text``) that hold one of ``words`` (lower case)."""
    low = fold(text)
    starts = [row.start for row in rows]
    found: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            if index >= 0 and at + len(word) <= rows[index].end:
                found.add(index)
            at = low.find(word, at + 1)
    return found


def search_before(
    pattern: re.Pattern[str], text: str, words: Iterable[str], chunks: int
) -> re.Match[str] | None:
    r"""``pattern.search(text)`` for a pattern whose every match holds one of ``words`` (lower
    case; in the text in any case) with at most ``chunks`` runs of non-blank characters before
    it in the match.  A pattern that may start anywhere is slow to try at every place of a
    long text: it is tried only at the places from that far before each such word up to the
    word (or, when those are many, from before the first one on).

    >>> pattern = re.compile(r"med\s+stöd\s+av\s+delegation", re.IGNORECASE)
    >>> search_before(pattern, "... Beslut med stöd av DELEGATION.", ["delegation"], 3).start()
    11
    """
    low = fold(text)
    spans: list[tuple[int, int]] = []  # (first, last) place a match may start
    for word in words:
        at = low.find(word)
        while at >= 0:
            spans.append((_chunks_before(text, at, chunks), at))
            at = low.find(word, at + 1)
    if not spans:
        return None
    spans.sort()
    if sum(last - first + 1 for first, last in spans) > _MOST_PLACES:
        return pattern.search(text, spans[0][0])
    tried = -1  # the last place tried
    for first, last in spans:
        for place in range(max(first, tried + 1), last + 1):
            match = pattern.match(text, place)
            if match is not None:
                return match
        tried = max(tried, last)
    return None


# Beyond this many places to try one by one, one search from the first is quicker.
_MOST_PLACES = 400


def _chunks_before(text: str, at: int, chunks: int) -> int:
    """Where the ``chunks`` runs of non-blank characters before ``text[at]`` begin."""
    for _ in range(chunks):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    return at


def row_index(rows: Sequence[Line], row: Line) -> int:
    """``rows.index(row)`` for a row taken from ``rows``: found by identity, without comparing
    whole rows (their cells too) field by field on the way (rows hold distinct offsets, so
    the first equal row is the row itself).

    >>> from arende.extractors._lines import lines
    >>> rows = lines("a\\n\\nb")
    >>> row_index(rows, rows[2])
    2
    """
    for index, candidate in enumerate(rows):
        if candidate is row:
            return index
    return rows.index(row)
