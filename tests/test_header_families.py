"""Header facts of document families and layouts beyond the seed-like tjänsteskrivelse.

Each document is written as the readers would give its text (PDF columns padded with
spaces, DOCX cells split by a tab, plain text merged or wrapped, pages split by a
form feed) and parsed whole with :func:`arende.parse_text`.  The expected values
follow the corpus labelling rules: a beslut by one official has no committee; a
delegationsbeslut's committee is the nämnd whose delegation is used and its date the
``Beslutsdatum``; a full sammanträdesprotokoll has no title, unit or case officer
and its date is the sammanträdesdatum; a tjänsteskrivelse's committee is the body it
is addressed to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import arende

FIELDS = ("doc_type", "title", "organisation", "committee", "unit", "document_date")


def xfail(*values: object) -> object:
    """A known gap: must fail until fixed (then the strict xfail fails and is noticed)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


def expect(
    doc_type: str,
    title: str | None,
    organisation: str | None,
    committee: str | None,
    unit: str | None,
    document_date: str | None,
    officer: tuple[str, str | None] | None,
) -> dict[str, Any]:
    return {
        "doc_type": doc_type,
        "title": title,
        "organisation": organisation,
        "committee": committee,
        "unit": unit,
        "document_date": document_date,
        "officer": officer,
    }


def facts(text: str) -> dict[str, Any]:
    record = arende.parse_text(text).to_dict()
    officer = record["case_officer"]
    result = {key: record[key] for key in FIELDS}
    result["officer"] = None if officer is None else (officer["name"], officer["email"])
    return result


UU_REKTOR = """\
UPPSALA UNIVERSITET                                   BESLUT
Ledningskansliet
                                  Datum               Diarienummer
                                  2024-05-14          UFV 2024/1234

Inrättande av ett centrum för forskning om hållbar samhällsplanering

Bakgrund
Vetenskapsområdet för humaniora och samhällsvetenskap har föreslagit att ett centrum inrättas.

Beslut
Rektor beslutar
1. att inrätta Centrum för hållbar samhällsplanering från och med 2024-07-01,
2. att centrumet ska utvärderas senast 2027-06-30.

Beslut i detta ärende har fattats av rektor Anders Hagfeldt efter föredragning av
handläggaren Karin Wester.

Anders Hagfeldt
                           Karin Wester

Kopia till
Vetenskapsområdet för humaniora och samhällsvetenskap
"""

KTH_REKTOR = """\
KUNGLIGA TEKNISKA HÖGSKOLAN                         REKTORSBESLUT
                                                    Datum 2024-03-01
                                                    Dnr V-2024-0123

Fastställande av antagningsordning för utbildning på grundnivå och avancerad nivå

Beslut
Rektor fastställer antagningsordningen enligt bilaga.

Beslutsfattare                   Föredragande
Sigbritt Karlsson                Per Lindström
Rektor                           Utbildningsstrateg
"""

FK_GD = """\
Försäkringskassan                                   BESLUT
Avdelningen för analys och prognos

Datum          Dnr
2024-06-10     FK 2024/000123

Fastställande av intern styrning för dataskydd

Beslut
Generaldirektören beslutar att fastställa riktlinjen enligt bilaga.

Beslut i detta ärende har fattats av generaldirektören Nils Öberg efter föredragning av
verksamhetsutvecklaren Lena Kvist. I den slutliga handläggningen har även chefsjuristen
Maria Holm deltagit.

Nils Öberg
Lena Kvist
"""

NV_ESIGN = """\
                                                     BESLUT
                                                     2024-09-02
                                                     Ärendenr:
                                                     NV-01234-24
Naturvårdsverket

Till
Länsstyrelsen i Västra Götalands län

Fördelning av medel för åtgärder mot övergödning 2025

Beslut
Naturvårdsverket fördelar 12 000 000 kronor till Länsstyrelsen i Västra Götalands län.

Detta beslut har fattats av generaldirektör Björn Risinger. I den slutliga handläggningen
har också enhetschef Anna Lindqvist deltagit. Handläggare Erik Strand har varit föredragande.

Björn Risinger
Erik Strand
\f
Signerat elektroniskt

Detta dokument har signerats elektroniskt med BankID.
Signerat av: Björn Risinger, 2024-09-02 14:12
Signerat av: Erik Strand, 2024-09-02 15:03
"""

LST_NORRBOTTEN = """\
                                   Beslut                  Vår beteckning
                                   2024-04-22              511-1234-2024
Länsstyrelsen i Norrbottens län
                                                           Er beteckning
                                                           KS 2024/45
Luleå kommun
Kommunstyrelsen
971 85 Luleå

Tillstånd till ändring av verksamhet vid avloppsreningsverk

Beslut
Länsstyrelsen lämnar tillstånd till den sökta ändringen.

Detta beslut har fattats av landshövding Lotta Finstorp. I den slutliga handläggningen
har även miljöskyddshandläggare Peter Nilsson deltagit, den senare föredragande.

Lotta Finstorp
                             Peter Nilsson

Postadress: 971 86 Luleå   Besöksadress: Stationsgatan 5   Telefon: 010-225 50 00
"""

STHLM_DELEGATION = """\
STOCKHOLMS STAD                                       DELEGATIONSBESLUT
Socialförvaltningen
Avdelningen för stöd till funktionsnedsatta

Beslutsdatum      Dnr                Handläggare
2024-02-12        SN 2024.123        Maria Lind
                                     maria.lind@stockholm.se

Beslut om bostad med särskild service enligt LSS

Beslut
Socialförvaltningen beviljar bostad med särskild service.

Beslutet är fattat med stöd av delegation från Socialnämnden, punkt 4.2 i
delegationsordningen.

Beslutande

Maria Lind
Biståndshandläggare
"""

GBG_DELEGATION = """\
Göteborgs Stad\tDelegationsbeslut
Stadsbyggnadsförvaltningen
Datum: 2024-03-06\tDiarienummer: 0456/24
Beslutsdatum: 2024-03-05

Bygglov för tillbyggnad av enbostadshus

Beslut
Bygglov beviljas enligt 9 kap. 30 § plan- och bygglagen.

Beslutet har fattats enligt delegation från Byggnadsnämnden.

Beslutande
Johan Ek
Bygglovshandläggare
"""

REGION_DELEGATION = """\
Region Stockholm                         Beslut enligt delegation
Regionledningskontoret

Beslutsdatum                     Diarienummer
2024-01-30                       RS 2024-0077

Avtal om lokalhyra för vårdcentral i Solna

Beslut
Regionledningskontoret tecknar avtal om lokalhyra.

Beslutet fattas med stöd av delegation från regionstyrelsen.

Beslutande
Anna Starbrink
Regiondirektör
"""

