"""`gapura mrz`: parse and validate machine-readable zone lines and print the result as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "mrz", help="parse and validate an MRZ (ICAO 9303) and print it as JSON",
        description="Parse and validate the machine-readable zone of a passport, identity card "
        "or visa (TD1, TD2, TD3, MRV-A, MRV-B) and print one JSON object. Exit status: 0 valid, "
        "1 invalid (see \"errors\"), 2 unusable input.")
    parser.add_argument("lines", nargs="*", metavar="LINE",
                        help="MRZ lines; quote them, since '<' means something to the shell. "
                        "Without any, the lines are read from standard input (blank lines "
                        "ignored).")
    parser.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="date two-digit years are resolved against (default: today)")
    parser.set_defaults(func=_cmd_mrz)


def _cmd_mrz(args: argparse.Namespace) -> int:
    from app.domain.mrz import MrzFormatError, parse_mrz, unusable_json_dict

    lines = args.lines or sys.stdin.read().splitlines()
    try:
        result = parse_mrz(lines, today=args.today)
    except MrzFormatError as exc:
        print(json.dumps(unusable_json_dict(exc), ensure_ascii=False))
        print(f"gapura: {exc.user_message}", file=sys.stderr)
        return 2
    print(json.dumps(result.to_json_dict(), ensure_ascii=False))
    return 0 if result.valid else 1
