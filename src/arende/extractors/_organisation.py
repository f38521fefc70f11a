"""Committees, units and the writing authority: recognisers for the header extractor.

A committee (nämnd, styrelse, fullmäktige, utskott) is recognised by its head
word and widened to the left over the words that belong to its name:

>>> [m.text for m in committees("Samhällsutveckling   Regionala utvecklingsnämnden")]
['Regionala utvecklingsnämnden']
>>> [m.text for m in committees("Hälso- och sjukvårdsförvaltningen Miljö- och hälsoskyddsnämnden")]
['Miljö- och hälsoskyddsnämnden']
>>> [m.text for m in committees("Regionstyrelsens arbetsutskott")]
['Regionstyrelsens arbetsutskott']
>>> [m.text for m in committees("ger kommunstyrelsen i uppdrag")]
[]
>>> [m.text for m in committees("Socialstyrelsen  BESLUT")], committees("Styrelsen")[0].text
([], 'Styrelsen')
>>> is_unit("Kommunledningsförvaltningen"), is_unit("Individ- och familjeomsorgen")
(True, True)
>>> is_unit("Inrättande av centrum för regional utveckling")
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from arende import gazetteer

__all__ = ["Span", "committees", "full_committee", "is_unit", "nominative"]

# The head word of a committee name: "Kommunstyrelsen", "utvecklingsnämnden",
# "Kommunfullmäktige", "arbetsutskott", "Direktionen".
_COMMITTEE_HEAD = re.compile(
    r"""
    (?<![\w-])
    [\w-]*?                                   # the rest of the compound: "Kommun", "utvecklings"
    (?:nämnd(?:en)?                           # Socialnämnden, Tekniska nämnden
      |[Ss]tyrelse(?:n)?                      # Kommunstyrelsen, Regionstyrelsen, Styrelsen
      |fullmäktige                            # Kommunfullmäktige, Regionfullmäktige
      |utskott(?:et)?                         # arbetsutskott, Allmänna utskottet
      |[Dd]irektion(?:en)?                    # Direktionen (kommunalförbund)
      |beredning(?:en)?                       # Demokratiberedningen
      |presidi(?:um|et))                      # Kommunstyrelsens presidium
    (?![\w-])
    """,
    re.VERBOSE,
)
# Every head word holds one of these (a quick test before the search).
_HEAD_STEMS = ("nämnd", "tyrelse", "fullmäktige", "utskott", "irektion", "beredning", "presidi")
# A word before the head that belongs to the name, read right to left.
_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+)[ \u00a0]+$")
_CAPITALISED = re.compile(r"[A-ZÅÄÖÉ]")
# Words that open a committee line but are not part of the name.
_NOT_NAME = frozenset({"Till", "Till:", "Från", "Enligt", "Av", "I", "Se", "Beslut", "Datum"})
# A genitive committee that owns the next word: "Regionstyrelsens arbetsutskott".
_OWNER = re.compile(r"[\w-]*(?:nämnd|styrelse|fullmäktige)(?:en)?s$")

# Units: förvaltningar, kontor, avdelningar, enheter …
_UNIT = re.compile(
    r"""
    ^[A-ZÅÄÖ][\w -]*?
    (?:förvaltning(?:en)?|kontor(?:et)?|avdelning(?:en)?|enhet(?:en)?|sektion(?:en)?
      |stab(?:en)?|kansli(?:et)?|omsorg(?:en)?|verksamhet(?:en)?|område(?:t)?|byrå(?:n)?
      |utveckling|[Ss]ervice|ledning(?:en)?)
    $
    """,
    re.VERBOSE,
)


# Words of a title that never occur in a unit's name.
_FUNCTION_WORD = frozenset({"av", "för", "om", "i", "till", "med", "på", "vid", "från", "inom"})


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


def committees(text: str) -> list[Span]:
    """Every committee name in ``text`` (a line or a cell), left to right."""
    result: list[Span] = []
    if not any(stem in text for stem in _HEAD_STEMS):
        return result
    for match in _COMMITTEE_HEAD.finditer(text):
        start, end = match.start(), match.end()
        word = match.group()
        if not _CAPITALISED.match(word):
            before = _WORD_BEFORE.search(text, 0, start)
            if before is None:
                continue
            left = before.group("word")
            if left in {"och", "&"}:
                first = _WORD_BEFORE.search(text, 0, before.start())
                if first is None or not first.group("word").endswith("-"):
                    continue
                if not _CAPITALISED.match(first.group("word")):
                    continue
                start = first.start("word")
            elif _CAPITALISED.match(left) and left not in _NOT_NAME:
                start = before.start("word")
            else:
                continue
        elif word.endswith("-"):
            continue
        name = text[start:end]
        if result and result[-1].end >= start:
            continue
        result.append(Span(name, start, end))
    authorities = _authorities()
    return [s for s in result if not _OWNER.fullmatch(s.text) and s.text.lower() not in authorities]


@cache
def _authorities() -> frozenset[str]:
    """State authorities named like a committee (Socialstyrelsen, Transportstyrelsen,
    Centrala studiestödsnämnden): they write documents, they are not a nämnd."""
    return frozenset(name.lower() for name in gazetteer.authorities())


def full_committee(text: str) -> Span | None:
    """The committee when ``text`` is nothing but its name (a header cell)."""
    found = committees(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.rstrip(" .:")):
        return found[0]
    return None


def nominative(genitive: str) -> str:
    """The committee named in a genitive heading: ``Kommunstyrelsens`` → ``Kommunstyrelsen``.

    >>> [nominative(g) for g in ["Kommunstyrelsens", "Socialnämndens", "Kommunfullmäktiges"]]
    ['Kommunstyrelsen', 'Socialnämnden', 'Kommunfullmäktige']
    """
    return genitive[:-1] if genitive.endswith("s") else genitive


def is_unit(text: str) -> bool:
    """Whether ``text`` reads as the name of a förvaltning, kontor, avdelning or enhet."""
    words = text.split()
    if len(words) > 5 or _FUNCTION_WORD.intersection(words):
        return False
    return bool(_UNIT.match(text)) and not committees(text)
