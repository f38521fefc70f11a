"""Where things stand on the first page: letterhead zone, section headings, labels, author.

>>> bool(SECTION.match("Regiondirektörens förslag")), bool(SECTION.match("Förslag till beslut"))
(True, True)
>>> bool(SECTION.match("Deltagande i projekt North Sweden"))
False
>>> DOC_LABEL.search("Lunds kommun  TJÄNSTESKRIVELSE").lastgroup
'tjansteskrivelse'
>>> DOC_LABEL.search("Utdrag ur protokoll").lastgroup
'protokollsutdrag'
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from arende.document import Document, Found
from arende.extractors._lines import Cell, Line
from arende.extractors._officer import EMAIL, OCR_EMAIL
from arende.extractors._organisation import full_committee, is_unit
from arende.nlp import find_organisations_many
from arende.notations import dates as date_notation

__all__ = [
    "DOC_LABEL",
    "HEADERISH",
    "PARAGRAPH_LINE",
    "POSTAL_LINE",
    "SECTION",
    "address_block",
    "date_in",
    "find_author",
    "head_zone",
    "is_headerish",
    "meaningful_cells",
    "merged_label",
    "paragraph_number",
    "row_text",
]

DOC_LABEL = re.compile(
    r"""
    (?<![\w-])(?:
      (?P<tjansteskrivelse>TJÄNSTESKRIVELSE|Tjänsteskrivelse|TJÄNSTEUTLÅTANDE|Tjänsteutlåtande)
     |(?P<protokollsutdrag>PROTOKOLLSUTDRAG|Protokollsutdrag
        |(?:UTDRAG|Utdrag)[ ](?:UR|ur)[ ]                     # Utdrag ur protokoll
         (?:SAMMANTRÄDES)?(?:PROTOKOLL|protokoll|sammanträdesprotokoll)\w*)
     |(?P<delegationsbeslut>DELEGATIONSBESLUT|Delegationsbeslut
        |(?:BESLUT|Beslut)[ ](?:ENLIGT|enligt)[ ](?:DELEGATION|delegation))
     |(?P<protokoll>SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLL|Protokoll)
     |(?P<beslut>BESLUT|REKTORSBESLUT|Rektorsbeslut|Beslut)
    )(?![\w-])
    """,
    re.VERBOSE,
)

# Section headings that follow the ärenderubrik.
SECTION = re.compile(
    r"""
    ^(?:Ärendebeskrivning|Ärendet|Beskrivning(?:[ ]av[ ]ärendet)?|Sammanfattning(?:[ ]av[ ]ärendet)?
      |Bakgrund|Beslutsunderlag|Yrkanden?|Beslutsgång|Beslut|Motivering|Skäl[ ]för[ ]beslutet
      |Ärendets[ ]beredning|Överväganden|Bedömning|Förvaltningens[ ]bedömning|Utredning
      |Inledning|Beslutsförslag|Ekonomiska[ ]konsekvenser
      |Ansökan|Ansökan[ ]om[ ]\w+|Redogörelse(?:[ ]för[ ]ärendet)?|Yttrande|Remissvar
      |Tillämpliga[ ]bestämmelser|Lagstiftning|Skäl|Skälen[ ]för[ ]beslutet|Beslutsmotivering
      |Hur[ ](?:man|du)[ ]överklagar|Upplysningar|Handlingar[ ]i[ ]ärendet|Syfte|Konsekvenser
      |Förslag[ ]till[ ]\w+(?:[ ]\w+)?                           # Förslag till beslut
      |[A-ZÅÄÖ][\w-]*(?:s|ens)[ ](?:förslag|beslut)(?:[ ]till[ ]\w+(?:[ ]\w+)?)?)  # X:s förslag
    (?:[ ]och[ ][a-zåäö]+(?:[ ][a-zåäö]+)?)?                   # "Bakgrund och motivering"
    [ ]?:?$
    """,
    re.VERBOSE,
)

# Label cells of the letterhead table and other lines that are not the title.
HEADERISH = re.compile(
    r"""
    ^(?:Datum|Dnr|Diarienummer|Vår[ ]beteckning|Er[ ]beteckning|Ärendenummer|Beteckning
      |Handläggare|Kontaktperson|E-post|Epost|Telefon|Tel|Mobil|Till|Sida|Beslutsdatum
      |Sammanträdesdatum|Sammanträdesdag|Justerandes|Utdragsbestyrkande|Paragraf|Referens
      |Postadress|Besöksadress|Org\.?nr|Organisationsnummer|Justerat)
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A cell that is nothing but an authority's name ("Region Blekinge", "Lunds kommun").
_ORG_CELL = re.compile(
    r"""
    ^(?:Region(?:[ ][A-ZÅÄÖ][\w-]*){1,3}(?:[ ]län)?
      |[A-ZÅÄÖ][\w-]*(?:[ ][A-ZÅÄÖ][\w-]*)?[ ]+(?:kommun|stad|[Uu]niversitet|högskola)
      |Länsstyrelsen\b.*|[A-ZÅÄÖ]\w*(?:regionen|verket|myndigheten|kassan|förbundet))$
    """,
    re.VERBOSE,
)
_PARAGRAPH = re.compile(r"^§[ \u00a0]*\d+\b")
# A line that is nothing but a case number: "NV-01234-24", "UFV 2024/1234", "LiU-2024-01234",
# "RUN/183/2024", "2024-00123", "C2024/123" (a title's "Kronan 7:140" is not).
_CASE_NUMBER_ROW = re.compile(
    r"""
    ^(?:[A-ZÅÄÖ]{1,6}|[A-Z][a-z][A-Z])?       # prefix in capitals: NV, UFV, KS; LiU
    [ /-]?
    \d+(?:[/.-]\d+)+                          # digit groups: 01234-24, 2024/1234
    (?:-\d+(?:\.\d+)*)?$                       # a file plan suffix: 2024/123-1.2.3
    """,
    re.VERBOSE,
)
#: A postal line of an address block: "971 85 Luleå", "SE-631 86 Eskilstuna".
POSTAL_LINE = re.compile(r"^(?:SE-?[ ]?)?\d{3}[ \u00a0]?\d{2}[ \u00a0]+[A-ZÅÄÖ][\w -]*$")
# A closing phrase of a letter: the body has ended.
_CLOSING = re.compile(r"^(?:Med[ ]vänlig(?:a)?[ ]hälsning(?:ar)?|Vänliga[ ]hälsningar)\b", re.I)
#: A line that opens a protokoll paragraph, searched in the whole text.
# A line opening with a § number; a page break (form feed) also opens a line.
PARAGRAPH_LINE = re.compile(r"(?:^|(?<=\f))[ \t]*§[ \u00a0]*\d+\b", re.MULTILINE)
_PAGE = re.compile(r"^Sida[ ]\d+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")

