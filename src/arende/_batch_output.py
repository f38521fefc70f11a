"""The JSONL output of ``arende batch``: whole lines, crash-safe, resumable.

A run writes to ``OUT.partial`` and renames it to ``OUT`` when it finishes, so
``OUT`` is only ever a complete run (an existing ``OUT`` is replaced at the
end, atomically).  Each record is written as one complete line by one
``os.write`` on an ``O_APPEND`` descriptor and the file is fsynced about once
a second, so a ``kill -9`` leaves at worst a torn last line.

``--resume`` continues ``OUT.partial`` when there is one, else it moves a
finished ``OUT`` back to ``OUT.partial`` and adds to it.  Before appending it
repairs the file: a torn last line (no newline) is cut off, and lines that are
not JSON, repeat an earlier ``(path, sha256)``, or describe an input whose
bytes have changed since are dropped (by writing a repaired copy and renaming
it into place).  A document is skipped when a record with the same path and
the same sha256 of its current bytes is already there; with ``retry_failed``
its error records are dropped and it is read again.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from arende._batch_worker import file_sha256
from arende.errors import UsageError

__all__ = ["Output", "Resumed"]

FSYNC_SECONDS = 1.0


@dataclass(slots=True)
class Resumed:
    """What resuming found in the output: records kept, and the inputs to skip."""

    skip: set[str] = field(default_factory=set)
    kept: int = 0
    kept_failures: int = 0
    dropped: int = 0
    truncated: bool = False


class Output:
    """Where the JSON lines go: ``OUT.partial`` then ``OUT``, or standard output for "-"."""

    def __init__(self, target: str, *, resume: bool) -> None:
        self.target = target
        self.to_stdout = target == "-"
        if self.to_stdout and resume:
            raise UsageError("--resume needs an output file, not standard output")
        self.partial = f"{target}.partial"
        self.resume = resume
        self.fd = -1
        self.lock_fd = -1
        self.last_sync = time.monotonic()

    def open(self, inputs: Sequence[str], *, retry_failed: bool = False) -> Resumed:
        """Prepare the output; with resume, repair it and return what to skip."""
        if self.to_stdout:
            return Resumed()
        folder = os.path.dirname(os.path.abspath(self.target))
        if not os.path.isdir(folder):
            raise UsageError(f"no such folder for the output: {folder!r}")
        self._lock()
        resumed = Resumed()
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        if self.resume:
            if not os.path.exists(self.partial) and os.path.exists(self.target):
                os.replace(self.target, self.partial)
            if os.path.exists(self.partial):
                resumed = _repair(self.partial, inputs, retry_failed=retry_failed)
        else:
            flags |= os.O_TRUNC
        self.fd = os.open(self.partial, flags, 0o644)
        return resumed

    def write(self, line: str) -> None:
        """Append one record as one whole line."""
        if self.to_stdout:
            sys.stdout.write(line + "\n")
            return
        data = (line + "\n").encode("utf-8")
        while data:
            written = os.write(self.fd, data)
            data = data[written:]
        if time.monotonic() - self.last_sync >= FSYNC_SECONDS:
            os.fsync(self.fd)
            self.last_sync = time.monotonic()

    def finish(self) -> None:
        """Make the output complete: fsync, close, rename ``OUT.partial`` to ``OUT``."""
        if self.to_stdout:
            sys.stdout.flush()
            return
        self._close()
        os.replace(self.partial, self.target)
        _sync_folder(self.target)
        self._unlock()

    def abandon(self) -> None:
        """Stop writing and leave ``OUT.partial`` for a later ``--resume``."""
        if self.to_stdout:
            sys.stdout.flush()
        else:
            self._close()
            self._unlock()

    def _lock(self) -> None:
        """Hold ``OUT.lock`` for the run, so two runs never write one output."""
        try:
            import fcntl
        except ImportError:  # not on POSIX: no lock
            return
        lock = f"{self.target}.lock"
        self.lock_fd = os.open(lock, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.lock_fd)
            self.lock_fd = -1
            raise UsageError(f"another run is writing {self.target} (locked: {lock})") from None

    def _unlock(self) -> None:
        if self.lock_fd >= 0:
            with contextlib.suppress(OSError):
                os.unlink(f"{self.target}.lock")
            os.close(self.lock_fd)
            self.lock_fd = -1

    def _close(self) -> None:
        if self.fd >= 0:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1


def _repair(partial: str, inputs: Sequence[str], *, retry_failed: bool) -> Resumed:
    resumed = Resumed()
    index: dict[str, list[tuple[str | None, bool, int]]] = {}
    bad: set[int] = set()
    seen: set[tuple[str, str | None]] = set()
    end = 0  # offset just past the last complete line
    number = -1
    with open(partial, "rb") as handle:
        for number, raw in enumerate(handle):
            if not raw.endswith(b"\n"):
                resumed.truncated = True
                break
            end += len(raw)
            key = _key(raw)
            if key is None or key[:2] in seen:
                bad.add(number)
                continue
            path, sha, failed = key
            seen.add((path, sha))
            index.setdefault(path, []).append((sha, failed, number))
    drop = set(bad)
    for path in inputs:
        records = index.get(path)
        if not records:
            continue
        sha = file_sha256(path)
        for recorded, failed, line in records:
            if recorded != sha or (failed and retry_failed):
                drop.add(line)
            else:
                resumed.skip.add(path)
    if drop:
        _rewrite(partial, drop)
    elif resumed.truncated:
        os.truncate(partial, end)
    kept = [r for rs in index.values() for r in rs if r[2] not in drop]
    resumed.kept = len(kept)
    resumed.kept_failures = sum(1 for r in kept if r[1])
    resumed.dropped = len(drop)
    return resumed


def _key(raw: bytes) -> tuple[str, str | None, bool] | None:
    """``(path, sha256, is an error record)`` of a line, or None if it is no record."""
    try:
        record = json.loads(raw)
        source = record["source"]
        path, sha = source["path"], source["sha256"]
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(path, str) or not (sha is None or isinstance(sha, str)):
        return None
    return path, sha, "error" in record


def _rewrite(partial: str, drop: set[int]) -> None:
    """Copy the complete lines of ``partial`` except ``drop`` and rename the copy over it."""
    fresh = f"{partial}.repair"
    with open(partial, "rb") as source, open(fresh, "wb") as target:
        for number, raw in enumerate(source):
            if raw.endswith(b"\n") and number not in drop:
                target.write(raw)
        target.flush()
        os.fsync(target.fileno())
    os.replace(fresh, partial)
    _sync_folder(partial)


def _sync_folder(path: str) -> None:
    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
