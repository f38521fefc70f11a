"""Header facts: doc type, title, organisation, committee, unit, document date, case officer.

Each variant is a short document built as text in the layout the readers produce
(side-by-side blocks separated by two or more spaces, DOCX cells by a tab, merged
plain-text footers by one space).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import arende
from arende.document import Document
from arende.extractors.dates import find_dates
from arende.extractors.header import Header, describe

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
FIELDS = ("doc_type", "title", "organisation", "committee", "unit", "document_date", "officer")


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


def header_of(text: str) -> Header:
    doc = Document.from_texts(text.split("\f"))
    return describe(doc, dates=find_dates(doc), own_case_number=None)


def facts(header: Header) -> dict[str, Any]:
    officer = header.case_officer.value if header.case_officer else None
    return {
        "doc_type": header.doc_type.value if header.doc_type else None,
        "title": header.title.value if header.title else None,
        "organisation": header.organisation.value if header.organisation else None,
        "committee": header.committee.value if header.committee else None,
        "unit": header.unit.value if header.unit else None,
        "document_date": header.document_date.value.isoformat() if header.document_date else None,
        "officer": None if officer is None else (officer.name, officer.email, officer.phone),
    }


SEED_TXT = """\
Deltagande i projekt North Sweden Stockholm Office 2024-
2027 (NSSO)
Ärendebeskrivning

Region Jämtland Härjedalen har under perioden 2020-2024 deltagit i projektet. Projektägare är
Region Västerbotten och Region Jämtland Härjedalen har medfinansierat projektet.

Region Västerbotten har nu inkommit med en förfrågan om deltagande i ett nytt projekt.
Till skillnad från innevarande projekt omfattas även Umeå kommun, Umeå Universitet.

Regiondirektörens förslag

1. Region Jämtland Härjedalen deltar i projektet North Sweden Stockholm Office.
2. Region Jämtland Härjedalen medfinansierar kostnaden med maximalt 780 000 kronor.

Samhällsutveckling Regionala utvecklingsnämnden
Åsa Hernerud RUN/183/2024
asa.hernerud@regionjh.se 2024-04-02
 I tjänsten

Sara Lewerentz
Regiondirektör
"""

SEED_PADDED = SEED_TXT.replace(
    "Samhällsutveckling Regionala utvecklingsnämnden\nÅsa Hernerud RUN/183/2024\n"
    "asa.hernerud@regionjh.se 2024-04-02",
    "Samhällsutveckling              Regionala utvecklingsnämnden\n"
    "Åsa Hernerud                    RUN/183/2024\n"
    "asa.hernerud@regionjh.se        2024-04-02",
)

KOMMUN_TABLE = """\
       Lunds kommun                              TJÄNSTESKRIVELSE
       Individ- och familjeomsorgen

Socialnämnden

Datum                Vår beteckning        Handläggare
2024-02-15           329-2024              Jörgen Lindh Öberg
                                           jorgen.lindh.oberg@lund.se

Förlängning av avtal om tolktjänster

Förslag till beslut
–  Socialnämnden ger kommundirektören i uppdrag att genomföra upphandlingen.
"""

KOMMUN_LABEL_VALUE = """\
       Åre kommun                                TJÄNSTESKRIVELSE
       Kommunledningsförvaltningen

Till Kommunstyrelsen

Datum           4 april 2024
Ärendenummer    916-2024
Handläggare     Pär Wallin

E-post          par.wallin@are.se
Telefon         0647-161 00

Investering i utbyggnad av Norrskenets   äldreboende

Förslag till beslut
1. Kommunstyrelsen godkänner investeringen.
"""

DOCX_TABLE = """\
Åre kommun
Stadsbyggnadskontoret\tTJÄNSTESKRIVELSE
Till\tSamhällsbyggnadsnämnden
Datum\tDiarienummer\tHandläggare
2025-05-30\tSBN 2025/1277\tLinnéa Eklund
\t\tlinnea.eklund@are.se
Revidering av taxa för plan- och bygglovsärenden
Sammanfattning
Taxan föreslås revideras.
"""

KOMMUN_TILL_COLON = """\
Sollefteå kommun
Kommunledningsförvaltningen
TJÄNSTESKRIVELSE
Till: Kommunstyrelsen
Datum: 2024-03-05
Dnr: KS 2024/0123
Handläggare: Karin Andersson, 0620-68 20 00, karin.andersson@solleftea.se

