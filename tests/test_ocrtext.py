"""OCR repairs: digit look-alikes inside numbers, a misread @, -hämnden. Length-preserving."""

from __future__ import annotations

import pytest

from arende.notations.ocrtext import repair_ocr_text, repair_ocr_word

TEXT_ROWS = [
    ("2O24-04-02", "2024-04-02"),  # ISO date, O for 0
    ("2024-O4-O2", "2024-04-02"),  # both month and day
    ("2024-04-O2", "2024-04-02"),  # a single look-alike among seven digits
    ("RUN/l83/2024", "RUN/183/2024"),  # region dnr, l for 1
    ("KS 2O23/0456", "KS 2023/0456"),  # kommun dnr
    ("780 OOO kronor", "780 000 kronor"),  # thousands group read as letters
    ("1 2OO 000 kr", "1 200 000 kr"),  # mixed group
    pytest.param(  # amount with öre: one digit beside one look-alike is too little to go on
        "l2 345,50 kr", "12 345,50 kr", marks=pytest.mark.xfail(strict=True)
    ),
    ("§ l23", "§ 123"),  # paragraph number
    pytest.param(  # S for 5 in a day: the same, a lone digit
        "2S april 2024", "25 april 2024", marks=pytest.mark.xfail(strict=True)
    ),
    ("Kollektivtrafikhämnden", "Kollektivtrafiknämnden"),  # h for n in a committee name
    ("Socialhämnd", "Socialnämnd"),  # without the definite ending
    # Words stay words:
    ("Olof Solberg", "Olof Solberg"),
    ("SOU 2024:12", "SOU 2024:12"),  # the letters are a prefix, not look-alikes
    ("Ola lämnade 2 förslag", "Ola lämnade 2 förslag"),
    ("hämnden", "hämnden"),  # the word on its own is left alone
    ("IO", "IO"),  # no real digit: not a number
    ("OOO1", "OOO1"),  # more look-alikes than digits: not sure enough
    ("", ""),
]


@pytest.mark.parametrize(("raw", "repaired"), TEXT_ROWS)
def test_repair_ocr_text(raw: str, repaired: str) -> None:
    assert repair_ocr_text(raw) == repaired


RAW_INPUTS = [row.values[0] if hasattr(row, "marks") else row[0] for row in TEXT_ROWS]


@pytest.mark.parametrize("raw", RAW_INPUTS)
def test_repairs_keep_the_length(raw: str) -> None:
    assert len(repair_ocr_text(raw)) == len(raw)


@pytest.mark.parametrize(
    ("word", "repaired"),
    [
        ("asa.hernerud(Qregionjh.se", "asa.hernerud@regionjh.se"),  # "(Q" for @
        ("anna.berg(@umu.se", "anna.berg@umu.se"),
        ("per.ek©lund.se", "per.ek@lund.se"),
        ("kansliet@skane.se", "kansliet@skane.se"),  # already right
        ("(Qvist)", "(Qvist)"),  # no domain: not an address
        ("Q)", "Q)"),
    ],
)
def test_repair_ocr_word(word: str, repaired: str) -> None:
    assert repair_ocr_word(word) == repaired


@pytest.mark.parametrize("junk", ["", "🙂" * 50, "0" * 10_000, "\x00\x01\x02", "O" * 5000 + "1"])
def test_junk_does_not_raise(junk: str) -> None:
    assert len(repair_ocr_text(junk)) == len(junk)
    assert isinstance(repair_ocr_word(junk), str)
