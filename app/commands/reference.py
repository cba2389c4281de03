"""`gapura reference list|set`: the reference values (fees, thresholds, numbering patterns)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.commands import with_services


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("reference", help="list and set reference values")
    commands = group.add_subparsers(title="reference commands")
    group.set_defaults(func=lambda _args: group.print_help() or 2)

    listing = commands.add_parser("list", help="every value with its effective date and basis")
    listing.set_defaults(func=_cmd_list)

    setting = commands.add_parser(
        "set", help="set a value from a day on (audited)",
        description="Examples: gapura reference set numbering.pattern "
        "'W30.IMI.1-{prefix}.{seq:04d}/{year}' --basis 'Tata naskah dinas 2027'; "
        "gapura reference set overstay.daily_charge 1000000 --from 2027-01-01 --basis 'PP ...'. "
        "A numbering pattern may use prefix, office, year, month and seq, and must hold seq and "
        "year; numbering.pattern.<template> sets one document type's.")
    setting.add_argument("key")
    setting.add_argument("value")
    setting.add_argument("--from", dest="effective_from", type=date.fromisoformat,
                         default=None, metavar="YYYY-MM-DD", help="first day (default: today)")
    setting.add_argument("--basis", required=True, help="legal basis or decision")
    setting.add_argument("--note", default="")
    setting.set_defaults(func=_cmd_set)


def _cmd_list(args: argparse.Namespace) -> int:
    def work(instance, actor) -> int:
        for r in sorted(instance.services.reference.all_values(),
                        key=lambda r: (r.key, r.effective_from)):
            mark = "  (confirm)" if r.needs_confirmation else ""
            print(f"{r.key}\t{r.effective_from}\t{r.value} {r.unit}\t{r.legal_basis}{mark}")
        return 0

    return with_services(False, work)


def _cmd_set(args: argparse.Namespace) -> int:
    from app.errors import GapuraError

    def work(instance, actor) -> int:
        day = args.effective_from or instance.services.counter.today()
        try:
            info = instance.services.reference.set_value(actor, args.key, args.value, day,
                                                         args.basis, args.note)
        except GapuraError as error:
            print(f"gapura: {error.user_message}", file=sys.stderr)
            return 1
        print(f"{info.key} = {info.value} from {info.effective_from}")
        return 0

    return with_services(True, work)