Ny taxa för bygglov

Sammanfattning
Förvaltningen föreslår en ny taxa.
"""

TJANSTEUTLATANDE = """\
Stockholms stad
Exploateringskontoret
Tjänsteutlåtande
Sida 1 (3)
2024-04-11
Handläggare
Lisa Holm
Telefon: 08-508 270 00
Till
Exploateringsnämnden
2024-05-16

Markanvisning för bostäder i Hagastaden

Förslag till beslut
Exploateringsnämnden godkänner markanvisningen.
"""

REGION_FOOTER_PDF = """\
        Region Blekinge

Medfinansiering  av Europeiska  regionala
utvecklingsfonden-projektet  Innovationsslussen

Ärendebeskrivning
Projektet Innovationsslussen har beviljats stöd.

Regiondirektörens förslag
1. Region Blekinge medfinansierar projektet Innovationsslussen med högst 450 000 kronor.

Regional utveckling             Regionstyrelsen
Helena Nordström                2023-04-07
helena.nordstrom@regionblekinge.se

I tjänsten

Karin Gustafsson
Regiondirektör
"""

EMAIL_CUT = """\
       Linköpings kommun                        TJÄNSTESKRIVELSE
       Förskoleförvaltningen

Till            Barn- och utbildningsnämnden

Datum                Vår beteckning        Handläggare
2024-12-27           2042-2023             Jörgen Jonsson
                                           jorgen.jonsson@linkoping.s
                                           e

Medfinansiering av projektet Digitalt först i vården

Förslag till beslut
1. Linköpings kommun medfinansierar projektet.
"""

PROTOKOLLSUTDRAG_PDF = """\
     Älmhults kommun       PROTOKOLLSUTDRAG          Sammanträdesdatum
     Kommunstyrelsen                                      2023-08-24
                                                           Sida 1 (1)

§ 174              KS2023/41

Ansökan  om  verksamhetsbidrag  från IFK Sundsvall Ungdom

Bakgrund
IFK Sundsvall Ungdom har inkommit med en ansökan.

Justerandes sign    Utdragsbestyrkande
"""

PROTOKOLLSUTDRAG_TXT = """\
Härnösands kommun
Kommunstyrelsen
PROTOKOLLSUTDRAG
Sammanträdesdatum
2022-11-15

§ 234   Dnr: KS 2022/2069


Investering i energieffektivisering av Rådhuset


Bakgrund

Ekonomiavdelningen har tagit fram ett underlag.

Kommunstyrelsens förslag till kommunfullmäktige

1) Kommunstyrelsen godkänner investeringen.
"""

UTDRAG_AU = """\
Region Östergötland
Regionstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL
Utdrag
Sammanträdesdatum
2022-01-17

§ 198   RS/979/2021


Investering i ny idrottshall vid Centralskolan


Bakgrund
Regional utveckling har tagit fram ett underlag.
"""

PROTOKOLL_DOCX = """\
Linköpings kommun
Kommunstyrelsen\tPROTOKOLLSUTDRAG\tSammanträdesdatum
2024-04-10
Sida  ()
§ 246\tDnr KS 2024.987
Riktlinjer för krisberedskap
Bakgrund
Nuvarande riktlinjer behöver uppdateras.
Justerandes sign\tUtdragsbestyrkande
"""

UTDRAG_UR_PROTOKOLL = """\
Utdrag ur protokoll
Kommunstyrelsen i Trosa kommun
Sammanträdesdatum: 2024-01-15

§ 12  Dnr KS 2023/455

Detaljplan för Tomtaklint 1:1

