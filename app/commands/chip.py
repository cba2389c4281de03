"""`gapura chip import-masterlist|list`: the CSCA certificates this workstation trusts when it
authenticates ePassport chips, and the newest CRL of each (decision 0026). The office normally
receives them by sync from the server (`gapura server chip import-masterlist`); a local import
serves a workstation that works offline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "chip", help="the CSCA certificates and CRLs trusted for ePassport chips")
    commands = group.add_subparsers(title="chip commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    imp = commands.add_parser(
        "import-masterlist",
        help="trust the CSCAs of a master list or certificate file, or keep a CSCA's CRL",
        description="FILE is an ICAO CSCA master list (CMS, its signature must verify), CSCA "
        "certificates (DER, or PEM with one or more) or a CRL (DER or PEM). Certificates "
        "already trusted are kept once. Nothing is imported from a file with any certificate "
        "that is not a CA, nor a CRL no trusted CSCA of its issuer verifies; a CRL replaces "
        "its issuer's older one, an older CRL is not kept.")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_cmd_import)

    listing = commands.add_parser("list", help="the trusted CSCA certificates and CRLs")
    listing.add_argument("--json", action="store_true",
                         help='one JSON object: {"certificates": [...], "crls": [...]}')
    listing.set_defaults(func=_cmd_list)


def _cmd_import(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        result = instance.services.chip_trust.import_file(actor, args.file)
        if result.certificates or not result.crls:
            print(f"imported {result.certificates} CSCA certificates from {result.source} "
                  f"({result.added} new)")
        if result.crls:
            print(f"imported {result.crls} CRLs from {result.source} ({result.crls_added} new"
                  + (f", {result.crls_outdated} older than the one held, not kept)"
                     if result.crls_outdated else ")"))
        return 0

    return with_services(True, work)


def _cmd_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        trust = instance.services.chip_trust
        certificates, crls = trust.certificates(actor), trust.crls(actor)
        now = instance.services.context.clock()
        if args.json:
            print(json.dumps({
                "certificates": [{"fingerprint": c.fingerprint, "country": c.country,
                                  "subject": c.subject, "not_before": c.not_before.isoformat(),
                                  "not_after": c.not_after.isoformat(), "source": c.source}
                                 for c in certificates],
                "crls": [{"issuer": c.issuer, "crl_number": c.crl_number,
                          "this_update": c.this_update.isoformat(),
                          "next_update": c.next_update.isoformat() if c.next_update else None,
                          "expired": c.expired(now), "revoked": c.revoked, "source": c.source}
                         for c in crls]}, ensure_ascii=False, indent=2))
            return 0
        for c in certificates:
            print(f"{c.fingerprint[:16]}  {c.country:3}  {c.not_after.date().isoformat()}  "
                  f"{c.subject}  [{c.source}]")
        print(f"{len(certificates)} trusted")
        for c in crls:
            until = c.next_update.date().isoformat() if c.next_update else "-"
            print(f"CRL  {c.this_update.date().isoformat()}  next {until}"
                  f"{' EXPIRED' if c.expired(now) else ''}  {c.revoked} revoked  "
                  f"{c.issuer}  [{c.source}]")
        print(f"{len(crls)} CRLs")
        return 0

    return with_services(False, work)
