"""The case officer (handläggare, kontaktperson): name, e-mail and phone.

>>> person_at("Åsa Hernerud RUN/183/2024").text
'Åsa Hernerud'
>>> person_at("Jörgen Lindh Öberg") is not None, person_at("Regionala utvecklingsnämnden")
(True, None)
>>> person_at("Handläggare Anna Ek Telefon 070-123 45 67").text
'Anna Ek'

>>> [m.group() for m in EMAIL.finditer("asa.hernerud@regionjh.se 2024-04-02")]
['asa.hernerud@regionjh.se']
>>> OCR_EMAIL.search("hakan.bergmanQregionsormland.se  2024-10-28").group("domain")
'regionsormland.se'
>>> [m.group().strip() for m in PHONE.finditer("Telefon 063-14 75 00, mobil 070-123 45 67")]
['063-14 75 00', '070-123 45 67']
"""

from __future__ import annotations

import re

from arende.document import Document, Found
from arende.extractors._lines import Cell, Line, cell_below
from arende.extractors._organisation import Span, committees, is_unit
from arende.extractors._quick import row_index
from arende.model import CaseOfficer

__all__ = [
    "EMAIL",
    "LABEL",
    "OCR_EMAIL",
    "PHONE",
    "officer_in_footer",
    "officer_in_header",
    "person_at",
]

EMAIL = re.compile(
    r"""
    (?<![\w.+-])
    [\w.+-]+                      # local part: asa.hernerud, jan-erik.strom
    @
    [\w-]+(?:\.[\w-]+)*           # domain labels: regionjh, lund
    \.[a-zA-Z]{1,}                # top-level domain: se (may be cut by a line break)
    """,
    re.VERBOSE,
)

# An e-mail address whose "@" OCR misread ("Q", "©", "(@)"): used only where an address
# is expected (the e-mail line of a footer block, the E-post cell).
OCR_EMAIL = re.compile(
    r"""
    (?<![\w.+-])
    (?P<local>[a-z0-9][\w.+-]*[a-z0-9])        # local part in lower case
    (?:Q|©|®|\(@\)|\(a\))                      # the misread "@"
    (?P<domain>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})  # domain with its top-level part
    (?![\w-])
    """,
    re.VERBOSE,
)

PHONE = re.compile(
    r"""
    (?<![\w/-])
    (?:\+46[ \u00a0]?\(?0?\)?[ \u00a0]?\d{1,3}   # +46 63, +46 (0)63
      |0\d{1,3})                                # area code: 063, 0647, 08, 070
    [ \u00a0]?-?[ \u00a0]?                       # separator: "-", " - ", " "
    \d{2,3}(?:[ \u00a0]?\d{2,3}){1,3}           # subscriber number in groups: 14 75 00, 123 45 67
    (?![\w/-])
    """,
    re.VERBOSE,
)

# Labels in front of the case officer.
LABEL = re.compile(
    r"""
    ^(?:[Hh]andläggare|[Kk]ontaktperson|[Aa]nsvarig[ ]handläggare|[Uu]pprättad[ ]av)
    \b[ \t:]*
    """,
    re.VERBOSE,
)

# A person's name: two to four capitalised words ("Jörgen Lindh Öberg", "Jan-Erik Ström",
# "Anna af Klint"); all-capital words (dnr prefixes: "RUN") end it.
_WORD = r"[A-ZÅÄÖÉÜØ][a-zåäöéüèáøë']+(?:-[A-ZÅÄÖÉ][a-zåäöéüèáø']+)?"
_PERSON = re.compile(
    rf"""
    (?<![\w-])
    {_WORD}                                   # first name
    (?:[ \u00a0]
       (?!(?:Telefon|Tel|Mobil|E-post|Epost|Datum|Dnr|Diarienummer|Sida|Handläggare)\b)
       (?:(?:af|von|van|de)[ ])?{_WORD}){{1,3}}   # surnames, not a label that follows
    (?![\w-])
    """,
    re.VERBOSE,
)
_NOT_PERSON = re.compile(
    r"(?:kommun|stad|[Rr]egion|nämnden|styrelsen|förvaltningen|kontoret|enheten|avdelningen"
    r"|[Uu]niversitet|[Tt]jänsten|[Dd]atum|[Hh]andläggare|Sammanträde|[Ss]ida|Till)\b"
)


def person_at(text: str) -> Span | None:
    """The person's name that ``text`` (a cell or a merged line) opens with, if any."""
    stripped = LABEL.sub("", text)
    offset = len(text) - len(stripped)
    match = _PERSON.match(stripped)
    if match is None or _NOT_PERSON.search(match.group()) or committees(match.group()):
        return None
    if is_unit(match.group()):
        return None
    return Span(match.group(), offset + match.start(), offset + match.end())


