"""Generate sample Swedish case documents: text PDFs, DOCX and TXT.

The documents are synthetic but shaped like the real ones: a letterhead with the
organisation and the committee, a document type, a date and a diarienummer, a
title, a body with amounts, dates and periods, a numbered proposal ("Förslag
till beslut"), the case officer and signatures.  Everything is derived from a
seed, so the same seed gives the same text (and, for TXT and DOCX, the same
bytes; reportlab stamps no creation time when ``invariant`` is set, so PDFs are
reproducible too).

Importable::

    from build_samples import case_pages, write_pdf, build_corpus
    pages = case_pages(7, pages=2)
    write_pdf(Path("case.pdf"), pages)

or as a script::

    python samples/build_samples.py OUT_DIR --count 300 --pages 1-3 --formats pdf,docx,txt

The script writes only into OUT_DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FORMATS",
    "build_corpus",
    "build_pdf",
    "case_pages",
    "write_document",
    "write_docx",
    "write_pdf",
    "write_txt",
]

FORMATS = ("pdf", "docx", "txt")

# Organisations of every kind, each with the way it writes its case numbers.
# (name, committee, unit, diarienummer template: {y} year, {n} running number)
ORGANISATIONS = [
    ("Härnösands kommun", "Kommunstyrelsen", "Ekonomiavdelningen", "KS {y}/{n:04d}"),
    ("Region Västernorrland", "Regionala utvecklingsnämnden", "Samhällsutveckling", "RUN/{n}/{y}"),
    ("Umeå universitet", "Fakultetsnämnden", "Planeringsenheten", "FS 1.1-{n}-{yy}"),
    ("Trafikverket", "Investeringsdivisionen", "Region Mitt", "TRV {y}/{n:05d}"),
    ("Region Skåne", "Hälso- och sjukvårdsnämnden", "Koncernkontoret", "{y}-{n:06d}"),
    ("Göteborgs Stad", "Kulturnämnden", "Kulturförvaltningen", "KUN-{y}-{n:05d}"),
    (
        "Linköpings universitet",
        "Universitetsstyrelsen",
        "Universitetsförvaltningen",
        "LiU-{y}-{n:05d}",
    ),
    ("Malmö stad", "Stadsbyggnadsnämnden", "Stadsbyggnadskontoret", "SBN-{y}-{n}"),
    ("Kiruna kommun", "Miljö- och byggnämnden", "Miljökontoret", "MBN {y}.{n}"),
    ("Skatteverket", "Rättsavdelningen", "Enheten för processfrågor", "8-{n}{y}"),
]
DOC_TYPES = ["TJÄNSTESKRIVELSE", "PROTOKOLLSUTDRAG", "BESLUT", "DELEGATIONSBESLUT"]
TOPICS = [
    "Investering i energieffektivisering av {place}",
    "Medfinansiering av projektet {project}",
    "Upphandling av ramavtal för {service}",
    "Bidrag till {association} för verksamhetsåret {y}",
    "Ombyggnad av {place}",
    "Revidering av riktlinjer för {service}",
]
PLACES = ["Rådhuset", "Stadsbiblioteket", "Norra skolan", "Simhallen", "Vårdcentralen Öster"]
PROJECTS = ["Digital infrastruktur", "Grön omställning", "Kompetenslyftet", "Hållbara resor"]
SERVICES = ["skolskjuts", "städtjänster", "IT-konsulter", "färdtjänst", "livsmedel"]
ASSOCIATIONS = ["Föreningen Hembygdsgården", "Idrottsalliansen", "Studieförbundet Vuxenskolan"]
FIRST = ["Anna", "Erik", "Karin", "Lars", "Åsa", "Björn", "Märta", "Örjan", "Cecilia", "Johan"]
LAST = ["Holmgren", "Lundgren", "Hedlund", "Öberg", "Sjöström", "Nyström", "Ek", "Berglund"]
TITLES = ["Ordförande", "Sekreterare", "Justerare", "Förvaltningschef", "Enhetschef"]
MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
FILLER = [
    "Behovet har ökat under flera år och nuvarande lokaler och anläggningar motsvarar inte "
    "dagens krav på tillgänglighet, arbetsmiljö och energiförbrukning.",
    "Förslaget har stämts av med ekonomienheten, som inte har några invändningar, och med "
    "de fackliga organisationerna enligt gällande samverkansavtal.",
    "Förvaltningen bedömer att åtgärden ryms inom den av fullmäktige fastställda ramen och att "
    "den bidrar till de övergripande målen i verksamhetsplanen.",
    "Ärendet har beretts i samråd med berörda förvaltningar. Synpunkter som kommit in under "
    "remisstiden har beaktats i det slutliga förslaget.",
    "Uppföljning sker i samband med delårsrapporten och årsredovisningen, där utfallet "
    "redovisas mot den budget som anges i detta beslut.",
]


@dataclass(frozen=True)
class _Case:
    organisation: str
    committee: str
    unit: str
    doc_type: str
    dnr: str
    date: dt.date
    title: str
    officer: str
    email: str


def _case(rng: random.Random) -> _Case:
    org, committee, unit, template = rng.choice(ORGANISATIONS)
    date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    number = rng.randrange(1, 9999)
    dnr = template.format(y=date.year, yy=date.year % 100, n=number)
    topic = rng.choice(TOPICS).format(
        place=rng.choice(PLACES),
        project=rng.choice(PROJECTS),
        service=rng.choice(SERVICES),
        association=rng.choice(ASSOCIATIONS),
        y=date.year + 1,
    )
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = org.lower().split()[0].translate(str.maketrans("åäö", "aao"))
    email = f"{first.lower()}.{last.lower()}@{domain}.se".translate(str.maketrans("åäö", "aao"))
    return _Case(
        org, committee, unit, rng.choice(DOC_TYPES), dnr, date, topic, f"{first} {last}", email
    )


def _long_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _amount(rng: random.Random) -> str:
    value = rng.randrange(5, 900) * 1000
    form = rng.randrange(4)
    if form == 0:
        return f"{value:,} kronor".replace(",", " ")
    if form == 1:
        return f"{value // 1000} tkr"
    if form == 2:
        return f"{value / 1_000_000:.1f} mnkr".replace(".", ",")
    return f"{value:,}:- kr".replace(",", " ")


def _body(rng: random.Random, case: _Case) -> list[str]:
    start = case.date + dt.timedelta(days=rng.randrange(30, 200))
    end = start + dt.timedelta(days=rng.randrange(90, 900))
    return [
        "Sammanfattning",
        f"{case.unit} har tagit fram ett underlag i ärendet. " + rng.choice(FILLER),
        f"Kostnaderna beräknas till {_amount(rng)} för genomförandet och {_amount(rng)} för "
        f"oförutsedda kostnader. Driftkostnaden beräknas till {_amount(rng)} per år.",
        f"Arbetet planeras att genomföras under perioden {start.isoformat()}–{end.isoformat()}."
        if rng.random() < 0.5
        else f"Projektet pågår från och med {_long_date(start)} till och med {_long_date(end)}.",
        rng.choice(FILLER),
    ]


def _wrap(paragraph: str, width: int = 88) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def case_pages(seed: int, *, pages: int = 1, lines_per_page: int = 46) -> list[str]:
    """The page texts of one synthetic case document (one line per visual line).

    >>> pages = case_pages(3, pages=2)
    >>> len(pages)
    2
    >>> case_pages(3, pages=2) == pages
    True
    >>> "Förslag till beslut" in "\\n".join(pages)
    True
    """
    rng = random.Random(seed)
    case = _case(rng)
    head = [
        f"{case.organisation}                                        {case.doc_type}",
        f"{case.committee}",
        "",
        "Datum                     Dnr",
        f"{case.date.isoformat()}                {case.dnr}",
        "",
        case.title,
        "",
    ]
    proposals = [
        "Förslag till beslut",
        f"1. {case.committee} godkänner {case.title[0].lower()}{case.title[1:]}.",
        f"2. Kostnaden om högst {_amount(rng)} finansieras inom befintlig ram.",
        f"3. Beslutet gäller från och med {_long_date(case.date + dt.timedelta(days=30))}.",
    ]
    signature = [
        "",
        f"Handläggare: {case.officer}, {case.email}",
        "",
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        rng.choice(TITLES),
    ]
    paragraphs = _body(rng, case)
    body: list[str] = []
    for paragraph in paragraphs:
        body += [*_wrap(paragraph), ""]
    filler: list[str] = []
    while (
        len(head) + len(body) + len(filler) + len(proposals) + len(signature)
        < (pages * lines_per_page - 2 * pages)
        and pages > 1
    ):
        filler += [*_wrap(rng.choice(FILLER)), ""]
    lines = head + proposals + [""] + body + filler + signature
    footer = f"{case.unit}                    {case.committee}"
    out: list[str] = []
    per_page = max(1, len(lines) // pages + (len(lines) % pages > 0))
    for number in range(pages):
        chunk = lines[number * per_page : (number + 1) * per_page]
        header = [] if number == 0 else [f"{case.organisation}   Dnr {case.dnr}", ""]
        out.append("\n".join([*header, *chunk, "", f"{footer}   Sida {number + 1}"]))
    return out


def write_pdf(path: Path, pages: Sequence[str]) -> Path:
    """A text PDF (A4, Helvetica 10 pt) with one PDF page per page text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    _width, height = A4
    for text in pages:
        y = height - 56
        for line in text.split("\n"):
            # Runs of >= 2 spaces start a column further right, like a letterhead table.
            x = 56.0
            for i, part in enumerate(line.split("  ")):
                if not part.strip():
                    x += 6 if i else 0
                    continue
                pdf.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 10)
                pdf.drawString(x, y, part.strip())
                x += pdf.stringWidth(part.strip(), "Helvetica", 10) + 40
            y -= 14
            if y < 40:
                break
        pdf.showPage()
    pdf.save()
    return path