Beslut
Kommunstyrelsen antar detaljplanen.
"""

FULL_PROTOKOLL = """\
Sandvikens kommun
Kommunfullmäktige
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-02-26

§ 1 Val av justerare
Beslut
Anna Ek väljs.

§ 2 Godkännande av dagordning
Beslut
Dagordningen godkänns.

§ 3 Årsredovisning 2023
Beslut
Årsredovisningen godkänns.

§ 4 Motion om cykelvägar
Beslut
Motionen avslås.
"""

DELEGATIONSBESLUT = """\
Malmö stad
Socialförvaltningen
DELEGATIONSBESLUT
Beslutsdatum: 2024-05-06
Dnr SN 2024/123

Beviljande av bistånd i form av kontaktperson

Beslut
Bistånd beviljas. Beslutet är fattat med stöd av delegation från Socialnämnden enligt
delegationsordningen punkt 3.2.
"""

DELEGATION_LOWERCASE = """\
Kalmar kommun
Beslut enligt delegation
Datum 2024-05-06
Dnr KS 2024/123

Yttrande över remiss om regional plan

Beslut
Kommunen lämnar yttrande enligt bilaga. Beslutet fattas med stöd av delegation från
kommunstyrelsen.
"""

UNIVERSITY_RECTOR = """\
Umeå universitet                         BESLUT
Planeringsenheten                        Datum: 2024-03-01
                                         Dnr: FS 1.1-123-24

Inrättande av centrum för regional utveckling

Bakgrund
Universitetet har sedan 2020 bedrivit verksamhet.

Beslut
Rektor beslutar att inrätta centrum för regional utveckling.

Hans Adolfsson
Rektor

Handläggare: Anna Svensson
"""

LANSSTYRELSEN = """\
Länsstyrelsen i Västerbottens län
BESLUT
Datum 2024-06-10
Diarienummer 551-1234-2024

Tillstånd enligt miljöbalken för täkt på fastigheten Kronan 7:140

Beslut
Länsstyrelsen lämnar tillstånd till täkt.

Detta beslut har fattats av landshövding Helene Hellmark Knutsson.
"""

FORSAKRINGSKASSAN = """\
Försäkringskassan
Beslut
2024-05-02
Dnr FK 2024/000123

Beslut om bostadsbidrag

Försäkringskassan har beslutat att bevilja bostadsbidrag.

Kontaktperson: Per Nilsson, tel 010-116 90 00
"""

KS_PROPOSAL_TO_KF = """\
Vänersborgs kommun

Budget 2025

Kommunstyrelsens förslag till kommunfullmäktige
1. Budget 2025 antas.

Ärendebeskrivning
Förslag till budget har tagits fram.

I tjänsten
Ulrika Larsson
Kommundirektör
"""

UNKNOWN_KOMMUN_ACTOR = """\
Ansökan om medel för ungdomsprojekt

Ärendebeskrivning
Nya Eds kommun har tidigare beviljat medel till projektet. Region Skåne är projektägare.

Förslag till beslut
1. Nya Eds kommun beviljar 200 000 kronor.

Kultur och fritid Kultur- och fritidsnämnden
Per Persson KFN 2024/55
per.persson@nyaeds.se 2024-02-01
I tjänsten

