"""The proposal or decision list and its heading.

A heading is a short line of its own (``Förslag till beslut``,
``Regiondirektörens förslag``, ``Kommunstyrelsens beslut``, ``Beslut``); the
items under it are numbered (``1.``, ``1)``, ``(1)``), dashed or bulleted, or
plain paragraphs.  The list ends at the next heading, label or signature.  A
full protokoll (many §§) gives the decisions of every § in order.

>>> doc = Document.from_texts(["Förslag till beslut\\n\\n1. Nämnden antar planen.\\n"
...                            "2. Planen gäller\\n   från 2025.\\n\\nBakgrund\\nText."])
>>> heading, items = find_proposals(doc)
>>> heading.value
'Förslag till beslut'
>>> [(f.value.number, f.value.text) for f in items]
[(1, 'Nämnden antar planen.'), (2, 'Planen gäller från 2025.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arende.document import Document, Found
from arende.extractors._blocks import (
    DECIDED_BY,
    is_role,
    is_section_heading,
    is_signature_label,
    person_name,
    recipients_label,
    strip_stray,
)
from arende.extractors._blocks import proposal_heading_kind as _heading_kind_of
from arende.extractors._lines import Cell, Line, lines
from arende.model import Proposal

__all__ = ["find_proposals"]

# The enumerator that opens an item.
_ENUMERATOR = re.compile(
    r"""
    ^(?:
        \d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)               # 1.1 (a sub-item: no number)
      | (?P<num>\d{1,2})\s?[.)]\s*(?=\S)             # 1.  1)
      | \((?P<paren>\d{1,2})\)\s*(?=\S)              # (1)
      | (?P<bare>\d{1,2})\s+(?=[A-ZÅÄÖ])             # 1 Text
      | (?P<letter>[a-h])\)\s*(?=\S)                 # a)
      | (?:[-–—•·▪■◦●○*«➢►▶✓□\u2022\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|\(cid:\d+\))\s*(?=\S)
      | o\s+(?=[A-ZÅÄÖ])                                        # Wingdings "o" bullet
      | (?P<misread>[a-hj-z])\s+(?=[A-ZÅÄÖ][a-zåäö])          # OCR's reading of "2."
    )
    """,
    re.VERBOSE,
)
# A numbered item's opening: "1. ", "2) ".
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
# A capitalised word and a verb-like lower-case word: "Kommunstyrelsen utser", "Rektor beslutar".
_SENTENCE_START = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖa-zåäö][\w-]*)?\s+[a-zåäö]{2,}\b")
# A § line of a protokoll: "§ 12", "§ 12   Dnr KS 2024/1".
_PARAGRAPH_SIGN = re.compile(r"^§\s*\d+\b")
# A gap wide enough to be a column (a footer block beside the list), not justified text.
_WIDE_GAP = re.compile(r"\S(?: {4,}|\t)\S")
_SENTENCE_END = (".", "!", ";", ":")
# Rows at the top of page 1 where a capitalised "BESLUT" is the letterhead's document label.
_LETTERHEAD_ROWS = 8
# A page number in a footer: "Sida 2 av 4", "2 (4)".
_PAGE_NUMBER = re.compile(r"\bsida\s+\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?\s*$|^\d+\s*\(\d+\)$", re.I)
# A bar OCR reads from a speck at the end of a line.
_TRAILING_SPECK = re.compile(r"\s+[|¦]+$")
# Dots and specks OCR leaves between an enumerator and the text ("1). . Nämnden").
_LEADING_NOISE = re.compile(r"^[\s.,:;)|]+(?=\S)")


# Every proposal or decision heading names "förslag" or "beslut" ("Föreslaget beslut"
# too); casefold() maps every character that the heading patterns match without regard
# to case onto these letters, so a line without them is no heading.
_HEADING_WORDS = ("beslut", "förslag")


def _may_head(text: str) -> bool:
    """Whether ``text`` names "beslut" or "förslag", as every heading does."""
    folded = text.casefold()
    return _HEADING_WORDS[0] in folded or _HEADING_WORDS[1] in folded


def proposal_heading_kind(text: str) -> str | None:
    """:func:`~arende.extractors._blocks.proposal_heading_kind`, quick on lines that
    cannot be a heading (most lines of a document)."""
    return _heading_kind_of(text) if _may_head(text) else None


@dataclass
class _Item:
    number: int | None
    start: int
    end: int
    parts: list[str]
    marked: bool  # opened by an enumerator, bullet or "att"


def find_proposals(doc: Document) -> tuple[Found[str] | None, list[Found[Proposal]]]:
    """The proposal heading and the items under it, in order."""
    rows = lines(doc.text)
    # A paragraph a line: DOCX, and text whose paragraphs are not wrapped.
    docx = doc.source.format == "docx" or any(len(r.text) > 120 for r in rows)
    candidates: list[tuple[Cell, bool, list[_Item], int]] = []
    nonblank = 0
    section = -1  # the row of the last § line: a protokoll's decisions are chosen per §
    signs = "§" in doc.text  # no § line without a § in the text
    for index, row in enumerate(rows):
        nonblank += not row.blank
        if signs and row.cells and _PARAGRAPH_SIGN.match(row.cells[0].text):
            section = index
        folded = row.text.casefold()
        if _HEADING_WORDS[0] not in folded and _HEADING_WORDS[1] not in folded:
            continue  # every heading _candidate takes is a part of the row's text
        head, items = _candidate(rows, index, docx=docx, in_section=section >= 0)
        if head is None:
            continue
        kind = proposal_heading_kind(head.text)
        # A mention in a Beslutsunderlag list is followed by more entries, not decisions;
        # a real list right under the papers (DOCX: no blank line) has sentences or att-items.
        if (
            items
            and _inside_underlag(rows, index)
            and not any(i.marked or i.parts[-1].endswith(_SENTENCE_END) for i in items)
        ):
            items = []
        if items and head.text.isupper() and nonblank <= _LETTERHEAD_ROWS:
            # "BESLUT" in a letterhead labels the document; dates and numbers follow it.
            items = [i for i in items if " ".join(i.parts).endswith(_SENTENCE_END)]
        if items:
            candidates.append((head, kind == "decision", items, section))
    if not candidates:
        return None, []
    if candidates[-1][3] < 0:
        chosen = candidates[:1]  # no §: a tjänsteskrivelse or beslut has one list
    else:
        # One list per §: the decision when there is one, else the last proposal
        # (the committee's own, after its working committee's).
        chosen = []
        for key in dict.fromkeys(c[3] for c in candidates):
            group = [c for c in candidates if c[3] == key]
            decisions = [c for c in group if c[1]]
            chosen.append(decisions[-1] if decisions else group[-1])
    first = chosen[0][0]
    text = strip_stray(first.text).rstrip(":").rstrip()
    at = first.start + first.text.find(text)
    heading = doc.found(text, at, at + len(text), rule="proposal_heading")
    found: list[Found[Proposal]] = []
    for _, _, items, _ in chosen:
        for item in items:
            body = _TRAILING_SPECK.sub("", " ".join(" ".join(item.parts).split()))
            if not body:
                continue
            rule = "proposal_numbered" if item.number is not None else "proposal_item"
            found.append(doc.found(Proposal(item.number, body), item.start, item.end, rule=rule))
    return heading, found


def _candidate(
    rows: list[Line], index: int, *, docx: bool, in_section: bool = False
) -> tuple[Cell | None, list[_Item]]:
    """The heading cell at ``rows[index]`` and the items under it, if it is a heading.

    The heading is a line of its own, or the first cell of a row whose other cell
    starts the list (a heading in the left margin, a DOCX table row).  In merged
    text the margin heading and the first line share one cell (``Beslut
    Kommunstyrelsen utser ...``): that counts under a § or before an enumerator.
    """
    row = rows[index]
    if _heading_kind(row) is not None:
        return row.cells[0], _items(rows, index + 1, docx=docx)
    cells = row.cells
    if len(cells) == 1 and ": " in row.text:
        # "Beslut: Ansökan beviljas." - the heading and a one-line list.
        label, _, rest = row.text.partition(": ")
        if proposal_heading_kind(label) is not None and rest.strip():
            at = row.start + len(label) + 2
            head = Cell(label, row.start, row.start + len(label), 0, 0)
            cells = (head, Cell(rest.strip(), at, at + len(rest.strip()), len(label) + 2, 1))
    if len(cells) == 1:
        cells = _merged_margin(row, in_section=in_section) or cells
    if len(cells) != 2 or proposal_heading_kind(cells[0].text) is None:
        return None, []
    short = len(cells[1].text.split()) < 3 and not cells[1].text.endswith(_SENTENCE_END)
    below = _next_text(rows, index)
    opens = below is not None and (below.startswith("att ") or _NUMBERED.match(below))
    if short and not _ENUMERATOR.match(cells[1].text) and not opens:
        return None, []  # a table header ("Beslut    Datum"), not a heading beside its list
    beside = Line(cells[1].text, cells[1].start, cells[1].end, (cells[1],), False)
    items = _items([beside, *rows[index + 1 :]], 0, docx=docx)
    return cells[0], items


def _merged_margin(row: Line, *, in_section: bool) -> tuple[Cell, Cell] | None:
    """A margin heading merged into its first line: ``Beslut 1. Nämnden antar planen.``."""
    opening = row.text[:60].casefold()
    if "beslut" not in opening and "förslag" not in opening:
        return None  # a quick test before trying every cut
    words = row.text.split(" ")
    for size in range(1, min(6, len(words) - 1)):
        label = " ".join(words[:size])
        if proposal_heading_kind(label) is None:
            continue
        rest = " ".join(words[size:])
        numbered = _NUMBERED.match(rest) is not None
        sentence = in_section and bool(_SENTENCE_START.match(rest))
        if not (numbered or sentence):
            return None
        at = row.start + len(label) + 1
        head = Cell(label, row.start, row.start + len(label), 0, 0)
        return head, Cell(rest, at, at + len(rest), len(label) + 1, 1)
    return None


def _heading_kind(row: Line) -> str | None:
    """``"proposal"`` or ``"decision"`` when the row is a heading of a proposal list."""
    if len(row.cells) > 1:
        return None
    return proposal_heading_kind(row.text)


def _inside_underlag(rows: list[Line], index: int) -> bool:
    """Whether the row is an entry of a ``Beslutsunderlag`` list (a mention, not a heading)."""
    for row in reversed(rows[max(0, index - 12) : index]):
        if row.blank:
            return False
        if is_section_heading(row.text):
            return row.text.casefold().startswith(("beslutsunderlag", "underlag"))
        if len(row.text) > 90 or row.text.endswith("."):
            return False
    return False


def _is_stop(rows: list[Line], index: int) -> bool:
    """Whether the row begins another block, so the list has ended before it."""
    row = rows[index]
    text = row.text
    if (
        is_section_heading(text)
        or recipients_label(text) is not None
        or is_signature_label(text)
        or _heading_kind(row) is not None
        or _PARAGRAPH_SIGN.match(text)
        or (_WIDE_GAP.search(text) and not _ENUMERATOR.match(text) and _columns(row) > 1)
        or "@" in text
        or DECIDED_BY.search(text)
    ):
        return True
    if person_name(text) is not None:
        below = _next_text(rows, index)
        return below is not None and is_role(below)
    return False


def _columns(row: Line) -> int:
    """The cells of a row that hold words (OCR specks such as a lone ``|`` do not count)."""
    return sum(1 for cell in row.cells if sum(ch.isalnum() for ch in cell.text) >= 2)


def _next_text(rows: list[Line], index: int) -> str | None:
    for row in rows[index + 1 : index + 3]:
        if not row.blank:
            return row.text
    return None


def _wraps_on(rows: list[Line], index: int) -> bool:
    """Whether the row is the first line of a wrapped sentence (the next row goes on with it)."""
    if index + 1 >= len(rows) or rows[index + 1].blank or rows[index + 1].page_break_before:
        return False
    below = rows[index + 1].text
    return below[0].islower() and len(rows[index].text) > 40


def _is_page_footer(rows: list[Line], index: int) -> bool:
    """A short last line of a page (only blank rows before the break): a running footer."""
    following = index + 1
    while following < len(rows) and rows[following].blank and not rows[following].page_break_before:
        following += 1
    if following >= len(rows) or not rows[following].page_break_before:
        return False
    text = rows[index].text
    if (
        is_section_heading(text)
        or recipients_label(text) is not None
        or is_signature_label(text)
        or proposal_heading_kind(text) is not None
        or _PARAGRAPH_SIGN.match(text)
    ):
        return False
    return _looks_like_heading(text) or bool(_PAGE_NUMBER.search(text))


def _looks_like_heading(text: str) -> bool:
    """A short capitalised line without final punctuation: an unknown section heading."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[0].isupper()
        and not text.endswith((*_SENTENCE_END, ","))
        and not any(ch.isdigit() for ch in text)
    )


