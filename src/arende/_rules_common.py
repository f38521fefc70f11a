"""Helpers shared by the validator rules: where a value stands, and how to print it.

"In the proposals" means that a value's start offset lies inside one proposal's
``[start, end)`` in ``Document.text``; "in the body" means anywhere else.

>>> from arende.document import Document
>>> from arende.model import Proposal
>>> doc = Document.from_texts(["Bakgrund 10 kr.\\n1. Beviljar 20 kr."])
>>> proposal = doc.found(Proposal(1, "Beviljar 20 kr."), 19, 34, rule="demo")
>>> in_proposals(doc.found(20, 28, 30, rule="demo"), (proposal,))
True
>>> in_proposals(doc.found(10, 9, 11, rule="demo"), (proposal,))
False
>>> money(Decimal("780000"), "SEK")
'780 000 kr'
>>> money(Decimal("12345.5"), "EUR")
'12 345,50 euro'
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from arende.document import Found
from arende.model import Proposal

__all__ = ["in_proposals", "money"]


def in_proposals(found: Found[Any], proposals: Iterable[Found[Proposal]]) -> bool:
    """Whether ``found`` starts inside one of ``proposals``."""
    return any(p.start <= found.start < p.end for p in proposals)


def money(value: Decimal, currency: str) -> str:
    """An amount the Swedish way: spaces between thousands, a decimal comma."""
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    text = text.replace(",", " ").replace(".", ",")
    unit = "kr" if currency == "SEK" else ("euro" if currency == "EUR" else currency)
    return f"{text} {unit}"
