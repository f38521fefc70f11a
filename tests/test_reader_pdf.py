"""The PDF reader: layout-aware text, boxes, engines, errors and limits."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from arende.document import Limits, Page, ReadOptions
from arende.errors import (
    ArendeError,
    CorruptDocument,
    EncryptedDocument,
    LimitExceeded,
    UnsupportedFormat,
)
from arende.readers._pdflayout import Char
from arende.readers.pdf import read_pdf

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
ENGINES = ["pdfium", "pdfplumber"]

# One drawn string: x and y (from the top) in points, the text, its font size.
Item = tuple[float, float, str, float]


def make_pdf(pages: list[list[Item]], *, encrypt: object = None, font: str = "Helvetica") -> bytes:
    """A PDF with each string drawn where it is told (reportlab, A4)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, pageCompression=0)
    height = A4[1]
    for items in pages:
        for x, y, text, size in items:
            c.setFont(font, size)
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def paragraph(x: float, y: float, rows: list[str], size: float = 11) -> list[Item]:
    """Rows of body text at a normal line spacing (1.2)."""
    return [(x, y + i * size * 1.2, row, size) for i, row in enumerate(rows)]


def read(
    data: bytes,
    engine: str = "pdfium",
    *,
    password: str | None = None,
    limits: Limits | None = None,
) -> list[Page]:
    options = ReadOptions(
        pdf_engine=engine,  # type: ignore[arg-type]
        ocr="never",
        password=password,
        limits=limits or Limits(),
    )
    return read_pdf(data, path="test.pdf", options=options)


def text_of(data: bytes, engine: str = "pdfium") -> str:
    pages = read(data, engine)
    for page in pages:
        assert page.boxes is not None
        assert len(page.boxes) == len(page.text)
    return "\f".join(p.text for p in pages)


SEED_FOOTER: list[Item] = [
    (70, 100, "Samhällsutveckling", 10),
    (300, 100, "Regionala utvecklingsnämnden", 10),
    (70, 112, "Åsa Hernerud", 10),
    (300, 112, "RUN/183/2024", 10),
    (70, 124, "asa.hernerud@regionjh.se", 10),
    (300, 124, "2024-04-02", 10),
]

