"""`gapura verify FILE.pdf|PAYLOAD`: is this paper, or this scanned QR payload, genuine?"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands import with_services

EXIT = {"valid": 0, "tampered": 1, "unknown": 3}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify", help="check a printed document's seal offline (a PDF file or a QR payload)",
        description="Checks the document's signed seal with the office public keys this "
        "workstation knows, that the paper's number and holder are the seal's, and, where this "
        "workstation stores the document, that the file is the stored copy. Prints valid, "
        "tampered or unknown. Exit status: 0 valid, 1 tampered, 3 unknown.")
    parser.add_argument("target", help="a PDF file, or the text of a scanned QR code "
                        "(GPR2:..., quoted: it may hold spaces)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--online", action="store_true",
                        help="also ask the central server (server.url) whether a PDF file is the "
                        "document it knows by that number: valid, voided or unknown")
    parser.set_defaults(func=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    from printing.seal import looks_like_seal

    def work(instance, actor) -> int:
        signing = instance.services.signing
        path = Path(args.target)
        online = None
        if looks_like_seal(args.target) or not path.exists():
            result = signing.verify_seal(actor, args.target)
        else:
            pdf = path.read_bytes()
            result = signing.verify_pdf(actor, pdf)
            if args.online and result.number:
                online = instance.services.sync.verify_document(actor, result.number, pdf)
        if args.json:
            print(json.dumps({**result.__dict__, **({"server": online} if online else {})},
                             ensure_ascii=False, default=str))
        else:
            print(f"{result.status}: {result.reason}")
            if result.number:
                print(f"  {result.template} {result.number}, {result.holder or '-'}, "
                      f"issued {result.issued_on}")
            if online is not None:
                print(f"  server: {online['status']}"
                      + (f" ({online['office_code']}, {online['issued_at']})"
                         if online["status"] != "unknown" else ""))
        if online is not None and online["status"] != "valid":
            return EXIT["tampered"] if online["status"] == "voided" else EXIT["unknown"]
        return EXIT[result.status]

    return with_services(False, work)
