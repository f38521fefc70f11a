"""The ``arende batch`` sub-command: many documents into one JSONL file.

Exit codes: 0 every document parsed; 1 some documents could not be read (their
error records are in the output, including ones kept from a resumed run); 2 a
usage error (no inputs, a bad option).  See ``_batch_output`` for how the
output file is written and resumed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from typing import Any, TextIO

from arende import batch
from arende._batch_output import Output
from arende.errors import UsageError

EXIT_OK, EXIT_FAILED = 0, 1
EPILOG = """\
output:
  One record per document: the case JSON, or {"source": {...}, "error": {"type",
  "message"}} for a document that could not be read (types include Timeout,
  MemoryLimit, WorkerCrashed and arende's own errors).  The run writes
  OUTPUT.partial and renames it to OUTPUT at the end (an existing OUTPUT is
  replaced then).  After a crash or Ctrl-C, --resume continues OUTPUT.partial
  (or adds to a finished OUTPUT), skipping documents whose path and sha256 are
  already recorded; a changed file is read again and its old record dropped.

exit codes:
  0 every document parsed, 1 some documents failed, 2 usage error
"""
LOG_SECONDS = 10.0
BAR_SECONDS = 0.1
BAR_WIDTH = 28


def add_parser(commands: Any) -> None:
    """Register ``arende batch`` on the sub-command parsers of ``arende``."""
    from arende.cli import _add_read_options

    cmd = commands.add_parser(
        "batch",
        help="parse many documents into JSONL",
        description="Parse files, folders (recursively) and globs of PDF, DOCX and TXT "
        "documents into one JSON line each.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("paths", nargs="+", help="files, folders or glob patterns")
    cmd.add_argument(
        "-o", "--output", required=True, help="JSONL file to write ('-' for standard output)"
    )
    cmd.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )
    cmd.add_argument(
        "--resume",
        action="store_true",
        help="keep the records already in the output and do only the rest",
    )
    cmd.add_argument(
        "--retry-failed", action="store_true", help="with --resume, read failed documents again"
    )
    cmd.add_argument(
        "--max-memory-mb",
        type=_positive,
        default=1500,
        help="kill a worker whose memory goes over this while reading (default 1500)",
    )
    cmd.add_argument(
        "--max-docs-per-worker",
        type=_positive,
        default=1000,
        help="start a fresh worker after this many documents (default 1000)",
    )
    cmd.add_argument(
        "--nlp",
        choices=("auto", "spacy", "rules"),
        default="auto",
        help="organisation finder: spaCy, or the rule matcher that gives the same names "
        "without loading spaCy (default auto: spaCy only when a trained Swedish pipeline "
        "is installed)",
    )
    cmd.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary")
    _add_read_options(cmd)
    cmd.set_defaults(run=_run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def _run(args: argparse.Namespace) -> int:
    from arende.cli import read_kwargs

    if args.retry_failed and not args.resume:
        raise UsageError("--retry-failed needs --resume")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be more than 0 seconds")
    if args.output != "-" and not os.path.isdir(os.path.dirname(os.path.abspath(args.output))):
        raise UsageError(f"no such folder for the output: {args.output!r}")
    inputs = batch.expand(args.paths)
    if not inputs:
        raise UsageError("no PDF, DOCX or TXT documents found in " + " ".join(args.paths))
    if args.nlp != "auto":
        # read by the fork server as it starts, so it warms the back end workers will use
        os.environ["ARENDE_NLP"] = args.nlp
    # Workers load arende while the parent hashes files for --resume.
    batch.warm_start()
    output = Output(args.output, resume=args.resume)
    resumed = output.open(inputs, retry_failed=args.retry_failed)
    todo = [path for path in inputs if path not in resumed.skip]
    settings = batch.Settings(
        jobs=args.jobs,
        timeout=args.timeout,
        max_memory_mb=args.max_memory_mb,
        max_docs_per_worker=args.max_docs_per_worker,
        read_kwargs=read_kwargs(args),
        nlp=args.nlp,
    )
    stream = sys.stderr
    progress = _Progress(len(todo), stream, quiet=args.quiet)
    tally = _Tally()
    try:
        for outcome in batch.run(todo, settings):
            output.write(outcome.line)
            tally.add(outcome)
            if outcome.error_type and not args.quiet:
                progress.note(f"{outcome.path}: {outcome.error_type}: {outcome.error_message}")
            progress.update(tally.documents, tally.failed)
    except BaseException:
        output.abandon()
        progress.done()
        if not output.to_stdout:
            progress.note(
                f"stopped after {tally.documents} documents; {output.partial} keeps them, "
                "run again with --resume to go on"
            )
        raise
    output.finish()
    progress.done()
    if not args.quiet:
        stream.write(tally.summary(progress.elapsed(), resumed.kept, args.output))
        stream.flush()
    return EXIT_FAILED if tally.failed or resumed.kept_failures else EXIT_OK


class _Tally:
    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.pages = 0
        self.failures: Counter[str] = Counter()
        self.findings: Counter[str] = Counter()
        self.workers: set[int] = set()
        self.peak_kb = 0

    def add(self, outcome: batch.Outcome) -> None:
        self.documents += 1
        self.pages += outcome.pages
        if outcome.error_type:
            self.failed += 1
            self.failures[outcome.error_type] += 1
        self.findings.update(outcome.codes)
        self.workers.add(outcome.worker_pid)
        self.peak_kb = max(self.peak_kb, outcome.worker_peak_kb)

    def summary(self, seconds: float, kept: int, target: str) -> str:
        rate = self.documents / seconds if seconds > 0 else 0.0
        lines = [
            f"arende batch: {self.documents} documents ({self.pages} pages) in {seconds:.1f} s, "
            f"{rate:.1f} documents/s; {self.documents - self.failed} parsed, {self.failed} failed"
        ]
        if kept:
            lines.append(f"  {kept} records kept from the earlier run")
        if self.failures:
            lines.append("  failures: " + _counts(self.failures))
        if self.findings:
            lines.append("  findings: " + _counts(self.findings))
        lines.append(
            f"  workers: {len(self.workers)} used, peak memory of one {self.peak_kb / 1024:.0f} MB"
        )
        lines.append(f"  output: {target}")
        return "\n".join(lines) + "\n"


def _counts(counter: Counter[str]) -> str:
    return ", ".join(
        f"{key} {n}" for key, n in sorted(counter.items(), key=lambda i: (-i[1], i[0]))
    )


class _Progress:
    """A bar on a terminal, a log line every ten seconds elsewhere, nothing when quiet."""

    def __init__(self, total: int, stream: TextIO, *, quiet: bool) -> None:
        self.total = total
        self.stream = stream
        self.quiet = quiet
        self.bar = not quiet and _isatty(stream)
        self.started = time.monotonic()
        self.shown = self.started
        self.documents = 0
        self.failed = 0
        self.drawn = False
        self.first_at = 0.0

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def update(self, documents: int, failed: int) -> None:
        if not self.documents and documents:
            self.first_at = time.monotonic()
        self.documents, self.failed = documents, failed
        if self.quiet:
            return
        now = time.monotonic()
        if now - self.shown < (BAR_SECONDS if self.bar else LOG_SECONDS):
            return
        self.shown = now
        self._show()

    def note(self, message: str) -> None:
        """A message on its own line (the bar is redrawn after it)."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = False
        self.stream.write(f"arende: {message}\n")
        self.stream.flush()

    def done(self) -> None:
        if self.quiet:
            return
        if self.bar:
            self._show()
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False

    def _show(self) -> None:
        # The rate is measured from the first finished document, so start-up does not skew it.
        since = time.monotonic() - self.first_at
        rate = (self.documents - 1) / since if self.documents > 1 and since > 0 else 0.0
        left = self.total - self.documents
        eta = _clock(left / rate) if rate > 0 else "?"
        share = self.documents / self.total if self.total else 1.0
        stats = f"{self.documents}/{self.total} {rate:.1f} docs/s ETA {eta} failed {self.failed}"
        if self.bar:
            filled = int(share * BAR_WIDTH)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {share:4.0%} {stats}\x1b[K")
            self.drawn = True
        else:
            self.stream.write(f"arende batch: {share:.0%} {stats}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
