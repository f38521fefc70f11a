"""The worker process of a batch run: receive a path, send back one JSON line.

A worker reads tasks from its end of a pipe until the pipe closes or it is told
to stop.  Each task is a path (a ``str``); each answer is a :class:`Answer`
tuple whose ``line`` is the finished JSON record, so the parent only writes it.
After each document the worker reports its resident memory; it retires (exits
after answering) once it has read ``max_docs`` documents or its memory is over
``retire_rss_kb``, and the parent starts a fresh one.

Test hooks, read from the environment when the worker starts (never in the
parent, never by the library's other entry points):

``ARENDE_TEST_SLEEP_ON``
    a substring; a file whose name contains it makes the worker sleep
    ``ARENDE_TEST_SLEEP_SECONDS`` (default 3600) before reading it, as a hang.
``ARENDE_TEST_BLOAT_ON``
    a substring; a file whose name contains it makes the worker allocate memory without
    end, as a runaway document.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any, NamedTuple

from arende.errors import ArendeError
from arende.model import CaseDocument

__all__ = ["Answer", "error_line", "file_sha256", "format_of", "serve"]

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4
_FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt"}


class Answer(NamedTuple):
    """What a worker sends back for one document."""

    line: str
    error_type: str | None
    error_message: str | None
    pages: int
    codes: tuple[str, ...]
    rss_kb: int
    peak_kb: int
    retiring: bool
    case: CaseDocument | None


def format_of(path: str) -> str | None:
    """The format a path's extension names, if it is one arende reads.

    >>> format_of("a/B.PDF"), format_of("x.docx"), format_of("notes.md")
    ('pdf', 'docx', None)
    """
    return _FORMATS.get(os.path.splitext(path)[1].lower())


def file_sha256(path: str) -> str | None:
    """The sha256 of a file's bytes, or ``None`` when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def error_line(path: str, sha256: str | None, error_type: str, message: str) -> str:
    """The JSON record of a document that could not be read.

    >>> record = json.loads(error_line("a.pdf", None, "Timeout", "over 60 s"))
    >>> record["source"], record["error"]["type"]
    ({'path': 'a.pdf', 'sha256': None, 'format': 'pdf'}, 'Timeout')
    """
    record = {
        "source": {"path": path, "sha256": sha256, "format": format_of(path)},
        "error": {"type": error_type, "message": message},
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def rss_kb(pid: int | None = None) -> int:
    """Resident memory of a process in KiB (this one by default); 0 when unknown."""
    try:
        with open(f"/proc/{pid or 'self'}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE_KB
    except (OSError, ValueError, IndexError):
        if pid is None:
            return peak_kb()
        return 0


def peak_kb() -> int:
    """Peak resident memory of this process in KiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _read(path: str, read_kwargs: dict[str, Any], keep_case: bool) -> tuple[Any, ...]:
    """One document: (line, error type, error message, pages, codes, case)."""
    from arende._api import parse  # loaded by the fork server before any worker starts

    try:
        case = parse(path, **read_kwargs)
        line = json.dumps(case.to_dict(), ensure_ascii=False, separators=(",", ":"))
    except ArendeError as error:
        return _failure(path, type(error).__name__, error.reason)
    except MemoryError:
        return _failure(path, "MemoryLimit", "out of memory while reading")
    except RecursionError as error:
        return _failure(path, "RecursionError", str(error))
    except Exception as error:  # noqa: BLE001 - one bad document must not end the run
        return _failure(path, type(error).__name__, str(error) or repr(error))
    pages = case.source.pages if case.source.pages is not None else len(case.pages)
    codes = tuple(finding.code for finding in case.issues)
    return line, None, None, pages, codes, case if keep_case else None


def _failure(path: str, error_type: str, message: str) -> tuple[Any, ...]:
    message = " ".join(message.split())
    line = error_line(path, file_sha256(path), error_type, message)
    return line, error_type, message, 0, (), None


def _test_hooks(path: str) -> None:
    path = os.path.basename(path)
    sleep_on = os.environ.get("ARENDE_TEST_SLEEP_ON")
    if sleep_on and sleep_on in path:
        time.sleep(float(os.environ.get("ARENDE_TEST_SLEEP_SECONDS", "3600")))
    bloat_on = os.environ.get("ARENDE_TEST_BLOAT_ON")
    if bloat_on and bloat_on in path:
        hoard = []
        while True:
            hoard.append(bytearray(b"x" * (16 << 20)))
            time.sleep(0.01)


def serve(
    conn: Connection,
    lifeline: Connection,
    read_kwargs: dict[str, Any],
    max_docs: int,
    retire_rss_kb: int,
    keep_case: bool,
    backend: str = "rules",
) -> None:
    """The worker's main loop (the target of the worker process)."""
    _detach(lifeline)
    _use_backend(backend)
    # Tell the parent the worker is up: its clock for the first document starts now.
    conn.send(os.getpid())
    hooks = any(k in os.environ for k in ("ARENDE_TEST_SLEEP_ON", "ARENDE_TEST_BLOAT_ON"))
    done = 0
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        if hooks:
            _test_hooks(path)
        line, error_type, message, pages, codes, case = _read(path, read_kwargs, keep_case)
        done += 1
        now = rss_kb()
        retiring = (max_docs > 0 and done >= max_docs) or (0 < retire_rss_kb < now)
        answer = Answer(line, error_type, message, pages, codes, now, peak_kb(), retiring, case)
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return
        if retiring:
            return


def _use_backend(name: str) -> None:
    """Switch the organisation finder to ``name`` and load it before the first document
    (a fork server warmed up with the rule matcher has not imported spaCy)."""
    from arende import nlp

    nlp.use_backend(name)
    if name == "spacy":
        with contextlib.suppress(Exception):  # a broken install shows on the document instead
            nlp.pipeline()


def _detach(lifeline: Connection) -> None:
    """Leave the terminal's process group and end with the batch run.

    In a group of its own, the worker and any program it starts (an OCR
    engine) can be killed together by the parent, and Ctrl-C in the terminal
    reaches only the parent, which decides what happens.  ``lifeline`` is the
    read end of a pipe only the parent writes to: when the parent dies (even
    by ``kill -9``) it reads end-of-file, and a watch thread kills the group,
    so no worker is left behind hanging on a document.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        os.setpgid(0, 0)

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            lifeline.recv_bytes()
        with contextlib.suppress(OSError, AttributeError):
            if os.getpgid(0) == os.getpid():
                os.killpg(os.getpid(), signal.SIGKILL)
        os._exit(1)

    threading.Thread(target=watch, name="arende-lifeline", daemon=True).start()


def warm_up() -> None:
    """Run the pipeline once on a small text and a small PDF so lazy set-up happens before forking.

    >>> warm_up()
    """
    from arende._api import parse, parse_text

    text = (
        "Region Exempel\nTJÄNSTESKRIVELSE\nDatum 2024-04-02   Dnr RS 2024/123\n\n"
        "Förslag till beslut\n1. Regionstyrelsen beviljar 780 000 kronor för 2024–2025.\n"
    )
    parse_text(text)
    parse(_tiny_pdf(["Region Exempel", "Datum 2024-04-02   Dnr RS 2024/123"]), format="pdf")


def _tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` in Helvetica (ASCII), for warming up the PDF reader.

    >>> _tiny_pdf(["Dnr 1"])[:8]
    b'%PDF-1.4'
    """
    body = "".join(
        f"BT /F1 11 Tf 72 {760 - 16 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines)
    )
    stream = body.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
