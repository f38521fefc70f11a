"""Characters OCR confuses inside numbers, repaired where the shape makes the intent clear.

Tesseract reads ``0`` as ``O`` or ``o``, ``1`` as ``l``, ``I`` or ``|``, and
``5`` as ``S`` now and then.  Inside a token that is otherwise digits and
number punctuation (a date, an amount, the digit part of a case number) those
letters can only be digits.  Each repair replaces one character by one, so
offsets into the text stay valid.

>>> repair_ocr_text("den 2O24-O4-02 beslöt")
'den 2024-04-02 beslöt'
>>> repair_ocr_text("780 OOO kronor och Olof")
'780 000 kronor och Olof'
>>> repair_ocr_text("RUN/l83/2024")
'RUN/183/2024'
>>> repair_ocr_text("Solna 2024")
'Solna 2024'

Committee names end in ``-nämnden``; Tesseract reads its ``n`` as ``h`` often enough
to matter, and inside a compound ``-hämnd`` is hardly ever meant:

>>> repair_ocr_text("Kollektivtrafikhämnden och hämnden")
'Kollektivtrafiknämnden och hämnden'

Inside one word, an e-mail address whose ``@`` came out as ``(Q`` or ``©``:

>>> repair_ocr_word("asa.hernerud(Qregionjh.se")
'asa.hernerud@regionjh.se'
>>> repair_ocr_word("(Qvist)")
'(Qvist)'
"""

from __future__ import annotations

import re

__all__ = ["repair_ocr_text", "repair_ocr_word"]

_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5"})

# A run of digits and look-alikes joined by number punctuation, holding at least two
# real digits and at least as many digits as look-alikes.
_NUMBERISH = re.compile(
    r"""
    (?<![^\W\d_])                     # not glued to a preceding letter
    [0-9OolI|S]+ (?: [-/.:,] [0-9OolI|S]+ )*
    (?![^\W\d_])                      # nor to a following letter
    """,
    re.VERBOSE,
)
# A group of three after a digit group: "780 OOO", "1 2OO 000" (thousands written apart).
_THOUSANDS = re.compile(r"(?<=\d)([ \u00a0])([Oo0-9]{3})(?![^\W\d_])")


# "-nämnd" read as "-hämnd" at the end of a compound (a letter before it).
_NAMND = re.compile(r"(?<=[a-zåäö])hämnd(?=(?:en|er|erna)?\b)")


def repair_ocr_text(text: str) -> str:
    """``text`` with digit look-alikes inside number-shaped tokens made digits."""
    text = _NUMBERISH.sub(_repair_token, text)
    text = _NAMND.sub("nämnd", text)
    return _THOUSANDS.sub(lambda m: m.group(1) + m.group(2).translate(_LOOKALIKES), text)


def _repair_token(match: re.Match[str]) -> str:
    token = match.group()
    digits = sum(c.isdigit() for c in token)
    lookalikes = sum(c in "OolI|S" for c in token)
    if digits < 2 or lookalikes == 0 or lookalikes > digits:
        return token
    return token.translate(_LOOKALIKES)


# An address with its "@" misread: local part, a look-alike, a domain with a dot.
_BROKEN_EMAIL = re.compile(
    r"""
    ^(?P<local>[\w.+-]+?)               # the part before the @
    (?:\(Q|\(@|@\)|Q\)|\(a\)|©|®)   # how Tesseract tends to read "@"
    (?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})$   # a domain ending in a top-level name
    """,
    re.VERBOSE,
)


def repair_ocr_word(word: str) -> str:
    """One OCR word with a misread ``@`` in an e-mail address put right."""
    match = _BROKEN_EMAIL.match(word)
    return f"{match['local']}@{match['domain']}" if match else word
