"""Signatories and recipients across the signature and distribution blocks in use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arende.document import Document, Page, SourceInfo
from arende.extractors.signatures import find_recipients, find_signatories

Signers = list[tuple[str, str | None]]

# Body text above the closing blocks, long enough to leave the letterhead zone.
BODY = "Ärendebeskrivning\n" + "".join(f"Rad {i} i ärendet.\n" for i in range(14)) + "\n"


def _doc(text: str, fmt: str = "txt") -> Document:
    pages = text.split("\f")
    source = SourceInfo(None, "", fmt, len(pages))  # type: ignore[arg-type]
    return Document.from_texts(pages, source=source)


def _signers(text: str) -> Signers:
    return [(f.value.name, f.value.title) for f in find_signatories(_doc(text))]


def _recipients(text: str) -> list[str]:
    return [f.value for f in find_recipients(_doc(text))]


SIGNATURES = [
    # Region tjänsteskrivelse (seed): "I tjänsten", name over role, a multi-word role.
    pytest.param(
        "I tjänsten\n\nSara Lewerentz\nRegiondirektör\n\nMagnus Aspegren\nTf. områdeschef Hållbar "
        "tillväxt\n\nUtdrag till\nRegion Västerbotten\n",
        [("Sara Lewerentz", "Regiondirektör"),
         ("Magnus Aspegren", "Tf. områdeschef Hållbar tillväxt")],
        id="seed",
    ),
    # Kommun tjänsteskrivelse without a label: names under the body, each with a role.
    pytest.param(
        "Helena Jakobsson\n\nTf. kommundirektör\n\nCecilia Johansson\nKommunsekreterare\n\n"
        "Beslutet skickas till\nMiljökontoret\n",
        [("Helena Jakobsson", "Tf. kommundirektör"), ("Cecilia Johansson", "Kommunsekreterare")],
        id="no-label-blank-before-role",
    ),
    # Two names side by side, roles in the row below (PDF columns, padded text).
    pytest.param(
        "Örjan Lundberg                  Göran Magnusson\n"
        "Kanslichef                      Controller\n",
        [("Örjan Lundberg", "Kanslichef"), ("Göran Magnusson", "Controller")],
        id="side-by-side",
    ),
    # The same block merged into single spaces (plain text export).
    pytest.param(
        "Örjan Lundberg Göran Magnusson\nKanslichef Controller\n",
        [("Örjan Lundberg", "Kanslichef"), ("Göran Magnusson", "Controller")],
        id="side-by-side-merged",
    ),
    # Merged names of unequal length: first names show where each begins.
    pytest.param(
        "Vid protokollet\nPer Nyberg Jan-Erik Lindh Öberg Eva Lindh Öberg\n"
        "Sekreterare Ordförande Justerare\n",
        [("Per Nyberg", "Sekreterare"), ("Jan-Erik Lindh Öberg", "Ordförande"),
         ("Eva Lindh Öberg", "Justerare")],
        id="merged-unequal",
    ),
    # Protokoll: three columns under "Vid protokollet".
    pytest.param(
        "Vid protokollet\n\nTherése Sjöberg       Katarina Öberg        Åsa-Lena Ekström\n"
        "Sekreterare           Ordförande            Justerare\n\n"
        "Justerandes sign    Utdragsbestyrkande\n",
        [("Therése Sjöberg", "Sekreterare"), ("Katarina Öberg", "Ordförande"),
         ("Åsa-Lena Ekström", "Justerare")],
        id="protokoll-columns",
    ),
    # PDF columns whose first gap collapsed: the role columns show where to split.
    pytest.param(
        "Vid protokollet\nJan-Erik Lindh Öberg Eva Lindh Öberg       Per Nyberg\n"
        "Sekreterare          Ordförande            Justerare\n",
        [("Jan-Erik Lindh Öberg", "Sekreterare"), ("Eva Lindh Öberg", "Ordförande"),
         ("Per Nyberg", "Justerare")],
        id="protokoll-collapsed-gap",
    ),
    # Protokoll, one person a block, across a page break with the box labels between.
    pytest.param(
        "Vid protokollet\n\nElin Eriksson\nSekreterare\n\nJusterandes sign   Utdragsbestyrkande\f"
        "Therése Lindberg\nOrdförande\n\nJusterat 2025-05-10. Utdraget bestyrks.\n",
        [("Elin Eriksson", "Sekreterare"), ("Therése Lindberg", "Ordförande")],
        id="protokoll-page-break",
    ),
    # Protokoll with the role printed above the name and a signature line of dots.
    pytest.param(
        "Underskrifter\n\nSekreterare .....................\n\nAnna Berg\n\n"
        "Ordförande .....................\n\nKarl Ek\n\n"
        "Justerare .....................\n\nLisa Holm\n",
        [("Anna Berg", "Sekreterare"), ("Karl Ek", "Ordförande"), ("Lisa Holm", "Justerare")],
        id="role-above-name",
    ),
    # Full protokoll first page: label, role and dot leader on one row, the name under it.
    pytest.param(
        "Underskrifter    Sekreterare    ....................    Paragrafer 1-12\n"
        "                                Anna Berg\n"
        "                 Ordförande     ....................\n"
        "                                Karl Ek\n"
        "                 Justerande     ....................\n"
        "                                Lisa Holm\n",
        [("Anna Berg", "Sekreterare"), ("Karl Ek", "Ordförande"), ("Lisa Holm", "Justerande")],
        id="protokoll-first-page",
    ),
    # Role and name on one line, with a colon or a column gap.
    pytest.param(
        "Ordförande: Anna Berg\nJusterare   Karl Ek\n",
        [("Anna Berg", "Ordförande"), ("Karl Ek", "Justerare")],
        id="role-colon-name",
    ),
    # Name and role on one line, separated by a comma (letters, delegationsbeslut).
    pytest.param(
        "Med vänlig hälsning\n\nAnna Berg, kommundirektör\n",
        [("Anna Berg", "kommundirektör")],
        id="name-comma-role",
    ),
    # Officials listed as present at a meeting (full protokoll) are not signatories.
    pytest.param(
        "Beslutande              Anna Berg (S), ordförande\n"
        "                        Karl Ek (M)\n\n"
        "Övriga deltagare        Per Lind, kommundirektör\n"
        "                        Eva Sund, sekreterare\n\n"
        "Underskrifter   Sekreterare     ....................\n"
        "                                Eva Sund\n",
        [("Eva Sund", "Sekreterare")],
        id="protokoll-attendance-officials",
    ),
    # Members present at a meeting are not signatories.
    pytest.param(
        "Beslutande\nAnna Berg (S)\nKarl Ek (M)\nLisa Holm (C)\n\nNärvarande ersättare\n"
        "Per Lind (V)\n",
        [],
        id="attendance",
    ),
    # Contact lines under a signature are not part of the title.
    pytest.param(
        "I tjänsten\n\nAnna Berg\nEnhetschef\nTelefon 08-123 45 67\n",
        [("Anna Berg", "Enhetschef")],
        id="contact-under-role",
    ),
    # A contact person at the end is not a signatory.
    pytest.param(
        "I tjänsten\n\nAnna Berg\nKommundirektör\n\nKontaktperson\nKarl Ek\nUtredare\n",
        [("Anna Berg", "Kommundirektör")],
        id="contact-person",
    ),
    # Party letters after a name are not part of it.
    pytest.param(
        "Underskrifter\n\nAnna Svensson (S)\nOrdförande\n",
        [("Anna Svensson", "Ordförande")],
        id="party-letters",
    ),
    # Bare names under decider/presenter labels: no title.
    pytest.param(
        "Beslutande\nAnna Berg\n\nFöredragande\nKarl Ek\n",
        [("Anna Berg", None), ("Karl Ek", None)],
        id="labels-no-title",
    ),
    # State authority / university beslut: a sentence on who decided, bare names under it.
    pytest.param(
        "Beslut i detta ärende har fattats av rektor Anna Berg efter föredragning av\n"
        "handläggare Karl Ek. I den slutliga handläggningen har även\n"
        "chefsjurist Lisa Holm deltagit.\n\nAnna Berg\n\n                    Karl Ek\n",
        [("Anna Berg", None), ("Karl Ek", None)],
        id="decided-by-sentence",
    ),
    # The same sentence unwrapped on one long line (DOCX, plain text).
    pytest.param(
        "Beslut i detta ärende har fattats av generaldirektör Anna Berg efter föredragning av "
        "handläggare Karl Ek.\n\nAnna Berg\nKarl Ek\n",
        [("Anna Berg", None), ("Karl Ek", None)],
        id="decided-by-long-line",
    ),
    # An e-signature stamp followed by words, not a date.
    pytest.param(
        "Signerat av Anna Andersson den 7 januari 2025\n",
        [("Anna Andersson", None)],
        id="e-signature-words-after",
    ),
    # Delegationsbeslut: labels over names in a DOCX table row.
    pytest.param(
        "Beslutande\tFöredragande\nAnna Berg\tKarl Ek\n",
        [("Anna Berg", None), ("Karl Ek", None)],
        id="labels-table-row",
    ),
    # Delegationsbeslut: the label over a name and its role.
    pytest.param(
        "Beslutande\nAnna Berg\nEnhetschef\n",
        [("Anna Berg", "Enhetschef")],
        id="label-name-role",
    ),
    # An e-signature stamp names the signer.
    pytest.param(
        "Beslutet har fattats digitalt.\n\nSignerat av Anna Andersson 2025-01-07 12:03:53\n",
        [("Anna Andersson", None)],
        id="e-signature",
    ),
    # A role printed over two lines is joined.
    pytest.param(
        "I tjänsten\n\nLars Berg\nAvdelningschef\nEkonomiavdelningen\n",
        [("Lars Berg", "Avdelningschef Ekonomiavdelningen")],
        id="two-line-role",
    ),
    # A footer block right under the role line is not part of the title.
    pytest.param(
        "I tjänsten\nSara Lewerentz\nRegiondirektör\nSamhällsutveckling       Regionala "
        "utvecklingsnämnden\n",
        [("Sara Lewerentz", "Regiondirektör")],
        id="footer-under-role",
    ),
    # Names with a particle, an initial and a double-barrelled first name.
    pytest.param(
        "I tjänsten\n\nCarl von Essen\nGeneraldirektör\n\nAnna-Karin B. Lind\nRektor\n",
        [("Carl von Essen", "Generaldirektör"), ("Anna-Karin B. Lind", "Rektor")],
        id="particles-initials",
    ),
    # Persons named in the body are not signatories; box labels are not names.
    pytest.param(
        "Åke Holmgren (MP) yrkar bifall till arbetsutskottets förslag.\n\n"
        "Justerandes sign    Utdragsbestyrkande\n",
        [],
        id="body-mentions",
    ),
    # A recipient list of organisations is not a signature block.
    pytest.param(
        "Utdrag till\nRegion Västerbotten\nSamtliga förvaltningar\n",
        [],
        id="recipients-only",
    ),
    # Role and name on one line (state authorities: "Generaldirektör Anna Berg").
    pytest.param(
        "Generaldirektör Anna Berg\n",
        [("Anna Berg", "Generaldirektör")],
        id="role-before-name-one-line",
    ),
    # The same after a decided-by sentence, with a two-word role ("Tf. rektor").
    pytest.param(
        "Detta beslut har fattats av rektor efter föredragning av jurist.\n\n"
        "Tf. rektor Per Ek\nJurist Lena Sjö\n",
        [("Per Ek", "Tf. rektor"), ("Lena Sjö", "Jurist")],
        id="role-before-name-after-decided-by",
    ),
    # A contact line ("Handläggare Anna Berg") is not a signature.
    pytest.param(
        "Handläggare Anna Berg\n",
        [],
        id="contact-role-before-name",
    ),
    # Protokoll: role, dot leader and name on one line; a label before the first role.
    pytest.param(
        "Underskrifter Sekreterare ................ Camilla Strand   Paragrafer 101–103\n"
        "Ordförande ........................ Bengt Lindberg\n",
        [("Camilla Strand", "Sekreterare"), ("Bengt Lindberg", "Ordförande")],
        id="protokoll-role-dots-name",
    ),
    # Delegationsbeslut: the label "Beslutande" beside the name, the title under it.
    pytest.param(
        "Beslutande        Ahmed Karimi\n                  Bygglovshandläggare\n",
        [("Ahmed Karimi", "Bygglovshandläggare")],
        id="label-beside-name",
    ),
    # Merged text: names set apart by party letters, roles merged under them.
    pytest.param(
        "Vid protokollet\n\nJan Åkesson (S) Per Holm (SD)\nOrdförande Justerare\n",
        [("Jan Åkesson", "Ordförande"), ("Per Holm", "Justerare")],
        id="party-letters-merged",
    ),
    # Protokoll: one "Justerare" over two names side by side (two justerare), padded and merged.
    pytest.param(
        "Underskrifter\nSekreterare\nLena Dahl\n\nJusterare\nHanna Kallio    Oskar Nyberg\n",
        [("Lena Dahl", "Sekreterare"), ("Hanna Kallio", "Justerare"),
         ("Oskar Nyberg", "Justerare")],
        id="one-role-over-two-names",
    ),
    pytest.param(
        "Underskrifter\nSekreterare\nLena Dahl\n\nJusterare\nHanna Kallio Oskar Nyberg\n",
        [("Lena Dahl", "Sekreterare"), ("Hanna Kallio", "Justerare"),
         ("Oskar Nyberg", "Justerare")],
        id="one-role-over-two-names-merged",
    ),
    # A contact label in the header holds only the next person, not the signer further down.
    pytest.param(
        "Handläggare\nKristoffer Malm, kristoffer.malm@ljusdal.se\n\nTill Kommunstyrelsen\n\n"
        "Förslag till beslut\nPlanen antas.\n\n"
        "Kristoffer Malm       Annika Ström\nPlaneringsingenjör    Förvaltningschef\n",
        [("Kristoffer Malm", "Planeringsingenjör"), ("Annika Ström", "Förvaltningschef")],
        id="contact-label-expires",
    ),
    # Label, name and role on one line ("Beslutande: Name, role", delegationsbeslut).
    pytest.param(
        "Beslutande: Sofia Berglund, socialsekreterare\n",
        [("Sofia Berglund", "socialsekreterare")],
        id="label-name-comma-role",
    ),
    # "Name, role" pairs side by side under "Justeras", padded and merged.
    pytest.param(
        "Justeras\nRolf Nordin, ordförande        Stina Ek, justerare\n",
        [("Rolf Nordin", "ordförande"), ("Stina Ek", "justerare")],
        id="comma-pairs-side-by-side",
    ),
    pytest.param(
        "Justeras\nRolf Nordin, ordförande Stina Ek, justerare\n",
        [("Rolf Nordin", "ordförande"), ("Stina Ek", "justerare")],
        id="comma-pairs-merged",
    ),
    # Protokoll roles merged on one line above merged names.
    pytest.param(
        "Ordförande Justerare\nGustav Lind Ebba Strand\n",
        [("Gustav Lind", "Ordförande"), ("Ebba Strand", "Justerare")],
        id="roles-above-merged",
    ),
    # E-signature forms: a label above the block, a stamp line under the name, a mark beside it.
    pytest.param(
        "Elektroniskt signerad\n\nAnna Berg\n2025-01-07 12:03:53\n",
        [("Anna Berg", None)],
        id="esign-label-above",
    ),
    pytest.param(
        "Anna Berg\nSignerad 2025-01-07 12:03\n",
        [("Anna Berg", None)],
        id="esign-stamp-under-name",
    ),
    pytest.param(
        "Anna Berg\nRektor\nSignerad 2025-01-07 12:03\n",
        [("Anna Berg", "Rektor")],
        id="esign-stamp-under-role",
    ),
    pytest.param(
        "Anna Berg (elektroniskt signerad)\nGeneraldirektör\n",
        [("Anna Berg", "Generaldirektör")],
        id="esign-mark-beside-name",
    ),
    pytest.param(
        "Godkänt av Anna Berg 2025-01-07 12:03:53\n",
        [("Anna Berg", None)],
        id="esign-approved-by",
    ),
    # A protokoll's "Beslutande" over its members (no party letters) is attendance.
    pytest.param(
        "Beslutande           Anders Nilsson, ordförande\n                     Karin Ek\n"
        "                     Per Olsson\n",
        [],
        id="beslutande-members",
    ),
    # An e-signature label over names, roles and times with no blank lines (DOCX).
    pytest.param(
        "Dokumentet är elektroniskt signerat\nRoberto Maiorana\nGeneraldirektör\n"
        "2025-01-07 12:03:53\nMaja Lindholm\nPlanhandläggare\n2025-01-07 09:41:10\n",
        [("Roberto Maiorana", "Generaldirektör"), ("Maja Lindholm", "Planhandläggare")],
        id="esign-block-no-blank-lines",
    ),
    # "... saknar därför underskrifter": the bare names under it sign the beslut.
    pytest.param(
        "Detta beslut har fattats digitalt och saknar därför underskrifter.\n\n"
        "Anna Berg\nPer Ek\n",
        [("Anna Berg", None), ("Per Ek", None)],
        id="no-handwritten-signatures",
    ),
    # A body sentence with "godkänts av" and a date is no stamp.
    pytest.param(
        "Planen har godkänts av Anna Berg 2025-01-07 enligt delegation.\n",
        [],
        id="approved-in-prose",
    ),
    # DOCX paragraphs: no blank line between the decided-by sentence and the names.
    pytest.param(
        "Beslut i detta ärende har fattats av rektor Anna Berg efter föredragning av "
        "utredare Per Ek.\nAnna Berg\nPer Ek\n",
        [("Anna Berg", None), ("Per Ek", None)],
        id="decided-by-no-blank-line",
    ),
    # A label with its value in the first page's header table is not the signature block.
    pytest.param(
        "HEADER:Föredragande   Per Ek\nBeslutsfattare   Anna Berg\nDatum 2025-01-07\n",
        [],
        id="labels-in-header-table",
    ),
    # Merged text: bare names after a decided-by sentence, cut at known first names.
    pytest.param(
        "Beslut i detta ärende har fattats av rektor Birgitta Nordin efter föredragning av "
        "handläggare Jonas Falk.\n\nBirgitta Nordin Jonas Falk\n",
        [("Birgitta Nordin", None), ("Jonas Falk", None)],
        id="bare-names-merged",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNATURES)
def test_signatories(text: str, expected: Signers) -> None:
    # "HEADER:" puts the text in the first page's header zone, above the body.
    if text.startswith("HEADER:"):
        assert _signers(text.removeprefix("HEADER:") + "\n" + BODY) == expected
    else:
        assert _signers(BODY + text) == expected


def test_letterhead_officer_is_not_a_signatory() -> None:
    text = "Kommunledningsförvaltningen\nHandläggare\nAnna Berg\nUtredare\n" + BODY
    assert _signers(text) == []


def test_signatory_provenance() -> None:
    doc = _doc(BODY + "I tjänsten\n\nSara Lewerentz\nRegiondirektör\n")
    [found] = find_signatories(doc)
    assert doc.text[found.start : found.end] == "Sara Lewerentz"
    assert found.rule == "signatory_name_title"


def test_signatures_over_masked_furniture() -> None:
    pages = (
        Page(1, BODY + "Vid protokollet\nElin Eriksson\nSekreterare\n"),
        Page(2, "Kommunen  Protokoll\nTherése Lindberg\nOrdförande\n", furniture=((0, 19),)),
    )
    doc = Document(pages, SourceInfo(None, "", "pdf", 2))
    assert [(f.value.name, f.value.title) for f in find_signatories(doc)] == [
        ("Elin Eriksson", "Sekreterare"),
        ("Therése Lindberg", "Ordförande"),
    ]


RECIPIENTS = [
    # The list ends at a sentence after it, a dnr line or a "justeras" line (protokoll).
    pytest.param(
        "Beslutet skickas till\nRevisorerna\n\nParagrafen justeras omedelbart.\n",
        ["Revisorerna"],
        id="ends-at-justeras-sentence",
    ),
    pytest.param(
        "Beslutet skickas till\nRevisorerna\nDnr KS 2024/123\n", ["Revisorerna"], id="ends-at-dnr"
    ),
    pytest.param(
        "Beslutet skickas till\nRevisorerna\n\nProtokollet justeras\n",
        ["Revisorerna"],
        id="ends-at-justeras",
    ),
    # Merged columns: the first entry beside the label, the others under it.
    pytest.param(
        "Beslutet skickas till Kommunledningsförvaltningen\nRäddningstjänsten\n\nJusterare\n",
        ["Kommunledningsförvaltningen", "Räddningstjänsten"],
        id="merged-label-column",
    ),
    # Other labels: "Kopia för kännedom till", a bare "Expedieras"; numbered entries.
    pytest.param(
        "Kopia för kännedom till\nKommunstyrelsen\n", ["Kommunstyrelsen"], id="kopia-for-kannedom"
    ),
    pytest.param(
        "Expedieras\nEkonomienheten\nHR-enheten\n",
        ["Ekonomienheten", "HR-enheten"],
        id="expedieras-bare",
    ),
    pytest.param("Expedieras omgående till berörda.\n", [], id="expedieras-in-a-sentence"),
    pytest.param(
        "Sändlista:\n1. Länsstyrelsen\n2. Kommunen\n",
        ["Länsstyrelsen", "Kommunen"],
        id="numbered-entries",
    ),
    # Region tjänsteskrivelse: label, blank line, one recipient.
    pytest.param("Utdrag till\n\nRegion Västerbotten\n", ["Region Västerbotten"], id="seed"),
    # Several recipients separated by blank lines (padded text).
    pytest.param(
        "Utdrag till\nUpphandlingsenheten\n\nServiceförvaltningen\n",
        ["Upphandlingsenheten", "Serviceförvaltningen"],
        id="blank-separated",
    ),
    # Dashes and bullets are stripped; the block ends at the signature label.
    pytest.param(
        "Utdrag till\n - Miljökontoret\n\n - Ekonomiavdelningen\n\nVid protokollet\n\n"
        "Elin Eriksson\nSekreterare\n",
        ["Miljökontoret", "Ekonomiavdelningen"],
        id="dashes-then-signature",
    ),
    pytest.param(
        "Beslutet ska skickas till\n• Miljökontoret\n• Stadsbyggnadskontoret\n",
        ["Miljökontoret", "Stadsbyggnadskontoret"],
        id="bullets",
    ),
    # Other labels in use.
    pytest.param("Beslutet skickas till\nEkonomienheten\n", ["Ekonomienheten"], id="skickas"),
    pytest.param("Expedieras till\n- Samtliga förvaltningar\n", ["Samtliga förvaltningar"],
                 id="expedieras"),
    pytest.param("Sändlista\nKommunstyrelsen\nRevisorerna\n", ["Kommunstyrelsen", "Revisorerna"],
                 id="sandlista"),
    pytest.param("Kopia till\nArkivet\n", ["Arkivet"], id="kopia"),
    pytest.param("Kopia: Arkivet\n", ["Arkivet"], id="kopia-colon"),
    pytest.param("Beslutet delges\nSökanden\n", ["Sökanden"], id="delges"),
    pytest.param("Beslut skickas till\nSökanden\n", ["Sökanden"], id="beslut-skickas"),
    # Inline form: split on commas and a capitalised "och".
    pytest.param(
        "Utdrag till: Ekonomienheten, Kanslienheten och Region Västerbotten\n",
        ["Ekonomienheten", "Kanslienheten", "Region Västerbotten"],
        id="inline",
    ),
    # "och" inside a name is kept.
    pytest.param(
        "Utdrag till: Bygg- och miljöförvaltningen, Kultur och bildning\n",
        ["Bygg- och miljöförvaltningen", "Kultur och bildning"],
        id="inline-och-in-name",
    ),
    # The list ends at a signature printed right after it.
    pytest.param(
        "Beslutet skickas till\nEkonomienheten\n\nAnna Berg\nKommundirektör\n",
        ["Ekonomienheten"],
        id="ends-at-signature",
    ),
    # A person as recipient (motionär).
    pytest.param("Utdrag till\n-     Jonas Fredriksson\nJusterat 2023-11-08.\n",
                 ["Jonas Fredriksson"], id="person"),
    # The first recipient beside the label (padded columns, DOCX table row).
    pytest.param(
        "Utdrag till      Ekonomienheten\n                 Kanslienheten\n",
        ["Ekonomienheten", "Kanslienheten"],
        id="beside-label",
    ),
    # A full protokoll: every § lists its own.
    pytest.param(
        "Utdrag till\nEkonomienheten\n\nBeslut\n1. Planen antas.\n\nUtdrag till\nKanslienheten\n",
        ["Ekonomienheten", "Kanslienheten"],
        id="union",
    ),
    # A body sentence that begins like a label is not a list.
    pytest.param(
        "Beslutet skickas till berörda nämnder för kännedom.\n\nBakgrund\n",
        [],
        id="sentence",
    ),
    # A letterhead footer after the list (one-page document) is not a recipient.
    pytest.param(
        "Beslutet skickas till\nSökanden\n\nPostadress: Box 123, 851 85 Sundsvall   "
        "Telefon: 060-19 10 00\n",
        ["Sökanden"],
        id="ends-at-footer",
    ),
    pytest.param("Kopia till\nArkivet\nBilaga 1\n", ["Arkivet"], id="ends-at-attachment"),
    # Contact lines after the list are not recipients.
    pytest.param(
        "Kopia till\nArkivet\n\nanna.berg@kommun.se\n",
        ["Arkivet"],
        id="ends-at-contact",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RECIPIENTS)
def test_recipients(text: str, expected: list[str]) -> None:
    assert _recipients(BODY + text) == expected


JUNK = [
    "",
    "\f\f",
    "🙂" * 300,
    "9" * 10_000,
    "Anna Berg\n" * 3000,
    "Utdrag till\n" * 1000,
    "I tjänsten\nSekreterare\n" * 500,
    "\x00\ufffd Utdrag till: , , och ,\nSignerat av \n",
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_does_not_raise(text: str) -> None:
    doc = _doc(text)
    assert all(isinstance(f.value.name, str) for f in find_signatories(doc))
    assert all(isinstance(f.value, str) for f in find_recipients(doc))


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("name", ["seed_001", "dev_019", "dev_021", "dev_022", "dev_023"])
def test_corpus_text_files(name: str) -> None:
    truth = json.loads((CORPUS / f"{name}.truth.json").read_text(encoding="utf-8"))
    doc = _doc((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    signers = [(f.value.name, f.value.title) for f in find_signatories(doc)]
    assert signers == [(s["name"], s["title"]) for s in truth["signatories"]]
    assert list(dict.fromkeys(f.value for f in find_recipients(doc))) == truth["recipients"]
