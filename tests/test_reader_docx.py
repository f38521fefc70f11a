"""The DOCX reader: text as printed, in document order, with Word's numbering rendered."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from arende.document import ReadOptions
from arende.errors import CorruptDocument
from arende.extractors._lines import cell_below, lines
from arende.readers import read
from arende.readers.docx import read_docx
from docx_builder import build_docx, numbering, p, table

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
OPTIONS = ReadOptions()


def text_of(data: bytes) -> str:
    return "\n\f\n".join(page.text for page in read_docx(data, path="t.docx", options=OPTIONS))


def test_paragraph_per_line_and_empty_paragraph_is_blank_line() -> None:
    body = p("Tjänsteskrivelse") + p("") + p("Bakgrund") + p("Text.")
    assert text_of(build_docx(body)) == "Tjänsteskrivelse\n\nBakgrund\nText."


def test_spacing_after_separates_paragraphs_but_not_name_and_title() -> None:
    spaced = '<w:spacing w:after="200"/>'
    tight = '<w:spacing w:after="0"/>'
    body = p("Första stycket.", spaced) + p("Andra stycket.", spaced)
    body += p("Anna Andersson", tight) + p("Nämndsekreterare", spaced)
    assert text_of(build_docx(body)) == (
        "Första stycket.\n\nAndra stycket.\n\nAnna Andersson\nNämndsekreterare"
    )


def test_space_before_still_separates_short_lines() -> None:
    heading = '<w:spacing w:before="160"/>'
    body = p("Revidering av taxa") + p("Sammanfattning", heading) + p("Text.")
    assert text_of(build_docx(body)) == "Revidering av taxa\n\nSammanfattning\nText."


def test_short_lines_of_a_signature_block_stay_together_despite_spacing() -> None:
    spaced = '<w:spacing w:after="200"/>'
    body = p("Beslutet fattas av regiondirektören.", spaced) + p("", spaced)
    body += p("Anna Andersson", spaced) + p("Regiondirektör", spaced)
    body += p("", spaced) + p("Per Persson", spaced) + p("Ekonomichef", spaced)
    assert text_of(build_docx(body)) == (
        "Beslutet fattas av regiondirektören.\n\nAnna Andersson\nRegiondirektör"
        "\n\nPer Persson\nEkonomichef"
    )


def test_dash_items_stay_together_despite_spacing() -> None:
    spaced = '<w:spacing w:after="200"/>'
    body = p("Beslutet ska skickas till alla berörda.", spaced)
    body += p("- Kanslienheten för kännedom och åtgärd enligt beslutet.", spaced)
    body += p("- Ekonomiavdelningen för kännedom och åtgärd enligt beslutet.", spaced)
    assert text_of(build_docx(body)) == (
        "Beslutet ska skickas till alla berörda.\n\n"
        "- Kanslienheten för kännedom och åtgärd enligt beslutet.\n"
        "- Ekonomiavdelningen för kännedom och åtgärd enligt beslutet."
    )


def test_tab_inside_paragraph_and_line_break() -> None:
    body = (
        "<w:p><w:r><w:t>Datum</w:t><w:tab/><w:t>2024-04-02</w:t><w:br/><w:t>Rad 2</w:t></w:r></w:p>"
    )
    assert text_of(build_docx(body)) == "Datum\t2024-04-02\nRad 2"


def test_table_rows_are_lines_with_tab_separated_aligned_cells() -> None:
    body = table(
        ["Datum", "Diarienummer", "Handläggare"],
        ["2025-05-30", "SBN 2025/1277", ["Linnéa Eklund", "linnea.eklund@example.se"]],
    )
    text = text_of(build_docx(body))
    assert text.splitlines() == [
        "Datum     \tDiarienummer \tHandläggare",
        "2025-05-30\tSBN 2025/1277\tLinnéa Eklund",
        "          \t             \tlinnea.eklund@example.se",
    ]
    rows = lines(text)
    label = rows[0].cells[1]
    below = cell_below(rows, 0, label)
    assert below is not None
    assert below.text == "SBN 2025/1277"
    mail = cell_below(rows, 1, rows[1].cells[2])
    assert mail is not None
    assert mail.text == "linnea.eklund@example.se"


def test_table_keeps_document_order_with_paragraphs() -> None:
    body = p("Före") + table(["A", "B"]) + p("Efter")
    assert text_of(build_docx(body)) == "Före\n\nA\tB\n\nEfter"


def test_signature_table_gives_name_line_over_title_line() -> None:
    body = table([["Cecilia Löfgren", "Socialchef"], ["Johan Berg", "Kommunsekreterare"]])
    assert text_of(build_docx(body)).splitlines() == [
        "Cecilia Löfgren\tJohan Berg",
        "Socialchef     \tKommunsekreterare",
    ]


NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{}"/></w:numPr>'


@pytest.mark.parametrize(
    ("fmt", "lvl_text", "start", "expected"),
    [
        # "1." – Word's default numbered list (List Number), the usual proposal list
        ("decimal", "%1.", 1, ["1. Första", "2. Andra"]),
        # "1)" – protokoll decisions in many kommuner
        ("decimal", "%1)", 1, ["1) Första", "2) Andra"]),
        # "a)" – sub-items of a beslut
        ("lowerLetter", "%1)", 1, ["a) Första", "b) Andra"]),
        # "I." – roman numerals in regional documents
        ("upperRoman", "%1.", 1, ["I. Första", "II. Andra"]),
        # start value other than 1 (a list continued after a page of text)
        ("decimal", "%1.", 3, ["3. Första", "4. Andra"]),
        # bullet from the Symbol font (private-use character)
        ("bullet", "\uf0b7", 1, ["• Första", "• Andra"]),
        # dash bullet, as in Swedish "att-satser"
        ("bullet", "–", 1, ["– Första", "– Andra"]),
    ],
)
def test_automatic_numbering_is_rendered(
    fmt: str, lvl_text: str, start: int, expected: list[str]
) -> None:
    body = p("Första", NUMBERED.format(1)) + p("Andra", NUMBERED.format(1))
    data = build_docx(body, parts={"word/numbering.xml": numbering((0, fmt, lvl_text, start))})
    assert text_of(data).splitlines() == expected


def test_numbering_counts_per_list_and_through_styles() -> None:
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr>'
        '<w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr></w:style></w:styles>'
    )
    style = '<w:pStyle w:val="ListNumber"/>'
    body = p("a", style) + p("b", style) + p("Mellanrubrik") + p("x", NUMBERED.format(2))
    body += p("c", style)
    data = build_docx(
        body,
        parts={
            "word/numbering.xml": numbering((0, "decimal", "%1.", 1), nums={1: 0, 2: 0}),
            "word/styles.xml": styles,
        },
    )
    assert text_of(data).splitlines() == ["1. a", "2. b", "Mellanrubrik", "1. x", "3. c"]


def test_header_first_and_footer_last_with_page_fields() -> None:
    header = (
        p("Krokoms kommun") + '<w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r>'
        '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    )
    data = build_docx(p("Brödtext."), header=header, footer=p("Justerandes sign"))
    pages = read(data)
    assert pages.pages[0].text == "Krokoms kommun\nSida 1\n\nBrödtext.\n\nJusterandes sign"
    assert [pages.pages[0].text[a:b] for a, b in pages.pages[0].furniture] == ["Sida 1"]


def test_text_box_is_kept_once() -> None:
    box = (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
        'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        f"{p('Dnr KS 2024/12')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><w:txbxContent>{p('Dnr KS 2024/12')}</w:txbxContent></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    text = text_of(build_docx(p("Rubrik") + box + p("Text.")))
    assert text.count("Dnr KS 2024/12") == 1
    assert text.index("Rubrik") < text.index("Dnr") < text.index("Text.")


def test_tracked_changes_show_the_result() -> None:
    body = (
        "<w:p><w:r><w:t>Beloppet är </w:t></w:r>"
        "<w:del><w:r><w:delText>100 000</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>200 000</w:t></w:r></w:ins><w:r><w:t> kronor.</w:t></w:r></w:p>"
        "<w:p><w:moveFrom><w:r><w:t>Flyttad.</w:t></w:r></w:moveFrom><w:r><w:t>Kvar.</w:t></w:r>"
        "<w:moveTo><w:r><w:t> Flyttad.</w:t></w:r></w:moveTo></w:p>"
    )
    assert text_of(build_docx(body)) == "Beloppet är 200 000 kronor.\nKvar. Flyttad."


def test_explicit_page_break_starts_a_new_page() -> None:
    body = p("Sida ett.") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + p("Sida två.")
    pages = read_docx(build_docx(body), path=None, options=OPTIONS)
    assert [page.text for page in pages] == ["Sida ett.", "Sida två."]


def test_without_word_document_xml_is_corrupt() -> None:
    data = build_docx(p("x"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
    with pytest.raises(CorruptDocument, match=r"x\.docx: .*word/document\.xml"):
        read_docx(buffer.getvalue(), path="x.docx", options=OPTIONS)


def _dev_docx() -> list[Path]:
    return sorted(DEV.glob("*.docx")) if DEV.is_dir() else []


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("path", _dev_docx(), ids=lambda x: x.name)
def test_dev_docx_prints_the_values_of_its_truth(path: Path) -> None:
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    doc = read(path)
    squeezed = " ".join(doc.text.split())
    if truth["diarienummer"]:
        assert truth["diarienummer"] in squeezed
    for proposal in truth["proposals"]:
        text = " ".join(proposal["text"].split())
        if proposal["number"] is not None:
            assert any(f"{proposal['number']}{sep} {text}" in squeezed for sep in ".)")
        else:
            assert text in squeezed
    for signatory in truth["signatories"]:
        assert signatory["name"] in doc.text


def _saved(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def test_python_docx_document_with_first_page_header_and_list_styles() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Region Exempel\tTJÄNSTESKRIVELSE"
    section.header.paragraphs[0].text = "Region Exempel (följande sidor)"
    section.first_page_footer.paragraphs[0].text = "Regionstyrelsen"
    document.add_paragraph("Förslag till beslut")
    document.add_paragraph("Regionstyrelsen antar planen.", style="List Number")
    document.add_paragraph("Planen gäller 2025–2027.", style="List Number")
    document.add_paragraph("Bilaga 1", style="List Bullet")
    text = text_of(_saved(document))
    assert text.splitlines()[0] == "Region Exempel\tTJÄNSTESKRIVELSE"
    assert "följande sidor" not in text
    assert "1. Regionstyrelsen antar planen.\n2. Planen gäller 2025–2027." in text
    assert "• Bilaga 1" in text
    assert text.endswith("Regionstyrelsen")
