"""Page text from positioned characters: lines, word spaces, columns, paragraphs.

Both PDF engines reduce a page to :data:`Char` tuples ``(text, x0, x1, bottom,
size, box)`` in PDF points with the origin at the page's top left: ``x0``/``x1``
run along the glyph's line of writing, ``bottom`` is its descent line and
``size`` the font size.  Upright glyphs leave ``box`` as None (it is
``(x0, bottom - size, x1, bottom)``); glyphs written sideways carry their box on
the page and coordinates in a frame turned so that they read left to right.
:func:`layout` turns them into the page text and one box per character, so the
engines give the same text.  The readers hand the glyphs over as
:class:`~arende.readers._pdfglyphs.Glyphs` (the same fields, one list each, so
that page-wide work runs in C), with numpy arrays of the numbers where numpy is
installed.

>>> chars = [("A", 10, 16, 20, 10, None), ("b", 16, 21, 20, 10, None), ("c", 30, 35, 20, 10, None)]
>>> text, boxes = layout(chars)
>>> text
'Ab c'
>>> boxes[2] is None, boxes[3]
(True, (30, 10, 35, 20))
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from arende.document import BBox
from arende.readers._pdfglyphs import Arrays, Char, Glyphs, pick
from arende.readers._pdfjoin import PAD, Cells, dehyphenate, join_address

__all__ = [
    "Char",
    "is_garbage",
    "layout",
    "page_layout",
    "usable",
    "usable_texts",
]


# Glyphs drawn as list bullets; private-use code points (Symbol and Wingdings
# fonts without a Unicode map) are bullets in practice when they start a line.
_BULLETS = frozenset(
    "\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25e6\u2981\u27a2\u00b7"
)
# pdfminer's rendering of a glyph it cannot map: "(cid:127)".
_CID = re.compile(r"\(cid:(\d+)\)")
_CID_BULLET = "(cid:127)"
_UNMAPPED = frozenset("\ufffd\ufffe\uffff\x00")
# Zero-width characters that carry nothing for the reader.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")

# A list marker that owns the block after it ("•", "1.", "a)", "–").
_LIST_MARKER = re.compile(
    r"""
    ^(?: [•\-–—*]          # a bullet or a dash
       | \d{1,2}[.)]       # a number: "1.", "2)"
       | [a-zåäö][.)]      # a letter: "a)", "b."
    )$
    """,
    re.VERBOSE,
)

_TEXT = operator.itemgetter(0)
_SIZE = operator.itemgetter(4)

_MIN_SIZE = 1.0  # points
_MAX_COLUMN = 400  # padding never runs further (a glyph placed far off the page)
_SPACE_GAP = 0.18  # in em: a gap wider than this between glyphs is a word space
_COLUMN_GAP = 1.4  # in em: a gap wider than this separates side-by-side blocks
_LINE_OVERLAP = 0.5  # glyphs whose heights overlap by this share of the smaller are one line
_RAISED = 0.2  # in em of the line: a glyph whose descent line is this much higher is raised
_SMALL = 0.8  # ... and it is a footnote mark when its size is under this share of the line's
_PARAGRAPH_EXTRA = 0.45  # in em: a line gap this much wider than usual starts a paragraph


def is_garbage(text: str) -> bool:
    """Whether a glyph's text is an unmapped glyph rather than a character.

    >>> is_garbage("(cid:12)"), is_garbage("\\ufffd"), is_garbage("a"), is_garbage("(cid:127)")
    (True, True, False, False)
    """
    if text == _CID_BULLET:
        return False
    return text in _UNMAPPED or bool(_CID.fullmatch(text))


def usable(chars: Iterable[Char]) -> bool:
    """Whether a page's glyphs make a text layer worth reading (else: OCR).

    >>> usable([]), usable([("(cid:3)", 0, 1, 1, 1, None)] * 5 + [("a", 0, 1, 1, 1, None)])
    (False, False)
    >>> usable([("a", 0, 1, 1, 1, None)])
    True
    """
    return usable_texts(map(_TEXT, chars))


def usable_texts(texts: Iterable[str]) -> bool:
    """:func:`usable` for the glyphs' texts alone."""
    texts = texts if isinstance(texts, list) else list(texts)
    kinds = set(texts)
    if not any(map(_bad, kinds)):  # most pages: nothing unmapped, nothing to count
        return bool(kinds - {" "})
    visible = bad = 0
    for text, n in Counter(texts).items():
        if text == " ":
            continue
        visible += n
        if _bad(text):
            bad += n
    return visible > 0 and bad <= 0.3 * visible