UMEA_FULL_PROTOKOLL = """\
Umeå kommun                                  SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                              Sammanträdesdatum
                                             2024-04-09

Plats och tid        Stadshuset, kl. 13.00–16.30
Beslutande           Hans Lindberg (S), ordförande
                     Anders Ågren (M)
Övriga               Ann-Christin Lindmark, sekreterare
Justerare            Anders Ågren
Justeringens plats   Stadshuset 2024-04-15

Sekreterare          Ann-Christin Lindmark
Ordförande           Hans Lindberg
Justerare            Anders Ågren

§ 45   Dnr KS-2024/00101
Val av justerare
Beslut
Kommunstyrelsen utser Anders Ågren att justera protokollet.

§ 46   Dnr KS-2024/00102
Delårsrapport mars 2024
Beslut
Kommunstyrelsen godkänner delårsrapporten.

§ 47   Dnr KS-2024/00103
Detaljplan för Västra Ersboda
Beslut
Kommunstyrelsen antar detaljplanen.

§ 48   Dnr KS-2024/00104
Svar på motion om fler laddstolpar
Beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.
"""

VGR_FULL_PROTOKOLL = """\
Västra Götalandsregionen\tProtokoll
Regionstyrelsen\tDatum: 2024-05-21

Tid och plats: 2024-05-21 kl. 09.00–12.00, Regionens hus, Vänersborg

§ 101 Fastställande av dagordning
Beslut
Dagordningen fastställs.

§ 102 Val av justerare
Beslut
Regionstyrelsen utser Kristina Jonäng att justera protokollet.

§ 103 Investeringsram för Sahlgrenska Universitetssjukhuset (RS 2024-00345)
Beslut
1. Investeringsramen godkänns.
2. Beslutet förklaras omedelbart justerat.

§ 104 Delegationsbeslut
Beslut
Redovisningen läggs till handlingarna.

§ 105 Meddelanden
Beslut
Meddelandena läggs till handlingarna.

Vid protokollet
Lena Björk
Sekreterare
"""

PITEA_TILL = """\
Piteå kommun                                        TJÄNSTESKRIVELSE
Kommunledningsförvaltningen
                                       Datum           Dnr
                                       2024-08-15      KS 2024/0456
Till Kommunstyrelsen

Handläggare
Lars Berg
lars.berg@pitea.se

Riktlinjer för mutor och jäv

Ärendebeskrivning
Kommunens riktlinjer behöver uppdateras.

Förslag till beslut
Kommunstyrelsen antar riktlinjerna.
"""

SOLLENTUNA_UTLATANDE = """\
Sollentuna kommun
Utbildningsförvaltningen
Tjänsteutlåtande
Datum: 2024-10-03
Diarienummer: BUN/2024:112
Till: Barn- och utbildningsnämnden
Handläggare: Sofia Åkesson, sofia.akesson@sollentuna.se

Skolskjuts för elever i grundsärskolan

Sammanfattning
Förvaltningen föreslår ändrade riktlinjer för skolskjuts.

Förslag till beslut
Barn- och utbildningsnämnden antar riktlinjerna.
"""

KS_TILL_KF = """\
Kalmar kommun                                       TJÄNSTESKRIVELSE
Kommunledningskontoret
Datum 2024-11-18                                    Dnr KS 2024/0815

Budget 2025 med plan för 2026–2027

Bakgrund
Förslaget till budget har beretts i budgetberedningen.

Kommunstyrelsens förslag till kommunfullmäktige
1. Budget 2025 med plan för 2026–2027 fastställs.
2. Skattesatsen för 2025 fastställs till 21,33 kronor.

Handläggare
Eva Strömberg
eva.stromberg@kalmar.se
"""

ADDRESS_AT_FOOT = """\
TJÄNSTESKRIVELSE
Vård- och omsorgsförvaltningen
Datum 2024-02-20
Dnr VON-2024-00031
Vård- och omsorgsnämnden

Utökning av platser i särskilt boende

Sammanfattning
Förvaltningen föreslår att tjugo nya platser tas i bruk.

Förslag till beslut
Vård- och omsorgsnämnden godkänner utökningen.

Eskilstuna kommun
Postadress: 631 86 Eskilstuna   Besöksadress: Alva Myrdals gata 3   www.eskilstuna.se
"""

REGION_STHLM_UTLATANDE = """\
Region Stockholm
Hälso- och sjukvårdsförvaltningen
TJÄNSTEUTLÅTANDE                      2024-03-12      HSN 2024-0123

Handläggare: Johanna Ek
Hälso- och sjukvårdsnämnden

Ersättning för vårdval inom specialiserad fotvård

Ärendebeskrivning
Förvaltningen föreslår nya ersättningsnivåer.

Förvaltningens förslag till beslut
Hälso- och sjukvårdsnämnden fastställer ersättningen.
"""

GBG_UTLATANDE_DOCX = """\
Göteborgs Stad\tTjänsteutlåtande
Fastighetskontoret\tUtfärdat 2024-02-01
\tDiarienummer 0123/24
Handläggare
Kerstin Dahl
Telefon: 031-365 00 00
E-post: kerstin.dahl@fastighet.goteborg.se

Försäljning av fastigheten Kortedala 4:12

Förslag till beslut
Fastighetsnämnden godkänner försäljningen.
"""

LINKOPING_UTDRAG = """\
Linköpings kommun                             Utdrag ur protokoll
Kultur- och fritidsnämnden                    Sammanträdesdatum 2024-06-13

§ 45   Dnr KFN 2024-0012
Bidrag till studieförbunden 2025

Beslut
Kultur- och fritidsnämnden fördelar bidraget enligt bilaga.

Utdrag till
Studieförbunden i Linköping

Justerandes sign            Utdragsbestyrkande
"""

LTU_BESLUT = """\
LULEÅ TEKNISKA UNIVERSITET                               BESLUT
Universitetsförvaltningen
Datum                           Diarienummer
2024-02-20                      LTU-1234-2024

Anställningsordning för Luleå tekniska universitet

Beslut
Prorektor beslutar att fastställa anställningsordningen.

Beslutsfattare                  Föredragande
Anna Öhrwall Rönnbäck           Mats Persson
Prorektor                       HR-chef
"""

LIU_STYRELSE = """\
Linköpings universitet                                   BESLUT
                                  Datum 2024-04-25
                                  Dnr LiU-2024-01234

Arbetsordning för Linköpings universitet

Beslut
Universitetsstyrelsen beslutar att fastställa arbetsordningen.

På universitetsstyrelsens vägnar

Jan-Eric Sundgren
Ordförande
"""