# Names that may open a sentence naming the writing authority as actor.
_ACTOR_NAME = re.compile(
    r"""
    (?:Region[ ]|Länsstyrelsen|Högskolan                         # Region X, Länsstyrelsen i X
      |[A-ZÅÄÖ][\w-]*(?:[ ][A-ZÅÄÖ][\w-]*)?[ ](?:kommun|stad|universitet)\b   # Lunds kommun
      |[A-ZÅÄÖ]\w*(?:regionen|verket|myndigheten|kassan)\b)       # Skatteverket
    """,
    re.VERBOSE,
)
# An item's enumerator before a sentence opening: "1.", "2)", "–", "•".
_ENUMERATOR = re.compile(r"\d+[.)]|[-–•]")
# The verbs that make the named authority the actor of the case.
_ACTOR_VERB = re.compile(
    r"^[ ]+(?:deltar|medfinansierar|beviljar|beslutar|föreslås|ansöker|avsätter|godkänner|"
    r"antar|säljer|köper|ger|tecknar|bidrar|finansierar)\b"
)


def meaningful_cells(row: Line) -> list[Cell]:
    """The cells of ``row`` less OCR specks: a cell of one or two characters at either end,
    set apart from the others by a wide gap (``"OO        Region Sörmland"``)."""
    cells = list(row.cells)
    if len(cells) < 2:
        return cells

    def speck(cell: Cell, neighbour: Cell) -> bool:
        if len(cell.text.strip(" |.,:;'\"")) > 2:
            return False
        left, right = sorted((cell, neighbour), key=lambda c: c.column)
        return right.column - (left.column + len(left.text)) >= 4

    if speck(cells[-1], cells[-2]):
        cells.pop()
    if len(cells) >= 2 and speck(cells[0], cells[1]):
        cells.pop(0)
    return cells


