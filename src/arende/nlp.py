"""Recognising Swedish public authorities in short texts: a rule matcher, or spaCy.

Two back ends give the same mentions:

* ``spacy`` (the default): the patterns in spaCy ``entity_ruler`` components,
  added to an installed ``sv_core_news_*`` pipeline when
  :func:`importlib.util.find_spec` finds one (its statistical NER then runs
  behind the ruler), otherwise to ``spacy.blank("sv")``.  Built once a process,
  on first use.
* ``rules``: the text is cut into word, number and punctuation tokens by one
  compiled regex, gazetteer names are looked up in a token trie (lower-cased,
  so ``LUNDS KOMMUN`` matches), and the generic token patterns below are tried
  at each token.  Setting it up takes a few milliseconds instead of importing
  spaCy, which suits many short command-line runs.  Chosen by the environment
  variable ``ARENDE_NLP=rules``, and used when spaCy cannot be imported.

The patterns are

* phrase patterns from the shipped gazetteer (:mod:`arende.gazetteer`): the 21
  regions, the 290 kommuner as ``Lunds kommun``/``Mölndals stad``, the
  länsstyrelser, universities and state authorities, matched without regard
  to case; and
* token patterns for names the gazetteer lacks: ``<Name> kommun``,
  ``Region <Name>``, ``<Name>s universitet``, ``Länsstyrelsen i <Name> län``,
  ``Högskolan i <Name>``.

Gazetteer names are taken first and the generic patterns only where no name
stands; among overlapping matches of one kind the longest wins, then the earliest
(as in spaCy's ruler).  Callers run it on a few short candidate lines (letterheads,
sentence openings), never on a whole document.

>>> [(m.text, m.kind) for m in find_organisations("Lunds kommun  TJÄNSTESKRIVELSE")]
[('Lunds kommun', 'kommun')]
>>> [m.text for m in find_organisations("Projektägare är Region Västerbotten och Nya Eds kommun")]
['Region Västerbotten', 'Nya Eds kommun']
"""

from __future__ import annotations

import bisect
import importlib.util
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from arende import gazetteer

__all__ = [
    "BACKENDS",
    "OrgMention",
    "backend",
    "find_organisations",
    "find_organisations_many",
    "pipeline",
    "trained_pipeline",
    "use_backend",
]

_MODELS = ("sv_core_news_sm", "sv_core_news_md", "sv_core_news_lg", "sv_core_news_trf")

