"""Plain text: decode the bytes, split pages at form feeds, keep every line as it is.

The text is not re-wrapped, so spans found in it point at what the file says.
Only line endings are normalised (CRLF and CR become LF).

>>> [p.text for p in read_txt("Dnr 1\\r\\nrad 2\\fSida 2".encode(), path=None)]
['Dnr 1\\nrad 2', 'Sida 2']
>>> read_txt("Beslut om ändring".encode("cp1252"), path=None)[0].text
'Beslut om ändring'
>>> read_txt("\\ufeffÅr".encode("utf-16-le"), path=None)[0].text
'År'
"""

from __future__ import annotations

import codecs
import re

from arende.document import Page, ReadOptions
from arende.errors import UnsupportedFormat

__all__ = ["decode_text", "read_txt", "split_pages"]

# Control characters that never occur in a text document: C0 except tab, LF,
# VT, FF, CR; plus DEL.  Their share decides "binary data, not text".
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# CRLF or a lone CR: both become LF.
_NEWLINE = re.compile(r"\r\n?")
# Up to this share of control characters is tolerated (a stray byte or two).
_MAX_CONTROL_SHARE = 0.01
_SAMPLE = 64 * 1024


def read_txt(data: bytes, *, path: str | None, options: ReadOptions | None = None) -> list[Page]:
    """The pages of a text file (a form feed starts a new page)."""
    return split_pages(decode_text(data, path=path))


def split_pages(text: str) -> list[Page]:
    """Normalise line endings and cut ``text`` at form feeds into pages.

    >>> [p.number for p in split_pages("a\\fb\\fc")]
    [1, 2, 3]
    """
    text = _NEWLINE.sub("\n", text)
    return [Page(number=i + 1, text=part) for i, part in enumerate(text.split("\f"))]


def decode_text(data: bytes, *, path: str | None) -> str:
    """Decode text bytes: BOMs, UTF-16 without a BOM, UTF-8, then cp1252 and latin-1.

    Raises :class:`UnsupportedFormat` for binary data.

    >>> decode_text(b"abc\\x00\\x01\\x02\\x03" * 8, path="x.txt")
    Traceback (most recent call last):
    ...
    arende.errors.UnsupportedFormat: x.txt: binary data, not text
    """
    text = _decode(data)
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(2, _MAX_CONTROL_SHARE * len(sample)):
        raise UnsupportedFormat("binary data, not text", path=path)
    return text.lstrip("\ufeff")


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad splice, one cp1252 character) stays UTF-8.

    >>> _mostly_utf8("Beslut om åtgärder i nämnden".encode() + b"\\x96")[-8:]
    'nämnden�'
    >>> _mostly_utf8("Beslut om ändring".encode("cp1252")) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    wide = sum(1 for c in text if c > "\x7f") - broken
    return text if wide >= 2 * broken else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the head is NUL (ASCII-range text)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None
