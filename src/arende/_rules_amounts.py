"""Validator rules about money: proposals above a stated maximum, sums that do not add up.

The printed precision of an amount decides how exactly it must agree:
``1,8 mnkr`` may stand for anything from 1 750 000 to 1 850 000, ``780 000 kr``
for exactly that, ``400`` in a column of tkr for 399 500 to 400 500.  A whole
number of millions counts as printed with one decimal: ``5 mnkr`` is 5,0 mnkr,
4 950 000 to 5 050 000 (a rougher figure is written ``cirka 5 mnkr``).

>>> half_unit("5 mnkr", Decimal(5000000))
Decimal('50000.00')
>>> half_unit("1,8 mnkr", Decimal(1800000))
Decimal('50000.0')
>>> half_unit("SEK 1 150 000", Decimal(1150000))
Decimal('0.5')
>>> half_unit("400", Decimal(400000))  # a table cell under "Belopp (tkr)"
Decimal('500.0')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

from arende._rules_common import in_proposals, money
from arende.document import Document, Found
from arende.extractors._lines import Line, lines
from arende.model import Amount, CaseDocument, Finding

__all__ = ["check_amount_exceeds_max", "check_sum_mismatch", "half_unit", "rate"]

# The number of a printed amount: digits grouped by (no-break) spaces or dots, then decimals.
_NUMBER = re.compile(
    r"""
    \d{1,3}(?:[ \u00a0\u202f.]\d{3})+   # grouped thousands: 1 150 000, 1.150.000
    (?:,\d+)?                           # decimal comma part: 12 345,50
    | \d+(?:[.,]\d+)?                   # plain digits, maybe with decimals: 2,5 / 2.5
    """,
    re.VERBOSE,
)
# A unit word that scales the printed number (when the value does not tell).
_SCALE = re.compile(
    r"""
    (?P<million> mnkr | mkr | msek | miljon | miljoner | mn\b )   # millions of kronor
    | (?P<thousand> tkr | ksek | tusen )                           # thousands of kronor
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What an amount is counted per, right after it: "per år", "/mån", "årligen", "i månaden".
_RATE = re.compile(
    r"""
    [ \u00a0]*
    (?:
      (?:per|/|i|om)[ \u00a0]*(?P<unit>[a-zåäö]+)   # per år, /mån, i månaden, om året
      | (?P<yearly>årligen)                          # årligen
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Normal forms of rate units, so that "per år" and "om året" compare equal.
_RATE_UNITS = {"året": "år", "månaden": "mån", "månad": "mån", "veckan": "vecka", "dagen": "dag"}
_RATE_WORDS = frozenset(
    {"år", "mån", "vecka", "dag", "timme", "timmen", "person", "deltagare", "elev", "barn"}
    | {"invånare", "plats", "projekt", "kvartal", "termin", "läsår", "medlem", "ansökan"}
)
# The words that close an itemised list with its total: ", totalt", "och sammanlagt", "– summa".
_TOTAL_CUE = re.compile(
    r"""
    (?: [,;(–—] | \s-\s | \boch )          # the list is closed by a comma, dash, bracket or "och"
    \s* (?: alltså \s+ | vilket \s+ (?:ger|blir|gör) \s+ )?   # optional linking words
    (?: totalt | sammanlagt | tillsammans | i \s+ summa | summa )   # the total word
    (?: \s+ (?:på|om|till) )?              # "totalt på"
    [\s:]* (?: SEK \s* )? \Z               # right before the total (its "SEK" may lead it)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A sentence ends at . ! ? before a capital letter, at a blank line, or at a page break.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])|\n[ \t\u00a0]*\n|\f")
# Words that make an itemised list a breakdown rather than parts of one sum.
_NOT_A_SUM = re.compile(
    r"\b(?:varav|därav|inklusive|inkl\.|exklusive|exkl\.|utöver|förutom|moms|av\s+vilka)",
    re.IGNORECASE,
)
# Separator between list items: a comma, semicolon or "och"/"samt".
_ITEM_GAP = re.compile(r"[,;]|\boch\b|\bsamt\b", re.IGNORECASE)
# A table row that closes the sum: Totalt / Summa / Total / Sammanlagt at the start of a line.
_TOTAL_ROW = re.compile(r"\A(?:Totalt|Summa|Total|Sammanlagt|S:a)\b", re.IGNORECASE)
_SUB_ROW = re.compile(r"\A[-–•]?\s*(?:varav|därav)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_MAX_GAP = 120


def half_unit(text: str, value: Decimal) -> Decimal:
    """Half a unit of the last digit printed in ``text``, in whole currency units."""
    match = _NUMBER.search(text)
    if match is None:
        return Decimal("0.5")
    printed = match.group()
    grouped = re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?", printed)
    digits = re.sub(r"[ \u00a0\u202f.]", "", printed) if grouped else printed
    try:
        number = Decimal(digits.replace(",", "."))
    except InvalidOperation:
        return Decimal("0.5")
    scale = Decimal(1)
    if number:
        ratio = value / number
        if ratio in (1, 1000, 1000000):
            scale = ratio
        else:
            word = _SCALE.search(text)
            if word is not None:
                scale = Decimal(1000000 if word.group("million") else 1000)
    exponent = number.as_tuple().exponent
    places = exponent if isinstance(exponent, int) else 0
    if scale == 1000000 and places == 0:
        places = -1  # "5 mnkr" reads as 5,0 mnkr
    return Decimal(1).scaleb(places) * scale * Decimal("0.5")


def rate(found: Found[Amount], text: str) -> str | None:
    """What ``found`` is counted per (``"år"``, ``"mån"``, ``"projekt"`` …), or ``None``."""
    if found.value.qualifier == "per_year":
        return "år"
    match = _RATE.match(text, found.end, min(len(text), found.end + 30))
    if match is None:
        return None
    if match.group("yearly"):
        return "år"
    unit = match.group("unit").casefold()
    unit = _RATE_UNITS.get(unit, unit)
    return unit if unit in _RATE_WORDS else None


def check_amount_exceeds_max(case: CaseDocument) -> Iterator[Finding]:
    """An amount in the proposals is larger than every amount the body states as a maximum.

    Fires (error) for each amount inside a proposal when the body states at least
    one amount qualified ``max`` (``högst``, ``maximalt``, ``max``) in the same
    currency and counted per the same thing (``per år`` only against ``per år``),
    and the proposal's amount is larger than every one of them.
    """
    body_max = [
        a
        for a in case.amounts
        if a.value.qualifier == "max" and not in_proposals(a, case.proposals)
    ]
    if not body_max:
        return
    text = Document(case.pages, case.source).text
    for amount in case.amounts:
        if not in_proposals(amount, case.proposals):
            continue
        per = rate(amount, text)
        limits = [
            m
            for m in body_max
            if m.value.currency == amount.value.currency and rate(m, text) == per
        ]
        if limits and all(amount.value.value > m.value.value for m in limits):
            top = max(limits, key=lambda m: m.value.value)
            yield Finding(
                "amount_exceeds_max",
                "error",
                f"Förslaget anger {money(amount.value.value, amount.value.currency)} men högsta "
                f"belopp i underlaget är {money(top.value.value, top.value.currency)}",
                ("amounts", "proposals"),
                (amount, *limits),
            )


def check_sum_mismatch(case: CaseDocument) -> Iterator[Finding]:
    """Itemised amounts do not add up to the total stated with them.

    Fires (error) when, allowing half a unit of each amount's last printed digit:

    * a sentence lists two or more amounts joined by commas/"och" and closes the
      list with ``, totalt T`` (or ``sammanlagt``, ``summa``): ``Kostnaderna
      beräknas till A för x, B för y och C för z, totalt T`` or ``Kostnaderna
      fördelas på x A, y B och z C, totalt T``; or
    * a table row starting ``Totalt``/``Summa`` holds totals, and the rows right
      above it (up to a row without amounts) hold one amount per total column.

    Lists with a rate (``per år``), a maximum, a ``varav``/``inklusive``/``moms``
    breakdown or mixed currencies are not checked, nor a ``Totalt`` row right under
    a subtotal row.  A sentence that runs on over a page break keeps the items
    printed before the break.
    """
    totals = [a for a in case.amounts if a.value.qualifier == "total"]
    if not totals:
        return
    text = Document(case.pages, case.source).text
    for total in totals:
        items = _sentence_items(case.amounts, total, text)
        if items is not None:
            yield from _compare([items], [total], text)
    yield from _table_sums(case.amounts, text)


def _sentence_items(
    amounts: Sequence[Found[Amount]], total: Found[Amount], text: str
) -> list[Found[Amount]] | None:
    """The items of the list ``total`` closes in its sentence, if it closes one."""
    start = max(0, total.start - 1500)
    # The last sentence end before the total; a page break that does not end a sentence is
    # skipped, so a sentence running on over it keeps its items from the page before.
    ends = [m for m in _SENTENCE_END.finditer(text, start, total.start) if _ends(text, m)]
    if ends:
        start = ends[-1].end()
    before = [a for a in amounts if start <= a.start and a.end <= total.start]
    if len(before) < 2:
        return None
    if any(
        a.value.qualifier is not None
        or a.value.currency != total.value.currency
        or rate(a, text) is not None
        for a in before
    ):
        return None
    if _NOT_A_SUM.search(text, before[0].start, total.start):
        return None
    for left, right in itertools.pairwise(before):
        gap = text[left.end : right.start]
        if _folded_length(gap) > _MAX_GAP or not _ITEM_GAP.search(gap):
            return None
    tail = text[before[-1].end : total.start]
    if _folded_length(tail) > _MAX_GAP or not _TOTAL_CUE.search(tail):
        return None
    return before


def _folded_length(text: str) -> int:
    """The length of ``text`` with white space runs (masked page furniture) folded to one."""
    return len(" ".join(text.split()))


def _ends(text: str, boundary: re.Match[str]) -> bool:
    """Whether ``boundary`` ends a sentence.

    Sentence punctuation before a capital does.  A blank line does unless the text before
    it stops mid-sentence (a comma, a semicolon, a lower-case word: a heading above a
    paragraph then joins the sentence, which is harmless).  A page break, with the running
    footer and header around it, does only after ``.``, ``!``, ``?`` or ``:``.
    """
    if boundary.group()[0] in ".!?":
        return True
    low, high = boundary.start(), boundary.end()
    while low > 0 and text[low - 1].isspace():
        low -= 1
    while high < len(text) and text[high].isspace():
        high += 1
    if low == 0:
        return True
    before = text[low - 1]
    if "\f" in text[low:high]:
        return before in ".!?:"
    return not (before in ",;" or before.islower())


def _table_sums(amounts: Sequence[Found[Amount]], text: str) -> Iterator[Finding]:
    """Findings for ``Totalt``/``Summa`` rows whose columns do not add up."""
    if not any(_TOTAL_ROW.match(_line_of(text, a.start)) for a in amounts):
        return
    rows = lines(text)
    for index, line in enumerate(rows):
        if not _TOTAL_ROW.match(line.text):
            continue
        totals = _on_line(amounts, line)
        if not totals or any(t.value.qualifier != "total" for t in totals):
            continue
        if not _row_like(line, totals, words=2):
            continue
        items = _rows_above(amounts, rows, index)
        if items is None or len(items) < 2 or any(len(r) != len(totals) for r in items):
            continue
        columns = [[row[i] for row in items] for i in range(len(totals))]
        yield from _compare(columns, totals, text)


def _rows_above(
    amounts: Sequence[Found[Amount]], rows: list[Line], index: int
) -> list[list[Found[Amount]]] | None:
    """The amounts of the table rows right above ``rows[index]`` (None: not a plain sum)."""
    found: list[list[Found[Amount]]] = []
    for line in reversed(rows[:index]):
        if line.blank:
            continue
        if _SUB_ROW.match(line.text):
            return None
        if _TOTAL_ROW.match(line.text):
            return None  # a subtotal right above: the total may include it
        on_line = _on_line(amounts, line)
        if not on_line or not _row_like(line, on_line, words=5):
            break
        if any(a.value.qualifier is not None for a in on_line):
            return None
        found.append(on_line)
    found.reverse()
    return found


def _line_of(text: str, offset: int) -> str:
    """The stripped text of the line holding ``text[offset]``, up to that offset."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\f", 0, offset)) + 1
    return text[start:offset].strip()


def _on_line(amounts: Sequence[Found[Amount]], line: Line) -> list[Found[Amount]]:
    return [a for a in amounts if line.start <= a.start < line.end]


def _row_like(line: Line, on_line: list[Found[Amount]], *, words: int) -> bool:
    """Whether ``line`` reads as a table row: cells, or a label and numbers only."""
    if line.text.endswith("."):
        return False
    if len(line.cells) > 1:
        return True
    rest = line.text
    for amount in reversed(on_line):
        rest = rest[: amount.start - line.start] + " " + rest[amount.end - line.start :]
    return len(_WORD.findall(rest)) <= words


def _compare(
    columns: list[list[Found[Amount]]], totals: list[Found[Amount]], text: str
) -> Iterator[Finding]:
    for items, total in zip(columns, totals, strict=True):
        if any(a.value.currency != total.value.currency for a in items):
            continue
        added = sum((a.value.value for a in items), Decimal(0))
        slack = half_unit(total.text, total.value.value) + sum(
            (half_unit(a.text, a.value.value) for a in items), Decimal(0)
        )
        if abs(added - total.value.value) <= slack:
            continue
        parts = " + ".join(money(a.value.value, a.value.currency) for a in items)
        yield Finding(
            "sum_mismatch",
            "error",
            f"Delbeloppen {parts} blir {money(added, total.value.currency)}, "
            f"inte {money(total.value.value, total.value.currency)} som anges som totalt",
            ("amounts",),
            (*items, total),
        )