# A capitalised word (letters, inner hyphens): "Lunds", "Malung-Sälens", "Jämtland".
# (No REGEX attributes: they are evaluated on every token and cost a lot.)
# Letterhead words that follow a name when plain text merges the columns ("Region Stockholm
# Beslut", "Umeå kommun Tjänsteskrivelse"): never part of a name.
_LABEL_WORDS = (
    "beslut",
    "beslutsdatum",
    "datum",
    "delegationsbeslut",
    "diarienummer",
    "dnr",
    "handläggare",
    "kontaktperson",
    "missiv",
    "protokoll",
    "protokollsutdrag",
    "rektorsbeslut",
    "sammanträdesdatum",
    "sammanträdesprotokoll",
    "sida",
    "till",
    "tjänsteskrivelse",
    "tjänsteutlåtande",
    "utdrag",
)
_NAME = {
    "IS_TITLE": True,
    "IS_DIGIT": False,
    "IS_PUNCT": False,
    "LOWER": {"NOT_IN": list(_LABEL_WORDS)},
}


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
    # gazetteer names first; the generic patterns then only where no name stands
    # ("Region Skåne Regionala utvecklingsnämnden" is "Region Skåne", not three words)
    config = {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}
    ruler: Any = nlp.add_pipe("entity_ruler", name="arende_orgs", config=config, before=before)
    generic: Any = nlp.add_pipe(
        "entity_ruler",
        name="arende_generic_orgs",
        config={"overwrite_ents": False},
        after="arende_orgs",
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(_gazetteer_patterns())
        generic.add_patterns(_generic_patterns())
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


def find_organisations_many(
    texts: list[str], *, using: str | None = None
) -> list[list[OrgMention]]:
    """:func:`find_organisations` for several short texts (``using``: a back end by name).

    >>> found = find_organisations_many(["Umeå kommun", "", "Region Skåne"])
    >>> [[m.text for m in ms] for ms in found]
    [['Umeå kommun'], [], ['Region Skåne']]
    """
    name = using or backend()
    if name == "spacy":
        return [list(found) for found in _spacy_many(tuple(texts))]
    return [list(_rules_one(text)) for text in texts]


BACKENDS = ("spacy", "rules")
# The back end this process was told to use (a batch worker is told at start).
_chosen: list[str] = []


@cache
def backend() -> str:
    """The back end in use: the one :func:`use_backend` chose, else ``ARENDE_NLP``
    (``spacy`` or ``rules``), else ``spacy`` when it is installed, else ``rules``."""
    if _chosen:
        return _chosen[-1]
    forced = os.environ.get("ARENDE_NLP", "").strip().lower()
    if forced in BACKENDS:
        return forced
    return "spacy" if importlib.util.find_spec("spacy") is not None else "rules"


def use_backend(name: str | None) -> None:
    """Use back end ``name`` (``spacy`` or ``rules``) in this process from now on;
    ``None`` goes back to the default choice (``ARENDE_NLP``, else spaCy).

    >>> use_backend("tagger")
    Traceback (most recent call last):
    ...
    ValueError: unknown back end 'tagger' (use spacy or rules)
    """
    if name is not None and name not in BACKENDS:
        raise ValueError(f"unknown back end {name!r} (use spacy or rules)")
    _chosen[:] = [] if name is None else [name]
    backend.cache_clear()


def trained_pipeline() -> str | None:
    """The name of an installed trained Swedish spaCy pipeline, found without importing
    spaCy (``None`` when there is none: the usual case)."""
    return next((name for name in _MODELS if importlib.util.find_spec(name) is not None), None)


# --- the rule matcher --------------------------------------------------------------------

# A token: a word (letters, inner hyphens or apostrophes: "Malung-Sälens"), a number, or
# one other character.
_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)\S+                   # a web address: one token, never a name
    |[\w.+-]+@[\w-]+(?:\.[\w-]+)*            # an e-mail address: erik.holm@trafikverket.se
    |[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu)\b  # a domain: regionjh.se
    |(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)   # Lunds, Malung-Sälens, Jämtland
    |\d+                                     # 2024
    |\S                                      # , . - § and the like
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int
    word: bool


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.group(), m.group().lower(), m.start(), m.end(), m.lastgroup == "word")
        for m in _TOKEN.finditer(text)
    ]


_Test = Callable[[_Token], bool]


def _name(token: _Token) -> bool:
    """A capitalised word (spaCy's ``IS_TITLE`` and neither digit nor punctuation)."""
    return token.word and token.text.istitle() and token.lower not in _NOT_NAMES


_NOT_NAMES = frozenset(_LABEL_WORDS)


def _title(token: _Token) -> bool:
    return token.text.istitle()


def _lower(*words: str) -> _Test:
    choices = frozenset(words)
    return lambda token: token.lower in choices


def _exact(word: str) -> _Test:
    return lambda token: token.text == word


