"""Page text from positioned characters: lines, word spaces, columns, paragraphs.

Both PDF engines reduce a page to :data:`Char` tuples ``(text, x0, x1, bottom,
size, box)`` in PDF points with the origin at the page's top left: ``x0``/``x1``
run along the glyph's line of writing, ``bottom`` is its descent line and
``size`` the font size.  Upright glyphs leave ``box`` as None (it is
``(x0, bottom - size, x1, bottom)``); glyphs written sideways carry their box on
the page and coordinates in a frame turned so that they read left to right.
:func:`layout` turns them into the page text and one box per character, so the
engines give the same text.

>>> chars = [("A", 10, 16, 20, 10, None), ("b", 16, 21, 20, 10, None), ("c", 30, 35, 20, 10, None)]
>>> text, boxes = layout(chars)
>>> text
'Ab c'
>>> boxes[2] is None, boxes[3]
(True, (30, 10, 35, 20))
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from arende.document import BBox
from arende.readers._pdfjoin import PAD, Cells, dehyphenate, join_address

__all__ = ["Char", "is_garbage", "layout", "page_layout", "usable"]

#: ``(text, x0, x1, bottom, size, box)``; top-left origin, PDF points.
Char = tuple[str, float, float, float, float, "BBox | None"]

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

_BY_BOTTOM = operator.itemgetter(3, 1)
_BY_X = operator.itemgetter(1)
_TEXT = operator.itemgetter(0)
_X0 = operator.itemgetter(1)
_X1 = operator.itemgetter(2)
_SIZE = operator.itemgetter(4)
_BOTTOM = operator.itemgetter(3)
_RUN = operator.itemgetter(3, 4)

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
    visible = bad = 0
    for text, n in Counter(map(_TEXT, chars)).items():
        if text == " ":
            continue
        visible += n
        if len(text) == 1:
            if text in _UNMAPPED or "\ue000" <= text <= "\uf8ff":
                bad += n
        elif text.startswith("(cid:") and text != _CID_BULLET:
            bad += n
    return visible > 0 and bad <= 0.3 * visible


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
    """One visual line: glyphs in x order, and its text with boxes."""

    __slots__ = ("bottom", "chars", "size", "text")

    def __init__(self, chars: list[Char]) -> None:
        self.chars = chars
        self.bottom = chars[0][3]
        self.size = chars[0][4]
        self.text: list[str] = []


def _group_lines(chars: Sequence[Char]) -> list[_Line]:
    """Cluster glyphs into visual lines: their heights overlap by half or more.

    A line's reference is its largest glyph, so superscripts, footnote marks
    and small print beside a heading join its line without dragging it along.
    """
    ordered = sorted(chars, key=_BY_BOTTOM)
    lines: list[_Line] = []
    mixed: list[bool] = []  # whether each line joins more than one run
    current: list[Char] = []
    ref_bottom = ref_size = 0.0
    # Glyphs with the same descent line and size (a run) all join the line the
    # first of them joins, so the test runs once per run.
    for (bottom, size), run in itertools.groupby(ordered, key=_RUN):
        if current:
            if bottom == ref_bottom and size == ref_size:  # the same line
                current.extend(run)
                mixed[-1] = True
                continue
            low = bottom if bottom < ref_bottom else ref_bottom
            high = bottom - size
            if ref_bottom - ref_size > high:
                high = ref_bottom - ref_size
            if low - high >= _LINE_OVERLAP * (size if size < ref_size else ref_size):
                current.extend(run)
                mixed[-1] = True
                if size > ref_size:
                    ref_bottom, ref_size = bottom, size
                continue
            lines.append(_Line(current))
        current = list(run)
        mixed.append(False)
        ref_bottom, ref_size = bottom, size
    if current:
        lines.append(_Line(current))
    for line, several in zip(lines, mixed, strict=True):
        if not several:
            continue  # one run: already in x order, one size, one descent line
        line.chars.sort(key=_BY_X)
        sizes = sorted(map(_SIZE, line.chars))
        line.size = sizes[len(sizes) // 2]
        line.bottom = max(map(_BOTTOM, line.chars))
    return lines


def _dedupe(chars: list[Char]) -> list[Char]:
    """Drop glyphs drawn twice at nearly the same place (fake bold, shadows)."""
    texts = list(map(_TEXT, chars))
    for i in itertools.compress(itertools.count(1), map(operator.eq, texts, texts[1:])):
        p, c = chars[i - 1], chars[i]
        if abs(c[1] - p[1]) <= min(1.0, 0.5 * (p[2] - p[1]) + 0.1) and abs(c[3] - p[3]) <= 1.0:
            break  # a glyph drawn twice: drop the copies below
    else:
        return chars  # no glyph repeats the one before it at its place: nothing to drop
    kept: list[Char] = []
    for c in chars:
        if kept:
            p = kept[-1]
            if (
                p[0] == c[0]
                and abs(c[1] - p[1]) <= min(1.0, 0.5 * (p[2] - p[1]) + 0.1)
                and abs(c[3] - p[3]) <= 1.0
            ):
                continue
        kept.append(c)
    return kept


def _build_line(line: _Line, margin: float, pitch: float) -> Cells:
    """The characters of one line, with spaces and column padding inserted."""
    out: Cells = []
    chars = line.chars
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


def _usual_gap(gaps: list[float]) -> float:
    """A low percentile of line gaps (in em): the spacing inside paragraphs."""
    if not gaps:
        return 0.0
    return min(max(sorted(gaps)[len(gaps) // 10], 0.0), 1.0)


def _small_and_finite(chars: Sequence[Char]) -> bool:
    """Whether every coordinate is a number whose sum with three others stays finite.

    Each column's sum of magnitudes is finite and small only when every value is.
    """
    limit = 1e300
    for column in (_X0, _X1, _BOTTOM, _SIZE):
        total = sum(map(abs, map(column, chars)))
        if not total < limit:  # also false for inf and nan
            return False
    return True


def _normalised(chars: Sequence[Char]) -> list[Char]:
    """The glyphs with their text as it goes into the page, broken ones dropped."""
    if (
        chars
        and min(map(_SIZE, chars)) >= _MIN_SIZE
        and _small_and_finite(chars)
        and all(_normal(text) == text for text in set(map(_TEXT, chars)))
    ):
        return list(chars)  # most pages: every glyph is kept as it is
    normal: list[Char] = []
    for c in chars:
        if (c[1] + c[2] + c[3] + c[4]) * 0 != 0:
            continue  # a coordinate is infinite or not a number: a broken matrix
        glyph = _normal(c[0])
        if glyph == c[0] and c[4] >= _MIN_SIZE:
            normal.append(c)
        elif glyph:  # a size under a point is a broken font matrix: give it one
            normal.append((glyph, c[1], c[2], c[3], max(c[4], _MIN_SIZE), c[5]))
    return normal


def layout(chars: Sequence[Char]) -> tuple[str, tuple[BBox | None, ...]]:
    """Page text (one line per visual line) and a box per character."""
    normal = _normalised(chars)
    lines = _group_lines(normal)
    for line in lines:
        line.chars = _dedupe(line.chars)
        while line.chars and line.chars[0][0] == " ":
            line.chars.pop(0)
    lines = [line for line in lines if line.chars]
    if not lines:
        return "", ()
    # The common left margin: the most frequent start among the line starts within
    # a point of the leftmost (a "j" or "f" overhangs the margin by its side bearing).
    starts = sorted(line.chars[0][1] for line in lines)
    near = [x for x in starts if x <= starts[0] + 1.0]
    margin = near[len(near) // 2]
    sub, ne, space = operator.sub, operator.ne, itertools.repeat(" ")
    widths = sorted(
        itertools.chain.from_iterable(
            itertools.compress(
                map(sub, map(_X1, line.chars), map(_X0, line.chars)),
                map(ne, map(_TEXT, line.chars), space),
            )
            for line in lines
        )
    )
    # Quantised so that both engines' float noise lands on the same columns.
    pitch = max(1.0, round(widths[len(widths) // 2] * 4) / 4)
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
    built = [_build_line(line, margin, pitch) for line in lines]
    breaks = [False] + [
        gap > usual_for.get(round(line.size), usual) + _PARAGRAPH_EXTRA
        for line, gap in zip(lines, gaps, strict=False)
    ]
    for i in range(len(built) - 1):
        if not breaks[i + 1] and not dehyphenate(built[i], built[i + 1]):
            join_address(built[i], built[i + 1])
    text: list[str] = []
    boxes: list[BBox | None] = []
    pending = False  # a paragraph break before a line that dehyphenation emptied
    for cells, brk in zip(built, breaks, strict=True):
        while cells and cells[-1][0] == " ":
            cells.pop()
        line_text, line_boxes = zip(*cells, strict=True) if cells else ((), ())
        if "\u00ad" in line_text:  # a soft hyphen inside a line is invisible
            kept = [cell for cell in cells if cell[0] != "\u00ad"]
            line_text, line_boxes = zip(*kept, strict=True) if kept else ((), ())
        if not line_text:
            pending = pending or brk
            continue
        if text:
            newlines = 2 if brk or pending else 1
            text.append("\n" * newlines)
            boxes.extend([None] * newlines)
        pending = False
        text.extend(line_text)
        boxes.extend(line_boxes)
    return "".join(text), tuple(boxes)


def page_layout(groups: Sequence[Sequence[Char]]) -> tuple[str, tuple[BBox | None, ...]]:
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
