"""Periods: the notation (arende.notations.periods) and the extractor (find_periods)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arende.document import Document
from arende.extractors.periods import find_periods
from arende.notations import periods
from corpus_cases import DEV_TRUTHS, needs_dev, text_layer_case


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


Bounds = list[tuple[str, str]]

# (text, the periods in it as (start, end), in order)
FOUND: list[object] = [
    # --- two full dates ---
    ("2024-11-01 till 2027-10-31", [("2024-11-01", "2027-10-31")]),  # seed proposal 1
    ("gäller 2021-04-01 till 2024-12-31.", [("2021-04-01", "2024-12-31")]),  # current contract
    ("under perioden 2022-07-31 till 2022-11-09.", [("2022-07-31", "2022-11-09")]),  # uppföljning
    ("2025-01-01–2026-12-31", [("2025-01-01", "2026-12-31")]),  # en dash, no spaces
    ("2025-01-01 – 2026-12-31", [("2025-01-01", "2026-12-31")]),  # en dash with spaces
    ("2025-01-01—2026-12-31", [("2025-01-01", "2026-12-31")]),  # em dash
    ("2025-01-01 - 2026-12-31", [("2025-01-01", "2026-12-31")]),  # hyphen with spaces
    ("2025-01-01-2026-12-31", [("2025-01-01", "2026-12-31")]),  # hyphen, compact
    ("2025-01-01 -- 2026-12-31", [("2025-01-01", "2026-12-31")]),  # double hyphen (plain text)
    ("2025-01-01 till och med 2026-12-31", [("2025-01-01", "2026-12-31")]),  # inclusive
    ("fr.o.m. 2025-01-01 t.o.m. 2026-12-31", [("2025-01-01", "2026-12-31")]),  # abbreviated
    ("fr o m 2025-01-01 t o m 2026-12-31", [("2025-01-01", "2026-12-31")]),  # abbreviation, no dots
    ("from 2025-01-01 tom 2026-12-31", [("2025-01-01", "2026-12-31")]),  # tom without dots
    ("perioden fr.o.m.\n2025-02-01 t.o.m. 2028-01-31.", [("2025-02-01", "2028-01-31")]),  # wrapped
    ("2025-01-01\ntill 2026-12-31", [("2025-01-01", "2026-12-31")]),  # wrapped before "till"
    ("2025-01-01 till\n2026-12-31", [("2025-01-01", "2026-12-31")]),  # wrapped after "till"
    ("2025-01-01 –\n2026-12-31", [("2025-01-01", "2026-12-31")]),  # wrapped after a dash
    ("mellan 2025-01-01 och 2025-06-30", [("2025-01-01", "2025-06-30")]),  # mellan ... och
    ("Mellan den 1 januari 2025 och den 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # text
    (
        "från och med 1 januari 2025 till och med 31 december 2026",  # procurement contract
        [("2025-01-01", "2026-12-31")],
    ),
    ("från den 1 januari 2025 till den 31 december 2025", [("2025-01-01", "2025-12-31")]),
    ("1 januari 2025 – 31 december 2026", [("2025-01-01", "2026-12-31")]),  # text dates, dash
    ("1:a januari 2025 till 31:a december 2026", [("2025-01-01", "2026-12-31")]),  # ordinals
    ("2025-01-01 fram till 2025-03-31", [("2025-01-01", "2025-03-31")]),  # fram till
    ("2.1.2025–30.6.2025", [("2025-01-02", "2025-06-30")]),  # dotted dates
    ("2025-01-01 till 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # mixed notations
    # --- first bound borrows the year ---
    ("1 januari–30 juni 2025", [("2025-01-01", "2025-06-30")]),  # half year
    ("1 januari – 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # with spaces
    ("1 januari till 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # with till
    ("1 januari till den 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # till den
    ("mellan 1 januari och 30 juni 2025", [("2025-01-01", "2025-06-30")]),  # mellan
    # --- month bounds ---
    ("november 2024 till oktober 2027", [("2024-11-01", "2027-10-31")]),  # seed body
    ("januari–juni 2025", [("2025-01-01", "2025-06-30")]),  # shared year
    ("januari - juni 2025", [("2025-01-01", "2025-06-30")]),  # hyphen
    ("jan 2024 - dec 2026", [("2024-01-01", "2026-12-31")]),  # abbreviated months
    ("jan. 2024 – dec. 2026", [("2024-01-01", "2026-12-31")]),  # abbreviations with dots
    ("Januari 2024 till December 2024", [("2024-01-01", "2024-12-31")]),  # capitalised
    ("under perioden januari 2024 till december 2024", [("2024-01-01", "2024-12-31")]),
    ("fr.o.m. januari 2024 t.o.m. december 2024", [("2024-01-01", "2024-12-31")]),
    ("från och med mars 2023 till och med februari 2024", [("2023-03-01", "2024-02-29")]),
    ("mellan januari och juni 2025", [("2025-01-01", "2025-06-30")]),  # mellan months
    ("november–februari 2025", [("2024-11-01", "2025-02-28")]),  # winter: starts the year before
    ("november 2024 till\noktober 2027", [("2024-11-01", "2027-10-31")]),  # wrapped
    ("juni 2023 – augusti 2023", [("2023-06-01", "2023-08-31")]),  # summer
    # --- year ranges after a period cue ---
    ("under perioden 2020-2024", [("2020-01-01", "2024-12-31")]),  # seed
    ("under perioden 2020–2024", [("2020-01-01", "2024-12-31")]),  # en dash
    ("för åren 2025–2027", [("2025-01-01", "2027-12-31")]),  # budget frame
    ("åren 2025-2027", [("2025-01-01", "2027-12-31")]),  # plain
    ("perioden 2024–2026", [("2024-01-01", "2026-12-31")]),  # plan period
    ("Perioden 2024 – 2026", [("2024-01-01", "2026-12-31")]),  # spaced dash
    ("perioden 2024- 2027", [("2024-01-01", "2027-12-31")]),  # broken line joined with a space
    ("perioden 2024-\n2027", [("2024-01-01", "2027-12-31")]),  # broken line kept
    ("perioden 2020 till 2024", [("2020-01-01", "2024-12-31")]),  # till
    ("perioden från 2020 till 2024", [("2020-01-01", "2024-12-31")]),  # från ... till
    ("mellan åren 2020 och 2024", [("2020-01-01", "2024-12-31")]),  # mellan åren ... och
    ("programperioden 2021–2027", [("2021-01-01", "2027-12-31")]),  # EU programme period
    ("projektperioden 2025-2027", [("2025-01-01", "2027-12-31")]),  # project period
    ("mandatperioden 2023–2026", [("2023-01-01", "2026-12-31")]),  # term of office
    ("verksamhetsåren 2024–2025", [("2024-01-01", "2025-12-31")]),  # operating years
    ("projektåren 2024\u20112026", [("2024-01-01", "2026-12-31")]),  # Word's non-breaking hyphen
    ("2025-01-01\u20112025-06-30", [("2025-01-01", "2025-06-30")]),  # non-breaking hyphen
    ("Period: 2024-2026", [("2024-01-01", "2026-12-31")]),  # table label
    ("perioden år 2024–2026", [("2024-01-01", "2026-12-31")]),  # with "år"
    ("avtalsperiod 2024–2026", [("2024-01-01", "2026-12-31")]),  # without article
    # --- inverted: listed as printed ---
    ("under perioden 2022-12-11 till 2022-10-15.", [("2022-12-11", "2022-10-15")]),
    ("perioden 2026–2024", [("2026-01-01", "2024-12-31")]),  # inverted years
    # --- several ---
    (
        "har under perioden 2020-2024 deltagit, och gäller perioden 2025-02-01 till 2028-01-31",
        [("2020-01-01", "2024-12-31"), ("2025-02-01", "2028-01-31")],
    ),
    (
        "2021-01-01 till 2023-12-31. Nytt avtal 2024-01-01 till 2025-12-31.",
        [("2021-01-01", "2023-12-31"), ("2024-01-01", "2025-12-31")],
    ),
    # --- known gaps ---
    xfail("perioden 2024–27", [("2024-01-01", "2027-12-31")]),  # two-digit end year
    xfail(
        "perioderna 2020–2022 och 2023–2025",
        [("2020-01-01", "2022-12-31"), ("2023-01-01", "2025-12-31")],
    ),  # the second range follows "och"
    xfail("2025-01-01 till december 2026", [("2025-01-01", "2026-12-31")]),  # date to month
]

# (text) with no period in it
NOT_FOUND = [
    "",  # empty
    "North Sweden Stockholm Office 2024-2027 (NSSO)",  # year range in a name
    "Kompetenslyft Mittnorden 2025–2028",  # year range in a project title
    "Verksamhetsplan 2024-2026",  # year range in a document title
    "under 2024–2026",  # no period cue
    "från och med juni 2023",  # open-ended
    "sedan november 2022",  # open-ended
    "att gälla från och med 2025-01-01",  # open-ended with a full date
    "att gälla från och med 1 januari 2023.",  # open-ended
    "till och med 2026-12-31",  # only the end
    "2025-01-01 och 2025-06-30",  # two dates without mellan
    "Tjänsteskrivelse 2024-03-01\n- Protokoll 2024-03-05",  # Beslutsunderlag list
    "- Tjänsteskrivelse 2024-03-01\n- 2024-03-05 protokoll",  # list item starting with a date
    "2024-03-01, 2024-03-05",  # enumeration
    "2024-03-01\t2024-12-31",  # table cells side by side
    "åren 2020 och 2024",  # two years, not a range
    "under våren 2024–2025",  # "våren" is no period cue
    "perioden 2024",  # one year
    "perioden 2024-00123",  # a diarienummer after the cue
    "perioden 2024/2025",  # a season year
    "maj och juni 2025",  # two months without mellan
    "12 januari – juni 2025",  # first month belongs to a date
    "2024-2027",  # a bare year range
    "KS 2024/12 - KS 2025/13",  # two case numbers
    "2024-02-30 till 2024-05-01",  # impossible first bound
    "1 400 - 1 500 kronor",  # amount range
    "kl. 13.00–15.00",  # time range
    "konferensen 12–13 juni 2024",  # an event of two days, not a stated period
    "1 januari och 30 juni 2025",  # two bounds without mellan
]


def bounds(text: str) -> Bounds:
    return [(p.first.isoformat(), p.last.isoformat()) for p in periods.finditer(text)]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_periods(text: str, expected: Bounds) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_period(text: str) -> None:
    assert bounds(text) == []


# Every month pair in both notations, for every year shape of a month bound.
MONTH_PAIRS = [
    (f"{a} 2024 till {b} 2025", ma, mb)
    for a, ma in (("januari", 1), ("april", 4), ("juli", 7), ("oktober", 10))
    for b, mb in (("februari", 2), ("juni", 6), ("september", 9), ("december", 12))
]


@pytest.mark.parametrize(("text", "first", "last"), MONTH_PAIRS)
def test_month_pairs(text: str, first: int, last: int) -> None:
    (found,) = list(periods.finditer(text))
    assert (found.first.year, found.first.month, found.first.day) == (2024, first, 1)
    assert (found.last.year, found.last.month) == (2025, last)
    assert found.last.day in (28, 30, 31)


def test_extractor_provenance() -> None:
    doc = Document.from_texts(["Ingen period här.", "Avtalet gäller perioden 2020-2024."])
    (found,) = find_periods(doc)
    assert (found.page, found.text, found.rule) == (2, "2020-2024", "year_period")
    assert doc.text[found.start : found.end] == "2020-2024"


def test_every_occurrence() -> None:
    doc = Document.from_texts(["2024-11-01 till 2027-10-31", "november 2024 till oktober 2027"])
    assert [f.page for f in find_periods(doc)] == [1, 2]
    assert len({f.value for f in find_periods(doc)}) == 1


JUNK = [
    "",
    "😀 perioden 2020-2024 🎉",
    "9" * 10_000,
    "perioden " * 2000,
    "-".join(["2024"] * 2000),
    "2024-01-01 till " * 1000,
    "januari–" * 2000,
    "\x00\x01\xff\ufffd" * 500,
    bytes(range(256)).decode("latin-1") * 20,
    "mellan " * 3000,
]


@pytest.mark.parametrize("junk", JUNK)
def test_robust(junk: str) -> None:
    list(periods.finditer(junk))
    if not any(True for _ in periods.finditer(junk)):
        with pytest.raises(ValueError, match="no period"):  # the one documented failure
            periods.parse(junk)
    find_periods(Document.from_texts(junk.split("\f")))


@pytest.mark.corpus
@needs_dev
@pytest.mark.parametrize("truth", DEV_TRUTHS, ids=lambda p: p.name)
def test_dev_corpus_periods(truth: Path) -> None:
    expected, case = text_layer_case(truth)
    got = {(f.value.start.isoformat(), f.value.end.isoformat()) for f in case.periods}
    want = {(p["start"], p["end"]) for p in expected["periods"]}
    assert got == want
