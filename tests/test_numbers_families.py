"""Case numbers and amounts in whole documents of the families and layouts seen across Sweden.

Each document is written the way one kind of authority prints it (university beslut,
länsstyrelse beslut, delegationsbeslut, full sammanträdesprotokoll, tjänsteskrivelse with
a running header, budget tables, e-signature pages); the expected values follow
shared/corpus/LABELING.md: the own diarienummer without its label (``null`` for a full
protokoll), every other case number a reference (``Er beteckning`` included), every
printed money amount with its qualifier, table cells under a unit header, the
Totalt/Summa row as ``total``, years in a header or an ``År`` column never amounts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from arende.document import Document, SourceInfo
from arende.extractors.amounts import find_amounts
from arende.extractors.casenumbers import choose_own_case_number, find_case_numbers
from arende.readers.furniture import mark_furniture
from arende.readers.txt import split_pages


def _document(text: str) -> Document:
    """``text`` read as a TXT file: pages split on form feeds, running headers masked."""
    pages = mark_furniture(split_pages(text))
    return Document(tuple(pages), SourceInfo(None, "0" * 64, "txt", None))


def _numbers(text: str) -> tuple[str | None, set[str]]:
    doc = _document(text)
    found = find_case_numbers(doc)
    own = choose_own_case_number(doc, found)
    own_value = None if own is None else own.value
    key = None if own_value is None else "".join(own_value.split()).casefold()
    references = {f.value for f in found if "".join(f.value.split()).casefold() != key}
    return own_value, references


UFV_BESLUT = """\
UPPSALA UNIVERSITET                BESLUT                 Dnr UFV 2024/1234
                                   2024-05-14
Rektor

Er beteckning: 2024-00456

Inrättande av centrum för hållbar energi

Beslut
Rektor beslutar
1. att inrätta Centrum för hållbar energi från och med 2024-07-01,
2. att anslå högst 2,5 mnkr för åren 2024–2026.

Beslut i detta ärende har fattats av rektor Anna Andersson efter föredragning av
utredare Per Persson.

Anna Andersson
Per Persson
"""

LTU_BESLUT = """\
Luleå tekniska universitet
BESLUT
Datum 2024-03-01    Diarienummer LTU-1234-2024

Beslut om anställningsordning

Med hänvisning till tidigare beslut (dnr LTU-987-2022) fattar rektor följande beslut.
Kostnaden beräknas till cirka 450 000 kronor.
"""

LIU_BESLUT = """\
LINKÖPINGS UNIVERSITET
Beslut
2024-02-01
Dnr LiU-2024-01234

Kostnaden uppgår till drygt 1,2 miljoner kronor per år. Se även LiU-2023-04567.
"""

NV_BESLUT = """\
Naturvårdsverket
BESLUT
2024-06-10
Ärendenummer
NV-01234-24

Bidrag om 120 000 euro beviljas. Medfinansiering EUR 40 000.
"""

LANSSTYRELSE_MERGED = """\
Länsstyrelsen i Skåne län
BESLUT
Datum 2024-04-12 Vår beteckning 403-123456-2024 Er beteckning 2024/77
"""

HEADER_TABLE_PADDED = """\
BESLUT
Datum         Er beteckning     Vår beteckning
2024-04-12    KS 2024/0088      403-1234-2024
"""

HEADER_TABLE_TABS = (
    "BESLUT\nDatum\tEr beteckning\tVår beteckning\n2024-04-12\tKS 2024/0088\t403-1234-2024\n"
)

HEADER_TABLE_MERGED = (
    "BESLUT\nDatum Er beteckning Vår beteckning\n2024-04-12 KS 2024/0088 403-1234-2024\n"
)

MSB_LETTER = """\
Myndigheten för samhällsskydd och beredskap
Datum 2024-02-02
Vårt dnr MSB 2024-01234
Ert dnr KS 2023/1111
"""

DELEGATIONSBESLUT = """\
DELEGATIONSBESLUT
Socialförvaltningen
Beslutsdatum: 2024-10-01             Ärendenummer: SN 2024/0345

