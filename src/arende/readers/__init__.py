"""Readers: the only code that touches pdfplumber, pypdfium2, python-docx or OCR engines.

:func:`read` takes a path or the bytes of a file, decides its format from the
content (not the extension), hands the bytes to the format's reader, marks the
page furniture and returns a :class:`~arende.document.Document`.

>>> doc = read("Dnr KS 2024/1\\fSida 2".encode())
>>> (doc.source.format, len(doc.pages))
('txt', 2)
>>> read(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(64))
Traceback (most recent call last):
...
arende.errors.UnsupportedFormat: PNG image, not a case document
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Literal

from arende.document import Document, Page, ReadOptions, SourceInfo
from arende.errors import (
    ArendeError,
    CorruptDocument,
    LimitExceeded,
    ReadError,
    UnsupportedFormat,
    UsageError,
)
from arende.readers.furniture import mark_furniture

__all__ = ["read", "sniff"]

Format = Literal["pdf", "docx", "txt"]

# Magic numbers of formats that are not case documents: what the file really is.
_FOREIGN = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"RIFF", "RIFF media file"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_EXPECTED = {".pdf": "a PDF", ".docx": "a DOCX", ".txt": "text"}


def read(source: str | Path | bytes, options: ReadOptions | None = None) -> Document:
    """Read a file (a path, or its bytes) into a Document with its furniture marked."""
    options = options or ReadOptions()
    if options.format not in (None, "pdf", "docx", "txt"):
        raise UsageError(f"format must be pdf, docx or txt, not {options.format!r}")
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    if not isinstance(source, bytes | str | os.PathLike):
        raise UsageError(f"expected a path or bytes, not {type(source).__name__}")
    path = None if isinstance(source, bytes) else os.fspath(source)
    data = source if isinstance(source, bytes) else _load(Path(source), options)
    if options.limits.max_bytes is not None and len(data) > options.limits.max_bytes:
        raise LimitExceeded(
            f"{len(data)} bytes, over the limit of {options.limits.max_bytes}", path=path
        )
    if not data:
        raise CorruptDocument("empty file", path=path)
    fmt = options.format or sniff(data, path=path)
    pages = _read_format(fmt, data, path=path, options=options)
    if not pages:
        pages = [Page(number=1, text="")]
    if options.limits.max_pages is not None and len(pages) > options.limits.max_pages:
        raise LimitExceeded(
            f"{len(pages)} pages, over the limit of {options.limits.max_pages}", path=path
        )
    source_info = SourceInfo(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        pages=len(pages) if fmt == "pdf" else None,
        ocr=any(page.ocr for page in pages),
    )
    return Document(tuple(mark_furniture(pages)), source_info)


def sniff(data: bytes, *, path: str | None = None) -> Format:
    """The format of ``data`` from its content; the extension only words the error.

    >>> sniff(b"%PDF-1.7\\n..."), sniff(b"Dnr KS 2024/1")
    ('pdf', 'txt')
    >>> sniff(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(8), path="a.docx")
    Traceback (most recent call last):
    ...
    arende.errors.UnsupportedFormat: a.docx: old Word 97-2003 (.doc/OLE2) file, not a DOCX; \
save it as .docx or PDF
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(_ZIP) or data.startswith(b"PK\x05\x06"):
        if b"word/document.xml" in data or _suffix(path) == ".docx":
            return "docx"
        kind = _zip_kind(data)
        raise UnsupportedFormat(f"{kind}, not {_expected(path, 'a case document')}", path=path)
    if data.startswith(_OLE2):
        raise UnsupportedFormat(
            f"old Word 97-2003 (.doc/OLE2) file, not {_expected(path, 'a DOCX')}; "
            "save it as .docx or PDF",
            path=path,
        )
    for magic, kind in _FOREIGN:
        if data.startswith(magic) and not _plausible_text(magic, data):
            raise UnsupportedFormat(f"{kind}, not {_expected(path, 'a case document')}", path=path)
    if _suffix(path) == ".pdf":
        raise CorruptDocument("not a PDF: no %PDF- header", path=path)
    if _suffix(path) == ".docx":
        raise CorruptDocument("not a DOCX: not a zip package", path=path)
    return "txt"


def _read_format(fmt: str, data: bytes, *, path: str | None, options: ReadOptions) -> list[Page]:
    if fmt == "txt":
        from arende.readers.txt import read_txt

        return read_txt(data, path=path, options=options)
    if fmt == "docx":
        from arende.readers.docx import read_docx

        return _guarded(read_docx, data, path, options, "DOCX")
    if fmt == "pdf":
        try:
            from arende.readers.pdf import read_pdf
        except ImportError as e:
            raise UnsupportedFormat("PDF reading is not available", path=path) from e
        return _guarded(read_pdf, data, path, options, "PDF")
    raise UnsupportedFormat(f"unknown format {fmt!r}", path=path)


def _guarded(
    reader: object, data: bytes, path: str | None, options: ReadOptions, name: str
) -> list[Page]:
    """Call a format reader; anything but our own errors becomes a CorruptDocument."""
    try:
        pages: list[Page] = reader(data, path=path, options=options)  # type: ignore[operator]
    except ArendeError:
        raise
    except MemoryError as e:
        raise LimitExceeded(f"out of memory reading the {name}", path=path) from e
    except RecursionError as e:
        raise CorruptDocument(f"{name} nested too deeply", path=path) from e
    except Exception as e:  # the one point where a dependency's failure is wrapped
        raise CorruptDocument(f"unreadable {name}: {type(e).__name__}: {e}", path=path) from e
    return pages


def _load(path: Path, options: ReadOptions) -> bytes:
    """The bytes of ``path``, refused by size (from ``os.stat``) before any is read."""
    name = str(path)
    limit = options.limits.max_bytes
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a directory, not a file", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file (device, pipe or socket)", path=name)
        if limit is not None and info.st_size > limit:
            raise LimitExceeded(f"{info.st_size} bytes, over the limit of {limit}", path=name)
        with path.open("rb") as file:
            # read at most one byte past the limit, in case the file grew since stat
            return file.read() if limit is None else file.read(limit + 1)
    except FileNotFoundError as e:
        raise ReadError("no such file", path=name) from e
    except PermissionError as e:
        raise ReadError("permission denied", path=name) from e
    except IsADirectoryError as e:
        raise ReadError("is a directory, not a file", path=name) from e
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}", path=name) from e


def _suffix(path: str | None) -> str:
    return "" if path is None else os.path.splitext(path)[1].lower()


def _expected(path: str | None, default: str) -> str:
    return _EXPECTED.get(_suffix(path), default)


def _zip_kind(data: bytes) -> str:
    if b"xl/workbook" in data:
        return "Excel workbook (zip)"
    if b"ppt/presentation" in data:
        return "PowerPoint presentation (zip)"
    if b"content.xml" in data and b"opendocument" in data:
        return "OpenDocument file (zip)"
    return "ZIP archive"


def _plausible_text(magic: bytes, data: bytes) -> bool:
    """Short magics ("BM", "MZ") also start ordinary words; those files are text."""
    if len(magic) > 2:
        return False
    head = data[:256]
    return all(b >= 0x20 or b in b"\t\r\n\f" for b in head)