def _bad(text: str) -> bool:
    """Whether a glyph's text is unmapped (counted against the text layer)."""
    if len(text) == 1:
        return text in _UNMAPPED or "\ue000" <= text <= "\uf8ff"
    return text.startswith("(cid:") and text != _CID_BULLET


# The characters that :func:`_normal` changes or drops: white space other than the
# space, controls, bullets other than "•", private use, unmapped, invisible, ligatures.
_CHANGED = re.compile(
    "[^\\S ]|["
    + re.escape("".join(sorted(_BULLETS - {"•"})))
    + "\x00-\x1f\ue000-\uf8ff\ufb00-\ufb06"
    + re.escape("".join(sorted(_UNMAPPED | _INVISIBLE)))
    + "]"
)


@functools.lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    """A glyph's text as it goes into the page text ('' drops it)."""
    if len(text) == 1:
        if text.isspace():
            return " "
        if text in _BULLETS or "\ue000" <= text <= "\uf8ff":
            return "•"
        if text in _UNMAPPED or text < " " or text in _INVISIBLE:
            return ""
        if "\ufb00" <= text <= "\ufb06":  # ligatures: pdfminer spells them out too
            return unicodedata.normalize("NFKC", text)
        return text
    if text == _CID_BULLET:
        return "•"
    if _CID.fullmatch(text):
        return ""
    return text


class _Line:
    """One visual line: glyphs ``start:end`` of the page's glyphs in reading order."""

    __slots__ = ("bottom", "end", "mixed", "size", "start")

    def __init__(self, start: int, end: int, bottom: float, size: float, mixed: bool) -> None:
        self.start = start
        self.end = end
        self.bottom = bottom
        self.size = size
        self.mixed = mixed  # whether it joins several font runs


def _changes(column: list[float]) -> list[int]:
    """Where the value of ``column`` changes: the index of each first differing value."""
    ends = itertools.accumulate(len(list(same)) for _, same in itertools.groupby(column))
    return list(ends)[:-1]


def _in_reading_order(glyphs: Glyphs, changes: list[int]) -> bool:
    """Whether the glyphs are sorted by descent line, then by x (as drawn, mostly);
    ``changes`` are the places where the descent line changes."""
    bottoms, x0s = glyphs.bottoms, glyphs.x0s
    le = operator.le
    firsts = [bottoms[0], *map(bottoms.__getitem__, changes)]
    if not all(map(operator.lt, firsts, firsts[1:])):
        return False
    start = 0
    for end in itertools.chain(changes, (len(bottoms),)):
        if not all(map(le, x0s[start : end - 1], x0s[start + 1 : end])):
            return False
        start = end
    return True


