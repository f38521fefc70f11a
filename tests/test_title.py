"""The ärenderubrik is its own paragraph: field lines and section headings below are not it."""

from __future__ import annotations

import pytest

import arende

LETTERHEAD = "Exempelstads kommun   DELEGATIONSBESLUT\nSocialförvaltningen\n\n"
BODY = "Sökanden har den 3 mars 2025 ansökt om bistånd. Ansökan är komplett.\n\n"
DECISION = (
    "Beslut\nSocialförvaltningen beviljar bistånd med 4 500 kr.\n\nAnna Berg\nSocialsekreterare\n"
)


@pytest.mark.parametrize(
    "middle",
    [
        # a field line under the title (delegationsbeslut on an application)
        "Bistånd till glasögon\n\nSökande: Per Ek, 850317-2499\n\nUtredning\n",
        # two field lines
        "Bistånd till glasögon\n\nSökande: Per Ek\nFastighet: Ek 1:23\n\nUtredning\n",
        # a one-word section heading that is not in every template ("Ansökan")
        "Bistånd till glasögon\n\nAnsökan\n",
        # the same with a field line between
        "Bistånd till glasögon\n\nSökande: Per Ek\n\nAnsökan\n",
        # "Redogörelse för ärendet" opens the body of a länsstyrelse beslut
        "Bistånd till glasögon\n\nRedogörelse för ärendet\n",
    ],
)
def test_title_is_the_heading_alone(middle: str) -> None:
    case = arende.parse_text(LETTERHEAD + middle + BODY + DECISION)
    assert case.title is not None
    assert case.title.value == "Bistånd till glasögon"


def test_a_labelled_title_keeps_its_text() -> None:
    case = arende.parse_text(LETTERHEAD + "Ärende: Bistånd till glasögon\n\nUtredning\n" + BODY)
    assert case.title is not None
    assert case.title.value == "Bistånd till glasögon"
