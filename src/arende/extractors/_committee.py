"""The committee: the body a tjänsteskrivelse is addressed to, that met, or that delegated.

* tjänsteskrivelse: ``Till Kommunstyrelsen`` in the letterhead, a letterhead line that is
  a committee's name, the right column of the footer block, the proposing body of a
  ``Kommunstyrelsens förslag till kommunfullmäktige`` heading, or (last) the committee
  that opens the first proposal;
* protokoll(sutdrag): the body named in the letterhead;
* delegationsbeslut: ``med stöd av delegation från Socialnämnden``;
* beslut: the board named in the letterhead or deciding in the text, ``None`` when one
  person decides.

>>> from arende.document import Document
>>> from arende.extractors._lines import lines
>>> doc = Document.from_texts(["Beslut\\nByggnadsnämnden beslutar att bevilja bygglov.\\n"])
>>> rows = lines(doc.text)
>>> find_committee(doc, rows, [], None, "beslut").value
'Byggnadsnämnden'
"""

from __future__ import annotations

import re

from arende.document import Document, Found
from arende.extractors._lines import Line
from arende.extractors._organisation import Span, committees, full_committee, nominative
from arende.extractors._places import SECTION, row_text
from arende.extractors._quick import search_before

__all__ = [
    "DELEGATION_FROM",
    "DELEGATION_OF",
    "ONE_DECIDER",
    "delegation_from",
    "delegation_of",
    "find_committee",
    "one_decider",
]

