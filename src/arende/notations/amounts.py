"""Belopp (money amounts) as printed in Swedish case documents.

An amount is a number with a currency written before or after it.  The
number groups thousands with a space (also a no-break, thin or narrow
no-break space) or a dot, and writes decimals after a comma.  The unit may
scale it:

* kronor: ``780 000 kronor``, ``780 000 kr``, ``SEK 780 000``, ``780 000 SEK``,
  ``780 000:-``, ``780 000,-``; öre after a colon: ``12 345:50``, ``49:50 kr``;
* thousands: ``780 tkr``, ``780 tusen kronor``, ``780 TSEK``;
* millions: ``2,5 mnkr``, ``2,5 Mkr``, ``2,5 miljoner kronor``, ``2,5 milj. kr``, ``2,5 MSEK``;
* billions: ``1,2 miljarder kronor``, ``1,2 mdkr``;
* öre: ``50 öre`` (0.50 kronor);
* euro: ``1 250 000 euro``, ``EUR 850 000``, ``€ 850 000``, ``2 MEUR``.

Numbers without a currency (``380 medlemmar``), percentages, clock times,
fastighetsbeteckningar (``Kronan 7:140``) and SFS numbers (``2018:222``) are
not amounts.

>>> parse('780 000 kronor')
(Decimal('780000'), 'SEK')
>>> parse('2,5 mnkr')
(Decimal('2500000'), 'SEK')
>>> parse('12 345,50 kr')
(Decimal('12345.50'), 'SEK')
>>> parse('12 345:50'), parse('49:50 kr')
((Decimal('12345.50'), 'SEK'), (Decimal('49.50'), 'SEK'))
>>> parse('1.200.000 kr'), parse('EUR 850 000')
((Decimal('1200000'), 'SEK'), (Decimal('850000'), 'EUR'))
>>> [m.text for m in finditer('kostar sammanlagt 58 miljoner\\nkronor')]
['58 miljoner\\nkronor']
>>> parse('1,2 miljarder kronor'), parse('50 öre')
((Decimal('1200000000'), 'SEK'), (Decimal('0.50'), 'SEK'))
>>> parse('Kronan 7:140') is None, parse('380 medlemmar') is None, parse('25 %') is None
(True, True, True)
>>> [(m.text, m.value) for m in finditer('högst 780 tkr och SEK 4 100 000.')]
[('780 tkr', Decimal('780000')), ('SEK 4 100 000', Decimal('4100000'))]
>>> format(Decimal('780000')), format(Decimal('12345.5'), 'EUR')
('780 000 kr', '12 345,50 EUR')
>>> parse_number('1 250,5'), parse_number('1.200.000'), parse_number('x')
(Decimal('1250.5'), Decimal('1200000'), None)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from arende.notations import _gate

__all__ = [
    "NUMBER",
    "AmountMatch",
    "finditer",
    "format",
    "is_valid",
    "parse",
    "parse_number",
    "unit",
]

#: Characters that group thousands inside a number (space, no-break, thin, narrow no-break).
GROUP_SPACE = "[ \u00a0\u2009\u202f]"

#: A number as Swedish documents print it, without sign.
NUMBER = rf"""
    (?<![\w.,:/\u00a0\u2009\u202f])           # not inside another number or word
    (?<!\d{{4}}-\d\d-)(?<!\d{{4}}-\d-)            # nor the day of a date (2024-04-02 500 kr)
    (?:
        \d{{1,3}}(?:{GROUP_SPACE}\d{{3}}){{0,5}}     # 1 200 / 000 broken over two lines
        [ \t]*\n[ \t]*\d{{3}}(?:{GROUP_SPACE}\d{{3}}){{0,5}}(?!\d)
      | \d{{1,3}}(?:{GROUP_SPACE}\d{{3}}){{1,6}}(?!\d)  # 780 000, 1 200 000 (to 10**21)
      | \d{{1,3}}(?:\.\d{{3}}){{1,6}}(?![\d.])     # 1.200.000
      | \d+                                      # 780, 1250
    )
    (?:,\d+)?                                    # decimals: 2,5  12 345,50
