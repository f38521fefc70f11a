"""The proposal/decision heading and its items, across the layouts Swedish case documents use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arende.document import Document, Page, SourceInfo
from arende.extractors.proposals import find_proposals

Items = list[tuple[int | None, str]]


def _doc(text: str, fmt: str = "txt") -> Document:
    pages = text.split("\f")
    source = SourceInfo(None, "", fmt, len(pages))  # type: ignore[arg-type]
    return Document.from_texts(pages, source=source)


def _run(doc: Document) -> tuple[str | None, Items]:
    heading, items = find_proposals(doc)
    return (
        None if heading is None else heading.value,
        [(f.value.number, f.value.text) for f in items],
    )


CASES = [
    # Region tjänsteskrivelse (seed): numbered "1.", blank lines between, wrapped items.
    pytest.param(
        "Ärendebeskrivning\nText.\n\nRegiondirektörens förslag\n\n1. Regionen deltar i projektet\n"
        "under perioden 2024-11-01 till 2027-10-31.\n\n2. Finansiering sker inom ram.\n\n"
        "Samhällsutveckling   Regionala utvecklingsnämnden\n",
        "Regiondirektörens förslag",
        [(1, "Regionen deltar i projektet under perioden 2024-11-01 till 2027-10-31."),
         (2, "Finansiering sker inom ram.")],
        id="seed-numbered",
    ),
    # Kommun protokollsutdrag in plain text: "1)" items, then a recipients label.
    pytest.param(
        "Kommunstyrelsens förslag till kommunfullmäktige\n\n1) Kommunstyrelsen godkänner "
        "investeringen.\n\n2) Driftkostnaderna finansieras inom ram.\n\nBeslutet skickas till\n"
        "Ekonomiavdelningen\n",
        "Kommunstyrelsens förslag till kommunfullmäktige",
        [(1, "Kommunstyrelsen godkänner investeringen."),
         (2, "Driftkostnaderna finansieras inom ram.")],
        id="kommun-paren",
    ),
    # Kommun tjänsteskrivelse (PDF): dash items with an indented continuation, then a heading.
    pytest.param(
        "Förslag till beslut\n–  Socialnämnden ger kommundirektören i uppdrag att upphandla\n"
        "   tolktjänster.\n\n–  Socialnämnden delegerar rätten att teckna avtal.\n\n"
        "Sammanfattning\n"
        "Avtalet löper ut.\n",
        "Förslag till beslut",
        [(None, "Socialnämnden ger kommundirektören i uppdrag att upphandla tolktjänster."),
         (None, "Socialnämnden delegerar rätten att teckna avtal.")],
        id="dash-items",
    ),
    # Bullets from Word lists rendered as "•".
    pytest.param(
        "Förvaltningens förslag till beslut\n• Nämnden antar taxan.\n• Taxan gäller från 2025.\n"
        "\nBakgrund\nText.\n",
        "Förvaltningens förslag till beslut",
        [(None, "Nämnden antar taxan."), (None, "Taxan gäller från 2025.")],
        id="bullets",
    ),
    # Symbol-font bullets exported from Word ("o", private-use glyphs).
    pytest.param(
        "Förslag till beslut\no Nämnden antar taxan.\n\uf0b7 Taxan gäller från 2025.\n",
        "Förslag till beslut",
        [(None, "Nämnden antar taxan."), (None, "Taxan gäller från 2025.")],
        id="symbol-bullets",
    ),
    # Kommunfullmäktige protokollsutdrag: one decision sentence, no enumerator.
    pytest.param(
        "Beslut\n\nMotionen bifalls.\n\nÄrendebeskrivning\nJonas Berg (SD) har i en motion ...\n",
        "Beslut",
        [(None, "Motionen bifalls.")],
        id="single-sentence",
    ),
    # DOCX: one paragraph a line, no blank lines, unnumbered decisions.
    pytest.param(
        "Kommunstyrelsens beslut\nKommunfullmäktige antar taxan.\nTimavgiften fastställs till "
        "1 300 kronor.\nExpedieras till\n- Ekonomienheten\n",
        "Kommunstyrelsens beslut",
        [(None, "Kommunfullmäktige antar taxan."),
         (None, "Timavgiften fastställs till 1 300 kronor.")],
        id="docx-paragraphs",
    ),
    # Word automatic numbering as the DOCX reader renders it.
    pytest.param(
        "Kommunfullmäktiges beslut\n1. Kommunfullmäktige antar riktlinjerna.\n2. Tidigare "
        "riktlinjer upphör att gälla.\nExpedieras till\n- Samtliga förvaltningar\n",
        "Kommunfullmäktiges beslut",
        [(1, "Kommunfullmäktige antar riktlinjerna."),
         (2, "Tidigare riktlinjer upphör att gälla.")],
        id="docx-autonumber",
    ),
    # Heading with a colon; "(1)" enumerators (state authorities).
    pytest.param(
        "Förslag till beslut:\n(1) Myndigheten fastställer planen.\n(2) Planen gäller 2025.\n\n"
        "Bakgrund\n",
        "Förslag till beslut",
        [(1, "Myndigheten fastställer planen."), (2, "Planen gäller 2025.")],
        id="colon-paren-number",
    ),
    # A lead-in sentence before the numbered list is not a proposal.
    pytest.param(
        "Kommundirektörens förslag\nKommunstyrelsen föreslår kommunfullmäktige besluta:\n"
        "1. Kommunen antar planen.\n2. Planen gäller 2025.\n\nSammanfattning\n",
        "Kommundirektörens förslag",
        [(1, "Kommunen antar planen."), (2, "Planen gäller 2025.")],
        id="lead-in",
    ),
    # University: "Rektors beslut" with a lead-in ending in "att" and dash items.
    pytest.param(
        "Rektors beslut\nRektor beslutar att\n– fastställa antagningsordningen,\n– ge "
        "fakulteterna i uppdrag att följa upp.\n\nBeslut i detta ärende har fattats av rektor.\n",
        "Rektors beslut",
        [(None, "fastställa antagningsordningen,"),
         (None, "ge fakulteterna i uppdrag att följa upp.")],
        id="rektor-att-lead-in",
    ),
    # The list ends at a signature with no label above it.
    pytest.param(
        "Förslag till beslut\n1. Kommunstyrelsen godkänner investeringen.\n\nAnna Berg\n"
        "Kommundirektör\n",
        "Förslag till beslut",
        [(1, "Kommunstyrelsen godkänner investeringen.")],
        id="ends-at-signature",
    ),
    # The list ends at an unknown section heading directly under the last item.
    pytest.param(
        "Förslag till kommunfullmäktige\n1. Kommunen antar planen.\n2. Planen gäller 2025.\n"
        "Inledning\nKommunen har ...\n",
        "Förslag till kommunfullmäktige",
        [(1, "Kommunen antar planen."), (2, "Planen gäller 2025.")],
        id="ends-at-unknown-heading",
    ),
    # A wrapped line that starts with a capital (a proper name) continues the item.
    pytest.param(
        "Förslag till beslut\n1. Kommunen medfinansierar projektet tillsammans med\n"
        "Region Västerbotten som är projektägare.\n2. Finansiering sker inom ram.\n",
        "Förslag till beslut",
        [(1, "Kommunen medfinansierar projektet tillsammans med Region Västerbotten som är "
             "projektägare."),
         (2, "Finansiering sker inom ram.")],
        id="capital-continuation",
    ),
    # Protokollsutdrag: the committee's decision wins over the working committee's proposal.
    pytest.param(
        "§ 12   Dnr KS 2024/1\n\nArbetsutskottets förslag\n1. Planen antas.\n\nYrkanden\nAnna "
        "Berg (S) yrkar bifall till arbetsutskottets förslag.\n\nKommunstyrelsens beslut\n1. "
        "Planen antas med ändringen.\n\nUtdrag till\nEkonomienheten\n",
        "Kommunstyrelsens beslut",
        [(1, "Planen antas med ändringen.")],
        id="decision-over-proposal",
    ),
    # "yrkar bifall till arbetsutskottets förslag." is a sentence, not a heading.
    pytest.param(
        "Yrkanden\nÅke Holm (MP) yrkar bifall till arbetsutskottets förslag.\n\nBeslut\n"
        "1) Kommunen säljer fastigheten.\n",
        "Beslut",
        [(1, "Kommunen säljer fastigheten.")],
        id="mention-in-sentence",
    ),
    # A mention in a Beslutsunderlag list is not the heading.
    pytest.param(
        "Beslutsunderlag\nTjänsteskrivelse 2024-01-05\nFörvaltningens förslag\n"
        "Protokoll 2024-01-02\n\nBeslut\n1. Nämnden antar planen.\n",
        "Beslut",
        [(1, "Nämnden antar planen.")],
        id="underlag-mention",
    ),
    # The list straddles a page break; the running header of page 2 is masked (blank here).
    pytest.param(
        "Förslag till beslut\n1. Kommunen antar planen.\n2. Planen gäller från\f\n   \n"
        "och med 2025.\n3. Uppföljning sker årligen.\n\nBakgrund\n",
        "Förslag till beslut",
        [(1, "Kommunen antar planen."), (2, "Planen gäller från och med 2025."),
         (3, "Uppföljning sker årligen.")],
        id="page-break",
    ),
    # Page 1's own copy of the running footer stays in the text between two parts of the list.
    pytest.param(
        "Beslut\n1. Nämnden antar planen.\n2. Planen gäller från 2025.\n\n"
        "Regionstyrelsens arbetsutskott          Sida 1 av 2\n\f\n   \n"
        "3. Uppföljning sker årligen.\n\nBeslutet skickas till\n",
        "Beslut",
        [(1, "Nämnden antar planen."), (2, "Planen gäller från 2025."),
         (3, "Uppföljning sker årligen.")],
        id="page-1-footer-between",
    ),
    pytest.param(
        "Beslut\n1. Nämnden antar planen.\n2. Planen gäller från 2025.\n\n"
        "Regionstyrelsens arbetsutskott\n\f\n3. Uppföljning sker årligen.\n",
        "Beslut",
        [(1, "Nämnden antar planen."), (2, "Planen gäller från 2025."),
         (3, "Uppföljning sker årligen.")],
        id="page-1-footer-between-merged",
    ),
    # DOCX (no blank lines): a "Beslut" right under the Beslutsunderlag list is the real one.
    pytest.param(
        "Beslutsunderlag\nTjänsteskrivelse 2024-09-10\nDelårsrapport augusti 2024\nBeslut\n"
        "Nämnden beslutar\natt godkänna delårsrapporten,\natt överlämna rapporten.\n"
        "Beslutet skickas till\nKommunstyrelsen\n",
        "Beslut",
        [(None, "att godkänna delårsrapporten,"), (None, "att överlämna rapporten.")],
        id="docx-beslut-after-underlag",
    ),
    # Merged margin headings under a §: "Beslut" and the first line of the decision share a line.
    pytest.param(
        "§ 12 Dnr KS 2025/0012\nVal av justerare\n"
        "Beslut Kommunstyrelsen utser Karin Ek att jämte ordföranden\njustera protokollet.\n\n"
        "§ 13 Dnr KS 2025/0013\nBeslut 1. Planen antas.\n2. Planen gäller från 2025.\n",
        "Beslut",
        [(None, "Kommunstyrelsen utser Karin Ek att jämte ordföranden justera protokollet."),
         (1, "Planen antas."), (2, "Planen gäller från 2025.")],
        id="merged-margin-heading",
    ),
    # A title that starts with the word "Beslut" is no heading with its list.
    pytest.param(
        "Beslut om bidrag till föreningen\n\nFörslag till beslut\nBidrag beviljas.\n",
        "Förslag till beslut",
        [(None, "Bidrag beviljas.")],
        id="title-beslut-om",
    ),
    # Margin heading beside a short lead-in, att-items under it.
    pytest.param(
        "Beslut        Kommunstyrelsen beslutar\n              att bevilja bidraget,\n"
        "              att bidraget redovisas.\n",
        "Beslut",
        [(None, "att bevilja bidraget,"), (None, "att bidraget redovisas.")],
        id="margin-heading-short-lead-in",
    ),
    # The decided-by sentence of a beslut ends the decision list.
    pytest.param(
        "Beslut\nRektor beslutar att inrätta centrumet.\n\n"
        "Beslut i detta ärende har fattats av rektor Anna Berg efter föredragning av "
        "utredare Per Ek.\n",
        "Beslut",
        [(None, "Rektor beslutar att inrätta centrumet.")],
        id="decided-by-ends-list",
    ),
    # "Beslutet" heads a delegationsbeslut's decision.
    pytest.param(
        "Beslutet\n1. Bygglov beviljas.\n2. Startbesked ges i separat beslut.\n",
        "Beslutet",
        [(1, "Bygglov beviljas."), (2, "Startbesked ges i separat beslut.")],
        id="beslutet-heading",
    ),
    # A single decision sentence wrapped so that its first line looks like a heading.
    pytest.param(
        "Förslag till beslut\nRegionstyrelsen godkänner avsiktsförklaringen om samverkan kring\n"
        "kompetensförsörjning.\n\nSammanfattning\n",
        "Förslag till beslut",
        [(None, "Regionstyrelsen godkänner avsiktsförklaringen om samverkan kring "
                "kompetensförsörjning.")],
        id="wrapped-first-line-like-heading",
    ),
    # Items printed without a final period; the body paragraph after the blank is not one.
    pytest.param(
        "Förslag till beslut\n1. Kommunstyrelsen godkänner redovisningen\n"
        "2. Rapporten läggs till handlingarna\n\nÄrendet har beretts av förvaltningen.\n",
        "Förslag till beslut",
        [(1, "Kommunstyrelsen godkänner redovisningen"),
         (2, "Rapporten läggs till handlingarna")],
        id="no-final-period",
    ),
    # An unfinished item continues on the next page with a proper name.
    pytest.param(
        "Förslag till beslut\n1. Kommunen medfinansierar projektet tillsammans med\f\n\n"
        "Region Västerbotten och Region Norrbotten.\n2. Finansiering sker inom ram.\n",
        "Förslag till beslut",
        [(1, "Kommunen medfinansierar projektet tillsammans med Region Västerbotten och "
             "Region Norrbotten."),
         (2, "Finansiering sker inom ram.")],
        id="page-break-capital",
    ),
    # A full protokoll: the decisions of every § in order, numbers restarting.
    pytest.param(
        "§ 1   Dnr KS 2024/1\nVal av justerare\nBeslut\nAnna Berg utses att justera.\n\n"
        "§ 2   Dnr KS 2024/2\nBudget\nBeslut\n1. Budgeten antas.\n2. Skatten är oförändrad.\n\n"
        "§ 3   Dnr KS 2024/3\nAnmälan\nBeslut\nAnmälan läggs till handlingarna.\n",
        "Beslut",
        [(None, "Anna Berg utses att justera."), (1, "Budgeten antas."),
         (2, "Skatten är oförändrad."), (None, "Anmälan läggs till handlingarna.")],
        id="full-protokoll",
    ),
    # A full protokoll where one § ends in a proposal to the council: one list per §.
    pytest.param(
        "§ 1   Dnr KS 2024/1\nBudget\nArbetsutskottets förslag\n1. Budgeten antas.\n\n"
        "Kommunstyrelsens förslag till kommunfullmäktige\n1. Budgeten antas.\n"
        "2. Skatten är oförändrad.\n\n§ 2   Dnr KS 2024/2\nAnmälan\nBeslut\n"
        "Anmälan läggs till handlingarna.\n",
        "Kommunstyrelsens förslag till kommunfullmäktige",
        [(1, "Budgeten antas."), (2, "Skatten är oförändrad."),
         (None, "Anmälan läggs till handlingarna.")],
        id="full-protokoll-proposal-per-section",
    ),
    # A line "beslut" left alone by wrapping is not a heading.
    pytest.param(
        "Ärendet\nKommunfullmäktige fattade\nbeslut\nom taxan 2023.\n", None, [],
        id="wrapped-fragment",
    ),
    # A table header cell is not a heading beside its list.
    pytest.param(
        "Ärende          Beslut          Datum\nBygglov         Beviljat        2024-01-02\n"
        "Beslut          Datum\n",
        None, [], id="table-header",
    ),
    # No heading at all.
    pytest.param("Bakgrund\nText om ärendet.\n", None, [], id="none"),
    # A heading with nothing under it.
    pytest.param("Förslag till beslut\n\nBakgrund\nText.\n", None, [], id="empty-list"),
    # "att"-clauses as items (kommunfullmäktige style); kept as printed.
    pytest.param(
        "Förslag till beslut\natt anta riktlinjerna,\n\natt ge kommundirektören i uppdrag att "
        "följa upp.\n\nBakgrund\n",
        "Förslag till beslut",
        [(None, "att anta riktlinjerna,"),
         (None, "att ge kommundirektören i uppdrag att följa upp.")],
        id="att-clauses",
    ),
    # Protokoll: "Kommunstyrelsen beslutar" and att-clauses, the lead-in dropped.
    pytest.param(
        "Beslut\nKommunstyrelsen beslutar\natt godkänna redovisningen,\natt lägga "
        "rapporten till handlingarna.\n\nÄrendet\n",
        "Beslut",
        [(None, "att godkänna redovisningen,"), (None, "att lägga rapporten till handlingarna.")],
        id="lead-in-att-clauses",
    ),
    # A committee with a compound name; a heading with a slash.
    pytest.param(
        "Barn- och utbildningsnämndens förslag\n1. Nämnden antar planen.\n",
        "Barn- och utbildningsnämndens förslag",
        [(1, "Nämnden antar planen.")],
        id="compound-owner",
    ),
    pytest.param(
        "Förslag till beslut/yttrande\n1. Nämnden antar yttrandet.\n",
        "Förslag till beslut/yttrande",
        [(1, "Nämnden antar yttrandet.")],
        id="slash-heading",
    ),
    # A numbered heading and capitals (older templates).
    pytest.param(
        "FÖRSLAG TILL BESLUT\n1. Nämnden antar planen.\n",
        "FÖRSLAG TILL BESLUT",
        [(1, "Nämnden antar planen.")],
        id="capitals",
    ),
    # Heading in the left margin, the list beside it (PDF two-column template, DOCX table).
    pytest.param(
        "Förslag till beslut     1. Nämnden antar planen.\n"
        "                        2. Planen gäller 2025.\n\nBakgrund\n",
        "Förslag till beslut",
        [(1, "Nämnden antar planen."), (2, "Planen gäller 2025.")],
        id="margin-heading",
    ),
    pytest.param(
        "Beslut\tSocialnämnden beviljar bidraget.\n\nSkäl för beslutet\nText.\n",
        "Beslut",
        [(None, "Socialnämnden beviljar bidraget.")],
        id="table-cell-heading",
    ),
    # Heading and decision on one line.
    pytest.param(
        "Beslut: Ansökan beviljas.\n\nSkäl för beslutet\nText.\n",
        "Beslut",
        [(None, "Ansökan beviljas.")],
        id="heading-colon-decision",
    ),
    # "BESLUT" as the letterhead's document label is not the decision heading.
    pytest.param(
        "Myndigheten\nBESLUT\n2024-03-01\nDnr 123-2024\n\nBeslut\nAnsökan beviljas.\n",
        "Beslut",
        [(None, "Ansökan beviljas.")],
        id="letterhead-label",
    ),
    # Multi-level numbering: sub-items keep their place, without a number.
    pytest.param(
        "Förslag till beslut\n1. Nämnden antar planen.\n1.1 Planen gäller 2025.\n",
        "Förslag till beslut",
        [(1, "Nämnden antar planen."), (None, "Planen gäller 2025.")],
        id="multi-level",
    ),
    # "a)" sub-items: a gap, numbered as letters are not numbers.
    pytest.param(
        "Förslag till beslut\na) Nämnden antar planen.\nb) Planen gäller 2025.\n",
        "Förslag till beslut",
        [(None, "Nämnden antar planen."), (None, "Planen gäller 2025.")],
        id="letters",
    ),
]  # fmt: skip


# Rows read as DOCX text (a paragraph a line, no blank lines between paragraphs).
DOCX_ROWS = {"docx-paragraphs", "docx-autonumber", "docx-beslut-after-underlag"}


@pytest.mark.parametrize(("text", "heading", "items"), CASES)
def test_proposals(
    request: pytest.FixtureRequest, text: str, heading: str | None, items: Items
) -> None:
    case = request.node.callspec.id
    assert _run(_doc(text, "docx" if case in DOCX_ROWS else "txt")) == (heading, items)


def test_docx_paragraphs_are_items_one_a_line() -> None:
    text = "Beslut\nNämnden antar planen.\nPlanen gäller 2025.\nExpedieras till\nX\n"
    assert _run(_doc(text, "docx"))[1] == [
        (None, "Nämnden antar planen."),
        (None, "Planen gäller 2025."),
    ]


def test_provenance_points_at_the_item_text() -> None:
    doc = _doc("Förslag till beslut\n\n1. Nämnden antar planen.\n")
    heading, items = find_proposals(doc)
    assert heading is not None
    assert doc.text[heading.start : heading.end] == "Förslag till beslut"
    assert doc.text[items[0].start : items[0].end] == "Nämnden antar planen."
    assert items[0].rule == "proposal_numbered"


def test_masked_furniture_between_pages_is_skipped() -> None:
    pages = (
        Page(1, "Förslag till beslut\n1. Kommunen antar planen.\n2. Planen gäller"),
        Page(2, "Kommunen  Sida 2\nfrån 2025.\n\nBakgrund\n", furniture=((0, 16),)),
    )
    doc = Document(pages, SourceInfo(None, "", "pdf", 2))
    assert _run(doc)[1] == [(1, "Kommunen antar planen."), (2, "Planen gäller från 2025.")]


JUNK = [
    "",
    "\f\f\f",
    "🙂" * 500,
    "1" * 10_000,
    "Beslut\n" * 2000,
    "Förslag till beslut\n" + "1. " * 3000,
    "\x00\x01\x02 Beslut \ufffd\n1)\n2.\n–\n•",
    "Förslag till beslut\n\t\t\n  \n",
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_does_not_raise(text: str) -> None:
    heading, items = find_proposals(_doc(text))
    assert heading is None or isinstance(heading.value, str)
    assert all(isinstance(f.value.text, str) for f in items)


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("name", ["seed_001", "dev_019", "dev_021", "dev_022", "dev_023"])
def test_corpus_text_files(name: str) -> None:
    truth = json.loads((CORPUS / f"{name}.truth.json").read_text(encoding="utf-8"))
    doc = _doc((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    heading, items = _run(doc)
    assert heading == truth["proposal_heading"]
    assert items == [(p["number"], p["text"]) for p in truth["proposals"]]


# Every heading form the closing-block patterns accept; proposals.py skips lines without
# "beslut" or "förslag" before asking them, so a new form must keep to those words.
HEADING_FORMS = [
    "Förslag till beslut",  # tjänsteskrivelse, the common form
    "Förslag till beslut:",  # with a colon
    "Regiondirektörens förslag",  # region tjänsteskrivelse
    "Kommundirektörens förslag till beslut",  # kommun tjänsteskrivelse
    "Förvaltningens förslag till beslut",  # förvaltning
    "Kommunstyrelsens förslag till kommunfullmäktige",  # KS to KF
    "Arbetsutskottets förslag",  # protokoll, au
    "Beslutsförslag",  # short form
    "Föreslaget beslut",  # some kommuner
    "Förslag på beslut",  # variant preposition
    "Beslut",  # protokollsutdrag
    "Beslutet",  # beslut documents
    "Kommunstyrelsens beslut",  # protokoll
    "Rektors beslut",  # university beslut
    "BESLUT",  # capitals in a letterhead
]


@pytest.mark.parametrize("text", HEADING_FORMS)
def test_the_quick_heading_test_agrees_with_the_patterns(text: str) -> None:
    from arende.extractors import _blocks, proposals

    assert _blocks.proposal_heading_kind(text) is not None
    assert proposals.proposal_heading_kind(text) == _blocks.proposal_heading_kind(text)


def test_no_heading_in_the_samples_is_skipped_by_the_quick_test() -> None:
    from arende import parse
    from arende.extractors import _blocks, proposals

    samples = Path(__file__).resolve().parents[1] / "samples"
    heldout = Path(__file__).resolve().parent / "data" / "heldout"
    files = [*samples.glob("*.txt"), *samples.glob("*.docx"), *heldout.glob("*.txt")]
    headings = 0
    for path in files:
        lines = [line for page in parse(path).pages for line in page.text.splitlines()]
        for line in lines:
            expected = _blocks.proposal_heading_kind(line.strip())
            headings += expected is not None
            assert proposals.proposal_heading_kind(line.strip()) == expected, line
    assert headings >= len(files) // 2