def _group_lines(glyphs: Glyphs) -> tuple[Glyphs, list[_Line]]:
    """Cluster glyphs into visual lines: their heights overlap by half or more.

    Gives the glyphs in reading order (line by line, each line in x order) and
    the lines.  A line's reference is its largest glyph, so superscripts,
    footnote marks and small print beside a heading join its line without
    dragging it along.
    """
    count = len(glyphs)
    order: list[int] | None = None
    ordered = glyphs
    arrays = glyphs.arrays
    if arrays is not None:
        changes = arrays.changes(arrays.bottoms)
        in_order = arrays.in_reading_order(changes)
    else:
        changes = _changes(glyphs.bottoms)
        in_order = _in_reading_order(glyphs, changes)
    # Text is mostly drawn in reading order already; sort only where it is not.
    if not in_order:
        keys = list(zip(glyphs.bottoms, glyphs.x0s, strict=True))
        order = sorted(range(count), key=keys.__getitem__)
        ordered = glyphs.picked(order)
        arrays = ordered.arrays
        changes = _changes(ordered.bottoms) if arrays is None else arrays.changes(arrays.bottoms)
    bottoms, sizes, x0s = ordered.bottoms, ordered.sizes, ordered.x0s
    # Glyphs with the same descent line and size (a run) all join the line the
    # first of them joins, so the test runs once per run.
    runs = changes
    if sizes.count(sizes[0]) != count:
        size_changes = _changes(sizes) if arrays is None else arrays.changes(arrays.sizes)
        runs = sorted({*changes, *size_changes})
    spans: list[tuple[int, int, bool]] = []  # start, end, whether it joins several runs
    start = 0
    several = False
    ref_bottom, ref_size = bottoms[0], sizes[0]
    for k in runs:
        bottom, size = bottoms[k], sizes[k]
        if bottom == ref_bottom and size == ref_size:  # the same line
            several = True
            continue
        low = bottom if bottom < ref_bottom else ref_bottom
        high = bottom - size
        if ref_bottom - ref_size > high:
            high = ref_bottom - ref_size
        if low - high >= _LINE_OVERLAP * (size if size < ref_size else ref_size):
            several = True
            if size > ref_size:
                ref_bottom, ref_size = bottom, size
            continue
        spans.append((start, k, several))
        start, several = k, False
        ref_bottom, ref_size = bottom, size
    spans.append((start, count, several))
    lines: list[_Line] = []
    resorted = False
    parts: list[Iterable[int]] = []
    for start, end, several in spans:
        if not several:  # one run: already in x order, one size, one descent line
            lines.append(_Line(start, end, bottoms[start], sizes[start], False))
            parts.append(range(start, end))
            continue
        by_x = sorted(range(start, end), key=x0s.__getitem__)
        line_sizes = sorted(map(sizes.__getitem__, by_x))
        bottom = max(map(bottoms.__getitem__, by_x))
        lines.append(_Line(start, end, bottom, line_sizes[len(line_sizes) // 2], True))
        parts.append(by_x)
        resorted = resorted or by_x != list(range(start, end))
    if resorted:
        by_line = list(itertools.chain.from_iterable(parts))
        ordered = glyphs.picked(by_line if order is None else pick(order, by_line))
    return ordered, lines


_SPACES = re.compile(" ")
_SPACE_CODE = ord(" ")


def _codes(glyphs: Glyphs, page: str) -> Any:
    """The code points of ``page`` as a numpy array where the glyphs have arrays and
    one character each (so that a code point is a glyph), else None."""
    if glyphs.arrays is None or len(page) != len(glyphs.texts):
        return None
    np = glyphs.arrays.np
    return np.frombuffer(page.encode("utf-32-le"), dtype=np.dtype("<u4"))


def _repeats(texts: list[str], page: str, codes: Any) -> Iterable[int]:
    """Indices of glyphs whose text is that of the glyph before (``page``: the texts
    joined, compared instead where every glyph is one character; ``codes``: its
    code points, or None)."""
    if codes is not None:
        repeated: list[int] = ((codes[1:] == codes[:-1]).nonzero()[0] + 1).tolist()
        return repeated
    same = texts if len(page) != len(texts) else page
    return itertools.compress(itertools.count(1), map(operator.eq, same, same[1:]))


def _dropped(glyphs: Glyphs, lines: list[_Line], page: str, codes: Any) -> bytearray | None:
    """Which glyphs to keep where some line has copies (fake bold, shadows) or
    leading spaces; None where every glyph stays.

    A glyph drawn twice at nearly the same place is dropped after its first copy.
    """
    texts, x0s, x1s, bottoms = glyphs.texts, glyphs.x0s, glyphs.x1s, glyphs.bottoms
    keep: bytearray | None = None
    starts = [line.start for line in lines]
    firsts = set(starts)
    twice: set[int] = set()  # lines with a glyph drawn twice
    for i in _repeats(texts, page, codes):
        if i in firsts:
            continue  # the glyph before ends another line
        p = i - 1
        if abs(x0s[i] - x0s[p]) <= min(1.0, 0.5 * (x1s[p] - x0s[p]) + 0.1) and (
            abs(bottoms[i] - bottoms[p]) <= 1.0
        ):
            twice.add(bisect.bisect_right(starts, i) - 1)
    for index, line in enumerate(lines):
        if index in twice:
            if keep is None:
                keep = bytearray(b"\x01") * len(texts)
            last = line.start
            for i in range(line.start + 1, line.end):
                if (
                    texts[last] == texts[i]
                    and abs(x0s[i] - x0s[last]) <= min(1.0, 0.5 * (x1s[last] - x0s[last]) + 0.1)
                    and abs(bottoms[i] - bottoms[last]) <= 1.0
                ):
                    keep[i] = 0
                else:
                    last = i
        i = line.start
        while i < line.end and (texts[i] == " " or (keep is not None and not keep[i])):
            if texts[i] == " ":
                if keep is None:
                    keep = bytearray(b"\x01") * len(texts)
                keep[i] = 0
            i += 1
    return keep


def _without_dropped(
    glyphs: Glyphs, lines: list[_Line], keep: bytearray
) -> tuple[Glyphs, list[_Line]]:
    """The glyphs ``keep`` keeps, and the lines that still have glyphs."""
    kept: list[_Line] = []
    at = 0
    for line in lines:
        n = sum(keep[line.start : line.end])
        if n:
            kept.append(_Line(at, at + n, line.bottom, line.size, line.mixed))
            at += n
    return glyphs.kept(keep), kept


def _build_line(line: _Line, chars: list[Char], margin: float, pitch: float) -> Cells:
    """The characters of one line, with spaces and column padding inserted, glyph by
    glyph: the reference for :class:`_Builder`, used for lines with raised glyphs."""
    out: Cells = []
    if not chars:
        return out
    indent = round((round(chars[0][1] * 2) / 2 - margin) / pitch)
    out.extend([PAD] * min(max(0, indent), _MAX_COLUMN))
    block_start = len(out)
    spaced = False
    # Raised small glyphs (footnote marks) are kept apart from the word they
    # follow, so "2024" with a raised "1" does not read as "20241".
    raised_below = line.bottom - _RAISED * line.size
    small = _SMALL * line.size
    maybe_raised = min(map(_SIZE, chars)) < small  # else no glyph of the line is raised
    was_raised = False
    append = out.append
    column_gap, space_gap, pad = _COLUMN_GAP, _SPACE_GAP, PAD
    text, x0, x1, bottom, size, box = chars[0]  # never a space: layout strips those
    if maybe_raised:
        was_raised = size < small and bottom < raised_below
    if box is None:
        box = (x0, bottom - size, x1, bottom)
    if len(text) == 1:
        append((text, box))
    else:  # ligatures and multi-character glyphs share the glyph's box
        out.extend((ch, box) for ch in text)
    prev_x1, prev_size = x1, size
    for text, x0, x1, bottom, size, box in itertools.islice(chars, 1, None):
        if text == " ":
            spaced = True
            continue
        if maybe_raised:
            raised = size < small and bottom < raised_below
            if raised is not was_raised:
                spaced = True
                was_raised = raised
        em = prev_size if prev_size < size else size
        gap = x0 - prev_x1
        if gap > column_gap * em:
            block = "".join(ch for ch, _ in out[block_start:])
            if _LIST_MARKER.match(block.strip()):
                n = 1
            else:
                target = round((round(x0 * 2) / 2 - margin) / pitch)
                n = min(max(2, target - len(out)), _MAX_COLUMN)
            out.extend([pad] * n)
            block_start = len(out)
        elif spaced or gap > space_gap * em:
            append(pad)
        if box is None:
            box = (x0, bottom - size, x1, bottom)
        if len(text) == 1:
            append((text, box))
        else:
            out.extend((ch, box) for ch in text)
        prev_x1, prev_size = x1, size
        spaced = False
    return out


#: A built line: its text and a box per character (None for inserted spaces).
_Built = tuple[str, list["BBox | None"]]


class _Known:
    """Where a page's glyphs have arrays, the places :func:`_build_run` asks about,
    found for the whole page at once.  A run line's size is each of its glyphs'
    size, so the thresholds come from the glyphs' own sizes.
    """

    __slots__ = ("boxes", "columns", "wide")

    def __init__(self, glyphs: Glyphs, arrays: Arrays, codes: Any) -> None:
        np = arrays.np
        x0s, x1s, sizes = arrays.x0s, arrays.x1s, arrays.sizes
        #: Glyphs further from the one before than a word space.
        self.wide = arrays.wide(_SPACE_GAP)
        spaces = np.flatnonzero(codes == _SPACE_CODE)
        tops = (arrays.bottoms - sizes).tolist()
        #: The box of each glyph, None for spaces (dropped, or the spaces inserted
        #: for them).
        self.boxes: list[BBox | None] = list(
            zip(glyphs.x0s, tops, glyphs.x1s, glyphs.bottoms, strict=True)
        )
        boxes = self.boxes
        for k in spaces.tolist():
            boxes[k] = None
        inner = spaces[(spaces > 0) & (spaces < len(codes) - 1)]
        across = x0s[inner + 1] - x1s[inner - 1]
        #: Space glyphs with a column gap between the glyphs either side.
        self.columns: list[int] = inner[across > _COLUMN_GAP * sizes[inner]].tolist()

    @staticmethod
    def local(places: list[int], start: int, end: int) -> list[int]:
        """The ``places`` after ``start`` and before ``end``, counted from ``start``."""
        first = bisect.bisect_right(places, start)
        return [k - start for k in places[first : bisect.bisect_left(places, end, first)]]


def _build_lines(
    glyphs: Glyphs,
    page: str,
    lines: list[_Line],
    margin: float,
    pitch: float,
    codes: Any = None,
) -> list[_Built]:
    """The characters of every line, with spaces and column padding inserted.

    Lines of one font run (one size, one descent line: most lines) are built a
    line at a time from the page's text and columns, visiting only the places
    that get a space; other lines go glyph by glyph through :func:`_build_line`.
    """
    simple = len(page) == len(glyphs.texts) and glyphs.boxes is None  # one character per glyph
    known = None if codes is None or glyphs.arrays is None else _Known(glyphs, glyphs.arrays, codes)
    built: list[_Built] = []
    for line in lines:
        if simple and not line.mixed:
            built.append(_build_run(glyphs, page, line, margin, pitch, known))
        else:
            cells = _build_line(line, glyphs.chars(line.start, line.end), margin, pitch)
            built.append(("".join(ch for ch, _ in cells), [box for _, box in cells]))
    return built


def _led(lead: int, text: str, boxes: list[BBox | None]) -> _Built:
    """A line's text and boxes after ``lead`` columns of indent."""
    if lead:
        return " " * lead + text, [None] * lead + boxes
    return text, boxes


def _build_run(
    glyphs: Glyphs,
    page: str,
    line: _Line,
    margin: float,
    pitch: float,
    known: _Known | None = None,
) -> _Built:
    """:func:`_build_line` for a line of one font run whose glyphs are one character each.

    One size for the whole line makes the space and column thresholds constants,
    and no glyph of it can be raised.  ``known``: what the page's arrays tell.
    """
    start, end, size, bottom = line.start, line.end, line.size, line.bottom
    text = page[start:end]
    x0s, x1s = glyphs.x0s[start:end], glyphs.x1s[start:end]
    space_gap, column_gap = _SPACE_GAP * size, _COLUMN_GAP * size
    boxes: list[BBox | None]
    if known is not None:
        boxes = known.boxes[start:end]
        wide = known.local(known.wide, start, end)
    else:  # glyphs further from the one before than a word space
        top = bottom - size
        boxes = list(zip(x0s, itertools.repeat(top), x1s, itertools.repeat(bottom), strict=False))
        wide = [k for k, x0, x1 in zip(itertools.count(1), x0s[1:], x1s) if x0 - x1 > space_gap]
    indent = round((round(x0s[0] * 2) / 2 - margin) / pitch)
    lead = min(max(0, indent), _MAX_COLUMN)
    # Each break: where the text before it ends, where the next glyph starts, and
    # the gap between the two (a run of space glyphs lies between where they differ).
    breaks: list[tuple[int, int, float]] = []
    if text[-1] == " ":
        text = text.rstrip(" ")  # trailing spaces give nothing
        boxes = boxes[: len(text)]
        wide = [k for k in wide if k < len(text)]
    if " " in text:
        if known is None:
            spaces = [m.start() for m in _SPACES.finditer(text)]
            for k in spaces:
                boxes[k] = None  # a space glyph: dropped, or the space inserted for it
        if wide:
            wide = [k for k in wide if text[k - 1 : k + 1].find(" ") < 0]
        if not wide and "  " not in text:
            # one space glyph between two glyphs each time: a word space unless the
            # gap around it is a column gap
            if known is not None:
                column = bool(known.local(known.columns, start, start + len(text)))
            else:
                after = map(x0s.__getitem__, map(operator.add, spaces, itertools.repeat(1)))
                before = map(x1s.__getitem__, map(operator.sub, spaces, itertools.repeat(1)))
                column = max(map(operator.sub, after, before)) > column_gap
            if not column:
                return _led(lead, text, boxes)
        at = run = text.index(" ")
        for part in itertools.islice(text.split(" "), 1, None):
            at += 1
            if part:
                breaks.append((run, at, x0s[at] - x1s[run - 1]))
                at += len(part)
                run = at
    elif not wide:
        return _led(lead, text, boxes)
    if wide:
        breaks = sorted(breaks + [(k, k, x0s[k] - x1s[k - 1]) for k in wide])
    pieces = [" " * lead]
    out: list[BBox | None] = [None] * lead
    length = block_start = lead
    done = 0
    for stop, resume, gap in breaks:
        pieces.append(text[done:stop])
        out.extend(boxes[done:stop])
        length += stop - done
        done = resume
        if gap > column_gap:
            block = "".join(pieces)[block_start:]
            if _LIST_MARKER.match(block.strip()):
                n = 1
            else:
                target = round((round(x0s[resume] * 2) / 2 - margin) / pitch)
                n = min(max(2, target - length), _MAX_COLUMN)
            block_start = length + n
        else:
            n = 1
        pieces.append(" " * n)
        out.extend([None] * n)
        length += n
    pieces.append(text[done:])
    out.extend(boxes[done:])
    return "".join(pieces), out


def _median_width(glyphs: Glyphs, page: str, codes: Any) -> float:
    """The median width of the glyphs that are not spaces (``page``: their texts joined;
    ``codes``: its code points, or None)."""
    x0s, x1s = glyphs.x0s, glyphs.x1s
    if codes is not None and glyphs.arrays is not None:
        arrays = glyphs.arrays
        found = arrays.x1s - arrays.x0s
        if " " in page:
            found = found[codes != _SPACE_CODE]
        return float(arrays.np.sort(found)[len(found) // 2])
    widths: list[float]
    if len(page) != len(glyphs.texts):
        widths = sorted(
            itertools.compress(
                map(operator.sub, x1s, x0s), map(operator.ne, glyphs.texts, itertools.repeat(" "))
            )
        )
        return widths[len(widths) // 2]
    widths = list(map(operator.sub, x1s, x0s))
    widths.sort()
    if " " not in page:
        return widths[len(widths) // 2]
    # The spaces' widths are taken out of the sorted widths by counting: the wanted
    # value is the first whose count of non-space widths up to it passes the middle.
    spaces = sorted([x1s[m.start()] - x0s[m.start()] for m in _SPACES.finditer(page)])
    wanted = (len(widths) - len(spaces)) // 2
    low, high = 0, len(widths) - 1
    while low < high:
        mid = (low + high) // 2
        value = widths[mid]
        if bisect.bisect_right(widths, value) - bisect.bisect_right(spaces, value) > wanted:
            high = mid
        else:
            low = mid + 1
    return widths[low]


def _usual_gap(gaps: list[float]) -> float:
    """A low percentile of line gaps (in em): the spacing inside paragraphs."""
    if not gaps:
        return 0.0
    return min(max(sorted(gaps)[len(gaps) // 10], 0.0), 1.0)


def _all_normal(kinds: set[str]) -> bool:
    """Whether every glyph text in ``kinds`` goes into the page as it is."""
    joined = "".join(kinds)
    if len(joined) == len(kinds):  # one character each: one search for them all
        return _CHANGED.search(joined) is None
    return all(_normal(text) == text for text in kinds)


def _small_and_finite(glyphs: Glyphs) -> bool:
    """Whether every coordinate is a number whose sum with three others stays finite.

    Each column's sum of magnitudes is finite and small only when every value is.
    """
    columns = (glyphs.x0s, glyphs.x1s, glyphs.bottoms, glyphs.sizes)
    if glyphs.bounded:  # no value near overflow: finite sums are all it takes
        return all(math.isfinite(sum(column)) for column in columns)
    limit = 1e300
    for column in columns:
        total = sum(map(abs, column))
        if not total < limit:  # also false for inf and nan
            return False
    return True


def _normalised(glyphs: Glyphs) -> Glyphs:
    """The glyphs with their text as it goes into the page, broken ones dropped."""
    arrays = glyphs.arrays
    if (
        glyphs.texts
        and (min(glyphs.sizes) if arrays is None else float(arrays.sizes.min())) >= _MIN_SIZE
        and (_small_and_finite(glyphs) if arrays is None else glyphs.bounded and arrays.finite())
        and _all_normal(set(glyphs.texts))
    ):
        return glyphs  # most pages: every glyph is kept as it is
    normal: list[Char] = []
    for c in glyphs.chars():
        if (c[1] + c[2] + c[3] + c[4]) * 0 != 0:
            continue  # a coordinate is infinite or not a number: a broken matrix
        glyph = _normal(c[0])
        if glyph == c[0] and c[4] >= _MIN_SIZE:
            normal.append(c)
        elif glyph:  # a size under a point is a broken font matrix: give it one
            normal.append((glyph, c[1], c[2], c[3], max(c[4], _MIN_SIZE), c[5]))
    return Glyphs.from_chars(normal)


def _joined(built: list[_Built], breaks: list[bool]) -> list[_Built]:
    """``built`` with words broken over two lines of a paragraph joined.

    Only lines that end in a hyphen or an e-mail address can join; only those
    are turned into cells for :mod:`arende.readers._pdfjoin`.
    """
    for i in range(len(built) - 1):
        upper = built[i][0]
        if breaks[i + 1] or not upper or upper[-1] == " ":
            continue
        if not (upper[-1] in "-\u00ad\u2013" or "@" in upper):
            continue
        upper_cells = list(zip(*built[i], strict=True))
        lower_cells = list(zip(*built[i + 1], strict=True))
        if dehyphenate(upper_cells, lower_cells) or join_address(upper_cells, lower_cells):
            built[i] = _from_cells(upper_cells)
            built[i + 1] = _from_cells(lower_cells)
    return built


def _from_cells(cells: Cells) -> _Built:
    return "".join(ch for ch, _ in cells), [box for _, box in cells]


def layout(chars: Sequence[Char] | Glyphs) -> tuple[str, tuple[BBox | None, ...]]:
    """Page text (one line per visual line) and a box per character."""
    glyphs = _normalised(chars if isinstance(chars, Glyphs) else Glyphs.from_chars(chars))
    if not glyphs.texts:
        return "", ()
    glyphs, lines = _group_lines(glyphs)
    page = "".join(glyphs.texts)
    codes = _codes(glyphs, page)
    keep = _dropped(glyphs, lines, page, codes)
    if keep is not None:
        glyphs, lines = _without_dropped(glyphs, lines, keep)
        page = "".join(glyphs.texts)
        codes = _codes(glyphs, page)
    if not lines:
        return "", ()
    # The common left margin: the most frequent start among the line starts within
    # a point of the leftmost (a "j" or "f" overhangs the margin by its side bearing).
    x0s = glyphs.x0s
    starts = sorted(x0s[line.start] for line in lines)
    near = [x for x in starts if x <= starts[0] + 1.0]
    margin = near[len(near) // 2]
    # Quantised so that both engines' float noise lands on the same columns.
    pitch = max(1.0, round(_median_width(glyphs, page, codes) * 4) / 4)
    margin = round(margin * 2) / 2
    gaps = [
        (b.bottom - b.size - a.bottom) / min(a.size, b.size) for a, b in itertools.pairwise(lines)
    ]
    # The usual gap between the lines of a paragraph, for each font size that has
    # a few lines (body text at 1.5 spacing below a single-spaced letterhead) and
    # for the page as a whole.
    by_size: dict[int, list[float]] = {}
    for line, gap in zip(lines, gaps, strict=False):  # keyed by the line above the gap
        by_size.setdefault(round(line.size), []).append(gap)
    usual = _usual_gap(gaps)
    usual_for = {size: _usual_gap(found) for size, found in by_size.items() if len(found) >= 4}
    built = _build_lines(glyphs, page, lines, margin, pitch, codes)
    breaks = [False] + [
        gap > usual_for.get(round(line.size), usual) + _PARAGRAPH_EXTRA
        for line, gap in zip(lines, gaps, strict=False)
    ]
    text: list[str] = []
    boxes: list[BBox | None] = []
    pending = False  # a paragraph break before a line that dehyphenation emptied
    for (line_text, line_boxes), brk in zip(_joined(built, breaks), breaks, strict=True):
        kept = len(line_text.rstrip(" "))
        if kept < len(line_text):
            line_text, line_boxes = line_text[:kept], line_boxes[:kept]
        if "\u00ad" in line_text:  # a soft hyphen inside a line is invisible
            soft = [ch != "\u00ad" for ch in line_text]
            line_text = line_text.replace("\u00ad", "")
            line_boxes = list(itertools.compress(line_boxes, soft))
        if not line_text:
            pending = pending or brk
            continue
        if text:
            newlines = 2 if brk or pending else 1
            text.append("\n" * newlines)
            boxes.extend([None] * newlines)
        pending = False
        text.append(line_text)
        boxes.extend(line_boxes)
    return "".join(text), tuple(boxes)


def page_layout(groups: Sequence[Glyphs | Sequence[Char]]) -> tuple[str, tuple[BBox | None, ...]]:
    """The text of a page whose glyphs come in groups by direction of writing.

    The first group (upright text) comes first; sideways text (a case number
    printed up the margin) follows, each group after a blank line.
    """
    text = ""
    boxes: tuple[BBox | None, ...] = ()
    for group in groups:
        if not group:
            continue
        more, more_boxes = layout(group)
        if not more:
            continue
        if text:
            text += "\n\n"
            boxes += (None, None)
        text += more
        boxes += more_boxes
    return text, boxes
