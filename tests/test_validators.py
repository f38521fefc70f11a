"""The validator rules: documents that trigger each rule, and near misses that must not.

The cases are built by hand (text plus the values an extractor would find in it),
so each rule is tested on its own, independent of the extractors.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arende import validate
from arende.document import Document, Found
from arende.errors import UsageError
from arende.model import (
    Amount,
    CaseDocument,
    CaseOfficer,
    Period,
    PersonalNumber,
    Proposal,
    Qualifier,
    Signatory,
)
from arende.validators import RULES

D = dt.date


class Builder:
    """A CaseDocument over ``text``, with values placed at the n-th occurrence of a string."""

    def __init__(self, text: str) -> None:
        self.doc = Document.from_texts(text.split("\f"))
        self.fields: dict[str, Any] = {}

    def at(self, value: Any, printed: str, nth: int = 0, after: str = "") -> Found[Any]:
        start = self.doc.text.index(after) if after else 0
        for _ in range(nth + 1):
            index = self.doc.text.index(printed, start)
            start = index + 1
        return self.doc.found(value, index, index + len(printed), rule="test")

    def amount(
        self,
        printed: str,
        value: int | str,
        qualifier: Qualifier | None = None,
        *,
        currency: str = "SEK",
        nth: int = 0,
        after: str = "",
    ) -> Builder:
        found = self.at(Amount(Decimal(value), currency, qualifier), printed, nth, after)
        self.fields["amounts"] = (*self.fields.get("amounts", ()), found)
        return self

    def period(self, printed: str, start: dt.date, end: dt.date, nth: int = 0) -> Builder:
        found = self.at(Period(start, end), printed, nth)
        self.fields["periods"] = (*self.fields.get("periods", ()), found)
        return self

    def proposal(self, printed: str, number: int | None) -> Builder:
        found = self.at(Proposal(number, printed), printed)
        self.fields["proposals"] = (*self.fields.get("proposals", ()), found)
        return self

    def set(self, **fields: Any) -> Builder:
        self.fields.update(fields)
        return self

    def case(self) -> CaseDocument:
        amounts = sorted(self.fields.pop("amounts", ()), key=lambda f: f.start)
        return CaseDocument(
            source=self.doc.source, pages=self.doc.pages, amounts=tuple(amounts), **self.fields
        )


def codes(case: CaseDocument, code: str) -> list[str]:
    """The messages of the findings with ``code``."""
    return [f.message for f in validate(case, select=[code])]


# --------------------------------------------------------------------------- amount_exceeds_max

MAX_TEXT = (
    "Bidrag kan beviljas med maximalt 780 000 kronor.\n\n"
    "Förslag till beslut\n"
    "1. Nämnden beviljar bidrag om {amount}.\n"
)


def max_case(amount: str, value: int, qualifier: Qualifier | None = None) -> CaseDocument:
    text = MAX_TEXT.format(amount=amount)
    b = Builder(text).amount("780 000 kronor", 780000, "max")
    b.amount(amount, value, qualifier, after="Förslag")
    return b.proposal(f"Nämnden beviljar bidrag om {amount}.", 1).case()


def test_amount_exceeds_max_fires_and_names_both_values() -> None:
    messages = codes(max_case("850 000 kronor", 850000), "amount_exceeds_max")
    assert messages == ["Förslaget anger 850 000 kr men högsta belopp i underlaget är 780 000 kr"]
    finding = validate(max_case("850 000 kronor", 850000), select=["amount_exceeds_max"])[0]
    assert finding.severity == "error"
    assert [f.text for f in finding.where] == ["850 000 kronor", "780 000 kronor"]


@pytest.mark.parametrize(
    ("amount", "value", "qualifier"),
    [
        ("780 000 kronor", 780000, None),  # equal to the maximum (the seed's proposal 2)
        ("högst 780 000 kronor", 780000, "max"),  # restates the maximum
        ("500 000 kr", 500000, None),  # below it
    ],
)
def test_amount_within_max_does_not_fire(amount: str, value: int, qualifier: Any) -> None:
    assert codes(max_case(amount, value, qualifier), "amount_exceeds_max") == []


def test_amount_exceeds_max_needs_every_maximum_exceeded() -> None:
    text = (
        "Högst 500 000 kr till förstudien och högst 1 000 000 kr till genomförandet.\n\n"
        "Förslag till beslut\n1. Nämnden beviljar 800 000 kr.\n"
    )
    b = Builder(text).amount("500 000 kr", 500000, "max").amount("1 000 000 kr", 1000000, "max")
    case = b.amount("800 000 kr", 800000).proposal("Nämnden beviljar 800 000 kr.", 1).case()
    assert codes(case, "amount_exceeds_max") == []


def test_amount_exceeds_max_compares_same_currency_only() -> None:
    text = "Högst 100 000 euro.\n\nFörslag till beslut\n1. Nämnden beviljar 900 000 kr.\n"
    b = Builder(text).amount("100 000 euro", 100000, "max", currency="EUR")
    case = b.amount("900 000 kr", 900000).proposal("Nämnden beviljar 900 000 kr.", 1).case()
    assert codes(case, "amount_exceeds_max") == []


def test_amount_exceeds_max_compares_same_rate_only() -> None:
    # A yearly maximum against a total for the whole period is no contradiction.
    text = (
        "Bidraget får uppgå till högst 200 000 kr per år.\n\n"
        "Förslag till beslut\n1. Nämnden beviljar totalt 600 000 kr för 2025–2027.\n"
    )
    b = Builder(text).amount("200 000 kr", 200000, "max")
    b.amount("600 000 kr", 600000, "total")
    case = b.proposal("Nämnden beviljar totalt 600 000 kr för 2025–2027.", 1).case()
    assert codes(case, "amount_exceeds_max") == []


def test_amount_exceeds_max_with_same_rate_fires() -> None:
    text = (
        "Bidraget får uppgå till högst 200 000 kr per år.\n\n"
        "Förslag till beslut\n1. Nämnden beviljar 250 000 kr per år.\n"
    )
    b = Builder(text).amount("200 000 kr", 200000, "max")
    b.amount("250 000 kr", 250000, "per_year")
    case = b.proposal("Nämnden beviljar 250 000 kr per år.", 1).case()
    assert len(codes(case, "amount_exceeds_max")) == 1


def test_amount_exceeds_max_needs_a_maximum_in_the_body() -> None:
    # A maximum stated only in the proposals is no limit from the body.
    text = "Förslag till beslut\n1. Högst 100 000 kr.\n2. Nämnden beviljar 200 000 kr.\n"
    b = Builder(text).amount("100 000 kr", 100000, "max").amount("200 000 kr", 200000)
    b.proposal("Högst 100 000 kr.", 1).proposal("Nämnden beviljar 200 000 kr.", 2)
    assert codes(b.case(), "amount_exceeds_max") == []


def test_body_amount_above_max_is_not_a_proposal() -> None:
    text = "Ansökan gäller 900 000 kr. Högst 780 000 kr kan beviljas.\n"
    b = Builder(text).amount("900 000 kr", 900000).amount("780 000 kr", 780000, "max")
    assert codes(b.case(), "amount_exceeds_max") == []


# --------------------------------------------------------------------------- sum_mismatch


def sentence_case(text: str, items: list[tuple[str, int]], total: tuple[str, int]) -> CaseDocument:
    b = Builder(text)
    for printed, value in items:
        b.amount(printed, value)
    return b.amount(total[0], total[1], "total").case()


@pytest.mark.parametrize(
    ("text", "items", "total", "fires"),
    [
        # "beräknas till A för x, B för y och C för z, totalt T" (investment cases)
        (
            "Kostnaderna beräknas till 2 600 000 kronor för markarbeten, 600 000 kronor för "
            "oförutsedda kostnader och 1 800 000 kronor för installationer, totalt 5 mnkr.",
            [
                ("2 600 000 kronor", 2600000),
                ("600 000 kronor", 600000),
                ("1 800 000 kronor", 1800000),
            ],
            ("5 mnkr", 5000000),
            False,
        ),
        # "fördelas på x A, y B och z C, totalt T" with a wrong total
        (
            "Kostnaderna fördelas på resor 400 000 kronor, konsulttjänster 250 000 kr och "
            "lokalhyra 400 000 kronor, totalt SEK 1 150 000.",
            [
                ("400 000 kronor", 400000),
                ("250 000 kr", 250000),
                ("lokalhyra 400 000 kronor", 400000),
            ],
            ("SEK 1 150 000", 1150000),
            True,
        ),
        # mixed units: kronor, tkr, line-wrapped
        (
            "Kostnaderna beräknas till 400 000 kronor för projektledning, 3 400 tkr för\n"
            "byggnation och 300 tkr för oförutsedda kostnader, totalt SEK 4 100 000.",
            [("400 000 kronor", 400000), ("3 400 tkr", 3400000), ("300 tkr", 300000)],
            ("SEK 4 100 000", 4100000),
            False,
        ),
        # a total in mnkr with one decimal is rounded: 1 790 000 prints as 1,8 mnkr
        (
            "Kostnaderna beräknas till 890 000 kr för installationer och 900 000 kr för "
            "projektering, totalt 1,8 mnkr.",
            [("890 000 kr", 890000), ("900 000 kr", 900000)],
            ("1,8 mnkr", 1800000),
            False,
        ),
        # ... but 5,2 mnkr is not 5 000 000
        (
            "Kostnaderna beräknas till 2 600 000 kronor för markarbeten och 2 400 000 kronor "
            "för installationer, totalt 5,2 mnkr.",
            [("2 600 000 kronor", 2600000), ("2 400 000 kronor", 2400000)],
            ("5,2 mnkr", 5200000),
            True,
        ),
        # whole mnkr read as one decimal: 4 960 000 may be printed "5 mnkr" ...
        (
            "Kostnaderna beräknas till 2 560 000 kr för bygg och 2 400 000 kr för el, "
            "totalt 5 mnkr.",
            [("2 560 000 kr", 2560000), ("2 400 000 kr", 2400000)],
            ("5 mnkr", 5000000),
            False,
        ),
        # ... but 5 100 000 is 5,1 mnkr, not "5 mnkr"
        (
            "Kostnaderna beräknas till 2 700 000 kr för bygg och 2 400 000 kr för el, "
            "totalt 5 mnkr.",
            [("2 700 000 kr", 2700000), ("2 400 000 kr", 2400000)],
            ("5 mnkr", 5000000),
            True,
        ),
        # a table in whole tkr: each rounded cell may be off by 500 kr
        (
            "Kostnaden är 1 234 tkr för a och 2 345 tkr för b, totalt 3 580 tkr.",
            [("1 234 tkr", 1234000), ("2 345 tkr", 2345000)],
            ("3 580 tkr", 3580000),
            False,
        ),
        # "sammanlagt" closes the list too
        (
            "Bidrag lämnas med 100 000 kr för 2025 och 150 000 kr för 2026, sammanlagt 300 000 kr.",
            [("100 000 kr", 100000), ("150 000 kr", 150000)],
            ("300 000 kr", 300000),
            True,
        ),
    ],
)
def test_sum_in_a_sentence(
    text: str, items: list[tuple[str, int]], total: tuple[str, int], fires: bool
) -> None:
    found = codes(sentence_case(text, items, total), "sum_mismatch")
    assert len(found) == int(fires), found


def test_sum_mismatch_message_names_the_values() -> None:
    text = "Kostnaden är 100 000 kr för a och 150 000 kr för b, totalt 300 000 kr."
    case = sentence_case(
        text, [("100 000 kr", 100000), ("150 000 kr", 150000)], ("300 000 kr", 300000)
    )
    assert codes(case, "sum_mismatch") == [
        "Delbeloppen 100 000 kr + 150 000 kr blir 250 000 kr, inte 300 000 kr som anges som totalt"
    ]


def test_yearly_amount_and_its_total_are_not_a_sum() -> None:
    # The bidrag cases: one yearly amount, then the total for the whole period.
    text = (
        "Förvaltningen föreslår att bidraget uppgår till 200 000 kr per år, vilket motsvarar "
        "totalt 600 tkr för hela perioden."
    )
    b = Builder(text).amount("200 000 kr", 200000, "per_year").amount("600 tkr", 600000, "total")
    assert codes(b.case(), "sum_mismatch") == []


def test_yearly_items_without_qualifier_are_not_a_sum() -> None:
    text = "Bidraget är 100 000 kr per år för a och 150 000 kr per år för b, totalt 750 000 kr."
    b = Builder(text).amount("100 000 kr", 100000).amount("150 000 kr", 150000)
    assert codes(b.amount("750 000 kr", 750000, "total").case(), "sum_mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # items in an earlier sentence
        "Kostnaden för a är 100 000 kr. Kostnaden för b är 150 000 kr, totalt 300 000 kr.",
        # a breakdown with "varav"
        "Kostnaden är 100 000 kr, varav 150 000 kr för b, totalt 300 000 kr.",
        # amounts that are not a list: "har ... betalats ut ... som totalt kostar"
        "Av bidraget på 100 000 kr har 150 000 kr betalats ut till projektet som totalt "
        "300 000 kr.",
        # the total is not closing the list (no comma or "och" before it)
        "Vi fick 100 000 kr, sedan 150 000 kr och projektet kostade totalt 300 000 kr.",
    ],
)
def test_not_an_itemised_sum(text: str) -> None:
    b = Builder(text).amount("100 000 kr", 100000).amount("150 000 kr", 150000)
    assert codes(b.amount("300 000 kr", 300000, "total").case(), "sum_mismatch") == []


@pytest.mark.parametrize(
    ("before_break", "fires"),
    [
        # the sentence runs on over the page break (past page 1's footer and page 2's
        # masked header): 50 000 + 100 000 + 150 000 is the total; page 2's items alone are not
        ("Kostnaderna beräknas till 50 000 kr för a,", False),
        # page 1 ended with a full sentence: the list on page 2 stands on its own
        ("Inget mer att säga på denna sida.", True),
    ],
)
def test_sum_across_a_page_break(before_break: str, fires: bool) -> None:
    text = (
        f"{before_break}\n\nSida 1 av 2\f" + " " * 60 + "\n\n"
        "100 000 kr för b och 150 000 kr för c, totalt 300 000 kr."
    )
    b = Builder(text)
    if "50 000 kr" in before_break:
        b.amount("50 000 kr", 50000)
    b.amount("100 000 kr", 100000).amount("150 000 kr", 150000)
    case = b.amount("300 000 kr", 300000, "total").case()
    assert len(codes(case, "sum_mismatch")) == int(fires)


@pytest.mark.parametrize(
    "above",
    [
        "Ekonomiska konsekvenser",  # a heading without a full stop joins the sentence
        "Bakgrunden är given.",  # a paragraph that ends with a full stop
        "Tidigare beslut\tKS 2023/12",  # a table row
    ],
)
def test_sum_after_a_paragraph_break(above: str) -> None:
    text = f"{above}\n\nKostnaden är 100 000 kr för a och 150 000 kr för b, totalt 300 000 kr."
    b = Builder(text).amount("100 000 kr", 100000).amount("150 000 kr", 150000)
    assert len(codes(b.amount("300 000 kr", 300000, "total").case(), "sum_mismatch")) == 1


def test_a_single_item_is_not_a_sum() -> None:
    text = "Projektet har medfinansierats med 400 000 kr, totalt 900 000 kr."
    b = Builder(text).amount("400 000 kr", 400000)
    assert codes(b.amount("900 000 kr", 900000, "total").case(), "sum_mismatch") == []


# A DOCX table (cells separated by tabs) with the unit in the column header.
TABLE = (
    "Kostnader\n\nPost\tBelopp (tkr)\n"
    "Projektledning\t400\nKonsulter\t250\nLokaler\t{last}\nTotalt\t1 050\n"
)


@pytest.mark.parametrize(("last", "fires"), [("400", False), ("500", True)])
def test_table_rows_above_a_total_row(last: str, fires: bool) -> None:
    b = Builder(TABLE.format(last=last))
    b.amount("400", 400000, after="Projektledning").amount("250", 250000)
    b.amount(last, int(last) * 1000, after="Lokaler").amount("1 050", 1050000, "total")
    assert len(codes(b.case(), "sum_mismatch")) == int(fires)


def test_table_total_row_per_column() -> None:
    # A budget table with one column a year (PDF layout: columns padded with spaces).
    text = (
        "Post              2025      2026\n"
        "Personal       200 000   300 000\n"
        "Resor           50 000    50 000\n"
        "Summa          250 000   360 000\n"
    )
    b = Builder(text)
    for printed, value, nth in [("200 000", 200000, 0), ("300 000", 300000, 0)]:
        b.amount(printed, value, nth=nth)
    b.amount("50 000", 50000, nth=0).amount("50 000", 50000, nth=1)
    b.amount("250 000", 250000, "total").amount("360 000", 360000, "total")
    messages = codes(b.case(), "sum_mismatch")
    assert len(messages) == 1
    assert "350 000 kr" in messages[0]


def test_table_with_varav_row_is_not_checked() -> None:
    text = "Bygg\t500 000 kr\n– varav el\t100 000 kr\nMark\t200 000 kr\nTotalt\t700 000 kr\n"
    b = Builder(text).amount("500 000 kr", 500000).amount("100 000 kr", 100000)
    b.amount("200 000 kr", 200000).amount("700 000 kr", 700000, "total")
    assert codes(b.case(), "sum_mismatch") == []


def test_table_with_subtotal_right_above_is_not_checked() -> None:
    # Lön and Sociala avgifter add up to Summa personal; Totalt = Summa personal + the rest.
    text = (
        "Lön\t100\nSociala avgifter\t30\nSumma personal\t130\nResor\t20\nLokaler\t30\nTotalt\t180\n"
    )
    b = Builder(text).amount("100", 100000).amount("30", 30000).amount("130", 130000, "total")
    b.amount("20", 20000, after="Resor").amount("30", 30000, after="Lokaler")
    b.amount("180", 180000, "total")
    assert codes(b.case(), "sum_mismatch") == []


def test_two_summa_rows_each_close_their_own_block() -> None:
    text = (
        "Intäkter\nBidrag\t100\nAvgifter\t50\nSumma intäkter\t150\n"
        "Kostnader\nLön\t120\nHyra\t40\nSumma kostnader\t150\n"
    )
    b = Builder(text).amount("100", 100000).amount("50", 50000).amount("150", 150000, "total")
    b.amount("120", 120000).amount("40", 40000).amount("150", 150000, "total", nth=1)
    messages = codes(b.case(), "sum_mismatch")
    assert len(messages) == 1
    assert "120 000 kr + 40 000 kr blir 160 000 kr" in messages[0]


def test_prose_line_starting_with_totalt_is_not_a_table() -> None:
    text = (
        "Region A bidrar med 300 000 kr\n"
        "och Region B med 200 000 kr per år.\n"
        "Totalt beräknas projektet kosta 2 000 000 kr under de tre åren.\n"
    )
    b = Builder(text).amount("300 000 kr", 300000).amount("200 000 kr", 200000, "per_year")
    assert codes(b.amount("2 000 000 kr", 2000000, "total").case(), "sum_mismatch") == []


# --------------------------------------------------------------------------- periods and dates


def test_period_inverted() -> None:
    text = "Uppföljning sker under perioden 2022-12-11 till 2022-10-15."
    b = Builder(text).period("2022-12-11 till 2022-10-15", D(2022, 12, 11), D(2022, 10, 15))
    finding = validate(b.case(), select=["period_inverted"])
    assert [(f.code, f.severity) for f in finding] == [("period_inverted", "error")]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2024, 11, 1), D(2027, 10, 31)),  # the seed's project period
        (D(2025, 3, 1), D(2025, 3, 1)),  # a one-day period is not inverted
    ],
)
def test_period_in_order_does_not_fire(start: dt.date, end: dt.date) -> None:
    b = Builder("Perioden X.").period("X", start, end)
    assert codes(b.case(), "period_inverted") == []


def test_invalid_date() -> None:
    b = Builder("Samråd hölls 2022-11-31.")
    case = b.set(invalid_dates=(b.at("2022-11-31", "2022-11-31"),)).case()
    assert codes(case, "invalid_date") == ["Datumet '2022-11-31' finns inte i kalendern"]
    assert codes(Builder("Samråd hölls 2022-11-30.").case(), "invalid_date") == []


PERIOD_TEXT = (
    "Projektet pågår november 2024 till oktober 2027. Förra perioden 2020-2024 avslutas.\n\n"
    "Förslag till beslut\n1. Nämnden medfinansierar projektet under perioden {period}.\n"
)


@pytest.mark.parametrize(
    ("printed", "start", "end", "fires"),
    [
        # the same interval in another notation (the seed)
        ("2024-11-01 till 2027-10-31", D(2024, 11, 1), D(2027, 10, 31), False),
        # another interval
        ("2024-11-01 till 2027-06-30", D(2024, 11, 1), D(2027, 6, 30), True),
    ],
)
def test_proposal_period_mismatch(printed: str, start: dt.date, end: dt.date, fires: bool) -> None:
    b = Builder(PERIOD_TEXT.format(period=printed))
    b.period("november 2024 till oktober 2027", D(2024, 11, 1), D(2027, 10, 31))
    b.period("2020-2024", D(2020, 1, 1), D(2024, 12, 31))
    b.period(printed, start, end)
    b.proposal(f"Nämnden medfinansierar projektet under perioden {printed}.", 1)
    found = validate(b.case(), select=["proposal_period_mismatch"])
    assert len(found) == int(fires)
    if fires:
        assert found[0].severity == "warning"
        assert "2024-11-01–2027-06-30" in found[0].message


def test_period_only_in_the_proposals_does_not_fire() -> None:
    text = "Bakgrund utan period.\n\nFörslag till beslut\n1. Gäller 2025-01-01 till 2025-12-31.\n"
    b = Builder(text).period("2025-01-01 till 2025-12-31", D(2025, 1, 1), D(2025, 12, 31))
    b.proposal("Gäller 2025-01-01 till 2025-12-31.", 1)
    assert codes(b.case(), "proposal_period_mismatch") == []


# --------------------------------------------------------------------------- case numbers


@pytest.mark.parametrize(
    ("number", "date", "fires"),
    [
        ("KS 2024/0123", D(2023, 12, 20), True),  # kommun: year first
        ("RUN/183/2024", D(2024, 4, 2), False),  # region (the seed): year last
        ("NV-01234-25", D(2024, 6, 1), True),  # Naturvårdsverket: two-digit year
        ("NV-01234-24", D(2024, 6, 1), False),
        ("LiU-2024-01234", D(2024, 1, 2), False),  # university
        ("2024-00123", D(2023, 11, 5), True),  # länsstyrelse: year first, serial zero-padded
        # a serial that looks like a year: the group closer to the document date is the year
        ("UFV 2024/2031", D(2024, 3, 1), False),
        ("RS/2011/2023", D(2022, 5, 1), True),
        ("KS 2023/456", D(2024, 1, 15), False),  # an older case decided later
        ("456-99", D(2024, 1, 15), False),  # a two-digit year of the last century
    ],
)
def test_diarienummer_year_after_document(number: str, date: dt.date, fires: bool) -> None:
    b = Builder(f"Dnr {number}  Datum {date.isoformat()}")
    b.set(diarienummer=b.at(number, number), document_date=b.at(date, date.isoformat()))
    assert len(codes(b.case(), "diarienummer_year_after_document")) == int(fires)


def test_diarienummer_year_needs_both_values() -> None:
    b = Builder("Dnr KS 2025/1")
    assert (
        codes(
            b.set(diarienummer=b.at("KS 2025/1", "KS 2025/1")).case(),
            "diarienummer_year_after_document",
        )
        == []
    )


# --------------------------------------------------------------------------- personnummer


@pytest.mark.parametrize(
    ("printed", "valid", "fires"),
    [
        ("800412-1235", True, False),  # ten digits with hyphen
        ("19800412-1235", True, False),  # twelve digits
        ("800412-1234", False, True),  # wrong check digit
        ("191205+1230", True, False),  # over 100 years old ("+")
        ("800472-1232", True, False),  # samordningsnummer: day + 60
        ("801312-1234", True, True),  # month 13: check digit right, date impossible
        ("19230229-1238", True, True),  # 29 February in a common year
    ],
)
def test_invalid_personnummer(printed: str, valid: bool, fires: bool) -> None:
    b = Builder(f"Sökande {printed}.")
    b.set(personal_identity_numbers=(b.at(PersonalNumber(printed, valid), printed),))
    found = validate(b.case(), select=["invalid_personnummer"])
    assert len(found) == int(fires)
    assert all(f.severity == "warning" and printed in f.message for f in found)


def test_personnummer_trusts_the_extractor_check() -> None:
    b = Builder("Sökande 800412-1235.")
    b.set(personal_identity_numbers=(b.at(PersonalNumber("800412-1235", False), "800412-1235"),))
    assert len(codes(b.case(), "invalid_personnummer")) == 1


# --------------------------------------------------------------------------- missing parts

CASE_TYPES = ["tjansteskrivelse", "protokollsutdrag", "beslut", "delegationsbeslut"]


def typed(kind: str, **fields: Any) -> CaseDocument:
    b = Builder("Handling")
    return b.set(doc_type=b.at(kind, "Handling"), **fields).case()


@pytest.mark.parametrize("kind", CASE_TYPES)
def test_missing_diarienummer_and_signatory(kind: str) -> None:
    case = typed(kind)
    assert len(codes(case, "missing_diarienummer")) == 1
    assert len(codes(case, "missing_signatory")) == 1


@pytest.mark.parametrize("kind", ["other", None])
def test_full_protokoll_needs_no_own_number_or_signatory(kind: str | None) -> None:
    case = typed(kind) if kind else Builder("Handling").case()
    assert codes(case, "missing_diarienummer") == []
    assert codes(case, "missing_signatory") == []


def test_present_parts_do_not_fire() -> None:
    b = Builder("Dnr KS 2024/1 Datum 2024-01-02 Anna Andersson")
    case = typed(
        "beslut",
        diarienummer=b.at("KS 2024/1", "KS 2024/1"),
        document_date=b.at(D(2024, 1, 2), "2024-01-02"),
        signatories=(b.at(Signatory("Anna Andersson"), "Anna Andersson"),),
    )
    found = validate(
        case, select=["missing_diarienummer", "missing_signatory", "missing_document_date"]
    )
    assert found == []


@pytest.mark.parametrize(
    ("kind", "with_proposal", "fires"),
    [
        ("beslut", False, True),
        ("delegationsbeslut", True, False),
        ("other", False, False),  # not a case document of its own
    ],
)
def test_missing_proposals(kind: str, with_proposal: bool, fires: bool) -> None:
    b = Builder("Handling\nBeslut\nNämnden beviljar ansökan.")
    b.set(doc_type=b.at(kind, "Handling"))
    if with_proposal:
        b.proposal("Nämnden beviljar ansökan.", None)
    assert len(codes(b.case(), "missing_proposals")) == int(fires)


@pytest.mark.parametrize(
    ("kind", "officer", "fires"),
    [
        ("tjansteskrivelse", None, True),
        ("tjansteskrivelse", CaseOfficer(None, "registrator@kommun.se"), True),  # no name
        ("tjansteskrivelse", CaseOfficer("Åsa Hernerud", None), False),
        ("protokollsutdrag", None, False),  # a protokoll names no handläggare
    ],
)
def test_missing_case_officer(kind: str, officer: CaseOfficer | None, fires: bool) -> None:
    b = Builder("Handling")
    b.set(doc_type=b.at(kind, "Handling"))
    if officer is not None:
        b.set(case_officer=b.at(officer, "Handling"))
    found = validate(b.case(), select=["missing_case_officer"])
    assert [f.severity for f in found] == ["info"] * int(fires)


def test_missing_document_date() -> None:
    assert len(codes(typed("tjansteskrivelse"), "missing_document_date")) == 1


@pytest.mark.parametrize("pages", [[""], ["  \n", "\n\n"]])
def test_no_text_silences_the_missing_parts(pages: list[str]) -> None:
    doc = Document.from_texts(pages)
    case = CaseDocument(source=doc.source, pages=doc.pages)
    assert [f.code for f in validate(case)] == ["no_text"]


def test_a_page_of_text_is_text() -> None:
    assert codes(Builder("  \fSida 2").case(), "no_text") == []


# --------------------------------------------------------------------------- registry checks


def test_document_date_in_future() -> None:
    b = Builder("Datum 2026-05-01")
    case = b.set(document_date=b.at(D(2026, 5, 1), "2026-05-01")).case()
    future = validate(case, select=["document_date_in_future"], today=D(2026, 4, 30))
    assert [f.severity for f in future] == ["warning"]
    assert validate(case, select=["document_date_in_future"], today=D(2026, 5, 1)) == []


@pytest.mark.parametrize(
    ("numbers", "duplicate", "not_sequential"),
    [
        ([1, 2, 3], 0, 0),
        ([None, None], 0, 0),  # dash items
        ([1, 2, 1, 2, 3], 0, 0),  # a protokoll: each § starts at 1
        ([1, 2, 2, 3], 1, 0),
        ([1, 3], 0, 1),  # a skipped number
        ([2, 3], 0, 1),  # a list that does not start at 1
    ],
)
def test_proposal_numbering(numbers: list[int | None], duplicate: int, not_sequential: int) -> None:
    text = "\n".join(f"Punkt {i}." for i in range(len(numbers)))
    b = Builder(text)
    for i, number in enumerate(numbers):
        b.proposal(f"Punkt {i}.", number)
    case = b.case()
    assert len(codes(case, "duplicate_proposal_number")) == duplicate
    assert len(codes(case, "proposal_numbers_not_sequential")) == not_sequential


@pytest.mark.parametrize(
    ("email", "fires"),
    [
        ("asa.hernerud@regionjh.se", False),  # the seed
        ("ebba.aberg@regionblekinge.se", False),
        ("kontakt@uu.se", False),
        ("åsa.öberg@kommun.se", False),  # Swedish letters in the local part
        ("asa.hernerud@regionjh", True),  # no top-level domain
        ("asa hernerud@regionjh.se", True),  # a space
        ("asa..hernerud@regionjh.se", True),
    ],
)
def test_case_officer_email(email: str, fires: bool) -> None:
    b = Builder(f"Åsa {email}")
    case = b.set(case_officer=b.at(CaseOfficer("Åsa", email), email)).case()
    assert len(codes(case, "case_officer_email_invalid")) == int(fires)


def test_proposal_period_ended() -> None:
    text = "Förslag till beslut\n1. Bidrag för perioden 2023-01-01 till 2023-12-31.\n"
    b = Builder(text).period("2023-01-01 till 2023-12-31", D(2023, 1, 1), D(2023, 12, 31))
    b.proposal("Bidrag för perioden 2023-01-01 till 2023-12-31.", 1)
    b.set(document_date=b.at(D(2024, 2, 1), "Förslag"))
    assert [f.severity for f in validate(b.case(), select=["proposal_period_ended"])] == ["info"]
    later = replace(b.case(), document_date=b.at(D(2023, 6, 1), "Förslag"))
    assert validate(later, select=["proposal_period_ended"]) == []


# --------------------------------------------------------------------------- the table and filters


def test_rule_table_is_well_formed() -> None:
    rule_codes = [r.code for r in RULES]
    assert len(rule_codes) == len(set(rule_codes))
    for rule in RULES:
        assert rule.code.isidentifier()
        assert rule.code == rule.code.lower()
        assert rule.severity in ("error", "warning", "info")
        assert rule.check.__doc__, rule.code


def test_the_ten_corpus_codes_have_their_severities() -> None:
    severity = {r.code: r.severity for r in RULES}
    errors = ["amount_exceeds_max", "sum_mismatch", "period_inverted", "invalid_date"]
    warnings = [
        "proposal_period_mismatch",
        "diarienummer_year_after_document",
        "invalid_personnummer",
        "missing_diarienummer",
        "missing_document_date",
        "missing_signatory",
    ]
    assert {c: severity[c] for c in errors + warnings} == {
        **dict.fromkeys(errors, "error"),
        **dict.fromkeys(warnings, "warning"),
    }


def test_select_and_ignore() -> None:
    case = typed("beslut")
    every = {f.code for f in validate(case)}
    assert every == {
        "missing_diarienummer",
        "missing_document_date",
        "missing_signatory",
        "missing_proposals",
    }
    assert {f.code for f in validate(case, ignore=["missing_signatory"])} == every - {
        "missing_signatory"
    }
    assert [f.code for f in validate(case, select="missing_signatory")] == ["missing_signatory"]
    assert validate(case, select=["missing_signatory"], ignore=["missing_signatory"]) == []


def test_unknown_code_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="missing_signature"):
        validate(typed("beslut"), select=["missing_signature"])
    with pytest.raises(UsageError, match="no_such_code"):
        validate(typed("beslut"), ignore=["no_such_code"])


def test_clean_case_has_no_findings() -> None:
    text = (
        "Dnr RUN/183/2024\nDatum 2024-04-02\n"
        "Projektet pågår november 2024 till oktober 2027 med maximalt 780 000 kronor.\n\n"
        "Regiondirektörens förslag\n"
        "1. Regionen deltar 2024-11-01 till 2027-10-31.\n"
        "2. Regionen finansierar med högst 780 000 kronor.\n\n"
        "Sara Lewerentz\nRegiondirektör\n"
    )
    b = Builder(text)
    b.set(
        doc_type=b.at("tjansteskrivelse", "Dnr"),
        diarienummer=b.at("RUN/183/2024", "RUN/183/2024"),
        document_date=b.at(D(2024, 4, 2), "2024-04-02"),
        signatories=(b.at(Signatory("Sara Lewerentz", "Regiondirektör"), "Sara Lewerentz"),),
        case_officer=b.at(CaseOfficer("Åsa Hernerud", "asa.hernerud@regionjh.se"), "Datum"),
    )
    b.period("november 2024 till oktober 2027", D(2024, 11, 1), D(2027, 10, 31))
    b.period("2024-11-01 till 2027-10-31", D(2024, 11, 1), D(2027, 10, 31))
    b.amount("780 000 kronor", 780000, "max").amount("780 000 kronor", 780000, "max", nth=1)
    b.proposal("Regionen deltar 2024-11-01 till 2027-10-31.", 1)
    b.proposal("Regionen finansierar med högst 780 000 kronor.", 2)
    assert validate(b.case(), today=D(2024, 5, 1)) == []


# --------------------------------------------------------------------------- junk and the corpus


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\f\f\f",
        "totalt 5 mnkr",  # a total with nothing before it
        "Totalt\t\n\nSumma 1 050 kr\n",  # total rows without item rows
        "🙂 " * 200,
        "0" * 10_000,
        "1 kr, 2 kr och 3 kr, totalt 7 kr.\f" * 50,
    ],
)
def test_validate_never_raises_on_parsed_junk(text: str) -> None:
    import arende

    case = arende.parse_text(text, validate=False)
    findings = validate(case, today=D(2030, 1, 1))
    assert all(f.code in {r.code for r in RULES} for f in findings)


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
# The ten codes the corpus labels (LABELING.md, expected_issue_codes).
TEN = {
    "amount_exceeds_max",
    "sum_mismatch",
    "period_inverted",
    "invalid_date",
    "proposal_period_mismatch",
    "diarienummer_year_after_document",
    "invalid_personnummer",
    "missing_diarienummer",
    "missing_document_date",
    "missing_signatory",
}


def _dev_documents() -> list[Path]:
    if not DEV.is_dir():
        return []
    truths = sorted(DEV.glob("*.truth.json"))
    # scanned PDFs need OCR, which is slow and tested elsewhere
    return [t for t in truths if json.loads(t.read_text("utf-8"))["meta"]["format"] != "scan"]


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("truth", _dev_documents(), ids=lambda p: p.name.split(".")[0])
def test_dev_corpus_issue_codes(truth: Path) -> None:
    import arende

    expected = json.loads(truth.read_text("utf-8"))
    case = arende.parse(DEV / expected["meta"]["file"], ocr="never")
    codes_found = {f.code for f in case.issues}
    assert codes_found & TEN == set(expected["expected_issue_codes"])
    if not expected["expected_issue_codes"]:
        # a clean document: not even the rules beyond the ten may fire
        assert codes_found == set(), [f.message for f in case.issues]


# --------------------------------------------------------------------------- the command line


def _run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from arende.cli import main

    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Protokollsutdrag\n\nSamråd hölls 2022-11-31.\n", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("Samråd hölls 2022-11-30.\n", encoding="utf-8")

    code, out, _ = _run_cli(["validate", str(bad), "--select", "invalid_date"], capsys)
    assert code == 1
    assert "error: invalid_date:" in out
    assert "2022-11-31" in out

    code, out, _ = _run_cli(["validate", str(clean), "--select", "invalid_date"], capsys)
    assert (code, out.strip()) == (0, f"{clean}: inga anmärkningar (no findings)")

    # warnings alone do not fail the run
    undated = tmp_path / "undated.txt"
    undated.write_text("Ärendet saknar datering.\n", encoding="utf-8")
    code, out, _ = _run_cli(["validate", str(undated), "--ignore", "invalid_date"], capsys)
    assert code == 0
    assert "warning: missing_document_date" in out

    code, _, err = _run_cli(["validate", str(bad), "--select", "invalid_dates"], capsys)
    assert code == 2
    assert "unknown rule code 'invalid_dates'" in err

    code, out, _ = _run_cli(["validate", str(tmp_path / "missing.txt"), str(bad)], capsys)
    assert code == 2  # unreadable input wins, the readable file is still reported
    assert "invalid_date" in out


def test_cli_validate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Samråd hölls 2022-11-31.\n", encoding="utf-8")
    args = ["validate", str(bad), "--format", "json", "--select", "invalid_date"]
    code, out, _ = _run_cli(args, capsys)
    record = json.loads(out)
    assert code == 1
    assert record["path"] == str(bad)
    [issue] = record["issues"]
    assert (issue["code"], issue["severity"], issue["fields"]) == (
        "invalid_date",
        "error",
        ["dates"],
    )
    assert issue["provenance"][0]["page"] == 1


# Pieces of text that the amount and sum rules look at.
_PIECES = [
    *("totalt", "Totalt", "Summa", "och", ",", ".", "\n", "\n\n", "\f", "\t", "kr", "varav"),
    *("per år", "högst", "500 000", "1,5 mnkr", "12", "2024-01-01", "x", "Å", "  "),
]
_QUALIFIERS: list[Qualifier | None] = [None, "max", "min", "total", "per_year"]


@st.composite
def _random_cases(draw: st.DrawFn) -> CaseDocument:
    """Random text with amounts, periods and proposals placed at random spans of it."""
    words = st.sampled_from(_PIECES)
    text = "".join(draw(st.lists(words, max_size=60)))
    doc = Document.from_texts(text.split("\f"))
    size = len(doc.text)

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, size))
        return start, draw(st.integers(start, size))

    def amount() -> Found[Amount]:
        value = Decimal(draw(st.integers(0, 10**9))) / draw(st.sampled_from([1, 100]))
        qualifier = draw(st.sampled_from(_QUALIFIERS))
        currency = draw(st.sampled_from(["SEK", "EUR"]))
        return doc.found(Amount(value, currency, qualifier), *span(), rule="random")

    def period() -> Found[Period]:
        days = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
        return doc.found(Period(draw(days), draw(days)), *span(), rule="random")

    def proposal() -> Found[Proposal]:
        number = draw(st.one_of(st.none(), st.integers(-3, 12)))
        return doc.found(Proposal(number, "p"), *span(), rule="random")

    kinds = ["tjansteskrivelse", "protokollsutdrag", "beslut", "other"]
    return CaseDocument(
        source=doc.source,
        pages=doc.pages,
        doc_type=doc.found(draw(st.sampled_from(kinds)), *span(), rule="random"),
        diarienummer=draw(st.sampled_from([None, doc.found("KS 20-1", 0, 0, rule="random")])),
        document_date=doc.found(draw(st.dates()), *span(), rule="random"),
        amounts=tuple(sorted((amount() for _ in range(draw(st.integers(0, 8)))), key=_start)),
        periods=tuple(period() for _ in range(draw(st.integers(0, 3)))),
        proposals=tuple(proposal() for _ in range(draw(st.integers(0, 4)))),
        personal_identity_numbers=tuple(
            doc.found(
                PersonalNumber(draw(st.text("0123456789-+ ", max_size=14)), False),
                0,
                0,
                rule="random",
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
    )


def _start(found: Found[Any]) -> int:
    return found.start


@settings(max_examples=300, deadline=None)
@given(_random_cases())
def test_validate_never_raises(case: CaseDocument) -> None:
    for finding in validate(case, today=D(2026, 1, 1)):
        assert finding.severity in ("error", "warning", "info")
        assert finding.message