HEADER_TABLE: list[Item] = [
    (70, 100, "Datum", 10),
    (200, 100, "Vår beteckning", 10),
    (330, 100, "Handläggare", 10),
    (70, 112, "2024-02-15", 10),
    (200, 112, "KS 2024/329", 10),
    (330, 112, "Jörgen Lindh", 10),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_column_footer_stays_two_columns(engine: str) -> None:
    # the seed's signature footer: unit and board side by side
    rows = text_of(make_pdf([SEED_FOOTER]), engine).split("\n")
    assert [r.split("  ")[0] for r in rows] == [
        "Samhällsutveckling",
        "Åsa Hernerud",
        "asa.hernerud@regionjh.se",
    ]
    assert [r.split()[-1] for r in rows] == ["utvecklingsnämnden", "RUN/183/2024", "2024-04-02"]
    columns = {r.index(r.split("  ")[-1].strip()) for r in rows}
    assert len(columns) == 1  # the right column starts at one character position


@pytest.mark.parametrize("engine", ENGINES)
def test_header_table_labels_line_up_with_values(engine: str) -> None:
    # "Datum  Vår beteckning  Handläggare" over its value row (tjänsteskrivelse header)
    label, value = text_of(make_pdf([HEADER_TABLE]), engine).split("\n")
    for word, below in [("Vår", "KS"), ("Handläggare", "Jörgen")]:
        assert label.index(word) == value.index(below)
    assert "  " in label
    assert "  " in value


def test_words_spaced_from_gaps_without_space_glyphs() -> None:
    # PDFs that position each word and draw no space glyphs
    from reportlab.pdfbase.pdfmetrics import stringWidth

    end = 70 + stringWidth("Regionala", "Helvetica", 11)
    items: list[Item] = [
        (70, 100, "Regionala", 11),
        (end + 3, 100, "utvecklingsnämnden", 11),  # a quarter em: a word space
        (end + 3 + stringWidth("utvecklingsnämnden", "Helvetica", 11) + 0.3, 100, "s", 11),
    ]
    assert text_of(make_pdf([items])) == "Regionala utvecklingsnämndens"


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        # a word broken by the word processor: hyphen dropped
        (
            "samordnas av en projekt-",
            "ledare i Stockholm.",
            "samordnas av en projektledare\ni Stockholm.",
        ),
        # a year range broken after its hyphen (seed title "2024-" / "2027 (NSSO)")
        ("Office 2024-", "2027 (NSSO)", "Office 2024-2027\n(NSSO)"),
        # a date broken after its hyphen (LibreOffice: "2023-" / "12-06")
        ("beslutade den 2023-", "12-06 att", "beslutade den 2023-12-06\natt"),
        # a case number code broken after its hyphen
        ("med diarienummer KS-", "2024/12 och", "med diarienummer KS-2024/12\noch"),
        # a shared suffix: "Hälso- och sjukvård" keeps the hyphen and the space
        ("inom Hälso-", "och sjukvården", "inom Hälso- och\nsjukvården"),
        # an e-mail address broken after its hyphen
        ("skriv till anna.berg-", "lind@kommun.se", "skriv till anna.berg-lind@kommun.se"),
        # a dash after a space is not a hyphen
        ("Stockholm -", "en region", "Stockholm -\nen region"),
        # a name before a compound keeps its hyphen (word processors break after hyphens)
        ("inom Interreg Aurora-", "projektet och", "inom Interreg Aurora-projektet\noch"),
        # ... but a capitalised word that starts a sentence is an ordinary word break
        ("enligt beslutet. Region-", "ledningen ska", "enligt beslutet. Regionledningen\nska"),
        # a telephone number broken after its area code
        ("Telefon 031-", "315 10 00", "Telefon 031-315\n10 00"),
        # an en dash range broken after the dash (Swedish typography)
        ("under perioden 2024\u2013", "2027 och", "under perioden 2024\u20132027\noch"),
        # an en dash between words at a line end stays
        ("sträckan Umeå\u2013", "Luleå byggs", "sträckan Umeå\u2013\nLuleå byggs"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_line_end_hyphens(engine: str, upper: str, lower: str, expected: str) -> None:
    text = text_of(make_pdf([paragraph(70, 100, [upper, lower])]), engine)
    assert text == expected


def test_fake_bold_duplicates_dropped() -> None:
    # headings drawn twice a fraction of a point apart to look bold
    items: list[Item] = [
        (70, 100, "Förslag till beslut", 12),
        (70.4, 100, "Förslag till beslut", 12),
    ]
    items += paragraph(70, 130, ["Kommunstyrelsen beslutar att anta planen."])
    assert text_of(make_pdf([items])) == (
        "Förslag till beslut\n\nKommunstyrelsen beslutar att anta planen."
    )


def test_doubled_letters_survive_dedupe() -> None:
    # real double letters sit a glyph apart and stay
    assert text_of(make_pdf([[(70, 100, "Skellefteå kommun, Kommunallag", 11)]])) == (
        "Skellefteå kommun, Kommunallag"
    )


@pytest.mark.parametrize(
    ("glyph", "font"),
    [
        ("\u2022", "Helvetica"),  # Unicode bullet (Word, LibreOffice)
        ("\u25cf", "Helvetica"),  # black circle used as a bullet
    ],
)
def test_bullets_become_bullet(glyph: str, font: str) -> None:
    items: list[Item] = [(80, 100, glyph, 11), (95, 100, "öka samverkan", 11)]
    assert text_of(make_pdf([items], font=font)) == "• öka samverkan"


def test_paragraph_break_is_a_blank_line() -> None:
    items = paragraph(70, 100, ["Första stycket rad ett", "rad två."])
    items += paragraph(70, 140, ["Andra stycket."])
    assert text_of(make_pdf([items])) == "Första stycket rad ett\nrad två.\n\nAndra stycket."


def test_common_left_margin_stripped_indent_kept() -> None:
    items: list[Item] = [(90, 100, "Beslut", 11), (90, 113, "1. Planen antas.", 11)]
    items += [(108, 126, "fortsatt text", 11)]
    rows = text_of(make_pdf([items])).split("\n")
    assert rows[0] == "Beslut"
    assert rows[2].startswith("   ")
    assert rows[2].strip() == "fortsatt text"


def test_boxes_are_points_from_top_left() -> None:
    pages = read(make_pdf([[(100, 200, "Dnr 2024/1", 10)]]))
    page = pages[0]
    assert page.width == pytest.approx(595.2756, abs=0.01)
    assert page.height == pytest.approx(841.8898, abs=0.01)
    assert page.boxes is not None
    assert page.boxes[3] is None
    x0, top, x1, bottom = page.bbox(0, len(page.text)) or (0, 0, 0, 0)
    assert x0 == pytest.approx(100, abs=0.5)
    assert 190 < top < 200 < bottom < 204
    assert x1 > x0 + 40


def test_multi_page_with_running_header() -> None:
    header: list[Item] = [(70, 40, "Region Test", 9), (450, 40, "Sida", 9)]
    pages = [header + paragraph(70, 100, [f"Innehåll på sida {n}."]) for n in (1, 2, 3)]
    result = read(make_pdf(pages))
    assert [p.number for p in result] == [1, 2, 3]
    for n, page in enumerate(result, 1):
        assert page.text.startswith("Region Test")
        assert page.text.endswith(f"Innehåll på sida {n}.")


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf(engine: str) -> None:
    data = make_pdf([paragraph(70, 100, ["Hemlig text"])], encrypt="hemligt")
    with pytest.raises(EncryptedDocument, match=r"test\.pdf: .*no password"):
        read(data, engine)
    with pytest.raises(EncryptedDocument, match="wrong password"):
        read(data, engine, password="fel")
    assert read(data, engine, password="hemligt")[0].text == "Hemlig text"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", UnsupportedFormat),  # empty file
        (b"PK\x03\x04 not a pdf at all", UnsupportedFormat),  # a zip (DOCX) named .pdf
        (b"%PDF-1.4\n%garbage only\n", CorruptDocument),  # a header and nothing else
    ],
)
def test_not_a_pdf(data: bytes, error: type[ArendeError]) -> None:
    with pytest.raises(error, match=r"^test\.pdf: "):
        read(data)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_raises_only_our_errors(engine: str, keep: float) -> None:
    data = make_pdf([paragraph(70, 100, ["Text på sidan"] * 3)] * 3)
    cut = data[: int(len(data) * keep)]
    errors: list[str] = []
    try:
        pages = read(cut, engine)
    except CorruptDocument as e:
        errors.append(str(e))
    else:  # pdfium recovers what it can from a cut file
        assert all(len(p.boxes or ()) == len(p.text) for p in pages)
    for message in errors:
        assert "\n" not in message
        assert message.startswith("test.pdf: ")


