"""Readers: the only code that touches pdfplumber, pypdfium2, python-docx or OCR engines."""

from __future__ import annotations

import hashlib
from pathlib import Path

from arende.document import Document, ReadOptions, SourceInfo
from arende.errors import UnsupportedFormat


def read(source: str | Path | bytes, options: ReadOptions | None = None) -> Document:
    """Read a file (a path, or its bytes) into a Document."""
    options = options or ReadOptions()
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    path = None if isinstance(source, bytes) else str(source)
    if options.format not in (None, "txt") and not (path or "").endswith(".txt"):
        raise UnsupportedFormat("only text is read yet", path=path)
    text = data.decode("utf-8-sig")
    pages = text.split("\f")
    return Document.from_texts(
        pages, source=SourceInfo(path, hashlib.sha256(data).hexdigest(), "txt", None)
    )
