"""Case numbers (diarienummer): all that are printed, and the document's own.

Forms that cannot be another kind of number (``RUN/183/2024``, ``KS 2023/0456``)
are taken anywhere.  Digit-only short forms (``123-2024``, ``2024-00123``) are
taken behind a label (``Dnr``, ``Vår beteckning``), under a label cell of a
header table, beside a ``§`` heading, or in the signature footer block above
a date.  The rule of each Found says which: the own number is chosen from
those places (:func:`choose_own_case_number`).

>>> text = "Datum       Dnr\\n2024-04-02  123-2024\\n\\nSe RS/512/2022 (dnr 1-2020)."
>>> doc = Document.from_texts([text])
>>> numbers = find_case_numbers(doc)
>>> [(f.value, f.rule) for f in numbers]
[('123-2024', 'dnr_label_cell'), ('RS/512/2022', 'dnr_text'), ('1-2020', 'dnr_label_text')]
>>> choose_own_case_number(doc, numbers).value
'123-2024'
"""

from __future__ import annotations

import bisect
import re

from arende.document import Document, Found
from arende.extractors._lines import Cell, Line, cell_below
from arende.extractors._window import line_bounds, rows_around
from arende.notations import _gate, casenumbers, dates

__all__ = ["choose_own_case_number", "find_case_numbers"]

