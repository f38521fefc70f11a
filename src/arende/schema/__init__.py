"""The JSON Schema of the case-document contract, shipped with the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def case_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``CaseDocument.to_dict()`` satisfies."""
    text = files(__package__).joinpath("case.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