# "Till Kommunstyrelsen", "Till: Socialnämnden", "Till\tKultur- och fritidsnämnden"
_TO = re.compile(r"^Till\b[ \t:]*(?P<body>\S.*)$")
# The same inside a line whose columns plain text merged: "Kommunledningsförvaltningen Till
# Kommunstyrelsen".
_TO_INSIDE = re.compile(r"[ ]Till\b[ :]*(?P<body>[A-ZÅÄÖ].*)$")
# The deciding body under its own label: "Beslutsinstans: Kommunfullmäktige".
_FOR = re.compile(
    r"^(?:Beslutsinstans|Beslutsorgan|Beslutande[ ]organ|Ärendet[ ]behandlas[ ]av)"
    r"\b[ \t:]*(?P<body>\S.*)$"
)
_BARE_TO = re.compile(r"^(?:Till|Mottagare|Adressat)\W*$")
# A proposal to the assembly: "… förslag till kommunfullmäktige/regionfullmäktige".
_TO_ASSEMBLY = re.compile(r"förslag[ ]till[ ]\w*fullmäktige$", re.IGNORECASE)
# "Kommunstyrelsens förslag till kommunfullmäktige": the proposing body.
_PROPOSING = re.compile(
    r"^(?P<owner>[A-ZÅÄÖ][\w-]*(?:nämnd(?:en)?|styrelsen|fullmäktige)s)[ ](?:förslag|beslut)\b"
)
#: "med stöd av delegation från Socialnämnden", "enligt delegation från Kommunstyrelsen"
DELEGATION_FROM = re.compile(
    r"""
    (?:med\s+stöd\s+av|enligt|på|genom)\s+    # "med stöd av", "enligt", "på"
    (?:\w+\s+){0,3}?delegation\s+             # "delegation", "given delegation"
    (?:från|av|i)\s+                           # "från Socialnämnden"
    (?:\w+\s+){0,2}?                           # "den", "kommunens"
    (?P<body>[A-ZÅÄÖa-zåäö][^\n.,;]{2,60})      # the delegating body
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "kommunfullmäktiges sammanträde": the body that met, in the genitive.
_MEETING_OF = re.compile(
    r"(?<![\w-])(?P<owner>[\w-]*(?:nämnd|styrelse|fullmäktige|utskott)(?:en|et)?s)"
    r"[ ](?:sammanträde|möte|extra[ ]sammanträde)\b",
    re.IGNORECASE,
)
#: "(med stöd av) socialnämndens delegationsordning": the nämnd in the genitive.
DELEGATION_OF = re.compile(
    r"""
    (?<![\w-])
    (?P<owner>[\w-]*(?:nämnd|styrelse|fullmäktige|utskott)(?:en|et)?s)  # "socialnämndens"
    \s+delegation(?:sordning|sförteckning)?\b                          # "delegationsordning"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The officials who decide in their own right (a beslut's committee is then null).
_DECIDER = (
    r"(?:[Rr]ektor|[Pp]rorektor|[Vv]icerektor|[Gg]eneraldirektör|[Ll]andshövding|[Dd]ekan"
    r"|[Kk]ommundirektör|[Rr]egiondirektör|[Ff]örvaltningschef|[Öö]verdirektör"
    r"|[Uu]niversitetsdirektör|[Ss]tadsdirektör|[Kk]anslichef)"
)
#: A person decides alone: "Rektor beslutar", "har fattats av landshövding", "Beslutsfattare".
ONE_DECIDER = re.compile(
    rf"""
    \b{_DECIDER}\w*\b[^\n]{{0,40}}\bbeslut                 # "Rektor beslutar", "Rektors beslut"
    |\b[Bb]eslut\w*[ ](?:i[ ]detta[ ]ärende[ ])?(?:har[ ])?
      (?:fattats|fattades|fattas)\s+av\s+(?:\w+\s+){{0,2}}?{_DECIDER}   # "har fattats av rektor"
    |^[ \t]*Beslutsfattare\b                                # the decider's label
    """,
    re.VERBOSE | re.MULTILINE,
)


# Every ONE_DECIDER match holds one of these words (in any case), with at most ten runs of
# non-blank characters before it: "Beslutet i detta ärende har fattats av tf. rektor".
_DECIDER_WORDS = (
    "rektor",
    "direktör",
    "landshövding",
    "dekan",
    "förvaltningschef",
    "kanslichef",
    "beslutsfattare",
)


def delegation_from(text: str) -> re.Match[str] | None:
    """``DELEGATION_FROM.search(text)``, started a few words before the first "delegation"."""
    # "med stöd av" and three words at most before the word
    return search_before(DELEGATION_FROM, text, ("delegation",), 6)


def delegation_of(text: str) -> re.Match[str] | None:
    """``DELEGATION_OF.search(text)``, started a word before the first "delegation"."""
    return search_before(DELEGATION_OF, text, ("delegation",), 1)


def one_decider(text: str) -> re.Match[str] | None:
    """``ONE_DECIDER.search(text)``, started a few words before the first decider."""
    return search_before(ONE_DECIDER, text, _DECIDER_WORDS, 10)


# A committee that decides in the text: "Byggnadsnämnden beslutar", "Styrelsen har beslutat".
_DECIDES = re.compile(
    r"""
    (?:^[ \t]*|(?<=[.!?]\s))                   # a line or a sentence opens
    (?P<body>[A-ZÅÄÖ][^\n.]{2,60}?)            # the deciding body
    \s+(?:beslutar|har\s+beslutat|beslöt)\b   # the verb
    """,
    re.MULTILINE | re.VERBOSE,
)
# A proposal item opening with the committee that is to decide: "1. Socialnämnden ger …"
_PROPOSAL_SUBJECT = re.compile(r"^[ \t]*(?:\d+[.)]|[-–•])?[ \t]*(?P<body>[A-ZÅÄÖ][^\n]{2,60})$")
# Every _DECIDES match holds one of these verbs.
_DECIDING_VERBS = ("beslutar", "beslutat", "beslöt")
EMAIL_OR_DIGIT = re.compile(r"[@\d]")


def find_committee(
    doc: Document,
    rows: list[Line],
    letterhead: list[Line],
    footer: list[Line] | None,
    kind: str,
) -> Found[str] | None:
    if kind == "delegationsbeslut":
        of = delegation_of(doc.text)
        if of is not None:
            return doc.found(
                nominative(of.group("owner")),
                of.start("owner"),
                of.end("owner") - 1,
                rule="delegation_of",
            )
        match = delegation_from(doc.text)
        if match is not None:
            found = committees(match.group("body")) or _lowercase_head(match.group("body"))
            if found:
                start = match.start("body") + found[0].start
                return doc.found(
                    found[0].text, start, start + len(found[0].text), rule="delegation_from"
                )
    if kind == "beslut":
        return _deciding_board(doc, letterhead)
    if kind == "tjansteskrivelse":
        # "Kommunstyrelsens förslag till kommunfullmäktige": Kommunstyrelsen, whatever
        # the letterhead names
        for row in rows:
            match = _PROPOSING.match(row.text)
            if match is not None and SECTION.match(row.text) and _TO_ASSEMBLY.search(row.text):
                owner = match.group("owner")
                return doc.found(
                    nominative(owner), row.start, row.start + len(owner), rule="proposing_body"
                )
    for row in letterhead:
        for cell in row.cells:  # "Till Kommunstyrelsen" may stand in the right column
            to = _TO.match(cell.text) or _TO_INSIDE.search(cell.text) or _FOR.match(cell.text)
            found = committees(to.group("body").strip()) if to is not None else []
            if to is not None and found:
                start = cell.start + to.start("body") + found[0].start
                return doc.found(
                    found[0].text, start, start + len(found[0].text), rule="addressed_to"
                )
    for row in letterhead:
        for cell in row.cells:
            whole = full_committee(cell.text)
            if whole is not None:
                return doc.found(
                    whole.text, cell.start, cell.start + len(whole.text), rule="header_committee"
                )
    if kind in {"protokollsutdrag", "other"}:
        for row in letterhead:
            found = committees(row.text)
            if found:
                span = found[0]
                return doc.found(
                    span.text, row.start + span.start, row.start + span.end, rule="meeting_body"
                )
        for row in letterhead:
            # "Protokoll från kommunfullmäktiges sammanträde den 22 april 2024"
            meeting = _MEETING_OF.search(row.text)
            if meeting is not None:
                start = row.start + meeting.start("owner")
                owner = meeting.group("owner")
                return doc.found(
                    nominative(owner), start, start + len(owner) - 1, rule="meeting_of"
                )
    if footer:
        for row in footer[:2]:
            found = committees(row.text)
            if found and not EMAIL_OR_DIGIT.search(found[-1].text):
                span = found[-1]
                return doc.found(
                    span.text, row.start + span.start, row.start + span.end, rule="footer_committee"
                )
    for row in rows:
        match = _PROPOSING.match(row.text)
        if match is not None and SECTION.match(row.text):
            owner = match.group("owner")
            return doc.found(
                nominative(owner), row.start, row.start + len(owner), rule="proposing_body"
            )
    return _first_proposal_subject(doc, rows)


def _deciding_board(doc: Document, letterhead: list[Line]) -> Found[str] | None:
    """The board that decides in a beslut: named in the letterhead or deciding in the text
    (``Byggnadsnämnden beslutar``); none when one person decides.  An addressee
    (``Till Kommunstyrelsen``) is not the board."""
    if one_decider(doc.text):
        return None
    after_to = False
    for row in letterhead:
        # "Till Kommunstyrelsen", or the line under a bare "Till"
        below_to, after_to = after_to, bool(_BARE_TO.match(row.text))
        if below_to or _TO.match(row.text):
            continue
        for cell in row.cells:
            whole = full_committee(cell.text)
            if whole is not None and not _TO.match(cell.text):
                return doc.found(
                    whole.text, cell.start, cell.start + len(whole.text), rule="header_board"
                )
    if not any(verb in doc.text for verb in _DECIDING_VERBS):
        return None
    for match in _DECIDES.finditer(doc.text):
        found = committees(match.group("body"))
        if found and found[0].start == 0:
            start = match.start("body")
            return doc.found(
                found[0].text, start, start + len(found[0].text), rule="deciding_board"
            )
    return None


def _first_proposal_subject(doc: Document, rows: list[Line]) -> Found[str] | None:
    """The committee that opens the first proposal under a proposal heading."""
    for i, row in enumerate(rows):
        if "förslag" not in row.text.lower():  # (nor then in its meaningful cells)
            continue
        text = row_text(row)
        if not (SECTION.match(text) and "förslag" in text.lower()):
            continue
        for item in rows[i + 1 : i + 4]:
            if item.blank:
                continue
            match = _PROPOSAL_SUBJECT.match(item.text)
            found = committees(match.group("body")) if match else []
            if match and found and found[0].start == 0:
                start = item.start + match.start("body")
                return doc.found(
                    found[0].text, start, start + len(found[0].text), rule="proposal_subject"
                )
            break
    return None


def _lowercase_head(text: str) -> list[Span]:
    """A committee written in lower case after a cue word (``delegation från kommunstyrelsen``)."""
    word = text.split(" ", 1)[0].rstrip(".,;")
    head = committees(word[:1].upper() + word[1:])
    return (
        [Span(word, 0, len(word))] if head and head[0].text == word[:1].upper() + word[1:] else []
    )
