"""Mutation fuzzer for the readers: only ArendeError may escape ``arende.readers.read``.

Starts from sample documents (a text file, a DOCX written with python-docx, a
PDF written with reportlab, plus any files given with ``--corpus``) and feeds
``read`` mutated copies: byte flips, truncations, splices between samples,
deleted and duplicated ranges, hostile tokens, and, for DOCX, mutations of an
XML part inside a still-valid zip (so the XML parser is reached past the CRC
checks).  Prints the count of each outcome and the slowest inputs.

    .venv/bin/python benchmarks/fuzz_readers.py -n 20000 --seed 1
    .venv/bin/python benchmarks/fuzz_readers.py -n 5000 --corpus ../shared/corpus/dev

Exit status 1 when any other exception escaped (each is printed with the
mutation that caused it, so it can be replayed with the same seed).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import time
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from arende.document import Limits, ReadOptions
from arende.errors import ArendeError
from arende.readers import read

TOKENS = [
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
    b"&e;",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\x00" * 16,
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\f",
    b"\r",
    b"<w:p><w:r><w:t>",
    b"</w:body>",
    b'<w:numPr><w:ilvl w:val="99"/><w:numId w:val="-1"/></w:numPr>',
    b'<w:br w:type="page"/>',
    b"obj << /Type /Page >> endobj",
    b"trailer << /Root 1 0 R >>",
    b"startxref\n0\n%%EOF",
    b"Sida 1 av 2\n",
    "åäö – €".encode("cp1252"),
]
#: Reading limits for fuzzing: small enough that no mutant can take long.
LIMITS = Limits(
    max_bytes=8 * 1024 * 1024,
    max_pages=50,
    max_uncompressed_bytes=16 * 1024 * 1024,
    timeout_seconds=10.0,
)


def sample_text() -> bytes:
    page = (
        "Region Exempel        Tjänsteskrivelse\n"
        "Dnr RS/123/2024       2024-04-02\n\n"
        "Förslag till beslut\n"
        "1. Regionstyrelsen beviljar 780 tkr för perioden 2024-2027.\n"
        "2. Beslutet gäller från 1 januari 2025.\n\n"
        "Anna Andersson\nRegiondirektör\n\nSida 1 av 2\n"
    )
    return (page + "\f" + page.replace("Sida 1", "Sida 2")).encode()


def sample_docx() -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Kommunen\tSida 1 (1)"
    section.footer.paragraphs[0].text = "Justerandes sign"
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Datum", "Dnr", "Handläggare"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["2024-04-02", "KS 2024/12", "Anna"], strict=True):
        cell.text = text
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Kommunstyrelsen antar riktlinjerna.", style="List Number")
    document.add_paragraph("Kostnaden är högst 250 000 kronor.", style="List Number")
    document.add_paragraph("Bilaga", style="List Bullet")
    document.add_page_break()  # type: ignore[no-untyped-call]
    document.add_paragraph("Anna Andersson\nKommundirektör")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in (1, 2):
        pdf.drawString(72, 790, "Region Exempel                Tjänsteskrivelse")
        pdf.drawString(72, 760, f"Dnr RS/123/2024   Sida {number} av 2")
        pdf.drawString(72, 700, "1. Regionstyrelsen beviljar 780 tkr för perioden 2024-2027.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def samples(corpus: Path | None = None, limit: int = 40) -> dict[str, bytes]:
    """The seed inputs: the built-in three plus up to ``limit`` corpus files."""
    found = {"sample.txt": sample_text(), "sample.docx": sample_docx()}
    with contextlib.suppress(ImportError):  # reportlab is a test extra
        found["sample.pdf"] = sample_pdf()
    if corpus is not None:
        files = sorted(f for f in corpus.iterdir() if f.suffix in (".pdf", ".docx", ".txt"))
        for path in files[:limit]:
            found[path.name] = path.read_bytes()
    return found


def mutate(data: bytes, rng: random.Random, others: list[bytes]) -> tuple[bytes, str]:
    """One mutant of ``data`` and a short description of what was done."""
    kind = rng.choice(["flip", "flip", "truncate", "splice", "delete", "duplicate", "token", "xml"])
    n = len(data)
    if kind == "xml" and data.startswith(b"PK"):
        return _mutate_member(data, rng)
    if kind == "xml":
        kind = "flip"
    if n == 0:
        return rng.choice(TOKENS), "token into empty"
    if kind == "flip":
        out = bytearray(data)
        count = rng.randint(1, 16)
        for _ in range(count):
            out[rng.randrange(n)] = rng.randrange(256)
        return bytes(out), f"flip {count} bytes"
    if kind == "truncate":
        cut = rng.randrange(n)
        return data[:cut], f"truncate at {cut}"
    if kind == "splice":
        other = rng.choice(others)
        at, frm = rng.randrange(n), rng.randrange(max(len(other), 1))
        return data[:at] + other[frm:], f"splice at {at} from {frm}"
    if kind == "delete":
        a = rng.randrange(n)
        b = min(n, a + rng.randint(1, 512))
        return data[:a] + data[b:], f"delete {a}:{b}"
    if kind == "duplicate":
        a = rng.randrange(n)
        b = min(n, a + rng.randint(1, 4096))
        times = rng.randint(2, 50)
        return data[:b] + data[a:b] * times + data[b:], f"duplicate {a}:{b} x{times}"
    token = rng.choice(TOKENS)
    at = rng.randrange(n)
    return data[:at] + token + data[at:], f"token {token[:12]!r} at {at}"


def _mutate_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Mutate one member of a zip and zip it again (valid CRCs, broken content)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = [i.filename for i in source.infolist() if i.filename.endswith(".xml")]
        if not names:
            return data, "xml (no xml member)"
        target = rng.choice(names)
        content = source.read(target)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        zlib.error,
    ):
        return data, "xml (unreadable zip)"
    mutant, how = mutate(content, rng, [content])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            try:
                body = mutant if info.filename == target else source.read(info.filename)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, zlib.error):
                continue
            out.writestr(info.filename, body)
    return buffer.getvalue(), f"xml {target}: {how}"


@dataclass
class Report:
    outcomes: Counter[str] = field(default_factory=Counter)
    escaped: list[str] = field(default_factory=list)
    over_time: list[str] = field(default_factory=list)  # ran past LIMITS.timeout_seconds
    slowest: list[tuple[float, str]] = field(default_factory=list)


def fuzz(
    n: int,
    seed: int = 0,
    seeds: dict[str, bytes] | None = None,
    reader: Callable[[bytes, ReadOptions], object] = read,
    progress: int = 0,
    start_at: int = 0,
) -> Report:
    """Read ``n`` mutants (cycling through the seed inputs); collect outcomes."""
    rng = random.Random(seed)
    seeds = seeds or samples()
    names = sorted(seeds)
    others = [seeds[name] for name in names]
    report = Report()
    for i in range(n):
        name = names[i % len(names)]
        data, how = mutate(seeds[name], rng, others)
        if rng.random() < 0.3:  # stack a second mutation now and then
            data, more = mutate(data, rng, others)
            how = f"{how}; {more}"
        label = f"#{i} {name}: {how}"
        if i < start_at:  # replaying a run: mutate (to keep the random sequence), skip reading
            continue
        options = ReadOptions(limits=LIMITS, ocr="never")
        start = time.perf_counter()
        try:
            reader(data, options)
            report.outcomes["ok"] += 1
        except ArendeError as error:
            outcome = type(error).__name__
            if progress and "out of memory" in error.reason:
                print(f"out of memory: {label}", flush=True)
            if error.reason.startswith("unreadable "):  # the dispatcher's catch-all wrapped it
                cause = type(error.__cause__).__name__
                outcome = f"{outcome} (unwrapped {cause})"
            report.outcomes[outcome] += 1
        except Exception:  # noqa: BLE001 - counting what escapes is the point
            report.outcomes["ESCAPED"] += 1
            report.escaped.append(f"{label}\n{traceback.format_exc()}")
        elapsed = time.perf_counter() - start
        if LIMITS.timeout_seconds is not None and elapsed > LIMITS.timeout_seconds:
            report.over_time.append(f"{elapsed:.1f}s {label}")
            if progress:
                print(f"over time: {elapsed:.1f}s {label}", flush=True)
        report.slowest.append((elapsed, label))
        report.slowest = sorted(report.slowest, reverse=True)[:5]
        if progress and (i + 1) % progress == 0:
            counts = ", ".join(f"{k}={v}" for k, v in report.outcomes.most_common())
            print(f"[{i + 1}] {counts}; over time {len(report.over_time)}", flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="number of mutants (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="a folder of extra seed files")
    parser.add_argument("--progress", type=int, default=0, help="print counts every N inputs")
    parser.add_argument("--start", type=int, default=0, help="replay: read from input N on")
    parser.add_argument("--max-memory-mb", type=int, default=0, help="address-space cap")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.max_memory_mb:  # turn a runaway allocation into a MemoryError
        import resource

        cap = args.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    seeds = samples(args.corpus)
    report = fuzz(args.n, args.seed, seeds, progress=args.progress, start_at=args.start)
    wall = time.perf_counter() - started
    print(f"{args.n} inputs in {wall:.1f}s ({1000 * wall / max(args.n, 1):.1f} ms each)")
    for outcome, count in report.outcomes.most_common():
        print(f"  {outcome:20} {count}")
    print(f"escaped: {len(report.escaped)}  over the time limit: {len(report.over_time)}")
    for line in report.over_time[:10]:
        print(f"  over time: {line}")
    print("slowest:")
    for elapsed, label in report.slowest:
        print(f"  {elapsed * 1000:8.1f} ms  {label}")
    for text in report.escaped[:10]:
        print("ESCAPED", text, file=sys.stderr)
    return 1 if report.escaped or report.over_time else 0


if __name__ == "__main__":
    sys.exit(main())
