"""The ``arende`` command.  The only place that turns exceptions into exit codes.

Exit codes: 0 success; 1 validation errors (``validate``) or failed documents
(``batch``); 2 unreadable input or a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from arende.document import Limits
from arende.errors import ArendeError

# The pipeline, validators and report modules are imported by the commands that
# use them: ``arende batch`` hands documents to workers and never needs them here.

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
DEFAULT_LIMITS = Limits()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        return result
    except ArendeError as error:
        _fail(error, args)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print("arende: interrupted", file=sys.stderr)
        return 130


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arende", description="Structured records from Swedish case documents."
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True)

    parse_cmd = commands.add_parser("parse", help="extract the fields of one document")
    parse_cmd.add_argument("file")
    parse_cmd.add_argument("--format", choices=["json", "text"], default="json")
    parse_cmd.add_argument("-o", "--output", help="write to this file (atomically)")
    _add_read_options(parse_cmd)
    parse_cmd.set_defaults(run=_run_parse)

    validate_cmd = commands.add_parser("validate", help="report inconsistencies in documents")
    validate_cmd.add_argument("files", nargs="+")
    validate_cmd.add_argument("--format", choices=["json", "text"], default="text")
    validate_cmd.add_argument("--select", type=_codes, help="only these codes (comma-separated)")
    validate_cmd.add_argument("--ignore", type=_codes, help="skip these codes (comma-separated)")
    _add_read_options(validate_cmd)
    validate_cmd.set_defaults(run=_run_validate)

    from arende import _batch_cli

    _batch_cli.add_parser(commands)
    return parser


def _add_read_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--password", help="password of an encrypted PDF")
    cmd.add_argument("--ocr", choices=["auto", "always", "never"], default="auto")
    cmd.add_argument("--ocr-language", default="swe", help="Tesseract language (default swe)")
    cmd.add_argument("--pdf-engine", choices=["pdfium", "pdfplumber"], default="pdfium")
    cmd.add_argument("--max-pages", type=int, default=DEFAULT_LIMITS.max_pages)
    cmd.add_argument("--max-bytes", type=int, default=DEFAULT_LIMITS.max_bytes)
    cmd.add_argument(
        "--max-uncompressed-bytes",
        type=int,
        default=DEFAULT_LIMITS.max_uncompressed_bytes,
        help="largest total size of a DOCX's parts once inflated (checked before inflating)",
    )
    cmd.add_argument(
        "--timeout", type=float, default=DEFAULT_LIMITS.timeout_seconds, help="seconds"
    )


def read_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of :func:`arende.parse` that the read options give."""
    return {
        "password": args.password,
        "ocr": args.ocr,
        "ocr_language": args.ocr_language,
        "pdf_engine": args.pdf_engine,
        "limits": Limits(
            max_bytes=args.max_bytes,
            max_pages=args.max_pages,
            max_uncompressed_bytes=args.max_uncompressed_bytes,
            timeout_seconds=args.timeout,
        ),
    }


def _codes(value: str) -> list[str]:
    return [code.strip() for code in value.split(",") if code.strip()]


def _run_parse(args: argparse.Namespace) -> int:
    from arende import _report
    from arende._api import parse

    case = parse(args.file, **read_kwargs(args))
    if args.format == "json":
        out = json.dumps(case.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        out = _report.summary(case)
    _report.emit(out, args.output)
    return EXIT_OK


def _run_validate(args: argparse.Namespace) -> int:
    from arende import _report
    from arende._api import parse
    from arende.validators import check_codes, validate

    for codes in (args.select, args.ignore):
        if codes is not None:
            check_codes(codes)  # a wrong code is a usage error before any file is read
    worst = EXIT_OK
    for file in args.files:
        try:
            case = parse(file, validate=False, **read_kwargs(args))
        except ArendeError as error:
            _fail(error, args)
            worst = EXIT_UNREADABLE
            continue
        findings = validate(case, select=args.select, ignore=args.ignore)
        if args.format == "json":
            record = {"path": file, "issues": [f.to_dict() for f in findings]}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_report.findings_text(file, findings))
        if any(f.severity == "error" for f in findings) and worst == EXIT_OK:
            worst = EXIT_FINDINGS
    return worst


def _fail(error: BaseException, args: argparse.Namespace) -> None:
    if getattr(args, "debug", False):
        traceback.print_exception(error)
    print(f"arende: error: {_one_line(str(error))}", file=sys.stderr)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