def row_text(row: Line) -> str:
    """The text of ``row`` from its meaningful cells, white space folded."""
    return " ".join(" ".join(c.text for c in meaningful_cells(row)).split())


def paragraph_number(row: Line) -> bool:
    """Whether ``row`` opens a protokoll paragraph (``§ 194``)."""
    return bool(_PARAGRAPH.match(row.text))


# (memoised: the head zone and the title are looked for over the same rows)
@lru_cache(maxsize=512)
def is_headerish(row: Line) -> bool:
    """Whether ``row`` belongs to the letterhead rather than to the ärenderubrik."""
    text = row.text
    if ("@" in text and EMAIL.search(text)) or _PAGE.match(text) or date_in(text) is not None:
        return True
    if OCR_EMAIL.search(row.text):  # an address whose "@" OCR misread
        return True
    if POSTAL_LINE.match(row.text) or _CASE_NUMBER_ROW.match(row.text):
        return True
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if HEADERISH.match(text) or _ORG_CELL.match(text) or is_unit(text):
            return True
        if full_committee(text) is not None:
            return True
        label = DOC_LABEL.search(text)
        if label is not None and (label.group().isupper() or label.group() == text):
            return True
        if label is not None and merged_label(text, label):
            return True
        if _MERGED_LABEL.search(text):
            return True
    return False


# A label word inside a merged letterhead line ("Kommunstyrelsen Sammanträdesdatum Sida",
# "Regionstyrelsen Datum: 2024-05-21", "Fastighetskontoret Utfärdat 2024-02-01").
_MERGED_LABEL = re.compile(
    r"""
    [ ](?:Datum|Dnr|Diarienummer|Sammanträdesdatum|Beslutsdatum|Vår[ ]beteckning
      |Er[ ]beteckning|Ärendenummer|Handläggare|Kontaktperson|Utfärdat|Sida)
    (?:[ :]|$)
    """,
    re.VERBOSE,
)


def merged_label(text: str, label: re.Match[str]) -> bool:
    """Whether the doc-type ``label`` found in ``text`` is the letterhead label of a line
    whose columns plain text merged: last after the authority ("Region Stockholm Beslut
    enligt delegation"), or first before another label ("Beslut Vår beteckning")."""
    if label.start() > 0 and label.end() == len(text.rstrip(" :")):
        return True
    rest = text[label.end() :].strip()
    return label.start() == 0 and bool(rest) and bool(HEADERISH.match(rest))


def head_zone(rows: list[Line]) -> int:
    """The lines of page 1 before its first section heading (letterhead and title)."""
    limit = len(rows)
    for i, row in enumerate(rows):
        if i and row.page_break_before:
            limit = i
            break
    seen_text = False
    for i in range(limit):
        row = rows[i]
        if SECTION.match(row_text(row)):
            # a "Beslut" line among the letterhead lines is the doc-type label
            if seen_text:
                return i
        elif seen_text and (_CLOSING.match(row.text) or _prose(row.text)):
            # no section headings: the body's first sentence ends the head
            return i
        elif not row.blank and not is_headerish(row):
            seen_text = True
    return min(limit, 25)


