# ruff: noqa: E501  (the documents hold unwrapped paragraphs, one long line each, as printed)
"""Closing blocks of whole documents in the families and layouts beyond the dev corpus.

Each document is a realistic rendering of a Swedish public-sector case document
(full sammanträdesprotokoll, beslut by one official, delegationsbeslut, kommun
tjänsteskrivelse with a proposal to fullmäktige, authority beslut with an
e-signature).  The expected proposals, heading, signatories and recipients are
decided from shared/corpus/LABELING.md.  Every document is also checked as
plain text wrapped at 76 columns and with its columns merged by single spaces,
the two other TXT renderings in use.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

import arende

Proposals = list[tuple[int | None, str]]
Signers = list[tuple[str, str | None]]


@dataclass(frozen=True)
class Expected:
    heading: str | None
    proposals: Proposals
    signatories: Signers
    recipients: set[str]


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def wrapped(text: str, width: int = 76) -> str:
    """Paragraph lines longer than ``width`` wrapped (columned rows are left alone)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or _GAP.search(line.strip()):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_on_hyphens=False))
    return "\n".join(out)


def merged(text: str) -> str:
    """Side-by-side blocks merged with single spaces, indents dropped (plain-text export)."""
    pages = text.split("\f")
    return "\f".join("\n".join(" ".join(ln.split()) for ln in page.split("\n")) for page in pages)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".,;:")


def _check(text: str, expected: Expected) -> None:
    _check_case(arende.parse_text(text), expected)


def _check_case(case: arende.CaseDocument, expected: Expected) -> None:
    heading = None if case.proposal_heading is None else case.proposal_heading.value
    got = [(p.value.number, " ".join(p.value.text.split())) for p in case.proposals]
    signers = sorted((s.value.name, s.value.title) for s in case.signatories)
    recipients = {_norm(r.value) for r in case.recipients}
    assert (heading, got, signers, recipients) == (
        expected.heading,
        expected.proposals,
        sorted(expected.signatories),
        {_norm(r) for r in expected.recipients},
    )


DOCUMENTS: list[tuple[str, str, Expected]] = []


def doc(name: str, text: str, expected: Expected) -> None:
    DOCUMENTS.append((name, text, expected))


# -- Full sammanträdesprotokoll --------------------------------------------------------------

# Kommunstyrelse, three §§; "Sekreterare ....... " with the name under the dots.
doc(
    "protokoll-ks-dots",
    """Kommunstyrelsen                                    PROTOKOLL
                                                   Sammanträdesdatum 2025-03-11

Plats och tid        Kommunhuset, Sammanträdesrummet Storsjön, kl. 13.00–15.30

Beslutande           Anders Nilsson (S), ordförande
                     Karin Ek (M)
                     Per Olsson (C)
                     Maria Holm (V)

Tjänstgörande ersättare
                     Lena Berg (S)

Övriga närvarande    Eva Lind, kommundirektör
                     Johan Ström, sekreterare

Justerare            Karin Ek

Justeringens plats och tid   Kommunkansliet 2025-03-14

Underskrifter
Sekreterare  ..............................   Paragrafer 12–14
             Johan Ström

Ordförande   ..............................
             Anders Nilsson

Justerare    ..............................
             Karin Ek

§ 12

Val av justerare

Beslut
Karin Ek utses att justera dagens protokoll.

§ 13   Dnr KS 2024/0456

Revidering av reglemente för krisledningsnämnden

Ärendet
Kommunfullmäktige beslutade den 12 december 2022 att anta ett reglemente för krisledningsnämnden. Förvaltningen har sett över reglementet efter den nya lagstiftningen och föreslår ändringar i avsnitten om sammansättning och delegation.

Beslutsunderlag
Tjänsteskrivelse 2025-02-20

Beslut
1. Kommunstyrelsen godkänner förslaget till reviderat reglemente.
2. Reglementet gäller från och med 2025-04-01.

Beslutet skickas till
Kommunledningsförvaltningen
Räddningstjänsten

§ 14   Dnr KS 2025/0077

Bidrag till föreningen Bygdegården

Ärendet
Föreningen Bygdegården har ansökt om bidrag för renovering av samlingslokalen. Ansökan uppfyller kraven i kommunens riktlinjer för föreningsbidrag.

Beslut
Kommunstyrelsen beviljar föreningen ett bidrag om 50 000 kronor.

Expedieras till: Föreningen Bygdegården, Ekonomiavdelningen
""",
    Expected(
        "Beslut",
        [
            (None, "Karin Ek utses att justera dagens protokoll."),
            (1, "Kommunstyrelsen godkänner förslaget till reviderat reglemente."),
            (2, "Reglementet gäller från och med 2025-04-01."),
            (None, "Kommunstyrelsen beviljar föreningen ett bidrag om 50 000 kronor."),
        ],
        [
            ("Johan Ström", "Sekreterare"),
            ("Anders Nilsson", "Ordförande"),
            ("Karin Ek", "Justerare"),
        ],
        {
            "Kommunledningsförvaltningen",
            "Räddningstjänsten",
            "Föreningen Bygdegården",
            "Ekonomiavdelningen",
        },
    ),
)

# Nämnd protokoll, five §§, names in a row with roles under them, att-items per §.
doc(
    "protokoll-bun-row",
    """PROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2024-09-24

Ledamöter
Sofia Lundqvist (S), ordförande
Erik Magnusson (M), vice ordförande
Annika Holm (C)
Jonas Berg (SD)

Tjänstgörande ersättare
Britt Svensson (S)

Övriga närvarande
Helena Axelsson, förvaltningschef
Martin Larsson, nämndsekreterare

Utses att justera   Erik Magnusson

Underskrifter

Martin Larsson            Sofia Lundqvist            Erik Magnusson
Sekreterare               Ordförande                 Justerare

§ 45   Dnr BUN 2024/0101

Godkännande av dagordning

Beslut
Dagordningen godkänns.

§ 46   Dnr BUN 2024/0088

Delårsrapport augusti 2024

Beslutsunderlag
Tjänsteskrivelse 2024-09-10
Delårsrapport augusti 2024

Beslut
Barn- och utbildningsnämnden beslutar
att godkänna delårsrapporten,
att överlämna rapporten till kommunstyrelsen.

Beslutet skickas till
Kommunstyrelsen
Ekonomienheten

§ 47   Dnr BUN 2024/0090

Skolskjutsregler för läsåret 2025/2026

Ärendet
Förvaltningen har sett över reglerna för skolskjuts. Förslaget innebär att avståndsgränserna behålls men att reglerna för växelvis boende förtydligas.

Beslut
1. Nämnden antar reviderade regler för skolskjuts.
2. Reglerna gäller från och med läsåret 2025/2026.
3. Tidigare regler upphör att gälla samma dag.

Beslutet skickas till
Skolskjutsenheten
Samtliga rektorer

§ 48   Dnr BUN 2024/0095

Information från förvaltningschefen

Beslut
Informationen läggs till handlingarna.

§ 49   Dnr BUN 2024/0102

Val av ombud till skolforum

Beslut
Annika Holm (C) utses till ombud.

Beslutet skickas till
Annika Holm
Skolforum
""",
    Expected(
        "Beslut",
        [
            (None, "Dagordningen godkänns."),
            (None, "att godkänna delårsrapporten,"),
            (None, "att överlämna rapporten till kommunstyrelsen."),
            (1, "Nämnden antar reviderade regler för skolskjuts."),
            (2, "Reglerna gäller från och med läsåret 2025/2026."),
            (3, "Tidigare regler upphör att gälla samma dag."),
            (None, "Informationen läggs till handlingarna."),
            (None, "Annika Holm (C) utses till ombud."),
        ],
        [
            ("Martin Larsson", "Sekreterare"),
            ("Sofia Lundqvist", "Ordförande"),
            ("Erik Magnusson", "Justerare"),
        ],
        {
            "Kommunstyrelsen",
            "Ekonomienheten",
            "Skolskjutsenheten",
            "Samtliga rektorer",
            "Annika Holm",
            "Skolforum",
        },
    ),
)

