"""Hostile and broken input: one test per kind, each building its input here.

Every failure must be an :class:`~arende.errors.ArendeError` of the right kind
whose message names the file.  Memory is measured in a subprocess (its own
peak RSS, VmHWM in /proc); time is bounded only by a generous subprocess
timeout, never asserted.
"""

from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import arende
from arende.document import Limits, ReadOptions
from arende.errors import (
    ArendeError,
    CorruptDocument,
    EncryptedDocument,
    LimitExceeded,
    ReadError,
    UnsupportedFormat,
    UsageError,
)
from arende.readers import read
from docx_builder import build_docx, document, p

HAS_PDF_READER = importlib.util.find_spec("arende.readers.pdf") is not None
needs_pdf = pytest.mark.skipif(not HAS_PDF_READER, reason="the PDF reader is not in yet")
ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def make_pdf(pages: int = 1, *, password: str | None = None) -> bytes:
    """A small text PDF (reportlab), optionally encrypted with a user password."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    encrypt = StandardEncryption(password, "ägare") if password else None
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, "Tjänsteskrivelse")
        pdf.drawString(72, 740, f"Dnr KS 2024/{number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def fails(path: Path, kind: type[ArendeError], match: str, **options: object) -> ArendeError:
    """Parse ``path``; it must raise ``kind`` with a message naming the file."""
    with pytest.raises(kind, match=match) as caught:
        arende.parse(path, **options)  # type: ignore[arg-type]
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    return caught.value


def run_python(code: str, timeout: float = 300) -> str:
    """Run ``code`` in a fresh interpreter; its stdout, or fail with its stderr."""
    done = subprocess.run(
        [PYTHON, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


# --- every format ------------------------------------------------------------


@pytest.mark.parametrize("name", ["tom.pdf", "tom.docx", "tom.txt"])
def test_zero_byte_file(tmp_path: Path, name: str) -> None:
    fails(write(tmp_path, name, b""), CorruptDocument, "empty file")


def test_missing_file(tmp_path: Path) -> None:
    fails(tmp_path / "finns-inte.pdf", ReadError, "no such file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_instead_of_file() -> None:
    fails(Path("/dev/zero"), ReadError, "not a regular file")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    fails(tmp_path, ReadError, "directory")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "låst.txt", b"Dnr 1")
    path.chmod(0)
    try:
        fails(path, ReadError, "permission denied")
    finally:
        path.chmod(0o600)


def test_file_over_max_bytes_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "stor.txt", b"x" * 1000)

    def no_open(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError("opened the file")

    monkeypatch.setattr(Path, "open", no_open)
    monkeypatch.setattr(Path, "read_bytes", no_open)
    fails(path, LimitExceeded, "over the limit", limits=Limits(max_bytes=100))


# --- PDF -----------------------------------------------------------------------


def test_png_renamed_pdf(tmp_path: Path) -> None:
    fails(write(tmp_path, "bild.pdf", PNG + bytes(200)), UnsupportedFormat, "PNG image, not a PDF")


def test_text_renamed_pdf_is_not_read_as_a_pdf(tmp_path: Path) -> None:
    fails(write(tmp_path, "text.pdf", b"Hej"), CorruptDocument, "not a PDF")


@needs_pdf
def test_truncated_pdf(tmp_path: Path) -> None:
    data = make_pdf(2)
    fails(write(tmp_path, "avkortad.pdf", data[: len(data) // 2]), CorruptDocument, "PDF")


@needs_pdf
def test_broken_xref_is_repaired(tmp_path: Path) -> None:
    data = make_pdf(2)
    broken = data[: data.rindex(b"startxref")] + b"startxref\n999999\n%%EOF\n"
    path = write(tmp_path, "xref.pdf", broken.replace(b"xref", b"xxxx", 1))
    # pdfium rebuilds the cross-reference table by scanning the objects
    case = arende.parse(path)
    assert "KS 2024/2" in "".join(page.text for page in case.pages)


@needs_pdf
def test_encrypted_pdf_without_password(tmp_path: Path) -> None:
    path = write(tmp_path, "krypterad.pdf", make_pdf(password="hemligt"))
    fails(path, EncryptedDocument, "encrypted")
    fails(path, EncryptedDocument, "wrong password", password="fel")


@needs_pdf
def test_encrypted_pdf_with_password(tmp_path: Path) -> None:
    path = write(tmp_path, "krypterad.pdf", make_pdf(password="hemligt"))
    case = arende.parse(path, password="hemligt")
    assert "KS 2024/1" in case.pages[0].text


@needs_pdf
def test_pdf_over_the_page_limit(tmp_path: Path) -> None:
    fails(
        write(tmp_path, "lang.pdf", make_pdf(30)),
        LimitExceeded,
        "30 pages",
        limits=Limits(max_pages=20),
    )


@needs_pdf
@pytest.mark.slow
def test_two_thousand_page_pdf_is_bounded(tmp_path: Path) -> None:
    path = write(tmp_path, "tvatusen.pdf", make_pdf(2000))
    out = run_python(
        f"""
        import arende
        try:
            case = arende.parse({str(path)!r})
            print("pages", len(case.pages))
        except arende.LimitExceeded as error:
            print("limit", error)
        """,
        timeout=600,
    )
    assert out.startswith(("pages 2000", "limit"))


@needs_pdf
def test_2001_page_pdf_is_refused_by_default(tmp_path: Path) -> None:
    fails(write(tmp_path, "for-lang.pdf", make_pdf(2001)), LimitExceeded, "2001 pages")


# --- DOCX ----------------------------------------------------------------------


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    fails(write(tmp_path, "inte-zip.docx", b"Detta \xe4r text"), CorruptDocument, "not a zip")


def test_broken_zip_named_docx(tmp_path: Path) -> None:
    data = build_docx(p("Hej"))
    fails(write(tmp_path, "trasig.docx", data[:200]), CorruptDocument, "DOCX")


def test_docx_without_document_xml(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    fails(write(tmp_path, "utan.docx", buffer.getvalue()), CorruptDocument, "word/document.xml")


def test_other_zip_is_not_a_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    fails(write(tmp_path, "tabell.zip", buffer.getvalue()), UnsupportedFormat, "Excel")


def test_old_word_doc_renamed_docx(tmp_path: Path) -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    fails(write(tmp_path, "gammal.docx", ole2), UnsupportedFormat, r"Word 97-2003 .* not a DOCX")


SECRET = Path("/etc/passwd")
XXE_BODIES = [
    # classic external entity in document.xml
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    # parameter entity (out-of-band style)
    '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    # external DTD
    '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
]


@pytest.mark.parametrize("doctype", XXE_BODIES)
@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_docx_external_entity_is_never_resolved(tmp_path: Path, doctype: str, part: str) -> None:
    xml = document(p("Dnr &xxe;" if "xxe" in doctype else "Dnr 1"))
    head, rest = xml.split("?>", 1)
    poisoned = f"{head}?>{doctype}{rest}" if part == "word/document.xml" else None
    styles = f'<?xml version="1.0"?>{doctype}<w:styles xmlns:w="x">&xxe;</w:styles>'
    data = build_docx(
        p("Dnr 1"),
        document_xml=poisoned,
        parts={} if poisoned else {"word/styles.xml": styles},
    )
    path = write(tmp_path, "xxe.docx", data)
    secret = SECRET.read_text() if SECRET.exists() else "root:x:0:0"
    with pytest.raises(CorruptDocument, match="DTD") as caught:
        arende.parse(path)
    assert str(path) in str(caught.value)
    assert secret.splitlines()[0] not in str(caught.value)


def test_docx_parser_never_expands_entities() -> None:
    from lxml import etree  # type: ignore[import-untyped]

    from arende.readers._docx_package import _PARSER

    xml = b'<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>'
    root = etree.fromstring(xml, parser=_PARSER)
    assert "root:" not in etree.tostring(root).decode()


def test_docx_inflating_past_the_limit_is_refused(tmp_path: Path) -> None:
    data = build_docx(p("Dnr 1 " * 2000))
    fails(
        write(tmp_path, "stor.docx", data),
        LimitExceeded,
        "inflates",
        limits=Limits(max_uncompressed_bytes=5000),
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_docx_zip_bomb_of_one_gigabyte_is_refused_with_low_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    out = run_python(
        f"""
        import zipfile
        path = {str(path)!r}

        def peak_kib():
            # VmHWM: this process's own peak (ru_maxrss would carry the peak of the
            # test runner that forked it, across the exec)
            with open("/proc/self/status") as status:
                return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))

        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            with z.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:t>')
                chunk = b"A" * (1 << 20)
                for _ in range(1024):
                    member.write(chunk)
                member.write(b"</w:t></w:p></w:body></w:document>")
        import arende
        before = peak_kib()
        try:
            arende.parse(path)
            print("read")
        except arende.LimitExceeded as error:
            print("limit", error)
        after = peak_kib()
        print("rss_kib", before, after)
        """
    )
    first, second = out.splitlines()[:2]
    assert first.startswith("limit ")
    assert str(path) in first
    before, after = (int(x) for x in second.split()[1:])
    assert after < 400 * 1024, f"peak RSS {after} KiB"
    assert after - before < 100 * 1024


def test_docx_with_a_highly_compressed_part_is_refused_as_a_bomb(tmp_path: Path) -> None:
    # 64 MB of one byte: under the size limit, but deflated a thousandfold
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (64 << 20))
    fails(write(tmp_path, "tät.docx", buffer.getvalue()), LimitExceeded, "zip bomb")


def test_docx_member_lying_about_its_size_is_cut_off() -> None:
    from arende.readers._docx_package import _Package

    data = build_docx(p("Dnr 1 " * 5000))
    package = _Package(data, path="x.docx", limit=None)
    package.limit, package.budget = 1000, 1000
    with pytest.raises(LimitExceeded, match="past the limit"):
        package.read("word/document.xml")


# --- text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("cp1252", "ansi.txt"),  # older Windows exports
        ("utf-16", "unicode.txt"),  # Notepad "Unicode", Word "save as text"
    ],
)
def test_text_in_other_encodings(tmp_path: Path, encoding: str, name: str) -> None:
    text = "Tjänsteskrivelse\r\nDnr KS 2024/0123\r\nBeslutet gäller från 1 januari 2025."
    case = arende.parse(write(tmp_path, name, text.encode(encoding)))
    assert case.pages[0].text == text.replace("\r\n", "\n")
    assert case.diarienummer is not None
    assert "2024/0123" in case.diarienummer.value


def test_binary_garbage_as_txt(tmp_path: Path) -> None:
    garbage = bytes((i * 7919) % 256 for i in range(10_000))
    fails(write(tmp_path, "skrap.txt", garbage), UnsupportedFormat, "binary data, not text")


def five_megabytes_of_text() -> bytes:
    words = ("beslut", "nämnd", "2024", "kronor", "att", "ärende", "förslag", "region", "och")
    lines = []
    size = 0
    i = 0
    while size < 5 * 1024 * 1024:
        line = " ".join(words[(i * k) % len(words)] for k in range(1, 14)) + f" {i}"
        lines.append(line)
        size += len(line) + 1
        i += 1
    return "\n".join(lines).encode()


def test_five_megabytes_of_unstructured_text_is_read(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "massa.txt", five_megabytes_of_text()))
    assert len(doc.text) >= 5 * 1024 * 1024 - 100
    assert doc.pages[0].furniture == ()


@pytest.mark.slow
def test_five_megabytes_of_unstructured_text_parse_finishes(tmp_path: Path) -> None:
    path = write(tmp_path, "massa.txt", five_megabytes_of_text())
    out = run_python(
        f"""
        import arende
        case = arende.parse({str(path)!r})
        print(len(case.pages[0].text))
        """,
        timeout=600,
    )
    assert int(out.split()[0]) >= 5 * 1024 * 1024 - 100


@pytest.mark.parametrize(
    ("source", "options"),
    [
        (12345, ReadOptions()),  # not a path or bytes
        (b"Dnr 1", ReadOptions(format="doc")),  # type: ignore[arg-type]  # unknown format
    ],
)
def test_misuse_is_a_usage_error(source: object, options: ReadOptions) -> None:
    with pytest.raises(UsageError):
        read(source, options)  # type: ignore[arg-type]


def test_bytearray_is_read_like_bytes() -> None:
    assert read(bytearray(b"Dnr KS 2024/1")).text == "Dnr KS 2024/1"  # type: ignore[arg-type]


def test_forced_format_wins_over_sniffing() -> None:
    doc = read(b"%PDF-1.4 is how a PDF starts", ReadOptions(format="txt"))
    assert doc.source.format == "txt"


# --- the command line ----------------------------------------------------------


def _cli_parse(path: Path) -> subprocess.CompletedProcess[str]:
    """``arende parse PATH`` as a user runs it, in its own process."""
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "arende"), "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bad.pdf", PNG + bytes(100)),  # an image renamed
        ("bad.docx", b"not a zip"),  # a text file renamed
        ("bad.txt", bytes(range(256)) * 8),  # binary garbage
        ("empty.pdf", b""),  # zero bytes
    ],
)
def test_cli_exits_2_with_one_line_and_no_traceback(tmp_path: Path, name: str, data: bytes) -> None:
    path = write(tmp_path, name, data)
    done = _cli_parse(path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert str(path) in done.stderr


def test_cli_on_a_missing_file_exits_2_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "saknas.pdf"
    done = _cli_parse(missing)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"arende: error: {missing}: no such file"]