ESIGN_TJANSTESKRIVELSE = """\
Skellefteå kommun                                  TJÄNSTESKRIVELSE
Samhällsbyggnad
Datum 2024-03-01                                   Dnr SBN-2024-00042
Till Samhällsbyggnadsnämnden
Handläggare Per Olofsson, per.olofsson@skelleftea.se

Taxa för tillsyn enligt miljöbalken 2025

Förslag till beslut
Samhällsbyggnadsnämnden fastställer taxan.
\f
Detta dokument har signerats elektroniskt.
Signerat av Per Olofsson 2024-03-04 09:12:33 (BankID)
Signerat av Lena Åkerlund 2024-03-04 10:02:11 (BankID)
"""

REGION_SKANE_DELEGATION = """\
Region Skåne                                   DELEGATIONSBESLUT
Regionala utvecklingsförvaltningen
Beslutsdatum       Diarienummer       Handläggare
2024-05-08         RUN 2024-0311      Ola Persson
                                      ola.persson@skane.se

Projektstöd till Innovation Skåne AB för förstudien Smart industri

Beslut
Regionala utvecklingsförvaltningen beviljar projektstöd med högst 300 000 kronor.

Beslutet har fattats med stöd av delegation från Regionala utvecklingsnämnden.

Beslutande
Ola Persson
Projektstrateg
"""

KSAU_UTDRAG = """\
Norrtälje kommun                              PROTOKOLLSUTDRAG
Kommunstyrelsens arbetsutskott                2024-09-10

§ 112  KS 2024/0512
Svar på medborgarförslag om utegym i Rimbo

Beslut
Arbetsutskottet föreslår kommunstyrelsen att anse medborgarförslaget besvarat.

Utdrag till
Förslagsställaren
"""

TRAFIKVERKET_BESLUT_MERGED = """\
Trafikverket BESLUT
Datum 2024-08-19 Ärendenummer TRV 2024/12345
Fastställelse av vägplan för väg 222, delen Kvarnholmen–Skurusundet
Beslut
Trafikverket fastställer vägplanen enligt 17 kap. 1 § väglagen.
Detta beslut har fattats av generaldirektör Roberto Maiorana efter föredragning av
planhandläggare Jonas Ek.
Roberto Maiorana
Jonas Ek
"""

MISSIV_STATE = """\
Skolverket                                             Datum 2024-01-17
                                                       Dnr 6.1.1-2024:123

Till
Samtliga huvudmän för gymnasieskolan

Information om ändrade examensmål

Skolverket informerar härmed om ändrade examensmål från och med 2025-07-01.

Med vänlig hälsning
Peter Fredriksson
Generaldirektör
"""

HARNOSAND_PROTOKOLL = """\
Härnösands kommun                             SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                               Sammanträdesdatum        Sida
                                              2024-04-09               1(3)

Plats och tid         Sessionssalen, Rådhuset, kl. 08.30–12.00
Justerare             Fredrik Lindgren
Justeringens plats    Kommunhuset 2024-04-16
och tid

§ 61  Godkännande av dagordning
Beslut
Kommunstyrelsen godkänner dagordningen.

§ 62  Dnr KS 2024/0101
Informationsärenden
Beslut
Informationen noteras.
\f
Kommunstyrelsen                               Sammanträdesdatum        Sida
                                              2024-04-09               2(3)

§ 63  Dnr KS 2024/0140
Ansökan om medel ur landsbygdsfonden
Beslut
Kommunstyrelsen beviljar 150 000 kronor.

§ 64  Dnr KS 2024/0152
Yttrande över remiss om regional transportplan
Beslut
Kommunstyrelsen lämnar yttrande enligt förvaltningens förslag.
\f
Kommunstyrelsen                               Sammanträdesdatum        Sida
                                              2024-04-09               3(3)

§ 65  Dnr KS 2024/0160
Delegationsbeslut
Beslut
Redovisningen godkänns.

Sekreterare        Ordförande        Justerare
Anna Berg          Per Ek            Fredrik Lindgren
"""

SN_DELEGATIONSORDNING = """\
Hudiksvalls kommun                                   DELEGATIONSBESLUT
Individ- och familjeomsorgen
Beslutsdatum 2024-06-03                              Dnr SN 2024/0088

Beslut om bistånd i form av kontaktperson

Beslut
Individ- och familjeomsorgen beviljar bistånd enligt 4 kap. 1 § socialtjänstlagen.

Beslutet är fattat med stöd av socialnämndens delegationsordning, punkt 3.1.

Beslutande
Kim Lundqvist
Socialsekreterare
"""

MERGED_TXT = """\
Hudiksvalls kommun TJÄNSTESKRIVELSE
Socialförvaltningen 2024-05-06 SN 2024/0091
Socialnämnden
Handläggare Kim Lundqvist kim.lundqvist@hudiksvall.se
Riktlinjer för ekonomiskt bistånd 2025
Sammanfattning
Förvaltningen har sett över riktlinjerna för ekonomiskt bistånd.
Förslag till beslut
Socialnämnden antar riktlinjerna.
"""

TILL_RIGHT_COLUMN = """\
Nacka kommun                                         TJÄNSTESKRIVELSE
Kommunledningsförvaltningen                          Till Kommunstyrelsen
                                                     2024-09-23
                                                     KFKS 2024/512
Handläggare: Eva Lind, eva.lind@nacka.se

Ny bolagsordning för Nacka Energi AB

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta bolagsordningen.
"""

LST_SKANE_BESLUT = """\
Länsstyrelsen Skåne                                  BESLUT
Miljöavdelningen                                     Datum 2024-10-14
                                                     Beteckning 525-1234-2024

Skånska Gårdar AB
Box 123
211 22 Malmö

Föreläggande om försiktighetsmått för djurhållning

Beslut
Länsstyrelsen förelägger bolaget att vidta åtgärderna i bilagan.

Detta beslut har fattats av miljödirektör Sven Jönsson med miljöhandläggare
Sara Mård som föredragande.

Sven Jönsson
                           Sara Mård
"""

STADSDEL_UTLATANDE = """\
STOCKHOLMS STAD
Södermalms stadsdelsförvaltning
Tjänsteutlåtande
Dnr SDN 2024-00123
2024-03-12
Handläggare
Ulla Sten
Telefon: 08-508 15 000
Till
Södermalms stadsdelsnämnd
2024-04-18

Lokaler för förskolan Fatburen

Förslag till beslut
Stadsdelsnämnden godkänner förhyrningen.
"""

