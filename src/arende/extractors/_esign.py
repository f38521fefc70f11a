"""E-signature forms: stamps and marks that name the signer.

``Signerat av Anna Andersson 2025-01-07 12:03:53``, ``Godkänt av Anna Berg
2025-01-07``, ``Anna Berg (elektroniskt signerad)`` with the role under it, and a
stamp line (``Signerad 2025-01-07 12:03``) under a name or a name and its role.

>>> from arende.extractors._lines import lines
>>> text = "Anna Berg\\nRektor\\nSignerad 2025-01-07 12:03\\n"
>>> [s[:2] for s in esign_signers(text, lines(text))]
[('Anna Berg', 'Rektor')]
"""

from __future__ import annotations

import re

from arende.extractors._blocks import NAME_WORD, is_role, person_name, strip_stray
from arende.extractors._lines import Cell, Line
from arende.extractors._quick import holds

__all__ = ["esign_signers"]

# An e-signature stamp: "Signerat av Anna Andersson 2025-01-07 12:03:53".
_ESIGN = re.compile(
    rf"""
    (?:elektroniskt\s+|digitalt\s+)?(?:signerat|signerad|undertecknat|undertecknad)
    \s+(?:digitalt\s+|elektroniskt\s+)?av:?\s+
    (?P<name>(?-i:{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}))
    | (?:godkänt|godkänd|attesterat|attesterad)\s+av:?\s+          # Godkänt av X 2025-01-07
      (?P<approver>(?-i:{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}))(?=,?\s+\d{{4}}-\d{{2}}-\d{{2}})
    | (?P<marked>(?-i:{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}))          # Anna Berg (signerad)
      \s*\((?:elektroniskt\s+|digitalt\s+)?(?:signerad|signerat|undertecknad|undertecknat)\)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A signing stamp on the line under a name: "Signerad 2025-01-07 12:03".
_STAMP_LINE = re.compile(
    r"""^(?:elektroniskt\s+|digitalt\s+)?(?:signerad|signerat|undertecknad|undertecknat
        |godkänd|godkänt)\b[^.]{0,20}?\d{4}-\d{2}-\d{2}""",
    re.VERBOSE | re.IGNORECASE,
)
# Every form above holds one of these words: most documents carry no stamp, and one look
# at the whole text spares the scans of every form and line.
_ESIGN_WORDS = ("signera", "underteckna", "godkänd", "godkänt", "attester")


def esign_signers(text: str, rows: list[Line]) -> list[tuple[str, str | None, int, int, str]]:
    """``(name, title, start, end, rule)`` of every e-signed person, in order of the forms."""
    found: list[tuple[str, str | None, int, int, str]] = []
    if not holds(text, _ESIGN_WORDS):
        return found
    for match in _ESIGN.finditer(text):
        group = next(g for g in ("name", "approver", "marked") if match.group(g) is not None)
        signer = person_name(match.group(group))
        if signer is None:
            continue
        start = match.start(group)
        title = _title_after(text, match.end()) if group == "marked" else None
        found.append((signer, title, start, start + len(signer), "signatory_esign"))
    for index, row in enumerate(rows):
        if _STAMP_LINE.match(row.text):
            stamped = _stamped_name(rows, index)
            if stamped is not None:
                cell, title = stamped
                found.append((cell.text, title, cell.start, cell.end, "signatory_stamp"))
    return found


def _title_after(text: str, end: int) -> str | None:
    """The role on the line after ``end`` (``Anna Berg (signerad)`` / ``Generaldirektör``)."""
    tail = text[end : end + 120]
    if not tail.startswith("\n"):
        return None
    line = tail[1:].split("\n", 1)[0].strip()
    return line if is_role(line) else None


def _stamped_name(rows: list[Line], index: int) -> tuple[Cell, str | None] | None:
    """The name (and role) printed right above a signing stamp line."""
    above = [r for r in rows[max(0, index - 3) : index] if not r.blank][-2:]
    title: str | None = None
    if above and is_role(above[-1].text) and person_name(above[-1].text) is None:
        title = strip_stray(above[-1].text)
        above = above[:-1]
    if not above or len(above[-1].cells) != 1:
        return None
    row = above[-1]
    name = person_name(row.text)
    if name is None:
        return None
    at = row.start + row.text.find(name)
    return Cell(name, at, at + len(name), 0, 0), title