# Regionstyrelse protokoll paginated with a running header, the role above the name.
doc(
    "protokoll-rs-role-above",
    """Region Västernorrland                              Protokoll
Regionstyrelsen                                    2025-02-04

Beslutande       Se närvarolista

Justerare        Maria Sjödin (M)

Sekreterare
Lars Öberg

Ordförande
Gunnar Hedlund

Justerare
Maria Sjödin

§ 1

Fastställande av föredragningslista

Beslut
Föredragningslistan fastställs.

§ 2   RS/2024/311

Ny organisation för regional utveckling

Ärendet
Regiondirektören har utrett en ny organisation för regional utveckling. Utredningen har remitterats till de fackliga organisationerna och en riskanalys har genomförts.

Beslut
1. Regionstyrelsen fastställer den nya organisationen för regional utveckling från och med 2025-04-01.
2. Regiondirektören får i uppdrag att genomföra omorganisationen.
\f
Region Västernorrland                              Protokoll
Regionstyrelsen                                    2025-02-04

3. Uppföljning av omorganisationen redovisas för regionstyrelsen i december 2025.

Beslutet skickas till
Regiondirektören
HR-avdelningen

§ 3   RS/2024/400

Yttrande över remiss om nationell plan för transportinfrastrukturen

Beslut
Regionstyrelsen antar yttrandet som sitt eget och överlämnar det till Infrastrukturdepartementet.

Expedieras till
Infrastrukturdepartementet
""",
    Expected(
        "Beslut",
        [
            (None, "Föredragningslistan fastställs."),
            (
                1,
                "Regionstyrelsen fastställer den nya organisationen för regional utveckling "
                "från och med 2025-04-01.",
            ),
            (2, "Regiondirektören får i uppdrag att genomföra omorganisationen."),
            (3, "Uppföljning av omorganisationen redovisas för regionstyrelsen i december 2025."),
            (
                None,
                "Regionstyrelsen antar yttrandet som sitt eget och överlämnar det till "
                "Infrastrukturdepartementet.",
            ),
        ],
        [
            ("Lars Öberg", "Sekreterare"),
            ("Gunnar Hedlund", "Ordförande"),
            ("Maria Sjödin", "Justerare"),
        ],
        {"Regiondirektören", "HR-avdelningen", "Infrastrukturdepartementet"},
    ),
)

# Kommunfullmäktige protokoll: "Sekreterare ........ Name" on one line, four §§.
doc(
    "protokoll-kf-dots-one-line",
    """Kommunfullmäktige
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-11-25

Ledamöter            Se bilaga 1

Sekreterare ........................ Camilla Strand
Ordförande  ........................ Bengt Lindberg
Justerare   ........................ Ulf Karlsson
Justerare   ........................ Sara Nyström

§ 101   KS 2024/0211

Budget 2025 och verksamhetsplan 2025–2027

Beslut
1. Kommunfullmäktige fastställer budget för 2025.
2. Skattesatsen för 2025 fastställs till 22,34 kronor.

Beslutet skickas till: Samtliga nämnder och Ekonomiavdelningen

§ 102   KS 2024/0190

Motion om solceller på kommunens fastigheter

Yrkanden
Ulf Karlsson (V) yrkar bifall till motionen.

Beslut
Motionen avslås.

§ 103   KS 2024/0230

Val av revisorer

Beslut
Kommunfullmäktige väljer Anna Kjellberg till revisor för resten av mandatperioden.

Beslutet skickas till
Revisorerna
Anna Kjellberg
""",
    Expected(
        "Beslut",
        [
            (1, "Kommunfullmäktige fastställer budget för 2025."),
            (2, "Skattesatsen för 2025 fastställs till 22,34 kronor."),
            (None, "Motionen avslås."),
            (
                None,
                "Kommunfullmäktige väljer Anna Kjellberg till revisor för resten av "
                "mandatperioden.",
            ),
        ],
        [
            ("Camilla Strand", "Sekreterare"),
            ("Bengt Lindberg", "Ordförande"),
            ("Ulf Karlsson", "Justerare"),
            ("Sara Nyström", "Justerare"),
        ],
        {"Samtliga nämnder", "Ekonomiavdelningen", "Revisorerna", "Anna Kjellberg"},
    ),
)

# Socialnämnd protokoll with roles under names at the end, "Kommunstyrelsens beslut"-style
# headings per § ("Socialnämndens beslut").
doc(
    "protokoll-sn-nämndens-beslut",
    """Socialnämnden
Protokoll 2025-01-22

Närvarande ledamöter
Ingrid Sandberg (S)
Olof Åberg (KD)

§ 3   SN 2024.412

Riktlinjer för ekonomiskt bistånd

Socialnämndens beslut
1. Socialnämnden antar riktlinjer för ekonomiskt bistånd.
2. Riktlinjerna gäller från och med 2025-02-01.

Beslutet skickas till
Individ- och familjeomsorgen

§ 4   SN 2024.420

Internkontrollplan 2025

Socialnämndens beslut
Socialnämnden antar internkontrollplanen för 2025.

Beslutet skickas till
Kommunens revisorer

Justerandes sign

Vid protokollet

Ellen Forsberg
Sekreterare

Ingrid Sandberg            Olof Åberg
Ordförande                 Justerare
""",
    Expected(
        "Socialnämndens beslut",
        [
            (1, "Socialnämnden antar riktlinjer för ekonomiskt bistånd."),
            (2, "Riktlinjerna gäller från och med 2025-02-01."),
            (None, "Socialnämnden antar internkontrollplanen för 2025."),
        ],
        [
            ("Ellen Forsberg", "Sekreterare"),
            ("Ingrid Sandberg", "Ordförande"),
            ("Olof Åberg", "Justerare"),
        ],
        {"Individ- och familjeomsorgen", "Kommunens revisorer"},
    ),
)