def _items(rows: list[Line], index: int, *, docx: bool) -> list[_Item]:
    """The items under a heading at ``rows[index - 1]``."""
    items: list[_Item] = []
    blank_before = False
    turned = False
    att_mode = False
    while index < len(rows):
        row = rows[index]
        index += 1
        if row.blank or row.page_break_before:
            blank_before = True
            turned = turned or row.page_break_before  # the list goes on over a page break
            if row.blank:
                continue
        text = row.text
        if items and _is_page_footer(rows, index - 1):
            continue  # page 1's own copy of the running footer, between two parts of the list
        if _is_stop(rows, index - 1):
            break
        enumerator = _ENUMERATOR.match(text)
        starts_att = text.startswith("att ") and (
            att_mode or not items or (len(items) == 1 and _is_lead_in(items[0]))
        )
        if enumerator is not None and not _is_enumerated_item(enumerator, items):
            enumerator = None
        if enumerator is not None or starts_att:
            att_mode = att_mode or starts_att
            number = None if enumerator is None else _misread_number(enumerator, items)
            skip = 0 if enumerator is None else enumerator.end()
            skip += len(text[skip:]) - len(_LEADING_NOISE.sub("", text[skip:]))
            items.append(_Item(number, row.start + skip, row.end, [text[skip:]], True))
            blank_before = turned = False
            continue
        if not items:
            below = _next_text(rows, index - 1)
            opens = below is not None and (_ENUMERATOR.match(below) or below.startswith("att "))
            if _looks_like_heading(text) and not opens and not _wraps_on(rows, index - 1):
                break
            items.append(_Item(None, row.start, row.end, [text], False))
            blank_before = turned = False
            continue
        last = items[-1]
        previous = last.parts[-1]
        finished = previous.endswith(_SENTENCE_END)
        if blank_before or (docx and finished):
            # A new paragraph: a continuation only of an unfinished item, else a new item
            # in an unnumbered list, else the end of the list.
            lower = text[0].islower() or text[0].isdigit()
            carried = turned and last.marked and not _looks_like_heading(text)
            if not finished and (lower or carried):
                last.parts.append(text)
                last.end = row.end
            elif last.number is None and not last.marked and not _looks_like_heading(text):
                items.append(_Item(None, row.start, row.end, [text], False))
            else:
                break
        else:
            if finished and _looks_like_heading(text):
                break
            last.parts.append(text)
            last.end = row.end
        blank_before = turned = False
    return _drop_lead_in(items)


