"""Page furniture: running headers and footers, and page numbers.

A line near the top or bottom of a page (the first or last :data:`ZONE`
non-blank lines) that recurs in the same zone of another page is a running
header or footer.  Its first copy stays (it counts once, as if printed once);
the copies on later pages are marked, and :class:`~arende.document.Document`
masks them with spaces.  A line must sit in a zone on *every* page it appears
on, so a body line that happens to open two pages is not taken for furniture.
Page numbers (``Sida 2 av 4``, ``2 (4)``, ``2/4``, ``- 2 -``) are marked on every
page, the first included: page numbers are never data.

>>> from arende.document import Page
>>> pages = [
...     Page(1, "Kommunstyrelsen\\nSida 1 av 2\\n\\nBakgrund\\nText."),
...     Page(2, "Kommunstyrelsen\\nSida 2 av 2\\n\\nMer text."),
... ]
>>> [[p.text[a:b] for a, b in p.furniture] for p in mark_furniture(pages)]
[['Sida 1 av 2'], ['Kommunstyrelsen', 'Sida 2 av 2']]
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from arende.document import Page

__all__ = ["MAX_LINE", "ZONE", "mark_furniture", "page_number_spans"]

#: How many non-blank lines at the top and at the bottom of a page may be furniture.
ZONE = 4
#: Longer lines (white space squeezed) are never furniture.
MAX_LINE = 300

# A page number written out, anywhere in a line ("Sida 2 av 4", "sid. 3", "Page 2 of 4").
_PAGE_WORD = re.compile(
    r"""
    \b(?:sida|sid\.|page|blad)   # the word (Swedish, English)
    \s*\d{1,4}                   # this page
    (?:\s*(?:av|of|/)\s*\d{1,4}  # "av 4", "of 4", "/ 4"
    |\s*\(\s*\d{1,4}\s*\)        # "(4)"
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A page number that is a whole cell on its own ("2 (4)", "2/4", "- 2 -").
_PAGE_CELL = re.compile(
    r"""
    (?:\d{1,4}\s*\(\s*\d{1,4}\s*\)   # "2 (4)"
    |\d{1,4}\s*/\s*\d{1,4}           # "2/4"
    |[-–]\s*\d{1,4}\s*[-–]           # "- 2 -"
    |\d{1,4}                         # "2" (only when it equals the page's number)
    )
    """,
    re.VERBOSE,
)
# One line of a page (without its newline).
_LINE = re.compile(r"[^\n]+")
# A cell of a line: text between tabs or runs of two or more spaces.
_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*")
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")

Span = tuple[int, int]


def mark_furniture(pages: list[Page]) -> list[Page]:
    """``pages`` with their page numbers and repeated headers/footers in ``furniture``."""
    marks: list[list[Span]] = [list(p.furniture) for p in pages]
    several = len(pages) >= 2
    zones: list[list[tuple[int, int, str, tuple[str, ...]]]] = []
    # Keyed by (side, text): a header repeats at the top, a footer at the bottom; the
    # letterhead's unit line at the top of page 1 is no footer of the last page.
    in_zone: dict[tuple[str, str], set[int]] = defaultdict(set)
    zoned: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for index, page in enumerate(pages):
        lines = [(m.start(), m.end()) for m in _LINE.finditer(page.text) if m.group().strip()]
        zone: list[tuple[int, int, str, tuple[str, ...]]] = []
        for i, (start, end) in enumerate(lines):
            if end - start > MAX_LINE and len(" ".join(page.text[start:end].split())) > MAX_LINE:
                continue  # too long for a header or footer (and costly to compare)
            # A short page splits at its middle (the middle line of an odd count is both).
            count = len(lines)
            top = i < min(ZONE, (count + 1) // 2)
            bottom = i >= max(count - ZONE, count // 2)
            sides = ("top",) * top + ("bottom",) * bottom
            key = _key(page.text[start:end]) if several else ""
            if several:
                total[key] += 1
            if not sides:
                continue
            marks[index].extend(page_number_spans(page.text, start, end, page.number))
            zone.append((start, end, key, sides))
            zoned[key] += 1
            for side in sides:
                in_zone[(side, key)].add(index)
        zones.append(zone)
    if several:
        running = {
            (side, key)
            for (side, key), on in in_zone.items()
            if key and len(on) >= 2 and total[key] == zoned[key]
        }
        for index, zone in enumerate(zones):
            for start, end, key, sides in zone:
                if any(
                    (side, key) in running and min(in_zone[(side, key)]) < index for side in sides
                ):
                    text = pages[index].text
                    lead = len(text[start:end]) - len(text[start:end].lstrip())
                    marks[index].append((start + lead, len(text[:end].rstrip())))
    return [
        dataclasses.replace(page, furniture=_merge(spans))
        if spans != list(page.furniture)
        else page
        for page, spans in zip(pages, marks, strict=True)
    ]


def page_number_spans(text: str, start: int, end: int, number: int) -> list[Span]:
    """Spans of page numbers in the line ``text[start:end]`` of page ``number``.

    >>> line = "Protokoll\\t2024-03-12\\tSida 2 (4)"
    >>> [line[a:b] for a, b in page_number_spans(line, 0, len(line), 2)]
    ['Sida 2 (4)']
    >>> page_number_spans("3", 0, 1, 3), page_number_spans("2025", 0, 4, 3)
    ([(0, 1)], [])
    """
    line = text[start:end]
    spans = [(start + m.start(), start + m.end()) for m in _PAGE_WORD.finditer(line)]
    cells = list(_CELL.finditer(line))
    if not spans and len(cells) <= 3:
        for cell in cells:
            value = cell.group()
            if not _PAGE_CELL.fullmatch(value):
                continue
            if value.isdigit() and (int(value) != number or len(cells) > 1):
                continue  # a bare number is a page number only alone on its line
            spans.append((start + cell.start(), start + cell.end()))
    return spans


def _key(line: str) -> str:
    """A line as compared between pages: page numbers folded, white space squeezed."""
    if "#" not in line and not _DIGIT.search(line):
        # no page number to fold (each form has a digit): the words, squeezed
        return " ".join(line.split()).casefold()
    folded = _PAGE_WORD.sub("#", line)
    cells = [c.group() for c in _CELL.finditer(folded)]
    cells = ["#" if _PAGE_CELL.fullmatch(c) and not c.isdigit() else c for c in cells]
    if all(c == "#" for c in cells):
        return ""
    return _SPACE.sub(" ", " ".join(cells)).strip().casefold()


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)