Med stöd av delegation från Socialnämnden (delegationsordning punkt 4.2, SN 2023/0012)
beslutar jag att bevilja ekonomiskt bistånd med 8 250 kronor.
"""

DELEGATION_DIARIENR = """\
Socialförvaltningen
Diarienr: SN 2024.123
Datum: 2024-09-03

Delegationsbeslut
Beslutsdatum 2024-09-03
Med stöd av delegation från Socialnämnden beslutas att bevilja bistånd med 3 450 kr per månad.
"""

FULL_PROTOKOLL = """\
Kommunstyrelsen
PROTOKOLL
Sammanträdesdatum 2024-03-12

§ 45  Dnr KS 2024/0123
Budget 2025
Beslut
1. Kommunstyrelsen godkänner budgeten om 12,5 mnkr.

§ 46  Dnr KS 2024/0130
Detaljplan för Kronan 7:140
Beslut
Kommunstyrelsen antar detaljplanen.

§ 47  Dnr KS 2023/0988
Motion om gatubelysning
Beslut
Motionen avslås.

§ 48
Dnr KS 2024/0201
Informationsärenden
Beslut
Informationen noteras.
"""

FULL_PROTOKOLL_PAGES = """\
Kommunstyrelsen             PROTOKOLL            Sammanträdesdatum 2024-03-12

§ 45  Dnr KS 2024/0123
Budget 2025

§ 46  Dnr KS 2024/0130
Detaljplan

§ 47  Dnr KS 2023/0988
Motion
\fKommunstyrelsen             PROTOKOLL            Sammanträdesdatum 2024-03-12

§ 48  Dnr KS 2024/0201
Information
"""

PROTOKOLL_DNR_UNDER_TITLE = """\
Socialnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-02-20

§ 12
Budgetuppföljning
Dnr SN 2024/0011

§ 13
Taxor och avgifter
Dnr SN 2024/0031

§ 14
Delegationsbeslut
Dnr SN 2024/0002
"""

PROTOKOLL_FORMAL_PARAGRAPHS = """\
Kommunfullmäktige
PROTOKOLL
Sammanträdesdatum 2024-03-12

§ 1 Val av justerare
§ 2 Godkännande av dagordning
§ 3 Anmälningar
§ 4 Dnr KS 2024/0123
Budget 2025
"""

PROTOKOLLSUTDRAG = """\
Kommunstyrelsen                    PROTOKOLLSUTDRAG
Sammanträdesdatum 2024-03-12

§ 45   Dnr KS 2024/0123
Budget 2025
Ärendet har tidigare behandlats (dnr KS 2023/0777).
"""

UTDRAG_PARENTHESES = """\
Socialnämnden      Utdrag ur protokoll      2024-03-12

§ 12 Budget 2025 (dnr SN 2024/0011)
Nämnden beslutar enligt förslaget, se tidigare beslut (SN 2023/0777).
"""

FULL_PROTOKOLL_PARENTHESES = """\
Kommunstyrelsen
PROTOKOLL
Sammanträdesdatum 2024-03-12

§ 45 Budget 2025 (KS 2024/0123)
Beslut: Godkänns.

§ 46 Motion (S) om belysning (KS 2023/0988)
Beslut: Motionen avslås.

§ 47 Taxor (KS 2024/0130)
Beslut: Godkänns.
"""

RUNNING_HEADER = """\
Tjänsteskrivelse          Dnr KS 2024/0456          2024-04-02
Till Kommunstyrelsen

Nytt avtal
Avtalet kostar 300 tkr per år.
\fTjänsteskrivelse          Dnr KS 2024/0456          2024-04-02

Förslag till beslut
1. Kommunstyrelsen godkänner avtalet.
"""

BODY_CITATIONS = """\
Tjänsteskrivelse
Dnr KS 2024/0456