WRAPPED_TXT = """\
Region Västerbotten                                  TJÄNSTESKRIVELSE
Regional utveckling
Datum: 2024-11-05          Diarienummer: RUN 1234-2024
Till: Regionala utvecklingsnämnden
Kontaktperson: Maja Nyström, maja.nystrom@regionvasterbotten.se

Medfinansiering av projektet Klimatsmart besöksnäring i Vindelälvsdalen
och Skellefteälvsdalen

Ärendebeskrivning
Projektet syftar till att minska besöksnäringens klimatpåverkan genom samverkan
mellan företag och kommuner i inlandet.

Förslag till beslut
Regionala utvecklingsnämnden medfinansierar projektet med högst 1 200 000 kronor.
"""

CASES = [
    # Uppsala universitet: rektorsbeslut, "Datum  Diarienummer" table, capitals letterhead
    pytest.param(
        UU_REKTOR,
        expect(
            "beslut",
            "Inrättande av ett centrum för forskning om hållbar samhällsplanering",
            "UPPSALA UNIVERSITET",
            None,
            "Ledningskansliet",
            "2024-05-14",
            None,
        ),
        id="uu-rektor",
    ),
    # KTH: REKTORSBESLUT label, label-value lines in the right column, Beslutsfattare block
    pytest.param(
        KTH_REKTOR,
        expect(
            "beslut",
            "Fastställande av antagningsordning för utbildning på grundnivå och avancerad nivå",
            "KUNGLIGA TEKNISKA HÖGSKOLAN",
            None,
            None,
            "2024-03-01",
            None,
        ),
        id="kth-rektorsbeslut",
    ),
    # Försäkringskassan: generaldirektörens beslut, "Beslut i detta ärende har fattats av"
    pytest.param(
        FK_GD,
        expect(
            "beslut",
            "Fastställande av intern styrning för dataskydd",
            "Försäkringskassan",
            None,
            "Avdelningen för analys och prognos",
            "2024-06-10",
            None,
        ),
        id="fk-generaldirektor",
    ),
    # Naturvårdsverket: date and Ärendenr in the right column, addressed to a länsstyrelse,
    # e-signature page after the decision
    pytest.param(
        NV_ESIGN,
        expect(
            "beslut",
            "Fördelning av medel för åtgärder mot övergödning 2025",
            "Naturvårdsverket",
            None,
            None,
            "2024-09-02",
            None,
        ),
        id="nv-esignature",
    ),
    # Länsstyrelse beslut: "Beslut" label over the date, Vår/Er beteckning, addressee block
    pytest.param(
        LST_NORRBOTTEN,
        expect(
            "beslut",
            "Tillstånd till ändring av verksamhet vid avloppsreningsverk",
            "Länsstyrelsen i Norrbottens län",
            None,
            None,
            "2024-04-22",
            None,
        ),
        id="lansstyrelse-beslut",
    ),
    # Stockholms stad delegationsbeslut: Beslutsdatum table, unit and avdelning under it
    pytest.param(
        STHLM_DELEGATION,
        expect(
            "delegationsbeslut",
            "Beslut om bostad med särskild service enligt LSS",
            "STOCKHOLMS STAD",
            "Socialnämnden",
            "Socialförvaltningen",
            "2024-02-12",
            ("Maria Lind", "maria.lind@stockholm.se"),
        ),
        id="stockholm-delegationsbeslut",
    ),
    # Göteborgs Stad (DOCX cells): Datum and Beslutsdatum both printed; "enligt delegation"
    pytest.param(
        GBG_DELEGATION,
        expect(
            "delegationsbeslut",
            "Bygglov för tillbyggnad av enbostadshus",
            "Göteborgs Stad",
            "Byggnadsnämnden",
            "Stadsbyggnadsförvaltningen",
            "2024-03-05",
            None,
        ),
        id="goteborg-delegationsbeslut",
    ),
    # Region Stockholm: "Beslut enligt delegation" label, delegating body in lower case
    pytest.param(
        REGION_DELEGATION,
        expect(
            "delegationsbeslut",
            "Avtal om lokalhyra för vårdcentral i Solna",
            "Region Stockholm",
            "regionstyrelsen",  # as printed (the scorer ignores case)
            "Regionledningskontoret",
            "2024-01-30",
            None,
        ),
        id="region-stockholm-delegation",
    ),
    # full sammanträdesprotokoll of a kommunstyrelse, dnr on each § line
    pytest.param(
        UMEA_FULL_PROTOKOLL,
        expect("other", None, "Umeå kommun", "Kommunstyrelsen", None, "2024-04-09", None),
        id="umea-full-protokoll",
    ),
    # full protokoll of a regionstyrelse (DOCX cells), titles on the § lines
    pytest.param(
        VGR_FULL_PROTOKOLL,
        expect(
            "other", None, "Västra Götalandsregionen", "Regionstyrelsen", None, "2024-05-21", None
        ),
        id="vgr-full-protokoll",
    ),
    # kommun tjänsteskrivelse addressed "Till Kommunstyrelsen", Handläggare label above name
    pytest.param(
        PITEA_TILL,
        expect(
            "tjansteskrivelse",
            "Riktlinjer för mutor och jäv",
            "Piteå kommun",
            "Kommunstyrelsen",
            "Kommunledningsförvaltningen",
            "2024-08-15",
            ("Lars Berg", "lars.berg@pitea.se"),
        ),
        id="pitea-till-ks",
    ),
    # tjänsteutlåtande with "Label: value" lines, "Till: Barn- och utbildningsnämnden"
    pytest.param(
        SOLLENTUNA_UTLATANDE,
        expect(
            "tjansteskrivelse",
            "Skolskjuts för elever i grundsärskolan",
            "Sollentuna kommun",
            "Barn- och utbildningsnämnden",
            "Utbildningsförvaltningen",
            "2024-10-03",
            ("Sofia Åkesson", "sofia.akesson@sollentuna.se"),
        ),
        id="sollentuna-till-colon",
    ),
    # "Kommunstyrelsens förslag till kommunfullmäktige": the committee is Kommunstyrelsen
    pytest.param(
        KS_TILL_KF,
        expect(
            "tjansteskrivelse",
            "Budget 2025 med plan för 2026–2027",
            "Kalmar kommun",
            "Kommunstyrelsen",
            "Kommunledningskontoret",
            "2024-11-18",
            ("Eva Strömberg", "eva.stromberg@kalmar.se"),
        ),
        id="kalmar-ks-forslag-till-kf",
    ),
    # the authority is printed only in the address block at the foot of page 1
    pytest.param(
        ADDRESS_AT_FOOT,
        expect(
            "tjansteskrivelse",
            "Utökning av platser i särskilt boende",
            "Eskilstuna kommun",
            "Vård- och omsorgsnämnden",
            "Vård- och omsorgsförvaltningen",
            "2024-02-20",
            None,
        ),
        id="eskilstuna-address-at-foot",
    ),
    # Region Stockholm tjänsteutlåtande: label, date and dnr on one line; nämnd on its own
    pytest.param(
        REGION_STHLM_UTLATANDE,
        expect(
            "tjansteskrivelse",
            "Ersättning för vårdval inom specialiserad fotvård",
            "Region Stockholm",
            "Hälso- och sjukvårdsnämnden",
            "Hälso- och sjukvårdsförvaltningen",
            "2024-03-12",
            ("Johanna Ek", None),
        ),
        id="region-stockholm-utlatande",
    ),
    # Göteborgs Stad tjänsteutlåtande (DOCX cells): "Utfärdat" beside the Diarienummer
    pytest.param(
        GBG_UTLATANDE_DOCX,
        expect(
            "tjansteskrivelse",
            "Försäljning av fastigheten Kortedala 4:12",
            "Göteborgs Stad",
            "Fastighetsnämnden",
            "Fastighetskontoret",
            "2024-02-01",
            ("Kerstin Dahl", "kerstin.dahl@fastighet.goteborg.se"),
        ),
        id="goteborg-utlatande-utfardat",
    ),
    # protokollsutdrag: "Utdrag ur protokoll", title under the § line
    pytest.param(
        LINKOPING_UTDRAG,
        expect(
            "protokollsutdrag",
            "Bidrag till studieförbunden 2025",
            "Linköpings kommun",
            "Kultur- och fritidsnämnden",
            None,
            "2024-06-13",
            None,
        ),
        id="linkoping-utdrag",
    ),
    # Luleå tekniska universitet: prorektor decides, Beslutsfattare/Föredragande columns
    pytest.param(
        LTU_BESLUT,
        expect(
            "beslut",
            "Anställningsordning för Luleå tekniska universitet",
            "LULEÅ TEKNISKA UNIVERSITET",
            None,
            "Universitetsförvaltningen",
            "2024-02-20",
            None,
        ),
        id="ltu-prorektor",
    ),
    # a university board decides: the committee is the board
    pytest.param(
        LIU_STYRELSE,
        expect(
            "beslut",
            "Arbetsordning för Linköpings universitet",
            "Linköpings universitet",
            "Universitetsstyrelsen",
            None,
            "2024-04-25",
            None,
        ),
        id="liu-universitetsstyrelsen",
    ),
    # tjänsteskrivelse followed by an e-signature page with later signing dates
    pytest.param(
        ESIGN_TJANSTESKRIVELSE,
        expect(
            "tjansteskrivelse",
            "Taxa för tillsyn enligt miljöbalken 2025",
            "Skellefteå kommun",
            "Samhällsbyggnadsnämnden",
            "Samhällsbyggnad",
            "2024-03-01",
            ("Per Olofsson", "per.olofsson@skelleftea.se"),
        ),
        id="skelleftea-esignature",
    ),
    # Region Skåne delegationsbeslut: the nämnd's full name after "delegation från"
    pytest.param(
        REGION_SKANE_DELEGATION,
        expect(
            "delegationsbeslut",
            "Projektstöd till Innovation Skåne AB för förstudien Smart industri",
            "Region Skåne",
            "Regionala utvecklingsnämnden",
            "Regionala utvecklingsförvaltningen",
            "2024-05-08",
            ("Ola Persson", "ola.persson@skane.se"),
        ),
        id="region-skane-delegation",
    ),
    # protokollsutdrag of an arbetsutskott, date without a label beside the body
    pytest.param(
        KSAU_UTDRAG,
        expect(
            "protokollsutdrag",
            "Svar på medborgarförslag om utegym i Rimbo",
            "Norrtälje kommun",
            "Kommunstyrelsens arbetsutskott",
            None,
            "2024-09-10",
            None,
        ),
        id="norrtalje-ksau-utdrag",
    ),
    # plain text with merged columns: state authority beslut by the generaldirektör
    pytest.param(
        TRAFIKVERKET_BESLUT_MERGED,
        expect(
            "beslut",
            "Fastställelse av vägplan för väg 222, delen Kvarnholmen–Skurusundet",
            "Trafikverket",
            None,
            None,
            "2024-08-19",
            None,
        ),
        id="trafikverket-merged",
    ),
    # a letter of information from a state authority: not one of the named kinds
    pytest.param(
        MISSIV_STATE,
        expect(
            "other",
            "Information om ändrade examensmål",
            "Skolverket",
            None,
            None,
            "2024-01-17",
            None,
        ),
        id="skolverket-letter",
    ),
]


