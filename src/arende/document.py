"""The text of a document as the readers give it, and where each value came from.

A :class:`Document` is a tuple of :class:`Page` objects.  Extractors work on
``Document.text``: the pages joined by form feeds, with running headers and
footers that repeat an earlier page masked by spaces (page furniture counts
once).  Masking keeps every offset valid, so :meth:`Document.found` can turn a
span of ``Document.text`` back into a page number, a span of that page's text
and, where the reader knew it, a bounding box.

>>> doc = Document.from_texts(["Dnr KS 2024/1", "Sida 2"])
>>> doc.text
'Dnr KS 2024/1\\x0cSida 2'
>>> f = doc.found("KS 2024/1", 4, 13, rule="demo")
>>> (f.page, f.span, f.text)
(1, (4, 13), 'KS 2024/1')
>>> doc.found("2", 19, 20, rule="demo").span
(5, 6)
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

__all__ = [
    "BBox",
    "Document",
    "Found",
    "Limits",
    "Page",
    "ReadOptions",
    "SourceInfo",
]

T = TypeVar("T")
U = TypeVar("U")

#: ``(x0, top, x1, bottom)`` in PDF points, origin at the page's top left.
BBox = tuple[float, float, float, float]
Span = tuple[int, int]
PAGE_BREAK = "\f"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of text.

    ``boxes`` has one entry per character of ``text`` (``None`` for characters
    the reader inserted, such as line breaks and column padding) or is ``None``
    when the format has no geometry (DOCX, TXT).  ``furniture`` lists spans of
    ``text`` that repeat a running header or footer of an earlier page.
    """

    number: int
    text: str
    boxes: tuple[BBox | None, ...] | None = None
    furniture: tuple[Span, ...] = ()
    ocr: bool = False
    width: float | None = None
    height: float | None = None

    def bbox(self, start: int, end: int) -> BBox | None:
        """The union of the character boxes in ``text[start:end]``, if known."""
        if self.boxes is None:
            return None
        known = list(filter(None, self.boxes[start:end]))  # a box is a non-empty tuple
        if not known:
            return None
        x0s, tops, x1s, bottoms = zip(*known, strict=True)
        return (min(x0s), min(tops), max(x1s), max(bottoms))


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where a document came from (the contract's ``source`` object)."""

    path: str | None
    sha256: str
    format: Literal["pdf", "docx", "txt"]
    pages: int | None
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """An extracted value with its provenance.

    ``start``/``end`` index ``Document.text``; ``page`` (1-based) and ``span``
    index ``Document.pages[page - 1].text``; ``rule`` names the pattern or
    heuristic that found it.
    """

    value: T
    text: str
    page: int
    span: Span
    start: int
    end: int
    rule: str
    bbox: BBox | None = None

    def with_value(self, value: U, *, rule: str | None = None) -> Found[U]:
        """The same place, carrying another value."""
        return Found(
            value,
            self.text,
            self.page,
            self.span,
            self.start,
            self.end,
            rule or self.rule,
            self.bbox,
        )


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for reading one document (``None`` switches a limit off)."""

    max_bytes: int | None = 256 * 1024 * 1024
    max_pages: int | None = 2000
    #: Total uncompressed size of the parts of a DOCX, checked before inflating.
    max_uncompressed_bytes: int | None = 512 * 1024 * 1024
    #: Wall-clock seconds for reading and extracting one document.
    timeout_seconds: float | None = 60.0


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read a document."""

    format: Literal["pdf", "docx", "txt"] | None = None
    password: str | None = None
    ocr: Literal["auto", "always", "never"] = "auto"
    ocr_language: str = "swe"
    pdf_engine: Literal["pdfium", "pdfplumber"] = "pdfium"
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True, slots=True)
class Document:
    """The pages of one document, plus the joined text extractors search."""

    pages: tuple[Page, ...]
    source: SourceInfo
    text: str = field(init=False, repr=False)
    _starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for page in self.pages:
            starts.append(offset)
            parts.append(_mask(page.text, page.furniture))
            offset += len(page.text) + len(PAGE_BREAK)
        object.__setattr__(self, "text", PAGE_BREAK.join(parts))
        object.__setattr__(self, "_starts", tuple(starts))

    @classmethod
    def from_texts(cls, texts: list[str], *, source: SourceInfo | None = None) -> Document:
        """A document from plain page texts (no geometry, no furniture)."""
        pages = tuple(Page(number=i + 1, text=t) for i, t in enumerate(texts))
        return cls(pages, source or SourceInfo(None, "", "txt", None))

    def page_index(self, offset: int) -> int:
        """The 0-based index of the page that holds ``Document.text[offset]``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def page_start(self, index: int) -> int:
        """Where page ``index`` (0-based) begins in ``Document.text``."""
        return self._starts[index]

    def found(self, value: T, start: int, end: int, *, rule: str) -> Found[T]:
        """Wrap ``value`` found at ``text[start:end]`` with its provenance."""
        index = self.page_index(start)
        page = self.pages[index]
        local_start = start - self._starts[index]
        local_end = min(end - self._starts[index], len(page.text))
        return Found(
            value=value,
            text=self.text[start:end],
            page=page.number,
            span=(local_start, local_end),
            start=start,
            end=end,
            rule=rule,
            bbox=page.bbox(local_start, local_end),
        )


def _mask(text: str, spans: tuple[Span, ...]) -> str:
    """Blank out ``spans`` of ``text`` with spaces, keeping line breaks."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
