"""The spaCy pipeline that recognises Swedish public authorities in short texts.

Built once, lazily, on first use (never at import time): an installed
``sv_core_news_*`` pipeline when :func:`spacy.util.is_package` finds one,
otherwise ``spacy.blank("sv")``; either way with an ``entity_ruler`` holding

* phrase patterns from the shipped gazetteer (:mod:`arende.gazetteer`): the 21
  regions, the 290 kommuner as ``Lunds kommun``/``Mölndals stad``, the
  länsstyrelser, universities and state authorities, matched without regard
  to case; and
* token patterns for names the gazetteer lacks: ``<Name> kommun``,
  ``Region <Name>``, ``<Name>s universitet``, ``Länsstyrelsen i <Name> län``,
  ``Högskolan i <Name>``.

Callers run it on a few short candidate lines (letterheads, sentence
openings), never on a whole document.

>>> [(m.text, m.kind) for m in find_organisations("Lunds kommun  TJÄNSTESKRIVELSE")]
[('Lunds kommun', 'kommun')]
>>> [m.text for m in find_organisations("Projektägare är Region Västerbotten och Nya Eds kommun")]
['Region Västerbotten', 'Nya Eds kommun']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from arende import gazetteer

__all__ = ["OrgMention", "find_organisations", "find_organisations_many", "pipeline"]

_MODELS = ("sv_core_news_sm", "sv_core_news_md", "sv_core_news_lg", "sv_core_news_trf")

# A capitalised word (letters, inner hyphens): "Lunds", "Malung-Sälens", "Jämtland".
# (No REGEX attributes: they are evaluated on every token and cost a lot.)
_NAME = {"IS_TITLE": True, "IS_DIGIT": False, "IS_PUNCT": False}


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An authority named in a text: where, as printed, and what kind."""

    text: str
    start: int  # character offsets in the text given
    end: int
    kind: str  # region, kommun, lansstyrelse, university, authority
    known: bool  # in the gazetteer (not only a generic pattern)


def _generic_patterns() -> list[dict[str, Any]]:
    """Token patterns for authorities the gazetteer does not list."""
    patterns: list[dict[str, Any]] = []
    for name in (_NAME,):
        # "Nya Eds kommun", "Lunds kommun", "Malung-Sälens kommun", "Mölndals stad"
        patterns.append(
            {
                "label": "kommun",
                "id": "generic",
                "pattern": [name, {"LOWER": {"IN": ["kommun", "stad"]}}],
            }
        )
        patterns.append(
            {
                "label": "kommun",
                "id": "generic",
                "pattern": [_NAME, name, {"LOWER": {"IN": ["kommun", "stad"]}}],
            }
        )
        # "Region Västerbotten", "Region Jämtland Härjedalen"
        patterns.append({"label": "region", "id": "generic", "pattern": [{"TEXT": "Region"}, name]})
        patterns.append(
            {"label": "region", "id": "generic", "pattern": [{"TEXT": "Region"}, _NAME, name]}
        )
    # "Region Jönköpings län", "Region Kalmar län"
    patterns.append(
        {
            "label": "region",
            "id": "generic",
            "pattern": [{"TEXT": "Region"}, _NAME, {"LOWER": "län"}],
        }
    )
    # "Umeå universitet", "Lunds universitet", "Södertörns högskola", "Luleå tekniska universitet"
    patterns.append(
        {
            "label": "university",
            "id": "generic",
            "pattern": [
                _NAME,
                {"LOWER": {"IN": ["tekniska", "konstnärliga"]}, "OP": "?"},
                {"LOWER": {"IN": ["universitet", "högskola"]}},
            ],
        }
    )
    # "Högskolan i Gävle"
    patterns.append(
        {
            "label": "university",
            "id": "generic",
            "pattern": [{"TEXT": "Högskolan"}, {"LOWER": "i"}, _NAME],
        }
    )
    # "Länsstyrelsen i Västra Götalands län", "Länsstyrelsen Skåne"
    patterns.append(
        {
            "label": "lansstyrelse",
            "id": "generic",
            "pattern": [
                {"LOWER": "länsstyrelsen"},
                {"LOWER": "i"},
                _NAME,
                {"IS_TITLE": True, "OP": "?"},
                {"LOWER": "län"},
            ],
        }
    )
    patterns.append(
        {
            "label": "lansstyrelse",
            "id": "generic",
            "pattern": [{"LOWER": "länsstyrelsen"}, _NAME, {"IS_TITLE": True, "OP": "?"}],
        }
    )
    return patterns


