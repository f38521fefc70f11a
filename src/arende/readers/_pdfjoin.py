"""Lines joined where the reader knows a word or an address was broken.

Works on the cells of built lines (a character and its box each, ``None`` for
characters the reader inserted), moving the continuation up so that every
glyph keeps its box.

>>> upper, lower = [(c, None) for c in "projekt-"], [(c, None) for c in "ledare i"]
>>> dehyphenate(upper, lower), "".join(c for c, _ in upper), "".join(c for c, _ in lower)
(True, 'projektledare', 'i')
"""

from __future__ import annotations

import re

from arende.document import BBox

__all__ = ["PAD", "Cells", "dehyphenate", "join_address"]

Cells = list[tuple[str, BBox | None]]
PAD: tuple[str, BBox | None] = (" ", None)

# A word before a line-end hyphen that is a code or number part ("2024-", "KS-", "B12-").
_CODE_PART = re.compile(
    r"""
    (?: \d              # a number part: "2024-", "031-"
      | [A-ZÅÄÖ]{2,}    # an upper-case code: "KS-", "EU-"
      | ^[A-ZÅÄÖ]       # a single capital: "E-" (post)
    )$
    """,
    re.VERBOSE,
)
# Words after a line-end hyphen that make it a shared-suffix dash ("Hälso- och sjukvård").
_CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "resp.", "som", "till", "and"})
# An e-mail address cut short by a narrow column: no top-level domain of two letters yet.
_CUT_ADDRESS = re.compile(
    r"""
    ^[\w.+-]+@          # the local part and the at sign
    (?:[\w-]+\.)*       # whole domain labels
    [\w-]*\.?[\w-]?$    # a label cut short, or a top-level domain of one letter
    """,
    re.VERBOSE,
)
# The rest of such an address on the next line: lower-case letters, digits, dots.
_ADDRESS_REST = re.compile(r"^[a-zåäö0-9.-]+$")


def _word_end(cells: Cells) -> int:
    """Index where the last word of ``cells`` starts."""
    i = len(cells)
    while i > 0 and cells[i - 1][0] != " ":
        i -= 1
    return i


def _first_word(lower: Cells) -> tuple[int, int]:
    """Where the first word of ``lower`` starts and ends."""
    start = 0
    while start < len(lower) and lower[start][0] == " ":
        start += 1
    end = start
    while end < len(lower) and lower[end][0] != " ":
        end += 1
    return start, end


def _move_up(upper: Cells, lower: Cells, start: int, end: int) -> None:
    """Append ``lower[start:end]`` to ``upper``; drop it and the spaces after from ``lower``."""
    upper.extend(lower[start:end])
    rest = end
    while rest < len(lower) and lower[rest][0] == " ":
        rest += 1
    if rest - end >= 2 and rest < len(lower):
        lower[start:rest] = [PAD] * (rest - start)  # a column follows: keep its position
    else:
        lower[start:] = lower[rest:]


def join_address(upper: Cells, lower: Cells) -> bool:
    """Join an e-mail address a narrow column wrapped without a hyphen.

    Only where the address has no top-level domain yet ("anna@kommun.s" / "e")
    and the rest starts in the same column, so ordinary lines are left alone.
    """
    if not upper or upper[-1][0] == " ":
        return False
    begin = _word_end(upper)
    word = "".join(ch for ch, _ in upper[begin:])
    if "@" not in word or not _CUT_ADDRESS.match(word):
        return False
    tail = word.rsplit("@", 1)[1].rstrip(".,;:")
    if "." in tail and len(tail.rsplit(".", 1)[1]) >= 2:
        return False
    start, end = _first_word(lower)
    rest = "".join(ch for ch, _ in lower[start:end])
    if not rest or not _ADDRESS_REST.match(rest) or abs(start - begin) > 2:
        return False
    _move_up(upper, lower, start, end)
    return True


def _mid_sentence(cells: Cells, begin: int) -> bool:
    """Whether the word at ``cells[begin]`` follows other words of its sentence."""
    i = begin
    while i > 0 and cells[i - 1][0] == " ":
        i -= 1
    return i > 0 and cells[i - 1][0] not in ".:!?•"


def dehyphenate(upper: Cells, lower: Cells) -> bool:
    """Join a word broken at the end of ``upper`` with the start of ``lower``.

    Moves the continuation word up (so both lines keep their glyph boxes) and
    says whether it did.  A real word break loses its hyphen; a broken date,
    number, year range, code or e-mail address keeps it; a hyphen before a
    conjunction ("Hälso- och") keeps it and gets a space.
    """
    if len(upper) < 2 or upper[-1][0] not in "-\u00ad\u2013" or not upper[-2][0].isalnum():
        return False
    start, end = _first_word(lower)
    if end == start:
        return False
    word = "".join(ch for ch, _ in lower[start:end])
    begin = _word_end(upper)
    before = "".join(ch for ch, _ in upper[begin:-1])
    dash = upper[-1][0]
    if dash == "\u2013":  # an en dash joins only a broken range of numbers: "2024–" "2027"
        if not (before[-1].isdigit() and word[0].isdigit()):
            return False
        keep, space = True, False
    elif dash == "\u00ad":
        keep, space = False, False
    elif word[0].isdigit() or "@" in word or "@" in before or _CODE_PART.search(before):
        keep, space = True, False
    elif word.rstrip(",.;:").lower() in _CONJUNCTIONS:
        keep, space = True, True
    elif before[0].isupper() and _mid_sentence(upper, begin):
        keep, space = True, False  # a name before a compound: "Aurora-" "projektet"
    elif before[-1].islower() and word[0].islower():
        keep, space = False, False
    elif word[0].isalpha():
        keep, space = True, False
    else:
        return False
    if not keep:
        upper.pop()
    if space:
        upper.append((" ", None))
    _move_up(upper, lower, start, end)
    return True
