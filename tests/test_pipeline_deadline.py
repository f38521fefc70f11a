"""A per-document deadline bounds extraction, not only reading (Limits.timeout_seconds)."""

from __future__ import annotations

import time

import pytest

from arende._pipeline import build_case
from arende.document import Document, SourceInfo
from arende.errors import LimitExceeded

TEXT = "Region Exempel\nTJÄNSTESKRIVELSE\nDatum 2024-04-02   Dnr RS 2024/123\n"


def _doc(path: str | None) -> Document:
    return Document.from_texts([TEXT], source=SourceInfo(path, "", "txt", None))


def test_a_passed_deadline_raises_naming_the_file() -> None:
    with pytest.raises(LimitExceeded, match=r"^arende/a\.txt: extraction timed out") as info:
        build_case(_doc("arende/a.txt"), deadline=time.monotonic() - 1.0)
    assert info.value.path == "arende/a.txt"


@pytest.mark.parametrize("deadline", [None, float("inf")])
def test_no_deadline_or_a_far_one_gives_the_case(deadline: float | None) -> None:
    case = build_case(_doc("b.txt"), deadline=deadline)
    assert case.diarienummer is not None
    assert case.diarienummer.value == "RS 2024/123"


def test_the_old_call_still_works() -> None:
    assert build_case(_doc(None), run_validators=False).issues == ()
