"""Read a PDF into pages of layout-aware text with a box per character.

pypdfium2 opens every PDF (it checks the password and counts the pages, and
OCR renders its pages); the glyphs come from pypdfium2 by default or from
pdfplumber (``ReadOptions.pdf_engine == "pdfplumber"``, the reference), and
:func:`arende.readers._pdflayout.page_layout` turns them into text, so both engines
give the same text.  Pages without a usable text layer go to
``arende.readers.ocr`` when OCR is allowed.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from arende.document import Page, ReadOptions
from arende.errors import CorruptDocument, EncryptedDocument, LimitExceeded, UnsupportedFormat
from arende.readers._pdfchars import Groups, pdfium_chars, plumber_chars
from arende.readers._pdfglyphs import Char, Glyphs
from arende.readers._pdflayout import page_layout, usable_texts

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["read_pdf"]

# pdfium's FPDF_GetLastError codes that mean "a password is needed".
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# "%PDF-" may follow some junk, but only within the first kilobyte.
_MAGIC_WINDOW = 1024


def read_pdf(data: bytes, *, path: str | None, options: ReadOptions) -> list[Page]:
    """The pages of a PDF, OCR'd where the text layer is missing and OCR is allowed."""
    start = time.monotonic()
    timeout = options.limits.timeout_seconds
    deadline = None if timeout is None else start + timeout
    pdf = _open(data, path=path, password=options.password)
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptDocument("PDF has no pages", path=path)
        limit = options.limits.max_pages
        if limit is not None and count > limit:
            raise LimitExceeded(f"PDF has {count} pages, over the limit of {limit}", path=path)
        if options.pdf_engine == "pdfplumber":
            return _read_plumber(data, pdf, path=path, options=options, deadline=deadline)
        pages: list[Page] = []
        for index in range(count):
            _check_deadline(deadline, path, index)
            page = _load_page(pdf, index, path)
            try:
                chars, width, height = _pdfium_glyphs(page, path)
                pages.append(_page(page, chars, width, height, index + 1, options, deadline))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _open(data: bytes, *, path: str | None, password: str | None) -> pypdfium2.PdfDocument:
    import pypdfium2

    if b"%PDF-" not in data[:_MAGIC_WINDOW]:
        raise UnsupportedFormat("not a PDF (no %PDF- header)", path=path)
    try:
        return pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            reason = "wrong password" if password else "no password given"
            raise EncryptedDocument(f"PDF is encrypted, {reason}", path=path) from e
        raise CorruptDocument(f"PDF cannot be opened ({e})", path=path) from e


def _load_page(pdf: pypdfium2.PdfDocument, index: int, path: str | None) -> pypdfium2.PdfPage:
    import pypdfium2

    try:
        return pdf[index]
    except pypdfium2.PdfiumError as e:
        raise CorruptDocument(f"page {index + 1} cannot be loaded ({e})", path=path) from e


def _pdfium_glyphs(page: pypdfium2.PdfPage, path: str | None) -> tuple[Groups, float, float]:
    import pypdfium2

    try:
        return pdfium_chars(page)
    except pypdfium2.PdfiumError as e:
        raise CorruptDocument(f"text of a page cannot be read ({e})", path=path) from e


def _check_deadline(deadline: float | None, path: str | None, index: int) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise LimitExceeded(f"reading timed out before page {index + 1}", path=path)


def _read_plumber(
    data: bytes,
    pdf: pypdfium2.PdfDocument,
    *,
    path: str | None,
    options: ReadOptions,
    deadline: float | None,
) -> list[Page]:
    import pdfplumber

    try:
        doc = pdfplumber.open(io.BytesIO(data), password=options.password or "")
    # pdfminer raises many unrelated types for broken files; this is the one
    # place where the dependency's failures are wrapped wholesale.
    except Exception as e:
        raise CorruptDocument(f"PDF cannot be parsed ({type(e).__name__})", path=path) from e
    try:
        plumber_pages = list(doc.pages)
    except Exception as e:  # pdfminer's failure on a broken page tree, wrapped as above
        # not closed: closing walks the broken page tree again; it holds only our bytes
        raise CorruptDocument(f"PDF pages cannot be parsed ({type(e).__name__})", path=path) from e
    pages: list[Page] = []
    try:
        for index, plumber_page in enumerate(plumber_pages):
            _check_deadline(deadline, path, index)
            try:
                chars, width, height = plumber_chars(plumber_page)
            except Exception as e:  # pdfminer's failure on a broken page, wrapped as above
                raise CorruptDocument(
                    f"page {index + 1} cannot be parsed ({type(e).__name__})", path=path
                ) from e
            finally:
                plumber_page.close()
            pdfium_page: list[pypdfium2.PdfPage] = []

            def renderable(i: int = index, held: list[Any] = pdfium_page) -> pypdfium2.PdfPage:
                held.append(_load_page(pdf, i, path))
                return held[-1]

            try:
                pages.append(_page(renderable, chars, width, height, index + 1, options, deadline))
            finally:
                for p in pdfium_page:
                    p.close()
    finally:
        doc.close()
    return pages


def _page(
    source: pypdfium2.PdfPage | Callable[[], pypdfium2.PdfPage],
    groups: Groups | Sequence[Sequence[Char]],
    width: float,
    height: float,
    number: int,
    options: ReadOptions,
    deadline: float | None,
) -> Page:
    """A page from its glyphs, or from OCR when the options and the glyphs ask for it."""
    chars = tuple(g if isinstance(g, Glyphs) else Glyphs.from_chars(g) for g in groups)
    readable = usable_texts(
        chars[0].texts if not any(chars[1:]) else [t for group in chars for t in group.texts]
    )
    if options.ocr == "always" or (options.ocr == "auto" and not readable):
        ocr = _ocr()
        if ocr is not None:
            page = source() if callable(source) else source
            left = None if deadline is None else max(0.001, deadline - time.monotonic())
            return ocr(page, number=number, language=options.ocr_language, timeout=left)
        if not readable:  # no OCR engine: an unreadable text layer is no text
            chars = (Glyphs([], [], [], [], []),)
    text, boxes = page_layout(chars)
    return Page(number=number, text=text, boxes=boxes, width=width, height=height)


def _ocr() -> Callable[..., Page] | None:
    """``arende.readers.ocr.ocr_pdf_page``, or None where it is not installed."""
    try:
        from arende.readers.ocr import ocr_pdf_page  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    fn: Callable[..., Page] = ocr_pdf_page
    return fn
