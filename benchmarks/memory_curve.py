"""Peak resident memory of each batch worker over many documents.

Generates N (default 5000) distinct 1–3 page text PDFs (kept in the temp folder
between runs), parses them with the batch engine with worker recycling switched
off (so growth would show), and every 100 documents prints each worker's peak
RSS, then the overall peak and the growth after the first 500 documents.  The
issue's bar: under 400 MB, and no growth after document 500.

    .venv/bin/python benchmarks/memory_curve.py [--count 5000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
import build_samples  # noqa: E402 - the sample generator is a script beside us


def _corpus(count: int, formats: tuple[str, ...]) -> list[str]:
    folder = Path(tempfile.gettempdir()) / f"arende-memory-{count}-{'-'.join(formats)}"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {count} documents in {folder} ...", flush=True)
        build_samples.build_corpus(folder, count, formats=formats, pages=(1, 3), seed=11)
        marker.write_text("", encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir() if not p.name.startswith("."))


def main() -> int:
    from arende import batch

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=int, default=100, help="sample interval (documents)")
    parser.add_argument("--formats", default="pdf", help="comma-separated: pdf,docx,txt")
    parser.add_argument(
        "--nlp", default="auto", choices=("auto", "spacy", "rules"), help="organisation finder"
    )
    args = parser.parse_args()
    files = _corpus(args.count, tuple(args.formats.split(",")))
    settings = batch.Settings(
        jobs=args.jobs, max_docs_per_worker=0, max_memory_mb=None, nlp=args.nlp
    )
    peaks: dict[int, int] = {}
    current: dict[int, int] = {}
    curve: list[tuple[int, int]] = []
    failed = 0
    started = time.perf_counter()
    print(f"{'documents':>9}  peak RSS per worker (MB)    current RSS (MB)")
    for done, outcome in enumerate(batch.run(files, settings), start=1):
        failed += outcome.error_type is not None
        if outcome.worker_peak_kb:
            peaks[outcome.worker_pid] = outcome.worker_peak_kb
            current[outcome.worker_pid] = outcome.worker_rss_kb
        if done % args.every == 0 or done == len(files):
            top = max(peaks.values(), default=0)
            curve.append((done, top))
            per_worker = "  ".join(f"{kb / 1024:6.1f}" for kb in peaks.values())
            now = "  ".join(f"{kb / 1024:6.1f}" for kb in current.values())
            print(f"{done:9d}  {per_worker:26s}  {now}", flush=True)
    seconds = time.perf_counter() - started
    overall = max((kb for _, kb in curve), default=0)
    at_500 = next((kb for n, kb in curve if n >= 500), overall)
    print(
        f"\n{len(files)} documents in {seconds:.1f} s with {args.jobs} workers "
        f"(never recycled, organisation finder: {batch.worker_backend(args.nlp)}), {failed} failed"
    )
    print(f"peak RSS of one worker: {overall / 1024:.1f} MB")
    print(f"growth after document 500: {(overall - at_500) / 1024:+.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
