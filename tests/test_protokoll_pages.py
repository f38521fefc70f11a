"""A § that opens a page still counts: a full protokoll stays one across page breaks."""

from __future__ import annotations

import arende

HEAD = (
    "Exempelstads kommun   SAMMANTRÄDESPROTOKOLL\n"
    "Kommunstyrelsen   Sammanträdesdatum 2024-06-11\n\n"
)


def _paragraph(number: int, dnr: str) -> str:
    return (
        f"§ {number}\tDnr {dnr}\n\nÄrende {number}\n\nBeslut\n"
        f"Kommunstyrelsen godkänner ärende {number}.\n\n"
    )


def test_paragraphs_after_page_breaks_make_a_full_protokoll() -> None:
    pages = [
        HEAD + _paragraph(45, "KS 2024/211") + _paragraph(46, "KS 2024/198"),
        _paragraph(47, "KS 2024/14"),
        _paragraph(48, "KS 2024/15") + "Justerandes sign\n",
    ]
    case = arende.parse_text("\f".join(pages))
    assert case.doc_type is not None
    assert case.doc_type.value == "other"
    assert case.diarienummer is None
    assert case.title is None
    assert {r.value for r in case.references} >= {"KS 2024/211", "KS 2024/14", "KS 2024/15"}