CASES += [
    # three-page protokoll, running header with Sammanträdesdatum and Sida on every page
    pytest.param(
        HARNOSAND_PROTOKOLL,
        expect("other", None, "Härnösands kommun", "Kommunstyrelsen", None, "2024-04-09", None),
        id="harnosand-protokoll-running-header",
    ),
    # delegation named by the delegationsordning of a nämnd in the genitive
    pytest.param(
        SN_DELEGATIONSORDNING,
        expect(
            "delegationsbeslut",
            "Beslut om bistånd i form av kontaktperson",
            "Hudiksvalls kommun",
            "socialnämnden",  # as printed (the scorer ignores case)
            "Individ- och familjeomsorgen",
            "2024-06-03",
            None,
        ),
        id="hudiksvall-delegationsordning",
    ),
    # plain text with the letterhead columns merged by one space
    pytest.param(
        MERGED_TXT,
        expect(
            "tjansteskrivelse",
            "Riktlinjer för ekonomiskt bistånd 2025",
            "Hudiksvalls kommun",
            "Socialnämnden",
            "Socialförvaltningen",
            "2024-05-06",
            ("Kim Lundqvist", "kim.lundqvist@hudiksvall.se"),
        ),
        id="hudiksvall-merged-txt",
    ),
    # "Till Kommunstyrelsen" in the right column beside the unit
    pytest.param(
        TILL_RIGHT_COLUMN,
        expect(
            "tjansteskrivelse",
            "Ny bolagsordning för Nacka Energi AB",
            "Nacka kommun",
            "Kommunstyrelsen",
            "Kommunledningsförvaltningen",
            "2024-09-23",
            ("Eva Lind", "eva.lind@nacka.se"),
        ),
        id="nacka-till-right-column",
    ),
    # länsstyrelse beslut to a company: the addressee's postal block is not the letterhead
    pytest.param(
        LST_SKANE_BESLUT,
        expect(
            "beslut",
            "Föreläggande om försiktighetsmått för djurhållning",
            "Länsstyrelsen Skåne",
            None,
            "Miljöavdelningen",
            "2024-10-14",
            None,
        ),
        id="lansstyrelsen-skane-company",
    ),
    # Stockholms stad stadsdelsförvaltning, "Till" label over the stadsdelsnämnd
    pytest.param(
        STADSDEL_UTLATANDE,
        expect(
            "tjansteskrivelse",
            "Lokaler för förskolan Fatburen",
            "STOCKHOLMS STAD",
            "Södermalms stadsdelsnämnd",
            "Södermalms stadsdelsförvaltning",
            "2024-03-12",
            ("Ulla Sten", None),
        ),
        id="stockholm-stadsdel",
    ),
    # title wrapped over two lines, "Kontaktperson" label with the e-mail after a comma
    pytest.param(
        WRAPPED_TXT,
        expect(
            "tjansteskrivelse",
            "Medfinansiering av projektet Klimatsmart besöksnäring i Vindelälvsdalen"
            " och Skellefteälvsdalen",
            "Region Västerbotten",
            "Regionala utvecklingsnämnden",
            "Regional utveckling",
            "2024-11-05",
            ("Maja Nyström", "maja.nystrom@regionvasterbotten.se"),
        ),
        id="region-vasterbotten-wrapped-title",
    ),
]


