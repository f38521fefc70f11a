"""Signatories (recipients live in :mod:`arende.extractors.recipients`).

A signatory is a line holding only a person's name, with the role line(s)
printed under it as the title (``Sara Lewerentz`` / ``Regiondirektör``);
names side by side share a title row below (``Örjan Lundberg   Göran
Magnusson`` / ``Kanslichef   Controller``).  Without a role under it a name
counts only inside a signature block opened by a label such as ``I tjänsten``,
``Underskrifter`` or ``Vid protokollet``.  Protokoll forms with the role above
the name (``Ordförande`` / ``Anna Svensson``, in ``_protokoll``) and e-signature
lines (``Signerat av Anna Andersson 2025-01-07``, in ``_esign``) count too, and
so do ``Anna Berg, rektor`` and ``Generaldirektör Anna Berg`` on one line.

>>> doc = Document.from_texts(["Text.\\n\\nI tjänsten\\n\\nSara Lewerentz\\nRegiondirektör\\n\\n"
...                            "Utdrag till\\n- Region Västerbotten\\n- Ekonomienheten"])
>>> [(f.value.name, f.value.title) for f in find_signatories(doc)]
[('Sara Lewerentz', 'Regiondirektör')]
>>> [f.value for f in find_recipients(doc)]
['Region Västerbotten', 'Ekonomienheten']
"""

from __future__ import annotations

import re

from arende.document import Document, Found
from arende.extractors._blocks import (
    DECIDED_BY,
    NAME_WORD,
    NOT_RECIPIENT,
    ROLE_ABOVE,
    SIGNATURE_ANCHOR,
    is_prose,
    is_role,
    is_section_heading,
    is_signature_label,
    person_name,
    proposal_heading_kind,
    recipients_label,
    strip_stray,
)
from arende.extractors._esign import esign_signers
from arende.extractors._lines import Cell, Line, lines
from arende.extractors._names import (
    name_cells,
    role_segments,
    split_by_columns,
    split_known,
    split_merged,
)
from arende.extractors._protokoll import role_above
from arende.extractors._quick import holds, rows_holding
from arende.extractors.recipients import find_recipients
from arende.model import Signatory
from arende.notations._gate import fold

__all__ = ["find_recipients", "find_signatories"]

