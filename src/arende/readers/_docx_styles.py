"""Paragraph styles and Word's automatic numbering, rendered as printed ("1.", "a)", "•")."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree  # type: ignore[import-untyped]

from arende.readers._docx_package import _W

__all__ = ["_Numbering", "_Styles", "_int"]

_BULLETS = {"–": "–", "-": "–", "—": "–", "o": "◦"}


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, etree._Element] = {}
        self.default_ppr: etree._Element | None = None
        self.default_style = ""
        if root is None:
            return
        for style in root.iter(f"{_W}style"):
            sid = str(style.get(f"{_W}styleId", ""))
            self.styles[sid] = style
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
                self.default_style = sid
        self.default_ppr = root.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr")

    def num_id(self, style_id: str) -> str | None:
        """The list a (numbering) style numbers with."""
        for ppr in self.chain(style_id):
            node = ppr.find(f"{_W}numPr/{_W}numId")
            if node is not None:
                return str(node.get(f"{_W}val", ""))
        return None

    def chain(self, style_id: str) -> Iterator[etree._Element]:
        """The pPr elements of a style and the styles it is based on, nearest first."""
        seen: set[str] = set()
        sid = style_id or self.default_style
        while sid and sid not in seen and len(seen) < 20:
            seen.add(sid)
            style = self.styles.get(sid)
            if style is None:
                break
            ppr = style.find(f"{_W}pPr")
            if ppr is not None:
                yield ppr
            based = style.find(f"{_W}basedOn")
            sid = "" if based is None else str(based.get(f"{_W}val", ""))
        if self.default_ppr is not None:
            yield self.default_ppr


class _Numbering:
    def __init__(self, root: etree._Element | None, styles: _Styles | None = None) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
        for node in root.iter(f"{_W}abstractNum"):
            aid = str(node.get(f"{_W}abstractNumId", ""))
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iter(f"{_W}lvl"):
                levels[_int(lvl.get(f"{_W}ilvl"), 0)] = _level(lvl)
            abstract[aid] = levels
            link = node.find(f"{_W}numStyleLink")
            if link is not None:
                links[aid] = str(link.get(f"{_W}val", ""))
        nums = {str(num.get(f"{_W}numId", "")): num for num in root.iter(f"{_W}num")}
        for num_id, num in nums.items():
            levels = dict(abstract.get(_abstract_of(num), {}))
            if not levels and styles is not None and _abstract_of(num) in links:
                # a list style: the levels live in the list the style numbers with
                style_num = styles.num_id(links[_abstract_of(num)])
                linked = nums.get(style_num or "")
                if linked is not None:
                    levels = dict(abstract.get(_abstract_of(linked), {}))
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = override.find(f"{_W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _int(start.get(f"{_W}val"), 1))
            for ilvl, spec in levels.items():
                self.levels[(num_id, ilvl)] = spec

    def label(self, num_id: str, ilvl: int) -> str:
        """The rendered label of the next item of list ``num_id`` at level ``ilvl``."""
        spec = self.levels.get((num_id, ilvl))
        if spec is None or not 0 <= ilvl < 9:
            return ""
        fmt, text, start = spec
        counters = self.counters.setdefault(num_id, [0] * 9)
        starts = [self.levels.get((num_id, i), ("", "", 1))[2] for i in range(9)]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return _BULLETS.get(text.strip(), "•")
        if fmt == "none":
            return text if "%" not in text else ""
        label = text
        for i in range(9):
            token = f"%{i + 1}"
            if token in label:
                value = counters[i] or starts[i]
                level_fmt = self.levels.get((num_id, i), (fmt, "", 1))[0]
                label = label.replace(token, _format_number(value, level_fmt))
        return label


def _abstract_of(num: etree._Element) -> str:
    ref = num.find(f"{_W}abstractNumId")
    return "" if ref is None else str(ref.get(f"{_W}val", ""))


def _level(lvl: etree._Element) -> tuple[str, str, int]:
    fmt = lvl.find(f"{_W}numFmt")
    text = lvl.find(f"{_W}lvlText")
    start = lvl.find(f"{_W}start")
    return (
        "decimal" if fmt is None else str(fmt.get(f"{_W}val", "decimal")),
        "" if text is None else str(text.get(f"{_W}val", "")),
        1 if start is None else _int(start.get(f"{_W}val"), 1),
    )


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else "a"
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default
