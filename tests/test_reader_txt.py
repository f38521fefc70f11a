"""The text reader: encodings, line endings, form feeds; text kept as written."""

from __future__ import annotations

import codecs

import pytest

from arende.errors import UnsupportedFormat
from arende.readers import read
from arende.readers.txt import decode_text, read_txt

SAMPLE = "Tjänsteskrivelse\nDnr KS 2024/0123\nÅtgärden kostar 1 250 000 kr – högst."


@pytest.mark.parametrize(
    "data",
    [
        # UTF-8 without BOM: what most systems export today
        SAMPLE.encode("utf-8"),
        # UTF-8 with BOM: Windows Notepad, some diarium exports
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        # UTF-16 LE with BOM: "Unicode" in Notepad / Word's "Save as text"
        SAMPLE.encode("utf-16"),
        # UTF-16 BE with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        # UTF-16 LE without BOM (detected from the NUL pattern)
        SAMPLE.encode("utf-16-le"),
        # UTF-16 BE without BOM
        SAMPLE.encode("utf-16-be"),
        # UTF-32 with BOM: rare, some Unix tools
        SAMPLE.encode("utf-32"),
        # cp1252: older Windows systems ("ANSI"), en dash at 0x96
        SAMPLE.encode("cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert read_txt(data, path=None)[0].text == SAMPLE


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    data = "Nämndens beslut gäller för år 2025 – förslag".encode() + b" \xe5"
    assert decode_text(data, path=None) == "Nämndens beslut gäller för år 2025 – förslag \ufffd"


def test_latin1_bytes_outside_cp1252_still_decode() -> None:
    # 0x81 is undefined in cp1252: latin-1 is the last resort
    assert decode_text(b"Dnr \x81 \xe5r", path=None) == "Dnr \x81 år"


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        ("a\r\nb\r\n", ["a\nb\n"]),  # Windows line endings
        ("a\rb", ["a\nb"]),  # classic Mac line endings
        ("sida 1\fsida 2\f", ["sida 1", "sida 2", ""]),  # form feed = page break
        ("  indraget\n\n\nstycke  ", ["  indraget\n\n\nstycke  "]),  # kept as written
    ],
)
def test_pages_and_line_endings(raw: str, pages: list[str]) -> None:
    assert [p.text for p in read_txt(raw.encode(), path=None)] == pages


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # every byte value
        b"\x00" * 100,  # NULs only
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" * 30,  # a Windows executable's head
        bytes([0x01, 0x02, 0x03, 0x1B]) * 50 + b"text",  # control characters
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(UnsupportedFormat, match=r"junk\.txt: .*binary data, not text"):
        decode_text(data, path="junk.txt")


def test_dispatcher_reads_text_and_records_the_source(tmp_path: object) -> None:
    doc = read(SAMPLE.encode("cp1252"))
    assert doc.text == SAMPLE
    assert doc.source.format == "txt"
    assert doc.source.pages is None
    assert len(doc.source.sha256) == 64


def test_a_stray_control_character_is_tolerated() -> None:
    text = "Beslut\x0bom ändring " * 50
    assert read_txt(text.encode(), path=None)[0].text == text


def test_odd_length_utf16_replaces_the_last_byte() -> None:
    data = codecs.BOM_UTF16_LE + "Dnr".encode("utf-16-le") + b"\x00"
    assert read_txt(data, path=None)[0].text == "Dnr\ufffd"
