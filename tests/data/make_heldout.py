"""Write the hand-labelled held-out corpus in tests/data/heldout/.

Each document is a Python data structure: its pages as lines of a small markup
(below), its running header/footer, and its truth, written by hand from
/work/shared/corpus/LABELING.md next to the text it describes. The script renders
the same document to TXT (wrapped or unwrapped, padded or merged columns), DOCX
(python-docx; tables for column rows, header/footer parts with PAGE/NUMPAGES
fields, Word automatic numbering for proposals where asked) and PDF (reportlab,
columns drawn at x positions, running header/footer on every page), and writes
``X.<ext>`` with ``X.truth.json`` beside it (X ends in ``_docx``/``_pdf`` for the
other renderings of a TXT document) (the truth is identical across formats
except ``meta``).

Markup, one item per line of a page:

* ``""``            blank line (paragraph break)
* ``"# Text"``      a heading (bold in DOCX/PDF)
* ``"a | b | c"``   one visual line of side-by-side columns (a table row in DOCX)
* ``"1. Text"``     a numbered proposal (DOCX with ``autonum``: style "List Number",
                    the number is not in the text)
* anything else     a paragraph (wrapped in TXT when the document has ``wrap``)

Run: ``.venv/bin/python tests/data/make_heldout.py`` (needs python-docx and reportlab).
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "heldout"

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(.*)$")


@dataclass
class Doc:
    name: str
    family: str
    pages: list[list[str]]
    truth: dict[str, Any]
    header: list[str] = field(default_factory=list)  # running header, "{page}"/"{pages}"
    footer: list[str] = field(default_factory=list)  # running footer
    wrap: int | None = None  # TXT wrap width (None = unwrapped paragraphs)
    pad: bool = True  # TXT columns padded (True) or merged with one space (False)
    formats: tuple[str, ...] = ("txt",)
    autonum: bool = False  # DOCX: proposals with Word automatic numbering


def truth(**kw: Any) -> dict[str, Any]:
    """A truth record with the contract keys in contract order; unset keys empty/null."""
    base: dict[str, Any] = {
        "doc_type": None,
        "diarienummer": None,
        "references": [],
        "title": None,
        "organisation": None,
        "committee": None,
        "unit": None,
        "document_date": None,
        "case_officer": None,
        "dates": [],
        "periods": [],
        "amounts": [],
        "proposals": [],
        "proposal_heading": None,
        "signatories": [],
        "recipients": [],
        "personal_identity_numbers": [],
        "expected_issue_codes": [],
    }
    unknown = set(kw) - set(base)
    assert not unknown, unknown
    base.update(kw)
    base["dates"] = [{"date": d} for d in base["dates"]]
    base["periods"] = [{"start": s, "end": e} for s, e in base["periods"]]
    base["amounts"] = [{"value": v, "currency": c, "qualifier": q} for v, c, q in base["amounts"]]
    base["proposals"] = [{"number": n, "text": t} for n, t in base["proposals"]]
    base["signatories"] = [{"name": n, "title": t} for n, t in base["signatories"]]
    base["personal_identity_numbers"] = [
        {"text": t, "valid": v} for t, v in base["personal_identity_numbers"]
    ]
    return base


def officer(name: str, email: str | None) -> dict[str, Any]:
    return {"name": name, "email": email}


def luhn_ok(pnr: str) -> bool:
    """Luhn check of the 10-digit form (used only to assert the hand labels)."""
    digits = re.sub(r"\D", "", pnr)[-10:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


# --------------------------------------------------------------------------- documents
DOCS: list[Doc] = []

# ---- D: beslut by one official -------------------------------------------------------

DOCS.append(
    Doc(
        name="ho_d01_uppsala_rektor",
        family="D",
        wrap=80,
        formats=("txt", "docx", "pdf"),
        autonum=True,
        pages=[
            [
                "UPPSALA UNIVERSITET | BESLUT",
                "Ledningskansliet | Datum: 2024-05-14",
                " | Dnr UFV 2024/1187",
                "",
                "# Inrättande av Centrum för hållbar vattenförvaltning",
                "",
                "# Bakgrund",
                "Vid Institutionen för geovetenskaper har sedan hösten 2022 bedrivits ett "
                "tvärvetenskapligt samarbete om vattenförvaltning i ett förändrat klimat. "
                "Fakultetsnämnden för naturvetenskap och teknik beslutade den 12 mars 2024 att "
                "tillstyrka att samarbetet ges formen av ett centrum (dnr TEKNAT 2024/88).",
                "",
                "Centrumet föreslås inrättas för tiden från och med 1 juli 2024 till och med "
                "30 juni 2029. Institutionen bidrar med lokaler och administrativt stöd. Rektor "
                "avsätter 1 500 000 kronor per år ur rektors strategiska medel. Den sammanlagda "
                "kostnaden för universitetet får uppgå till högst 7,5 mnkr under hela perioden.",
                "",
                "# Rektors beslut",
                "1. Centrum för hållbar vattenförvaltning inrättas vid Institutionen för "
                "geovetenskaper för tiden 2024-07-01–2029-06-30.",
                "2. Centrumet tilldelas 1 500 000 kronor per år ur rektors strategiska medel.",
                "3. Dekanus för teknisk-naturvetenskapliga fakulteten ges i uppdrag att utse en "
                "föreståndare.",
                "",
                "Beslut i detta ärende har fattats av rektor Karin Ekström efter föredragning "
                "av utredaren Per Sundqvist.",
                "",
                "Karin Ekström | Per Sundqvist",
                "",
                "Beslutet skickas till",
                "Fakultetsnämnden för naturvetenskap och teknik",
                "Institutionen för geovetenskaper",
                "Ekonomiavdelningen",
            ]
        ],
        truth=truth(
            doc_type="beslut",
            diarienummer="UFV 2024/1187",
            references=["TEKNAT 2024/88"],
            title="Inrättande av Centrum för hållbar vattenförvaltning",
            organisation="Uppsala universitet",
            unit="Ledningskansliet",
            document_date="2024-05-14",
            dates=[
                "2024-05-14",
                "2024-03-12",
                "2024-07-01",
                "2029-06-30",
                "2024-07-01",
                "2029-06-30",
            ],
            periods=[("2024-07-01", "2029-06-30")],
            amounts=[
                (1500000, "SEK", "per_year"),
                (7500000, "SEK", "max"),
                (1500000, "SEK", "per_year"),
            ],
            proposals=[
                (
                    1,
                    "Centrum för hållbar vattenförvaltning inrättas vid Institutionen för "
                    "geovetenskaper för tiden 2024-07-01–2029-06-30.",
                ),
                (2, "Centrumet tilldelas 1 500 000 kronor per år ur rektors strategiska medel."),
                (
                    3,
                    "Dekanus för teknisk-naturvetenskapliga fakulteten ges i uppdrag att utse en "
                    "föreståndare.",
                ),
            ],
            proposal_heading="Rektors beslut",
            signatories=[("Karin Ekström", None), ("Per Sundqvist", None)],
            recipients=[
                "Fakultetsnämnden för naturvetenskap och teknik",
                "Institutionen för geovetenskaper",
                "Ekonomiavdelningen",
            ],
        ),
    )
)

# Injected: amount_exceeds_max (decision 4 100 000 > body max 3,8 mnkr).
DOCS.append(
    Doc(
        name="ho_d02_naturvardsverket_gd",
        family="D",
        wrap=None,
        pages=[
            [
                "Naturvårdsverket | BESLUT",
                "Miljöanalysavdelningen | 2024-09-03",
                "Kontaktperson: Jonas Westerlund | Ärendenummer: NV-04512-24",
                "jonas.westerlund@naturvardsverket.se | Er beteckning: 511-2231-2024",
                "",
                "Länsstyrelsen i Norrbottens län",
                "971 86 Luleå",
                "",
                "# Beslut om bidrag till kalkning av sjöar och vattendrag i Norrbottens län 2025",
                "",
                "# Ärendet",
                "Länsstyrelsen i Norrbottens län inkom den 15 april 2024 med en ansökan om "
                "bidrag med 4 200 000 kronor för kalkningsverksamhet under perioden "
                "2025-01-01–2025-12-31. Ansökan omfattar 38 sjöar och 112 km vattendrag.",
                "",
                "# Skälen för beslutet",
                "Enligt förordningen (2018:1477) fördelar Naturvårdsverket medel till "
                "länsstyrelserna. För Norrbottens län får bidraget uppgå till högst 3,8 mnkr "
                "enligt den fördelningsram som fastställdes 2024-02-20.",
                "",
                "# Beslut",
                "Naturvårdsverket beviljar Länsstyrelsen i Norrbottens län bidrag med "
                "4 100 000 kronor för kalkningsverksamhet under 2025.",
                "",
                "Beslut i detta ärende har fattats av generaldirektören Ingrid Bergvall efter "
                "föredragning av handläggaren Jonas Westerlund. I den slutliga handläggningen "
                "har även avdelningschefen Eva Lundmark deltagit.",
                "",
                "Ingrid Bergvall",
                "",
                "Jonas Westerlund",
                "",
                "Kopia till",
                "Havs- och vattenmyndigheten",
            ]
        ],
        truth=truth(
            doc_type="beslut",
            diarienummer="NV-04512-24",
            references=["511-2231-2024"],
            title="Beslut om bidrag till kalkning av sjöar och vattendrag i Norrbottens län 2025",
            organisation="Naturvårdsverket",
            unit="Miljöanalysavdelningen",
            document_date="2024-09-03",
            case_officer=officer("Jonas Westerlund", "jonas.westerlund@naturvardsverket.se"),
            dates=["2024-09-03", "2024-04-15", "2025-01-01", "2025-12-31", "2024-02-20"],
            periods=[("2025-01-01", "2025-12-31")],
            amounts=[(4200000, "SEK", None), (3800000, "SEK", "max"), (4100000, "SEK", None)],
            proposals=[
                (
                    None,
                    "Naturvårdsverket beviljar Länsstyrelsen i Norrbottens län bidrag med "
                    "4 100 000 kronor för kalkningsverksamhet under 2025.",
                ),
            ],
            proposal_heading="Beslut",
            signatories=[("Ingrid Bergvall", None), ("Jonas Westerlund", None)],
            recipients=["Havs- och vattenmyndigheten"],
            expected_issue_codes=["amount_exceeds_max"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_d03_ltu_rektor",
        family="D",
        wrap=84,
        formats=("txt", "docx", "pdf"),
        autonum=True,
        pages=[
            [
                "LULEÅ TEKNISKA UNIVERSITET | Rektorsbeslut",
                "Personalavdelningen | ",
                "Datum | Diarienummer",
                "2024-11-26 | LTU-4120-2024",
                "",
                "# Anställning av gästprofessor i geoteknik",
                "",
                "# Bakgrund",
                "Institutionen för samhällsbyggnad och naturresurser har föreslagit att "
                "Helena Marklund, 19780523-2381, anställs som gästprofessor i geoteknik. "
                "Anställningen finansieras med ett anslag om 1 200 000 kr från "
                "Vetenskapsrådet och görs i samverkan med Linköpings universitet "
                "(LiU-2024-03318).",
                "",
                "Lönen har fastställts till 68 500 kr per månad. Anställningen avses gälla "
                "fr.o.m. 2025-01-01 t.o.m. 2026-06-30. Fakultetsnämnden tillstyrkte förslaget "
                "den 4 november 2024.",
                "",
                "# Beslut",
                "1. Helena Marklund anställs som gästprofessor i geoteknik vid Institutionen "
                "för samhällsbyggnad och naturresurser från och med 1 januari 2025 till och "
                "med 30 juni 2026.",
                "2. Anställningen omfattar 50 procent av heltid.",
                "3. Kostnaden belastar institutionens anslag från Vetenskapsrådet.",
                "",
                "Beslut i detta ärende har fattats av rektor Anders Nyström efter "
                "föredragning av personalhandläggaren Linnea Kallin.",
                "",
                "Anders Nyström",
                "Linnea Kallin",
                "",
                "Beslutet expedieras till",
                "Institutionen för samhällsbyggnad och naturresurser",
                "Löneenheten",
            ]
        ],
        truth=truth(
            doc_type="beslut",
            diarienummer="LTU-4120-2024",
            references=["LiU-2024-03318"],
            title="Anställning av gästprofessor i geoteknik",
            organisation="Luleå tekniska universitet",
            unit="Personalavdelningen",
            document_date="2024-11-26",
            dates=[
                "2024-11-26",
                "2025-01-01",
                "2026-06-30",
                "2024-11-04",
                "2025-01-01",
                "2026-06-30",
            ],
            periods=[("2025-01-01", "2026-06-30")],
            amounts=[(1200000, "SEK", None), (68500, "SEK", None)],
            proposals=[
                (
                    1,
                    "Helena Marklund anställs som gästprofessor i geoteknik vid Institutionen "
                    "för samhällsbyggnad och naturresurser från och med 1 januari 2025 till och "
                    "med 30 juni 2026.",
                ),
                (2, "Anställningen omfattar 50 procent av heltid."),
                (3, "Kostnaden belastar institutionens anslag från Vetenskapsrådet."),
            ],
            proposal_heading="Beslut",
            signatories=[("Anders Nyström", None), ("Linnea Kallin", None)],
            recipients=["Institutionen för samhällsbyggnad och naturresurser", "Löneenheten"],
            personal_identity_numbers=[("19780523-2381", True)],
        ),
    )
)

# Injected: diarienummer_year_after_document (C2025/318 on a decision dated 2024).
DOCS.append(
    Doc(
        name="ho_d04_lansstyrelsen_landshovding",
        family="D",
        wrap=78,
        pad=False,
        pages=[
            [
                "LÄNSSTYRELSEN GÄVLEBORG | BESLUT",
                "Enheten för samhällsskydd | Datum 2 december 2024 | Diarienummer C2025/318",
                "",
                "# Fördelning av medel för krisberedskap till kommunerna i Gävleborgs län",
                "",
                "# Redogörelse för ärendet",
                "Myndigheten för samhällsskydd och beredskap har tilldelat länsstyrelsen "
                "2 450 000 kr för fördelning till kommunerna för åren 2025–2026 (MSB 2024-08812). "
                "Medlen ska användas till att stärka kommunernas krisberedskap. Varje kommun "
                "tilldelas ett grundbelopp om 100 000 kronor och därutöver ett belopp efter "
                "antalet invånare.",
                "",
                "# Beslut",
                "- Länsstyrelsen fördelar 2 450 000 kr till kommunerna i Gävleborgs län enligt "
                "bilaga 1.",
                "- Medlen ska redovisas senast den 31 mars 2027.",
                "",
                "Detta beslut har fattats av landshövding Maria Engström. I den slutliga "
                "handläggningen har även beredskapsdirektör Tomas Hjort, föredragande, deltagit.",
                "",
                "Maria Engström",
                "Tomas Hjort",
                "",
                "Sändlista",
                "Kommunerna i Gävleborgs län",
                "Myndigheten för samhällsskydd och beredskap",
            ]
        ],
        truth=truth(
            doc_type="beslut",
            diarienummer="C2025/318",
            references=["MSB 2024-08812"],
            title="Fördelning av medel för krisberedskap till kommunerna i Gävleborgs län",
            organisation="Länsstyrelsen Gävleborg",
            unit="Enheten för samhällsskydd",
            document_date="2024-12-02",
            dates=["2024-12-02", "2027-03-31"],
            periods=[("2025-01-01", "2026-12-31")],
            amounts=[(2450000, "SEK", None), (100000, "SEK", None), (2450000, "SEK", None)],
            proposals=[
                (
                    None,
                    "Länsstyrelsen fördelar 2 450 000 kr till kommunerna i Gävleborgs län "
                    "enligt bilaga 1.",
                ),
                (None, "Medlen ska redovisas senast den 31 mars 2027."),
            ],
            proposal_heading="Beslut",
            signatories=[("Maria Engström", None), ("Tomas Hjort", None)],
            recipients=[
                "Kommunerna i Gävleborgs län",
                "Myndigheten för samhällsskydd och beredskap",
            ],
            expected_issue_codes=["diarienummer_year_after_document"],
        ),
    )
)

# ---- E: delegationsbeslut -------------------------------------------------------------

DOCS.append(
    Doc(
        name="ho_e01_orebro_bistand",
        family="E",
        wrap=None,
        formats=("txt", "docx", "pdf"),
        pages=[
            [
                "Örebro kommun | DELEGATIONSBESLUT",
                "Vuxenförvaltningen | ",
                "",
                "Beslutsdatum | Dnr | Handläggare",
                "2024-10-08 | SN 2024.1432 | Sofia Berglund",
                " | | sofia.berglund@orebro.se",
                "",
                "# Ansökan om ekonomiskt bistånd till tandvård",
                "",
                "Sökande: Ahmed Hassan, 850317-2499",
                "",
                "# Utredning",
                "Sökanden har den 24 september 2024 ansökt om ekonomiskt bistånd till "
                "tandvård. Enligt kostnadsförslag från Folktandvården daterat 2024-09-19 "
                "uppgår kostnaden till 8 900 kronor, varav 2 450 kronor bekostas av "
                "tandvårdsstödet. Sökanden har haft ekonomiskt bistånd sedan mars 2023.",
                "",
                "Behandlingen planeras under oktober–december 2024.",
                "",
                "# Beslut",
                "Vuxenförvaltningen beviljar, med stöd av delegation från Socialnämnden, "
                "ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen (2001:453) med 6 450 kr "
                "för tandvård.",
                "",
                "Beslutande",
                "",
                "Sofia Berglund",
                "Socialsekreterare",
                "",
                "Beslutet skickas till",
                "Sökanden",
            ]
        ],
        truth=truth(
            doc_type="delegationsbeslut",
            diarienummer="SN 2024.1432",
            title="Ansökan om ekonomiskt bistånd till tandvård",
            organisation="Örebro kommun",
            committee="Socialnämnden",
            unit="Vuxenförvaltningen",
            document_date="2024-10-08",
            case_officer=officer("Sofia Berglund", "sofia.berglund@orebro.se"),
            dates=["2024-10-08", "2024-09-24", "2024-09-19"],
            periods=[("2024-10-01", "2024-12-31")],
            amounts=[(8900, "SEK", None), (2450, "SEK", None), (6450, "SEK", None)],
            proposals=[
                (
                    None,
                    "Vuxenförvaltningen beviljar, med stöd av delegation från Socialnämnden, "
                    "ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen (2001:453) med "
                    "6 450 kr för tandvård.",
                ),
            ],
            proposal_heading="Beslut",
            signatories=[("Sofia Berglund", "Socialsekreterare")],
            recipients=["Sökanden"],
            personal_identity_numbers=[("850317-2499", True)],
        ),
    )
)

# Injected: invalid_personnummer (19411106-4423 fails the Luhn check).
DOCS.append(
    Doc(
        name="ho_e02_skelleftea_bostadsanpassning",
        family="E",
        wrap=86,
        formats=("txt", "docx", "pdf"),
        pages=[
            [
                "SKELLEFTEÅ KOMMUN",
                "Samhällsbyggnad",
                "",
                "DELEGATIONSBESLUT",
                "",
                "Beslutsdatum: 8 november 2024",
                "Dnr: SBN 2024/877",
                "Handläggare: Mikael Öberg, mikael.oberg@skelleftea.se",
                "",
                "# Bostadsanpassningsbidrag för ombyggnad av badrum",
                "",
                "Sökande: Gunnel Lindqvist, 19411106-4423",
                "Fastighet: Solbacken 4:12",
                "",
                "# Ärendet",
                "Sökanden ansökte den 2 oktober 2024 om bidrag för att ersätta badkar med "
                "duschplats. Arbetsterapeutens intyg är daterat 2024-09-27. Entreprenörens "
                "offert uppgår till 92 400 kronor inklusive moms. Enligt lagen (2018:222) om "
                "bostadsanpassningsbidrag lämnas bidrag för skäliga kostnader.",
                "",
                "# Beslut",
                "Samhällsbyggnad beviljar med stöd av delegation från Samhällsbyggnadsnämnden "
                "bostadsanpassningsbidrag med 85 000 kronor. Åtgärden ska vara utförd senast "
                "2025-06-30.",
                "",
                "Beslutande",
                "Mikael Öberg",
                "Bostadsanpassningshandläggare",
                "",
                "Expedieras till",
                "Sökanden",
                "Entreprenören",
            ]
        ],
        truth=truth(
            doc_type="delegationsbeslut",
            diarienummer="SBN 2024/877",
            title="Bostadsanpassningsbidrag för ombyggnad av badrum",
            organisation="Skellefteå kommun",
            committee="Samhällsbyggnadsnämnden",
            unit="Samhällsbyggnad",
            document_date="2024-11-08",
            case_officer=officer("Mikael Öberg", "mikael.oberg@skelleftea.se"),
            dates=["2024-11-08", "2024-10-02", "2024-09-27", "2025-06-30"],
            amounts=[(92400, "SEK", None), (85000, "SEK", None)],
            proposals=[
                (
                    None,
                    "Samhällsbyggnad beviljar med stöd av delegation från "
                    "Samhällsbyggnadsnämnden bostadsanpassningsbidrag med 85 000 kronor. "
                    "Åtgärden ska vara utförd senast 2025-06-30.",
                ),
            ],
            proposal_heading="Beslut",
            signatories=[("Mikael Öberg", "Bostadsanpassningshandläggare")],
            recipients=["Sökanden", "Entreprenören"],
            personal_identity_numbers=[("19411106-4423", False)],
            expected_issue_codes=["invalid_personnummer"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_e03_malmo_servering",
        family="E",
        wrap=None,
        pad=False,
        pages=[
            [
                "Malmö stad | Delegationsbeslut",
                "Arbetsmarknads- och socialförvaltningen",
                "Beslutsdatum 2025-01-20 | Dnr SOF-2025-00142",
                "",
                "# Tillfälligt serveringstillstånd till slutet sällskap",
                "",
                "Sökande: Föreningen Kulturhuset Möllan, org.nr 802456-1234",
                "",
                "# Ansökan",
                "Föreningen har den 9 januari 2025 ansökt om tillfälligt serveringstillstånd "
                "för en jubileumsfest för cirka 180 medlemmar. Serveringen avser tiden "
                "2025-02-14 – 2025-02-15 mellan kl. 18.00 och 01.00. Ansökningsavgiften om "
                "2 400 kr är betald.",
                "",
                "# Beslut",
                "Arbetsmarknads- och socialförvaltningen beviljar med stöd av delegation från "
                "Socialnämnden tillfälligt serveringstillstånd för spritdrycker, vin, starköl "
                "och andra jästa alkoholdrycker till slutet sällskap den 14 februari 2025.",
                "",
                "Beslutande",
                "Camilla Nordin",
                "Tillståndshandläggare",
                "",
                "Beslutet skickas till",
                "Sökanden",
                "Polismyndigheten",
            ]
        ],
        truth=truth(
            doc_type="delegationsbeslut",
            diarienummer="SOF-2025-00142",
            title="Tillfälligt serveringstillstånd till slutet sällskap",
            organisation="Malmö stad",
            committee="Socialnämnden",
            unit="Arbetsmarknads- och socialförvaltningen",
            document_date="2025-01-20",
            dates=["2025-01-20", "2025-01-09", "2025-02-14", "2025-02-15", "2025-02-14"],
            periods=[("2025-02-14", "2025-02-15")],
            amounts=[(2400, "SEK", None)],
            proposals=[
                (
                    None,
                    "Arbetsmarknads- och socialförvaltningen beviljar med stöd av delegation "
                    "från Socialnämnden tillfälligt serveringstillstånd för spritdrycker, vin, "
                    "starköl och andra jästa alkoholdrycker till slutet sällskap den "
                    "14 februari 2025.",
                ),
            ],
            proposal_heading="Beslut",
            signatories=[("Camilla Nordin", "Tillståndshandläggare")],
            recipients=["Sökanden", "Polismyndigheten"],
        ),
    )
)

# ---- F: full sammanträdesprotokoll ----------------------------------------------------

DOCS.append(
    Doc(
        name="ho_f01_kiruna_bun",
        family="F",
        wrap=80,
        formats=("txt", "docx", "pdf"),
        header=[
            "Kiruna kommun | SAMMANTRÄDESPROTOKOLL | Sida {page} av {pages}",
            "Barn- och utbildningsnämnden | Sammanträdesdatum 2024-06-11 | ",
        ],
        footer=["Justerandes sign | Utdragsbestyrkande"],
        pages=[
            [
                "Plats och tid: Kommunhuset, Kiruna, kl. 13.00–16.10",
                "Beslutande: Lars Nilsson (S), ordförande, Anna-Karin Eriksson (M), "
                "Erik Holm (V), Sara Lantto (C), Johan Pekkari (SD)",
                "Övriga: Sanna Rova, förvaltningschef, Anna Persson, sekreterare",
                "Justeringens plats och tid: Kommunhuset 2024-06-14",
                "Paragrafer: 45–48",
                "",
                "§ 45",
                "# Val av justerare",
                "# Beslut",
                "Barn- och utbildningsnämnden utser Erik Holm (V) att jämte ordföranden "
                "justera protokollet.",
                "",
                "§ 46 | Dnr BUN 2024/211",
                "# Budgetuppföljning per maj 2024",
                "Förvaltningen redovisar budgetuppföljningen för perioden januari–maj 2024. "
                "Prognosen för helåret visar ett underskott om 3,2 mnkr, främst inom "
                "förskolan där antalet barn har ökat med 45 sedan hösten.",
                "# Beslut",
                "1. Barn- och utbildningsnämnden godkänner budgetuppföljningen.",
                "2. Förvaltningen får i uppdrag att redovisa åtgärder för att minska "
                "underskottet vid nämndens sammanträde den 17 september 2024.",
                "",
                "Beslutet skickas till",
                "Ekonomienheten",
            ],
            [
                "§ 47 | Dnr BUN 2024/198",
                "# Riktlinjer för skolskjuts",
                "Förvaltningen har reviderat riktlinjerna för skolskjuts. Kostnaden för "
                "skolskjuts beräknas till 14,6 mnkr per år. Riktlinjerna föreslås gälla från "
                "och med 2024-08-15.",
                "# Beslut",
                "1. Barn- och utbildningsnämnden antar riktlinjer för skolskjuts enligt bilaga.",
                "2. Riktlinjerna gäller från och med 2024-08-15.",
                "",
                "Beslutet skickas till",
                "Skolskjutsenheten",
                "Rektorerna",
                "",
                "§ 48 | Dnr BUN 2024/14",
                "# Anmälan av delegationsbeslut",
                "Delegationsbeslut fattade under perioden 2024-05-01–2024-05-31 anmäls till "
                "nämnden.",
                "# Beslut",
                "Anmälan läggs till handlingarna.",
                "",
                "Underskrifter",
                "",
                "Sekreterare | Anna Persson",
                "",
                "Ordförande | Lars Nilsson",
                "",
                "Justerare | Erik Holm",
            ],
        ],
        truth=truth(
            doc_type="other",
            references=["BUN 2024/211", "BUN 2024/198", "BUN 2024/14"],
            organisation="Kiruna kommun",
            committee="Barn- och utbildningsnämnden",
            document_date="2024-06-11",
            dates=[
                "2024-06-11",
                "2024-06-14",
                "2024-09-17",
                "2024-08-15",
                "2024-08-15",
                "2024-05-01",
                "2024-05-31",
            ],
            periods=[("2024-01-01", "2024-05-31"), ("2024-05-01", "2024-05-31")],
            amounts=[(3200000, "SEK", None), (14600000, "SEK", "per_year")],
            proposals=[
                (
                    None,
                    "Barn- och utbildningsnämnden utser Erik Holm (V) att jämte ordföranden "
                    "justera protokollet.",
                ),
                (1, "Barn- och utbildningsnämnden godkänner budgetuppföljningen."),
                (
                    2,
                    "Förvaltningen får i uppdrag att redovisa åtgärder för att minska "
                    "underskottet vid nämndens sammanträde den 17 september 2024.",
                ),
                (1, "Barn- och utbildningsnämnden antar riktlinjer för skolskjuts enligt bilaga."),
                (2, "Riktlinjerna gäller från och med 2024-08-15."),
                (None, "Anmälan läggs till handlingarna."),
            ],
            proposal_heading="Beslut",
            signatories=[
                ("Anna Persson", "Sekreterare"),
                ("Lars Nilsson", "Ordförande"),
                ("Erik Holm", "Justerare"),
            ],
            recipients=["Ekonomienheten", "Skolskjutsenheten", "Rektorerna"],
        ),
    )
)

# Injected: invalid_date (2024-02-30).
DOCS.append(
    Doc(
        name="ho_f02_kalmar_rsau",
        family="F",
        wrap=None,
        pages=[
            [
                "REGION KALMAR LÄN",
                "PROTOKOLL",
                "Regionstyrelsens arbetsutskott",
                "Sammanträdesdatum: 12 mars 2024",
                "Plats: Regionhuset, Kalmar",
                "Paragrafer: 30–33",
                "",
                "§ 30",
                "# Val av justerare",
                "# Beslut",
                "Arbetsutskottet utser Kristina Ek att jämte ordföranden justera protokollet.",
                "",
                "§ 31 Dnr RS 2024/145",
                "# Yttrande över remiss om länstransportplan",
                "Trafikverket har den 5 februari 2024 remitterat förslaget till nationell plan "
                "för transportinfrastruktur (TRV 2024/12345). Yttrandet ska ha kommit in senast "
                "2024-02-30.",
                "# Beslut",
                "Regionstyrelsens arbetsutskott överlämnar yttrandet till Trafikverket som sitt "
                "eget.",
                "",
                "Utdrag till",
                "Trafikverket",
                "",
                "§ 32 Dnr RS 2023/988",
                "# Medfinansiering av projektet Smart landsbygd",
                "Projektet pågår 2024-04-01 till 2026-03-31 och har en total budget på "
                "4,8 mnkr. Region Kalmar län föreslås medfinansiera projektet med högst "
                "600 000 kronor, vilket motsvarar 300 000 kronor per år.",
                "# Beslut",
                "1. Regionstyrelsens arbetsutskott beviljar medfinansiering med 600 000 kronor "
                "till projektet Smart landsbygd under perioden 2024-04-01–2026-03-31.",
                "2. Medlen tas från det regionala utvecklingsanslaget.",
                "",
                "Utdrag till",
                "Regional utveckling",
                "Projektägaren",
                "",
                "§ 33 Dnr RS 2024/201",
                "# Information om regiondirektörens beslut",
                "# Beslut",
                "Informationen noteras.",
                "",
                "Vid protokollet",
                "",
                "Petra Lund",
                "Sekreterare",
                "",
                "Justeras",
                "",
                "Mats Lindgren",
                "Ordförande",
                "",
                "Kristina Ek",
                "Justerare",
            ]
        ],
        truth=truth(
            doc_type="other",
            references=["RS 2024/145", "TRV 2024/12345", "RS 2023/988", "RS 2024/201"],
            organisation="Region Kalmar län",
            committee="Regionstyrelsens arbetsutskott",
            document_date="2024-03-12",
            dates=[
                "2024-03-12",
                "2024-02-05",
                "2024-04-01",
                "2026-03-31",
                "2024-04-01",
                "2026-03-31",
            ],
            periods=[("2024-04-01", "2026-03-31")],
            amounts=[
                (4800000, "SEK", None),
                (600000, "SEK", "max"),
                (300000, "SEK", "per_year"),
                (600000, "SEK", None),
            ],
            proposals=[
                (
                    None,
                    "Arbetsutskottet utser Kristina Ek att jämte ordföranden justera protokollet.",
                ),
                (
                    None,
                    "Regionstyrelsens arbetsutskott överlämnar yttrandet till Trafikverket "
                    "som sitt eget.",
                ),
                (
                    1,
                    "Regionstyrelsens arbetsutskott beviljar medfinansiering med 600 000 kronor "
                    "till projektet Smart landsbygd under perioden 2024-04-01–2026-03-31.",
                ),
                (2, "Medlen tas från det regionala utvecklingsanslaget."),
                (None, "Informationen noteras."),
            ],
            proposal_heading="Beslut",
            signatories=[
                ("Petra Lund", "Sekreterare"),
                ("Mats Lindgren", "Ordförande"),
                ("Kristina Ek", "Justerare"),
            ],
            recipients=["Trafikverket", "Regional utveckling", "Projektägaren"],
            expected_issue_codes=["invalid_date"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_f03_sundsvall_kf",
        family="F",
        wrap=72,
        pages=[
            [
                "Sundsvalls kommun | PROTOKOLL",
                "Kommunfullmäktige | Sammanträdesdatum",
                " | 2024-04-29",
                "",
                "Tid och plats: Stadshuset, kl. 18.00-21.30",
                "Justerat: 2024-05-06",
                "Paragrafer: §§ 77–80",
                "",
                "§ 77",
                "# Val av justerare",
                "# Beslut",
                "Kommunfullmäktige utser Hanna Kallio (S) och Oskar Nyberg (M) att justera "
                "protokollet.",
                "",
                "§ 78 | KS-2024-00231",
                "# Årsredovisning 2023",
                "Kommunens resultat för 2023 blev 112,4 miljoner kronor. "
                "Balanskravsresultatet uppgår till 96 mnkr.",
                "# Beslut",
                "Kommunfullmäktige godkänner årsredovisningen för 2023.",
                "",
                "Beslutet skickas till",
                "Ekonomiavdelningen",
                "",
                "§ 79 | KS-2024-00198",
                "# Borgen för Sundsvall Energi AB",
                "Sundsvall Energi AB (org.nr 556012-3450) begär kommunal borgen om högst "
                "250 mnkr för investeringar under perioden 2024–2026.",
                "# Beslut",
                "1. Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för "
                "Sundsvall Energi AB:s låneförpliktelser upp till ett högsta belopp om "
                "250 000 000 kronor.",
                "2. Borgensavgiften fastställs till 0,45 procent.",
                "",
                "Beslutet skickas till",
                "Sundsvall Energi AB",
                "Ekonomiavdelningen",
                "",
                "§ 80 | KS-2023-00877",
                "# Svar på motion om solceller på kommunala tak",
                "Eva Sjödin (MP) föreslår i en motion att solceller installeras på alla "
                "kommunala tak. Förvaltningen bedömer kostnaden till cirka 3 500 kr per "
                "kvadratmeter takyta.",
                "# Beslut",
                "Motionen anses besvarad.",
                "",
                "Beslutet skickas till",
                "Motionären",
                "",
                "Underskrifter",
                "Sekreterare",
                "Lena Dahl",
                "",
                "Ordförande",
                "Peter Sjöberg",
                "",
                "Justerare",
                "Hanna Kallio | Oskar Nyberg",
            ]
        ],
        truth=truth(
            doc_type="other",
            references=["KS-2024-00231", "KS-2024-00198", "KS-2023-00877"],
            organisation="Sundsvalls kommun",
            committee="Kommunfullmäktige",
            document_date="2024-04-29",
            dates=["2024-04-29", "2024-05-06"],
            periods=[("2024-01-01", "2026-12-31")],
            amounts=[
                (112400000, "SEK", None),
                (96000000, "SEK", None),
                (250000000, "SEK", "max"),
                (250000000, "SEK", None),
                (3500, "SEK", None),
            ],
            proposals=[
                (
                    None,
                    "Kommunfullmäktige utser Hanna Kallio (S) och Oskar Nyberg (M) att justera "
                    "protokollet.",
                ),
                (None, "Kommunfullmäktige godkänner årsredovisningen för 2023."),
                (
                    1,
                    "Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för "
                    "Sundsvall Energi AB:s låneförpliktelser upp till ett högsta belopp om "
                    "250 000 000 kronor.",
                ),
                (2, "Borgensavgiften fastställs till 0,45 procent."),
                (None, "Motionen anses besvarad."),
            ],
            proposal_heading="Beslut",
            signatories=[
                ("Lena Dahl", "Sekreterare"),
                ("Peter Sjöberg", "Ordförande"),
                ("Hanna Kallio", "Justerare"),
                ("Oskar Nyberg", "Justerare"),
            ],
            recipients=["Ekonomiavdelningen", "Sundsvall Energi AB", "Motionären"],
        ),
    )
)

# ---- G: kommun tjänsteskrivelse "Till Kommunstyrelsen" with a budget table -------------

DOCS.append(
    Doc(
        name="ho_g01_ljusdal_stadsparken",
        family="G",
        wrap=82,
        formats=("txt", "docx", "pdf"),
        autonum=True,
        pages=[
            [
                "Ljusdals kommun | TJÄNSTESKRIVELSE",
                "Samhällsutvecklingsförvaltningen | ",
                "",
                "Datum | Vår beteckning",
                "2024-08-20 | KS 2024/0345",
                "Handläggare | ",
                "Kristoffer Malm, kristoffer.malm@ljusdal.se | ",
                "",
                "Till Kommunstyrelsen",
                "",
                "# Upprustning av Stadsparken i Ljusdal",
                "",
                "# Sammanfattning",
                "Förvaltningen föreslår att Stadsparken rustas upp under åren 2025–2026. "
                "Investeringen beräknas till totalt 2,5 mnkr och fördelas enligt tabellen "
                "nedan.",
                "",
                "Åtgärd | År | Belopp (tkr)",
                "Markarbeten och gångvägar | 2025 | 1 200",
                "Belysning | 2025 | 450",
                "Lekplats | 2026 | 850",
                "Totalt | | 2 500",
                "",
                "Driftkostnaden efter genomförd upprustning beräknas till 120 tkr per år. "
                "Medborgardialog om parkens utformning genomfördes 2024-05-16.",
                "",
                "# Beslutsunderlag",
                "Tjänsteskrivelse 2024-08-20",
                "Skiss Stadsparken, daterad 2024-06-03",
                "",
                "# Kommunstyrelsens förslag till kommunfullmäktige",
                "1. Kommunfullmäktige anvisar 2 500 tkr i investeringsbudgeten för upprustning "
                "av Stadsparken för åren 2025–2026.",
                "2. Driftkostnaden om 120 tkr per år inarbetas i budgeten från och med 2026.",
                "",
                "Kristoffer Malm | Annika Ström",
                "Planeringsingenjör | Förvaltningschef",
                "",
                "Beslutet skickas till",
                "Samhällsutvecklingsförvaltningen",
                "Ekonomienheten",
            ]
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="KS 2024/0345",
            title="Upprustning av Stadsparken i Ljusdal",
            organisation="Ljusdals kommun",
            committee="Kommunstyrelsen",
            unit="Samhällsutvecklingsförvaltningen",
            document_date="2024-08-20",
            case_officer=officer("Kristoffer Malm", "kristoffer.malm@ljusdal.se"),
            dates=["2024-08-20", "2024-05-16", "2024-08-20", "2024-06-03"],
            periods=[("2025-01-01", "2026-12-31")],
            amounts=[
                (2500000, "SEK", "total"),
                (1200000, "SEK", None),
                (450000, "SEK", None),
                (850000, "SEK", None),
                (2500000, "SEK", "total"),
                (120000, "SEK", "per_year"),
                (2500000, "SEK", None),
                (120000, "SEK", "per_year"),
            ],
            proposals=[
                (
                    1,
                    "Kommunfullmäktige anvisar 2 500 tkr i investeringsbudgeten för upprustning "
                    "av Stadsparken för åren 2025–2026.",
                ),
                (2, "Driftkostnaden om 120 tkr per år inarbetas i budgeten från och med 2026."),
            ],
            proposal_heading="Kommunstyrelsens förslag till kommunfullmäktige",
            signatories=[
                ("Kristoffer Malm", "Planeringsingenjör"),
                ("Annika Ström", "Förvaltningschef"),
            ],
            recipients=["Samhällsutvecklingsförvaltningen", "Ekonomienheten"],
        ),
    )
)

# Injected: sum_mismatch (table rows 1 850 + 620 + 340 = 2 810, Totalt row 2 900).
DOCS.append(
    Doc(
        name="ho_g02_mora_feriearbete",
        family="G",
        wrap=90,
        pages=[
            [
                "MORA KOMMUN | Tjänsteskrivelse",
                "Kommunledningsförvaltningen | Datum: 2024-03-05",
                "Handläggare: Jessica Hed | Dnr: KS 2024/112",
                "",
                "Till Kommunstyrelsen",
                "",
                "# Medel för feriearbete för ungdomar sommaren 2024",
                "",
                "# Bakgrund",
                "Kommunen erbjuder sedan 2019 feriearbete till ungdomar som har avslutat "
                "årskurs 9 eller gymnasiets första eller andra år. Sommaren 2024 beräknas 160 "
                "ungdomar delta. Feriearbetet pågår 2024-06-17 till 2024-08-09 i tre perioder "
                "om tre veckor. Kommunen väntas få ett statsbidrag om 450 000 kr.",
                "",
                "Kostnaderna beräknas enligt följande.",
                "",
                "Kostnadsslag | Belopp (tkr)",
                "Löner och arbetsgivaravgifter | 1 850",
                "Handledare | 620",
                "Arbetskläder och material | 340",
                "Totalt | 2 900",
                "",
                "# Förslag till beslut",
                "1) Kommunstyrelsen anvisar 2 900 tkr ur kommunstyrelsens utvecklingsmedel till "
                "feriearbete sommaren 2024.",
                "2) Statsbidraget om 450 000 kr återförs till utvecklingsmedlen.",
                "",
                "Jessica Hed",
                "Arbetsmarknadssamordnare",
                "",
                "Per Grönberg",
                "Kommunchef",
                "",
                "Beslutet ska skickas till",
                "Arbetsmarknadsenheten",
            ]
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="KS 2024/112",
            title="Medel för feriearbete för ungdomar sommaren 2024",
            organisation="Mora kommun",
            committee="Kommunstyrelsen",
            unit="Kommunledningsförvaltningen",
            document_date="2024-03-05",
            case_officer=officer("Jessica Hed", None),
            dates=["2024-03-05", "2024-06-17", "2024-08-09"],
            periods=[("2024-06-17", "2024-08-09")],
            amounts=[
                (450000, "SEK", None),
                (1850000, "SEK", None),
                (620000, "SEK", None),
                (340000, "SEK", None),
                (2900000, "SEK", "total"),
                (2900000, "SEK", None),
                (450000, "SEK", None),
            ],
            proposals=[
                (
                    1,
                    "Kommunstyrelsen anvisar 2 900 tkr ur kommunstyrelsens utvecklingsmedel till "
                    "feriearbete sommaren 2024.",
                ),
                (2, "Statsbidraget om 450 000 kr återförs till utvecklingsmedlen."),
            ],
            proposal_heading="Förslag till beslut",
            signatories=[
                ("Jessica Hed", "Arbetsmarknadssamordnare"),
                ("Per Grönberg", "Kommunchef"),
            ],
            recipients=["Arbetsmarknadsenheten"],
            expected_issue_codes=["sum_mismatch"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_g03_haparanda_interreg",
        family="G",
        wrap=None,
        formats=("txt", "docx", "pdf"),
        pages=[
            [
                "Haparanda stad | TJÄNSTESKRIVELSE",
                "Näringslivsenheten | ",
                "Datum: 2024-10-15 | Dnr: KS 2024/0612",
                "Handläggare: Tiina Alatalo | tiina.alatalo@haparanda.se",
                "",
                "Till Kommunstyrelsen",
                "",
                "# Medfinansiering av Interregprojektet Gränslös handel",
                "",
                "# Ärendebeskrivning",
                "Projektet Gränslös handel drivs tillsammans med Torneå stad och har beviljats "
                "250 000 EUR från Interreg Aurora för perioden 1 januari 2025 till 31 december "
                "2026. Haparanda stads medfinansiering framgår av tabellen.",
                "",
                "Kostnadsslag | År | Belopp (kr)",
                "Projektledning | 2025 | 420 000",
                "Projektledning | 2026 | 430 000",
                "Marknadsföring | 2025–2026 | 150 000",
                "Summa | | 1 000 000",
                "",
                "Medfinansieringen får uppgå till maximalt 1 000 000 kr.",
                "",
                "# Förvaltningens förslag till beslut",
                "1. Kommunstyrelsen beslutar att medfinansiera projektet Gränslös handel med "
                "1 000 000 kr under 2025–2026.",
                "2. Medlen tas ur kommunstyrelsens utvecklingsanslag.",
                "",
                "Tiina Alatalo",
                "Näringslivsutvecklare",
                "",
                "Beslutet skickas till",
                "Torneå stad",
                "Ekonomienheten",
            ]
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="KS 2024/0612",
            title="Medfinansiering av Interregprojektet Gränslös handel",
            organisation="Haparanda stad",
            committee="Kommunstyrelsen",
            unit="Näringslivsenheten",
            document_date="2024-10-15",
            case_officer=officer("Tiina Alatalo", "tiina.alatalo@haparanda.se"),
            dates=["2024-10-15", "2025-01-01", "2026-12-31"],
            periods=[("2025-01-01", "2026-12-31")],
            amounts=[
                (250000, "EUR", None),
                (420000, "SEK", None),
                (430000, "SEK", None),
                (150000, "SEK", None),
                (1000000, "SEK", "total"),
                (1000000, "SEK", "max"),
                (1000000, "SEK", None),
            ],
            proposals=[
                (
                    1,
                    "Kommunstyrelsen beslutar att medfinansiera projektet Gränslös handel med "
                    "1 000 000 kr under 2025–2026.",
                ),
                (2, "Medlen tas ur kommunstyrelsens utvecklingsanslag."),
            ],
            proposal_heading="Förvaltningens förslag till beslut",
            signatories=[("Tiina Alatalo", "Näringslivsutvecklare")],
            recipients=["Torneå stad", "Ekonomienheten"],
        ),
    )
)

# ---- H: region tjänsteskrivelse, running header with dnr and "Sida x av y", e-signatures

DOCS.append(
    Doc(
        name="ho_h01_vasternorrland_lakemedel",
        family="H",
        wrap=84,
        formats=("txt", "docx", "pdf"),
        header=[
            "Region Västernorrland | TJÄNSTESKRIVELSE | Sida {page} av {pages}",
            " | 2024-12-10 | Dnr RS 2024/1187",
        ],
        pages=[
            [
                "Hälso- och sjukvårdsförvaltningen",
                "Handläggare: Jenny Forsberg",
                "E-post: jenny.forsberg@rvn.se",
                "",
                "Till Regionstyrelsen",
                "",
                "# Avtal om läkemedelsautomater för slutenvården",
                "",
                "# Ärendebeskrivning",
                "Regionen har sedan 2019 använt läkemedelsautomater på sex vårdavdelningar. "
                "Nuvarande avtal löper ut 2025-03-31. En upphandling genomfördes under hösten "
                "2024 (se även RS 2023/0412). Det nya avtalet avses gälla under perioden "
                "2025-04-01 till 2029-03-31 med möjlighet till förlängning i två år.",
                "",
                "Avtalets värde beräknas till 3,1 mnkr per år och får uppgå till högst "
                "12,4 mnkr för hela avtalsperioden.",
                "",
                "# Ekonomiska konsekvenser",
                "Den årliga kostnaden fördelas på 2,2 mnkr för leasing, 0,6 mnkr för service "
                "och 0,3 mnkr för licenser, totalt 3,1 mnkr. Kostnaden ryms inom "
                "förvaltningens budget.",
            ],
            [
                "# Förslag till beslut",
                "1. Regionstyrelsen godkänner att avtal om läkemedelsautomater tecknas för "
                "perioden 2025-04-01–2029-03-31 till ett värde av högst 12,4 mnkr.",
                "2. Regiondirektören får i uppdrag att underteckna avtalet.",
                "",
                "# Beslutsunderlag",
                "Tjänsteskrivelse den 10 december 2024",
                "Upphandlingsrapport daterad 2024-11-22",
                "",
                "Signerat elektroniskt",
                "",
                "Kerstin Byström",
                "Hälso- och sjukvårdsdirektör",
                "2024-12-10 15:22:41",
                "",
                "Johan Nordlund",
                "Regiondirektör",
                "2025-01-07 12:03:53",
                "",
                "Beslutet skickas till",
                "Hälso- och sjukvårdsförvaltningen",
                "Regionala upphandlingsenheten",
            ],
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="RS 2024/1187",
            references=["RS 2023/0412"],
            title="Avtal om läkemedelsautomater för slutenvården",
            organisation="Region Västernorrland",
            committee="Regionstyrelsen",
            unit="Hälso- och sjukvårdsförvaltningen",
            document_date="2024-12-10",
            case_officer=officer("Jenny Forsberg", "jenny.forsberg@rvn.se"),
            dates=[
                "2024-12-10",
                "2025-03-31",
                "2025-04-01",
                "2029-03-31",
                "2025-04-01",
                "2029-03-31",
                "2024-12-10",
                "2024-11-22",
                "2024-12-10",
                "2025-01-07",
            ],
            periods=[("2025-04-01", "2029-03-31")],
            amounts=[
                (3100000, "SEK", "per_year"),
                (12400000, "SEK", "max"),
                (2200000, "SEK", None),
                (600000, "SEK", None),
                (300000, "SEK", None),
                (3100000, "SEK", "total"),
                (12400000, "SEK", "max"),
            ],
            proposals=[
                (
                    1,
                    "Regionstyrelsen godkänner att avtal om läkemedelsautomater tecknas för "
                    "perioden 2025-04-01–2029-03-31 till ett värde av högst 12,4 mnkr.",
                ),
                (2, "Regiondirektören får i uppdrag att underteckna avtalet."),
            ],
            proposal_heading="Förslag till beslut",
            signatories=[
                ("Kerstin Byström", "Hälso- och sjukvårdsdirektör"),
                ("Johan Nordlund", "Regiondirektör"),
            ],
            recipients=["Hälso- och sjukvårdsförvaltningen", "Regionala upphandlingsenheten"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_h02_gavleborg_destination",
        family="H",
        wrap=76,
        pad=False,
        header=[
            "Region Gävleborg | TJÄNSTESKRIVELSE | Sida {page} av {pages}",
            "Regional utveckling | Datum 2025-01-07 | Dnr RUN 2025/0031",
        ],
        pages=[
            [
                "Handläggare: Olof Wiklund, olof.wiklund@regiongavleborg.se",
                "",
                "Till Regionala utvecklingsnämnden",
                "",
                "# Verksamhetsbidrag till Destination Hälsingland AB 2025–2026",
                "",
                "# Ärendebeskrivning",
                "Destination Hälsingland AB har ansökt om verksamhetsbidrag med SEK 1 500 000 "
                "för perioden fr.o.m. 2025-03-01 t.o.m. 2026-02-28. Bolaget har 14 anställda "
                "och samverkar med sex kommuner i Hälsingland. Ett tidigare bidrag beviljades "
                "2023-02-14 (RUN 2022/0987).",
                "",
                "Bidraget föreslås betalas ut med 750 000:- per år. Regionens stöd uppgår "
                "därmed till sammanlagt 1,5 Mkr.",
            ],
            [
                "# Regiondirektörens förslag",
                "1. Regionala utvecklingsnämnden beviljar Destination Hälsingland AB "
                "verksamhetsbidrag med 1 500 000 kronor för perioden 2025-03-01–2026-02-28.",
                "2. Bidraget finansieras inom anslaget för regional tillväxt.",
                "",
                "Anna-Lena Hedman",
                "Regiondirektör",
                "2025-01-07 09:14:02",
                "",
                "Olof Wiklund",
                "Utvecklingsstrateg",
                "2025-01-07 10:45:30",
                "",
                "Utdrag till",
                "Destination Hälsingland AB",
                "Ekonomienheten",
            ],
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="RUN 2025/0031",
            references=["RUN 2022/0987"],
            title="Verksamhetsbidrag till Destination Hälsingland AB 2025–2026",
            organisation="Region Gävleborg",
            committee="Regionala utvecklingsnämnden",
            unit="Regional utveckling",
            document_date="2025-01-07",
            case_officer=officer("Olof Wiklund", "olof.wiklund@regiongavleborg.se"),
            dates=[
                "2025-01-07",
                "2025-03-01",
                "2026-02-28",
                "2023-02-14",
                "2025-03-01",
                "2026-02-28",
                "2025-01-07",
                "2025-01-07",
            ],
            periods=[("2025-03-01", "2026-02-28")],
            amounts=[
                (1500000, "SEK", None),
                (750000, "SEK", "per_year"),
                (1500000, "SEK", "total"),
                (1500000, "SEK", None),
            ],
            proposals=[
                (
                    1,
                    "Regionala utvecklingsnämnden beviljar Destination Hälsingland AB "
                    "verksamhetsbidrag med 1 500 000 kronor för perioden 2025-03-01–2026-02-28.",
                ),
                (2, "Bidraget finansieras inom anslaget för regional tillväxt."),
            ],
            proposal_heading="Regiondirektörens förslag",
            signatories=[
                ("Anna-Lena Hedman", "Regiondirektör"),
                ("Olof Wiklund", "Utvecklingsstrateg"),
            ],
            recipients=["Destination Hälsingland AB", "Ekonomienheten"],
        ),
    )
)

# Injected: proposal_period_mismatch (proposal 2025-01-01–2027-12-31 is not a body period).
DOCS.append(
    Doc(
        name="ho_h03_norrbotten_ambulansflyg",
        family="H",
        wrap=80,
        header=["Region Norrbotten | Dnr RS 2024/1502 | Sida {page} av {pages}"],
        footer=["Region Norrbotten, Box 943, 971 28 Luleå | www.norrbotten.se"],
        pages=[
            [
                "TJÄNSTESKRIVELSE",
                "Datum: 2024-11-19",
                "Regionstaben",
                "Kontaktperson: Maja Niemi, maja.niemi@norrbotten.se",
                "",
                "Till Regionstyrelsen",
                "",
                "# Förlängning av avtal om ambulanshelikopter",
                "",
                "# Ärendebeskrivning",
                "Region Norrbotten har avtal med Kommunalförbundet Svenskt Ambulansflyg om "
                "ambulanshelikopter. Nuvarande avtal gäller 2021-01-01 till 2024-12-31. "
                "Förlängningen avser perioden 2025-01-01 till 2026-12-31. Kostnaden beräknas "
                "till 48 mnkr per år och får för hela förlängningen uppgå till högst 96 mnkr.",
                "",
                "Under 2023 genomfördes 1 140 uppdrag, varav 312 sekundärtransporter.",
            ],
            [
                "# Förslag till beslut",
                "1. Regionstyrelsen förlänger avtalet om ambulanshelikopter för perioden "
                "2025-01-01–2027-12-31.",
                "2. Kostnaden finansieras inom ramen för hälso- och sjukvårdens budget.",
                "",
                "Elektroniskt underskriven av",
                "",
                "Lars Sundqvist",
                "Regiondirektör",
                "2024-11-20 08:02:17",
                "",
                "Expedieras till",
                "Kommunalförbundet Svenskt Ambulansflyg",
            ],
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="RS 2024/1502",
            title="Förlängning av avtal om ambulanshelikopter",
            organisation="Region Norrbotten",
            committee="Regionstyrelsen",
            unit="Regionstaben",
            document_date="2024-11-19",
            case_officer=officer("Maja Niemi", "maja.niemi@norrbotten.se"),
            dates=[
                "2024-11-19",
                "2021-01-01",
                "2024-12-31",
                "2025-01-01",
                "2026-12-31",
                "2025-01-01",
                "2027-12-31",
                "2024-11-20",
            ],
            periods=[
                ("2021-01-01", "2024-12-31"),
                ("2025-01-01", "2026-12-31"),
                ("2025-01-01", "2027-12-31"),
            ],
            amounts=[(48000000, "SEK", "per_year"), (96000000, "SEK", "max")],
            proposals=[
                (
                    1,
                    "Regionstyrelsen förlänger avtalet om ambulanshelikopter för perioden "
                    "2025-01-01–2027-12-31.",
                ),
                (2, "Kostnaden finansieras inom ramen för hälso- och sjukvårdens budget."),
            ],
            proposal_heading="Förslag till beslut",
            signatories=[("Lars Sundqvist", "Regiondirektör")],
            recipients=["Kommunalförbundet Svenskt Ambulansflyg"],
            expected_issue_codes=["proposal_period_mismatch"],
        ),
    )
)

# ---- more wordings: Vår/Er beteckning, samordningsnummer, "+", minst, mellan, month ranges

# Injected: missing_document_date (no Datum is printed).
DOCS.append(
    Doc(
        name="ho_d05_trafikverket_gd",
        family="D",
        wrap=88,
        pages=[
            [
                "TRAFIKVERKET | BESLUT",
                "Investering Nord | ",
                "",
                "Vår beteckning | Er beteckning",
                "TRV 2024/45678 | KS 2023/0456",
                "",
                "Umeå kommun",
                "Kommunstyrelsen",
                "901 84 Umeå",
                "",
                "# Statlig medfinansiering av resecentrum i Umeå",
                "",
                "# Ärendet",
                "Umeå kommun ansökte den 2:a april 2024 om statlig medfinansiering av "
                "ombyggnaden av resecentrum. Kommunen bidrar med minst 20 mnkr. "
                "Ombyggnaden ska genomföras mellan 2025-05-01 och 2026-09-30, och "
                "projektets kostnad beräknas till sammanlagt 58 miljoner kronor.",
                "",
                "# Beslut",
                "1. Trafikverket beviljar Umeå kommun statlig medfinansiering med 14,5 mnkr för "
                "ombyggnaden av resecentrum.",
                "2. Bidraget betalas ut efter redovisning av nedlagda kostnader, senast den "
                "23:e oktober 2026.",
                "",
                "Beslut i detta ärende har fattats av generaldirektören Lena Ekdahl efter "
                "föredragning av Ola Brännström. I den slutliga handläggningen har även "
                "chefsjuristen Anna Wikström deltagit.",
                "",
                "Lena Ekdahl",
                "",
                "Ola Brännström",
            ]
        ],
        truth=truth(
            doc_type="beslut",
            diarienummer="TRV 2024/45678",
            references=["KS 2023/0456"],
            title="Statlig medfinansiering av resecentrum i Umeå",
            organisation="Trafikverket",
            unit="Investering Nord",
            dates=["2024-04-02", "2025-05-01", "2026-09-30", "2026-10-23"],
            periods=[("2025-05-01", "2026-09-30")],
            amounts=[(20000000, "SEK", "min"), (58000000, "SEK", "total"), (14500000, "SEK", None)],
            proposals=[
                (
                    1,
                    "Trafikverket beviljar Umeå kommun statlig medfinansiering med 14,5 mnkr "
                    "för ombyggnaden av resecentrum.",
                ),
                (
                    2,
                    "Bidraget betalas ut efter redovisning av nedlagda kostnader, senast den "
                    "23:e oktober 2026.",
                ),
            ],
            proposal_heading="Beslut",
            signatories=[("Lena Ekdahl", None), ("Ola Brännström", None)],
            expected_issue_codes=["missing_document_date"],
        ),
    )
)

# Injected: missing_signatory (no Beslutande block is printed).
DOCS.append(
    Doc(
        name="ho_e04_vasteras_bygglov",
        family="E",
        wrap=None,
        formats=("txt",),
        pages=[
            [
                "Västerås stad | DELEGATIONSBESLUT",
                "Stadsbyggnadsförvaltningen | Beslutsdatum: 2024-11-12",
                " | Diarienummer: BN 2024/01873",
                "",
                "# Tidsbegränsat bygglov för skolpaviljong, Hacksta 3:14",
                "",
                "Sökande: Piotr Nowak, 850372-1238",
                "Fastighetsägare: Elsa Berg, 220314+1235",
                "",
                "# Ärendet",
                "Ansökan kom in den 23:e oktober 2024. Paviljongen har en bruttoarea om 420 "
                "kvadratmeter och ska inrymma 120 elever. Tidsbegränsat bygglov söks för perioden "
                "november 2024 till oktober 2029.",
                "",
                "# Beslut",
                "Stadsbyggnadsförvaltningen beviljar med stöd av delegation från "
                "Byggnadsnämnden tidsbegränsat bygglov för perioden 2024-11-01 till 2029-10-31.",
                "",
                "# Avgift",
                "Avgiften för beslutet är 12 345,50 kr enligt taxa antagen av kommunfullmäktige. "
                "Faktura skickas separat.",
                "",
                "Beslutet skickas till",
                "Sökanden",
                "Fastighetsägaren",
            ]
        ],
        truth=truth(
            doc_type="delegationsbeslut",
            diarienummer="BN 2024/01873",
            title="Tidsbegränsat bygglov för skolpaviljong, Hacksta 3:14",
            organisation="Västerås stad",
            committee="Byggnadsnämnden",
            unit="Stadsbyggnadsförvaltningen",
            document_date="2024-11-12",
            dates=["2024-11-12", "2024-10-23", "2024-11-01", "2029-10-31"],
            periods=[("2024-11-01", "2029-10-31")],
            amounts=[(12345.5, "SEK", None)],
            proposals=[
                (
                    None,
                    "Stadsbyggnadsförvaltningen beviljar med stöd av delegation från "
                    "Byggnadsnämnden tidsbegränsat bygglov för perioden 2024-11-01 till "
                    "2029-10-31.",
                ),
            ],
            proposal_heading="Beslut",
            recipients=["Sökanden", "Fastighetsägaren"],
            personal_identity_numbers=[("850372-1238", True), ("220314+1235", True)],
            expected_issue_codes=["missing_signatory"],
        ),
    )
)

# Injected: missing_diarienummer (no own case number is printed).
DOCS.append(
    Doc(
        name="ho_g04_ystad_kulturskola",
        family="G",
        wrap=74,
        pages=[
            [
                "YSTADS KOMMUN | TJÄNSTESKRIVELSE",
                "Barn- och utbildningsförvaltningen | Datum 3 mars 2025",
                "Handläggare | Telefon",
                "Malin Persson | 0411-57 70 00",
                "malin.persson@ystad.se | ",
                "",
                "Till Kommunstyrelsen",
                "",
                "# Utökad verksamhet i kulturskolan",
                "",
                "# Bakgrund",
                "Kulturskolan har i dag 640 elever och en kö på 210 barn. En försöksverksamhet "
                "med kör och drama genomfördes under januari–juni 2025 med stöd av "
                "45 000 euro från det danska samarbetsprogrammet. Kostnaden för en "
                "permanent utökning för åren 2025–2027 framgår nedan.",
                "",
                "År | Belopp (tkr)",
                "2025 | 380",
                "2026 | 760",
                "2027 | 760",
                "Summa | 1 900",
                "",
                "# Förvaltningens förslag",
                "– Kommunstyrelsen föreslår kommunfullmäktige att utöka kulturskolans ram med "
                "sammanlagt 1,9 mnkr för åren 2025–2027.",
                "– Barn- och utbildningsnämnden får i uppdrag att redovisa verksamheten senast "
                "den 30 april 2027.",
                "",
                "Malin Persson",
                "Utvecklingsledare",
                "",
                "Johan Lindahl",
                "Förvaltningschef",
            ]
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            title="Utökad verksamhet i kulturskolan",
            organisation="Ystads kommun",
            committee="Kommunstyrelsen",
            unit="Barn- och utbildningsförvaltningen",
            document_date="2025-03-03",
            case_officer=officer("Malin Persson", "malin.persson@ystad.se"),
            dates=["2025-03-03", "2027-04-30"],
            periods=[("2025-01-01", "2025-06-30"), ("2025-01-01", "2027-12-31")],
            amounts=[
                (45000, "EUR", None),
                (380000, "SEK", None),
                (760000, "SEK", None),
                (760000, "SEK", None),
                (1900000, "SEK", "total"),
                (1900000, "SEK", "total"),
            ],
            proposals=[
                (
                    None,
                    "Kommunstyrelsen föreslår kommunfullmäktige att utöka kulturskolans ram med "
                    "sammanlagt 1,9 mnkr för åren 2025–2027.",
                ),
                (
                    None,
                    "Barn- och utbildningsnämnden får i uppdrag att redovisa verksamheten senast "
                    "den 30 april 2027.",
                ),
            ],
            proposal_heading="Förvaltningens förslag",
            signatories=[
                ("Malin Persson", "Utvecklingsledare"),
                ("Johan Lindahl", "Förvaltningschef"),
            ],
            expected_issue_codes=["missing_diarienummer"],
        ),
    )
)

DOCS.append(
    Doc(
        name="ho_h04_kronoberg_tolktjanst",
        family="H",
        wrap=86,
        formats=("txt", "docx", "pdf"),
        header=[
            "Region Kronoberg | TJÄNSTESKRIVELSE | Sida {page} av {pages}",
            "Regionstaben | 2024-09-24 | Dnr 2024/452-1.2.3",
        ],
        pages=[
            [
                "Handläggare: Sara Johansson, sara.johansson@kronoberg.se",
                "",
                "Till Regionstyrelsen",
                "",
                "# Ny upphandling av tolktjänster",
                "",
                "# Ärendebeskrivning",
                "Regionens avtal om tolktjänster gäller från den 1 november 2021 till den "
                "31 oktober 2025 och kan inte förlängas. Förbrukningen uppgår till "
                "6,2 mnkr per år, fördelat på språktolkning och teckenspråkstolkning "
                "(se även ärende RS/512/2022).",
                "",
                "Ett nytt avtal föreslås gälla november 2025 till oktober 2029. Det "
                "sammanlagda avtalsvärdet får uppgå till högst 26 mnkr.",
            ],
            [
                "# Regiondirektörens förslag",
                "1. Regionstyrelsen ger regiondirektören i uppdrag att upphandla tolktjänster "
                "för perioden 2025-11-01–2029-10-31 till ett värde av högst 26 mnkr.",
                "2. Regiondirektören får rätt att teckna avtal.",
                "",
                "Dokumentet är elektroniskt signerat",
                "",
                "Martin Ljungqvist",
                "Regiondirektör",
                "2024-09-25 07:58:10",
                "",
                "Beslutet skickas till",
                "Inköpsenheten",
            ],
        ],
        truth=truth(
            doc_type="tjansteskrivelse",
            diarienummer="2024/452-1.2.3",
            references=["RS/512/2022"],
            title="Ny upphandling av tolktjänster",
            organisation="Region Kronoberg",
            committee="Regionstyrelsen",
            unit="Regionstaben",
            document_date="2024-09-24",
            case_officer=officer("Sara Johansson", "sara.johansson@kronoberg.se"),
            dates=[
                "2024-09-24",
                "2021-11-01",
                "2025-10-31",
                "2025-11-01",
                "2029-10-31",
                "2024-09-25",
            ],
            periods=[("2021-11-01", "2025-10-31"), ("2025-11-01", "2029-10-31")],
            amounts=[
                (6200000, "SEK", "per_year"),
                (26000000, "SEK", "max"),
                (26000000, "SEK", "max"),
            ],
            proposals=[
                (
                    1,
                    "Regionstyrelsen ger regiondirektören i uppdrag att upphandla tolktjänster "
                    "för perioden 2025-11-01–2029-10-31 till ett värde av högst 26 mnkr.",
                ),
                (2, "Regiondirektören får rätt att teckna avtal."),
            ],
            proposal_heading="Regiondirektörens förslag",
            signatories=[("Martin Ljungqvist", "Regiondirektör")],
            recipients=["Inköpsenheten"],
        ),
    )
)


# --------------------------------------------------------------------------- rendering
def _cells(line: str) -> list[str] | None:
    return [c.strip() for c in line.split("|")] if "|" in line else None


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Group lines into ("cols", rows) blocks of consecutive column rows and ("line", [x])."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        if _cells(line) is not None:
            if out and out[-1][0] == "cols":
                out[-1][1].append(line)
            else:
                out.append(("cols", [line]))
        else:
            out.append(("line", [line]))
    return out


def _txt_cols(rows: list[str], pad: bool) -> list[str]:
    table = [_cells(r) or [] for r in rows]
    if not pad:
        return [" ".join(c for c in cells if c) for cells in table]
    n = max(len(c) for c in table)
    widths = [max((len(c[i]) for c in table if i < len(c)), default=0) + 4 for i in range(n)]
    out = []
    for cells in table:
        text = "".join(c.ljust(widths[i]) for i, c in enumerate(cells))
        out.append(text.rstrip())
    return out


def _txt_line(line: str, wrap: int | None) -> list[str]:
    if line.startswith("# "):
        line = line[2:]
    if not line or wrap is None or len(line) <= wrap:
        return [line]
    m = _NUMBERED.match(line)
    indent = " " * (len(line) - len(m.group(2))) if m else "  " if line[:2] == "- " else ""
    return textwrap.wrap(
        line, width=wrap, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _fill(line: str, page: int, pages: int) -> str:
    return line.replace("{page}", str(page)).replace("{pages}", str(pages))


def render_txt(doc: Doc) -> str:
    n = len(doc.pages)
    page_texts = []
    for i, page in enumerate(doc.pages, 1):
        lines = [_fill(x, i, n) for x in doc.header] + ([""] if doc.header else []) + page
        lines += ["", *doc.footer] if doc.footer else []
        out: list[str] = []
        for kind, rows in _blocks(lines):
            if kind == "cols":
                out += _txt_cols(rows, doc.pad)
            else:
                out += _txt_line(rows[0], doc.wrap)
        page_texts.append("\n".join(out) + "\n")
    return "\f".join(page_texts)


def canonical_text(doc: Doc) -> str:
    """The document as if furniture were printed once, unwrapped (for the self-checks)."""
    lines = [_fill(x, 1, 1) for x in doc.header] + [x for p in doc.pages for x in p] + doc.footer
    return "\n".join(" ".join(c for c in (_cells(x) or [x]) if c).removeprefix("# ") for x in lines)


def _docx_field_runs(paragraph: Any, text: str, bold: bool = False) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in re.split(r"(\{page\}|\{pages\})", text):
        if part in ("{page}", "{pages}"):
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE" if part == "{page}" else "NUMPAGES")
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            run.append(t)
            fld.append(run)
            paragraph._p.append(fld)
        elif part:
            paragraph.add_run(part).bold = bold


def render_docx(doc: Doc, path: Path) -> None:
    import docx

    d = docx.Document()
    section = d.sections[0]
    for target, lines in ((section.header, doc.header), (section.footer, doc.footer)):
        if not lines:
            continue
        first = True
        for line in lines:
            p = target.paragraphs[0] if first else target.add_paragraph()
            first = False
            cells = _cells(line)
            _docx_field_runs(p, "\t".join(cells) if cells is not None else line)
    for i, page in enumerate(doc.pages):
        if i:
            d.add_page_break()  # type: ignore[no-untyped-call]
        for kind, rows in _blocks(page):
            if kind == "cols":
                table_rows = [_cells(r) or [] for r in rows]
                ncols = max(len(r) for r in table_rows)
                t = d.add_table(rows=len(table_rows), cols=ncols)
                for r, cells in enumerate(table_rows):
                    for c, text in enumerate(cells):
                        t.cell(r, c).text = text
                continue
            line = rows[0]
            m = _NUMBERED.match(line)
            if line.startswith("# "):
                d.add_paragraph().add_run(line[2:]).bold = True
            elif m and doc.autonum:
                d.add_paragraph(m.group(2), style="List Number")
            else:
                d.add_paragraph(line)
    d.save(str(path))


def render_pdf(doc: Doc, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    size, lead, left, width = 10, 13.0, 56.0, 483.0
    _, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.name)

    def draw_cols(rows: list[str], y: float, page: int, pages: int) -> float:
        table = [_cells(_fill(r, page, pages)) or [] for r in rows]
        n = max(len(r) for r in table)
        xs = [left]
        for i in range(n - 1):
            w = max(
                (pdfmetrics.stringWidth(r[i], "DejaVu", size) for r in table if i < len(r)),
                default=0.0,
            )
            xs.append(xs[-1] + w + 28)
        for cells in table:
            for i, text in enumerate(cells):
                if text:
                    c.setFont("DejaVu", size)
                    c.drawString(xs[i], y, text)
            y -= lead
        return y

    def draw_lines(lines: list[str], y: float, page: int, pages: int) -> float:
        for kind, rows in _blocks(lines):
            if kind == "cols":
                y = draw_cols(rows, y, page, pages)
                continue
            line = _fill(rows[0], page, pages)
            if not line:
                y -= lead * 0.7
                continue
            font, x, text, w = "DejaVu", left, line, width
            if line.startswith("# "):
                font, text = "DejaVu-Bold", line[2:]
            m = _NUMBERED.match(line)
            if m:
                c.setFont(font, size)
                c.drawString(left, y, m.group(1) + ".")
                x, text, w = left + 18, m.group(2), width - 18
            for part in simpleSplit(text, font, size, w):
                c.setFont(font, size)
                c.drawString(x, y, part)
                y -= lead
            assert y > 60, f"{doc.name}: page overflow"
        return y

    n = len(doc.pages)
    for i, page in enumerate(doc.pages, 1):
        y = height - 50
        if doc.header:
            y = draw_lines(doc.header, y, i, n) - lead
        draw_lines(page, y, i, n)
        if doc.footer:
            draw_lines(doc.footer, 36 + lead * (len(doc.footer) - 1), i, n)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- self-checks
_MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_LONG = re.compile(r"\b(\d{1,2})(?::[ae])?\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")


def _valid(y: int, m: int, d: int) -> bool:
    import datetime as dt

    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def check(doc: Doc) -> None:
    """Re-check the hand labels against the canonical text (anchors, dates, Luhn)."""
    text = " ".join(canonical_text(doc).split())
    t = doc.truth
    anchors = [
        t["diarienummer"],
        t["title"],
        *t["references"],
        *t["recipients"],
        *(s["name"] for s in t["signatories"]),
        *(p["text"] for p in t["proposals"]),
        *(p["text"] for p in t["personal_identity_numbers"]),
        t["proposal_heading"],
    ]
    for a in anchors:
        assert a is None or a in text, f"{doc.name}: {a!r} not in the text"
    found = [f"{y}-{m}-{d}" for y, m, d in _ISO.findall(text) if _valid(int(y), int(m), int(d))]
    for d, mon, y in _LONG.findall(text):
        if _valid(int(y), _MONTHS.index(mon) + 1, int(d)):
            found.append(f"{y}-{_MONTHS.index(mon) + 1:02d}-{int(d):02d}")
    assert sorted(found) == sorted(x["date"] for x in t["dates"]), (doc.name, sorted(found))
    for p in t["personal_identity_numbers"]:
        assert luhn_ok(p["text"]) == p["valid"], (doc.name, p)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    names = set()
    for doc in DOCS:
        check(doc)
        for fmt in doc.formats:
            stem = doc.name if fmt == "txt" else f"{doc.name}_{fmt}"
            name = f"{stem}.{fmt}"
            assert name not in names
            names.add(name)
            path = OUT / name
            if fmt == "txt":
                path.write_text(render_txt(doc), encoding="utf-8")
            elif fmt == "docx":
                render_docx(doc, path)
            else:
                render_pdf(doc, path)
            record = dict(doc.truth)
            record["meta"] = {
                "file": name,
                "family": doc.family,
                "format": fmt,
                "split": "heldout",
                "pages": len(doc.pages) if fmt == "pdf" else None,
            }
            (OUT / f"{stem}.truth.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    print(f"wrote {len(names)} documents to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
