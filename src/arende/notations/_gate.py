"""Scanning a text with a pattern only where the pattern can start.

Python's ``re`` skips quickly through a text only to where a pattern's literal prefix or
plain first character class can match; a pattern that opens with a lookbehind, with
alternatives of different classes, or without regard to case is tried at every position,
at some 50-80 ns a character.  A *gate* is a quick pattern that opens with one plain
character class and matches (one character long) at every position where the slow pattern
can start, usually at far fewer.  :func:`search` and :func:`finditer` try the slow pattern
only there, and so find exactly the matches that ``pattern.search`` and
``pattern.finditer`` find (the slow pattern must not match the empty string).

>>> slow = re.compile(r"(?<![\\w/])(?:KS|RS)[ ]\\d{4}/\\d+")
>>> gate = re.compile(r"[KR](?<![\\w/][KR])(?=S )")
>>> text = "Se KS 2024/12, xKS 2024/13 och RS 2023/4."
>>> [m.group() for m in finditer(slow, gate, text)] == slow.findall(text)
True
>>> search(slow, gate, text, 4).group()
'RS 2023/4'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = ["finditer", "finditer_at", "fold", "number_starts", "search"]

# A digit (\\d: the non-ASCII ones lie above U+0660) after no letter or digit.
_NUMBER_START = re.compile(r"[0-9\u0660-\U0010FFFF](?<=\d)(?<!\w\d)")


@lru_cache(maxsize=8)
def number_starts(text: str) -> tuple[int, ...]:
    """Where each number of ``text`` starts: a digit after no letter or digit.

    Dates, personnummer and most case numbers start there; several notations try their
    patterns at these places of the same text, so they are kept for the last few texts.

    >>> number_starts("Dnr 12, x2 och 2024-04-02")
    (4, 15, 20, 23)
    """
    return tuple([match.start() for match in _NUMBER_START.finditer(text)])


# The characters that re.IGNORECASE takes for i or s although their lower case is another
# (U+0130's lower case is two characters, which would also shift every later offset).
_ODD_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` compares letters: the same length, so
    offsets into it are offsets into ``text``; kept for the last few long texts.

    Dates, periods, personnummer, amounts, unit words and the closing-block word tests all
    fold the same document text.

    >>> fold("Beslut 2 APRIL 2024, İNGA ſtyrelse")
    'beslut 2 april 2024, inga styrelse'
    """
    return _fold_kept(text) if len(text) > 200 else _fold(text)


@lru_cache(maxsize=8)
def _fold_kept(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_ODD_CASES)
    return text.lower()


def search(
    pattern: re.Pattern[str], gate: re.Pattern[str], text: str, pos: int = 0
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, trying ``pattern`` only where ``gate`` matches."""
    match = pattern.match
    for candidate in gate.finditer(text, pos):
        found = match(text, candidate.start())
        if found is not None:
            return found
    return None


def finditer(pattern: re.Pattern[str], gate: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``gate`` matches."""
    return finditer_at(pattern, text, (candidate.start() for candidate in gate.finditer(text)))


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (ascending).

    >>> [m.group() for m in finditer_at(re.compile(r"k\\w+"), "ek kar kor", [3, 4, 7])]
    ['kar', 'kor']
    """
    match = pattern.match
    end = 0
    for at in starts:
        if at < end:
            continue
        found = match(text, at)
        if found is not None:
            end = found.end()
            yield found