def _is_enumerated_item(enumerator: re.Match[str], items: list[_Item]) -> bool:
    """A bare ``3 Text`` opens an item only in a list numbered that way."""
    if enumerator.group("misread") is not None:
        return bool(items) and items[-1].number is not None
    if enumerator.group("bare") is None:
        return True
    if not items:
        return True
    return items[-1].number is not None and int(enumerator.group("bare")) == items[-1].number + 1


def _number(enumerator: re.Match[str]) -> int | None:
    for group in ("num", "paren", "bare"):
        value = enumerator.group(group)
        if value is not None:
            return int(value)
    return None


def _misread_number(enumerator: re.Match[str], items: list[_Item]) -> int | None:
    """The number an OCR-misread enumerator stands for: one more than the previous item's."""
    if enumerator.group("misread") is None or not items or items[-1].number is None:
        return _number(enumerator)
    return items[-1].number + 1


def _drop_lead_in(items: list[_Item]) -> list[_Item]:
    """Drop a lead-in (``... föreslår kommunfullmäktige besluta:``) before enumerated items."""
    lead_in = len(items) >= 2 and _is_lead_in(items[0])
    if lead_in and all(i.number is not None or i.marked for i in items[1:]):
        return items[1:]
    return items


def _is_lead_in(item: _Item) -> bool:
    """An unnumbered first paragraph that announces the list (``Kommunstyrelsen beslutar``)."""
    if item.number is not None or item.marked:
        return False
    lead = " ".join(item.parts).rstrip()
    return lead.endswith((":", "besluta", "beslutar", "beslutade", " att", "följande"))