def write_docx(path: Path, pages: Sequence[str]) -> Path:
    """A DOCX with one paragraph per line and a page break between pages."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for number, text in enumerate(pages):
        if number:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for line in text.split("\n"):
            document.add_paragraph("\t".join(p.strip() for p in line.split("  ") if p.strip()))
    # python-docx stamps the current time into core properties; fix it for reproducible bytes.
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.core_properties.last_printed = dt.datetime(2024, 1, 1)
    document.save(str(path))
    return path


def write_txt(path: Path, pages: Sequence[str]) -> Path:
    """UTF-8 text, pages separated by form feeds."""
    path.write_text("\f".join(pages) + "\n", encoding="utf-8")
    return path


def write_document(path: Path, pages: Sequence[str]) -> Path:
    """Write ``pages`` in the format named by the extension of ``path``."""
    suffix = path.suffix.lower().lstrip(".")
    writers = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}
    if suffix not in writers:
        raise ValueError(f"{path}: unknown format {suffix!r} (use one of {FORMATS})")
    return writers[suffix](path, pages)


def build_pdf(path: Path, pages: int, *, seed: int = 0) -> Path:
    """One N-page text PDF (for benchmarks of long documents)."""
    return write_pdf(path, case_pages(seed, pages=pages))


def build_corpus(
    out_dir: Path,
    count: int,
    *,
    formats: Iterable[str] = ("pdf",),
    pages: tuple[int, int] = (1, 3),
    seed: int = 0,
    prefix: str = "case",
) -> list[Path]:
    """Write ``count`` documents into ``out_dir`` (cycling through ``formats``).

    Page counts are drawn from ``pages`` (inclusive range); file names are
    ``{prefix}_{index:05d}.{format}``.  Returns the paths in order.
    """
    kinds = list(formats)
    for kind in kinds:
        if kind not in FORMATS:
            raise ValueError(f"unknown format {kind!r} (use one of {FORMATS})")
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        n_pages = rng.randint(pages[0], pages[1])
        path = out_dir / f"{prefix}_{index:05d}.{kind}"
        write_document(path, case_pages(seed * 1_000_003 + index, pages=n_pages))
        written.append(path)
    return written


def page_range(value: str) -> tuple[int, int]:
    low, _, high = value.partition("-")
    return int(low), int(high or low)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--pages", type=page_range, default=(1, 3), help="N or LOW-HIGH")
    parser.add_argument("--formats", default="pdf", help="comma-separated: pdf,docx,txt")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--prefix", default="case")
    args = parser.parse_args(argv)
    paths = build_corpus(
        args.out_dir,
        args.count,
        formats=[f.strip() for f in args.formats.split(",") if f.strip()],
        pages=args.pages,
        seed=args.seed,
        prefix=args.prefix,
    )
    print(f"wrote {len(paths)} documents to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
