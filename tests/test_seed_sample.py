"""The seed document, rebuilt in three formats, gives its hand-checked values in each."""

from __future__ import annotations

from pathlib import Path

import pytest

import arende

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FORMATS = ["pdf", "docx", "txt"]


@pytest.fixture(scope="module", params=FORMATS)
def seed(request: pytest.FixtureRequest) -> dict[str, object]:
    return arende.parse(SAMPLES / f"seed_run_183_2024.{request.param}").to_dict()


def test_scalars(seed: dict[str, object]) -> None:
    assert seed["diarienummer"] == "RUN/183/2024"
    assert seed["document_date"] == "2024-04-02"
    assert seed["title"] == "Deltagande i projekt North Sweden Stockholm Office 2024-2027 (NSSO)"
    assert seed["organisation"] == "Region Jämtland Härjedalen"
    assert seed["committee"] == "Regionala utvecklingsnämnden"
    assert seed["unit"] == "Samhällsutveckling"
    assert seed["doc_type"] == "tjansteskrivelse"
    assert seed["case_officer"] == {
        "name": "Åsa Hernerud",
        "email": "asa.hernerud@regionjh.se",
        "phone": None,
    }


def test_dates_periods_and_amounts(seed: dict[str, object]) -> None:
    dates = sorted(d["date"] for d in seed["dates"])  # type: ignore[attr-defined]
    assert dates == ["2024-04-02", "2024-11-01", "2027-10-31"]
    periods = {(p["start"], p["end"]) for p in seed["periods"]}  # type: ignore[attr-defined]
    assert periods == {("2020-01-01", "2024-12-31"), ("2024-11-01", "2027-10-31")}
    amounts = sorted((a["value"], a["qualifier"]) for a in seed["amounts"])  # type: ignore[attr-defined]
    assert amounts == [(780000, "max"), (780000, "max"), (900000, "total")]


def test_proposals_signatories_recipients(seed: dict[str, object]) -> None:
    assert seed["proposal_heading"] == "Regiondirektörens förslag"
    assert [p["number"] for p in seed["proposals"]] == [1, 2, 3]  # type: ignore[attr-defined]
    assert seed["proposals"][0]["text"] == (  # type: ignore[index]
        "Region Jämtland Härjedalen deltar i projektet North Sweden Stockholm Office under "
        "perioden 2024-11-01 till 2027-10-31."
    )
    assert [(s["name"], s["title"]) for s in seed["signatories"]] == [  # type: ignore[attr-defined]
        ("Sara Lewerentz", "Regiondirektör"),
        ("Magnus Aspegren", "Tf. områdeschef Hållbar tillväxt"),
    ]
    assert seed["recipients"] == ["Region Västerbotten"]
    assert seed["references"] == []
    assert seed["issues"] == []


def test_every_value_points_at_its_text(seed: dict[str, object]) -> None:
    path = SAMPLES / f"seed_run_183_2024.{seed['source']['format']}"  # type: ignore[index]
    pages = arende.parse(path).pages
    for key in ("dates", "periods", "amounts", "personal_identity_numbers"):
        for item in seed[key]:  # type: ignore[attr-defined]
            start, end = item["span"]
            printed = pages[item["page"] - 1].text[start:end]
            assert " ".join(printed.split()) == item["text"]