# Protokoll where each § has "Förslag till beslut" (the working committee's) and "Beslut".
doc(
    "protokoll-forslag-and-beslut",
    """Kommunstyrelsen                                  PROTOKOLL
                                                 Sammanträdesdatum 2025-05-06

Underskrifter    Sekreterare    ....................................
                                Pia Engström
                 Ordförande     ....................................
                                Kent Åström
                 Justerare      ....................................
                                Hanna Lindh

§ 60   Dnr KS 2025/0120

Taxa för offentlig kontroll enligt livsmedelslagen

Arbetsutskottets förslag
Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxan.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
att anta taxa för offentlig kontroll enligt livsmedelslagen,
att taxan gäller från och med 2025-07-01.

Beslutet skickas till
Kommunfullmäktige

§ 61   Dnr KS 2025/0131

Medborgarförslag om belysning vid Ängsvägen

Förslag till beslut
Medborgarförslaget bifalls.

Beslut
Kommunstyrelsen bifaller medborgarförslaget.

Beslutet skickas till
Förslagsställaren
Tekniska förvaltningen
""",
    Expected(
        "Beslut",
        [
            (None, "att anta taxa för offentlig kontroll enligt livsmedelslagen,"),
            (None, "att taxan gäller från och med 2025-07-01."),
            (None, "Kommunstyrelsen bifaller medborgarförslaget."),
        ],
        [
            ("Pia Engström", "Sekreterare"),
            ("Kent Åström", "Ordförande"),
            ("Hanna Lindh", "Justerare"),
        ],
        {"Kommunfullmäktige", "Förslagsställaren", "Tekniska förvaltningen"},
    ),
)

# -- Beslut by one official --------------------------------------------------------------------

# University: "Rektor beslutar att ..." single sentence, decided-by sentence, bare names.
doc(
    "beslut-rektor-sentence",
    """UPPSALA UNIVERSITET                      BESLUT
                                         2025-01-15
                                         Dnr UFV 2024/1234

Inrättande av centrum för klimatforskning

Bakgrund
Vetenskapsområdet för teknik och naturvetenskap har föreslagit att ett centrum för klimatforskning inrättas. Förslaget har beretts i samråd med fakulteterna.

Beslut
Rektor beslutar att inrätta Centrum för klimatforskning vid Uppsala universitet från och med 2025-02-01.

Beslut i detta ärende har fattats av rektor Anna Berg efter föredragning av utredare Per Ek.

Anna Berg

Per Ek

Kopia till
Vetenskapsområdet för teknik och naturvetenskap
Byggnadsavdelningen
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Rektor beslutar att inrätta Centrum för klimatforskning vid Uppsala "
                "universitet från och med 2025-02-01.",
            )
        ],
        [("Anna Berg", None), ("Per Ek", None)],
        {"Vetenskapsområdet för teknik och naturvetenskap", "Byggnadsavdelningen"},
    ),
)

# University: "Beslut" heading, lead-in and att-items, bare names side by side.
doc(
    "beslut-rektor-att",
    """Luleå tekniska universitet
BESLUT
Datum 2024-10-02
Dnr LTU-1234-2024

Fastställande av antagningsordning

Beslut
Rektor beslutar
att fastställa antagningsordning för utbildning på grundnivå och avancerad nivå enligt bilaga,
att antagningsordningen gäller från och med 2024-11-01,
att tidigare antagningsordning upphör att gälla samma dag.

Beslut i detta ärende har fattats av rektor Birgitta Nordin efter föredragning av handläggare Jonas Falk. I den slutliga handläggningen har även studierektor Malin Ek deltagit.

Birgitta Nordin          Jonas Falk

Beslutet skickas till
Studentkåren
Avdelningen för studentservice
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "att fastställa antagningsordning för utbildning på grundnivå och avancerad "
                "nivå enligt bilaga,",
            ),
            (None, "att antagningsordningen gäller från och med 2024-11-01,"),
            (None, "att tidigare antagningsordning upphör att gälla samma dag."),
        ],
        [("Birgitta Nordin", None), ("Jonas Falk", None)],
        {"Studentkåren", "Avdelningen för studentservice"},
    ),
)

# State authority: Generaldirektör, e-signature stamps on a signature line.
doc(
    "beslut-gd-esign",
    """Naturvårdsverket
BESLUT
2025-01-07
NV-01234-24

Bidrag till kalkning av sjöar och vattendrag 2025

Beslut
Naturvårdsverket beslutar att fördela 12 mnkr till länsstyrelserna för kalkning 2025 enligt bilaga 1.

Skäl för beslutet
Anslaget 1:3 får användas för kalkning av sjöar och vattendrag. Fördelningen grundas på länsstyrelsernas planer.

Detta beslut har fattats av generaldirektören Björn Risinger. I den slutliga handläggningen har även enhetschefen Karin Sjöberg och handläggaren Erik Lund deltagit, den senare föredragande.

Signerat av Björn Risinger 2025-01-07 12:03:53
Signerat av Erik Lund 2025-01-07 13:15:10

Sändlista
Samtliga länsstyrelser
Havs- och vattenmyndigheten
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Naturvårdsverket beslutar att fördela 12 mnkr till länsstyrelserna för "
                "kalkning 2025 enligt bilaga 1.",
            )
        ],
        [("Björn Risinger", None), ("Erik Lund", None)],
        {"Samtliga länsstyrelser", "Havs- och vattenmyndigheten"},
    ),
)

# Länsstyrelse: Landshövding decides; name over role at the end.
doc(
    "beslut-landshovding",
    """Länsstyrelsen Västerbotten
BESLUT
Datum 2024-06-18
Diarienummer 451-3456-2024

Beslut om bildande av naturreservatet Storberget

Länsstyrelsens beslut
1. Länsstyrelsen förklarar det område som avgränsas på kartan i bilaga 1 som naturreservat.
2. Reservatets namn ska vara Storberget.
3. Länsstyrelsen fastställer skötselplan för naturreservatet enligt bilaga 3.

Skäl för beslutet
Området hyser höga naturvärden knutna till gammal barrskog.

Hur man överklagar
Se bilaga 4.

I detta ärende har landshövding Helene Hellmark Knutsson beslutat. Länsassessor Jonas Rydberg har varit föredragande.

Helene Hellmark Knutsson
Landshövding

                                   Jonas Rydberg
                                   Länsassessor

Kopia till
Skogsstyrelsen
Umeå kommun
""",
    Expected(
        "Länsstyrelsens beslut",
        [
            (
                1,
                "Länsstyrelsen förklarar det område som avgränsas på kartan i bilaga 1 som "
                "naturreservat.",
            ),
            (2, "Reservatets namn ska vara Storberget."),
            (3, "Länsstyrelsen fastställer skötselplan för naturreservatet enligt bilaga 3."),
        ],
        [("Helene Hellmark Knutsson", "Landshövding"), ("Jonas Rydberg", "Länsassessor")],
        {"Skogsstyrelsen", "Umeå kommun"},
    ),
)

# Authority beslut: role and name on one line ("Generaldirektör Anna Berg").
doc(
    "beslut-role-name-one-line",
    """Myndigheten för samhällsskydd och beredskap
BESLUT
Datum 2025-03-03
Dnr MSB 2025-01234

Föreskrifter om brandskyddskontroll

Beslut
MSB beslutar att meddela föreskrifter om brandskyddskontroll enligt bilaga.

Detta beslut har fattats av generaldirektören. I den slutliga handläggningen har även avdelningschefen och juristen deltagit.

Generaldirektör Anna Berg
Jurist Per Ek

Kopia till: Regeringskansliet, Justitiedepartementet
""",
    Expected(
        "Beslut",
        [(None, "MSB beslutar att meddela föreskrifter om brandskyddskontroll enligt bilaga.")],
        [("Anna Berg", "Generaldirektör"), ("Per Ek", "Jurist")],
        {"Regeringskansliet", "Justitiedepartementet"},
    ),
)

# University beslut signed "Anna Berg, rektor" on one line.
doc(
    "beslut-name-comma-role",
    """Linköpings universitet
BESLUT
2024-12-10
LiU-2024-01234

Utseende av prefekt vid Institutionen för ekonomisk och industriell utveckling

Beslut
Rektor utser professor Lars Holm till prefekt för perioden 2025-01-01–2027-12-31.

Ärendet
Institutionen har genomfört en rådgivande omröstning i enlighet med universitetets arbetsordning.

Karin Axelsson, rektor

Lena Sjö, beredningssekreterare

För kännedom
Lars Holm
Institutionen för ekonomisk och industriell utveckling
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Rektor utser professor Lars Holm till prefekt för perioden 2025-01-01–2027-12-31.",
            )
        ],
        [("Karin Axelsson", "rektor"), ("Lena Sjö", "beredningssekreterare")],
        {"Lars Holm", "Institutionen för ekonomisk och industriell utveckling"},
    ),
)

