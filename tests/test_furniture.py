"""Page furniture: running headers/footers count once, page numbers never."""

from __future__ import annotations

import pytest

from arende import parse_text
from arende.document import Document, Page, SourceInfo
from arende.readers.furniture import mark_furniture, page_number_spans


def marked(*texts: str) -> list[list[str]]:
    pages = mark_furniture([Page(i + 1, t) for i, t in enumerate(texts)])
    return [[p.text[a:b] for a, b in p.furniture] for p in pages]


@pytest.mark.parametrize(
    ("line", "number", "expected"),
    [
        ("Sida 2 av 4", 2, ["Sida 2 av 4"]),  # kommuner's protokoll footers
        ("Sida 2 (4)", 2, ["Sida 2 (4)"]),  # "Sida x (y)" in letterheads
        ("2 (4)", 2, ["2 (4)"]),  # page number cell in a header table
        ("2/4", 2, ["2/4"]),  # short form in state authorities' headers
        ("- 2 -", 2, ["- 2 -"]),  # centred page number
        ("2", 2, ["2"]),  # bare page number
        ("sid. 3", 3, ["sid. 3"]),  # abbreviated
        ("Page 2 of 4", 2, ["Page 2 of 4"]),  # English template
        ("Protokoll  2024-03-12  Sida 2 (4)", 2, ["Sida 2 (4)"]),  # inside a header line
        ("Kommunstyrelsen\t2 (4)", 2, ["2 (4)"]),  # DOCX header table cell
        ("7", 2, []),  # a number that is not this page's is data
        ("Totalt    2", 2, []),  # a bare number beside other text is data
        ("2024", 2, []),  # a year
        ("§ 2", 2, []),  # a paragraph number
        ("Dnr KS 2024/12", 2, []),  # a case number is not "2/4"
    ],
)
def test_page_numbers(line: str, number: int, expected: list[str]) -> None:
    assert [line[a:b] for a, b in page_number_spans(line, 0, len(line), number)] == expected


HEADER = (
    "Region Exempel      PROTOKOLL      Sammanträdesdatum\n"
    "Regionstyrelsen                    2024-03-12"
)
FOOTER = "Justerandes sign     Utdragsbestyrkande"


def test_running_header_and_footer_are_marked_after_page_one() -> None:
    page1 = f"{HEADER}\nSida 1 av 2\n\n§ 12\nBakgrund\nText ett.\n\n{FOOTER}"
    page2 = f"{HEADER}\nSida 2 av 2\n\nText två.\nMer text.\n\n{FOOTER}"
    assert marked(page1, page2) == [
        ["Sida 1 av 2"],
        [*HEADER.splitlines(), "Sida 2 av 2", FOOTER],
    ]


def test_padding_differences_do_not_hide_a_repeat() -> None:
    page1 = "Kommunen      Sida 1 (3)\nText ett.\nmer\nmer\nmer\nmer"
    page2 = "Kommunen            Sida 2 (3)\nText två.\nmer två\nmer\nmer\nmer"
    assert marked(page1, page2)[1][0] == "Kommunen            Sida 2 (3)"


def test_body_line_repeated_outside_the_zone_is_not_furniture() -> None:
    body = "\n".join(f"Rad {i}." for i in range(12))
    page1 = f"Inledning\n{body}\nBakgrund\n{body}"
    page2 = f"Bakgrund\n{body}"
    assert marked(page1, page2) == [[], []]


def test_single_page_keeps_everything_but_the_page_number() -> None:
    assert marked("Kommunstyrelsen\nText.\n1 (1)") == [["1 (1)"]]


def test_same_line_on_one_page_twice_is_not_running() -> None:
    assert marked("Kommunen\nKommunen\nText", "Annat\nSlut") == [[], []]


def test_document_text_masks_furniture_and_keeps_offsets() -> None:
    pages = mark_furniture(
        [Page(1, "Kommunen\nEtt\nSida 1 av 2"), Page(2, "Kommunen\nTvå\nSida 2 av 2")]
    )
    doc = Document(tuple(pages), SourceInfo(None, "", "txt", None))
    assert doc.text == "Kommunen\nEtt\n           \f        \nTvå\n           "
    assert len(doc.text) == sum(len(p.text) for p in pages) + 1


def test_parse_text_uses_the_same_page_split_and_marking() -> None:
    case = parse_text("Kommunen\r\nEtt\fKommunen\nTvå")
    assert [p.text for p in case.pages] == ["Kommunen\nEtt", "Kommunen\nTvå"]
    assert case.pages[1].furniture == ((0, 8),)


def test_very_long_lines_are_never_furniture() -> None:
    long_line = "ord " * 200 + "Sida 1 av 2"
    assert marked(long_line, long_line.replace("Sida 1", "Sida 2")) == [[], []]


def test_a_letterhead_line_that_recurs_at_the_foot_of_the_last_page_is_no_footer() -> None:
    # The unit printed under the letterhead is also a recipient at the end of the document.
    pages = [
        Page(
            1,
            "Region Exempel\nHälso- och sjukvårdsförvaltningen\n\nRubrik\n\n"
            + "\n".join(f"Rad {i} av brödtexten." for i in range(12)),
        ),
        Page(2, "Mer text.\nÄnnu mer.\n\nUtdrag till\nHälso- och sjukvårdsförvaltningen"),
    ]
    marked = mark_furniture(pages)
    assert marked[1].furniture == ()


def test_a_footer_on_a_short_last_page_is_still_the_running_footer() -> None:
    footer = "Region Exempel   Box 1   123 45 Exempelstad"
    pages = [
        Page(1, "\n".join(["Rubrik", *[f"Rad {i}." for i in range(12)], footer])),
        Page(2, f"Sista raden.\n{footer}"),
    ]
    marked = mark_furniture(pages)
    text = marked[1].text
    assert [text[a:b] for a, b in marked[1].furniture] == [footer]