def _prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence of the body (long, ends with a full stop)."""
    return text.endswith(".") and len(text.split()) >= 8 and "  " not in text


def address_block(rows: list[Line], end: int) -> list[Line]:
    """The rows of a postal address block among ``rows[:end]``: the lines above a postal
    line ("971 85 Luleå") up to a blank line, and the postal line itself."""
    found: list[Line] = []
    for i in range(min(end, len(rows))):
        if rows[i].blank or not POSTAL_LINE.match(rows[i].text):
            continue
        block = [rows[i]]
        column = rows[i].cells[0].column
        for row in reversed(rows[max(0, i - 4) : i]):
            if row.blank or len(row.cells) > 1 or row.cells[0].column != column:
                break
            block.append(row)
        found.extend(block)
    return found


@lru_cache(maxsize=512)
def date_in(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid full date in ``text``: value, start, end."""
    if not _DIGIT.search(text):  # a date has a day and a year in digits
        return None
    for match in date_notation.finditer(text):
        if match.value is not None:
            return match.value, match.start, match.end
    return None


# Words of a postal/visiting address block at the foot of page 1.
_ADDRESS_HINT = re.compile(
    r"\b(?:Postadress|Besöksadress|Box[ ]\d|Org\.?[ ]?nr|Organisationsnummer|www\.|Växel"
    r"|\d{3}[ \u00a0]\d{2}[ \u00a0]+[A-ZÅÄÖ][a-zåäö]+)",  # a postcode and town: 105 35 Stockholm
    re.IGNORECASE,
)


_ADDRESSEE = re.compile(r"(?:Till|Kopia[ ]till|Mottagare|Sändlista|Adressat)\b.*", re.IGNORECASE)


def _address_organisation(doc: Document, rows: list[Line]) -> Found[str] | None:
    """The authority named in the address block at the foot of page 1."""
    page_one = []
    for i, row in enumerate(rows):
        if i and row.page_break_before:
            break
        if not row.blank:
            page_one.append(row)
    foot = page_one[-6:]
    hinted = [r for r in foot if _ADDRESS_HINT.search(r.text)]
    if not hinted:
        return None
    # the address lines first, then short lines near them (a name above "Postadress …")
    short = [r for r in foot if r not in hinted and len(r.text) <= 60 and r.text[-1:] != "."]
    cells = [c for r in [*hinted, *short] for c in r.cells]
    for cell, found in zip(cells, find_organisations_many([c.text for c in cells]), strict=True):
        if found:
            start = cell.start + found[0].start
            name = " ".join(found[0].text.split())
            return doc.found(name, start, cell.start + found[0].end, rule="address_organisation")
    return None


def find_author(doc: Document, rows: list[Line], letterhead: list[Line]) -> Found[str] | None:
    """The writing authority: in the letterhead, or else the one named as actor in the body."""
    cells: list[Cell] = []
    addressee = False
    for row in letterhead:
        # an addressee ("Till Region Skåne", or the line under a bare "Till") did not write it
        if addressee or _ADDRESSEE.match(row.text):
            addressee = bool(_ADDRESSEE.fullmatch(row.text.rstrip(": ")))
            continue
        cells.extend(row.cells)
    for cell, found in zip(cells, find_organisations_many([c.text for c in cells]), strict=True):
        if found:
            first = found[0]
            return doc.found(
                " ".join(first.text.split()),
                cell.start + first.start,
                cell.start + first.end,
                rule="letterhead_organisation",
            )
    address = _address_organisation(doc, rows)
    if address is not None:
        return address
    text = doc.text
    starts: list[int] = []
    for match in _ACTOR_NAME.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].strip()
        if not before or before[-1] in ".!?" or _ENUMERATOR.fullmatch(before):
            starts.append(match.start())
    snippets = [" ".join(text[s : s + 80].split("\n")[0].split(" ")[:6]) for s in starts]
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for start, snippet, found in zip(
        starts, snippets, find_organisations_many(snippets), strict=True
    ):
        if not found or found[0].start != 0 or (found[0].kind in {"university"} and False):
            continue
        mention = found[0]
        key = " ".join(mention.text.split())
        weight = 2 if _ACTOR_VERB.match(snippet[mention.end :]) else 1
        votes[key] += weight
        first_seen.setdefault(key, start)
    if not votes:
        return None
    best = max(votes, key=lambda k: (votes[k], -first_seen[k]))
    start = first_seen[best]
    return doc.found(best, start, start + len(best), rule="actor_organisation")