# Authority beslut with a signature page after a page break (e-signature page).
doc(
    "beslut-signature-page",
    """Kammarkollegiet
BESLUT
2025-02-12
Dnr 2025-00123

Beslut om statsbidrag till Föreningen Läsglädje

Beslut
1. Kammarkollegiet beviljar föreningen statsbidrag med 350 000 kronor för 2025.
2. Bidraget betalas ut i en post.

Beslutet skickas till
Föreningen Läsglädje
\f
Signatursida

Detta dokument har signerats elektroniskt.

Undertecknat av: Maria Lindqvist
Datum: 2025-02-12 09:14:02

Undertecknat av: Oskar Nyberg
Datum: 2025-02-12 10:01:45
""",
    Expected(
        "Beslut",
        [
            (1, "Kammarkollegiet beviljar föreningen statsbidrag med 350 000 kronor för 2025."),
            (2, "Bidraget betalas ut i en post."),
        ],
        [("Maria Lindqvist", None), ("Oskar Nyberg", None)],
        {"Föreningen Läsglädje"},
    ),
)

# -- Delegationsbeslut -----------------------------------------------------------------------

# "Beslutande" label above the name, title under it.
doc(
    "delegation-beslutande-label",
    """Socialförvaltningen
DELEGATIONSBESLUT
Beslutsdatum 2025-02-03
Dnr SN 2025/0042

Beslut om tillfälligt utökad lokal för daglig verksamhet

Med stöd av delegation från Socialnämnden (delegationsordning punkt 4.2) fattas följande beslut.

Beslut
Verksamheten vid Solrosen får tillfälligt bedrivas i lokalen på Storgatan 12 under perioden 2025-02-10–2025-06-30.

Beslutande

Karin Holmström
Verksamhetschef

Beslutet skickas till
Enheten för daglig verksamhet
Socialnämnden för anmälan
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Verksamheten vid Solrosen får tillfälligt bedrivas i lokalen på Storgatan 12 "
                "under perioden 2025-02-10–2025-06-30.",
            )
        ],
        [("Karin Holmström", "Verksamhetschef")],
        {"Enheten för daglig verksamhet", "Socialnämnden för anmälan"},
    ),
)

# "Beslutet" heading, numbered points, a label row beside the name.
doc(
    "delegation-beslutet-heading",
    """Miljö- och byggförvaltningen                 DELEGATIONSBESLUT
                                             Beslutsdatum 2024-08-19
                                             Dnr MBN 2024-000512

Bygglov för tillbyggnad av enbostadshus på fastigheten Kronan 7:140

Beslutet
1. Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen.
2. Startbesked ges i separat beslut.

Avgift
Avgiften för bygglovet är 14 250 kronor.

Beslutet är fattat med stöd av delegation från Miljö- och byggnämnden.

Beslutande        Ahmed Karimi
                  Bygglovshandläggare

Kopia till
Sökanden
Grannar enligt sändlista
""",
    Expected(
        "Beslutet",
        [
            (1, "Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen."),
            (2, "Startbesked ges i separat beslut."),
        ],
        [("Ahmed Karimi", "Bygglovshandläggare")],
        {"Sökanden", "Grannar enligt sändlista"},
    ),
)

# Delegationsbeslut with "Beslut" then "att ..." items, "Kopia till" inline.
doc(
    "delegation-att-items",
    """Kultur- och fritidsförvaltningen
Delegationsbeslut
Beslutsdatum: 2025-04-22
Diarienummer: KFN 2025/88

Bidrag till Idrottsföreningen Kamraterna

Med stöd av delegation från Kultur- och fritidsnämnden beslutar jag

att bevilja föreningen ett anläggningsbidrag om 75 000 kronor,

att bidraget ska redovisas senast 2025-12-31.

Maria Sandström
Kultur- och fritidschef

Kopia till: Idrottsföreningen Kamraterna; Ekonomienheten
""",
    Expected(
        None,
        [],
        [("Maria Sandström", "Kultur- och fritidschef")],
        {"Idrottsföreningen Kamraterna", "Ekonomienheten"},
    ),
)

# -- Kommun tjänsteskrivelser ----------------------------------------------------------------

# "Förslag till beslut" with the KS lead-in and att-items to fullmäktige.
doc(
    "kommun-forslag-lead-in",
    """Östersunds kommun
Kommunledningsförvaltningen
TJÄNSTESKRIVELSE
Datum 2025-01-20
Dnr KS 2025/0031

Till Kommunstyrelsen

Ny arvodesreglemente för förtroendevalda

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
att anta arvodesreglemente för förtroendevalda enligt bilaga,
att reglementet gäller från och med 2025-03-01,
att nuvarande reglemente upphör att gälla samma dag.

Ärendet
Arvodesberedningen har sett över reglementet efter valet.

Ekonomiska konsekvenser
Förslaget ryms inom budget.

Eva Lindgren
Kommundirektör

Johanna Bergström
Kommunsekreterare

Beslutet skickas till
Kommunfullmäktige
Löneenheten
""",
    Expected(
        "Förslag till beslut",
        [
            (None, "att anta arvodesreglemente för förtroendevalda enligt bilaga,"),
            (None, "att reglementet gäller från och med 2025-03-01,"),
            (None, "att nuvarande reglemente upphör att gälla samma dag."),
        ],
        [("Eva Lindgren", "Kommundirektör"), ("Johanna Bergström", "Kommunsekreterare")],
        {"Kommunfullmäktige", "Löneenheten"},
    ),
)

# "Kommunstyrelsens förslag till kommunfullmäktige" heading with numbered items.
doc(
    "kommun-ks-forslag-till-kf",
    """Tjänsteskrivelse                           2024-10-14
                                           KS2024/456
Samhällsbyggnadsförvaltningen

Detaljplan för Norra hamnen

Kommunstyrelsens förslag till kommunfullmäktige
1. Kommunfullmäktige antar detaljplan för Norra hamnen.
2. Planen vinner laga kraft när tiden för överklagande har gått ut.

Bakgrund
Planarbetet startade 2021 och planen har varit utställd för granskning.

Anders Grönlund              Sofia Wikström
Samhällsbyggnadschef         Planarkitekt
""",
    Expected(
        "Kommunstyrelsens förslag till kommunfullmäktige",
        [
            (1, "Kommunfullmäktige antar detaljplan för Norra hamnen."),
            (2, "Planen vinner laga kraft när tiden för överklagande har gått ut."),
        ],
        [("Anders Grönlund", "Samhällsbyggnadschef"), ("Sofia Wikström", "Planarkitekt")],
        set(),
    ),
)

# "Förvaltningens förslag till beslut", the list straddling a page break with furniture.
doc(
    "kommun-page-break",
    """Sundsvalls kommun                                    TJÄNSTESKRIVELSE
Socialförvaltningen                                  Datum 2025-03-18
                                                     Dnr SN 2025/0150

Till Socialnämnden

Upphandling av hemtjänst i Stöde

Sammanfattning
Avtalet för hemtjänst i Stöde löper ut och en ny upphandling behöver genomföras. Förvaltningen har analyserat behovet och föreslår att tjänsten upphandlas enligt lagen om valfrihetssystem.

Förvaltningens förslag till beslut
1. Socialnämnden beslutar att upphandla hemtjänst i Stöde enligt lagen om valfrihetssystem.
2. Socialnämnden ger förvaltningen i uppdrag att ta fram förfrågningsunderlag.
\f
Sundsvalls kommun                                    TJÄNSTESKRIVELSE
Socialförvaltningen                                  Datum 2025-03-18

3. Förfrågningsunderlaget redovisas för nämnden senast i juni 2025.

Beslutsunderlag
Tjänsteskrivelse 2025-03-18

Ulrika Pettersson
Socialchef

Beslutet skickas till
Upphandlingsenheten
""",
    Expected(
        "Förvaltningens förslag till beslut",
        [
            (
                1,
                "Socialnämnden beslutar att upphandla hemtjänst i Stöde enligt lagen om "
                "valfrihetssystem.",
            ),
            (2, "Socialnämnden ger förvaltningen i uppdrag att ta fram förfrågningsunderlag."),
            (3, "Förfrågningsunderlaget redovisas för nämnden senast i juni 2025."),
        ],
        [("Ulrika Pettersson", "Socialchef")],
        {"Upphandlingsenheten"},
    ),
)

# "Ordförandens förslag" with a single sentence; recipients inline with "och".
doc(
    "kommun-ordforandens-forslag",
    """Kommunstyrelsens arbetsutskott
Tjänsteskrivelse
2025-04-01
Dnr KS 2025/0201

Revisionsrapport om intern kontroll

Ordförandens förslag
Kommunstyrelsen lämnar yttrande över revisionsrapporten enligt förvaltningens förslag.

Ärendet
Kommunens revisorer har granskat den interna kontrollen.

Tomas Hedberg
Ekonomichef

Beslutet skickas till: Socialnämnden, Ekonomiavdelningen och Revisorerna
""",
    Expected(
        "Ordförandens förslag",
        [
            (
                None,
                "Kommunstyrelsen lämnar yttrande över revisionsrapporten enligt "
                "förvaltningens förslag.",
            )
        ],
        [("Tomas Hedberg", "Ekonomichef")],
        {"Socialnämnden", "Ekonomiavdelningen", "Revisorerna"},
    ),
)

# "Arbetsutskottets förslag" with party letters on signatories' names (a protokollsutdrag).
doc(
    "utdrag-au-forslag-party",
    """Kommunstyrelsens arbetsutskott
PROTOKOLLSUTDRAG
Sammanträdesdatum 2024-05-14

§ 88   KS 2024/0301

Policy för säkerhet

Arbetsutskottets förslag
Kommunstyrelsen föreslår kommunfullmäktige besluta
att anta policy för säkerhet,
att policyn ska ses över varje mandatperiod.

Yrkanden
Per Holm (SD) yrkar avslag.

Sändlista
Säkerhetssamordnaren
Kommunfullmäktige

Vid protokollet

Lisa Frank
Sekreterare

Jan Åkesson (S)                  Per Holm (SD)
Ordförande                       Justerare
""",
    Expected(
        "Arbetsutskottets förslag",
        [
            (None, "att anta policy för säkerhet,"),
            (None, "att policyn ska ses över varje mandatperiod."),
        ],
        [("Lisa Frank", "Sekreterare"), ("Jan Åkesson", "Ordförande"), ("Per Holm", "Justerare")],
        {"Säkerhetssamordnaren", "Kommunfullmäktige"},
    ),
)

# Tjänsteskrivelse with dashes, "För kännedom" list and a name with role above separate block.
doc(
    "kommun-dash-items-fkannedom",
    """Göteborgs Stad
Stadsledningskontoret
Tjänsteutlåtande
Utfärdat 2024-09-02
Diarienummer 0456/24

Till Kommunstyrelsen

Yttrande över remiss om ny avfallsplan

Förslag till beslut
I kommunstyrelsen:
– Kommunstyrelsen tillstyrker remissen med hänvisning till stadsledningskontorets tjänsteutlåtande.
– Paragrafen förklaras omedelbart justerad.

Bakgrund
Kretslopp och vatten har tagit fram en ny avfallsplan.

Mats Lindberg
Stadsdirektör

Anneli Rosenqvist
Avdelningschef

För kännedom
Nämnden för kretslopp och vatten
Miljöförvaltningen
""",
    Expected(
        "Förslag till beslut",
        [
            (
                None,
                "Kommunstyrelsen tillstyrker remissen med hänvisning till "
                "stadsledningskontorets tjänsteutlåtande.",
            ),
            (None, "Paragrafen förklaras omedelbart justerad."),
        ],
        [("Mats Lindberg", "Stadsdirektör"), ("Anneli Rosenqvist", "Avdelningschef")],
        {"Nämnden för kretslopp och vatten", "Miljöförvaltningen"},
    ),
)

# Region tjänsteskrivelse with a recipient "Expedieras till" dashed, names with roles in cells.
doc(
    "region-expedieras-dashes",
    """Region Skåne
Koncernkontoret
TJÄNSTESKRIVELSE
2025-05-05
Dnr RS 2025-0321

Regionstyrelsen

Avsiktsförklaring om samverkan kring kompetensförsörjning

Förslag till beslut
Regionstyrelsen godkänner avsiktsförklaringen om samverkan kring kompetensförsörjning.

Sammanfattning
Region Skåne och Lunds universitet har tagit fram en avsiktsförklaring.

Alf Jönsson                     Jenny Ahlberg
Regiondirektör                  Tf. HR-direktör

Expedieras till
- Lunds universitet
- Koncernkontoret, avdelning för HR
""",
    Expected(
        "Förslag till beslut",
        [
            (
                None,
                "Regionstyrelsen godkänner avsiktsförklaringen om samverkan kring "
                "kompetensförsörjning.",
            )
        ],
        [("Alf Jönsson", "Regiondirektör"), ("Jenny Ahlberg", "Tf. HR-direktör")],
        {"Lunds universitet", "Koncernkontoret, avdelning för HR"},
    ),
)

# Board beslut of a university (styrelse): numbered decision, chair and secretary sign.
doc(
    "beslut-styrelse-university",
    """Umeå universitet
Universitetsstyrelsen
BESLUT
2024-12-13
Dnr FS 1.1-1234-24

Budget för 2025

Universitetsstyrelsens beslut
1. Universitetsstyrelsen fastställer budget för 2025 enligt bilaga.
2. Universitetsstyrelsen ger rektor i uppdrag att fördela medlen.

Ordförande
Göran Persson

Sekreterare
Karin Wallin

Beslutet skickas till
Fakulteterna
Planeringsenheten
""",
    Expected(
        "Universitetsstyrelsens beslut",
        [
            (1, "Universitetsstyrelsen fastställer budget för 2025 enligt bilaga."),
            (2, "Universitetsstyrelsen ger rektor i uppdrag att fördela medlen."),
        ],
        [("Göran Persson", "Ordförande"), ("Karin Wallin", "Sekreterare")],
        {"Fakulteterna", "Planeringsenheten"},
    ),
)

# Rektorsbeslut: decided-by sentence with the presenter, bare names side by side on one line.
doc(
    "beslut-rektor-names-row",
    """Stockholms universitet
Rektorsbeslut
2025-03-20
SU FV-1.1.2-0456-25

Inrättande av forskarskola i data science

Beslut
Rektor beslutar att inrätta en forskarskola i data science vid Naturvetenskapliga fakulteten.

Beslutet har fattats av rektor Astrid Söderbergh Widding efter föredragning av utredaren Joakim Nord.

Astrid Söderbergh Widding                 Joakim Nord

Beslutet expedieras till
Naturvetenskapliga fakulteten
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Rektor beslutar att inrätta en forskarskola i data science vid "
                "Naturvetenskapliga fakulteten.",
            )
        ],
        [("Astrid Söderbergh Widding", None), ("Joakim Nord", None)],
        {"Naturvetenskapliga fakulteten"},
    ),
)
# -- Second round: attendance lists, e-signature forms, lead-ins, DOCX table rows -------------

