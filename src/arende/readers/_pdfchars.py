"""Positioned glyphs of one PDF page, from pypdfium2 or pdfplumber.

Both functions return :data:`arende.readers._pdfglyphs.Char` tuples with the
origin at the top left of the page's crop box, so the layout code sees the
same input whichever engine read the page.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import math
import operator
import re
import sys
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from arende.document import BBox
from arende.readers._pdfglyphs import Arrays, Char, Glyphs

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["Groups", "pdfium_chars", "plumber_chars"]

_GENERATED = frozenset(" \r\n")
_GENERATED_CHARS = re.compile("[ \r\n]")
# Code units from the surrogates up (also U+FFFE, pdfium's line-end hyphen in text).
_SURROGATE_OR_ABOVE = re.compile("[\ud800-\U0010ffff]")
# Pages with up to this many glyphs read their boxes into one array per thread.
_HELD_GLYPHS = 8192
_HELD = threading.local()
# pdfium's text buffer: UTF-16 code units in the machine's byte order.
_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
# pdfium reports a hyphen it takes for a line-end word break as U+0002.
_PDFIUM_HYPHEN = 2
# ... and FPDFText_GetText writes U+FFFE in its place.
_TEXT_HYPHEN = 0xFFFE
_CODES = {_PDFIUM_HYPHEN: "-"}
_TEXT = operator.itemgetter(0)
# Letters that typesetting draws as one ligature glyph (and the prefixes built on
# the way to the three-letter ones).
_LIGATURES = frozenset({"ff", "fi", "fl", "ffi", "ffl", "ft", "st", "fj", "fb", "fh", "fk"})
# Loose boxes of one font run differ in height by a fraction of a point at most.
_RUN_TOLERANCE = 0.3
# Text turned by more than this from a quarter turn is slanted (a watermark).
_SLANT_DEGREES = 10.0


#: Glyphs in four groups by direction of writing on the displayed page:
#: upright, upwards, upside down, downwards.
Groups = tuple[Glyphs, Glyphs, Glyphs, Glyphs]
_Lists = tuple[list[Char], list[Char], list[Char], list[Char]]


def _groups(lists: _Lists, *, bounded: bool) -> Groups:
    """Glyph lists as :class:`Glyphs` columns."""
    upright, upwards, upside_down, downwards = (Glyphs.from_chars(chars) for chars in lists)
    for glyphs in (upright, upwards, upside_down, downwards):
        glyphs.bounded = bounded
    return upright, upwards, upside_down, downwards


def _quarter(ccw_degrees: float) -> int:
    """The quarter turn nearest to an angle, or -1 for slanted text (watermarks)."""
    turns = ccw_degrees / 90
    nearest = round(turns)
    if abs(turns - nearest) * 90 > _SLANT_DEGREES:
        return -1
    return nearest % 4


def _sideways(text: str, box: BBox, size: float, quarter: int, width: float, height: float) -> Char:
    """A glyph written sideways or upside down, in a frame where it reads left to right."""
    x0, top, x1, bottom = box
    if quarter == 1:  # reads upwards; the next line lies to its right
        return (text, height - bottom, height - top, x1, size, box)
    if quarter == 2:  # upside down
        return (text, width - x1, width - x0, height - top, size, box)
    return (text, top, bottom, width - x0, size, box)  # reads downwards


def _rotate(box: BBox, rotation: int, width: float, height: float) -> BBox:
    """A box of the unrotated page (``width`` x ``height``) as the page is displayed."""
    x0, top, x1, bottom = box
    if rotation == 90:
        return (height - bottom, x0, height - top, x1)
    if rotation == 180:
        return (width - x1, height - bottom, width - x0, height - top)
    return (top, width - x1, bottom, width - x0)  # 270


def _to_origins(raw: Any, handle: Any, glyphs: Glyphs, indices: list[int], left: float) -> None:
    """Start each glyph at its origin where the ink overhangs to the left.

    For some embedded fonts pdfium's loose boxes follow the ink, so an italic
    "f" reaches back over the space before it.  Pages that draw their spaces as
    glyphs do not need word gaps measured; only pages without a single space
    glyph (TeX and some generators) pay for asking each glyph's origin.
    """
    x = ctypes.c_double()
    y = ctypes.c_double()
    get_origin = raw.FPDFText_GetCharOrigin
    x0s, x1s = glyphs.x0s, glyphs.x1s
    for k, index in enumerate(indices):
        if get_origin(handle, index, x, y):
            origin = x.value - left
            if origin > x0s[k]:
                x0s[k] = origin
                x1s[k] = max(x1s[k], origin)


@functools.cache
def _loose_box_call() -> Callable[..., int]:
    """``FPDFText_GetLooseCharBox`` without declared argument types, so that
    :func:`map` can call it for every glyph of a page with ready ctypes arguments (the
    text page as a pointer, the index, a :func:`ctypes.byref` into the rects) and no
    Python frame or conversion per call; pdfium calls no Python, so the GIL stays.
    """
    import pypdfium2.raw as raw

    address = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value or 0
    fn: Callable[..., int] = ctypes.PYFUNCTYPE(ctypes.c_int)(address)
    return fn


def _rect_places(count: int) -> tuple[Any, list[Any]]:
    """A ctypes float array with room for ``count`` FS_RECTFs, and a pointer to each
    (:func:`ctypes.byref`).  Pages of up to :data:`_HELD_GLYPHS` glyphs reuse one
    array per thread: making the pointers costs about as much as the calls.
    """
    if count > _HELD_GLYPHS:
        rects = (ctypes.c_float * (4 * count))()
        return rects, list(map(ctypes.byref, itertools.repeat(rects), range(0, 16 * count, 16)))
    held: tuple[Any, list[Any]] | None = getattr(_HELD, "rects", None)
    if held is None:
        rects = (ctypes.c_float * (4 * _HELD_GLYPHS))()
        places = map(ctypes.byref, itertools.repeat(rects), range(0, 16 * _HELD_GLYPHS, 16))
        held = _HELD.rects = (rects, list(places))
    return held


def _loose_rects(handle: Any, count: int) -> tuple[Any, list[int]]:
    """Every glyph's loose box as FS_RECTF floats (left, top, right, bottom), four per
    glyph from the start of a ctypes array (reused: read it before the next page),
    and whether pdfium gave each."""
    rects, places = _rect_places(count)
    page = ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)
    # An int goes to C as an int (the index); pointers go as ctypes objects.
    done = list(map(_loose_box_call(), itertools.repeat(page, count), range(count), places))
    return rects, done


def _loose_values(rects: Any, done: list[int]) -> list[float]:
    """The floats of :func:`_loose_rects` as a list.

    Where pdfium refuses a glyph (it does not for a valid index) the glyph gets
    the box before it, as reading one rect over and over would give.
    """
    floats = memoryview(rects).cast("B")[: 16 * len(done)].cast("f")
    values: list[float] = floats.tolist()  # type: ignore[assignment]
    if not all(done):
        for i, ok in enumerate(done):
            if not ok:
                values[4 * i : 4 * i + 4] = values[4 * i - 4 : 4 * i] if i else [0.0] * 4
    return values


def _plain_upright(
    raw: Any, handle: Any, text: str, values: list[float], left: float, top: float
) -> tuple[Glyphs, list[int]] | None:
    """The glyphs of an unrotated page whose text is all upright and mapped, built run
    by run rather than glyph by glyph; None where the page needs the glyph-by-glyph
    reading of :func:`pdfium_chars` (special codes, ligatures, sideways or unmapped runs).

    ``text`` has a character per pdfium index.  Gives what that reading gives: the
    same glyphs, sizes and pdfium indices.
    """
    if not _plain_text(text):
        return None
    count = len(text)
    # pdfium's inferred spaces and line breaks have no width; layout makes its own
    skip = [
        i
        for i in _positions(text, _GENERATED_CHARS)
        if values[4 * i + 2] - left <= values[4 * i] - left
    ]
    indices: list[int] = list(range(count))
    if skip:
        kept = _kept(skip, count)
        if not kept:
            return Glyphs([], [], [], [], [], bounded=True), []
        text = "".join([text[a:b] for a, b in kept])
        values = list(itertools.chain.from_iterable([values[4 * a : 4 * b] for a, b in kept]))
        indices = list(itertools.chain.from_iterable([range(a, b) for a, b in kept]))
    x0s, highs, x1s, lows = values[0::4], values[1::4], values[2::4], values[3::4]
    if left:
        x0s = [x - left for x in x0s]
        x1s = [x - left for x in x1s]
    for k in itertools.compress(itertools.count(), map(operator.eq, x0s, x0s[1:])):
        if x1s[k] == x1s[k + 1]:
            return None  # glyphs sharing a box: a ligature spelled out
    heights: list[float] = list(map(operator.sub, highs, lows))
    changes = itertools.accumulate(len(list(same)) for _, same in itertools.groupby(heights))
    runs = _run_sizes(raw, handle, heights.__getitem__, changes, len(heights), indices)
    if runs is None:
        return None
    sizes = _per_glyph(*runs)
    bottoms = [top - low for low in lows]
    return Glyphs(list(text), x0s, x1s, bottoms, sizes, bounded=True), indices


def _plain_upright_arrays(
    np: Any, raw: Any, handle: Any, text: str, rects: Any, left: float, top: float
) -> tuple[Glyphs, list[int]] | None:
    """:func:`_plain_upright` with numpy doing the work on every glyph (the boxes are
    read as float64 arrays, so every value and comparison is the same)."""
    if not _plain_text(text):
        return None
    count = len(text)
    table = np.frombuffer(rects, dtype=np.float32, count=4 * count)
    table = table.reshape(count, 4).astype(np.float64)
    x0s, highs, x1s, lows = table[:, 0], table[:, 1], table[:, 2], table[:, 3]
    if left:
        x0s = x0s - left
        x1s = x1s - left
    codes = np.frombuffer(text.encode("utf-16-le"), dtype=np.dtype("<u2"))
    generated = (codes == 0x20) | (codes == 0x0D) | (codes == 0x0A)
    dropped = generated & (x1s <= x0s)
    indices: list[int] = list(range(count))
    if dropped.any():
        skip: list[int] = np.flatnonzero(dropped).tolist()
        kept = _kept(skip, count)
        if not kept:
            return Glyphs([], [], [], [], [], bounded=True), []
        text = "".join([text[a:b] for a, b in kept])
        keep = ~dropped
        x0s, highs, x1s, lows = x0s[keep], highs[keep], x1s[keep], lows[keep]
        indices = np.flatnonzero(keep).tolist()
    if np.any((x0s[1:] == x0s[:-1]) & (x1s[1:] == x1s[:-1])):
        return None  # glyphs sharing a box: a ligature spelled out
    heights = highs - lows
    changes = (np.flatnonzero(heights[1:] != heights[:-1]) + 1).tolist()

    def height(k: int) -> float:
        return float(heights[k])

    runs = _run_sizes(raw, handle, height, changes, len(heights), indices)
    if runs is None:
        return None
    sizes = _per_glyph(*runs)
    bottoms = top - lows
    glyphs = Glyphs(list(text), x0s.tolist(), x1s.tolist(), bottoms.tolist(), sizes, bounded=True)
    glyphs.arrays = Arrays(np, x0s, x1s, bottoms, np.repeat(np.array(runs[0]), runs[1]))
    return glyphs, indices


def _plain_text(text: str) -> bool:
    """Whether a page's text has no code that needs the glyph-by-glyph reading."""
    return bool(text) and chr(_PDFIUM_HYPHEN) not in text and not _SURROGATE_OR_ABOVE.search(text)