Remiss från Finansdepartementet (Fi2024/00123) om ändrade regler. Länsstyrelsens beslut
med beteckning 403-1234-2023 överklagas inte. Kommunens yttrande, Dnr KS 2023/0999, bifogas.
Kommunfullmäktige beslutade 2023-05-12, § 45, dnr KS 2023/0123, att ge uppdraget.
"""

REMISS_TITLE = """\
Kommunstyrelsen
Yttrande över remiss Fi2024/00123 om kommunal redovisning
2024-04-02
"""

LABEL_OVER_VALUE = """\
Region Västerbotten                 TJÄNSTESKRIVELSE
                                    Diarienummer
                                    RS 2024-01234
                                    Datum
                                    2024-04-02
"""

CLASSIFIED = "Vår referens: Eva Ek\nVårt dnr: 2024/123-1.2.3\n"

SHORT_FORM = """\
Tjänsteskrivelse
Diarienummer 123-2024
2024-04-02
Handläggare Eva Ek, telefon 0690-123 45
"""

ESIGNATURE = """\
Verifikat
Transaktion 09222115557512345678

Dokument
Beslut om tilldelning
Huvuddokument
2 sidor
Startades 2024-05-14 10:22:31 CEST (+0200) av Anna Andersson (AA)
Referensnummer: 2312-4567
Signerare
Anna Andersson (AA)
anna.andersson@uu.se
Signerade 2024-05-14 10:25:02 CEST (+0200)
"""

WRAPPED_CITATION = """\
TJÄNSTESKRIVELSE
DNR 2024/123
Ärendet har tidigare behandlats av kommunstyrelsen (dnr KS
2023/0777). Fastigheten med beteckning Ek 1:23 ingår, enligt lagen (2018:222).
"""

REGERINGSKANSLIET = "Regeringskansliet\nBeslut 2024-01-15 C2024/123\n"

# (document, own diarienummer, references)
NUMBERS = [
    pytest.param(UFV_BESLUT, "UFV 2024/1234", {"2024-00456"}, id="ufv-beslut-er-beteckning"),
    # Luleå tekniska universitet: label in the header line, an earlier decision cited
    pytest.param(LTU_BESLUT, "LTU-1234-2024", {"LTU-987-2022"}, id="ltu-beslut"),
    # Linköpings universitet: mixed-case prefix, a citation with "Se även"
    pytest.param(LIU_BESLUT, "LiU-2024-01234", {"LiU-2023-04567"}, id="liu-beslut"),
    # Naturvårdsverket: "Ärendenummer" over the number, two-digit year
    pytest.param(NV_BESLUT, "NV-01234-24", set(), id="nv-arendenummer-cell"),
    # Länsstyrelse: "Vår beteckning" and "Er beteckning" merged on one text line
    pytest.param(LANSSTYRELSE_MERGED, "403-123456-2024", {"2024/77"}, id="lst-merged-labels"),
    # the other party's number first in a header table: padded PDF text, DOCX tabs, merged TXT
    pytest.param(HEADER_TABLE_PADDED, "403-1234-2024", {"KS 2024/0088"}, id="er-first-padded"),
    pytest.param(HEADER_TABLE_TABS, "403-1234-2024", {"KS 2024/0088"}, id="er-first-tabs"),
    pytest.param(HEADER_TABLE_MERGED, "403-1234-2024", {"KS 2024/0088"}, id="er-first-merged"),
    # state agency letter: "Vårt dnr" / "Ert dnr"
    pytest.param(MSB_LETTER, "MSB 2024-01234", {"KS 2023/1111"}, id="msb-vart-ert-dnr"),
    # delegationsbeslut: "Ärendenummer:" beside "Beslutsdatum", delegationsordning cited
    pytest.param(DELEGATIONSBESLUT, "SN 2024/0345", {"SN 2023/0012"}, id="delegation"),
    # socialförvaltning: "Diarienr:" with a dotted number
    pytest.param(DELEGATION_DIARIENR, "SN 2024.123", set(), id="delegation-diarienr"),
    # full sammanträdesprotokoll: no own number, each §'s dnr a reference
    pytest.param(
        FULL_PROTOKOLL,
        None,
        {"KS 2024/0123", "KS 2024/0130", "KS 2023/0988", "KS 2024/0201"},
        id="full-protokoll",
    ),
    pytest.param(
        FULL_PROTOKOLL_PAGES,
        None,
        {"KS 2024/0123", "KS 2024/0130", "KS 2023/0988", "KS 2024/0201"},
        id="full-protokoll-running-header",
    ),
    pytest.param(
        PROTOKOLL_DNR_UNDER_TITLE,
        None,
        {"SN 2024/0011", "SN 2024/0031", "SN 2024/0002"},
        id="full-protokoll-dnr-under-title",
    ),
    # kommunfullmäktige: formal §§ (justerare, dagordning) without numbers
    pytest.param(PROTOKOLL_FORMAL_PARAGRAPHS, None, {"KS 2024/0123"}, id="protokoll-formal-§§"),
    # protokollsutdrag: the dnr beside the §, an earlier case cited in parentheses
    pytest.param(PROTOKOLLSUTDRAG, "KS 2024/0123", {"KS 2023/0777"}, id="utdrag"),
    # the dnr in parentheses ending the § heading line (Platina-style protokoll)
    pytest.param(UTDRAG_PARENTHESES, "SN 2024/0011", {"SN 2023/0777"}, id="utdrag-parentheses"),
    pytest.param(
        FULL_PROTOKOLL_PARENTHESES,
        None,
        {"KS 2024/0123", "KS 2023/0988", "KS 2024/0130"},
        id="full-protokoll-parentheses",
    ),
    # the dnr in a running header repeated on every page
    pytest.param(RUNNING_HEADER, "KS 2024/0456", set(), id="running-header"),
    # citations in the body: parentheses, "med beteckning", ", Dnr", "§ 45, dnr"
    pytest.param(
        BODY_CITATIONS,
        "KS 2024/0456",
        {"Fi2024/00123", "403-1234-2023", "KS 2023/0999", "KS 2023/0123"},
        id="body-citations",
    ),
    # a remiss number in the title is the ministry's, not the document's
    pytest.param(REMISS_TITLE, None, {"Fi2024/00123"}, id="remiss-title"),
    # Region: label cell over its value in the right column
    pytest.param(LABEL_OVER_VALUE, "RS 2024-01234", set(), id="label-over-value"),
    # kommun with klassificeringsstruktur behind "Vårt dnr:"
    pytest.param(CLASSIFIED, "2024/123-1.2.3", set(), id="vart-dnr-classified"),
    # Lund / Härnösand short form behind "Diarienummer"
    pytest.param(SHORT_FORM, "123-2024", set(), id="short-form-label"),
    # e-signature verification page: transaction ids and reference numbers are no case numbers
    pytest.param(ESIGNATURE, None, set(), id="esignature-page"),
    # plain text wrapped at 72 columns between prefix and year; a label in capitals;
    # a fastighetsbeteckning behind "beteckning" is no case number
    pytest.param(WRAPPED_CITATION, "2024/123", {"KS 2023/0777"}, id="wrapped-citation"),
    # a year behind a label is no case number
    pytest.param(
        "Handlingar under diarienummer 2024 finns i registret.", None, set(), id="label-year"
    ),
    # Regeringskansliet: the number printed beside the date without a label
    pytest.param(REGERINGSKANSLIET, "C2024/123", set(), id="unlabelled-beside-date"),
    # ... but not when the line says more: a remiss number beside the date is the ministry's
    pytest.param(
        "Kommunstyrelsen\nYttrande över remiss Fi2024/00123 2024-04-02\n",
        None,
        {"Fi2024/00123"},
        id="remiss-beside-date",
    ),
]


@pytest.mark.parametrize(("text", "own", "references"), NUMBERS)
def test_own_number_and_references(text: str, own: str | None, references: set[str]) -> None:
    assert _numbers(text) == (own, references)


K = "SEK"

TABLE_TKR = """\
Kostnadsslag              Belopp (tkr)
Personal                          1 200
Lokaler                             400
Totalt                            1 600
"""

TABLE_YEARS_UNIT_FIRST = """\
Kostnad (tkr)        2025      2026      2027
Personal               500       520       540
Drift                  100       100       100
Summa                  600       620       640
"""

TABLE_YEARS_UNIT_ROW = """\
Tabell 1. Kostnader per år
                    2025      2026      2027
                    tkr       tkr       tkr
