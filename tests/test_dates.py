"""Dates: arende.notations.dates and the extractors find_dates, find_invalid_dates."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from arende.document import Document
from arende.extractors.dates import find_dates, find_invalid_dates
from arende.notations import dates
from corpus_cases import DEV_TRUTHS, needs_dev, text_layer_case


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


# (text, the ISO dates found in it, in order)
FOUND = [
    # --- ISO 8601, the usual form in headers, footers and body text ---
    ("2024-04-02", ["2024-04-02"]),  # footer block of a tjänsteskrivelse
    ("Datum 2024-04-02", ["2024-04-02"]),  # header table "Datum" cell
    ("Datum: 2024-04-02", ["2024-04-02"]),  # header with colon
    ("Sammanträdesdatum\n2022-11-15", ["2022-11-15"]),  # protokollsutdrag header
    ("Sammanträdesdatum 2025-05-07 Sida 1 (2)", ["2025-05-07"]),  # running header
    ("Beslutsdatum: 2023-10-02", ["2023-10-02"]),  # delegationsbeslut
    ("antogs av kommunfullmäktige 2019-05-09.", ["2019-05-09"]),  # body, earlier decision
    ("Kommunstyrelsens arbetsutskott 2022-11-04, § 74", ["2022-11-04"]),  # Beslutsunderlag
    ("- Tjänsteskrivelse 2024-03-01", ["2024-03-01"]),  # Beslutsunderlag list item
    ("Justerat 2022-09-14. Utdraget bestyrks.", ["2022-09-14"]),  # protokoll attest
    ("Justerat 2024-03-15", ["2024-03-15"]),  # protokoll attest
    ("(2024-04-02)", ["2024-04-02"]),  # in parentheses
    ("[2024-04-02]", ["2024-04-02"]),  # in brackets
    ("”2024-04-02”", ["2024-04-02"]),  # quoted
    ("2024-04-02:", ["2024-04-02"]),  # before a colon
    ("2024-04-02;", ["2024-04-02"]),  # before a semicolon
    ("2024-04-02.", ["2024-04-02"]),  # end of sentence
    ("2024-04-02, § 12", ["2024-04-02"]),  # protokoll reference
    ("§ 12, 2024-04-02", ["2024-04-02"]),  # protokoll reference, other order
    ("Ks 2024-04-02 § 5", ["2024-04-02"]),  # abbreviated committee reference
    ("KF 2023-06-19 § 87", ["2023-06-19"]),  # kommunfullmäktige reference
    ("2024-02-29", ["2024-02-29"]),  # leap day
    ("2000-02-29", ["2000-02-29"]),  # leap day in a century leap year
    ("1999-12-31", ["1999-12-31"]),  # old decision cited
    ("1992-06-30", ["1992-06-30"]),  # law date cited
    ("2099-01-01", ["2099-01-01"]),  # far future bound
    ("2024-4-2", ["2024-04-02"]),  # one-digit parts (hand-typed)
    ("2024-04-2", ["2024-04-02"]),  # one-digit day
    ("2024-4-12", ["2024-04-12"]),  # one-digit month
    ("Datum\t2024-04-02\tDnr", ["2024-04-02"]),  # DOCX table cells
    ("2024-04-02  KS 2024/12", ["2024-04-02"]),  # padded PDF columns
    ("johan.lindgren@regionjh.se 2024-09-11", ["2024-09-11"]),  # footer block, merged
    ("Åsa Hernerud RUN/183/2024 2024-04-02", ["2024-04-02"]),  # seed TXT merged columns
    ("\u00a02024-04-02\u00a0", ["2024-04-02"]),  # no-break spaces around
    ("2024-04-02\f2024-04-03", ["2024-04-02", "2024-04-03"]),  # across a page break
    ("2023-\n12-06", ["2023-12-06"]),  # line broken after a hyphen (LibreOffice PDF)
    ("2023-12-\n06", ["2023-12-06"]),  # line broken after the second hyphen
    ("2023- 12-06", ["2023-12-06"]),  # broken line joined with a space
    ("2023 -12-06", ["2023-12-06"]),  # OCR: a space before the hyphen
    ("2023—12—06", ["2023-12-06"]),  # OCR: hyphens read as em dashes
    ("Signerat 2025-01-07 12:03:53", ["2025-01-07"]),  # e-signature stamp, time is no date
    ("2025-01-07 12:03", ["2025-01-07"]),  # stamp without seconds
    ("2025-01-07T12:03:53+01:00", ["2025-01-07"]),  # machine stamp
    ("2025-01-07 kl. 13.00", ["2025-01-07"]),  # meeting time
    ("2025-01-01-2026-12-31", ["2025-01-01", "2026-12-31"]),  # compact period
    ("2024-11-01 till 2027-10-31", ["2024-11-01", "2027-10-31"]),  # period bounds count as dates
    ("2025-01-01–2026-12-31", ["2025-01-01", "2026-12-31"]),  # en-dash period
    ("fr.o.m. 2025-01-01 t.o.m. 2026-12-31", ["2025-01-01", "2026-12-31"]),  # abbreviated
    ("2022-07-31 till 2022-11-09.Helena", ["2022-07-31", "2022-11-09"]),  # PDF glued to next line
    ("Dnr KS 2024/12, 2024-04-02", ["2024-04-02"]),  # after a diarienummer
    # --- day, month name, year ---
    ("2 april 2024", ["2024-04-02"]),  # body text
    ("den 2 april 2024", ["2024-04-02"]),  # body text with "den"
    ("Den 2 april 2024", ["2024-04-02"]),  # sentence start
    ("02 april 2024", ["2024-04-02"]),  # zero-padded day
    ("2:a april 2024", ["2024-04-02"]),  # ordinal
    ("1:a maj 2025", ["2025-05-01"]),  # ordinal
    ("3:e juni 2025", ["2025-06-03"]),  # ordinal
    ("23:e oktober 2025", ["2025-10-23"]),  # ordinal
    ("21:a december 2024", ["2024-12-21"]),  # ordinal
    ("31:a januari 2024", ["2024-01-31"]),  # ordinal
    ("tisdagen den 2 april 2024", ["2024-04-02"]),  # kallelse with weekday
    ("måndag 3 juni 2024", ["2024-06-03"]),  # kallelse with weekday
    ("7 februari 2022 2022/233-5.8.8", ["2022-02-07"]),  # header row, merged with a dnr
    ("Tjänsteskrivelse 9 november 2022", ["2022-11-09"]),  # Beslutsunderlag
    ("att gälla från och med 1 juli 2022.", ["2022-07-01"]),  # open-ended: still a date
    ("att gälla från och med 1 juli\n2022.", ["2022-07-01"]),  # split by a line break
    ("1 juli\n   2022", ["2022-07-01"]),  # split, indented continuation
    ("1\njuli 2022", ["2022-07-01"]),  # split after the day
    ("1 juli  2022", ["2022-07-01"]),  # double space (justified text)
    ("1\u00a0juli\u00a02022", ["2022-07-01"]),  # no-break spaces
    ("2 April 2024", ["2024-04-02"]),  # capitalised month
    ("2 APRIL 2024", ["2024-04-02"]),  # letterhead capitals
    ("2 apr. 2024", ["2024-04-02"]),  # abbreviated with dot
    ("2 apr 2024", ["2024-04-02"]),  # abbreviated without dot
    ("2 sept 2024", ["2024-09-02"]),  # four-letter September
    ("2 sept. 2024", ["2024-09-02"]),  # four-letter September with dot
    ("2 sep 2024", ["2024-09-02"]),  # three-letter September
    ("2 febr. 2024", ["2024-02-02"]),  # four-letter February
    ("2 Okt. 2024", ["2024-10-02"]),  # capitalised abbreviation
    ("12 januari 2020.", ["2020-01-12"]),  # end of sentence
    ("den 15 november 2021, § 152", ["2021-11-15"]),  # decision reference
    ("29 februari 2024", ["2024-02-29"]),  # leap day
    ("Stockholm den 2 april 2024", ["2024-04-02"]),  # place and date line of a beslut
    ("Umeå 2024-04-02", ["2024-04-02"]),  # place and ISO date
    ("1–2 april 2024", ["2024-04-02"]),  # day range: only the second is a full date
    ("2 april 2024 och 3 maj 2024", ["2024-04-02", "2024-05-03"]),  # two dates
    # --- day.month.year ---
    ("2.4.2024", ["2024-04-02"]),  # older kommun style
    ("02.04.2024", ["2024-04-02"]),  # zero padded
    ("den 31.12.2024", ["2024-12-31"]),  # with den
    # --- day/month year ---
    ("den 2/4 2024", ["2024-04-02"]),  # protokoll short form
    ("12/10 2023", ["2023-10-12"]),  # short form
]

# (text) with no date in it
NOT_FOUND = [
    "",  # empty
    "juni 2023",  # month mention
    "sedan november 2022",  # month mention
    "i april 2024 beslutade",  # month mention in a sentence
    "2024",  # a year
    "år 2024",  # a year
    "2024-2027",  # a year range
    "Office 2024-2027 (NSSO)",  # year range in a name
    "2024-00123",  # diarienummer
    "Dnr 2024-00123",  # diarienummer with a label
    "KS-2025-00530",  # diarienummer
    "LiU-2024-01234",  # diarienummer (university)
    "LTU-1234-2024",  # diarienummer (university)
    "NV-01234-24",  # diarienummer (state authority)
    "2024/123-1.2.3",  # diarienummer (kommun with a filing code)
    "2022/233-5.8.8",  # diarienummer (kommun with a filing code)
    "SN 2024.123",  # diarienummer with a dot
    "SN 2024.12.3",  # dotted case number
    "RUN/183/2024",  # diarienummer (region)
    "KS 2023/0456",  # diarienummer (kommun)
    "C2024/123",  # diarienummer
    "123-2024",  # diarienummer
    "KS-2024-01-15",  # a code in a diarienummer shape
    "X2024-04-02",  # glued to letters
    "2024-04-02X",  # glued to letters
    "12024-04-02",  # glued to a digit
    "2024-04-021",  # one digit too many
    "2024-04-02-1",  # longer token of hyphenated digits
    "2024/04/02",  # slashes: no Swedish date form, maybe a case number
    "2024 - 2025 - 2026",  # a list of years
    "2024-04—02",  # mixed separators
    "1/2024-04-02",  # inside a longer token
    "800412-1234",  # personnummer
    "19800412-1234",  # personnummer, 12 digits
    "198004121234",  # personnummer without separator
    "20240402",  # compact digits outside a stamp
    "12:03:53",  # clock time
    "kl. 13.00",  # clock time
    "070-123 45 67",  # phone number
    "08-123 456 78",  # phone number
    "1 400:- per timme",  # amount
    "780 000 kronor",  # amount
    "2 april",  # day and month without a year
    "den 2 april",  # day and month without a year
    "april 2, 2024",  # English order
    "32 april 2024",  # no such day: not read as a date at all
    "0 april 2024",  # no such day
    "2 aprilis 2024",  # not a month name
    "2 mars2024",  # year glued to the month
    "2 maj 20245",  # five-digit year
    "2 maj 1492",  # implausible year for a case document
    "Kronan 7:140",  # fastighetsbeteckning
    "(2018:222)",  # SFS number
    "1.2.3",  # filing code
    "3.2.2024.1",  # longer dotted token
    "1.5 april",  # decimal before a month
    "12/3-2024",  # case-number-like slash form
    "0.5.2024",  # no day 0
    "1.2.24",  # two-digit year
    "2/4",  # day/month without a year
]

INVALID = [
    ("2024-02-30", ["2024-02-30"]),  # no 30 February
    ("2023-02-29", ["2023-02-29"]),  # no leap day in 2023
    ("2024-04-31", ["2024-04-31"]),  # April has 30 days
    ("2024-13-05", ["2024-13-05"]),  # no month 13
    ("2022-11-31", ["2022-11-31"]),  # November has 30 days
    ("2024-06-31", ["2024-06-31"]),  # June has 30 days
    ("2024-02-00", ["2024-02-00"]),  # no day 0
    ("31 juni 2024", ["31 juni 2024"]),  # June has 30 days
    ("30 februari 2024", ["30 februari 2024"]),  # no 30 February
    ("29 februari 2023", ["29 februari 2023"]),  # no leap day in 2023
    ("den 31 april 2024", ["31 april 2024"]),  # April has 30 days
    ("31:a september 2024", ["31:a september 2024"]),  # ordinal, impossible
    ("hölls 2022-11-31.", ["2022-11-31"]),  # in a sentence
    ("31.4.2024", ["31.4.2024"]),  # dotted, impossible
    ("2023-\n02-29", ["2023-02-29"]),  # broken line, joined
    ("1900-02-29", ["1900-02-29"]),  # 1900 was no leap year
    # not invalid dates: shapes that are no date at all
    ("2024-00123", []),  # diarienummer
    ("2024-4-31", []),  # one-digit month: too loose to call a date
    ("2024-21-05", []),  # month 21: no date shape
    ("2024-04-32", []),  # day 32
    ("32 april 2024", []),  # day 32
]


def iso(text: str) -> list[str]:
    return [m.value.isoformat() for m in dates.finditer(text) if m.value is not None]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_dates(text: str, expected: list[str]) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_date(text: str) -> None:
    assert [m.text for m in dates.finditer(text)] == []


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid_dates(text: str, expected: list[str]) -> None:
    doc = Document.from_texts([text])
    assert [f.value for f in find_invalid_dates(doc)] == expected
    assert find_dates(doc) == []


# Every month name and abbreviation, in the forms a body sentence uses.
MONTH_FORMS = [
    (f"{day} {name} 2024", dt.date(2024, month, day))
    for name, month in dates.MONTHS.items()
    for day in (1, 9, 28)
] + [
    (f"den {day}:a {name.capitalize()}. 2025", dt.date(2025, month, day))
    for name, month in dates.MONTHS.items()
    for day in (1, 2, 21)
]


@pytest.mark.parametrize(("text", "expected"), MONTH_FORMS)
def test_every_month(text: str, expected: dt.date) -> None:
    assert dates.parse(text) == expected


# Every month's last day is found; one past it is invalid (ISO, as in generated documents).
MONTH_ENDS = [(year, month) for year in (2023, 2024) for month in range(1, 13)]


@pytest.mark.parametrize(("year", "month"), MONTH_ENDS)
def test_month_ends(year: int, month: int) -> None:
    last = dates.last_day(year, month)
    assert iso(f"{year}-{month:02d}-{last:02d}") == [f"{year}-{month:02d}-{last:02d}"]
    if last < 31:
        past = f"{year}-{month:02d}-{last + 1:02d}"
        assert [(m.text, m.value) for m in dates.finditer(past)] == [(past, None)]


PARSE = [
    ("2024-04-02", dt.date(2024, 4, 2)),  # ISO
    ("den 2 april 2024", dt.date(2024, 4, 2)),  # with den
    (" 2 april 2024 ", dt.date(2024, 4, 2)),  # surrounding space
    ("2.4.2024", dt.date(2024, 4, 2)),  # dotted
    xfail("2 april, 2024", dt.date(2024, 4, 2)),  # comma before the year: not handled
    xfail("2024.04.02", dt.date(2024, 4, 2)),  # year-first dotted: clashes with SN 2024.123
    xfail("20240402", dt.date(2024, 4, 2)),  # compact digits of e-signature stamps
    xfail("2/4-2024", dt.date(2024, 4, 2)),  # day/month-year: clashes with case numbers
    ("2024–04–02", dt.date(2024, 4, 2)),  # en dashes typed by a word processor
    ("2024\u201104\u201102", dt.date(2024, 4, 2)),  # Word's non-breaking hyphens
    xfail("2024-04–02", dt.date(2024, 4, 2)),  # mixed separators: not taken
]


@pytest.mark.parametrize(("text", "expected"), PARSE)
def test_parse(text: str, expected: dt.date) -> None:
    assert dates.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "april 2024",  # no day
        "2024-02-30",  # impossible
        "2024-04-02 och mer",  # more than a date
        "foo",  # no date
    ],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        dates.parse(text)


def test_extractor_provenance() -> None:
    doc = Document.from_texts(["Datum 2024-04-02", "Justerat den 3 maj 2024"])
    found = find_dates(doc)
    assert [(f.page, f.span, f.text, f.rule) for f in found] == [
        (1, (6, 16), "2024-04-02", "iso_date"),
        (2, (13, 23), "3 maj 2024", "text_date"),
    ]
    assert doc.text[found[1].start : found[1].end] == "3 maj 2024"


JUNK = [
    "",
    "\f\f\f",
    "😀📅 2024-04-02 🎉",
    "9" * 10_000,
    "-".join(["2024"] * 2000),
    "2024-04-02" * 1000,
    "1 " * 5000,
    "\x00\x01\x02\xff\ufffd" * 500,
    bytes(range(256)).decode("latin-1") * 20,
    "den " * 3000,
    "2:a april " * 2000,
]


@pytest.mark.parametrize("junk", JUNK)
def test_robust(junk: str) -> None:
    list(dates.finditer(junk))
    dates.is_valid(junk)
    dates.month_number(junk)
    with pytest.raises(ValueError, match="date"):
        dates.parse(junk + " x")
    doc = Document.from_texts(junk.split("\f"))
    find_dates(doc)
    find_invalid_dates(doc)


@pytest.mark.corpus
@needs_dev
@pytest.mark.parametrize("truth", DEV_TRUTHS, ids=lambda p: p.name)
def test_dev_corpus_dates(truth: Path) -> None:
    expected, case = text_layer_case(truth)
    got = Counter(f.value.isoformat() for f in case.dates)
    want = Counter(d["date"] for d in expected["dates"])
    assert got == want  # a multiset: page furniture counts once


@pytest.mark.parametrize("name", sorted(dates.MONTHS))
def test_month_pattern_knows_every_month(name: str) -> None:
    # MONTH is a hand-written trie: it must accept every name of MONTHS, with or without a dot
    assert re.fullmatch(dates.MONTH, name, re.VERBOSE)
    assert re.fullmatch(dates.MONTH, name + ".", re.VERBOSE)


@pytest.mark.parametrize("word", ["ja", "juniper", "mart", "maja", "decimal", "novis", "ju"])
def test_month_pattern_rejects_words(word: str) -> None:
    assert re.fullmatch(dates.MONTH, word, re.VERBOSE) is None