REKTOR_TO_KS = """\
Mittuniversitetet                                      BESLUT
Datum 2024-02-07                                       Dnr MIUN 2024/210
Till Kommunstyrelsen i Sundsvalls kommun

Yttrande över förslag till översiktsplan för Sundsvalls kommun

Beslut
Rektor beslutar att avge yttrande enligt bilaga.

Anders Fällström
Rektor
"""

NAMND_BESLUT = """\
Falkenbergs kommun                                     BESLUT
Bygg- och miljönämnden
Datum 2024-05-27                                       Dnr BMN 2024-000312

Föreläggande om att åtgärda enskilt avlopp

Beslut
Bygg- och miljönämnden beslutar att förelägga fastighetsägaren att åtgärda avloppet.

Lena Persson
Ordförande
"""

LST_CAPS = """\
LÄNSSTYRELSEN I DALARNAS LÄN                           BESLUT
Naturavdelningen
Datum                        Diarienummer
2024-07-01                   511-4321-2024

Bildande av naturreservatet Storbergets urskog

Beslut
Länsstyrelsen beslutar att bilda naturreservatet.

Beslut i detta ärende har fattats av landshövding Sven-Erik Österberg.

Sven-Erik Österberg
"""

DOCX_BESLUTANDE = """\
Borås Stad\tDELEGATIONSBESLUT
Sociala omsorgsförvaltningen
Beslutsdatum\tDiarienummer\tBeslutande
2024-04-15\tSOC 2024-00077\tErik Ahl
\t\terik.ahl@boras.se

Tillfälligt boende för person med funktionsnedsättning

Beslut
Förvaltningen beviljar tillfälligt boende under perioden 2024-04-15 till 2024-06-30.

Beslutet är fattat med stöd av delegation från Sociala omsorgsnämnden.
"""

CASES += [
    # one person decides; "Till Kommunstyrelsen" is an addressee, not the committee
    pytest.param(
        REKTOR_TO_KS,
        expect(
            "beslut",
            "Yttrande över förslag till översiktsplan för Sundsvalls kommun",
            "Mittuniversitetet",
            None,
            None,
            "2024-02-07",
            None,
        ),
        id="rektor-addressed-to-ks",
    ),
    # a nämnd decides: the committee is the board
    pytest.param(
        NAMND_BESLUT,
        expect(
            "beslut",
            "Föreläggande om att åtgärda enskilt avlopp",
            "Falkenbergs kommun",
            "Bygg- och miljönämnden",
            None,
            "2024-05-27",
            None,
        ),
        id="falkenberg-namnd-beslut",
    ),
    # a länsstyrelse letterhead in capitals
    pytest.param(
        LST_CAPS,
        expect(
            "beslut",
            "Bildande av naturreservatet Storbergets urskog",
            "LÄNSSTYRELSEN I DALARNAS LÄN",
            None,
            "Naturavdelningen",
            "2024-07-01",
            None,
        ),
        id="lansstyrelse-caps",
    ),
    # DOCX table with a Beslutande column: the decider is not a handläggare
    pytest.param(
        DOCX_BESLUTANDE,
        expect(
            "delegationsbeslut",
            "Tillfälligt boende för person med funktionsnedsättning",
            "Borås Stad",
            "Sociala omsorgsnämnden",
            "Sociala omsorgsförvaltningen",
            "2024-04-15",
            None,
        ),
        id="boras-beslutande-column",
    ),
]


BESLUT_BY_DELEGATION = """\
Västerås stad                                          BESLUT
Individ- och familjeförvaltningen
Datum 2024-09-12                                       Dnr IFN 2024/00231

Beslut om familjehemsplacering

Beslut
Förvaltningen beslutar att placera barnet i familjehem.

Beslutet är fattat med stöd av delegation från Individ- och familjenämnden.

Beslutande
Nora Eklund
Enhetschef
"""

ADDRESS_POSTCODE_ONLY = """\
Stadsledningskontoret                              TJÄNSTEUTLÅTANDE
                                                   Dnr KS 2024/1122
                                                   2024-06-04
Till Kommunstyrelsen

Handläggare: Oskar Wall

Revidering av riktlinjer för medborgardialog

Förslag till beslut
Kommunstyrelsen godkänner de reviderade riktlinjerna.

Stadsledningskontoret    Ragnar Östbergs plan 1, 105 35 Stockholm    stockholm.se
Stockholms stad
"""

CASES += [
    # labelled "BESLUT" but taken under a nämnd's delegation: a delegationsbeslut
    pytest.param(
        BESLUT_BY_DELEGATION,
        expect(
            "delegationsbeslut",
            "Beslut om familjehemsplacering",
            "Västerås stad",
            "Individ- och familjenämnden",
            "Individ- och familjeförvaltningen",
            "2024-09-12",
            None,
        ),
        id="vasteras-beslut-by-delegation",
    ),
    # the authority only in the address line at the foot (postcode and town, no label)
    pytest.param(
        ADDRESS_POSTCODE_ONLY,
        expect(
            "tjansteskrivelse",
            "Revidering av riktlinjer för medborgardialog",
            "Stockholms stad",
            "Kommunstyrelsen",
            "Stadsledningskontoret",
            "2024-06-04",
            ("Oskar Wall", None),
        ),
        id="stockholm-address-postcode",
    ),
]


DELEGATION_DATE_AT_FOOT = """\
Kristianstads kommun                                 DELEGATIONSBESLUT
Omsorgsförvaltningen
Datum 2024-02-10                                     Dnr ON 2024/0042

Beslut om avgift för hemtjänst

Beslut
Avgiften fastställs enligt bilaga.

Beslutet är fattat med stöd av 6 kap. 37 § kommunallagen och omsorgsnämndens
delegationsordning, punkt 2.4.

Beslutsdatum 2024-02-12
Beslutande
Ylva Holm
Avgiftshandläggare
"""