# (kind, steps): each step a test and whether it may be left out.  The same patterns as
# _generic_patterns() gives spaCy's ruler.
_RULES: tuple[tuple[str, tuple[tuple[_Test, bool], ...]], ...] = (
    # "Nya Eds kommun", "Lunds kommun", "Malung-Sälens kommun", "Mölndals stad"
    ("kommun", ((_name, False), (_lower("kommun", "stad"), False))),
    ("kommun", ((_name, False), (_name, False), (_lower("kommun", "stad"), False))),
    # "Region Västerbotten", "Region Jämtland Härjedalen", "Region Kalmar län"
    ("region", ((_exact("Region"), False), (_name, False))),
    ("region", ((_exact("Region"), False), (_name, False), (_name, False))),
    ("region", ((_exact("Region"), False), (_name, False), (_lower("län"), False))),
    # "Umeå universitet", "Södertörns högskola", "Luleå tekniska universitet"
    (
        "university",
        (
            (_name, False),
            (_lower("tekniska", "konstnärliga"), True),
            (_lower("universitet", "högskola"), False),
        ),
    ),
    # "Högskolan i Gävle"
    ("university", ((_exact("Högskolan"), False), (_lower("i"), False), (_name, False))),
    # "Länsstyrelsen i Västra Götalands län", "Länsstyrelsen Skåne"
    (
        "lansstyrelse",
        (
            (_lower("länsstyrelsen"), False),
            (_lower("i"), False),
            (_name, False),
            (_title, True),
            (_lower("län"), False),
        ),
    ),
    ("lansstyrelse", ((_lower("länsstyrelsen"), False), (_name, False), (_title, True))),
)

_Trie = dict[str, Any]  # lower-cased token -> sub-trie; "" -> the kind of a name ending here


@cache
def _trie() -> _Trie:
    """Every gazetteer name as a path of lower-cased tokens."""
    root: _Trie = {}
    for kind, names in _groups():
        for name in names:
            node = root
            for token in _tokens(name):
                node = node.setdefault(token.lower, {})
            node.setdefault("", kind)
    return root


def _ends(tokens: list[_Token], at: int, steps: tuple[tuple[_Test, bool], ...]) -> list[int]:
    """Where ``steps`` can end when matched from token ``at`` (every way, like spaCy's ``?``)."""
    positions = [at]
    for test, optional in steps:
        following = [p + 1 for p in positions if p < len(tokens) and test(tokens[p])]
        positions = following + positions if optional else following
        if not positions:
            return []
    return positions


@lru_cache(maxsize=512)  # fills within the first documents of a batch: memory stays flat
def _rules_one(text: str) -> tuple[OrgMention, ...]:
    """The mentions in one text by the rule matcher (memoised: letterheads recur in a batch)."""
    tokens = _tokens(text)
    if not tokens:
        return ()
    trie = _trie()
    # (start token, end token, kind, from the gazetteer)
    spans: list[tuple[int, int, str, bool]] = []
    for i in range(len(tokens)):
        node = trie.get(tokens[i].lower)
        j = i + 1
        while node is not None:
            if "" in node:
                spans.append((i, j, node[""], True))
            if j == len(tokens):
                break
            node = node.get(tokens[j].lower)
            j += 1
        # every generic pattern opens with a capitalised word ("Region", "Lunds",
        # "Länsstyrelsen", also as "LÄNSSTYRELSEN")
        if tokens[i].word and tokens[i].text[0].isupper():
            for kind, steps in _RULES:
                spans.extend((i, end, kind, False) for end in _ends(tokens, i, steps))
    # gazetteer names first, then the generic patterns where no name stands; within each,
    # the longest first, then the earliest
    spans.sort(key=lambda s: (not s[3], s[0] - s[1], s[0]))
    taken: list[tuple[int, int, str, bool]] = []
    used: set[int] = set()
    for span in spans:
        if used.isdisjoint(range(span[0], span[1])):
            taken.append(span)
            used.update(range(span[0], span[1]))
    known = _known()
    result = []
    for first, last, kind, _ in sorted(taken):
        start, end = tokens[first].start, tokens[last - 1].end
        printed = text[start:end]
        result.append(
            OrgMention(printed, start, end, kind, " ".join(printed.split()).lower() in known)
        )
    return tuple(result)


# --- the spaCy back end ------------------------------------------------------------------