Personal             500       520       540
Totalt               500       520       540
"""

TABLE_YEARS_LABEL_UNIT = """\
                      2025      2026      2027
Personal, tkr          500       520       540
Drift, tkr             100       100       100
"""

TABLE_YEARS_UNIT_LAST = """\
Kostnadsslag         2025     2026     2027   (tkr)
Personal              500      520      540
Summa                 500      520      540
"""

TABLE_YEARS_TABS = "Belopp (tkr)\t2025\t2026\nInvestering\t1 000\t2 000\nSumma\t1 000\t2 000\n"

TABLE_AR_COLUMN = """\
År        Belopp (kr)
2025      150 000
2026      175 000
Summa     325 000
"""

TABLE_BUDGET_YEAR = """\
Post                     Budget 2025 (tkr)
Material                        50
Resor                           25
Summa                           75
"""

TABLE_PERCENT = """\
Post            Belopp (tkr)     Andel (%)
Personal               1 200            75
Lokaler                  400            25
Summa                  1 600           100
"""

TABLE_KR_CELLS = """\
Åtgärd                         Kostnad
Ny belysning                   450 000 kr
Skyltar                        50 000 kr
Totalt                         500 000 kr
"""

TABLE_MERGED = "Kostnadsslag Belopp (tkr)\nPersonal 1 200\nLokaler 400\nSumma 1 600\n"

TABLE_MERGED_YEARS = "Kostnadsslag 2025 2026 (tkr)\nPersonal 500 520\nSumma 500 520\n"

# reportlab tables as the PDF reader lays them out: close columns set one space apart
PDF_CLOSE_COLUMNS = """\
                             Kostnadsslag Belopp (tkr)
                             Personal     1 200
                             Totalt       1 600

                         Kostnad (tkr) 2025 2026 2027
                         Personal     500   520   540
                         Summa        500   520   540

                               År       Belopp (kr)
                               2025     150 000
                               Summa 325 000
