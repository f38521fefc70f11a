"""The zip package of a DOCX, opened defensively.

Member sizes and the compression ratio are checked before anything is
inflated (a zip bomb is refused while it is still small), and every XML part
is parsed with DTDs, entities and network access off; a part that declares a
DOCTYPE is refused, so no external entity (XXE) is ever resolved.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable

from lxml import etree  # type: ignore[import-untyped]

from arende.errors import CorruptDocument, LimitExceeded

__all__ = ["_Package", "_paragraph_styles"]

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
