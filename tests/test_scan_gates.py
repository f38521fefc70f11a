"""The quick scans of the notations try their patterns at every place where a match can start.

Each slow pattern is tried only where a gate (or a list of start places) says it can
start (arende.notations._gate).  A pattern edited to start somewhere new without its gate
would silently lose matches: these tests try every pattern at every position of realistic
texts and check that each place where it matches is among the places the scan tries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from arende.extractors import amounts as amount_extractor
from arende.extractors import casenumbers as number_extractor
from arende.notations import _gate, amounts, casenumbers, dates, personnummer

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

TEXTS = [
    # a tjänsteskrivelse head (region): label table, slash and space forms
    "Datum       Dnr\n2024-04-02  RUN/183/2024\nVårt dnr: KS 2023/0456, Er ref. 12345",
    # kommun and university forms, a number wrapped after its prefix
    "Diarienummer KS-2025-00530, UFV 2019/2106, LiU-2024-01234, NV-01234-24 och (dnr KS\n"
    "2024/0111), SU FV-1.1.2-1234-24, 2024/123-1.2.3, 0836/23, Ärende nr 916-2024",
    # amounts in running text and a table with a unit column
    "med totalt 900 000 kronor, högst 780 tkr, SEK 4 100 000, € 850 000, 2,5 mnkr,\n"
    "12 345:50 och 49:50 kr, 780 000:-, 1.200.000 kr, 58 miljoner\nkronor per år",
    "Post\tBelopp (tkr)\nLokaler\t400\nSumma\t1 150\nKostnad (tkr) 2025 2026\nDrift   500   520",
    # amounts in other currencies and cases, a code after a letter
    "eur 1 250 000, Usd 5, NOK\u00a0300, gbp 7 och xsek 9, 1\u2009250\u202f000 kr",
    # dates, periods and impossible dates
    "den 2 april 2024, 23:e Oktober 2025, 2.4.2024, 2/4 2024, 2024-02-30, 2025-01-01–2026-12-31,"
    " 2023-\n12-06, under perioden 2020-2024, jan 2024 - dec 2026",
    # personnummer, samordningsnummer and an organisationsnummer
    "Sökande: 19430426-7087, 800412-1235, personnummer 198004121234, org.nr 556123-4567",
    # non-ASCII digits and letters that match other letters without regard to case
    "Dnr ٢٠٢٤/١٢٣, ſek 100, DKK 5, ärende  123-2024, Vår betec\u212aning 12-2024",
]


def _dev_texts() -> list[str]:
    if not DEV.is_dir():
        return []
    return [path.read_text("utf-8") for path in sorted(DEV.glob("*.txt"))]


def _every_start(pattern: re.Pattern[str], text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if pattern.match(text, i)]


def _gate_starts(gate: re.Pattern[str]) -> Callable[[str], list[int]]:
    return lambda text: [m.start() for m in gate.finditer(text)]


# (a slow pattern, the places its quick scan tries it)
SCANS = {
    "case number": (casenumbers.CASE_NUMBER, casenumbers._starts),
    "labelled case number": (
        number_extractor._LABELLED_ANY,
        _gate_starts(number_extractor._LABEL_START),
    ),
    "amount": (amounts.AMOUNT, _gate_starts(amounts._START_OR_CODE)),
    **{f"date {rule}": (pattern, _gate.number_starts) for rule, pattern in dates.PATTERNS.items()},
    "personnummer": (personnummer.PERSONNUMMER, _gate.number_starts),
}


@pytest.mark.parametrize("name", sorted(SCANS))
@pytest.mark.parametrize("text", TEXTS)
def test_scan_tries_every_start(name: str, text: str) -> None:
    pattern, starts = SCANS[name]
    tried = set(starts(text))
    assert [i for i in _every_start(pattern, text) if i not in tried] == []


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="../shared is absent")
@pytest.mark.parametrize("name", sorted(SCANS))
def test_scan_tries_every_start_in_dev_texts(name: str) -> None:
    pattern, starts = SCANS[name]
    for text in _dev_texts():
        tried = set(starts(text))
        assert [i for i in _every_start(pattern, text) if i not in tried] == []


@pytest.mark.parametrize("text", TEXTS)
def test_amount_gate_without_codes_when_no_code_comes_before_a_number(text: str) -> None:
    if amounts._CODE_BEFORE.search(text.lower()) or "ſ" in text:
        pytest.skip("the text has a currency code before a number")
    tried = {m.start() for m in amounts._START.finditer(text)}
    assert [i for i in _every_start(amounts.AMOUNT, text) if i not in tried] == []


@pytest.mark.parametrize("text", [*TEXTS, "Kostnad TKR 5 och 10 Mkr, 3 euro\n4 €, 5 kr."])
def test_unit_words_found_from_their_anchors(text: str) -> None:
    expected = [m.start() for m in amount_extractor._UNIT_TOKEN.finditer(text)]
    assert list(amount_extractor._unit_tokens(text)) == expected


def test_a_gate_that_misses_a_start_is_caught() -> None:
    # The check itself can fail: a gate for capitals only misses "2024/123".
    tried = {m.start() for m in re.finditer(r"[A-Z]", TEXTS[1])}
    missed = [i for i in _every_start(casenumbers.CASE_NUMBER, TEXTS[1]) if i not in tried]
    assert missed


def test_numbers_start_at_the_same_places_in_the_folded_text() -> None:
    # Dates are matched in the folded text but tried where the numbers of the text start.
    every = "".join(chr(i) for i in range(0x30000) if len(chr(i).lower()) == 1)
    text = "".join(f"{c}1 {c}{c}2" for c in every[::7]) + every
    for sample in [*TEXTS, text]:
        assert _gate.number_starts(dates.fold(sample)) == _gate.number_starts(sample)