def _email_near(doc: Document, rows: list[Line], index: int, column: int) -> Found[str] | None:
    """The e-mail on ``rows[index]`` (rejoined when a line break cut its domain)."""
    row = rows[index]
    best = None
    for match in EMAIL.finditer(row.text) if "@" in row.text else ():
        if best is None or abs(match.start() - column) < abs(best.start() - column):
            best = match
    if best is None:
        ocr = OCR_EMAIL.search(row.text)
        if ocr is None:
            return None
        value = f"{ocr.group('local')}@{ocr.group('domain')}"
        return doc.found(value, row.start + ocr.start(), row.start + ocr.end(), rule="email_ocr")
    value = best.group()
    end = row.start + best.end()
    if best.end() == len(row.text):
        following = [r for r in rows[index + 1 : index + 2] if not r.blank]
        if following and _CUT_TAIL.fullmatch(following[0].text):
            value += following[0].text
            end = following[0].end
    return doc.found(value, row.start + best.start(), end, rule="email")


_CUT_TAIL = re.compile(r"[a-z]{1,3}")


def _phone_after(rows: list[Line], index: int, span: int) -> str | None:
    for row in rows[index : index + span]:
        if row.blank or (EMAIL.search(row.text) and not PHONE.search(EMAIL.sub("", row.text))):
            continue
        match = PHONE.search(EMAIL.sub(" ", row.text))
        if match is not None:
            return " ".join(match.group().split())
    return None


def officer_in_header(
    doc: Document, rows: list[Line], letterhead: list[Line]
) -> Found[CaseOfficer] | None:
    """The handläggare of the letterhead table (``Handläggare`` label, value beside or below)."""
    for row in letterhead:
        for cell in row.cells:
            label = LABEL.match(cell.text)
            if label is None:
                merged = _merged_label_row(doc, rows, row, cell)
                if merged is not None:
                    return merged
                continue
            index = row_index(rows, row)
            rest = cell.text[label.end() :]
            target_start = cell.start + label.end()
            if not rest and cell.index + 1 < len(row.cells):
                nxt = row.cells[cell.index + 1]
                rest, target_start = nxt.text, nxt.start
            name_row = index
            if not rest:
                below = cell_below(rows, index, cell)
                if below is None:
                    continue
                rest, target_start = below.text, below.start
                name_row = next(
                    i
                    for i in range(index + 1, len(rows))
                    if rows[i].start <= below.start <= rows[i].end
                )
            person = person_at(rest)
            if person is None:
                continue
            column = target_start - rows[name_row].start
            email = None
            for i in range(name_row, min(len(rows), name_row + 6)):
                email = _email_near(doc, rows, i, column)
                if email is not None:
                    break
            phone = _phone_after(rows, name_row, 6)
            start = target_start + person.start
            officer = CaseOfficer(person.text, email.value if email else None, phone)
            return doc.found(officer, start, start + len(person.text), rule="header_handlaggare")
    return None


# A label row whose columns plain text merged, the handläggare label last:
# "Beslutsdatum Dnr Handläggare", "Datum Vår beteckning Handläggare".
_LAST_LABEL = re.compile(r"[ ](?:Handläggare|Kontaktperson)$")


def _merged_label_row(
    doc: Document, rows: list[Line], row: Line, cell: Cell
) -> Found[CaseOfficer] | None:
    """The handläggare at the end of the value row under a merged label row."""
    if cell.index + 1 != len(row.cells) or not _LAST_LABEL.search(cell.text):
        return None
    index = row_index(rows, row)
    below = [i for i in range(index + 1, min(len(rows), index + 3)) if not rows[i].blank][:1]
    if not below:
        return None
    value = rows[below[0]]
    last = None
    for match in _PERSON.finditer(value.text):
        last = match
    if last is None or last.end() != len(value.text):
        return None
    person = person_at(last.group())
    if person is None:
        return None
    email = None
    for i in range(below[0], min(len(rows), below[0] + 4)):
        email = _email_near(doc, rows, i, last.start())
        if email is not None:
            break
    phone = _phone_after(rows, below[0] + 1, 4)
    start = value.start + last.start()
    officer = CaseOfficer(person.text, email.value if email else None, phone)
    return doc.found(officer, start, start + len(person.text), rule="merged_handlaggare")


def officer_in_footer(
    doc: Document, rows: list[Line], footer: list[Line]
) -> Found[CaseOfficer] | None:
    """The person in the seed-style footer block: name above the e-mail line."""
    for k, row in enumerate(footer):
        if k == 0 or not (EMAIL.search(row.text) or OCR_EMAIL.search(row.text)):
            continue
        name_row = footer[k - 1]
        person = person_at(name_row.cells[0].text if name_row.cells else name_row.text)
        if person is None:
            return None
        index = row_index(rows, row)
        email = _email_near(doc, rows, index, 0)
        phone = _phone_after(rows, index, 2)
        start = name_row.start + person.start
        officer = CaseOfficer(person.text, email.value if email else None, phone)
        return doc.found(officer, start, start + len(person.text), rule="footer_officer")
    return None