def test_page_limit_checked_before_reading() -> None:
    data = make_pdf([paragraph(70, 100, ["sida"])] * 3)
    with pytest.raises(LimitExceeded, match="3 pages"):
        read(data, limits=Limits(max_pages=2))
    assert len(read(data, limits=Limits(max_pages=3))) == 3


def test_timeout_between_pages() -> None:
    data = make_pdf([paragraph(70, 100, ["sida"])] * 3)
    with pytest.raises(LimitExceeded, match="timed out"):
        read(data, limits=Limits(timeout_seconds=0.0))


def test_page_without_text_is_empty_when_ocr_is_off() -> None:
    pages = read(make_pdf([[]]))
    assert pages[0].text == ""
    assert pages[0].boxes == ()


def test_missing_ocr_module_means_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "arende.readers.ocr", None)  # import raises ImportError
    data = make_pdf([[]])
    page = read_pdf(data, path=None, options=ReadOptions(ocr="auto"))[0]
    assert page.text == ""
    assert not page.ocr


def test_ocr_called_for_empty_pages_only_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    calls: list[int] = []

    def fake(page: object, *, number: int, language: str, timeout: float | None) -> Page:
        calls.append(number)
        return Page(number=number, text=f"ocr {language}", boxes=(None,) * 7, ocr=True)

    module = types.ModuleType("arende.readers.ocr")
    module.ocr_pdf_page = fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arende.readers.ocr", module)
    data = make_pdf([paragraph(70, 100, ["Text"]), []])
    for engine in ENGINES:
        for mode, expected in [("auto", [2]), ("always", [1, 2]), ("never", [])]:
            calls.clear()
            options = ReadOptions(ocr=mode, pdf_engine=engine)  # type: ignore[arg-type]
            pages = read_pdf(data, path=None, options=options)
            assert calls == expected
            assert [p.ocr for p in pages] == [n in expected for n in (1, 2)]


