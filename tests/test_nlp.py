"""The spaCy pipeline and gazetteer that recognise Swedish public authorities."""

from __future__ import annotations

import pytest

from arende import gazetteer
from arende.nlp import backend, find_organisations, find_organisations_many, pipeline

BACKENDS = ["rules", "spacy"]


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


# (text, the authorities found in it as printed, with their kind)
FOUND = [
    ("Lunds kommun", [("Lunds kommun", "kommun")]),  # kommun letterhead
    ("Härnösands kommun", [("Härnösands kommun", "kommun")]),  # genitive in -s
    ("Åre kommun", [("Åre kommun", "kommun")]),  # name ending in a vowel: no -s
    ("Falu kommun", [("Falu kommun", "kommun")]),  # irregular genitive of Falun
    ("Borås Stad", [("Borås Stad", "kommun")]),  # "stad" form, name ending in -s
    ("Mölndals stad", [("Mölndals stad", "kommun")]),  # kommun calling itself stad
    ("Malung-Sälens kommun", [("Malung-Sälens kommun", "kommun")]),  # hyphenated name
    ("Upplands Väsby kommun", [("Upplands Väsby kommun", "kommun")]),  # two-word name
    ("Östersunds  kommun", [("Östersunds  kommun", "kommun")]),  # PDF column padding inside
    ("LUNDS KOMMUN", [("LUNDS KOMMUN", "kommun")]),  # letterhead in capitals
    ("Region Jämtland Härjedalen", [("Region Jämtland Härjedalen", "region")]),  # two-word region
    ("Region Jönköpings län", [("Region Jönköpings län", "region")]),  # "län" in the name
    ("Västra Götalandsregionen", [("Västra Götalandsregionen", "region")]),  # the odd one out
    ("Umeå universitet", [("Umeå universitet", "university")]),  # university letterhead
    ("Luleå tekniska universitet", [("Luleå tekniska universitet", "university")]),
    ("Högskolan i Gävle", [("Högskolan i Gävle", "university")]),  # "Högskolan i X"
    ("Mittuniversitetet", [("Mittuniversitetet", "university")]),  # one-word name
    (
        "Länsstyrelsen i Västerbottens län",  # länsstyrelse letterhead
        [("Länsstyrelsen i Västerbottens län", "lansstyrelse")],
    ),
    ("Skatteverket", [("Skatteverket", "authority")]),  # state authority
    ("Försäkringskassan", [("Försäkringskassan", "authority")]),
    # names the gazetteer lacks, through the generic patterns
    ("Nya Eds kommun", [("Nya Eds kommun", "kommun")]),
    ("Region Nordland", [("Region Nordland", "region")]),
    ("Länsstyrelsen i Nya läns län", []),  # lower-case word: not a name
    # several in one text, in order
    (
        "Projektägare är Region Västerbotten och Umeå kommun deltar.",
        [("Region Västerbotten", "region"), ("Umeå kommun", "kommun")],
    ),
    # plain text merged the columns: a known name is not widened by the next word
    (
        "Region Skåne Regionala utvecklingsnämnden",
        [("Region Skåne", "region")],
    ),
    ("Umeå kommun Kommunstyrelsen", [("Umeå kommun", "kommun")]),
    # plain text merged the letterhead columns: the label is not part of the name
    ("Region Stockholm Beslut enligt delegation", [("Region Stockholm", "region")]),
    ("Region Nordland Tjänsteskrivelse", [("Region Nordland", "region")]),
    ("Nya Eds kommun Datum 2024-05-06", [("Nya Eds kommun", "kommun")]),
    # not authorities
    ("Kommunstyrelsen", []),  # a committee
    ("kommunen har beslutat", []),  # the common noun
    ("Regionala utvecklingsnämnden", []),  # a committee
    ("", []),
    # gap: a kommun's informal name without "kommun" is not recognised
    xfail("Lund", [("Lund", "kommun")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind) for m in find_organisations(text)] == expected


@pytest.mark.parametrize("using", BACKENDS)
@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_backends_agree(text: str, expected: list[tuple[str, str]], using: str) -> None:
    # the rule matcher and spaCy's entity ruler hold the same patterns
    found = find_organisations_many([text], using=using)[0]
    assert [(m.text, m.kind) for m in found] == expected


# (text, the authorities found by the rule matcher): where its tokens differ from spaCy's
RULES_ONLY = [
    # an abbreviation with a full stop stays apart from the next name
    ("Kungl. Musikhögskolan Arboga kommun", ["Kungl. Musikhögskolan", "Arboga kommun"]),
    # an e-mail domain is not the authority's name
    ("Handläggare: Erik Holm, erik.holm@trafikverket.se", []),
    ("www.skatteverket.se", []),  # nor is a web address
    ("Till Kommunstyrelsen i Piteå kommun", ["Piteå kommun"]),
]


@pytest.mark.parametrize(("text", "expected"), RULES_ONLY)
def test_rules_tokens(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_organisations_many([text], using="rules")[0]] == expected


def test_backend_chosen_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    backend.cache_clear()
    monkeypatch.setenv("ARENDE_NLP", "spacy")
    assert backend() == "spacy"
    backend.cache_clear()
    monkeypatch.setenv("ARENDE_NLP", "rules")
    assert backend() == "rules"
    backend.cache_clear()


def test_offsets_index_the_given_text() -> None:
    text = "Till\tÖstersunds   kommun  och  Region Skåne"
    for mention in find_organisations(text):
        assert text[mention.start : mention.end] == mention.text


def test_known_marks_gazetteer_names() -> None:
    known = {m.text: m.known for m in find_organisations("Lunds kommun, Nya Eds kommun")}
    assert known == {"Lunds kommun": True, "Nya Eds kommun": False}


def test_many_keeps_texts_apart() -> None:
    # a name is never matched across two texts
    found = find_organisations_many(["Region", "Skåne", "Umeå kommun", "Region Halland"])
    assert [[m.text for m in ms] for ms in found] == [[], [], ["Umeå kommun"], ["Region Halland"]]
    assert find_organisations_many([]) == []


def test_pipeline_is_built_once() -> None:
    assert pipeline() is pipeline()
    assert "arende_orgs" in pipeline().pipe_names


def test_gazetteer_is_complete() -> None:
    assert len(gazetteer.kommuner()) == 290
    assert len({name for name, _ in gazetteer.kommuner()}) == 290
    assert len(gazetteer.regions()) == 21
    assert len(gazetteer.lansstyrelser()) == 21
    assert "Region Gotland" in gazetteer.regions()


@pytest.mark.parametrize(
    "text",
    ["😀" * 50, "1" * 5000, "\x00\x01binary", "Region " * 300, "kommun " * 300, "\n\n\t \f"],
)
def test_junk_never_raises(text: str) -> None:
    assert isinstance(find_organisations(text), list)
    for using in BACKENDS:
        assert isinstance(find_organisations_many([text], using=using)[0], list)


def test_spacy_is_the_default_back_end(monkeypatch: pytest.MonkeyPatch) -> None:
    backend.cache_clear()
    monkeypatch.delenv("ARENDE_NLP", raising=False)
    try:
        assert backend() == "spacy"
        assert "arende_orgs" in pipeline().pipe_names
    finally:
        backend.cache_clear()


def test_new_words_do_not_stay_in_the_vocabulary() -> None:
    # A worker reads thousands of documents: names it meets once must not pile up in
    # spaCy's string store (its memory would grow with every document).
    find_organisations_many(["Region Skåne"], using="spacy")
    strings = pipeline().vocab.strings
    before = len(strings)
    text = "Qzxvarby kommun och Wplorna Tjyksson, Region Skåne"
    found = find_organisations_many([text], using="spacy")[0]
    assert [m.text for m in found] == ["Qzxvarby kommun", "Region Skåne"]
    assert len(strings) == before
    assert "Wplorna" not in strings