# Protokoll: attendance lists of several kinds, roles above names in a row ("Ordförande
# Justerare" over "Anna ... Per ..."), decisions as dashes.
doc(
    "protokoll-attendance-kinds",
    """Miljö- och byggnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2025-06-12

Beslutande ledamöter
Gustav Lind (C), ordförande
Ebba Strand (S)

Ej tjänstgörande ersättare
Olle Nyström (M)

Övriga deltagande
Ylva Berg, miljöchef
Tord Ek, bygglovschef

Paragrafer 21–23

Sekreterare
Pontus Hed

Ordförande                      Justerare
Gustav Lind                     Ebba Strand

§ 21   MBN 2025/0031

Tillsynsplan 2025

Beslut
– Nämnden antar tillsynsplanen för 2025.
– Planen följs upp i delårsrapporten.

Beslutet skickas till
Miljöenheten

§ 22   MBN 2025/0040

Föreläggande om åtgärder vid avloppsanläggning

Beslut
Nämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen senast 2025-10-31.

Beslutet skickas till
Fastighetsägaren (delgivning)

§ 23   MBN 2025/0045

Delegationsbeslut

Beslut
Redovisningen av delegationsbeslut läggs till handlingarna.
""",
    Expected(
        "Beslut",
        [
            (None, "Nämnden antar tillsynsplanen för 2025."),
            (None, "Planen följs upp i delårsrapporten."),
            (
                None,
                "Nämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen senast "
                "2025-10-31.",
            ),
            (None, "Redovisningen av delegationsbeslut läggs till handlingarna."),
        ],
        [
            ("Pontus Hed", "Sekreterare"),
            ("Gustav Lind", "Ordförande"),
            ("Ebba Strand", "Justerare"),
        ],
        {"Miljöenheten", "Fastighetsägaren (delgivning)"},
    ),
)