"""

# A currency written before the number: SEK 780 000, € 850 000.
_PREFIX = r"(?<![\w])(?P<pre>SEK|EUR|USD|NOK|DKK|GBP|€|\$)"
# A scale word between the number and a currency word: 2,5 miljoner kronor.
_SCALE = r"(?P<scale>miljarder|miljard|mdr\.?|md\.?|miljoner|miljon|milj\.?|mn\.?|tusen)"
# A currency word after the number (or after a scale word).
_CURRENCY = r"(?P<cur>kronor|krona|kr\.?|öre|sek|eur|euro|usd|nok|dkk|gbp|€)(?![^\W\d_])"
# One word that carries both a scale and the currency: tkr, mnkr, Mkr, mdkr, TSEK, MEUR.
_UNIT_WORD = (
    r"(?P<word>tkr|kkr|mnkr|mkr|mdkr|mdrkr|tsek|ksek|msek|mnsek|mdsek|teur|keur|meur|meuro)"
    r"(?![^\W\d_])\.?"
)
# The kronor sign after the number: 780 000:-  780 000,-.
_DASH = r"(?P<dash>[:,]-)"
# Öre after a colon on a grouped number: 12 345:50.
_ORE = r"(?P<ore>:\d{2})(?![\d:])"
# Between number and unit: a space or a single line break (a wrapped line).
_GAP = r"(?:[ \u00a0\u2009\u202f]?|[ \t]*\n[ \t]*)"

AMOUNT = re.compile(
    rf"""
    (?:
        {_PREFIX} {GROUP_SPACE}? (?P<pnum>{NUMBER})       # SEK 780 000
        (?:{GROUP_SPACE} (?P<pscale>miljarder|miljard|miljoner|miljon|milj\.?|mn|mdr|md|tusen)
           (?![^\W\d_]))?                                  # SEK 2,5 miljoner
      | (?P<num>{NUMBER})
        (?:
            {_GAP} (?:{_SCALE} (?:{GROUP_SPACE}|[ \t]*\n[ \t]*))? {_CURRENCY}  # 2,5 miljoner kronor
          | {_GAP} {_UNIT_WORD}                             # 780 tkr, 2,5 Mkr
          | {_DASH}                                         # 780 000:-
        )
      | (?P<gnum>\d{{1,3}}(?:{GROUP_SPACE}\d{{3}}){{1,6}}){_ORE}   # 12 345:50
      | (?<![\w.,:/]) (?P<snum>\d{{1,3}}) :(?P<sore>\d{{2}})         # 49:50 kr (a price)
        [ \u00a0]? (?:kronor|kr)(?![^\W\d_])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# What may stand between the first digit of an amount and its unit: the rest of the number
# (digits, group spaces, a dot, a decimal comma) and the gap before the unit.
_NUMBER_RUN = r"(?:[\d \u00a0\u2009\u202f.\t\n]|,(?!-))"
# Where an amount can start (a gate: see arende.notations._gate): a digit (any, \d: the
# non-ASCII ones lie above U+0660) that starts a number followed by a unit word, a currency
# sign, ":-" or öre (a number run of 40 characters or more is let through untested); any
# digit of a grouped number with öre after a colon ("12 345:50" may start inside one); a
# currency sign.
_START_DIGIT = rf"""
    (?<=\d) (?<![\w.,:/]\d)
    (?= {_NUMBER_RUN}{{0,40}}+ (?:[^\W\d_]|€|[:,]-|:\d) | {_NUMBER_RUN}{{40}} )
  | (?<=\d) (?=\d{{0,2}}(?:[ \u00a0\u2009\u202f]\d{{3}}){{1,6}}:\d)
  | (?<=[€$])
"""
_START = re.compile(rf"[0-9\u0660-\U0010FFFF€$] (?: {_START_DIGIT} )", re.VERBOSE)
# The same, and a currency code at the start of a word ("SEK 780 000"), in any case.
_START_OR_CODE = re.compile(
    rf"""
    [0-9\u0660-\U0010FFFF€$SsEeUuNnDdGgſ]
    (?: {_START_DIGIT}
      | (?<![\w][SsEeUuNnDdGgſ]) (?i:(?<=s)ek|(?<=e)ur|(?<=u)sd|(?<=n)ok|(?<=d)kk|(?<=g)bp)
    )
    """,
    re.VERBOSE,
)
# A currency code before a number, in a lower-cased text (without regard to case, "s" also
# matches "ſ", which str.lower() keeps: such a text is scanned with the codes).
_CODE_BEFORE = re.compile(r"(?:sek|eur|usd|nok|dkk|gbp)[ \u00a0\u2009\u202f]?\d")

_SCALES = {
    "t": Decimal(1000),
    "k": Decimal(1000),
    "tusen": Decimal(1000),
    "m": Decimal(1000000),
    "mn": Decimal(1000000),
    "milj": Decimal(1000000),
    "miljon": Decimal(1000000),
    "miljoner": Decimal(1000000),
    "md": Decimal(1000000000),
    "mdr": Decimal(1000000000),
    "miljard": Decimal(1000000000),
    "miljarder": Decimal(1000000000),
}
# The currency codes written before a number (see _PREFIX), in lower case.
_CODES_BEFORE = ("sek", "eur", "usd", "nok", "dkk", "gbp")
_CODES = {"kronor": "SEK", "krona": "SEK", "kr": "SEK", "euro": "EUR", "€": "EUR", "$": "USD"}
_WORD = re.compile(r"(?P<scale>md|mdr|mn|m|t|k)(?P<cur>kr|sek|eur|euro)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """One amount found in a text: its span, its text, its value and currency."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str
    rule: str
    number: Decimal  # the printed number before scaling: 2.5 for "2,5 mnkr"


def parse_number(text: str) -> Decimal | None:
    """The value of a printed number (``1 250,5``, ``1.200.000``), or ``None``."""
    digits = re.sub(r"[\s.]", "", text.strip()).replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits) or len(digits) > 40:
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern above rules this out
        return None


def unit(text: str) -> tuple[Decimal, str] | None:
    """The multiplier and currency of a unit word (``tkr`` → 1000, SEK), or ``None``.

    >>> unit('tkr'), unit('Belopp (tkr)'), unit('miljoner euro'), unit('medlemmar')
    ((Decimal('1000'), 'SEK'), (Decimal('1000'), 'SEK'), (Decimal('1000000'), 'EUR'), None)
    >>> unit('Kostnad (tkr/år)'), unit('Hyra, kr per år')
    ((Decimal('1000'), 'SEK'), (Decimal('1'), 'SEK'))
    """
    match = _UNIT_TAIL.search(text.strip())
    if match is None:
        return None
    return _unit(match.group("scale"), match.group("cur"), match.group("word"))


# A unit at the end of a table header cell: "Belopp (tkr)", "Kostnad, kr", "tkr", "Summa SEK".
_UNIT_TAIL = re.compile(
    rf"""
    (?:^|(?<=[\s(,/]))                                   # starts the cell or follows a separator
    (?: (?:{_SCALE} \s)? {_CURRENCY} | {_UNIT_WORD} )
    (?: \s?/\s?år | \s per \s år )?                       # kr/år, tkr per år
    \)? \.? $                                            # maybe a closing parenthesis
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _unit(scale: str | None, cur: str | None, word: str | None) -> tuple[Decimal, str]:
    if word:
        parts = _WORD.fullmatch(word.rstrip("."))
        if parts is None:  # pragma: no cover - _UNIT_WORD only lists such words
            return Decimal(1), "SEK"
        scale, cur = parts.group("scale"), parts.group("cur")
    factor = _SCALES.get((scale or "").lower().rstrip("."), Decimal(1))
    code = (cur or "kr").lower().rstrip(".")
    if code == "öre":
        return factor / 100, "SEK"  # 50 öre per kWh
    return factor, _CODES.get(code, code.upper())


def _normal(value: Decimal) -> Decimal:
    """Whole numbers without an exponent or trailing zeros after scaling."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def finditer(text: str) -> Iterator[AmountMatch]:
    """Every amount in ``text``, in order."""
    low = _gate.fold(text)
    coded = any(code in low for code in _CODES_BEFORE) and _CODE_BEFORE.search(low) is not None
    gate = _START_OR_CODE if coded or "ſ" in text else _START
    for match in _gate.finditer(AMOUNT, gate, text):
        if match.group("pre"):
            number, rule = match.group("pnum"), "currency_before"
            pre = match.group("pre")
            factor = _SCALES.get((match.group("pscale") or "").lower().rstrip("."), Decimal(1))
            currency = _CODES.get(pre.lower(), pre.upper())
        elif match.group("snum"):
            number, rule = match.group("snum") + "," + match.group("sore"), "ore_colon"
            factor, currency = Decimal(1), "SEK"
        elif match.group("gnum"):
            number, rule = match.group("gnum") + "," + match.group("ore")[1:], "ore_colon"
            factor, currency = Decimal(1), "SEK"
        else:
            number = match.group("num")
            if match.group("dash"):
                factor, currency, rule = Decimal(1), "SEK", "kronor_dash"
            else:
                factor, currency = _unit(
                    match.group("scale"), match.group("cur"), match.group("word")
                )
                rule = "unit_word" if match.group("word") else "currency_after"
        value = parse_number(number)
        if value is None or _split_over_columns(text, match):
            continue
        end = match.end()
        while end > match.start() and match.string[end - 1] == ".":
            end -= 1  # the full stop after "kr." or "tkr." ends the sentence as often as not
        printed = text[match.start() : end]
        yield AmountMatch(
            match.start(), end, printed, _normal(value * factor), currency, rule, value
        )


# Two or more spaces or a tab: the gap between two columns of a table.
_COLUMN_GAP = re.compile(r"(?:\t|[ \u00a0]{2,})")


def _split_over_columns(text: str, match: re.Match[str]) -> bool:
    """Whether a number and its unit on two lines are cells of a table, not a wrapped sentence.

    ``2027`` in a header row of years over ``tkr`` in the unit row is no amount.

    >>> [m.text for m in finditer('Totalt  2025    2026\\n        tkr     tkr')]
    []
    >>> [m.text for m in finditer('bidrar med 250\\ntkr till')]
    ['250\\ntkr']
    """
    unit_start = match.end()
    for group in ("cur", "word", "scale"):
        if match.group(group) is not None:
            unit_start = min(unit_start, match.start(group))
    if "\n" not in text[match.start() : unit_start]:
        return False
    line_start = text.rfind("\n", max(0, match.start() - 200), match.start()) + 1
    before = text[line_start : match.start()]
    if before[-2:].isspace() or before.endswith("\t"):
        return True  # the number is a cell of its row (or indented under a column)
    return _COLUMN_GAP.match(text, match.end()) is not None and bool(
        text[match.end() :].lstrip(" \t\u00a0")[:1].strip()
    )


def parse(text: str) -> tuple[Decimal, str] | None:
    """The value in whole currency units and the ISO 4217 currency, or ``None``."""
    found = next(finditer(text.strip()), None)
    if found is None or found.start != 0 or found.end < len(text.strip().rstrip(".")):
        return None
    return found.value, found.currency


def is_valid(text: str) -> bool:
    """Whether ``text`` is exactly one money amount."""
    return parse(text) is not None


def format(value: Decimal, currency: str = "SEK") -> str:
    """``value`` the way Swedish documents print it: ``780 000 kr``, ``12 345,50 EUR``."""
    whole = value.to_integral_value() == value
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    text = text.replace(",", " ").replace(".", ",")
    return f"{text} {'kr' if currency == 'SEK' else currency}"
