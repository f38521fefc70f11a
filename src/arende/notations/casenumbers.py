"""Diarienummer (case numbers) as Swedish authorities print them.

Every registry numbers its cases with the year and a running number, often
behind a short prefix naming the board or the registry (1–6 letters, in any
case mix: ``KS``, ``RUN``, ``LiU``, ``Fi``), sometimes followed by a filing
code.  Forms seen across regions, kommuner, universities and state agencies:

* prefix, number, year: ``RUN/183/2024``, ``RS/1234/2023``, ``KN/989/2022``;
* prefix, year, number: ``KS 2023/0456``, ``KS2023/456``, ``Fi2004/960``,
  ``UFV 2019/2106``, ``C2024/123``, ``KS-2025-00530``, ``KS.2024.0123``,
  ``TE 2025-00171``, ``SN 2024.123``;
* prefix, number, year: ``LTU-1234-2024``, ``NV-01234-24``, ``SRV-0226/18``;
* prefix, filing code, number, year: ``FS 1.1-1234-24``, ``SU FV-1.1.2-1234-24``;
* digits only: ``2024/123-1.2.3``, ``403-123456-2012``, ``1.2.3-1234/2024``, ``3.1-2024-01234``,
  and the short forms ``123-2024``, ``4468-2017``, ``2024-00123``, ``0836/23``
  that look like other numbers and count only behind a label (``Dnr``) or in a
  known place.

A label (``Dnr``, ``Dnr:``, ``Diarienummer``, ``Ärendenummer``, ``Vårt dnr``,
``Vår beteckning``) is not part of the number.

>>> [m.text for m in finditer('Dnr KS 2022/2069, se RS/512/2022 och SN 2023.77.')]
['KS 2022/2069', 'RS/512/2022', 'SN 2023.77']
>>> [m.text for m in finditer('(dnr KS\\n2024/0111), DNR 2024/123')]
['KS\\n2024/0111', '2024/123']
>>> [m.text for m in finditer('2024-04-02, 2024-2027, (2018:222), 19800412-1234, EU 2016/679')]
[]
>>> [(m.text, m.safe) for m in finditer('dnr 123-2024 och 2024-00123')]
[('123-2024', False), ('2024-00123', False)]
>>> is_valid('RUN/183/2024'), is_valid('LiU-2024-01234'), is_valid('2024-04-02')
(True, True, False)
>>> year('NV-01234-24'), year('KS 2023/0456'), year('123-2024'), year('x')
(2024, 2023, 2024, None)
>>> compact(' ks 2023/ 0456 ')
'KS2023/0456'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from arende.notations import _gate

__all__ = ["CaseNumberMatch", "compact", "finditer", "is_valid", "year"]

# A registry prefix: 1–6 capitals, or a capital and small letters mixed like LiU, Fi, SoN.
_PREFIX = r"""
    (?<![\w/.\-:])
    (?P<prefix>
        [A-ZÅÄÖ]{1,6}                    # KS, RUN, UFV, C, TEKNAT (a faculty)
      | [A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ]{0,3}     # LiU, Fi, SoN
      | [A-ZÅÄÖ]{2,3}[a-zåäö]            # KSau
    )
    (?![a-zåäö])