# Beslut with an e-signature block: name, title and the signing time under each other.
doc(
    "beslut-esign-name-title-time",
    """Trafikverket
BESLUT
Datum 2025-01-07
Ärendenummer TRV 2024/12345

Fastställelse av vägplan för väg 90, delen Kramfors–Lunde

Beslut
1. Trafikverket fastställer vägplanen för väg 90, delen Kramfors–Lunde.
2. Beslutet gäller omedelbart.

Detta beslut har fattats av generaldirektören efter föredragning av planhandläggaren.

Dokumentet är elektroniskt signerat

Roberto Maiorana
Generaldirektör
2025-01-07 12:03:53

Maja Lindholm
Planhandläggare
2025-01-07 09:41:10

Sändlista: Kramfors kommun, Länsstyrelsen Västernorrland
""",
    Expected(
        "Beslut",
        [
            (1, "Trafikverket fastställer vägplanen för väg 90, delen Kramfors–Lunde."),
            (2, "Beslutet gäller omedelbart."),
        ],
        [("Roberto Maiorana", "Generaldirektör"), ("Maja Lindholm", "Planhandläggare")],
        {"Kramfors kommun", "Länsstyrelsen Västernorrland"},
    ),
)

# Kommun: a single decision sentence after the KS lead-in on the same line.
doc(
    "kommun-lead-in-one-sentence",
    """Kommunledningskontoret
Tjänsteskrivelse
2025-02-11
KS 2025/0012

Till Kommunstyrelsen

Val av ombud till bolagsstämma

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att utse kommunstyrelsens ordförande till ombud vid bolagsstämman 2025.

Bakgrund
Kommunen äger samtliga aktier i bolaget.

Karl Forsberg
Kanslichef

Beslutet skickas till: Kommunfullmäktige
""",
    Expected(
        "Förslag till beslut",
        [
            (
                None,
                "Kommunstyrelsen föreslår kommunfullmäktige besluta att utse kommunstyrelsens "
                "ordförande till ombud vid bolagsstämman 2025.",
            )
        ],
        [("Karl Forsberg", "Kanslichef")],
        {"Kommunfullmäktige"},
    ),
)

# Kommun: lead-in ending in "att" with numbered items in lower case.
doc(
    "kommun-lead-in-numbered-lower",
    """Tjänsteskrivelse
Datum 2024-11-04
Diarienummer KS 2024/0777

Riktlinjer för representation

Förslag till beslut
Kommunstyrelsen föreslår att kommunfullmäktige beslutar att
1. anta riktlinjer för representation enligt bilaga,
2. upphäva tidigare riktlinjer från 2016.

Ärendet
Riktlinjerna har setts över efter revisionens granskning.

Hillevi Åberg
Ekonomichef

Kopia till
Samtliga förvaltningar
""",
    Expected(
        "Förslag till beslut",
        [
            (1, "anta riktlinjer för representation enligt bilaga,"),
            (2, "upphäva tidigare riktlinjer från 2016."),
        ],
        [("Hillevi Åberg", "Ekonomichef")],
        {"Samtliga förvaltningar"},
    ),
)

