"""Shared vocabulary of the closing blocks: section headings, labels, names and role lines.

The proposal list, the signature block and the recipient list all end where
another block begins, so the words that open a block live here once.

>>> is_section_heading("Beslutsunderlag")
True
>>> is_section_heading("Region Västerbotten")
False
>>> recipients_label("Beslutet skickas till:")
''
>>> recipients_label("Utdrag till: Ekonomienheten")
'Ekonomienheten'
>>> person_name("Anna Svensson (S)")
'Anna Svensson'
>>> person_name("Region Västerbotten") is None
True
>>> is_role("Tf. områdeschef Hållbar tillväxt")
True
>>> is_role("Samtliga förvaltningar")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

# Line tests are memoised by text: the proposal, signature and recipient extractors ask about
# the same lines.  Five hundred entries hold several documents' lines and fill within the first
# documents of a batch, so a long-running worker does not grow with its caches.
_MEMO = 512

__all__ = [
    "BLOCK_LABEL",
    "BULLET",
    "DECIDED_BY",
    "NAME_WORD",
    "NOT_RECIPIENT",
    "PARAGRAPHS",
    "PROTOKOLL_ROLES",
    "ROLE_ABOVE",
    "SIGNATURE_ANCHOR",
    "is_first_name",
    "is_prose",
    "is_role",
    "is_section_heading",
    "is_signature_label",
    "person_name",
    "proposal_heading_kind",
    "recipients_label",
    "strip_bullet",
    "strip_stray",
]

# Headings that open a section of the body (matched against a whole line, case-insensitive).
_SECTION = re.compile(
    r"""
    ^(?:
        sammanfattning(?:\s+av\s+ärendet)?          # Sammanfattning (av ärendet)
      | ärendebeskrivning | ärendet | bakgrund      # the case itself
      | beskrivning\s+av\s+ärendet
      | beslutsunderlag | underlag                   # the papers
      | yrkanden? | beslutsgång | propositionsordning
      | reservation(?:er)? | protokollsanteckning(?:ar)?
      | jäv | deltar\s+inte\s+i\s+beslutet
      | (?:förvaltningens\s+)?(?:bedömning|synpunkter|motivering|överväganden)
      | skäl\s+för\s+beslutet | motivering\s+till\s+beslutet | beslutsmotivering
      | (?:ekonomiska\s+)?konsekvenser(?:\s+\w+){0,3}
      | ekonomi | finansiering | juridik | utredning | analys | uppföljning
      | barnperspektiv(?:et)? | barnkonsekvensanalys | jämställdhet | miljö
      | ärendets\s+beredning | beredning | information\s+i\s+ärendet
      | hur\s+man\s+överklagar | överklagande | bilagor? | upplysningar
      | justerandes\s+sign(?:atur)? | utdragsbestyrkande
      | ärendet\s+i\s+korthet | sammanfattning\s+och\s+\w+ | beskrivning
      | förvaltningens\s+(?:utredning|yttrande|kommentarer)
      | samverkan | samråd | styrdokument | kommunikation | remissvar | handlingar
      | lagstiftning | regelverk | tidplan | risker | måluppfyllelse | hållbarhet
      | beslutets\s+innebörd | ärendebeskrivning\s+och\s+\w+
    )\s*:?$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Who proposes or decides: "Kommunstyrelsens", "VD:s", "Regionstyrelsens arbetsutskotts".
