"""Parse many documents in worker processes: bounded in time and memory per document.

:func:`parse_many` is the Python entry point; ``arende batch`` (in
``_batch_cli``) is the same engine writing JSON lines.

How a run works.  The parent starts ``jobs`` worker processes from a fork
server that has imported arende once (``forkserver`` start method where the
platform has it, ``spawn`` otherwise; never a plain ``fork`` of a parent that
may run threads).  It sends each idle worker one path and gets back the
finished JSON line, so nothing but a path and a string crosses the pipe.  A
document that runs past ``timeout`` seconds, or a worker whose resident memory
goes over ``max_memory_mb`` while reading, is killed: the document gets an
error record (type ``Timeout`` or ``MemoryLimit``) and a fresh worker takes the
next one.  A worker also retires after ``max_docs_per_worker`` documents or
when its memory after a document is over three quarters of the ceiling, so
slow leaks in a dependency cannot pile up.  A worker that dies on its own (a
crash in a native library) yields a ``WorkerCrashed`` record.

Organisation names are found by the back end ``nlp`` chooses (see
:func:`worker_backend`): by default the rule matcher, which gives the same
mentions as spaCy's blank Swedish pipeline with the same rulers without the
second it takes to import spaCy in every run; spaCy when a trained Swedish
pipeline is installed or when asked for.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Literal

from arende import _batch_worker
from arende._batch_worker import Answer, error_line, file_sha256
from arende.document import Limits
from arende.errors import UsageError
from arende.model import CaseDocument

__all__ = ["BatchResult", "parse_many"]

#: How often (seconds) the parent checks the memory of busy workers.
RSS_POLL_SECONDS = 0.2
#: Seconds a worker may take to start before its first document's clock runs anyway.
STARTUP_SECONDS = 120.0
#: Extra seconds past the timeout before a worker is killed (its own limit may fire first).
KILL_GRACE_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of one document of a batch run.

    ``record`` is the JSON record as written by ``arende batch``: the contract
    object for a parsed document, or ``{"source": ..., "error": ...}`` for one
    that could not be read (then ``error_type`` and ``error_message`` are set).
    ``case`` is the :class:`CaseDocument` when ``parse_many`` was asked to keep
    cases (``keep_cases=True``), else ``None``.
    """

    path: str
    sha256: str | None
    record: dict[str, Any]
    case: CaseDocument | None = None
    error_type: str | None = None
    error_message: str | None = None

    @property
    def ok(self) -> bool:
        """True when the document was read and parsed."""
        return self.error_type is None


@dataclass(frozen=True, slots=True)
class Settings:
    """How the engine runs (see :func:`parse_many` for the meaning of each)."""

    jobs: int
    timeout: float | None = 60.0
    max_memory_mb: int | None = 1500
    max_docs_per_worker: int = 1000
    read_kwargs: dict[str, Any] = field(default_factory=dict)
    keep_cases: bool = False
    nlp: str = "auto"


NlpChoice = Literal["auto", "spacy", "rules"]


def worker_backend(choice: str = "auto") -> str:
    """The organisation finder's back end for batch workers: ``choice`` when it names
    one; for ``auto``, ``ARENDE_NLP`` when set, else spaCy when a trained Swedish
    pipeline is installed (its model is worth loading), else the rule matcher.

    >>> worker_backend("spacy"), worker_backend("rules")
    ('spacy', 'rules')
    """
    from arende import nlp

    if choice in nlp.BACKENDS:
        return choice
    if choice != "auto":
        raise UsageError(f"unknown organisation finder {choice!r} (use auto, spacy or rules)")
    forced = os.environ.get("ARENDE_NLP", "").strip().lower()
    if forced in nlp.BACKENDS:
        return forced
    return "spacy" if nlp.trained_pipeline() is not None else "rules"