# DOCX-style table rows (tab-separated cells) for the signature block and recipients.
doc(
    "docx-tab-signatures",
    """Region Gävleborg
TJÄNSTESKRIVELSE
2025-03-04
RS 2025/0456

Regionstyrelsen

Handlingsplan för suicidprevention

Regiondirektörens förslag
1.\tRegionstyrelsen antar handlingsplanen för suicidprevention.
2.\tPlanen följs upp årligen.

Ärendebeskrivning
Regionen har tagit fram en handlingsplan i samverkan med kommunerna i länet.

Anna-Lena Hedman\tOlof Wiklund
Regiondirektör\tFolkhälsostrateg

Beslutet skickas till
Hälso- och sjukvårdsförvaltningen
Kommunerna i Gävleborgs län
""",
    Expected(
        "Regiondirektörens förslag",
        [
            (1, "Regionstyrelsen antar handlingsplanen för suicidprevention."),
            (2, "Planen följs upp årligen."),
        ],
        [("Anna-Lena Hedman", "Regiondirektör"), ("Olof Wiklund", "Folkhälsostrateg")],
        {"Hälso- och sjukvårdsförvaltningen", "Kommunerna i Gävleborgs län"},
    ),
)

# Utdrag with "Kommunstyrelsens beslut" after the working committee's proposal.
doc(
    "utdrag-ks-beslut-after-au",
    """Kommunstyrelsen
PROTOKOLLSUTDRAG
Sammanträdesdatum 2025-04-08

§ 54   Dnr KS 2025/0099

Ansökan om medel ur kommunstyrelsens utvecklingsfond

Arbetsutskottets förslag
Ansökan beviljas med 200 000 kronor.

Yrkanden
Stina Ek (L) yrkar avslag på arbetsutskottets förslag.

Beslutsgång
Ordföranden ställer proposition på arbetsutskottets förslag och Stina Eks yrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.

Kommunstyrelsens beslut
1. Ansökan beviljas med 200 000 kronor.
2. Medlen tas från kommunstyrelsens utvecklingsfond.

Reservation
Stina Ek (L) reserverar sig mot beslutet.

Utdrag till
Sökanden
Ekonomienheten

Justerandes sign        Utdragsbestyrkande

Vid protokollet
Elin Sandberg, sekreterare

Justeras
Rolf Nordin, ordförande        Stina Ek, justerare
""",
    Expected(
        "Kommunstyrelsens beslut",
        [
            (1, "Ansökan beviljas med 200 000 kronor."),
            (2, "Medlen tas från kommunstyrelsens utvecklingsfond."),
        ],
        [
            ("Elin Sandberg", "sekreterare"),
            ("Rolf Nordin", "ordförande"),
            ("Stina Ek", "justerare"),
        ],
        {"Sökanden", "Ekonomienheten"},
    ),
)

