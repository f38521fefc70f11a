"""The glyphs of a PDF page as columns, the form the readers hand to the layout.

A glyph is a :data:`Char` tuple ``(text, x0, x1, bottom, size, box)`` in PDF
points with the origin at the page's top left (see :mod:`._pdflayout`).
:class:`Glyphs` holds the same fields as one list each, so that page-wide work
runs through C-level ``map``/``zip``; where numpy is installed the pdfium reader
adds :class:`Arrays` of the numbers, and the page-wide tests run in numpy on the
same values with the same comparisons.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, TypeVar

from arende.document import BBox

__all__ = ["Arrays", "Char", "Glyphs", "pick"]

#: ``(text, x0, x1, bottom, size, box)``; top-left origin, PDF points.
Char = tuple[str, float, float, float, float, "BBox | None"]

T = TypeVar("T")


class Glyphs:
    """The glyphs of one direction of writing as columns, one list per field of :data:`Char`.

    Columns let the layout work a page at a time through C-level ``map``/``zip``
    instead of a Python step per glyph.  ``boxes`` is None when every glyph is
    upright (each box is then ``(x0, bottom - size, x1, bottom)``).
    """

    __slots__ = ("arrays", "bottoms", "bounded", "boxes", "sizes", "texts", "x0s", "x1s")

    def __init__(
        self,
        texts: list[str],
        x0s: list[float],
        x1s: list[float],
        bottoms: list[float],
        sizes: list[float],
        boxes: list[BBox | None] | None = None,
        *,
        bounded: bool = False,
    ) -> None:
        self.texts = texts
        self.x0s = x0s
        self.x1s = x1s
        self.bottoms = bottoms
        self.sizes = sizes
        self.boxes = boxes
        # Every value within the range of a 32-bit float (pdfium's): sums of a few
        # cannot overflow.
        self.bounded = bounded
        #: The numeric columns again as numpy float64 arrays, where the reader has
        #: them: the page-wide tests then run in numpy, with the same values.
        self.arrays: Arrays | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def from_chars(cls, chars: Sequence[Char]) -> Glyphs:
        """Glyphs from :data:`Char` tuples."""
        if not chars:
            return cls([], [], [], [], [])
        texts, x0s, x1s, bottoms, sizes, boxes = map(list, zip(*chars, strict=True))
        return cls(texts, x0s, x1s, bottoms, sizes, boxes if any(boxes) else None)

    def chars(self, start: int = 0, end: int | None = None) -> list[Char]:
        """The glyphs ``start:end`` as :data:`Char` tuples."""
        cut = slice(start, end)
        boxes = itertools.repeat(None) if self.boxes is None else self.boxes[cut]
        return list(
            zip(
                self.texts[cut],
                self.x0s[cut],
                self.x1s[cut],
                self.bottoms[cut],
                self.sizes[cut],
                boxes,
                strict=False,
            )
        )

    def picked(self, order: Sequence[int]) -> Glyphs:
        """The glyphs at ``order``, in that order."""
        boxes = None if self.boxes is None else pick(self.boxes, order)
        picked = Glyphs(
            pick(self.texts, order),
            pick(self.x0s, order),
            pick(self.x1s, order),
            pick(self.bottoms, order),
            pick(self.sizes, order),
            boxes,
        )
        if self.arrays is not None:
            picked.arrays = self.arrays.picked(order)
        return picked

    def kept(self, keep: bytes | bytearray) -> Glyphs:
        """The glyphs whose byte in ``keep`` is not zero."""
        boxes = None if self.boxes is None else list(itertools.compress(self.boxes, keep))
        kept = Glyphs(
            list(itertools.compress(self.texts, keep)),
            list(itertools.compress(self.x0s, keep)),
            list(itertools.compress(self.x1s, keep)),
            list(itertools.compress(self.bottoms, keep)),
            list(itertools.compress(self.sizes, keep)),
            boxes,
        )
        if self.arrays is not None:
            kept.arrays = self.arrays.kept(keep)
        return kept


class Arrays:
    """Numeric glyph columns as numpy float64 arrays (``np`` is the numpy module)."""

    __slots__ = ("bottoms", "np", "sizes", "x0s", "x1s")

    def __init__(self, np: Any, x0s: Any, x1s: Any, bottoms: Any, sizes: Any) -> None:
        self.np = np
        self.x0s = x0s
        self.x1s = x1s
        self.bottoms = bottoms
        self.sizes = sizes

    def picked(self, order: Sequence[int]) -> Arrays:
        """The values at ``order``."""
        at = self.np.asarray(order, dtype=self.np.intp)
        return Arrays(self.np, self.x0s[at], self.x1s[at], self.bottoms[at], self.sizes[at])

    def kept(self, keep: bytes | bytearray) -> Arrays:
        """The values whose byte in ``keep`` is not zero."""
        mask = self.np.frombuffer(bytes(keep), dtype=self.np.uint8).astype(bool)
        return Arrays(self.np, self.x0s[mask], self.x1s[mask], self.bottoms[mask], self.sizes[mask])

    def finite(self) -> bool:
        """Whether every value is a finite number."""
        isfinite = self.np.isfinite
        return bool(
            isfinite(self.x0s).all()
            and isfinite(self.x1s).all()
            and isfinite(self.bottoms).all()
            and isfinite(self.sizes).all()
        )

    def changes(self, column: Any) -> list[int]:
        """Where the value of ``column`` changes: the index of each first differing value."""
        changed: list[int] = (self.np.flatnonzero(column[1:] != column[:-1]) + 1).tolist()
        return changed

    def in_reading_order(self, changes: list[int]) -> bool:
        """Whether the glyphs run down the page and, within a font run, left to right
        (``changes``: where a run starts)."""
        bottoms, x0s = self.bottoms, self.x0s
        if not bool((bottoms[1:] >= bottoms[:-1]).all()):
            return False
        back: list[int] = (self.np.flatnonzero(x0s[1:] < x0s[:-1]) + 1).tolist()
        return not back or set(back) <= set(changes)

    def wide(self, em_share: float) -> list[int]:
        """Glyphs further from the one before than ``em_share`` of their own size."""
        gaps = self.x0s[1:] - self.x1s[:-1]
        found: list[int] = (self.np.flatnonzero(gaps > em_share * self.sizes[1:]) + 1).tolist()
        return found


def pick(column: list[T], order: Sequence[int]) -> list[T]:
    """The items of ``column`` at ``order``, in that order."""
    return list(map(column.__getitem__, order))
