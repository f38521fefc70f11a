"""Pages per second: arende.parse over the dev corpus, and the PDF reader per engine.

Reads the text formats of the dev corpus (pdf, pdf_lo, docx, txt; scans are
skipped by the ``meta.format`` of their truth files) and prints figures; it
asserts nothing.

    .venv/bin/python benchmarks/parse_speed.py [corpus_dir] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from arende import parse
from arende.document import ReadOptions
from arende.readers.pdf import read_pdf

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
TEXT_FORMATS = ("pdf", "pdf_lo", "docx", "txt")


def corpus_files(corpus: Path) -> list[tuple[Path, str, int]]:
    """(file, truth format, pages) for every text-format document of the corpus."""
    files = []
    for truth in sorted(corpus.glob("*.truth.json")):
        meta = json.loads(truth.read_text(encoding="utf-8"))["meta"]
        if meta["format"] in TEXT_FORMATS:
            files.append((corpus / meta["file"], meta["format"], int(meta.get("pages") or 1)))
    return files


def measure(run: Callable[[], int], repeat: int) -> tuple[float, float, float]:
    """(pages per second, wall ms per call, CPU ms per call) of ``run``, best of ``repeat``.

    CPU time is printed too because wall time on a busy machine says little.
    """
    run()  # warm up: imports, caches
    best_wall = best_cpu = float("inf")
    pages = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        pages = run()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return pages / best_wall, best_wall * 1000, best_cpu * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = corpus_files(args.corpus)
    if not files:
        print(f"no text-format documents in {args.corpus}")
        return
    blobs = [(path.read_bytes(), fmt, pages) for path, fmt, pages in files]

    def parse_all(formats: tuple[str, ...]) -> Callable[[], int]:
        chosen = [(data, pages) for data, fmt, pages in blobs if fmt in formats]

        def run() -> int:
            for data, _ in chosen:
                parse(data, ocr="never")
            return sum(pages for _, pages in chosen)

        return run

    print(f"corpus: {args.corpus} ({len(files)} text-format documents)")
    print(f"{'what':<32} {'docs':>5} {'pages/s':>9} {'ms/doc':>8} {'cpu ms/doc':>11}")
    for label, formats in [
        ("parse: all text formats", TEXT_FORMATS),
        ("parse: pdf + pdf_lo", ("pdf", "pdf_lo")),
        ("parse: docx", ("docx",)),
        ("parse: txt", ("txt",)),
    ]:
        count = sum(1 for _, fmt, _ in blobs if fmt in formats)
        if not count:
            continue
        rate, ms, cpu = measure(parse_all(formats), args.repeat)
        print(f"{label:<32} {count:>5} {rate:>9.1f} {ms / count:>8.2f} {cpu / count:>11.2f}")

    pdfs = [data for data, fmt, _ in blobs if fmt in ("pdf", "pdf_lo")]
    for engine in ("pdfium", "pdfplumber"):
        options = ReadOptions(pdf_engine=engine, ocr="never")

        def read_all(options: ReadOptions = options) -> int:
            return sum(len(read_pdf(data, path=None, options=options)) for data in pdfs)

        repeat = args.repeat if engine == "pdfium" else max(1, args.repeat // 3)
        rate, ms, cpu = measure(read_all, repeat)
        label = f"read_pdf: {engine}"
        docs = len(pdfs)
        print(f"{label:<32} {docs:>5} {rate:>9.1f} {ms / docs:>8.2f} {cpu / docs:>11.2f}")


if __name__ == "__main__":
    main()
