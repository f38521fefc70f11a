"""Readers under random input: bytes in, a Document or an ArendeError out, nothing else.

Property-based tests (hypothesis) plus a fixed-seed slice of the mutation
fuzzer in ``benchmarks/fuzz_readers.py`` (which runs it long).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import fuzz_readers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arende.document import Document, Limits, Page, ReadOptions, SourceInfo
from arende.errors import ArendeError
from arende.readers import read
from arende.readers.furniture import mark_furniture
from docx_builder import build_docx, p, table

ROOT = Path(__file__).resolve().parents[1]
OPTIONS = ReadOptions(ocr="never", limits=Limits(max_pages=50))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_or_error(data: bytes, options: ReadOptions = OPTIONS) -> Document | ArendeError:
    try:
        return read(data, options)
    except ArendeError as error:
        return error


PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
]


@FAST
@given(st.sampled_from(PREFIXES), st.binary(max_size=4096))
def test_any_bytes_give_a_document_or_an_arende_error(prefix: bytes, data: bytes) -> None:
    result = read_or_error(prefix + data)
    assert isinstance(result, Document | ArendeError)


@FAST
@given(st.sampled_from(["txt", "docx", "pdf"]), st.binary(max_size=2048))
def test_forced_format_on_any_bytes(fmt: str, data: bytes) -> None:
    options = ReadOptions(format=fmt, ocr="never", limits=Limits(max_pages=50))  # type: ignore[arg-type]
    assert isinstance(read_or_error(data, options), Document | ArendeError)


# Text without the control characters that mark binary data.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\ufeff"),
    max_size=2000,
).filter(lambda t: not re.search(r"[\x01-\x08\x0e-\x1f\x7f]", t))


@FAST
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_text_round_trips_through_the_reader(text: str, encoding: str) -> None:
    doc = read(text.encode(encoding), OPTIONS) if text else None
    if doc is None:
        return
    expected = re.sub(r"\r\n?", "\n", text)
    assert "\f".join(page.text for page in doc.pages) == expected


@FAST
@given(st.lists(st.text(alphabet="ab 12\n\t-()/Sida av", max_size=200), min_size=1, max_size=6))
def test_furniture_spans_lie_within_their_page_and_keep_offsets(texts: list[str]) -> None:
    pages = mark_furniture([Page(i + 1, t) for i, t in enumerate(texts)])
    for page, text in zip(pages, texts, strict=True):
        assert page.text == text
        for start, end in page.furniture:
            assert 0 <= start < end <= len(text)
    doc = Document(tuple(pages), SourceInfo(None, "", "txt", None))
    assert len(doc.text) == sum(len(t) for t in texts) + len(texts) - 1


def _row(cells: list[str]) -> str:
    return table(list[str | list[str]](cells))


def _xml_safe(text: str) -> str:
    """Only the characters XML 1.0 allows."""
    return "".join(
        c for c in text if c in "\t\n\r" or " " <= c < "\ud800" or "\ue000" <= c <= "\ufffd"
    )


@FAST
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40).map(lambda t: p(_xml_safe(t))),
            st.lists(st.text(max_size=12).map(_xml_safe), min_size=1, max_size=3).map(_row),
        ),
        max_size=8,
    )
)
def test_random_docx_bodies_read(blocks: list[str]) -> None:
    result = read_or_error(build_docx("".join(blocks)))
    assert isinstance(result, Document)


def test_fixed_seed_mutation_slice_lets_only_arende_errors_escape() -> None:
    report = fuzz_readers.fuzz(200, seed=20260101, seeds=fuzz_readers.samples())
    assert report.escaped == []
    assert sum(report.outcomes.values()) == 200
    assert report.outcomes["ok"] > 0  # the mutants are not all rejected up front


@pytest.mark.parametrize("name", ["sample.txt", "sample.docx"])
def test_text_and_docx_readers_wrap_their_own_failures(name: str) -> None:
    """No mutant of a DOCX or text file reaches the dispatcher's catch-all."""
    seeds = fuzz_readers.samples()
    report = fuzz_readers.fuzz(150, seed=7, seeds={name: seeds[name]})
    assert report.escaped == []
    assert [k for k in report.outcomes if "unwrapped" in k] == []