def _groups() -> list[tuple[str, Iterable[str]]]:
    return [
        ("region", gazetteer.regions()),
        ("kommun", gazetteer.kommun_names()),
        ("lansstyrelse", gazetteer.lansstyrelser()),
        ("university", gazetteer.universities()),
        ("authority", gazetteer.authorities()),
    ]


@cache
def _known() -> frozenset[str]:
    """Every gazetteer name, lower-cased."""
    return frozenset(name.lower() for _, names in _groups() for name in names)


def _gazetteer_patterns() -> list[dict[str, Any]]:
    """Phrase patterns (matched on lower-cased tokens) for every gazetteer name."""
    return [
        {"label": label, "id": "known", "pattern": name}
        for label, names in _groups()
        for name in names
    ]


@cache
def pipeline() -> Any:
    """The shared pipeline (built on first call, then cached)."""
    import spacy  # deferred: importing spaCy costs a noticeable fraction of a second

    nlp = None
    for name in _MODELS:
        if spacy.util.is_package(name):
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "textcat"])
            break
    if nlp is None:
        nlp = spacy.blank("sv")
    before = "ner" if "ner" in nlp.pipe_names else None
    config = {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}
    ruler: Any = nlp.add_pipe("entity_ruler", name="arende_orgs", config=config, before=before)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(_gazetteer_patterns() + _generic_patterns())
    return nlp


_SEPARATOR = " ¶ "
_KINDS = frozenset({"region", "kommun", "lansstyrelse", "university", "authority"})
_SPACES = re.compile(r"[ \t\u00a0]+")


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of blanks as one space, and where each kept character was."""
    parts: list[str] = []
    where: list[int] = []
    position = 0
    for gap in [*_SPACES.finditer(text), None]:
        end = len(text) if gap is None else gap.start()
        parts.append(text[position:end])
        where.extend(range(position, end))
        if gap is not None:
            parts.append(" ")
            where.append(gap.start())
            position = gap.end()
    where.append(len(text))
    return "".join(parts), where


def _mentions(text: str, doc: Any, where: list[int]) -> list[OrgMention]:
    known = _known()
    result: list[OrgMention] = []
    for ent in doc.ents:
        if ent.label_ not in _KINDS:
            continue
        start, end = where[ent.start_char], where[ent.end_char - 1] + 1
        printed = text[start:end]
        result.append(OrgMention(printed, start, end, ent.label_, ent.text.lower() in known))
    return result


def find_organisations(text: str) -> list[OrgMention]:
    """The authorities named in a short ``text``, in order."""
    return find_organisations_many([text])[0]


def find_organisations_many(texts: list[str]) -> list[list[OrgMention]]:
    """:func:`find_organisations` for several short texts (run as one spaCy doc).

    >>> found = find_organisations_many(["Umeå kommun", "", "Region Skåne"])
    >>> [[m.text for m in ms] for ms in found]
    [['Umeå kommun'], [], ['Region Skåne']]
    """
    return [list(found) for found in _find_many(tuple(texts))]


@lru_cache(maxsize=2048)
def _find_many(texts: tuple[str, ...]) -> tuple[tuple[OrgMention, ...], ...]:
    """Memoised: the same letterhead and actor lines recur across a batch of one authority."""
    result: list[list[OrgMention]] = [[] for _ in texts]
    if not any(t.strip() for t in texts):
        return tuple(tuple(found) for found in result)
    # joined by a punctuation token that no pattern crosses (spaCy tokenises line breaks
    # far more slowly than spaces, so they are not used as the separator)
    clean = [t.replace("\n", " ").replace(_SEPARATOR, " ") for t in texts]
    joined = _SEPARATOR.join(clean)
    folded, where = _fold(joined)
    starts: list[int] = []
    offset = 0
    for text in clean:
        starts.append(offset)
        offset += len(text) + len(_SEPARATOR)
    for mention in _mentions(joined, pipeline()(folded), where):
        index = bisect.bisect_right(starts, mention.start) - 1
        base = starts[index]
        result[index].append(
            OrgMention(
                mention.text,
                mention.start - base,
                mention.end - base,
                mention.kind,
                mention.known,
            )
        )
    return tuple(tuple(found) for found in result)
