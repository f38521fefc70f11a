"""The entry points a user meets first: parse a file, or parse a text."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Literal

from arende._pipeline import build_case
from arende.document import Document, Limits, ReadOptions, SourceInfo
from arende.model import CaseDocument
from arende.readers import read

Format = Literal["pdf", "docx", "txt"]
OcrMode = Literal["auto", "always", "never"]


def parse(
    source: str | Path | bytes,
    *,
    format: Format | None = None,
    password: str | None = None,
    ocr: OcrMode = "auto",
    ocr_language: str = "swe",
    pdf_engine: Literal["pdfium", "pdfplumber"] = "pdfium",
    limits: Limits | None = None,
    validate: bool = True,
) -> CaseDocument:
    """Read a PDF, DOCX or text file (a path or its bytes) into a CaseDocument.

    Raises an :class:`~arende.errors.ArendeError` when the file cannot be read,
    and :class:`~arende.errors.LimitExceeded` when reading and extracting take
    longer than ``limits.timeout_seconds``.
    """
    started = time.monotonic()
    options = ReadOptions(
        format=format,
        password=password,
        ocr=ocr,
        ocr_language=ocr_language,
        pdf_engine=pdf_engine,
        limits=limits or Limits(),
    )
    timeout = options.limits.timeout_seconds
    deadline = None if timeout is None else started + timeout
    return build_case(read(source, options), run_validators=validate, deadline=deadline)


def parse_text(text: str, *, validate: bool = True) -> CaseDocument:
    """Parse a document given as text; a form feed separates pages."""
    from arende.readers.furniture import mark_furniture
    from arende.readers.txt import split_pages

    sha = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    pages = mark_furniture(split_pages(text))
    doc = Document(tuple(pages), SourceInfo(None, sha, "txt", None))
    return build_case(doc, run_validators=validate)