@dataclass(slots=True)
class Outcome:
    """One finished document as the engine yields it (``index`` into the input)."""

    index: int
    path: str
    line: str
    error_type: str | None
    error_message: str | None
    pages: int
    codes: tuple[str, ...]
    case: CaseDocument | None
    worker_pid: int
    worker_rss_kb: int
    worker_peak_kb: int


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    lifeline: Connection
    task: tuple[int, str] | None = None
    deadline: float = 0.0
    ready: bool = False


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    ordered: bool = False,
    timeout: float | None = 60.0,
    max_memory_mb: int | None = 1500,
    max_docs_per_worker: int = 1000,
    keep_cases: bool = False,
    nlp: NlpChoice = "auto",
    **read_options: Any,
) -> Iterator[BatchResult]:
    """Parse documents in ``jobs`` worker processes; yield one result per path.

    Results come as documents finish, or in the order of ``paths`` when
    ``ordered`` is true.  A document that cannot be read, runs past
    ``timeout`` seconds or takes its worker over ``max_memory_mb`` gives a
    result with ``error_type`` set; the run goes on.  ``read_options`` are the
    keyword arguments of :func:`arende.parse` (``password``, ``ocr``,
    ``ocr_language``, ``pdf_engine``, ``limits``).  ``nlp`` picks the organisation
    finder's back end (``auto``, ``spacy`` or ``rules``; see :func:`worker_backend`):
    every choice gives the same records.  Closing the iterator early stops the workers.
    """
    tasks = [os.fspath(p) for p in paths]
    if "limits" not in read_options and timeout is not None:
        read_options["limits"] = Limits(timeout_seconds=timeout)
    settings = Settings(
        jobs=_check_jobs(jobs),
        timeout=timeout,
        max_memory_mb=max_memory_mb,
        max_docs_per_worker=max_docs_per_worker,
        read_kwargs=read_options,
        keep_cases=keep_cases,
        nlp=nlp,
    )
    outcomes = run(tasks, settings)
    if ordered:
        outcomes = _in_order(outcomes)
    for outcome in outcomes:
        record = json.loads(outcome.line)
        yield BatchResult(
            path=outcome.path,
            sha256=record["source"]["sha256"],
            record=record,
            case=outcome.case,
            error_type=outcome.error_type,
            error_message=outcome.error_message,
        )


def _check_jobs(jobs: int | None) -> int:
    if jobs is None:
        return os.cpu_count() or 1
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    return jobs


