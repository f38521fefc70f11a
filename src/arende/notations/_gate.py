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

__all__ = ["finditer", "finditer_at", "search"]


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
    match = pattern.match
    end = 0  # matches do not overlap: the next one starts at or after the last one's end
    for candidate in gate.finditer(text):
        at = candidate.start()
        if at < end:
            continue
        found = match(text, at)
        if found is not None:
            end = found.end()
            yield found


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
