"""`gapura watchlist import|status` and `gapura screen`: the local cekal and Interpol lists."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import with_services

if TYPE_CHECKING:
    from app.services.screening import WatchListImportError


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("watchlist", help="import and inspect the local watch lists")
    commands = group.add_subparsers(title="watchlist commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    imp = commands.add_parser(
        "import", help="add or replace entries from a CSV file (all rows or none)",
        description="CSV header: list,full_name,birth_date,nationality,document_number,"
        "reference,valid_until (optional: aliases,action,legal_basis,requesting_agency,"
        "valid_from). list is pencegahan, penangkalan or interpol; birth_date YYYY-MM-DD or "
        "YYYY. A file with any bad row is refused whole, each bad row named by line.")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_cmd_import)

    status = commands.add_parser("status", help="entries per list and the lists' age")
    status.set_defaults(func=_cmd_status)

    screen = subparsers.add_parser("screen", help="screen one person against the watch lists")
    screen.add_argument("--name", required=True, help="full name (any order)")
    screen.add_argument("--birth-date", default="", help="YYYY-MM-DD or YYYY")
    screen.add_argument("--nationality", default="", help="ICAO code, e.g. IDN")
    screen.add_argument("--document-number", default="")
    screen.add_argument("--limit", type=int, default=3)
    screen.add_argument("--today", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    screen.add_argument("--json", action="store_true", help="print one JSON object")
    screen.set_defaults(func=_cmd_screen)


def print_bad_rows(path: Path, error: WatchListImportError) -> int:
    """Say on stderr, in Indonesian like the rows' reasons, which rows of `path` were
    refused; the exit status 1 (the workstation's import and the server's)."""
    print(f"gapura: {path}: tidak ada yang diimpor, {len(error.errors)} baris salah:",
          file=sys.stderr)
    for row in error.errors:
        print(f"  baris {row.line}: {row.message}", file=sys.stderr)
    return 1


def _cmd_import(args: argparse.Namespace) -> int:
    from app.services.screening import WatchListImportError

    def work(instance, actor) -> int:
        try:
            result = instance.services.screening.import_csv(actor, args.file)
        except WatchListImportError as exc:
            return print_bad_rows(args.file, exc)
        print(f"imported {result.entries} entries from {result.source}")
        return 0

    return with_services(True, work)


def _cmd_status(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        status = instance.services.screening.status(actor)
        for name, count in status.counts.items():
            print(f"{name:12} {count}")
        now = instance.services.context.clock()
        age = status.age(now)
        print("updated      never" if age is None
              else f"updated      {status.updated_at.isoformat()} ({age} ago)")
        if status.stale(now):
            print("WARNING: the lists are older than the configured limit")
        return 0

    return with_services(False, work)


def _cmd_screen(args: argparse.Namespace) -> int:
    from app.domain.screening import Traveller

    def work(instance, actor) -> int:
        hits = instance.services.screening.screen(actor, Traveller(
            full_name=args.name, birth_date=args.birth_date or None,
            nationality=args.nationality.upper(), document_number=args.document_number),
            today=args.today, limit=args.limit)
        if args.json:
            print(json.dumps({"hits": [
                {"list": h.list_name, "reference": h.reference, "full_name": h.full_name,
                 "score": h.score, "reason": h.reason, "alert": h.alert, "action": h.action}
                for h in hits]}, ensure_ascii=False))
        else:
            for h in hits:
                flag = "ALERT" if h.alert else "     "
                print(f"{flag} {h.score:3d} {h.list_name:12} {h.full_name} [{h.reference}] "
                      f"{h.reason}")
            if not hits:
                print("no hits")
        return 0

    return with_services(False, work)