"""
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"\d{2}"
# A filing code after the number: -1.2.3, -5.
_CODE = r"(?:-\d{1,3}(?:\.\d{1,3}){0,4})"
_END = r"(?![\w/]|[.:\-]\d)"

CASE_NUMBER = re.compile(
    rf"""
    (?:
        {_PREFIX}
        (?:
            /(?P<n1>\d{{1,6}})/(?P<y1>{_YEAR})                         # RUN/183/2024
          | (?:[ .\-]?|(?<=[^\W\d_]{{2}})[ \t]*\n[ \t]*)              # KS 2023/0456, or
            (?P<y2>{_YEAR})(?P<s2>[/.\-])(?P<n2>\d{{1,6}}){_CODE}?    # wrapped after KS
          | -(?P<n3>\d{{1,6}})[-/](?P<y3>{_YEAR}|{_SHORT_YEAR})          # LTU-1234-2024
          | [ \-](?P<code9>\d(?:\.\d{{1,2}}){{1,4}})-\d{{1,6}}[-/]           # FS 1.1-1234-24
            (?P<y9>{_YEAR}|{_SHORT_YEAR})
        )
      | (?<![\w/.\-:,])
        (?:
            (?P<y4>{_YEAR})/(?P<n4>\d{{1,6}})(?P<c4>{_CODE})?            # 2024/123-1.2.3
          | \d{{2,4}}-\d{{4,7}}-(?P<y5>{_YEAR})                           # 403-123456-2012
          | \d(?:\.\d{{1,2}}){{1,4}}-\d{{1,6}}[-/](?P<y6>{_YEAR})          # 1.2.3-1234/2024
          | \d(?:\.\d{{1,2}}){{1,4}}-(?P<y11>{_YEAR})-\d{{3,6}}            # 3.1-2024-01234
          | (?P<n7>\d{{1,6}})-(?P<y7>{_YEAR})                              # 123-2024, 4468-2017
          | (?P<y8>{_YEAR})-(?P<n8>\d{{3,6}})                              # 2024-00123
          | \d{{3,5}}/(?P<y10>{_SHORT_YEAR})                               # 0836/23 (Göteborg)
        )
    )
    {_END}
    """,
    re.VERBOSE,
)

# Where a case number with a prefix can start: a capital that starts a word, then at most
# five more letters and a separator before a digit ("KS 2024/1", "RUN/183/2024", "KS\n2024").
# A digit-only one starts a number (arende.notations._gate.number_starts).
_PREFIX_START = re.compile(
    r"""
    [A-ZÅÄÖ] (?<![\w/.\-:][A-ZÅÄÖ])
    (?= [A-Za-zÅÄÖåäö]{0,5} (?: [/ .\-]?\d | [ \t]*\n[ \t]*\d ) )
    """,
    re.VERBOSE,
)

# A registry's own short name before a unit prefix: "SU" in "SU FV-1.1.2-1234-24".
_UNIT_BEFORE = re.compile(r"(?<![\w/.\-])[A-ZÅÄÖ]{2,4} $")

#: Words that look like a prefix but name something else (EU 2016/679, SFS, Nr 2024/12).
STOP_PREFIXES = frozenset(
    {
        *("eu", "eg", "eeg", "ees", "sfs", "sou", "ds", "prop", "bet", "rskr"),  # law, EU acts
        *("nja", "hfd", "rå", "ad", "möd", "md", "mål"),  # court reports
        *("nr", "no", "kl", "tel", "fax", "s", "sid", "se", "år", "ref", "id", "st", "kap"),
        *("bil", "p", "isbn", "issn", "sek", "eur", "usd"),
        *("dnr", "ab", "hb", "kb", "ht", "vt"),  # a label in capitals, company forms, terms
        *("beslut", "bilaga", "datum", "sida", "kap"),  # headings and words in capitals
    }
)


# Labels and headings printed in capitals, which may look like a prefix: "DNR 2024/123".
_LABELS = frozenset({"dnr", "beslut", "bilaga", "datum", "sida"})

# Words before a number that make it an EU act or a statute, not a case: "(EU) 2016/679".
_ACT_BEFORE = re.compile(
    r"""
    (?: \((?:EU|EG|EEG|Euratom)\)         # förordning (EU) 2016/679
      | \b(?:EU|EG|EEG|förordning(?:en)?|direktiv(?:et)?|SFS)
    ) [ \t]* (?:nr\.?[ \t]*)? $             # (EU) nr 1303/2013
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class CaseNumberMatch:
    """A case number in a text; ``safe`` when its form cannot be another kind of number."""

    start: int
    end: int
    text: str
    safe: bool
    year: int | None


def _short_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 70 else value + 1900


def _is_year_range(first: str, second: str) -> bool:
    a, b = int(first), int(second)
    return 1900 <= a <= 2100 and 0 < b - a <= 12


def _starts(text: str) -> list[int]:
    """Every place of ``text`` where CASE_NUMBER can start, in order."""
    prefixed = [m.start() for m in _PREFIX_START.finditer(text)]
    return sorted({*_gate.number_starts(text), *prefixed})


def finditer(text: str) -> Iterator[CaseNumberMatch]:
    """Every case number in ``text``; digit-only short forms have ``safe=False``."""
    # CASE_NUMBER is tried only where a case number can start, in order, from where the
    # last one ended: what CASE_NUMBER.search(text, position) would find.
    position = 0
    for at in _starts(text):
        if at < position:
            continue
        match = CASE_NUMBER.match(text, at)
        if match is None:
            continue
        position = match.end()
        prefix = match.group("prefix")
        if prefix is not None and prefix.casefold() in STOP_PREFIXES:
            if prefix.casefold() in _LABELS:
                position = match.end("prefix")  # "DNR 2024/123": the number after the label
            continue
        if prefix is None and _ACT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # förordning (EU) 2016/679
        groups = match.groupdict()
        found_year: int | None = None
        for key in ("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10", "y11"):
            if groups[key]:
                raw = groups[key]
                found_year = _short_year(raw) if len(raw) == 2 else int(raw)
                break
        if groups["y2"] and groups["s2"] == "-" and _is_year_range(groups["y2"], groups["n2"]):
            continue  # "KS 2024-2027": a year range after a word
        if groups["n7"] and _is_year_range(groups["n7"], groups["y7"]):
            continue  # 2024-2027
        if groups["y8"] and _is_year_range(groups["y8"], groups["n8"]):
            continue  # 2024-2027
        safe = prefix is not None or bool(groups["y5"] or groups["y6"] or groups["y11"])
        if groups["y4"]:
            # A bare year/number is safe with a filing code, or a long number that is not a
            # second year (läsåret 2023/24, säsongen 2023/2024).
            number = groups["n4"]
            safe = bool(groups["c4"]) or (
                len(number) >= 3 and not _is_year_range(groups["y4"], number)
            )
            if not groups["c4"] and len(number) == 2:
                safe = False
        start = match.start()
        if groups["code9"]:
            unit = _UNIT_BEFORE.search(text, max(0, start - 6), start)
            start = start if unit is None else unit.start()  # SU FV-1.1.2-1234-24
        yield CaseNumberMatch(start, match.end(), text[start : match.end()], safe, found_year)


def is_valid(text: str) -> bool:
    """Whether ``text`` is exactly one case number (of any form)."""
    stripped = text.strip()
    found = next(finditer(stripped), None)
    return found is not None and found.start == 0 and found.end == len(stripped)


def year(text: str) -> int | None:
    """The registration year of a case number (``NV-01234-24`` → 2024), or ``None``."""
    found = next(finditer(text.strip()), None)
    return None if found is None else found.year


def compact(text: str) -> str:
    """The number without white space, upper-cased: the form to compare two citations."""
    return "".join(text.split()).upper()