def _dev_pdfs() -> list[Path]:
    if not DEV.is_dir():
        return []
    files = []
    for truth in sorted(DEV.glob("*.truth.json")):
        meta = json.loads(truth.read_text(encoding="utf-8"))["meta"]
        if meta["format"] in ("pdf", "pdf_lo"):
            files.append(DEV / meta["file"])
    return files


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus absent")
@pytest.mark.parametrize("path", _dev_pdfs(), ids=lambda p: p.name)
def test_dev_pdfs_same_text_from_both_engines(path: Path) -> None:
    data = path.read_bytes()
    pdfium, plumber = text_of(data, "pdfium"), text_of(data, "pdfplumber")
    assert pdfium.strip()
    assert pdfium == plumber


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a header table's narrow column wrapped the officer's address (no hyphen)
        (["jorgen.jonsson@linkoping.s", "e"], "jorgen.jonsson@linkoping.se"),
        # a complete address at a line end stays on its line
        (["kontakta anna@kommun.se", "eller ring"], "kontakta anna@kommun.se\neller ring"),
        # an address cut before the top-level domain, rest in another column: no join
        (["skriv till anna@kommun.", "          se"], "skriv till anna@kommun.\nse"),
    ],
)
def test_wrapped_address(rows: list[str], expected: str) -> None:
    items: list[Item] = [(300, 100 + 12 * i, row.strip(), 10) for i, row in enumerate(rows)]
    if rows[-1].startswith(" "):
        items[-1] = (400, items[-1][1], rows[-1].strip(), 10)
    lines = text_of(make_pdf([items])).split("\n")
    assert "\n".join(line.strip() for line in lines) == expected


@pytest.mark.parametrize(
    ("glyphs", "expected"),
    [
        (["e", "\ufb01", "n"], "efin"),  # pdfium: the ligature's code point
        (["e", "fi", "n"], "efin"),  # pdfminer: the ligature spelled out in one glyph
        (["a", "\u00ad", "b"], "ab"),  # a soft hyphen inside a line is invisible
        (["a", "\u200b", "b"], "ab"),  # zero-width space
        (["a", "(cid:7)", "b"], "ab"),  # an unmapped glyph from pdfminer
    ],
)
def test_glyph_text_normalised(glyphs: list[str], expected: str) -> None:
    from arende.readers._pdflayout import layout

    chars: list[Char] = []
    x = 10.0
    for glyph in glyphs:
        width = 0.0 if glyph in ("\u00ad", "\u200b", "(cid:7)") else 6.0  # invisible: no room
        chars.append((glyph, x, x + width, 20.0, 10.0, None))
        x += width
    text, boxes = layout(chars)
    assert text == expected
    assert len(boxes) == len(text)


