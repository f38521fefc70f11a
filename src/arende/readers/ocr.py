"""OCR for pages without a usable text layer (Tesseract through pytesseract).

The page is rendered with pdfium, read by Tesseract word by word, and the
words are laid out again as text in the same conventions as the PDF reader:
one line per visual line, side-by-side blocks apart by runs of spaces that
follow their x position, a blank line between paragraphs.  Each character
keeps its word's box (in PDF points) so provenance still holds.
"""

from __future__ import annotations

import itertools
import math
import os
import shutil
import statistics
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from arende.document import BBox, Page
from arende.errors import LimitExceeded, OcrUnavailable, ReadError
from arende.notations.ocrtext import repair_ocr_text, repair_ocr_word

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["check_ocr_available", "ocr_pdf_page"]

#: Resolution Tesseract reads at: archive scans are mostly 200–300 dpi.
RENDER_DPI = 250
#: Marks with no letter or digit below this confidence (0–100) are specks, not text.
MIN_SPECK_CONFIDENCE = 60
INSTALL_HINT = "install the Debian packages tesseract-ocr and tesseract-ocr-{lang}"


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    unit: tuple[int, int, int]  # Tesseract's (block, paragraph, line)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


@cache
def check_ocr_available(language: str) -> None:
    """Raise :class:`OcrUnavailable` unless Tesseract and ``language`` data are installed."""
    hint = INSTALL_HINT.format(lang=language.split("+")[0])
    if shutil.which("tesseract") is None:
        raise OcrUnavailable(f"a page needs OCR but Tesseract is not installed; {hint}")
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception as error:  # pytesseract raises several unrelated types; wrap them all
        raise OcrUnavailable(f"Tesseract does not answer ({error}); {hint}") from error
    missing = [lang for lang in language.split("+") if lang not in installed]
    if missing:
        raise OcrUnavailable(f"Tesseract has no '{'+'.join(missing)}' language data; {hint}")


def ocr_pdf_page(
    page: pypdfium2.PdfPage, *, number: int, language: str, timeout: float | None = None
) -> Page:
    """OCR one rendered PDF page into a :class:`Page` (``ocr=True``)."""
    check_ocr_available(language)
    import pytesseract

    scale = RENDER_DPI / 72
    width, height = page.get_size()
    bitmap = page.render(scale=scale, grayscale=True)
    image = bitmap.to_pil()
    # Tesseract's OpenMP threads fight each other and the batch workers: one thread is
    # several times faster on a loaded machine.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(
            image,
            lang=language,
            config="--psm 3",
            output_type=pytesseract.Output.DICT,
            timeout=timeout or 0,
        )
    except RuntimeError as error:  # pytesseract's timeout
        raise LimitExceeded(f"OCR of page {number} took longer than {timeout} s") from error
    except Exception as error:  # Tesseract failures surface as several pytesseract types
        raise ReadError(f"OCR of page {number} failed: {error}") from error
    finally:
        image.close()
        bitmap.close()
    words = _words(data, scale)
    text, boxes = layout_words(words)
    return Page(
        number=number,
        text=repair_ocr_text(text),
        boxes=tuple(boxes),
        ocr=True,
        width=width,
        height=height,
    )


def _words(data: dict[str, list[Any]], scale: float) -> list[_Word]:
    words: list[_Word] = []
    for i, raw in enumerate(data["text"]):
        text = repair_ocr_word(str(raw).strip())
        if not text or _is_speck(text, float(data["conf"][i])):
            continue
        left, top = data["left"][i] / scale, data["top"][i] / scale
        words.append(
            _Word(
                text=text,
                left=left,
                top=top,
                right=left + data["width"][i] / scale,
                bottom=top + data["height"][i] / scale,
                unit=(data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            )
        )
    return words


def _is_speck(text: str, confidence: float) -> bool:
    # Low-confidence words with letters stay: Tesseract often doubts real words in a noisy
    # scan (a case number read right at confidence 0 is still the case number).
    return confidence < MIN_SPECK_CONFIDENCE and not any(c.isalnum() for c in text)


def layout_words(words: list[_Word]) -> tuple[str, list[BBox | None]]:
    """Lay words out as text lines; returns the text and one box per character."""
    if not words:
        return "", []
    units = _units(words)
    slope = _skew(units)
    char_width = statistics.median((w.right - w.left) / len(w.text) for w in words)
    word_height = statistics.median(w.bottom - w.top for w in words)
    rows = _rows(units, slope, word_height)
    margin = min(w.left for w in words)
    out: list[str] = []
    boxes: list[BBox | None] = []
    middles = [statistics.fmean(w.middle - w.centre * slope for w in row) for row in rows]
    steps = [b - a for a, b in itertools.pairwise(middles)]
    pitch = statistics.median(steps) if steps else word_height
    for index, row in enumerate(rows):
        height = max(w.bottom - w.top for w in row)
        # Lines follow at the body's pitch (or a large font's own height); a clearly
        # wider step starts a paragraph.
        if index and steps[index - 1] > 1.3 * max(pitch, height):
            out.append("\n")
            boxes.append(None)
        _write_row(row, char_width, margin, out, boxes)
        out.append("\n")
        boxes.append(None)
    text = "".join(out)
    return text, boxes


def _units(words: list[_Word]) -> list[list[_Word]]:
    groups: dict[tuple[int, int, int], list[_Word]] = {}
    for word in words:
        groups.setdefault(word.unit, []).append(word)
    return [sorted(g, key=lambda w: w.left) for g in groups.values()]


def _skew(units: list[list[_Word]]) -> float:
    """The page's skew as dy/dx, from the slope of Tesseract's own lines."""
    slopes = []
    for unit in units:
        if len(unit) >= 3 and unit[-1].centre - unit[0].centre > 50:
            slopes.append((unit[-1].middle - unit[0].middle) / (unit[-1].centre - unit[0].centre))
    if not slopes:
        return 0.0
    slope = statistics.median(slopes)
    return slope if abs(math.atan(slope)) < math.radians(5) else 0.0


def _rows(units: list[list[_Word]], slope: float, word_height: float) -> list[list[_Word]]:
    """Merge Tesseract lines that stand side by side into one visual row."""

    def level(unit: list[_Word]) -> float:
        return statistics.fmean(w.middle - w.centre * slope for w in unit)

    rows: list[tuple[float, list[_Word]]] = []
    for unit in sorted(units, key=level):
        y = level(unit)
        if rows and abs(rows[-1][0] - y) < 0.6 * word_height and _disjoint(rows[-1][1], unit):
            merged = sorted([*rows[-1][1], *unit], key=lambda w: w.left)
            rows[-1] = (rows[-1][0], merged)
        else:
            rows.append((y, unit))
    return [row for _, row in rows]


def _disjoint(row: list[_Word], unit: list[_Word]) -> bool:
    return all(u.right <= r.left or u.left >= r.right for u in unit for r in row)


def _write_row(
    row: list[_Word], char_width: float, margin: float, out: list[str], boxes: list[BBox | None]
) -> None:
    column = 0
    previous: _Word | None = None
    for word in row:
        target = round((word.left - margin) / char_width)
        if previous is not None:
            gap = word.left - previous.right
            # Wider than about three spaces: a new block (column or table cell).
            spaces = max(2, target - column) if gap > 3 * char_width else 1
            out.append(" " * spaces)
            boxes.extend([None] * spaces)
            column += spaces
        out.append(word.text)
        step = (word.right - word.left) / len(word.text)
        for k in range(len(word.text)):
            x0 = word.left + k * step
            boxes.append((x0, word.top, x0 + step, word.bottom))
        column += len(word.text)
        previous = word
