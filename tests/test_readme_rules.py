"""The README's rule table is the one the code renders, so the two cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from arende.validators import RULES, main, rules_markdown

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"<!-- rules:start -->\n(?P<table>.*?)<!-- rules:end -->", re.DOTALL)


def test_readme_rule_table_matches_the_code() -> None:
    match = BLOCK.search(README.read_text(encoding="utf-8"))
    assert match is not None, "README.md lacks the <!-- rules:start/end --> block"
    assert match.group("table").strip() == rules_markdown().strip(), (
        "README rule table is stale: regenerate it with python -m arende._rules_table"
    )


def test_rule_table_lists_every_rule_once() -> None:
    rows = [line for line in rules_markdown().splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == [rule.code for rule in RULES]


def test_main_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    main()
    assert capsys.readouterr().out == rules_markdown()