# Mentions found by spaCy, per text: the same letterhead cells and actor lines recur across a
# batch of one authority's documents.  Cleared when full.
_SPACY_CACHE: dict[str, tuple[OrgMention, ...]] = {}
_SPACY_CACHE_SIZE = 512


def _spacy_many(texts: tuple[str, ...]) -> tuple[tuple[OrgMention, ...], ...]:
    """The mentions in each text; spaCy sees only the texts it has not seen that hold a word
    some pattern needs (most letterhead cells hold none: "Datum", "Dnr", a date)."""
    words = _pattern_words()
    found = {text: _SPACY_CACHE[text] for text in texts if text in _SPACY_CACHE}
    todo = [
        text
        for text in dict.fromkeys(texts)
        if text not in found and (words is None or _holds_any(text, words))
    ]
    if todo:
        if len(_SPACY_CACHE) + len(todo) > _SPACY_CACHE_SIZE:
            _SPACY_CACHE.clear()
        fresh = dict(zip(todo, _spacy_run(todo), strict=True))
        _SPACY_CACHE.update(fresh)
        found.update(fresh)
    return tuple(found.get(text, ()) for text in texts)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(word in low for word in words)


# Words that stand in many gazetteer names: tried first, so that few others are needed
# (not "styrelsen" or "nämnden", which stand in most committees' names too).
_COMMON_WORDS = ("verket", "myndighet", "inspektion", "statens", "institut", "rådet")


@cache
def _pattern_words() -> tuple[str, ...] | None:
    """Lower-case words of which every text that a ruler pattern matches holds one (``None``
    when some pattern has none): a token that a pattern requires matches only a token with
    the same lower case, so the text's lower case holds any part of that token.

    >>> words = _pattern_words()
    >>> "kommun" in words and "skatteverket" not in words and "verket" in words
    True
    """
    words: list[str] = []
    for pattern in _generic_patterns():
        required = _required_words(pattern["pattern"])
        if required is None:
            return None
        words.extend(w for w in required if w not in words)
    ruler: Any = pipeline().get_pipe("arende_orgs")
    phrases = getattr(ruler, "phrase_patterns", None)  # {label: [pattern Doc, ...]}
    if not isinstance(phrases, dict):
        return None  # a ruler that keeps its patterns otherwise: every text goes to spaCy
    extra: list[str] = []
    for docs in phrases.values():
        for doc in docs:
            lowers = [token.lower_ for token in doc]
            if not lowers:
                return None
            if any(w in low for low in lowers for w in (*words, *_COMMON_WORDS)):
                continue
            longest = max(lowers, key=len)
            if longest not in extra:
                extra.append(longest)
    common = [w for w in _COMMON_WORDS if w not in words]
    return (*words, *common, *extra)


def _required_words(steps: list[dict[str, Any]]) -> list[str] | None:
    """The lower-case words of the first token spec that a token pattern cannot skip and
    that names its words (``LOWER``/``TEXT``, one or ``IN`` a list)."""
    for step in steps:
        if "OP" in step:
            continue
        for key in ("LOWER", "TEXT"):
            value = step.get(key)
            if isinstance(value, str):
                return [value.lower()]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return [str(word).lower() for word in value["IN"]]
    return None


def _spacy_run(texts: list[str]) -> list[tuple[OrgMention, ...]]:
    """The mentions in each text, by one run of the pipeline over them all."""
    result: list[list[OrgMention]] = [[] for _ in texts]
    if not any(t.strip() for t in texts):
        return [tuple(found) for found in result]
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
    nlp = pipeline()
    # Words first seen here leave spaCy's vocabulary when the zone ends, so a worker that
    # reads a whole archive does not grow with every new name (spaCy >= 3.8).
    with nlp.memory_zone():
        mentions = _mentions(joined, nlp(folded), where)
    for mention in mentions:
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
    return [tuple(found) for found in result]
