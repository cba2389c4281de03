"""`gapura holiday list|add|remove`: this office's holidays and cuti bersama (working days)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("holiday", help="list and edit holidays and cuti bersama")
    commands = group.add_subparsers(title="holiday commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    listing = commands.add_parser("list", help="the holidays of a year, with their kind")
    listing.add_argument("--year", type=int, default=None, help="default: this year")
    listing.set_defaults(func=_cmd_list)

    adding = commands.add_parser(
        "add", help="make a day a holiday (audited; replaces one on that day)",
        description="Examples: gapura holiday add 2027-03-09 'Cuti Bersama Idul Fitri' "
        "--cuti-bersama; gapura holiday add 2027-03-10 'Hari Raya Idul Fitri'. Due times of "
        "case steps skip these days.")
    adding.add_argument("date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    adding.add_argument("name")
    adding.add_argument("--cuti-bersama", action="store_true",
                        help="joint leave (cuti bersama) rather than a national holiday")
    adding.set_defaults(func=_cmd_add)

    removing = commands.add_parser("remove", help="make a day an ordinary day again (audited)")
    removing.add_argument("date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    removing.set_defaults(func=_cmd_remove)


def _cmd_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        year = args.year or instance.services.counter.today().year
        for h in instance.services.holidays.list(actor, year):
            print(f"{h.day.isoformat()}\t{h.kind}\t{h.name}")
        return 0

    return with_services(False, work)


def _cmd_add(args: argparse.Namespace) -> int:
    from app.errors import GapuraError
    from app.store.sync_models import HOLIDAY_CUTI_BERSAMA, HOLIDAY_NASIONAL

    kind = HOLIDAY_CUTI_BERSAMA if args.cuti_bersama else HOLIDAY_NASIONAL

    def work(instance, actor) -> int:
        try:
            info = instance.services.holidays.add(actor, args.date, args.name, kind)
        except GapuraError as error:
            print(f"gapura: {error.user_message}", file=sys.stderr)
            return 1
        print(f"holiday {info.day.isoformat()} ({info.kind}): {info.name}")
        return 0

    return with_services(True, work)


def _cmd_remove(args: argparse.Namespace) -> int:
    from app.errors import GapuraError

    def work(instance, actor) -> int:
        try:
            info = instance.services.holidays.remove(actor, args.date)
        except GapuraError as error:
            print(f"gapura: {error.user_message}", file=sys.stderr)
            return 1
        print(f"holiday {info.day.isoformat()} ({info.name}) removed")
        return 0

    return with_services(True, work)
