"""OCR of image-only PDF pages: scans the tests make themselves from text PDFs."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

import arende
from arende.errors import OcrUnavailable
from arende.readers import ocr
from arende.readers.ocr import _Word, layout_words

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)

LETTER = [
    "Exempelkommun",
    "Kommunledningsförvaltningen",
    "",
    "Datum: 2024-03-12          Dnr KS 2024/0456",
    "",
    "Ny taxa för bygglov",
    "",
    "Förslag till beslut",
    "1. Kommunstyrelsen beviljar högst 450 000 kronor för perioden",
    "2024-05-01 till 2025-04-30.",
    "",
    "Anna Andersson",
    "Kommundirektör",
]


def _text_pdf(path: Path, lines: list[str]) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pdf = canvas.Canvas(str(path), pagesize=(595.28, 841.89))
    pdf.setFont("Helvetica", 11)
    y = 780.0
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 16
    pdf.showPage()
    pdf.save()
    return path


def _scan(text_pdf: Path, out: Path, *, angle: float, seed: int) -> Path:
    """Render a text PDF to a grey image, tilt it and sprinkle specks: a scan, no text layer."""
    import pypdfium2
    from PIL import ImageDraw, ImageFilter

    document = pypdfium2.PdfDocument(str(text_pdf))
    image = document[0].render(scale=200 / 72, grayscale=True).to_pil()
    document.close()
    image = image.rotate(angle, fillcolor=255, expand=False).filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    for _ in range(300):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        draw.point((x, y), fill=rng.randrange(0, 120))
    image.save(out, "PDF", resolution=200.0)
    return out


@pytest.fixture(scope="module")
def scanned_letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scan")
    return _scan(_text_pdf(folder / "letter.pdf", LETTER), folder / "scan.pdf", angle=1.0, seed=7)


@needs_tesseract
@pytest.mark.slow
def test_a_scanned_page_is_read_by_ocr(scanned_letter: Path) -> None:
    case = arende.parse(scanned_letter)
    assert case.source.ocr is True
    assert case.pages[0].ocr is True
    assert case.diarienummer is not None
    assert case.diarienummer.value == "KS 2024/0456"
    assert "2024-03-12" in {d.value.isoformat() for d in case.dates}
    assert 450000 in {int(a.value.value) for a in case.amounts}


@needs_tesseract
@pytest.mark.slow
def test_ocr_values_keep_their_place_on_the_page(scanned_letter: Path) -> None:
    case = arende.parse(scanned_letter)
    found = case.diarienummer
    assert found is not None
    page = case.pages[found.page - 1]
    assert page.text[found.span[0] : found.span[1]] == found.text
    assert found.bbox is not None
    x0, top, x1, bottom = found.bbox
    # The number stands in the upper fifth of an A4 page, right of the left margin.
    assert 0 < x0 < x1 < 595
    assert 0 < top < bottom < 842 * 0.2


@needs_tesseract
def test_ocr_never_leaves_a_scan_without_text(scanned_letter: Path) -> None:
    case = arende.parse(scanned_letter, ocr="never")
    assert case.source.ocr is False
    assert all(not page.text.strip() for page in case.pages)


@needs_tesseract
@pytest.mark.slow
def test_ocr_always_reads_even_a_text_page(tmp_path: Path) -> None:
    case = arende.parse(_text_pdf(tmp_path / "text.pdf", LETTER), ocr="always")
    assert case.source.ocr is True
    assert case.diarienummer is not None


def test_pages_with_a_text_layer_are_not_ocred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR was called for a page with a text layer")

    monkeypatch.setattr(ocr, "ocr_pdf_page", refuse)
    case = arende.parse(_text_pdf(tmp_path / "text.pdf", LETTER))
    assert case.source.ocr is False


def test_a_missing_language_is_a_clear_error() -> None:
    ocr.check_ocr_available.cache_clear()
    with pytest.raises(OcrUnavailable, match="tesseract-ocr"):
        ocr.check_ocr_available("xx_no_such_language")


def _word(text: str, left: float, top: float, unit: tuple[int, int, int]) -> _Word:
    return _Word(text, left, top, left + 6 * len(text), top + 10, unit)


def test_words_side_by_side_stay_on_one_line_as_two_blocks() -> None:
    words = [
        _word("Samhällsutveckling", 70, 700, (1, 1, 1)),
        _word("Regionala", 300, 701, (2, 1, 1)),
        _word("utvecklingsnämnden", 360, 701, (2, 1, 1)),
        _word("Åsa", 70, 712, (1, 1, 2)),
        _word("Hernerud", 94, 712, (1, 1, 2)),
        _word("RUN/183/2024", 300, 713, (2, 1, 2)),
    ]
    text, boxes = layout_words(words)
    rows = text.splitlines()
    assert rows[0].split("  ")[0] == "Samhällsutveckling"
    assert rows[0].split()[-2:] == ["Regionala", "utvecklingsnämnden"]
    assert "  " in rows[0]
    assert "  " in rows[1]
    assert rows[1].startswith("Åsa Hernerud")
    assert rows[1].endswith("RUN/183/2024")
    assert len(boxes) == len(text)


def test_a_tilted_page_keeps_its_lines_apart() -> None:
    # 1.5 % skew: a row drifts about 4 points over its width, a third of the line pitch.
    names = ["alfa", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    lefts = [60 + sum(6 * len(n) + 6 for n in names[:i]) for i in range(len(names))]
    words = [
        _word(name, left, 100 + row * 14 + 0.015 * (left - 60), (1, 1, row))
        for row in range(3)
        for name, left in zip(names, lefts, strict=True)
    ]
    text, _ = layout_words(words)
    assert text.splitlines() == [" ".join(names)] * 3


def test_a_wide_vertical_gap_starts_a_paragraph() -> None:
    words = [
        _word("först", 60, 100, (1, 1, 1)),
        _word("andra", 60, 114, (1, 1, 2)),
        _word("tredje", 60, 128, (1, 1, 3)),
        _word("nytt", 60, 170, (2, 1, 1)),
    ]
    text, _ = layout_words(words)
    assert text == "först\nandra\ntredje\n\nnytt\n"


def test_no_words_give_an_empty_page() -> None:
    assert layout_words([]) == ("", [])
