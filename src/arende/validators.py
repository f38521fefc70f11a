"""Validators: small pure rules over a CaseDocument, each with one stable code."""

from __future__ import annotations

from collections.abc import Iterable

from arende.model import CaseDocument, Finding


def validate(
    case: CaseDocument,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the rules over ``case``; ``select``/``ignore`` filter by code."""
    return []