# Delegationsbeslut by a handläggare: "Beslut" with a single sentence, role and name on one
# line after "Beslutande:", recipients "Beslutet delges".
doc(
    "delegation-beslutande-colon",
    """Örebro kommun
Socialförvaltningen
DELEGATIONSBESLUT
Beslutsdatum: 2025-05-19
Dnr: SN 2025/1234

Beslut om bistånd i form av kontaktperson

Med stöd av delegation från Socialnämnden fattas följande beslut.

Beslut
Bistånd beviljas i form av kontaktperson enligt 4 kap. 1 § socialtjänstlagen under perioden 2025-06-01–2025-11-30.

Beslutande: Sofia Berglund, socialsekreterare

Beslutet delges
Den enskilde
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Bistånd beviljas i form av kontaktperson enligt 4 kap. 1 § socialtjänstlagen "
                "under perioden 2025-06-01–2025-11-30.",
            )
        ],
        [("Sofia Berglund", "socialsekreterare")],
        {"Den enskilde"},
    ),
)

# Beslut of an authority: "Beslut i detta ärende har fattats av ..." with role lines under
# the names after all (titles then are printed).
doc(
    "beslut-decided-by-with-titles",
    """Skatteverket
BESLUT
2025-02-28
Dnr 8-1234567

Föreskrifter om uppgiftslämnande

Skatteverkets beslut
Skatteverket beslutar att meddela föreskrifter om uppgiftslämnande enligt bilaga.

Beslut i detta ärende har fattats av överdirektör Karin Sundin efter föredragning av rättsliga experten Anders Holm.

Karin Sundin
Överdirektör

Anders Holm
Rättslig expert

Kopia till
Rättsavdelningen
""",
    Expected(
        "Skatteverkets beslut",
        [
            (
                None,
                "Skatteverket beslutar att meddela föreskrifter om uppgiftslämnande enligt bilaga.",
            )
        ],
        [("Karin Sundin", "Överdirektör"), ("Anders Holm", "Rättslig expert")],
        {"Rättsavdelningen"},
    ),
)

# Protokoll, four §§, a decision list straddling a page break with header and footer masked.
doc(
    "protokoll-page-break-footer",
    """Region Kalmar län                                  PROTOKOLL
Regionstyrelsens arbetsutskott                     2025-03-18

Justerare    Kristina Ek

§ 30   RS 2025/101

Revidering av delegationsordning

Beslut
1. Arbetsutskottet föreslår regionstyrelsen att anta reviderad delegationsordning.
2. Delegationsordningen gäller från och med 2025-05-01.

Regionstyrelsens arbetsutskott                     Sida 1 av 2
\f
Region Kalmar län                                  PROTOKOLL
Regionstyrelsens arbetsutskott                     2025-03-18

3. Tidigare delegationsordning upphör att gälla samma dag.

Beslutet skickas till
Regionstyrelsen

§ 31   RS 2025/115

Information om ekonomiskt läge

Beslut
Informationen noteras.

§ 32   RS 2025/120

Yttrande över remiss om vårdens kompetensförsörjning

Beslut
Arbetsutskottet antar yttrandet.

Beslutet skickas till
Socialdepartementet

§ 33   RS 2025/121

Ändring av sammanträdestider

Beslut
Sammanträdet den 15 april flyttas till den 22 april 2025.

Vid protokollet

Petra Lund
Sekreterare

Mats Lindgren              Kristina Ek
Ordförande                 Justerare

Regionstyrelsens arbetsutskott                     Sida 2 av 2
""",
    Expected(
        "Beslut",
        [
            (1, "Arbetsutskottet föreslår regionstyrelsen att anta reviderad delegationsordning."),
            (2, "Delegationsordningen gäller från och med 2025-05-01."),
            (3, "Tidigare delegationsordning upphör att gälla samma dag."),
            (None, "Informationen noteras."),
            (None, "Arbetsutskottet antar yttrandet."),
            (None, "Sammanträdet den 15 april flyttas till den 22 april 2025."),
        ],
        [
            ("Petra Lund", "Sekreterare"),
            ("Mats Lindgren", "Ordförande"),
            ("Kristina Ek", "Justerare"),
        ],
        {"Regionstyrelsen", "Socialdepartementet"},
    ),
)

# Beslut by a rektor with "Rektor beslutar" lead-in, dash items, and "Digitalt signerad av".
doc(
    "beslut-rektor-dash-digital",
    """Göteborgs universitet
Rektorsbeslut
Datum: 2025-04-14
Dnr: GU 2025/1234

Inrättande av råd för hållbar utveckling

Beslut
Rektor beslutar
- att inrätta ett råd för hållbar utveckling,
- att fastställa rådets uppdrag enligt bilaga.

Beslutet har fattats av rektor efter föredragning av miljösamordnaren.

Digitalt signerad av: Eva Wiberg
Digitalt signerad av: Jakob Lund

Beslutet expedieras till: Fakultetsstyrelserna; Miljöenheten
""",
    Expected(
        "Beslut",
        [
            (None, "att inrätta ett råd för hållbar utveckling,"),
            (None, "att fastställa rådets uppdrag enligt bilaga."),
        ],
        [("Eva Wiberg", None), ("Jakob Lund", None)],
        {"Fakultetsstyrelserna", "Miljöenheten"},
    ),
)
# Protokoll of a nämnd without party letters: the "Beslutande" list is attendance, the
# signature rows are "Role   Name" label/value rows.
doc(
    "protokoll-beslutande-no-party",
    """Tekniska nämnden
PROTOKOLL
Sammanträdesdatum 2025-02-10

Beslutande           Anders Nilsson, ordförande
                     Karin Ek
                     Per Olsson
                     Maria Holm

Övriga närvarande    Eva Lind, förvaltningschef

Underskrifter

Sekreterare          Johan Ström

Ordförande           Anders Nilsson

Justerare            Karin Ek

§ 5   TN 2025/12

Taxor för vatten och avlopp 2025

Beslut
Taxorna för vatten och avlopp 2025 antas.

Expedieras till
VA-enheten

§ 6   TN 2025/14

Snöröjning

Beslut
1. Nämnden godkänner redovisningen.
2. Redovisningen läggs till handlingarna.
""",
    Expected(
        "Beslut",
        [
            (None, "Taxorna för vatten och avlopp 2025 antas."),
            (1, "Nämnden godkänner redovisningen."),
            (2, "Redovisningen läggs till handlingarna."),
        ],
        [
            ("Johan Ström", "Sekreterare"),
            ("Anders Nilsson", "Ordförande"),
            ("Karin Ek", "Justerare"),
        ],
        {"VA-enheten"},
    ),
)
# Protokoll with the headings in the left margin beside their text (Ciceron-style layout).
doc(
    "protokoll-margin-headings",
    """Kommunstyrelsen                                        PROTOKOLL
                                                       Sammanträdesdatum 2025-03-11

§ 12          Dnr KS 2025/0012

              Val av justerare

Beslut        Kommunstyrelsen utser Karin Ek att jämte ordföranden
              justera dagens protokoll.

§ 13          Dnr KS 2024/0456

              Revidering av reglemente

Ärendet       Kommunfullmäktige beslutade den 12 december 2022 att anta ett
              reglemente. Förvaltningen har sett över reglementet.

Beslut        1. Kommunstyrelsen godkänner förslaget till reviderat
              reglemente.
              2. Reglementet gäller från och med 2025-04-01.

Beslutet skickas till   Kommunledningsförvaltningen
                        Räddningstjänsten

§ 14          Dnr KS 2025/0077

              Bidrag till föreningen

Beslut        Kommunstyrelsen beslutar
              att bevilja föreningen ett bidrag om 50 000 kronor,
              att bidraget ska redovisas senast 2025-12-31.

Expedieras till   Föreningen Bygdegården
                  Ekonomiavdelningen

Justerandes sign


Sekreterare   ..............................
              Johan Ström

Ordförande    ..............................
              Anders Nilsson

Justerare     ..............................
              Karin Ek
""",
    Expected(
        "Beslut",
        [
            (
                None,
                "Kommunstyrelsen utser Karin Ek att jämte ordföranden justera dagens protokoll.",
            ),
            (1, "Kommunstyrelsen godkänner förslaget till reviderat reglemente."),
            (2, "Reglementet gäller från och med 2025-04-01."),
            (None, "att bevilja föreningen ett bidrag om 50 000 kronor,"),
            (None, "att bidraget ska redovisas senast 2025-12-31."),
        ],
        [
            ("Johan Ström", "Sekreterare"),
            ("Anders Nilsson", "Ordförande"),
            ("Karin Ek", "Justerare"),
        ],
        {
            "Kommunledningsförvaltningen",
            "Räddningstjänsten",
            "Föreningen Bygdegården",
            "Ekonomiavdelningen",
        },
    ),
)
# fmt: on

VARIANTS = {"as-printed": lambda t: t, "wrapped": wrapped, "merged": merged}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=name) for name, text, expected in DOCUMENTS],
)
def test_closing_blocks(text: str, expected: Expected, variant: str) -> None:
    _check(VARIANTS[variant](text), expected)


def test_enough_documents() -> None:
    assert len(DOCUMENTS) >= 25


_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def as_pdf(text: str) -> bytes:
    """The document drawn with reportlab: columns at x positions, long paragraphs wrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(_FONT)))
    size, lead, left, width = 10.0, 13.0, 56.0, 483.0
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for page in text.split("\f"):
        y = A4[1] - 50
        for line in page.strip("\n").split("\n"):
            if not line.strip():
                y -= lead * 0.7
                continue
            pdf.setFont("DejaVu", size)
            cells = [
                (m.start(), m.group())
                for m in re.finditer(r"\S+(?: \S+)*", line.replace("\t", "    "))
            ]
            if len(cells) == 1 and cells[0][0] == 0:
                for part in simpleSplit(line, "DejaVu", size, width):
                    pdf.drawString(left, y, part)
                    y -= lead
                continue
            for column, cell in cells:
                pdf.drawString(left + column * 6.0, y, cell)
            y -= lead
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.skipif(not _FONT.exists(), reason="DejaVu Sans is not installed")
@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=name) for name, text, expected in DOCUMENTS],
)
def test_closing_blocks_pdf(text: str, expected: Expected) -> None:
    pytest.importorskip("reportlab")
    _check_case(arende.parse(as_pdf(text), format="pdf", ocr="never"), expected)


_PAGE_FOOTER = re.compile(r"\bSida \d+ av \d+\s*$")


def as_docx(text: str) -> bytes:
    """The document as DOCX paragraphs; rows with columns become table rows, no blank lines.

    A later page's repeated letterhead and a page footer ("Sida 1 av 2") are left out, as a
    DOCX keeps them in its header and footer parts.
    """
    from docx_builder import build_docx, p, table

    pages = text.split("\f")
    first = [line.strip() for line in pages[0].strip("\n").split("\n")[:3]]
    body: list[str] = []
    rows: list[list[str]] = []
    for number, page in enumerate(pages):
        lines = page.strip("\n").split("\n")
        if number:
            while lines and (lines[0].strip() in first or not lines[0].strip()):
                lines.pop(0)
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        for line in lines:
            if _PAGE_FOOTER.search(line) or not line.strip():
                continue
            cells = re.split(r"\t| {2,}", line.strip())
            if len(cells) > 1 or (rows and line.startswith("    ")):
                # A row of cells; an indented line under one goes on in the value column.
                rows.append(cells if len(cells) > 1 else ["", *cells])
                continue
            if rows:
                body.append(table(*rows))
                rows = []
            body.append(p(line.strip()))
    if rows:
        body.append(table(*rows))
    return build_docx("".join(body))


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=name) for name, text, expected in DOCUMENTS],
)
def test_closing_blocks_docx(text: str, expected: Expected) -> None:
    _check_case(arende.parse(as_docx(text), format="docx"), expected)
