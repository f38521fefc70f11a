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

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from arende.document import Page, ReadOptions
from arende.errors import CorruptDocument, LimitExceeded

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"

#: Inflating more than this many times the compressed size is a zip bomb.
MAX_RATIO = 200
#: More members than this is not a Word document.
MAX_MEMBERS = 10_000
#: Parts this small may have any ratio (a run of spaces compresses well).
_SMALL = 1024 * 1024

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)

# A DTD or entity declaration (only allowed in the prolog; checked there, and
# any that slips past is caught by lxml's docinfo after parsing).
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Paragraph styles and document defaults in styles.xml: all the reader needs
# (table styles make up most of the part and are slow to parse).
_STYLE_BLOCK = re.compile(
    rb"""
    <w:docDefaults\b.*?</w:docDefaults>        # the defaults
    |<w:style\b[^>]*?w:type="paragraph"[^>]*?  # a paragraph style ...
    (?:/>|>.*?</w:style>)                      # ... empty or with content
    """,
    re.DOTALL | re.VERBOSE,
)
_W_DECLARATION = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Run content that is not printed text: properties, deleted or moved-away
# text, field codes (their cached result is printed and read).
_SKIPPED = frozenset(
    f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{name}"
    for name in ("pPr", "rPr", "delText", "instrText", "del", "moveFrom", "delInstrText")
)

_BULLETS = {"–": "–", "-": "–", "—": "–", "o": "◦"}


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


# ---------------------------------------------------------------------------
# the package


class _Package:
    """A zip checked against size limits before any member is inflated."""

    def __init__(self, data: bytes, *, path: str | None, limit: int | None) -> None:
        self.path = path
        self.limit = limit
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as e:
            raise CorruptDocument(f"not a valid DOCX (zip): {e}", path=path) from e
        if len(infos) > MAX_MEMBERS:
            raise LimitExceeded(f"DOCX has {len(infos)} parts", path=path)
        total = sum(i.file_size for i in infos)
        if limit is not None and total > limit:
            raise LimitExceeded(
                f"DOCX inflates to {total} bytes, over the limit of {limit}", path=path
            )
        for info in infos:
            if info.file_size > _SMALL and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise LimitExceeded(
                    f"DOCX part {info.filename} inflates {ratio} times its size (zip bomb?)",
                    path=path,
                )
        self.names = {i.filename for i in infos}
        self.budget = total if limit is None else limit

    def read(self, name: str) -> bytes:
        cap = self.budget
        try:
            with self.zip.open(name) as member:
                raw = member.read(cap + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as e:
            raise CorruptDocument(f"cannot inflate {name}: {e}", path=self.path) from e
        except RuntimeError as e:  # encrypted zip member
            raise CorruptDocument(f"cannot inflate {name}: {e}", path=self.path) from e
        if self.limit is not None and len(raw) > cap:
            raise LimitExceeded(f"DOCX part {name} inflates past the limit", path=self.path)
        self.budget -= len(raw)
        return raw

    def xml(self, name: str, reduce: Callable[[bytes], bytes] | None = None) -> etree._Element:
        raw = self.read(name)
        if _DTD.search(raw, 0, 8192):
            raise CorruptDocument(f"{name} declares a DTD or entities (refused)", path=self.path)
        if reduce is not None:
            raw = reduce(raw)
        try:
            root = etree.fromstring(raw, parser=_PARSER)
        except (etree.XMLSyntaxError, ValueError) as e:
            raise CorruptDocument(f"{name} is not well-formed XML: {e}", path=self.path) from e
        if root.getroottree().docinfo.doctype:
            raise CorruptDocument(f"{name} declares a DTD (refused)", path=self.path)
        return root

    def optional_xml(self, name: str) -> etree._Element | None:
        return self.xml(name) if name in self.names else None

    def related_xml(
        self,
        part: str,
        kind: str,
        default: str,
        reduce: Callable[[bytes], bytes] | None = None,
    ) -> etree._Element | None:
        """The part related to ``part`` by a relationship of type ``…kind`` (or ``default``)."""
        target = self.relationships(part, kind=kind)
        name = next(iter(target.values()), default)
        return self.xml(name, reduce) if name in self.names else None

    def main_part(self) -> str:
        name = "word/document.xml"
        if "_rels/.rels" in self.names:
            for rel in self.xml("_rels/.rels").iter(f"{_PKG_REL}Relationship"):
                if str(rel.get("Type", "")).endswith(_OFFICE_DOCUMENT):
                    target = str(rel.get("Target", "")).lstrip("/")
                    if target in self.names:
                        name = target
                    break
        if name not in self.names:
            raise CorruptDocument("not a Word document: no word/document.xml", path=self.path)
        return name

    def relationships(self, part: str, *, kind: str = "") -> dict[str, str]:
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if name not in self.names:
            return {}
        targets = {}
        for rel in self.xml(name).iter(f"{_PKG_REL}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            if kind and not str(rel.get("Type", "")).endswith(kind):
                continue
            target = posixpath.normpath(posixpath.join(folder, str(rel.get("Target", ""))))
            targets[str(rel.get("Id", ""))] = target.lstrip("/")
        return targets


def _paragraph_styles(raw: bytes) -> bytes:
    """styles.xml reduced to its paragraph styles and defaults (when it uses the ``w`` prefix)."""
    head = raw[:4096]
    if _W_DECLARATION not in head or len(raw) < 32 * 1024:
        return raw
    blocks = b"".join(m.group() for m in _STYLE_BLOCK.finditer(raw))
    return b"<w:styles " + _W_DECLARATION + b">" + blocks + b"</w:styles>"


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
# styles and numbering


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