def _in_order(outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
    waiting: dict[int, Outcome] = {}
    following = 0
    for outcome in outcomes:
        waiting[outcome.index] = outcome
        while following in waiting:
            yield waiting.pop(following)
            following += 1


def start_method() -> Literal["forkserver", "spawn"]:
    """The multiprocessing start method batch runs use on this platform."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _context() -> Any:
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["arende._batch_preload"])
    return context


def warm_start() -> None:
    """Start the fork server now (it loads arende in the background) to overlap start-up."""
    if start_method() == "forkserver":
        from multiprocessing import forkserver

        _context()
        forkserver.ensure_running()


def run(paths: Sequence[str], settings: Settings) -> Iterator[Outcome]:
    """The engine: yield an :class:`Outcome` for every path, as each finishes."""
    if not paths:
        return
    pool = _Pool(settings)
    try:
        yield from pool.run(paths)
    finally:
        pool.close()


class _Pool:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.context = _context()
        self.workers: list[_Worker] = []
        limit = settings.max_memory_mb
        self.limit_kb = limit * 1024 if limit else 0
        self.kill_after = (
            None if settings.timeout is None else settings.timeout + KILL_GRACE_SECONDS
        )
        self.backend = worker_backend(settings.nlp)

    def run(self, paths: Sequence[str]) -> Iterator[Outcome]:
        pending = deque(enumerate(paths))
        for _ in range(min(self.settings.jobs, len(paths))):
            self.workers.append(self._start())
        for worker in self.workers:
            self._assign(worker, pending)
        next_poll = time.monotonic() + RSS_POLL_SECONDS
        while True:
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                return
            now = time.monotonic()
            wake = min([next_poll, *(w.deadline for w in busy)])
            for conn in wait([w.conn for w in busy], timeout=max(0.0, wake - now)):
                worker = next(w for w in busy if w.conn is conn)
                outcome = self._receive(worker, pending)
                if outcome is not None:
                    yield outcome
            now = time.monotonic()
            for worker in busy:
                if worker.task is not None and worker.deadline <= now:
                    yield self._kill(worker, pending, "Timeout", self._timeout_message())
            if now >= next_poll:
                next_poll = now + RSS_POLL_SECONDS
                yield from self._police_memory(pending)

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        life_r, life_w = self.context.Pipe(duplex=False)
        s = self.settings
        retire_kb = self.limit_kb * 3 // 4
        process = self.context.Process(
            target=_batch_worker.serve,
            args=(
                child,
                life_r,
                s.read_kwargs,
                s.max_docs_per_worker,
                retire_kb,
                s.keep_cases,
                self.backend,
            ),
            daemon=True,
            name="arende-batch-worker",
        )
        process.start()
        child.close()
        life_r.close()
        return _Worker(process, parent, life_w)

    def _assign(self, worker: _Worker, pending: deque[tuple[int, str]]) -> None:
        if not pending:
            worker.task = None
            return
        worker.task = pending.popleft()
        worker.deadline = self._deadline(worker)
        # A worker that died between documents is reported by the receive path.
        with contextlib.suppress(OSError, ValueError):
            worker.conn.send(worker.task[1])

    def _deadline(self, worker: _Worker) -> float:
        """When the worker's document is out of time (start-up does not count)."""
        if self.kill_after is None:
            return float("inf")
        if not worker.ready:
            return time.monotonic() + STARTUP_SECONDS + self.kill_after
        return time.monotonic() + self.kill_after

    def _receive(self, worker: _Worker, pending: deque[tuple[int, str]]) -> Outcome | None:
        assert worker.task is not None
        index, path = worker.task
        try:
            answer: Answer | int = worker.conn.recv()
            if isinstance(answer, int):  # the worker is up; its document's clock starts
                worker.ready = True
                worker.deadline = self._deadline(worker)
                return None
        except (EOFError, OSError):
            worker.process.join(1.0)
            code = worker.process.exitcode
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            return self._replace(worker, pending, "WorkerCrashed", f"worker ended ({how})")
        outcome = Outcome(
            index,
            path,
            answer.line,
            answer.error_type,
            answer.error_message,
            answer.pages,
            answer.codes,
            answer.case,
            worker.process.pid,
            answer.rss_kb,
            answer.peak_kb,
        )
        if answer.retiring:
            worker.process.join(5.0)
            self._swap(worker, pending)
        else:
            self._assign(worker, pending)
        return outcome

    def _kill(
        self, worker: _Worker, pending: deque[tuple[int, str]], kind: str, message: str
    ) -> Outcome:
        _kill_group(worker)
        return self._replace(worker, pending, kind, message)

    def _replace(
        self, worker: _Worker, pending: deque[tuple[int, str]], kind: str, message: str
    ) -> Outcome:
        """Report the worker's document as failed and put a fresh worker in its place."""
        assert worker.task is not None
        index, path = worker.task
        peak = rss = 0
        line = error_line(path, file_sha256(path), kind, message)
        outcome = Outcome(
            index, path, line, kind, message, 0, (), None, worker.process.pid, rss, peak
        )
        self._swap(worker, pending)
        return outcome

    def _swap(self, worker: _Worker, pending: deque[tuple[int, str]]) -> None:
        worker.conn.close()
        worker.lifeline.close()
        worker.task = None
        self.workers.remove(worker)
        if pending:
            fresh = self._start()
            self.workers.append(fresh)
            self._assign(fresh, pending)

    def _police_memory(self, pending: deque[tuple[int, str]]) -> Iterator[Outcome]:
        if not self.limit_kb:
            return
        for worker in list(self.workers):
            if worker.task is None or worker.process.pid is None:
                continue
            if _batch_worker.rss_kb(worker.process.pid) > self.limit_kb:
                mb = self.limit_kb // 1024
                yield self._kill(worker, pending, "MemoryLimit", f"worker went over {mb} MB")

    def _timeout_message(self) -> str:
        return f"not done after {self.settings.timeout:g} s"

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            if worker.task is None:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                _kill_group(worker)
            worker.conn.close()
            worker.lifeline.close()
        self.workers.clear()


def _kill_group(worker: _Worker) -> None:
    """Kill a worker and whatever it started (it leads its own process group)."""
    pid = worker.process.pid
    try:
        if pid is not None and os.getpgid(pid) == pid:
            os.killpg(pid, signal.SIGKILL)
        else:
            worker.process.kill()
    except (ProcessLookupError, PermissionError):
        pass
    worker.process.join(5.0)


def expand(inputs: Sequence[str]) -> list[str]:
    """The documents named by files, folders (walked recursively) and globs.

    Folders and globs yield files ending in .pdf, .docx or .txt (any case),
    skipping hidden names and Office lock files (``~$…``); a file named
    directly is taken whatever its extension, and the reader judges it.  Paths
    keep the spelling they were given (a folder's files are joined to it), in
    sorted order, each once.  Raises :class:`UsageError` for a name that is
    neither an existing path nor a glob that matches.
    """
    import glob

    found: list[str] = []
    for given in inputs:
        if os.path.isdir(given):
            found += _walk(given)
        elif os.path.exists(given):
            found.append(given)
        elif any(char in given for char in "*?["):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                raise UsageError(f"no file matches {given!r}")
            for match in matches:
                if os.path.isdir(match):
                    found += _walk(match)
                elif _wanted(match):
                    found.append(match)
        else:
            raise UsageError(f"no such file or folder: {given!r}")
    seen: set[str] = set()
    unique = []
    for path in found:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _walk(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, name) for name in sorted(files) if _wanted(name)]
    return found


def _wanted(path: str) -> bool:
    name = Path(path).name
    if name.startswith((".", "~$")):
        return False
    return _batch_worker.format_of(name) is not None
