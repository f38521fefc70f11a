"""Names and roles printed side by side, and how to cut them apart.

Plain-text exports merge a row of signatures into single spaces (``Örjan
Lundberg Göran Magnusson`` over ``Kanslichef Controller``); PDF text may run two
columns into one cell.  These helpers cut such runs into names and roles.

>>> split_merged("Örjan Lundberg Göran Magnusson", 2)
['Örjan Lundberg', 'Göran Magnusson']
>>> role_segments("Kanslichef Controller")
['Kanslichef', 'Controller']
"""

from __future__ import annotations

import re

from arende.extractors._blocks import NAME_WORD, is_first_name, is_role, person_name
from arende.extractors._lines import Cell, Line

__all__ = [
    "all_name_words",
    "name_cells",
    "names_of",
    "party_split",
    "role_segments",
    "split_by_columns",
    "split_known",
    "split_merged",
]

# A name with its party letters, one of several on a line.
_PARTY_NAME = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s*\((?:[A-ZÅÄÖ]{{1,4}}|[A-ZÅÄÖ][a-zåäö]{{1,3}})\)"
)
# Four or more capitalised words: names printed side by side with single spaces.
_NAME_RUN = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{3,}}$")


def role_segments(text: str) -> list[str]:
    """Roles printed side by side in merged text: ``Kanslichef Controller`` -> two roles."""
    segments: list[list[str]] = []
    for word in text.split():
        if segments and word[:1].isupper() and is_role(" ".join(segments[-1])):
            segments.append([word])
        elif segments:
            segments[-1].append(word)
        else:
            segments.append([word])
    joined = [" ".join(s) for s in segments]
    if len(joined) >= 2 and all(is_role(s) for s in joined):
        return joined
    return [text]


def split_merged(text: str, count: int) -> list[str] | None:
    """``count`` names from a run of name words.

    Of the ways to cut the words into names of two to four words, the one whose
    names each begin with a known first name wins; ties go to the most even cut.
    """
    words = text.split()
    if count < 1 or len(words) < 2 * count or len(words) > 4 * count:
        return None
    best: tuple[int, int, list[str]] | None = None
    for sizes in _compositions(len(words), count):
        names: list[str] = []
        position = 0
        for size in sizes:
            names.append(" ".join(words[position : position + size]))
            position += size
        if any(person_name(n) is None for n in names):
            continue
        known = sum(is_first_name(n.split()[0]) for n in names)
        spread = max(sizes) - min(sizes)
        if best is None or (known, -spread) > (best[0], best[1]):
            best = (known, -spread, names)
    return None if best is None else best[2]


def _compositions(total: int, parts: int) -> list[list[int]]:
    """Ways to write ``total`` as ``parts`` sizes of 2 to 4, in order."""
    if parts == 1:
        return [[total]] if 2 <= total <= 4 else []
    return [
        [size, *rest]
        for size in (2, 3, 4)
        if total - size >= 2 * (parts - 1)
        for rest in _compositions(total - size, parts - 1)
    ]


def split_by_columns(names: list[Cell], titles: list[Cell]) -> list[Cell] | None:
    """Split name cells at the columns of the role cells under them (PDF columns)."""
    result: list[Cell] = []
    for cell in names:
        inside = [
            t.column for t in titles if cell.column - 2 <= t.column < cell.column + len(cell.text)
        ]
        cuts = sorted({cell.column, *inside})
        pieces: list[Cell] = []
        for k, cut in enumerate(cuts):
            lo = cut - cell.column
            hi = (cuts[k + 1] - cell.column) if k + 1 < len(cuts) else len(cell.text)
            lo = max(lo, 0)
            piece = cell.text[lo:hi]
            stripped = piece.strip()
            if not stripped:
                return None
            lead = len(piece) - len(piece.lstrip())
            start = cell.start + lo + lead
            pieces.append(Cell(stripped, start, start + len(stripped), cell.column + lo + lead, 0))
        result.extend(pieces)
    if len(result) != len(titles):
        return None
    return [Cell(c.text, c.start, c.end, c.column, i) for i, c in enumerate(result)]


def party_split(cell: Cell) -> list[Cell] | None:
    """Names merged on one line and set apart by party letters: ``Jan Ek (S) Per Holm (SD)``."""
    if "(" not in cell.text:  # no party letters
        return None
    pieces: list[Cell] = []
    position = 0
    for match in _PARTY_NAME.finditer(cell.text):
        if cell.text[position : match.start()].strip():
            return None
        name = person_name(match.group("name"))
        if name is None:
            return None
        at = match.start("name")
        start = cell.start + at
        pieces.append(Cell(name, start, start + len(name), cell.column + at, len(pieces)))
        position = match.end()
    if len(pieces) < 2 or cell.text[position:].strip():
        return None
    return pieces


def split_known(cell: Cell) -> list[Cell]:
    """Bare names merged on one line, cut where known first names begin.

    ``Birgitta Nordin Jonas Falk`` is two names only when every piece opens with a
    common first name; otherwise the cell stays whole.
    """
    words = cell.text.split()
    if len(words) < 4:
        return [cell]
    for count in (2, 3):
        split = split_merged(cell.text, count)
        if split is None or not all(is_first_name(n.split()[0]) for n in split):
            continue
        pieces: list[Cell] = []
        position = 0
        for name in split:
            at = cell.text.find(name.split()[0], position)
            position = at + len(name.split()[0])
            start = cell.start + at
            pieces.append(Cell(name, start, start + len(name), cell.column + at, len(pieces)))
        return pieces
    return [cell]


def all_name_words(text: str) -> bool:
    if not _NAME_RUN.match(text):
        return False
    words = text.split()
    return all(person_name(f"{w} {w}") is not None for w in words)


def name_cells(row: Line) -> list[Cell] | None:
    """The cells of a row when every one is a person's name (party letters dropped)."""
    return names_of(row.cells)


def names_of(row_cells: tuple[Cell, ...]) -> list[Cell] | None:
    """The cells when every one is a person's name, or a run of names to cut later."""
    if not row_cells or len(row_cells) > 4:
        return None
    cells: list[Cell] = []
    for cell in row_cells:
        name = person_name(cell.text)
        if name is None:
            if all_name_words(cell.text):
                cells.append(cell)  # merged names, split once the titles are known
                continue
            parted = party_split(cell)
            if parted is None:
                return None
            cells.extend(parted)
            continue
        lead = max(cell.text.find(name), 0)
        start = cell.start + lead
        cells.append(Cell(name, start, start + len(name), cell.column + lead, cell.index))
    return cells
