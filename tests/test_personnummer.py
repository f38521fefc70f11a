"""Personnummer: the notation (arende.notations.personnummer) and find_personal_numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum import luhn

from arende.document import Document
from arende.extractors.identity import find_personal_numbers
from arende.notations import personnummer
from corpus_cases import DEV_TRUTHS, needs_dev, text_layer_case


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


# (text, the numbers found as (as printed, valid), in order)
FOUND: list[object] = [
    # --- ten digits with a hyphen: the everyday form ---
    ("800412-1235", [("800412-1235", True)]),  # bare
    ("800412-1234", [("800412-1234", False)]),  # wrong check digit
    ("(personnummer 310507-6420)", [("310507-6420", True)]),  # in parentheses with a label
    ("Personnummer: 121212-1212", [("121212-1212", True)]),  # form field
    ("Pnr 640823-3234", [("640823-3234", True)]),  # abbreviated label
    ("Sökande: Anna Svensson, 811218-9876", [("811218-9876", True)]),  # delegationsbeslut
    ("Märta Blomqvist, 900101-2344.", [("900101-2344", True)]),  # end of sentence
    ("850709-9136,", [("850709-9136", True)]),  # before a comma
    ("Personnummer\t010101-1237", [("010101-1237", True)]),  # DOCX table cell
    ("Personnummer    010101-1237", [("010101-1237", True)]),  # padded PDF column
    ("200412-1238", [("200412-1238", True)]),  # born in the 2000s
    ("\u00a0800412-1235\u00a0", [("800412-1235", True)]),  # no-break spaces
    # --- plus: aged 100 or more ---
    ("191205+1234", [("191205+1234", luhn.is_valid("1912051234"))]),  # LABELING example
    ("121212+1212", [("121212+1212", True)]),  # centenarian
    # --- twelve digits ---
    ("19800412-1235", [("19800412-1235", True)]),  # long form
    ("19430426-7087", [("19430426-7087", False)]),  # dev corpus: invalid check digit
    ("19130414-6689", [("19130414-6689", True)]),  # dev corpus: valid
    ("20200412-1238", [("20200412-1238", True)]),  # born in the 2000s
    ("Jörgen Johansson, 19130414-6689.", [("19130414-6689", True)]),  # skrivelse from a person
    ("18991231+0000", [("18991231+0000", luhn.is_valid("9912310000"))]),  # very old
    # --- samordningsnummer: day + 60 ---
    ("800472-1232", [("800472-1232", True)]),  # coordination number
    ("19800472-1232", [("19800472-1232", True)]),  # long coordination number
    ("Samordningsnummer 800472-1232", [("800472-1232", True)]),  # with a label
    # --- without a separator, after a label ---
    ("personnummer 198004121235", [("198004121235", True)]),  # lower-case label
    ("Personnummer: 198004121235", [("198004121235", True)]),  # form field
    ("personnr 8004121235", [("8004121235", True)]),  # ten digits after a label
    ("samordningsnummer 198004721232", [("198004721232", True)]),  # coordination number
    # --- several ---
    (
        "Sökande 800412-1235 och medsökande 19430426-7087",
        [("800412-1235", True), ("19430426-7087", False)],
    ),
    # --- impossible date part: still printed as a personnummer ---
    ("800230-1234", [("800230-1234", luhn.is_valid("8002301234"))]),  # 30 February
    # --- known gaps ---
    xfail("800412 1235", [("800412 1235", True)]),  # space as separator
    xfail("19800412 - 1235", [("19800412 - 1235", True)]),  # spaced hyphen
    ("800412–1235", [("800412–1235", True)]),  # en dash from a word processor
    ("800412\u20111235", [("800412\u20111235", True)]),  # Word's non-breaking hyphen
]

# (text) with no personnummer in it
NOT_FOUND = [
    "",  # empty
    "556123-4567",  # organisationsnummer (month digits 61)
    "202100-1234",  # organisationsnummer of a kommun (month digits 21)
    "212000-1142",  # organisationsnummer (region)
    "Org.nr 556123-4567",  # labelled organisationsnummer
    "org.nr: 800412-1235",  # enskild firma: labelled as organisationsnummer
    "Organisationsnummer 800412-1235",  # labelled as organisationsnummer
    "070-123 45 67",  # mobile phone
    "08-123 456 78",  # Stockholm phone
    "0660-123456",  # phone with a four-digit area code
    "+46 70 123 45 67",  # international phone
    "2024-00123",  # diarienummer
    "KS 2024/123",  # diarienummer
    "LiU-2024-01234",  # diarienummer
    "Dnr 100312-2024",  # labelled case number in personnummer shape
    "2024-04-02",  # date
    "19800412",  # a compact date
    "198004121235",  # twelve digits without a label
    "8004121235",  # ten digits without a label (could be a phone number)
    "123456-7890",  # month 34: no date
    "801312-1234",  # month 13
    "800400-1234",  # day 00
    "800432-1234",  # day 32 (and no coordination number)
    "1800412-1235",  # seven digits before the separator
    "800412-12345",  # five digits after the separator
    "X800412-1235",  # glued to letters
    "800412-1235X",  # glued to letters
    "1-800412-1235",  # inside a longer code
    "800412-1235-1",  # inside a longer code
    "5050-1055",  # bankgiro
    "12 34 56-7",  # plusgiro
    "ÅÅMMDD-XXXX",  # a form's placeholder
    "800412-XXXX",  # a masked number
    "17800412-1235",  # no century 17
    "1 400 000-1235",  # amount-like
]


def printed(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.valid) for m in personnummer.finditer(text)]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_personnummer(text: str, expected: list[tuple[str, bool]]) -> None:
    assert printed(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_personnummer(text: str) -> None:
    assert printed(text) == []


# The validity is Luhn over the ten-digit form, for every serial of one birth date.
SERIALS = [f"800412-{serial:03d}{check}" for serial in range(0, 1000, 37) for check in (0, 5)]


@pytest.mark.parametrize("number", SERIALS)
def test_validity_is_luhn(number: str) -> None:
    digits = number.replace("-", "")
    assert personnummer.is_valid(number) == luhn.is_valid(digits)
    assert personnummer.is_valid("19" + number) == luhn.is_valid(digits)
    assert printed(number) == [(number, luhn.is_valid(digits))]


POSSIBLE = [
    ("800412-1235", True),  # ordinary
    ("19800412-1235", True),  # twelve digits
    ("800472-1232", True),  # samordningsnummer
    ("19800472-1232", True),  # samordningsnummer, twelve digits
    ("800230-1234", False),  # 30 February
    ("19800230-1234", False),  # 30 February
    ("19000229-1234", False),  # 1900 was no leap year
    ("20000229-1234", True),  # 2000 was
    ("000229-1234", True),  # either century: 2000 possible
    ("030229-1234", False),  # 1903 and 2003: no leap day
    ("800431-1234", False),  # 31 April
    ("800491-1234", False),  # samordningsnummer of 31 April
    ("801301-1234", False),  # month 13
    ("800400-1234", False),  # day 0
    ("800412+1235", True),  # plus form
    ("198004121235", True),  # without separator
    ("", False),  # empty
    ("12345", False),  # too short
    ("abc", False),  # no digits
]


@pytest.mark.parametrize(("number", "expected"), POSSIBLE)
def test_is_possible_date(number: str, expected: bool) -> None:
    assert personnummer.is_possible_date(number) is expected


def test_extractor_provenance() -> None:
    doc = Document.from_texts(["Ärendet", "Sökande 19430426-7087."])
    (found,) = find_personal_numbers(doc)
    assert (found.page, found.span, found.text, found.rule) == (
        2, (8, 21), "19430426-7087", "personnummer",
    )  # fmt: skip
    assert (found.value.text, found.value.valid) == ("19430426-7087", False)


JUNK = [
    "",
    "😀 800412-1235 🎉",
    "9" * 10_000,
    "-".join(["800412"] * 2000),
    "800412-1235" * 1000,
    "personnummer " * 2000,
    "\x00\x01\xff\ufffd" * 500,
    bytes(range(256)).decode("latin-1") * 20,
    "+" * 5000,
]


@pytest.mark.parametrize("junk", JUNK)
def test_robust(junk: str) -> None:
    list(personnummer.finditer(junk))
    personnummer.is_valid(junk)
    personnummer.is_possible_date(junk)
    personnummer.compact(junk)
    find_personal_numbers(Document.from_texts(junk.split("\f")))


@pytest.mark.corpus
@needs_dev
@pytest.mark.parametrize("truth", DEV_TRUTHS, ids=lambda p: p.name)
def test_dev_corpus_personnummer(truth: Path) -> None:
    expected, case = text_layer_case(truth)
    got = {
        (personnummer.compact(f.value.text), f.value.valid) for f in case.personal_identity_numbers
    }
    want = {
        (personnummer.compact(p["text"]), p["valid"]) for p in expected["personal_identity_numbers"]
    }
    assert got == want