"""

# headers naming the year and the unit without parentheses
YEAR_UNIT_HEADERS = """\
Post          Budget 2025 tkr    Utfall 2024 tkr
Personal      500                480
"""

PROPOSALS = """\
Kommunstyrelsens förslag till kommunfullmäktige
1. Kommunfullmäktige anslår 2 000 000 kr till projektet.
2. Finansiering sker genom kommunstyrelsens medel för oförutsedda behov om 500 tkr.
"""

QUALIFIERS = """\
Kostnaden beräknas till cirka 3,4 mnkr, varav 1,2 mnkr år 2025. Totalt 4 600 000 kr.
Kostnaden uppgår till drygt 1,2 miljoner kronor per år. Ersättning 1 500 kr/år.
Bidraget är högst 780 tkr och minst 50 000 kronor, sammanlagt 830 000 kronor.
"""

NOT_AMOUNTS = """\
Kommunen har 12 500 invånare och postnummer 831 82. Telefon 063-14 30 00.
Fastigheten Kronan 7:140 enligt lagen (2018:222). Organisationsnummer 212000-2411.
Mötet börjar kl. 13:00. Räntan är 2,5 %. Under perioden 2025-2027 deltar 120 personer.
"""

# (document, amounts in order as (value, currency, qualifier))
AMOUNTS = [
    # kommun tjänsteskrivelse: one "Belopp (tkr)" column with a Totalt row
    pytest.param(
        TABLE_TKR,
        [("1200000", K, None), ("400000", K, None), ("1600000", K, "total")],
        id="belopp-tkr",
    ),
    # regional budget: unit in the first header cell, a column per year
    pytest.param(
        TABLE_YEARS_UNIT_FIRST,
        [
            *[("500000", K, None), ("520000", K, None), ("540000", K, None)],
            *[("100000", K, None)] * 3,
            *[("600000", K, "total"), ("620000", K, "total"), ("640000", K, "total")],
        ],
        id="years-unit-first",
    ),
    # PDF table: years over a row of "tkr"
    pytest.param(
        TABLE_YEARS_UNIT_ROW,
        [
            *[("500000", K, None), ("520000", K, None), ("540000", K, None)],
            *[("500000", K, "total"), ("520000", K, "total"), ("540000", K, "total")],
        ],
        id="years-over-unit-row",
    ),
    # the unit in each row's label
    pytest.param(
        TABLE_YEARS_LABEL_UNIT,
        [("500000", K, None), ("520000", K, None), ("540000", K, None), *[("100000", K, None)] * 3],
        id="years-unit-in-row-label",
    ),
    # the unit after the year columns
    pytest.param(
        TABLE_YEARS_UNIT_LAST,
        [
            *[("500000", K, None), ("520000", K, None), ("540000", K, None)],
            *[("500000", K, "total"), ("520000", K, "total"), ("540000", K, "total")],
        ],
        id="years-unit-last",
    ),
    # DOCX table cells
    pytest.param(
        TABLE_YEARS_TABS,
        [
            ("1000000", K, None),
            ("2000000", K, None),
            ("1000000", K, "total"),
            ("2000000", K, "total"),
        ],
        id="years-docx-tabs",
    ),
    # years in an "År" column are not amounts
    pytest.param(
        TABLE_AR_COLUMN,
        [("150000", K, None), ("175000", K, None), ("325000", K, "total")],
        id="ar-column",
    ),
    # a year inside the unit header
    pytest.param(
        TABLE_BUDGET_YEAR,
        [("50000", K, None), ("25000", K, None), ("75000", K, "total")],
        id="budget-2025-tkr",
    ),
    # a percentage column beside the amounts
    pytest.param(
        TABLE_PERCENT,
        [("1200000", K, None), ("400000", K, None), ("1600000", K, "total")],
        id="percent-column",
    ),
    # a yearly unit in the header: the rows are amounts, qualified like any table row
    pytest.param(
        "Post        Kostnad (tkr/år)\nHyra        450\nEl          50\nSumma       500\n",
        [("450000", K, None), ("50000", K, None), ("500000", K, "total")],
        id="tkr-per-ar-header",
    ),
    # cells that carry their own unit
    pytest.param(
        TABLE_KR_CELLS,
        [("450000", K, None), ("50000", K, None), ("500000", K, "total")],
        id="kr-cells",
    ),
    # a table merged into single spaces (plain text)
    pytest.param(
        TABLE_MERGED,
        [("1200000", K, None), ("400000", K, None), ("1600000", K, "total")],
        id="merged-table",
    ),
    # an "År" column merged into single spaces: the years label the rows
    pytest.param(
        "År Belopp (tkr)\n2025 500\n2026 1 520\nSumma 2 020\n",
        [("500000", K, None), ("1520000", K, None), ("2020000", K, "total")],
        id="merged-ar-column",
    ),
    pytest.param(
        TABLE_MERGED_YEARS,
        [("500000", K, None), ("520000", K, None), ("500000", K, "total"), ("520000", K, "total")],
        id="merged-years",
        marks=pytest.mark.xfail(strict=True, reason="'500 520' could be one number or two"),
    ),
    # a PDF table whose header or sum row lost its column gap
    pytest.param(
        PDF_CLOSE_COLUMNS,
        [
            *[("1200000", K, None), ("1600000", K, "total")],
            *[("500000", K, None), ("520000", K, None), ("540000", K, None)],
            *[("500000", K, "total"), ("520000", K, "total"), ("540000", K, "total")],
            *[("150000", K, None), ("325000", K, "total")],
        ],
        id="pdf-close-columns",
    ),
    pytest.param(
        YEAR_UNIT_HEADERS, [("500000", K, None), ("480000", K, None)], id="budget-2025-tkr-header"
    ),
    pytest.param("Ramen för budget 2024–2026 tkr fastställs senare.", [], id="year-range-unit"),
    # amounts in the proposals ("om" is no qualifier)
    pytest.param(PROPOSALS, [("2000000", K, None), ("500000", K, None)], id="proposals"),
    # qualifiers: cirka/drygt/varav → none, Totalt, per år, kr/år, högst, minst, sammanlagt
    pytest.param(
        QUALIFIERS,
        [
            ("3400000", K, None),
            ("1200000", K, None),
            ("4600000", K, "total"),
            ("1200000", K, "per_year"),
            ("1500", K, "per_year"),
            ("780000", K, "max"),
            ("50000", K, "min"),
            ("830000", K, "total"),
        ],
        id="qualifiers",
    ),
    # euro in words and as a code, a university's EU grant
    pytest.param(
        "Stödet är 2 miljoner euro (EUR 2 000 000) och högst 500 000 €.",
        [("2000000", "EUR", None), ("2000000", "EUR", None), ("500000", "EUR", "max")],
        id="euro",
    ),
    # öre: a price with a colon, decimals with a comma, the kronor dash
    pytest.param(
        "Avgiften är 49:50 kr per timme, 12 345,50 kr totalt och 1 234:- per månad.",
        [("49.50", K, None), ("12345.50", K, None), ("1234", K, None)],
        id="ore",
    ),
    # a PDF line broken inside an amount and between number and unit
    pytest.param(
        "Regionen bidrar med högst 1 200\n000 kronor. Dessutom 250\ntkr.",
        [("1200000", K, "max"), ("250000", K, None)],
        id="wrapped",
    ),
    # "i år" is this year, "om året" every year
    pytest.param(
        "Anslaget är 2 mnkr i år och 200 000 kr om året. Taxan sänks från 1 250 till 1 000 kronor.",
        [("2000000", K, None), ("200000", K, "per_year"), ("1250", K, None), ("1000", K, None)],
        id="i-ar-om-aret-range-down",
    ),
    # öre: a price per unit of energy
    pytest.param("Nätavgiften höjs med 50 öre per kWh.", [("0.50", K, None)], id="ore-per-kwh"),
    # wrapped between the scale word and the currency
    pytest.param(
        "Kostnaden beräknas till sammanlagt 58 miljoner\nkronor.",
        [("58000000", K, "total")],
        id="miljoner-wrapped",
    ),
    # plain text wrapped at 72 columns between "per" and "år"
    pytest.param(
        "Regionen bidrar med 780 000 kr per\når under projektperioden.",
        [("780000", K, "per_year")],
        id="per-ar-wrapped",
    ),
    # numbers without a currency
    pytest.param(NOT_AMOUNTS, [], id="not-amounts"),
    # documents whose amounts are in running text only
    pytest.param(DELEGATION_DIARIENR, [("3450", K, None)], id="delegation-per-manad"),
    pytest.param(UFV_BESLUT, [("2500000", K, "max")], id="ufv-hogst-mnkr"),
    pytest.param(NV_BESLUT, [("120000", "EUR", None), ("40000", "EUR", None)], id="nv-euro"),
    pytest.param(RUNNING_HEADER, [("300000", K, "per_year")], id="running-header-tkr-per-ar"),
    pytest.param(FULL_PROTOKOLL, [("12500000", K, None)], id="protokoll-mnkr"),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_amounts(_document(text))
    got = [(f.value.value, f.value.currency, f.value.qualifier) for f in found]
    assert got == [(Decimal(v), c, q) for v, c, q in expected]