Anna Andersson
Kommundirektör
"""

# (text, expected facts; only the keys given are checked)
VARIANTS = [
    # the seed as plain text: merged two-column footer, organisation from the body's actor
    (
        SEED_TXT,
        {
            "doc_type": "tjansteskrivelse",
            "title": "Deltagande i projekt North Sweden Stockholm Office 2024-2027 (NSSO)",
            "organisation": "Region Jämtland Härjedalen",
            "committee": "Regionala utvecklingsnämnden",
            "unit": "Samhällsutveckling",
            "document_date": "2024-04-02",
            "officer": ("Åsa Hernerud", "asa.hernerud@regionjh.se", None),
        },
    ),
    # the seed's footer padded into columns (PDF layout, padded TXT)
    (
        SEED_PADDED,
        {
            "committee": "Regionala utvecklingsnämnden",
            "unit": "Samhällsutveckling",
            "officer": ("Åsa Hernerud", "asa.hernerud@regionjh.se", None),
        },
    ),
    # kommun letterhead with a label row over a value row (Datum / Vår beteckning / Handläggare)
    (
        KOMMUN_TABLE,
        {
            "doc_type": "tjansteskrivelse",
            "title": "Förlängning av avtal om tolktjänster",
            "organisation": "Lunds kommun",
            "committee": "Socialnämnden",
            "unit": "Individ- och familjeomsorgen",
            "document_date": "2024-02-15",
            "officer": ("Jörgen Lindh Öberg", "jorgen.lindh.oberg@lund.se", None),
        },
    ),
    # kommun letterhead with label/value pairs on one line, "Till Kommunstyrelsen", phone
    (
        KOMMUN_LABEL_VALUE,
        {
            "title": "Investering i utbyggnad av Norrskenets äldreboende",
            "organisation": "Åre kommun",
            "committee": "Kommunstyrelsen",
            "unit": "Kommunledningsförvaltningen",
            "document_date": "2024-04-04",
            "officer": ("Pär Wallin", "par.wallin@are.se", "0647-161 00"),
        },
    ),
    # DOCX header table: cells separated by tabs
    (
        DOCX_TABLE,
        {
            "organisation": "Åre kommun",
            "committee": "Samhällsbyggnadsnämnden",
            "unit": "Stadsbyggnadskontoret",
            "document_date": "2025-05-30",
            "officer": ("Linnéa Eklund", "linnea.eklund@are.se", None),
        },
    ),
    # "Till: Kommunstyrelsen", "Handläggare: Name, phone, e-mail" on one line
    (
        KOMMUN_TILL_COLON,
        {
            "doc_type": "tjansteskrivelse",
            "committee": "Kommunstyrelsen",
            "document_date": "2024-03-05",
            "officer": ("Karin Andersson", "karin.andersson@solleftea.se", "0620-68 20 00"),
        },
    ),
    # Stockholm-style tjänsteutlåtande: labels on their own lines
    (
        TJANSTEUTLATANDE,
        {
            "doc_type": "tjansteskrivelse",
            "organisation": "Stockholms stad",
            "committee": "Exploateringsnämnden",
            "unit": "Exploateringskontoret",
            "document_date": "2024-04-11",
            "officer": ("Lisa Holm", None, "08-508 270 00"),
        },
    ),
    # region letterhead, no doc-type word, footer block with the date beside the name
    (
        REGION_FOOTER_PDF,
        {
            "doc_type": "tjansteskrivelse",
            "title": "Medfinansiering av Europeiska regionala utvecklingsfonden-projektet "
            "Innovationsslussen",
            "organisation": "Region Blekinge",
            "committee": "Regionstyrelsen",
            "unit": "Regional utveckling",
            "document_date": "2023-04-07",
            "officer": ("Helena Nordström", "helena.nordstrom@regionblekinge.se", None),
        },
    ),
    # an e-mail address cut at the end of a narrow table cell
    (
        EMAIL_CUT,
        {
            "committee": "Barn- och utbildningsnämnden",
            "officer": ("Jörgen Jonsson", "jorgen.jonsson@linkoping.se", None),
        },
    ),
    # protokollsutdrag, PDF columns: organisation / label / Sammanträdesdatum over the body
    (
        PROTOKOLLSUTDRAG_PDF,
        {
            "doc_type": "protokollsutdrag",
            "title": "Ansökan om verksamhetsbidrag från IFK Sundsvall Ungdom",
            "organisation": "Älmhults kommun",
            "committee": "Kommunstyrelsen",
            "unit": None,
            "document_date": "2023-08-24",
            "officer": None,
        },
    ),
    # protokollsutdrag, plain text, one header item a line
    (
        PROTOKOLLSUTDRAG_TXT,
        {
            "doc_type": "protokollsutdrag",
            "title": "Investering i energieffektivisering av Rådhuset",
            "organisation": "Härnösands kommun",
            "committee": "Kommunstyrelsen",
            "document_date": "2022-11-15",
        },
    ),
    # SAMMANTRÄDESPROTOKOLL + Utdrag, an arbetsutskott
    (
        UTDRAG_AU,
        {
            "doc_type": "protokollsutdrag",
            "organisation": "Region Östergötland",
            "committee": "Regionstyrelsens arbetsutskott",
            "document_date": "2022-01-17",
        },
    ),
    # DOCX protokollsutdrag: header cells in a table
    (
        PROTOKOLL_DOCX,
        {
            "doc_type": "protokollsutdrag",
            "title": "Riktlinjer för krisberedskap",
            "committee": "Kommunstyrelsen",
            "document_date": "2024-04-10",
        },
    ),
    # "Utdrag ur protokoll", the body named with its kommun
    (
        UTDRAG_UR_PROTOKOLL,
        {
            "doc_type": "protokollsutdrag",
            "title": "Detaljplan för Tomtaklint 1:1",
            "organisation": "Trosa kommun",
            "committee": "Kommunstyrelsen",
            "document_date": "2024-01-15",
        },
    ),
    # a full protokoll with many §§: other, no title
    (
        FULL_PROTOKOLL,
        {
            "doc_type": "other",
            "title": None,
            "committee": "Kommunfullmäktige",
            "document_date": "2024-02-26",
        },
    ),
    # delegationsbeslut: the nämnd whose delegation is used, Beslutsdatum
    (
        DELEGATIONSBESLUT,
        {
            "doc_type": "delegationsbeslut",
            "organisation": "Malmö stad",
            "committee": "Socialnämnden",
            "unit": "Socialförvaltningen",
            "document_date": "2024-05-06",
        },
    ),
    # "Beslut enligt delegation", the delegating body in lower case
    (
        DELEGATION_LOWERCASE,
        {"doc_type": "delegationsbeslut", "committee": "kommunstyrelsen"},
    ),
    # university decision by the rektor: no committee
    (
        UNIVERSITY_RECTOR,
        {
            "doc_type": "beslut",
            "title": "Inrättande av centrum för regional utveckling",
            "organisation": "Umeå universitet",
            "committee": None,
            "document_date": "2024-03-01",
            "officer": ("Anna Svensson", None, None),
        },
    ),
    # Länsstyrelsen decision
    (
        LANSSTYRELSEN,
        {
            "doc_type": "beslut",
            "organisation": "Länsstyrelsen i Västerbottens län",
            "committee": None,
            "document_date": "2024-06-10",
        },
    ),
    # state authority, "Beslut" label line, no section headings, Kontaktperson at the end
    (
        FORSAKRINGSKASSAN,
        {
            "doc_type": "beslut",
            "title": "Beslut om bostadsbidrag",
            "organisation": "Försäkringskassan",
            "document_date": "2024-05-02",
            "officer": ("Per Nilsson", None, "010-116 90 00"),
        },
    ),
    # "Kommunstyrelsens förslag till kommunfullmäktige": the committee is Kommunstyrelsen
    (
        KS_PROPOSAL_TO_KF,
        {"doc_type": "tjansteskrivelse", "committee": "Kommunstyrelsen"},
    ),
    # a kommun the gazetteer does not know, named as actor; merged footer
    (
        UNKNOWN_KOMMUN_ACTOR,
        {
            "organisation": "Nya Eds kommun",
            "committee": "Kultur- och fritidsnämnden",
            "unit": "Kultur och fritid",
            "document_date": "2024-02-01",
            "officer": ("Per Persson", "per.persson@nyaeds.se", None),
        },
    ),
    # a unit of several capitalised words in the merged footer is still split off
    (
        SEED_TXT.replace("Samhällsutveckling Regionala", "Avdelning Hållbar Tillväxt Regionala"),
        {"unit": "Avdelning Hållbar Tillväxt", "committee": "Regionala utvecklingsnämnden"},
    ),
    # OCR: a logo speck before the organisation, a stray letter after a title line, "|" in a
    # footer cell and an "@" read as "Q"
    (
        REGION_FOOTER_PDF.replace("        Region Blekinge", "OO           Region Blekinge")
        .replace(
            "utvecklingsfonden-projektet  Innovationsslussen",
            "utvecklingsfonden-projektet  Innovationsslussen          i",
        )
        .replace(
            "Regional utveckling             Regionstyrelsen",
            "Regional utveckling |           Regionstyrelsen",
        )
        .replace("helena.nordstrom@regionblekinge.se", "helena.nordstromQregionblekinge.se"),
        {
            "title": "Medfinansiering av Europeiska regionala utvecklingsfonden-projektet "
            "Innovationsslussen",
            "organisation": "Region Blekinge",
            "unit": "Regional utveckling",
            "officer": ("Helena Nordström", "helena.nordstrom@regionblekinge.se", None),
        },
    ),
    # no letterhead name: the authority in the address block at the foot of page 1
    (
        "Kommunstyrelsen\n\nYttrande över detaljplan\n\nSammanfattning\nRegion Skåne har"
        " yttrat sig.\n\nPostadress  Bjurholms kommun, Box 1, 916 81 Bjurholm\n",
        {"organisation": "Bjurholms kommun"},
    ),
    # a board decides in a beslut: the committee is the board
    (
        "Byggnadsnämnden\nBESLUT\nDatum 2024-05-02\n\nBygglov för nybyggnad\n\nBeslut\n"
        "Byggnadsnämnden beslutar att bevilja bygglov.\n",
        {"doc_type": "beslut", "committee": "Byggnadsnämnden"},
    ),
    (
        "Lunds kommun\nBESLUT\nDatum 2024-05-02\n\nBygglov för nybyggnad\n\nBeslut\n"
        "Byggnadsnämnden beslutar att bevilja bygglov.\n",
        {"doc_type": "beslut", "committee": "Byggnadsnämnden"},
    ),
    # no addressee printed: the committee that opens the first proposal
    (
        "Ljusdals kommun\nTJÄNSTESKRIVELSE\n\nNy renhållningstaxa\n\nFörslag till beslut\n"
        "1. Samhällsbyggnadsnämnden antar taxan.\n",
        {"committee": "Samhällsbyggnadsnämnden"},
    ),
    # Kontaktperson as a label on its own line at the end, the name below
    (
        FORSAKRINGSKASSAN.replace(
            "Kontaktperson: Per Nilsson, tel 010-116 90 00",
            "Kontaktperson\nPer Nilsson\nper.nilsson@forsakringskassan.se",
        ),
        {"officer": ("Per Nilsson", "per.nilsson@forsakringskassan.se", None)},
    ),
    # a merged plain-text letterhead: the label after the organisation on one line
    (
        KOMMUN_TABLE.replace(
            "       Lunds kommun                              TJÄNSTESKRIVELSE",
            "Lunds kommun Tjänsteskrivelse",
        ),
        {"doc_type": "tjansteskrivelse", "organisation": "Lunds kommun"},
    ),
    # a staff report that mentions a delegation in its body is still a tjänsteskrivelse
    (
        REGION_FOOTER_PDF.replace(
            "har beviljats stöd.", "har beviljats stöd med stöd av delegation från Regionstyrelsen."
        ),
        {"doc_type": "tjansteskrivelse"},
    ),
    # the ärenderubrik on the § line itself, the dnr on the next line
    (
        "Trosa kommun\nKommunstyrelsen\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2024-01-15\n\n"
        "§ 12  Detaljplan för Tomtaklint 1:1\nDnr KS 2023/455\n\nBeslut\n"
        "Kommunstyrelsen antar detaljplanen.\n",
        {"title": "Detaljplan för Tomtaklint 1:1", "committee": "Kommunstyrelsen"},
    ),
    # § line with the dnr in a column and the title after it
    (
        "Trosa kommun\nKommunstyrelsen\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2024-01-15\n\n"
        "§ 12      KS 2023/455      Detaljplan för Tomtaklint 1:1\n\nBeslut\n"
        "Kommunstyrelsen antar detaljplanen.\n",
        {"title": "Detaljplan för Tomtaklint 1:1"},
    ),
    # a label before the ärenderubrik, a two-part section heading after it
    (
        "Kalix kommun\nTJÄNSTESKRIVELSE\nDatum 2024-01-15\n\nÄrende: Ny taxa för slamtömning\n\n"
        "Bakgrund och motivering\nTaxan behöver ses över.\n",
        {"title": "Ny taxa för slamtömning"},
    ),
    # a protokoll whose header prints the meeting date without a label
    (
        "Bodens kommun\nKommunstyrelsen    2024-03-12\nPROTOKOLLSUTDRAG\n\n§ 45  KS 2024/12\n\n"
        "Budget 2025\n\nBeslut\nBudgeten antas.\n\nJusterat 2024-03-19\n",
        {"document_date": "2024-03-12", "committee": "Kommunstyrelsen"},
    ),
    # no unit line: the name under a bare "Handläggare" label is not taken for one
    (
        "Kalix kommun\nTJÄNSTESKRIVELSE\nHandläggare\nLisa Holm\n\nNy taxa\n\nBakgrund\nText.\n",
        {"unit": None, "officer": ("Lisa Holm", None, None)},
    ),
    # a unit in capitals; label and value merged on one line with a phone after the name
    (
        "Lunds kommun\nKOMMUNKONTORET\nTJÄNSTESKRIVELSE\nTill Kommunstyrelsen\n"
        "Handläggare Anna Ek Telefon 046-35 50 00\n\nNy taxa\n\nBakgrund\nText.\n",
        {"unit": "KOMMUNKONTORET", "officer": ("Anna Ek", None, "046-35 50 00")},
    ),
    # an addressee in the letterhead is not the writing authority
    (
        LANSSTYRELSEN.replace("Länsstyrelsen i Västerbottens län\n", "")
        + "\nPostadress  Länsstyrelsen i Västerbottens län, 901 86 Umeå\n",
        {"organisation": "Länsstyrelsen i Västerbottens län"},
    ),
    (
        "Till: Region Skåne\nBESLUT\nDatum 2024-06-10\n\nTillstånd för täkt\n\nBeslut\n"
        "Tillstånd lämnas.\n\nPostadress  Länsstyrelsen Skåne, 205 15 Malmö\n",
        {"organisation": "Länsstyrelsen Skåne"},
    ),
    # gap: a committee named with a post-modifier ("Nämnden för …") is cut after its head word
    xfail(
        KOMMUN_TILL_COLON.replace("Till: Kommunstyrelsen", "Till: Nämnden för arbetsmarknad"),
        {"committee": "Nämnden för arbetsmarknad"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VARIANTS)
def test_header_variants(text: str, expected: dict[str, Any]) -> None:
    got = facts(header_of(text))
    assert {key: got[key] for key in expected} == expected


def test_provenance_points_at_the_printed_text() -> None:
    doc = Document.from_texts([KOMMUN_TABLE])
    header = describe(doc, dates=find_dates(doc), own_case_number=None)
    for found in (header.title, header.organisation, header.committee, header.unit):
        assert found is not None
        assert " ".join(doc.text[found.start : found.end].split()) == found.value
    assert header.document_date is not None
    assert doc.text[header.document_date.start : header.document_date.end] == "2024-02-15"


def test_document_date_is_shared_with_dates() -> None:
    doc = Document.from_texts([SEED_TXT])
    dates = find_dates(doc)
    header = describe(doc, dates=dates, own_case_number=None)
    assert header.document_date is not None
    assert any(header.document_date.start == d.start for d in dates)


def test_works_without_dates_or_case_number() -> None:
    # the dates helper may return nothing: the date is then read from the cell itself
    doc = Document.from_texts([KOMMUN_LABEL_VALUE])
    header = describe(doc, dates=[], own_case_number=None)
    assert header.document_date is not None
    assert header.document_date.value.isoformat() == "2024-04-04"


def test_organisation_is_not_a_participant() -> None:
    # Umeå kommun and Umeå Universitet are named in the body, but only as participants
    got = facts(header_of(SEED_TXT))
    assert got["organisation"] == "Region Jämtland Härjedalen"


JUNK = [
    "",
    " ",
    "\f\f\f",
    "😀" * 100,
    "1" * 10_000,
    "\x00\x01\x02binary\xff",
    "§ 1\n§ 2\n§ 3\n§ 4\n§ 5",
    "Till\n\nDatum\nHandläggare\n",
    "Beslut\n" * 200,
    "Region " * 500,
    "a@b.c\n" * 50,
    "Kommunstyrelsens förslag till kommunfullmäktige",
    "\n".join(["Samhällsutveckling Regionala utvecklingsnämnden"] * 30),
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_never_raises(text: str) -> None:
    header = describe(Document.from_texts(text.split("\f")), dates=[], own_case_number=None)
    assert isinstance(header, Header)


def test_empty_document_has_no_facts() -> None:
    assert facts(header_of("")) == dict.fromkeys(FIELDS)


# --- the dev corpus, read through the real readers ----------------------------------------


def _norm(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = " ".join(value.split()).casefold().rstrip(" .,;:")
    return re.sub(r"- ", "-", text)


def _dev_documents() -> list[Path]:
    if not DEV.is_dir():
        return []
    result = []
    for truth in sorted(DEV.glob("*.truth.json")):
        meta = json.loads(truth.read_text(encoding="utf-8"))["meta"]
        if meta["format"] != "scan":
            result.append(DEV / meta["file"])
    return result


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("path", _dev_documents(), ids=lambda p: p.name)
def test_dev_corpus_header(path: Path) -> None:
    truth = json.loads(path.with_name(path.name.split(".")[0] + ".truth.json").read_text())
    got = arende.parse(path).to_dict()
    for key in ("doc_type", "title", "organisation", "committee", "unit", "document_date"):
        assert _norm(got[key]) == _norm(truth[key]), key
    officer, expected = got["case_officer"], truth["case_officer"]
    if expected is None:
        assert officer is None
    else:
        assert officer is not None
        assert _norm(officer["name"]) == _norm(expected["name"])
        assert _norm(officer["email"]) == _norm(expected["email"])


def test_footer_found_through_the_own_case_number() -> None:
    # no e-mail in the footer block (none printed, or OCR lost it): the block is found
    # through the own diarienummer, and the date beside it is the document date
    text = SEED_TXT.replace("asa.hernerud@regionjh.se 2024-04-02", "2024-04-02")
    doc = Document.from_texts([text])
    start = text.index("RUN/183/2024")
    own = doc.found("RUN/183/2024", start, start + len("RUN/183/2024"), rule="test")
    got = facts(describe(doc, dates=find_dates(doc), own_case_number=own))
    assert got["committee"] == "Regionala utvecklingsnämnden"
    assert got["unit"] == "Samhällsutveckling"
    assert got["document_date"] == "2024-04-02"


def test_long_document_footer_on_the_last_page() -> None:
    # only page 1 and the last pages are split into lines; offsets stay valid
    body = "Ärendet har beretts.\n" * 30
    pages = [SEED_TXT.split("Regiondirektörens förslag")[0], body, body, body]
    pages.append("Regiondirektörens förslag" + SEED_TXT.split("Regiondirektörens förslag")[1])
    doc = Document.from_texts(pages)
    header = describe(doc, dates=find_dates(doc), own_case_number=None)
    got = facts(header)
    assert got["committee"] == "Regionala utvecklingsnämnden"
    assert got["officer"] == ("Åsa Hernerud", "asa.hernerud@regionjh.se", None)
    assert header.case_officer is not None
    assert header.case_officer.page == 5
    assert doc.text[header.case_officer.start : header.case_officer.end] == "Åsa Hernerud"
