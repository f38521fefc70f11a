"""Positioned glyphs of one PDF page, from pypdfium2 or pdfplumber.

Both functions return :data:`arende.readers._pdflayout.Char` tuples with the
origin at the top left of the page's crop box, so the layout code sees the
same input whichever engine read the page.
"""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING, Any

from arende.readers._pdflayout import Char

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["pdfium_chars", "plumber_chars"]

_GENERATED = frozenset(" \r\n")
# pdfium reports a hyphen it takes for a line-end word break as U+0002.
_PDFIUM_HYPHEN = 2
# ... and FPDFText_GetText writes U+FFFE in its place.
_TEXT_HYPHEN = 0xFFFE
_CODES = {_PDFIUM_HYPHEN: "-"}


def pdfium_chars(page: pypdfium2.PdfPage) -> tuple[list[Char], float, float]:
    """The glyphs of a pdfium page, and the page's width and height."""
    import pypdfium2.raw as raw

    left, _bottom, right, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        # All code units in one call; a char index maps to one unit unless it
        # lies outside the Basic Multilingual Plane (asked for on its own below).
        buffer = (ctypes.c_ushort * (count + 1))()
        raw.FPDFText_GetText(handle, 0, count, buffer)
        units = buffer[:count]
        rect = raw.FS_RECTF()
        get_box = raw.FPDFText_GetLooseCharBox
        get_size = raw.FPDFText_GetFontSize
        chars: list[Char] = []
        append = chars.append
        last_height = -1.0
        size = 0.0
        for i, code in enumerate(units):
            if 0xD800 <= code <= 0xDFFF or code == _TEXT_HYPHEN:
                code = raw.FPDFText_GetUnicode(handle, i)
            text = _CODES.get(code) or (chr(code) if 0 <= code < 0x110000 else "\ufffd")
            get_box(handle, i, rect)
            x0, x1 = rect.left - left, rect.right - left
            if x1 <= x0 and text in _GENERATED:
                continue  # a space or line break pdfium inferred; layout makes its own
            height = rect.top - rect.bottom
            if height != last_height:  # a new font run: ask its size once
                last_height = height
                size = get_size(handle, i)
                if not 0.5 * height < size < 2.5 * height:
                    size = height  # a font size pdfium could not scale; the box is right
            append((text, x0, x1, top - rect.bottom, size))
        return chars, right - left, top - _bottom
    finally:
        textpage.close()


def plumber_chars(page: Any) -> tuple[list[Char], float, float]:
    """The glyphs of a pdfplumber page, and the page's width and height."""
    chars: list[Char] = [
        (c["text"], float(c["x0"]), float(c["x1"]), float(c["bottom"]), float(c["size"]))
        for c in page.chars
    ]
    return chars, float(page.width), float(page.height)