def _kept(skip: list[int], count: int) -> list[tuple[int, int]]:
    """The ranges of ``range(count)`` left between the indices ``skip`` (ascending)."""
    kept: list[tuple[int, int]] = []
    start = 0
    for i in skip:
        if i > start:
            kept.append((start, i))
        start = i + 1
    if start < count:
        kept.append((start, count))
    return kept


def _run_sizes(
    raw: Any,
    handle: Any,
    height: Callable[[int], float],
    changes: Iterable[int],
    count: int,
    indices: list[int],
) -> tuple[list[float], list[int]] | None:
    """The font size of each font run and its length in glyphs, asked once per run;
    None where a run is unmapped or not upright.

    A glyph starts a font run where its box height differs from the run's first by
    more than the tolerance; only a glyph whose height differs from the one before
    (``changes``) can, so the test runs on those alone.
    """
    starts: list[int] = [0]
    sizes: list[float] = [0.0]
    last_height = -1.0
    get_size = raw.FPDFText_GetFontSize
    for k in itertools.chain((0,), changes):
        if k >= count:
            break
        box_height = height(k)
        if abs(box_height - last_height) > _RUN_TOLERANCE:
            last_height = box_height
            i = indices[k]
            if raw.FPDFText_HasUnicodeMapError(handle, i):
                return None
            angle = raw.FPDFText_GetCharAngle(handle, i)
            clockwise = math.degrees(angle) if angle > 0 else 0.0
            if _quarter(-clockwise) != 0:
                return None
            size = get_size(handle, i)
            if not 0.5 * box_height < size < 2.5 * box_height:
                size = box_height
            if k == 0:
                sizes[0] = size
            else:
                starts.append(k)
                sizes.append(size)
    starts.append(count)
    return sizes, list(map(operator.sub, starts[1:], starts))


