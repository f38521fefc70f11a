"""Rebuild the project's seed document (RUN/183/2024) as PDF, DOCX and TXT samples.

The seed is a real tjänsteskrivelse of Region Jämtland Härjedalen.  Its PDF
prints the unit, case officer and e-mail in a left column and the committee,
diarienummer and date in a right column of one footer block: the layout a
naive text extraction merges into "Åsa Hernerud RUN/183/2024".  This script
writes that layout again:

    python samples/make_seed_sample.py [OUT_DIR]   # default: samples/
"""

from __future__ import annotations

import sys
from pathlib import Path

TITLE = ["Deltagande i projekt North Sweden Stockholm Office 2024-", "2027 (NSSO)"]
BODY = [
    "Region Jämtland Härjedalen har under perioden 2020-2024 deltagit i projektet Nationell "
    "och internationell politisk påverkan (NIPP) som sedermera bytte namn till North Sweden "
    "Stockholm Office (NSSO). Projektägare är Region Västerbotten och Region Jämtland "
    "Härjedalen har medfinansierat projektet med totalt 900 000 kronor från regionbudgeten.",
    "Projektet har syftat till att öka norra Sveriges synlighet i den nationella debatten och "
    "stärka regionernas roll mot den nationella och internationella nivån. Projektet har "
    "finansierat en lokal i centrala Stockholm samt en projektledare som samordnar insatser "
    "för Norra Sverige som en nationell opinionsbildare. Genom detta projekt kanaliseras "
    "gemensamma intressen från de fyra nordligaste regionerna mot nationell nivå för att "
    "stärka förutsättningarna för statliga och andra investeringar i norra Sverige. Från och "
    "med juni 2023 är kontoret bemannat med en tjänsteperson från de respektive fyra "
    "Norrlandslänen. Region Jämtland Härjedalen har haft en anställd sedan november 2022.",
    "Region Västerbotten har nu inkommit med en förfrågan om deltagande i ett nytt projekt "
    "som gäller perioden november 2024 till oktober 2027, och med en finansiering från Region "
    "Jämtland Härjedalen på maximalt 780 000 kronor för hela projektperioden.",
]
AIMS = [
    "öka norra Sveriges synlighet i den nationella debatten och stärka regionernas roll mot "
    "den nationella och internationella nivån.",
    "verka för ökad informationsspridning om tillgångar och behov i norra Sverige och öka "
    "deltagandet i nationella debattforum.",
    "stärka norra Sveriges legitimitet genom att samordna en gemensam röst för norra Sverige "
    "i nationella debattforum.",
]
PARTICIPANTS = (
    "Till skillnad från innevarande projekt kommer deltagarna utöver de fyra Norrlandslänen "
    "även omfatta Umeå kommun, Skellefteå kommun, Norrbottens kommuner, Umeå Universitet, "
    "Luleå Universitet, Mittuniversitetet, Skellefteå kraft, Norrbottniabanan, Artic Center of "
    "Energy samt Botniska korridoren (som finansierar genom en hyra av kontorsplats)."
)
HEADING = "Regiondirektörens förslag"
PROPOSALS = [
    "Region Jämtland Härjedalen deltar i projektet North Sweden Stockholm Office under "
    "perioden 2024-11-01 till 2027-10-31.",
    "Region Jämtland Härjedalen medfinansierar kostnaden för deltagandet i projektet med "
    "maximalt 780 000 kronor under hela projektperioden.",
    "Finansiering sker inom befintlig ram för verksamhetsområde Hållbar tillväxt.",
]
FOOTER = [
    ("Samhällsutveckling", "Regionala utvecklingsnämnden"),
    ("Åsa Hernerud", "RUN/183/2024"),
    ("asa.hernerud@regionjh.se", "2024-04-02"),
]
SIGNATURES = [
    ("Sara Lewerentz", "Regiondirektör"),
    ("Magnus Aspegren", "Tf. områdeschef Hållbar tillväxt"),
]
RECIPIENTS = ["Region Västerbotten"]
STEM = "seed_run_183_2024"