# A label naming a case number, with "Er"/"Ert" (the other party's) or "Vår"/"Vårt" before it.
_LABEL = r"""
    (?P<owner>(?:Er|Ert|Eder|Ert\s+ärende|Vår|Vårt)\s+)?
    (?P<label>
        d(?:iarie)?\.?\s?nr\.?           # Dnr, dnr., D.nr, diarienr
      | diarienummer
      | ärendenummer | ärendenr\.? | ärende\s*nr\.?
      | (?<=\s)beteckning | ^beteckning
      | ref(?:erens)?(?:nummer)?\.?
      | registreringsnummer | dossiernummer
    )
"""
# A label right before a number on the same line: "Dnr: KS 2022/2069", "Ärendenummer    916-2024".
_LABEL_BEFORE = re.compile(rf"(?<![\w.]){_LABEL}[ \t]*[:.]?[ \t]*$", re.VERBOSE | re.IGNORECASE)
# A label and a number of a shape the notation does not know: "Dnr 12345", "Dnr KS/2024:12".
_LABELLED_ANY = re.compile(
    rf"""
    (?<![\w.]){_LABEL} [ \t]* [:.]? [ \t]*
    (?P<value>
        (?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{0,4}}[ ./\-]?)?  # a prefix, capitalised
        \d[\d./:\-]*\d                            # digits with separators
    )
    (?![\w/])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Where a label can start (a gate for _LABELLED_ANY: see arende.notations._gate): an owner
# or the first letters of a label word, in any case, at the start of a word.
_LABEL_START = re.compile(
    r"""
    [EeVvDdÄäBbRr] (?<![\w.][EeVvDdÄäBbRr])
    (?i:
        (?<=e)(?:rt?|der)\s | (?<=v)årt?\s                   # Er, Ert, Eder, Vår, Vårt
      | (?<=d)(?:iarie|\.?\s?nr|ossiernummer)               # Dnr, D.nr, diarie..., dossier...
      | (?<=ä)rende | (?<=b)eteckning | (?<=r)e(?:f|gistreringsnummer)
    )
    """,
    re.VERBOSE,
)
# A bare year: "under diarienummer 2024" names no case.
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
# A fastighetsbeteckning: a name, then block and unit numbers ("Ek 1:23", "Kronan 7:140").
_PROPERTY = re.compile(r"[^\d]*\d+:\d+")
# Words that cite another case before its label: "se Dnr", "ärende med Dnr".
_CITING = re.compile(r"(?:\bse|\bi|\bmed|\boch|\bsamt|\bav|\benligt)\s*$", re.IGNORECASE)
#: How far before a number its label and the start of its line are looked for.
_REACH = 120
# A label among the words of a line: a header row merged into one line of text.
_LABEL_WORD = re.compile(rf"(?<![\w.]){_LABEL}(?![\w])", re.VERBOSE | re.IGNORECASE)
# A cell (or line) that is only a label: the header-table form.
_LABEL_CELL = re.compile(rf"^{_LABEL}[ \t]*:?$", re.VERBOSE | re.IGNORECASE)
# A paragraph heading of a protokoll: "§ 234", "§ 12 a".
_PARAGRAPH = re.compile(r"§[ \t]*\d+[ \t]?[a-z]?(?!\w)")
# An opening parenthesis, maybe with a label, right before a number: "(", "(dnr ".
_OPEN_PAREN = re.compile(r"\((?:d(?:iarie)?\.?\s?nr\.?:?[ \t]*)?$", re.IGNORECASE)
# What may stand beside an unlabelled own number on its line, apart from a date.
_KIND_WORDS = re.compile(
    r"""
    (?: (?:regerings)?beslut | tjänsteskrivelse | tjänsteutlåtande | delegationsbeslut
      | protokollsutdrag | yttrande | datum:? | [-–,] )?
    (?: \s+ (?:datum:? | [-–,]) )*
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "utdrag" in the head of a protokoll: an extract of one or a few §§.
_EXTRACT = re.compile(r"utdrag", re.IGNORECASE)
# "protokoll" in the head of a document: "PROTOKOLL", "Sammanträdesprotokoll".
_PROTOCOL = re.compile(r"protokoll", re.IGNORECASE)


def _line_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _ends_with_date(line: Line) -> bool:
    return any(m.end == len(line.text) for m in dates.finditer(line.text))


def _next_text(rows: list[Line], index: int, step: int = 1) -> Line | None:
    i = index + step
    while 0 <= i < len(rows):
        if not rows[i].blank:
            return rows[i]
        if rows[i].page_break_before:
            return None
        i += step
    return None


def _label_cells(rows: list[Line]) -> dict[tuple[int, int], str]:
    """Spans of cells that lie under (or after) a label cell, and whose label it is."""
    places: dict[tuple[int, int], str] = {}
    for i, row in enumerate(rows):
        for cell in row.cells:
            label = _LABEL_CELL.match(cell.text)
            if label is None:
                continue
            theirs = _theirs(label.group("owner"))
            below = _cell_under(rows, i, cell)
            if below is not None:
                places[(below.start, below.end)] = theirs
    return places


def _cell_under(rows: list[Line], row: int, cell: Cell) -> Cell | None:
    above = rows[row]
    if len(above.cells) == 1:
        following = _next_text(rows, row)
        return None if following is None else following.cells[0]
    return cell_below(rows, row, cell)


def _theirs(owner: str | None) -> str:
    return "theirs" if owner and owner.strip().casefold().startswith("er") else "ours"


def find_case_numbers(doc: Document) -> list[Found[str]]:
    """Every case number printed in ``doc``, in document order, without its label."""
    text = doc.text
    head_end = _head_end(doc)
    found: list[Found[str]] = []
    windows: dict[int, tuple[list[Line], dict[tuple[int, int], str]]] = {}
    on_line: dict[int, int] = {}
    for match in casenumbers.finditer(text):
        line_start = line_bounds(text, match.start)[0]
        if line_start not in windows:  # numbers on one line share its window
            rows = rows_around(text, match.start, before=4, after=3)
            windows[line_start] = (rows, _label_cells(rows))
        rows, under_label = windows[line_start]
        ordinal = on_line.get(line_start, 0)  # how many numbers stand before it on its line
        on_line[line_start] = ordinal + 1
        index = _line_of([row.start for row in rows], match.start)
        row = rows[index]
        cell = next((c for c in row.cells if c.start <= match.start < c.end), None)
        before = text[max(row.start, match.start - _REACH) : match.start]
        label = _LABEL_BEFORE.search(before)
        rule: str | None = None
        if label is not None:
            if _theirs(label.group("owner")) == "theirs":
                rule = "dnr_label_theirs"
            elif label.group()[0].isupper() and (
                _heads_cell(before, label.start())
                or (match.start < head_end and not _cites(before[: label.start()]))
            ):
                rule = "dnr_label_head"
            else:
                rule = "dnr_label_text"
        elif cell is not None and _under_label(under_label, match.start, match.end) is not None:
            owner = _under_label(under_label, match.start, match.end)
            rule = "dnr_label_theirs" if owner == "theirs" else "dnr_label_cell"
        elif (owner := _label_row_above(rows, index, ordinal)) is not None:
            rule = "dnr_label_theirs" if owner == "theirs" else "dnr_label_cell"
        beside = _PARAGRAPH.match(row.text) or _under_paragraph(rows, index, before)
        plain = beside and "(" not in before and rule not in ("dnr_label_theirs", "dnr_label_text")
        closing = rule != "dnr_label_theirs" and _closes_paragraph_line(
            row, before, match.end, text
        )
        if plain or closing:
            rule = "dnr_paragraph"
        elif (
            rule is None
            and cell is not None
            and _in_footer(rows, index, match.end, cell.end, match.safe)
        ):
            rule = "dnr_footer"
        if rule is None:
            if not match.safe:
                continue
            alone = cell is not None and cell.text == match.text
            rule = "dnr_cell" if alone else "dnr_text"
        value = " ".join(match.text.split())
        found.append(doc.found(value, match.start, match.end, rule=rule))
    found.extend(_other_labelled(doc, [(f.start, f.end) for f in found]))
    found.sort(key=lambda f: f.start)
    return found


def _other_labelled(doc: Document, taken: list[tuple[int, int]]) -> list[Found[str]]:
    """Numbers of other shapes right behind a label: "Dnr 12345", "Dnr KS/2024:12"."""
    result: list[Found[str]] = []
    taken = sorted(taken)
    for match in _gate.finditer(_LABELLED_ANY, _LABEL_START, doc.text):
        start, end = match.span("value")
        i = bisect.bisect_left(taken, (end, end))
        if any(s < end and start < e for s, e in taken[max(0, i - 2) : i + 1]):
            continue
        if sum(map(str.isdigit, match["value"])) < 3 or _YEAR_ONLY.fullmatch(match["value"]):
            continue  # "Dnr 12", "diarienummer 2024"
        if match["label"].casefold().startswith("ref") and not match["owner"]:
            continue  # "HFD 2019 ref. 123" is a court report
        if next(dates.finditer(match["value"]), None) is not None:
            continue
        if match["label"].casefold() == "beteckning" and _PROPERTY.fullmatch(match["value"]):
            continue  # "med beteckning Ek 1:23" names a fastighet
        if _theirs(match.group("owner")) == "theirs":
            rule = "dnr_label_theirs"
        else:
            reach = max(0, match.start() - _REACH)
            line_start = max(doc.text.rfind("\n", reach, match.start()), reach)
            before = doc.text[line_start : match.start()] + " "
            heads = _heads_cell(before.lstrip("\n"), len(before.lstrip("\n")) - 1)
            rule = "dnr_label_head" if heads and match.group()[0].isupper() else "dnr_label_text"
        result.append(doc.found(match["value"], start, end, rule=rule))
    return result


def _label_row_above(rows: list[Line], index: int, ordinal: int) -> str | None:
    """Whose label heads the line above, when that line is a row of labels without values.

    Merged text columns lose the cells of a header table: "Datum Vår beteckning
    Handläggare" over "2024-02-15 329-2024 Jörgen Lindh".  With two labels in the
    row ("Er beteckning Vår beteckning"), the ``ordinal``-th number of the line
    below stands under the ``ordinal``-th label.
    """
    above = _next_text(rows, index, -1)
    if above is None or any(ch.isdigit() for ch in above.text) or len(above.text) > 80:
        return None
    labels = list(_LABEL_WORD.finditer(above.text))
    if not labels:
        return None
    label = labels[min(ordinal, len(labels) - 1)]
    if not label.group()[0].isupper():
        return None
    return _theirs(label.group("owner"))


def _under_label(places: dict[tuple[int, int], str], start: int, end: int) -> str | None:
    for (s, e), owner in places.items():
        if s <= start and end <= e:
            return owner
    return None


def _cites(before: str) -> bool:
    """Whether the text before a label makes it a citation: "(Dnr", "beslut, Dnr"."""
    return before.rstrip().endswith(("(", ",", ";", ":")) or bool(_CITING.search(before))


def _heads_cell(before: str, label_start: int) -> bool:
    """Whether the label starts its line or cell (or follows a § heading)."""
    head = before[:label_start]
    if not head.strip() or head.endswith(("\t", "  ")):
        return True
    return bool(_PARAGRAPH.fullmatch(head.strip()))


def _closes_paragraph_line(row: Line, before: str, end: int, text: str) -> bool:
    """A number in parentheses ending a § heading line: "§ 45 Budget 2025 (KS 2024/0123)"."""
    if not _PARAGRAPH.match(row.text) or not _OPEN_PAREN.search(before):
        return False
    return text[end : row.end].strip() == ")"


def _under_paragraph(rows: list[Line], index: int, before: str) -> bool:
    """A number opening the line right under a § heading ("§ 45" / "Dnr KS 2024/12")."""
    if before.strip() and not _LABEL_CELL.match(before.strip()):
        return False
    above = _next_text(rows, index, -1)
    return above is not None and _PARAGRAPH.match(above.text) is not None


def _in_footer(rows: list[Line], index: int, end: int, cell_end: int, safe: bool) -> bool:
    """A number ending its line or cell above a line that ends with a date.

    That is the signature footer block (unit / officer / e-mail on the left,
    nämnd / dnr / date on the right) when the date line has the e-mail or the
    number's line is laid out in columns.
    """
    if end != cell_end:
        return False
    row = rows[index]
    below = _next_text(rows, index)
    if below is None or not _ends_with_date(below) or _ends_with_date(row):
        return False
    if "@" in below.text or len(row.cells) >= 2:
        return True
    only_date = next(dates.finditer(below.text), None)
    return safe and only_date is not None and only_date.start == 0


def choose_own_case_number(doc: Document, candidates: list[Found[str]]) -> Found[str] | None:
    """The document's own case number among ``candidates``, or ``None``.

    In order: the number beside the first § of a protokollsutdrag (none for a
    full protokoll of many §§ with a number each), a labelled number at the head
    of a line or in a header table, the number in the signature footer block, a
    number standing alone in a cell of the first page's head.
    """
    own = [f for f in candidates if f.rule not in ("dnr_label_theirs", "dnr_label_text")]
    if _is_full_protocol(doc, own):
        return None
    paragraphs = [f for f in own if f.rule == "dnr_paragraph"]
    if paragraphs:
        return paragraphs[0]
    for rule in ("dnr_label_head", "dnr_label_cell", "dnr_footer"):
        chosen = next((f for f in own if f.rule == rule), None)
        if chosen is not None:
            return chosen
    first_page_head = _head_end(doc)
    alone = next((f for f in own if f.rule == "dnr_cell" and f.start < first_page_head), None)
    if alone is not None:
        return alone
    return next(
        (f for f in own if f.rule == "dnr_text" and f.start < first_page_head and _dated(doc, f)),
        None,
    )


def _dated(doc: Document, found: Found[str]) -> bool:
    """Whether the number's line holds nothing but it, a date and a document kind.

    "Beslut 2024-01-15 C2024/123": the heading line of a decision without labels.
    """
    start, end = line_bounds(doc.text, found.start)
    line = doc.text[start : found.start] + " " + doc.text[found.end : end]
    rest = line
    for date in reversed(list(dates.finditer(line))):
        rest = rest[: date.start] + " " + rest[date.end :]
    if len(rest) == len(line):
        return False  # no date beside it
    return _KIND_WORDS.fullmatch(rest.strip()) is not None


def _is_full_protocol(doc: Document, own: list[Found[str]]) -> bool:
    """No "utdrag" above the first § heading, and three or more § headings with two or
    more numbers beside them, or four or more under a head that says "protokoll"."""
    headings = _heading_lines(doc.text)
    if len(headings) < 3:
        return False
    head = doc.text[: headings[0]]
    if _EXTRACT.search(head):
        return False
    if len(headings) >= 4 and _PROTOCOL.search(head):
        return True  # formal §§ (justerare, dagordning) carry no number
    beside = {
        casenumbers.compact(f.value)
        for f in own
        if f.rule in ("dnr_paragraph", "dnr_label_head", "dnr_label_cell")
    }
    return len(beside) >= 2


def _heading_lines(text: str) -> list[int]:
    """Where each line that opens with a § heading ("§ 12", "  § 3 a") starts.

    Found from the few "§" of the text rather than by trying every line.
    """
    starts: list[int] = []
    at = text.find("§")
    while at >= 0:
        line_start = line_bounds(text, at)[0]
        if not text[line_start:at].strip(" \t") and _PARAGRAPH.match(text, at):
            starts.append(line_start)
        at = text.find("§", at + 1)
    return starts


def _head_end(doc: Document) -> int:
    """Where the head of the first page ends: after its first twelve non-blank lines."""
    page_break = doc.text.find("\f")
    first_page = doc.text if page_break < 0 else doc.text[:page_break]
    count = 0
    at = 0  # where the line starts
    for line in first_page.split("\n"):
        if line.strip():
            count += 1
            if count >= 12:
                return at + len(line)
        at += len(line) + 1
    return len(first_page)
