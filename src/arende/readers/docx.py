"""DOCX: the text of a Word document as it prints, read straight from its XML.

The package is checked before anything is inflated (member sizes, compression
ratio), and every XML part is parsed with DTDs, entities and network access
off; a part that declares a DOCTYPE is refused, so no external entity (XXE) is
ever resolved.

Layout conventions (shared with the other readers):

* one line per paragraph; a blank line between paragraphs when Word puts space
  between them (``w:spacing`` after/before, from the paragraph, its style chain
  or the document defaults, ``w:contextualSpacing`` respected) and for empty
  paragraphs, so a name and a title with no spacing stay adjacent;
* a table row is a line with its cells separated by a tab, each cell padded to
  its column's width so cells line up across rows; a cell with several
  paragraphs gives several lines (like the printed row);
* Word automatic numbering is rendered (``1.``, ``a)``, ``•``), since the
  numbers are not in the text runs;
* text boxes follow the paragraph that anchors them;
* the section header (first page's, when it has its own) opens page 1 and the
  footer closes it: a DOCX has no pages, so its header and footer count once.
  Explicit page breaks start new pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from arende.document import Page, ReadOptions
from arende.errors import CorruptDocument

__all__ = ["read_docx"]
from arende.readers._docx_package import _MC, _R, _W, _Package, _paragraph_styles
from arende.readers._docx_styles import _int, _Numbering, _Styles

# Run content that is not printed text: properties, deleted or moved-away
# text, field codes (their cached result is printed and read).
_SKIPPED = frozenset(
    f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{name}"
    for name in ("pPr", "rPr", "delText", "instrText", "del", "moveFrom", "delInstrText")
)


def read_docx(data: bytes, *, path: str | None, options: ReadOptions) -> list[Page]:
    """The pages of a DOCX (one, unless it has explicit page breaks)."""
    package = _Package(data, path=path, limit=options.limits.max_uncompressed_bytes)
    main = package.main_part()
    root = package.xml(main)
    body = root.find(f"{_W}body")
    if body is None:
        raise CorruptDocument("word/document.xml has no body", path=path)
    rels = package.relationships(main)
    styles = _Styles(package.related_xml(main, "/styles", "word/styles.xml", _paragraph_styles))
    numbering = _Numbering(package.related_xml(main, "/numbering", "word/numbering.xml"), styles)
    writer = _Writer(styles, numbering)
    header, footer = _header_footer(package, body, rels, styles)
    if header:
        writer.lines.extend(header)
        writer.gap = True
    writer.block(body)
    pages = _split_pages(writer.lines)
    if footer:
        first = pages[0]
        first.append("")
        first.extend(footer)
    texts = ["\n".join(_squeeze(lines)).strip("\n") for lines in pages]
    return [Page(number=i + 1, text=t) for i, t in enumerate(texts)]


def _header_footer(
    package: _Package, body: etree._Element, rels: dict[str, str], styles: _Styles
) -> tuple[list[str], list[str]]:
    """The text lines of the headers and footers printed on the first page of each section."""
    sections = [*body.iter(f"{_W}sectPr")]
    found: dict[str, list[str]] = {"header": [], "footer": []}
    seen: set[str] = set()
    for sect in sections:
        title = sect.find(f"{_W}titlePg")
        title_page = title is not None and title.get(f"{_W}val", "1") not in ("0", "false")
        for kind in ("header", "footer"):
            refs = {
                str(ref.get(f"{_W}type", "default")): str(ref.get(f"{_R}id", ""))
                for ref in sect.findall(f"{_W}{kind}Reference")
            }
            rid = refs.get("first") if title_page and "first" in refs else refs.get("default")
            target = rels.get(rid or "")
            if not target or target not in package.names or target in seen:
                continue
            seen.add(target)
            writer = _Writer(styles, _Numbering(None))
            writer.block(package.xml(target))
            lines = [line for line in _squeeze(writer.lines) if line != _PAGE_BREAK]
            if any(line.strip() for line in lines):
                found[kind].extend(lines)
    return _trim(found["header"]), _trim(found["footer"])


# ---------------------------------------------------------------------------
# text


_PAGE_BREAK = "\f"
_BLANK = ""
#: Paragraphs up to this long (and not ending a sentence) form blocks without blank lines.
_SHORT = 60
# A paragraph that starts like a list item: a bullet or dash, or "1." "1)" "a)".
_ITEM = re.compile(
    r"""
    \s*(?:[-–•◦▪*]              # a bullet or dash
    |\d{1,2}[.)]                # "1." or "1)"
    |[a-zåäö][.)]               # "a)" or "a."
    )\s
    """,
    re.VERBOSE,
)


@dataclass
class _Para:
    style: str = ""
    before: int = 0
    after: int = 0
    contextual: bool = False
    listed: bool = False  # a list item: numbered, bulleted or starting with a dash
    short: bool = False  # a short line that is not a sentence (a name, a title, an address)


@dataclass
class _Writer:
    styles: _Styles
    numbering: _Numbering
    lines: list[str] = field(default_factory=list)
    gap: bool = False  # a blank line is due before the next block
    previous: _Para | None = None

    def block(self, parent: etree._Element) -> None:
        """Write the paragraphs and tables under ``parent`` in document order."""
        for child in parent:
            tag = child.tag
            if tag == f"{_W}p":
                self.paragraph(child)
            elif tag == f"{_W}tbl":
                self.table(child)
            elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins"):
                self.block(child if tag != f"{_W}sdt" else _content(child))
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self.block(choice)

    def paragraph(self, p: etree._Element) -> None:
        para = self.properties(p)
        label = self.label(p)
        parts: list[str] = []
        boxes: list[etree._Element] = []
        if _page_break_before(p, self.styles) and self.lines:
            self.lines.append(_PAGE_BREAK)
        _runs(p, parts, boxes)
        text = "".join(parts)
        if label:
            text = f"{label} {text.lstrip()}"
        para.listed = bool(label) or bool(_ITEM.match(text))
        line = text.strip()
        para.short = 0 < len(line) <= _SHORT and "\n" not in line and not line.endswith(".")
        previous = self.previous
        if previous is not None:
            spaced = max(previous.after, para.before) > 0
            if previous.contextual and para.contextual and previous.style == para.style:
                spaced = False
            if previous.listed and para.listed:
                spaced = False
            same = previous.style == para.style and para.before == 0
            if previous.short and para.short and same:
                spaced = False  # a signature or address block: name over title
            self.gap = self.gap or spaced
        if not text.strip() and _PAGE_BREAK not in text:
            self.gap = True
            self.previous = para
        else:
            self.emit(text.split("\n"))
            self.previous = para
        for box in boxes:
            self.gap = True
            self.block(box)
            self.gap = True

    def emit(self, lines: list[str], *, table: bool = False) -> None:
        if self.gap and self.lines:
            self.lines.append(_BLANK)
        self.gap = False
        for line in lines:
            if _PAGE_BREAK in line:
                for i, piece in enumerate(line.split(_PAGE_BREAK)):
                    if i:
                        self.lines.append(_PAGE_BREAK)
                    if piece.strip():
                        self.lines.append(piece.strip())
            else:
                self.lines.append(line.rstrip() if table else line.strip())

    def table(self, tbl: etree._Element) -> None:
        grid: list[list[list[str]]] = []
        for tr in tbl.iter(f"{_W}tr"):
            if _ancestor_table(tr) is not tbl:
                continue
            row = []
            for tc in tr.findall(f"{_W}tc"):
                writer = _Writer(self.styles, self.numbering)
                writer.block(tc)
                row.append([x for x in writer.lines if x.strip() and x != _PAGE_BREAK])
            grid.append(row)
        width = max((len(row) for row in grid), default=0)
        columns = [0] * width
        for row in grid:
            for i, cell in enumerate(row):
                columns[i] = max(columns[i], *(len(line) for line in cell), 0)
        lines: list[str] = []
        for row in grid:
            depth = max((len(cell) for cell in row), default=0)
            for k in range(depth):
                cells = [cell[k] if k < len(cell) else "" for cell in row]
                while cells and not cells[-1]:
                    cells.pop()
                padded = [
                    c.ljust(columns[i]) if columns[i] <= 40 else c for i, c in enumerate(cells[:-1])
                ]
                lines.append("\t".join([*padded, *cells[-1:]]).rstrip())
        if lines:
            self.gap = True
            self.emit(lines, table=True)
        self.gap = True
        self.previous = None

    def properties(self, p: etree._Element) -> _Para:
        ppr = p.find(f"{_W}pPr")
        style = ""
        if ppr is not None:
            node = ppr.find(f"{_W}pStyle")
            style = "" if node is None else str(node.get(f"{_W}val", ""))
        chain = [x for x in [ppr] if x is not None] + list(self.styles.chain(style))
        para = _Para(style=style)
        before = after = None
        for props in chain:
            spacing = props.find(f"{_W}spacing")
            if spacing is not None:
                if before is None and spacing.get(f"{_W}before") is not None:
                    before = _int(spacing.get(f"{_W}before"), 0)
                if after is None and spacing.get(f"{_W}after") is not None:
                    after = _int(spacing.get(f"{_W}after"), 0)
            if props.find(f"{_W}contextualSpacing") is not None:
                para.contextual = True
        para.before, para.after = before or 0, after or 0
        return para

    def label(self, p: etree._Element) -> str:
        """The rendered number or bullet of a list paragraph ("" for others)."""
        ppr = p.find(f"{_W}pPr")
        num_pr = None if ppr is None else ppr.find(f"{_W}numPr")
        style = ""
        if ppr is not None and ppr.find(f"{_W}pStyle") is not None:
            style = str(ppr.find(f"{_W}pStyle").get(f"{_W}val", ""))
        num_id, ilvl = None, None
        for props in [num_pr, *(s.find(f"{_W}numPr") for s in self.styles.chain(style))]:
            if props is None:
                continue
            node = props.find(f"{_W}numId")
            if num_id is None and node is not None:
                num_id = str(node.get(f"{_W}val", ""))
            node = props.find(f"{_W}ilvl")
            if ilvl is None and node is not None:
                ilvl = _int(node.get(f"{_W}val"), 0)
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, ilvl or 0)


def _content(sdt: etree._Element) -> etree._Element:
    content = sdt.find(f"{_W}sdtContent")
    return sdt if content is None else content


def _ancestor_table(node: etree._Element) -> etree._Element | None:
    parent = node.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent


def _page_break_before(p: etree._Element, styles: _Styles) -> bool:
    node = p.find(f"{_W}pPr/{_W}pageBreakBefore")
    return node is not None and node.get(f"{_W}val", "1") not in ("0", "false")


def _runs(node: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    """Append the text of ``node``'s runs to ``parts``; text boxes go to ``boxes``."""
    for child in node:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append(_PAGE_BREAK if child.get(f"{_W}type") == "page" else "\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}txbxContent":
            boxes.append(child)
        elif tag in _SKIPPED:
            continue
        elif tag == f"{_MC}AlternateContent":
            choice = child.find(f"{_MC}Choice")
            if choice is not None:
                _runs(choice, parts, boxes)
        elif tag == f"{_MC}Fallback":
            continue
        else:
            _runs(child, parts, boxes)


def _split_pages(lines: list[str]) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        if line == _PAGE_BREAK:
            if any(x.strip() for x in pages[-1]):
                pages.append([])
        else:
            pages[-1].append(line)
    if len(pages) > 1 and not any(x.strip() for x in pages[-1]):
        pages.pop()
    return pages


def _squeeze(lines: list[str]) -> list[str]:
    """No two blank lines in a row, none at the start or end."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def _trim(lines: list[str]) -> list[str]:
    return _squeeze(lines)
