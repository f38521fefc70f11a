"""Build small DOCX packages in tests, XML part by XML part.

Tests write the WordprocessingML they mean to exercise; this module wraps it
in the package parts Word expects (content types, relationships).
"""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def p(text: str = "", ppr: str = "") -> str:
    """One paragraph with one run (tabs in ``text`` become ``w:tab``)."""
    runs = "<w:tab/>".join(
        f'<w:t xml:space="preserve">{_esc(part)}</w:t>' for part in text.split("\t")
    )
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r>{runs}</w:r></w:p>"


def table(*rows: list[str | list[str]]) -> str:
    """A table; a cell given as a list holds one paragraph per item."""
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            paras = [cell] if isinstance(cell, str) else cell
            out.append("<w:tc>" + "".join(p(x) for x in paras) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document(body: str, sect: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {_NS}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>"
    )


def part(kind: str, body: str) -> str:
    """A header (``hdr``) or footer (``ftr``) part."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {_NS}>{body}</w:{kind}>'
    )


def numbering(*abstract: tuple[int, str, str, int], nums: dict[int, int] | None = None) -> str:
    """numbering.xml: ``abstract`` rows are (abstractNumId, numFmt, lvlText, start) of level 0."""
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_NS}>']
    for aid, fmt, text, start in abstract:
        out.append(
            f'<w:abstractNum w:abstractNumId="{aid}"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            "</w:lvl></w:abstractNum>"
        )
    for num_id, aid in (nums or {a[0] + 1: a[0] for a in abstract}).items():
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>')
    out.append("</w:numbering>")
    return "".join(out)


def build_docx(
    body: str = "",
    *,
    sect: str = "",
    parts: dict[str, str | bytes] | None = None,
    document_xml: str | bytes | None = None,
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """The bytes of a DOCX whose body is ``body`` (or whose document.xml is given)."""
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
    }
    rels = []
    if header is not None:
        files["word/header1.xml"] = part("hdr", header)
        rels.append(f'<Relationship Id="rIdH" Type="{_REL}/header" Target="header1.xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer is not None:
        files["word/footer1.xml"] = part("ftr", footer)
        rels.append(f'<Relationship Id="rIdF" Type="{_REL}/footer" Target="footer1.xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if rels:
        files["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>"
        )
    files["word/document.xml"] = document_xml if document_xml is not None else document(body, sect)
    files.update(parts or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
