"""Money amounts, in running text and in tables.

The qualifier comes from the word immediately before the amount (``maximalt``,
``högst`` → max; ``minst`` → min; ``totalt``, ``sammanlagt`` → total) or right
after it (``per år``, ``årligen`` → per_year).  In a table, a bare number in a
column whose header carries the unit (``Belopp (tkr)``) is an amount, and the
``Totalt``/``Summa`` row is the total.

>>> doc = Document.from_texts(["med totalt 900 000 kronor och maximalt 780 tkr, 50 tkr per år"])
>>> [(str(f.value.value), f.value.qualifier) for f in find_amounts(doc)]
[('900000', 'total'), ('780000', 'max'), ('50000', 'per_year')]
>>> table = "Post\\tBelopp (tkr)\\nLokaler\\t400\\nSumma\\t1 150\\n"
>>> found = find_amounts(Document.from_texts([table]))
>>> [(str(f.value.value), f.value.qualifier, f.rule) for f in found]
[('400000', None, 'table_unit_column'), ('1150000', 'total', 'table_unit_column')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import islice

from arende.document import Document, Found
from arende.extractors._lines import Cell, Line, split_cells
from arende.extractors._window import iter_rows, line_bounds
from arende.model import Amount, Qualifier
from arende.notations import _gate, amounts

__all__ = ["find_amounts"]

# The word (or two) that ends the text before an amount.
_WORD_BEFORE = re.compile(
    r"""
    (?P<word>som[ \t]+(?:mest|minst) | [^\W\d_]+\.?)  # a word, or "som mest"
    [ \t:]* \n? [ \t]* $                              # then only white space (one line break)
    """,
    re.VERBOSE,
)
_BEFORE: dict[str, Qualifier] = {
    "maximalt": "max",
    "högst": "max",
    "max": "max",
    "max.": "max",
    "maximum": "max",
    "som mest": "max",
    "minst": "min",
    "lägst": "min",
    "minimum": "min",
    "som minst": "min",
    "totalt": "total",
    "sammanlagt": "total",
    "sammantaget": "total",
    "totalbelopp": "total",
}
# What every word of _BEFORE holds (in lower case).
_BEFORE_CUES = ("max", "högst", "mest", "minst", "lägst", "minimum", "total", "samman")
# What follows an amount that is paid every year.
_PER_YEAR = re.compile(
    r"""
    [ \t]* \n? [ \t]*
    (?: (?:per|om|varje) (?:[ \t]+|[ \t]*\n[ \t]*)                    # per år, om året,
        (?:år|året|kalenderår|budgetår|verksamhetsår)                     # maybe wrapped
      | i (?:[ \t]+|[ \t]*\n[ \t]*) året                          # i året ("i år" is this year)
      | / [ \t]? år                                                        # kr/år
      | årligen                                                            # årligen
    )
    (?![^\W\d_])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The first number of a range whose unit is printed once: "100–200 tkr".
