"""Document-level facts: doc type, title, organisation, committee, unit, date, case officer.

The first page opens with a letterhead zone (organisation, unit, doc-type
label, addressee, a label/value table with date, dnr and handläggare) that
ends at the ärenderubrik, which stands right above the first section heading
(``Ärendebeskrivning``, ``Förslag till beslut`` …) or under the ``§`` line of
a protokoll.  Seed-style tjänsteskrivelser carry no letterhead; their unit,
committee, case officer and date stand in a footer block above ``I tjänsten``
and the organisation is the region or kommun named as actor in the body.

>>> from arende.extractors.dates import find_dates
>>> doc = Document.from_texts([
...     "Lunds kommun                TJÄNSTESKRIVELSE\\n"
...     "Individ- och familjeomsorgen\\n\\nSocialnämnden\\n\\n"
...     "Datum        Vår beteckning   Handläggare\\n"
...     "2024-02-15   329-2024         Jörgen Lindh Öberg\\n"
...     "                              jorgen.lindh.oberg@lund.se\\n\\n"
...     "Förlängning av avtal om tolktjänster\\n\\nFörslag till beslut\\n– Avtalet förlängs.\\n"
... ])
>>> h = describe(doc, dates=find_dates(doc), own_case_number=None)
>>> h.doc_type.value, h.title.value, h.organisation.value, h.committee.value, h.unit.value
('tjansteskrivelse', 'Förlängning av avtal om tolktjänster', 'Lunds kommun', \
'Socialnämnden', 'Individ- och familjeomsorgen')
>>> h.document_date.value.isoformat(), h.case_officer.value.name, h.case_officer.value.email
('2024-02-15', 'Jörgen Lindh Öberg', 'jorgen.lindh.oberg@lund.se')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from arende.document import Document, Found
from arende.extractors._committee import (
    delegation_from,
    delegation_of,
    find_committee,
    one_decider,
)
from arende.extractors._docdate import document_date
from arende.extractors._lines import Line, lines, shift
from arende.extractors._officer import (
    EMAIL,
    LABEL,
    OCR_EMAIL,
    officer_in_footer,
    officer_in_header,
)
from arende.extractors._organisation import (
    committees,
    is_unit,
)
from arende.extractors._places import (
    DOC_LABEL,
    HEADERISH,
    PARAGRAPH_LINE,
    SECTION,
    address_block,
    find_author,
    head_zone,
    is_headerish,
    meaningful_cells,
    merged_label,
    paragraph_number,
    row_text,
)
from arende.extractors._quick import holds, rows_holding
from arende.model import CaseOfficer

__all__ = ["Header", "describe"]


@dataclass(frozen=True, slots=True)
class Header:
    doc_type: Found[str] | None = None
    title: Found[str] | None = None
    organisation: Found[str] | None = None
    committee: Found[str] | None = None
    unit: Found[str] | None = None
    document_date: Found[dt.date] | None = None
    case_officer: Found[CaseOfficer] | None = None


def describe(
    doc: Document, *, dates: list[Found[dt.date]], own_case_number: Found[str] | None
) -> Header:
    """The header facts of ``doc``; ``dates`` and ``own_case_number`` as already found."""
    rows = _rows(doc)
    if not any(not r.blank for r in rows):
        return Header()
    head = head_zone(rows)
    title_rows = _title_rows(rows, head)
    whole_head = [r for r in rows[:head] if not r.blank]
    letterhead = whole_head
    if title_rows:
        letterhead = [r for r in letterhead if r.start < title_rows[0].start]
    doc_type = _doc_type(doc, rows, letterhead)
    kind = doc_type.value
    protokoll = kind in {"protokollsutdrag", "other"}
    full_protokoll = kind == "other" and len(PARAGRAPH_LINE.findall(doc.text)) > 3
    if full_protokoll:
        # no ärenderubrik: what looked like one is part of the letterhead
        letterhead = whole_head
    title = _title(doc, title_rows) if title_rows and not full_protokoll else None
    if title is None and not full_protokoll:
        title = _paragraph_title(doc, rows, head)
    footer = None if protokoll else _footer_block(doc.text, rows, head, own_case_number)
    organisation = find_author(doc, rows, letterhead)
    # an addressee's postal block ("Luleå kommun / Kommunstyrelsen / 971 85 Luleå") names
    # neither the writing unit nor the committee
    addressee = [
        r
        for r in address_block(rows, head)
        if organisation is None or not r.start <= organisation.start < r.end
    ]
    if addressee:
        letterhead = [r for r in letterhead if r not in addressee]
    committee = find_committee(doc, rows, letterhead, footer, kind)
    unit = None if protokoll else _unit(doc, letterhead, footer, organisation)
    date = document_date(doc, rows, letterhead, footer, dates, kind, own_case_number)
    officer = None
    if not protokoll:
        officer = (
            officer_in_header(doc, rows, letterhead)
            or (officer_in_footer(doc, rows, footer) if footer else None)
            # a "Handläggare" line elsewhere, not a sentence that names one
            or officer_in_header(
                doc, rows, [r for r in rows if LABEL.match(r.text) and r.text[-1:] != "."]
            )
        )
    return Header(doc_type, title, organisation, committee, unit, date, officer)


def _rows(doc: Document) -> list[Line]:
    """The lines of page 1 and of the last two pages (where a footer block stands)."""
    text = doc.text
    if len(doc.pages) <= 3:
        return lines(text)
    first_end = doc.page_start(1) - 1
    tail = doc.page_start(len(doc.pages) - 2)
    return lines(text[:first_end]) + [shift(row, tail) for row in lines(text[tail:])]


# Labels distinct enough to count wherever they stand in a letterhead cell (not "Beslut").
_DISTINCT_LABELS = frozenset({"tjansteskrivelse", "protokollsutdrag", "delegationsbeslut"})


def _doc_type(doc: Document, rows: list[Line], letterhead: list[Line]) -> Found[str]:
    """The kind of document, from the letterhead label or, failing that, its parts."""
    for row in letterhead:
        for cell in row.cells:
            label = DOC_LABEL.search(cell.text)
            if label is None or not (
                label.group().isupper()
                or label.group() == cell.text
                or label.lastgroup in _DISTINCT_LABELS
                or merged_label(cell.text, label)
            ):
                continue
            kind = label.lastgroup or "other"
            if kind == "protokoll":
                kind = _protokoll_kind(doc, letterhead)
            elif kind == "beslut" and _by_delegation(doc):
                # a "Beslut" taken "med stöd av delegation från Socialnämnden"
                kind = "delegationsbeslut"
            return doc.found(
                kind, cell.start + label.start(), cell.start + label.end(), rule=f"label_{kind}"
            )
    for row in rows:
        if row.text.startswith(("Justerandes sign", "Utdragsbestyrkande")) or paragraph_number(row):
            kind = _protokoll_kind(doc, letterhead)
            return doc.found(kind, row.start, row.end, rule="protokoll_parts")
    for row in rows:
        if row.text == "I tjänsten" or (
            SECTION.match(row_text(row)) and "förslag" in row.text.lower()
        ):
            return doc.found("tjansteskrivelse", row.start, row.end, rule="staff_report_parts")
    delegation = delegation_from(doc.text)
    if delegation is not None:
        return doc.found(
            "delegationsbeslut", delegation.start(), delegation.end(), rule="delegation_phrase"
        )
    return doc.found("other", 0, 0, rule="no_label")


def _by_delegation(doc: Document) -> bool:
    """Whether a beslut says it was taken under a nämnd's delegation (by an official who is
    not one deciding in their own right, like a rektor or generaldirektör)."""
    return bool(delegation_from(doc.text) or delegation_of(doc.text)) and not (
        one_decider(doc.text)
    )


_EXTRACT = re.compile(r"(?<![\w-])utdrag\b|protokollsutdrag", re.IGNORECASE)


def _protokoll_kind(doc: Document, head_rows: list[Line]) -> str:
    """An extract (one or a few §§, or labelled ``Utdrag``) or a full protokoll."""
    # "Utdrag ur protokoll", "PROTOKOLLSUTDRAG"; not the "Utdragsbestyrkande" box
    if any(_EXTRACT.search(r.text) for r in head_rows):
        return "protokollsutdrag"
    count = len(PARAGRAPH_LINE.findall(doc.text))
    return "protokollsutdrag" if count <= 3 else "other"


def _title_rows(rows: list[Line], end: int) -> list[Line]:
    """The lines of the ärenderubrik: right above the first section heading on page 1,
    or (no heading) the first lines after the letterhead that do not read as a sentence."""
    picked: list[Line] = []
    blanks = 0
    for k in range(min(end, len(rows)) - 1, -1, -1):
        row = rows[k]
        if row.blank:
            blanks += 1
            if picked and blanks > 2:
                break
            continue
        if is_headerish(row) or SECTION.match(row_text(row)) or paragraph_number(row):
            break
        if _FIELD_LINE.match(row.text) and not _TITLE_LABEL.match(row.text):
            # "Sökande: Name", "Fastighet: Ek 1:23": a field under the title, not part of it
            if picked:
                break
            blanks = 0
            continue
        if _under_bare_label(rows, k):
            # the addressee under a bare "Till" label, not a title line
            break
        if len(picked) == 3 or row.text.endswith((".", ":")) or len(row.text) > 160:
            if picked and not row.text.endswith("."):
                return picked[::-1]
            picked = []
            break
        picked.append(row)
        blanks = 0
    if picked:
        return picked[::-1]
    for i, row in enumerate(rows[:end]):
        if row.blank or is_headerish(row) or paragraph_number(row) or SECTION.match(row_text(row)):
            continue
        if row.text.endswith(".") or len(row.text) > 160:
            return []
        block = [row]
        for nxt in rows[i + 1 : i + 3]:
            if nxt.blank or is_headerish(nxt) or nxt.text.endswith("."):
                break
            block.append(nxt)
        return block
    return []


# A short label, a colon and a value on one line: "Sökande: Anna Berg", "Fastighet: Ek 1:23".
_FIELD_LINE = re.compile(r"^[A-ZÅÄÖ][\w.-]*(?: [\w.-]+){0,2}[ ]?:[ \t]+\S")
_BARE_TO = re.compile(r"^(?:Till|Mottagare|Adressat|Sändlista)\W*$", re.IGNORECASE)


def _under_bare_label(rows: list[Line], index: int) -> bool:
    """Whether the nearest line above ``rows[index]`` is a bare addressee label (``Till``)."""
    for row in reversed(rows[max(0, index - 3) : index]):
        if not row.blank:
            return bool(_BARE_TO.match(row.text))
    return False


def _title(doc: Document, rows: list[Line]) -> Found[str] | None:
    text = ""
    for row in rows:
        part = " ".join(" ".join(c.text for c in meaningful_cells(row)).split())
        if text.endswith("-") and part[:1].isdigit():
            text += part
        else:
            text = f"{text} {part}" if text else part
    text = _tidy_title(text)
    if not text or DOC_LABEL.fullmatch(text):
        return None
    return doc.found(text, rows[0].start, rows[-1].end, rule="title_above_section")


# Short words a title may open with; other one- or two-letter openings are OCR specks.
_SHORT_OPENERS = frozenset(
    {"Ny", "Om", "Av", "En", "Ja", "Nu", "På", "Ut", "EU", "IT", "VA", "Å", "Ö"}
)


# A label some letterheads print before the ärenderubrik.
_TITLE_LABEL = re.compile(r"^(?:Ärende|Ärendet|Angående|Ang\.|Rubrik|Ärenderubrik)[ ]?:[ ]*")
# The "§ 12" of a protokoll paragraph line, and a dnr cell beside it.
_PARAGRAPH_HEAD = re.compile(r"^§[ \u00a0]*\d+[ \t:.]*")
_DNR_CELL = re.compile(r"^(?:(?:Dnr|Diarienr|Diarienummer)\b[ :.]*)?\S*\d\S*(?:[ ]\S*\d\S*)?$")


def _paragraph_title(doc: Document, rows: list[Line], end: int) -> Found[str] | None:
    """The ärenderubrik printed on the ``§`` line itself (``§ 12  Detaljplan för X``)."""
    for row in rows[:end]:
        if not paragraph_number(row):
            continue
        cells = [c for c in row.cells if not _DNR_CELL.match(_PARAGRAPH_HEAD.sub("", c.text))]
        for cell in cells:
            text = _PARAGRAPH_HEAD.sub("", cell.text)
            offset = len(cell.text) - len(text)
            words = text.split()
            if len(words) >= 2 and sum(ch.isalpha() for ch in text) >= 6:
                title = _tidy_title(" ".join(words))
                start = cell.start + offset
                return doc.found(title, start, cell.end, rule="title_on_paragraph_line")
        return None
    return None


def _tidy_title(text: str) -> str:
    """The title less OCR debris: a speck before it, a stray letter after it, a ``|`` column.

    >>> _tidy_title("Oo Deltagande i projekt NSSO os")
    'Deltagande i projekt NSSO'
    >>> _tidy_title("Svar på motion om fritidsbank | Beslut")
    'Svar på motion om fritidsbank'
    >>> _tidy_title("Ny taxa för bygglov 2025 (KS)")
    'Ny taxa för bygglov 2025 (KS)'
    """
    text = _TITLE_LABEL.sub("", text.split(" | ", 1)[0].strip(" |"))
    words = text.split(" ")
    while len(words) > 1 and len(words[0]) <= 2 and words[0] not in _SHORT_OPENERS:
        words.pop(0)
    while (
        len(words) > 1
        and len(words[-1]) <= 2
        and not words[-1].isupper()
        and (not words[-1][:1].isdigit())
    ):
        words.pop()
    return " ".join(words)


def _footer_block(
    text: str, rows: list[Line], after: int, own: Found[str] | None
) -> list[Line] | None:
    """The seed-style signature footer: unit/committee, name/dnr, e-mail/date lines
    (never on an e-signature page, whose signers' addresses are no case officer's)."""
    stamp = None
    if holds(text, _E_SIGNATURE_WORDS):
        stamp = next(
            (i for i in range(after, len(rows)) if _E_SIGNATURE.search(rows[i].text)), None
        )
    if stamp is not None:
        rows = rows[:stamp]
    # an address whose "@" OCR misread needs one of these marks (see OCR_EMAIL)
    ocr = any(mark in text for mark in _OCR_AT)
    # without such marks only the rows that hold an "@" can hold an address
    tried = (
        range(after, len(rows))
        if ocr
        else sorted(i for i in rows_holding(text, rows, ("@",)) if i >= after)
    )
    for i in tried:
        row = rows[i]
        if row.blank or not (
            ("@" in row.text and EMAIL.search(row.text)) or (ocr and OCR_EMAIL.search(row.text))
        ):
            continue
        above = [r for r in rows[max(after, i - 4) : i] if not r.blank][-2:]
        return [*above, row, *[r for r in rows[i + 1 : i + 3] if not r.blank][:1]]
    if own is not None:
        for i in range(after, len(rows)):
            if rows[i].start <= own.start < rows[i].end + 1:
                above = [r for r in rows[max(after, i - 3) : i] if not r.blank][-1:]
                return [*above, rows[i], *[r for r in rows[i + 1 : i + 3] if not r.blank][:1]]
    return None


EMAIL_OR_DIGIT = re.compile(r"[@\d]")
# The opening of an e-signature stamp or verifikat page.
_E_SIGNATURE = re.compile(
    r"^(?:Verifikat\b|Signerat|Signerad|Signaturer\b|Elektroniskt[ ](?:signerat|undertecknat))"
    r"|signerats[ ]elektroniskt|elektroniskt[ ]signerad|undertecknats[ ]elektroniskt",
    re.IGNORECASE,
)
# Every _E_SIGNATURE match holds one of these words.
_E_SIGNATURE_WORDS = ("verifikat", "signera", "signatur", "undertecknat")
# The misread "@" of OCR_EMAIL.
_OCR_AT = ("Q", "©", "®", "(@)", "(a)")
# A long unit name: "Avdelningen för kunskapsstyrning för hälso- och sjukvården".
_UNIT_OPENING = re.compile(
    r"^(?:Avdelningen|Enheten|Sektionen|Institutionen|Staben|Kansliet|Byrån|Kontoret"
    r"|Förvaltningen|Centrum)[ ](?:för|vid|inom)[ ]"
)


def _unit_prefix(text: str) -> str | None:
    """The unit that opens a line whose columns were merged by one space.

    >>> _unit_prefix("Miljöavdelningen Datum 2024-10-14")
    'Miljöavdelningen'
    >>> _unit_prefix("Individ- och familjeomsorgen 2024-05-06 SN 2024/0091")
    'Individ- och familjeomsorgen'
    >>> _unit_prefix("Avtal om lokalhyra") is None
    True
    """
    words = text.split(" ")
    for n in range(min(len(words) - 1, 5), 0, -1):
        lead = " ".join(words[:n])
        if is_unit(lead):
            return lead
    return None


_BARE_LABEL = re.compile(r"^(?:Handläggare|Kontaktperson|Till|Från)\W*$", re.IGNORECASE)


def _unit(
    doc: Document,
    letterhead: list[Line],
    footer: list[Line] | None,
    organisation: Found[str] | None,
) -> Found[str] | None:
    after_label = False
    for row in letterhead:
        # the value under a bare "Handläggare" label is a person, not a unit
        below_label, after_label = after_label, bool(_BARE_LABEL.match(row.text))
        if below_label:
            continue
        for cell in meaningful_cells(row):
            text = cell.text.strip(" |")
            # OCR specks ("OO") are short capitals; a unit in capitals is longer
            if len(text) < 3 or (not any(ch.islower() for ch in text) and len(text) < 8):
                continue
            if organisation is not None and organisation.start <= cell.start < organisation.end:
                continue
            if organisation is not None and cell.start <= organisation.start < cell.end:
                continue
            lead = _unit_prefix(text) if cell.index == 0 and not is_unit(text) else None
            if lead is not None:
                # merged plain text: "Kommunledningsförvaltningen Till Kommunstyrelsen",
                # "Socialförvaltningen 2024-05-06 SN 2024/0091"
                return doc.found(
                    lead, cell.start, cell.start + len(lead), rule="header_unit_merged"
                )
            if HEADERISH.search(text) or DOC_LABEL.search(text) or committees(text):
                continue
            if text.endswith((".", ":", ",")):
                continue
            if EMAIL_OR_DIGIT.search(text):  # (a date has digits too)
                # merged plain text: "Socialförvaltningen 2024-05-06 SN 2024/0091"
                continue
            if (
                is_unit(text)
                or (len(text.split()) <= 6 and text[:1].isupper() and cell.index == 0)
                or (_UNIT_OPENING.match(text) and len(text.split()) <= 12)
            ):
                return doc.found(" ".join(text.split()), cell.start, cell.end, rule="header_unit")
    if footer:
        row = footer[0]
        found = committees(row.text)
        if len(row.cells) >= 2 and not EMAIL_OR_DIGIT.search(row.cells[0].text):
            cell = row.cells[0]
            text = " ".join(cell.text.strip(" |").split())
            if text and not committees(text):
                return doc.found(text, cell.start, cell.start + len(text), rule="footer_unit")
        if found and found[-1].start > 0:
            left = row.text[: found[-1].start].strip(" |\t")
            if left and not EMAIL_OR_DIGIT.search(left):
                return doc.found(
                    " ".join(left.split()),
                    row.start,
                    row.start + len(left),
                    rule="footer_unit_merged",
                )
    return None
