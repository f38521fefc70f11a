"""Seconds per scanned page: arende.parse over image-only PDFs.

    python benchmarks/ocr_speed.py [FILE_OR_FOLDER ...]

Without arguments it reads the dev corpus's scans (``../shared/corpus/dev``,
the files whose truth says ``"format": "scan"``).  Prints one line a file and
the mean seconds per page.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import arende

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def dev_scans() -> list[Path]:
    scans = []
    for truth in sorted(DEV.glob("*.truth.json")):
        meta = json.loads(truth.read_text(encoding="utf-8"))["meta"]
        if meta.get("format") == "scan":
            scans.append(truth.parent / meta["file"])
    return scans


def files(arguments: list[str]) -> list[Path]:
    if not arguments:
        return dev_scans()
    found: list[Path] = []
    for argument in map(Path, arguments):
        found += sorted(argument.rglob("*.pdf")) if argument.is_dir() else [argument]
    return found


def main() -> int:
    paths = files(sys.argv[1:])
    if not paths:
        print("no scanned PDFs found", file=sys.stderr)
        return 1
    total_pages, total_seconds = 0, 0.0
    for path in paths:
        started = time.perf_counter()
        case = arende.parse(path)
        seconds = time.perf_counter() - started
        pages = len(case.pages)
        total_pages += pages
        total_seconds += seconds
        print(f"{path.name:24} {pages:3d} pages {seconds:6.2f} s  ocr={case.source.ocr}")
    print(f"mean: {total_seconds / total_pages:.2f} s per scanned page over {total_pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
