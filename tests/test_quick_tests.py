"""The quick tests that spare the header and closing-block extractors slower searches give
the same answers as the searches they stand in for."""

from __future__ import annotations

import re

import pytest

from arende import nlp
from arende.extractors import _blocks, _committee, _quick
from arende.extractors._lines import lines
from arende.notations import _gate

# The role pattern as first written: a word that ends with a role word, searched forwards.
_ROLE_FORWARDS = re.compile(
    r"(?:^|[\s(./-])(?:\w*(?:" + "|".join(_blocks._ROLE_ENDINGS) + r"))(?=$|[\s,.)])",
    re.IGNORECASE,
)
# Stray marks as first written.
_STRAY = re.compile(r"^[\s\"'”“‘’`´|¦.,]+|[\s\"'”“‘’`´|¦,]+$")

PHRASES = [
    # delegationsbeslut, kommun: the delegating nämnd named after "från"
    "Beslutet har fattats med stöd av delegation från Socialnämnden.",
    # delegation in the genitive: "socialnämndens delegationsordning"
    "Beslut enligt Socialnämndens delegationsordning punkt 4.2",
    # three words between the cue and the word, and a line break
    "med stöd av den av nämnden givna\ndelegation från Kommunstyrelsen",
    # a word that holds "delegation" but no phrase
    "Subdelegation diskuteras inte här. Delegationen ses över.",
    # a university rektorsbeslut: one decider
    "Beslut i detta ärende har fattats av rektor Anna Berg efter föredragning av Per Ek.",
    # a prorektor decides
    "Prorektor beslutar att anta riktlinjerna.",
    # the decider's label at a line start, after other text
    "Datum 2024-03-01\n  Beslutsfattare\nAnna Berg",
    # decider words without a phrase
    "Rektorn och kanslichefen informerades.",
    # odd case folding: a long s and a dotless i
    "med ſtöd av DELEGATİON från Miljönämnden",
    "",
]


@pytest.mark.parametrize("text", PHRASES)
@pytest.mark.parametrize("most", [0, 400])
def test_search_before_finds_what_a_full_search_finds(
    text: str, most: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_quick, "_MOST_PLACES", most)
    for pattern, quick in (
        (_committee.DELEGATION_FROM, _committee.delegation_from),
        (_committee.DELEGATION_OF, _committee.delegation_of),
        (_committee.ONE_DECIDER, _committee.one_decider),
    ):
        full, found = pattern.search(text), quick(text)
        assert (full and (full.span(), full.groupdict())) == (
            found and (found.span(), found.groupdict())
        )


@pytest.mark.parametrize(
    "text",
    [
        "Regiondirektör",  # the signature line of a region's tjänsteskrivelse
        "Tf. områdeschef Hållbar tillväxt",  # an acting head, with a unit after the role
        "Kommunstyrelsens ordförande",  # a protokoll signature
        "Chefsjurist.",  # a role word inside a compound, a full stop after
        "Chefen för enheten",  # "chef" not at a word's end
        "(controller)",  # a role in brackets
        "Upphandlare/Jurist",  # two roles set apart by a slash
        "Kansliråd",  # a role that ends with another ("råd")
        "Sara Lewerentz",  # a name, no role
        "HANDLÄGGARE",  # in capitals
        "Rådgivare\n",  # a line break after the role
    ],
)
def test_role_words_are_found_as_forwards(text: str) -> None:
    assert _blocks._has_role_word(text) == bool(_ROLE_FORWARDS.search(" " + text))


@pytest.mark.parametrize(
    "text",
    [
        "Upphandlare”",  # an OCR quote after a role
        "| Anna Berg |",  # table bars around a name
        '". Tf. rektor',  # specks in front, an abbreviation's full stop kept at the end
        " ,\u00a0Region Skåne ,",  # commas and no-break spaces on both sides
        "...",  # nothing but marks
        "Per Ek.",  # a full stop at the end stays
    ],
)
def test_strip_stray_strips_what_the_pattern_strips(text: str) -> None:
    assert _blocks.strip_stray(text) == _STRAY.sub("", text.strip())


def test_fold_keeps_offsets_and_folds_as_ignorecase() -> None:
    text = "İnom ſtaden: SIGNERAT av ıngen"
    low = _gate.fold(text)
    assert len(low) == len(text)
    assert low == "inom staden: signerat av ingen"
    for word in ("signerat", "staden", "inom"):
        assert re.search(word, text, re.IGNORECASE)
        assert word in low


def test_rows_holding_finds_the_rows_of_each_word() -> None:
    text = "Datum\nSekreterare  Ordförande\n\nAnna Berg\fJUSTERARE"
    rows = lines(text)
    assert _quick.rows_holding(text, rows, ("sekreterare", "ordförande", "justera")) == {1, 4}
    assert _quick.row_index(rows, rows[4]) == 4


def test_spacy_sees_only_texts_that_can_name_an_authority(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if nlp.backend() != "spacy":
        pytest.skip("spaCy is not installed")
    seen: list[str] = []
    run = nlp._spacy_run

    def spy(texts: list[str]) -> list[tuple[nlp.OrgMention, ...]]:
        seen.extend(texts)
        return run(texts)

    monkeypatch.setattr(nlp, "_spacy_run", spy)
    monkeypatch.setattr(nlp, "_SPACY_CACHE", {})
    texts = ["Datum", "2024-02-15", "Härjedalens kommun", "Skatteverket", "Datum"]
    found = nlp.find_organisations_many(texts)
    assert [[m.text for m in ms] for ms in found] == [
        [],
        [],
        ["Härjedalens kommun"],
        ["Skatteverket"],
        [],
    ]
    assert seen == ["Härjedalens kommun", "Skatteverket"]
    # the same texts again: from the cache
    assert nlp.find_organisations_many(texts) == found
    assert seen == ["Härjedalens kommun", "Skatteverket"]