# Lists of those present at a meeting: names under them are not signatures.
_ATTENDANCE = re.compile(
    r"""^(?:närvarande(?:\s+ersättare)? | ledamöter | tjänstgörande\s+ersättare
        | ej\s+tjänstgörande\s+ersättare | ersättare | övriga\s+(?:närvarande|deltagare)
        | beslutande\s+ledamöter | deltagare)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Labels of a contact person, whose name under them is not a signature.
_CONTACT = re.compile(
    r"""^(?:kontaktperson(?:er)? | kontakt | handläggare | ansvarig\s+handläggare
        | upplysningar(?:\s+lämnas\s+av)? | frågor(?:\s+besvaras\s+av)? | för\s+frågor)
        \s*:?$""",
    re.VERBOSE | re.IGNORECASE,
)
# Roles that label a contact or an attendance line rather than a signer.
_NOT_SIGNER_ROLE = re.compile(
    r"^(?:ansvarig\s+)?handläggare$|^(?:kontaktperson|ledamot|ersättare|tjänstgörande\b.*)$",
    re.IGNORECASE,
)
# "Anna Berg, kommundirektör" on one line.
_NAME_COMMA_ROLE = re.compile(r"^(?P<name>[^,()]{3,60}),\s*(?P<role>[^,]{3,60})$")
# "Name, role" pairs on one line, side by side or merged: "Rolf Nordin, ordförande Stina Ek,
# justerare"; a role runs to a wide gap, a tab, the next "Name Name," or the end.
_COMMA_PAIR = re.compile(
    rf"""
    (?P<name>{NAME_WORD}(?:\s(?:[A-ZÅÄÖ]\.\s)?{NAME_WORD}){{1,3}}),[ ]   # Rolf Nordin,
    (?P<role>[^,\t]+?)                                                # ordförande
    (?=\s{{2,}}|\t|\s+{NAME_WORD}\s{NAME_WORD}(?:\s{NAME_WORD})?,|\s*$)
    """,
    re.VERBOSE,
)
# What follows a member's name in a list of those present: party letters, ", ordförande".
_MEMBER_SUFFIX = re.compile(r"\s*\((?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\)|\s*,\s*[^,]*$")
# Party letters right after a name: "Anna Svensson (S)".
_PARTY = re.compile(r"^[^\n(]*\((?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\)")
_DIGIT = re.compile(r"\d")
_DOT_LEADER = re.compile(r"[._…]{4,}")
# Rows that can hold a protokoll role (a quick test before the full one).
_PROTOKOLL_ROLE = re.compile(r"sekreterare|ordförande|justera", re.IGNORECASE)
_PROTOKOLL_ROLE_WORDS = ("sekreterare", "ordförande", "justera")
# Every DECIDED_BY match holds one of these words or opens "i detta ärende har" (searched in
# the folded text): a document without any (most of them) needs no line tested for it.
_DECIDED_WORDS = (
    "fattat",
    "fattade",
    "beslutats",
    "avgjor",
    "föredrag",
    "handläggningen",
    "underskrift",
)
_IN_THIS_CASE = re.compile(r"i\s+detta\s+ärende\s+har")
# How far under a contact label its person may be printed (rows, blank ones included).
_LABEL_REACH = 3
# Rows of a first page's letterhead and header table: names there are officers, not signers.
_HEADER_ROWS = 12


def find_signatories(doc: Document) -> list[Found[Signatory]]:
    """The persons in the signature block, in order."""
    rows = lines(doc.text)
    found: list[Found[Signatory]] = []
    seen: dict[str, int] = {}  # name (casefolded) -> its index in found

    def add(name: str, title: str | None, start: int, end: int, rule: str) -> None:
        # A person signs once: a second sighting only adds a title the first one lacked.
        key = name.casefold()
        if key in seen:
            at = seen[key]
            if found[at].value.title is None and title is not None:
                found[at] = doc.found(Signatory(name, title), start, end, rule=rule)
            return
        seen[key] = len(found)
        found.append(doc.found(Signatory(name, title), start, end, rule=rule))

    header_end = _header_end(rows)
    decided = holds(doc.text, _DECIDED_WORDS) or bool(_IN_THIS_CASE.search(fold(doc.text)))
    role_rows = rows_holding(doc.text, rows, _PROTOKOLL_ROLE_WORDS)
    anchored = False
    attendance = False
    contact = -1  # the row of the last contact label
    index = 0
    while index < len(rows):
        row = rows[index]
        text = row.text
        if row.blank:
            index += 1
            continue
        if decided and DECIDED_BY.search(text):
            # "Beslut i detta ärende har fattats av ... efter föredragning av ...": the
            # names under this paragraph sign it, with or without a role line.
            anchored = True
            # Skip the rest of the paragraph: its wrapped lines up to the one ending a sentence.
            while index < len(rows) and not rows[index].blank:
                index += 1
                if rows[index - 1].text.endswith("."):
                    break
            continue
        if len(text) > 90:
            anchored = False  # body prose
            index += 1
            continue
        above = (
            role_above(rows, index) if index in role_rows and _PROTOKOLL_ROLE.search(text) else None
        )
        if above is not None:
            anchored = True
            for role, cell in above[0]:
                add(cell.text, role, cell.start, cell.end, "signatory_role_above")
            index = above[1]
            continue
        if _ATTENDANCE.match(text):
            anchored = False  # who attended a meeting, not who signed
            attendance = True
            index += 1
            continue
        if _CONTACT.match(text):
            anchored = False
            contact = index  # the next person is the one to ask, not a signer
            index += 1
            continue
        label = SIGNATURE_ANCHOR.match(text)
        if (
            label is not None
            and label.group().casefold() == "beslutande"
            and _members_listed(rows, index, label.end())
        ):
            # "Beslutande" over a list of members: who took part in a meeting.
            anchored = False
            attendance = True
            index += 1
            continue
        if label is not None and index < header_end and text[label.end() :].strip(" \t:"):
            index += 1  # "Föredragande  Per Ek" in a header table: not the signature block
            continue
        beside = _beside_label(row, label.end()) if label is not None else None
        if label is not None and beside is None:
            anchored = True
            attendance = False
            # "Beslutande: Anna Berg, socialsekreterare" - label, name and role on one line.
            rest = text[label.end() :]
            for name, role, start, end in _comma_signers(rest, row.start + label.end()):
                add(name, role, start, end, "signatory_name_comma_role")
            index += 1
            continue
        if beside is None and (
            is_signature_label(text)
            # (a row of one cell was just tested)
            or (len(row.cells) > 1 and all(is_signature_label(c.text) for c in row.cells))
        ):
            index += 1
            continue
        if (
            recipients_label(text) is not None
            or is_section_heading(text)
            or is_prose(text)
            or text.startswith("§")
        ):
            anchored = attendance = False
            index += 1
            continue
        if attendance:
            index += 1
            continue
        if beside is not None:
            anchored = True  # "Beslutande   Anna Berg": the label beside the name
            attendance = False
        comma = _NAME_COMMA_ROLE.match(text) if len(row.cells) == 1 and "," in text else None
        if comma is not None and (anchored or index >= header_end):
            signer = person_name(comma.group("name"))
            role = comma.group("role").strip()
            if signer is not None and is_role(role) and not _PARTY.match(text):
                at = row.start + text.find(signer)
                add(signer, role, at, at + len(signer), "signatory_name_comma_role")
                index += 1
                continue
        pairs_on_row = [] if comma is not None else _comma_signers(text, row.start)
        if len(pairs_on_row) > 1 and (anchored or index >= header_end):
            # "Rolf Nordin, ordförande     Stina Ek, justerare" side by side.
            for name, role, start, end in pairs_on_row:
                add(name, role, start, end, "signatory_name_comma_role")
            index += 1
            continue
        fronted = _role_then_name(row) if beside is None else None
        if fronted is not None and (anchored or index >= header_end) and not _near(contact, index):
            role, cell = fronted
            add(cell.text, role, cell.start, cell.end, "signatory_role_name")
            index += 1
            continue
        names = [beside] if beside is not None else name_cells(row)
        if names is None:
            index += 1
            continue
        pairs, following = _titled(rows, index, names)
        if _near(contact, index):
            contact = -1
            index = following
            continue
        roled = any(title is not None and is_role(title) for _, title, _, _ in pairs)
        if (anchored or roled) and (index >= header_end or anchored):
            for name, title, start, end in pairs:
                bare = title is None or not is_role(title)
                # Bare names count only in a labelled block, and never with party letters
                # (a list of members present, not a signature).
                if bare and (not anchored or _PARTY.search(doc.text[start : end + 8])):
                    continue
                add(name, title, start, end, "signatory_name_title")
        index = following
    for name, title, start, end, rule in esign_signers(doc.text, rows):
        add(name, title, start, end, rule)
    return found


def _near(label: int, index: int) -> bool:
    """Whether row ``index`` sits right under a label at row ``label`` (blank rows allowed)."""
    return 0 <= label < index <= label + _LABEL_REACH


def _members_listed(rows: list[Line], index: int, end: int) -> bool:
    """Whether a label opens a list of two or more persons (a meeting's members)."""
    texts = [rows[index].text[end:].strip(" \t:")]
    for row in rows[index + 1 : index + 12]:
        if row.blank:
            break
        texts.append(row.text)
    persons = 0
    for text in texts:
        bare = _MEMBER_SUFFIX.sub("", text).strip()
        if not bare and persons == 0:
            continue  # the label alone on its row
        if not bare or person_name(bare) is None:
            break  # a role line or anything else: not a list of members
        persons += 1
    return persons >= 2


def _comma_signers(text: str, offset: int) -> list[tuple[str, str, int, int]]:
    """Every ``Name, role`` pair when they make up the whole of ``text``."""
    pairs: list[tuple[str, str, int, int]] = []
    if "," not in text:  # every pair holds one
        return pairs
    position = 0
    for match in _COMMA_PAIR.finditer(text):
        if text[position : match.start()].strip(" \t:"):
            return []
        name = person_name(match.group("name"))
        role = match.group("role").strip()
        if name is None or not is_role(role) or _NOT_SIGNER_ROLE.match(role):
            return []
        start = offset + match.start("name")
        pairs.append((name, role, start, start + len(name)))
        position = match.end()
    return pairs if not text[position:].strip() else []


def _beside_label(row: Line, end: int) -> Cell | None:
    """The name printed after a block label on its row (``Beslutande   Anna Berg``)."""
    rest = row.text[end:]
    lead = len(rest) - len(rest.lstrip(" \t:"))
    rest = rest.strip(" \t:")
    name = person_name(rest) if rest else None
    if name is None or rest[len(name) :].strip():
        return None
    start = row.start + end + lead
    return Cell(name, start, start + len(name), end + lead, 1)


def _role_then_name(row: Line) -> tuple[str, Cell] | None:
    """A role and a name on one line: ``Generaldirektör Anna Berg``, ``Tf. rektor Per Ek``."""
    text = row.text
    if len(text) > 80 or ("(" in text and _PARTY.match(text)):
        return None
    words = text.split()
    for cut in range(1, min(4, len(words) - 1)):
        if not is_role(words[cut - 1]) or words[cut - 1].endswith((",", ":")):
            continue
        role = " ".join(words[:cut])
        rest = " ".join(words[cut:])
        name = person_name(rest)
        if name is None or name != rest or not is_role(role) or _NOT_SIGNER_ROLE.match(role):
            continue
        at = text.find(words[cut], len(role))
        start = row.start + at
        return role, Cell(name, start, start + len(name), at, 0)
    return None


def _header_end(rows: list[Line]) -> int:
    """The index of the first row after the first page's header zone.

    The zone ends after a dozen lines, or earlier where the body begins: at the
    first sentence of prose or the first section or proposal heading.
    """
    count = 0
    for index, row in enumerate(rows):
        if row.page_break_before:
            return index
        if not row.blank:
            count += 1
            text = row.text
            if count > _HEADER_ROWS or is_prose(text):
                return index
            if not text.isupper() and (
                is_section_heading(text) or proposal_heading_kind(text) is not None
            ):
                return index
    return len(rows)


def _title_rows(rows: list[Line], index: int) -> tuple[list[Line], int]:
    """The role rows printed under a name row, and the index after them."""
    found: list[Line] = []
    position = index + 1
    # One blank line may sit between a name and its role in PDF layouts.
    if (
        position + 1 < len(rows)
        and rows[position].blank
        and is_role(rows[position + 1].text)
        and not _ATTENDANCE.match(rows[position + 1].text)
    ):
        position += 1
    while position < len(rows) and len(found) < 3:
        row = rows[position]
        text = row.text
        if (
            row.blank
            or (row.page_break_before and found)
            or name_cells(row) is not None
            or is_signature_label(text)
            or SIGNATURE_ANCHOR.match(text)
            or recipients_label(text) is not None
            or is_section_heading(text)
            or is_prose(text)
            or NOT_RECIPIENT.search(text)
            or (ROLE_ABOVE.match(text) and found)
            or (found and len(row.cells) > 1)
            or _DOT_LEADER.search(text)
            or _ATTENDANCE.match(text)
            or _DIGIT.search(text)
        ):
            break
        found.append(row)
        position += 1
    return found, position


def _titled(
    rows: list[Line], index: int, names: list[Cell]
) -> tuple[list[tuple[str, str | None, int, int]], int]:
    """Pair the names of ``rows[index]`` with the role rows under them."""
    titles, following = _title_rows(rows, index)
    if not titles:
        bare: list[tuple[str, str | None, int, int]] = []
        for cell in names:
            for piece in split_known(cell):
                if person_name(piece.text):
                    bare.append((piece.text, None, piece.start, piece.end))
        return bare, index + 1
    first = titles[0]
    if len(names) == 1 and len(first.cells) == 1:
        name = names[0]
        segments = role_segments(first.text)
        if person_name(name.text) is None or (
            len(segments) >= 2 and len(name.text.split()) >= 2 * len(segments)
        ):
            split = split_merged(name.text, len(segments))
            if split is None:
                return [], following
            return [
                (n, t, name.start, name.end) for n, t in zip(split, segments, strict=False)
            ], following
        title = " ".join(" ".join(strip_stray(t.text).split()) for t in titles)
        return [(name.text, title, name.start, name.end)], following
    cells = list(first.cells)
    if len(cells) > len(names):
        names = split_by_columns(names, cells) or names
    elif len(cells) == 1 < len(names):
        # Roles merged on one line under names set apart by party letters.
        segments = role_segments(first.text)
        if len(segments) == len(names):
            cells = [Cell(seg, first.start, first.end, 0, k) for k, seg in enumerate(segments)]
    result: list[tuple[str, str | None, int, int]] = []
    for position, name in enumerate(names):
        if person_name(name.text) is None:
            return [], following
        role: str | None = strip_stray(cells[position].text) if len(cells) == len(names) else None
        if role is None:
            role = next((c.text for c in cells if abs(c.column - name.column) <= 3), None)
        result.append((name.text, role, name.start, name.end))
    return result, following