_OWNER = (
    r"(?:(?:[A-ZÅÄÖÉa-zåäöé][\w]*-\s+(?:och|&)\s+)?"  # Barn- och utbildningsnämndens
    r"[A-ZÅÄÖÉa-zåäöé][\w-]*(?::s|s)\s+(?:[a-zåäö][\w-]*s\s+)?)"
)
_PROPOSAL_HEADING = re.compile(
    rf"""
    ^(?P<heading>
        {_OWNER}?(?:förslag|beslutsförslag)          # Regiondirektörens förslag
            (?:\s+till\s+[\w/-]+(?:\s+[\w/()-]+){{0,3}})? #   ... till beslut / kommunfullmäktige
      | förslag\s+(?:till|på)\s+[\w/-]+(?:\s+[\w/()-]+){{0,3}}   # Förslag till beslut
      | beslutsförslag | föreslaget\s+beslut | föreslagna\s+beslut
    )\s*:?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DECISION_HEADING = re.compile(
    rf"""
    ^(?P<heading>
        {_OWNER}?beslut                              # Kommunstyrelsens beslut, Rektors beslut
      | beslut(?:et)?(?:\s+i\s+korthet)?            # Beslut, Beslutet
    )\s*:?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Labels that open the recipient list; group "rest" holds an inline list.
_RECIPIENTS = re.compile(
    r"""
    ^(?:
        (?:protokolls)?utdrag\s+(?:till|skickas\s+till|expedieras\s+till)   # Utdrag till
      | beslut(?:et)?\s+(?:ska\s+|skall\s+)?(?:skickas|sänds|expedieras|delges)\s+till
      | expedieras\s+till | expediering | expedierat\s+till
      | sändlista | kopia\s+till | kopior\s+till | delges | för\s+kännedom(?:\s+till)?
      | kopia\s+för\s+kännedom(?:\s+till)? | expedieras | delgivning(?:\s+till)?
      | skickas\s+till | sänds\s+till | distribueras\s+till | distribution(?:slista)?
      | beslut(?:et)?\s+(?:ska\s+|skall\s+)?delges
      | (?:kopia|utdrag)(?=\s*:)                                        # Kopia: / Utdrag:
    )\s*(?::\s*|\s+-\s+|\s+)?(?P<rest>.*)$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Labels above or around a signature: never a name, never a title.
_SIGNATURE_LABEL = re.compile(
    r"""
    ^(?:
        i\s+tjänsten | underskrift(?:er)? | vid\s+protokollet | beslutande
      | föredragande | beslutsfattare | handläggare\s+och\s+föredragande
      | justeras | justerat | justerandes\s+sign(?:atur)? | utdragsbestyrkande
      | med\s+vänlig\s+hälsning | enligt\s+uppdrag | på\s+\w+\s+vägnar
      | signerat | underskrifter\s+och\s+namnförtydligande | namnförtydligande
      | signatursida | signaturer | elektronisk\s+underskrift | digital\s+signatur
      | detta\s+dokument\s+har\s+(?:signerats|undertecknats)    # e-signature page
    )\b[^.]{0,40}\.?$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# The sentence of a beslut that says who decided and who presented the case; it opens the
# signature block and ends the decision list ("Beslut i detta ärende har fattats av rektor ...").
DECIDED_BY = re.compile(
    r"""
    (?:har\s+(?:fattats|beslutats|avgjorts)|fattades|avgjordes)\s+av   # ... har fattats av X
      | efter\s+föredragning\s+av | slutliga\s+handläggningen          # ... och föredragande Y
      | föredragande\s+har\s+varit | har\s+varit\s+föredragande
      | ^i\s+detta\s+ärende\s+har\s+\w+                 # I detta ärende har X beslutat
      | saknar\s+(?:därför\s+)?(?:namn)?underskrift                   # ... saknar underskrift
      | ^beslutet\s+är\s+fattat\s+(?:med\s+stöd\s+av|av)\b   # Beslutet är fattat med stöd
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Labels that open a signature block (a name under them needs no role line).
SIGNATURE_ANCHOR = re.compile(
    r"""
    ^(?:i\s+tjänsten | underskrift(?:er)? | vid\s+protokollet | beslutande | föredragande
      | beslutsfattare | med\s+vänlig\s+hälsning | enligt\s+uppdrag | på\s+\w+\s+vägnar
      | justeras | namnförtydligande | beslut\s+i\s+detta\s+ärende\s+har\s+fattats\s+av
      | (?:elektroniskt|digitalt)\s+(?:signerad|signerat|undertecknad|undertecknat)   # e-signature
      | (?:signerad|signerat|undertecknad|undertecknat)\s+(?:elektroniskt|digitalt)
      | elektronisk\s+underskrift | digital\s+underskrift | e-underskrift
      | (?:dokumentet|beslutet|handlingen)\s+är\s+(?:elektroniskt|digitalt)\s+\w+)
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A protokoll role printed above the name, maybe with a signature line of dots.
PROTOKOLL_ROLES = r"(?P<role>sekreterare|ordförande|vice\s+ordförande|justerare|justerande)"
# A label that may precede the first role of a block on the same line ("Underskrifter Sekreterare").
BLOCK_LABEL = r"(?:(?:underskrift(?:er)?|vid\s+protokollet|signaturer)\s*:?\s+)?"
# The paragraphs a protokoll page covers, printed beside the first signature line.
PARAGRAPHS = r"(?:(?:paragrafer|§§?)\s*[\d\s,–-]*)?"
ROLE_ABOVE = re.compile(
    rf"^{BLOCK_LABEL}{PROTOKOLL_ROLES}\s*[._…\s]*{PARAGRAPHS}$",
    re.IGNORECASE,
)
# A line that is not a recipient: contact data, dates, page numbers.
NOT_RECIPIENT = re.compile(
    r"""
    @ | \b\d{4}-\d{2}-\d{2}\b                         # e-mail, date
    | ^sida\s+\d | ^\d+\s*\(\d+\)$ | ^§\s*\d          # page number, a § line
    | \b(?:postadress|besöksadress|telefon|tel|fax|e-post|webb|org\.?\s?nr
         |organisationsnummer|bankgiro|plusgiro|box)\b[:.]?\s*\S   # letterhead footer
    | www\. | \b\d{3}\s\d{2}\b                         # web address, postal code
    | ^bilag(?:a|or)\b                                 # attachments
    | ^(?:dnr|diarienr|diarienummer|ärendenummer|vår\s+beteckning|er\s+beteckning)\b
    | \bjustera[sdt]\b                                  # "Paragrafen justeras omedelbart"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A bullet or dash that opens a list item, with the space after it.
BULLET = re.compile(
    r"^(?:[-–—•·▪■◦●○*«➢►▶✓□\u2022\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|\(cid:\d+\)|o(?=\s+[A-ZÅÄÖ]))\s*"
)
# Stray marks around a short line: quotes, bars and dots that OCR reads from specks (a dot
# only in front: a trailing one ends an abbreviation, "Tf.").
_LEADING_STRAY = "\"'”“‘’`´|¦.,"
_TRAILING_STRAY = "\"'”“‘’`´|¦,"

# One word of a person's name: capitalised, maybe double-barrelled (Britt-Marie, Lindh-Öberg).
NAME_WORD = r"[A-ZÅÄÖÉÈÜØÆ][a-zåäöéèüáàíóúøæçñß']+(?:-[A-ZÅÄÖÉÈÜ][a-zåäöéèüáàíóúøæçñß']+)*"
# Name particles written in lower case (von Essen, af Klercker, de Geer).
_PARTICLE = r"(?:von|af|av|de|van|der|den|la|le|du|di|da)"
_PERSON = re.compile(
    rf"""
    ^(?P<name>
        {NAME_WORD}                                   # first name
        (?:\s+(?:{_PARTICLE}\s+)?(?:[A-ZÅÄÖ]\.\s*)?{NAME_WORD}){{1,3}}   # more names, initials
    )
    (?:\s*\((?P<party>[A-ZÅÄÖ]{{1,4}}|[A-ZÅÄÖ][a-zåäö]{{1,3}})\))?   # party letters: (S), (KD)
    $
    """,
    re.VERBOSE,
)

# Words that make a capitalised pair an organisation or a label rather than a person.
_NOT_NAME_WORDS = frozenset(
    [
        "region",
        "regionen",
        "kommun",
        "kommunen",
        "stad",
        "staden",
        "landsting",
        "län",
        "länsstyrelsen",
        "universitet",
        "högskola",
        "högskolan",
        "förvaltning",
        "nämnd",
        "styrelse",
        "enhet",
        "avdelning",
        "kontor",
        "sektor",
        "stab",
        "samtliga",
        "alla",
        "beslut",
        "beslutet",
        "utdrag",
        "kopia",
        "till",
        "datum",
        "dnr",
        "diarienummer",
        "sida",
        "bilaga",
        "justerat",
        "justerandes",
        "underskrifter",
        "protokoll",
        "vid",
        "handläggare",
        "ordförande",
        "sekreterare",
        "justerare",
        "föredragande",
        "beslutande",
        "projektägaren",
        "sökanden",
        "ekonomi",
        "ekonomiavdelningen",
        "ab",
        "hb",
        "kb",
        "förening",
        "föreningen",
        "stiftelsen",
        "bolaget",
        "gruppen",
        "akademi",
        "centrum",
    ]
)
_NOT_NAME_SUFFIXES = (
    "förvaltningen",
    "nämnden",
    "styrelsen",
    "avdelningen",
    "enheten",
    "kontoret",
    "utskottet",
    "fullmäktige",
    "sekretariatet",
    "kansliet",
    "staben",
    "verket",
    "myndigheten",
    "föreningen",
    "förbundet",
    "bolaget",
    "centret",
    "centrum",
    "kommun",
    "region",
    "ningen",
    "tjänsten",
    "verksamheten",
    "sektionen",
    "skolan",
    "huset",
)

# Role words: a line holding one of them (as a word ending) reads as a title.
_ROLE_ENDING_LIST = """
    chef direktör sekreterare ordförande justerare handläggare controller
    upphandlare utredare strateg samordnare jurist ekonom rektor dekan
    prefekt hövding registrator arkivarie analytiker specialist planerare
    ingenjör arkitekt rådgivare assistent koordinator ledare ansvarig
    inspektör förvaltare råd ledamot ersättare revisor utvecklare
    sköterska läkare konsult tjänsteman kanslist biträde kamrer intendent
    föreståndare ombudsman handledare kurator psykolog lärare officer
    tekniker expert kommunikatör administratör ombud sakkunnig president
    kansliråd notarie assessor byråchef generaldirektör överdirektör
"""
_ROLE_ENDINGS = _ROLE_ENDING_LIST.split()


def _factored(words: list[str]) -> str:
    """An alternation of ``words`` with shared openings factored out, which the regex engine
    tries letter by letter instead of word by word.

    >>> _factored(["dår", "dårilsnak", "fehc"])
    '(?:dår(?:ilsnak)?|fehc)'
    """
    ends = "" in words
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    if not heads:
        return ""
    parts = [re.escape(head) + _factored(tails) for head, tails in heads.items()]
    group = parts[0] if len(parts) == 1 and not ends else f"(?:{'|'.join(parts)})"
    return f"{group}?" if ends else group


# A word that opens after a space, "(", ".", "/" or "-", ends with a role word and is followed
# by the end, a space, ",", "." or ")"; searched in the reversed text, where the role word
# opens the match and the search tries it only right after such an end (forwards, the
# search tried every ending at every letter of every word).
_ROLE_REVERSED = re.compile(
    rf"""
    (?<![^\s,.)])                            # the end of the text or of the word
    {_factored([word[::-1] for word in _ROLE_ENDINGS])}   # a role word, reversed
    \w*+                                      # the rest of the word
    [\s(./-]                                  # what stands before the word
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _has_role_word(text: str) -> bool:
    """Whether a word of ``text`` ends with a role word (``Regiondirektör``, ``tf. rektor``).

    >>> _has_role_word("Tf. områdeschef"), _has_role_word("Chefsjurist."), _has_role_word("Chefen")
    (True, True, False)
    """
    return _ROLE_REVERSED.search(f"{text[::-1]} ") is not None


# The tests below are memoised: the proposal, signature and recipient extractors try the same
# lines, and the same words and role lines recur across documents.

# Common Swedish first names: where one name ends and the next begins in merged text.
_FIRST_NAME_LIST = """
Agneta Agnes Alexander Alice Alva Anders Andreas Anette Anita Ann Anna Anne Annika Anton
Arne Astrid Axel Barbro Bengt Berit Birgitta Björn Bo Britt Camilla Carina Carl Caroline
Cecilia Charlotte Christer Christian Christina Daniel David Ebba Eddie Elias Elin Elisabeth
Ella Ellen Elsa Emil Emma Erik Eva Ewa Filip Fredrik Gabriel Gun Gunilla Gunnar Gustav Hanna
Hans Helen Helena Henrik Hugo Håkan Ida Ingrid Inger Isak Jan Jenny Jessica Joakim Johan
Johanna Johannes Jonas Jonathan Josefin Karin Karl Katarina Kent Kerstin Kjell Klara
Kristina Lars Leif Lena Lennart Linda Linnea Linnéa Lisa Lotta Louise Lucas Magnus Maja
Malin Marcus Margareta Maria Marie Martin Mats Mattias Max Michael Mikael Moa Monica Nils
Niklas Olof Olle Oscar Oskar Patrik Per Peter Rebecka Robert Roger Rolf Sara Simon Sofia
Sofie Stefan Stig Susanne Sven Therese Therése Thomas Tobias Tomas Torbjörn Ulf Ulla Ulrika
Viktor Vilma Wilma William Ylva Åke Åsa Örjan Ingela Yvonne Marianne Mona Siv Sonja Rut
Göran Gösta Kurt Bertil Ingemar Lars-Erik Jan-Erik Per-Olof Ann-Sofie Britt-Marie Anna-Karin
Eva-Lena Mia Pia Tove Frida Matilda Julia Amanda Emelie Liam Noah Hampus Jakob Jacob Albin
Ludvig Theo Arvid Sixten Märta Greta Stina Birgit Dag Eskil Folke Harald Ivar Kristoffer
Pontus Rasmus Sebastian Viggo Annelie Eva-Karin Marita Jeanette Madeleine Hillevi Solveig
Gerd Majvor Ragnar Sune Tord Urban Östen
"""
_FIRST_NAMES = frozenset(_FIRST_NAME_LIST.casefold().split())


def is_first_name(word: str) -> bool:
    """Whether ``word`` (or its first part, ``Jan`` of ``Jan-Erik``) is a common first name.

    >>> is_first_name("Jan-Erik"), is_first_name("Lindh")
    (True, False)
    """
    low = word.casefold()
    return low in _FIRST_NAMES or low.split("-")[0] in _FIRST_NAMES


@lru_cache(maxsize=_MEMO)
def is_section_heading(text: str) -> bool:
    """Whether a whole line is a known body heading (``Bakgrund``, ``Beslutsunderlag`` ...)."""
    return bool(_SECTION.match(text.strip()))


@lru_cache(maxsize=_MEMO)
def proposal_heading_kind(text: str) -> str | None:
    """``"proposal"`` or ``"decision"`` when a whole line heads a proposal or decision list.

    >>> proposal_heading_kind("Förslag till beslut"), proposal_heading_kind("Nämndens beslut")
    ('proposal', 'decision')
    >>> proposal_heading_kind("Beslutsunderlag") is None
    True
    """
    text = strip_stray(text)
    if not text or len(text) > 90 or not text[0].isupper():
        return None  # a wrapped fragment of a sentence ("beslut" alone) is not a heading
    if _PROPOSAL_HEADING.match(text):
        return "proposal"
    if _DECISION_HEADING.match(text):
        return "decision"
    return None


@lru_cache(maxsize=_MEMO)
def recipients_label(text: str) -> str | None:
    """The inline rest of a recipients label line (``''`` when none), or ``None``."""
    match = _RECIPIENTS.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest").strip()
    if rest and rest[0].islower() and ":" not in match.group():
        return None  # a sentence: "Beslutet skickas till berörda nämnder för kännedom."
    # "Utdrag till" must not swallow a sentence such as "Kopia till alla berörda skickas ...".
    if rest.endswith(".") and len(rest.split()) > 6:
        return None
    return rest


@lru_cache(maxsize=_MEMO)
def is_signature_label(text: str) -> bool:
    """Whether a whole line is a signature-block label (``I tjänsten``, ``Vid protokollet``)."""
    return bool(_SIGNATURE_LABEL.match(text.strip()))


@lru_cache(maxsize=_MEMO)
def person_name(text: str) -> str | None:
    """The person's name when the whole of ``text`` reads as one (party letters dropped)."""
    if len(text) > 80:
        return None
    match = _PERSON.match(strip_stray(text))
    if match is None:
        return None
    name = match.group("name")
    for word in name.split():
        low = word.casefold()
        if low in _NOT_NAME_WORDS or low.endswith(_NOT_NAME_SUFFIXES):
            return None
        if _has_role_word(word) and len(word) > 3:
            return None
    return name


@lru_cache(maxsize=_MEMO)
def is_role(text: str) -> bool:
    """Whether a line reads as a title or role (``Regiondirektör``, ``Tf. områdeschef ...``)."""
    text = strip_stray(text)
    if not text or len(text) > 80 or (text.endswith((".", ":")) and not text.endswith("Tf.")):
        return False
    return _has_role_word(text)


def strip_bullet(text: str) -> str:
    """``text`` without a leading dash or bullet."""
    return BULLET.sub("", text.strip(), count=1).strip()


def strip_stray(text: str) -> str:
    """``text`` without stray quotes, bars and commas at its ends (``Upphandlare”`` -> ...).

    >>> strip_stray("Upphandlare”")
    'Upphandlare'
    """
    # marks and white space may alternate: strip both until nothing more goes
    stripped = text.strip()
    while True:
        less = stripped.lstrip(_LEADING_STRAY).lstrip()
        if len(less) == len(stripped):
            break
        stripped = less
    while True:
        less = stripped.rstrip(_TRAILING_STRAY).rstrip()
        if len(less) == len(stripped):
            return stripped
        stripped = less


def is_prose(text: str) -> bool:
    """A sentence of the body, not a line of a signature block."""
    return len(text) > 90 or (text.endswith(".") and len(text.split()) > 5)
