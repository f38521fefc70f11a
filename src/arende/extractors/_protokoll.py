"""Protokoll signature forms: the role above, beside or before the name.

``Sekreterare`` / ``Anna Berg``; ``Ordförande   Justerare`` over ``Anna Berg   Per Ek``
(or merged into single spaces); ``Sekreterare ........ Anna Berg   Paragrafer 12–14``;
``Ordförande: Anna Berg``; one ``Justerare`` over two names.

>>> from arende.extractors._lines import lines
>>> rows = lines("Ordförande Justerare\\nGustav Lind Ebba Strand\\n")
>>> pairs, following = role_above(rows, 0)
>>> [(role, cell.text) for role, cell in pairs], following
([('Ordförande', 'Gustav Lind'), ('Justerare', 'Ebba Strand')], 2)
"""

from __future__ import annotations

import re

from arende.extractors._blocks import (
    BLOCK_LABEL,
    PARAGRAPHS,
    PROTOKOLL_ROLES,
    ROLE_ABOVE,
    SIGNATURE_ANCHOR,
    is_signature_label,
    person_name,
)
from arende.extractors._lines import Cell, Line
from arende.extractors._names import names_of, split_known, split_merged

__all__ = ["role_above", "signing_cells"]

# Protokoll roles merged on one line: "Ordförande Justerare".
_ROLE_WORD = re.compile(PROTOKOLL_ROLES, re.IGNORECASE)
_ROLE_ALT = PROTOKOLL_ROLES.replace("?P<role>", "?:")
_MERGED_ROLES = re.compile(rf"^{_ROLE_ALT}(?:\s+{_ROLE_ALT}){{1,3}}$", re.IGNORECASE)
# Role, signature line and name on one line: "Sekreterare ............ Anna Berg".
_ROLE_DOTS_NAME = re.compile(
    rf"^{BLOCK_LABEL}{PROTOKOLL_ROLES}\s*:?\s*[._…]{{3,}}\s*(?P<name>[^._…\d][^\d]*?)\s*{PARAGRAPHS}$",
    re.IGNORECASE,
)
# A signature line of dots or underscores, or a range of paragraphs beside the signatures.
_LEADER = re.compile(r"^[._…\s-]{3,}$|^(?:paragrafer|§§?)\s*[\d\s,–-]*$", re.IGNORECASE)
# "Ordförande: Anna Berg" on one line.
_ROLE_COLON = re.compile(
    r"^(?P<role>sekreterare|ordförande|vice\s+ordförande|justerare|justerande)\s*:\s*(?P<name>.+)$",
    re.IGNORECASE,
)


def role_above(rows: list[Line], index: int) -> tuple[list[tuple[str, Cell]], int] | None:
    """Protokoll roles beside or above names: ``Ordförande`` / ``Anna Svensson``."""
    dots = _ROLE_DOTS_NAME.match(rows[index].text)
    if dots is not None:
        signer = person_name(dots.group("name"))
        if signer is not None:
            start = rows[index].start + dots.start("name")
            cell = Cell(signer, start, start + len(signer), 0, 0)
            return [(_capital(dots.group("role")), cell)], index + 1
    cells = signing_cells(rows[index])
    if not cells:
        return None
    if len(cells) == 1 and (colon := _ROLE_COLON.match(cells[0].text)) is not None:
        signer = person_name(colon.group("name"))
        if signer is None:
            return None
        start = cells[0].start + colon.start("name")
        cell = Cell(signer, start, start + len(signer), 0, 0)
        return [(_capital(colon.group("role")), cell)], index + 1
    if len(cells) == 2 and ROLE_ABOVE.match(cells[0].text.rstrip(":")):
        beside = names_of((cells[1],))
        if beside is not None:
            return [(_capital(cells[0].text.rstrip(": ")), beside[0])], index + 1
    found = [_roles_in(c.text) for c in cells]
    if not all(found):
        return None
    roles = [m for ms in found for m in ms]
    position = index + 1
    while position < len(rows) and position - index <= 4:
        if rows[position].blank or not signing_cells(rows[position]):
            position += 1
            continue
        break
    if position >= len(rows):
        return None
    names = names_of(tuple(signing_cells(rows[position])))
    if names and len(roles) == 1 and (len(names) > 1 or len(names[0].text.split()) >= 4):
        # One role over several names: "Justerare" / "Hanna Kallio    Oskar Nyberg".
        names = [piece for cell in names for piece in split_known(cell)]
        roles = roles * len(names)
    if names is not None and len(names) == 1 < len(roles):
        # Merged text: "Gustav Lind Ebba Strand" under "Ordförande Justerare".
        names = _cut_cell(names[0], split_merged(names[0].text, len(roles)))
    if names is None or len(names) != len(roles):
        return None
    pairs: list[tuple[str, Cell]] = []
    for match, name in zip(roles, names, strict=True):
        if match is None or person_name(name.text) is None:
            return None
        pairs.append((_capital(match.group("role")), name))
    return pairs, position + 1


def _roles_in(text: str) -> list[re.Match[str]]:
    """The protokoll roles of a cell: one (``Ordförande``) or several merged."""
    whole = ROLE_ABOVE.match(text)
    if whole is not None:
        return [whole]
    if not _MERGED_ROLES.match(text):
        return []
    return list(_ROLE_WORD.finditer(text))


def _cut_cell(cell: Cell, names: list[str] | None) -> list[Cell] | None:
    """Cells for ``names`` cut in order out of ``cell``."""
    if names is None:
        return None
    pieces: list[Cell] = []
    position = 0
    for name in names:
        at = cell.text.find(name, position)
        if at < 0:
            return None
        position = at + len(name)
        start = cell.start + at
        pieces.append(Cell(name, start, start + len(name), cell.column + at, len(pieces)))
    return pieces


def signing_cells(row: Line) -> list[Cell]:
    """The cells of a row without labels, dot leaders and paragraph ranges."""
    return [
        c
        for c in row.cells
        if ROLE_ABOVE.match(c.text)
        or not (
            _LEADER.match(c.text) or SIGNATURE_ANCHOR.match(c.text) or is_signature_label(c.text)
        )
    ]


def _capital(role: str) -> str:
    role = " ".join(role.split())
    return role[:1].upper() + role[1:]