DELEGATION_PA = """\
Gotlands kommun                                      Delegationsbeslut
Regionstyrelseförvaltningen
Beslutsdatum: 2024-10-01                             Dnr RS 2024/654

Yttrande över remiss om ändrade föreskrifter för kollektivtrafik

Beslut
Regionstyrelseförvaltningen lämnar yttrande enligt bilaga. Beslutet fattas på
delegation av Regionstyrelsen.

Handläggare Ida Berg har varit föredragande i ärendet.

Maria Dahlin
Regiondirektör
"""

CASES += [
    # the Beslutsdatum printed by the signature, not in the letterhead; the delegation
    # named after a statute reference
    pytest.param(
        DELEGATION_DATE_AT_FOOT,
        expect(
            "delegationsbeslut",
            "Beslut om avgift för hemtjänst",
            "Kristianstads kommun",
            "omsorgsnämnden",  # as printed (the scorer ignores case)
            "Omsorgsförvaltningen",
            "2024-02-12",
            None,
        ),
        id="kristianstad-beslutsdatum-at-foot",
    ),
    # "på delegation av Regionstyrelsen"; a handläggare named only in a body sentence is
    # not the case officer
    pytest.param(
        DELEGATION_PA,
        expect(
            "delegationsbeslut",
            "Yttrande över remiss om ändrade föreskrifter för kollektivtrafik",
            "Gotlands kommun",
            "Regionstyrelsen",
            "Regionstyrelseförvaltningen",
            "2024-10-01",
            None,
        ),
        id="gotland-pa-delegation",
    ),
]


SOCIALSTYRELSEN_BESLUT = """\
Socialstyrelsen                                        BESLUT
Avdelningen för kunskapsstyrning för hälso- och sjukvården
Datum 2024-11-20                                       Dnr 4.1-12345/2024

Fastställande av nationella riktlinjer för vård vid depression

Beslut
Socialstyrelsen fastställer riktlinjerna enligt bilaga.

Beslut i detta ärende har fattats av generaldirektör Björn Eriksson efter föredragning av
utredaren Sofia Wallin.

Björn Eriksson
Sofia Wallin
"""

STYRELSEN_BESLUT = """\
Högskolan i Gävle                                      BESLUT
Datum 2024-12-12                                       Dnr HIG-STYR 2024/45

Verksamhetsplan och budget för 2025

Beslut
Styrelsen beslutar att fastställa verksamhetsplan och budget för 2025.

Eva Nilsson
Ordförande
"""

CASES += [
    # a state authority whose name ends like a committee's (-styrelsen) is no committee
    pytest.param(
        SOCIALSTYRELSEN_BESLUT,
        expect(
            "beslut",
            "Fastställande av nationella riktlinjer för vård vid depression",
            "Socialstyrelsen",
            None,
            "Avdelningen för kunskapsstyrning för hälso- och sjukvården",
            "2024-11-20",
            None,
        ),
        id="socialstyrelsen-generaldirektor",
    ),
    # a university board ("Styrelsen") decides: the committee is the board
    pytest.param(
        STYRELSEN_BESLUT,
        expect(
            "beslut",
            "Verksamhetsplan och budget för 2025",
            "Högskolan i Gävle",
            "Styrelsen",
            None,
            "2024-12-12",
            None,
        ),
        id="hig-styrelsen",
    ),
]


KF_PROTOKOLL_GENITIVE = """\
Örnsköldsviks kommun
Protokoll från kommunfullmäktiges sammanträde den 22 april 2024

Plats och tid: Stadshuset, kl. 09.00–15.00

§ 31 Val av justerare
Beslut
Fullmäktige utser Anna Ek och Bo Ström att justera protokollet.

§ 32 Årsredovisning 2023
Beslut
Årsredovisningen godkänns.

§ 33 Motion om solceller
Beslut
Motionen bifalls.

§ 34 Interpellation om skolskjutsar
Beslut
Interpellationen anses besvarad.
"""

CASES += [
    # the body that met named in the genitive of a heading line, the date written out
    pytest.param(
        KF_PROTOKOLL_GENITIVE,
        expect(
            "other",
            None,
            "Örnsköldsviks kommun",
            "kommunfullmäktige",  # as printed (the scorer ignores case)
            None,
            "2024-04-22",
            None,
        ),
        id="ornskoldsvik-kf-genitive",
    ),
]


NV_VERIFIKAT = """\
Naturvårdsverket                                  BESLUT
                                                  2024-09-02
                                                  NV-01234-24

Fördelning av medel för åtgärder mot övergödning 2025

Beslut
Naturvårdsverket fördelar medlen enligt bilaga.

Detta beslut har fattats av generaldirektör Björn Risinger efter föredragning av Erik Strand.

Björn Risinger
Erik Strand
\f
Verifikat
Transaktion 09222115557525
Dokumentet har signerats elektroniskt av följande parter:

Björn Risinger
bjorn.risinger@naturvardsverket.se
Signerat 2024-09-02 14:12:01 UTC

Erik Strand
erik.strand@naturvardsverket.se
Signerat 2024-09-02 15:03:44 UTC
"""

CASES += [
    # a bare dnr line above the title; an e-signature verifikat with the signers' e-mail
    # addresses is no case officer's footer block
    pytest.param(
        NV_VERIFIKAT,
        expect(
            "beslut",
            "Fördelning av medel för åtgärder mot övergödning 2025",
            "Naturvårdsverket",
            None,
            None,
            "2024-09-02",
            None,
        ),
        id="nv-verifikat",
    ),
]


KS_HEADING_OVER_KF_LINE = """\
Vännäs kommun                                       TJÄNSTESKRIVELSE
Kommunledningsförvaltningen
Kommunfullmäktige
Datum 2024-09-30                                    Dnr KS 2024/0333

Ny arvodesordning för förtroendevalda

Ärendebeskrivning
Arvodesberedningen har tagit fram ett förslag till ny arvodesordning.

Kommunstyrelsens förslag till kommunfullmäktige
Kommunfullmäktige antar arvodesordningen.
"""

CASES += [
    # the proposing heading names the committee, not the assembly printed in the letterhead
    pytest.param(
        KS_HEADING_OVER_KF_LINE,
        expect(
            "tjansteskrivelse",
            "Ny arvodesordning för förtroendevalda",
            "Vännäs kommun",
            "Kommunstyrelsen",
            "Kommunledningsförvaltningen",
            "2024-09-30",
            None,
        ),
        id="vannas-ks-forslag-over-kf",
    ),
]


