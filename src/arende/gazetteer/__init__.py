"""Names of Swedish public authorities, shipped as plain text data.

Each ``*.txt`` file holds one name a line (``#`` starts a comment).  The
functions here read them and expand them into the forms printed in
letterheads: every kommun as ``<genitive> kommun`` and ``<genitive> stad``,
every län as ``Länsstyrelsen i <genitive> län``.

>>> "Lunds kommun" in kommun_names()
True
>>> "Åre kommun" in kommun_names() and "Falu kommun" in kommun_names()
True
>>> len(regions())
21
>>> "Länsstyrelsen i Västerbottens län" in lansstyrelser()
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = [
    "authorities",
    "genitive",
    "kommun_names",
    "kommuner",
    "lansstyrelser",
    "regions",
    "universities",
]

_VOWELS_AND_S = frozenset("aeiouyåäöésxz")


def _read(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.rstrip("\n")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def genitive(name: str) -> str:
    """The genitive of a place name as used before ``kommun``.

    >>> [genitive(n) for n in ["Lund", "Åre", "Borås", "Härnösand", "Umeå"]]
    ['Lunds', 'Åre', 'Borås', 'Härnösands', 'Umeå']
    """
    return name if name[-1:].lower() in _VOWELS_AND_S else name + "s"


@cache
def kommuner() -> tuple[tuple[str, str], ...]:
    """``(name, genitive)`` for each of the 290 kommuner."""
    result: list[tuple[str, str]] = []
    for line in _read("kommuner.txt"):
        name, _, gen = line.partition("\t")
        result.append((name.strip(), gen.strip() or genitive(name.strip())))
    return tuple(result)


@cache
def kommun_names() -> tuple[str, ...]:
    """``"<genitive> kommun"`` and ``"<genitive> stad"`` for every kommun."""
    return tuple(f"{gen} {word}" for _, gen in kommuner() for word in ("kommun", "stad"))


@cache
def regions() -> tuple[str, ...]:
    """The official names of the 21 regions."""
    return _read("regions.txt")


@cache
def lansstyrelser() -> tuple[str, ...]:
    """``Länsstyrelsen i <län>`` for the 21 län."""
    return tuple(f"Länsstyrelsen i {county} län" for county in _read("counties.txt"))


@cache
def universities() -> tuple[str, ...]:
    """Universities and university colleges."""
    return _read("universities.txt")


@cache
def authorities() -> tuple[str, ...]:
    """State authorities."""
    return _read("authorities.txt")
