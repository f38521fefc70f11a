"""The exceptions arende raises: one tree, rooted at :class:`ArendeError`.

::

    ArendeError                      anything arende raises on purpose
    ├── ReadError                    the file cannot be turned into text
    │   ├── UnsupportedFormat        not a PDF, DOCX or text file (or the wrong extension)
    │   ├── EncryptedDocument        password protected, and no (or a wrong) password given
    │   ├── CorruptDocument          truncated, broken or not what its format says
    │   └── OcrUnavailable           a page needs OCR but Tesseract or its language data is missing
    ├── LimitExceeded                bytes, pages, uncompressed size or time over a set limit
    └── UsageError                   the API was called wrongly (bad option value, …)

Every message names the file (when there is one) and the reason on one line,
so a batch run can log it as it is.  Readers raise these ``from`` the
dependency's own exception, which stays available as ``__cause__``.
"""

from __future__ import annotations

__all__ = [
    "ArendeError",
    "CorruptDocument",
    "EncryptedDocument",
    "LimitExceeded",
    "OcrUnavailable",
    "ReadError",
    "UnsupportedFormat",
    "UsageError",
]


class ArendeError(Exception):
    """Base of every error arende raises on purpose."""

    def __init__(self, reason: str, *, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}" if path else reason)


class ReadError(ArendeError):
    """The file cannot be read as a case document."""


class UnsupportedFormat(ReadError):
    """The file is not one of the formats arende reads."""


class EncryptedDocument(ReadError):
    """The document is password protected and no valid password was given."""


class CorruptDocument(ReadError):
    """The file is damaged, truncated, or not what its format claims."""


class OcrUnavailable(ReadError):
    """A page needs OCR but the OCR engine or its language data is not installed."""


class LimitExceeded(ArendeError):
    """The input is larger or slower than a configured limit allows."""


class UsageError(ArendeError):
    """The library was called with invalid arguments."""