BESLUTSINSTANS = """\
Hallstahammars kommun                               TJÄNSTESKRIVELSE
Kultur- och fritidsförvaltningen
Datum: 2024-04-03
Dnr: KFN 2024/19
Beslutsinstans: Kultur- och fritidsnämnden
Handläggare: Amir Haddad, amir.haddad@hallstahammar.se

Öppettider för badhuset sommaren 2024

Sammanfattning
Förvaltningen föreslår sommaröppettider för badhuset.

Förslag till beslut
Nämnden fastställer öppettiderna.
"""

CASES += [
    # the committee under a "Beslutsinstans" label
    pytest.param(
        BESLUTSINSTANS,
        expect(
            "tjansteskrivelse",
            "Öppettider för badhuset sommaren 2024",
            "Hallstahammars kommun",
            "Kultur- och fritidsnämnden",
            "Kultur- och fritidsförvaltningen",
            "2024-04-03",
            ("Amir Haddad", "amir.haddad@hallstahammar.se"),
        ),
        id="hallstahammar-beslutsinstans",
    ),
]


PROTOKOLL_SIGN_BOX_ON_TOP = """\
Bjurholms kommun             SAMMANTRÄDESPROTOKOLL          Justerandes sign   Utdragsbestyrkande
Kommunstyrelsen              Sammanträdesdatum 2024-03-18

§ 20 Dagordning
Beslut
Dagordningen godkänns.

§ 21 Budgetuppföljning februari
Beslut
Uppföljningen noteras.

§ 22 Remiss om vattenplan
Beslut
Kommunstyrelsen lämnar yttrande.

§ 23 Anmälan av delegationsbeslut
Beslut
Anmälan noteras.
"""

CASES += [
    # the signature/attest boxes printed in the letterhead do not make it an extract
    pytest.param(
        PROTOKOLL_SIGN_BOX_ON_TOP,
        expect("other", None, "Bjurholms kommun", "Kommunstyrelsen", None, "2024-03-18", None),
        id="bjurholm-sign-box-on-top",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_header_families(text: str, expected: dict[str, Any]) -> None:
    assert facts(text) == expected


def merge_columns(text: str) -> str:
    """Side-by-side blocks merged with one space, as in seed_001.txt."""
    return "\n".join(re.sub(r"[ \t]{2,}|\t", " ", line).strip() for line in text.split("\n"))


def tab_columns(text: str) -> str:
    """Side-by-side blocks as DOCX table cells, split by a tab."""
    return "\n".join(re.sub(r"[ ]{2,}", "\t", line).strip() for line in text.split("\n"))


def left_margin(text: str) -> str:
    """Every line indented, as a PDF page without its common margin stripped."""
    return "\n".join("      " + line if line.strip() else line for line in text.split("\n"))


def ocr_noise(text: str) -> str:
    """Scan-like debris: a speck before the letterhead, "@" misread as "Q"."""
    return "oO        " + re.sub(r"([a-z])@([a-z])", r"\1Q\2", text)


RENDERINGS = [merge_columns, tab_columns, left_margin, ocr_noise]


@pytest.mark.parametrize("render", RENDERINGS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_header_families_rendered(
    text: str, expected: dict[str, Any], render: Callable[[str], str]
) -> None:
    # the same documents in the other text renderings: the same facts
    assert facts(render(text)) == expected


# --- the same families as files --------------------------------------------------------


def facts_of_file(data: bytes, fmt: str) -> dict[str, Any]:
    record = arende.parse(data, format=fmt, ocr="never").to_dict()  # type: ignore[arg-type]
    officer = record["case_officer"]
    result = {key: record[key] for key in FIELDS}
    result["officer"] = None if officer is None else (officer["name"], officer["email"])
    return result


def test_docx_beslut_with_header_and_footer_parts() -> None:
    # a university beslut: letterhead in the header part, Datum/Dnr table in the body,
    # postal address in the footer part (printed on every page)
    from docx_builder import build_docx, p, table

    body = "".join(
        [
            table(["Datum", "Diarienummer"], ["2024-05-14", "UFV 2024/1234"]),
            p(""),
            p("Inrättande av ett centrum för forskning om hållbar samhällsplanering"),
            p(""),
            p("Beslut"),
            p("Rektor beslutar att inrätta centrumet från och med 2024-07-01."),
            p(""),
            p("Beslut i detta ärende har fattats av rektor Anders Hagfeldt efter föredragning"),
            p("av handläggaren Karin Wester."),
            p(""),
            p("Anders Hagfeldt"),
            p("Karin Wester"),
        ]
    )
    header = p("Uppsala universitet\tBESLUT") + p("Ledningskansliet")
    footer = p("Postadress: Box 256, 751 05 Uppsala\tTelefon: 018-471 00 00")
    data = build_docx(body, header=header, footer=footer)
    assert facts_of_file(data, "docx") == expect(
        "beslut",
        "Inrättande av ett centrum för forskning om hållbar samhällsplanering",
        "Uppsala universitet",
        None,
        "Ledningskansliet",
        "2024-05-14",
        None,
    )


def test_pdf_full_protokoll_with_running_header() -> None:
    # a two-page sammanträdesprotokoll drawn like the reportlab renderings: letterhead
    # columns on page 1, the running header (body, date, page) repeated on page 2
    from test_reader_pdf import make_pdf, paragraph

    def running(page: int) -> list[tuple[float, float, str, float]]:
        return [
            (56, 40, "Kommunfullmäktige", 10),
            (330, 40, "Sammanträdesdatum", 10),
            (330, 52, "2024-06-17", 10),
            (500, 40, f"Sida {page}(2)", 10),
        ]

    first = [
        (56, 28, "Sundsvalls kommun", 12),
        (250, 28, "SAMMANTRÄDESPROTOKOLL", 12),
        *running(1),
        *paragraph(
            56,
            100,
            [
                "§ 80  Dnr KS 2024/0201",
                "Val av justerare",
                "Beslut",
                "Kommunfullmäktige utser Eva Ström att justera protokollet.",
                "",
                "§ 81  Dnr KS 2024/0202",
                "Årsredovisning 2023",
                "Beslut",
                "Kommunfullmäktige godkänner årsredovisningen.",
            ],
        ),
    ]
    second = [
        *running(2),
        *paragraph(
            56,
            100,
            [
                "§ 82  Dnr KS 2024/0203",
                "Ansvarsfrihet för kommunstyrelsen",
                "Beslut",
                "Kommunfullmäktige beviljar ansvarsfrihet.",
                "",
                "§ 83  Dnr KS 2024/0204",
                "Motion om cykelvägar",
                "Beslut",
                "Motionen avslås.",
            ],
        ),
    ]
    data = make_pdf([first, second])
    assert facts_of_file(data, "pdf") == expect(
        "other", None, "Sundsvalls kommun", "Kommunfullmäktige", None, "2024-06-17", None
    )
