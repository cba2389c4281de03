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
    parser.set_defaults(func=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    from printing.seal import looks_like_seal

    def work(instance, actor) -> int:
        signing = instance.services.signing
        path = Path(args.target)
        if looks_like_seal(args.target) or not path.exists():
            result = signing.verify_seal(actor, args.target)
        else:
            result = signing.verify_pdf(actor, path.read_bytes())
        if args.json:
            print(json.dumps(result.__dict__, ensure_ascii=False))
        else:
            print(f"{result.status}: {result.reason}")
            if result.number:
                print(f"  {result.template} {result.number}, {result.holder or '-'}, "
                      f"issued {result.issued_on}")
        return EXIT[result.status]

    return with_services(False, work)