def _turned_pdf() -> bytes:
    """Page 1: body text, a case number up the margin, a slanted watermark.

    Page 2: a landscape page made by turning portrait-drawn content (/Rotate 90).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(70, 700, "Beslut om bidrag")
    c.drawString(70, 686, "till föreningen")
    c.saveState()
    c.translate(30, 400)
    c.rotate(90)
    c.drawString(0, 0, "Dnr KS 2024/99")
    c.restoreState()
    c.saveState()
    c.translate(200, 300)
    c.rotate(45)
    c.setFont("Helvetica", 60)
    c.drawString(0, 0, "UTKAST")
    c.restoreState()
    c.showPage()
    c.setPageSize((A4[1], A4[0]))
    c.setPageRotation(90)
    c.saveState()
    c.translate(100, 100)
    c.rotate(90)
    c.setFont("Helvetica", 11)
    c.drawString(0, 0, "Budget 2025 tkr")
    c.drawString(0, -14, "Summa 1 250")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("engine", ENGINES)
def test_turned_text(engine: str) -> None:
    first, second = read(_turned_pdf(), engine)
    # sideways margin text follows the body; the slanted watermark is not text
    assert first.text == "Beslut om bidrag\ntill föreningen\n\nDnr KS 2024/99"
    # a landscape page is read as displayed, with boxes on the displayed page
    assert second.text == "Budget 2025 tkr\nSumma 1 250"
    assert (second.width, second.height) == pytest.approx((841.89, 595.28), abs=0.01)
    x0, top, _, _ = second.bbox(0, 6) or (0, 0, 0, 0)
    assert x0 == pytest.approx(100, abs=0.5)
    assert 85 < top < 100
    dnr = first.text.index("Dnr")
    x0, top, x1, bottom = first.bbox(dnr, dnr + 3) or (0, 0, 0, 0)
    assert x1 < 40  # up the left margin
    assert bottom - top > x1 - x0  # a tall box: the glyphs stand sideways


def _line(text: str, y: float, x: float = 10.0) -> list[Char]:
    """Glyphs of one line, 6 points apart, descent line at ``y``."""
    return [(ch, x + 6 * i, x + 6 * i + 6, y, 10.0, None) for i, ch in enumerate(text)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a soft hyphen at a line end is a word break
        (["projekt\u00ad", "ledare"], "projektledare"),
        # a line of nothing but the continuation leaves no empty line behind
        (["en projekt-", "ledare", "till"], "en projektledare\ntill"),
        # a case number with letters after the hyphen (a "KS-" prefix broken off)
        (["ärende KS-", "2024/12"], "ärende KS-2024/12"),
        # a compound with a proper name keeps its hyphen
        (["Jämtland-", "Härjedalen"], "Jämtland-Härjedalen"),
    ],
)
def test_layout_dehyphenation(rows: list[str], expected: str) -> None:
    from arende.readers._pdflayout import layout

    chars = [c for i, row in enumerate(rows) for c in _line(row, 20 + 12 * i)]
    text, boxes = layout(chars)
    assert text == expected
    assert len(boxes) == len(text)


@pytest.mark.parametrize(
    "chars",
    [
        [],  # an empty page
        [(" ", 0.0, 0.0, 0.0, 0.0, None)],  # a zero-size space only
        [("a", 5.0, 1.0, -3.0, 0.0, None)] * 3,  # inverted, zero-size, negative glyphs
        [("a", 5.0, 6.0, y, 0.0, None) for y in (1.0, 9.0, 30.0)],  # lines of zero-size glyphs
        [("a", 5.0, 6.0, 9.0, 9.0, None), ("b", 1e12, 1e12 + 5, 9.0, 9.0, None)],  # far away
        [("a", 5.0, 6.0, 9.0, 9.0, None), ("b", 1e12, 1e12 + 5, 30.0, 9.0, None)],
        [("a", float("nan"), 1.0, 2.0, 3.0, None), ("b", 1.0, 2.0, float("inf"), 3.0, None)],
        [("\u00ad", 1.0, 2.0, 3.0, 4.0, None), ("-", 1.0, 2.0, 15.0, 4.0, None)],
        [
            (chr(c), float(c % 97), float(c % 97) + 1, float(c // 97), 1.0, None)
            for c in range(32, 3000)
        ],
    ],
)
def test_layout_never_raises_on_odd_glyphs(chars: list[Char]) -> None:
    from arende.readers._pdflayout import layout

    text, boxes = layout(chars)
    assert len(boxes) == len(text)


def test_superscript_stays_on_its_line() -> None:
    # a footnote mark raised above the line (Word's superscript: smaller, raised)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    end = 70 + stringWidth("enligt beslut 2024", "Helvetica", 11)
    items: list[Item] = [(70, 100, "enligt beslut 2024", 11), (end + 0.5, 96, "1", 7)]
    items += paragraph(70, 113.2, ["och därefter"])
    assert text_of(make_pdf([items])) == "enligt beslut 2024 1\noch därefter"


@pytest.mark.parametrize("engine", ENGINES)
def test_justified_paragraph_has_no_column_gaps(engine: str) -> None:
    # justified body text (the common tjänsteskrivelse style) stretches word spaces
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    words = (
        "Region Västerbotten har nu inkommit med en förfrågan om deltagande i ett nytt "
        "projekt som gäller perioden november 2024 till oktober 2027, och med en "
        "finansiering på maximalt 780 000 kronor för hela projektperioden. "
    ) * 3
    buf = io.BytesIO()
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
    style.alignment = TA_JUSTIFY
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(words, style)])
    text = text_of(buf.getvalue(), engine)
    assert "  " not in text
    assert text.split() == words.split()


@pytest.mark.parametrize("engine", ENGINES)
def test_owner_password_only_opens_without_password(engine: str) -> None:
    # permissions-only encryption (no printing/copying), common on published decisions
    from reportlab.lib.pdfencrypt import StandardEncryption

    encryption = StandardEncryption("", ownerPassword="ägare", canCopy=0, canModify=0)
    data = make_pdf([paragraph(70, 100, ["Beslutet vann laga kraft"])], encrypt=encryption)
    assert read(data, engine)[0].text == "Beslutet vann laga kraft"


def test_letter_spaced_heading_is_one_word() -> None:
    # a tracked heading: character spacing under a fifth of an em is not a word space
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    t = c.beginText(70, 700)
    t.setFont("Helvetica-Bold", 14)
    t.setCharSpace(2.5)
    t.textLine("TJÄNSTESKRIVELSE Dnr 12")
    c.drawText(t)
    c.showPage()
    c.save()
    assert text_of(buf.getvalue()) == "TJÄNSTESKRIVELSE Dnr 12"


def test_garbage_text_layer_goes_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    # a font without a Unicode map: pdfminer's "(cid:NN)" runs, pdfium's U+FFFD
    import sys
    import types

    import arende.readers.pdf as pdf_module

    garbage: list[Char] = [
        ("\ufffd", 10.0 + 6 * i, 16.0 + 6 * i, 20.0, 10.0, None) for i in range(20)
    ]
    garbage += _line("ok", 40)

    def fake_chars(page: object) -> tuple[tuple[list[Char], ...], float, float]:
        return (garbage, [], [], []), 100.0, 100.0

    def fake_ocr(page: object, *, number: int, language: str, timeout: float | None) -> Page:
        return Page(number=number, text="ocr", boxes=(None,) * 3, ocr=True)

    module = types.ModuleType("arende.readers.ocr")
    module.ocr_pdf_page = fake_ocr  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arende.readers.ocr", module)
    monkeypatch.setattr(pdf_module, "pdfium_chars", fake_chars)
    data = make_pdf([paragraph(70, 100, ["Text"])])
    assert read_pdf(data, path=None, options=ReadOptions(ocr="auto"))[0].text == "ocr"
    # without OCR the garbage is dropped and the readable rest stays
    assert read_pdf(data, path=None, options=ReadOptions(ocr="never"))[0].text == "ok"


@pytest.mark.parametrize("engine", ENGINES)
def test_damaged_bytes_raise_only_our_errors(engine: str) -> None:
    # bit rot and bad transfers: bytes overwritten at random places (fixed seed)
    import random

    data = make_pdf([paragraph(70, 100, ["Dnr KS 2024/12", "Beslut 2024-04-02"])] * 2)
    rng = random.Random(20240402)
    for _ in range(25):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        messages: list[str] = []
        try:
            pages = read(bytes(damaged), engine)
        except ArendeError as e:
            messages.append(str(e))
        else:
            assert all(len(p.boxes or ()) == len(p.text) for p in pages)
        assert all("\n" not in m and m.startswith("test.pdf: ") for m in messages)


@pytest.mark.parametrize("engine", ENGINES)
def test_dehyphenation_keeps_the_next_column_in_place(engine: str) -> None:
    # a unit name broken in the left column of a signature footer
    items: list[Item] = [
        (70, 100, "Samhällsbyggnads-", 10),
        (70, 112, "förvaltningen", 10),
        (300, 112, "RS/183/2024", 10),
        (70, 124, "Åsa Hernerud", 10),
        (300, 124, "2024-04-02", 10),
    ]
    first, second, third = text_of(make_pdf([items]), engine).split("\n")
    assert first == "Samhällsbyggnadsförvaltningen"
    assert second.strip() == "RS/183/2024"
    assert second.index("RS") == third.index("2024")


def test_wide_line_spacing_below_a_tight_letterhead() -> None:
    # body text at 1.5 line spacing under a single-spaced 9 pt letterhead
    items = paragraph(70, 60, ["Region Test", "Regionledningsförvaltningen", "Dnr RS 2024/1"], 9)
    pitch = 11 * 1.5 * 1.15
    items += [(70, 140 + i * pitch, f"Brödtext rad {i}", 11) for i in range(5)]
    items += [(70, 140 + 5 * pitch + 8, "Nytt stycke", 11)]
    blocks = text_of(make_pdf([items])).split("\n\n")
    assert [len(b.split("\n")) for b in blocks] == [3, 5, 1]


_SAMPLE_PDFS = sorted(
    [
        *(Path(__file__).resolve().parents[1] / "samples").glob("*.pdf"),
        *(Path(__file__).resolve().parent / "data" / "heldout").glob("*.pdf"),
    ]
)


@pytest.mark.parametrize("path", _SAMPLE_PDFS, ids=lambda p: p.name)
def test_pages_same_without_numpy(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # numpy comes with spaCy and speeds up the page-wide glyph tests; an install
    # without it must read every page the same, character for character and box for box.
    from arende.readers import _pdfchars

    data = path.read_bytes()
    options = ReadOptions(ocr="never")
    with_numpy = read_pdf(data, path=None, options=options)
    monkeypatch.setattr(_pdfchars, "_numpy", lambda: None)
    without = read_pdf(data, path=None, options=options)
    assert [(p.text, p.boxes) for p in without] == [(p.text, p.boxes) for p in with_numpy]
    assert any(p.text.strip() for p in with_numpy)