def write_pdf(path: Path) -> Path:
    """Two A4 pages laid out like the original, footer block in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    left, width = 70.0, A4[0] - 140.0
    y = A4[1] - 90.0

    def line(text: str, font: str = "Helvetica", size: float = 10.5, x: float = left) -> None:
        nonlocal y
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
        y -= size * 1.35

    def paragraph(text: str, indent: float = 0.0) -> None:
        for row in simpleSplit(text, "Helvetica", 10.5, width - indent):
            line(row, x=left + indent)
        gap()

    def gap(size: float = 7.0) -> None:
        nonlocal y
        y -= size

    for row in TITLE:
        line(row, "Helvetica-Bold", 15)
    gap()
    line("Ärendebeskrivning", "Helvetica-Bold", 12)
    for text in BODY:
        paragraph(text)
    line("Projektet syftar till att:")
    gap(4)
    for aim in AIMS:
        first, *rest = simpleSplit(aim, "Helvetica", 10.5, width - 18)
        line("•", x=left + 4)
        y += 10.5 * 1.35
        line(first, x=left + 18)
        for row in rest:
            line(row, x=left + 18)
        gap(4)
    gap()
    paragraph(PARTICIPANTS)
    line(HEADING, "Helvetica-Bold", 12)
    for number, text in enumerate(PROPOSALS, start=1):
        first, *rest = simpleSplit(text, "Helvetica", 10.5, width - 18)
        line(f"{number}.", x=left)
        y += 10.5 * 1.35
        line(first, x=left + 18)
        for row in rest:
            line(row, x=left + 18)
        gap(4)
    y = 120.0
    for left_text, right_text in FOOTER:
        pdf.setFont("Helvetica", 9)
        pdf.drawString(left, y, left_text)
        pdf.drawString(300, y, right_text)
        y -= 12
    pdf.showPage()
    y = A4[1] - 90.0
    line("I tjänsten")
    gap(20)
    for name, title in SIGNATURES:
        line(name)
        line(title)
        gap(14)
    gap(20)
    line("Utdrag till", "Helvetica-Bold", 10.5)
    for recipient in RECIPIENTS:
        line(recipient)
    pdf.showPage()
    pdf.save()
    return path


def write_docx(path: Path) -> Path:
    """The same document in Word: numbered list, bullets, a two-column footer table."""
    import datetime as dt

    from docx import Document

    document = Document()
    document.add_heading(" ".join(TITLE).replace("2024- 2027", "2024-2027"), level=1)
    document.add_heading("Ärendebeskrivning", level=2)
    for text in BODY:
        document.add_paragraph(text)
    document.add_paragraph("Projektet syftar till att:")
    for aim in AIMS:
        document.add_paragraph(aim, style="List Bullet")
    document.add_paragraph(PARTICIPANTS)
    document.add_heading(HEADING, level=2)
    for text in PROPOSALS:
        document.add_paragraph(text, style="List Number")
    table = document.add_table(rows=0, cols=2)
    for left_text, right_text in FOOTER:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left_text, right_text
    document.add_paragraph("I tjänsten")
    for name, title in SIGNATURES:
        document.add_paragraph(name)
        document.add_paragraph(title)
        document.add_paragraph("")
    document.add_paragraph("Utdrag till")
    for recipient in RECIPIENTS:
        document.add_paragraph(recipient)
    # Fixed timestamps keep the file's bytes (and its sha256 in the golden file) stable.
    stamp = dt.datetime(2024, 4, 2)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.save(str(path))
    return path


def write_txt(path: Path) -> Path:
    """Plain text with the footer columns padded apart, as a careful export prints it."""
    rows = [*TITLE, "", "Ärendebeskrivning", ""]
    for text in BODY:
        rows += [text, ""]
    rows += ["Projektet syftar till att:", ""]
    rows += [f"• {aim}" for aim in AIMS] + [""]
    rows += [PARTICIPANTS, "", HEADING, ""]
    rows += [f"{n}. {text}" for n, text in enumerate(PROPOSALS, start=1)] + [""]
    rows += [f"{a:<36}{b}" for a, b in FOOTER] + ["", "I tjänsten", ""]
    for name, title in SIGNATURES:
        rows += [name, title, ""]
    rows += ["Utdrag till", *RECIPIENTS]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for writer, suffix in ((write_pdf, "pdf"), (write_docx, "docx"), (write_txt, "txt")):
        print(writer(out / f"{STEM}.{suffix}"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