_RANGE_HEAD = re.compile(
    rf"""
    (?: (?P<num>{amounts.NUMBER}) [ \t]?[–-][ \t]?                       # 100–200 tkr
      | \b(?:från|mellan)\s+ (?P<word_num>{amounts.NUMBER}) \s+(?:till|och)\s+  # från 1 250 till
    ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A table cell that is a bare number.
_BARE = re.compile(rf"(?P<sign>[-−]?)(?P<num>{amounts.NUMBER})", re.VERBOSE)
# A header's unit on a line of its own, under a wrapped header cell: "(tkr)".
_LONE_UNIT = re.compile(r"\(?\s*(?:tkr|kr|kronor|sek|tsek|ksek|mkr|mnkr|msek|euro|eur)\s*\)?", re.I)
# A unit word anywhere: the lines that may be a table header with a unit column.
_UNIT_TOKEN = re.compile(
    r"(?<![^\W\d_])(?:tkr|kr|kronor|sek|tsek|ksek|mkr|mnkr|msek|mdkr|euro|eur)(?![^\W\d_])|€",
    re.IGNORECASE,
)
# What every match of _UNIT_TOKEN holds, in lower case, and how far before it the match may
# start: "kr" (tkr, mnkr), "sek" (tsek), "eur" (euro), "€".
_UNIT_ANCHORS = (("kr", 2), ("sek", 1), ("eur", 0), ("€", 0))
#: How many lines under its header a table may run.
_TABLE_ROWS = 60
# A merged header line ending with its unit: "Kostnadsslag År Belopp (tkr)", "Post, kr".
_MERGED_HEADER = re.compile(r"[\w)]\s*(?P<unit>(?:\(|,\s*)[^\W\d][\w ]{0,20}\)?)$")
# A merged table row: a capitalised label (or a year), then the number at the end of the line.
_MERGED_ROW = re.compile(
    rf"(?P<label>[A-ZÅÄÖ][^\n]{{0,40}}?|(?:19|20)\d{{2}})\s(?P<sign>[-−]?)(?P<num>{amounts.NUMBER})",
    re.VERBOSE,
)
# A header cell that is a year (a column per year): "2025", "År 2026", "2026 (prognos)".
_YEAR_CELL = re.compile(r"(?:år\s+)?(?:19|20)\d{2}(?:\s*\([^\d()]{1,20}\))?", re.IGNORECASE)
# A year among the words of a line.
_YEAR_WORD = re.compile(r"(?<![\w.,:/\-])(?:19|20)\d{2}(?![\w.,:/\-])")
# A word naming a budget year right before a year: "Budget 2025 tkr", "Utfall 2023-2024 tkr".
_PERIOD_BEFORE = re.compile(
    r"""
    (?<![^\W\d_])
    (?:budget|utfall|prognos|bokslut|plan|ram|år|året|åren|budgetår|verksamhetsår|period(?:en)?)
    [ \t]+ (?:(?:19|20)\d{2}[ \t]?[–-][ \t]?)? $    # maybe the first year of a range
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The end of a header merged into one cell: two or more years ("Kostnad (tkr) 2025 2026").
_MERGED_YEARS = re.compile(r"(?:[ \t]+(?:19|20)\d{2}){2,}$")
# A row label that names its unit after a comma or in parentheses: "Drift, tkr", "Lön (kr)".
_ROW_UNIT_LABEL = re.compile(r"[^\W\d_](?:,\s*|\s*\()[^\W\d_]{2,6}\)?$")
# The label of a table's sum row.
_TOTAL_ROW = re.compile(
    r"(?:summa|totalt?|totala|totalsumma|total\s+kostnad|summering)\b\.?:?", re.IGNORECASE
)


def _qualifier(text: str, start: int, end: int) -> Qualifier | None:
    lo = max(0, start - 40)
    window = text[lo:start].lower()
    # The word before is only looked for when one of _BEFORE's words can be in reach.
    cued = any(cue in window for cue in _BEFORE_CUES)
    before = _WORD_BEFORE.search(text, lo, start) if cued else None
    if before is not None:
        word = " ".join(before.group("word").lower().split())
        if word in _BEFORE:
            return _BEFORE[word]
    if _PER_YEAR.match(text, end):
        return "per_year"
    return None


def _text_amounts(doc: Document) -> list[Found[Amount]]:
    text = doc.text
    result: list[Found[Amount]] = []
    for match in amounts.finditer(text):
        if _YEAR_WORD.match(text, match.start) and _PERIOD_BEFORE.search(
            text, max(0, match.start - 30), match.start
        ):
            continue  # a column header: "Budget 2025 tkr", "Utfall 2024–2025 tkr"
        value = Amount(match.value, match.currency, _qualifier(text, match.start, match.end))
        head = _range_head(text, match.start)
        if head is not None and match.rule in ("unit_word", "currency_after", "kronor_dash"):
            group = "num" if head.group("num") else "word_num"
            first = amounts.parse_number(head.group(group))
            # "från 1 250 till 1 000 kronor" may go down; "från 2024 till 300 kr" is no range
            rising = first is not None and first < match.number
            down = group == "word_num" and not _YEAR_WORD.fullmatch(head.group(group))
            if first is not None and match.number and (rising or down):
                scaled = first * (match.value / match.number)
                lead = Amount(_whole(scaled), match.currency, value.qualifier)
                start, end = head.span(group)
                result.append(doc.found(lead, start, end, rule="range_head"))
        result.append(doc.found(value, match.start, match.end, rule=match.rule))
    return result


def _range_head(text: str, start: int) -> re.Match[str] | None:
    """_RANGE_HEAD right before ``start``, looked for only when its dash or word is in reach."""
    lo = max(0, start - 40)
    window = text[lo:start]
    low = window.lower()
    # Without regard to case "i" is also "İ" and "ı", which str.lower() does not make an "i".
    if not any(cue in window for cue in "-–İı") and "till" not in low and "och" not in low:
        return None
    return _RANGE_HEAD.search(text, lo, start)


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a span of ``taken`` (sorted, not overlapping each other)."""
    i = bisect.bisect_left(taken, (end, end))
    return any(s < end and start < e for s, e in taken[max(0, i - 2) : i])


def _table_amounts(doc: Document, taken: list[tuple[int, int]]) -> list[Found[Amount]]:
    text = doc.text
    result: list[Found[Amount]] = []
    seen = -1
    for token in _unit_tokens(text):
        start, end = line_bounds(text, token)
        if start <= seen:
            continue  # one look per line
        seen = start
        cells = split_cells(text[start:end], start)
        lone_unit = len(cells) == 1 and _LONE_UNIT.fullmatch(cells[0].text) is not None
        if len(cells) == 1 and not lone_unit:
            years_head = _merged_year_header(cells[0])
            if years_head is not None:
                head, columns = years_head
                under = islice(iter_rows(text, end + 1), _TABLE_ROWS)
                result.extend(
                    _column_values(doc, head, under, columns, taken, rule="table_year_column")
                )
                continue
            result.extend(_merged_table(doc, cells[0].text, end, taken))
            continue
        if not cells:
            continue
        rows = iter_rows(text, start)
        head = next(rows)
        if _prose(head):
            continue
        columns = [
            (cell, found)
            for cell in head.cells
            if len(cell.text) <= 40 and (found := amounts.unit(cell.text)) is not None
        ]
        if not columns or any(amounts.parse(cell.text) for cell, _ in columns):
            continue
        rule = "table_unit_column"
        if len(columns) == 1 and len(head.cells) >= 2:
            years = _year_columns(head, columns[0][0])
            if years is None:
                result.extend(_row_unit_values(doc, head, columns[0], taken))
                continue
            if years:
                columns = [(cell, columns[0][1]) for cell in years]
                rule = "table_year_column"
        under = islice(rows, _TABLE_ROWS)
        result.extend(_column_values(doc, head, under, columns, taken, rule=rule))
    return result


def _unit_tokens(text: str) -> Iterator[int]:
    """Where each match of _UNIT_TOKEN starts, found from the few places of "kr", "sek",
    "eur" and "€" in the lower-cased text instead of trying the pattern everywhere."""
    low = _gate.fold(text)  # same offsets; "ſ" reads as the "s" re takes it for
    starts: set[int] = set()
    for anchor, back in _UNIT_ANCHORS:
        at = low.find(anchor)
        while at >= 0:
            starts.update(range(max(0, at - back), at + 1))
            at = low.find(anchor, at + 1)
    return (m.start() for m in _gate.finditer_at(_UNIT_TOKEN, text, sorted(starts)))


def _merged_year_header(
    cell: Cell,
) -> tuple[Line, list[tuple[Cell, tuple[Decimal, str]]]] | None:
    """A header whose cells a PDF set one space apart: ``Kostnad (tkr) 2025 2026 2027``.

    The label with the unit and each year become cells at their own columns, so that
    the rows' cells (``Personal     500   520   540``) fall under them.
    """
    if len(cell.text) > 80:
        return None
    match = _MERGED_YEARS.search(cell.text)
    if match is None:
        return None
    label = cell.text[: match.start()]
    found = amounts.unit(label)
    if found is None:
        return None
    cells = [Cell(label, cell.start, cell.start + len(label), cell.column, 0)]
    for year in _YEAR_WORD.finditer(cell.text, match.start()):
        start = cell.start + year.start()
        cells.append(Cell(year.group(), start, start + 4, cell.column + year.start(), len(cells)))
    head = Line(cell.text, cell.start, cell.end, tuple(cells), False)
    return head, [(c, found) for c in cells[1:]]


def _year_columns(head: Line, unit_cell: Cell) -> list[Cell] | None:
    """The year columns of a header whose one unit cell stands first or last.

    ``Kostnad (tkr)  2025  2026  2027`` and ``Post  2025  2026  (tkr)`` give the
    year cells (a Totalt/Summa column too); a header without years gives ``[]``;
    a row whose first cell carries the unit and whose other cells are numbers
    that are not years (``Personal, tkr  500  520``) gives ``None``.
    """
    if unit_cell.index not in (0, len(head.cells) - 1):
        return []
    # Under a trailing unit the first cell names the rows ("Kostnadsslag").
    others = [cell for cell in head.cells if cell is not unit_cell and cell.index > 0]
    years = [cell for cell in others if _YEAR_CELL.fullmatch(cell.text)]
    if years and all(_YEAR_CELL.fullmatch(c.text) or _TOTAL_ROW.fullmatch(c.text) for c in others):
        return others
    if unit_cell.index == 0 and all(_BARE.fullmatch(cell.text) for cell in others):
        return None
    return []


def _row_unit_values(
    doc: Document, row: Line, column: tuple[Cell, tuple[Decimal, str]], taken: list[tuple[int, int]]
) -> list[Found[Amount]]:
    """A row whose label carries the unit, its numbers in the cells after it.

    ``Drift, tkr  100  120`` under a row of years.
    """
    label, (factor, currency) = column
    if not _ROW_UNIT_LABEL.search(label.text):
        return []
    total = bool(_TOTAL_ROW.match(label.text))
    result: list[Found[Amount]] = []
    for cell in row.cells[1:]:
        bare = _BARE.fullmatch(cell.text)
        number = None if bare is None else amounts.parse_number(bare.group("num"))
        if bare is None or number is None or _overlaps(taken, cell.start, cell.end):
            continue
        if bare.group("sign"):
            number = -number
        value = Amount(_whole(number * factor), currency, "total" if total else None)
        result.append(doc.found(value, cell.start, cell.end, rule="table_row_unit"))
    return result


def _merged_table(
    doc: Document, header: str, end: int, taken: list[tuple[int, int]]
) -> list[Found[Amount]]:
    """A table whose cells plain text merged with single spaces: the unit ends the header
    ("Kostnadsslag Belopp (tkr)") and each row ends with its number ("Lokaler 400")."""
    if len(header) > 80 or len(_YEAR_WORD.findall(header)) >= 2:
        return []  # a column per year: "500 520" in a row could be one number or two
    unit = _MERGED_HEADER.search(header)
    if unit is None or amounts.parse(unit.group("unit")) is not None:
        return []
    found = amounts.unit(unit.group("unit"))
    if found is None:
        return []
    factor, currency = found
    result: list[Found[Amount]] = []
    blanks = 0
    for row in islice(iter_rows(doc.text, end + 1), _TABLE_ROWS):
        if row.blank:
            blanks += 1
            if blanks > 2 or row.page_break_before:
                break
            continue
        blanks = 0
        tail = _MERGED_ROW.fullmatch(row.text)
        if tail is None or row.page_break_before or len(row.cells) > 2:
            break  # text, a new page, or a table laid out in columns
        if _UNIT_TOKEN.search(row.text) or _YEAR_WORD.fullmatch(tail.group("num")):
            break  # the header of the next table, or a row of years
        start = row.start + tail.start("num")
        stop = row.start + tail.end("num")
        if _overlaps(taken, start, stop):
            continue
        number = amounts.parse_number(tail.group("num"))
        if number is None:
            break
        if tail.group("sign"):
            number = -number
        total = bool(_TOTAL_ROW.match(tail.group("label")))
        value = Amount(_whole(number * factor), currency, "total" if total else None)
        result.append(doc.found(value, start, stop, rule="table_merged_row"))
    return result


def _column_values(
    doc: Document,
    head: Line,
    rows: Iterable[Line],
    columns: list[tuple[Cell, tuple[Decimal, str]]],
    taken: list[tuple[int, int]],
    *,
    rule: str,
) -> list[Found[Amount]]:
    result: list[Found[Amount]] = []
    blanks = 0
    for row in rows:
        if row.blank:
            blanks += 1
            if blanks > 2:
                break
            continue
        blanks = 0
        if row.page_break_before or _prose(row):
            break
        total = bool(_TOTAL_ROW.match(row.cells[0].text))
        hits = 0
        for cell, (factor, currency) in columns:
            below = _matching_cell(head, row, cell)
            if below is None or (below.index == 0 and len(row.cells) > 1):
                continue
            bare = _BARE.fullmatch(below.text) or _merged_tail(cell, below)
            if bare is None:
                continue
            start, stop = below.start + bare.start(), below.start + bare.end()
            if _overlaps(taken, start, stop):
                continue
            number = amounts.parse_number(bare.group("num"))
            if number is None:
                continue
            if bare.group("sign"):
                number = -number  # a reduction in a budget table
            hits += 1
            value = Amount(_whole(number * factor), currency, "total" if total else None)
            result.append(doc.found(value, start, stop, rule=rule))
        if not hits and (len(row.cells) < 2 or not any(ch.isdigit() for ch in row.text)):
            break  # a line of text, or a row without any number: the table has ended
    return result


def _merged_tail(head: Cell, below: Cell) -> re.Match[str] | None:
    """The number ending a cell that merged a row's label with it (``Summa 325 000``),
    when the number stands under the header cell ``head``."""
    if below.index != 0:
        return None
    tail = _MERGED_ROW.fullmatch(below.text)
    if tail is None or _YEAR_WORD.fullmatch(tail.group("num")):
        return None
    left = below.column + tail.start("sign")
    right = below.column + tail.end("num")
    if min(right, head.column + len(head.text)) - max(left, head.column) <= 0:
        return None
    return _BARE.fullmatch(below.text, tail.start("sign"))


def _prose(row: Line) -> bool:
    """A line of running text: a long cell, or mostly lower-case words split by wide gaps."""
    if any(len(cell.text) > 60 for cell in row.cells):
        return True
    lower = sum(
        1 for cell in row.cells if cell.text[:1].islower() and not _LONE_UNIT.fullmatch(cell.text)
    )
    return len(row.cells) >= 3 and lower * 2 > len(row.cells)


def _matching_cell(head: Line, row: Line, cell: Cell) -> Cell | None:
    if len(row.cells) == len(head.cells):
        return row.cells[cell.index]
    left, right = cell.column, cell.column + max(len(cell.text), 1)
    best: Cell | None = None
    best_score = 0
    for candidate in row.cells:
        c_left, c_right = candidate.column, candidate.column + len(candidate.text)
        score = min(right, c_right) - max(left, c_left)  # overlap of the two column ranges
        if score <= 0 and min(abs(c_right - right), abs(c_left - left)) <= 2:
            score = 1  # right- or left-aligned under the header
        if score > best_score:
            best, best_score = candidate, score
    return best


def _total_rows(doc: Document, found: list[Found[Amount]]) -> list[Found[Amount]]:
    """Amounts printed in a table's Totalt/Summa row are totals."""
    result = []
    for f in found:
        reach = max(0, f.start - 200)  # a row label stands within a line's width
        line_start = max(doc.text.rfind("\n", reach, f.start) + 1, reach)
        line = doc.text[line_start : f.start]
        first = line.lstrip()
        gap = re.search(r"\t|\s{2,}", line)
        if f.value.qualifier is None and gap and _TOTAL_ROW.match(first) and f.rule != "range_head":
            f = f.with_value(Amount(f.value.value, f.value.currency, "total"))
        result.append(f)
    return result


def find_amounts(doc: Document) -> list[Found[Amount]]:
    """Every money amount in ``doc``, in document order."""
    found = _total_rows(doc, _text_amounts(doc))
    taken = sorted((f.start, f.end) for f in found)
    found.extend(_table_amounts(doc, taken))
    found.sort(key=lambda f: f.start)
    return found
