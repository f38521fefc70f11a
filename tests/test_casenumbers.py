"""Case numbers: the notation, every number in a document, and the document's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arende.document import Document
from arende.extractors.casenumbers import choose_own_case_number, find_case_numbers
from arende.notations import casenumbers

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"

# (printed, safe, year): forms that registries across Sweden print.  "safe" forms are
# taken anywhere; the others only behind a label or in a known place.
FORMS = [
    ("RUN/183/2024", True, 2024),  # Region Jämtland Härjedalen, regional utvecklingsnämnd
    ("RS/1234/2023", True, 2023),  # regionstyrelser (Östergötland, Västernorrland)
    ("KN/989/2022", True, 2022),  # kulturnämnd in a region
    ("KTN/77/2022", True, 2022),  # kollektivtrafiknämnd
    ("RS 2023/237", True, 2023),  # regionstyrelse, year first
    ("KS 2023/0456", True, 2023),  # kommunstyrelser (Lerum, Kungsbacka …)
    ("KS2023/456", True, 2023),  # without a space (Platina, W3D3)
    ("KS2023/41", True, 2023),  # a short running number
    ("SBN 2025/1277", True, 2025),  # samhällsbyggnadsnämnd
    ("MHN2023/108", True, 2023),  # miljö- och hälsoskyddsnämnd
    ("KS-2025-00530", True, 2025),  # Ciceron-style zero-padded
    ("KS.2024.0123", True, 2024),  # dotted (some Lex/Public 360 setups)
    ("TE 2025-00171", True, 2025),  # tekniska nämnden, Public 360
    ("SN 2024.123", True, 2024),  # socialnämnd, dotted
    ("KS 2024.987", True, 2024),
    ("Fi2004/960", True, 2004),  # Regeringskansliet (Finansdepartementet)
    ("Ju2023/01234", True, 2023),  # Justitiedepartementet
    ("UFV 2019/2106", True, 2019),  # Uppsala universitet
    ("TEKNAT 2024/88", True, 2024),  # a faculty's registry at Uppsala universitet
    ("C2024/123", True, 2024),  # single-letter registry prefix
    ("SRV-0226/18", True, 2018),  # Räddningsverket, number then two-digit year
    ("LTU-1234-2024", True, 2024),  # Luleå tekniska universitet
    ("LiU-2024-01234", True, 2024),  # Linköpings universitet, mixed case prefix
    ("NV-01234-24", True, 2024),  # Naturvårdsverket
    ("SoN 2024/12", True, 2024),  # mixed case board prefix
    ("KSAU 2024/12", True, 2024),  # kommunstyrelsens arbetsutskott
    ("ÄN 2024/33", True, 2024),  # äldrenämnd, prefix with Swedish letters
    ("BUN 2022/1234-5", True, 2022),  # with a document suffix
    ("FS 1.1-1234-24", True, 2024),  # Försäkringskassan: filing code before the number
    ("SU FV-1.1.2-1234-24", True, 2024),  # Stockholms universitet: registry, unit, code
    ("TRV 2024/01234", True, 2024),  # Trafikverket
    ("KUN-2024-00123", True, 2024),  # kultur- och utbildningsnämnd, hyphens
    ("SBN-2024-123", True, 2024),
    ("2024/123-1.2.3", True, 2024),  # kommuner with klassificeringsstruktur (Håbo, Botkyrka)
    ("2022/233-5.8.8", True, 2022),
    ("403-123456-2012", True, 2012),  # länsstyrelser
    ("1.2.3-1234/2024", True, 2024),  # filing code first (some authorities)
    ("3.1-2024-01234", True, 2024),  # filing code, year, number (some state agencies)
    ("2024/1234", True, 2024),  # a long number after the year
    ("123-2024", False, 2024),  # Lund, Härnösand: needs a label
    ("4468-2017", False, 2017),
    ("22-2021", False, 2021),
    ("2024-00123", False, 2024),  # Public 360 number without prefix
    ("0836/23", False, 2023),  # Göteborgs Stad: number / two-digit year
    ("2024/567", True, 2024),
    ("2023/24", False, 2023),  # also a läsår: only behind a label
]


@pytest.mark.parametrize(("text", "safe", "year"), FORMS)
def test_forms(text: str, safe: bool, year: int) -> None:
    (match,) = casenumbers.finditer(text)
    assert (match.text, match.safe, match.year) == (text, safe, year)
    assert casenumbers.is_valid(text)
    assert casenumbers.year(text) == year


@pytest.mark.parametrize(("text", "safe", "year"), FORMS)
def test_forms_in_running_text(text: str, safe: bool, year: int) -> None:
    (match,) = casenumbers.finditer(f"Se ärende {text}, som behandlades tidigare.")
    assert match.text == text


NOT_CASE_NUMBERS = [
    "2024-04-02",  # ISO date
    "den 2 april 2024",
    "2024-2027",  # year range
    "2024–2027",
    "perioden 2020-2024",
    "19800412-1234",  # personnummer
    "800412-1234",
    "556123-4567",  # organisationsnummer
    "0647-161 00",  # phone numbers
    "08-123 456 78",
    "(2018:222)",  # SFS number
    "SFS 2017:725",
    "prop. 2023/24:12",  # government bill
    "Prop. 2023/24:1",
    "SOU 2023:45",
    "förordning (EU) 2016/679",  # EU act
    "EU 2016/679",
    "Kronan 7:140",  # fastighetsbeteckning
    "831 40 Östersund",  # postal code
    "780 000 kr",  # amount
    "kl. 13:30",
    "§ 234",
    "Datum 2024-04-02",  # a capitalised word before a date
    "Sida 2 av 4",
    "KS 2024-2027",  # a year range after capitals
    "version 2.1.3",
    "",
]


@pytest.mark.parametrize("text", NOT_CASE_NUMBERS)
def test_not_case_numbers(text: str) -> None:
    assert list(casenumbers.finditer(text)) == []


def test_compact() -> None:
    assert casenumbers.compact(" ks 2023/ 0456 ") == "KS2023/0456"


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(f.value, f.rule) for f in find_case_numbers(Document.from_texts(text.split("\f")))]


def _own(text: str) -> str | None:
    doc = Document.from_texts(text.split("\f"))
    own = choose_own_case_number(doc, find_case_numbers(doc))
    return None if own is None else own.value


# (document text, the own number) — layouts of the first page, footer and protokoll.
OWN = [
    # seed-style footer block, padded columns (PDF, padded TXT)
    (
        "Ärende\n\nBrödtext.\n\n"
        "Samhällsutveckling                       Regionala utvecklingsnämnden\n"
        "Åsa Hernerud                             RUN/183/2024\n"
        "asa.hernerud@regionjh.se                 2024-04-02\n",
        "RUN/183/2024",
    ),
    # the same footer merged with single spaces (seed_001.txt)
    (
        "Brödtext.\n\nSamhällsutveckling Regionala utvecklingsnämnden\n"
        "Åsa Hernerud RUN/183/2024\nasa.hernerud@regionjh.se 2024-04-02\n",
        "RUN/183/2024",
    ),
    # footer with a digit-only number above the date
    (
        "Brödtext.\n\nKommunledningskontoret    Kommunstyrelsen\n"
        "Per Persson               123-2024\n"
        "per.persson@kommun.se     2024-02-15\n",
        "123-2024",
    ),
    # a DOCX footer table
    (
        "Brödtext.\n\nKultur\tKulturnämnden\n"
        "Anna Ek\tKN/2061/2024\nanna.ek@region.se\t2024-05-06\n",
        "KN/2061/2024",
    ),
    # header table: label row over value row (Lund, Håbo: "Vår beteckning")
    (
        "Lunds kommun      TJÄNSTESKRIVELSE\n"
        "Datum                Vår beteckning        Handläggare\n"
        "2024-02-15           329-2024              Jörgen Lindh\n\n"
        "Brödtext (dnr 1040-2021).\n",
        "329-2024",
    ),
    # header table in a DOCX (tab cells)
    (
        "Till\tSamhällsbyggnadsnämnden\nDatum\tDiarienummer\tHandläggare\n"
        "2025-05-30\tSBN 2025/1277\tLinnéa Eklund\n",
        "SBN 2025/1277",
    ),
    # the header table merged into single-spaced lines (plain text)
    (
        "Lunds kommun TJÄNSTESKRIVELSE\nDatum Vår beteckning Handläggare\n"
        "2024-02-15 329-2024 Jörgen Lindh\n\nText.\n",
        "329-2024",
    ),
    ("Datum Er beteckning\n2024-02-15 329-2024\n\nText.\n", None),
    ("Beslutet fattades enligt\n329-2024 som gäller.\n", None),
    # label and value on one line, wide gap (Åre, Härnösand)
    (
        "Datum           4 april 2024\nÄrendenummer    916-2024\nHandläggare     Pär Wallin\n",
        "916-2024",
    ),
    ("Datum    2023-09-27\nDnr      SBN2023/2196\n", "SBN2023/2196"),
    ("Dnr: KS 2022/2069\n\nText.", "KS 2022/2069"),
    ("Diarienummer 2024/567\n\nText.", "2024/567"),
    ("Vårt dnr 2024-00123\n\nText.", "2024-00123"),
    ("Dnr 2024-00123\n\nText.", "2024-00123"),
    ("Vår beteckning\nKS 2024/12\n\nText.", "KS 2024/12"),  # label above value, one column
    # the other party's number is a reference, ours is the own
    ("Er beteckning: 2024/55\nVår beteckning: KS 2024/99\n", "KS 2024/99"),
    ("Ert dnr 123-2023\n\nText.", None),
    # a running header on every page
    ("Dnr KS 2024/0123\nSida 1 av 2\nText.\fDnr KS 2024/0123\nSida 2 av 2\n", "KS 2024/0123"),
    # protokollsutdrag: the number beside the §
    ("Kommunstyrelsen\nPROTOKOLLSUTDRAG\n\n§ 234   Dnr: KS 2022/2069\n\nRubrik\n", "KS 2022/2069"),
    ("§ 198   RS/979/2021\n\nInvestering\n", "RS/979/2021"),
    ("§ 67               620-2024\n\nAnsökan\n", "620-2024"),
    ("§ 256   Dnr 22-2021\n\nFörsäljning\n", "22-2021"),
    ("§ 14   0836/23\n\nDetaljplan\n", "0836/23"),
    ("§ 77\tKS2023/1475\nRiktlinjer\n", "KS2023/1475"),
    # an extract of two §§: the first
    (
        "PROTOKOLLSUTDRAG\n§ 12   KS 2024/1\nA\n\n§ 13   KS 2024/2\nB\n\n§ 14   KS 2024/3\nC\n",
        "KS 2024/1",
    ),
    # a full protokoll with many §§, each with its own number: no own number
    (
        "SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\n§ 12   KS 2024/1\nA\n\n"
        "§ 13   KS 2024/2\nB\n\n§ 14   Dnr KS 2024/3\nC\n\n§ 15   KS 2024/4\nD\n",
        None,
    ),
    # the number on the line under the § heading
    ("PROTOKOLLSUTDRAG\n\n§ 45\nDnr KS 2024/12\n\nBudget\n", "KS 2024/12"),
    ("§ 45\n620-2024\n\nAnsökan om bidrag\n", "620-2024"),
    # a full protokoll whose §§ carry their number on the next line
    (
        "PROTOKOLL\nKommunfullmäktige\n\n§ 1\nDnr KF 2024/1\nA\n\n§ 2\nDnr KF 2024/2\nB\n\n"
        "§ 3\nDnr KF 2024/3\nC\n",
        None,
    ),
    # a Beslutsunderlag line above a dated line is not the footer block
    ("Text.\n\nBeslutsunderlag\nSkrivelse KS 2024/12\nTjänsteskrivelse 2024-03-01\n", None),
    # merged text columns: the label in the middle of a head line
    ("Kommunledningsförvaltningen Dnr KS 2024/123\n\nText.\n", "KS 2024/123"),
    ("Kommunstyrelsen (Dnr KS 2020/9)\n\nText.\n", None),
    # a footer whose date line has no e-mail, merged with single spaces
    ("Text.\n\nKultur Kulturnämnden\nPer Persson KN/12/2024\n2024-02-15\n", "KN/12/2024"),
    # numbers only cited in the body: no own number
    ("Ärendet har behandlats tidigare (dnr KS 2022/0101).\n", None),
    ("Se även RS/512/2022 och ärende SN 2023.77.\n", None),
    ("Beslutsunderlag\nTjänsteskrivelse 2024-03-01, dnr KS 2024/12\n", None),
    ("Ingen diarieuppgift alls.", None),
    # the own number in the head is not replaced by a cited one
    ("Dnr KS 2024/0123\n\nSe tidigare beslut, dnr KS 2020/0001.\n", "KS 2024/0123"),
    # a number standing alone on a line of the first page's head
    ("Ärendet\nKS 2024/555\n\nText.", "KS 2024/555"),
    ("Vi hänvisar till ärende 2024-00123.", None),  # unlabelled digit form: not taken
]


@pytest.mark.parametrize(("text", "own"), OWN)
def test_own_case_number(text: str, own: str | None) -> None:
    assert _own(text) == own


# (text, every number in order, without labels)
ALL = [
    ("Dnr: KS 2022/2069", ["KS 2022/2069"]),
    ("(dnr KS 2022/0101)", ["KS 2022/0101"]),
    ("antogs 2022-01-26, § 91 (dnr 1040-2021).", ["1040-2021"]),
    ("tidigare behandlats av Socialnämnden (dnr 1894-2022).", ["1894-2022"]),
    ("se även RS/512/2022", ["RS/512/2022"]),
    ("se även ärende SN 2023.77.", ["SN 2023.77"]),
    ("Er beteckning 2024/55", ["2024/55"]),
    ("Diarienr. 2024-00123", ["2024-00123"]),
    ("D.nr 123-2024", ["123-2024"]),
    ("Ärende nr 4468-2017", ["4468-2017"]),
    # unlabelled digit forms are not taken in running text
    ("Kontakta 123-2024 eller 2024-00123 i text.", []),
    ("under läsåret 2023/24 och säsongen 2023/2024", []),
    ("Datum 2024-04-02, perioden 2024-2027, pnr 19800412-1234.", []),
    ("lag (2018:222) och förordning (EU) 2016/679", []),
    ("fastigheten Kronan 7:140 för 850 000 kr", []),
    ("förordning (EU) nr 1303/2013", []),
    # other shapes are taken behind a label only
    ("Dnr 12345", ["12345"]),  # a running number without a year (small registries)
    ("Dnr 8-12342024", ["8-12342024"]),  # Skatteverket-like running number
    ("Dnr KS/2024:12", ["KS/2024:12"]),  # colon before the running number
    ("Dnr: 2024:123", ["2024:123"]),
    ("Dnr 12", []),  # too short to be a case number
    ("Dnr 2024-04-02", []),  # a date behind a label is still a date
    ("Lag (2018:222) och 12345", []),
    ("HFD 2019 ref. 123", []),  # a court report
    ("Vår ref: 2024:567", ["2024:567"]),
    pytest.param(
        "Dnr 2024.123 KS",  # prefix after the number
        ["2024.123 KS"],
        marks=pytest.mark.xfail(strict=True, reason="a trailing prefix is not read"),
    ),
    (
        "Dnr KS 2024/1 och KS 2024/2, se RS/9/2020.",
        ["KS 2024/1", "KS 2024/2", "RS/9/2020"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_find_case_numbers(text: str, expected: list[str]) -> None:
    assert [value for value, _ in _numbers(text)] == expected


def test_provenance() -> None:
    doc = Document.from_texts(["Sida 1", "Dnr: KS 2022/2069"])
    (found,) = find_case_numbers(doc)
    assert (found.page, found.span, found.text, found.rule) == (
        2,
        (5, 17),
        "KS 2022/2069",
        "dnr_label_head",
    )


JUNK = [
    "",
    "\f",
    "😀 Dnr 😀 KS 😀 2024/😀",
    "1" * 10_000,
    "1-" * 5_000,
    "2024/" * 2_000,
    "KS 2024/1 " * 1_000,
    "§ 1 Dnr\n" * 500,
    "Dnr\tDnr\tDnr\n" * 300,
    "\x00\x01 RUN/183/2024 \x02",
    "Dnr KS 2024/1 " * 1_000,  # many labelled numbers on one line
    "2024/111\n" * 1_000,
    bytes(range(256)).decode("latin-1"),  # binary
]


@pytest.mark.parametrize("junk", JUNK)
def test_robustness(junk: str) -> None:
    list(casenumbers.finditer(junk))
    casenumbers.is_valid(junk)
    casenumbers.year(junk)
    casenumbers.compact(junk)
    doc = Document.from_texts(junk.split("\f"))
    found = find_case_numbers(doc)
    own = choose_own_case_number(doc, found)
    assert own is None or own in found


def _corpus_documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("path", _corpus_documents(), ids=lambda p: p.name)
def test_corpus_text_case_numbers(path: Path) -> None:
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    doc = Document.from_texts(path.read_text(encoding="utf-8").split("\f"))
    found = find_case_numbers(doc)
    own = choose_own_case_number(doc, found)
    assert (None if own is None else own.value) == truth["diarienummer"]
    own_key = None if own is None else casenumbers.compact(own.value)
    references = {casenumbers.compact(f.value) for f in found} - {own_key}
    assert references == {casenumbers.compact(r) for r in truth["references"]}
