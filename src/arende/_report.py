"""Human-readable output and atomic file writes for the command line."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from arende.model import CaseDocument, Finding


def summary(case: CaseDocument) -> str:
    """A readable summary of one case, one fact a line."""
    data = case.to_dict()
    officer = data["case_officer"] or {}
    lines = [
        f"Fil:          {data['source']['path']}",
        f"Typ:          {data['doc_type'] or '–'}",
        f"Diarienummer: {data['diarienummer'] or '–'}",
        f"Rubrik:       {data['title'] or '–'}",
        f"Organisation: {data['organisation'] or '–'}",
        f"Nämnd:        {data['committee'] or '–'}",
        f"Enhet:        {data['unit'] or '–'}",
        f"Datum:        {data['document_date'] or '–'}",
        f"Handläggare:  {officer.get('name') or '–'} {officer.get('email') or ''}".rstrip(),
    ]
    lines += _section("Datum i texten", (d["date"] for d in data["dates"]))
    lines += _section("Perioder", (f"{p['start']} – {p['end']}" for p in data["periods"]))
    lines += _section(
        "Belopp",
        (
            f"{a['value']:,} {a['currency']}".replace(",", " ")
            + (f" ({a['qualifier']})" if a["qualifier"] else "")
            for a in data["amounts"]
        ),
    )
    heading = data["proposal_heading"] or "Förslag"
    lines += _section(
        heading,
        (f"{p['number'] or '–'}. {p['text']}" for p in data["proposals"]),
    )
    lines += _section(
        "Undertecknare",
        (f"{s['name']}" + (f", {s['title']}" if s["title"] else "") for s in data["signatories"]),
    )
    lines += _section("Mottagare", data["recipients"])
    lines += _section("Referenser", data["references"])
    lines += _section(
        "Anmärkningar", (f"{i['severity']}: {i['code']}: {i['message']}" for i in data["issues"])
    )
    return "\n".join(lines) + "\n"


def _section(heading: str, items: Iterable[str]) -> list[str]:
    rows = [f"  {item}" for item in items]
    return [f"{heading}:", *rows] if rows else []


def findings_text(path: str, findings: list[Finding]) -> str:
    if not findings:
        return f"{path}: inga anmärkningar (no findings)"
    rows = [f"{path}:{_where(f)} {f.severity}: {f.code}: {f.message}" for f in findings]
    return "\n".join(rows)


def _where(finding: Finding) -> str:
    if not finding.where:
        return ""
    first = finding.where[0]
    return f"{first.page}:{first.span[0]}:"


def emit(text: str, output: str | None) -> None:
    """Print ``text``, or write it to ``output`` atomically (temporary file, then rename)."""
    if output is None:
        sys.stdout.write(text)
        return
    write_atomically(Path(output), text)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a failure never leaves a half-written file."""
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