def _per_glyph(sizes: list[float], lengths: list[int]) -> list[float]:
    """Each run's size once per glyph of the run."""
    return list(itertools.chain.from_iterable(map(itertools.repeat, sizes, lengths)))


@functools.cache
def _numpy() -> Any:
    """numpy where it is installed (it comes with spaCy), else None."""
    try:
        import numpy
    except ImportError:
        return None
    return numpy


def _positions(text: str, chars: re.Pattern[str]) -> list[int]:
    """Where ``chars`` match in ``text``."""
    return [m.start() for m in chars.finditer(text)]


def pdfium_chars(page: pypdfium2.PdfPage) -> tuple[Groups, float, float]:
    """The glyphs of a pdfium page, and the displayed page's width and height."""
    import pypdfium2.raw as raw

    left, low, right, top = page.get_cropbox()
    rotation = page.get_rotation() % 360
    width, height = right - left, top - low
    shown = (height, width) if rotation in (90, 270) else (width, height)
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        # All code units in one call; a char index maps to one unit unless it
        # lies outside the Basic Multilingual Plane (asked for on its own below).
        buffer = (ctypes.c_ushort * (count + 1))()
        raw.FPDFText_GetText(handle, 0, count, buffer)
        rects, done = _loose_rects(handle, count)
        values: list[float] | None = None
        plain = None
        if not rotation:
            raw_text = memoryview(buffer).cast("B")[: 2 * count].tobytes()
            text = raw_text.decode(_UTF16, "surrogatepass")
            np = _numpy() if all(done) else None
            if np is not None:
                plain = _plain_upright_arrays(np, raw, handle, text, rects, left, top)
            else:
                values = _loose_values(rects, done)
                plain = _plain_upright(raw, handle, text, values, left, top)
        if plain is not None:
            glyphs, kept = plain
            if glyphs.texts and " " not in glyphs.texts:
                _to_origins(raw, handle, glyphs, kept, left)
                arrays = glyphs.arrays
                if arrays is not None:  # the origins moved some glyphs
                    np = arrays.np
                    x0s, x1s = np.array(glyphs.x0s), np.array(glyphs.x1s)
                    glyphs.arrays = Arrays(np, x0s, x1s, arrays.bottoms, arrays.sizes)
            empty = Glyphs([], [], [], [], [])
            return (glyphs, empty, empty, empty), shown[0], shown[1]
        units = buffer[:count]
        if values is None:
            values = _loose_values(rects, done)
        get_size = raw.FPDFText_GetFontSize
        groups: _Lists = ([], [], [], [])
        upright_chars = groups[0]
        upright = upright_chars.append
        last_x0 = last_x1 = -1.0
        indices: list[int] = []  # the pdfium index of each upright glyph
        keep_index = indices.append
        last_height = -1.0
        size = 0.0
        quarter = 0
        unmapped = False
        generated = _GENERATED
        for i, code, x0, high_y, x1, low_y in zip(
            range(count), units, values[0::4], values[1::4], values[2::4], values[3::4], strict=True
        ):
            if 0x20 <= code < 0xD800:  # most glyphs
                text = chr(code)
            else:
                if code >= 0xD800 and (code <= 0xDFFF or code == _TEXT_HYPHEN):
                    code = raw.FPDFText_GetUnicode(handle, i)
                text = _CODES.get(code) or (chr(code) if 0 <= code < 0x110000 else "\ufffd")
            if left:
                x0 -= left
                x1 -= left
            if x1 <= x0 and text in generated:
                continue  # a space or line break pdfium inferred; layout makes its own
            box_height = high_y - low_y
            if abs(box_height - last_height) > _RUN_TOLERANCE:  # a new font run: ask once
                last_height = box_height
                # A font without a Unicode map gives its raw codes as text; where the
                # run's first glyph has no map, every glyph of the run is checked.
                unmapped = bool(raw.FPDFText_HasUnicodeMapError(handle, i))
                size = get_size(handle, i)
                angle = raw.FPDFText_GetCharAngle(handle, i)  # radians, clockwise
                clockwise = math.degrees(angle) if angle > 0 else 0.0
                quarter = _quarter(-clockwise - rotation)
                along = box_height if quarter in (0, 2) else x1 - x0
                if not 0.5 * along < size < 2.5 * along:
                    size = along  # a font size pdfium could not scale; the box is right
            if unmapped and raw.FPDFText_HasUnicodeMapError(handle, i):
                text = "\ufffd"  # garbage: dropped from the text, counted against OCR
            if quarter == 0 and rotation == 0:
                if x0 == last_x0 and x1 == last_x1 and upright_chars:
                    # pdfium spells a ligature out as glyphs sharing one box; pdfminer
                    # gives one glyph with the letters as its text, so do the same
                    last = upright_chars[-1]
                    if last[0] + text in _LIGATURES:
                        upright_chars[-1] = (last[0] + text, *last[1:])
                        continue
                last_x0, last_x1 = x0, x1
                upright((text, x0, x1, top - low_y, size, None))
                keep_index(i)
                continue
            if quarter < 0:
                continue  # slanted: a watermark or a stamp, not the text
            box: BBox = (x0, top - high_y, x1, top - low_y)
            if rotation:
                box = _rotate(box, rotation, width, height)
            if quarter == 0:
                upright((text, box[0], box[2], box[3], size, None))
            else:
                groups[quarter].append(_sideways(text, box, size, quarter, *shown))
        found = _groups(groups, bounded=True)
        if upright_chars and not any(c[0] == " " for c in upright_chars):
            _to_origins(raw, handle, found[0], indices, left)
        return found, shown[0], shown[1]
    finally:
        textpage.close()


def plumber_chars(page: Any) -> tuple[Groups, float, float]:
    """The glyphs of a pdfplumber page (already turned as displayed), and its size."""
    width, height = float(page.width), float(page.height)
    groups: _Lists = ([], [], [], [])
    for c in page.chars:
        text, x0, x1, bottom = c["text"], float(c["x0"]), float(c["x1"]), float(c["bottom"])
        a, b, c_, d = c["matrix"][:4]
        if b == 0 and c_ == 0 and a > 0 and d > 0:  # upright, unturned: most glyphs
            groups[0].append((text, x0, x1, bottom, float(c["size"]), None))
            continue
        quarter = _quarter(math.degrees(math.atan2(b, a)))
        if quarter > 0:
            box: BBox = (x0, float(c["top"]), x1, bottom)
            size = bottom - box[1] if quarter == 2 else x1 - x0
            groups[quarter].append(_sideways(text, box, size, quarter, width, height))
        elif quarter == 0:
            groups[0].append((text, x0, x1, bottom, float(c["size"]), None))
    return _groups(groups, bounded=False), width, height
