"""Positioned glyphs of one PDF page, from pypdfium2 or pdfplumber.

Both functions return :data:`arende.readers._pdflayout.Char` tuples with the
origin at the top left of the page's crop box, so the layout code sees the
same input whichever engine read the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arende.readers._pdflayout import Char

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["pdfium_chars", "plumber_chars"]

_GENERATED = frozenset(" \r\n")
# pdfium reports a hyphen it takes for a line-end word break as U+0002.
_PDFIUM_HYPHEN = 2


def pdfium_chars(page: pypdfium2.PdfPage) -> tuple[list[Char], float, float]:
    """The glyphs of a pdfium page, and the page's width and height."""
    import pypdfium2.raw as raw

    left, _bottom, right, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        count = raw.FPDFText_CountChars(textpage)
        rect = raw.FS_RECTF()
        get_unicode = raw.FPDFText_GetUnicode
        get_box = raw.FPDFText_GetLooseCharBox
        get_size = raw.FPDFText_GetFontSize
        chars: list[Char] = []
        append = chars.append
        for i in range(count):
            code = get_unicode(textpage, i)
            text = "-" if code == _PDFIUM_HYPHEN else chr(code) if 0 <= code < 1114112 else "�"
            get_box(textpage, i, rect)
            x0, x1 = rect.left - left, rect.right - left
            if text in _GENERATED and x1 <= x0:
                continue  # a space or line break pdfium inferred; layout makes its own
            bottom = top - rect.bottom
            size = get_size(textpage, i)
            height = rect.top - rect.bottom
            if not 0.5 * height < size < 2.5 * height:
                size = height  # a font size pdfium could not scale; the box is right
            append((text, x0, x1, bottom, size))
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
