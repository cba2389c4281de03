"""`gapura chip import-masterlist|list`: the CSCA certificates this workstation trusts when it
authenticates ePassport chips (decision 0026). The office normally receives them by sync from
the server (`gapura server chip import-masterlist`); a local import serves a workstation that
works offline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("chip", help="the CSCA certificates trusted for ePassport chips")
    commands = group.add_subparsers(title="chip commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    imp = commands.add_parser(
        "import-masterlist", help="trust the CSCAs of a master list or certificate file",
        description="FILE is an ICAO CSCA master list (CMS, its signature must verify) or CSCA "
        "certificates (DER, or PEM with one or more). Certificates already trusted are kept "
        "once. Nothing is imported from a file with any certificate that is not a CA.")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_cmd_import)

    listing = commands.add_parser("list", help="the trusted CSCA certificates")
    listing.add_argument("--json", action="store_true", help="one JSON array")
    listing.set_defaults(func=_cmd_list)


def _cmd_import(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        result = instance.services.chip_trust.import_file(actor, args.file)
        print(f"imported {result.certificates} CSCA certificates from {result.source} "
              f"({result.added} new)")
        return 0

    return with_services(True, work)


def _cmd_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        certificates = instance.services.chip_trust.certificates(actor)
        if args.json:
            print(json.dumps([{"fingerprint": c.fingerprint, "country": c.country,
                               "subject": c.subject, "not_before": c.not_before.isoformat(),
                               "not_after": c.not_after.isoformat(), "source": c.source}
                              for c in certificates], ensure_ascii=False, indent=2))
            return 0
        for c in certificates:
            print(f"{c.fingerprint[:16]}  {c.country:3}  {c.not_after.date().isoformat()}  "
                  f"{c.subject}  [{c.source}]")
        print(f"{len(certificates)} trusted")
        return 0

    return with_services(False, work)
